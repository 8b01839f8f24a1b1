"""错敏字, fourteenth round (issue #18): a sound-alike at the edge of a three-character term.

A three-character term (外交部, 河北省, 林长制) used to be checked at its first and last character for look-alikes
only: the next word may start there. The exception is narrowed to what it protects against — a sound-alike at the edge
is a slip unless the window reads as words of the text: a dictionary word, a common pair with the term's character next
to it, a common one-character word (是, 时, 不…: 北京是…, 在北京时，), a word with the neighbour outside (the existing
``_edge_forms_word``/``_cuts_longer_word``), or — for the last character — any Chinese character after it (the
first two characters are often a word of their own, 台湾, 河南, whose next word may start with a sound-alike of the
last). Inside 《》 or quotation marks the span is one title and is checked as before.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from tests.detectors.content_case import typo_pairs


@pytest.mark.parametrize("text, wrong, right", [
    ("本次活动的指导单位为外交步、商务部。", "外交步", "外交部"),  # last character, a list mark after it
    ("此次调研覆盖山东省、河南省和湖北升。", "湖北升", "湖北省"),  # a province's 省, end of the sentence
    ("来自岁利部的专家介绍了有关情况。", "岁利部", "水利部"),  # first character
    ("我县全面推行林长纸。", "林长纸", "林长制"),
    ("今年全面推行河长职，成效明显。", "河长职", "河长制"),
    ("相关材料已报送公安艇，请耐心等待。", "公安艇", "公安厅"),
])
def test_sound_alike_at_the_edge_of_a_short_term_is_reported(finder, text, wrong, right):
    assert (wrong, right) in typo_pairs(finder, text)


@pytest.mark.parametrize("text", [
    "北京是全国的政治中心。",  # 是: a function word
    "会议期间在北京时，代表们参观了展览。",  # 时: a common one-character word
    "教育不能只看分数。",
    "上海是一座开放的城市。",
    "欢迎广东醒狮队来访。",  # 醒狮: the last character starts the next word
    "湖北升学考试即将开始。",
    "江苏形成了新的发展格局。",
    "四川乡村振兴成效明显。",
    "上海台风过境，各部门做好防范。",
    "财政聚力保障民生。",
    "统计距离年底还有一个月。",
    "湖南洋湖湿地公园开园。",  # 南洋 / 洋湖: the text's own words
])
def test_edge_sound_alike_that_reads_as_words_stays_clean(finder, text):
    assert typo_pairs(finder, text) == []


def test_titles_in_brackets_are_checked_as_before(finder):
    assert ("民法点", "民法典") in typo_pairs(finder, "根据《民法点》有关规定办理。")
