"""Dedup and lifecycle rules of alerts.lifecycle."""

from __future__ import annotations

from datetime import UTC

import pytest

from alerts.lifecycle import IllegalTransition, history, ingest, set_state
from alerts.severity import severity_of
from core.records import FINDING_KINDS, finding_key
from tests.alerts.fixtures import crawl_health, day, impostor, platform_blocked, zombie, zombie_on


def _cfg(cfg, **over):
    return cfg.with_overrides(over) if over else cfg


def test_ingest_twice_one_alert_two_occurrences(store, cfg):
    ingest(store, [impostor()], "r1", day(0), cfg)
    res = ingest(store, [impostor()], "r2", day(1), cfg)
    alerts = list(store.scan("alerts"))
    assert len(alerts) == 1
    a = alerts[0]
    assert a["_id"] == finding_key(impostor()) and res.updated == [a["_id"]]
    assert a["occurrences"] == 2 and a["state"] == "new"
    assert a["first_seen"] < a["last_seen"]
    assert a["target_name"] == "山东发布" and a["severity"] == "high"


def test_same_run_reingested_counts_once(store, cfg):
    ingest(store, [impostor(), impostor()], "r1", day(0), cfg)
    ingest(store, [impostor()], "r1", day(0), cfg)
    (a,) = store.scan("alerts")
    assert a["occurrences"] == 1
    assert len([h for h in history(store, a["_id"]) if h["event"] == "created"]) == 1


def test_denormalised_fields_from_registry(store, cfg):
    store.upsert("registry", [{"unit": "山东省人民政府办公厅", "platform": "weibo", "account_id": "sdfb",
                               "name": "山东发布", "status": "active", "region": "山东省"}])
    ingest(store, [impostor()], "r1", day(0), cfg)
    (a,) = store.scan("alerts")
    assert (a["name"], a["target_name"], a["region"], a["unit"]) == ("山东发布官方", "山东发布", "山东省",
                                                                     "山东省人民政府办公厅")
    assert a["platform_zh"] == "新浪微博" and a["kind_zh"] == "仿冒账号"


def test_absent_for_n_runs_resolves_then_comeback_reopens(store, cfg):
    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 2})
    ingest(store, [impostor(), zombie()], "r1", day(0), cfg)
    key = finding_key(impostor())
    res = ingest(store, [zombie()], "r2", day(1), cfg, kinds=FINDING_KINDS)
    assert store.get("alerts", key)["state"] == "new" and res.resolved == []
    ingest(store, [zombie()], "r2", day(1), cfg, kinds=FINDING_KINDS)  # same run again: not a second miss
    assert store.get("alerts", key)["missed_runs"] == 1
    res = ingest(store, [zombie()], "r3", day(2), cfg, kinds=FINDING_KINDS)
    assert res.resolved == [key] and store.get("alerts", key)["state"] == "resolved"
    res = ingest(store, [impostor(), zombie()], "r4", day(3), cfg)
    a = store.get("alerts", key)
    assert res.reopened == [key] and a["state"] == "new" and a["reopen_count"] == 1
    assert [h["event"] for h in history(store, key)] == ["created", "resolved", "reopened"]
    assert len(list(store.scan("alerts"))) == 2


def test_absence_counted_only_for_kinds_the_run_checked(store, cfg):
    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 1})
    ingest(store, [impostor()], "r1", day(0), cfg)
    ingest(store, [], "sweep-1", day(1), cfg, kinds=["broken_link", "dead_menu"])
    assert store.get("alerts", finding_key(impostor()))["state"] == "new"
    ingest(store, [], "r2", day(2), cfg, kinds=["impostor"])
    assert store.get("alerts", finding_key(impostor()))["state"] == "resolved"


