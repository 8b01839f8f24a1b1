"""Hostile and careless input on the command line (issue #13, item 9): deeply nested JSON, wrong field types,
unwritable ``--out`` paths, malformed URLs. Each gives a Chinese error naming what is wrong, exit code 2, no
traceback, and nothing written. Everything runs through the real CLI (``python -m govwatch.cli.main``)."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.e2e

REGISTRY = REPO / "imitations" / "data" / "demo_registry.csv"
GOOD_ACCOUNT = {"platform": "weibo", "account_id": "2803301701", "name": "山东发布",
                "crawled_at": "2026-11-20T08:00:00+08:00", "last_post_at": "2026-11-19T08:00:00+08:00"}
GOOD_POST = {"platform": "weibo", "account_id": "2803301701", "post_id": "p1", "created_at": "2026-11-19T08:00:00+08:00",
             "text": "通知", "is_original": True}
GOOD_FINDING = {"kind": "zombie", "platform": "weibo", "account_id": "2803301701", "score": 1.0, "reasons": ["x"]}
DEEP = 100_000  # far beyond Python's recursion limit


def _drop_file_permission_override() -> None:
    """Run as root without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH / CAP_FOWNER, so file modes apply to it."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2, 3):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def gw(*args, unprivileged: bool = False, env: dict | None = None) -> subprocess.CompletedProcess:
    preexec = _drop_file_permission_override if unprivileged and os.geteuid() == 0 else None
    return subprocess.run([sys.executable, "-m", "govwatch.cli.main", *map(str, args)], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, capture_output=True, text=True,
                          timeout=300, preexec_fn=preexec)


def input_error(proc: subprocess.CompletedProcess, *expected: str) -> None:
    assert proc.returncode == 2, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    for text in expected:
        assert text in proc.stderr, (text, proc.stderr[-3000:])


def jsonl(path, *records) -> str:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def deep_line(**fields) -> str:
    """A record whose ``raw`` field nests DEEP levels."""
    head = json.dumps(fields, ensure_ascii=False)[:-1]
    return head + ', "raw": ' + "[" * DEEP + "]" * DEEP + "}"


# ---- deeply nested JSON -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["accounts", "posts", "previous"])
def test_deeply_nested_json_names_the_file_and_line(tmp_path, which):
    files = {"accounts": [GOOD_ACCOUNT], "posts": [GOOD_POST], "previous": [GOOD_FINDING]}
    files[which] = files[which] + [deep_line(**files[which][0])]
    paths = {name: jsonl(tmp_path / f"{name}.jsonl", *records) for name, records in files.items()}
    out = tmp_path / "findings.jsonl"
    proc = gw("detect", "--registry", REGISTRY, "--accounts", paths["accounts"], "--posts", paths["posts"],
              "--previous", paths["previous"], "--as-of", "2026-11-21", "--out", out)
    input_error(proc, f"{which}.jsonl", "第 2 行", "嵌套层数超过")
    assert not out.exists()


def test_deeply_nested_findings_file_for_ingest(tmp_path):
    path = jsonl(tmp_path / "f.jsonl", GOOD_FINDING, deep_line(**GOOD_FINDING))
    input_error(gw("alerts", "ingest", path, "--run-id", "r1", "--no-notify"), "第 2 行", "嵌套层数超过")
    assert gw("alerts", "list", "--json").stdout.strip() == ""  # nothing ingested


# ---- wrong field types --------------------------------------------------------------------------------------------


def test_wrong_field_types_in_accounts_and_posts_name_line_and_field(tmp_path):
    accounts = jsonl(tmp_path / "a.jsonl", GOOD_ACCOUNT,
                     {"platform": "weibo", "account_id": ["1"]},
                     {"platform": "weibo", "account_id": "2", "name": {"first": "济南"}},
                     {"platform": 7, "account_id": "3"},
                     {"platform": "weibo", "account_id": "4", "followers": [1, 2]},
                     {"platform": "weibo", "account_id": "5", "description": 5, "avatar_url": ["x"]},
                     {"platform": "weibo", "account_id": True},
                     {"platform": "weibo", "account_id": "6", "last_post_at": {"t": 1}},
                     {"platform": "weibo", "account_id": "7", "verified": ["yes"]})
    out = tmp_path / "out.jsonl"
    proc = gw("detect", "--registry", REGISTRY, "--accounts", accounts, "--out", out)
    input_error(proc, "a.jsonl", "未导入任何内容",
                "第 2 行：字段 account_id 应为文本或整数，实际是列表",
                "第 3 行：字段 name 应为文本，实际是对象",
                "第 4 行：字段 platform 应为文本，实际是整数",
                "第 5 行：字段 followers 应为文本或整数，实际是列表",
                "第 6 行：字段 avatar_url 应为文本，实际是列表；字段 description 应为文本，实际是整数",
                "第 7 行：字段 account_id 应为文本或整数，实际是布尔值",
                "第 8 行：字段 last_post_at 应为文本，实际是对象",
                "第 9 行：字段 verified")
    assert "第 1 行" not in proc.stderr and not out.exists()

    posts = jsonl(tmp_path / "p.jsonl", GOOD_POST, {**GOOD_POST, "post_id": {"id": 1}}, {**GOOD_POST, "text": ["a"]})
    proc = gw("detect", "--registry", REGISTRY, "--accounts", jsonl(tmp_path / "ok.jsonl", GOOD_ACCOUNT),
              "--posts", posts, "--out", out)
    input_error(proc, "p.jsonl", "第 2 行：字段 post_id 应为文本或整数，实际是对象", "第 3 行：字段 text 应为文本，实际是列表")
    assert not out.exists()


