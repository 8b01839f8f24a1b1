"""Bilibili through its web JSON API with the "wbi" request signature.

bootstrap  www.bilibili.com (buvid3 cookie), /x/web-interface/nav (wbi img_key/sub_key)
search     /x/web-interface/wbi/search/type?search_type=bili_user&keyword=&page=  (signed)
profile    /x/space/wbi/acc/info?mid= (signed) + /x/relation/stat?vmid= (followers)
posts      /x/polymer/web-dynamic/v1/feed/space?host_mid=&offset=

Real shapes handled (tests/fixtures/real/bilibili): ``nav`` answers code −101 (not logged in) while still carrying
``data.wbi_img`` — the keys are read whatever the code; a code-0 answer whose ``data`` holds only ``v_voucher`` is
risk control (a block), as are −352/−412/−403/−509/−799. Profile ``official.role`` codes follow
bilibili-API-collect's ``docs/user/official_role.md``: 1, 2, 7, 9 personal, 3 enterprise, 4 organisation, 5 media,
6 government (``official.type`` −1 none, 0 person, 1 organisation). Search answers carry no role, only
``official_verify.type`` 127 (none; −1 in older answers) / 0 person / 1 organisation. Feed items often have
``module_dynamic.desc: null``: the text is then ``major.opus.summary.text``, ``major.archive.title``,
``major.ugc_season.title`` (…); ``DYNAMIC_TYPE_LIVE_RCMD`` cards ("live now") are not posts and are skipped; a
repost whose original was deleted has ``orig.type: "DYNAMIC_TYPE_NONE"`` (no author: ``source`` None).
"""

from __future__ import annotations

import hashlib
import json
import re
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
    https_url,
    load_json,
    parse_count,
    post_record,
    strip_tags,
)

MIXIN_KEY_TABLE = (46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49, 33, 9, 42, 19, 29,
                   28, 14, 39, 12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40, 61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25,
                   54, 21, 56, 59, 6, 63, 57, 62, 11, 36, 20, 34, 44, 52)
BLOCK_CODES = {-412: "请求被拦截（-412）", -352: "风控校验失败（-352）", -403: "访问权限不足（-403，签名或凭证无效）",
               -509: "请求过于频繁（-509）", -799: "请求过于频繁（-799）"}
# official.role (docs/user/official_role.md of bilibili-API-collect, 2023): 0 none; 1 知名UP主, 2 大V达人,
# 7 高能主播, 9 社会知名人士 (personal); 3 企业, 4 组织, 5 媒体, 6 政府 (organisations)
ROLE_TYPES = {1: "personal", 2: "personal", 7: "personal", 9: "personal", 3: "enterprise", 4: "other",
              5: "media", 6: "government"}
SEARCH_VERIFY_NONE = (127, -1)
NOT_POSTS = {"DYNAMIC_TYPE_LIVE_RCMD": "直播推荐卡片（正在直播），不是发文", "DYNAMIC_TYPE_NONE": "已删除的动态"}
MAJOR_TEXT = (("opus", "summary", "text"), ("archive", "title"), ("ugc_season", "title"), ("article", "title"),
              ("pgc", "title"), ("courses", "title"), ("live", "title"), ("music", "title"), ("common", "title"),
              ("opus", "title"))
