"""Downloader middlewares and per-platform request settings, without a crawl."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager

from crawler.middlewares import (
    BackoffRetryMiddleware,
    BlockedPlatformMiddleware,
    EncodingMiddleware,
    PlatformBlockedError,
    platform_blocked,
)
from crawler.platforms import build_adapters
from crawler.settings import scrapy_settings

PAGE = "<html><head><title>测试</title></head><body><p>山东发布 微信认证：山东省人民政府新闻办公室</p></body></html>"


def test_gbk_without_header_is_detected():
    body = PAGE.encode("gbk")
    resp = HtmlResponse("http://127.0.0.1/x", body=body, headers={"Content-Type": "text/html"})
    fixed = EncodingMiddleware().process_response(Request(resp.url), resp)
    assert "山东省人民政府新闻办公室" in fixed.text


def test_header_and_meta_charset_win():
    body = PAGE.encode("gbk")
    resp = TextResponse("http://127.0.0.1/x", body=body, headers={"Content-Type": "text/html; charset=gbk"})
    assert EncodingMiddleware().process_response(Request(resp.url), resp) is resp
    meta = ('<meta charset="gbk">' + PAGE).encode("gbk")
    resp = HtmlResponse("http://127.0.0.1/x", body=meta, headers={"Content-Type": "text/html"})
    out = EncodingMiddleware().process_response(Request(resp.url), resp)
    assert "山东发布" in out.text


def test_blocked_platform_requests_are_dropped():
    crawler = SimpleNamespace(signals=SignalManager())
    mw = BlockedPlatformMiddleware(crawler)
    request = Request("http://127.0.0.1/a", meta={"gw_platform": "weibo"})
    assert mw.process_request(request) is None
    crawler.signals.send_catch_log(platform_blocked, platform="weibo", code="http_432")
    with pytest.raises(PlatformBlockedError):
        mw.process_request(Request("http://127.0.0.1/a", meta={"gw_platform": "weibo"}))
    assert mw.process_request(Request("http://127.0.0.1/a", meta={"gw_platform": "bilibili"})) is None


def test_retry_backoff_grows_exponentially():
    settings = Settings({"RETRY_ENABLED": True, "RETRY_TIMES": 5, "RETRY_HTTP_CODES": [503], "RETRY_PRIORITY_ADJUST": -1,
                         "RETRY_GIVE_UP_LOG_LEVEL": "ERROR", "RETRY_EXCEPTIONS": [], "GOVWATCH_RETRY_BACKOFF": 2.0})
    mw = BackoffRetryMiddleware(settings)
    stats = SimpleNamespace(inc_value=lambda *a, **k: None)
    crawler = SimpleNamespace(stats=stats, settings=settings)
    mw.crawler = SimpleNamespace(spider=SimpleNamespace(crawler=crawler), stats=stats, settings=settings)
    random.seed(1)
    req, delays = Request("http://127.0.0.1/a"), []
    for _ in range(4):
        req = mw.process_response(req, Response(req.url, status=503))
        delays.append(req.meta["gw_backoff"])
    ok = Response(req.url, status=200)
    assert mw.process_response(req, ok) is ok  # not a retry: nothing added
    for n, d in enumerate(delays):
        assert 2.0 * 2 ** n * 0.5 <= d <= 2.0 * 2 ** n * 1.5
    assert delays[3] > delays[0] * 2


def test_per_platform_slot_proxy_and_user_agent(cfg):
    cfg = cfg.with_overrides({"crawler.proxies": {"weibo": "http://127.0.0.1:3128"},
                              "crawler.user_agents": {"bilibili": "GovwatchTest/1.0"}})
    adapters = build_adapters(cfg, ["weibo", "bilibili"])
    wb = adapters["weibo"].profile_request("1")
    bl = adapters["bilibili"].posts_request("1", None)
    assert wb.meta["download_slot"] == "weibo" and wb.meta["proxy"] == "http://127.0.0.1:3128"
    assert "proxy" not in bl.meta and bl.headers["User-Agent"] == b"GovwatchTest/1.0"
    assert b"iPhone" in wb.headers["User-Agent"]  # m.weibo.cn wants a mobile UA by default


def test_scrapy_settings_translate_politeness(cfg):
    s = scrapy_settings(cfg)
    assert s["DOWNLOAD_DELAY"] == 1.0 and s["RANDOMIZE_DOWNLOAD_DELAY"] and s["AUTOTHROTTLE_ENABLED"]
    assert s["DOWNLOAD_SLOTS"]["weibo"]["concurrency"] == 2 and s["DOWNLOAD_SLOTS"]["douyin"]["delay"] == 1.0
    assert s["GOVWATCH_RETRY_BACKOFF"] == 2.0 and 432 not in s["RETRY_HTTP_CODES"]
    assert "DOWNLOAD_HANDLERS" in s  # douyin/kuaishou enabled by default → Playwright handler
    off = scrapy_settings(cfg.with_overrides({"crawler.download_delay": 0, "crawler.platforms": ["weibo"]}))
    assert off["GOVWATCH_RETRY_BACKOFF"] == 0.0 and not off["AUTOTHROTTLE_ENABLED"]
    assert "DOWNLOAD_HANDLERS" not in off
    job = scrapy_settings(cfg.with_overrides({"crawler.jobdir": "/tmp/x-job"}))
    assert job["JOBDIR"] == "/tmp/x-job"


def test_items_per_response_fit_the_pages_without_scrapys_hundred_workers(cfg):
    """Scrapy starts CONCURRENT_ITEMS worker tasks for every response (100 by default): the setting stays below
    that default but covers a full page of items (search pages and post pages carry at most 20, plus requests),
    so a page's account items still wait for their avatars side by side."""
    from scrapy.settings import default_settings

    s = scrapy_settings(cfg)
    assert 21 <= s["CONCURRENT_ITEMS"] < default_settings.CONCURRENT_ITEMS
