"""govwatch serve — 启动审核网页界面"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("serve", help="启动审核网页界面", description="启动审核网页界面")
    p.set_defaults(handler=not_available("serve", "Alerts and review（issue 6）"))
