"""Sogou's "SNUID churn" blocking signal: the detector rule, the adapter, and whole crawls against the imitation."""

from __future__ import annotations

import asyncio

import pytest
import scrapy
from scrapy.http import HtmlResponse

from crawler.platforms import Blocked, Malformed, build_adapters
from crawler.platforms.wechat import SnuidChurn, snuid_of
from imitations.platforms import registry_rows

RESULTS = ('<html><body><div class="news-box"><ul class="news-list2"><li><p class="tit"><a>山东发布</a></p>'
           '<label name="em_weixinhao">sdfb_gov</label></li></ul></div></body></html>')
NO_RESULT = ('<html><body><div class="news-box"><div id="noresult_part1_container">暂无</div></div>'
             '</body></html>')


# ---- the rule ----------------------------------------------------------------------------------------------

def test_snuid_of_reads_cookie_and_set_cookie_values():
    assert snuid_of([b"SUV=1; path=/", b"SNUID=ABC; path=/; expires=Sun, 06-Dec-2026 01:00:00 GMT"]) == "ABC"
    assert snuid_of(["SUV=1; SNUID=XYZ; IPLOC=CN"]) == "XYZ"
    assert snuid_of([b"MY_SNUID=nope; path=/"]) is None
    assert snuid_of([]) is None and snuid_of(None) is None


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_churn_limit_boundary(limit):
    churn = SnuidChurn(limit=limit)
    assert churn.observe(None, "S0") is False  # first visit: Sogou sets the SNUID, nothing replaced
    for i in range(1, limit):  # limit - 1 replacements in a row: not blocked
        assert churn.observe(f"S{i - 1}", f"S{i}") is False
    assert churn.streak == limit - 1
    assert churn.observe(f"S{limit - 1}", f"S{limit}") is True  # the limit-th replacement in a row


def test_occasional_replacements_do_not_add_up():
    churn = SnuidChurn(limit=3)
    churn.observe(None, "A")
    for _ in range(5):
        assert churn.observe("A", "B") is False
        assert churn.observe("A", "B") is False
        assert churn.observe("B", None) is False  # a response that left our SNUID alone resets the streak
        assert churn.streak == 0
    assert churn.observe("A", "C") is False
    assert churn.observe("C", "C") is False  # Sogou re-sending the value we carried is no replacement
    assert churn.streak == 0


def test_cookieless_responses_are_neither_replacements_nor_resets():
    # concurrent first requests go out before the first SNUID arrives; Sogou gives each its own: no churn
    churn = SnuidChurn(limit=2)
    assert not any(churn.observe(None, f"S{i}") for i in range(10))
    assert churn.observe("S9", "T1") is False
    assert churn.observe(None, "T2") is False  # does not reset the streak either
    assert churn.observe("T1", "T3") is True


# ---- the adapter -------------------------------------------------------------------------------------------

def _adapter(cfg, limit=None):
    overrides = {"crawler.platforms": ["wechat"]}
    if limit is not None:
        overrides["crawler.wechat_snuid_churn_limit"] = limit
    return build_adapters(cfg.with_overrides(overrides))["wechat"]


def _response(wx, *, sent=None, received=None, body=RESULTS, keyword="sdfb_gov"):
    req = wx.profile_request(keyword)
    if sent:
        req.headers["Cookie"] = f"SUV=00A1; SNUID={sent}"
    headers = {"Content-Type": "text/html; charset=utf-8"}
    if received:
        headers["Set-Cookie"] = f"SNUID={received}; path=/"
    return HtmlResponse(url=req.url, status=200, headers=headers, body=body.encode(), request=req)


def test_adapter_blocks_on_the_limit_th_replacement(cfg):
    wx = _adapter(cfg)
    assert wx.snuid_churn.limit == 3  # the default of crawler.wechat_snuid_churn_limit
    asyncio.run(wx.parse_profile(_response(wx, received="S0"), "sdfb_gov"))
    for i in (1, 2):
        result = asyncio.run(wx.parse_profile(_response(wx, sent=f"S{i - 1}", received=f"S{i}"), "sdfb_gov"))
        assert result.account["account_id"] == "sdfb_gov"
    with pytest.raises(Blocked) as exc:
        asyncio.run(wx.parse_search(_response(wx, sent="S2", received="S3"), "山东", 1))
    assert exc.value.signal == "snuid_churn" and "SNUID" in exc.value.reason


