"""Crawl health checks after each crawl, the way Spidermon monitors spiders.

Rule: for each platform, when this run stored far fewer accounts or posts than the previous successful run
(below ``ops.health_drop_ratio`` of it), or its errors spiked (more than ``ops.health_error_spike`` times the
previous run's and at least 10), something is wrong with the crawl — a changed page layout, a block that was not
recognised, a broken proxy — and silence would make every downstream detector lie. Each such platform yields a
``crawl_health`` finding, which becomes an alert like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from core.findings import make_finding

MIN_ERRORS = 10


def check(current: dict, previous: dict | None, cfg, now: datetime) -> Iterator[dict]:
    """``current``/``previous`` are run records' ``platforms`` maps: platform → {discovered, accounts, posts,
    errors}."""
    if not previous:
        return
    ratio = cfg["ops.health_drop_ratio"]
    spike = cfg["ops.health_error_spike"]
    for platform, now_counts in sorted(current.items()):
        before = previous.get(platform)
        if not before:
            continue
        reasons = []
        for metric, zh in (("discovered", "搜索发现的账号"), ("accounts", "账号"), ("posts", "发文")):
            old, new = before.get(metric, 0) or 0, now_counts.get(metric, 0) or 0
            if old > 0 and new < old * ratio:
                reasons.append(f"本次爬到{zh} {new} 个，上次 {old} 个（下降 {1 - new / old:.0%}）")
        old_err, new_err = before.get("errors", 0) or 0, now_counts.get("errors", 0) or 0
        if new_err >= MIN_ERRORS and new_err > old_err * spike:
            reasons.append(f"错误数 {new_err}，上次 {old_err}")
        if reasons:
            yield make_finding("crawl_health", platform, "", score=0.8, reasons=[f"平台 {platform} 爬取异常"] + reasons,
                               evidence={"current": now_counts, "previous": before, "signal": "health"},
                               detected_at=now)
