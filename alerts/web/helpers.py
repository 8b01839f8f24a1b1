"""Small presentation helpers: character diff of names, time display, safe links, the trend chart (SVG)."""

from __future__ import annotations

import difflib
import json
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape

from core.records import parse_time
from core.settings import DEFAULT_TIMEZONE


def name_diff(official: str | None, suspect: str | None) -> tuple[Markup, Markup]:
    """Both names with the differing characters wrapped in <mark>; every piece of text escaped."""
    a, b = official or "", suspect or ""
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        pa, pb = escape(a[i1:i2]), escape(b[j1:j2])
        if op == "equal":
            left.append(pa)
            right.append(pb)
        else:
            if pa:
                left.append(Markup('<mark class="del">') + pa + Markup("</mark>"))
            if pb:
                right.append(Markup('<mark class="ins">') + pb + Markup("</mark>"))
    return Markup("").join(left), Markup("").join(right)


def local_time(value, tz: str = DEFAULT_TIMEZONE) -> str:
    try:
        dt = parse_time(value)
    except (TypeError, ValueError):
        return str(value or "")
    return dt.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M") if dt else ""


def safe_href(url) -> str | None:
    """Only http(s) URLs become links (no javascript:, data:, …)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def pretty_json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True, default=str)


def trend_svg(points: list[dict], width: int = 720, height: int = 200) -> Markup:
    """A small line+bar chart: open alerts (line) and new alerts (bars) per run. Text is escaped."""
    if not points:
        return Markup('<p class="muted">还没有运行记录。</p>')
    pad_l, pad_r, pad_t, pad_b = 40, 10, 20, 24
    w, h = width - pad_l - pad_r, height - pad_t - pad_b
    top = max(1, max(max(int(p.get("open") or 0), int(p.get("created") or 0)) for p in points))
    step = w / max(1, len(points))
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="告警趋势" '
           f'xmlns="http://www.w3.org/2000/svg">']
    for frac in (0, 0.5, 1):
        y = pad_t + h - frac * h
        out.append(f'<line x1="{pad_l}" x2="{width - pad_r}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e7ee"/>')
        out.append(f'<text x="{pad_l - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#667">'
                   f'{round(top * frac)}</text>')
    line = []
    for i, p in enumerate(points):
        x = pad_l + step * i + step / 2
        created = int(p.get("created") or 0)
        bh = created / top * h
        bw = min(step * 0.6, 36)
        out.append(f'<rect x="{x - bw / 2:.1f}" y="{pad_t + h - bh:.1f}" width="{bw:.1f}" '
                   f'height="{bh:.1f}" fill="#f3b9b0"><title>{escape(p.get("label"))} 新增 {created}</title></rect>')
        line.append(f"{x:.1f},{pad_t + h - int(p.get('open') or 0) / top * h:.1f}")
        if len(points) <= 12 or i % max(1, len(points) // 8) == 0:
            out.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" font-size="10" fill="#667">'
                       f'{escape(p.get("label"))}</text>')
    out.append(f'<polyline points="{" ".join(line)}" fill="none" stroke="#1f5fbf" stroke-width="2"/>')
    for pt, p in zip(line, points):
        x, y = pt.split(",")
        out.append(f'<circle cx="{x}" cy="{y}" r="3" fill="#1f5fbf"><title>{escape(p.get("label"))} '
                   f'未结 {int(p.get("open") or 0)}</title></circle>')
    lx = width - pad_r - 190
    out.append(f'<rect x="{lx}" y="2" width="10" height="8" fill="#f3b9b0"/>'
               f'<text x="{lx + 14}" y="10" font-size="10" fill="#445">本次新增</text>'
               f'<rect x="{lx + 80}" y="5" width="14" height="3" fill="#1f5fbf"/>'
               f'<text x="{lx + 98}" y="10" font-size="10" fill="#445">未结告警数</text>')
    out.append("</svg>")
    return Markup("".join(out))
