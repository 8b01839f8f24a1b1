"""Zombie accounts (僵尸账号) and accounts without original posts (无原创).

The rules (Shandong 2021 §1.4, §2.4; Guangdong 2019 §4.4; REQUIREMENTS.md):

* ``zombie``: a registered account whose registry status is live (active/changed) has no post in the
  ``detect.zombie_days`` days before the check time (``ctx.as_of``). Pinned posts do not count: inspectors skip
  them, and a years-old pinned post must not keep an account "alive". The window is inclusive: a post exactly
  14 days before the check time still counts.
* ``no_original``: no original (non-repost) post in the ``detect.no_original_days`` days before the check time.
  Not reported for an account that is already reported as ``zombie`` (no post at all says more).
* An account we could not see is ``unknown`` and never a zombie: no account record at all, or a last crawl that
  was ``blocked`` or ``failed`` (the crawler writes ``platform_blocked`` findings for those). A ``gone`` account
  (deleted/banned) is not a zombie either: ``registry_mismatch`` reports it.
* A stale crawl is ``unknown`` too (``crawl_age``): when the account's last crawl time — ``refreshed_at``
  (written by the refresh spider), else ``crawled_at`` — is more than ``detect.max_crawl_age_hours`` before the
  check time, an ``ok`` record only says what the account looked like back then (the nightly refresh failed,
  the account was left pending at spider close, its platform is not crawled any more). Exactly the window is
  still fresh. An unreadable crawl time is stale (freshness cannot be shown). A record with no crawl time at
  all (a user's JSONL file for ``govwatch detect --accounts``) is taken as true at the check time, as before.
* An account that has never posted is a zombie once it was filed more than ``detect.zombie_days`` days ago; one
  filed more recently is not yet. Without a filing date it is reported, with that said in the reasons.
  "Never posted" needs positive evidence: no dated post and ``posts_count`` 0 (or only the pinned posts we
  know of). A record that says nothing about posting (no posts, no ``last_post_at``, no ``posts_count``) is
  unknown, never a zombie.

Where the last post time comes from (``last_activity``):

* Posts (``ctx.posts``) are authoritative when the account has any: the newest non-pinned post not after the
  check time. Posts after the check time are ignored (re-running a past inspection gives the same answer).
* The account record's ``last_post_at`` / ``last_original_at`` fill in when no posts are known, and also
  when they are newer than the newest known post (the crawler saw a post it did not store). The crawler
  computes them ignoring pinned posts, but a user's exported file may not have: a ``last_post_at`` equal to the
  time of a known pinned post is taken for that pinned post and ignored.
* Originality: ``is_original`` true is original, false is a repost; a post whose flag is unknown (null) is
  neither, and if such posts fall in the window and no original does, ``no_original`` is not reported (we
  cannot tell).

Scores (0..1): ``zombie`` 0.6 one day over the limit, rising linearly to 1.0 at twice the limit; never posted
0.8 (0.6 without a filing date). ``no_original`` the same scale times 0.8 (a content indicator, not a veto);
0.64 when no original post is known at all (only reposts).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from core.findings import make_finding
from core.records import account_key, iso, parse_time
from detectors.context import DetectionContext

UNKNOWN_CRAWL_STATUSES = ("blocked", "failed")
# Where the time of an account's last crawl is read from, first present wins. ``crawled_at`` is also stamped by
# discovery, which does not read posts, so the refresh spider's ``refreshed_at`` is preferred when present.
CRAWL_TIME_FIELDS = ("refreshed_at", "crawled_at")


@dataclass
class Activity:
    """What we know of one account's posting up to the check time."""

    last_post: datetime | None = None
    last_post_source: str | None = None  # "posts" | "account"
    last_original: datetime | None = None
    last_original_source: str | None = None
    posts_known: int = 0  # non-pinned posts known up to the check time
    reposts_known: int = 0  # of which flagged as reposts (is_original false)
    pinned_ignored: list[str] = field(default_factory=list)  # post ids of pinned posts skipped
    unknown_original_since: dict[int, int] = field(default_factory=dict)  # window days -> posts with null flag
    newer_than_as_of: int = 0  # posts after the check time (ignored)


def timezone_name(ctx: DetectionContext) -> str:
    """The timezone dates are judged in (``general.timezone``)."""
    return ctx.setting("general.timezone")


def check_time(ctx: DetectionContext) -> datetime:
    """The as-of time of the inspection, timezone-aware (now when the context has none)."""
    if ctx.as_of is not None:
        return ctx.as_of if ctx.as_of.tzinfo else ctx.as_of.replace(tzinfo=ZoneInfo(timezone_name(ctx)))
    return datetime.now(ZoneInfo(timezone_name(ctx)))


