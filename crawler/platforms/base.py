"""The one small interface every platform adapter implements, and the helpers they share.

An adapter knows one platform's URLs, response shapes and blocking signals; it builds Scrapy requests and
turns responses into platform-neutral records (docs/ARCHITECTURE.md). It does not schedule, store or retry: the
spiders (``crawler/spiders``) do that for every adapter alike. Parse methods are ``async`` because the
browser adapters read the JSON a Playwright page received.

Signals an adapter raises from its parse methods:
- ``Blocked``: the platform refused us (HTTP 418/432, captcha/antispider page, login wall, −412/−352, empty
  bodies). The spider marks the platform blocked for the run and writes a ``platform_blocked`` finding.
- ``Gone``: the account does not exist any more (deleted/banned) — a fact, not a failure.
- ``Malformed``: the answer could not be read (bad JSON/HTML); counted and logged, the account is "failed".
- ``Empty``: the platform answered "nothing here" without saying why (Weibo ``{"ok":0,"msg":"这里还没有内容",
  "data":{"cards":[]}}``). For one account it means "maybe gone" (confirmed on a later run before ``gone``);
  when it is the answer for every account or every search of a platform in a run, the platform is blocking us.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import scrapy
from scrapy.http import Response, TextResponse

from core import inputs as safe_json
from core.bodies import fold, government_body, verification_names
from core.records import iso
from core.settings import DEFAULT_TIMEZONE, defaults

CST = ZoneInfo(DEFAULT_TIMEZONE)  # the platforms write times in China Standard Time

DEFAULT_USER_AGENTS = {
    "weibo": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.4 Mobile/15E148 Safari/604.1",
    "default": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
}


class Blocked(Exception):
    """The platform blocked the crawl. ``signal`` is a short code (http_432, captcha, login_wall, code_-412…)."""

    def __init__(self, signal: str, reason: str, url: str = ""):
        super().__init__(f"{signal}: {reason}")
        self.signal, self.reason, self.url = signal, reason, url


class Gone(Exception):
    """The account no longer exists on the platform (deleted, banned, closed)."""


class Malformed(Exception):
    """The response could not be parsed (broken JSON/HTML, unexpected shape)."""


class Empty(Exception):
    """The platform answered "nothing here" without a reason (see the module docstring)."""

    def __init__(self, reason: str, url: str = ""):
        super().__init__(reason)
        self.reason, self.url = reason, url


@dataclass
class SearchResult:
    accounts: list[dict]
    has_more: bool = False
    total: int | None = None  # the platform's own result count, when it gives one


@dataclass
class PostsResult:
    posts: list[dict]
    next_cursor: Any = None  # None: no further page
    skipped: list[dict] = field(default_factory=list)  # items that are not posts: {"id", "why"}
    total: int | None = None  # the platform's own post count, when the list carries one


@dataclass
class ProfileResult:
    account: dict
    posts: PostsResult | None = None  # set when the profile answer already carries the posts (browser pages)


@dataclass
class Adapter:
    """Base class: subclasses set ``name``/``default_urls`` and implement the request/parse methods."""

    cfg: Any
    base_urls: dict = field(default_factory=dict)
    name: ClassVar[str] = ""
    default_urls: ClassVar[dict[str, str]] = {}
    uses_browser: ClassVar[bool] = False

    def __post_init__(self) -> None:
        """Subclasses set up their per-run state here (signing keys, browser contexts)."""

    # ---- configuration ------------------------------------------------------------------------------------
    def url(self, key: str | None = None) -> str:
        key = key or self.name
        return (self.base_urls.get(key) or self.default_urls[key]).rstrip("/")

    @property
    def user_agent(self) -> str:
        uas = (self.cfg or defaults())["crawler.user_agents"] or {}
        return uas.get(self.name) or DEFAULT_USER_AGENTS.get(self.name) or DEFAULT_USER_AGENTS["default"]

    def request(self, url: str, **kwargs) -> scrapy.Request:
        """A request with this platform's download slot, user agent and proxy; every status reaches the parser."""
        meta = dict(kwargs.pop("meta", None) or {})
        meta.setdefault("download_slot", self.name)
        meta.setdefault("handle_httpstatus_all", True)
        meta["gw_platform"] = self.name
        proxies = (self.cfg or defaults())["crawler.proxies"] or {}
        if proxies.get(self.name):
            meta.setdefault("proxy", proxies[self.name])
        headers = {"User-Agent": self.user_agent, **(kwargs.pop("headers", None) or {})}
        return scrapy.Request(url, headers=headers, meta=meta, **kwargs)

    # ---- the interface ------------------------------------------------------------------------------------
    def bootstrap_requests(self) -> list[scrapy.Request]:
        """Requests to make once before crawling (visitor cookies, signing keys); answers go to ``bootstrap``."""
        return []

    def bootstrap(self, response: Response) -> None:
        self.check_blocked(response)

    def search_request(self, keyword: str, page: int) -> scrapy.Request:
        raise NotImplementedError

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        raise NotImplementedError

    def profile_request(self, account_id: str, known: dict | None = None) -> scrapy.Request:
        raise NotImplementedError

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        raise NotImplementedError

    def posts_request(self, account_id: str, cursor: Any) -> scrapy.Request | None:
        """The request for one page of posts (``cursor`` None = first page); None when there is no such route."""
        return None

    async def parse_posts(self, response: Response, account_id: str) -> PostsResult:
        raise NotImplementedError

    # ---- blocking -----------------------------------------------------------------------------------------
    def check_blocked(self, response: Response, *, page_ok: bool = False) -> None:
        """Raise Blocked for the signals every platform shares; adapters add their own.

        ``page_ok``: the page has the platform's normal result structure, so captcha/login words in it are
        crawled text (an impostor may write "请输入验证码" in its profile), not a block."""
        status = response.status
        if status in (418, 432, 412):
            raise Blocked(f"http_{status}", f"{self.zh} 返回 HTTP {status}（反爬拦截）", response.url)
        if status in (301, 302, 303, 307) and "antispider" in response.headers.get("Location", b"").decode("latin-1"):
            raise Blocked("antispider", f"{self.zh} 把请求转到了反爬验证页", response.url)
        if "antispider" in response.url:
            raise Blocked("antispider", f"{self.zh} 把请求转到了反爬验证页", response.url)
        if not response.body.strip():
            raise Blocked("empty_body", f"{self.zh} 返回空响应（常见的拦截表现）", response.url)
        if isinstance(response, TextResponse) and looks_like_html(response) and not page_ok:
            text = response.text[:20000]
            if any(w in text for w in ("请输入验证码", "captcha", "安全验证", "拖动滑块", "seccode")):
                raise Blocked("captcha", f"{self.zh} 返回验证码页面", response.url)
            if any(w in text for w in ("请先登录", "登录后查看", "login-guard", "passport.weibo", "Visitor System")):
                raise Blocked("login_wall", f"{self.zh} 要求登录（访客凭证无效或被要求登录）", response.url)

    @property
    def zh(self) -> str:
        from core.records import PLATFORM_ZH

        return PLATFORM_ZH.get(self.name, self.name)


