"""Kuaishou through Playwright: the page's own GraphQL calls (graphqlSearchUser, visionProfile,
visionProfilePhotoList) are captured. The verification fields are the least certain shape here
(``verified`` + ``verifiedDetail.description``); the text is classified like every other platform's.
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
    post_record,
)
from crawler.platforms.browser import BrowserAdapter

# visionProfile.result: 1 = the profile; 2 without userProfile = the user does not exist / was banned (what the
# imitation serves; the only "gone" answer); 400002 = risk control asking for a captcha. Anything else is unknown
# (Malformed → "failed"), never "gone".
USER_GONE_RESULTS = frozenset({2})
RISK_RESULTS = frozenset({400002})


class KuaishouAdapter(BrowserAdapter):
    name: ClassVar[str] = "kuaishou"
    default_urls: ClassVar[dict[str, str]] = {"kuaishou": "https://www.kuaishou.com"}
    api_markers: ClassVar[tuple[str, ...]] = ("/graphql",)

    def search_request(self, keyword: str, page: int):
        return self.page_request(f"{self.url()}/search/author?searchKey={quote(keyword, safe='')}&page={page}")

    def account(self, p: dict, fans=None) -> dict:
        uid = p.get("user_id")
        if not uid:
            raise Malformed("快手用户缺少 user_id")
        detail = p.get("verifiedDetail") or {}
        reason = (detail.get("description") or "").strip() or None
        verified = bool(p.get("verified")) and bool(reason)
        vtype = ("personal" if detail.get("type") == 4 else classify_verification(reason)) if verified else None
        return account_record("kuaishou", str(uid), name=p.get("user_name"),
                              url=f"https://www.kuaishou.com/profile/{uid}", avatar_url=p.get("headurl"),
                              verified=verified, verified_type=vtype, verified_reason=reason if verified else None,
                              description=p.get("user_text") or None, followers=fans, raw=p)

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        out, more = [], False
        for _url, doc in await self.captured_json(response):
            res = ((doc.get("data") or {}).get("visionSearchUser") or {}) if isinstance(doc, dict) else {}
            out += [self.account(u, u.get("fansCount")) for u in res.get("users") or []]
            more = more or res.get("pcursor") not in (None, "", "no_more")
        return SearchResult(out, has_more=more and bool(out))

    def profile_request(self, account_id: str, known: dict | None = None):
        return self.page_request(f"{self.url()}/profile/{quote(account_id, safe='')}")

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        account, posts = None, []
        for url, doc in await self.captured_json(response):
            data = (doc.get("data") or {}) if isinstance(doc, dict) else {}
            if "visionProfile" in data:
                vp = data["visionProfile"] or {}
                result = vp.get("result")
                if result == 1 and vp.get("userProfile"):
                    up = vp["userProfile"]
                elif result in USER_GONE_RESULTS and not vp.get("userProfile"):
                    raise Gone("快手用户不存在或已封禁")
                elif result in RISK_RESULTS:
                    raise Blocked(f"result_{result}", f"快手风控拦截（result={result}）", url)
                else:
                    raise Malformed(f"快手用户资料返回无法识别（result={result!r}）")
                account = self.account(up.get("profile") or {}, (up.get("ownerCount") or {}).get("fan"))
                account["posts_count"] = (up.get("ownerCount") or {}).get("photo")
            elif "visionProfilePhotoList" in data:
                for feed in (data["visionProfilePhotoList"] or {}).get("feeds") or []:
                    ph = feed.get("photo") or {}
                    pinned = any((t or {}).get("name") == "置顶" for t in feed.get("tags") or [])
                    posts.append(post_record("kuaishou", account_id, str(ph.get("id")),
                                             created_at=epoch_iso(ph.get("timestamp")), text=ph.get("caption") or "",
                                             is_original=True, is_pinned=pinned,
                                             url=f"https://www.kuaishou.com/short-video/{ph.get('id')}", raw=feed))
        if account is None:
            raise Malformed("快手用户页没有返回资料数据")
        return ProfileResult(account, PostsResult(posts))
