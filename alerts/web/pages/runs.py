"""Run history: crawls, detections, sweeps and their alert summaries."""

from __future__ import annotations

from flask import Blueprint, render_template

from alerts.lifecycle import RUN_SUMMARY_ALERT_ID
from alerts.web.pages.common import store

bp = Blueprint("runs", __name__)


@bp.route("/runs")
def runs():
    items = list(store().scan("runs", sort=[("started_at", "desc")], limit=100))
    summaries = {r.get("run_id"): r for r in store().scan("alert_history", {"alert_id": RUN_SUMMARY_ALERT_ID},
                                                           sort=[("at", "desc")], limit=200)}
    return render_template("runs.html", items=items, summaries=summaries)
