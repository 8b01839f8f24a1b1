"""The audit log (administrators only)."""

from __future__ import annotations

import math

from flask import Blueprint, render_template

from alerts.users import ROLE_ZH, list_users
from alerts.web import auth
from alerts.web.pages.common import page_number, store

bp = Blueprint("audit", __name__)


@bp.route("/audit")
@auth.require_role("admin")
def audit_log():
    size = 100
    total = store().count("audit")
    page = page_number(total, size)
    items = list(store().scan("audit", sort=[("at", "desc"), ("_id", "asc")], limit=size,
                              offset=(page - 1) * size))
    return render_template("audit.html", items=items, page=page, pages=max(1, math.ceil(total / size)),
                           users=list_users(store()), ROLE_ZH=ROLE_ZH, args={})
