"""The records that cross package boundaries, typed: every field, its type and its meaning, defined once.

Records travel as plain JSON-serialisable dicts (the store keeps them as JSON documents, users' files are JSONL/CSV),
so each record is a ``TypedDict`` (``total=False``: producers fill what they know) whose fields carry their
description in ``Annotated``. ``docs/ARCHITECTURE.md`` prints these tables (``schema_markdown``); a test keeps the
document and the definitions together, and conformance tests check that what the crawler, the detectors, the
alerts and the checkers write uses only fields defined here.

Field names are a contract with users' files and with older stored documents: add fields, never rename them.
Times are ISO-8601 strings with an offset (``core.records.iso``). ``_id`` is the store's document id.
"""

from __future__ import annotations

from types import UnionType
from typing import Annotated, Any, Literal, TypedDict, Union, get_args, get_origin, get_type_hints

Platform = Literal["weibo", "wechat", "douyin", "kuaishou", "bilibili", "toutiao", "xiaohongshu", "website", "app",
                   "miniprogram", "other"]
Time = str  # ISO-8601 with offset


class RegistryEntry(TypedDict, total=False):
    """One official account in the registry (备案库), as imported from the users' CSV/XLSX (``registry``)."""

    unit: Annotated[str, "开办单位: the unit that runs the account (required)"]
    platform: Annotated[Platform, "平台: platform code (Chinese names are accepted on import)"]
    account_id: Annotated[str, "账号ID: the platform's id of the account (required)"]
    name: Annotated[str, "账号名称: the registered name (required)"]
    url: Annotated[str | None, "主页链接: the account's home page (http/https)"]
    avatar: Annotated[str | None, "头像 as written in the file: an image next to the registry file, or a URL"]
    status: Annotated[Literal["active", "changed", "closed", "cancelled"], "状态 (正常/变更/关停/注销); default active"]
    region: Annotated[str | None, "地区, e.g. 山东省济南市"]
    competent_unit: Annotated[str | None, "主管单位"]
    contact: Annotated[str | None, "联系人"]
    filed_at: Annotated[str | None, "备案日期 (YYYY-MM-DD)"]
    _id: Annotated[str, "platform:account_id"]
    source_file: Annotated[str, "name of the file the entry came from (never a path)"]
    source_row: Annotated[int, "row of that file (the header is row 1)"]
    imported_at: Annotated[Time, "first import of this entry"]
    updated_at: Annotated[Time, "last import that changed it"]
    avatar_path: Annotated[str, "the official avatar copied into the avatar store, relative to general.data_dir"]
    avatar_sha256: Annotated[str, "SHA-256 of that image"]
    avatar_hashes: Annotated[dict, "perceptual fingerprints of that image (core.avatars.avatar_hashes)"]
    revision: Annotated[int, "how many imports have written this entry (the base of its history ids)"]


class Account(TypedDict, total=False):
    """What a crawl knows about one account on a platform (``accounts``; also the offline JSONL input)."""

    platform: Annotated[Platform, "platform code"]
    account_id: Annotated[str, "the platform's id of the account"]
    name: Annotated[str, "display name as the platform shows it (hostile text)"]
    url: Annotated[str, "profile URL"]
    avatar: Annotated[str, "avatar as a local path (relative to the data dir or the JSONL file) or URL"]
    avatar_url: Annotated[str | None, "the avatar's URL on the platform"]
    verified: Annotated[bool | None, "platform verification badge; null when the platform does not say"]
    verified_type: Annotated[Literal["government", "media", "enterprise", "personal", "other"] | None,
                             "kind of verification, mapped from the platform's codes"]
    verified_reason: Annotated[str | None, "verification text, usually the verified unit's name"]
    description: Annotated[str | None, "profile description"]
    followers: Annotated[int | None, "follower count (display strings such as 145.5万 converted)"]
    posts_count: Annotated[int | None, "number of posts the platform reports"]
    last_post_at: Annotated[Time | None, "newest non-pinned post seen by the crawler"]
    last_original_at: Annotated[Time | None, "newest non-pinned original post seen"]
    crawled_at: Annotated[Time, "when this record was last written by a crawl"]
    profile_crawled_at: Annotated[Time, "when the profile itself was last read"]
    refreshed_at: Annotated[Time, "end of the last complete refresh (profile and posts read)"]
    discovered_by: Annotated[str | list[str], "keyword(s) whose search found the account"]
    raw: Annotated[dict, "the platform's own payload, kept as evidence"]
    run_id: Annotated[str, "the crawl run that wrote the record"]
    crawl_status: Annotated[Literal["ok", "blocked", "failed", "gone"],
                            "outcome of the last refresh: ok = posts read; blocked/failed = unknown; gone = the "
                            "platform said the account no longer exists"]
    crawl_error: Annotated[str | None, "why the last refresh was blocked or failed"]
    posts_seen: Annotated[int, "posts read in the last refresh"]
    avatar_path: Annotated[str, "the avatar in the avatar store, relative to general.data_dir"]
    avatar_sha256: Annotated[str, "SHA-256 of the avatar file"]
    avatar_hashes: Annotated[dict, "perceptual fingerprints (core.avatars.avatar_hashes)"]
    avatar_error: Annotated[str, "why the avatar could not be stored (too large, corrupt, refused address…)"]
    avatar_phash: Annotated[str, "older records: the whole-image DCT hash only"]
    gone_suspected_at: Annotated[Time | str | None, "an empty answer was seen then; gone only if a later run agrees"]
    gone_suspected_run: Annotated[str, "the run that saw that empty answer"]
    uid: Annotated[str | None, "the platform's numeric id where account_id is another one (Douyin sec_uid)"]
    unique_id: Annotated[str | None, "the id the user chose (抖音号)"]
    unknown_fields: Annotated[list[str], "fields the platform's answer does not carry: unknown, not false"]
    truncated: Annotated[list[str], "fields cut at ingestion (crawler.max_*_chars); each keeps <field>_length"]
    name_length: Annotated[int, "original length of a truncated name"]
    description_length: Annotated[int, "original length of a truncated description"]
    verified_reason_length: Annotated[int, "original length of a truncated verification text"]
    raw_strings_truncated: Annotated[int, "strings cut inside raw"]
    _id: Annotated[str, "platform:account_id"]