# ---- shared helpers ---------------------------------------------------------------------------------------

def looks_like_html(response: Response) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    head = response.body[:200].lstrip().lower()
    return "html" in ctype or head.startswith(b"<!doctype") or head.startswith(b"<html")


def load_json(response: Response) -> Any:
    """Parse a JSON body; Malformed when it is not JSON (an HTML page where JSON was expected is checked first
    by ``check_blocked``)."""
    try:
        return safe_json.loads(response.body)
    except (ValueError, UnicodeDecodeError) as exc:  # JSONTooDeep is a ValueError
        raise Malformed(f"JSON 无法解析：{exc}（{response.url}）") from None


_TAG = re.compile(r"<[^>]+>")


def strip_tags(text: str | None) -> str:
    """Drop highlight/markup tags (``<em class="keyword">``); entity-decode; trim."""
    import html

    return html.unescape(_TAG.sub("", text or "")).strip()


_MEDIA = re.compile(r"(日报|晚报|报社|报业|电视台|广播|新闻网|杂志|传媒|媒体|通讯社)")
# a business by its organisation word anywhere (公司, 集团, 有限), or by the premises it names itself after (店, 餐厅,
# 酒楼, 营业厅, 超市, 商行)
_ENTERPRISE = re.compile(r"(公司|集团|有限|银行|企业|工作室|店|餐厅|餐馆|饭馆|酒楼|营业厅|超市|商行)")
# 店 of a place's name, not of a shop: 店 right before a level word (淄博的张店区, 太原的小店区, 大连的瓦房店市, 社旗的赊店镇)
# is left out of the enterprise test, so a body of such a place is not classed as a business.
_PLACE_SHOP = re.compile(r"店(?=区|市|县|镇|乡|街道)")


