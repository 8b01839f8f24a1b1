"""Weibo through the m.weibo.cn mobile JSON API, with the anonymous visitor-cookie flow.

search  getIndex?containerid=100103type=3&q=KW&page_type=searchall&page=N  → data.cards[*].card_group[*].user
profile getIndex?containerid=100505UID                                     → data.userInfo
posts   getIndex?containerid=107603UID[&since_id=S | &page=N]            → cards with card_type 9 → mblog

Paging of post lists: newer answers carry only ``cardlistInfo.since_id`` (the next request sends it back);
older ones ``cardlistInfo.page`` (the number of the next page). Both are followed, since_id first.

Counts may be display strings (``"145.5万"``): read with ``parse_count``. Times: see ``parse_created_at``.

The visitor cookie (``weibo_passport``'s genvisitor) is a preliminary step: when it fails the API is tried
anyway, and only the API's own answers (the visitor page, 418/432, ``ok: -100``) say "blocked".
An ``ok: 0`` answer with no content (``{"ok":0,"msg":"这里还没有内容","data":{"cards":[]}}``) is ``Empty``;
only errno 20003/20101 or a "用户不存在" message say an account is gone.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any, ClassVar
from urllib.parse import quote
from zoneinfo import ZoneInfo

from scrapy.http import Response

from core.records import iso
from core.settings import DEFAULT_TIMEZONE
from crawler.platforms.base import (
    Adapter,
    Blocked,
    Empty,
    Gone,
    Malformed,
    PostsResult,
    ProfileResult,
    SearchResult,
    account_record,
    load_json,
    parse_count,
    post_record,
    strip_tags,
)

CST = ZoneInfo(DEFAULT_TIMEZONE)  # Weibo writes times in China Standard Time
# user.verified_type: 0 personal (orange V), 1 government, 2 enterprise, 3 media, 4 campus, 5 website, 6 app,
# 7 other organisation; 200/220 are "达人" badges (not a verification; ``verified`` is false for them).
VERIFIED_TYPES = {0: "personal", 1: "government", 3: "media", 2: "enterprise", 4: "other", 5: "other",
                  6: "other", 7: "other"}
GONE_ERRNOS = {"20003", "20101"}
EMPTY_MESSAGES = ("这里还没有内容",)


def parse_created_at(text: str | None, now: datetime | None = None) -> tuple[datetime | None, str | None]:
    """m.weibo.cn's ``created_at`` → (time, precision).

    Forms: ``刚刚`` / ``N秒前`` / ``N分钟前`` / ``N小时前`` / ``今天 HH:MM`` / ``昨天 HH:MM`` (precision ``minute``),
    ``MM-DD`` (this year; a day still ahead is last year's) and ``YYYY-MM-DD`` (precision ``day``), and the full
    ``Tue Jun 08 09:35:04 +0800 2021`` (precision ``second``). A date without a time is a *day*: its time is the
    end of that day, or ``now`` when the day is today — the latest moment the evidence allows, so freshness and
    zombie rules never call a post older than it can be (a post "today" is never 14 days old, and never in the
    future). Unknown forms give (None, None)."""
    if not text:
        return None, None
    now = (now or datetime.now(CST)).astimezone(CST)
    text = str(text).strip()
    if text == "刚刚":
        return now, "minute"
    if m := re.fullmatch(r"(\d+)\s*秒前", text):
        return now - timedelta(seconds=int(m[1])), "second"
    if m := re.fullmatch(r"(\d+)\s*分钟前", text):
        return now - timedelta(minutes=int(m[1])), "minute"
    if m := re.fullmatch(r"(\d+)\s*小时前", text):
        return now - timedelta(hours=int(m[1])), "hour"
    if m := re.fullmatch(r"(昨天|今天)\s*(\d{1,2}):(\d{2})", text):
        day = now.date() - timedelta(days=1 if m[1] == "昨天" else 0)
        return datetime(day.year, day.month, day.day, int(m[2]), int(m[3]), tzinfo=CST), "minute"
    try:
        if m := re.fullmatch(r"(\d{1,2})-(\d{1,2})", text):
            day = datetime(now.year, int(m[1]), int(m[2]), tzinfo=CST).date()
            if day > now.date():
                day = day.replace(year=now.year - 1)
            return _day_end(day, now), "day"
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
            return _day_end(datetime(int(m[1]), int(m[2]), int(m[3])).date(), now), "day"
    except ValueError:  # 02-30 and the like
        return None, None
    try:
        return datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y").astimezone(CST), "second"
    except ValueError:
        return None, None


def _day_end(day, now: datetime) -> datetime:
    end = datetime.combine(day, time(23, 59, 59), tzinfo=CST)
    return min(end, now)


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
        """Raises when the visitor cookie could not be had; the spider logs it and crawls the API anyway."""
        self.check_blocked(response)
        if b"SUB=" not in b";".join(response.headers.getlist("Set-Cookie")):
            raise Blocked("visitor_cookie", f"微博访客凭证（SUB）获取失败（HTTP {response.status}）", response.url)

    def now(self) -> datetime:
        """The time relative post times are read against (tests replay old captures with their own)."""
        return datetime.now(CST)

    def request(self, url: str, **kwargs):
        kwargs.setdefault("meta", {})
        kwargs["meta"].setdefault("cookiejar", "weibo")
        return super().request(url, **kwargs)

    def _data(self, response: Response, *, allow_gone: bool = False) -> dict:
        self.check_blocked(response)
        doc = load_json(response)
        if not isinstance(doc, dict):
            raise Malformed(f"微博返回了意外的结构（{response.url}）")
        ok = doc.get("ok")
        if ok != 1:
            msg = str(doc.get("msg") or "")
            if allow_gone and (str(doc.get("errno")) in GONE_ERRNOS or "不存在" in msg):
                raise Gone(msg or "用户不存在")
            if ok == -100 or "passport" in str(doc.get("url") or ""):
                raise Blocked("login_wall", f"微博接口要求登录（ok: {ok}）", response.url)
            data = doc.get("data")
            if any(m in msg for m in EMPTY_MESSAGES) or (isinstance(data, dict) and not any(data.values())):
                raise Empty(f"微博接口返回空内容（ok: {ok}，{msg or '无说明'}）", response.url)
            if not data:
                raise Blocked("ok_0", f"微博接口返回 ok: {ok} 且无数据（访客凭证失效或被限流）", response.url)
        data = doc.get("data")
        if not isinstance(data, dict):
            raise Malformed(f"微博返回的 data 不是对象（{response.url}）")
        return data

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
        info = data.get("cardlistInfo") or {}
        more = bool(info.get("page") or info.get("since_id"))
        return SearchResult(users, has_more=more and bool(users), total=parse_count(info.get("total")))

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
            verified_reason=(user.get("verified_reason") or "").strip() or None,
            description=user.get("description") or None,
            followers=parse_count(user.get("followers_count")), posts_count=parse_count(user.get("statuses_count")),
            raw=user)

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
        """``cursor``: None (first page), ``{"since_id": S}`` or ``{"page": N}`` (an int is a page number)."""
        if isinstance(cursor, dict) and cursor.get("since_id"):
            return self.request(self.api(f"107603{account_id}", since_id=cursor["since_id"]))
        page = cursor.get("page") if isinstance(cursor, dict) else cursor
        return self.request(self.api(f"107603{account_id}", **({"page": page} if page else {})))

    async def parse_posts(self, response: Response, account_id: str) -> PostsResult:
        data = self._data(response, allow_gone=True)
        now = self.now()
        posts = []
        for card in data.get("cards") or []:
            if not isinstance(card, dict) or card.get("card_type") != 9 or not isinstance(card.get("mblog"), dict):
                continue
            mb = card["mblog"]
            rt = mb.get("retweeted_status")
            created, precision = parse_created_at(mb.get("created_at"), now)
            rt_user = (rt or {}).get("user") if isinstance(rt, dict) else None
            posts.append(post_record(
                "weibo", account_id, str(mb.get("id") or mb.get("mid")),
                created_at=iso(created), created_at_precision=precision, text=strip_tags(mb.get("text")),
                is_original=not rt, is_pinned=mb.get("mblogtype") == 2 or bool(mb.get("isTop")),
                # a repost of a deleted post has a retweeted_status without user
                source=(strip_tags((rt_user or {}).get("screen_name")) or None) if rt else None,
                url=f"https://m.weibo.cn/detail/{mb.get('id')}", raw=mb))
        info = data.get("cardlistInfo") or {}
        since_id, page = info.get("since_id"), info.get("page")
        cursor = {"since_id": str(since_id)} if since_id not in (None, "", 0, "0") else (
            {"page": int(page)} if parse_count(page) else None)
        return PostsResult(posts, next_cursor=cursor if posts else None, total=parse_count(info.get("total")))
