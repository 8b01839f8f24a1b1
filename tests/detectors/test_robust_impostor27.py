"""A registered name thousands of characters long does not stop the impostor detector (robust-fuzz27).

``impostor._trie_pattern`` wrote its alternation of words (what a province's registered names write after the province,
``Officials.province_tails``) by recursing once per character: a registry row named 贵州 + three thousand characters
raised RecursionError and took every account's findings of the run with it. It is built without recursion now, and a
trie nested too deep for ``re.compile`` (names that are each other's beginnings, hundreds deep) is written as a flat
alternation matching the same longest word at each position.

Names invented for these tests.
"""

from __future__ import annotations

import re

from detectors import impostor
from detectors.impostor import TRIE_NESTING_MAX, _trie_pattern
from tests.detectors.impostor_cases import acc, reg


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def test_a_word_thousands_of_characters_long_is_one_branch():
    word = "交通运输" * 1000
    pattern = _trie_pattern([word, "发布"])
    assert spans(pattern, "黔发布" + word) == [(1, 3), (3, 3 + len(word))]


def test_the_trie_still_shares_beginnings():
    assert _trie_pattern(["发布", "发声", "交警"]) == "(?:交警|发(?:声|布))"
    assert _trie_pattern(["发布", "发布厅"]) == "发布(?:厅)?"


def test_words_nested_too_deep_are_a_flat_alternation_with_the_same_matches():
    words = ["山" * k for k in range(1, TRIE_NESTING_MAX + 40)] + ["山水"]
    pattern = _trie_pattern(words)
    assert pattern.startswith("(?:" + "山" * (TRIE_NESTING_MAX + 39) + "|")
    text = "水" + "山" * 200 + "水山水"  # the longest word at each position, as the trie reads it
    assert [m.group(0) for m in re.finditer(pattern, text)] == ["山" * (TRIE_NESTING_MAX + 39), "山" * (
        200 - TRIE_NESTING_MAX - 39), "山水"]


def test_a_run_with_a_registered_name_thousands_of_characters_long_still_finds_the_impostor():
    registry = [reg("贵州" + "公安" * 2000, "贵州省公安厅", "long", "weibo", "贵州省"),
                reg("贵州发布", "贵州省人民政府新闻办公室", "gz", "weibo", "贵州省")]
    ctx = impostor.DetectionContext(registry=registry, accounts=[acc("贵州发布", "x"), acc("贵州" + "公安" * 2000, "y")])
    found = {f["account_id"]: f for f in impostor.detect(ctx)}
    assert found["x"]["target"]["name"] == "贵州发布"
