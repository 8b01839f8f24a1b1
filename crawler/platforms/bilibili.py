"""Bilibili through its web JSON API with the "wbi" request signature.

bootstrap  www.bilibili.com (buvid3 cookie), /x/web-interface/nav (wbi img_key/sub_key)
search     /x/web-interface/wbi/search/type?search_type=bili_user&keyword=&page=  (signed)
profile    /x/space/wbi/acc/info?mid= (signed) + /x/relation/stat?vmid= (followers)
posts      /x/polymer/web-dynamic/v1/feed/space?host_mid=&offset=
"""

from __future__ import annotations

import hashlib
import time
from typing import Any, ClassVar
from urllib.parse import quote

from scrapy.http import Response

from crawler.platforms.base import (
    Adapter,
    Blocked,
    Gone,
    Malformed,
    PostsResult,
    ProfileResult,
    SearchResult,
    account_record,
    classify_verification,
    epoch_iso,
    load_json,
    post_record,
    strip_tags,
)

MIXIN_KEY_TABLE = (46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49, 33, 9, 42, 19, 29,
                   28, 14, 39, 12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40, 61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25,
                   54, 21, 56, 59, 6, 63, 57, 62, 11, 36, 20, 34, 44, 52)
BLOCK_CODES = {-412: "请求被拦截（-412）", -352: "风控校验失败（-352）", -403: "访问权限不足（-403，签名或凭证无效）",
               -509: "请求过于频繁（-509）", -799: "请求过于频繁（-799）"}
ROLE_TYPES = {1: "personal", 2: "personal", 7: "personal", 3: "government", 4: "enterprise", 5: "enterprise",
              6: "media"}


def mixin_key(img_key: str, sub_key: str) -> str:
    raw = img_key + sub_key
    return "".join(raw[i] for i in MIXIN_KEY_TABLE if i < len(raw))[:32]


def sign_params(params: dict[str, Any], img_key: str, sub_key: str, now: float | None = None) -> str:
    """The query string with ``wts`` and ``w_rid`` appended (the wbi signature)."""
    signed = {**{k: str(v) for k, v in params.items()}, "wts": str(int(now if now is not None else time.time()))}
    clean = {k: "".join(c for c in v if c not in "!'()*") for k, v in sorted(signed.items())}
    query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in clean.items())
    w_rid = hashlib.md5((query + mixin_key(img_key, sub_key)).encode("utf-8")).hexdigest()
    return f"{query}&w_rid={w_rid}"


def _stem(url: str) -> str:
    return url.rsplit("/", 1)[-1].split(".", 1)[0]


