"""govwatch users — 审核界面用户管理（add / passwd / list）"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("users", help="审核界面用户管理（add / passwd / list）", description="审核界面用户管理（add / passwd / list）")
    p.set_defaults(handler=not_available("users", "Alerts and review（issue 6）"))
