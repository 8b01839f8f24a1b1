"""What a sweep looks like to people and machines: progress and a summary on the terminal (rich), an HTML report,
and one JSON document (``--json``).

All crawled text (link texts, menu labels, URLs, error messages) is escaped: by rich's markup escape on the
terminal, by Jinja2 autoescape in HTML. Screenshots are embedded as data URIs so the report is one file.
"""

from __future__ import annotations

import base64
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from core.records import iso
from crawler.checkers.results import STATUS_ZH, is_confirmed_failure, is_failure

ACTION_ZH = {"navigation": "跳转", "popup": "弹出窗口", "route": "地址与内容变化", "dom": "页面内容变化",
             "submenu": "展开子菜单", "request": "发出请求", "dialog": "弹窗", "download": "下载文件", "none": "无反应"}


def status_label(result: dict) -> str:
    if result.get("skipped_reason"):
        return f"跳过（{result['skipped_reason']}）"
    if result.get("needs_wechat"):
        return "需在微信中打开"
    return STATUS_ZH.get(result.get("status"), result.get("status") or "")


def progress_text(state: dict) -> str:
    """One line of progress while a sweep runs (counts only: no crawled text)."""
    if state.get("phase") == "menus":
        return f"菜单点击巡检：已点击 {state['menus']} 项，故障 {state['failures']}"
    line = f"链接巡检：页面 {state['pages']}，链接 {state['links']}，故障 {state['failures']}"
    if state.get("rendered"):
        line += f"，浏览器渲染 {state['rendered']} 页"
    return line + "（复查前）"


class LiveProgress:
    """Progress on a terminal, redrawn in place; ``update`` is the sweep's progress callback."""

    def __init__(self, console: Console | None = None):
        from rich.live import Live
        from rich.text import Text

        self._text = Text
        self.live = Live(Text("巡检开始…"), console=console or Console(), transient=True, refresh_per_second=4)

    def __enter__(self) -> LiveProgress:
        self.live.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.live.__exit__(*exc)

    def update(self, state: dict) -> None:
        self.live.update(self._text(progress_text(state)), refresh=True)


def summary_counts(run) -> dict:
    """Per status label: how many links and menu items, and how many of the failures were confirmed."""
    table: dict[str, dict] = {}
    for r in run.results:
        row = table.setdefault(status_label(r), {"link": 0, "menu": 0, "confirmed": 0})
        row["menu" if r.get("via") == "menu" else "link"] += 1
        row["confirmed"] += is_confirmed_failure(r)
    return table


def print_summary(run, console: Console | None = None) -> None:
    console = console or Console()
    results = run.results
    by_via = Counter(r.get("via") for r in results)
    stats = run.stats or {}
    head = f"[bold]巡检 {escape(run.run_id)}[/bold]：链接 {by_via.get('link', 0)} 条，菜单 {by_via.get('menu', 0)} 项"
    if stats.get("pages") is not None:
        head += f"；抓取页面 {stats['pages']} 个，请求 {stats.get('requests', 0)} 次"
        if stats.get("rendered"):
            head += f"，浏览器渲染 {stats['rendered']} 页"
    console.print(head)
    totals = Table(title="巡检汇总", show_lines=False)
    for col in ("状态", "链接", "菜单", "经复查确认"):
        totals.add_column(col, justify="left" if col == "状态" else "right")
    counts = summary_counts(run)
    for label, row in sorted(counts.items(), key=lambda kv: -(kv[1]["link"] + kv[1]["menu"])):
        totals.add_row(escape(label), str(row["link"]), str(row["menu"]), str(row["confirmed"] or ""))
    totals.add_row("[bold]合计[/bold]", str(by_via.get("link", 0)), str(by_via.get("menu", 0)),
                   str(sum(row["confirmed"] for row in counts.values())))
    console.print(totals)
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
    from jinja2 import Environment, PackageLoader, select_autoescape  # only when a report is written

    env = Environment(loader=PackageLoader("crawler.checkers", "templates"),
                      autoescape=select_autoescape(["html", "xml"], default=True))
    failures = [dict(r, label=status_label(r), confirmed_flag=is_confirmed_failure(r),
                     image=_image_data(data_dir, r.get("screenshot")))
                for r in run.results if is_failure(r)]
    others = [dict(r, label=status_label(r)) for r in run.results if not is_failure(r) and r.get("via") != "menu"]
    menus: dict[str, list[dict]] = {}
    for r in run.results:
        if r.get("via") == "menu":
            menus.setdefault(r.get("found_on") or r.get("url") or "", []).append(dict(
                r, label=status_label(r), failed=is_failure(r), confirmed_flag=is_confirmed_failure(r),
                action_zh=ACTION_ZH.get(r.get("action") or "", r.get("action") or ""),
                image=_image_data(data_dir, r.get("screenshot")) if is_failure(r) else None))
    counts = Counter(status_label(r) for r in run.results)
    return env.get_template("sweep_report.html").render(
        run=run, failures=failures, others=others, menus=menus, counts=counts.most_common(),
        generated_at=iso(datetime.now(UTC)), findings=run.findings)


def json_document(run, *, out: str | None = None, report: str | None = None) -> dict:
    """The whole sweep for machines (``govwatch sweep --json``)."""
    return {
        "run_id": run.run_id, "started_at": run.started_at, "finished_at": run.finished_at,
        "checked": len(run.results), "failures": len(run.failures), "confirmed": len(run.confirmed),
        "findings": len(run.findings), "summary": summary_counts(run), "stats": run.stats, "notes": run.notes,
        "out": out, "report": report, "results": run.results,
    }


def write_html_report(run, path: str | Path, data_dir: Path) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(run, Path(data_dir)), encoding="utf-8")
    return out
