"""Ingestion guards of the crawler (issue #13 items 4 and 6, issue #11 bookkeeping), without a crawl:

- the SSRF middleware refuses URLs from crawled content that point at internal addresses (checked before any
  connection: no traffic leaves the test), and the resolver refuses internal answers for untrusted hosts;
- every crawled text field is capped at ingestion, its original length kept;
- ``discovered_by`` merges keyword lists and reads old single-string values;
- unknown ``crawler.base_urls`` keys are refused; blocked platforms are high severity by default.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from types import SimpleNamespace

import pytest
import scrapy
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError

from core.netguard import AddressPolicy
from crawler.middlewares import AddressGuardMiddleware, UnsafeRequest
from crawler.pipelines import NormalizePipeline, _merge, merge_keywords
from crawler.resolver import GuardedResolver, trusted_hosts
from tests.crawler.conftest import REPO


def _crawler(cfg):
    crawler = get_crawler(settings_dict={"GOVWATCH_CONFIG_OBJECT": cfg})
    crawler.spider = SimpleNamespace(run_id="t")
    return crawler


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/a.png", "http://10.1.2.3/a.png", "http://[::1]/a.png",
                                 "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                                 "http://192.168.0.7/x.jpg"])
def test_untrusted_internal_urls_are_refused_before_sending(cfg, url):
    mw = AddressGuardMiddleware(_crawler(cfg))
    with pytest.raises(UnsafeRequest):
        asyncio.run(mw.process_request(scrapy.Request(url, meta={"gw_untrusted": True})))


def test_allow_list_and_trusted_requests(cfg):
    allowed = cfg.with_overrides({"security.allowed_private_hosts": ["127.0.0.1"]})
    mw = AddressGuardMiddleware(_crawler(allowed))
    assert asyncio.run(mw.process_request(scrapy.Request("http://127.0.0.1:9/a.png",
                                                         meta={"gw_untrusted": True}))) is None
    with pytest.raises(UnsafeRequest):  # allowing 127.0.0.1 does not allow 10.x
        asyncio.run(mw.process_request(scrapy.Request("http://10.0.0.1/a.png", meta={"gw_untrusted": True})))
    # a configured platform URL (no gw_untrusted flag) is trusted and not checked
    strict = AddressGuardMiddleware(_crawler(cfg))
    assert asyncio.run(strict.process_request(scrapy.Request("http://127.0.0.1:9/api"))) is None


def test_resolver_refuses_internal_answers_for_untrusted_hosts(cfg):
    cfg = cfg.with_overrides({"crawler.base_urls": {"weibo": "http://weibo-mirror.internal:8080"},
                              "security.allowed_private_hosts": ["imitation.local", "10.9.0.0/16"]})
    trusted = trusted_hosts(cfg)
    assert {"weibo-mirror.internal", "m.weibo.cn", "api.bilibili.com"} <= trusted
    resolver = GuardedResolver.__new__(GuardedResolver)
    resolver.trusted, resolver.policy = trusted, AddressPolicy.from_config(cfg)
    # DNS rebinding: whatever the pre-check saw, the address the connection would use is checked here
    with pytest.raises(DNSLookupError):
        resolver._check("127.0.0.1", "avatars.evil.example")
    with pytest.raises(DNSLookupError):
        resolver._check("10.0.0.5", "avatars.evil.example")
    assert resolver._check("10.9.1.1", "avatars.evil.example") == "10.9.1.1"  # allowed network
    assert resolver._check("93.184.216.34", "avatars.example") == "93.184.216.34"
    assert resolver._check("10.0.0.5", "weibo-mirror.internal") == "10.0.0.5"  # configured platform host
    assert resolver._check("127.0.0.1", "imitation.local") == "127.0.0.1"  # allowed by name


def test_crawled_text_is_capped_at_ingestion(cfg):
    pipe = NormalizePipeline(_crawler(cfg))
    huge = "山东发布" * 50_000
    item = pipe.process_item({"_collection": "accounts", "platform": "weibo", "account_id": "1", "name": huge,
                              "description": huge, "verified_reason": "短", "raw": {"screen_name": huge,
                                                                                   "nested": [{"x": huge}]}})
    assert len(item["name"]) == cfg["crawler.max_name_chars"] and item["name_length"] == 200_000
    assert len(item["description"]) == cfg["crawler.max_text_chars"] and item["description_length"] == 200_000
    assert item["verified_reason"] == "短" and "verified_reason_length" not in item
    assert len(item["raw"]["screen_name"]) == cfg["crawler.max_text_chars"]
    assert len(item["raw"]["nested"][0]["x"]) == cfg["crawler.max_text_chars"]
    assert set(item["truncated"]) == {"name", "description", "raw"} and item["raw_strings_truncated"] == 2
    post = pipe.process_item({"_collection": "posts", "platform": "weibo", "account_id": "1", "post_id": "p",
                              "text": "字" * 30_000})
    assert len(post["text"]) == cfg["crawler.max_post_text_chars"] and post["text_length"] == 30_000
    small = pipe.process_item({"_collection": "accounts", "platform": "weibo", "account_id": "1", "name": "济南发布",
                               "followers": "145.5万"})
    assert "truncated" not in small and small["followers"] == 1_455_000


def test_deeply_nested_raw_is_bounded(cfg):
    pipe = NormalizePipeline(_crawler(cfg))
    deep: dict = {}
    cur = deep
    for _ in range(100):
        cur["a"] = {}
        cur = cur["a"]
    item = pipe.process_item({"_collection": "accounts", "platform": "weibo", "account_id": "1", "raw": deep})
    depth, cur = 0, item["raw"]
    while isinstance(cur, dict) and cur.get("a") is not None:
        cur, depth = cur["a"], depth + 1
    assert depth < 15 and "raw" in item["truncated"]


def test_discovered_by_merges_keywords():
    assert merge_keywords(None, ["济南"]) == ["济南"]
    assert merge_keywords("济南发布", ["济南"]) == ["济南发布", "济南"]  # an old single-string value is read
    assert merge_keywords(["济南", "山东"], ["山东", "发布"]) == ["济南", "山东", "发布"]
    assert _merge({"discovered_by": "旧词", "name": "a"}, {"discovered_by": ["新词"], "name": None}) == \
        {"discovered_by": ["旧词", "新词"], "name": "a"}
    assert "discovered_by" not in _merge({"name": "a"}, {"name": "b"})


def test_unknown_base_url_keys_are_refused(cfg):
    from crawler.platforms import UnknownBaseUrlKey, base_url_keys, build_adapters, check_base_urls

    keys = base_url_keys(cfg)
    assert {"weibo", "weibo_passport", "wechat", "wechat_mp", "bilibili", "bilibili_www", "douyin", "kuaishou",
            "generic", "gov_app_portal"} <= set(keys)
    bad = cfg.with_overrides({"crawler.base_urls": {"weibo": "http://127.0.0.1:1", "weibo_pasport": "x"}})
    with pytest.raises(UnknownBaseUrlKey, match="weibo_pasport"):
        check_base_urls(bad)
    with pytest.raises(UnknownBaseUrlKey):
        build_adapters(bad)


def test_every_base_url_key_is_documented():
    from core.settings import setting
    from crawler.platforms import BUILTIN

    doc = setting("crawler.base_urls").doc
    for adapter in BUILTIN.values():
        for key in adapter.default_urls:
            assert key in doc, key
    settings_md = (REPO / "docs" / "SETTINGS.md").read_text(encoding="utf-8")
    assert "weibo_passport" in settings_md and "bilibili_www" in settings_md


def test_config_check_rejects_unknown_base_url_key(tmp_path):
    conf = tmp_path / "g.toml"
    conf.write_text('[crawler]\nbase_urls = {weibo = "http://127.0.0.1:1", wiebo_passport = "x"}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "govwatch.cli.main", "--config", str(conf), "config", "check"],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 2 and "wiebo_passport" in proc.stderr and "未知的键" in proc.stderr
    conf.write_text('[crawler]\nbase_urls = {weibo = "http://127.0.0.1:1"}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "govwatch.cli.main", "--config", str(conf), "config", "check"],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr


def test_blocked_platforms_are_high_severity_by_default(cfg):
    from alerts.severity import severity_of

    finding = {"kind": "platform_blocked", "platform": "weibo", "evidence": {"signal": "http_432"}}
    assert severity_of(finding, cfg) == "high"
    assert severity_of(finding) == "high"
    low = cfg.with_overrides({"alerts.platform_blocked_severity": "low"})
    assert severity_of(finding, low) == "low"
