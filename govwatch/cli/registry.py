"""govwatch registry — import / export / list / show the registry of official accounts (备案库)."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from core.records import FINDING_KIND_ZH, PLATFORM_ZH, STATUS_ZH, account_key, parse_time, platform_code, status_code
from govwatch.cli.main import CliError

IMPORT_EPILOG = """\
文件格式：
  CSV（UTF-8、带 BOM 的 UTF-8、GBK/GB18030，逗号或制表符分隔）或 XLSX（默认第一个工作表）。
  表头用中文或英文均可，列的顺序不限：
    开办单位 unit*、平台 platform*、账号ID account_id*、账号名称 name*、主页链接 url、头像 avatar、
    状态 status、地区 region、主管单位 competent_unit、联系人 contact、备案日期 filed_at   （* 为必填）
  平台可写代码或中文名（微博、微信公众号、抖音、快手、B站、头条号、小红书、网站、APP、小程序）；
  状态可写 正常/变更/关停/注销 或 active/changed/closed/cancelled，留空为“正常”；
  备案日期如 2026-01-05、2026/1/5、2026年1月5日；头像为相对于文件的图片路径或 http(s) 网址。

错误（整个文件不导入，退出码 2）：缺少必填列、重复的列、必填项为空、未知平台、未知状态、
  同一平台账号ID重复、日期无法识别或不存在、链接不是 http(s)、单元格过长、账号ID被 Excel 转成科学计数法、
  数据行超过上限（registry.import_max_rows）。
警告（照常导入）：未知的列（忽略）、头像文件不存在、链接缺少 http://（自动补上）、备案日期晚于今天、公式单元格。

