"""错字, thirty-seventh round: a county's short form before 县 / 旗 one character off the account's own county (or one
the post names), a name built on a word beside a rarer dictionary landmark, and two names the lexicon now holds in both
of their written forms.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content_typo import TypoFinder, load_terms


@pytest.fixture(scope="module")
def finder():
    return TypoFinder(load_terms())


def found(finder, text, region=""):
    return [(h.wrong, h.correct) for h in finder.find(text, region=region)]


@pytest.mark.parametrize("text, region, wrong, right", [
    ("民和县人社局提醒：冬季务必注意用电安全。", "青海省海东市民和回族土族自治县", "民和", "民和"),  # written right
    ("明和县人社局提醒：冬季务必注意用电安全。", "青海省海东市民和回族土族自治县", "明和", "民和"),
    ("互助县和化龙县的干部到化隆县交流。", "", "化龙", "化隆"),  # the post names 化隆县 itself
])
def test_county_short_form_before_its_level(finder, text, region, wrong, right):
    got = found(finder, text, region)
    if wrong == right:
        assert not any(w.startswith(wrong) for w, _c in got)
    else:
        assert (wrong, right) in got


@pytest.mark.parametrize("text, region", [
    ("近期全县流感病例有所增加，本县各乡镇加强防控。", "青海省海东市民和回族土族自治县"),
    ("明和县人社局提醒：冬季务必注意用电安全。", ""),  # no region, the post names no 民和
    ("两县交界处的山路冬季易结冰。", "青海省海东市民和回族土族自治县"),
])
def test_no_county_slip_without_its_place(finder, text, region):
    assert found(finder, text, region) == []


def test_name_built_on_a_word_is_no_landmark_slip(finder):
    # 霸王 is an everyday word and jieba's landmark 坝王岭 has no word there: another name, not the landmark misspelt
    assert found(finder, "鹦哥岭和霸王岭都在热带雨林国家公园里。") == []
    assert ("哀劳山", "哀牢山") in found(finder, "周末我们去爬哀劳山，山上云雾缭绕。")


@pytest.mark.parametrize("text", [
    "琼海的嘉积鸭皮薄肉嫩，是当地待客名菜。",
    "琼海的加积鸭皮薄肉嫩，是当地待客名菜。",
    "临高的人偶戏演员头顶木偶、边唱边演。",
])
def test_names_in_both_written_forms(finder, text):
    assert found(finder, text) == []


@pytest.mark.parametrize("text, region, expected", [
    # a function word inside the account's own county-level name, making no word with either neighbour: misspelt
    ("从格而木出发，沿国道一路向南就到了昆仑山口。", "青海省海西蒙古族藏族自治州格尔木市", [("格而木", "格尔木")]),
    ("从格而木出发，沿国道一路向南就到了昆仑山口。", "青海省西宁市", []),  # not the account's own place
    ("宜居的城市让人向往，绿色出行成为习惯。", "吉林省白城市", []),  # 的城市: the text's own words
])
def test_function_word_inside_own_place(finder, text, region, expected):
    assert found(finder, text, region) == expected
