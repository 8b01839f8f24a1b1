"""Issue #12, hard negatives (twelfth session): a reader forwarding the unit's posts (每天转…, 搬运…) and the
self-media's trade words (种草, 测评, 开箱, 搬运工) make a name a person's account about the unit, not the unit's.
Own examples; impostors with the unit's own service words stay flagged."""

from __future__ import annotations

import pytest

from detectors import impostor
from detectors.affixes import explain_added, reader_act
from detectors.context import DetectionContext

REGISTRY = [{"unit": "临沂市人民政府新闻办公室", "platform": "weibo", "account_id": "r1", "name": "临沂发布",
             "status": "active", "region": "山东省临沂市"}]


def flagged(name: str) -> bool:
    acc = {"platform": "douyin", "account_id": "x1", "name": name}
    return any(f["account_id"] == "x1" for f in impostor.detect(DetectionContext(registry=REGISTRY, accounts=[acc])))


def test_forwarding_verbs_are_a_readers():
    assert reader_act("每天转") == "转" and reader_act("专门搬运") == "搬运"


@pytest.mark.parametrize("word", ["种草", "安利", "开箱", "搬运工", "课代表"])
def test_self_media_words_name_an_owner(word):
    assert word in explain_added(word + "君").owner or word in explain_added(word).owner


@pytest.mark.parametrize("name", ["每天转临沂发布", "专门搬运临沂发布", "临沂发布种草机", "临沂发布课代表"])
def test_a_readers_or_self_medias_account_about_the_unit_is_not_flagged(name):
    assert not flagged(name)


@pytest.mark.parametrize("name", ["临沂发布官方", "临沂发布在线客服", "临沂发布服务号"])
def test_the_units_own_service_words_stay_flagged(name):
    assert flagged(name)