class BilibiliAdapter(Adapter):
    name: ClassVar[str] = "bilibili"
    default_urls: ClassVar[dict[str, str]] = {"bilibili": "https://api.bilibili.com",
                                              "bilibili_www": "https://www.bilibili.com"}

    def __post_init__(self) -> None:
        self.img_key = self.sub_key = ""

    def request(self, url: str, **kwargs):
        kwargs.setdefault("meta", {})
        kwargs["meta"].setdefault("cookiejar", "bilibili")
        kwargs.setdefault("headers", {}).setdefault("Referer", "https://www.bilibili.com/")
        return super().request(url, **kwargs)

    def bootstrap_requests(self):
        return [self.request(f"{self.url('bilibili_www')}/", dont_filter=True),
                self.request(f"{self.url()}/x/web-interface/nav", dont_filter=True)]

    def bootstrap(self, response: Response) -> None:
        self.check_blocked(response)
        if response.url.endswith("/x/web-interface/nav"):
            doc = load_json(response)
            wbi = ((doc.get("data") or {}).get("wbi_img") or {}) if isinstance(doc, dict) else {}
            if not wbi.get("img_url") or not wbi.get("sub_url"):
                raise Blocked("wbi_keys", "哔哩哔哩 nav 接口没有返回 wbi 签名密钥", response.url)
            self.img_key, self.sub_key = _stem(wbi["img_url"]), _stem(wbi["sub_url"])

    def signed(self, path: str, params: dict[str, Any]):
        return self.request(f"{self.url()}{path}?{sign_params(params, self.img_key, self.sub_key)}")

    def _data(self, response: Response, *, allow_gone: bool = False) -> Any:
        self.check_blocked(response)
        doc = load_json(response)
        if not isinstance(doc, dict) or "code" not in doc:
            raise Blocked("empty_json", "哔哩哔哩返回了没有 code 的空数据", response.url) if doc in ({}, [], None) \
                else Malformed(f"哔哩哔哩返回了意外的结构（{response.url}）")
        code = doc.get("code")
        if code in BLOCK_CODES:
            raise Blocked(f"code_{code}", "哔哩哔哩" + BLOCK_CODES[code], response.url)
        if code == -404 and allow_gone:
            raise Gone("用户不存在（-404）")
        if code != 0:
            raise Malformed(f"哔哩哔哩返回 code={code}：{doc.get('message')}（{response.url}）")
        return doc.get("data") or {}

    # ---- search -------------------------------------------------------------------------------------------
    def search_request(self, keyword: str, page: int):
        return self.signed("/x/web-interface/wbi/search/type",
                           {"search_type": "bili_user", "keyword": keyword, "page": page})

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        data = self._data(response)
        out = []
        for u in data.get("result") or []:
            ov = u.get("official_verify") or {}
            verified = ov.get("type") in (0, 1)
            desc = ov.get("desc") or None
            vtype = ("personal" if ov.get("type") == 0 else classify_verification(desc) or "other") if verified else None
            out.append(account_record(
                "bilibili", str(u.get("mid")), name=strip_tags(u.get("uname")),
                url=f"https://space.bilibili.com/{u.get('mid')}", avatar_url=_https(u.get("upic")),
                verified=verified, verified_type=vtype, verified_reason=desc, description=u.get("usign") or None,
                followers=u.get("fans"), posts_count=u.get("videos"), raw=u))
        pages = int(data.get("numPages") or 1)
        return SearchResult(out, has_more=page < pages and bool(out))

    # ---- profile and posts --------------------------------------------------------------------------------
    def profile_request(self, account_id: str, known: dict | None = None):
        return self.signed("/x/space/wbi/acc/info", {"mid": account_id})

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        d = self._data(response, allow_gone=True)
        off = d.get("official") or {}
        verified = off.get("type") in (0, 1)
        reason = off.get("title") or off.get("desc") or None
        vtype = None
        if verified:
            vtype = ROLE_TYPES.get(off.get("role")) or classify_verification(reason) or "other"
            if vtype in ("enterprise", "other") and classify_verification(reason) == "government":
                vtype = "government"
        return ProfileResult(account_record(
            "bilibili", str(d.get("mid") or account_id), name=d.get("name"),
            url=f"https://space.bilibili.com/{account_id}", avatar_url=_https(d.get("face")), verified=verified,
            verified_type=vtype, verified_reason=reason, description=d.get("sign") or None, raw=d))

    def followers_request(self, account_id: str):
        return self.request(f"{self.url()}/x/relation/stat?vmid={account_id}")

    def parse_followers(self, response: Response) -> int | None:
        return self._data(response, allow_gone=True).get("follower")

    def posts_request(self, account_id: str, cursor: Any):
        return self.request(f"{self.url()}/x/polymer/web-dynamic/v1/feed/space?host_mid={account_id}"
                            f"&offset={quote(str(cursor or ''), safe='')}")

    async def parse_posts(self, response: Response, account_id: str) -> PostsResult:
        d = self._data(response, allow_gone=True)
        posts = []
        for item in d.get("items") or []:
            mods = item.get("modules") or {}
            author = mods.get("module_author") or {}
            forward = item.get("type") == "DYNAMIC_TYPE_FORWARD"
            source = (((item.get("orig") or {}).get("modules") or {}).get("module_author") or {}).get("name")
            posts.append(post_record(
                "bilibili", account_id, str(item.get("id_str")), created_at=epoch_iso(author.get("pub_ts")),
                text=((mods.get("module_dynamic") or {}).get("desc") or {}).get("text") or "",
                is_original=not forward, is_pinned=(mods.get("module_tag") or {}).get("text") == "置顶",
                source=source if forward else None, url=f"https://t.bilibili.com/{item.get('id_str')}", raw=item))
        more = d.get("has_more") and d.get("offset")
        return PostsResult(posts, next_cursor=d.get("offset") if more and posts else None)


def _https(url: str | None) -> str | None:
    if url and url.startswith("//"):
        return "https:" + url
    return url or None
