"""Kuaishou through Playwright: the page's own GraphQL calls (graphqlSearchUser, visionProfile,
visionProfilePhotoList) are captured.

What the page's real queries return (no real *answer* has been found; the query texts are public): counts are
display strings (``ownerCount.fan`` ``"169.8w"``) read with ``parse_count``; the post count may be in
``photo_public`` while ``photo`` is null; pinned posts are marked by ``photo.profileUserTopPhoto`` (older
answers: a ``置顶`` tag). ``visionProfile`` does not request verification fields at all: when a profile carries
none, ``verified``/``verified_type``/``verified_reason`` are None and listed in ``unknown_fields`` — unknown, never
"not verified". The search query does return ``verified`` + ``verifiedDetail``; that text is classified like
every other platform's. A photo list says nothing about reposting: ``is_original`` is None.
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

    VERIFICATION_KEYS = ("verified", "verifiedDetail")

    def account(self, p: dict, fans=None) -> dict:
        uid = p.get("user_id")
        if not uid:
            raise Malformed("快手用户缺少 user_id")
        extra: dict = {}
        if not any(k in p for k in self.VERIFICATION_KEYS):
            verified = vtype = reason = None
            extra["unknown_fields"] = ["verified", "verified_type", "verified_reason"]
        else:
            detail = p.get("verifiedDetail") or {}
            reason = (detail.get("description") or "").strip() or None
            verified = bool(p.get("verified")) and bool(reason)
            vtype = ("personal" if detail.get("type") == 4 else classify_verification(reason)) if verified else None
            reason = reason if verified else None
        return account_record("kuaishou", str(uid), name=p.get("user_name"),
                              url=f"https://www.kuaishou.com/profile/{uid}", avatar_url=p.get("headurl"),
                              verified=verified, verified_type=vtype, verified_reason=reason,
                              description=p.get("user_text") or None, followers=parse_count(fans), raw=p, **extra)

    def profile_account(self, vp: dict, url: str = "") -> dict:
        """``data.visionProfile`` → the account (Gone / Blocked / Malformed for the other results)."""
        vp = vp or {}
        result = vp.get("result")
        if result == 1 and vp.get("userProfile"):
            up = vp["userProfile"]
        elif result in USER_GONE_RESULTS and not vp.get("userProfile"):
            raise Gone("快手用户不存在或已封禁")
        elif result in RISK_RESULTS:
            raise Blocked(f"result_{result}", f"快手风控拦截（result={result}）", url)
        else:
            raise Malformed(f"快手用户资料返回无法识别（result={result!r}）")
        counts = up.get("ownerCount") or {}
        account = self.account(up.get("profile") or {}, counts.get("fan"))
        photos = parse_count(counts.get("photo"))
        account["posts_count"] = photos if photos is not None else parse_count(counts.get("photo_public"))
        return account

    @staticmethod
    def posts_result(pl: dict, account_id: str) -> PostsResult:
        """``data.visionProfilePhotoList`` → posts (pinned: ``photo.profileUserTopPhoto`` or a 置顶 tag)."""
        posts = []
        for feed in (pl or {}).get("feeds") or []:
            ph = (feed or {}).get("photo") or {}
            pinned = bool(ph.get("profileUserTopPhoto")) or any(
                (t or {}).get("name") == "置顶" for t in feed.get("tags") or [])
            posts.append(post_record("kuaishou", account_id, str(ph.get("id")),
                                     created_at=epoch_iso(ph.get("timestamp")), text=ph.get("caption") or "",
                                     is_original=None, is_pinned=pinned,
                                     url=f"https://www.kuaishou.com/short-video/{ph.get('id')}", raw=feed))
        cursor = (pl or {}).get("pcursor")
        return PostsResult(posts, next_cursor=cursor if cursor not in (None, "", "no_more") and posts else None)

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
        account, posts = None, PostsResult([])
        for url, doc in await self.captured_json(response):
            data = (doc.get("data") or {}) if isinstance(doc, dict) else {}
            if "visionProfile" in data:
                account = self.profile_account(data["visionProfile"], url)
            elif "visionProfilePhotoList" in data:
                posts = self.posts_result(data["visionProfilePhotoList"], account_id)
        if account is None:
            raise Malformed("快手用户页没有返回资料数据")
        return ProfileResult(account, posts)
