"""Entry point of ``govwatch``. Each command group lives in its own module under ``govwatch/cli/`` and
exposes ``register(subparsers)``; a handler returns an exit code (0 ok, 1 problems found, 2 usage/input error).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from core.settings import ConfigError, load_config
from govwatch import __version__
from search_index.base import StoreError

# (module under govwatch.cli, command name) — order is the order in --help.
COMMAND_MODULES = (
    "registry", "crawl", "detect", "sweep", "probe", "alerts", "users", "serve", "report", "run", "schedule",
    "demo", "index", "config",
)


class CliError(Exception):
    """A user-facing error: printed in Chinese without a traceback; exit code 2 unless given."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def not_available(name: str, issue: str):
    """Handler for a command whose capability is not built yet: a clear error, never a silent no-op."""

    def handler(args, cfg) -> int:
        raise CliError(f"“govwatch {name}” 尚未可用：该功能属于“{issue}”，还在开发中。", code=3)

    return handler


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govwatch", description="政务新媒体监测：爬取、检测、告警、巡检与报告。",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"govwatch {__version__}")
    parser.add_argument("--config", metavar="FILE", help="配置文件（TOML）；默认 $GOVWATCH_CONFIG 或 ./govwatch.toml")
    parser.add_argument("-v", "--verbose", action="store_true", help="输出调试日志")
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令")
    sub.required = True
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"govwatch.cli.{name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        cfg = load_config(args.config)
    except ConfigError as exc:
        print(f"配置错误：{exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.DEBUG if args.verbose else getattr(logging, cfg["general.log_level"]),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args, cfg) or 0)
    except CliError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.code
    except ConfigError as exc:
        print(f"配置错误：{exc}", file=sys.stderr)
        return 2
    except StoreError as exc:  # the store is down or refused: a plain message, not a traceback
        print(f"存储错误：{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