class Post(TypedDict, total=False):
    """One post of an account (``posts``; also the offline JSONL input)."""

    platform: Annotated[Platform, "platform code"]
    account_id: Annotated[str, "the author's account id"]
    post_id: Annotated[str, "the platform's id of the post"]
    created_at: Annotated[Time, "publication time as read from the platform"]
    text: Annotated[str, "visible text, HTML removed (hostile text)"]
    is_original: Annotated[bool | None, "false for reposts; null when the platform does not say (unknown)"]
    is_pinned: Annotated[bool, "pinned (置顶) posts are ignored by freshness rules"]
    source: Annotated[str | None, "for reposts: the original's author or source"]
    url: Annotated[str, "the post's URL"]
    crawled_at: Annotated[Time, "when it was read"]
    raw: Annotated[dict, "the platform's own payload"]
    run_id: Annotated[str, "the crawl run that wrote it"]
    created_at_precision: Annotated[Literal["second", "minute", "day"], "how exact created_at is; a date without a "
                                    "time is stored at the end of that day"]
    post_type: Annotated[str | None, "the platform's kind of post (e.g. Bilibili DYNAMIC_TYPE_WORD)"]
    orig_type: Annotated[str | None, "for reposts: the original's kind; DYNAMIC_TYPE_NONE = the original was deleted"]
    truncated: Annotated[list[str], "fields cut at ingestion; each keeps <field>_length"]
    text_length: Annotated[int, "original length of a truncated text"]
    raw_strings_truncated: Annotated[int, "strings cut inside raw"]
    _id: Annotated[str, "platform:account_id:post_id"]


class FindingTarget(TypedDict, total=False):
    platform: Annotated[Platform, "the official account's platform"]
    account_id: Annotated[str, "the official account's id"]
    name: Annotated[str, "the official account's registered name"]


class Finding(TypedDict, total=False):
    """One problem found by a detector, a checker or a health check (``findings``; JSONL from ``detect --out``)."""

    kind: Annotated[str, "one of core.records.FINDING_KINDS"]
    platform: Annotated[str, "platform of the account or site concerned"]
    account_id: Annotated[str, "the account (or site) concerned; empty for a whole platform"]
    score: Annotated[float, "confidence 0..1"]
    target: Annotated[FindingTarget | None, "for impostor/duplicate: the official account imitated or duplicated"]
    unit: Annotated[str | None, "for unregistered: the verified unit"]
    reasons: Annotated[list[str], "short Chinese sentences a reviewer reads"]
    reasons_text: Annotated[str, "the reasons joined (for search)"]
    evidence: Annotated[dict, "kind-specific evidence: names compared, avatar distance, URLs, posts, times…"]
    detected_at: Annotated[Time, "the check time (as_of) of the run that found it"]
    run_id: Annotated[str, "the run that found it"]
    run_at: Annotated[Time, "wall-clock start of that run"]
    name: Annotated[str, "the account's or page's name, where known"]
    _id: Annotated[str, "the dedup key (core.records.finding_key)"]


