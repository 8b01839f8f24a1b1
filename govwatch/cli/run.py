"""govwatch run — 运行一整套任务（nightly：发现→刷新→检测→告警→通知）"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("run", help="运行一整套任务（nightly：发现→刷新→检测→告警→通知）", description="运行一整套任务（nightly：发现→刷新→检测→告警→通知）")
    p.set_defaults(handler=not_available("run", "Operations（issue 7）"))
