"""错字, thirty-fifth round (content-typo35): the items of the fixed enumerations of ``lexicons/ordered_formulas.txt``
are formal terms of the typo reader too, and the provincial leaders' list gains the heads missing from its audit.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text, region=""):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


def test_formula_items_are_read_from_the_list_formulations(tmp_path):
    from detectors.content_typo import formula_items

    (tmp_path / "ordered_formulas.txt").write_text(
        "# comment\n"
        "甲方针\tlist\t安全守护|预防为主/预防优先|稳就业|“两个”重要思想\t-\t-\t2\t-\t-\t来源\n"
        "乙提法\tchars\t党政军\t-\t-\t3\t-\t-\t来源\n", encoding="utf-8")
    forms = formula_items([tmp_path])
    assert "安全守护" in forms and "预防为主" in forms and "预防优先" in forms
    assert "稳就业" not in forms  # three characters: a word of its own
    assert not any("两个" in f for f in forms)  # quotes: not a plain term
    assert "党政军" not in forms  # chars formulations are no items


def test_formula_item_is_a_term_of_the_typo_reader():
    from detectors.content_typo import load_terms

    assert "文化润疆" in {t.correct for t in load_terms()}


def test_slipped_formula_item_is_reported(rules):
    found = typos(rules, "自治区持续推进文化闰疆工程，组织文艺小分队深入基层演出。")
    assert ("文化闰疆", "文化润疆") in found
    assert typos(rules, "自治区持续推进文化润疆工程，组织文艺小分队深入基层演出。") == []


def test_added_provincial_head_is_checked_by_name(rules):
    assert ("韦滔", "韦韬") in [(w[-2:], t[-2:]) for w, t in typos(rules, "自治区主席韦滔主持召开自治区人民政府常务会议。")]
    assert typos(rules, "自治区主席韦韬主持召开自治区人民政府常务会议。") == []


def test_feature_word_swapped_is_another_landmark():
    from detectors.content_typo import TypoHit, _feature_swapped

    assert _feature_swapped(TypoHit(0, 3, "七星峰", "七星山", "形近", False))
    assert not _feature_swapped(TypoHit(0, 3, "七星锋", "七星峰", "形近", False))  # 锋 is no feature word
    assert not _feature_swapped(TypoHit(0, 2, "洱湖", "洱海", "形近", False))  # two characters: too short to tell


def test_listed_mountain_with_another_feature_word_is_not_reported(rules):
    text = "周末登山路线推荐：从山脚古寺出发，经九华峰观景台返回，全程约六公里。"
    assert not [w for w, _t in typos(rules, text) if "九华" in w]


def test_notice_formula_with_a_homophone_word_is_reported(rules):
    head = "关于拟推荐优秀社区名单的公示 经评审，确定5个社区为推荐对象，"
    assert ("现予以公式", "现予以公示") in typos(rules, head + "现予以公式。公示时间为12月1日至7日。")
    assert ("公式期为", "公示期为") in typos(rules, head + "现予公示。公式期为12月1日至7日。")
    assert typos(rules, head + "现予公示。公示期为12月1日至7日，如有异议请来电。") == []
    assert typos(rules, "数学老师讲解了求根公式，特此通知家长。") == []


def test_end_pair_written_as_another_word_is_the_texts_own_phrase():
    from detectors.content_typo import _pair_for_pair

    vocabulary = frozenset({"共识", "共治", "新疆"})
    assert _pair_for_pair("社会共治", "社会共识", vocabulary)
    assert not _pair_for_pair("富民兴疆", "富民新疆", vocabulary)  # 兴疆 is no word: the item misspelt
    assert not _pair_for_pair("甲乙丙丁", "甲乙丙戊", vocabulary)


def test_flood_patrol_phrase_is_a_term_not_a_slip(rules):
    assert typos(rules, "汛期到来，乡镇干部轮班巡堤查险，提醒群众远离河道。") == []
    assert ("巡提查险", "巡堤查险") in typos(rules, "汛期到来，乡镇干部轮班巡提查险，提醒群众远离河道。")
