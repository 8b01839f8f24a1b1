"""Issue #12 item 5, round 24: copies under colour edits the grey-level readings cannot see, and deeper crops.

A copy whose colours were edited — inverted, turned to grayscale or sepia, its hue turned or its channels swapped,
posterised — keeps its drawing (``detectors.avatar.drawing_of``: edge maps of the colour channels and of the grey
levels). The pixel layer's last reading compares it with every registry avatar file's drawing at once: a unit counts
when its avatar's drawing is the copy's and no other unit's is as near (one layout drawn for several units in their own
colours, or a template file several units show, is a tie and never a copy of one unit's). A crop cut to a fifth of the
side is read finely (``FINE_SIZES``). All images are drawn here with Pillow; the place names are invented examples."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageOps

from detectors import impostor
from detectors.avatar import (
    FINE_SIDE,
    drawing_for_record,
    drawing_of,
    drawing_similarities,
    fine_crop_similarity,
    grey_levels,
)
from tests.detectors.test_avatar_only import _badge, jpeg
from tests.detectors.test_avatar_recolour import acc, emblem_badge, hue_turned, reg, rgb, run


def channel_swap(img: Image.Image) -> Image.Image:
    r, g, b = img.split()
    return Image.merge("RGB", (b, r, g))


def sepia(img: Image.Image) -> Image.Image:
    a = np.asarray(img.convert("RGB"), dtype=np.float64)
    m = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])
    return Image.fromarray(np.clip(a @ m.T, 0, 255).astype(np.uint8))


EDITS = {
    "invert": lambda img: ImageOps.invert(img.convert("RGB")),
    "grayscale": lambda img: ImageOps.grayscale(img).convert("RGB"),
    "sepia": sepia,
    "hue": lambda img: hue_turned(img, 100),
    "channels": channel_swap,
    "posterise": lambda img: ImageOps.posterize(img.convert("RGB"), 2),
}


@pytest.fixture
def designs(tmp_path):
    """Three units' badges of one ring-and-banner layout, each around its own emblem, saved as registry files."""
    imgs = {"r1": emblem_badge((40, 150, 140), (235, 250, 248), "tower", "青禾文旅"),
            "r2": emblem_badge((200, 70, 60), (250, 236, 220), "leaf", "石湾农服"),
            "r3": emblem_badge((60, 80, 190), (240, 240, 252), "wheel", "云岭税务")}
    for key, img in imgs.items():
        img.save(tmp_path / f"{key}.png")
    return imgs


def registry() -> list[dict]:
    return [reg("青禾文旅", "青禾县文化和旅游局", "r1", "甲省青禾县", "r1.png"),
            reg("石湾农服", "石湾县农业农村局", "r2", "甲省石湾县", "r2.png"),
            reg("云岭税务", "云岭县税务局", "r3", "甲省云岭县", "r3.png")]


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_colour_edited_copy_keeps_its_drawing_and_other_emblems_do_not(designs, edit):
    copy = drawing_of(rgb(jpeg(EDITS[edit](designs["r1"]), 80)))
    theirs = np.stack([drawing_of(rgb(designs[k])) for k in ("r1", "r2", "r3")] + [drawing_of(rgb(_badge()))])
    sims = drawing_similarities(copy, theirs)
    assert sims[0] >= impostor.DRAWING_MIN_PLACE_ONLY, (edit, sims)
    assert sims[0] - sims[1:].max() >= impostor.DRAWING_MARGIN, (edit, sims)


def test_a_blank_image_or_no_file_has_no_drawing(tmp_path):
    assert drawing_of(np.full((64, 64, 3), 0.3, dtype=np.float32)) is None
    assert drawing_for_record({"avatar": "missing.png"}, tmp_path) is None
    assert drawing_for_record({"avatar": "https://example.invalid/a.png"}, tmp_path) is None


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_colour_edited_copy_on_a_name_of_the_units_place_is_found(tmp_path, designs, edit):
    jpeg(EDITS[edit](designs["r2"]), 85).save(tmp_path / "a.png")
    found = run(tmp_path, registry(), [acc("石湾民生资讯", "a", "a.png")])
    assert set(found) == {"a"}, edit
    f = found["a"]
    assert f["target"]["account_id"] == "r2"
    if edit == "invert":  # the grey levels turned over: only the drawing is left (the others may keep the hashes)
        assert f["evidence"]["layer"] == "avatar_pixels" and f["evidence"]["pixel_reading"] == "drawing"
        assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE
        assert any("颜色改过" in r for r in f["reasons"])


def test_the_name_must_not_point_at_another_place(tmp_path, designs):
    ImageOps.invert(designs["r2"]).save(tmp_path / "a.png")
    # the copy of 石湾's badge on a name of 青禾: the drawing singles out 石湾, the name another place
    assert run(tmp_path, registry(), [acc("青禾民生资讯", "a", "a.png")]) == {}


def test_a_name_neither_governmental_nor_of_a_place_is_not_searched(tmp_path, designs):
    ImageOps.invert(designs["r2"]).save(tmp_path / "a.png")
    assert run(tmp_path, registry(), [acc("星河手工坊", "a", "a.png")]) == {}


def test_one_drawing_shown_by_two_units_is_a_tie(tmp_path, designs):
    # the same badge (one file) for two units: a template; and one layout in a third unit's own colours
    reg_ = registry()
    reg_[1]["avatar"] = "r1.png"
    emblem_badge((180, 120, 20), (250, 250, 235), "tower", "青禾文旅").save(tmp_path / "r3.png")
    ImageOps.invert(designs["r1"]).save(tmp_path / "a.png")
    assert run(tmp_path, reg_, [acc("青禾民生资讯", "a", "a.png"), acc("石湾民生资讯", "b", "a.png")]) == {}


def test_an_unrelated_picture_in_new_colours_is_nobodys(tmp_path, designs):
    ImageOps.invert(_badge()).save(tmp_path / "a.png")
    assert run(tmp_path, registry(), [acc("青禾民生资讯", "a", "a.png")]) == {}


def _crop(img: Image.Image, keep: float) -> Image.Image:
    w, h = img.size
    m = (1 - keep) / 2
    return img.crop((int(w * m), int(h * m), int(w * (1 - m)), int(h * (1 - m)))).resize((150, 150), Image.LANCZOS)


def _fine(img: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(img.convert("RGB").resize((FINE_SIDE, FINE_SIDE), Image.BILINEAR), dtype=np.float32) / 255.0
    return grey_levels(a), a


def _fine_similarity(candidate, registered, colours: bool = True) -> float:
    if colours:
        return fine_crop_similarity(candidate[0], registered[0], candidate[1], registered[1])
    return fine_crop_similarity(candidate[0], registered[0])


@pytest.mark.parametrize("keep", [0.22, 0.26])
def test_a_crop_to_a_fifth_of_the_side_lines_up_finely_in_its_own_colours(designs, keep):
    crop = _fine(jpeg(_crop(designs["r1"], keep), 85))
    own = _fine_similarity(crop, _fine(designs["r1"]))
    others = [_fine_similarity(crop, _fine(designs[k])) for k in ("r2", "r3")]
    assert own >= impostor.PIXEL_MIN_PLACE_ONLY, (keep, own)
    assert own - max(others) >= impostor.PIXEL_MARGIN, (keep, own, others)
    # the deep sizes are read only with the colours: grey levels alone stop at the old bound
    assert _fine_similarity(crop, _fine(designs["r1"]), colours=False) < own