_WBI_URL = re.compile(r'"(img_url|sub_url)"\s*:\s*"([^"]+)"')


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
            self.img_key, self.sub_key = wbi_keys(response.body)
            if not self.img_key or not self.sub_key:
                raise Blocked("wbi_keys", "哔哩哔哩 nav 接口没有返回 wbi 签名密钥", response.url)

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
        data = doc.get("data")
        if isinstance(data, dict) and data.get("v_voucher") and set(data) <= {"v_voucher"}:
            # a missing/wrong wbi signature or risk control: code 0, but the data is only a voucher to solve
            raise Blocked("v_voucher", "哔哩哔哩返回风控凭证 v_voucher（code 0 但没有数据）", response.url)
        return data or {}

    # ---- search -------------------------------------------------------------------------------------------
    def search_request(self, keyword: str, page: int):
        return self.signed("/x/web-interface/wbi/search/type",
                           {"search_type": "bili_user", "keyword": keyword, "page": page})

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        """``search/type?search_type=bili_user`` (``data.result`` = users) or ``search/all/v2`` (``data.result`` =
        groups; users in the group whose ``result_type`` is ``bili_user``)."""
        data = self._data(response)
        users = []
        for entry in data.get("result") or []:
            if not isinstance(entry, dict):
                continue
            if "result_type" in entry:
                if entry.get("result_type") == "bili_user":
                    users += [u for u in entry.get("data") or [] if isinstance(u, dict)]
            elif entry.get("type", "bili_user") == "bili_user":
                users.append(entry)
        # a protocol-relative avatar (``//i0.hdslb.com/…``) takes the scheme of the answer it came in, as a browser
        # resolves it (https on the real API)
        scheme = response.url.split(":", 1)[0]
        out = [self.search_account(u, scheme) for u in users]
        pages = parse_count(data.get("numPages")) or 1
        return SearchResult(out, has_more=page < pages and bool(out), total=parse_count(data.get("numResults")))

    @staticmethod
    def search_account(u: dict, scheme: str = "https") -> dict:
        ov = u.get("official_verify") or {}
        vt = ov.get("type")
        verified = vt in (0, 1)
        desc = (ov.get("desc") or "").strip() or None
        vtype = ("personal" if vt == 0 else classify_verification(desc) or "other") if verified else None
        mid = str(u.get("mid") or "")
        if not mid:
            raise Malformed("哔哩哔哩搜索结果缺少 mid")
        return account_record(
            "bilibili", mid, name=strip_tags(u.get("uname")), url=f"https://space.bilibili.com/{mid}",
            avatar_url=https_url(u.get("upic"), scheme), verified=verified, verified_type=vtype,
            verified_reason=desc if verified else None, description=u.get("usign") or None,
            followers=parse_count(u.get("fans")), posts_count=parse_count(u.get("videos")), raw=u)

    # ---- profile and posts --------------------------------------------------------------------------------
    def profile_request(self, account_id: str, known: dict | None = None):
        return self.signed("/x/space/wbi/acc/info", {"mid": account_id})

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        d = self._data(response, allow_gone=True)
        off = d.get("official") or {}
        verified = off.get("type") in (0, 1)
        reason = (off.get("title") or off.get("desc") or "").strip() or None
        vtype = None
        if verified:
            vtype = ROLE_TYPES.get(off.get("role")) or ("personal" if off.get("type") == 0 else "other")
            if vtype == "other" and classify_verification(reason) == "government":
                vtype = "government"  # role 4 (组织) used for a government body
        return ProfileResult(account_record(
            "bilibili", str(d.get("mid") or account_id), name=d.get("name"),
            url=f"https://space.bilibili.com/{account_id}",
            avatar_url=https_url(d.get("face"), response.url.split(":", 1)[0]), verified=verified, verified_type=vtype,
            verified_reason=reason, description=d.get("sign") or None, raw=d))

    def followers_request(self, account_id: str):
        return self.request(f"{self.url()}/x/relation/stat?vmid={account_id}")

    def parse_followers(self, response: Response) -> int | None:
        return parse_count(self._data(response, allow_gone=True).get("follower"))

    def posts_request(self, account_id: str, cursor: Any):
        return self.request(f"{self.url()}/x/polymer/web-dynamic/v1/feed/space?host_mid={account_id}"
                            f"&offset={quote(str(cursor or ''), safe='')}")

    async def parse_posts(self, response: Response, account_id: str) -> PostsResult:
        d = self._data(response, allow_gone=True)
        posts, skipped = [], []
        for item in d.get("items") or []:
            if not isinstance(item, dict):
                continue
            kind = item.get("type")
            if kind in NOT_POSTS:
                skipped.append({"id": str(item.get("id_str") or ""), "why": NOT_POSTS[kind], "type": kind})
                continue
            mods = item.get("modules") or {}
            author = mods.get("module_author") or {}
            forward = kind == "DYNAMIC_TYPE_FORWARD"
            orig = item.get("orig") or {}
            source = ((orig.get("modules") or {}).get("module_author") or {}).get("name") or None
            posts.append(post_record(
                "bilibili", account_id, str(item.get("id_str")), created_at=epoch_iso(author.get("pub_ts")),
                text=dynamic_text(mods.get("module_dynamic") or {}), is_original=not forward,
                is_pinned=(mods.get("module_tag") or {}).get("text") == "置顶",
                source=source if forward else None, url=f"https://t.bilibili.com/{item.get('id_str')}",
                post_type=kind, orig_type=orig.get("type") if forward else None, raw=item))
        more = d.get("has_more") and d.get("offset")
        return PostsResult(posts, next_cursor=str(d.get("offset")) if more and (posts or skipped) else None,
                           skipped=skipped)


def dynamic_text(module: dict) -> str:
    """A feed item's text: ``desc.text``, else the title/summary of its ``major`` card (``desc`` is often null)."""
    desc = module.get("desc") or {}
    if isinstance(desc, dict) and (desc.get("text") or "").strip():
        return desc["text"]
    major = module.get("major") or {}
    for path in MAJOR_TEXT:
        cur: Any = major
        for part in path:
            cur = cur.get(part) if isinstance(cur, dict) else None
        if isinstance(cur, str) and cur.strip():
            return cur
    return ""


def wbi_keys(body: bytes) -> tuple[str, str]:
    """img_key and sub_key from a nav answer, whatever its ``code`` (−101 answers carry them too). Falls back to
    reading the two URLs out of the text when the body is not strict JSON."""
    urls: dict[str, str] = {}
    try:
        doc = json.loads(body)
        wbi = ((doc.get("data") or {}).get("wbi_img") or {}) if isinstance(doc, dict) else {}
        urls = {k: wbi.get(k) for k in ("img_url", "sub_url") if isinstance(wbi.get(k), str)}
    except (ValueError, UnicodeDecodeError):
        text = body.decode("utf-8", "replace")
        urls = {m.group(1): m.group(2) for m in _WBI_URL.finditer(text[text.find("wbi_img"):])} \
            if "wbi_img" in text else {}
    return _stem(urls.get("img_url") or ""), _stem(urls.get("sub_url") or "")
