"""Removal confirmed by the crawler: alerts in ``takedown_requested`` are re-checked on every nightly run.

The evidence is the account record the refresh spider writes (``accounts``, id ``platform:account_id``): its
``crawl_status`` and the ``run_id`` of the run that wrote it. A run's answer about an alert's account is

* ``gone`` — the record was written by this run and says ``gone`` (the platform said the account no longer
  exists; an empty answer only becomes ``gone`` in the second run that gets it, see ``crawler.spiders.common``);
* anything else — ``blocked``, ``failed`` (rate limits and network errors end there), ``ok``, or no record written
  by this run at all (the account was not looked at).

Only ``gone`` answers from ``alerts.takedown_confirm_runs`` consecutive runs (different run ids) move the alert to
``taken_down``; any other answer in between starts the count again. The alert keeps the answers
(``takedown_checks``) and, once confirmed, the evidence of absence (``takedown_absence``: the runs, their times,
the platform's words), which the state change's note repeats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from alerts.lifecycle import SYSTEM_USER, IllegalTransition, set_state, stamp
from core.records import account_key

FILED_STATE = "takedown_requested"
KEEP_CHECKS = 20  # answers kept on the alert (the newest)


@dataclass
class RemovalResult:
    run_id: str
    checked: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    gone_once: list[str] = field(default_factory=list)  # gone in this run, not yet enough runs
    not_gone: list[str] = field(default_factory=list)  # blocked / failed / ok / not looked at: count restarts

    def summary(self) -> dict:
        return {k: len(getattr(self, k)) for k in ("checked", "confirmed", "gone_once", "not_gone")}


def _answer(account: dict | None, run_id: str) -> dict:
    account = account or {}
    if account.get("run_id") != run_id:
        return {"status": "unseen", "note": "本次运行没有刷新该账号"}
    return {"status": account.get("crawl_status") or "ok", "note": str(account.get("crawl_error") or "")[:300],
            "refreshed_at": account.get("refreshed_at") or account.get("crawled_at")}


def confirm_takedowns(store, run_id: str, cfg, *, now: datetime | None = None) -> RemovalResult:
    """Record this run's answer for every ``takedown_requested`` alert; confirm removals (module docstring)."""
    needed = cfg["alerts.takedown_confirm_runs"]
    at = stamp(now, cfg)
    result = RemovalResult(run_id)
    alerts = [a for a in store.scan("alerts", {"state": FILED_STATE}) if a.get("platform") and a.get("account_id")]
    keys = sorted({account_key(a["platform"], a["account_id"]) for a in alerts})
    accounts = store.get_many("accounts", keys) if keys else {}
    for alert in alerts:
        checks = list(alert.get("takedown_checks") or [])
        if any(c.get("run_id") == run_id for c in checks):
            continue  # this run was counted already
        result.checked.append(alert["_id"])
        answer = {"run_id": run_id, "at": at, **_answer(accounts.get(account_key(alert["platform"],
                                                                                 alert["account_id"])), run_id)}
        checks = (checks + [answer])[-KEEP_CHECKS:]
        streak = []
        for check in reversed(checks):
            if check.get("status") != "gone":
                break
            streak.append(check)
        streak.reverse()
        changes: dict = {"takedown_checks": checks, "takedown_gone_runs": len(streak)}
        if len(streak) >= needed:
            absence = {"runs": [{k: c.get(k) for k in ("run_id", "at", "refreshed_at", "note")} for c in streak],
                       "confirmed_at": at}
            note = (f"连续 {len(streak)} 次运行平台答复账号不存在，确认已下线：" +
                    "；".join(f"{c['run_id']}（{c.get('refreshed_at') or c['at']}）{c.get('note') or ''}".strip()
                             for c in streak))
            store.update("alerts", alert["_id"], {**changes, "takedown_absence": absence})
            try:
                set_state(store, alert["_id"], "taken_down", user=SYSTEM_USER, note=note[:2000], now=now, cfg=cfg)
            except IllegalTransition:  # moved by a reviewer meanwhile: the answers are kept, nothing else
                continue
            result.confirmed.append(alert["_id"])
            continue
        store.update("alerts", alert["_id"], changes)
        (result.gone_once if streak else result.not_gone).append(alert["_id"])
    store.refresh()
    return result
