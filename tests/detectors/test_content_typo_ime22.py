"""Eighteenth session, task content-fp22: false alarms of the input-method typo layer (``detectors.content_typo_ime``).

A written word jieba's dictionary holds and its unigram barely corrects is a term the 2022 trigram lacks, not a slip
(``_jieba_word_unsupported``, inside the band ``MARGIN`` + ``JIEBA_BAND``); a given name after a role word and a common
surname is a person's name (``ROLE_BEFORE``). Every sentence was written for these tests (none is taken from an
evaluation part). Tests that need the model skip with the reason when ``./run.sh setup`` has not fetched it."""

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


# ---- a word jieba knows, which the trigram reads as two characters --------------------------------------------

def test_a_dictionary_word_jieba_barely_corrects_is_unsupported():
    # 侨情 is a word of jieba's dictionary; 矫情 gains its unigram little in this window
    assert content_typo_ime._jieba_word_unsupported("区侨办组织侨情普查工作", 5, 7, "矫情")
    # a written pair jieba does not hold is left to the trigram
    assert not content_typo_ime._jieba_word_unsupported("持续优化营伤环境", 4, 6, "营商")
    # one character, or a correction of another length, is not this gate's
    assert not content_typo_ime._jieba_word_unsupported("全面从严治挡工作", 6, 7, "党")
    assert not content_typo_ime._jieba_word_unsupported("区侨办组织侨情普查", 5, 7, "矫情的")


def test_the_gate_holds_jieba_to_a_second_opinion(monkeypatch):
    # with no second opinion required every dictionary word passes: the threshold is what decides
    monkeypatch.setattr(content_typo_ime, "JIEBA_SECOND", -100.0)
    assert not content_typo_ime._jieba_word_unsupported("区侨办组织侨情普查工作", 5, 7, "矫情")


@needs_model
def test_a_term_the_model_lacks_is_no_slip_but_a_strong_gain_stands(monkeypatch):
    text = "市侨联召开座谈会，通报今年侨情调查工作进展。"
    assert not any(w == "侨情" for w, _c in found(text))
    # a slip the trigram is sure of is reported whatever jieba's dictionary holds
    assert ("营伤", "营商") in found("我市持续优化营伤环境，服务企业发展。")


# ---- a given name after a role word and a surname ---------------------------------------------------------------

def test_role_word_and_surname_mark_a_given_name():
    person = content_typo_ime._person
    text = fold("边防战士赵玉国坚守哨所二十年")
    k = text.find("玉国")
    assert person(text, k, k + 2)
    text = fold("青年歌手林沐阳在音乐节演出")
    k = text.find("沐阳")
    assert person(text, k, k + 2)
    # no surname between the role word and the span, or a span longer than a given name: not a name
    text = fold("志愿者服务队伍不断壮大")
    k = text.find("服务")
    assert not person(text, k, k + 2)
    text = fold("边防战士孙玉国国土卫士")
    k = text.find("玉国")
    assert not person(text, k, k + 4)


@needs_model
def test_a_soldiers_given_name_is_no_slip():
    assert not found("1950年冬，志愿军战士孙玉国在阵地上坚守了七天七夜。")
