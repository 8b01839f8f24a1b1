"""Thirty-first round of #12 avatar work (imp-avatar31): a place crowded by its avatars, not by its accounts; 老/阿
before a natural feature's name; the colour gap of the tiny screenshot reading when it is the one that counted.

Images and names are made here; none comes from an evaluation part."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.affixes import explain_added
from detectors.avatar import ShotFrame, tiny_shot_reading
from detectors.context import DetectionContext
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, jpeg, layout, registry_of
from tests.detectors.test_avatar_only import acc as hashed_acc
from tests.detectors.test_avatar_only import run as hashed_run
from tests.detectors.test_impostor_avatar26 import chat
from tests.detectors.test_impostor_avatar27 import _registry
from tests.detectors.test_impostor_pixels import acc, run, save, story

PLATFORMS = ("weibo", "wechat", "douyin", "kuaishou", "toutiao")


def _design(seed: int) -> Image.Image:
    """A design of its own (random discs and bars on a random ground)."""
    rng = random.Random(seed)
    img = Image.new("RGB", (160, 160), tuple(rng.randrange(256) for _ in range(3)))
    d = ImageDraw.Draw(img)
    for _ in range(5):
        x, y = rng.randrange(120), rng.randrange(120)
        d.ellipse((x, y, x + 40, y + 40), fill=tuple(rng.randrange(256) for _ in range(3)))
        x, y = rng.randrange(140), rng.randrange(100)
        d.rectangle((x, y, x + 14, y + 60), fill=tuple(rng.randrange(256) for _ in range(3)))
    return img


def _crowded_registry(tmp_path, designs: int) -> list[dict]:
    """``designs`` units of one county, each showing its own avatar file on every platform of ``PLATFORMS``."""
    out = []
    for k in range(designs):
        name = f"梨树{k}号站"
        file = save(tmp_path, f"u{k}.png", _design(k))
        for platform in PLATFORMS:
            out.append({"unit": f"梨树县第{k}服务站", "platform": platform, "account_id": f"{k}-{platform}",
                        "name": name, "status": "active", "region": "吉林省四平市梨树县", "avatar": file})
    return out


def _listed_for_place(tmp_path, registry, name: str) -> set[str]:
    """The registry avatar files the pixel search lists for the places ``name`` gives (the short list's place part)."""
    ctx = DetectionContext(registry=registry, accounts=[], base_dir=tmp_path)
    officials = impostor._Officials(ctx)
    search = impostor._PixelSearch(officials, tmp_path, 10 ** 6)
    search._indexes()
    return {search._file(r) for r in search._place_listing("梨树", name)}


def test_a_place_is_crowded_by_its_avatars_not_by_its_accounts(tmp_path):
    """Five designs on twenty-five accounts are five avatars to compare: all listed."""
    registry = _crowded_registry(tmp_path, 5)
    assert len(registry) > impostor.PIXEL_MAX_PER_PLACE
    assert len(_listed_for_place(tmp_path, registry, "梨树牧歌")) == 5


def test_a_place_with_more_designs_than_the_limit_still_lists_none_by_its_name_alone(tmp_path):
    registry = _crowded_registry(tmp_path, impostor.PIXEL_MAX_PER_PLACE + 1)
    assert _listed_for_place(tmp_path, registry, "梨树牧歌") == set()


def test_lao_or_a_before_a_natural_feature_names_the_feature_not_a_person():
    for name in ("老爷岭放牧记", "老爷峰下人家"):
        assert explain_added(name).owner == [], name
    assert explain_added("老张岭放牧记").owner == ["老"]  # a surname after 老: a person's name
    assert explain_added("老王牧场").owner == ["老"]


def test_a_close_copy_on_a_mountains_name_counts_as_a_bare_name(twins=None):
    jinan, taian = layout(label="济南公安", **PURPLE), layout(label="泰安公安", **GREEN)
    registry = registry_of(jinan, taian)
    copy = avatar_hashes(png_bytes(jpeg(jinan)))
    found = hashed_run(registry, [hashed_acc("老爷岭帐篷边", "m", avatar_hashes=copy),  # a mountain's name
                                  hashed_acc("老王帐篷边", "p", avatar_hashes=copy)])  # a person's: never
    assert set(found) == {"m"}
    assert found["m"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE


def test_the_tiny_reading_reports_its_own_colour_gap(tmp_path, monkeypatch):
    """When the tiny reading is the one that counted, the finding's ``colour_gap`` and its reason are that
    reading's, not the coarse shot reading's."""
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", chat(layout(label="梨树发布", **PURPLE), 0.085))
    gaps: list[tuple[float, float]] = []

    def tiny(frame: ShotFrame, templates, max_gap: float) -> tuple[float, float]:
        gaps.append(read := tiny_shot_reading(frame, templates, max_gap))
        return read

    monkeypatch.setattr(impostor, "tiny_shot_reading", tiny)
    found = run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot)])
    assert set(found) == {"gov"}
    evidence = found["gov"]["evidence"]
    assert evidence["pixel_reading"] == "shot_colours"
    counted = [g for s, g in gaps if abs(s - evidence["pixel_similarity"]) < 5e-4]
    assert counted and evidence["colour_gap"] == round(counted[0], 3) <= impostor.SHOT_TINY_COLOUR_GAP
    assert f"平均差 {counted[0]:.3f}" in found["gov"]["reasons"][0]


def test_a_reading_on_a_unit_the_description_does_not_name_asks_the_next_reading(tmp_path):
    """The page holds another unit's whole avatar, and the unit the description names sits small in it in its
    own colours: the whole reading's unit is not the one claimed, so the shot reading in colours is asked, which
    finds the claimed unit (before, the search ended on the whole reading's unit)."""
    registry = _registry(tmp_path)
    other = _design(5)
    registry.append({"unit": "松原市某某服务中心", "platform": "weibo", "account_id": "o", "name": "松原服务",
                     "status": "active", "region": "吉林省松原市", "avatar": save(tmp_path, "o.png", other)})
    page = story(other, 0.5)  # another unit's avatar in a story frame: its whole reading leads
    page.paste(layout(label="梨树发布", **PURPLE).resize((13, 13), Image.LANCZOS), (130, 120))
    shot = save(tmp_path, "page.png", page)
    found = run(tmp_path, registry, [acc("湖边邻里", "claimed", shot, description="【梨树发布】补贴名额紧张，私信登记")])
    assert set(found) == {"claimed"}
    assert found["claimed"]["target"]["account_id"] == "l"
    assert found["claimed"]["evidence"]["pixel_reading"] == "shot_colours"