def test_adapter_setting_and_normal_session(cfg):
    wx = _adapter(cfg, limit=5)
    assert wx.snuid_churn.limit == 5
    asyncio.run(wx.parse_profile(_response(wx, received="S0"), "sdfb_gov"))
    for _ in range(20):  # the SNUID we carry is kept: a normal session
        asyncio.run(wx.parse_profile(_response(wx, sent="S0"), "sdfb_gov"))
    assert wx.snuid_churn.streak == 0


def test_empty_page_with_a_replaced_snuid_is_not_gone(cfg):
    wx = _adapter(cfg)
    with pytest.raises(Malformed):
        asyncio.run(wx.parse_profile(_response(wx, sent="S0", received="S1", body=NO_RESULT), "sdfb_gov"))
    from crawler.platforms import Gone

    with pytest.raises(Gone):  # the same empty answer in a quiet session is Sogou's "does not exist"
        asyncio.run(wx.parse_profile(_response(wx, sent="S1", body=NO_RESULT), "sdfb_gov"))


def test_imitation_churn_mode(server):
    from tests.crawler.fetch import Fetcher

    wx_req = scrapy.Request(server.urls["wechat"] + "/weixin?type=1&query=sdfb_gov&ie=utf8&page=1")
    fetch = Fetcher()
    fetch(wx_req)
    first = fetch.cookies["SNUID"]
    fetch(wx_req)
    assert fetch.cookies["SNUID"] == first and len(server.wechat_snuids) == 1  # normal: set once
    server.set_failure("wechat", "snuid_churn")
    fetch(wx_req)
    fetch(wx_req)
    assert len(set(server.wechat_snuids)) == 3 and fetch.cookies["SNUID"] == server.wechat_snuids[-1]
    server.set_failure("wechat", None)
    fetch(wx_req)
    assert len(server.wechat_snuids) == 3


# ---- whole crawls --------------------------------------------------------------------------------------------

def _wechat_rows(server):
    rows = [r for r in registry_rows(server.seed) if r["platform"] == "wechat"]
    known = {r["account_id"] for r in rows}
    for a in server.seed["wechat"]:  # every seed account, so the crawl makes enough Sogou requests
        if a.id not in known:
            rows.append({**rows[0], "account_id": a.id, "name": a.name, "url": ""})
    return rows


def test_refresh_under_snuid_churn_is_blocked_never_gone(crawl, server):
    crawl.platforms = ["wechat"]
    rows = crawl.seed_registry(_wechat_rows(server))
    server.set_failure("wechat", "snuid_churn")
    # one request at a time, so every request after the first carries the SNUID of the answer before it
    out = crawl.run("refresh", "CONCURRENT_REQUESTS=1", run_id="run-churn")
    assert out["blocked"] == {"wechat": "snuid_churn"}
    found = crawl.findings(kind="platform_blocked", platform="wechat")
    assert len(found) == 1 and found[0]["evidence"]["signal"] == "snuid_churn"
    assert found[0]["evidence"]["url"] == server.urls["wechat"] and found[0]["run_id"] == "run-churn"
    accounts = crawl.accounts()
    statuses = {r["account_id"]: accounts[f"wechat:{r['account_id']}"]["crawl_status"] for r in rows}
    assert "gone" not in statuses.values(), statuses
    assert set(statuses.values()) <= {"ok", "failed", "blocked"}, statuses
    assert list(statuses.values()).count("blocked") >= len(rows) - 3, statuses  # blocked at the 4th answer
    for account_id, status in statuses.items():
        if status != "ok":
            assert accounts[f"wechat:{account_id}"].get("last_post_at") is None


def test_refresh_with_one_initial_snuid_is_not_blocked(crawl, server):
    crawl.platforms = ["wechat"]
    rows = crawl.seed_registry(_wechat_rows(server))
    out = crawl.run("refresh", "CONCURRENT_REQUESTS=1")
    assert out["blocked"] == {}
    assert len(server.wechat_snuids) == 1  # Sogou set the SNUID once, the crawl kept sending it
    assert crawl.findings(kind="platform_blocked") == []
    accounts = crawl.accounts()
    assert {accounts[f"wechat:{r['account_id']}"]["crawl_status"] for r in rows} == {"ok"}