def test_dismissed_with_allow_list_never_returns(store, cfg):
    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 1})
    ingest(store, [impostor()], "r1", day(0), cfg)
    key = finding_key(impostor())
    set_state(store, key, "dismissed", user="alice", note="是本单位新开的号", allowlist="alert", cfg=cfg)
    ingest(store, [], "r2", day(1), cfg, kinds=["impostor"])
    res = ingest(store, [impostor(avatar_distance=1)], "r3", day(2), cfg)  # even at higher severity
    a = store.get("alerts", key)
    assert a["state"] == "dismissed" and a["allowlisted"] and res.suppressed == [key]
    assert res.created == [] and res.reopened == []


def test_account_allow_list_blocks_new_targets(store, cfg):
    ingest(store, [impostor()], "r1", day(0), cfg)
    set_state(store, finding_key(impostor()), "dismissed", user="alice", allowlist="account", cfg=cfg)
    other = impostor(target_id="jnfb")
    res = ingest(store, [other], "r2", day(1), cfg)
    assert res.suppressed == [finding_key(other)] and store.get("alerts", finding_key(other)) is None


def test_dismissed_without_allow_list_returns_after_absence(store, cfg):
    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 1})
    ingest(store, [impostor()], "r1", day(0), cfg)
    key = finding_key(impostor())
    set_state(store, key, "dismissed", user="alice", cfg=cfg)
    res = ingest(store, [impostor()], "r2", day(1), cfg)
    assert res.suppressed == [key] and store.get("alerts", key)["state"] == "dismissed"
    ingest(store, [], "r3", day(2), cfg, kinds=["impostor"])
    res = ingest(store, [impostor()], "r4", day(3), cfg)
    assert res.reopened == [key] and store.get("alerts", key)["state"] == "new"


def test_transitions_enforced_and_recorded(store, cfg):
    ingest(store, [impostor()], "r1", day(0), cfg)
    key = finding_key(impostor())
    with pytest.raises(IllegalTransition, match="待审核.*已下线"):
        set_state(store, key, "taken_down", user="bob", cfg=cfg)
    with pytest.raises(IllegalTransition):
        set_state(store, key, "new", user="bob", cfg=cfg)
    with pytest.raises(IllegalTransition):
        set_state(store, key, "confirmed", user="bob", allowlist="alert", cfg=cfg)
    for state in ("confirmed", "takedown_requested", "taken_down"):
        set_state(store, key, state, user="bob", note=f"备注 {state}", now=day(1), cfg=cfg)
    with pytest.raises(IllegalTransition):
        set_state(store, key, "dismissed", user="bob", cfg=cfg)
    hist = [h for h in history(store, key) if h["event"] == "state"]
    assert [(h["from"], h["to"], h["user"]) for h in hist] == [
        ("new", "confirmed", "bob"), ("confirmed", "takedown_requested", "bob"),
        ("takedown_requested", "taken_down", "bob")]
    assert hist[0]["note"] == "备注 confirmed" and hist[0]["at"]
    assert store.get("alerts", key)["state"] == "taken_down"


def test_taken_down_account_coming_back_is_reopened(store, cfg):
    ingest(store, [impostor()], "r1", day(0), cfg)
    key = finding_key(impostor())
    for state in ("confirmed", "takedown_requested", "taken_down"):
        set_state(store, key, state, user="bob", cfg=cfg)
    res = ingest(store, [impostor()], "r2", day(1), cfg)
    assert res.reopened == [key]


def test_severity_table(cfg):
    assert severity_of(impostor(avatar_distance=3), cfg) == "critical"
    assert severity_of(impostor(avatar_distance=40), cfg) == "high"
    assert severity_of(impostor(score=0.65), cfg) == "medium"
    assert severity_of(zombie(), cfg) == "medium"
    mismatch = {"kind": "registry_mismatch", "evidence": {"rule": "closed_but_live"}}
    assert severity_of(mismatch, cfg) == "high"
    assert severity_of({**mismatch, "evidence": {"rule": "name"}}, cfg) == "medium"
    assert severity_of({"kind": "content", "evidence": {"category": "sensitive"}}, cfg) == "high"
    # a blind night reaches the people on call: high by default (alerts.platform_blocked_severity)
    assert severity_of({"kind": "platform_blocked"}, cfg) == "high"