class Alert(TypedDict, total=False):
    """A finding as a reviewer tracks it: one per problem, with a state and history (``alerts``)."""

    _id: Annotated[str, "the finding's dedup key"]
    key: Annotated[str, "the same dedup key"]
    kind: Annotated[str, "finding kind"]
    kind_zh: Annotated[str, "finding kind in Chinese"]
    platform: Annotated[str, "platform code"]
    platform_zh: Annotated[str, "platform in Chinese"]
    account_id: Annotated[str, "account or site concerned"]
    name: Annotated[str, "its name"]
    target: Annotated[FindingTarget | None, "official account imitated (impostor) or duplicated"]
    target_name: Annotated[str, "the official account's name"]
    unit: Annotated[str, "unit concerned"]
    region: Annotated[str, "region of that unit (from the registry)"]
    url: Annotated[str, "where to look"]
    title: Annotated[str, "one-line Chinese summary"]
    score: Annotated[float, "the finding's score"]
    severity: Annotated[Literal["low", "medium", "high", "critical"], "severity (alerts.severity)"]
    severity_rank: Annotated[int, "severity as a number, for sorting"]
    severity_zh: Annotated[str, "severity in Chinese"]
    reasons: Annotated[list[str], "the latest finding's reasons"]
    reasons_text: Annotated[str, "the reasons joined"]
    evidence: Annotated[dict, "the latest finding's evidence"]
    finding: Annotated[dict, "the latest finding as written"]
    detected_at: Annotated[Time, "check time of the latest finding"]
    state: Annotated[Literal["new", "confirmed", "takedown_requested", "taken_down", "dismissed", "resolved"],
                     "review state (alerts.lifecycle)"]
    state_changed_at: Annotated[Time, "last state change"]
    first_seen: Annotated[Time, "first run that found it"]
    first_run_id: Annotated[str, "that run"]
    last_seen: Annotated[Time, "latest run that found it"]
    last_run_id: Annotated[str, "that run"]
    occurrences: Annotated[int, "number of runs that found it"]
    missed_runs: Annotated[int, "consecutive runs that checked and did not find it"]
    last_missed_run: Annotated[str | None, "the latest of those runs"]
    reopen_count: Annotated[int, "times it came back after being resolved or taken down"]
    allowlisted: Annotated[bool, "dismissed for good: never raised again"]
    updated_at: Annotated[Time, "last change of the document"]
    updated_by: Annotated[str, "user (or system) of the last change"]
    takedown_filed_at: Annotated[Time, "when the takedown package was made and the alert moved to takedown_requested"]
    takedown_filed_by: Annotated[str, "who filed it"]
    takedown_files: Annotated[list[str], "names of the takedown documents and evidence pack (generated, never crawled)"]
    takedown_pack_sha256: Annotated[str, "SHA-256 of the evidence pack the documents cite"]
    takedown_checks: Annotated[list[dict], "each nightly run's answer about the account (run_id, at, status, note)"]
    takedown_gone_runs: Annotated[int, "consecutive runs whose answer was an explicit gone"]
    takedown_absence: Annotated[dict, "evidence of absence that confirmed taken_down (runs, times, confirmed_at)"]


class SweepResult(TypedDict, total=False):
    """One URL or menu item checked by a link or menu sweep (``sweeps``; JSONL from ``sweep --out``)."""

    url: Annotated[str, "the link or menu target checked"]
    found_on: Annotated[str | None, "the page it was found on"]
    also_found_on: Annotated[list[str], "other pages linking to it"]
    via: Annotated[Literal["link", "menu"], "link sweep or menu click"]
    menu_path: Annotated[list[str], "menu labels from the top menu down"]
    link_text: Annotated[str, "the anchor's text"]
    status: Annotated[str, "one of core.records.SWEEP_STATUSES"]
    first_status: Annotated[str, "status at the first check, before the confirming re-check"]
    rechecked: Annotated[bool, "a failure was checked a second time"]
    confirmed: Annotated[bool, "the failure held on the re-check (only confirmed failures become findings)"]
    http_status: Annotated[int | None, "HTTP status of the final answer"]
    final_url: Annotated[str | None, "URL after redirects"]
    redirect_chain: Annotated[list[str], "every hop"]
    method: Annotated[str, "HEAD or GET"]
    retries: Annotated[int, "retries spent"]
    elapsed_ms: Annotated[int | None, "time to the answer"]
    error: Annotated[str | None, "why it failed (Chinese)"]
    encoding: Annotated[str, "how the page was decoded"]
    title: Annotated[str, "page title"]
    found_by_render: Annotated[bool, "the link exists only in the rendered DOM"]
    action: Annotated[str, "menu sweeps: what the click did"]
    action_detail: Annotated[str, "menu sweeps: the click's effect in words (navigated to X, opened a pop-up…)"]
    action_requests: Annotated[list[str], "menu sweeps: requests the click made"]
    needs_wechat: Annotated[bool, "an H5 page that redirects to WeChat OAuth (needs the WeChat app)"]
    skipped_reason: Annotated[str | None, "why it was not checked (robots, budget…)"]
    screenshot: Annotated[str | None, "screenshot of a failure, relative to the data dir"]
    host: Annotated[str, "host of the URL"]
    account_id: Annotated[str, "the registry account (website/app) the sweep belongs to"]
    checked_at: Annotated[Time, "when it was checked"]
    run_id: Annotated[str, "the sweep run"]
    _id: Annotated[str, "run_id + URL/menu path hash"]


