"""Douyin through Playwright: open the search / user page and read the JSON the page fetches itself.

search  www.douyin.com/search/KW?type=user           → /aweme/v1/web/discover/search/ → user_list[].user_info
profile www.douyin.com/user/SEC_UID                  → /aweme/v1/web/user/profile/other/ → user
                                                       /aweme/v1/web/aweme/post/ → aweme_list[] (is_top = pinned)
Verification: ``enterprise_verify_reason`` (organisation blue V) or ``custom_verify`` (personal yellow V).

Real shapes (tests/fixtures/real/douyin): ``has_more`` is an integer (1/0), ``max_cursor`` is in milliseconds while
``create_time`` is in seconds; ``account_id`` is the ``sec_uid`` (the id in the profile URL, which the refresh
opens), the numeric ``uid`` and the 抖音号 ``unique_id`` are kept beside it. A post list says nothing about
reposting: ``is_original`` is None (unknown), not True.
"""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import quote

from scrapy.http import Response

from crawler.platforms.base import (
    Blocked,
    Gone,
    Malformed,
    PostsResult,
    ProfileResult,
    SearchResult,
    account_record,
    classify_verification,
    epoch_iso,
    parse_count,
    post_record,
)
from crawler.platforms.browser import BrowserAdapter

# A profile answer without ``user`` is "gone" only when it says so (status_code 0 + "用户不存在" is what the
# imitation serves for a deleted user); a risk-control / login answer is a block; anything else is unknown.
USER_GONE_MESSAGES = ("用户不存在", "已注销", "已封禁")
RISK_MESSAGES = ("验证", "登录", "频繁", "风控", "稍后再试")


class DouyinAdapter(BrowserAdapter):
    name: ClassVar[str] = "douyin"
    default_urls: ClassVar[dict[str, str]] = {"douyin": "https://www.douyin.com"}
    api_markers: ClassVar[tuple[str, ...]] = ("/aweme/v1/web/",)

    def search_request(self, keyword: str, page: int):
        return self.page_request(f"{self.url()}/search/{quote(keyword, safe='')}?type=user&page={page}")

    def account(self, u: dict) -> dict:
        org = (u.get("enterprise_verify_reason") or "").strip()
        personal = (u.get("custom_verify") or "").strip()
        reason = org or personal or None
        vtype = (classify_verification(org) if org else "personal") if reason else None
        sec = u.get("sec_uid") or ""
        if not sec:
            raise Malformed("抖音用户缺少 sec_uid")
        avatar = ((u.get("avatar_larger") or u.get("avatar_thumb") or {}).get("url_list") or [None])[0]
        return account_record("douyin", sec, name=u.get("nickname"), url=f"https://www.douyin.com/user/{sec}",
                              avatar_url=avatar, verified=bool(reason), verified_type=vtype, verified_reason=reason,
                              description=u.get("signature") or None, followers=parse_count(u.get("follower_count")),
                              posts_count=parse_count(u.get("aweme_count")), uid=str(u.get("uid") or "") or None,
                              unique_id=u.get("unique_id") or None, raw=u)

    def search_result(self, doc: dict) -> SearchResult:
        """``/aweme/v1/web/discover/search/`` → users (``has_more`` may be 0/1)."""
        out = [self.account(x["user_info"]) for x in doc.get("user_list") or [] if (x or {}).get("user_info")]
        return SearchResult(out, has_more=bool(parse_count(doc.get("has_more")) or doc.get("has_more") is True))

    def profile_account(self, doc: dict, url: str = "") -> dict:
        """``/aweme/v1/web/user/profile/other/`` → the account (Gone / Blocked / Malformed without ``user``)."""
        if not isinstance(doc, dict):
            raise Malformed(f"抖音用户资料不是 JSON 对象（{url}）")
        if not doc.get("user"):
            raise self.no_user(doc, url)
        return self.account(doc["user"])

    @staticmethod
    def posts_result(doc: dict, account_id: str) -> PostsResult:
        """``/aweme/v1/web/aweme/post/`` → posts; next cursor ``max_cursor`` (ms) while ``has_more`` is 1."""
        posts = []
        for aw in doc.get("aweme_list") or []:
            if not isinstance(aw, dict):
                continue
            posts.append(post_record("douyin", account_id, str(aw.get("aweme_id")),
                                     created_at=epoch_iso(aw.get("create_time")), text=aw.get("desc") or "",
                                     is_original=None, is_pinned=bool(parse_count(aw.get("is_top"))),
                                     url=f"https://www.douyin.com/video/{aw.get('aweme_id')}", raw=aw))
        more = parse_count(doc.get("has_more")) or doc.get("has_more") is True
        cursor = parse_count(doc.get("max_cursor"))
        return PostsResult(posts, next_cursor=cursor if more and cursor and posts else None)

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        out, more = [], False
        for url, doc in await self.captured_json(response):
            if "/discover/search/" in url and isinstance(doc, dict):
                res = self.search_result(doc)
                out += res.accounts
                more = more or res.has_more
        return SearchResult(out, has_more=more and bool(out))

    def profile_request(self, account_id: str, known: dict | None = None):
        return self.page_request(f"{self.url()}/user/{quote(account_id, safe='')}")

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        account, posts = None, PostsResult([])
        for url, doc in await self.captured_json(response):
            if "/user/profile/other/" in url:
                account = self.profile_account(doc, url)
            elif "/aweme/post/" in url and isinstance(doc, dict):
                posts = self.posts_result(doc, account_id)
        if account is None:
            raise Malformed("抖音用户页没有返回资料数据")
        return ProfileResult(account, posts)

    def no_user(self, doc: dict, url: str) -> Exception:
        """A profile answer without ``user``: Gone only for the "user does not exist" answer; a risk-control /
        login answer is Blocked; anything else Malformed (never "gone" for an answer we do not understand)."""
        code, msg = doc.get("status_code"), str(doc.get("status_msg") or "")
        if code in (0, None) and any(m in msg for m in USER_GONE_MESSAGES):
            return Gone(msg or "抖音用户不存在")
        if any(m in msg for m in RISK_MESSAGES):
            return Blocked(f"status_{code}", f"抖音风控拦截：{msg or code}", url)
        return Malformed(f"抖音用户资料没有 user（status_code={code!r}，{msg[:100]}）")
