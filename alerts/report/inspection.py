"""The quarterly inspection report (季度检查报告) over the registry in scope.

The rules, each with its source or marked a local setting, are in docs/SCORING.md; in short:

- Full coverage: every registered account in scope (region, live or not) gets a row with its result.
- Findings count for the period when their ``detected_at`` falls inside it; findings whose alert a reviewer
  dismissed as a false positive are left out.
- Each finding hits one inspection indicator (``alerts.report.scoring``): a veto (单项否决) fails the account;
  a deduction costs ``points`` per finding up to the indicator's ``cap``; the score is 100 minus the deductions
  and the account fails below ``report.pass_score``.
- What could not be checked is not passed: an account whose platform blocked us, whose last crawl failed or is
  older than ``detect.max_crawl_age_hours`` at the check time, that was never crawled or whose platform is not
  monitored; a website, app or mini-program whose start page could not be reached by the last sweep in the
  period, or that was not swept — is **无法判定** (undetermined) with the reason, unless a proven problem (a veto,
  or deductions below the pass line) already fails it. Undetermined accounts are counted apart and the pass rate
  is 合格 ÷ 应检查账号 (undetermined included in the denominator), so marking accounts undetermined never raises it.
- Closed/cancelled accounts are listed apart (已关停/注销) — unless they are still running (registry mismatch
  ``closed_but_live``): then their closure is unfinished, they are inspected like live accounts and fail.
- The spot check (``alerts.report.sampling``): per city, stratified, reproducible from the seed.
- The rectification list (整改清单): problems whose alert is still open (resolved and taken-down alerts leave
  it), impostors (deadline ``report.impostor_deadline_days`` from first seen: the same day by default),
  unregistered accounts and registry problems (the filing deadline, ``registry.filing_deadline_workdays`` in
  ``registry.filing_deadline_unit``, from first seen) and the rest (``report.rectify_workdays`` from the report
  date). Deadlines counted over years chinese-calendar does not know are marked estimated.

The check time (``as_of``) is the end of the period, or the report time when that is earlier. Account records
keep only the latest crawl, so a report for a long-past period judges coverage by what the store holds now.
"""

from __future__ import annotations

import re
import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from alerts.report.sampling import Sample, city_of, draw, group_of
from alerts.report.scoring import INDICATORS, SWEPT_PLATFORMS, Hit, Rules, classify, score_hits
from core.records import FINDING_KIND_ZH, LIVE_STATUSES, PLATFORM_ZH, STATUS_ZH, account_key, parse_time
from core.settings import DEFAULT_TIMEZONE, PROVINCE_PROFILES, PROVINCE_ZH, ConfigError
from core.workdays import Deadline, HolidayFileError, WorkCalendar, calendar_for, is_workday

PASSED, FAILED, UNDETERMINED, CLOSED = "合格", "不合格", "无法判定", "已关停/注销"
VERDICTS = (PASSED, FAILED, UNDETERMINED, CLOSED)
OPEN_ALERT_STATES = ("new", "confirmed", "takedown_requested")
CLOSED_ALERT_STATES = ("resolved", "taken_down")
UNDETERMINED_ZH = {
    "platform_blocked": "平台拦截", "crawl_failed": "爬取失败", "crawl_stale": "数据过期", "not_crawled": "没有抓取记录",
    "not_monitored": "未纳入监测", "start_unreachable": "首页无法访问", "not_swept": "本期未巡检",
}
NOTE_KINDS = ("platform_blocked", "crawl_health")


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    label: str
    start: datetime
    end: datetime  # exclusive

    def contains(self, when: datetime | None) -> bool:
        return when is not None and self.start <= when < self.end


def parse_period(text: str, tz: str = DEFAULT_TIMEZONE) -> Period:
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


@dataclass(frozen=True)
class Undetermined:
    code: str  # a key of UNDETERMINED_ZH
    detail: str  # a Chinese sentence with the specifics

    @property
    def label(self) -> str:
        return UNDETERMINED_ZH[self.code]

    @property
    def text(self) -> str:
        return f"{self.label}：{self.detail}"


