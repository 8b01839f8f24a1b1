"""Homepage availability probes (the 2019 indicator).

A homepage is probed at least 20 times a day with a 15 s cut-off; a site is "unreachable" when at least 5 % of a
week's probes failed. ``probe_all`` makes one round of probes and returns records for the ``probes`` collection;
``weekly_shares`` computes, per site, the failure share over a week and the verdict — or says that there were
too few probes for one. ``evaluate_week`` turns a week's verdicts into ``site_unreachable`` findings (one per
unreachable site, dated the last second of the week so that it counts in the inspection period holding that
week); the inspection report scores them as the veto "网站无法访问" (docs/SCORING.md). A site with too few probes
gets no finding either way: its availability is unknown.
"""

from __future__ import annotations

import concurrent.futures as cf
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo

from core.findings import make_finding
from core.records import iso, parse_time
from crawler.checkers.agents import DESKTOP_UA
from crawler.checkers.results import host_key, new_run_id

MIN_PROBES_PER_DAY = 20
WEEK_RE = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)


def probe_targets(cfg, urls: list[str], store=None) -> list[tuple[str, str]]:
    """(url, account_id): the given URLs, else registry websites' homepages, ``probe.urls`` and ``sweep.start_urls``."""
    if urls:
        return [(u, host_key(u)) for u in urls]
    out: list[tuple[str, str]] = []
    if store is not None:
        for entry in store.scan("registry", {"platform": "website"}):
            url = (entry.get("url") or "").strip()
            if url.startswith(("http://", "https://")) and (entry.get("status") or "active") in ("active", "changed"):
                out.append((url, str(entry.get("account_id") or host_key(url))))
    out += [(u, host_key(u)) for u in list(cfg["probe.urls"]) + list(cfg["sweep.start_urls"])]
    seen: set[str] = set()
    return [(u, a) for u, a in out if not (u in seen or seen.add(u))]


