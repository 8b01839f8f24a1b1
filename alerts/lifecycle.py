"""Findings become alerts: one alert per problem (the dedup key), with a state a reviewer moves along.

States and who moves them::

    new ──> confirmed ──> takedown_requested ──> taken_down
     │          │                 │
     ├──────────┴──> dismissed (false positive; optionally allow-listed: never raised again)
     └──────────────> resolved  (automatically after ``alerts.resolve_after_runs`` runs without the finding,
                                 or by a reviewer)

Rules ``ingest`` applies for each run:

* the alert id is ``core.records.finding_key`` (kind + platform + account_id + target [+ subject]), so
  re-running a job never makes a second alert for the same problem; ``occurrences`` counts the runs that saw it
  (ingesting the same ``run_id`` twice counts once);
* a finding on an allow-listed alert (or on an account allow-listed for that kind) changes nothing visible;
* a ``resolved`` or ``taken_down`` alert whose finding comes back is re-opened (state ``new``) — a ``taken_down``
  one only when its account's record does not say ``gone``, ``blocked`` or ``failed`` (detectors still judge the
  stored profile of a removed account; only the platform showing it again re-opens the alert);
* a ``dismissed`` alert (not allow-listed) stays dismissed while the finding keeps appearing; it is re-opened when
  the finding comes back after having been absent for ``alerts.resolve_after_runs`` runs, or when its severity
  rises above what was dismissed;
* an open alert (new / confirmed / takedown_requested) whose kind this run checked, absent for
  ``alerts.resolve_after_runs`` consecutive runs, becomes ``resolved``. The kinds a run checked are the ``kinds``
  the caller names; without them, only the kinds present in the run's findings (an empty run checks nothing);
* absent is not the same as unseen: a run that could not look at an alert's account does not count it as
  absent (``missed_runs`` stays as it was, the alert is listed in ``IngestResult.unverified``). A run could not
  look when

  (a) it has a ``platform_blocked`` finding for the alert's platform, either for the whole platform (empty
      ``account_id``) or for the alert's own account;
  (b) the alert's account record (``accounts``, id ``platform:account_id``) has ``crawl_status`` ``blocked`` or
      ``failed`` (the detectors skip such accounts, so their silence proves nothing);
  (c) it has a ``crawl_health`` finding for the alert's platform (the crawl of that platform was abnormal);
  (d) the caller says so: ``unchecked`` names (platform, account_id) pairs the run could not look at (a link
      sweep whose start page did not load has not seen the site's other links).

  ``platform_blocked`` alerts themselves are exempt (their absence is what shows the platform is reachable
  again), and (c) does not shield ``crawl_health`` alerts (their absence shows the crawl is healthy again).

Every state change is written to ``alert_history`` (who, when, from, to, note). Each run also leaves one
``event = "run"`` summary there (``alert_id = "@run"``), which the dashboard draws as the trend.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from alerts.severity import SEVERITY_ZH, rank, severity_of
from core.records import FINDING_KIND_ZH, PLATFORM_ZH, account_key, finding_key, iso, now_utc, stable_hash
from core.schemas import Finding
from core.settings import defaults

STATES = ("new", "confirmed", "takedown_requested", "taken_down", "dismissed", "resolved")
STATE_ZH = {"new": "待审核", "confirmed": "已确认", "takedown_requested": "已申请下线", "taken_down": "已下线",
            "dismissed": "已排除（误报）", "resolved": "已解决"}
OPEN_STATES = ("new", "confirmed", "takedown_requested")
SYSTEM_USER = "system"

# What a reviewer may do from each state.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"confirmed", "dismissed", "resolved"}),
    "confirmed": frozenset({"takedown_requested", "dismissed", "resolved", "new"}),
    "takedown_requested": frozenset({"taken_down", "confirmed", "resolved"}),
    "taken_down": frozenset({"confirmed"}),
    "dismissed": frozenset({"new"}),
    "resolved": frozenset({"new"}),
}
RUN_SUMMARY_ALERT_ID = "@run"


class IllegalTransition(ValueError):
    """A state change the lifecycle does not allow; the message is Chinese and names both states."""


class AlertNotFound(KeyError):
    pass


@dataclass
class IngestResult:
    run_id: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)
    suppressed: list[str] = field(default_factory=list)  # allow-listed / dismissed: seen, nothing to do
    unverified: list[str] = field(default_factory=list)  # not seen, but the run could not look: not counted absent

    def summary(self) -> dict:
        return {k: len(getattr(self, k))
                for k in ("created", "updated", "reopened", "resolved", "suppressed", "unverified")}


def _tz(cfg) -> ZoneInfo:
    return ZoneInfo((cfg or defaults())["general.timezone"])


def stamp(now: datetime | None, cfg=None) -> str:
    """ISO time in the configured zone (all alert times share one offset, so they sort as text)."""
    now = now or now_utc()
    if now.tzinfo is None:
        now = now.replace(tzinfo=_tz(cfg))
    return iso(now.astimezone(_tz(cfg)))


def _history_doc(alert_id: str, event: str, *, user: str, at: str, from_state=None, to_state=None,
                 note: str = "", run_id: str | None = None, deterministic: bool = False, **extra) -> dict:
    doc_id = (stable_hash("history", alert_id, event, run_id, from_state, to_state) if deterministic
              else uuid.uuid4().hex)
    return {"_id": doc_id, "alert_id": alert_id, "event": event, "user": user, "at": at, "from": from_state,
            "to": to_state, "note": note or "", "run_id": run_id, **extra}


class _Records:
    """Account and registry records the findings refer to, fetched in bulk once per ingest."""

    def __init__(self, store, findings: Iterable[dict] = ()):
        self.store = store
        self.cache: dict[tuple[str, str], dict] = {}
        wanted: set[str] = set()
        for f in findings:
            target = f.get("target") if isinstance(f.get("target"), dict) else {}
            for platform, account_id in ((f.get("platform"), f.get("account_id")),
                                         (target.get("platform"), target.get("account_id"))):
                if platform and account_id:
                    wanted.add(account_key(platform, account_id))
        for collection in ("accounts", "registry"):
            found = store.get_many(collection, sorted(wanted)) if wanted else {}
            for key in wanted:
                self.cache[(collection, key)] = found.get(key) or {}

    def get(self, collection: str, platform, account_id) -> dict:
        if not platform or not account_id:
            return {}
        key = (collection, account_key(platform, account_id))
        if key not in self.cache:
            self.cache[key] = self.store.get(collection, key[1]) or {}
        return self.cache[key]


def describe(store, finding: dict, cfg=None, records: _Records | None = None) -> dict:
    """Fields denormalised onto the alert for the UI and notifications (names, region, unit…)."""
    records = records or _Records(store)
    platform, account_id = finding.get("platform"), finding.get("account_id")
    target = finding.get("target") if isinstance(finding.get("target"), dict) else {}
    ev = finding.get("evidence") or {}
    account = records.get("accounts", platform, account_id)
    own_entry = records.get("registry", platform, account_id)
    target_entry = records.get("registry", target.get("platform"), target.get("account_id"))
    official = target_entry or own_entry
    name = (finding.get("name") or ev.get("name") or ev.get("suspect_name") or account.get("name")
            or own_entry.get("name") or ev.get("url") or account_id or "")
    target_name = target.get("name") or target_entry.get("name") or ""
    unit = finding.get("unit") or official.get("unit") or ev.get("target_unit") or ""
    region = finding.get("region") or official.get("region") or ""
    kind = finding.get("kind")
    kind_zh = FINDING_KIND_ZH.get(kind, kind or "")
    title = f"{kind_zh}：{name}" + (f"（疑仿冒“{target_name}”）" if kind == "impostor" and target_name else "")
    return {
        "name": str(name), "target_name": str(target_name), "unit": str(unit), "region": str(region),
        "kind_zh": kind_zh, "platform_zh": PLATFORM_ZH.get(platform, platform or ""),
        "url": finding.get("url") or account.get("url") or ev.get("url") or "",
        "title": title,
    }


def _alert_from(store, finding: dict, key: str, run_id: str, at: str, cfg, records: _Records) -> dict:
    severity = severity_of(finding, cfg)
    return {
        "_id": key, "key": key, "kind": finding.get("kind"), "platform": finding.get("platform"),
        "account_id": finding.get("account_id"), "target": finding.get("target"),
        "score": finding.get("score"), "severity": severity, "severity_rank": rank(severity),
        "severity_zh": SEVERITY_ZH[severity], "reasons": list(finding.get("reasons") or []),
        "reasons_text": finding.get("reasons_text") or "；".join(finding.get("reasons") or []),
        "evidence": finding.get("evidence") or {}, "detected_at": finding.get("detected_at"),
        "finding": finding, **describe(store, finding, cfg, records),
        "last_seen": at, "last_run_id": run_id, "missed_runs": 0, "last_missed_run": None,
    }


UNCRAWLED_STATUSES = ("blocked", "failed")
NOT_SEEN_STATUSES = ("gone",) + UNCRAWLED_STATUSES  # the last refresh did not see the account alive


class _Blindness:
    """What one run could not look at: blocked platforms and accounts, unhealthy platforms, uncrawled accounts.

    The account records are read once, in bulk, for the unseen alerts a platform-level rule does not already
    cover."""

    def __init__(self, store, findings: Iterable[dict], unseen: list[dict],
                 unchecked: Iterable[tuple[str, str]] = ()):
        self.blocked_platforms: set[str] = set()
        self.blocked_accounts: set[tuple[str, str]] = {(str(p), str(a)) for p, a in unchecked}
        self.unhealthy_platforms: set[str] = set()
        for f in findings:
            platform = f.get("platform")
            if not platform:
                continue
            if f.get("kind") == "platform_blocked":
                if f.get("account_id"):
                    self.blocked_accounts.add((platform, str(f["account_id"])))
                else:
                    self.blocked_platforms.add(platform)
            elif f.get("kind") == "crawl_health":
                self.unhealthy_platforms.add(platform)
        wanted = {account_key(a["platform"], a["account_id"]) for a in unseen
                  if a.get("platform") and a.get("account_id") and self._platform_level(a) is None}
        self.uncrawled = {key for key, doc in (store.get_many("accounts", sorted(wanted)) if wanted else {}).items()
                          if (doc or {}).get("crawl_status") in UNCRAWLED_STATUSES}

    def _platform_level(self, alert: dict) -> str | None:
        kind, platform = alert.get("kind"), alert.get("platform")
        if kind == "platform_blocked":
            return None
        if platform in self.blocked_platforms:
            return "platform_blocked"
        if platform in self.unhealthy_platforms and kind != "crawl_health":
            return "crawl_health"
        return None

    def covers(self, alert: dict) -> bool:
        """True when the run could not look at what ``alert`` is about."""
        if alert.get("kind") == "platform_blocked":
            return False
        if self._platform_level(alert):
            return True
        platform, account_id = alert.get("platform"), alert.get("account_id")
        if not platform or not account_id:
            return False
        return ((platform, str(account_id)) in self.blocked_accounts
                or account_key(platform, account_id) in self.uncrawled)


def _allow_list(store) -> tuple[set[str], set[tuple]]:
    keys: set[str] = set()
    accounts: set[tuple] = set()
    for alert in store.scan("alerts", {"allowlisted": True}):
        keys.add(alert["_id"])
        if alert.get("allowlist_scope") == "account":
            accounts.add((alert.get("kind"), alert.get("platform"), alert.get("account_id")))
    return keys, accounts


def ingest(store, findings: Iterable[Finding], run_id: str, now: datetime | None = None, cfg=None, *,
           kinds: Iterable[str] | None = None, unchecked: Iterable[tuple[str, str]] = ()) -> IngestResult:
    """Turn one run's findings into alerts (see the module docstring for the rules).

    ``kinds`` are the finding kinds this run checked (default: the kinds present in ``findings``); alerts of
    other kinds are not counted as absent, so a link sweep does not resolve impostor alerts. Pass
    ``kinds=FINDING_KINDS`` for a run that checked everything."""
    at = stamp(now, cfg)
    resolve_after = (cfg or defaults())["alerts.resolve_after_runs"]
    checked = set(kinds) if kinds is not None else set()
    result = IngestResult(run_id)
    allowed_keys, allowed_accounts = _allow_list(store)

    batch: dict[str, dict] = {}
    for finding in findings:
        key = finding_key(finding)
        if key not in batch or float(finding.get("score") or 0) > float(batch[key].get("score") or 0):
            batch[key] = finding
        checked.add(finding.get("kind"))

    records = _Records(store, batch.values())
    existing_all = store.get_many("alerts", sorted(batch)) if batch else {}
    out: dict[str, dict] = {}  # alert documents to write (whole documents)
    events: list[dict] = []  # alert_history documents to write
    for key, finding in batch.items():
        fresh = _alert_from(store, finding, key, run_id, at, cfg, records)
        existing = existing_all.get(key)
        if existing is None:
            if (finding.get("kind"), finding.get("platform"), finding.get("account_id")) in allowed_accounts:
                result.suppressed.append(key)
                continue
            fresh.update(state="new", first_seen=at, first_run_id=run_id, occurrences=1, reopen_count=0,
                         allowlisted=False, updated_at=at, updated_by=SYSTEM_USER, state_changed_at=at)
            out[key] = fresh
            events.append(_history_doc(key, "created", user=SYSTEM_USER, at=at, to_state="new", run_id=run_id,
                                       note="检测首次发现", deterministic=True))
            result.created.append(key)
            continue
        same_run = existing.get("last_run_id") == run_id
        fresh["occurrences"] = int(existing.get("occurrences") or 0) + (0 if same_run else 1)
        state = existing.get("state")
        if existing.get("allowlisted") or key in allowed_keys:
            for name in ("severity", "severity_rank", "severity_zh"):
                fresh.pop(name, None)
            out[key] = {**existing, **fresh}
            result.suppressed.append(key)
            continue
        reopen_note = None
        if state == "taken_down" and (records.get("accounts", existing.get("platform"), existing.get("account_id"))
                                      .get("crawl_status") in NOT_SEEN_STATUSES):
            pass  # a finding from the stored profile of an account the platform no longer shows (or we could not see)
        elif state in ("resolved", "taken_down"):
            reopen_note = "已解决的告警再次出现" if state == "resolved" else "已下线的账号再次出现"
        elif state == "dismissed":
            if existing.get("absent_since_dismissal"):
                reopen_note = "已排除的问题消失后再次出现"
            elif rank(fresh["severity"]) > rank(existing.get("dismissed_severity") or existing.get("severity")):
                reopen_note = "已排除的问题严重度升高"
        if reopen_note and not same_run:
            fresh.update(state="new", reopen_count=int(existing.get("reopen_count") or 0) + 1,
                         state_changed_at=at, updated_at=at, updated_by=SYSTEM_USER,
                         absent_since_dismissal=False, resolved_at=None)
            events.append(_history_doc(key, "reopened", user=SYSTEM_USER, at=at, from_state=state, to_state="new",
                                       run_id=run_id, note=reopen_note, deterministic=True))
            result.reopened.append(key)
        else:
            (result.suppressed if state == "dismissed" else result.updated).append(key)
        out[key] = {**existing, **fresh}

    # Absence: open (and dismissed) alerts of the checked kinds that this run did not see…
    checked_kinds = sorted(k for k in checked if k)
    candidates = (store.scan("alerts", {"kind": checked_kinds, "state": list(OPEN_STATES) + ["dismissed"]})
                  if checked_kinds else ())
    unseen = [a for a in candidates if a["_id"] not in batch and a.get("last_run_id") != run_id
              and a.get("last_missed_run") != run_id]
    # …and that it could have seen (see the module docstring).
    blind = _Blindness(store, batch.values(), unseen, unchecked)
    for alert in unseen:
        key = alert["_id"]
        if blind.covers(alert):
            result.unverified.append(key)
            continue
        missed = int(alert.get("missed_runs") or 0) + 1
        alert.update(missed_runs=missed, last_missed_run=run_id)
        if missed >= resolve_after:
            if alert.get("state") == "dismissed":
                alert["absent_since_dismissal"] = True
            else:
                events.append(_history_doc(key, "resolved", user=SYSTEM_USER, at=at, from_state=alert.get("state"),
                                           to_state="resolved", run_id=run_id, deterministic=True,
                                           note=f"连续 {missed} 次运行未再出现，自动解决"))
                alert.update(state="resolved", resolved_at=at, state_changed_at=at, updated_at=at,
                             updated_by=SYSTEM_USER)
                result.resolved.append(key)
        out[key] = alert

    if out:
        store.upsert("alerts", list(out.values()))
    if events:
        store.upsert("alert_history", events)
    open_count = store.count("alerts", {"state": list(OPEN_STATES)})
    store.upsert("alert_history", [{
        "_id": stable_hash("run-summary", run_id), "alert_id": RUN_SUMMARY_ALERT_ID, "event": "run",
        "user": SYSTEM_USER, "at": at, "run_id": run_id, "seen": len(batch), "open": open_count,
        **result.summary()}])
    store.refresh()
    return result


def set_state(store, alert_id: str, new_state: str, *, user: str, note: str = "", now: datetime | None = None,
              cfg=None, allowlist: str | None = None) -> dict:
    """A reviewer moves an alert; refuses transitions not in ``TRANSITIONS``.

    ``allowlist`` (only with ``dismissed``): ``"alert"`` never raises this problem again, ``"account"`` never
    raises this kind of finding about this account again."""
    if new_state not in STATES:
        raise IllegalTransition(f"未知的状态“{new_state}”，可选：{'、'.join(STATES)}")
    alert = store.get("alerts", alert_id)
    if alert is None:
        raise AlertNotFound(alert_id)
    old = alert.get("state")
    if new_state not in TRANSITIONS.get(old, ()):
        raise IllegalTransition(
            f"不能把告警从“{STATE_ZH.get(old, old)}”改为“{STATE_ZH.get(new_state, new_state)}”")
    if allowlist not in (None, "alert", "account"):
        raise IllegalTransition(f"白名单范围应为 alert 或 account：{allowlist!r}")
    if allowlist and new_state != "dismissed":
        raise IllegalTransition("只有“已排除（误报）”可以加入白名单")
    at = stamp(now, cfg)
    changes = {"state": new_state, "state_changed_at": at, "updated_at": at, "updated_by": user,
               "last_note": note or ""}
    if new_state == "dismissed":
        changes.update(dismissed_severity=alert.get("severity"), absent_since_dismissal=False,
                       allowlisted=bool(allowlist), allowlist_scope=allowlist)
    if old == "dismissed":
        changes.update(allowlisted=False, allowlist_scope=None)
    if new_state == "resolved":
        changes["resolved_at"] = at
    updated = store.update("alerts", alert_id, changes)
    store.upsert("alert_history", [_history_doc(alert_id, "state", user=user, at=at, from_state=old,
                                                to_state=new_state, note=note, allowlist=allowlist)])
    store.refresh()
    return updated


def history(store, alert_id: str) -> list[dict]:
    return list(store.scan("alert_history", {"alert_id": alert_id}, sort=[("at", "asc")]))
