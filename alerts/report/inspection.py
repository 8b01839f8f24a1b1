"""The quarterly inspection report (季度检查报告) over the registry in scope.

Rules it implements (REQUIREMENTS.md; 000 §3.3, 001 §4.4, 国办秘函〔2019〕19号):

- Full coverage: every registered account in scope (region, live or not) gets a row with its result.
- Spot check: a random sample of ``sample_share`` (10% Shandong / 30% Guangdong) of the accounts in scope,
  drawn with a recorded seed so that anyone can redraw the same sample.
- Each account's findings in the period map to the inspection indicators: single-item vetoes (单项否决, e.g.
  "超过 2 周未更新") make the account fail; deductions (扣分, e.g. "功能无法使用" for dead menus and broken links)
  lower its score; impostors and unregistered accounts found are listed with evidence links.
- Statistics per region, unit and platform; a rectification list per unit (整改清单) with deadlines in working
  days on China's official calendar.

Findings count for the period when their ``detected_at`` falls inside it; findings whose alert was dismissed as
a false positive in the review UI are left out.
"""

from __future__ import annotations

import math
import random
import re
import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.records import FINDING_KIND_ZH, LIVE_STATUSES, PLATFORM_ZH, STATUS_ZH, account_key, parse_time
from core.workdays import is_workday

# indicator per finding kind: (kind of indicator, Chinese name, deduction points)
INDICATORS: dict[str, tuple[str, str, int]] = {
    "zombie": ("veto", "超过 2 周未更新（单项否决）", 0),
    "no_original": ("deduction", "2 周内无原创内容", 5),
    "broken_link": ("deduction", "功能无法使用：链接失效", 5),
    "dead_menu": ("deduction", "功能无法使用：菜单失效", 5),
    "content": ("deduction", "内容存在问题（错敏字、广告、转载未注明来源等）", 3),
    "registry_mismatch": ("deduction", "备案信息与平台不一致或未及时报备", 3),
    "duplicate": ("deduction", "同一单位同一平台重复开设账号", 3),
    "platform_blocked": ("note", "监测受平台限制，结果不完整", 0),
}
PASS_SCORE = 60


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    label: str
    start: datetime
    end: datetime  # exclusive

    def contains(self, when: datetime | None) -> bool:
        return when is not None and self.start <= when < self.end


def parse_period(text: str, tz: str = "Asia/Shanghai") -> Period:
    """``2026Q4``, ``2026-11``, ``2026``, or ``2026-10-01..2026-12-31`` (inclusive end date)."""
    zone = ZoneInfo(tz)
    text = text.strip()

    def at(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, tzinfo=zone)

    try:
        if m := re.fullmatch(r"(\d{4})[Qq]([1-4])", text):
            year, q = int(m[1]), int(m[2])
            start = date(year, 3 * q - 2, 1)
            end = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
            return Period(f"{year}年第{q}季度", at(start), at(end))
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            year, month = int(m[1]), int(m[2])
            start = date(year, month, 1)
            end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            return Period(f"{year}年{month}月", at(start), at(end))
        if m := re.fullmatch(r"(\d{4})", text):
            year = int(m[1])
            return Period(f"{year}年", at(date(year, 1, 1)), at(date(year + 1, 1, 1)))
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", text):
            first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            if last < first:
                raise PeriodError(f"时间段结束日期早于开始日期：{text}")
            return Period(f"{first.isoformat()} 至 {last.isoformat()}", at(first), at(last + timedelta(days=1)))
    except ValueError as exc:
        if isinstance(exc, PeriodError):
            raise
        raise PeriodError(f"无效的时间段 {text!r}：{exc}") from None
    raise PeriodError(f"无法识别的时间段 {text!r}：请用 2026Q4、2026-11、2026 或 2026-10-01..2026-12-31")


