"""Link and menu sweep results, failures first, with their screenshots."""

from __future__ import annotations

import math

from flask import Blueprint, abort, render_template, request

from alerts.files import screenshot_file
from alerts.web.pages.common import cfg, image_response, page_number, store

bp = Blueprint("sweeps", __name__)


@bp.route("/sweeps")
def sweeps():
    status = request.args.get("status") or ""
    filters = {"status": status} if status else {"status": {"ne": "ok"}} if request.args.get("all") != "1" else {}
    size = cfg()["web.page_size"]
    total = store().count("sweeps", filters)
    page = page_number(total, size)
    items = list(store().scan("sweeps", filters, sort=[("checked_at", "desc"), ("_id", "asc")], limit=size,
                              offset=(page - 1) * size))
    shots = {s["_id"] for s in items if screenshot_file(cfg().data_dir, s.get("screenshot"))}
    args = {k: v for k, v in request.args.items() if k != "page"}
    return render_template("sweeps.html", items=items, total=total, page=page, args=args, shots=shots,
                           pages=max(1, math.ceil(total / size)), status=status)


@bp.route("/sweeps/<sweep_id>/screenshot")
def sweep_screenshot(sweep_id):
    doc = store().get("sweeps", sweep_id)
    if doc is None:
        abort(404)
    return image_response(screenshot_file(cfg().data_dir, doc.get("screenshot")))
