"""The overview (dashboard): open alerts by severity, kind, state, platform and region, and the trend of runs."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict

from flask import Blueprint, render_template

from alerts.lifecycle import OPEN_STATES, RUN_SUMMARY_ALERT_ID
from alerts.subject import subject_of
from alerts.web.helpers import local_time, trend_svg
from alerts.web.pages.common import cfg, store
from core.records import now_utc, parse_time

bp = Blueprint("overview", __name__)
TOP_ROWS = 10  # open alerts listed on the overview, most severe and most recent first


@bp.route("/")
def dashboard():
    alerts = list(store().scan("alerts"))
    counts = {name: Counter(a.get(name) or "" for a in alerts) for name in ("kind", "state", "platform", "region")}
    open_alerts = [a for a in alerts if a.get("state") in OPEN_STATES]
    by_severity = Counter(a.get("severity") for a in open_alerts)
    top = sorted(open_alerts, key=lambda a: (int(a.get("severity_rank") or 0), str(a.get("last_seen") or "")),
                 reverse=True)[:TOP_ROWS]
    top = [{**a, "subject": asdict(subject_of(a))} for a in top]
    takedowns = _open_takedowns(alerts)
    runs = list(store().scan("alert_history", {"alert_id": RUN_SUMMARY_ALERT_ID}, sort=[("at", "desc")],
                             limit=30))[::-1]
    stamps = [local_time(r.get("at"), cfg()["general.timezone"]) for r in runs]
    # "MM-DD", or "MM-DD HH:MM" when several runs share a day (a chart of identical labels says nothing)
    same_day = len({t[:10] for t in stamps}) < len(stamps)
    points = [{"label": t[5:16] if same_day else t[5:10], "open": r.get("open"), "created": r.get("created")}
              for t, r in zip(stamps, runs)]
    return render_template("dashboard.html", counts=counts, total=len(alerts), open_count=len(open_alerts),
                           by_severity=by_severity, top=top, takedowns=takedowns,
                           confirm_runs=cfg()["alerts.takedown_confirm_runs"], chart=trend_svg(points), runs=runs[::-1][:5])


def _open_takedowns(alerts: list[dict]) -> list[dict]:
    """Alerts waiting for the platform to remove the account, oldest request first, with the age in days."""
    now = now_utc()
    out = []
    for a in alerts:
        if a.get("state") != "takedown_requested":
            continue
        filed = a.get("takedown_filed_at") or a.get("state_changed_at")
        try:
            age = (now - parse_time(filed)).total_seconds() / 86400 if filed else None
        except (TypeError, ValueError):
            age = None
        out.append({**a, "filed": filed, "age_days": None if age is None else max(0, int(age)),
                    "subject": asdict(subject_of(a))})
    out.sort(key=lambda a: str(a.get("filed") or ""))
    return out
