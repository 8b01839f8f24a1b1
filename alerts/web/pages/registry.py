"""The registry of official accounts, searchable and filtered by platform, region and status."""

from __future__ import annotations

import math

from flask import Blueprint, render_template, request

from alerts.web.pages.common import cfg, page_number, store
from core.records import PLATFORMS

bp = Blueprint("registry", __name__)


@bp.route("/registry")
def registry():
    q = (request.args.get("q") or "").strip()[:100]
    filters = {k: request.args[k] for k in ("platform", "region", "status") if request.args.get(k)}
    size = cfg()["web.page_size"]
    if q:
        hits = store().search("registry", q, filters=filters, limit=1000)
        total = len(hits)
        page = page_number(total, size)
        items = hits[(page - 1) * size: page * size]
    else:
        total = store().count("registry", filters)
        page = page_number(total, size)
        items = list(store().scan("registry", filters, sort=[("region", "asc"), ("unit", "asc"), ("_id", "asc")],
                                  limit=size, offset=(page - 1) * size))
    args = {k: v for k, v in request.args.items() if k != "page"}
    return render_template("registry.html", items=items, total=total, q=q, page=page, args=args,
                           pages=max(1, math.ceil(total / size)), PLATFORMS=PLATFORMS)
