"""The review web UI (Flask): ``create_app(cfg, store)``; ``govwatch serve`` runs it under waitress."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask, g, redirect, render_template, request, url_for
from flask.json.provider import DefaultJSONProvider

from alerts.lifecycle import STATE_ZH
from alerts.severity import SEVERITY_ZH
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
    )
    app.json = HtmlSafeJSON(app)
    app.jinja_env.autoescape = True  # every template, whatever its extension
    tz = cfg["general.timezone"]
    app.jinja_env.filters.update(localtime=lambda v: helpers.local_time(v, tz), pretty_json=helpers.pretty_json)
    app.jinja_env.globals.update(
        csrf_token=auth.csrf_token, safe_href=helpers.safe_href, STATE_ZH=STATE_ZH, SEVERITY_ZH=SEVERITY_ZH,
        KIND_ZH=FINDING_KIND_ZH, PLATFORM_ZH=PLATFORM_ZH)

    @app.before_request
    def _guard():
        auth.load_user()
        if request.endpoint in auth.PUBLIC_ENDPOINTS:
            auth.check_csrf()
            return None
        if g.user is None:
            if request.path.startswith("/api/") or request.method not in auth.SAFE_METHODS:
                return {"error": "需要登录"}, 401
            return redirect(url_for("session.login", next=request.full_path if request.query_string else request.path))
        auth.check_csrf()
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

    from alerts.web.pages import BLUEPRINTS

    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    for code in ERROR_MESSAGES:
        app.register_error_handler(code, _error_page)
    return app


ERROR_MESSAGES = {400: "请求无效", 403: "没有权限执行此操作", 404: "页面或记录不存在", 429: "请求过于频繁"}


def _error_page(exc):
    code = getattr(exc, "code", 400)
    if request.path.startswith("/api/"):
        return {"error": ERROR_MESSAGES.get(code, "错误")}, code
    return render_template("error.html", code=code, message=ERROR_MESSAGES.get(code, "错误"),
                           detail=getattr(exc, "description", "")), code
