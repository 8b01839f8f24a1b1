"""govwatch probe — 首页可用性探测与每周失败比例"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("probe", help="首页可用性探测与每周失败比例", description="首页可用性探测与每周失败比例")
    p.set_defaults(handler=not_available("probe", "Checkers（issue 5）"))