def account_state(account: dict | None) -> str:
    """``unknown`` (not seen / last crawl blocked or failed), ``gone`` (deleted or banned) or ``ok``."""
    if account is None:
        return "unknown"
    status = account.get("crawl_status") or "ok"
    if status in UNKNOWN_CRAWL_STATUSES:
        return "unknown"
    return "gone" if status == "gone" else "ok"


@dataclass
class CrawlAge:
    """How old an account record's crawl is at the check time (see the module docstring)."""

    fresh: bool
    field: str | None = None  # the field the crawl time was read from; None when the record has none
    at: datetime | None = None  # None when absent or unreadable
    age_hours: float | None = None

    def evidence(self) -> dict:
        return {"crawl_time": iso(self.at), "crawl_time_field": self.field,
                "crawl_age_hours": None if self.age_hours is None else round(self.age_hours, 1),
                "crawl_stale": not self.fresh}


def crawl_age(account: dict, as_of: datetime, max_age_hours: float, tz: str) -> CrawlAge:
    """Is the record's last crawl (``refreshed_at``, else ``crawled_at``) within ``max_age_hours`` of ``as_of``?

    No crawl time at all: fresh (a user's file is their truth). Unreadable: stale. Exactly the window: fresh.
    A crawl after the check time (re-running a past inspection) is fresh."""
    for name in CRAWL_TIME_FIELDS:
        value = account.get(name)
        if value in (None, ""):
            continue
        at = record_time(value, tz)
        if at is None:
            return CrawlAge(fresh=False, field=name)
        age = as_of - at
        return CrawlAge(fresh=age <= timedelta(hours=max_age_hours), field=name, at=at,
                        age_hours=age.total_seconds() / 3600)
    return CrawlAge(fresh=True)


def max_crawl_age_hours(ctx: DetectionContext) -> float:
    return float(ctx.setting("detect.max_crawl_age_hours"))


def record_time(value, tz: str) -> datetime | None:
    """A record's time, or None when absent or unreadable (store data is not re-validated here)."""
    try:
        return parse_time(value, tz)
    except (TypeError, ValueError):
        return None


def last_activity(account: dict, posts: list[dict], as_of: datetime, tz: str,
                  windows: tuple[int, ...] = ()) -> Activity:
    """Newest non-pinned post and newest original post not after ``as_of`` (see the module docstring)."""
    act = Activity()
    pinned_times: set[datetime] = set()
    dated: list[tuple[datetime, dict]] = []
    for post in posts:
        created = record_time(post.get("created_at"), tz)
        if created is None:
            continue
        if created > as_of:
            act.newer_than_as_of += 1
            continue
        if post.get("is_pinned"):
            pinned_times.add(created)
            act.pinned_ignored.append(str(post.get("post_id")))
            continue
        dated.append((created, post))
    act.posts_known = len(dated)
    act.reposts_known = sum(1 for _, post in dated if post.get("is_original") is False)
    for created, post in dated:
        if act.last_post is None or created > act.last_post:
            act.last_post, act.last_post_source = created, "posts"
        if post.get("is_original") is True and (act.last_original is None or created > act.last_original):
            act.last_original, act.last_original_source = created, "posts"
    for days in windows:
        start = as_of - timedelta(days=days)
        act.unknown_original_since[days] = sum(
            1 for created, post in dated if created >= start and post.get("is_original") is None)

    def from_record(name: str) -> datetime | None:
        value = record_time(account.get(name), tz)
        if value is None or value > as_of or value in pinned_times:
            return None
        return value

    recorded = from_record("last_post_at")
    if recorded is not None and (act.last_post is None or recorded > act.last_post):
        act.last_post, act.last_post_source = recorded, "account"
    recorded = from_record("last_original_at")
    if recorded is not None and (act.last_original is None or recorded > act.last_original):
        act.last_original, act.last_original_source = recorded, "account"
    return act


def _days_between(earlier: datetime, later: datetime, tz: str) -> int:
    """Calendar days between two instants, counted on local dates (what a reader of the reason expects)."""
    zone = ZoneInfo(tz)
    return (later.astimezone(zone).date() - earlier.astimezone(zone).date()).days


def _overdue_score(days_since: int, limit: int) -> float:
    over = max(days_since - limit, 1)
    return min(1.0, 0.6 + 0.4 * (over - 1) / max(limit - 1, 1))


def _local_day(value: datetime, tz: str) -> str:
    return value.astimezone(ZoneInfo(tz)).date().isoformat()


