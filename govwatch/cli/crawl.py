"""govwatch crawl — 关键词发现与账号刷新（discover / refresh）"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("crawl", help="关键词发现与账号刷新（discover / refresh）", description="关键词发现与账号刷新（discover / refresh）")
    p.set_defaults(handler=not_available("crawl", "Crawler（issue 3）"))
