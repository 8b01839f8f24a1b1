"""The input-method typo layer's candidates and scoring (``detectors.content_typo_ime``, session 17): sound-alikes
from the model's own vocabulary as well as jieba's (文明, 荣誉, 养老 are missing from jieba's index of corrections),
and the credit a look-alike or a corrected word of three or more characters gets against the margin (``counted``).
Sentences written for these tests, not taken from any eval part.

Tests that need the model skip with the reason when ``./run.sh setup`` has not fetched it (CI has it)."""

from __future__ import annotations

import pytest

from detectors import content_typo_ime
from detectors.content_typo import division_forms
from detectors.textnorm import fold

LM = content_typo_ime.load()
needs_model = pytest.mark.skipif(
    LM is None, reason="输入法语言模型或 kenlm 缺失（./run.sh setup 获取 libime-data-language-model 与 kenlm）")


def found(text: str) -> list[tuple[str, str]]:
    folded = fold(text)
    return [(folded[a:b], word) for a, b, word, _how, _gain in LM.slips(folded, division_forms())]


def test_counted_credits_look_alikes_and_long_words(monkeypatch):
    monkeypatch.setattr(content_typo_ime, "SPECIFIC_BONUS", 1.5)
    assert content_typo_ime.counted("养老", "音近", 12.0) == 12.0  # a two-character sound-alike: the gain itself
    assert content_typo_ime.counted("纪念馆", "音近", 12.0) == 13.5  # three characters
    assert content_typo_ime.counted("慈善", "形近", 12.0) == 13.5  # a look-alike
    assert content_typo_ime.counted("纪念馆", "音近", 12.0, plain=True) == 12.0  # the written form is a word too
    assert content_typo_ime.counted("互联网", "拼音切分", 12.0) == 12.0  # merge slips are scored as they are


def test_written_word_looks_over_the_changed_character():
    vocab = frozenset({"甲乙", "丙丁"})
    assert content_typo_ime.written_word(vocab, "甲乙丙", "甲戊丙")  # 甲乙 covers the changed 乙
    assert not content_typo_ime.written_word(vocab, "甲乙丙", "甲乙戊")  # nothing of two covers 丙 alone
    assert not content_typo_ime.written_word(vocab, "甲乙丙", "甲乙")  # a merge: lengths differ


@needs_model
def test_model_vocabulary_proposes_sound_alikes_jieba_lacks(monkeypatch):
    text = "加快推进养劳服务体系建设，我市荣获全国双拥模范城荣玉称号。"
    assert found(text) == [("养劳", "养老"), ("荣玉", "荣誉")]
    # the words are the model's: jieba's index of corrections alone proposes neither
    monkeypatch.setattr(content_typo_ime, "MODEL_SOUNDS", False)
    monkeypatch.setattr(content_typo_ime, "WIDE_SOUNDS", False)  # the wide index is the model's words too
    assert found(text) == []


@needs_model
def test_model_sound_index_files_words_by_masked_form_and_sound():
    index = LM.by_sound
    assert "养老" in index["养\x00\x00lao"] and "荣誉" in index["荣\x00\x00yu"]
    assert "文明" in index["文\x00\x00min"]  # ming and min are one fuzzy sound of pinyin input
    assert all(len(w) in content_typo_ime.INDEX_SIZES for words in index.values() for w in words)


@needs_model
def test_a_look_alike_is_credited_against_the_margin(monkeypatch):
    folded = fold("学校组织师生参观革命纪念管并重温入党誓词。")
    monkeypatch.setattr(content_typo_ime, "SPECIFIC_BONUS", 0.0)
    (hit,) = LM.slips(folded, division_forms(), margin=5.0)
    assert (folded[hit[0]:hit[1]], hit[2], hit[3]) == ("纪念管", "纪念馆", "形近")
    gain = hit[4]
    assert LM.slips(folded, division_forms(), margin=gain + 0.5) == []
    monkeypatch.setattr(content_typo_ime, "SPECIFIC_BONUS", 1.0)
    assert [h[2] for h in LM.slips(folded, division_forms(), margin=gain + 0.5)] == ["纪念馆"]


@needs_model
@pytest.mark.parametrize("text", [
    "扎实推进居家社区养老服务，让老年人安享幸福晚年。",
    "人人讲文明树新风，共建共享美好家园。",
    "公平正义是社会主义的内在要求。",
    "全市各级各部门要守住安全底线，压实森林草原防灭火责任。",
    "社区卫生服务中心为辖区老年人提供免费体检。",
    "本周末市区将迎来大风降温天气，请注意防寒保暖。",
    "志愿者走进社区开展垃圾分类宣传活动。",
])
def test_correct_prose_is_left_alone(text):
    assert found(text) == []


@needs_model
@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("我县在全市率西安开展垃圾分类试点工作。", "率西安", "率先"),  # shuai'xi'an for shuai'xian
    ("首西安要统一思想提高认识。", "首西安", "首先"),
    ("加快发展互立案网医院。", "互立案网", "互联网"),  # li'an for lian
])
def test_syllable_merge_slips_are_found(text, wrong, right):
    folded = fold(text)
    assert [(folded[a:b], word, how) for a, b, word, how, _g in LM.slips(folded, division_forms())] == [
        (wrong, right, "拼音切分")]


@needs_model
@pytest.mark.parametrize("text", [
    "今年以来全市经济增长率西安市排名第一。",  # a rate, then the city
    "市民可前往西安北站乘车。",
    "公安机关依法立案侦查。",
    "全市共办理网上立案一千余件。",
    "代表团在布利安·马丁纪念馆参观。",  # a transliteration: 利安 is no 琏 of a person's name
])
def test_syllable_merge_leaves_real_words_alone(text):
    assert found(text) == []


@needs_model
def test_syllable_merges_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(content_typo_ime, "MERGES", False)
    assert found("我县在全市率西安开展垃圾分类试点工作。") == []


@needs_model
def test_characters_are_filed_by_exact_reading():
    table = LM.by_reading
    assert "先" in table["xian"] and "联" in table["lian"]
    assert "先" not in table.get("xi", ())
