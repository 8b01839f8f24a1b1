"""govwatch demo — 演示：启动本地平台仿真，导入演示备案库，跑完整流程并生成报告"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("demo", help="演示：启动本地平台仿真，导入演示备案库，跑完整流程并生成报告", description="演示：启动本地平台仿真，导入演示备案库，跑完整流程并生成报告")
    p.set_defaults(handler=not_available("demo", "Operations（issue 7）"))
