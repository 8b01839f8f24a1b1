"""govwatch registry — import / export / list / show the registry of official accounts (备案库)."""

from __future__ import annotations

from govwatch.cli.main import not_available


def register(sub) -> None:
    p = sub.add_parser("registry", help="备案库导入、导出、查看", description="备案库导入、导出、查看")
    p.set_defaults(handler=not_available("registry", "Foundation（issue 2）"))
