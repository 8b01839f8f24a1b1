"""Login, sessions, roles, CSRF, the origin check, login throttling and the audit log of the review UI.

* Every endpoint needs a logged-in user except ``session.login`` and ``static`` (``PUBLIC_ENDPOINTS``); pages
  redirect to the login form, ``/api/…`` and state-changing requests get a JSON 401.
* Users are loaded by Flask-Login. A login creates a *session record* in the store's ``sessions`` collection;
  the signed session cookie (HttpOnly, SameSite=Lax, Secure over https) carries only a random token whose
  SHA-256 is the record's id. The record is checked on every request: the session ends when the record is gone
  (logout, password change, user disabled or removed — ``alerts.users.end_sessions``), after
  ``web.session_idle_minutes`` without a request, and ``web.session_hours`` after the login. A cookie copied
  before any of these stops working, and even a stolen signing key cannot make a session: the token must match
  a live record.

  Why not Flask-Session: its backends (Redis, Memcached, files, SQL, MongoDB, DynamoDB) would add a second
  storage system beside the store govwatch already runs on SQLite *or* Elasticsearch, and none of them can end
  all sessions of one user (records are keyed by session only). A small record per login in the store does both,
  on either backend; Flask-Login still does the user handling around it.
* CSRF: Flask-WTF's CSRFProtect on every POST (form field ``csrf_token`` or header ``X-CSRF-Token``), the
  login form included. A state-changing request that carries an ``Origin`` header must come from this site
  (the request's own origin or ``general.base_url``).
* Login throttling (``LoginThrottle``): per user *and* address together, with a growing wait instead of a
  hard lock; Flask-Limiter caps login form submissions per address (``web.login_requests_per_minute``,
  in-memory: the review UI is one waitress process).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import uuid
from datetime import datetime, timedelta
from functools import wraps
from urllib.parse import urlsplit

from flask import abort, current_app, g, request, session
from flask_login import LoginManager, UserMixin, login_user, logout_user

from alerts.lifecycle import stamp
from alerts.users import role_at_least
from core.records import iso, now_utc

PUBLIC_ENDPOINTS = frozenset({"session.login", "static"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOKEN_KEY = "gw_session"  # the session token in the signed cookie


class User(UserMixin):
    """The Flask-Login view of a ``users`` document."""

    def __init__(self, doc: dict):
        self.doc = doc

    def get_id(self) -> str:
        return self.doc["username"]


def _record_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _parse(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _load_user(user_id: str) -> User | None:
    """Flask-Login's user loader: the user only while this cookie's session record is alive."""
    token = session.get(TOKEN_KEY)
    if not isinstance(token, str) or not token:
        return None
    store, cfg = current_app.config["STORE"], current_app.config["GW"]
    record = store.get("sessions", _record_id(token))
    now = now_utc()
    if record is None or record.get("user") != user_id:
        return None
    expires, last_seen = _parse(record.get("expires_at")), _parse(record.get("last_seen"))
    idle = timedelta(minutes=cfg["web.session_idle_minutes"])
    if expires is None or last_seen is None or now >= expires or now - last_seen >= idle:
        store.delete("sessions", [record["_id"]])
        return None
    user = store.get("users", user_id)
    if not user or user.get("disabled"):
        return None
    if now - last_seen >= min(timedelta(minutes=1), idle / 4):  # at most one write a minute per session
        store.update("sessions", record["_id"], {"last_seen": iso(now)})
    return User(user)


def init_app(app) -> LoginManager:
    manager = LoginManager(app)
    manager.user_loader(_load_user)
    return manager


def start_session(user: dict) -> None:
    """A fresh session (new cookie contents, new CSRF token) and its record in the store."""
    store, cfg = current_app.config["STORE"], current_app.config["GW"]
    now = now_utc()
    store.delete_where("sessions", {"expires_at": {"lt": iso(now)}})  # housekeeping
    session.clear()
    session.permanent = True
    token = secrets.token_urlsafe(32)
    store.upsert("sessions", [{"_id": _record_id(token), "user": user["username"], "created_at": iso(now),
                               "last_seen": iso(now), "ip": client_addr(),
                               "user_agent": (request.user_agent.string or "")[:200],
                               "expires_at": iso(now + timedelta(hours=cfg["web.session_hours"]))}])
    store.refresh("sessions")
    session[TOKEN_KEY] = token
    login_user(User(user))


def end_session() -> None:
    token = session.get(TOKEN_KEY)
    if isinstance(token, str) and token:
        current_app.config["STORE"].delete("sessions", [_record_id(token)])
    logout_user()
    session.clear()


def _origin(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def check_origin() -> None:
    """A state-changing request with an ``Origin`` header must come from this site (403 otherwise)."""
    if request.method in SAFE_METHODS or "Origin" not in request.headers:
        return
    allowed = {_origin(request.host_url), _origin(current_app.config["GW"]["general.base_url"])} - {None}
    if _origin(request.headers["Origin"]) not in allowed:
        audit("origin_refused", detail={"path": request.path, "origin": request.headers["Origin"][:200]})
        abort(403, description="请求来自其他网站（Origin 不符），已拒绝。")


def client_addr() -> str:
    return request.remote_addr or "?"


def audit(action: str, *, user: str | None = None, detail: object = None, **extra) -> None:
    store = current_app.config["STORE"]
    who = user if user is not None else (g.user["username"] if getattr(g, "user", None) else None)
    store.upsert("audit", [{"_id": uuid.uuid4().hex, "at": stamp(None, current_app.config["GW"]), "user": who,
                            "action": action, "ip": client_addr(), "detail": detail, **extra}])


class LoginThrottle:
    """Password-guess throttling: atomic, per user and address together, with a back-off instead of a lock.

    Three counters of recent failures: (user, address), user, and address. The first ``free`` failures of a
    (user, address) pair — ``3 × free`` for a user from all addresses, or an address against all users — cost
    nothing; after that each attempt must wait ``base`` seconds after the last failure, doubling with every
    further failure up to ``cap``. A counter is forgotten after ``window`` seconds without a failure; a
    successful login clears its (user, address) counter. An attacker elsewhere can therefore slow a user down
    by at most ``cap`` seconds per attempt, never lock them out.

    ``acquire`` checks and counts an attempt under one lock *before* the password is verified (and ``succeeded``
    takes it back), so a concurrent burst gets exactly the allowed number of guesses. Flask-Limiter's strategies
    are fixed and moving windows, not a back-off that grows with each failure, and it has no way to take back
    the hit of an attempt that succeeded; hence this small class. State is in memory, like Flask-Limiter's
    storage here: the review UI is a single waitress process.
    """

    MAX_KEYS = 100_000

    def __init__(self, *, free: int, window: float, base: float, cap: float, clock=time.monotonic):
        self.free, self.window, self.base, self.cap, self.clock = free, window, base, cap, clock
        self._lock = threading.Lock()
        self._failures: dict[tuple, list[float]] = {}  # key -> [count, time of the last failure]

    def _keys(self, user: str, addr: str) -> list[tuple[tuple, int]]:
        return [(("pair", user, addr), self.free), (("user", user), 3 * self.free), (("addr", addr), 3 * self.free)]

    def _wait(self, key: tuple, free: int, now: float) -> float:
        count, last = self._failures.get(key, (0, 0.0))
        if now - last >= self.window:
            self._failures.pop(key, None)
            return 0.0
        if count < free:
            return 0.0
        return max(0.0, last + min(self.cap, self.base * 2 ** (count - free)) - now)

    def acquire(self, user: str, addr: str) -> float:
        """0 when the attempt may go ahead (it is counted as a failure until ``succeeded``), else the seconds
        to wait."""
        with self._lock:
            now = self.clock()
            if len(self._failures) > self.MAX_KEYS:  # many made-up names or addresses: forget the oldest half
                recent = sorted(self._failures.items(), key=lambda kv: kv[1][1])[-self.MAX_KEYS // 2:]
                self._failures = {k: v for k, v in recent if now - v[1] < self.window}
            keys = self._keys(user, addr)
            wait = max(self._wait(key, free, now) for key, free in keys)
            if wait > 0:
                return wait
            for key, _ in keys:
                count = self._failures.get(key, (0, 0.0))[0]
                self._failures[key] = [count + 1, now]
            return 0.0

    def succeeded(self, user: str, addr: str) -> None:
        with self._lock:
            for key, _ in self._keys(user, addr):
                if key[0] == "pair":
                    self._failures.pop(key, None)
                elif key in self._failures:
                    self._failures[key][0] = max(0, self._failures[key][0] - 1)


def throttle() -> LoginThrottle:
    return current_app.extensions["govwatch_login_throttle"]


def make_throttle(cfg) -> LoginThrottle:
    return LoginThrottle(free=cfg["web.login_max_attempts"], window=cfg["web.login_window_minutes"] * 60,
                         base=cfg["web.login_backoff_seconds"], cap=cfg["web.login_backoff_max_seconds"])


def require_role(role: str):
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not g.user or not role_at_least(g.user.get("role"), role):
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return decorator
