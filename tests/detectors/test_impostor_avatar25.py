"""Twenty-first session (imp-avatar25): avatar-only copies cut deeper than the coarse pixel reading sees, and names
shaped like a local news bulletin.

- A crop to a quarter of the side (a badge's ground and two strokes of its name) is below the coarse reading's
  smallest template: it reads ~0.8 coarse with its own badge and with any other, so ``FINE_FROM`` never sent it to the
  fine reading. Pairs below ``FINE_FROM`` are now read at the deep sizes alone (``detectors.avatar.FINE_DEEP_SIZES``)
  when the candidate's colours are all the registry avatar's own (``detectors.avatar.palette_gap``, a cheap look).
- The words of a local news bulletin (快讯, 播报, 新鲜事: ``detectors.government.NEWS_DESK_WORDS``) make a name sound
  like a government account to the avatar rules, as a service desk's words do; a column's or a business's word beside
  them does not (``detectors.affixes.explain_added``).

All images are drawn here with Pillow; names and places are invented examples.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import avatar as avatar_module
from detectors import impostor
from detectors.avatar import (
    FINE_DEEP_SIZES,
    FINE_SIDE,
    PALETTE_GAP,
    PALETTE_REGISTRY_SIDE,
    PALETTE_SIDE,
    colour_palette,
    fine_crop_similarity,
    grey_levels,
    palette_gap,
    pixel_similarity,
    pixels_for_record,
    shot_pixels_for_record,
)
from detectors.government import NEWS_DESK_WORDS, looks_governmental, publishes_local_news
from detectors.names import analyse_name
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import acc as hash_acc
from tests.detectors.test_avatar_only import reg as hash_reg
from tests.detectors.test_avatar_only import run as run_hashes
from tests.detectors.test_impostor_pixels import acc, deep_crop, reg, run

GROUNDS = [((40, 150, 60), (60, 40, 170)), ((200, 70, 170), (220, 220, 40)), ((60, 170, 120), (230, 80, 150)),
           ((90, 110, 200), (240, 200, 120))]


def badge(seed: int, colours: tuple[tuple[int, int, int], tuple[int, int, int]]) -> Image.Image:
    """A unit's text badge: a frame of one colour, a rounded tile of another, four blocky 'characters' in pale strokes."""
    tile, frame = colours
    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (144, 144), frame)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((12, 12, 132, 132), 16, fill=tile)
    for y in (28, 74):
        for x in (28, 74):
            for _ in range(9):  # strokes of one character: bars, slants and hooks
                x0, y0 = x + int(rng.integers(0, 34)), y + int(rng.integers(0, 34))
                x1, y1 = x0 + int(rng.integers(-14, 15)), y0 + int(rng.integers(-14, 15))
                if rng.random() < 0.7:
                    d.line((x0, y0, x1, y1), fill=(235, 240, 225), width=int(rng.integers(2, 5)))
                else:
                    d.arc((min(x0, x1), min(y0, y1), max(x0, x1) + 6, max(y0, y1) + 6), int(rng.integers(0, 180)),
                          int(rng.integers(200, 360)), fill=(235, 240, 225), width=3)
    return img


def rgb_of(tmp_path, name: str, img: Image.Image) -> np.ndarray:
    img.save(tmp_path / name, quality=88) if name.endswith(".jpg") else img.save(tmp_path / name)
    return shot_pixels_for_record({"avatar": name}, tmp_path, FINE_SIDE)


def test_a_crops_colours_are_its_originals_and_another_designs_are_not(tmp_path):
    badges = [badge(k, GROUNDS[k]) for k in range(4)]
    crop = rgb_of(tmp_path, "c.jpg", deep_crop(badges[0], keep=0.24))
    mine = colour_palette(crop, PALETTE_SIDE)
    assert mine.shape == (PALETTE_SIDE * PALETTE_SIDE, 3)
    own = palette_gap(mine, colour_palette(rgb_of(tmp_path, "b0.png", badges[0]), PALETTE_REGISTRY_SIDE))
    assert own <= PALETTE_GAP
    for k in range(1, 4):
        theirs = colour_palette(rgb_of(tmp_path, f"b{k}.png", badges[k]), PALETTE_REGISTRY_SIDE)
        assert palette_gap(mine, theirs) > PALETTE_GAP
    # the whole badge is a "crop" of itself; a grey page is not a crop of a coloured badge
    whole = colour_palette(rgb_of(tmp_path, "w.png", badges[0]), PALETTE_SIDE)
    assert palette_gap(whole, colour_palette(rgb_of(tmp_path, "b0.png", badges[0]), PALETTE_REGISTRY_SIDE)) <= PALETTE_GAP
    grey = colour_palette(np.full((FINE_SIDE, FINE_SIDE, 3), 0.5, dtype=np.float32), PALETTE_SIDE)
    assert palette_gap(grey, colour_palette(rgb_of(tmp_path, "b0.png", badges[0]), PALETTE_REGISTRY_SIDE)) > PALETTE_GAP


