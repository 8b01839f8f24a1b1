"""Thirty-seventh round of #12 avatar work (imp-avatar37): a located copy counts as a separate object on the page.

``detectors.avatar.located_copy`` finds a registry avatar shrunk into a screenshot (thirty-sixth round) and says where;
``detectors.avatar.object_margin`` reads the strips just outside that square: a tile placed on a page has one colour
along each side (the page, a header band, a frame line), a patch of a photo or of another drawing does not. Images
are drawn here; none comes from an evaluation part."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw

from detectors import avatar, impostor
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout


def _as_file(page: Image.Image, quality: int = 85) -> np.ndarray:
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return np.asarray(Image.open(buf).convert("RGB"), dtype=np.float32) / 255.0


def _tile_page(img: Image.Image, frac: float = 0.08) -> Image.Image:
    """A settings page three times larger (a blue header, white rows, grey text bars), ``img`` placed as a profile
    tile in the first row with white all round it, shrunk to 150 px."""
    big = 450
    page = Image.new("RGB", (big, big), (242, 243, 245))
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, big, 48), fill=(30, 110, 200))
    for k in range(5):
        y = 70 + 70 * k
        d.rectangle((0, y, big, y + 56), fill=(255, 255, 255))
        d.rectangle((120, y + 18, 300, y + 30), fill=(120, 120, 120))
    a = int(big * frac)
    page.paste(img.resize((a, a), Image.BILINEAR), (30, 73))
    return page.resize((150, 150), Image.BILINEAR)


def _photo_page(img: Image.Image, frac: float = 0.08, seed: int = 5) -> Image.Image:
    """The same badge drawn into a busy picture (random blocks of colour around and against it): no page around it."""
    rng = random.Random(seed)
    big = 450
    page = Image.new("RGB", (big, big), (90, 120, 80))
    d = ImageDraw.Draw(page)
    for _ in range(1500):
        x, y = rng.randrange(big), rng.randrange(big)
        d.rectangle((x, y, x + rng.randrange(3, 14), y + rng.randrange(3, 14)),
                    fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    a = int(big * frac)
    page.paste(img.resize((a, a), Image.BILINEAR), (200, 200))
    d.rectangle((200 + a - 3, 190, 200 + a + 20, 200 + a + 10), fill=(240, 30, 30))  # the picture runs into it
    return page.resize((150, 150), Image.BILINEAR)


def _templates(img: Image.Image) -> avatar.ShotTemplates:
    rgb = np.asarray(img.convert("RGB").resize((avatar.SHOT_REGISTRY_SIDE,) * 2, Image.BILINEAR),
                     dtype=np.float32) / 255.0
    return avatar.shot_templates(rgb)


def test_located_copy_says_where_the_copy_lies():
    own = layout(label="梨树发布", **PURPLE)
    page = _as_file(_tile_page(own))
    sim, _gap, size, top, left = avatar.located_copy(page, _templates(own))
    assert sim >= impostor.LOCATED_MIN
    # pasted at (73, 30) of 450 as a 36 px square: (24.3, 10) and 12 px in 150
    assert abs(size - 12) <= 1.5 and abs(top - 24.3) <= 1.5 and abs(left - 10) <= 1.5


def test_a_tile_on_a_page_has_a_flat_margin_and_a_patch_of_a_picture_does_not():
    own = layout(label="梨树发布", **PURPLE)
    tile = _as_file(_tile_page(own))
    loc = avatar.located_copy(tile, _templates(own))
    assert avatar.object_margin(tile, *loc[2:]) <= impostor.LOCATED_OBJECT_SPREAD
    photo = _as_file(_photo_page(own))
    loc = avatar.located_copy(photo, _templates(own))
    assert avatar.object_margin(photo, *loc[2:]) > impostor.LOCATED_OBJECT_SPREAD


def test_a_side_cut_by_the_files_edge_counts_as_separate_and_nothing_located_is_not():
    flat = np.full((60, 60, 3), 0.9, dtype=np.float32)
    flat[0:10, 0:10] = np.random.default_rng(1).random((10, 10, 3))  # a tile in the corner
    assert avatar.object_margin(flat, 10.0, 0.0, 0.0) <= 0.01
    assert avatar.object_margin(flat, 0.0, 0.0, 0.0) == 1.0


def test_the_object_bars_are_narrower_than_the_screenshot_readings():
    """The located bars were set from non-copies: its colour limit stays under the shot reading's, the object floor
    over the smallest template (where a registry avatar is a blob of its colours)."""
    assert impostor.LOCATED_OBJECT_COLOUR_GAP < impostor.SHOT_COLOUR_GAP
    assert impostor.LOCATED_OBJECT_MIN_PX > avatar.LOCATED_MIN_PX


def _registry(tmp_path):
    from tests.detectors.test_impostor_avatar27 import _registry as three_counties
    return three_counties(tmp_path)


def test_pixels_never_decide_alone_with_the_object_reading(tmp_path):
    """A name of no place, no government word and no description pointing at a unit finds nothing, whatever tile the
    screenshot holds."""
    from tests.detectors.test_impostor_pixels import acc, run, save
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", _tile_page(layout(label="梨树发布", **PURPLE)))
    assert run(tmp_path, registry, [acc("湖边人家", "none", shot)]) == {}


def test_another_units_tile_of_the_same_layout_reaches_no_unit(tmp_path):
    """梨树's badge as a tile on a page, named after 伊通: 伊通's badge is located but its colours never agree."""
    from tests.detectors.test_impostor_pixels import acc, run, save
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", _tile_page(layout(label="梨树发布", **PURPLE)))
    assert run(tmp_path, registry, [acc("伊通民生快讯", "other", shot)]) == {}
    assert GREEN != PURPLE


def test_a_tile_under_a_tenth_of_the_page_counts_only_through_the_located_reading(tmp_path, monkeypatch):
    """梨树's badge as an 8 px tile of a settings page, on a name giving 梨树 and a government word: the readings that
    resample the page miss it; located, lined up and standing apart on the page, it names 梨树's unit."""
    from tests.detectors.test_impostor_pixels import acc, run, save
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", _tile_page(layout(label="梨树发布", **PURPLE), 0.055))
    monkeypatch.setattr(impostor, "LOCATED_READ", False)
    assert run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot)]) == {}
    monkeypatch.setattr(impostor, "LOCATED_READ", True)
    found = run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot)])
    assert found["gov"]["target"]["account_id"] == "l"
    assert found["gov"]["evidence"]["pixel_reading"] == "shot_colours"


