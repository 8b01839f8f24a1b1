"""Issue #12, twenty-eighth round: a benefit named for those it is paid to.

A word for persons on 员/者 right before a payout noun (生产者补贴, 参保人员补助, 驾驶员津贴) names a benefit by its
recipients — a service word of the unit, like the payout noun alone — not the person who owns the account, which ruled
the registered name's match out (``detectors.affixes._payout_noun_at``). A persons word with no payout noun after it
stays a person.

Strings made for these tests (Shanxi and Henan units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("平遥发布", "平遥县人民政府新闻办公室", "p1", "weibo", "山西省晋中市平遥县"),
    reg("孟津文旅", "洛阳市孟津区文化广电和旅游局", "m1", "weibo", "河南省洛阳市孟津区"),
]
OWN = frozenset({"山西", "晋中", "平遥"})


@pytest.mark.parametrize("text", ["大豆生产者补贴", "生产者补贴", "参保人员补助金", "驾驶员津贴"])
def test_persons_before_a_payout_noun_are_its_recipients(text):
    added = explain_added(text, OWN, frozenset(), place_things=True)
    assert not added.persons and not added.rules_out
    assert any(w.endswith(("补贴", "补助金", "津贴")) for w in added.service)


@pytest.mark.parametrize("text", ["宣传员小李", "驾驶员"])
def test_persons_without_a_payout_noun_stay_persons(text):
    added = explain_added(text, OWN, frozenset(), place_things=True)
    assert "".join(added.persons).endswith("员") or added.unknown


@pytest.mark.parametrize("name, target", [
    ("平遥发布小麦生产者补贴", "平遥发布"),
    ("孟津文旅养殖者补偿款", "孟津文旅"),
])
def test_a_benefit_named_for_its_recipients_keeps_the_match(name, target):
    found = findings(REGISTRY, [acc(name, "x")]).get("x")
    assert found is not None and found["target"]["name"] == target
