"""govwatch schedule — 常驻调度器（按 cron 表达式运行任务）"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("schedule", help="常驻调度器（按 cron 表达式运行任务）", description="常驻调度器（按 cron 表达式运行任务）")
    p.set_defaults(handler=not_available("schedule", "Operations（issue 7）"))
