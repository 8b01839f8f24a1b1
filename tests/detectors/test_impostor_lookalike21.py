"""Issue #12, seventeenth session (imp-lookalike21): look-alike and same-sound characters combined with reordering,
with added words and with the avatar rule.

- A one-character place (莒 of 莒县) respelt into a same-sound or look-alike character, without the level word after
  it, leaves nothing of the place as written: weaker evidence (``impostor.LONE_PLACE_PENALTY``), so it no longer
  outbids a two-character place whose both characters are respelt (``_Officials.lone_place_respelt``).
- A body word of the registered name respelt by one character (卫减委 for 卫健委) names the department all the same:
  the avatar rule no longer hands the name to the unit whose avatar it copies (``respelt_body``).
- A place word added before the name (a covering region, the province, the prefecture) written with one look-alike
  or same-sound character (胶冬 for 胶东) is read as that place, not as unknown characters
  (``detectors.affixes._respelt_place_at``).

Every name here is written for these tests (Shandong, Sichuan, Guangdong), none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import affixes, impostor
from detectors.affixes import explain_added
from detectors.impostor import respelt_body
from detectors.names import analyse_name
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import PURPLE, acc, jpeg, layout, reg, run

PLACES = [reg("莒县发布", "莒县人民政府新闻办公室", "r1", "山东省日照市莒县"),
          reg("临沂发布", "临沂市人民政府新闻办公室", "r2", "山东省临沂市")]


def _flag(registry, name, **extra):
    return run(registry, [acc(name, "x", **extra)]).get("x")


# ---- a one-character place respelt -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["林沮发布", "发布林沮"])
def test_two_respelt_characters_of_a_place_beat_a_respelt_one_character_place(name):
    # 林 reads like 临, 沮 is drawn like 沂 — and reads like 莒 (ju): 沮发布 is no longer 莒县发布
    found = _flag(PLACES, name)
    assert found and found["target"]["name"] == "临沂发布", found


@pytest.mark.parametrize("name", ["沮发布", "咀发布"])
def test_a_respelt_one_character_place_without_its_level_word_is_weaker(name):
    found = _flag(PLACES, name)
    assert found and found["target"]["name"] == "莒县发布", found
    assert found["score"] == pytest.approx(0.84 - impostor.LONE_PLACE_PENALTY), found
    assert any("一字地名“莒县”" in r for r in found["reasons"]), found["reasons"]


def test_a_respelt_one_character_place_in_an_abbreviated_unit_name_is_weaker():
    registry = [*PLACES, reg("山东12345", "山东省12345政务服务便民热线", "r3", "山东省")]
    found = _flag(registry, "齐鲁沮政府新闻办")
    assert found and found["target"]["name"] == "莒县发布" and found["evidence"]["layer"] == "abbrev", found
    assert any("一字地名“莒县”" in r for r in found["reasons"]), found["reasons"]
    assert found["score"] < 0.66


@pytest.mark.parametrize("name", ["沮县发布", "举县发布"])
def test_a_respelt_one_character_place_with_its_level_word_still_matches(name):
    found = _flag(PLACES, name)
    assert found and found["target"]["name"] == "莒县发布", found


def test_without_the_rule_the_one_character_place_would_win(monkeypatch):
    # the rule is what changes the target: with it switched off, 沮 (ju) takes the name to 莒县发布
    monkeypatch.setattr(impostor._Officials, "lone_place_respelt", lambda self, *args: "")
    found = _flag(PLACES, "林沮发布")
    assert found and found["target"]["name"] == "莒县发布", found


# ---- a respelt body word and the avatar rule ---------------------------------------------------------------------

def _stripes() -> Image.Image:
    img = Image.new("RGB", (160, 160), (250, 250, 240))
    d = ImageDraw.Draw(img)
    for k in range(0, 160, 20):
        d.rectangle((k, 0, k + 9, 160), fill=(20, 90, 200))
    d.ellipse((40, 40, 120, 120), fill=(220, 30, 30))
    return img


@pytest.fixture(scope="module")
def chengdu():
    gov = layout(label="成都政府", **PURPLE)
    registry = [reg("成都发布", "成都市人民政府新闻办公室", "r1", "四川省成都市", avatar_hashes=avatar_hashes(png_bytes(gov))),
                reg("成都卫健委", "成都市卫生健康委员会", "r2", "四川省成都市",
                    avatar_hashes=avatar_hashes(png_bytes(_stripes())))]
    return registry, avatar_hashes(png_bytes(jpeg(gov)))


@pytest.mark.parametrize("name", ["成都卫减委", "成都卫建委"])
def test_a_respelt_body_word_keeps_its_unit_against_a_copied_avatar(chengdu, name):
    registry, copied = chengdu
    found = _flag(registry, name, avatar_hashes=copied)
    assert found and found["target"]["name"] == "成都卫健委", found


def test_the_avatar_still_decides_a_name_of_place_and_general_words(chengdu):
    registry, copied = chengdu
    found = _flag(registry, "成都便民小助手", avatar_hashes=copied)
    assert found and found["target"]["name"] == "成都发布", found


def test_respelt_body_needs_a_look_alike_or_same_sound_character():
    assert respelt_body(analyse_name("成都卫减委"), "成都卫健委") == "卫健委"
    assert respelt_body(analyse_name("成都公按"), "成都公安") == "公安"
    assert respelt_body(analyse_name("成都公园"), "成都公安") == ""  # 园 is neither drawn nor read like 安
    assert respelt_body(analyse_name("成都便民小助手"), "成都发布") == ""


# ---- a respelt place word added before the name ------------------------------------------------------------------

LAIYANG = [reg("莱阳发布", "莱阳市人民政府新闻办公室", "r1", "山东省烟台市莱阳市"),
           reg("顺德公安", "佛山市公安局顺德分局", "r2", "广东省佛山市顺德区")]


@pytest.mark.parametrize("name, written, meant", [
    ("胶冬菜阳发布go", "胶冬", "胶东"),   # a covering region, 冬 for 东 (same sound)
    ("交东菜阳发布go", "交东", "胶东"),
    ("烟抬菜阳发布go", "烟抬", "烟台"),   # the prefecture, 抬 for 台
    ("山冬菜阳发布go", "山冬", "山东"),   # the province
])
def test_a_respelt_place_before_a_respelt_name_is_read_as_the_place(name, written, meant):
    found = _flag(LAIYANG, name)
    assert found and found["target"]["name"] == "莱阳发布" and found["score"] >= 0.70, found
    assert any(f"{written}（{meant}）" in r for r in found["reasons"]), found["reasons"]


def test_the_same_name_reads_as_unknown_characters_without_the_respelling(monkeypatch):
    monkeypatch.setattr(affixes, "_respelt_place_at", lambda *args: None)
    found = _flag(LAIYANG, "胶冬菜阳发布go")
    assert found and found["score"] < 0.70, found


def test_a_region_word_of_another_place_or_unlike_characters_is_not_respelt():
    own = frozenset({"山东", "烟台", "莱阳"})
    assert explain_added("胶西", own).unknown == "胶西"  # 西 is neither drawn nor read like 东
    assert explain_added("珠三脚", own).unknown == "珠三脚"  # 珠三角 does not cover 莱阳
    added = explain_added("珠三脚", frozenset({"广东", "佛山", "顺德"}))
    assert added.regions == ["珠三脚"] and added.respelt == ["珠三脚（珠三角）"]
    assert explain_added("胶冬", own).respelt == ["胶冬（胶东）"]
