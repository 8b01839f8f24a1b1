"""The review web UI (Flask): ``create_app(cfg, store)``; ``govwatch serve`` runs it under waitress."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask, g, redirect, render_template, request, session, url_for
from flask.json.provider import DefaultJSONProvider
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import current_user
from flask_wtf.csrf import CSRFError, CSRFProtect
from markupsafe import Markup

from alerts.lifecycle import STATE_ZH
from alerts.severity import SEVERITY_ZH
from alerts.text import neutralise
from alerts.web import auth, helpers
from core.files import PRIVATE_FILE_MODE, private_dir, tighten
from core.records import FINDING_KIND_ZH, PLATFORM_ZH

HERE = Path(__file__).resolve().parent


def secret_key(cfg) -> str:
    """``web.secret_key``, else a random key kept in ``<data_dir>/web-secret.key`` (mode 0600)."""
    if cfg["web.secret_key"]:
        return cfg["web.secret_key"]
    path = cfg.data_dir / "web-secret.key"
    if path.is_file():
        tighten(path, PRIVATE_FILE_MODE)  # whoever can read the key can forge sessions
        return path.read_text(encoding="utf-8").strip()
    private_dir(path.parent)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key)
    return key


class HtmlSafeJSON(DefaultJSONProvider):
    """JSON responses with <, > and & as \\u escapes, so crawled text is inert even if sniffed as HTML."""

    ensure_ascii = False

    def dumps(self, obj, **kwargs) -> str:
        text = super().dumps(obj, **kwargs)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _neutral(value):
    """Jinja2 ``finalize``: crawled text shown on any page passes ``alerts.text.neutralise`` (line breaks kept)."""
    if isinstance(value, Markup):
        return Markup(neutralise(str(value), keep_lines=True))
    if isinstance(value, str):
        return neutralise(value, keep_lines=True)
    return value


def create_app(cfg, store=None) -> Flask:
    if store is None:
        from search_index import open_store

        store = open_store(cfg)
    app = Flask(__name__, template_folder=str(HERE / "templates"), static_folder=str(HERE / "static"))
    secure = bool(cfg["web.cookie_secure"]) or cfg["general.base_url"].lower().startswith("https://")
    app.config.update(
        SECRET_KEY=secret_key(cfg), GW=cfg, STORE=store,
        SESSION_COOKIE_NAME="govwatch_session", SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure, PERMANENT_SESSION_LIFETIME=timedelta(hours=cfg["web.session_hours"]),
        MAX_CONTENT_LENGTH=1024 * 1024, SEND_FILE_MAX_AGE_DEFAULT=0,
        # CSRF tokens live as long as the session; checked in _guard after the login check (401 before 400)
        WTF_CSRF_TIME_LIMIT=None, WTF_CSRF_CHECK_DEFAULT=False, WTF_CSRF_HEADERS=["X-CSRF-Token", "X-CSRFToken"],
        RATELIMIT_STORAGE_URI="memory://", RATELIMIT_STRATEGY="moving-window", RATELIMIT_HEADERS_ENABLED=False,
    )
    app.json = HtmlSafeJSON(app)
    app.jinja_env.autoescape = True  # every template, whatever its extension
    app.jinja_env.finalize = _neutral  # every {{ … }} of every page: no bidi overrides or invisible characters
    tz = cfg["general.timezone"]
    app.jinja_env.filters.update(localtime=lambda v: helpers.local_time(v, tz), pretty_json=helpers.pretty_json)
    csrf = CSRFProtect(app)  # also provides csrf_token() to the templates
    auth.init_app(app)
    app.extensions["govwatch_login_throttle"] = auth.make_throttle(cfg)
    limiter = Limiter(get_remote_address, app=app)
    app.jinja_env.globals.update(
        safe_href=helpers.safe_href, STATE_ZH=STATE_ZH, SEVERITY_ZH=SEVERITY_ZH,
        KIND_ZH=FINDING_KIND_ZH, PLATFORM_ZH=PLATFORM_ZH)

    @app.before_request
    def _guard():
        g.user = current_user.doc if current_user.is_authenticated else None
        if g.user is None and auth.TOKEN_KEY in session:  # the session record is gone: forget the login
            session.pop(auth.TOKEN_KEY, None)
            session.pop("_user_id", None)
        auth.check_origin()
        if request.endpoint not in auth.PUBLIC_ENDPOINTS and g.user is None:
            if request.path.startswith("/api/") or request.method not in auth.SAFE_METHODS:
                return {"error": "需要登录"}, 401
            return redirect(url_for("session.login", next=request.full_path if request.query_string else request.path))
        if request.method not in auth.SAFE_METHODS:
            csrf.protect()
        return None

    @app.after_request
    def _headers(resp):
        resp.headers.setdefault("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        if request.endpoint != "static":
            resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    from alerts.web import pages
    from alerts.web.pages import BLUEPRINTS

    limiter.limit(lambda: f"{cfg['web.login_requests_per_minute']} per minute", methods=["POST"])(pages.session.bp)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    app.register_error_handler(CSRFError, _csrf_refused)
    for code in ERROR_MESSAGES:
        app.register_error_handler(code, _error_page)
    return app


ERROR_MESSAGES = {400: "请求无效", 403: "没有权限执行此操作", 404: "页面或记录不存在", 429: "请求过于频繁"}


def _csrf_refused(exc):
    auth.audit("csrf_refused", detail=request.path)
    exc.description = "请求缺少有效的 CSRF 令牌，请刷新页面后重试。"
    return _error_page(exc)


def _error_page(exc):
    code = getattr(exc, "code", 400)
    if request.path.startswith("/api/"):
        return {"error": ERROR_MESSAGES.get(code, "错误")}, code
    return render_template("error.html", code=code, message=ERROR_MESSAGES.get(code, "错误"),
                           detail=getattr(exc, "description", "")), code