@dataclass
class AccountResult:
    entry: dict
    pass_score: int = 60
    findings: list[dict] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    unscored: list[dict] = field(default_factory=list)  # findings that hit no indicator (shown, not scored)
    notes: list[str] = field(default_factory=list)
    impostors: list[dict] = field(default_factory=list)
    platform_findings: list[dict] = field(default_factory=list)  # platform-level notes (e.g. platform blocked)
    undetermined: list[Undetermined] = field(default_factory=list)
    sampled: bool = False
    stratum: str = ""
    recheck: str = ""  # the manual re-check result of a sampled account (filled in by the inspector)

    @property
    def key(self) -> str:
        return account_key(self.entry["platform"], self.entry["account_id"])

    @property
    def closed(self) -> bool:
        return (self.entry.get("status") or "active") not in LIVE_STATUSES

    @property
    def closure_unfinished(self) -> bool:
        return any(h.indicator.id == "closure_unfinished" for h in self.hits)

    @property
    def vetoes(self) -> list[str]:
        return [h.indicator.name for h in self.hits if h.role == "veto"]

    @property
    def deductions(self) -> list[tuple[str, int]]:
        return [(h.indicator.name, h.points) for h in self.hits if h.role == "deduction"]

    @property
    def score(self) -> int:
        return max(0, 100 - sum(h.points for h in self.hits if h.role == "deduction"))

    @property
    def verdict(self) -> str:
        if self.closed and not self.closure_unfinished:
            return CLOSED
        if self.vetoes or self.score < self.pass_score:
            return FAILED
        if self.undetermined:
            return UNDETERMINED
        return PASSED

    @property
    def inspected(self) -> bool:
        """Counted among the accounts to inspect (应检查账号): live, or closed with its closure unfinished."""
        return self.verdict != CLOSED

    @property
    def undetermined_text(self) -> str:
        return "；".join(u.text for u in self.undetermined)


@dataclass
class RectifyRow:
    unit: str
    region: str
    platform: str
    account_id: str
    name: str
    problem: str
    detail: str
    deadline: Deadline
    limit: str  # how the deadline is counted, with its start
    overdue: bool
    link: str
    alert_state: str | None = None


@dataclass
class InspectionReport:
    period: Period
    region: str | None
    generated_at: datetime
    as_of: datetime
    seed: int
    sample_share: float
    base_url: str
    results: list[AccountResult]
    unregistered: list[dict]
    rectification: list[RectifyRow]
    rules: Rules
    sampling: Sample
    province: str
    rectify_workdays: int
    filing_limit: str
    impostor_limit: str
    include_links: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def province_zh(self) -> str:
        return PROVINCE_ZH.get(self.province, self.province)

    @property
    def sample(self) -> list[AccountResult]:
        return [r for r in self.results if r.sampled]

    def link(self, finding: dict) -> str:
        return f"{self.base_url.rstrip('/')}/alerts/{finding.get('_id', '')}"

    def indicator_rows(self) -> list[dict]:
        """The scoring rules in effect, one row per indicator (for the report's appendix)."""
        return [{"id": i.id, "name": i.name, "role": self.rules.role(i.id), "rule": self.rules.describe(i.id),
                 "source": i.source, "detected_by": i.detected_by, "automated": i.automated} for i in INDICATORS]

    @staticmethod
    def _counts(members: list[AccountResult]) -> dict:
        verdicts = Counter(r.verdict for r in members)
        inspected = sum(r.inspected for r in members)
        reasons = Counter(u.code for r in members if r.verdict == UNDETERMINED for u in r.undetermined)
        return {
            "accounts": len(members), "inspected": inspected,
            "passed": verdicts[PASSED], "failed": verdicts[FAILED], "undetermined": verdicts[UNDETERMINED],
            "closed": verdicts[CLOSED], "closure_unfinished": sum(r.closure_unfinished for r in members),
            "pass_rate": verdicts[PASSED] / inspected if inspected else None,
            "undetermined_reasons": dict(reasons),
            "vetoes": sum(bool(r.vetoes) for r in members),
            "problems": sum(len(r.findings) for r in members),
            "impostors": sum(len(r.impostors) for r in members),
        }

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
            rows.append({"name": name, **self._counts(members),
                         **{f"kind_{k}": kinds.get(k, 0) for k in report_kinds()}})
        return rows

    def totals(self) -> dict:
        kinds = Counter(f["kind"] for r in self.results for f in r.findings)
        platform_level = {f.get("_id") or id(f): f for r in self.results for f in r.platform_findings}
        kinds.update(f["kind"] for f in platform_level.values())
        return {
            **self._counts(self.results),
            "live": sum(not r.closed for r in self.results),
            "sampled": len(self.sample),
            "unregistered": len(self.unregistered),
            "kinds": dict(kinds),
        }


def report_kinds() -> tuple[str, ...]:
    """Finding kinds the report counts per account (impostors and unregistered accounts have their own lists)."""
    return ("zombie", "no_original", "content", "broken_link", "dead_menu", "site_unreachable", "registry_mismatch",
            "duplicate", "platform_blocked")


