"""govwatch crawl — 关键词发现与账号刷新（discover / refresh）"""

from __future__ import annotations

import json

from govwatch.cli.main import CliError


def register(sub) -> None:
    p = sub.add_parser("crawl", help="关键词发现与账号刷新（discover / refresh）",
                       description="关键词发现与账号刷新（discover / refresh）。也可用 scrapy crawl discover|refresh。")
    csub = p.add_subparsers(dest="crawl_command", metavar="子命令", title="子命令")
    csub.required = True

    d = csub.add_parser("discover", help="按关键词在各平台搜索账号",
                        description="按关键词在各平台搜索账号，结果写入存储（accounts 集合，带 discovered_by）。")
    d.add_argument("--keywords", nargs="+", metavar="关键词", help="搜索关键词（可多个，也可用逗号分隔）")
    d.add_argument("--from-registry", action="store_true", help="从备案库推导关键词（单位名、账号名、地区简称）")
    _common(d)
    d.set_defaults(handler=_discover)

    r = csub.add_parser("refresh", help="刷新备案账号与已发现账号的资料和近期发文",
                        description="刷新备案账号与已发现账号的资料和近期发文（增量：遇到已存储的发文即停止翻页）。")
    r.add_argument("--accounts", nargs="+", metavar="平台:账号ID", help="只刷新这些账号，例如 weibo:2803301701")
    r.add_argument("--registry-only", action="store_true", help="只刷新备案库中的账号（不含发现的账号）")
    _common(r)
    r.set_defaults(handler=_refresh)


def _common(p) -> None:
    p.add_argument("--platforms", nargs="+", metavar="平台", help="只爬这些平台（默认 crawler.platforms）")
    p.add_argument("--run-id", help="运行编号（写入爬取结果；默认按时间生成）")
    p.add_argument("--jobdir", help="可中断续爬的状态目录（覆盖 crawler.jobdir）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出汇总")


def _split(values) -> list[str]:
    out = []
    for v in values or []:
        out += [x.strip() for x in v.replace("，", ",").split(",") if x.strip()]
    return out


def _prepare(args, cfg):
    from crawler.platforms import UnknownBaseUrlKey, UnknownPlatform, build_adapters
    from crawler.platforms.generic import ProfileError

    if args.jobdir:
        cfg = cfg.with_overrides({"crawler.jobdir": args.jobdir}, "命令行 --jobdir")
    platforms = _split(args.platforms) or None
    if platforms:
        cfg = cfg.with_overrides({"crawler.platforms": platforms}, "命令行 --platforms")
    try:
        build_adapters(cfg, platforms)
    except (UnknownPlatform, UnknownBaseUrlKey, ProfileError) as exc:
        raise CliError(str(exc)) from None
    spider_args = {"run_id": args.run_id} if args.run_id else {}
    spider_args["extra_settings"] = {"LOG_LEVEL": "DEBUG" if getattr(args, "verbose", False) else "WARNING"}
    if platforms:
        spider_args["platforms"] = ",".join(platforms)
    return cfg, spider_args


def _discover(args, cfg) -> int:
    from crawler.run import crawl

    keywords = _split(args.keywords)
    if not keywords and not args.from_registry and not cfg["crawler.keywords"]:
        raise CliError("请用 --keywords 指定关键词，或用 --from-registry 从备案库推导关键词。")
    cfg, spider_args = _prepare(args, cfg)
    if keywords:
        spider_args["keywords"] = ",".join(keywords)
    spider_args["from_registry"] = "1" if args.from_registry else "0"
    result = crawl(cfg, "discover", **spider_args)
    return _report(args, result, "发现", ("accounts", "找到账号"), ("pages", "搜索页"))


def _refresh(args, cfg) -> int:
    from crawler.run import crawl

    cfg, spider_args = _prepare(args, cfg)
    if args.accounts:
        bad = [a for a in _split(args.accounts) if ":" not in a]
        if bad:
            raise CliError(f"账号应写成 平台:账号ID，例如 weibo:2803301701；有误：{', '.join(bad)}")
        spider_args["accounts"] = ",".join(_split(args.accounts))
    if args.registry_only:
        spider_args["discovered"] = "0"
    result = crawl(cfg, "refresh", **spider_args)
    return _report(args, result, "刷新", ("ok", "正常"), ("gone", "已注销/封禁"), ("blocked", "被拦截"),
                   ("failed", "失败"), ("posts", "发文"))


def _report(args, result: dict, title: str, *columns) -> int:
    """Print the per-platform summary; exit 1 when a platform could not be crawled (blocked, every request failed
    or unreadable), 0 otherwise. Bootstrap problems (visitor cookie, signing keys) are reported but do not fail
    the run by themselves: the platform's answers decide."""
    summary = result["summary"].get("platforms", {})
    failed = {name: row.get("problem") or f"被拦截（{result['blocked'][name]}）"
              for name, row in summary.items() if result["blocked"].get(name) or row.get("crawled") is False}
    if args.json:
        print(json.dumps({"run_id": result["run_id"], "platforms": summary, "blocked": result["blocked"],
                          "not_crawled": failed, "finish_reason": result["finish_reason"]},
                         ensure_ascii=False, indent=2))
    else:
        print(f"{title}完成（运行编号 {result['run_id']}，结束原因 {result['finish_reason']}）")
        for name, row in summary.items():
            cells = "，".join(f"{label} {row.get(key, 0)}" for key, label in columns)
            counts = f"请求 {row.get('requests', 0)}，读取的页 {row.get('pages', 0)}，条目 {row.get('items', 0)}"
            print(f"  {row.get('zh', name)}：{counts}；{cells}")
            if result["blocked"].get(name):
                print(f"    ⚠ 被拦截（{result['blocked'][name]}），该平台账号状态记为“未知”，已写入 platform_blocked 发现")
            elif name in failed:
                print(f"    ⚠ 未能爬取：{failed[name]}")
            if row.get("empty"):
                print(f"    ⚠ {row['empty']} 个回答为空内容（单个账号：待下次运行确认是否注销）")
            for problem in row.get("bootstrap_problems") or []:
                print(f"    ⚠ 初始化步骤失败（已照常爬取接口）：{problem}")
        stats = result["stats"]
        for key, label in (("govwatch/spooled", "存储不可用，已写入补写队列"), ("govwatch/replayed", "已回放补写队列"),
                           ("govwatch/avatar/rejected", "头像被拒收"), ("govwatch/truncated_items", "超长文本已截断")):
            if stats.get(key):
                print(f"  {label}：{stats[key]} 条")
        if failed:
            print(f"有 {len(failed)} 个平台未能爬取：{', '.join(failed)}（退出码 1）")
    return 1 if failed else 0