def classify_verification(text: str | None) -> str | None:
    """Verification text → government|media|enterprise|other (None when there is no text).

    A business's organisation word anywhere outside a government body's name makes it an enterprise (some words of
    a place's name excepted, 张店区);
    government is read from the kind at the end of the organisation's name (``core.bodies``: 公安 + 局, 教育 + 厅,
    某镇 + 广播电视站, 某县人民法院 + 某某法庭), never from a character anywhere in the text (the 厅 of 餐厅, the 乡
    of 乡村美食博主, the 委 of 委托); a government unit that is a medium (融媒体中心, 新闻办公室, a township's
    广播电视站) is government; any other text naming a medium is media."""
    text = (text or "").strip()
    if not text:
        return None
    # the business words a government body's own name holds are not a business's: the 店 of its place (淄博市公安局
    # 张店分局), the 企业 it serves (某县人民政府企业服务中心); ``core.bodies`` has already read the owner (某企业党委
    # is no government body), so the enterprise test reads the text without the government bodies' names
    bodies = [name for name in verification_names(text) if government_body(name)]
    government = bool(bodies)
    rest = fold(text)
    for name in bodies:
        rest = rest.replace(name, " ")
    if _ENTERPRISE.search(_PLACE_SHOP.sub("", rest)):
        return "enterprise"
    if government:
        return "government"
    if _MEDIA.search(text):
        return "media"
    return "other"


_COUNT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*(万|w|W|亿|千|k|K)?\s*\+?$")
_UNITS = {None: 1, "万": 10_000, "w": 10_000, "W": 10_000, "亿": 100_000_000, "千": 1_000, "k": 1_000, "K": 1_000}


def parse_count(value: Any) -> int | None:
    """A count as platforms show it → int: ``123``, ``"123"``, ``"1,234"``, ``"145.5万"``, ``"169.8w"``,
    ``"1.2亿"``, ``"3.4k"``, ``"10万+"``, ``"100+"`` (a lower bound: the number shown). None when absent or not
    a count (``""``, ``"-"``, booleans, negative numbers, text)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return round(value) if value >= 0 and math.isfinite(value) else None
    text = str(value).strip().replace(",", "").replace("，", "")
    m = _COUNT.match(text)
    if not m:
        return None
    try:
        return int((Decimal(m.group(1)) * _UNITS[m.group(2)]).to_integral_value())
    except InvalidOperation:
        return None


def https_url(url: str | None, scheme: str = "https") -> str | None:
    """A protocol-relative URL (``//img01.sogoucdn.com/…``) made absolute; other values unchanged ("" → None)."""
    if not url:
        return None
    url = str(url).strip()
    return f"{scheme}:{url}" if url.startswith("//") else url or None


def epoch_iso(seconds: float | int | None) -> str | None:
    if seconds in (None, "", 0):
        return None
    seconds = float(seconds)
    if seconds > 1e12:  # milliseconds
        seconds /= 1000
    return iso(datetime.fromtimestamp(seconds, UTC).astimezone(CST))


def account_record(platform: str, account_id: str, **fields: Any) -> dict:
    """An account record with the docs/ARCHITECTURE.md fields (missing ones None).

    ``verified`` may be None when the answer says nothing about verification (the field is then also listed in
    ``unknown_fields``): unknown is not "not verified"."""
    rec = {"platform": platform, "account_id": str(account_id), "name": None, "url": None, "avatar": None,
           "avatar_url": None, "verified": False, "verified_type": None, "verified_reason": None,
           "description": None, "followers": None, "posts_count": None, "raw": None}
    rec.update(fields)
    return rec


def post_record(platform: str, account_id: str, post_id: str, **fields: Any) -> dict:
    rec = {"platform": platform, "account_id": str(account_id), "post_id": str(post_id), "created_at": None,
           "text": "", "is_original": True, "is_pinned": False, "source": None, "url": None}
    rec.update(fields)
    return rec
