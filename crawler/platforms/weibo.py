"""Weibo through the m.weibo.cn mobile JSON API, with the anonymous visitor-cookie flow.

search  getIndex?containerid=100103type=3&q=KW&page_type=searchall&page=N  → data.cards[*].card_group[*].user
profile getIndex?containerid=100505UID                                     → data.userInfo
posts   getIndex?containerid=107603UID&page=N                              → cards with card_type 9 → mblog
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import quote
from zoneinfo import ZoneInfo

from scrapy.http import Response

from core.records import iso
from crawler.platforms.base import (
    Adapter,
    Blocked,
    Gone,
    Malformed,
    PostsResult,
    ProfileResult,
    SearchResult,
    account_record,
    load_json,
    post_record,
    strip_tags,
)

CST = ZoneInfo("Asia/Shanghai")
VERIFIED_TYPES = {0: "personal", 1: "government", 3: "media", 2: "enterprise", 4: "other", 5: "other",
                  6: "other", 7: "other"}
GONE_ERRNOS = {"20003", "20101"}


def parse_created_at(text: str | None, now: datetime | None = None) -> datetime | None:
    """m.weibo.cn's ``created_at``: 刚刚 / N分钟前 / N小时前 / 昨天 HH:MM / 今天 HH:MM / MM-DD / YYYY-MM-DD / full."""
    if not text:
        return None
    now = (now or datetime.now(CST)).astimezone(CST)
    text = text.strip()
    if text == "刚刚":
        return now
    if m := re.fullmatch(r"(\d+)\s*秒前", text):
        return now - timedelta(seconds=int(m[1]))
    if m := re.fullmatch(r"(\d+)\s*分钟前", text):
        return now - timedelta(minutes=int(m[1]))
    if m := re.fullmatch(r"(\d+)\s*小时前", text):
        return now - timedelta(hours=int(m[1]))
    if m := re.fullmatch(r"(昨天|今天)\s*(\d{1,2}):(\d{2})", text):
        day = now.date() - timedelta(days=1 if m[1] == "昨天" else 0)
        return datetime(day.year, day.month, day.day, int(m[2]), int(m[3]), tzinfo=CST)
    if m := re.fullmatch(r"(\d{1,2})-(\d{1,2})", text):
        dt = datetime(now.year, int(m[1]), int(m[2]), tzinfo=CST)
        return dt if dt <= now + timedelta(days=1) else dt.replace(year=now.year - 1)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=CST)
    try:
        return datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        return None


class WeiboAdapter(Adapter):
    name: ClassVar[str] = "weibo"
    default_urls: ClassVar[dict[str, str]] = {"weibo": "https://m.weibo.cn",
                                              "weibo_passport": "https://passport.weibo.com"}

    def api(self, containerid: str, **params: Any) -> str:
        q = "&".join(f"{k}={quote(str(v), safe='')}" for k, v in params.items())
        return f"{self.url()}/api/container/getIndex?containerid={quote(containerid, safe='')}" + (f"&{q}" if q else "")

    def bootstrap_requests(self):
        # The anonymous visitor flow: the passport hands out SUB/SUBP cookies that the API then requires.
        return [self.request(f"{self.url('weibo_passport')}/visitor/genvisitor", dont_filter=True,
                             meta={"cookiejar": "weibo"})]

    def bootstrap(self, response: Response) -> None:
        self.check_blocked(response)
        if b"SUB=" not in b";".join(response.headers.getlist("Set-Cookie")):
            raise Blocked("visitor_cookie", "微博访客凭证（SUB）获取失败", response.url)

    def request(self, url: str, **kwargs):
        kwargs.setdefault("meta", {})
        kwargs["meta"].setdefault("cookiejar", "weibo")
        return super().request(url, **kwargs)

    def _data(self, response: Response, *, allow_gone: bool = False) -> dict:
        self.check_blocked(response)
        doc = load_json(response)
        if not isinstance(doc, dict):
            raise Malformed(f"微博返回了意外的结构（{response.url}）")
        if doc.get("ok") != 1:
            if allow_gone and (str(doc.get("errno")) in GONE_ERRNOS or "不存在" in str(doc.get("msg", ""))):
                raise Gone(doc.get("msg") or "用户不存在")
            if not doc.get("data"):
                raise Blocked("ok_0", "微博接口返回 ok: 0 且无数据（访客凭证失效或被限流）", response.url)
        return doc.get("data") or {}

    # ---- search -------------------------------------------------------------------------------------------
    def search_request(self, keyword: str, page: int):
        return self.request(self.api(f"100103type=3&q={keyword}", page_type="searchall", page=page))

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        data = self._data(response)
        users = []
        for card in data.get("cards") or []:
            for item in card.get("card_group") or []:
                if isinstance(item, dict) and isinstance(item.get("user"), dict):
                    users.append(self.account(item["user"]))
        next_page = (data.get("cardlistInfo") or {}).get("page")
        return SearchResult(users, has_more=bool(next_page) and bool(users))

    def account(self, user: dict) -> dict:
        uid = str(user.get("id") or "")
        if not uid:
            raise Malformed("微博用户缺少 id")
        vt = user.get("verified_type")
        verified = bool(user.get("verified")) and vt not in (None, -1)
        return account_record(
            "weibo", uid, name=strip_tags(user.get("screen_name")), url=f"https://m.weibo.cn/u/{uid}",
            avatar_url=user.get("avatar_hd") or user.get("profile_image_url"), verified=verified,
            verified_type=VERIFIED_TYPES.get(vt, "other") if verified else None,
            verified_reason=user.get("verified_reason") or None, description=user.get("description") or None,
            followers=_int(user.get("followers_count")), posts_count=_int(user.get("statuses_count")), raw=user)

    # ---- profile and posts --------------------------------------------------------------------------------
    def profile_request(self, account_id: str, known: dict | None = None):
        return self.request(self.api(f"100505{account_id}", type="uid", value=account_id))

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        data = self._data(response, allow_gone=True)
        user = data.get("userInfo")
        if not isinstance(user, dict):
            raise Malformed("微博资料缺少 userInfo")
        return ProfileResult(self.account(user))

    def posts_request(self, account_id: str, cursor: Any):
        return self.request(self.api(f"107603{account_id}", page=cursor or 1))

    async def parse_posts(self, response: Response, account_id: str) -> PostsResult:
        data = self._data(response, allow_gone=True)
        now = datetime.now(CST)
        posts = []
        for card in data.get("cards") or []:
            if not isinstance(card, dict) or card.get("card_type") != 9 or not isinstance(card.get("mblog"), dict):
                continue
            mb = card["mblog"]
            rt = mb.get("retweeted_status")
            posts.append(post_record(
                "weibo", account_id, str(mb.get("id") or mb.get("mid")),
                created_at=iso(parse_created_at(mb.get("created_at"), now)), text=strip_tags(mb.get("text")),
                is_original=not rt, is_pinned=mb.get("mblogtype") == 2 or bool(mb.get("isTop")),
                source=strip_tags(((rt or {}).get("user") or {}).get("screen_name")) or None if rt else None,
                url=f"https://m.weibo.cn/detail/{mb.get('id')}", raw=mb))
        next_page = (data.get("cardlistInfo") or {}).get("page")
        return PostsResult(posts, next_cursor=next_page if posts and next_page else None)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
