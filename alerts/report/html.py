"""Self-contained HTML export of an inspection report (Jinja2 with autoescape; charts inlined as data URIs)."""

from __future__ import annotations

import base64
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from alerts.report.charts import bar_chart
from alerts.report.inspection import INDICATORS, InspectionReport, kind_zh, status_zh
from core.records import PLATFORM_ZH

_ENV = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                   autoescape=select_autoescape(default=True, default_for_string=True))
_ENV.filters["platform_zh"] = lambda code: PLATFORM_ZH.get(code, code)
_ENV.filters["status_zh"] = status_zh
_ENV.filters["kind_zh"] = kind_zh


def _chart(title: str, stats: list[dict]) -> str | None:
    if not stats:
        return None
    png = bar_chart(title, [r["name"] for r in stats],
                    {"合格": [r["passed"] for r in stats], "不合格": [r["failed"] for r in stats]})
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html(report: InspectionReport) -> str:
    stats = {by: report.stats(by) for by in ("region", "unit", "platform")}
    charts = {"region": _chart("分地区：合格与不合格", stats["region"]),
              "platform": _chart("分平台：合格与不合格", stats["platform"])}
    return _ENV.get_template("inspection.html").render(
        report=report, totals=report.totals(), stats=stats, charts=charts, indicators=INDICATORS)


def write_html(report: InspectionReport, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return path