重复导入同一文件不会产生任何变化；新增、字段变化（如状态）和移出的条目都记入变更记录（registry show 可查）。
"""


def register(sub) -> None:
    p = sub.add_parser("registry", help="备案库导入、导出、查看", description="备案库导入、导出、查看")
    actions = p.add_subparsers(dest="action", metavar="操作", title="操作")
    actions.required = True

    imp = actions.add_parser("import", help="校验并导入备案文件（CSV/XLSX）",
                             description="校验并导入备案文件（CSV/XLSX）。文件有任何错误时不导入任何数据。",
                             epilog=IMPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("file", metavar="FILE", help="备案文件（.csv 或 .xlsx）")
    imp.add_argument("--sheet", metavar="NAME", help="XLSX 工作表名称（默认第一个）")
    imp.add_argument("--dry-run", action="store_true", help="只校验并显示将发生的变化，不写入")
    imp.add_argument("--full", action="store_true",
                     help="文件是完整的备案库：库中有而文件中没有的条目将被移出（并记入变更记录）")
    imp.add_argument("--json", action="store_true", help="以 JSON 输出校验结果与导入摘要")
    imp.set_defaults(handler=_import)

    exp = actions.add_parser("export", help="导出备案库为 XLSX（中文表头，可再导入）",
                             description="导出备案库为 XLSX：中文表头，一行一个账号，文本不会被 Excel 当作公式。")
    exp.add_argument("--out", metavar="FILE.xlsx", required=True, help="输出文件（.xlsx）")
    _filter_args(exp)
    exp.add_argument("--json", action="store_true", help="以 JSON 输出导出结果")
    exp.set_defaults(handler=_export)

    ls = actions.add_parser("list", help="列出备案条目", description="列出备案条目，可按平台、地区、状态筛选或搜索。")
    _filter_args(ls)
    ls.add_argument("--search", metavar="TEXT", help="按账号名称、开办单位、主管单位搜索（支持一两个汉字）")
    ls.add_argument("--limit", type=int, default=100, metavar="N", help="最多显示的条数（默认 100；0 表示全部）")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(handler=_list)

    show = actions.add_parser("show", help="查看一个备案条目及其变更记录",
                              description="查看一个备案条目及其变更记录。")
    show.add_argument("platform", metavar="PLATFORM", help="平台（代码或中文名，如 weibo、微博）")
    show.add_argument("account_id", metavar="ACCOUNT_ID", help="账号ID")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=_show)


def _filter_args(p) -> None:
    p.add_argument("--platform", metavar="PLATFORM", help="平台（代码或中文名）")
    p.add_argument("--region", metavar="TEXT", help="地区（包含此文字即可）")
    p.add_argument("--status", metavar="STATUS", help="状态（正常/变更/关停/注销 或代码）")


# ---- helpers ---------------------------------------------------------------------------------------------------


def _console(stderr: bool = False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    return Console(file=stream, width=None if stream.isatty() else 160, highlight=False, soft_wrap=False)


@contextmanager
def _store(cfg) -> Iterator:
    """The store, closed afterwards; its errors reach ``govwatch.cli.main`` (exit 1, like every command)."""
    from search_index import open_store

    store = open_store(cfg)
    try:
        yield store
    finally:
        store.close()


def _filters(args) -> dict:
    filters: dict = {}
    if args.platform:
        code = platform_code(args.platform)
        if code is None:
            raise CliError(f"未知的平台“{args.platform}”（可用：{'、'.join(PLATFORM_ZH.values())} 或代码）")
        filters["platform"] = code
    if args.status:
        code = status_code(args.status)
        if code is None:
            raise CliError(f"未知的状态“{args.status}”（可用：正常、变更、关停、注销）")
        filters["status"] = code
    return filters


def _select(store, args, limit: int | None) -> tuple[list[dict], int]:
    """Entries matching the filters (region as a substring), sorted; (shown, total)."""
    filters = _filters(args)
    search = getattr(args, "search", None)
    if search:
        docs = iter(store.search("registry", search, filters=filters, limit=1_000_000))
    else:
        docs = store.scan("registry", filters, sort=[("platform", "asc"), ("account_id", "asc")])
    region = unicodedata.normalize("NFKC", args.region).strip() if args.region else None
    shown, total = [], 0
    for doc in docs:
        if region and region not in unicodedata.normalize("NFKC", doc.get("region") or ""):
            continue
        total += 1
        if not limit or len(shown) < limit:
            shown.append(doc)
    return shown, total


def _zh_value(field: str, value) -> str:
    if value is None or value == "":
        return "—"
    if field == "status":
        return STATUS_ZH.get(value, str(value))
    if field == "platform":
        return PLATFORM_ZH.get(value, str(value))
    return str(value)


def _print(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _print_problems(title: str, problems) -> None:
    """A table on a terminal; one plain line per problem otherwise (logs, pipes, grep)."""
    if sys.stdout.isatty():
        _console().print(_problem_table(title, problems))
        return
    print(title)
    for p in problems:
        print(f"  {p}")


def _problem_table(title: str, problems) -> object:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("行", justify="right")
    table.add_column("列")
    table.add_column("级别")
    table.add_column("问题", overflow="fold")
    for p in problems:
        table.add_row(str(p.row) if p.row else "—", p.column or "—", "错误" if p.level == "error" else "警告",
                      p.message)
    return table


# ---- import ----------------------------------------------------------------------------------------------------


def _import(args, cfg) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from registry.importer import apply_import, attach_avatars, plan_import
    from registry.read import limits, read_registry

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"文件不存在（或不是文件）：{path}")
    err = _console(stderr=True)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        console=err, transient=True, disable=args.json or not sys.stderr.isatty())
    with progress:
        reading = progress.add_task("校验备案文件", total=None)
        parsed = read_registry(path, sheet=args.sheet, **limits(cfg),
                               progress=lambda n: progress.update(reading, completed=n))
        progress.remove_task(reading)
        if not parsed.ok:
            return _report_rejected(args, parsed)
        attach_avatars(parsed, cfg.data_dir, max_bytes=cfg["crawler.avatar_max_bytes"],
                       max_pixels=cfg["crawler.avatar_max_pixels"], write=not args.dry_run)
        if not parsed.ok:  # an avatar image that cannot be used rejects the file too
            return _report_rejected(args, parsed)
        with _store(cfg) as store:
            plan = plan_import(store, parsed)
            if args.dry_run:
                from registry.importer import ImportResult

                result = ImportResult(parsed, plan, removed=len(plan.missing) if args.full else 0)
            else:
                writing = progress.add_task("写入存储", total=None)
                result = apply_import(store, parsed, plan, full=args.full,
                                      progress=lambda done, total: progress.update(writing, completed=done,
                                                                                   total=total))
    if args.json:
        _print({**result.to_dict(), "dry_run": bool(args.dry_run), "full": bool(args.full)})
        return 0
    out = _console()
    if parsed.warnings:
        _print_problems(f"警告 {len(parsed.warnings)} 条（不影响导入）：", parsed.warnings)
    summary = plan.summary()
    what = f"{parsed.format.upper()}" + (f"，{parsed.encoding}" if parsed.encoding else "") + \
        (f"，工作表“{parsed.sheet}”" if parsed.sheet else "")
    verb = "试运行（未写入）" if args.dry_run else "已导入"
    out.print(f"{verb} {path.name}（{what}，{parsed.rows_read} 行）："
              f"新增 {summary['new']}、变更 {summary['changed']}、未变 {summary['unchanged']}")
    if plan.changed:
        from rich.table import Table

        table = Table(title="变更明细", title_justify="left")
        for title in ("平台", "账号ID", "账号名称", "字段", "原值", "新值"):
            table.add_column(title, overflow="fold")
        from registry.read import FIELD_ZH

        for entry, old, diffs in plan.changed[:200]:
            for name, before, after in diffs:
                table.add_row(_zh_value("platform", entry["platform"]), entry["account_id"],
                              entry.get("name") or old.get("name") or "", FIELD_ZH.get(name, name),
                              _zh_value(name, before), _zh_value(name, after))
        out.print(table)
        if len(plan.changed) > 200:
            out.print(f"……另有 {len(plan.changed) - 200} 个条目有变更（用 --json 查看全部）")
    if plan.missing:
        if args.full:
            done = "将移出" if args.dry_run else "已移出"
            out.print(f"{done}备案库中有而文件中没有的 {len(plan.missing)} 个条目（--full）。")
        else:
            sample = "、".join(f"{_zh_value('platform', d.get('platform'))} {d.get('account_id')}"
                              for d in plan.missing[:5])
            out.print(f"注意：备案库中有 {len(plan.missing)} 个条目不在此文件中（如 {sample}）；"
                      "若此文件是完整的备案库，请加 --full 移出它们。")
    return 0


def _report_rejected(args, parsed) -> int:
    if args.json:
        from registry.importer import ImportResult

        _print({**ImportResult(parsed).to_dict(), "dry_run": bool(args.dry_run), "full": bool(args.full)})
    else:
        _print_problems(f"{parsed.path.name}：发现 {len(parsed.errors)} 个错误、{len(parsed.warnings)} 个警告：",
                        parsed.problems)
    print(f"错误：备案文件有 {len(parsed.errors)} 个错误，未导入任何数据。请修改后重新导入。", file=sys.stderr)
    return 2


# ---- export / list / show ----------------------------------------------------------------------------------


def _export(args, cfg) -> int:
    from core.files import atomic_output, check_output
    from registry.export import export_registry

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"导出文件应以 .xlsx 结尾：{out}")
    check_output(out, "导出文件")
    with _store(cfg) as store:
        entries, _total = _select(store, args, limit=None)
        with atomic_output(out, "导出文件") as tmp:
            count = export_registry(entries, tmp)
    if args.json:
        _print({"out": str(out), "count": count})
    else:
        print(f"已导出 {count} 条备案到 {out}")
    return 0


def _list(args, cfg) -> int:
    if args.limit < 0:
        raise CliError("--limit 不能为负数")
    with _store(cfg) as store:
        shown, total = _select(store, args, limit=args.limit or None)
    if args.json:
        _print({"total": total, "shown": len(shown), "entries": shown})
        return 0
    if not shown:
        print("备案库中没有符合条件的条目。")
        return 0
    from rich.table import Table

    table = Table(title_justify="left")
    for title in ("平台", "账号ID", "账号名称", "开办单位", "状态", "地区", "备案日期"):
        table.add_column(title, overflow="fold", no_wrap=title in ("平台", "账号ID", "状态", "备案日期"))
    for d in shown:
        table.add_row(_zh_value("platform", d.get("platform")), d.get("account_id") or "", d.get("name") or "",
                      d.get("unit") or "", _zh_value("status", d.get("status")), d.get("region") or "",
                      d.get("filed_at") or "")
    out = _console()
    out.print(table)
    out.print(f"共 {total} 条" + (f"，显示前 {len(shown)} 条（--limit 0 显示全部）" if len(shown) < total else ""))
    return 0


_HISTORY_FIELD_ZH = {"entry": "备案条目"}


def _show(args, cfg) -> int:
    from registry.read import FIELD_ZH

    platform = platform_code(args.platform)
    if platform is None:
        raise CliError(f"未知的平台“{args.platform}”（可用：{'、'.join(PLATFORM_ZH.values())} 或代码）")
    account_id = unicodedata.normalize("NFKC", args.account_id).strip()
    with _store(cfg) as store:
        entry = store.get("registry", account_key(platform, account_id))
        history = list(store.scan("registry_history", {"platform": platform, "account_id": account_id},
                                  sort=[("changed_at", "asc"), ("field", "asc")]))
        findings = list(store.scan("findings", {"platform": platform, "account_id": account_id},
                                   sort=[("detected_at", "desc")], limit=20))
    if entry is None and not history:
        raise CliError(f"备案库中没有 {PLATFORM_ZH.get(platform, platform)} 账号“{account_id}”。", code=1)
    if args.json:
        _print({"entry": entry, "history": history, "findings": findings})
        return 0
    out = _console()
    tz = ZoneInfo(cfg["general.timezone"])
    if entry is None:
        out.print(f"{PLATFORM_ZH.get(platform, platform)} 账号“{account_id}”已不在备案库中；变更记录如下。")
    else:
        from rich.table import Table

        table = Table(show_header=False, title=f"{entry.get('name') or account_id}", title_justify="left")
        table.add_column("字段", style="bold")
        table.add_column("值", overflow="fold")
        for name, title in FIELD_ZH.items():
            table.add_row(title, _zh_value(name, entry.get(name)))
        table.add_row("来源文件", f"{entry.get('source_file') or '—'}（第 {entry.get('source_row') or '—'} 行）")
        out.print(table)
    if history:
        from rich.table import Table

        table = Table(title="变更记录", title_justify="left")
        for title in ("时间", "字段", "原值", "新值", "来源文件"):
            table.add_column(title, overflow="fold")
        for h in history:
            when = parse_time(h.get("changed_at"))
            name = h.get("field") or ""
            if name == "entry":
                before, after = ("—", "新增备案") if h.get("old") is None else ("在库", "移出备案")
            else:
                before, after = _zh_value(name, h.get("old")), _zh_value(name, h.get("new"))
            table.add_row(when.astimezone(tz).strftime("%Y-%m-%d %H:%M") if when else "—",
                          _HISTORY_FIELD_ZH.get(name, FIELD_ZH.get(name, name)), before, after, h.get("source") or "")
        out.print(table)
    if findings:
        out.print("最近的检测发现：" + "；".join(
            f"{FINDING_KIND_ZH.get(f.get('kind'), f.get('kind'))}（{(f.get('detected_at') or '')[:10]}）"
            for f in findings[:10]))
    return 0
