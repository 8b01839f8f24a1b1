"""Douyin through Playwright: open the search / user page and read the JSON the page fetches itself.

search  www.douyin.com/search/KW?type=user           → /aweme/v1/web/discover/search/ → user_list[].user_info
profile www.douyin.com/user/SEC_UID                  → /aweme/v1/web/user/profile/other/ → user
                                                       /aweme/v1/web/aweme/post/ → aweme_list[] (is_top = pinned)
Verification: ``enterprise_verify_reason`` (organisation blue V) or ``custom_verify`` (personal yellow V).
"""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import quote

from scrapy.http import Response

from crawler.platforms.base import Gone, Malformed, PostsResult, ProfileResult, SearchResult, account_record, \
    classify_verification, epoch_iso, post_record
from crawler.platforms.browser import BrowserAdapter


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
                              description=u.get("signature") or None, followers=u.get("follower_count"),
                              posts_count=u.get("aweme_count"), raw=u)

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        out, more = [], False
        for url, doc in await self.captured_json(response):
            if "/discover/search/" in url and isinstance(doc, dict):
                out += [self.account(x["user_info"]) for x in doc.get("user_list") or [] if x.get("user_info")]
                more = more or bool(doc.get("has_more"))
        return SearchResult(out, has_more=more and bool(out))

    def profile_request(self, account_id: str, known: dict | None = None):
        return self.page_request(f"{self.url()}/user/{quote(account_id, safe='')}")

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        account, posts = None, []
        for url, doc in await self.captured_json(response):
            if "/user/profile/other/" in url:
                if not doc.get("user"):
                    raise Gone(doc.get("status_msg") or "用户不存在")
                account = self.account(doc["user"])
            elif "/aweme/post/" in url:
                for aw in doc.get("aweme_list") or []:
                    posts.append(post_record("douyin", account_id, str(aw.get("aweme_id")),
                                             created_at=epoch_iso(aw.get("create_time")), text=aw.get("desc") or "",
                                             is_original=True, is_pinned=bool(aw.get("is_top")),
                                             url=f"https://www.douyin.com/video/{aw.get('aweme_id')}", raw=aw))
        if account is None:
            raise Malformed("抖音用户页没有返回资料数据")
        return ProfileResult(account, PostsResult(posts))
