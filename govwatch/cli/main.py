"""Entry point of ``govwatch``. Each command group lives in its own module under ``govwatch/cli/`` and
exposes ``register(subparsers)``; a handler returns an exit code (0 ok, 1 problems found, 2 usage/input error).

Errors are turned into a Chinese message and an exit code here, once: ``CliError`` (its code), bad input —
``core.inputs.UserInputError``: files, URLs, unwritable ``--out`` paths — (2), configuration errors (2), store
errors (1). SIGTERM and SIGINT unwind the command like Ctrl-C does (children stopped, run marked ``interrupted``,
lock released) and exit with 128 + the signal number.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from core import procs
from core.files import private_dir
from core.inputs import UserInputError
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


def _data_dir(cfg) -> None:
    """Create the data directory with mode 0700 (or tighten it): it holds the store, the spool and the session key."""
    try:
        private_dir(cfg.data_dir)
    except OSError as exc:
        raise CliError(f"无法创建数据目录 {cfg.data_dir}（配置项 general.data_dir）：{exc.strerror or exc}") from None


NO_DATA_DIR = ("config", "demo")  # commands that do not use general.data_dir (it is not created for them)


def main(argv: list[str] | None = None) -> int:
    procs.follow_parent()  # started by a govwatch job or the scheduler: stop when it is gone
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
        with procs.interrupt_signals():
            if args.command not in NO_DATA_DIR:
                _data_dir(cfg)
            return int(args.handler(args, cfg) or 0)
    except CliError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.code
    except UserInputError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return getattr(exc, "code", 2)
    except ConfigError as exc:
        print(f"配置错误：{exc}", file=sys.stderr)
        return 2
    except StoreError as exc:  # the store is down or refused: a plain message, not a traceback
        print(f"存储错误：{exc}", file=sys.stderr)
        return 1
    except procs.Interrupted as exc:
        print(f"已中断（{exc}）。", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130


if __name__ == "__main__":
    # ``python -m govwatch.cli.main`` (the scheduler's and the demo's children): run the module under its real
    # name, or the commands would raise ``govwatch.cli.main.CliError`` while this copy catches ``__main__.CliError``
    from govwatch.cli.main import main as _main

    sys.exit(_main())
