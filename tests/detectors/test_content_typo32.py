"""错字, thirty-second round (content-typo32): the townships' stems (``towns.tsv``) read like a county's stem, in the
posts of their own county or prefecture only.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text, region=""):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


def test_town_stems_hold_county_and_prefecture_never_province():
    from detectors.content_typo import town_stems

    stems = town_stems()
    assert set(stems["一座营"]) == {"梅河口", "梅河口市", "通化", "通化市"}
    assert not any(len(s) < 3 for s in stems)  # two characters are words (STEM_MIN)
    assert "吉林省" not in stems["一座营"]


def test_town_stem_slip_in_its_prefectures_post(rules):
    assert ("一坐营", "一座营") in typos(rules, "一坐营冬季冰雪节开幕。", region="吉林省通化市")
    # …or where the post names the county
    assert ("一坐营", "一座营") in typos(rules, "梅河口一坐营冬季冰雪节开幕。")


def test_town_stem_slip_elsewhere_is_not_read(rules):
    assert typos(rules, "一坐营冬季冰雪节开幕。", region="吉林省长春市") == []
    assert typos(rules, "一坐营冬季冰雪节开幕。", region="吉林省") == []  # the province alone is too wide
    assert typos(rules, "一座营冬季冰雪节开幕。", region="吉林省通化市") == []


def test_town_edge_next_to_a_place_or_word_is_not_a_slip():
    from detectors.content_typo import _town_edge_neighbour

    # 红山 (a district's short form) + 好: the span is that place and its neighbour, not 红山子 misspelt
    assert _town_edge_neighbour("红山子", "红山好")
    assert not _town_edge_neighbour("一座营", "一坐营")  # the middle changed


def test_another_townships_short_form_is_no_slip():
    from detectors.content_typo import town_shorts

    assert {"一座营", "稠城"} <= town_shorts()


# ---- a function word put into a long name: text only beside a word of its own --------------------------------------
def test_function_word_in_a_long_name_reads_as_text_only_beside_a_word():
    from detectors.content_typo import _reads_as_words

    assert _reads_as_words("白城市", "的城市")  # a short name: as before
    assert not _reads_as_words("西双版纳", "西双版那")  # 西双版 + 那 makes nothing: the name misspelt


def test_long_prefecture_stem_with_a_function_word_sound_alike(rules):
    assert ("西双版那", "西双版纳") in typos(rules, "冬天去西双版那看热带雨林。", region="云南省")
    assert typos(rules, "冬天去西双版纳看热带雨林。", region="云南省") == []
