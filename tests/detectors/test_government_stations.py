"""Issue #12: a station (服务站, 工作站) is a government body only when a department stands before its ending.

A verification text naming a community group's station ("<place>在外老乡服务站", a volunteers' 工作站) made
impostors look platform-verified as government, so the impostor detector left them to the unregistered report.
Synthetic names only."""

from __future__ import annotations

import pytest

from detectors import impostor, unregistered
from detectors.context import DetectionContext
from detectors.government import government_unit_in, government_verification


@pytest.mark.parametrize("text", [
    "章丘区某镇退役军人服务站", "历城区某街道党群服务站", "某镇便民服务站", "某镇农技推广工作站",
    "某街道社区服务站", "某镇司法调解工作站",
])
def test_a_department_station_is_a_government_body(text):
    assert government_unit_in(text) == text


@pytest.mark.parametrize("text", [
    "临朐在外老乡服务站", "东营驻外乡友工作站", "某县青年志愿者工作站", "寿光同乡联谊服务站",
])
def test_a_station_of_a_community_group_is_not(text):
    assert government_unit_in(text) is None


def test_an_impostor_verified_as_a_community_station_is_flagged_not_reported_unregistered():
    registry = [{"unit": "临朐县委宣传部", "platform": "weibo", "account_id": "r1", "name": "临朐发布",
                 "status": "active", "region": "山东省潍坊市临朐县"}]
    fake = {"platform": "wechat", "account_id": "x1", "name": "【临朐发布】", "verified": True,
            "verified_type": "other", "verified_reason": "临朐在外老乡服务站"}
    assert government_verification(fake) is None
    ctx = DetectionContext(registry=registry, accounts=[fake])
    flagged = [f for f in impostor.detect(ctx) if f["account_id"] == "x1"]
    assert flagged and flagged[0]["target"]["name"] == "临朐发布"
    assert flagged[0]["evidence"]["verified_as"] == "临朐在外老乡服务站"  # said, not hidden
    assert not [f for f in unregistered.detect(ctx) if f.get("account_id") == "x1"]
    # the same account verified as the department's station of a township is a government account
    real = dict(fake, verified_reason="临朐县某镇退役军人服务站")
    assert government_verification(real) == "临朐县某镇退役军人服务站"
    assert not [f for f in impostor.detect(DetectionContext(registry=registry, accounts=[real]))
                if f["account_id"] == "x1"]