def _in_scope(entry: dict, region: str | None) -> bool:
    return not region or (entry.get("region") or "").startswith(region)


def _utc_iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def _crawl_time(account: dict, tz: str) -> tuple[datetime | None, bool]:
    """(the account record's last crawl time, whether it has one at all); unreadable is (None, True)."""
    for name in ("refreshed_at", "crawled_at"):
        value = account.get(name)
        if value in (None, ""):
            continue
        try:
            return parse_time(value, tz), True
        except (TypeError, ValueError):
            return None, True
    return None, False


def _local(when: datetime | None, tz: str) -> str:
    return when.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M") if when else "时间不详"


def _observe_crawled(entry: dict, account: dict | None, blocked_at: datetime | None, as_of: datetime,
                     max_age: timedelta, monitored: bool, tz: str) -> list[Undetermined]:
    """Why a crawled account (Weibo, WeChat…) could not be checked at ``as_of``; [] when it could."""
    platform = PLATFORM_ZH.get(entry["platform"], entry["platform"])
    if not monitored:
        return [Undetermined("not_monitored", f"{platform}不在监测的平台之中（crawler.platforms）")]
    if account is None:
        return [Undetermined("not_crawled", "存储中没有该账号的抓取记录")]
    status = account.get("crawl_status") or "ok"
    error = (account.get("crawl_error") or "").strip()
    at, has_time = _crawl_time(account, tz)
    if status == "blocked":
        return [Undetermined("platform_blocked", f"最近一次抓取（{_local(at, tz)}）被{platform}拦截"
                                                 + (f"：{error}" if error else ""))]
    if status == "failed":
        return [Undetermined("crawl_failed", f"最近一次抓取（{_local(at, tz)}）失败" + (f"：{error}" if error else ""))]
    out = []
    if has_time and (at is None or as_of - at > max_age):
        hours = int(max_age.total_seconds() // 3600)
        out.append(Undetermined("crawl_stale", f"最近一次成功抓取在 {_local(at, tz)}，检查时已超过 {hours} 小时"))
    if blocked_at is not None and (at is None or at < blocked_at):
        out.append(Undetermined("platform_blocked", f"{platform}在 {_local(blocked_at, tz)} 拦截了爬取，此后没有成功抓取该账号"))
    return out


def _observe_swept(entry: dict, start: dict | None, tz: str) -> list[Undetermined]:
    """Why a website/app/mini-program could not be checked: its start page failed in the last sweep, or none."""
    if not (entry.get("url") or "").strip().startswith(("http://", "https://")):
        return [Undetermined("not_monitored", "备案中没有可巡检的网址")]
    if start is None:
        return [Undetermined("not_swept", "检查期间内没有巡检记录")]
    if _sweep_failed(start):
        what = start.get("error") or (f"HTTP {start['http_status']}" if start.get("http_status") else "") \
            or start.get("status") or ""
        when = _local(parse_time(start.get("checked_at")), tz)
        return [Undetermined("start_unreachable", f"最近一次巡检（{when}）首页无法打开（{what}），其他链接和菜单未能检查")]
    return []


def _sweep_failed(result: dict) -> bool:
    # the same rule as crawler.checkers.results.is_failure (not imported: crawler and alerts are siblings)
    return result.get("status") != "ok" and not result.get("skipped_reason") and not result.get("needs_wechat")


def _latest_starts(store, period: Period, as_of: datetime) -> dict[str, dict]:
    """Per swept account id (and host): the start-page result of the latest sweep in [period start, as_of]."""
    out: dict[str, dict] = {}
    since = _utc_iso(period.start - timedelta(days=1))  # stored offsets vary: the exact test is on parsed times
    for r in store.scan("sweeps", {"via": "link", "checked_at": {"gte": since}}):
        if r.get("found_on"):
            continue
        at = parse_time(r.get("checked_at"))
        if at is None or not (period.start <= at <= as_of):
            continue
        for key in {str(r.get("account_id") or ""), str(r.get("host") or "")} - {""}:
            if key not in out or parse_time(out[key].get("checked_at")) < at:
                out[key] = r
    return out


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _first_seen(finding: dict, alert: dict | None, tz: str) -> datetime | None:
    for value in ((finding.get("evidence") or {}).get("first_seen_at"), (alert or {}).get("first_seen"),
                  finding.get("detected_at")):
        try:
            when = parse_time(value, tz)
        except (TypeError, ValueError):
            continue
        if when is not None:
            return when
    return None


def build_report(store, cfg, period: Period, *, region: str | None = None, sample_share: float | None = None,
                 seed: int | None = None, now: datetime | None = None,
                 include_links: bool | None = None) -> InspectionReport:
    tz = cfg["general.timezone"]
    now = now or datetime.now(ZoneInfo(tz))
    as_of = min(now, period.end - timedelta(seconds=1))
    share = cfg["report.sample_share"] if sample_share is None else sample_share
    if not 0 <= share <= 1:
        raise ValueError(f"抽查比例应在 0 到 1 之间：{share}")
    seed = secrets.randbelow(2**31) if seed is None else seed
    rules = Rules.from_cfg(cfg)
    try:
        calendar = calendar_for(cfg["general.holiday_file"])
    except HolidayFileError as exc:
        raise ConfigError(f"配置项 general.holiday_file：{exc}") from None

    entries = sorted((e for e in store.scan("registry") if _in_scope(e, region)),
                     key=lambda e: (e.get("region") or "", e.get("unit") or "", e["platform"], e["account_id"]))
    results = {account_key(e["platform"], e["account_id"]): AccountResult(e, rules.pass_score) for e in entries}

    findings = [f for f in store.scan("findings") if period.contains(parse_time(f.get("detected_at"), tz))]
    alerts = store.get_many("alerts", sorted({f["_id"] for f in findings if f.get("_id")}))
    findings = [f for f in findings if (alerts.get(f.get("_id")) or {}).get("state") != "dismissed"]

    unregistered: list[dict] = []
    blocked_at: dict[str, datetime] = {}
    for finding in findings:
        kind = finding["kind"]
        if kind == "impostor":
            target = finding.get("target") or {}
            owner = results.get(account_key(target.get("platform", ""), target.get("account_id", "")))
            if owner:
                owner.impostors.append(finding)
            continue
        if kind == "unregistered":
            if not region or (finding.get("evidence") or {}).get("region", region).startswith(region):
                unregistered.append(finding)
            continue
        if kind in NOTE_KINDS and not finding.get("account_id"):
            # a platform-level finding (a blocked platform, a crawl health alert): a note on each of its accounts
            at = parse_time(finding.get("detected_at"), tz)
            if kind == "platform_blocked" and at <= as_of:
                blocked_at[finding.get("platform")] = max(at, blocked_at.get(finding.get("platform"), at))
            note = f"{FINDING_KIND_ZH.get(kind, kind)}（{_local(at, tz)}）：" + "；".join(finding.get("reasons") or [])
            for r in results.values():
                if r.entry["platform"] == finding.get("platform"):
                    r.platform_findings.append(finding)
                    if note not in r.notes:
                        r.notes.append(note)
            continue
        owner = results.get(account_key(finding.get("platform", ""), finding.get("account_id", "")))
        if owner is not None:
            owner.findings.append(finding)

    # What each account's findings cost.
    for r in results.values():
        found: dict[str, list[dict]] = defaultdict(list)
        for f in r.findings:
            indicator = classify(f, r.entry["platform"], rules.improper_categories)
            if indicator is None:
                r.unscored.append(f)
            else:
                found[indicator].append(f)
        r.hits = score_hits(found, rules)

    # What could not be checked.
    max_age = timedelta(hours=cfg["detect.max_crawl_age_hours"])
    monitored = set(cfg["crawler.platforms"])
    crawled = [k for k, r in results.items() if r.entry["platform"] not in SWEPT_PLATFORMS]
    accounts = store.get_many("accounts", crawled) if crawled else {}
    starts = _latest_starts(store, period, as_of) if len(crawled) < len(results) else {}
    for key, r in results.items():
        if r.entry["platform"] in SWEPT_PLATFORMS:
            start = starts.get(str(r.entry["account_id"])) or starts.get(_host(r.entry.get("url") or ""))
            r.undetermined = _observe_swept(r.entry, start, tz)
        else:
            r.undetermined = _observe_crawled(r.entry, accounts.get(key), blocked_at.get(r.entry["platform"]),
                                              as_of, max_age, r.entry["platform"] in monitored, tz)

    # The spot check.
    province = cfg["report.province"]
    members = []
    for key, r in results.items():
        r.stratum = city_of(r.entry.get("region"))
        members.append((key, r.stratum, group_of(r.verdict, r.closed)))
    sampling = draw(members, share, seed, provincial_full=cfg["report.provincial_full_check"],
                    minimum=PROVINCE_PROFILES[province]["report.sample_share"], province_zh=PROVINCE_ZH[province])
    for key in sampling.keys:
        results[key].sampled = True

    rectification = _rectification(results.values(), unregistered, alerts, rules, cfg, calendar, now, tz)
    filing = cfg["registry.filing_deadline_workdays"]
    filing_limit = (f"{filing} 个工作日" if cfg["registry.filing_deadline_unit"] == "workday" else f"{filing} 日（自然日）")
    impostor_days = cfg["report.impostor_deadline_days"]
    notes = []
    websites = [r for r in results.values() if r.entry["platform"] == "website" and not r.closed]
    if websites and not any(f["kind"] == "site_unreachable" for f in findings) \
            and not store.count("runs", {"kind": "availability"}):
        notes.append("本期没有网站首页可用性的评估结果，“网站无法访问”一项未作判定（需要每天不少于 probe.min_per_day 次"
                     "的首页探测 govwatch run probe，及每周评估 govwatch probe report --record）。")
    return InspectionReport(
        period, region, now, as_of, seed, share, cfg["general.base_url"], list(results.values()), unregistered,
        rectification, rules, sampling, province, cfg["report.rectify_workdays"], filing_limit,
        "当天" if impostor_days == 0 else f"{impostor_days} 日（自然日）",
        include_links=cfg["report.internal_links"] if include_links is None else include_links, notes=notes)


def _rectification(results, unregistered, alerts, rules: Rules, cfg, calendar: WorkCalendar, now: datetime,
                   tz: str) -> list[RectifyRow]:
    """Open problems with their deadlines (see the module docstring)."""
    base = cfg["general.base_url"].rstrip("/")
    today = now.astimezone(ZoneInfo(tz)).date()
    filing = cfg["registry.filing_deadline_workdays"]
    filing_unit = cfg["registry.filing_deadline_unit"]
    rows: list[RectifyRow] = []

    def add(entry: dict, finding: dict, problem: str, amount: int, unit: str, from_first_seen: bool,
            platform: str | None = None, account_id: str | None = None, name: str | None = None) -> None:
        alert = alerts.get(finding.get("_id"))
        state = (alert or {}).get("state")
        if state in CLOSED_ALERT_STATES:
            return  # resolved or taken down: nothing left to rectify
        start = _first_seen(finding, alert, tz) if from_first_seen else None
        start_day = start.astimezone(ZoneInfo(tz)).date() if start else today
        deadline = calendar.deadline(start_day, amount, unit, tz)
        limit = deadline.limit_zh + (f"（自 {start_day.isoformat()} 首次发现起）" if from_first_seen
                                     else "（自报告之日起）")
        evidence = finding.get("evidence") or {}
        detail = "；".join(finding.get("reasons") or [])
        subject = evidence.get("url") or " › ".join(evidence.get("menu_path") or [])
        if subject and subject not in detail:
            detail = f"{subject}：{detail}" if detail else subject
        rows.append(RectifyRow(
            unit=entry.get("unit") or finding.get("unit") or "", region=entry.get("region") or "",
            platform=platform or entry.get("platform") or "", account_id=account_id or entry.get("account_id") or "",
            name=name if name is not None else entry.get("name") or "", problem=problem, detail=detail,
            deadline=deadline, limit=limit, overdue=deadline.day < today, link=f"{base}/alerts/{finding.get('_id', '')}",
            alert_state=state))

    for r in results:
        for hit in r.hits:
            if hit.role == "listed":
                continue
            filing_problem = hit.indicator.id in ("registry", "closure_unfinished", "account_gone")
            problem = hit.indicator.name + ("（单项否决）" if hit.role == "veto" else "")
            for f in hit.findings:
                if filing_problem:
                    add(r.entry, f, problem, filing, filing_unit, True)
                else:
                    add(r.entry, f, problem, cfg["report.rectify_workdays"], "workday", False)
        for f in r.impostors:
            add(r.entry, f, "发现仿冒账号，应立即商请平台依法处置", cfg["report.impostor_deadline_days"], "day", True,
                platform=f.get("platform") or "", account_id=f.get("account_id") or "",
                name=(f.get("evidence") or {}).get("name") or f.get("name") or "")
    for f in unregistered:
        evidence = f.get("evidence") or {}
        add({"unit": f.get("unit") or "", "region": evidence.get("region") or ""}, f,
            "发现未备案的政务账号，应完成备案（或关停）", filing, filing_unit, True, platform=f.get("platform") or "",
            account_id=f.get("account_id") or "", name=evidence.get("name") or f.get("name") or "")
    rows.sort(key=lambda row: (row.region, row.unit, row.platform, row.account_id, row.problem))
    return rows


def status_zh(code: str | None) -> str:
    return STATUS_ZH.get(code or "active", code or "")


def kind_zh(kind: str) -> str:
    return FINDING_KIND_ZH.get(kind, kind)
