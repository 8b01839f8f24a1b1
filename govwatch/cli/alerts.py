"""govwatch alerts — 告警列表、状态变更与证据包"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("alerts", help="告警列表、状态变更与证据包", description="告警列表、状态变更与证据包")
    p.set_defaults(handler=not_available("alerts", "Alerts and review（issue 6）"))
