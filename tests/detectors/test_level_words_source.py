"""The level words have one source (``detectors.places.DIVISION_LEVEL_WORDS``) and jieba's dictionary one reader
(``detectors.jieba_dict``): the derived lists and views keep what the rules rely on."""

from __future__ import annotations

from detectors import affixes, jieba_dict, names, places
from detectors.content_typo import _dictionary_words, long_words, word_freq


def test_level_heads_are_the_division_levels_the_pairs_and_di_longest_first():
    heads = places.LEVEL_HEADS
    assert set(heads) == {*places.DIVISION_LEVEL_WORDS, *places.LEVEL_PAIRS, "地"}
    assert len(heads) == len(set(heads))
    assert [len(h) for h in heads] == sorted((len(h) for h in heads), reverse=True)
    # longest first: a township head that begins another (乡 of 乡镇) comes after it
    assert places.TOWN_LEVEL_HEADS.index("乡镇") < places.TOWN_LEVEL_HEADS.index("乡")
    assert set(places.TOWNSHIP_LEVEL_WORDS) < set(places.TOWN_LEVEL_HEADS)


def test_affix_level_words_are_the_division_levels_and_their_ji_words():
    words = set(affixes.LEVEL_WORDS)
    assert set(places.DIVISION_LEVEL_WORDS) <= words
    assert {"省级", "地级", "州级", "旗级", "镇级"} <= words
    assert not words & set(places.LEVEL_PAIRS)  # 县市 alone is no level word of an added text
    assert affixes.LEVEL_CHARS == "".join(names.LEVEL_WORDS) == "省市县区"


def test_level_words_are_read_from_the_one_source():
    assert names._strip_levels("湖南省属文旅") == "湖南文旅"
    assert names._strip_levels("兴安盟发布") == "兴安发布"
    assert names._strip_levels("广州发布") == "广州发布"  # 州 of a one-character stem stays
    assert places.level_rank_words("歙县级发布") == [(1, 3)]
    assert places.level_word_at("黄草乡应急", 2) == 3


def test_jieba_dictionary_views():
    first = next(jieba_dict.entries())
    assert isinstance(first[0], str) and isinstance(first[1], int) and first[2]
    freq, longer, every = word_freq(), long_words(), _dictionary_words()
    assert all(len(w) == 2 for w in freq) and all(3 <= len(w) <= 5 for w in longer)
    assert set(freq) <= every and longer <= every
    assert freq["发布"] > 0 and "军乐团" in longer and "发布" in names.dictionary_words()
    assert "一心一意" in affixes.idioms() and "发布" not in affixes.idioms()
