"""Look-alike substitutions that make words (issue #12, lookalike_char): a character of the unit's place swapped for
one built of the same parts but one (宁远 → 宁进: both 辶), and a two-character word replaced whole by another word
whose characters each look or sound like the registered ones (税务 → 水雾). Neither breaks a word, so the
broken-word guard of the older layers does not see them; the guard here is that the new text names no place."""

from __future__ import annotations

import pytest

from detectors import impostor
from detectors.context import DetectionContext
from detectors.names import LAYER_SCORES, analyse_name, compare_names, shares_part


def match(cand: str, reg: str):
    return compare_names(analyse_name(cand, None), analyse_name(reg, None))


def test_a_place_respelt_with_a_character_of_the_same_radical_is_a_review_match():
    assert shares_part("远", "进")  # 辶 + 元, 辶 + 井: one part in common, in decompositions
    m = match("宁进发布", "宁远发布")
    assert m.layer == "shape" and m.score == LAYER_SCORES["place_part"]
    assert any("地名" in r and "需人工复核" in r for r in m.reasons)


@pytest.mark.parametrize("cand, reg", [
    ("济源发布", "济南发布"),  # another real place: the gazetteer knows 济源
    ("四川交通", "四川交警"),  # the change is outside the place, and 通/警 share no part
])
def test_a_change_into_another_place_or_outside_the_place_is_not_this_layer(cand, reg):
    m = match(cand, reg)
    assert m is None or m.layer == "edit"


def test_a_word_replaced_by_a_word_of_look_alike_or_sound_alike_characters_is_a_review_match():
    m = match("四川水雾", "四川税务")  # 税 → 水 (shui), 务 → 雾 (wu); 水雾 is a word
    assert m.layer == "double" and m.score == LAYER_SCORES["double_word"]
    assert "整词替换" in m.reasons[-1]


@pytest.mark.parametrize("cand, reg", [
    ("舞钢发布", "武冈发布"),  # both characters changed into another real city
    ("四川风向", "四川气象"),  # a word, but 风/气 and 向/象 are no likeness of each other
    ("四川旗舰", "四川气象"),  # 旗 reads qi, but 舰 is neither drawn nor read like 象
])
def test_a_word_for_word_change_needs_every_character_alike_and_no_place(cand, reg):
    m = match(cand, reg)
    assert m is None or m.layer == "edit"


def test_the_detector_reports_both_for_review_and_leaves_the_others():
    registry = [{"unit": "宁远县人民政府新闻办公室", "platform": "weibo", "account_id": "r1", "name": "宁远发布",
                 "status": "active", "region": "湖南省永州市宁远县"},
                {"unit": "国家税务总局四川省税务局", "platform": "weibo", "account_id": "r2", "name": "四川税务",
                 "status": "active", "region": "四川省"}]
    names = {"a": "宁进发布", "b": "四川水雾", "c": "四川风向", "d": "济源发布"}
    accounts = [{"platform": "douyin", "account_id": k, "name": n} for k, n in names.items()]
    found = {f["account_id"]: f for f in impostor.detect(DetectionContext(registry=registry, accounts=accounts))}
    assert set(found) == {"a", "b"}
    assert found["a"]["target"]["account_id"] == "r1" and found["b"]["target"]["account_id"] == "r2"
    assert all(f["score"] < 0.7 for f in found.values())  # review, not certainty
