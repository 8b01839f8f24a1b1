"""Issue #12, eighth session round 2: level forms written as words. A word naming a level (省级, 市级, 县级, 镇级,
省直 …) is a level word like 省/市/县/区 wherever it stands; a wrong suffix on the target's place (浏阳区 for 浏阳市)
is the same place written wrongly unless a real division of China has that name (长沙市 beside 长沙县, 海城区 of
广西 beside 海城市 of 辽宁), which is another place. Real divisions from ``detectors/data/divisions.tsv``; the names
are written for these tests."""

from __future__ import annotations

import pytest

from detectors.names import _strip_levels, analyse_name, compare_names, level_words
from detectors.places import level_rank_words, other_division, own_divisions
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("浏阳发布", "浏阳市人民政府新闻办公室", "r1", "湖南省长沙市浏阳市"),
    reg("浏阳公安", "浏阳市公安局", "r2", "湖南省长沙市浏阳市"),
    reg("内乡发布", "内乡县人民政府新闻办公室", "r3", "河南省南阳市内乡县"),
    reg("长沙县发布", "长沙县人民政府新闻办公室", "r4", "湖南省长沙市长沙县"),
    reg("海城发布", "海城市人民政府新闻办公室", "r5", "辽宁省鞍山市海城市"),
    reg("湖南12345", "湖南省人民政府办公厅", "r6", "湖南省"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- the words --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "stripped", "words"), [
    ("内乡县级发布", "内乡发布", ["县级"]),
    ("湖南省级12345", "湖南12345", ["省级"]),
    ("浏阳市级公安", "浏阳公安", ["市级"]),
    ("市级浏阳发布", "浏阳发布", ["市级"]),  # in front of the place
    ("官渡镇级人大", "官渡人大", ["镇级"]),
    ("淮川街道级党建", "淮川党建", ["街道级"]),
    ("恩施州级公安", "恩施公安", ["州级"]),  # overlaps the place's own 州: one word
    ("长沙地市级发布", "长沙发布", ["地市级"]),
    ("副省级城市", "城", ["副省级", "市"]),
    ("长沙市直机关工委", "长沙机关工委", ["市直"]),
    ("浏阳市直属公安", "浏阳公安", ["市直属"]),
])
def test_level_rank_words_are_level_words(text, stripped, words):
    assert _strip_levels(text) == stripped
    assert level_words(text) == words


@pytest.mark.parametrize("text", [
    "城市直播",  # 直播 is a word: the 直 is not "directly under"
    "县直达班车",
    "内乡县级融媒体中心",  # the body type 县级融媒体中心 names its level itself
    "广州发布",
    "级别很高",
])
def test_not_level_rank_words(text):
    assert level_rank_words(text) == []


def test_own_divisions_take_the_deeper_of_a_shared_short_form():
    own = own_divisions("湖南省长沙市长沙县")
    assert own["长沙"] == "430121" and own["长沙市"] == "430100" and own["湖南"] == "430000"


@pytest.mark.parametrize(("text", "region", "other"), [
    ("长沙市发布", "湖南省长沙市长沙县", "长沙市"),  # the city, not the county
    ("长沙县级发布", "湖南省长沙市", "长沙县"),  # 县级 after 长沙 is the real 长沙县
    ("海城区发布", "辽宁省鞍山市海城市", "海城区"),  # 广西北海市海城区
    ("吉林市发布", "吉林省", "吉林市"),
    ("浏阳区发布", "湖南省长沙市浏阳市", ""),  # no 浏阳区 anywhere: 浏阳市 written wrongly
    ("内乡市发布", "河南省南阳市内乡县", ""),
    ("浏阳县级发布", "湖南省长沙市浏阳市", ""),
    ("长沙县发布", "湖南省长沙市长沙县", ""),
    ("湖南省级12345", "湖南省", ""),
    ("长沙市发布", "", ""),  # no region: nothing to tell
])
def test_other_division(text, region, other):
    assert other_division(text, region) == other


# ---- detection --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "target"), [
    ("浏阳市级发布", "r1"),
    ("浏阳县级公安", "r2"),  # 县级 for a county-level city is its level
    ("内乡县级发布", "r3"),
    ("湖南省级12345", "r6"),
    ("市级浏阳发布", "r1"),
    ("浏阳区发布", "r1"),  # wrong suffix, no such division
    ("内乡市发布", "r3"),
    ("长沙县级发布", "r4"),
    ("瀏陽市級發布", "r1"),  # traditional characters
    ("浏阳\u200b市级\u200b发布", "r1"),  # invisible characters
    ("湖南省级１２３４５", "r6"),  # full-width digits
    ("官方浏阳市级发布", "r1"),
    ("浏阳市级公安在线", "r2"),
])
def test_level_word_impostors_are_flagged(name, target):
    found = run([acc(name, "x")])
    assert "x" in found, name
    assert found["x"]["target"]["account_id"] == target
    assert found["x"]["score"] >= 0.6


def test_level_layer_names_the_level_word():
    match = compare_names(analyse_name("内乡县级发布"), analyse_name("内乡发布"))
    assert match.layer == "level" and any("县级" in r for r in match.reasons)
    match = compare_names(analyse_name("内乡县级发布"), analyse_name("内乡县发布"))
    assert match.layer == "level" and any("县级" in r for r in match.reasons)


@pytest.mark.parametrize("name", [
    "长沙市发布",  # the city's own account: the registry has the county's
    "长沙市级发布",
    "海城区发布",  # 广西 北海市海城区, not 辽宁 海城市
    "吉林市12345",
])
def test_another_real_division_is_another_place(name):
    registry = REGISTRY + [reg("吉林12345", "吉林省人民政府办公厅", "r7", "吉林省")]
    assert run([acc(name, "x")], registry) == {}


def test_genuine_and_mentioning_accounts_with_level_words():
    accounts = [
        acc("浏阳市级发布", "v1", verified=True, verified_type="government", verified_reason="浏阳市人民政府新闻办公室"),
        acc("内乡县级融媒体中心", "v2"),  # the county's media centre names its own type
        acc("浏阳市级老张说事", "p1"),  # a person's account
        acc("浏阳日报市级新闻", "m1"),  # a newspaper's column
    ]
    assert run(accounts) == {}


@pytest.mark.timeout(120)  # a hang guard for hostile input; speed itself is measured in bench/
def test_hostile_long_name_is_bounded():
    name = "浏阳市级" * 50_000  # 200,000 characters
    assert run([acc(name, "x")]) == {}
    assert len(_strip_levels(name)) == 100_000
    assert other_division(name, "湖南省长沙市浏阳市") == ""
