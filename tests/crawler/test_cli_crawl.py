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
    assert "发现完成" in proc.stdout and "哔哩哔哩" not in proc.stdout
    # per platform: requests, pages read, items, then the spider's own counts
    assert "新浪微博：请求 " in proc.stdout and "读取的页" in proc.stdout and "找到账号" in proc.stdout
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


def test_a_platform_that_cannot_be_reached_fails_the_run(govwatch_bin, crawl, server):
    """Every request failed (nothing listens there): not an empty night — exit 1, and the output says why."""
    urls = dict(server.urls, bilibili="http://127.0.0.1:9/x", bilibili_www="http://127.0.0.1:9/www")
    crawl.env_extra["GOVWATCH_CRAWLER__BASE_URLS"] = json.dumps(urls)
    crawl.env_extra["GOVWATCH_CRAWLER__RETRY_TIMES"] = "0"
    proc = run_cli(govwatch_bin, crawl, "discover", "--keywords", "山东发布", "--platforms", "weibo", "bilibili")
    assert proc.returncode == 1, proc.stdout
    assert "未能爬取：所有请求都失败或无法解析" in proc.stdout and "哔哩哔哩" in proc.stdout
    assert "初始化步骤失败" in proc.stdout  # the nav/buvid steps failed too, reported
    proc = run_cli(govwatch_bin, crawl, "discover", "--keywords", "山东发布", "--platforms", "bilibili", "--json")
    summary = json.loads(proc.stdout)
    assert proc.returncode == 1 and summary["not_crawled"] == {"bilibili": "所有请求都失败或无法解析"}
    row = summary["platforms"]["bilibili"]
    assert row["crawled"] is False and row["requests"] >= 1 and row["answered"] == 0


def test_failed_visitor_cookie_alone_does_not_fail_the_run(govwatch_bin, crawl, server):
    server.set_failure("weibo", "api_only")  # genvisitor answers 404, the API answers without the cookie
    proc = run_cli(govwatch_bin, crawl, "discover", "--keywords", "济南", "--platforms", "weibo")
    assert proc.returncode == 0, proc.stdout
    assert "初始化步骤失败（已照常爬取接口）：visitor_cookie" in proc.stdout
    assert "weibo:1951382051" in crawl.accounts()
