"""错字, thirty-first round (content-typo31): the stems of leagues, prefectures and autonomous prefectures; a dropped
character after a word that only seems to take the term's first character; the formal terms opening with 我国 written
without it; syllable-boundary slips written as two characters no dictionary holds, judged by the input method's model;
the divisions' full names' own syllable-boundary slips.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo_split import TermCuts


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text, region=""):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


# ---- prefecture-level stems beyond cities: 盟, 地区, 自治州 -----------------------------------------------------------
def test_prefecture_stems_hold_leagues_prefectures_and_autonomous_prefectures():
    from detectors.content_typo import prefecture_stems

    stems = prefecture_stems()
    assert {"锡林郭勒", "阿拉善", "大兴安岭", "阿克苏", "西双版纳", "黔东南"} <= set(stems)
    assert "大兴安岭地区" in stems["大兴安岭"] and "黑龙江" in stems["大兴安岭"]
    assert "兴安" not in stems  # two characters are words (STEM_MIN)


def test_league_stem_is_a_term_of_its_province():
    from detectors.content_typo import load_terms

    terms = {t.correct: t for t in load_terms()}
    stem = terms["阿拉善"]
    assert stem.division and stem.stem and "内蒙古" in stem.places and "阿拉善盟" in stem.places


# ---- a dropped character after a word that takes the term's first character only in appearance -------------------
def test_word_before_takes_the_first_character_only_when_commoner():
    from detectors.content_typo import _shortened_is_a_word

    # 农村 (common) takes 村 from 村委员会 (rare): another phrase
    assert _shortened_is_a_word("县农村委员会", 2, "村委员会")
    # 好人 is a word, but 人民 is far commoner: 人 opens the term
    assert not _shortened_is_a_word("讲好人民代表大制度", 2, "人民代表大制度")
    # …unless the window reads as whole words: 中国 + 运河 names something of its own (看中 is a word too)
    assert _shortened_is_a_word("察看中国运河文化博物馆", 2, "中国运河")


def test_dropped_character_after_a_rarer_edge_word(rules):
    assert ("人民代表大制度", "人民代表大会制度") in typos(rules, "讲好人民代表大制度的故事。")
    assert typos(rules, "讲好人民代表大会制度的故事。") == []


# ---- 我国 + a long fixed phrase, written without 我国 --------------------------------------------------------------
def test_term_without_its_opening_wo_guo(rules):
    assert ("北方重要生态安全平障", "北方重要生态安全屏障") in typos(rules, "坚决筑牢北方重要生态安全平障。")
    assert typos(rules, "坚决筑牢北方重要生态安全屏障。") == []
    assert typos(rules, "坚决筑牢我国北方重要生态安全屏障。") == []


# ---- syllable-boundary slips written as two characters no dictionary holds ----------------------------------------
def test_non_word_window_needs_the_judge():
    cuts = TermCuts(["平安校园"])
    assert cuts.slips("全力推进拼干校园建设") == []  # 拼干 is no word: no judge, no slip
    assert cuts.slips("全力推进拼干校园建设", judge=lambda *a: False) == []
    assert cuts.slips("全力推进拼干校园建设", judge=lambda *a: True) == [(4, 8, "平安校园", (4, 6))]


def test_non_word_window_with_the_model(rules):
    if rules.typos.ime is None:
        pytest.skip("the input method's language model is not installed")
    assert ("拼干校园", "平安校园") in typos(rules, "全力推进拼干校园建设。")
    assert typos(rules, "全力推进平安校园建设。") == []


# ---- a division's full name with two syllables cut another way ----------------------------------------------------
def test_division_cut_places():
    from detectors.content_typo import division_cut_places

    places = division_cut_places()
    assert places["延安市"][1] == 2 and "陕西" in places["延安市"][0]
    assert places["浏阳市"][1] == 3 and "长沙" in places["浏阳市"][0]


def test_division_name_cut_another_way(rules):
    if rules.typos.ime is None:
        pytest.skip("the input method's language model is not installed")
    text = "雅南市文旅局发布冬季旅游线路。"
    assert ("雅南市", "延安市") in typos(rules, text, "陕西省延安市")
    assert typos(rules, text, "江苏省南京市") == []  # neither the province nor the city named
    # 新干县 is a county of its own (Jiangxi), not 兴安县 (Guangxi) cut another way
    assert typos(rules, "新干县文旅局发布冬季旅游线路。", "广西壮族自治区桂林市") == []