class Run(TypedDict, total=False):
    """One job run: nightly crawl and detection, sweep, probe, report, detect (``runs``)."""

    run_id: Annotated[str, "kind-UTCtime-random"]
    kind: Annotated[str, "nightly, sweep, probe, report, detect, crawl…"]
    status: Annotated[str, "running, ok, degraded (finished but incomplete), failed, interrupted"]
    started_at: Annotated[Time, "start"]
    finished_at: Annotated[Time | None, "end"]
    stages: Annotated[dict, "per stage: status, duration, counts"]
    platforms: Annotated[dict, "per platform: requests, pages, accounts, posts, errors"]
    blocked_platforms: Annotated[list[str], "platforms that blocked the crawl"]
    errors: Annotated[list[str], "what went wrong (Chinese)"]
    degraded_reasons: Annotated[list[str], "why the run is degraded"]
    summary: Annotated[dict, "kind-specific summary"]
    source: Annotated[str, "who started it (schedule, cli, demo)"]
    mode: Annotated[str, "detect runs: store or offline"]
    kinds: Annotated[list[str], "detect runs: the finding kinds completed"]
    as_of: Annotated[Time, "detect runs: the check time"]
    counts: Annotated[dict, "detect runs: findings per kind"]
    checked: Annotated[int, "sweeps: URLs checked"]
    failures: Annotated[int, "sweeps: failures found"]
    confirmed: Annotated[int, "sweeps: failures confirmed by the re-check"]
    findings: Annotated[int, "sweeps: findings written"]
    notes: Annotated[list[str], "remarks for the operator"]
    stats: Annotated[dict, "detect runs: counts a detector reports on its run (e.g. suspects the bounded pixel layer did not check)"]
    period: Annotated[str, "report runs: the period, e.g. 2026Q4"]
    host: Annotated[str, "machine the run's process ran on"]
    pid: Annotated[int, "its process id"]
    pid_started: Annotated[float, "that process's start time (a reused pid is not the same run)"]
    interrupted_at: Annotated[Time, "when the run was stopped by a signal"]
    interrupted_noticed_at: Annotated[Time, "when a later run found this run's process gone"]
    noticed_by: Annotated[str | None, "that later run"]
    message: Annotated[str, "why the run ended as it did (Chinese)"]
    _id: Annotated[str, "the run_id"]


RECORDS: dict[str, type] = {
    "registry": RegistryEntry, "accounts": Account, "posts": Post, "findings": Finding, "alerts": Alert,
    "sweeps": SweepResult, "runs": Run,
}


def fields(record: type) -> dict[str, tuple[Any, str]]:
    """Field name → (type, description) of one of the TypedDicts above, in definition order."""
    hints = get_type_hints(record, include_extras=True)
    out = {}
    for name, hint in hints.items():
        meta = getattr(hint, "__metadata__", ("",))
        out[name] = (hint.__origin__ if hasattr(hint, "__metadata__") else hint, meta[0])
    return out


def _type_name(tp: Any) -> str:
    """A short, table-safe spelling of a field's type (``str or None``, ``Platform``, ``'ok' / 'failed'``)."""
    if tp is Platform:
        return "Platform"
    origin, args = get_origin(tp), get_args(tp)
    if origin is Literal:
        return " / ".join(repr(a) for a in args)
    if origin in (Union, UnionType):
        return " or ".join(_type_name(a) for a in args)
    if origin is not None:
        return f"{origin.__name__}[{', '.join(_type_name(a) for a in args)}]"
    return "None" if tp is type(None) else getattr(tp, "__name__", str(tp))


def schema_markdown() -> str:
    """The field tables of every record, as printed in docs/ARCHITECTURE.md."""
    parts = []
    for collection, record in RECORDS.items():
        parts.append(f"### {record.__name__} (`{collection}`)\n\n{record.__doc__.strip()}\n")
        parts.append("| field | type | meaning |\n|---|---|---|")
        for name, (tp, doc) in fields(record).items():
            parts.append(f"| `{name}` | {_type_name(tp)} | {doc.replace('|', '/')} |")
        parts.append("")
    return "\n".join(parts)
