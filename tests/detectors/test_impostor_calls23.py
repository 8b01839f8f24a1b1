"""Issue #12, twenty-third round of added words: a notice's calls to its reader read by their form.

- A forwarding verb (urged or not) and the people it goes to: the family, the people of a place, or a kinship term
  built from the kinship morphemes (老 or 阿 + one, one doubled, two in a row) — 发给姥姥姥爷, 快转告叔叔阿姨.
  A person's name after the verb (转给老周) is still a person's.
- The tentative V一V of a one-character verb (查一查, 听一听) is the account's call; the same verb alone before the
  name (每晚听…) is still a reader's act, and so is plain doubling.
- A deadline counted down (仅剩5天, 还剩12小时); a count of something else (最后三位) is not one.

Strings made for these tests (Hebei, Henan and Yunnan units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added, reader_act
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("邢台发布", "邢台市人民政府新闻办公室", "x1", "weibo", "河北省邢台市"),
    reg("洛阳公安", "洛阳市公安局", "l1", "weibo", "河南省洛阳市"),
    reg("大理发布", "大理白族自治州人民政府新闻办公室", "d1", "weibo", "云南省大理白族自治州"),
]
NO_PROFILE = {"verified": False, "verified_type": None, "verified_reason": "", "description": ""}


def _found(name: str) -> dict | None:
    return findings(REGISTRY, [acc(name, "x", **NO_PROFILE)]).get("x")


@pytest.mark.parametrize("text", [
    "发给姥姥姥爷", "快转告叔叔阿姨", "分享给老爹老娘", "转给爸爸妈妈和邻居", "赶紧告诉乡亲们", "转发给婶婶",
])
def test_a_call_to_forward_to_the_family_or_the_people_is_generic(text):
    added = explain_added(text)
    assert added.generic == [text] and not added.owner and not added.unknown


def test_a_persons_name_after_a_forwarding_verb_stays_a_persons():
    added = explain_added("转给老周")
    assert "转给老周" not in added.generic and added.owner


@pytest.mark.parametrize("text", ["查一查", "听一听", "逛一逛"])
def test_the_tentative_form_of_a_verb_is_the_accounts_call(text):
    added = explain_added(text)
    assert added.generic == [text] and not added.unknown
    assert reader_act(text) == ""  # not the reader's act before the name


def test_a_readers_verb_alone_or_doubled_before_the_name_is_still_a_readers_act():
    assert reader_act("每晚听") == "听"
    assert reader_act("天天刷刷") != ""
    assert "听听" not in explain_added("听听").generic


@pytest.mark.parametrize("text, call", [("仅剩5天", "仅剩5天"), ("还剩12小时", "还剩12小时"), ("最后两个工作日", "最后两个工作日")])
def test_a_deadline_counted_down_is_generic(text, call):
    assert explain_added(text).generic == [call]


def test_a_count_of_something_else_is_no_deadline():
    assert explain_added("最后三位").generic == []


@pytest.mark.parametrize("name, target", [
    ("发给姥姥姥爷｜邢台发布", "邢台发布"),
    ("听一听▏洛阳公安", "洛阳公安"),
    ("【仅剩5天】查一查▏大理发布", "大理发布"),
])
def test_a_registered_name_behind_a_call_to_the_reader_is_flagged(name, target):
    f = _found(name)
    assert f is not None and f["target"]["name"] == target


def test_a_persons_handle_behind_a_forwarding_verb_is_not_flagged():
    assert _found("转给老周▏洛阳公安") is None