def detect(ctx: DetectionContext) -> Iterator[dict]:
    tz = timezone_name(ctx)
    as_of = check_time(ctx)
    zombie_days = int(ctx.setting("detect.zombie_days"))
    original_days = int(ctx.setting("detect.no_original_days"))
    max_age = max_crawl_age_hours(ctx)
    crawled = ctx.crawled_registry()  # the registry's crawled records only, not every crawled account
    for entry in ctx.live_registry:
        key = account_key(entry["platform"], entry["account_id"])
        account = crawled.get(key)
        if account_state(account) != "ok":
            continue  # unknown: never a zombie; gone: registry_mismatch reports it
        crawl = crawl_age(account, as_of, max_age, tz)
        if not crawl.fresh:
            continue  # stale crawl: unknown, never a zombie
        act = last_activity(account, ctx.posts_by_account.get(key, []), as_of, tz, windows=(original_days,))
        base = {
            "as_of": iso(as_of), "registry_name": entry.get("name"), "name": account.get("name"),
            "last_post_at": iso(act.last_post), "last_post_source": act.last_post_source,
            "last_original_at": iso(act.last_original), "last_original_source": act.last_original_source,
            "posts_known": act.posts_known, "pinned_ignored": act.pinned_ignored,
            "posts_after_as_of_ignored": act.newer_than_as_of, "crawled_at": account.get("crawled_at"),
            **crawl.evidence(),
        }
        zombie = _zombie_finding(ctx, entry, account, act, as_of, tz, zombie_days, base)
        if zombie is not None:
            yield zombie
            continue
        original = _no_original_finding(entry, account, act, as_of, tz, original_days, base)
        if original is not None:
            yield original


def _zombie_finding(ctx, entry, account, act: Activity, as_of, tz, limit: int, base: dict) -> dict | None:
    evidence = {**base, "rule": "zombie", "zombie_days": limit}
    unit = entry.get("unit")
    if act.last_post is not None:
        if act.last_post >= as_of - timedelta(days=limit):
            return None
        days = _days_between(act.last_post, as_of, tz)
        evidence["days_since_last_post"] = days
        reasons = [f"已 {days} 天未更新（最后发文 {_local_day(act.last_post, tz)}）",
                   f"超过 {limit} 天未发文的“僵尸账号”标准（置顶不计）"]
        if act.pinned_ignored:
            reasons.append(f"已忽略 {len(act.pinned_ignored)} 条置顶")
        return make_finding("zombie", entry["platform"], entry["account_id"], score=_overdue_score(days, limit),
                            reasons=reasons, evidence=evidence, unit=unit)
    # Nothing dated: either it never posted, or it did and we do not know when.
    posts_count = account.get("posts_count")
    if not isinstance(posts_count, int) or isinstance(posts_count, bool) or posts_count > len(act.pinned_ignored):
        return None  # no post count, or posts we cannot date: unknown, not a zombie
    evidence["never_posted"] = True
    filed = record_time(entry.get("filed_at"), tz)
    if filed is not None:
        evidence["filed_at"] = iso(filed)
        if filed >= as_of - timedelta(days=limit):
            return None  # filed recently: not yet a zombie
        days = _days_between(filed, as_of, tz)
        evidence["days_since_filed"] = days
        reasons = [f"备案已 {days} 天（备案日期 {_local_day(filed, tz)}），从未发文（置顶不计）"]
        score = 0.8
    else:
        reasons = ["从未发文（置顶不计），备案日期不详"]
        score = 0.6
    return make_finding("zombie", entry["platform"], entry["account_id"], score=score, reasons=reasons,
                        evidence=evidence, unit=unit)


def _no_original_finding(entry, account, act: Activity, as_of, tz, limit: int, base: dict) -> dict | None:
    if act.last_original is not None and act.last_original >= as_of - timedelta(days=limit):
        return None
    if act.unknown_original_since.get(limit):
        return None  # posts of unknown originality in the window: cannot tell
    if act.last_post is None:
        return None  # never posted (and filed recently, else it would be a zombie): nothing to judge yet
    if act.last_original is None and not act.reposts_known:
        return None  # no original known, but no repost known either: originality unknown
    evidence = {**base, "rule": "no_original", "no_original_days": limit}
    if act.last_original is not None:
        days = _days_between(act.last_original, as_of, tz)
        evidence["days_since_last_original"] = days
        reasons = [f"已 {days} 天无原创发文（最后原创 {_local_day(act.last_original, tz)}）"]
        score = 0.8 * _overdue_score(days, limit)
    else:
        evidence["days_since_last_original"] = None
        reasons = [f"已知的 {act.posts_known} 条发文中没有原创（{act.reposts_known} 条为转发）"]
        score = 0.8 * 0.8
    reasons.append(f"超过 {limit} 天无原创的标准（最后发文 {_local_day(act.last_post, tz)}）")
    return make_finding("no_original", entry["platform"], entry["account_id"], score=score, reasons=reasons,
                        evidence=evidence, unit=entry.get("unit"))
