"""What an account's crawl outcome is: unexpected parse errors, accounts unfinished at close, when
``refreshed_at`` is stamped, and which answers mean "gone" (only an explicit "does not exist")."""

from __future__ import annotations

import asyncio
import time

import pytest
import scrapy
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.test import get_crawler

from crawler.platforms import Blocked, Gone, Malformed, build_adapters
from crawler.platforms.base import PostsResult, ProfileResult
from crawler.spiders.refresh import RefreshSpider
from tests.crawler.fetch import Fetcher


def run(coro):
    return asyncio.run(coro)


async def collect(agen) -> list:
    return [x async for x in agen]


@pytest.fixture
def spider(cfg):
    cfg = cfg.with_overrides({"crawler.platforms": ["weibo"]})
    crawler = get_crawler(RefreshSpider, {"GOVWATCH_CONFIG_OBJECT": cfg})
    crawler.spider = sp = RefreshSpider.from_crawler(crawler)
    sp.pending["weibo"] = {"111", "222"}
    return sp


def profile_response(account_id: str) -> TextResponse:
    request = scrapy.Request(f"http://127.0.0.1:9/profile/{account_id}",
                             meta={"gw_platform": "weibo", "gw_kind": "profile", "gw_account": account_id})
    return TextResponse(request.url, body=b"{}", request=request)


def test_unexpected_parse_error_marks_the_account_failed(spider, monkeypatch, caplog):
    async def broken(response, account_id):
        return {}["user"]  # a payload whose shape changed: KeyError

    monkeypatch.setattr(spider.adapters["weibo"], "parse_profile", broken)
    items = run(collect(spider.parse_profile_page(profile_response("111"))))
    assert [(i["account_id"], i["crawl_status"]) for i in items] == [("111", "failed")]
    assert "KeyError" in items[0]["crawl_error"] and items[0]["refreshed_at"]
    assert spider.crawler.stats.get_value("govwatch/parse_error/weibo") == 1
    assert "Traceback" in caplog.text and "111" not in spider.pending["weibo"]


def test_profile_read_alone_is_not_a_refresh_and_unfinished_accounts_fail(spider, monkeypatch):
    adapter = spider.adapters["weibo"]

    async def profile(response, account_id):
        return ProfileResult({"platform": "weibo", "account_id": account_id, "name": "济南发布"}, None)

    monkeypatch.setattr(adapter, "parse_profile", profile)
    items = run(collect(spider.parse_profile_page(profile_response("111"))))
    account = [i for i in items if isinstance(i, dict)]
    assert len(account) == 1 and account[0]["profile_crawled_at"]
    assert "refreshed_at" not in account[0] and "crawl_status" not in account[0]
    assert any(isinstance(i, scrapy.Request) for i in items)  # the posts are still to be read
    # the spider closes before the posts arrived: both pending accounts are "failed", stamped as such
    left = spider.unfinished_items()
    assert sorted((i["account_id"], i["crawl_status"]) for i in left) == [("111", "failed"), ("222", "failed")]
    assert all(i["crawl_error"] == "爬取结束时仍未完成" and i["refreshed_at"] for i in left)
    assert spider.crawler.stats.get_value("govwatch/accounts_failed/weibo") == 2
    # once the posts were read, "ok" carries refreshed_at
    spider.pending["weibo"] = {"333"}
    done = list(spider.posts_step(adapter, "333", PostsResult([]), {"page": 1, "last_post_at": None,
                                                                   "last_original_at": None, "posts": 0}))
    assert done[-1]["crawl_status"] == "ok" and done[-1]["refreshed_at"] and not spider.unfinished_items()


def test_dropped_profile_request_is_not_unfinished(spider):
    request = scrapy.Request("http://127.0.0.1:9/p", meta={"gw_platform": "weibo", "gw_kind": "profile",
                                                           "gw_account": "222"})
    spider._on_request_dropped(request)
    assert [i["account_id"] for i in spider.unfinished_items()] == ["111"]


