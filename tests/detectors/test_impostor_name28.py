"""Issue #12, twenty-eighth round: a benefit named for those it is paid to.

A word for persons on 员/者 right before a payout noun (生产者补贴, 参保人员补助, 驾驶员津贴) names a benefit by its
recipients — a service word of the unit, like the payout noun alone — not the person who owns the account, which ruled
the registered name's match out (``detectors.affixes._payout_noun_at``). A persons word with no payout noun after it
stays a person.

A natural feature whose name begins with a division's name (太白山 of 太白县, jieba's ``ns`` words,
``detectors.affixes.named_features``) is read whole as a thing of no class, not as that division, which ruled the match
out as "another place" beside a unit of a neighbouring county; the division alone still does.

Strings made for these tests (Shanxi and Henan units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added, named_features
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("平遥发布", "平遥县人民政府新闻办公室", "p1", "weibo", "山西省晋中市平遥县"),
    reg("孟津文旅", "洛阳市孟津区文化广电和旅游局", "m1", "weibo", "河南省洛阳市孟津区"),
    reg("周至发布", "周至县人民政府新闻办公室", "z1", "weibo", "陕西省西安市周至县"),
]
OWN = frozenset({"山西", "晋中", "平遥"})


@pytest.mark.parametrize("text", ["大豆生产者补贴", "生产者补贴", "参保人员补助金", "驾驶员津贴"])
def test_persons_before_a_payout_noun_are_its_recipients(text):
    added = explain_added(text, OWN, frozenset(), place_things=True)
    assert not added.persons and not added.rules_out
    assert any(w.endswith(("补贴", "补助金", "津贴")) and len(w) >= 4 for w in added.service)
    assert not added.rules_out


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


def test_named_features_begin_with_a_division_and_are_none():
    features = {w for ws in named_features().values() for w in ws}
    assert "太白山" in features  # 太白县 of 宝鸡
    assert "泰山" not in features and "黄山" not in features  # divisions themselves (泰山区, 黄山市)


def test_a_feature_named_like_a_division_is_no_other_place():
    added = explain_added("太白山", frozenset({"陕西", "西安", "周至"}), frozenset({"太白"}), place_things=True)
    assert not added.other_places and not added.rules_out and added.features == ["太白山"]
    added = explain_added("太白", frozenset({"陕西", "西安", "周至"}), frozenset({"太白"}), place_things=True)
    assert added.other_places


def test_a_feature_before_the_name_keeps_the_match_and_the_division_alone_does_not():
    found = findings(REGISTRY, [acc("太白山周至发布", "a"), acc("太白周至发布", "b")])
    assert found.get("a") is not None and found["a"]["target"]["name"] == "周至发布"
    assert found.get("b") is None
