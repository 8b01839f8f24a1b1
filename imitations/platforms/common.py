"""Plumbing shared by the platform imitations: request/response values, search matching, time formats."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.cookies import SimpleCookie
from typing import Any

CST = timezone(timedelta(hours=8))


@dataclass
class Req:
    method: str
    path: str  # without the platform prefix, e.g. "/api/container/getIndex"
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""

    @property
    def cookies(self) -> dict[str, str]:
        jar = SimpleCookie()
        try:
            jar.load(self.headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is simply no cookies
            return {}
        return {k: m.value for k, m in jar.items()}


@dataclass
class Resp:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def json_resp(obj: Any, status: int = 200, headers: dict | None = None) -> Resp:
    return Resp(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"),
                {"Content-Type": "application/json; charset=utf-8", **(headers or {})})


def html_resp(text: str, status: int = 200, *, encoding: str = "utf-8", charset_header: bool = True,
              headers: dict | None = None) -> Resp:
    ctype = f"text/html; charset={encoding}" if charset_header else "text/html"
    return Resp(status, text.encode(encoding, errors="xmlcharrefreplace"), {"Content-Type": ctype, **(headers or {})})


def keyword_matches(keyword: str, *texts: str) -> bool:
    """Loose platform-style search: substring, or most of the keyword's characters in the name/description."""
    keyword = (keyword or "").strip()
    if not keyword:
        return False
    hay = "".join(t or "" for t in texts)
    if keyword in hay:
        return True
    chars = set(keyword)
    hit = sum(1 for c in chars if c in hay)
    return len(chars) >= 3 and hit / len(chars) >= 0.75


def post_time(now: datetime, age_hours: float) -> datetime:
    return (now - timedelta(hours=age_hours)).astimezone(CST)


def weibo_created_at(now: datetime, when: datetime, full_form: bool = False) -> str:
    """m.weibo.cn's display times: 刚刚, N分钟前, N小时前, 昨天 HH:MM, MM-DD, or the full date of other years;
    ``full_form``: the full ``Tue Jun 08 09:35:04 +0800 2021`` form for everything older than an hour (newer
    lists write every time that way)."""
    now, when = now.astimezone(CST), when.astimezone(CST)
    if full_form and now - when >= timedelta(hours=1):
        return when.strftime("%a %b %d %H:%M:%S +0800 %Y")
    delta = now - when
    if delta < timedelta(minutes=1):
        return "刚刚"
    if delta < timedelta(hours=1):
        return f"{int(delta.total_seconds() // 60)}分钟前"
    if when.date() == now.date():
        return f"{int(delta.total_seconds() // 3600)}小时前"
    if when.date() == (now - timedelta(days=1)).date():
        return f"昨天 {when:%H:%M}"
    if when.year == now.year:
        return f"{when:%m-%d}"
    return when.strftime("%a %b %d %H:%M:%S +0800 %Y")


def paginate(items: list, page: int, size: int) -> tuple[list, bool]:
    start = (max(page, 1) - 1) * size
    chunk = items[start:start + size]
    return chunk, start + size < len(items)


def as_int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default
