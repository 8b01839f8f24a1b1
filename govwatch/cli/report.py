"""govwatch report — 生成检查报告"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("report", help="生成检查报告", description="生成检查报告")
    p.set_defaults(handler=not_available("report", "Inspection reports（issue 8）"))
