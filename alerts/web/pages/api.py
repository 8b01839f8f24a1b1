"""JSON endpoints for scripts: the alert list (same filters as the page) and counts."""

from __future__ import annotations

from collections import Counter

from flask import Blueprint, request

from alerts.web.pages.alerts import query_alerts
from alerts.web.pages.common import store

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.route("/alerts")
def api_alerts():
    items, total, query = query_alerts(request.args)
    return {"total": total, "page": query["page"], "truncated": query["truncated"],
            "items": [{k: v for k, v in a.items() if k not in ("finding", "evidence")} for a in items]}


@bp.route("/stats")
def api_stats():
    alerts = list(store().scan("alerts"))
    return {name: dict(Counter(a.get(name) or "" for a in alerts))
            for name in ("kind", "state", "platform", "region", "severity")}
