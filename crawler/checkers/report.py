"""What a sweep looks like to people: a summary table on the terminal (rich) and an HTML report.

All crawled text (link texts, menu labels, URLs, error messages) is escaped by Jinja2 autoescape; screenshots are
embedded as data URIs so the report is one self-contained file.
"""

from __future__ import annotations

import base64
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from core.records import iso
from crawler.checkers.results import STATUS_ZH, is_confirmed_failure, is_failure

_env = Environment(loader=PackageLoader("crawler.checkers", "templates"),
                   autoescape=select_autoescape(["html", "xml"], default=True))


def status_label(result: dict) -> str:
    if result.get("skipped_reason"):
        return f"跳过（{result['skipped_reason']}）"
    if result.get("needs_wechat"):
        return "需在微信中打开"
    return STATUS_ZH.get(result.get("status"), result.get("status") or "")


def print_summary(run, console: Console | None = None) -> None:
    console = console or Console()
    results = run.results
    counts = Counter(status_label(r) for r in results)
    by_via = Counter(r.get("via") for r in results)
    console.print(f"[bold]巡检 {escape(run.run_id)}[/bold]：链接 {by_via.get('link', 0)} 条，菜单 {by_via.get('menu', 0)} 项；"
                  + "，".join(f"{escape(k)} {v}" for k, v in counts.most_common()))
    for note in run.notes:
        console.print(f"[yellow]提示：{escape(note)}[/yellow]")
    failures = [r for r in results if is_failure(r)]
    if not failures:
        console.print("[green]没有发现失效的链接或菜单。[/green]")
        return
    table = Table(title="发现的问题", show_lines=False)
    for col in ("状态", "类型", "网址 / 菜单", "所在页面", "HTTP", "说明", "复查"):
        table.add_column(col, overflow="fold")
    for r in sorted(failures, key=lambda r: (r.get("via") or "", r.get("status") or "", r.get("url") or "")):
        what = " › ".join(r.get("menu_path") or []) + "\n" + (r.get("url") or "") if r.get("via") == "menu" \
            else (r.get("url") or "")
        table.add_row(escape(status_label(r)), "菜单" if r.get("via") == "menu" else "链接", escape(what),
                      escape(r.get("found_on") or ""), str(r.get("http_status") or ""), escape(r.get("error") or ""),
                      "已确认" if is_confirmed_failure(r) else "未确认")
    console.print(table)
    confirmed = sum(1 for r in failures if is_confirmed_failure(r))
    console.print(f"[bold red]经复查确认的故障 {confirmed} 个[/bold red]" if confirmed else
                  "[yellow]故障在复查时已恢复，未确认。[/yellow]")


def _image_data(data_dir: Path, rel: str | None) -> str | None:
    if not rel:
        return None
    path = (data_dir / rel).resolve()
    if not path.is_relative_to(data_dir.resolve()) or not path.is_file():
        return None
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def render_html(run, data_dir: Path) -> str:
    failures = [dict(r, label=status_label(r), confirmed_flag=is_confirmed_failure(r),
                     image=_image_data(data_dir, r.get("screenshot")))
                for r in run.results if is_failure(r)]
    others = [dict(r, label=status_label(r)) for r in run.results if not is_failure(r)]
    counts = Counter(status_label(r) for r in run.results)
    return _env.get_template("sweep_report.html").render(
        run=run, failures=failures, others=others, counts=counts.most_common(),
        generated_at=iso(datetime.now(UTC)), findings=run.findings)


def write_html_report(run, path: str | Path, data_dir: Path) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(run, Path(data_dir)), encoding="utf-8")
    return out