def test_run_summaries_for_the_trend(store, cfg):
    ingest(store, [impostor()], "r1", day(0), cfg)
    ingest(store, [impostor(), zombie()], "r2", day(1), cfg)
    runs = list(store.scan("alert_history", {"event": "run"}, sort=[("at", "asc")]))
    assert [(r["run_id"], r["created"], r["seen"]) for r in runs] == [("r1", 1, 1), ("r2", 1, 2)]


# What a nightly run says it checked (govwatch.ops.pipeline): the visibility kinds plus the detectors' kinds.
NIGHTLY_KINDS = ["platform_blocked", "crawl_health", "zombie", "impostor", "registry_mismatch", "no_original",
                 "content", "unregistered", "duplicate"]


def test_blocked_platform_is_not_absence(store, cfg):
    """A zombie alert survives any number of runs in which its platform was blocked; other platforms resolve."""
    weibo, douyin = zombie_on("weibo", "sdfb"), zombie_on("douyin", "dy1")
    ingest(store, [weibo, douyin], "r0", day(0), cfg, kinds=NIGHTLY_KINDS)
    results = [ingest(store, [platform_blocked("weibo")], f"r{n}", day(n), cfg, kinds=NIGHTLY_KINDS)
               for n in range(1, 5)]
    a = store.get("alerts", finding_key(weibo))
    assert a["state"] == "new" and a["missed_runs"] == 0
    assert not any(h["event"] == "resolved" for h in history(store, finding_key(weibo)))
    assert store.get("alerts", finding_key(douyin))["state"] == "resolved"
    assert all(res.unverified == [finding_key(weibo)] for res in results)
    # Once weibo can be seen again, absence counts as before.
    res = ingest(store, [], "r5", day(5), cfg, kinds=NIGHTLY_KINDS)
    assert res.unverified == [] and store.get("alerts", finding_key(weibo))["missed_runs"] == 1


def test_blocked_account_and_uncrawled_account_record_are_not_absence(store, cfg):
    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 1})
    blocked, failed, other = zombie_on("weibo", "a1"), zombie_on("weibo", "a2"), zombie_on("weibo", "a3")
    ingest(store, [blocked, failed, other], "r1", day(0), cfg, kinds=NIGHTLY_KINDS)
    store.upsert("accounts", [{"platform": "weibo", "account_id": "a2", "name": "某号", "crawl_status": "failed"},
                              {"platform": "weibo", "account_id": "a3", "name": "另一号", "crawl_status": "ok"}])
    res = ingest(store, [platform_blocked("weibo", "a1")], "r2", day(1), cfg, kinds=NIGHTLY_KINDS)
    assert store.get("alerts", finding_key(blocked))["state"] == "new"
    assert store.get("alerts", finding_key(failed))["state"] == "new"
    assert res.resolved == [finding_key(other)]
    assert sorted(res.unverified) == sorted([finding_key(blocked), finding_key(failed)])
    store.update("accounts", "weibo:a2", {"crawl_status": "blocked"})
    ingest(store, [], "r3", day(2), cfg, kinds=NIGHTLY_KINDS)
    assert store.get("alerts", finding_key(failed))["state"] == "new"
    assert store.get("alerts", finding_key(blocked))["state"] == "resolved"  # the block was one run's


