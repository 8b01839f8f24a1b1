"""govwatch probe — 首页可用性探测与每周失败比例"""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from govwatch.cli.main import CliError
from search_index import open_store


def register(sub) -> None:
    p = sub.add_parser("probe", help="首页可用性探测与每周失败比例",
                       description="首页可用性探测（每天至少 20 次、15 秒超时），按周计算失败比例。")
    psub = p.add_subparsers(dest="probe_command", metavar="子命令", title="子命令")
    psub.required = True
    run = psub.add_parser("run", help="探测一轮并记录", description="探测一轮首页并把结果写入存储（probes）。"
                          "不给网址时探测备案库中的网站、probe.urls 与 sweep.start_urls。")
    run.add_argument("urls", nargs="*", metavar="URL", help="要探测的首页网址")
    run.set_defaults(handler=handle_run)
    rep = psub.add_parser("report", help="每周失败比例", description="计算每个网站一周内的探测失败比例；"
                          "失败比例达到 probe.unreachable_share 且每天探测不少于 20 次时判定为“无法访问”。")
    rep.add_argument("--week", metavar="YYYY-Www", help="ISO 周，例如 2026-W47；默认最近 7 天")
    rep.add_argument("--json", action="store_true", help="以 JSON 输出")
    rep.add_argument("--record", action="store_true",
                     help="把该周的结论写入存储：无法访问的网站记为“网站无法访问”发现并生成告警，供检查报告使用"
                          "（需要 --week；定时探测任务每周自动评估上一周）")
    rep.set_defaults(handler=handle_report)


def handle_run(args, cfg) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from core.inputs import check_http_url
    from crawler.checkers.probes import probe_round

    args.urls = [check_http_url(url) for url in args.urls]  # BadURL: exit 2 before anything starts
    with open_store(cfg) as store:
        records = probe_round(cfg, store, args.urls)
    if not records:
        raise CliError("没有要探测的首页：请给出网址，或导入备案库（网站的主页链接），或配置 probe.urls。")
    table = Table(title=f"首页可用性探测（{len(records)} 个）")
    for col in ("网址", "结果", "HTTP", "耗时（毫秒）", "说明"):
        table.add_column(col, overflow="fold")
    for r in records:
        table.add_row(escape(r["url"]), "正常" if r["ok"] else "失败", str(r["http_status"] or ""),
                      str(r["elapsed_ms"]), escape(r["error"] or ""))
    Console().print(table)
    return 0


def handle_report(args, cfg) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from crawler.checkers.probes import week_window, weekly_shares

    if args.record and not args.week:
        raise CliError("--record 需要用 --week 指定 ISO 周，例如 --week 2026-W47")
    try:
        start, end, label = week_window(args.week, cfg["general.timezone"])
    except ValueError as exc:
        raise CliError(str(exc)) from None
    with open_store(cfg) as store:
        since = (start - timedelta(days=1)).astimezone(UTC).isoformat(timespec="seconds")
        records = list(store.scan("probes", {"checked_at": {"gte": since}}))
        if args.record:
            from crawler.checkers.probes import canonical_week
            from govwatch.ops.jobs import evaluate_availability

            evaluation = evaluate_availability(cfg, store, canonical_week(args.week))
    # Stored times may carry other offsets: the precise window test is done on parsed times.
    shares = weekly_shares(records, start, end, unreachable_share=cfg["probe.unreachable_share"],
                           tz=cfg["general.timezone"], min_per_day=cfg["probe.min_per_day"])
    if args.json:
        print(json.dumps([{**s.__dict__, "verdict_zh": s.verdict_zh} for s in shares], ensure_ascii=False, indent=2))
    else:
        console = Console()
        if not shares:
            console.print(f"{label}没有探测记录。请用定时任务运行 “govwatch probe run”（每天至少 {cfg['probe.min_per_day']} 次）。")
        table = Table(title=f"首页可用性（{label}，阈值 {cfg['probe.unreachable_share']:.0%}）")
        for col in ("网址", "探测次数", "失败次数", "失败比例", "每天最少次数", "结论"):
            table.add_column(col, overflow="fold")
        for s in shares:
            table.add_row(escape(s.url), str(s.probes), str(s.failed), f"{s.share:.1%}", str(s.min_per_day),
                          s.verdict_zh)
        if shares:
            console.print(table)
        if args.record:
            console.print(f"已记录：无法访问 {evaluation['unreachable']} 个网站（发现与告警），"
                          f"探测次数不足 {evaluation['insufficient']} 个。")
    return 1 if any(s.verdict == "unreachable" for s in shares) else 0