def probe_once(url: str, timeout: float) -> dict:
    """GET ``url`` and read its body within ``timeout`` seconds in total."""
    started = time.monotonic()
    deadline = started + timeout
    status, error, final_url = None, None, url
    try:
        request = urllib.request.Request(url, headers={"User-Agent": DESKTOP_UA, "Accept": "text/html,*/*"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, final_url = response.status, response.geturl()
            read = 0
            while read < 2_000_000:
                if time.monotonic() > deadline:
                    raise TimeoutError("总耗时超过时限")
                chunk = response.read(65536)
                if not chunk:
                    break
                read += len(chunk)
    except urllib.error.HTTPError as exc:
        status, error = exc.code, f"HTTP {exc.code}"
    except TimeoutError:
        error = f"超过 {timeout:g} 秒未完成"
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            error = f"超过 {timeout:g} 秒未完成"
        elif isinstance(reason, ssl.SSLError):
            error = f"TLS/证书错误：{reason}"
        elif isinstance(reason, socket.gaierror):
            error = "域名无法解析"
        else:
            error = f"连接失败：{reason}"
    except (OSError, ValueError) as exc:
        error = f"连接失败：{type(exc).__name__}: {exc}"
    elapsed = time.monotonic() - started
    if error is None and elapsed > timeout:
        error = f"超过 {timeout:g} 秒未完成"
    ok = error is None and status is not None and status < 400
    return {"url": url, "ok": ok, "http_status": status, "final_url": final_url, "elapsed_ms": int(elapsed * 1000),
            "error": error, "host": host_key(url)}


def probe_all(cfg, targets: list[tuple[str, str]], *, max_workers: int = 8) -> list[dict]:
    """One round of probes, concurrently; records for the ``probes`` collection."""
    timeout = float(cfg["probe.timeout"])
    run_id = new_run_id("probe")
    records = []
    with cf.ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = {pool.submit(probe_once, url, timeout): (url, account) for url, account in targets}
        for future in cf.as_completed(futures):
            _url, account = futures[future]
            record = future.result()
            record.update(account_id=account, run_id=run_id, checked_at=iso(datetime.now(UTC)))
            records.append(record)
    return sorted(records, key=lambda r: r["url"])


def probe_round(cfg, store, urls: list[str] | None = None) -> list[dict]:
    """One round: probe the targets (``probe_targets``) and record the results in ``probes``; [] when there is
    nothing to probe. Used by ``govwatch probe run`` and the scheduled ``govwatch run probe``."""
    records = probe_all(cfg, probe_targets(cfg, list(urls or []), store))
    if records:
        store.upsert("probes", records)
        store.refresh()
    return records


def week_window(week: str | None, tz: str, now: datetime | None = None) -> tuple[datetime, datetime, str]:
    """(start, end, label): an ISO week like ``2026-W47``, or the last 7 days when None."""
    zone = ZoneInfo(tz)
    if not week:
        end = (now or datetime.now(UTC)).astimezone(zone)
        return end - timedelta(days=7), end, "最近 7 天"
    m = WEEK_RE.match(week.strip())
    if not m:
        raise ValueError(f"周的写法应为 2026-W47 这样的 ISO 周：{week}")
    year, num = int(m.group(1)), int(m.group(2))
    try:
        monday = date.fromisocalendar(year, num, 1)
    except ValueError:
        raise ValueError(f"不存在的 ISO 周：{week}") from None
    start = datetime(monday.year, monday.month, monday.day, tzinfo=zone)
    return start, start + timedelta(days=7), f"{year} 年第 {num} 周"


@dataclass
class SiteShare:
    url: str
    account_id: str
    probes: int
    failed: int
    share: float
    min_per_day: int
    days: int
    verdict: str  # unreachable | reachable | insufficient

    VERDICT_ZH: ClassVar[dict[str, str]] = {"unreachable": "无法访问", "reachable": "可访问", "insufficient": "探测次数不足，无法判定"}

    @property
    def verdict_zh(self) -> str:
        return self.VERDICT_ZH[self.verdict]


def weekly_shares(records, start: datetime, end: datetime, *, unreachable_share: float, tz: str,
                  min_per_day: int = MIN_PROBES_PER_DAY) -> list[SiteShare]:
    """Per site: failure share of the probes in [start, end) and the verdict (needs ≥ min_per_day every day)."""
    zone = ZoneInfo(tz)
    days = max(1, round((end - start).total_seconds() / 86400))
    per_site: dict[str, dict] = defaultdict(lambda: {"n": 0, "failed": 0, "per_day": defaultdict(int), "account": ""})
    for r in records:
        at = parse_time(r.get("checked_at"))
        if at is None or not (start <= at < end):
            continue
        site = per_site[r["url"]]
        site["n"] += 1
        site["failed"] += 0 if r.get("ok") else 1
        site["per_day"][(at.astimezone(zone) - start.astimezone(zone)).days] += 1
        site["account"] = r.get("account_id") or site["account"]
    out = []
    for url, s in sorted(per_site.items()):
        counts = [s["per_day"].get(d, 0) for d in range(days)]
        share = s["failed"] / s["n"] if s["n"] else 0.0
        if min(counts) < min_per_day:
            verdict = "insufficient"
        else:
            verdict = "unreachable" if share >= unreachable_share else "reachable"
        out.append(SiteShare(url, s["account"], s["n"], s["failed"], share, min(counts), days, verdict))
    return out


def canonical_week(week: str) -> str:
    """``2026W47`` / ``2026-w47`` → ``2026-W47`` (ValueError when it is not an ISO week)."""
    m = WEEK_RE.match(week.strip())
    if not m:
        raise ValueError(f"周的写法应为 2026-W47 这样的 ISO 周：{week}")
    return f"{int(m.group(1))}-W{int(m.group(2)):02d}"


def previous_week(now: datetime, tz: str) -> str:
    """The ISO week before the one ``now`` falls in (the last complete week), e.g. ``2026-W47``."""
    last = now.astimezone(ZoneInfo(tz)).date() - timedelta(days=7)
    year, week, _ = last.isocalendar()
    return f"{year}-W{week:02d}"


def availability_findings(shares: list[SiteShare], *, end: datetime, label: str, threshold: float,
                          run_id: str | None = None) -> list[dict]:
    """One ``site_unreachable`` finding per site judged unreachable over the week ending at ``end``."""
    out = []
    for s in shares:
        if s.verdict != "unreachable":
            continue
        finding = make_finding(
            "site_unreachable", "website", s.account_id or host_key(s.url), score=min(1.0, 0.8 + s.share),
            reasons=[f"{label}首页探测 {s.probes} 次，失败 {s.failed} 次（{s.share:.1%}），"
                     f"达到“无法访问”的标准（{threshold:.0%}）", f"每天至少探测 {s.min_per_day} 次"],
            evidence={"url": s.url, "week": label, "probes": s.probes, "failed": s.failed, "share": round(s.share, 4),
                      "min_per_day": s.min_per_day, "threshold": threshold},
            detected_at=end - timedelta(seconds=1))
        if run_id:
            finding["run_id"] = run_id
        out.append(finding)
    return out


def evaluate_week(store, cfg, week: str | None, *, now: datetime | None = None,
                  run_id: str | None = None) -> tuple[list[SiteShare], list[dict], str]:
    """(verdicts, ``site_unreachable`` findings, label) of one ISO week (``None``: the last 7 days)."""
    tz = cfg["general.timezone"]
    start, end, label = week_window(week, tz, now)
    since = (start - timedelta(days=1)).astimezone(UTC).isoformat(timespec="seconds")
    records = list(store.scan("probes", {"checked_at": {"gte": since}}))
    # Stored times may carry other offsets: the precise window test is done on parsed times.
    shares = weekly_shares(records, start, end, unreachable_share=cfg["probe.unreachable_share"], tz=tz,
                           min_per_day=cfg["probe.min_per_day"])
    findings = availability_findings(shares, end=end, label=label, threshold=cfg["probe.unreachable_share"],
                                     run_id=run_id)
    return shares, findings, label
