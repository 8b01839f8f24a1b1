"""govwatch index — Elasticsearch 索引模板、别名与生命周期策略"""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("index", help="Elasticsearch 索引模板、别名与生命周期策略", description="Elasticsearch 索引模板、别名与生命周期策略")
    p.set_defaults(handler=not_available("index", "Operations（issue 7）"))
