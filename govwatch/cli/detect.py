"""govwatch detect — 运行检测器（在存储上或离线处理文件）"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("detect", help="运行检测器（在存储上或离线处理文件）", description="运行检测器（在存储上或离线处理文件）")
    p.set_defaults(handler=not_available("detect", "Detectors（issue 4）"))
