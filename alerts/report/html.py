"""Self-contained HTML export of an inspection report (Jinja2 with autoescape; charts inlined as data URIs).

This is the page to publish: it links to the internal review UI only when asked (``report.internal_links`` or
``include_links``)."""

from __future__ import annotations

import base64
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from alerts.report.charts import bar_chart
from alerts.report.inspection import UNDETERMINED_ZH, InspectionReport, kind_zh, report_kinds, status_zh
from core.records import PLATFORM_ZH

_ENV = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                   autoescape=select_autoescape(default=True, default_for_string=True))
_ENV.filters["platform_zh"] = lambda code: PLATFORM_ZH.get(code, code)
_ENV.filters["status_zh"] = status_zh
_ENV.filters["kind_zh"] = kind_zh


def verdict_series(stats: list[dict]) -> dict[str, list[int]]:
    """The chart series: passed, failed and undetermined side by side (undetermined is never folded into a pass)."""
    return {"合格": [r["passed"] for r in stats], "不合格": [r["failed"] for r in stats],
            "无法判定": [r["undetermined"] for r in stats]}


def _chart(title: str, stats: list[dict]) -> str | None:
    if not stats:
        return None
    png = bar_chart(title, [r["name"] for r in stats], verdict_series(stats))
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html(report: InspectionReport) -> str:
    stats = {by: report.stats(by) for by in ("region", "unit", "platform")}
    charts = {"region": _chart("分地区：合格、不合格与无法判定", stats["region"]),
              "platform": _chart("分平台：合格、不合格与无法判定", stats["platform"])}
    return _ENV.get_template("inspection.html").render(
        report=report, totals=report.totals(), stats=stats, charts=charts, kinds=report_kinds(),
        undetermined_zh=UNDETERMINED_ZH)


def write_html(report: InspectionReport, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return path