def test_wrong_field_types_in_a_findings_file_for_ingest(tmp_path):
    path = jsonl(tmp_path / "f.jsonl", GOOD_FINDING, {**GOOD_FINDING, "platform": {"a": 1}},
                 {**GOOD_FINDING, "kind": ["zombie"]}, {**GOOD_FINDING, "reasons": "只有一条"},
                 {**GOOD_FINDING, "target": {"platform": "weibo", "account_id": ["9"]}})
    input_error(gw("alerts", "ingest", path, "--run-id", "r1", "--no-notify"),
                "第 2 行：字段 platform 应为文本，实际是对象", "第 3 行：字段 kind 应为文本，实际是列表",
                "第 4 行：字段 reasons 应为文本的列表 […]，实际是文本",
                "第 5 行：字段 target.account_id 应为文本或整数，实际是列表")
    assert gw("alerts", "list", "--json").stdout.strip() == ""


# ---- unwritable --out paths ---------------------------------------------------------------------------------------


def _commands(tmp_path) -> dict[str, tuple[list, str]]:
    accounts = jsonl(tmp_path / "in-accounts.jsonl", GOOD_ACCOUNT)
    return {  # name → (arguments before the output path, suffix of the output file)
        "detect": (["detect", "--registry", REGISTRY, "--accounts", accounts, "--as-of", "2026-11-21", "--out"], ".jsonl"),
        "report": (["report", "inspection", "--period", "2026Q3", "--out"], ".xlsx"),
        "report-both": (["report", "inspection", "--period", "2026Q3", "--both", "--out"], ".xlsx"),
        "registry-export": (["registry", "export", "--out"], ".xlsx"),
        "evidence": (["alerts", "evidence", "0123456789abcdef", "--out"], ".zip"),
        "sweep-out": (["sweep", "http://127.0.0.1:9/", "--no-store", "--out"], ".jsonl"),
        "sweep-report": (["sweep", "http://127.0.0.1:9/", "--no-store", "--report"], ".html"),
    }


COMMANDS = ["detect", "report", "report-both", "registry-export", "evidence", "sweep-out", "sweep-report"]


def _snapshot(root) -> dict[str, bytes | None]:
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None) for p in sorted(root.rglob("*"))
            if "data" not in p.relative_to(root).parts}


@pytest.mark.parametrize("case", ["directory", "under-a-file", "read-only-dir", "read-only-missing-parent"])
@pytest.mark.parametrize("command", COMMANDS)
def test_unwritable_out_path_is_an_input_error_and_nothing_is_written(tmp_path, command, case):
    args, suffix = _commands(tmp_path)[command]
    (tmp_path / "blocker").write_text("keep", encoding="utf-8")
    (tmp_path / "ro").mkdir()
    out = {"directory": tmp_path / f"out{suffix}", "under-a-file": tmp_path / "blocker" / f"out{suffix}",
           "read-only-dir": tmp_path / "ro" / f"out{suffix}",
           "read-only-missing-parent": tmp_path / "ro" / "new" / f"out{suffix}"}[case]
    if case == "directory":
        out.mkdir()
    os.chmod(tmp_path / "ro", 0o555)
    try:
        before = _snapshot(tmp_path)
        proc = gw(*args, out, unprivileged=case.startswith("read-only"))
        after = _snapshot(tmp_path)
    finally:
        os.chmod(tmp_path / "ro", 0o755)
    input_error(proc, "错误：", str(out.parent if case != "directory" else out).split("/")[-1])
    assert after == before, "something was written"


@pytest.mark.parametrize("command", ["detect", "report", "report-both", "registry-export"])
def test_missing_parent_directories_are_created(tmp_path, command):
    args, suffix = _commands(tmp_path)[command]
    out = tmp_path / "new" / "dirs" / f"out{suffix}"
    proc = gw(*args, out)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert out.is_file() and out.stat().st_size > 0
    names = sorted(p.name for p in out.parent.iterdir())
    assert names == (["out.html", "out.xlsx"] if command == "report-both" else [out.name])  # no temporary left


def test_report_both_writes_neither_file_when_one_target_is_unusable(tmp_path):
    (tmp_path / "r.html").mkdir()
    proc = gw("report", "inspection", "--period", "2026Q3", "--both", "--out", tmp_path / "r.xlsx")
    input_error(proc, "r.html", "是一个目录")
    assert not (tmp_path / "r.xlsx").exists()


# ---- URLs -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://", "http://:80", "ftp://x", "javascript:", "javascript:alert(1)", "word",
                                 "http://exa mple.cn/", "http://x:99999/"])
@pytest.mark.parametrize("command", [["sweep"], ["sweep", "--no-store"], ["probe", "run"]])
def test_malformed_urls_are_input_errors_checked_before_anything_starts(tmp_path, command, url):
    proc = gw(*command, "http://127.0.0.1:9/", url)
    input_error(proc, "网址")
    assert not (tmp_path / "data" / "govwatch.db").exists()  # nothing started: the store was never opened


@pytest.mark.parametrize("key", ["GOVWATCH_SWEEP__START_URLS", "GOVWATCH_PROBE__URLS"])
def test_malformed_urls_in_the_configuration_are_configuration_errors(key):
    proc = gw("run", "sweep", env={key: json.dumps(["http://ok.example.cn/", "http://"])})
    assert proc.returncode == 2 and "配置错误" in proc.stderr and key.split("__")[0][9:].lower() in proc.stderr
    assert "缺少主机名" in proc.stderr and "Traceback" not in proc.stderr


def test_errors_of_commands_run_as_python_dash_m_are_caught():
    """The scheduler and the demo run ``python -m govwatch.cli.main``: its errors must be messages too."""
    input_error(gw("detect", "--kinds", "no_such_kind"), "错误：")
