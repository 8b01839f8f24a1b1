"""The SSRF middleware goes to a thread only for a DNS lookup it has not made before in the crawl: each avatar
request used to hop to a worker thread and back (costlier than the check) even for IP literals and allowed
hosts, and looked the same host up again for every avatar."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
import scrapy
from scrapy.utils.test import get_crawler

import core.netguard
from crawler.middlewares import AddressGuardMiddleware, UnsafeRequest


def _middleware(cfg):
    crawler = get_crawler(settings_dict={"GOVWATCH_CONFIG_OBJECT": cfg})
    crawler.spider = SimpleNamespace(run_id="t")
    return AddressGuardMiddleware(crawler)


def _check(mw, url: str):
    return asyncio.run(mw.process_request(scrapy.Request(url, meta={"gw_untrusted": True})))


@pytest.fixture
def counted(monkeypatch):
    """Counts thread hops and DNS lookups; names resolve to fixed addresses (no traffic)."""
    seen = {"threads": 0, "lookups": []}
    to_thread = asyncio.to_thread

    async def counting_to_thread(*args, **kwargs):
        seen["threads"] += 1
        return await to_thread(*args, **kwargs)

    answers = {"img.example.com": ["93.184.216.34"], "rebind.example.com": ["10.0.0.8"]}

    def fake_resolve(host):
        seen["lookups"].append(host)
        if host not in answers:
            raise OSError("no such host")
        return answers[host]

    monkeypatch.setattr(asyncio, "to_thread", counting_to_thread)
    monkeypatch.setattr(core.netguard, "resolve", fake_resolve)
    return seen


def test_no_thread_for_ip_literals_and_allowed_hosts(cfg, counted):
    mw = _middleware(cfg.with_overrides({"security.allowed_private_hosts": ["127.0.0.1", "imitation.local"]}))
    for _ in range(3):
        assert _check(mw, "http://127.0.0.1:9/a.png") is None
        assert _check(mw, "http://imitation.local/a.png") is None
        assert _check(mw, "http://93.184.216.34/a.png") is None
        with pytest.raises(UnsafeRequest):
            _check(mw, "http://10.0.0.1/a.png")
    assert counted["threads"] == 0 and counted["lookups"] == []


def test_a_host_is_looked_up_once_per_crawl_and_its_answer_still_checked(cfg, counted):
    mw = _middleware(cfg)
    for i in range(5):
        assert _check(mw, f"http://img.example.com/{i}.png") is None
    assert counted["lookups"] == ["img.example.com"] and counted["threads"] == 1
    for _ in range(2):  # a name answering an internal address stays refused, from memory too
        with pytest.raises(UnsafeRequest):
            _check(mw, "http://rebind.example.com/a.png")
    assert counted["lookups"] == ["img.example.com", "rebind.example.com"]
    for _ in range(2):  # a failed lookup is not remembered
        with pytest.raises(UnsafeRequest):
            _check(mw, "http://gone.example.com/a.png")
    assert counted["lookups"][2:] == ["gone.example.com", "gone.example.com"]
