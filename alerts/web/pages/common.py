"""What every page group of the review UI shares: the store and configuration of the app, paging, safe redirects
and image responses."""

from __future__ import annotations

import math
from urllib.parse import urlsplit

from flask import abort, current_app, request, send_file, url_for

from alerts.files import image_type

SEARCH_LIMIT = 2000  # rows a search box or a grouped view ranks in memory
MIME = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "bmp": "image/bmp"}


def store():
    return current_app.config["STORE"]


def cfg():
    return current_app.config["GW"]


def page_number(total: int, size: int) -> int:
    """The ``?page=`` asked for, within 1 … the last page (junk, negative or huge numbers never reach the store)."""
    last = max(1, math.ceil(total / size))
    text = (request.args.get("page") or "1").strip()
    if not text.isdigit() or len(text) > 9:
        return last if text.isdigit() else 1
    return min(max(1, int(text)), last)


def matching_rows(collection: str, q: str, filters: dict, limit: int) -> tuple[list[dict], bool]:
    """The rows a page ranks in memory: the search box's hits when there is a query, else a filtered scan.

    At most ``limit`` rows, and whether more matched, so the page can say it shows only the first ``limit`` instead of
    giving a wrong total."""
    if q:
        hits = store().search(collection, q, filters=filters, limit=limit + 1)
    else:
        hits = list(store().scan(collection, filters, limit=limit + 1))
    return hits[:limit], len(hits) > limit


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
