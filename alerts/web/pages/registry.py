"""The registry of official accounts, searchable and filtered by platform, region and status."""

from __future__ import annotations

import math

from flask import Blueprint, render_template, request

from alerts.web.pages.common import SEARCH_LIMIT, cfg, matching_rows, page_number, store
from core.records import PLATFORMS

bp = Blueprint("registry", __name__)


@bp.route("/registry")
def registry():
    q = (request.args.get("q") or "").strip()[:100]
    filters = {k: request.args[k] for k in ("platform", "region", "status") if request.args.get(k)}
    size = cfg()["web.page_size"]
    if q:
        hits, truncated = matching_rows("registry", q, filters, SEARCH_LIMIT)
        total = len(hits)
        page = page_number(total, size)
        items = hits[(page - 1) * size: page * size]
    else:
        truncated = False
        total = store().count("registry", filters)
        page = page_number(total, size)
        items = list(store().scan("registry", filters, sort=[("region", "asc"), ("unit", "asc"), ("_id", "asc")],
                                  limit=size, offset=(page - 1) * size))
    args = {k: v for k, v in request.args.items() if k != "page"}
    return render_template("registry.html", items=items, total=total, truncated=truncated, limit=SEARCH_LIMIT, q=q, page=page, args=args,
                           pages=max(1, math.ceil(total / size)), PLATFORMS=PLATFORMS)
