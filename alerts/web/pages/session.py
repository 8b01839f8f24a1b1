"""Logging in and out."""

from __future__ import annotations

import math

from flask import Blueprint, flash, redirect, render_template, request, url_for

from alerts.users import authenticate
from alerts.web import auth
from alerts.web.pages.common import safe_next, store

bp = Blueprint("session", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    error = None
    status = 200
    if request.method == "POST":
        username = (request.form.get("username") or "").strip()[:64]
        password = request.form.get("password") or ""
        addr = auth.client_addr()
        wait = auth.throttle().acquire(username, addr)
        if wait:
            auth.audit("login_blocked", user=username, detail={"wait_seconds": math.ceil(wait)})
            error, status = f"登录失败次数过多，请 {math.ceil(wait)} 秒后再试。", 429
        else:
            user = authenticate(store(), username, password)
            if user is None:
                auth.audit("login_failed", user=username)
                error, status = "用户名或密码错误。", 401
            else:
                auth.throttle().succeeded(username, addr)
                auth.start_session(user)
                auth.audit("login", user=user["username"])
                return redirect(safe_next(request.args.get("next")))
    return render_template("login.html", error=error), status


@bp.route("/logout", methods=["POST"])
def logout():
    auth.audit("logout")
    auth.end_session()
    flash("已退出登录。")
    return redirect(url_for("session.login"))