def test_the_same_badge_inside_a_busy_picture_is_no_object_of_its_own(tmp_path):
    """The badge drawn into a picture that runs into it: located, but no flat margin around it, so not counted."""
    from tests.detectors.test_impostor_pixels import acc, run, save
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", _photo_page(layout(label="梨树发布", **PURPLE), 0.055))
    assert run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot)]) == {}


def test_lining_up_to_a_quarter_pixel_lifts_a_copy_over_the_whole_pixel_search():
    """The thirty-sixth round's reading, kept: a copy at 0.07 of a page correlates better lined up than at whole
    pixels of the same file."""
    own = layout(label="梨树发布", **PURPLE)
    page = _as_file(_tile_page(own, 0.072), quality=80)
    sim = avatar.located_copy(page, _templates(own))[0]
    frame = avatar.ShotFrame(page)
    coarse = max(frame.best(_templates(own).template(s)) for s in range(7, 26))
    assert sim >= coarse + 0.02


def test_native_pixels_keep_the_files_own_side(tmp_path):
    p = tmp_path / "shot.png"
    Image.new("RGB", (150, 120), (200, 10, 10)).save(p)
    assert avatar.native_pixels_for_record({"avatar": str(p)}).shape == (150, 150, 3)
    big = tmp_path / "big.png"
    Image.new("RGB", (900, 900), (200, 10, 10)).save(big)
    assert avatar.native_pixels_for_record({"avatar": str(big)}).shape[0] == avatar.LOCATED_MAX_SIDE


def test_small_drawings_of_one_file_agree_and_of_two_colourings_do_not():
    purple = np.asarray(layout(label="梨树发布", **PURPLE).resize((128, 128)), dtype=np.float32) / 255.0
    green = np.asarray(layout(label="伊通发布", **GREEN).resize((128, 128)), dtype=np.float32) / 255.0
    drawn = avatar.small_drawings(np.stack([purple, purple, green]), 12)
    assert drawn.shape == (3, 12, 12, 3)
    ncc, gap = avatar.small_distances(drawn, 0)
    assert ncc[1] > 0.99 and gap[1] < 1e-6
    assert gap[2] > impostor.LOCATED_OBJECT_COLOUR_GAP
