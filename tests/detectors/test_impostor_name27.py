"""Issue #12, twenty-seventh round of added words: who speaks in the words beside a registered name.

- 老 and 阿 begin a person's name (老张, 阿峰) only before a character that can write one: before a function
  character — a particle, a modal particle, an interjection or an onomatopoeia of jieba's dictionary (了, 么, 呀, 哇)
  — they begin a phrase of speech (阿么了 "what's up", 老了), which says nothing of a person's account. A common
  surname after them is a name still.
- The agency words 代理, 代办, 经办 are one relation (to act for a client): a trade the dictionary writes with one of
  them is the same trade with another (税务代理 is a word, so …税务 + 代办所 is a tax agent's office, a business, not
  the unit claiming an agent).

Strings made for these tests (Shanxi units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import _function_characters, completes_a_trade, explain_added
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("介休发布", "介休市人民政府新闻办公室", "j1", "weibo", "山西省晋中市介休市"),
    reg("太原税务", "国家税务总局太原市税务局", "t1", "weibo", "山西省太原市"),
]


def _found(name: str) -> dict | None:
    return findings(REGISTRY, [acc(name, "x")]).get("x")


def test_function_characters_are_particles_and_interjections_only():
    chars = _function_characters()
    assert {"了", "么", "呀", "吗", "的", "哇"} <= chars
    assert not {"峰", "强", "张", "李", "明"} & chars  # characters that write given names and surnames


@pytest.mark.parametrize("text", ["阿么了", "老了", "阿呀", "老呗"])
def test_a_person_prefix_before_a_particle_begins_no_name(text):
    assert not explain_added(text).owner


@pytest.mark.parametrize("text", ["阿峰", "老张", "阿强说"])
def test_a_person_prefix_before_a_name_character_is_a_person(text):
    assert explain_added(text).owner and explain_added(text).owner[0] in "老阿"


def test_a_particle_phrase_parted_from_the_name_is_flagged():
    found = _found("阿么了⎸介休发布")
    assert found and found["target"]["name"] == "介休发布"


def test_a_person_parted_from_the_name_still_rules_out():
    found = _found("阿峰⎸介休发布")
    assert not found or found["target"]["name"] != "介休发布"


@pytest.mark.parametrize("after, trade", [("代办所", "税务代办"), ("经办处", "税务经办"), ("代理人", "税务代理")])
def test_the_agency_words_are_one_relation(after, trade):
    assert completes_a_trade("太原税务", after) == trade


def test_no_trade_where_the_dictionary_writes_none():
    assert completes_a_trade("介休发布", "代办所") == ""


def test_a_tax_agent_s_office_named_after_the_unit_is_not_flagged():
    found = _found("太原税务代办所")
    assert not found or found["target"]["name"] != "太原税务"
