"""govwatch schedule — the long-running scheduler (cron expressions from the configuration)."""

from __future__ import annotations

from govwatch.cli.main import CliError


def register(sub) -> None:
    p = sub.add_parser(
        "schedule", help="常驻调度器（按 cron 表达式运行任务）",
        description="按配置中的 cron 表达式运行任务：夜间爬取检测（schedule.nightly，默认每天 02:00）、每周巡检"
                    "（schedule.sweep）、可用性探测（schedule.probe）、季度报告（schedule.report）。每个任务在独立子进程中"
                    "以 “govwatch run 任务” 运行。也可以不用本命令，改用 systemd timer 或 cron 直接调用 “govwatch run …”"
                    "（见 README）。")
    p.add_argument("--list", action="store_true", help="只列出任务及下次运行时间，不启动")
    p.set_defaults(handler=_schedule)


def _schedule(args, cfg) -> int:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from govwatch.ops.scheduler import JOBS, ScheduleError, run_forever, trigger_for

    try:
        triggers = {job: trigger_for(cfg, setting) for job, (setting, _) in JOBS.items()}
    except ScheduleError as exc:
        raise CliError(str(exc)) from None
    now = datetime.now(ZoneInfo(cfg["general.timezone"]))
    for job, (setting, description) in JOBS.items():
        nxt = triggers[job].get_next_fire_time(None, now)
        print(f"{job:8} {description}：{cfg[setting]}，下次 {nxt:%Y-%m-%d %H:%M %Z}")
    if args.list:
        return 0
    print("调度器已启动（Ctrl+C 或 SIGTERM 停止）。")
    run_forever(cfg, args.config)
    return 0
