"""The input-method typo layer's wide sound-alikes (``detectors.content_typo_ime``, session 20): candidates from every
vocabulary word of the model that holds the character, of up to ``WIDE_SIZE`` characters (``ImeModel.masked``), the
two characters sounding alike by the principal reading of one and any reading of the other (``polyphone_alike``: a
polyphone read as in its word); and rare written words with a far commoner sound-alike twin tried even where they
strand nothing (``ImeModel.twinned``). Sentences written for these tests, not taken from any eval part.

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


def test_heard_in_word_reads_the_correction_as_in_its_word():
    assert content_typo_ime.word_readings("银行") == ("yin", "hang")  # pypinyin's phrase table: not xing
    assert content_typo_ime.heard_in_word("银行", 1, "航")  # 行 is hang in 银行
    assert content_typo_ime.heard_in_word("重新", 0, "虫")  # 重 is chong in 重新
    assert not content_typo_ime.heard_in_word("行走", 0, "航")  # …and xing in 行走
    assert not content_typo_ime.heard_in_word("配属", 1, "租")  # 属 is shu there, zhu only elsewhere


@needs_model
def test_masked_index_files_long_words_under_each_masked_form():
    table = LM.masked
    assert "难" in table["迎\x00而上"] and "迎" in table["\x00难而上"]  # a word of four characters, either place
    assert "诲" in table["\x00人不倦"]
    assert all(key.count(content_typo_ime.MASK) == 1 and 2 <= len(key) <= content_typo_ime.WIDE_SIZE
               for key in list(table)[:5000])


@needs_model
def test_polyphones_and_long_words_are_proposed(monkeypatch):
    text = "市民可到附近的银航网点办理业务，大家收拾心情虫新出发，面对困难要迎男而上。"
    assert found(text) == [("银航", "银行"), ("虫新", "重新"), ("迎男而上", "迎难而上")]
    # the principal sounds alone (航 hang / 行 xing, 虫 chong / 重 zhong) and the two-character index never offer them
    monkeypatch.setattr(content_typo_ime, "WIDE_SOUNDS", False)
    assert found(text) == []


@needs_model
def test_wide_sounds_leave_correct_text_alone():
    assert found("市民可到附近的银行网点办理业务，大家收拾心情重新出发，面对困难要迎难而上。") == []
    assert found("学校举办音乐会，同学们说说笑笑走进礼堂。") == []


@needs_model
def test_twinned_marks_a_rare_word_with_a_far_commoner_sound_alike(monkeypatch):
    text = "大家要注意身体建康，多喝热水"
    assert [text[i:i + 2] for i in sorted(LM.twinned(fold(text)))] == ["建康"]  # 健康 is far commoner
    assert not LM.twinned("我们对这种做法很反感")  # a common word is never marked
    monkeypatch.setattr(content_typo_ime, "TWIN_GAP", 9.0)  # no twin that much commoner
    assert not LM.twinned(fold(text))


@needs_model
def test_a_twinned_word_is_tried_where_nothing_is_stranded(monkeypatch):
    text = "全心全意为人名服务是党的根本宗旨"
    folded = fold(text)
    assert not {5, 6} & set(LM.stranded(folded))  # 人名 is a word the model knows: nothing of it is stranded
    assert [(folded[a:b], w) for a, b, w, _h, _g in LM.slips(folded, margin=10.0)] == [("人名", "人民")]
    monkeypatch.setattr(content_typo_ime, "TWINS", False)
    assert LM.slips(folded, margin=10.0) == []