def test_a_crop_to_a_quarter_is_lined_up_at_the_deep_sizes_only(tmp_path):
    # one layout in one set of colours for several units: only the strokes (the name) tell them apart
    badges = [badge(k, GROUNDS[0]) for k in range(4)]
    crop = rgb_of(tmp_path, "c.jpg", deep_crop(badges[0], keep=0.24))
    registered = [rgb_of(tmp_path, f"b{k}.png", b) for k, b in enumerate(badges)]
    coarse = pixel_similarity(pixels_for_record({"avatar": "c.jpg"}, tmp_path),
                              pixels_for_record({"avatar": "b0.png"}, tmp_path))
    assert coarse < impostor.PIXEL_MIN  # the coarse reading does not line it up
    own = fine_crop_similarity(grey_levels(crop), grey_levels(registered[0]), crop, registered[0], FINE_DEEP_SIZES)
    assert own >= impostor.PIXEL_MIN_PLACE_ONLY
    for k in range(1, 4):
        other = fine_crop_similarity(grey_levels(crop), grey_levels(registered[k]), crop, registered[k], FINE_DEEP_SIZES)
        assert other < own - impostor.PIXEL_MARGIN
    # the deep sizes count only given both images' colours
    assert fine_crop_similarity(grey_levels(crop), grey_levels(registered[0]), sizes=FINE_DEEP_SIZES) == -1.0


def _deep_world(tmp_path):
    for k in range(3):
        badge(k, GROUNDS[k]).save(tmp_path / f"r{k + 1}.png")
    registry = [reg("白桦岭发布", "白桦岭区人民政府新闻办公室", "r1", "黑龙江省伊春市伊美区", "r1.png"),
                reg("青石湾公安", "青石湾县公安局", "r2", "吉林省白山市抚松县", "r2.png"),
                reg("东兰发布", "东兰县人民政府新闻办公室", "r3", "广西壮族自治区河池市东兰县", "r3.png")]
    deep_crop(badge(0, GROUNDS[0]), keep=0.24).save(tmp_path / "c.jpg", quality=88)
    return registry


def test_a_crop_to_a_quarter_on_a_government_sounding_name_is_a_suspect_for_review(tmp_path):
    registry = _deep_world(tmp_path)
    found = run(tmp_path, registry, [acc("东北百姓服务站", "a", "c.jpg"),
                                     acc("东兰百姓服务站", "b", "c.jpg")])  # names another place: never
    assert set(found) == {"a"}
    f = found["a"]
    assert f["target"]["account_id"] == "r1" and f["evidence"]["layer"] == "avatar_pixels"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE


def test_without_the_deep_reading_the_quarter_crop_is_missed(tmp_path, monkeypatch):
    registry = _deep_world(tmp_path)
    monkeypatch.setattr(impostor, "PALETTE_GAP", -1.0)  # no pair passes the colour look: the deep sizes go unread
    assert run(tmp_path, registry, [acc("东北百姓服务站", "a", "c.jpg")]) == {}


def test_the_deep_reading_is_not_spent_on_pairs_of_other_colours(tmp_path, monkeypatch):
    registry = _deep_world(tmp_path)
    calls = []
    real = impostor.fine_crop_similarity

    def counting(*args, **kwargs):
        calls.append(args[4] if len(args) > 4 else kwargs.get("sizes"))
        return real(*args, **kwargs)

    monkeypatch.setattr(impostor, "fine_crop_similarity", counting)
    run(tmp_path, registry, [acc("东北百姓服务站", "a", "c.jpg")])
    # r1's colours hold the crop's; r2's and r3's do not: one deep reading, of r1 alone
    assert calls.count(FINE_DEEP_SIZES) == 1
    assert avatar_module.FINE_DEEP_SIZES == tuple(s for s in avatar_module.FINE_SIZES if s < avatar_module.FINE_DEEP_BELOW)


# ---- names shaped like a local news bulletin ----------------------------------------------------------------------

def test_news_bulletin_words_are_a_weak_sign_of_their_own():
    for name in ("白桦岭新鲜事儿", "河湾镇快讯", "咱屯大事播报", "东坡身边事", "山前资讯速递", "青石湾头条"):
        assert publishes_local_news(name), name
    for name in ("白桦岭美食", "河湾镇风光", "咱屯唠嗑", "东坡打卡"):
        assert not publishes_local_news(name), name
    assert not any(looks_governmental(w) for w in NEWS_DESK_WORDS if w not in ("动态",))  # a class of their own


def test_a_news_bulletin_name_sounds_official_to_the_avatar_rules_unless_a_column_or_shop_word_stands_beside():
    def official(name: str) -> bool:
        return impostor.sounds_official({"name": name}, analyse_name(name))

    assert official("白桦岭新鲜事儿")
    assert official("北坡林场屯里大事")
    assert not official("白桦岭美食头条")  # a food column's headlines
    assert not official("北坡林场唠嗑")


def _hash_world():
    tile = badge(7, GROUNDS[2])
    rival = badge(8, GROUNDS[3])
    registry = [hash_reg("白桦岭发布", "白桦岭区人民政府新闻办公室", "r1", "黑龙江省伊春市伊美区",
                         avatar_hashes=avatar_hashes(png_bytes(tile))),
                hash_reg("青石湾公安", "青石湾县公安局", "r2", "吉林省白山市抚松县",
                         avatar_hashes=avatar_hashes(png_bytes(rival)))]
    return tile, registry


def test_a_copied_distinctive_avatar_on_a_news_bulletin_name_is_a_suspect():
    tile, registry = _hash_world()
    copy = avatar_hashes(png_bytes(tile))
    found = run_hashes(registry, [hash_acc("北坡林场屯里大事", "a", avatar_hashes=copy),
                                  hash_acc("北坡林场唠嗑", "b", avatar_hashes=copy),  # neither governmental nor a place
                                  hash_acc("北坡林场美食头条", "c", avatar_hashes=copy)])  # a food column
    assert found["a"]["target"]["account_id"] == "r1"
    assert found["a"]["evidence"]["name_governmental"] is True
    assert "b" not in found or found["b"]["evidence"]["name_governmental"] is False
    assert "c" not in found or found["c"]["evidence"]["name_governmental"] is False
