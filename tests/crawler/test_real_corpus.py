"""Field-level tests of the adapters on real platform responses (``tests/fixtures/real/``).

Every capture has an ``.expected.json`` written by a colleague who read only the raw file (see the corpus
README). For each one, the adapter's real parsing code runs on the verbatim bytes (wrapped only where the capture
is the inner part of an answer, as its notes say) and every value of the expectation is checked: ids, names
(highlight tags stripped), verification type and subject, counts as integers, post ids, times, pinned,
repost/original, next cursor, blocked/gone/empty classification.

Comparison rules (the same for every capture): text values are compared with surrounding whitespace stripped
(``"嘉行传媒签约演员　"`` ends with U+3000), and an empty string equals None (an expectation writes ``""`` where the
answer has an empty field, the adapter None). Expected keys outside the record schema (``sec_uid``, ``sogou_d``,
``verified_label`` …) are read from the record, else from its ``raw``.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse

from core.records import parse_time
from crawler.platforms import Blocked, build_adapters
from crawler.platforms.base import strip_tags
from crawler.platforms.bilibili import ROLE_TYPES

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
CST = ZoneInfo("Asia/Shanghai")
EXPECTED = sorted(REAL.rglob("*.expected.json"))
# facts files: cited tables, not captures (no raw file beside them)
FACTS = {"bilibili/official-role-codes-2023.expected.json"}


def rel(path: Path) -> str:
    return path.relative_to(REAL).as_posix()


def capture_of(expected: Path) -> Path | None:
    stem = expected.name[: -len(".expected.json")]
    found = [p for p in expected.parent.iterdir()
             if not p.name.endswith(".expected.json") and p.name.rsplit(".", 1)[0] == stem]
    assert len(found) <= 1, found
    return found[0] if found else None


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def adapters(cfg):
    return build_adapters(cfg.with_overrides({"crawler.platforms": ["weibo", "wechat", "bilibili", "douyin",
                                                                    "kuaishou"]}))


def json_response(url: str, body: bytes) -> TextResponse:
    return TextResponse(url=url, body=body, encoding="utf-8", request=Request(url),
                        headers={"Content-Type": "application/json; charset=utf-8"})


def html_response(url: str, body: bytes) -> HtmlResponse:
    return HtmlResponse(url=url, body=body, encoding="utf-8", request=Request(url),
                        headers={"Content-Type": "text/html; charset=utf-8"})


def blank(value):
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def field(record: dict, key: str):
    if key in record:
        return record[key]
    return (record.get("raw") or {}).get(key)


ACCOUNT_KEYS_ELSEWHERE = {"latest_article"}  # checked through the post the adapter makes of it


def check_account(record: dict, exp: dict, where: str) -> None:
    for key, want in exp.items():
        if key in ACCOUNT_KEYS_ELSEWHERE:
            continue
        got = field(record, key)
        assert blank(got) == blank(want), f"{where}: {key} = {got!r}, expected {want!r}"


def check_posts(result, exp: dict, where: str, *, now: datetime | None = None) -> None:
    posts = result.posts
    want_posts = exp.get("posts") or []
    assert [p["post_id"] for p in posts] == [w["post_id"] for w in want_posts], where
    for post, want in zip(posts, want_posts, strict=True):
        pid = want["post_id"]
        assert post["is_original"] == want["is_original"], (where, pid)
        assert post["is_pinned"] == want["is_pinned"], (where, pid)
        assert blank(post["source"]) == blank(want["source"]), (where, pid, post["source"])
        assert strip_tags(post["text"]).startswith(want["text_startswith"]), (where, pid, post["text"][:30])
        created = parse_time(post["created_at"]).astimezone(CST)
        if "created_at_iso" in want:
            assert created == datetime.fromisoformat(want["created_at_iso"]), (where, pid)
            if isinstance(want.get("created_at"), int):
                assert created.timestamp() == want["created_at"], (where, pid)
        elif want.get("created_at_kind") == "month_day":
            # "MM-DD": a day of the capture year; stored at the day's end (or the crawl time) with precision "day"
            month, day = (int(x) for x in want["created_at"].split("-"))
            assert (created.year, created.month, created.day) == (now.year, month, day), (where, pid, created)
            assert post["created_at_precision"] == "day", (where, pid)
            assert (created.hour, created.minute, created.second) == (23, 59, 59), (where, pid, created)
        for extra in ("bid", "mblogtype"):
            if extra in want:
                assert (post.get("raw") or {}).get(extra) == want[extra], (where, pid, extra)
        if "type" in want:
            assert post["post_type"] == want["type"], (where, pid)
        if "orig_type" in want:
            assert post["orig_type"] == want["orig_type"], (where, pid)
        if "author" in want:
            author = ((post["raw"].get("modules") or {}).get("module_author") or {}).get("name") \
                if post["platform"] == "bilibili" else (post["raw"].get("author") or {}).get("nickname")
            assert author == want["author"], (where, pid)
        if "author_uid" in want:
            assert str((post["raw"].get("author") or {}).get("uid")) == want["author_uid"], (where, pid)
    skipped = [s["id"] for s in getattr(result, "skipped", [])]
    assert skipped == [s["id"] for s in exp.get("skipped_items") or []], where


# ---- per endpoint -------------------------------------------------------------------------------------------

WEIBO_DATA_ONLY = {"weibo/profile-data-genshin-2022-display-counts.expected.json"}
WEIBO_NOW = datetime(2019, 6, 16, 12, 0, tzinfo=CST)  # the 2019 posts list was first committed on 2019-06-16


def weibo_profile(adapters, raw: bytes, exp: dict, name: str) -> None:
    wb = adapters["weibo"]
    if name in WEIBO_DATA_ONLY:  # the capture is the value of "data"; its notes: wrap as {"ok":1,"data":…}
        raw = b'{"ok":1,"data":' + raw + b"}"
    want = exp["accounts"][0]
    req = wb.profile_request(want["account_id"])
    account = run(wb.parse_profile(json_response(req.url, raw), want["account_id"])).account
    check_account(account, want, name)


def weibo_posts(adapters, raw: bytes, exp: dict, name: str) -> None:
    wb = adapters["weibo"]
    wb.now = lambda: WEIBO_NOW
    req = wb.posts_request("1669879400", {"page": 2})
    result = run(wb.parse_posts(json_response(req.url, raw), "1669879400"))
    check_posts(result, exp, name, now=WEIBO_NOW)
    cursor = exp["next_cursor"]
    assert (result.next_cursor is not None) == cursor["has_more"]
    if cursor.get("since_id"):
        assert result.next_cursor == {"since_id": str(cursor["since_id"])}
    else:
        assert result.next_cursor == {"page": cursor["page"]}
    assert result.total == cursor["total"]


def weibo_empty(adapters, raw: bytes, exp: dict, name: str) -> None:
    """The Python repr the capturer printed: read with ast.literal_eval, served as the JSON it was parsed from.
    The same answer to a profile, a post list and a search is "empty" — never "gone", never a normal answer."""
    import ast

    from crawler.platforms.base import Empty

    body = json.dumps(ast.literal_eval(raw.decode("utf-8")), ensure_ascii=False).encode("utf-8")
    wb = adapters["weibo"]
    with pytest.raises(Empty):
        run(wb.parse_profile(json_response(wb.profile_request("1669879400").url, body), "1669879400"))
    with pytest.raises(Empty):
        run(wb.parse_posts(json_response(wb.posts_request("1669879400", {"page": 2}).url, body), "1669879400"))
    with pytest.raises(Empty):
        run(wb.parse_search(json_response(wb.search_request("济南", 1).url, body), "济南", 1))
    assert exp["classification"] == "empty" and exp["accounts"] == exp["posts"] == []


def wechat_search(adapters, raw: bytes, exp: dict, name: str) -> None:
    wx = adapters["wechat"]
    url = "https://weixin.sogou.com/weixin?type=1&query=q&ie=utf8&page=1"
    result = run(wx.parse_search(html_response(url, raw), "q", 1))
    assert len(result.accounts) == len(exp["accounts"]), name
    for account, want in zip(result.accounts, exp["accounts"], strict=True):
        check_account(account, want, name)
        latest = want.get("latest_article")
        if latest is None:
            assert account["raw"]["latest"] is None, (name, want["account_id"])
            continue
        # the refresh path: the account's entry, its latest article as its one known post
        wx2 = build_adapters(wx.cfg, ["wechat"])["wechat"]
        prof = run(wx2.parse_profile(html_response(url, raw), want["account_id"]))
        (post,) = prof.posts.posts
        assert post["text"] == latest["title"], name
        assert parse_time(post["created_at"]) == datetime.fromisoformat(latest["created_at_iso"]), name
        assert parse_time(post["created_at"]).timestamp() == int(latest["created_at"]), name
    assert getattr(result, "next_cursor", None) is exp["next_cursor"] is None  # search pages by number


def wechat_blocked(adapters, raw: bytes, exp: dict, name: str) -> None:
    wx = adapters["wechat"]
    # served for a search request: the page's content, not an /antispider/ URL, has to give it away
    url = "https://weixin.sogou.com/weixin?type=1&query=gaokao&ie=utf8&page=1"
    with pytest.raises(Blocked) as info:
        run(wx.parse_search(html_response(url, raw), "gaokao", 1))
    assert info.value.signal == "captcha", name


def bilibili_profile(adapters, raw: bytes, exp: dict, name: str) -> None:
    bl = adapters["bilibili"]
    want = exp["accounts"][0]
    req = bl.profile_request(want["account_id"])
    check_account(run(bl.parse_profile(json_response(req.url, raw), want["account_id"])).account, want, name)


def bilibili_relation(adapters, raw: bytes, exp: dict, name: str) -> None:
    bl = adapters["bilibili"]
    want = exp["accounts"][0]
    req = bl.followers_request(want["account_id"])
    assert bl.parse_followers(json_response(req.url, raw)) == want["followers"], name


def _object_around(text: str, marker: str) -> str:
    """The JSON object literal enclosing ``marker`` (bracket matching, strings respected)."""
    at = text.index(marker)
    depth, start = 0, at
    while True:  # walk back to the opening brace of the enclosing object
        start = text.rindex("{", 0, start)
        if text.count("{", start, at) - text.count("}", start, at) == 1:
            break
    in_str = esc = False
    for i in range(start, len(text)):
        c = text[i]
        if in_str:
            esc = (c == "\\") and not esc
            if c == '"' and not esc:
                in_str = False
            continue
        if c == '"':
            in_str = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
    raise AssertionError("unbalanced")


def bilibili_search(adapters, raw: bytes, exp: dict, name: str) -> None:
    bl = adapters["bilibili"]
    if name == "bilibili/search-bili_user-item-2023.expected.json":
        raw = b'{"code":0,"message":"0","data":{"result":[' + raw + b"]}}"  # one data.result[] item (notes)
    elif name == "bilibili/search-all-v2-with-bili_user-2024.elided.expected.json":
        # the documenter elided other groups ("…………", not JSON); the bili_user group is intact: feed it as the
        # only group of an all/v2 answer
        group = _object_around(raw.decode("utf-8"), '"result_type": "bili_user"')
        raw = b'{"code":0,"message":"0","data":{"result":[' + group.encode("utf-8") + b"]}}"
    req = bl.search_request("q", 1)
    result = run(bl.parse_search(json_response(req.url, raw), "q", 1))
    assert len(result.accounts) == len(exp["accounts"]), name
    for account, want in zip(result.accounts, exp["accounts"], strict=True):
        check_account(account, want, name)


FEED_KEYS_NOT_READ = {"update_baseline"}  # feed/all's "new items since" marker; the adapter reads feed/space


def bilibili_feed(adapters, raw: bytes, exp: dict, name: str) -> None:
    bl = adapters["bilibili"]
    req = bl.posts_request("2095498218", None)
    result = run(bl.parse_posts(json_response(req.url, raw), "2095498218"))
    check_posts(result, exp, name)
    cursor = exp["next_cursor"]
    assert (result.next_cursor is not None) == cursor["has_more"]
    assert result.next_cursor == cursor["offset"]
    data = json.loads(raw)["data"]
    for key in FEED_KEYS_NOT_READ & set(cursor):
        assert data[key] == cursor[key], name


def bilibili_nav(adapters, raw: bytes, exp: dict, name: str) -> None:
    bl = adapters["bilibili"]
    url = f"{bl.url()}/x/web-interface/nav"
    bl.bootstrap(json_response(url, raw))
    wbi = exp["wbi_img"]
    assert (bl.img_key, bl.sub_key) == (wbi["img_key"], wbi["sub_key"]), name
    assert wbi["img_url"].rsplit("/", 1)[-1].split(".")[0] == bl.img_key
    assert wbi["sub_url"].rsplit("/", 1)[-1].split(".")[0] == bl.sub_key


def bilibili_blocked(adapters, raw: bytes, exp: dict, name: str) -> None:
    bl = adapters["bilibili"]
    req = bl.profile_request("2")
    with pytest.raises(Blocked) as info:
        run(bl.parse_profile(json_response(req.url, raw), "2"))
    code = json.loads(raw)["code"]
    assert info.value.signal == f"code_{code}", name


def douyin_profile(adapters, raw: bytes, exp: dict, name: str) -> None:
    dy = adapters["douyin"]
    check_account(dy.profile_account(json.loads(raw)), exp["accounts"][0], name)


def douyin_posts(adapters, raw: bytes, exp: dict, name: str) -> None:
    dy = adapters["douyin"]
    doc = json.loads(raw)
    result = dy.posts_result(doc, "MS4wLjABAAAAXXV")
    check_posts(result, exp, name)
    cursor = exp["next_cursor"]
    assert doc["has_more"] == cursor["has_more"]  # the integer 1, read as "more"
    assert result.next_cursor == cursor["max_cursor"], name  # milliseconds, passed back as they came


ENDPOINTS = {
    "weibo.profile": weibo_profile, "weibo.posts": weibo_posts, "weibo.empty": weibo_empty,
    "wechat.search": wechat_search, "wechat.blocked": wechat_blocked,
    "bilibili.profile": bilibili_profile, "bilibili.relation": bilibili_relation,
    "bilibili.search": bilibili_search, "bilibili.feed": bilibili_feed, "bilibili.nav": bilibili_nav,
    "bilibili.blocked": bilibili_blocked,
    "douyin.profile": douyin_profile, "douyin.posts": douyin_posts,
}


@pytest.mark.parametrize("expected", [p for p in EXPECTED if rel(p) not in FACTS], ids=rel)
def test_capture(expected, adapters):
    exp = json.loads(expected.read_text(encoding="utf-8"))
    capture = capture_of(expected)
    assert capture is not None, f"{rel(expected)} has no capture beside it"
    assert exp["endpoint"] in ENDPOINTS, f"no field-level test for endpoint {exp['endpoint']}"
    if exp["classification"] == "blocked":
        assert exp["endpoint"].endswith(".blocked")
    ENDPOINTS[exp["endpoint"]](adapters, capture.read_bytes(), exp, rel(expected))


def test_every_capture_has_an_expectation():
    captures = [p for p in REAL.rglob("*") if p.is_file() and p.suffix in (".json", ".html", ".txt")
                and not p.name.endswith(".expected.json")]
    assert captures
    for capture in captures:
        stem = capture.name.rsplit(".", 1)[0]
        assert (capture.parent / f"{stem}.expected.json").is_file(), f"{rel(capture)} has no expectation"


def test_official_role_codes_are_the_documented_ones():
    """The role table of bilibili-API-collect docs/user/official_role.md (cited in SOURCES.md)."""
    facts = json.loads((REAL / "bilibili" / "official-role-codes-2023.expected.json").read_text(encoding="utf-8"))
    for code, row in facts["roles"].items():
        assert ROLE_TYPES.get(int(code)) == row["verified_type"] or (row["verified_type"] is None and code == "0"), \
            code
    assert set(ROLE_TYPES) == {int(c) for c in facts["roles"] if c != "0"}
