"""Issue #12, eighth round: an added word plus a changed character (a registered name held inside a longer name
with a look-alike or same-sound character that registered names also use), and characters folded by Unicode data
(radicals, number characters, Chinese numerals by their Unihan values)."""

from __future__ import annotations

import pytest

from detectors.names import analyse_name
from detectors.textnorm import equivalent_ideographs, fold, fold_with_offsets, numeral_digits, numeral_runs
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("德清发布", "德清县人民政府新闻办公室", "d1", "weibo", "浙江省湖州市德清县"),
    reg("重庆发布", "重庆市人民政府新闻办公室", "q1", "weibo", "重庆市"),
    reg("萍乡公安", "萍乡市公安局", "p1", "weibo", "江西省萍乡市"),
    reg("平江发布", "平江县人民政府新闻办公室", "j1", "weibo", "湖南省岳阳市平江县"),
    reg("绍兴公安", "绍兴市公安局", "s1", "weibo", "浙江省绍兴市"),
    reg("星沙发布", "长沙县人民政府新闻办公室", "x1", "weibo", "湖南省长沙市长沙县"),
    reg("宜昌12345", "宜昌市12345政务服务便民热线", "h1", "weibo", "湖北省宜昌市"),
    reg("长沙文旅", "长沙市文化旅游广电局", "c1", "weibo", "湖南省长沙市"),
    reg("西宁税务", "国家税务总局西宁市税务局", "w1", "weibo", "青海省西宁市"),
]


# ---- an added word plus a changed character ---------------------------------------------------------------------

def test_a_same_sound_character_that_registered_names_use_inside_an_affixed_name():
    # 星 is a registered character (星沙发布), so it is no unknown character to fold: it stands out because it
    # makes no registered pair with its neighbours (浙东绍星: 绍 is never followed by 星 in the registry); 浙东 is
    # no generic word to peel off, so only the affixed search with the changed character finds it
    found = findings(REGISTRY, [acc("浙东绍星公安", "a1"), acc("西宁税雾平台", "a2")])
    assert found["a1"]["target"]["account_id"] == "s1" and found["a1"]["evidence"]["layer"] == "affix"
    assert "同音字替换：兴→星" in found["a1"]["reasons"]
    assert found["a2"]["target"]["account_id"] == "w1"


def test_a_reordered_name_with_a_changed_character():
    found = findings(REGISTRY, [acc("公安绍星", "a1")])
    assert found["a1"]["target"]["account_id"] == "s1" and found["a1"]["evidence"]["layer"] == "reorder"


def test_another_real_place_one_sound_away_is_a_genuine_account():
    # 德庆 (广东) for 德清, 平乡 (河北) for 萍乡: one character of the same sound, and a real county of its own
    assert findings(REGISTRY, [acc("今日德庆发布", "n1"), acc("平乡公安在线", "n2")]) == {}


def test_a_word_made_by_the_changed_character_is_no_disguise():
    # 重庆 → 重情 makes a word (重情); a medium's and a shop's names sharing a sound are theirs
    assert findings(REGISTRY, [acc("重情发布会", "n1"), acc("绍兴日报说绍星公安", "n2"),
                               acc("得清发布会策划公司", "n3")]) == {}


@pytest.mark.timeout(120)  # a hang guard for hostile input; speed itself is measured in bench/
def test_a_hostile_long_name_is_bounded():
    name = "权威绍星公安" + "星沙绍" * 70_000
    findings(REGISTRY, [acc(name, "z1")])


# ---- folding by Unicode data ------------------------------------------------------------------------------------

def test_radicals_fold_to_their_equivalent_ideograph():
    table = equivalent_ideographs()
    assert table[0x2ED3] == "长" and table[0x2EC4] == "西" and table[0x2F54] == "水"
    assert analyse_name("⻓沙文旅").core == "长沙文旅"
    assert fold("⻄宁税务") == "西宁税务"
    assert fold_with_offsets("⻄宁") == ("西宁", [0, 1])


def test_number_characters_read_as_their_digits():
    digits = numeral_digits()
    assert digits[ord("〡")] == "1" and digits[ord("〥")] == "5" and digits[0x1D361] == "2"
    assert ord("〇") not in digits  # a Chinese numeral inside Chinese text stays
    assert analyse_name("宜昌〡〢〣〤〥").core == "宜昌12345"
    assert fold("二〇二四年") == "二〇二四年"
    found = findings(REGISTRY, [acc("宜昌〡〢〣〤〥", "h9"), acc("宜昌弌弍弎肆伍", "h8")])
    assert found["h9"]["target"]["account_id"] == "h1"
    assert found["h8"]["target"]["account_id"] == "h1"


def test_chinese_numerals_come_from_unihan_values():
    assert numeral_runs("宜昌弌弍弎肆伍") == [(2, 7, "12345")]
    assert numeral_runs("宜昌两两三") == [(2, 5, "223")]  # spoken 两 is kept

