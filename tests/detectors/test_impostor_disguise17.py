"""Issue #12, thirteenth session (lead): a shop's words around a registered name are a disguise when the name
itself is disguised.

A business named after a government account writes the name as it is (济南公安旗舰店 is left alone: it may be a shop
that mentions it). A name that writes the registered name with look-alike or same-sound characters, or hides
characters in it (zero-width, tag characters, combining marks on its digits), is dodging a search for that name: its
shop words (特产铺, 小店, 旗舰店) then count as unknown words instead of ruling the match out, as they already did
when the description runs a scam (``_disguised_pairs``). Emoji sequences (the zero-width joiner, variation
selectors, the keycap) are not hiding anything. The names are written for these tests.
"""

from __future__ import annotations

import pytest

from detectors import impostor
from detectors.context import DetectionContext
from detectors.impostor import disguise_reason, hidden_marks
from tests.detectors.test_avatar_only import acc, reg, run

REG = [reg("济南公安", "济南市公安局", "r1", "山东省济南市"),
       reg("历下12345", "济南市历下区政务服务热线", "r2", "山东省济南市历下区"),
       reg("泰安发布", "泰安市人民政府新闻办公室", "r3", "山东省泰安市")]


def _flag(name):
    return run(REG, [acc(name, "x")]).get("x")


@pytest.mark.parametrize("name, target", [
    ("济南公\u200b安特产铺", "济南公安"),              # a zero-width space inside the name
    ("济南\U000e0041公安小店", "济南公安"),             # a tag character
    ("历下1\u03252\u03253\u03254\u03255\u0325便民小铺", "历下12345"),  # combining rings under the digits
])
def test_hidden_characters_make_shop_words_a_disguise(name, target):
    found = _flag(name)
    assert found and found["target"]["name"] == target, found
    assert any("不可见字符" in r for r in found["reasons"]), found["reasons"]


def test_a_look_alike_spelling_makes_shop_words_a_disguise():
    found = _flag("泰按发布特产铺")  # 安 → 按
    assert found and found["target"]["name"] == "泰安发布", found
    assert any("形近或同音字" in r and "伪装" in r for r in found["reasons"]), found["reasons"]


@pytest.mark.parametrize("name", [
    "济南公安特产铺",        # the name as written: a shop may mention it
    "济南公安小店❤️",        # an emoji with its variation selector hides nothing
    "济南公安1️⃣号店",       # a keycap
    "济南公安👨‍👩‍👧小店",     # a family emoji joined with zero-width joiners
])
def test_shop_words_around_a_name_written_plainly_still_rule_it_out(name):
    assert _flag(name) is None


def test_hidden_marks_names_the_code_points_once():
    assert hidden_marks("济南公\u200b安\u200b") == ["U+200B"]
    assert hidden_marks("1\u03252\u0325") == ["U+0325"]
    assert hidden_marks("❤️家👨‍👩‍👧") == []
    assert hidden_marks("\u0325开头") == []  # a mark with nothing before it is no mark on a letter


def test_a_changed_character_that_makes_a_word_is_no_disguise():
    # 重庆 → 重情 makes a word (重情): 重情发布会 is an event's name, its 会 is no disguise
    registry = REG + [reg("重庆发布", "重庆市人民政府新闻办公室", "r4", "重庆市")]
    assert run(registry, [acc("重情发布会", "x")]).get("x") is None
    assert disguise_reason(False, [], [("情", "庆", "sound")], "重情发布") == ""


def test_the_reason_says_why():
    assert disguise_reason(True, ["U+200B"], []).startswith("简介")  # a scam description first
    assert "形近或同音字" in disguise_reason(False, [], [("按", "安", "sound")], "泰按发布")
    assert "U+200B" in disguise_reason(False, ["U+200B"], [])
    assert disguise_reason(False, [], []) == ""


def test_explain_reads_the_name_as_the_run_does():
    told = impostor.explain(DetectionContext(registry=REG, accounts=[]), {"name": "济南公\u200b安特产铺", "platform": "weibo"})
    assert told["flagged"]
    row = next(c for c in told["closest"] if c["target"]["name"] == "济南公安")
    assert row["affix_score"] is not None and row["affix_ruled_out"] is None
