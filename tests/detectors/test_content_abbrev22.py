"""Eighteenth session, task content-fp22: a handle joined by a hyphen (微信：xxxx-edu2026) is an account id, not a
pinyin-initial abbreviation of slang (``content_patterns.abbreviation_hits``). Sentences written for these tests."""

from __future__ import annotations

from detectors.content_patterns import abbreviation_hits


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in abbreviation_hits(text)]


def test_a_hyphenated_handle_is_no_slang():
    assert spans("咨询请加课程顾问微信：hxjy-kids2026，名额有限。") == []


def test_slang_beside_a_hyphen_before_chinese_is_still_slang():
    assert spans("周末去公园玩，真的 xswl，下次还来") == ["xswl"]
    assert spans("年终冲刺 yyds-冲冲冲") == ["yyds"]  # a hyphen before Chinese joins nothing
