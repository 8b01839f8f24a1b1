"""Smoke tests of the INSTALLED ``govwatch`` command, run as a subprocess with the store in tmp_path."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from govwatch.cli.main import COMMAND_MODULES
from tests.registry.helpers import HEADERS_ZH, ROWS_ZH, write_csv

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def gw(govwatch_bin, tmp_path):
    """Run the installed command with its data and store under tmp_path, from tmp_path (no stray govwatch.toml)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_") and k != "ELASTICSEARCH_URL"}
    env.update({"GOVWATCH_GENERAL__DATA_DIR": str(tmp_path / "data"),
                "GOVWATCH_STORE__SQLITE_PATH": str(tmp_path / "data" / "govwatch.db"),
                "GOVWATCH_STORE__BACKEND": "sqlite"})

    def run(*args, extra_env=None):
        return subprocess.run([govwatch_bin, *args], cwd=tmp_path, env={**env, **(extra_env or {})},
                              capture_output=True, text=True, timeout=120)

    return run


def test_top_level_help(gw):
    proc = gw("--help")
    assert proc.returncode == 0 and CJK.search(proc.stdout)
    for name in COMMAND_MODULES:
        assert name in proc.stdout


@pytest.mark.parametrize("command", COMMAND_MODULES)
def test_every_command_has_chinese_help(gw, command):
    proc = gw(command, "--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"usage: govwatch {command}")
    assert CJK.search(proc.stdout), proc.stdout


@pytest.mark.parametrize("action", ["import", "export", "list", "show"])
def test_registry_actions_help(gw, action):
    proc = gw("registry", action, "--help")
    assert proc.returncode == 0 and CJK.search(proc.stdout)


def test_config_show_json(gw, tmp_path):
    proc = gw("config", "show", "--json")
    assert proc.returncode == 0, proc.stderr
    values = json.loads(proc.stdout)
    assert values["store.sqlite_path"] == str(tmp_path / "data" / "govwatch.db")
    assert values["general.timezone"] == "Asia/Shanghai"


def test_bad_env_value_names_the_key(gw):
    proc = gw("config", "show", extra_env={"GOVWATCH_DETECT__ZOMBIE_DAYS": "十四"})
    assert proc.returncode == 2
    assert "detect.zombie_days" in proc.stderr and "GOVWATCH_DETECT__ZOMBIE_DAYS" in proc.stderr


def test_unknown_env_variable_is_refused(gw):
    proc = gw("config", "show", extra_env={"GOVWATCH_DETECT__ZOMBIE_DAZE": "14"})
    assert proc.returncode == 2 and "GOVWATCH_DETECT__ZOMBIE_DAZE" in proc.stderr


def test_missing_subcommand_is_an_error(gw):
    proc = gw("registry")
    assert proc.returncode == 2 and proc.stderr


def test_registry_import_list_show(gw, tmp_path):
    good = write_csv(tmp_path / "备案.csv", encoding="gbk")
    proc = gw("registry", "import", str(good))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "新增 4" in proc.stdout

    proc = gw("registry", "list", "--json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["total"] == 4 and {e["platform"] for e in data["entries"]} == {"weibo", "wechat", "douyin", "website"}

    proc = gw("registry", "show", "微博", "1234567890", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["entry"]["name"] == "济南公安"


def test_registry_import_bad_file(gw, tmp_path):
    rows = [list(r) for r in ROWS_ZH]
    rows[2][1] = "脸书"
    proc = gw("registry", "import", str(write_csv(tmp_path / "bad.csv", HEADERS_ZH, rows, encoding="utf-8-sig")))
    assert proc.returncode == 2
    assert "第 4 行" in proc.stdout and "“平台”列" in proc.stdout and "脸书" in proc.stdout
    assert "未导入任何数据" in proc.stderr
    proc = gw("registry", "list", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["total"] == 0


@pytest.mark.parametrize("args", [["users", "list"], ["alerts", "list"], ["probe", "run", "http://127.0.0.1:9/"],
                                  ["registry", "list"], ["registry", "export", "--out", "x.xlsx"]])
def test_a_store_that_cannot_open_is_a_message_not_a_traceback(gw, tmp_path, args):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    proc = gw(*args, extra_env={"GOVWATCH_STORE__SQLITE_PATH": str(blocker / "govwatch.db")})
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith("存储错误：") and "Traceback" not in proc.stderr
