"""Registry mismatch (备案信息不符): the registry no longer describes the account on the platform.

The rules (Shandong 2021 §1.2, §1.3; REQUIREMENTS.md) — for each registry entry whose account was seen:

* ``name``: the platform name differs from the registered name. Names are compared with
  ``detectors.names.normalize_name``: a difference in decoration only (官方, 【】, spaces, traditional
  characters…) is reported as minor (score 0.3); a real rename as a mismatch (0.7).
* ``avatar``: the platform avatar and the registered avatar are further apart than ``detect.avatar_max_distance``
  (``detectors.avatar.compare``: the smallest Hamming distance over the perceptual-hash variants, so a re-encoded,
  re-framed or cropped copy of the same avatar is not a change; only when both are known; 0.6).
* ``verified_unit``: the platform's verification text names a unit other than the registered one (0.8).
  A badge without text proves nothing and is not compared.
* ``closed_but_live``: the registry says closed/cancelled but the account still exists (0.7), or is still
  posting within ``detect.zombie_days`` (0.9).
* ``gone``: the registry says active/changed but the platform says the account is gone (deleted/banned; 0.8).

Accounts we could not see (no record, last crawl blocked/failed) yield nothing: their state is unknown.

Stale crawls (``detectors.zombie.crawl_age``: last crawl more than ``detect.max_crawl_age_hours`` before the
check time; records without any crawl time, i.e. a user's file, are taken as current): ``gone`` and
``closed_but_live`` are claims about the account *now* and are not made from a stale record — a deleted account
may have been restored, a closed one deleted since. ``name``, ``avatar`` and ``verified_unit`` differences seen
in a stale record were true when it was crawled and the registry has not changed to match, so they are still
reported, with ``evidence.crawl_stale`` true and a reason giving the crawl time (the score is not changed).

Every finding carries how many working days (China's official calendar with adjusted workdays, see
``core.workdays``, extended by ``general.holiday_file``) have passed since the mismatch was first seen, and whether
the filing deadline ``registry.filing_deadline_workdays`` is exceeded (then the score rises by 0.1, except for
minor name differences). With ``registry.filing_deadline_unit = "day"`` (Guangdong's "3日内") the deadline is
counted in calendar days instead. First seen is the earliest ``evidence.first_seen_at`` (or ``detected_at``) among earlier findings
with the same dedup key in ``ctx.previous_findings``, else the check time. Each aspect (``evidence.rule``) has
its own key, so a rename and a new avatar are tracked — and filed — separately.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from core.findings import make_finding
from core.records import LIVE_STATUSES, STATUS_ZH, account_key, finding_key, iso
from core.workdays import calendar_for
from detectors.context import DetectionContext
from detectors.zombie import (
    CrawlAge,
    account_state,
    check_time,
    crawl_age,
    last_activity,
    max_crawl_age_hours,
    record_time,
    timezone_name,
)

log = logging.getLogger(__name__)

KIND = "registry_mismatch"
# Words around the unit name in verification texts: "山东省人民政府新闻办公室官方微博", "认证：…官方账号".
_VERIFICATION_WRAPPING = re.compile(
    r"^(?:(?:微博|抖音|快手|哔哩哔哩|b站|头条|微信)?(?:官方)?认证(?:信息)?[:：]?)|"
    r"(?:的)?(?:官方|政务)?(?:微博|账号|帐号|抖音号|快手号|公众号|服务号|订阅号|头条号|网站|客户端|小程序|b站账号|视频号)$|(?:官方|政务)$")
_UNIT_SUFFIXES = ("政府", "办公室", "办公厅", "委员会", "局", "厅", "委", "办", "院", "部", "署", "中心", "所", "站",
                  "队", "处", "室", "馆", "台", "社", "会", "团", "报", "法院", "检察院", "支队", "大队", "集团",
                  "公司", "学校", "大学", "医院", "街道", "镇", "乡")
# Equivalent ways of writing the same unit.
_UNIT_SYNONYMS = (("人民政府", "政府"), ("中国共产党", "中共"), ("委员会", "委"), ("办公室", "办"))


def _plain(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def _names(ctx: DetectionContext):
    from detectors.names import normalize_name  # the other half of the detectors; imported when needed

    decorations = ctx.setting("detect.name_decorations")
    return lambda name: normalize_name(name or "", decorations)


def _unit_key(text: str, normalise) -> str:
    key = normalise(text)
    for long, short in _UNIT_SYNONYMS:
        key = key.replace(long, short)
    return key


def verified_unit(reason: str | None) -> str | None:
    """The unit a verification text names ("济南市公安局官方微博" → "济南市公安局"), or None if it names none."""
    text = _plain(reason)
    previous = None
    while text and text != previous:
        previous = text
        text = _VERIFICATION_WRAPPING.sub("", text.lower() if text.isascii() else text)
    if len(text) < 3 or not text.endswith(_UNIT_SUFFIXES):
        return None
    return text


class _Hashes:
    """Avatar fingerprints (``detectors.avatar``) of records: stored ``avatar_hashes`` / ``avatar_phash``, else
    computed from a local image file. URLs are never fetched here: without a stored hash they are unknown."""

    def __init__(self) -> None:
        self._cache: dict[str, dict | None] = {}
        self.problems: list[str] = []

    def of(self, record: dict, base_dir: Path | None) -> dict | None:
        if isinstance(record.get("avatar_hashes"), dict) and record["avatar_hashes"].get("phash"):
            return record["avatar_hashes"]
        if record.get("avatar_phash"):
            return {"phash": str(record["avatar_phash"])}
        path = record.get("avatar")
        if not path or re.match(r"^[a-z][a-z0-9+.-]*://", str(path), re.I):
            return None
        full = Path(path) if Path(path).is_absolute() or base_dir is None else Path(base_dir) / path
        key = str(full)
        if key not in self._cache:
            self._cache[key] = None
            try:
                from core.avatars import avatar_hashes_from_file

                self._cache[key] = avatar_hashes_from_file(full)
            except OSError as exc:
                self.problems.append(f"头像文件无法读取：{full}（{exc.strerror or exc}）")
            except ValueError as exc:
                self.problems.append(f"头像文件无法解析：{full}（{exc}）")
        return self._cache[key]


def _first_seen_index(previous: list[dict], tz: str) -> dict[str, datetime]:
    index: dict[str, datetime] = {}
    for f in previous:
        if f.get("kind") != KIND:
            continue
        seen = record_time((f.get("evidence") or {}).get("first_seen_at") or f.get("detected_at"), tz)
        if seen is None:
            continue
        key = finding_key(f)
        if key not in index or seen < index[key]:
            index[key] = seen
    return index


def detect(ctx: DetectionContext) -> Iterator[dict]:
    tz = timezone_name(ctx)
    as_of = check_time(ctx)
    deadline = int(ctx.setting("registry.filing_deadline_workdays"))
    unit = ctx.setting("registry.filing_deadline_unit")
    calendar = calendar_for(ctx.setting("general.holiday_file"))
    first_seen = _first_seen_index(ctx.previous_findings, tz)
    hashes = _Hashes()
    max_age = max_crawl_age_hours(ctx)
    normalise = None
    crawled = ctx.crawled_registry()  # the registry's crawled records only, not every crawled account
    for entry in ctx.registry:
        key = account_key(entry["platform"], entry["account_id"])
        account = crawled.get(key)
        state = account_state(account)
        if state == "unknown":
            continue
        crawl = crawl_age(account, as_of, max_age, tz)
        live = (entry.get("status") or "active") in LIVE_STATUSES
        found: list[tuple[str, float, list[str], dict]] = []
        if live and state == "gone":
            if crawl.fresh:  # a stale "gone" may have been restored since: unknown
                found.append(("gone", 0.8, [f"备案状态为“{STATUS_ZH.get(entry.get('status') or 'active')}”，"
                                            "但平台上该账号已不存在（已删除或被封禁）"], {}))
        elif not live and state == "ok":
            if crawl.fresh:  # a stale "still there" may have been closed since: unknown
                found.append(_closed_but_live(ctx, entry, account, key, as_of, tz))
        elif live:
            if normalise is None:
                normalise = _names(ctx)
            found.extend(_name(entry, account, normalise))
            found.extend(_avatar(ctx, entry, account, hashes))
            found.extend(_verified_unit(entry, account, normalise))
        for rule, score, reasons, evidence in found:
            yield _finding(entry, account, rule, score, reasons, evidence, first_seen, as_of, tz,
                           (deadline, unit, calendar), crawl)
    for problem in hashes.problems:
        log.warning("%s", problem)


def _closed_but_live(ctx, entry, account, key, as_of, tz):
    status = STATUS_ZH.get(entry.get("status"), entry.get("status"))
    activity = last_activity(account, ctx.posts_by_account.get(key, []), as_of, tz)
    recent_days = int(ctx.setting("detect.zombie_days"))
    evidence = {"last_post_at": iso(activity.last_post)}
    if activity.last_post is not None and activity.last_post >= as_of - timedelta(days=recent_days):
        day = activity.last_post.astimezone(ZoneInfo(tz)).date().isoformat()
        return ("closed_but_live", 0.9, [f"备案状态为“{status}”，但账号仍在运行并发文（最后发文 {day}）"], evidence)
    return ("closed_but_live", 0.7, [f"备案状态为“{status}”，但平台上账号仍然存在"], evidence)


def _name(entry, account, normalise):
    registered, platform = entry.get("name"), account.get("name")
    if not registered or not platform or _plain(registered) == _plain(platform):
        return []
    a, b = normalise(platform), normalise(registered)
    evidence = {"registry_value": registered, "platform_value": platform, "normalized": [a, b]}
    if a and a == b:
        return [("name", 0.3, [f"名称仅有装饰性差异：平台“{platform}”，备案“{registered}”"],
                 {**evidence, "minor": True})]
    return [("name", 0.7, [f"平台名称“{platform}”与备案名称“{registered}”不一致"], {**evidence, "minor": False})]


def _avatar(ctx, entry, account, hashes: _Hashes):
    from detectors.avatar import compare

    limit = int(ctx.setting("detect.avatar_max_distance"))
    registered, platform = hashes.of(entry, None), hashes.of(account, ctx.base_dir)
    if not registered or not platform:
        return []
    result = compare(platform, registered, max_distance=limit)
    if result["distance"] is None or result["similar"]:
        return []
    return [("avatar", 0.6, [f"平台头像与备案头像不同（感知哈希汉明距离 {result['distance']}/{result['bits']}，"
                             f"阈值 {limit}）"],
             {"avatar_distance": result["distance"], "phash_distance": result["phash_distance"],
              "max_distance": limit, "registry_phash": registered.get("phash"), "platform_phash": platform.get("phash"),
              "registry_avatar": entry.get("avatar"),
              "platform_avatar": account.get("avatar") or account.get("avatar_url")})]


def _verified_unit(entry, account, normalise):
    reason = account.get("verified_reason")
    unit = entry.get("unit")
    named = verified_unit(reason)
    if not named or not unit:
        return []
    a, b = _unit_key(named, normalise), _unit_key(unit, normalise)
    if not a or not b or a in b or b in a:
        return []
    return [("verified_unit", 0.8, [f"平台认证为“{named}”，与备案的开办单位“{unit}”不一致"],
             {"registry_value": unit, "platform_value": named, "verified_reason": reason})]


def _finding(entry, account, rule, score, reasons, evidence, first_seen, as_of, tz, limit,
             crawl: CrawlAge) -> dict:
    deadline, unit, calendar = limit
    evidence = {"rule": rule, "registry_status": entry.get("status") or "active",
                "crawl_status": (account or {}).get("crawl_status") or "ok", "registry_name": entry.get("name"),
                "name": (account or {}).get("name"), **crawl.evidence(), **evidence}
    if not crawl.fresh:
        when = crawl.at.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M") if crawl.at else "时间不详"
        reasons = reasons + [f"依据 {when} 的抓取数据（此后未成功重新抓取，平台上的现状未确认）"]
    finding = make_finding(KIND, entry["platform"], entry["account_id"], score=score, reasons=reasons,
                           evidence=evidence, unit=entry.get("unit"))
    since = first_seen.get(finding_key(finding), as_of)
    count = calendar.between(since, as_of, tz)
    days = (count.end - count.start).days if unit == "day" else count.days
    days = max(days, 0)
    exceeded = days > deadline
    if exceeded and not evidence.get("minor"):
        score = min(1.0, score + 0.1)
    day = since.astimezone(ZoneInfo(tz)).date().isoformat()
    limit_zh = f"{deadline} 个工作日" if unit == "workday" else f"{deadline} 日"
    elapsed_zh = f"{days} 个工作日" if unit == "workday" else f"{days} 日"
    if days == 0:
        extra = [f"{day} 首次发现（报备时限 {limit_zh}）"]
    else:
        extra = [f"自 {day} 首次发现已 {elapsed_zh}，"
                 + (f"超过 {limit_zh}的报备时限" if exceeded else f"报备时限 {limit_zh}")]
    if count.note and unit == "workday":
        extra.append(f"注：{count.note}")
    evidence.update({"first_seen_at": iso(since), "workdays_since_first_seen": count.days,
                     "days_since_first_seen": max((count.end - count.start).days, 0),
                     "filing_deadline_workdays": deadline, "filing_deadline_unit": unit, "deadline_exceeded": exceeded,
                     "calendar": "official" if count.official or unit == "day" else "weekday_fallback",
                     "calendar_note": count.note if unit == "workday" else None})
    return make_finding(KIND, entry["platform"], entry["account_id"], score=score, reasons=reasons + extra,
                        evidence=evidence, unit=entry.get("unit"))
