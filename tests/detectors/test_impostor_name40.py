"""Issue #12, fortieth round (imp-name40): the other names of the municipalities, their nicknames drawn with the
nearest glyphs, their best-known sights as words of the unit's own city, the heating-season items of government
service, and a person's journal.

- The municipalities' other names in everyday, press and online use (天津卫, 津城, 哏都, 渝州; 魔都, 帝都 of the last
  round) stand for their city in a name (``detectors/data/nicknames.tsv``, read by ``detectors.place_aliases``).
- A nickname of a province-level division written with one of the nearest drawings of one of its characters
  (``detectors.names.near_glyphs``: 泽 for 津) is read as the nickname, like one written with a look-alike of the
  shape tables; a township's own name (潭门 of 琼海's 潭门镇) is no disguise.
- The best-known sights and historic quarters of the municipalities are words of their own city (陆家嘴, 解放碑,
  王府井 …), as 故宫 and 外滩 were.
- Heating (采暖, 取暖, 供暖), its fees, the clean-heating programme (煤改电, 煤改气) and the subsidy by award (奖补) are
  items of government service: the bait of a subsidy fraud, not words of no class.
- A person's record of their own life (手账, 周记, 流水账, plog) after a registered name makes the name a person's.

Strings made for these tests, not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("天津发布", "天津市人民政府新闻办公室", "t1", "weibo", "天津市"),
    reg("天津交警", "天津市公安交通管理局", "t2", "weibo", "天津市"),
    reg("和平发布", "天津市和平区人民政府新闻办公室", "t3", "weibo", "天津市和平区"),
    reg("上海发布", "上海市人民政府新闻办公室", "s1", "weibo", "上海市"),
    reg("浦东发布", "上海市浦东新区人民政府新闻办公室", "s2", "weibo", "上海市浦东新区"),
    reg("长宁12345", "上海市长宁区政务服务中心", "s3", "weibo", "上海市长宁区"),
    reg("北京发布", "北京市人民政府新闻办公室", "b1", "weibo", "北京市"),
    reg("东城发布", "北京市东城区人民政府新闻办公室", "b2", "weibo", "北京市东城区"),
    reg("海淀12345", "北京市海淀区政务服务管理局", "b3", "weibo", "北京市海淀区"),
    reg("重庆发布", "重庆市人民政府新闻办公室", "c1", "weibo", "重庆市"),
    reg("渝中发布", "重庆市渝中区人民政府新闻办公室", "c2", "weibo", "重庆市渝中区"),
    reg("福建发布", "福建省人民政府新闻办公室", "f1", "weibo", "福建省"),
    reg("陕西发布", "陕西省人民政府新闻办公室", "p1", "weibo", "陕西省"),
    reg("河北发布", "河北省人民政府新闻办公室", "h1", "weibo", "河北省"),
]


def _found(name):
    return findings(REGISTRY, [acc(name, "x")]).get("x")


def _target(name):
    found = _found(name)
    return found["target"]["name"] if found and found["score"] >= 0.6 else None


@pytest.mark.parametrize("name, target", [
    ("津城交警", "天津交警"),
    ("天津卫交警", "天津交警"),
    ("哏都发布", "天津发布"),
    ("渝州发布", "重庆发布"),
    ("魔都发布", "上海发布"),
    ("帝都发布", "北京发布"),
])
def test_the_municipalities_other_names_stand_for_them(name, target):
    found = _found(name)
    assert found and found["target"]["name"] == target
    assert any("别称" in r for r in found["reasons"])


@pytest.mark.parametrize("name, target", [
    ("八阅发布", "福建发布"),  # 八闽, 闽 → 阅
    ("三舂发布", "陕西发布"),  # 三秦, 秦 → 舂
    ("燕趄发布", "河北发布"),  # 燕赵, 赵 → 趄
    ("天泽卫交警", "天津交警"),  # 天津卫, 津 → 泽
])
def test_a_nickname_drawn_with_a_near_glyph_is_read_as_the_nickname(name, target):
    found = _found(name)
    assert found and found["target"]["name"] == target
    assert any("形近写法" in r for r in found["reasons"])


def test_a_townships_own_name_is_no_disguised_nickname():
    # 潭门 is 琼海's 潭门镇 (and one near glyph from 津门): a township's account of Hainan, not Tianjin's
    assert _found("潭门发布") is None


@pytest.mark.parametrize("name, target, sight", [
    ("陆家嘴浦东发布", "浦东发布", "陆家嘴"),
    ("解放碑渝中发布", "渝中发布", "解放碑"),
    ("王府井东城发布", "东城发布", "王府井"),
    ("劝业场和平发布", "和平发布", "劝业场"),
    ("重庆发布磁器口", "重庆发布", "磁器口"),
])
def test_a_municipalitys_best_known_sight_is_a_word_of_its_own_city(name, target, sight):
    found = _found(name)
    assert found and found["target"]["name"] == target
    assert any(sight in r and "其他字" not in r for r in found["reasons"] if r.startswith(("前加", "后加")))


def test_a_sight_of_another_city_is_no_word_of_the_units_own():
    found = _found("陆家嘴东城发布")  # 陆家嘴 is Shanghai's: a word of no class before 东城发布
    assert found is None or any("其他字" in r for r in found["reasons"])


@pytest.mark.parametrize("name", ["东城发布煤改电补贴", "和平发布供暖费退还", "浦东发布取暖费申领", "渝中发布奖补资金到账"])
def test_heating_items_and_the_subsidy_by_award_are_service_words(name):
    found = _found(name)
    assert found and found["score"] >= 0.85
    assert not any("其他字" in r for r in found["reasons"])


@pytest.mark.parametrize("name", ["海淀12345手帐", "海淀12345周记", "东城发布流水账", "浦东发布plog"])
def test_a_persons_journal_after_a_registered_name_is_the_persons(name):
    assert _found(name) is None


def test_the_registered_name_with_a_generic_word_is_still_flagged():
    assert _target("海淀12345官方") == "海淀12345"


@pytest.mark.parametrize("name, target", [
    # a standing nickname (申城, 帝都, 津城, 魔都) before a respelt place of its own city: the nickname is a word of the
    # unit's own city (no cost), as in the reading without it; read as the city written out it would cost the alias
    # penalty on top (0.61 before this round)
    ("申城怅宁12345蓝天白云", "长宁12345"),
    ("帝都海甸12345蓝天白云", "海淀12345"),
    ("津城和乎发布蓝天白云", "和平发布"),
    ("魔都蒲东发布蓝天白云", "浦东发布"),
])
def test_a_nickname_before_a_respelt_place_of_its_city_keeps_the_places_reading(name, target):
    found = _found(name)
    assert found and found["target"]["name"] == target and found["score"] >= 0.65


def test_a_nickname_before_a_respelt_place_leaves_it_flagged():
    assert _target("申城怅宁12345春暖花开") == "长宁12345"


def test_a_nickname_still_is_not_read_for_the_place_its_characters_spell():
    reg_ = [reg("河北发布", "河北省人民政府新闻办公室", "h1", "weibo", "河北省"),
            reg("赵县发布", "赵县人民政府新闻办公室", "h2", "weibo", "河北省石家庄市赵县")]
    found = findings(reg_, [acc("燕赵发布", "x")]).get("x")
    assert found and found["target"]["name"] == "河北发布"
