"""What every page group of the review UI shares: the store and configuration of the app, paging, safe redirects
and image responses."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort, current_app, request, send_file, url_for

from alerts.files import image_type

MIME = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "bmp": "image/bmp"}


def store():
    return current_app.config["STORE"]


def cfg():
    return current_app.config["GW"]


def page_number() -> int:
    try:
        return max(1, int(request.args.get("page", 1)))
    except ValueError:
        return 1


def alert_or_404(alert_id: str) -> dict:
    alert = store().get("alerts", alert_id)
    if alert is None:
        abort(404)
    return alert


def safe_next(target: str | None) -> str:
    """Only same-site relative paths (no open redirect)."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc \
            and "\\" not in target:
        return target
    return url_for("overview.dashboard")


def image_response(path):
    """A verified avatar or screenshot (``alerts.files``), only if it really is one of the image types we serve."""
    kind = image_type(path) if path else None
    if not kind:
        abort(404)
    return send_file(path, mimetype=MIME[kind], max_age=0)
