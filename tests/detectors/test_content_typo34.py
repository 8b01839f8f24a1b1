"""错字, thirty-fourth round (content-typo34): a character keeping one part of the right one is a look-alike in set
lines and idioms too, misspellings jieba carries as rare entries are no evidence of a word, a long division name's
last character doubled anywhere, jieba's place names of any ending as landmarks, the shared character of parallel
formulas and a pair of level words narrowed to one.

Every sentence here was written for these tests (none is taken from the evaluation sets); the places are the
gazetteer's and jieba's.
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


# ---- a part kept in place: a look-alike in set lines and idioms -----------------------------------------------------
def test_part_kept_in_place_is_a_look_alike_of_a_fixed_wording():
    from detectors.content_typo_verse import slip_kind

    assert slip_kind("谀", "诀") == "形近"  # 讠 kept, glyphs drawn nearly alike
    assert slip_kind("谀", "天") is None


def test_idiom_with_a_part_kept_in_place_is_read(rules):
    assert ("阿诀奉承", "阿谀奉承") in typos(rules, "他从不阿诀奉承，做事踏实。")
    assert typos(rules, "他从不阿谀奉承，做事踏实。") == []


# ---- rare entries of jieba: misspellings it carries --------------------------------------------------------------------
def test_rare_entry_outweighed_by_a_common_idiom_is_an_outdated_variant(monkeypatch):
    from detectors import content_typo_verse as v

    monkeypatch.setattr(v, "_rare_entries", lambda: {"全新全意": 4})
    freq = {"全心全意": 500, "全新全意": 4}
    assert v._outdated_variant("全新全意", "全心全意", frozenset({"全心全意"}), freq)
    # an idiom not far commoner leaves the entry a word of its own
    assert not v._outdated_variant("全新全意", "全心全意", frozenset({"全心全意"}), {"全心全意": 60, "全新全意": 4})


def test_placeholder_name_entry_is_no_word(monkeypatch):
    from detectors import content_typo as ct
    from detectors import content_typo_split

    monkeypatch.setattr(content_typo_split, "_freq", lambda: {"甲乙丙丁": 3, "甲乙丙戊": 40})
    monkeypatch.setattr(ct, "_entry_tags", lambda: {"甲乙丙丁": "nr", "甲乙丙戊": "nr"})
    assert ct._placeholder_entry("甲乙丙丁")
    assert not ct._placeholder_entry("甲乙丙戊")  # counted: a word


def test_placeholder_phrase_beside_a_term_that_is_no_division_stays_a_phrase(rules):
    assert typos(rules, "这个小山村的腊肉远近闻名。") == []  # 小山村 3 nr: not the village 小岗村 misspelt


# ---- a long division name's last character doubled anywhere ----------------------------------------------------------
def test_long_name_doubled_last_character(rules):
    assert ("呼和浩特特", "呼和浩特") in typos(rules, "呼和浩特特冬季供暖热线开通。")


def test_long_name_doubled_where_words_read_it_is_not_a_slip():
    from detectors.content_typo_double import name_double_slips

    assert name_double_slips(fold("呼和浩特特冬季供暖热线开通")) == [(0, 5, "呼和浩特")]
    assert name_double_slips(fold("连云港港口吞吐量再创新高")) == []  # 连云港 + 港口
    assert name_double_slips(fold("从乌鲁木齐齐齐哈尔的航班恢复")) == []  # two cities
    assert name_double_slips(fold("长沙沙滩排球赛开幕")) == []  # a two-character name: 沙滩 is a word


# ---- jieba's place names of any ending -------------------------------------------------------------------------------
def test_dictionary_place_name_of_any_ending_is_a_landmark(rules):
    from detectors.content_typo import landmark_names

    assert "西直门" in landmark_names()
    assert ("西值门", "西直门") in typos(rules, "清晨的西值门桥下车流如织。")


def test_rare_dictionary_places_are_no_landmarks(rules):
    from detectors.content_typo import landmark_names

    assert "山水相连" not in landmark_names()  # jieba 6: a phrase listed as a place
    assert typos(rules, "两岸山海相连，往来密切。") == []


# ---- parallel formulas share a character ------------------------------------------------------------------------------
def test_character_shared_by_parallel_formulas_is_no_slip():
    from detectors.content_typo import TypoHit, _parallel_shared

    text = "坚持科教兴省、人才强省、文化立省。"
    at = text.index("强省")
    assert _parallel_shared(text, TypoHit(at, at + 2, "强省", "强身", "音近", False))
    # a character the siblings do not share stays a slip
    assert not _parallel_shared(text, TypoHit(at, at + 2, "强省", "墙省", "音近", False))
    # two items only: too few to be a pattern
    two = "坚持科教兴省、人才强省。"
    at = two.index("强省")
    assert not _parallel_shared(two, TypoHit(at, at + 2, "强省", "强身", "音近", False))


# ---- a pair of level words narrowed to one -------------------------------------------------------------------------
def test_level_pair_narrowed_to_one_level():
    from detectors.content_typo import _level_pair_narrowed

    assert _level_pair_narrowed("乡镇卫生院", "镇卫生院")
    assert _level_pair_narrowed("乡镇卫生院", "乡卫生院")
    assert not _level_pair_narrowed("乡镇卫生院", "乡镇卫院")


def test_township_clinic_is_no_dropped_character(rules):
    assert typos(rules, "医生和镇卫生院的护士一起入户随访。") == []
