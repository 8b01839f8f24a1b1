"""``govwatch crawl …`` through the installed command: Chinese summary, exit codes, clear errors."""

from __future__ import annotations

import json
import subprocess

from tests.crawler.conftest import REPO


def run_cli(govwatch_bin, crawl, *args):
    return subprocess.run([govwatch_bin, "crawl", *args], cwd=REPO, env=crawl.env(), capture_output=True,
                          text=True, timeout=120)


def test_discover_and_refresh_commands(govwatch_bin, crawl):
    crawl.seed_registry()
    proc = run_cli(govwatch_bin, crawl, "discover", "--keywords", "山东发布，济南", "--platforms", "weibo", "wechat")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "发现完成" in proc.stdout and "新浪微博：找到账号" in proc.stdout and "哔哩哔哩" not in proc.stdout
    assert "weibo:7712300001" in crawl.accounts()
    proc = run_cli(govwatch_bin, crawl, "refresh", "--accounts", "weibo:2803301701", "--json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout)
    assert summary["platforms"]["weibo"]["ok"] == 1 and summary["blocked"] == {}


def test_blocked_run_exits_1_and_says_so(govwatch_bin, crawl, server):
    crawl.seed_registry()
    server.set_failure("weibo", "http_418")
    proc = run_cli(govwatch_bin, crawl, "refresh", "--platforms", "weibo")
    assert proc.returncode == 1
    assert "被拦截" in proc.stdout and "未知" in proc.stdout


def test_usage_errors_are_chinese(govwatch_bin, crawl):
    proc = run_cli(govwatch_bin, crawl, "discover")
    assert proc.returncode == 2 and "--keywords" in proc.stderr
    proc = run_cli(govwatch_bin, crawl, "discover", "--keywords", "x", "--platforms", "myspace")
    assert proc.returncode == 2 and "未知的平台" in proc.stderr
    proc = run_cli(govwatch_bin, crawl, "refresh", "--accounts", "2803301701")
    assert proc.returncode == 2 and "平台:账号ID" in proc.stderr
