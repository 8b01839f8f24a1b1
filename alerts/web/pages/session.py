"""Logging in and out."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for

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
        if auth.login_blocked(username):
            auth.audit("login_blocked", user=username)
            error, status = "登录失败次数过多，请稍后再试。", 429
        else:
            user = authenticate(store(), username, password)
            if user is None:
                auth.audit("login_failed", user=username)
                error, status = "用户名或密码错误。", 401
            else:
                auth.start_session(user)
                auth.audit("login", user=user["username"])
                return redirect(safe_next(request.args.get("next")))
    return render_template("login.html", error=error), status


@bp.route("/logout", methods=["POST"])
def logout():
    auth.audit("logout")
    session.clear()
    flash("已退出登录。")
    return redirect(url_for("session.login"))
