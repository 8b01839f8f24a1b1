"""govwatch run — one whole job, for cron / systemd timers and the scheduler."""

from __future__ import annotations

import json

from govwatch.cli.main import CliError


def register(sub) -> None:
    p = sub.add_parser("run", help="运行一整套任务（nightly：发现→刷新→检测→告警→通知）",
                       description="运行一整套任务。同类任务不会重叠（运行锁）；运行记录写入存储（runs）。")
    jobs = p.add_subparsers(dest="job", metavar="任务")
    jobs.required = True
    n = jobs.add_parser("nightly", help="夜间任务：发现→刷新→健康检查→检测→告警→通知",
                        description="夜间任务：按备案库与配置的关键词发现账号，刷新账号与发文，检查爬取健康，"
                                    "运行全部检测器，生成告警并发送通知。某个平台被拦截不影响其他平台，"
                                    "此时运行状态为 degraded 并说明原因。")
    n.add_argument("--keywords", nargs="+", metavar="关键词", help="额外的发现关键词")
    n.add_argument("--no-notify", action="store_true", help="不发送通知")
    n.add_argument("--as-of", help="检测时间（ISO 8601），默认现在")
    n.add_argument("--run-id", help="运行编号；分布式爬取时各机器用同一编号（如 nightly-2026-11-22）共享一个爬取任务")
    n.add_argument("--json", action="store_true", help="以 JSON 输出运行记录")
    n.set_defaults(handler=_nightly)
    s = jobs.add_parser("sweep", help="巡检备案库中的网站、APP、小程序地址及配置的起始网址（含菜单）")
    s.add_argument("--no-menus", action="store_true", help="不检查菜单")
    s.add_argument("--json", action="store_true", help="以 JSON 输出摘要")
    s.set_defaults(handler=_sweep)
    pr = jobs.add_parser("probe", help="首页可用性探测（一轮）")
    pr.set_defaults(handler=_probe)
    r = jobs.add_parser("report", help="上一季度的检查报告（写入数据目录 reports/）")
    r.add_argument("--period", help="检查期间，默认上一个季度")
    r.add_argument("--pdf", action="store_true", help="另外输出 PDF（需要浏览器）")
    r.set_defaults(handler=_report)


def _print_run(doc: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(doc, ensure_ascii=False, indent=2, default=str))
        return
    status = {"ok": "正常", "degraded": "部分完成（degraded）", "failed": "失败"}.get(doc["status"], doc["status"])
    print(f"运行 {doc['run_id']}：{status}")
    for name, info in doc.get("stages", {}).items():
        print(f"  阶段 {name}：{info.get('status')}（{info.get('seconds', 0)} 秒）" +
              (f" —— {info['error']}" if info.get("error") else ""))
    for reason in doc.get("degraded_reasons", []):
        print(f"  原因：{reason}")


def _nightly(args, cfg) -> int:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from core.records import parse_time
    from govwatch.ops.lock import LockBusy
    from govwatch.ops.pipeline import run_nightly

    try:
        as_of = parse_time(args.as_of, cfg["general.timezone"]) if args.as_of else None
    except ValueError:
        raise CliError(f"无效的时间：{args.as_of}（应为 ISO 8601，如 2026-11-21T02:00:00+08:00）") from None
    tz = ZoneInfo(cfg["general.timezone"])
    progress = (lambda m: None) if args.json else (lambda m: print(f"[{datetime.now(tz):%H:%M:%S}] {m}", flush=True))
    try:
        doc = run_nightly(cfg, keywords=args.keywords, notify=not args.no_notify, as_of=as_of,
                          run_id=args.run_id, progress=progress)
    except LockBusy as exc:
        raise CliError(str(exc), code=75) from None
    _print_run(doc, args.json)
    return {"ok": 0, "degraded": 1}.get(doc["status"], 2)


def _sweep(args, cfg) -> int:
    from govwatch.ops.jobs import run_sweep_job

    return run_sweep_job(cfg, menus=not args.no_menus, as_json=args.json)


def _probe(args, cfg) -> int:
    from govwatch.ops.jobs import run_probe_job

    return run_probe_job(cfg)


def _report(args, cfg) -> int:
    from govwatch.ops.jobs import run_report_job

    return run_report_job(cfg, args.period, pdf=args.pdf)
