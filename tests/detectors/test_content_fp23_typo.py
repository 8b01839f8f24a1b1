"""Nineteenth session, task content-fp23: correct words read as slips. A dictionary word's rare reading makes no
sound-alike of an everyday word outside the lexicon (官网 is no slip of 官方: 方 is wang only in an old word), and 防溺冰
is a correct safety-education term beside 防溺水. Every sentence was written for these tests (none is taken from an
evaluation part)."""

from __future__ import annotations

from detectors.content import ContentRules, _hits

RULES = ContentRules.load(ime=None)


# ---- typos: a rare reading, a correct safety term ----------------------------------------------------------------

def typo_spans(text: str) -> list[str]:
    return [text[h.start:h.end] for h in _hits(text, RULES) if h.cls == "typo"]


def test_an_abbreviation_with_a_rare_reading_is_no_sound_alike():
    assert typo_spans("据交通运输部官网消息，春运火车票将于12月起开售。") == []


def test_a_real_sound_alike_in_everyday_vocabulary_is_still_found():
    assert typo_spans("各地要加强生态环竟保护，推动绿色发展。") == ["生态环竟"]


def test_ice_drowning_prevention_is_a_correct_term():
    assert typo_spans("各校要开展防溺冰、防踩踏安全教育。") == []
    assert typo_spans("各校要开展防弱水安全教育。") == ["防弱水"]