def test_crawl_health_shields_the_platform_but_not_itself(store, cfg):
    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 1})
    z, health, block = zombie_on("weibo", "sdfb"), crawl_health("weibo"), platform_blocked("douyin")
    ingest(store, [z, health, block], "r1", day(0), cfg, kinds=NIGHTLY_KINDS)
    ingest(store, [crawl_health("weibo")], "r2", day(1), cfg, kinds=NIGHTLY_KINDS)
    assert store.get("alerts", finding_key(z))["state"] == "new"
    assert store.get("alerts", finding_key(block))["state"] == "resolved"  # douyin reachable again
    res = ingest(store, [platform_blocked("weibo")], "r3", day(2), cfg, kinds=NIGHTLY_KINDS)
    assert store.get("alerts", finding_key(health))["state"] == "new" and res.resolved == []
    assert finding_key(health) in res.unverified
    res = ingest(store, [], "r4", day(3), cfg, kinds=NIGHTLY_KINDS)
    resolved = [finding_key(z), finding_key(health), finding_key(platform_blocked("weibo"))]
    assert sorted(res.resolved) == sorted(resolved)


def test_account_records_read_in_one_bulk_call(store, cfg, monkeypatch):
    rows = [zombie_on("weibo", f"a{i}") for i in range(12)]
    ingest(store, rows, "r1", day(0), cfg, kinds=NIGHTLY_KINDS)
    calls = {"get": 0, "get_many": 0}
    real_get, real_many = store.get, store.get_many

    def get(collection, doc_id):
        calls["get"] += collection == "accounts"
        return real_get(collection, doc_id)

    def get_many(collection, ids):
        calls["get_many"] += collection == "accounts"
        return real_many(collection, ids)

    monkeypatch.setattr(store, "get", get)
    monkeypatch.setattr(store, "get_many", get_many)
    res = ingest(store, [], "r2", day(1), cfg, kinds=NIGHTLY_KINDS)
    assert len(res.updated) == 0 and calls == {"get": 0, "get_many": 1}
    assert {a["missed_runs"] for a in store.scan("alerts")} == {1}


def test_without_kinds_only_the_kinds_present_were_checked(store, cfg):
    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 1})
    ingest(store, [impostor(), zombie()], "r1", day(0), cfg)
    res = ingest(store, [zombie()], "r2", day(1), cfg)  # a partial run: impostors were not looked at
    assert res.resolved == [] and store.get("alerts", finding_key(impostor()))["missed_runs"] == 0
    res = ingest(store, [], "r3", day(2), cfg)  # an empty run checked nothing
    assert res.resolved == [] and store.get("alerts", finding_key(zombie()))["state"] == "new"
    res = ingest(store, [], "r4", day(3), cfg, kinds=FINDING_KINDS)
    assert sorted(res.resolved) == sorted([finding_key(impostor()), finding_key(zombie())])


def test_sites_the_run_could_not_check_keep_their_alerts(store, cfg):
    """A link sweep whose start page did not load names the site as unchecked: its alerts are not absent."""
    from datetime import datetime

    from core.findings import make_finding
    from govwatch.ops.jobs import unreachable_sites

    cfg = _cfg(cfg, **{"alerts.resolve_after_runs": 1})

    def broken(site, url):
        return make_finding("broken_link", "website", site, score=0.9, reasons=["链接失效"],
                            evidence={"url": url}, detected_at=datetime(2026, 11, 1, tzinfo=UTC))

    a, b = broken("jn-portal", "http://127.0.0.1/a"), broken("qd-portal", "http://127.0.0.2/b")
    ingest(store, [a, b], "s1", day(0), cfg, kinds=["broken_link"])
    results = [{"url": "http://127.0.0.1/", "found_on": None, "via": "link", "status": "timeout",
                "account_id": "jn-portal"},
               {"url": "http://127.0.0.2/", "found_on": None, "via": "link", "status": "ok", "account_id": "qd-portal"},
               {"url": "http://127.0.0.2/x", "found_on": "http://127.0.0.2/", "via": "link", "status": "broken",
                "account_id": "qd-portal"}]
    unchecked = unreachable_sites(results)
    assert unchecked == {("website", "jn-portal")}
    res = ingest(store, [], "s2", day(1), cfg, kinds=["broken_link"], unchecked=unchecked)
    assert res.unverified == [finding_key(a)] and res.resolved == [finding_key(b)]
    assert store.get("alerts", finding_key(a))["state"] == "new"
