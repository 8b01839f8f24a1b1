"""Each HTTP adapter against its imitation, without Scrapy's engine (see fetch.py)."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from scrapy.http import TextResponse

from core.records import parse_time
from crawler.platforms import Blocked, Gone, Malformed, build_adapters
from crawler.platforms.base import Empty, classify_verification
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
    assert parse_created_at("刚刚", now) == (now, "minute")
    assert parse_created_at("5分钟前", now) == (now - timedelta(minutes=5), "minute")
    assert parse_created_at("3小时前", now) == (now - timedelta(hours=3), "hour")
    assert parse_created_at("昨天 23:15", now) == (datetime(2026, 11, 20, 23, 15, tzinfo=CST), "minute")
    assert parse_created_at("今天 08:01", now) == (datetime(2026, 11, 21, 8, 1, tzinfo=CST), "minute")
    # a date without a time is a day: stored at its end (the latest moment it can be), precision "day"
    assert parse_created_at("11-02", now) == (datetime(2026, 11, 2, 23, 59, 59, tzinfo=CST), "day")
    assert parse_created_at("12-30", now) == (datetime(2025, 12, 30, 23, 59, 59, tzinfo=CST), "day")  # last year
    assert parse_created_at("2024-03-01", now) == (datetime(2024, 3, 1, 23, 59, 59, tzinfo=CST), "day")
    # today's date: never later than now (a post "today" is never in the future, nor 14 days old)
    assert parse_created_at("11-21", now) == (now, "day")
    full, precision = parse_created_at("Tue Jun 08 09:35:04 +0800 2021", now)
    assert full == datetime(2021, 6, 8, 9, 35, 4, tzinfo=CST) and precision == "second"
    assert parse_created_at("很久以前", now) == (None, None)
    assert parse_created_at("02-30", now) == (None, None)


@pytest.mark.parametrize("shown,count", [
    (123, 123), ("123", 123), ("1,234", 1234), ("145.5万", 1455000), ("693.2万", 6932000), ("169.8w", 1698000),
    ("169.8W", 1698000), ("1.2亿", 120000000), ("3.4k", 3400), ("2千", 2000), ("10万+", 100000), ("100+", 100),
    (" 7 ", 7), (12.0, 12), ("", None), (None, None), ("-", None), (True, None), (-5, None), ("很多", None),
])
def test_count_display_forms(shown, count):
    from crawler.platforms.base import parse_count

    assert parse_count(shown) == count


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
    assert prof["verified_type"] == "government" and prof["followers"] == 890000  # served as "89万"
    with pytest.raises(Empty):  # a deleted uid answers ok:0 "这里还没有内容": maybe gone, not yet "gone"
        run(wb.parse_profile(fetch(wb.profile_request("3301000005")), "3301000005"))
    with pytest.raises(Gone):  # an explicit "用户不存在" is
        run(wb.parse_profile(fetch(wb.profile_request("3999999999")), "3999999999"))
    posts = run(wb.parse_posts(fetch(wb.posts_request("3301000001", None)), "3301000001"))
    assert posts.posts[0]["is_pinned"] and not any(p["is_pinned"] for p in posts.posts[1:])
    first_real = parse_time(posts.posts[1]["created_at"])
    assert timedelta(days=29) < datetime.now(CST) - first_real < timedelta(days=32)
    reposts = run(wb.parse_posts(fetch(wb.posts_request("3301000002", None)), "3301000002")).posts
    assert reposts[0]["is_original"] is False and reposts[0]["source"] == "新华社"
    p1 = run(wb.parse_posts(fetch(wb.posts_request("2803301701", None)), "2803301701"))
    assert set(p1.next_cursor) == {"since_id"}  # since_id-only paging, as the newer real lists
    p2 = run(wb.parse_posts(fetch(wb.posts_request("2803301701", p1.next_cursor)), "2803301701"))
    assert not {p["post_id"] for p in p1.posts} & {p["post_id"] for p in p2.posts}
    assert p1.posts[0]["created_at"] > p2.posts[0]["created_at"]


def test_weibo_ok_0_and_malformed(adapters, server):
    wb, fetch = adapters["weibo"], Fetcher()
    boot(wb, fetch)
    server.set_failure("weibo", "empty_json")
    with pytest.raises(Blocked) as exc:
        run(wb.parse_profile(fetch(wb.profile_request("2803301701")), "2803301701"))
    assert exc.value.signal == "ok_0"
    server.set_failure("weibo", "empty_ok0")  # {"ok":0,"msg":"这里还没有内容","data":{"cards":[]}}
    for request in (wb.profile_request("2803301701"), wb.posts_request("2803301701", None),
                    wb.search_request("山东", 1)):
        with pytest.raises(Empty):
            run(wb.parse_profile(fetch(request), "2803301701"))
    server.set_failure("weibo", "malformed_json")
    with pytest.raises(Malformed):
        run(wb.parse_posts(fetch(wb.posts_request("2803301701", None)), "2803301701"))


def test_wechat_adapter(adapters, server):
    wx, fetch = adapters["wechat"], Fetcher()
    res = run(wx.parse_search(fetch(wx.search_request("山东发布", 1)), "山东发布", 1))
    by_id = {a["account_id"]: a for a in res.accounts}
    # Sogou gives the verified subject only (after the authname script label), no category
    assert by_id["sdfb_gov"]["name"] == "山东发布" and by_id["sdfb_gov"]["verified_type"] is None
    assert by_id["sdfb_gov"]["verified"] and by_id["sdfb_gov"]["verified_reason"] == "山东省人民政府新闻办公室"
    assert by_id["sdfb_gov"]["avatar_url"].startswith("http://127.0.0.1:")  # protocol-relative made absolute
    assert "/wechat/link?url=" in by_id["sdfb_gov"]["url"]
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
    assert names["山東發布"]["verified"] is False  # official_verify.type 127 = none
    assert names["山东发布"]["avatar_url"].startswith("http")
    prof = run(bl.parse_profile(fetch(bl.profile_request("1422355101")), "1422355101")).account
    assert prof["verified_type"] == "government" and "公安" in prof["verified_reason"]
    assert bl.parse_followers(fetch(bl.followers_request("1422355101"))) == 380000
    with pytest.raises(Gone):
        run(bl.parse_profile(fetch(bl.profile_request("3546700003")), "3546700003"))
    p1 = run(bl.parse_posts(fetch(bl.posts_request("3546700002", None)), "3546700002"))
    assert p1.posts[0]["is_pinned"] and p1.next_cursor
    assert [s["type"] for s in p1.skipped] == ["DYNAMIC_TYPE_LIVE_RCMD"]  # the live card is not a post
    feed = run(bl.parse_posts(fetch(bl.posts_request("1855498245", None)), "1855498245")).posts
    assert any(p["is_original"] is False and p["source"] == "人民日报" for p in feed)
    videos = [p for p in feed if p["post_type"] == "DYNAMIC_TYPE_AV"]
    assert videos and all(p["text"] for p in videos)  # desc null: the text is the archive title
    cursor, deleted = None, []
    while True:
        page = run(bl.parse_posts(fetch(bl.posts_request("1422355101", cursor)), "1422355101"))
        deleted += [p for p in page.posts if p["orig_type"] == "DYNAMIC_TYPE_NONE"]
        if not (cursor := page.next_cursor):
            break
    (gone_orig,) = deleted
    assert gone_orig["is_original"] is False and gone_orig["source"] is None


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
    # 店 in a place's name before its level word is no shop's
    ("小店区人民政府官方账号", "government"), ("瓦房店市公安局", "government"), ("某某镇便利店", "enterprise"),
    ("瓦房店市某某酒店有限公司", "enterprise"),
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


def test_kuaishou_real_query_shapes(cfg):
    """What the page's own visionProfile / visionProfilePhotoList queries return: display-string counts, the post
    count in photo_public, pinned via profileUserTopPhoto, and no verification fields (unknown, not false)."""
    ks = build_adapters(cfg, ["kuaishou"])["kuaishou"]
    vp = {"result": 1, "hostName": "x", "userProfile": {
        "ownerCount": {"fan": "169.8w", "photo": None, "follow": "12", "photo_public": "35"},
        "profile": {"user_id": "3xabc", "user_name": "临沂公安", "headurl": "https://p.example/a.jpg",
                    "user_text": "简介", "gender": "U"}, "isFollowing": False}}
    account = ks.profile_account(vp)
    assert account["followers"] == 1_698_000 and account["posts_count"] == 35
    assert account["verified"] is None and account["verified_type"] is None and account["verified_reason"] is None
    assert account["unknown_fields"] == ["verified", "verified_type", "verified_reason"]
    searched = ks.account({"user_id": "3xabc", "user_name": "临沂公安", "verified": True,
                           "verifiedDetail": {"description": "临沂市公安局官方账号", "type": 1}}, "8.8w")
    assert searched["verified"] is True and searched["verified_type"] == "government"
    assert searched["followers"] == 88_000 and "unknown_fields" not in searched
    feeds = {"result": 1, "pcursor": "no_more", "feeds": [
        {"photo": {"id": "p1", "caption": "置顶视频", "timestamp": 1_700_000_000_000, "profileUserTopPhoto": True}},
        {"photo": {"id": "p2", "caption": "普通视频", "timestamp": 1_700_100_000_000, "profileUserTopPhoto": False},
         "tags": []}]}
    posts = ks.posts_result(feeds, "3xabc")
    assert [p["is_pinned"] for p in posts.posts] == [True, False] and posts.next_cursor is None
    assert all(p["is_original"] is None for p in posts.posts)  # a photo list says nothing about reposting
    assert parse_time(posts.posts[0]["created_at"]).timestamp() == 1_700_000_000
    more = ks.posts_result({**feeds, "pcursor": "1.7e12"}, "3xabc")
    assert more.next_cursor == "1.7e12"


def test_date_only_post_is_a_day_for_the_zombie_rule(cfg):
    """A post written "11-06" (no time), crawled and checked on 11-20 at 10:00: the day, not its midnight, is what
    the evidence says — 13.4 days at most, inside the 14-day window. Read as midnight it would be a zombie."""
    from detectors.context import DetectionContext
    from detectors.zombie import detect

    crawl_time = datetime(2026, 11, 20, 9, 0, tzinfo=CST)
    as_of = datetime(2026, 11, 20, 10, 0, tzinfo=CST)
    wb = build_adapters(cfg, ["weibo"])["weibo"]
    wb.now = lambda: crawl_time
    body = json.dumps({"ok": 1, "data": {"cardlistInfo": {"total": 1}, "cards": [
        {"card_type": 9, "mblog": {"id": "1", "created_at": "11-06", "text": "今日动态"}}]}}).encode()
    url = wb.posts_request("u1", None).url
    (post,) = run(wb.parse_posts(TextResponse(url=url, body=body, encoding="utf-8"), "u1")).posts
    assert post["created_at_precision"] == "day" and post["created_at"] == "2026-11-06T23:59:59+08:00"
    ctx = DetectionContext(
        registry=[{"unit": "济南市人民政府新闻办公室", "platform": "weibo", "account_id": "u1", "name": "济南发布",
                   "status": "active", "filed_at": "2025-01-10"}],
        accounts=[{"platform": "weibo", "account_id": "u1", "name": "济南发布", "crawl_status": "ok"}],
        posts=[post], as_of=as_of, cfg=cfg)
    assert list(detect(ctx)) == []
    midnight = {**post, "created_at": "2026-11-06T00:00:00+08:00"}
    assert [f["kind"] for f in detect(DetectionContext(registry=ctx.registry, accounts=ctx.accounts, posts=[midnight],
                                                       as_of=as_of, cfg=cfg))] == ["zombie"]


def test_bilibili_code_0_with_only_a_voucher_is_a_block(cfg):
    """bilibili-API-collect's wbi.md: a missing or wrong signature can be answered with code 0 and data holding
    only v_voucher — a risk-control answer, not an empty result."""
    bl = build_adapters(cfg, ["bilibili"])["bilibili"]
    body = json.dumps({"code": 0, "message": "0", "ttl": 1, "data": {"v_voucher": "voucher_0000"}}).encode()
    req = bl.search_request("济南", 1)
    with pytest.raises(Blocked) as exc:
        run(bl.parse_search(TextResponse(url=req.url, body=body, encoding="utf-8"), "济南", 1))
    assert exc.value.signal == "v_voucher"
    ok = json.dumps({"code": 0, "data": {"numPages": 1, "result": [], "v_voucher": "x", "page": 1}}).encode()
    assert run(bl.parse_search(TextResponse(url=req.url, body=ok, encoding="utf-8"), "济南", 1)).accounts == []


@pytest.mark.parametrize("base", ["https://api.bilibili.com", "http://127.0.0.1:8080/bilibili"])
def test_bilibili_protocol_relative_avatar_takes_the_answers_scheme(cfg, base):
    """``upic``/``face`` may be protocol-relative (``//i0.hdslb.com/…``): resolved as a browser does, against
    the scheme of the answer they came in (https on the real API; an http-only server gets http, not a TLS
    handshake it cannot answer)."""
    bl = build_adapters(cfg.with_overrides({"crawler.base_urls": {"bilibili": base}}), ["bilibili"])["bilibili"]
    scheme = base.split(":", 1)[0]
    user = {"mid": 7, "uname": "济南发布", "upic": "//i0.hdslb.com/bfs/face/a.jpg", "official_verify": {"type": -1}}
    body = json.dumps({"code": 0, "data": {"numPages": 1, "result": [user]}}).encode()
    req = bl.search_request("济南", 1)
    [found] = run(bl.parse_search(TextResponse(url=req.url, body=body, encoding="utf-8"), "济南", 1)).accounts
    assert found["avatar_url"] == f"{scheme}://i0.hdslb.com/bfs/face/a.jpg"
    info = {"code": 0, "data": {"mid": 7, "name": "济南发布", "face": "//i0.hdslb.com/bfs/face/b.jpg"}}
    req = bl.profile_request("7")
    prof = run(bl.parse_profile(TextResponse(url=req.url, body=json.dumps(info).encode(), encoding="utf-8"), "7"))
    assert prof.account["avatar_url"] == f"{scheme}://i0.hdslb.com/bfs/face/b.jpg"
