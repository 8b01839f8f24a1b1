"""Small builders for inspection-report tests: registry entries, crawled account records, sweep results."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from core.findings import make_finding
from core.records import iso

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 30, 10, 0, tzinfo=TZ)
IN_PERIOD = datetime(2026, 11, 20, 2, 0, tzinfo=TZ)


def entry(i, region, unit, platform="weibo", status="active", name=None, url=None):
    return {"unit": unit, "platform": platform, "account_id": f"{platform}{i}", "name": name or f"{unit}{i}",
            "status": status, "region": region, **({"url": url} if url else {})}


def account(e, status="ok", at=None, error=None):
    """The crawler's record of a registry entry: last refresh ``at`` (default one hour before NOW)."""
    return {"platform": e["platform"], "account_id": e["account_id"], "name": e["name"], "crawl_status": status,
            "crawl_error": error, "refreshed_at": iso(at or NOW - timedelta(hours=1)),
            "crawled_at": iso(at or NOW - timedelta(hours=1))}


def start_result(e, status="ok", at=None, error=None, run_id="sweep-1"):
    """A sweep's result for the registered URL itself (the start page)."""
    return {"url": e["url"], "found_on": None, "via": "link", "menu_path": [], "status": status,
            "http_status": 200 if status == "ok" else None, "error": error, "run_id": run_id,
            "checked_at": iso(at or NOW - timedelta(days=2)), "host": "site.example", "account_id": e["account_id"]}


def finding(kind, e, at=IN_PERIOD, **evidence):
    return make_finding(kind, e["platform"], e["account_id"], score=0.9, reasons=[f"{kind} 测试"], detected_at=at,
                        evidence=evidence, unit=e.get("unit"))


def seed(store, registry, accounts=(), findings=(), sweeps=()):
    store.upsert("registry", list(registry))
    if accounts:
        store.upsert("accounts", list(accounts))
    if findings:
        store.upsert("findings", list(findings))
    if sweeps:
        store.upsert("sweeps", list(sweeps))
    store.refresh()
    return store
