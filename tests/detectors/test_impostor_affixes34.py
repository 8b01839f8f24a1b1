"""Issue #12, thirty-fourth round of added words: a division of the target's province whose first character is a word
of a class.

Added words are read longest word first, but a one-character word of a class (云, 新: generic words) used to be taken
before a longer division name beginning with it, so 云和 (a county of Zhejiang) before a Zhejiang unit was read as the
generic 云 and a stray 和, and the other place's name stood as an impostor of the unit. A division longer than the class
word, of the target's own province (or its namesake's), is now read as the place it is; a division far from the
target is still unknown text, and a class word beginning no division stays a class word.

Strings made for these tests (units of Zhejiang and Guangdong), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added
from tests.detectors.impostor_cases import acc, findings, reg

ZHEJIANG = frozenset({"浙江", "杭州", "桐庐"})
GUANGDONG = frozenset({"广东", "佛山", "顺德"})
JIANGSU = frozenset({"江苏", "苏州", "昆山"})


@pytest.mark.parametrize("text, own, place", [
    ("云和", ZHEJIANG, "云和"),  # 云和县 of 丽水: 云 is a generic word
    ("新丰", GUANGDONG, "新丰"),  # 新丰县 of 韶关: 新 is a generic word
])
def test_a_division_of_the_province_beginning_with_a_class_word_is_another_place(text, own, place):
    added = explain_added(text, own)
    assert added.other_places == [place]
    assert not added.generic and not added.unknown


def test_a_division_far_from_the_target_stays_a_class_word_and_unknown_text():
    added = explain_added("云和", JIANGSU)
    assert not added.other_places
    assert added.generic == ["云"] and added.unknown == "和"


def test_a_class_word_beginning_no_division_stays_a_class_word():
    assert explain_added("新", ZHEJIANG).generic == ["新"]
    assert not explain_added("云", ZHEJIANG).other_places


REGISTRY = [
    reg("桐庐发布", "桐庐县人民政府新闻办公室", "t1", "weibo", "浙江省杭州市桐庐县"),
    reg("昆山发布", "昆山市人民政府新闻办公室", "k1", "weibo", "江苏省苏州市昆山市"),
]


def test_the_province_s_division_before_the_name_rules_the_match_out():
    assert findings(REGISTRY, [acc("云和桐庐发布", "x")]).get("x") is None


def test_a_generic_word_before_the_name_still_flags():
    found = findings(REGISTRY, [acc("云上桐庐发布", "x")]).get("x")
    assert found is not None and found["target"]["name"] == "桐庐发布"
