"""Each HTTP adapter against its imitation, without Scrapy's engine (see fetch.py)."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.records import parse_time
from crawler.platforms import Blocked, Gone, Malformed, build_adapters
from crawler.platforms.base import classify_verification
from crawler.platforms.bilibili import sign_params
from crawler.platforms.weibo import parse_created_at
from imitations.platforms.bilibili import expected_w_rid
from tests.crawler.fetch import Fetcher

CST = ZoneInfo("Asia/Shanghai")


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def adapters(cfg, server):
    cfg = cfg.with_overrides({"crawler.base_urls": server.urls,
                              "crawler.platforms": ["weibo", "wechat", "bilibili", "gov_app_portal"]})
    return build_adapters(cfg)


def boot(adapter, fetch):
    for req in adapter.bootstrap_requests():
        adapter.bootstrap(fetch(req))


def test_weibo_relative_times():
    now = datetime(2026, 11, 21, 10, 30, tzinfo=CST)
    assert parse_created_at("刚刚", now) == now
    assert parse_created_at("5分钟前", now) == now - timedelta(minutes=5)
    assert parse_created_at("3小时前", now) == now - timedelta(hours=3)
    assert parse_created_at("昨天 23:15", now) == datetime(2026, 11, 20, 23, 15, tzinfo=CST)
    assert parse_created_at("11-02", now) == datetime(2026, 11, 2, tzinfo=CST)
    assert parse_created_at("12-30", now) == datetime(2025, 12, 30, tzinfo=CST)  # a future day is last year
    assert parse_created_at("Sat Nov 21 10:00:00 +0800 2026", now).hour == 10
    assert parse_created_at("2024-03-01", now) == datetime(2024, 3, 1, tzinfo=CST)
    assert parse_created_at("很久以前", now) is None


def test_weibo_adapter(adapters, server):
    wb, fetch = adapters["weibo"], Fetcher()
    # without the visitor cookie the API answers with the visitor page: a block, not "no accounts"
    with pytest.raises(Blocked) as exc:
        run(wb.parse_search(fetch(wb.search_request("济南", 1)), "济南", 1))
    assert exc.value.signal == "login_wall"
    boot(wb, fetch)
    res = run(wb.parse_search(fetch(wb.search_request("济南", 1)), "济南", 1))
    names = [a["name"] for a in res.accounts]
    assert "济南发布" in names and "济南友布" in names
    res = run(wb.parse_search(fetch(wb.search_request("发布", 1)), "发布", 1))
    all_names = [a["name"] for a in res.accounts]
    page = 1
    while res.has_more:
        page += 1
        res = run(wb.parse_search(fetch(wb.search_request("发布", page)), "发布", page))
        all_names += [a["name"] for a in res.accounts]
    assert page >= 2 and len(all_names) == len(set(all_names)) and "汕头发布" in all_names
    prof = run(wb.parse_profile(fetch(wb.profile_request("1989772524")), "1989772524")).account
    assert prof["verified_type"] == "government" and prof["followers"] == 890000
    with pytest.raises(Gone):
        run(wb.parse_profile(fetch(wb.profile_request("3301000005")), "3301000005"))
    posts = run(wb.parse_posts(fetch(wb.posts_request("3301000001", None)), "3301000001"))
    assert posts.posts[0]["is_pinned"] and not any(p["is_pinned"] for p in posts.posts[1:])
    first_real = parse_time(posts.posts[1]["created_at"])
    assert timedelta(days=29) < datetime.now(CST) - first_real < timedelta(days=32)
    reposts = run(wb.parse_posts(fetch(wb.posts_request("3301000002", None)), "3301000002")).posts
    assert reposts[0]["is_original"] is False and reposts[0]["source"] == "新华社"
    p1 = run(wb.parse_posts(fetch(wb.posts_request("2803301701", None)), "2803301701"))
    assert p1.next_cursor == 2
    p2 = run(wb.parse_posts(fetch(wb.posts_request("2803301701", 2)), "2803301701"))
    assert not {p["post_id"] for p in p1.posts} & {p["post_id"] for p in p2.posts}
    assert p1.posts[0]["created_at"] > p2.posts[0]["created_at"]


def test_weibo_ok_0_and_malformed(adapters, server):
    wb, fetch = adapters["weibo"], Fetcher()
    boot(wb, fetch)
    server.set_failure("weibo", "empty_json")
    with pytest.raises(Blocked) as exc:
        run(wb.parse_profile(fetch(wb.profile_request("2803301701")), "2803301701"))
    assert exc.value.signal == "ok_0"
    server.set_failure("weibo", "malformed_json")
    with pytest.raises(Malformed):
        run(wb.parse_posts(fetch(wb.posts_request("2803301701", None)), "2803301701"))


def test_wechat_adapter(adapters, server):
    wx, fetch = adapters["wechat"], Fetcher()
    res = run(wx.parse_search(fetch(wx.search_request("山东发布", 1)), "山东发布", 1))
    by_id = {a["account_id"]: a for a in res.accounts}
    assert by_id["sdfb_gov"]["name"] == "山东发布" and by_id["sdfb_gov"]["verified_type"] == "government"
    assert by_id["sdfb_gf2024"]["verified"] is False and by_id["sdfb_gf2024"]["name"] == "山东发布服务号"
    prof = run(wx.parse_profile(fetch(wx.profile_request("zbwl_gov")), "zbwl_gov"))
    assert prof.account["verified_reason"] == "淄博市文化和旅游局"
    (post,) = prof.posts.posts
    assert datetime.now(CST) - parse_time(post["created_at"]) > timedelta(days=24)
    with pytest.raises(Gone):
        run(wx.parse_profile(fetch(wx.profile_request("no_such_alias")), "no_such_alias"))
    server.set_failure("wechat", "gbk")
    res = run(wx.parse_search(fetch(wx.search_request("广东", 1)), "广东", 1))
    assert [a["name"] for a in res.accounts] == ["广东发布"]
    server.set_failure("wechat", "malformed_json")  # not the Sogou page structure at all
    with pytest.raises(Malformed):
        run(wx.parse_search(fetch(wx.search_request("广东", 1)), "广东", 1))
    server.set_failure("wechat", "captcha")
    with pytest.raises(Blocked) as exc:
        run(wx.parse_search(fetch(wx.search_request("广东", 1)), "广东", 1))
    assert exc.value.signal == "antispider"


def test_wechat_mp_article_list(cfg, server):
    from imitations.platforms.wechat import MP_SID, MP_TOKEN

    mp_cfg = cfg.with_overrides({"crawler.base_urls": server.urls, "crawler.wechat_mp_cookie": f"slave_sid={MP_SID}",
                                 "crawler.wechat_mp_token": MP_TOKEN})
    wx, fetch = build_adapters(mp_cfg, ["wechat"])["wechat"], Fetcher()
    assert wx.mp_enabled
    prof = run(wx.parse_profile(fetch(wx.profile_request("sdfb_gov")), "sdfb_gov"))
    assert prof.posts is None  # posts come from the credentialed list
    first = run(wx.parse_posts(fetch(wx.posts_request("sdfb_gov", None)), "sdfb_gov"))
    assert first.posts == [] and first.next_cursor["fakeid"]
    page = run(wx.parse_posts(fetch(wx.posts_request("sdfb_gov", first.next_cursor)), "sdfb_gov"))
    assert len(page.posts) == 3 and page.next_cursor is None
    flags = [p["is_original"] for p in page.posts]
    assert flags.count(False) == 0 and all(f is True for f in flags)
    bad = build_adapters(mp_cfg.with_overrides({"crawler.wechat_mp_token": "wrong"}), ["wechat"])["wechat"]
    with pytest.raises(Blocked) as exc:
        run(bad.parse_posts(fetch(bad.posts_request("sdfb_gov", None)), "sdfb_gov"))
    assert exc.value.signal == "mp_200003"


def test_wechat_mp_copyright_flag(cfg, server):
    from imitations.platforms.seed import SeedPost
    from imitations.platforms.wechat import MP_SID, MP_TOKEN

    acc = server.find("wechat", "gdfb_gov")
    acc.posts = [SeedPost(1, "原创"), SeedPost(2, "转载", original=False, source="新华社")]
    mp_cfg = cfg.with_overrides({"crawler.base_urls": server.urls, "crawler.wechat_mp_cookie": f"slave_sid={MP_SID}",
                                 "crawler.wechat_mp_token": MP_TOKEN})
    wx, fetch = build_adapters(mp_cfg, ["wechat"])["wechat"], Fetcher()
    cur = run(wx.parse_posts(fetch(wx.posts_request("gdfb_gov", None)), "gdfb_gov")).next_cursor
    posts = run(wx.parse_posts(fetch(wx.posts_request("gdfb_gov", cur)), "gdfb_gov")).posts
    assert [p["is_original"] for p in posts] == [True, False]


def test_bilibili_signature_matches_the_documented_algorithm():
    img, sub = "7cd084941338484aae1ad9425b84077c", "4932caff0ff746eab6f01bf08b70ac45"
    query = sign_params({"foo": "one two", "bar": "五一四", "zab": "x!'()*y"}, img, sub, now=1702204169)
    params = dict(p.split("=", 1) for p in query.split("&"))
    from urllib.parse import unquote

    decoded = {k: unquote(v) for k, v in params.items() if k != "w_rid"}
    assert decoded["zab"] == "xy" and decoded["wts"] == "1702204169"
    assert params["w_rid"] == expected_w_rid(decoded, img, sub)
    assert query.index("bar=") < query.index("foo=") < query.index("wts=") < query.index("zab=")


def test_bilibili_adapter(adapters, server):
    bl, fetch = adapters["bilibili"], Fetcher()
    # without nav keys the signature is wrong: −403; without buvid3: −352
    with pytest.raises(Blocked) as exc:
        run(bl.parse_search(fetch(bl.search_request("山东", 1)), "山东", 1))
    assert exc.value.signal == "code_-352"
    fetch(bl.bootstrap_requests()[0])  # buvid3 only, no keys
    with pytest.raises(Blocked) as exc:
        run(bl.parse_search(fetch(bl.search_request("山东", 1)), "山东", 1))
    assert exc.value.signal == "code_-403"
    boot(bl, fetch)
    res = run(bl.parse_search(fetch(bl.search_request("山东", 1)), "山东", 1))
    names = {a["name"]: a for a in res.accounts}
    assert "山东发布" in names and names["山东发布"]["verified_type"] == "government"
    prof = run(bl.parse_profile(fetch(bl.profile_request("1422355101")), "1422355101")).account
    assert prof["verified_type"] == "government" and "公安" in prof["verified_reason"]
    assert bl.parse_followers(fetch(bl.followers_request("1422355101"))) == 380000
    with pytest.raises(Gone):
        run(bl.parse_profile(fetch(bl.profile_request("3546700003")), "3546700003"))
    p1 = run(bl.parse_posts(fetch(bl.posts_request("3546700002", None)), "3546700002"))
    assert p1.posts[0]["is_pinned"] and p1.next_cursor
    feed = run(bl.parse_posts(fetch(bl.posts_request("1855498245", None)), "1855498245")).posts
    assert any(p["is_original"] is False and p["source"] == "人民日报" for p in feed)


def test_generic_profile_adapter(adapters):
    gp, fetch = adapters["gov_app_portal"], Fetcher()
    res = run(gp.parse_search(fetch(gp.search_request("爱山东", 1)), "爱山东", 1))
    (acc,) = res.accounts
    assert acc["platform"] == "app" and acc["account_id"] == "app-1001"
    assert acc["verified_type"] == "government" and acc["avatar_url"].endswith(".png")
    prof = run(gp.parse_profile(fetch(gp.profile_request("app-1001")), "app-1001"))
    assert prof.account["followers"] == 0 and len(prof.posts.posts) == 5
    assert all(p["created_at"] for p in prof.posts.posts)
    with pytest.raises(Gone):
        run(gp.parse_profile(fetch(gp.profile_request("app-9999")), "app-9999"))


def test_site_profile_validation(tmp_path, cfg):
    from crawler.platforms import UnknownPlatform
    from crawler.platforms.generic import ProfileError, load_profiles

    (tmp_path / "bad.yaml").write_text("name: x\nplatform: nowhere\nsearch: {url: a}\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="nowhere"):
        load_profiles(tmp_path)
    with pytest.raises(UnknownPlatform, match="gov_app_portal"):
        build_adapters(cfg, ["no_such_platform"])


@pytest.mark.parametrize("text,expected", [
    ("山东省人民政府新闻办公室官方微博", "government"), ("济南市公安局官方账号", "government"),
    ("国家税务总局佛山市税务局", "government"), ("齐鲁晚报官方微博", "media"),
    ("济南某会展服务有限公司", "enterprise"), ("", None), ("知名博主", "other"),
])
def test_verification_text_classification(text, expected):
    assert classify_verification(text) == expected


def test_hostile_profile_text_does_not_fake_a_block(adapters, server):
    """An impostor writing captcha/login words into its description must not make the crawler stop."""
    for a in server.seed["wechat"]:
        if a.id == "sdfb_gf2024":
            a.description = "请输入验证码 请先登录 安全验证 <script>alert(1)</script>"
    wx, fetch = adapters["wechat"], Fetcher()
    res = run(wx.parse_search(fetch(wx.search_request("山东发布", 1)), "山东发布", 1))
    hostile = {a["account_id"]: a for a in res.accounts}["sdfb_gf2024"]
    assert hostile["description"].startswith("请输入验证码")