def test_refresh_stopped_midway_leaves_no_stale_ok(crawl):
    """Accounts a refresh did not finish (here: stopped after a few items) are "failed", not their old "ok"."""
    crawl.seed_registry()
    crawl.platforms = ["weibo", "bilibili"]
    crawl.run("refresh")
    before = crawl.accounts()
    assert {a.get("crawl_status") for a in before.values() if a["platform"] in ("weibo", "bilibili")} >= {"ok"}
    # refreshed_at is stamped to the second (the record contract): let the clock pass a second so that the failed
    # stamp of the second run can be told from the first run's (a fast machine ran both within one second)
    time.sleep(1.1)
    out = crawl.run("refresh", "CLOSESPIDER_ITEMCOUNT=3", "CONCURRENT_REQUESTS=1")
    assert out["finish_reason"] == "closespider_itemcount"
    after = crawl.accounts()
    unfinished = [k for k, a in after.items() if a.get("crawl_error") == "爬取结束时仍未完成"]
    assert any(before[k]["crawl_status"] == "ok" for k in unfinished)
    for key in unfinished:
        assert after[key]["crawl_status"] == "failed"
        assert after[key]["refreshed_at"] > before[key]["refreshed_at"]
        assert after[key].get("last_post_at") == before[key].get("last_post_at")  # earlier data kept
    assert out["stats"]["govwatch/accounts_failed/weibo"] + out["stats"].get(
        "govwatch/accounts_failed/bilibili", 0) >= len(unfinished)


# ---- what "gone" means ----------------------------------------------------------------------------------
@pytest.fixture
def wechat(cfg, server):
    cfg = cfg.with_overrides({"crawler.base_urls": server.urls, "crawler.platforms": ["wechat"]})
    return build_adapters(cfg)["wechat"]


def test_wechat_account_absent_from_results_is_not_gone(wechat):
    fetch = Fetcher()
    page = fetch(wechat.search_request("山东发布", 1))  # a page of other accounts
    assert run(wechat.parse_search(page, "山东发布", 1)).accounts
    with pytest.raises(Malformed, match="未在搜索结果中找到"):
        run(wechat.parse_profile(page, "jnfb_not_on_this_page"))
    # Sogou's explicit "no result" block is the one answer that means the account is gone
    empty = fetch(wechat.search_request("whgov_release_deleted", 1))
    assert empty.css("#noresult_part1_container")
    with pytest.raises(Gone):
        run(wechat.parse_profile(empty, "whgov_release_deleted"))


def test_wechat_mp_searchbiz_miss_is_not_gone(cfg):
    cfg = cfg.with_overrides({"crawler.wechat_mp_cookie": "c", "crawler.wechat_mp_token": "t"})
    adapter = build_adapters(cfg, ["wechat"])["wechat"]
    url = "https://mp.weixin.qq.com/cgi-bin/searchbiz?action=search_biz&query=sdfb_gov"
    body = b'{"base_resp": {"ret": 0}, "list": [{"alias": "other", "nickname": "x", "fakeid": "F"}], "total": 9}'
    with pytest.raises(Malformed, match="未在公众平台搜索结果中找到"):
        run(adapter.parse_posts(TextResponse(url, body=body, headers={"Content-Type": "application/json"}),
                                "sdfb_gov"))


def browser_adapter(cfg, name, monkeypatch, docs):
    adapter = build_adapters(cfg, [name])[name]

    async def captured(response):
        return docs

    monkeypatch.setattr(adapter, "captured_json", captured)
    return adapter


PAGE = HtmlResponse("http://127.0.0.1:9/user/x", body=b"<html></html>")


@pytest.mark.parametrize("doc, expected", [
    ({"status_code": 0, "status_msg": "用户不存在", "user": None}, Gone),  # what the imitation serves
    ({"status_code": 2154, "status_msg": "操作过于频繁，请稍后再试"}, Blocked),
    ({"status_code": 8, "status_msg": "请先登录"}, Blocked),
    ({"status_code": 5, "status_msg": ""}, Malformed),
    ({"status_code": 0}, Malformed),
])
def test_douyin_only_user_not_found_is_gone(cfg, monkeypatch, doc, expected):
    adapter = browser_adapter(cfg, "douyin", monkeypatch, [("http://x/aweme/v1/web/user/profile/other/?a=1", doc)])
    with pytest.raises(expected):
        run(adapter.parse_profile(PAGE, "MS4w"))


@pytest.mark.parametrize("vp, expected", [
    ({"result": 2, "userProfile": None}, Gone),  # what the imitation serves for a deleted user
    ({"result": 400002, "userProfile": None}, Blocked),
    ({"result": 109, "userProfile": None}, Malformed),
    ({"result": 1, "userProfile": None}, Malformed),
])
def test_kuaishou_only_user_not_found_is_gone(cfg, monkeypatch, vp, expected):
    adapter = browser_adapter(cfg, "kuaishou", monkeypatch, [("http://x/graphql", {"data": {"visionProfile": vp}})])
    with pytest.raises(expected):
        run(adapter.parse_profile(PAGE, "3x1"))
