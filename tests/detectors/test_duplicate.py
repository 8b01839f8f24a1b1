"""Duplicate: one unit, one platform, more than one active account — one finding per unit and platform."""

from __future__ import annotations

from detectors import duplicate
from detectors.context import DetectionContext


def reg(account_id, name, unit="济南市公安局", platform="weibo", status="active"):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": status}


def run(registry, accounts=()):
    return list(duplicate.detect(DetectionContext(registry=registry, accounts=list(accounts))))


def test_two_registered_accounts_on_one_platform():
    found = run([reg("a1", "济南公安"), reg("a2", "济南公安服务"), reg("a3", "济南公安", platform="douyin")])
    assert len(found) == 1
    f = found[0]
    assert f["kind"] == "duplicate" and f["unit"] == "济南市公安局" and f["platform"] == "weibo"
    assert f["target"]["account_id"] == "a1" and f["account_id"] == "a2" and f["score"] == 0.9
    assert {a["account_id"] for a in f["evidence"]["accounts"]} == {"a1", "a2"}
    assert "有 2 个在用账号" in f["reasons"][0]


def test_closed_or_gone_accounts_do_not_count():
    assert run([reg("a1", "济南公安"), reg("a2", "济南公安旧号", status="closed")]) == []
    gone = {"platform": "weibo", "account_id": "a2", "name": "济南公安旧号", "crawl_status": "gone"}
    assert run([reg("a1", "济南公安"), reg("a2", "济南公安旧号")], [gone]) == []


def test_verified_discovered_account_joins_the_group_and_near_identical_names():
    discovered = [
        {"platform": "weibo", "account_id": "d1", "name": "济南公安", "verified_type": "government",
         "verified_reason": "济南市公安局官方微博"},
        {"platform": "weibo", "account_id": "d2", "name": "济南公安粉丝", "verified": True, "verified_reason": ""},
    ]
    found = run([reg("a1", "济南公安")], discovered)
    assert len(found) == 1
    f = found[0]
    assert f["account_id"] == "d1" and f["score"] == 0.85
    assert "两个账号同名“济南公安”" in f["reasons"]
    assert [a["registered"] for a in f["evidence"]["accounts"]] == [True, False]


def test_units_without_registered_accounts_are_left_to_unregistered():
    discovered = [{"platform": "weibo", "account_id": f"d{i}", "name": "某县发布", "verified_type": "government",
                   "verified_reason": "某县人民政府新闻办公室"} for i in range(2)]
    assert run([reg("a1", "济南公安")], discovered) == []


def test_one_finding_per_unit_and_platform_is_stable():
    registry = [reg("a3", "济南公安3"), reg("a1", "济南公安"), reg("a2", "济南公安2")]
    first, second = run(registry), run(list(reversed(registry)))
    assert len(first) == 1 and first[0]["account_id"] == second[0]["account_id"] == "a2"
    assert first[0]["target"]["account_id"] == "a1"
