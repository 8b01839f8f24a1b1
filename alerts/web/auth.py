"""Login, sessions, roles, CSRF and the audit log of the review UI.

* Every endpoint needs a logged-in user except ``session.login`` and ``static`` (``PUBLIC_ENDPOINTS``).
* Sessions are Flask's signed cookies: HttpOnly, SameSite=Lax, Secure when ``web.cookie_secure`` is set or
  ``general.base_url`` is https. A session ends when the password changes or the user is disabled/removed.
* Every POST (and other state-changing method) must carry the session's CSRF token (form field ``csrf_token``
  or header ``X-CSRF-Token``), the login form included.
* Failed logins are counted per username and per client address in the audit log; after
  ``web.login_max_attempts`` within ``web.login_window_minutes`` further attempts are refused (HTTP 429).
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from datetime import timedelta
from functools import wraps

from flask import abort, current_app, g, request, session

from alerts.lifecycle import stamp
from alerts.users import role_at_least
from core.records import now_utc

PUBLIC_ENDPOINTS = frozenset({"session.login", "static"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    if request.method in SAFE_METHODS:
        return
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    expected = session.get("csrf") or ""
    if not expected or not hmac.compare_digest(sent, expected):
        audit("csrf_refused", detail=request.path)
        abort(400, description="请求缺少有效的 CSRF 令牌，请刷新页面后重试。")


def load_user() -> None:
    g.user = None
    username = session.get("user")
    if not username:
        return
    user = current_app.config["STORE"].get("users", username)
    if not user or user.get("disabled") or user.get("password_changed_at") != session.get("pwc"):
        session.clear()
        return
    g.user = user


def client_addr() -> str:
    return request.remote_addr or "?"


def audit(action: str, *, user: str | None = None, detail: object = None, **extra) -> None:
    store = current_app.config["STORE"]
    who = user if user is not None else (g.user["username"] if getattr(g, "user", None) else None)
    store.upsert("audit", [{"_id": uuid.uuid4().hex, "at": stamp(None, current_app.config["GW"]), "user": who,
                            "action": action, "ip": client_addr(), "detail": detail, **extra}])


def login_blocked(username: str) -> bool:
    cfg = current_app.config["GW"]
    store = current_app.config["STORE"]
    since = stamp(now_utc() - timedelta(minutes=cfg["web.login_window_minutes"]), cfg)
    limit = cfg["web.login_max_attempts"]
    by_user = store.count("audit", {"action": "login_failed", "user": username, "at": {"gte": since}})
    by_addr = store.count("audit", {"action": "login_failed", "ip": client_addr(), "at": {"gte": since}})
    return by_user >= limit or by_addr >= limit * 3


def start_session(user: dict) -> None:
    session.clear()
    session.permanent = True
    session["user"] = user["username"]
    session["pwc"] = user.get("password_changed_at")
    session["csrf"] = secrets.token_urlsafe(32)


def require_role(role: str):
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not g.user or not role_at_least(g.user.get("role"), role):
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return decorator
