"""govwatch sweep — 链接与菜单可用性巡检"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("sweep", help="链接与菜单可用性巡检", description="链接与菜单可用性巡检")
    p.set_defaults(handler=not_available("sweep", "Checkers（issue 5）"))