def add_workdays(start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (official calendar with adjusted workdays)."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if is_workday(current):
            left -= 1
    return current


@dataclass
class AccountResult:
    entry: dict
    findings: list[dict] = field(default_factory=list)
    vetoes: list[str] = field(default_factory=list)
    deductions: list[tuple[str, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    impostors: list[dict] = field(default_factory=list)
    platform_findings: list[dict] = field(default_factory=list)  # platform-level notes (e.g. platform blocked)
    sampled: bool = False

    @property
    def key(self) -> str:
        return account_key(self.entry["platform"], self.entry["account_id"])

    @property
    def score(self) -> int:
        return max(0, 100 - sum(points for _, points in self.deductions))

    @property
    def verdict(self) -> str:
        if (self.entry.get("status") or "active") not in LIVE_STATUSES:
            return "已关停/注销"
        if self.vetoes or self.score < PASS_SCORE:
            return "不合格"
        return "合格"


@dataclass
class InspectionReport:
    period: Period
    region: str | None
    generated_at: datetime
    seed: int
    sample_share: float
    base_url: str
    results: list[AccountResult]
    unregistered: list[dict]
    rectification: list[dict]
    rectify_workdays: int

    @property
    def sample(self) -> list[AccountResult]:
        return [r for r in self.results if r.sampled]

    def link(self, finding: dict) -> str:
        return f"{self.base_url.rstrip('/')}/alerts/{finding.get('_id', '')}"

    def stats(self, by: str) -> list[dict]:
        """Rows of statistics grouped by ``region``, ``unit`` or ``platform``."""
        groups: dict[str, list[AccountResult]] = defaultdict(list)
        for r in self.results:
            value = r.entry.get(by) or "（未填写）"
            groups[PLATFORM_ZH.get(value, value) if by == "platform" else value].append(r)
        rows = []
        for name in sorted(groups):
            members = groups[name]
            kinds = Counter(f["kind"] for r in members for f in r.findings)
            rows.append({
                "name": name, "accounts": len(members),
                "passed": sum(r.verdict == "合格" for r in members),
                "failed": sum(r.verdict == "不合格" for r in members),
                "vetoes": sum(bool(r.vetoes) for r in members),
                "problems": sum(len(r.findings) for r in members),
                "impostors": sum(len(r.impostors) for r in members),
                **{f"kind_{k}": kinds.get(k, 0) for k in INDICATORS},
            })
        return rows

    def totals(self) -> dict:
        kinds = Counter(f["kind"] for r in self.results for f in r.findings)
        platform_level = {f.get("_id") or id(f): f for r in self.results for f in r.platform_findings}
        kinds.update(f["kind"] for f in platform_level.values())
        return {
            "accounts": len(self.results),
            "live": sum((r.entry.get("status") or "active") in LIVE_STATUSES for r in self.results),
            "sampled": len(self.sample),
            "passed": sum(r.verdict == "合格" for r in self.results),
            "failed": sum(r.verdict == "不合格" for r in self.results),
            "impostors": sum(len(r.impostors) for r in self.results),
            "unregistered": len(self.unregistered),
            "kinds": dict(kinds),
        }


def _in_scope(entry: dict, region: str | None) -> bool:
    return not region or (entry.get("region") or "").startswith(region)


def _dismissed_ids(store) -> set[str]:
    return {a["_id"] for a in store.scan("alerts", {"state": "dismissed"})}


def build_report(store, cfg, period: Period, *, region: str | None = None, sample_share: float | None = None,
                 seed: int | None = None, now: datetime | None = None) -> InspectionReport:
    tz = cfg["general.timezone"]
    now = now or datetime.now(ZoneInfo(tz))
    share = cfg["report.sample_share"] if sample_share is None else sample_share
    if not 0 <= share <= 1:
        raise ValueError(f"抽查比例应在 0 到 1 之间：{share}")
    seed = secrets.randbelow(2**31) if seed is None else seed
    entries = sorted((e for e in store.scan("registry") if _in_scope(e, region)),
                     key=lambda e: (e.get("region") or "", e.get("unit") or "", e["platform"], e["account_id"]))
    results = {account_key(e["platform"], e["account_id"]): AccountResult(e) for e in entries}
    dismissed = _dismissed_ids(store)
    unregistered: list[dict] = []
    for finding in store.scan("findings"):
        if finding.get("_id") in dismissed or not period.contains(parse_time(finding.get("detected_at"), tz)):
            continue
        if finding["kind"] == "impostor":
            target = finding.get("target") or {}
            owner = results.get(account_key(target.get("platform", ""), target.get("account_id", "")))
            if owner:
                owner.impostors.append(finding)
            continue
        if finding["kind"] == "unregistered":
            if not region or (finding.get("evidence") or {}).get("region", region).startswith(region):
                unregistered.append(finding)
            continue
        if finding["kind"] in INDICATORS and not finding.get("account_id"):
            # a platform-level finding (a blocked platform, a crawl health alert): every account on it is affected
            kind, name, _ = INDICATORS[finding["kind"]]
            if kind == "note":
                for r in results.values():
                    if r.entry["platform"] == finding.get("platform"):
                        r.platform_findings.append(finding)
                        if name not in r.notes:
                            r.notes.append(name)
            continue
        owner = results.get(account_key(finding.get("platform", ""), finding.get("account_id", "")))
        if owner is None or finding["kind"] not in INDICATORS:
            continue
        owner.findings.append(finding)
        kind, name, points = INDICATORS[finding["kind"]]
        if kind == "veto" and name not in owner.vetoes:
            owner.vetoes.append(name)
        elif kind == "deduction":
            owner.deductions.append((name, points))
        elif kind == "note" and name not in owner.notes:
            owner.notes.append(name)
    # The sample: reproducible from (seed, sorted keys in scope, share).
    keys = sorted(results)
    k = math.ceil(share * len(keys)) if keys and share > 0 else 0
    for key in random.Random(seed).sample(keys, k):
        results[key].sampled = True
    workdays = cfg["report.rectify_workdays"]
    deadline = add_workdays(now.date(), workdays)
    rectification = []
    for r in results.values():
        for f in r.findings:
            kind, name, _ = INDICATORS[f["kind"]]
            if kind == "note":
                continue
            rectification.append({"unit": r.entry.get("unit") or "", "region": r.entry.get("region") or "",
                                  "platform": r.entry["platform"], "account_id": r.entry["account_id"],
                                  "name": r.entry.get("name") or "", "problem": name,
                                  "detail": "；".join(f.get("reasons") or []), "deadline": deadline.isoformat(),
                                  "link": f"{cfg['general.base_url'].rstrip('/')}/alerts/{f.get('_id', '')}"})
        for f in r.impostors:
            rectification.append({"unit": r.entry.get("unit") or "", "region": r.entry.get("region") or "",
                                  "platform": f.get("platform") or "", "account_id": f.get("account_id") or "",
                                  "name": r.entry.get("name") or "", "problem": "发现仿冒账号，应向平台举报处置",
                                  "detail": "；".join(f.get("reasons") or []), "deadline": deadline.isoformat(),
                                  "link": f"{cfg['general.base_url'].rstrip('/')}/alerts/{f.get('_id', '')}"})
    rectification.sort(key=lambda row: (row["region"], row["unit"], row["platform"], row["account_id"]))
    return InspectionReport(period, region, now, seed, share, cfg["general.base_url"], list(results.values()),
                            unregistered, rectification, workdays)


def status_zh(code: str | None) -> str:
    return STATUS_ZH.get(code or "active", code or "")


def kind_zh(kind: str) -> str:
    return FINDING_KIND_ZH.get(kind, kind)
