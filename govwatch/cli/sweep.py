"""govwatch sweep — 链接与菜单可用性巡检"""

from __future__ import annotations

import json
import logging
import sys

from govwatch.cli.main import CliError

log = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser(
        "sweep", help="链接与菜单可用性巡检",
        description="检查网站的链接（以及 --menus 时的菜单点击）是否可用。不给网址时巡检备案库中的网站、APP、小程序"
                    "地址和配置 sweep.start_urls。发现经复查确认的故障时退出码为 1。")
    p.add_argument("urls", nargs="*", metavar="URL", help="起始网址（http:// 或 https://）")
    p.add_argument("--menus", action="store_true", help="同时用浏览器逐个点击菜单")
    p.add_argument("--no-links", action="store_true", help="不做链接巡检（只点击菜单）")
    p.add_argument("--out", metavar="FILE", help="把每条巡检结果写入 JSONL 文件")
    p.add_argument("--report", metavar="FILE.html", help="写出带截图的 HTML 报告")
    p.add_argument("--no-store", action="store_true", help="不写入存储（只输出到终端/文件）")
    p.add_argument("--max-pages", type=int, metavar="N", help="每个站点最多检查的页面数（覆盖 sweep.max_pages）")
    p.add_argument("--depth", type=int, metavar="N", help="站内递归深度（覆盖 sweep.max_depth）")
    p.add_argument("--json", action="store_true",
                   help="在标准输出打印一个 JSON 文档（汇总与每条结果），供程序读取；不显示进度和表格")
    p.set_defaults(handler=handle)


def handle(args, cfg) -> int:
    from core.files import atomic_output, check_output
    from core.inputs import check_http_url
    from crawler.checkers.report import LiveProgress, json_document, print_summary, write_html_report
    from crawler.checkers.runner import run_sweep, save, start_urls

    args.urls = [check_http_url(url) for url in args.urls]  # BadURL: exit 2 before anything starts
    if args.no_links and not args.menus:
        raise CliError("--no-links 需要与 --menus 一起使用，否则没有可做的检查。")
    for path, what in ((args.out, "巡检结果文件"), (args.report, "HTML 报告")):
        if path:
            check_output(path, what)
    overrides = {}
    if args.max_pages is not None:
        overrides["sweep.max_pages"] = args.max_pages
    if args.depth is not None:
        overrides["sweep.max_depth"] = args.depth
    if overrides:
        cfg = cfg.with_overrides(overrides, "命令行参数")

    from search_index import StoreError, open_store

    store = None
    if not args.no_store:
        try:
            store = open_store(cfg)  # the SQLite backend creates its directory
        except (StoreError, OSError) as exc:
            if not args.urls:
                raise CliError(f"无法打开存储，读不到备案库：{exc}", code=1) from None
            print(f"警告：无法打开存储（{exc}），本次结果不写入存储。", file=sys.stderr)
    try:
        if not start_urls(cfg, args.urls, store):
            raise CliError("没有要巡检的网址：请在命令行给出网址，或导入备案库（网站/APP/小程序的主页链接），"
                           "或配置 sweep.start_urls。")
        if sys.stdout.isatty() and not args.json:  # progress only for people watching a terminal
            with LiveProgress() as live:
                run = run_sweep(cfg, args.urls, menus=args.menus, links=not args.no_links, store=store,
                                progress=live.update)
        else:
            run = run_sweep(cfg, args.urls, menus=args.menus, links=not args.no_links, store=store)
        save(run, None, args.out)  # the file first: it survives a store outage
        if store is not None:
            try:
                save(run, store)
            except (StoreError, OSError) as exc:
                print(f"警告：写入存储失败（{exc}）；结果见终端{'和 ' + args.out if args.out else ''}。",
                      file=sys.stderr)
    finally:
        if store is not None:
            store.close()
    report = None
    if args.report:
        with atomic_output(args.report, "HTML 报告") as tmp:
            write_html_report(run, tmp, cfg.data_dir)
        report = str(args.report)
    if args.json:
        print(json.dumps(json_document(run, out=args.out, report=report), ensure_ascii=False))
        return 1 if run.confirmed else 0
    print_summary(run)
    if report:
        print(f"HTML 报告：{report}")
    if args.out:
        print(f"巡检结果（JSONL）：{args.out}")
    return 1 if run.confirmed else 0
