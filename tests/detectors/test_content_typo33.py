"""错字, thirty-third round (content-typo33): a division's name written as its namesake elsewhere or as a word of the
same letters (``content_typo_twins``), a county's short form slipped before one of its townships, and a character
doubled after the word it ends, judged by the input method's model.

Every sentence here was written for these tests (none is taken from the evaluation sets); the places are the
gazetteer's.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.textnorm import fold


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text, region=""):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


# ---- a division's short form typed as a word of the same letters ----------------------------------------------------
def test_division_typed_as_a_word_in_its_provinces_post(rules):
    assert ("信仰市", "信阳市") in typos(rules, "本次培训在信仰市举行。", region="河南省")
    # …or where the post names the province
    assert ("信仰市", "信阳市") in typos(rules, "河南省本次培训在信仰市举行。")


def test_division_typed_as_a_word_elsewhere_or_inside_words_is_not_read(rules):
    assert typos(rules, "本次培训在信仰市举行。") == []
    assert typos(rules, "本次培训在信仰市举行。", region="湖北省") == []
    assert typos(rules, "坚定信仰市场化改革方向。", region="河南省") == []  # 信仰 + 市场化
    assert typos(rules, "本次培训在信阳市举行。", region="河南省") == []


def test_segmentation_must_read_the_pair_and_the_level_word_alone():
    from detectors.content_typo_twins import division_word_slips

    assert division_word_slips(fold("武汉城市圈建设提速"), "陕西省") == []  # 武汉 + 城市圈, no 汉城市
    assert division_word_slips(fold("本次培训在信仰市举行"), "河南省") == [(5, 8, "信阳市")]


# ---- the account's own place written as its namesake of another province ------------------------------------------
def test_own_place_written_as_a_namesake_of_another_province(rules):
    assert ("伊春市", "宜春市") in typos(rules, "伊春市举办月季花展，欢迎市民前来观赏。", region="江西省宜春市")


def test_a_namesake_placed_or_of_the_own_province_stands(rules):
    text = "伊春市举办月季花展。"
    assert typos(rules, "黑龙江" + text, region="江西省宜春市") == []  # the post places it
    assert typos(rules, text, region="黑龙江省伊春市") == []  # the account's own place
    assert typos(rules, text, region="江西省萍乡市") == []  # 宜春 is not the account's own place


def test_own_region_twin_reading():
    from detectors.content_typo_twins import own_region_twin

    assert own_region_twin("泾源", "靖远", fold("泾源古城冬季开放"), "甘肃省白银市")
    assert not own_region_twin("泾源", "靖远", fold("宁夏泾源古城冬季开放"), "甘肃省白银市")
    assert not own_region_twin("泾源", "靖远", fold("泾源古城冬季开放"), "宁夏回族自治区")
    assert not own_region_twin("泾源", "靖远", fold("泾源古城冬季开放"), "")


def test_a_terms_place_written_as_a_twin_gives_the_guard_way():
    from detectors.content_typo import _own_place_as_twin, _starts_with_other_place

    # a term opening with 靖远 (甘肃): 泾源 (宁夏) is another place, unless the account is 靖远's own and says nothing
    # of 宁夏
    assert _starts_with_other_place("靖远古城", "泾源古城")
    assert _own_place_as_twin("靖远古城", "泾源古城", fold("泾源古城冬季开放"), "甘肃省白银市")
    assert not _own_place_as_twin("靖远古城", "泾源古城", fold("泾源古城冬季开放"), "甘肃省兰州市")


# ---- a county's short form slipped before one of its townships -----------------------------------------------------
def test_county_short_slipped_before_its_township(rules):
    assert ("井泰一条山", "景泰一条山") in typos(rules, "井泰一条山冬季农产品展销会开幕。", region="甘肃省白银市")


def test_county_short_before_its_township_elsewhere_or_right_is_not_read(rules):
    assert typos(rules, "井泰一条山冬季农产品展销会开幕。", region="甘肃省兰州市") == []
    assert typos(rules, "景泰一条山冬季农产品展销会开幕。", region="甘肃省白银市") == []


def test_town_led_slips_reading():
    from detectors.content_typo_twins import town_led_slips

    assert town_led_slips(fold("到井泰一条山参观"), "甘肃省白银市") == [(1, 6, "景泰一条山")]
    assert town_led_slips(fold("到井泰一条山参观"), "") == []


# ---- a character doubled after the word it ends ---------------------------------------------------------------------
def test_character_doubled_after_its_word(rules):
    if rules.typos.ime is None:
        pytest.skip("the input method's model is not installed")
    assert ("深化化改革", "深化改革") in typos(rules, "持续深化化改革，激发市场活力。")


def test_doubled_character_that_starts_a_word_or_repeats_a_measure_stands(rules):
    assert typos(rules, "以学校校历为准。") == []  # 学校 + 校历
    assert typos(rules, "用一件件实事回应群众期盼。") == []


def test_judged_double_slips_reading():
    from detectors.content_typo_double import judged_double_slips

    def always(f, a, b, w):
        return True

    assert judged_double_slips(fold("持续深化化改革"), always) == [(2, 7, "深化改革")]
    assert judged_double_slips(fold("持续深化化改革"), lambda *a: False) == []
    assert judged_double_slips(fold("看天天向上"), always) == []  # 天天 is a word
