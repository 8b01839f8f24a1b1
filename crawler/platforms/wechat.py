"""WeChat official accounts through Sogou WeChat search (HTML), plus the optional credentialed article list.

Sogou: ``weixin?type=1&query=KW&ie=utf8&page=N`` → ``ul.news-list2 > li`` (name in ``p.tit a`` with ``<em>``
highlights, 微信号 in ``label[name=em_weixinhao]``, ``dl`` blocks 功能介绍 / 微信认证 / 最近文章 with a
``timeConvert('epoch')`` script). A profile refresh searches the account's 微信号 and reads its entry; the
latest article is its one known post.

With ``crawler.wechat_mp_cookie`` + ``crawler.wechat_mp_token`` (an official-account admin session the user
supplies), posts come from ``mp.weixin.qq.com/cgi-bin/searchbiz`` → fakeid → ``cgi-bin/appmsg?action=list_ex``
whose ``copyright_stat`` 11 marks an original article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import quote

from scrapy.http import Response, TextResponse

from core.records import stable_hash
from core.settings import defaults
from crawler.platforms.base import (
    Adapter,
    Blocked,
    Gone,
    Malformed,
    PostsResult,
    ProfileResult,
    SearchResult,
    account_record,
    epoch_iso,
    load_json,
    parse_count,
    post_record,
    strip_tags,
)

MP_PAGE = 5
MP_BLOCK_CODES = {200003: "公众平台会话失效（Cookie/token 过期）", 200013: "公众平台频率限制", 200040: "公众平台会话无效"}
_SNUID = re.compile(r"(?:^|;)\s*SNUID=([^;]*)")


def snuid_of(header_values) -> str | None:
    """The SNUID value in Set-Cookie / Cookie header values (bytes or str); None when there is none."""
    for raw in header_values or ():
        text = raw.decode("latin-1") if isinstance(raw, bytes) else str(raw)
        m = _SNUID.search(text)
        if m and m.group(1).strip():
            return m.group(1).strip()
    return None


@dataclass
class SnuidChurn:
    """Sogou's "SNUID churn" blocking signal: it keeps replacing the SNUID cookie we present.

    Normally Sogou sets SNUID once for a visitor that carries none and leaves it alone afterwards. A response
    that sets a SNUID different from the one our request carried is a *replacement*; ``limit`` replacements in
    a row (no response in between that kept our SNUID or set none) mean Sogou treats us as a bot. A SNUID set
    for a request that carried none (a first visit, or requests sent before the first SNUID arrived) is
    neither a replacement nor a reset."""

    limit: int = 3
    streak: int = 0
    replaced_last: bool = False

    def observe(self, sent: str | None, received: str | None) -> bool:
        """Record one Sogou response; True when the churn limit is reached."""
        if received and sent and received != sent:
            self.streak += 1
            self.replaced_last = True
        elif received and not sent:
            self.replaced_last = False
        else:
            self.streak, self.replaced_last = 0, False
        return self.streak >= self.limit




class WechatAdapter(Adapter):
    name: ClassVar[str] = "wechat"
    default_urls: ClassVar[dict[str, str]] = {"wechat": "https://weixin.sogou.com",
                                              "wechat_mp": "https://mp.weixin.qq.com"}

    def __post_init__(self) -> None:
        limit = (self.cfg or defaults())["crawler.wechat_snuid_churn_limit"]
        self.snuid_churn = SnuidChurn(limit=int(limit))

    def check_snuid_churn(self, response: Response) -> None:
        """Blocked("snuid_churn") once Sogou has replaced our SNUID cookie on ``limit`` responses in a row."""
        request = getattr(response, "request", None)
        sent = snuid_of(request.headers.getlist("Cookie")) if request is not None else None
        received = snuid_of(response.headers.getlist("Set-Cookie"))
        if self.snuid_churn.observe(sent, received):
            raise Blocked("snuid_churn", f"{self.zh} 连续 {self.snuid_churn.streak} 次更换 SNUID Cookie"
                          f"（疑似被识别为爬虫，结果可能被删减）", response.url)

    @property
    def mp_enabled(self) -> bool:
        return bool(self.cfg is not None and self.cfg["crawler.wechat_mp_cookie"] and self.cfg["crawler.wechat_mp_token"])

    def search_request(self, keyword: str, page: int):
        return self.request(f"{self.url()}/weixin?type=1&query={quote(keyword, safe='')}&ie=utf8&page={page}",
                            meta={"dont_redirect": True})

    def _page(self, response: Response) -> TextResponse:
        self.check_blocked(response, page_ok=isinstance(response, TextResponse) and bool(
            response.body.strip()) and bool(response.css("ul.news-list2, #noresult_part1_container")))
        self.check_snuid_churn(response)
        if not isinstance(response, TextResponse):
            raise Malformed(f"搜狗微信返回的不是网页（{response.url}）")
        if response.status >= 400:
            raise Malformed(f"搜狗微信返回 HTTP {response.status}（{response.url}）")
        if not response.css("ul.news-list2, #noresult_part1_container, .news-box"):
            raise Malformed(f"搜狗微信页面结构无法识别（{response.url}）")
        return response

    def entries(self, response: TextResponse) -> list[dict]:
        """The account entries of a Sogou result page.

        Real pages write the verification label through a script: ``<dt><script>document.write(authname('2'))
        </script>微信认证：</dt>`` (older pages ``认证：``), then the subject in ``<dd>`` (``《山东商报》社``); script
        text is never part of a label. Sogou gives the subject only, no category: ``verified_type`` stays None
        (detectors read the subject). Avatars are protocol-relative (``//img01.sogoucdn.com/…``) and links
        relative (``/link?url=…``): both are made absolute against the page. ``url`` is the account link the
        page gives (``/link?url=`` or ``mp.weixin.qq.com/profile?…``; it expires); the stable search URL for the
        微信号 is kept in ``raw.search_url``."""
        out = []
        for li in response.css("ul.news-list2 > li"):
            name = strip_tags(li.css("p.tit a").get())
            alias = (li.css('label[name="em_weixinhao"]::text').get() or "").strip()
            if not alias:
                m = re.search(r"微信号[：:]\s*([A-Za-z0-9_-]+)", strip_tags(li.get()))
                alias = m.group(1) if m else (li.attrib.get("d") or "")
            if not name or not alias:
                continue
            blocks: dict[str, Any] = {}
            labels: dict[str, str] = {}
            for dl in li.css("dl"):
                label = "".join(dl.xpath("./dt//text()[not(ancestor::script)]").getall()).strip()
                key = label.rstrip("：:").strip()
                if key.endswith("认证"):
                    key = "认证"
                blocks[key], labels[key] = dl, label
            desc = strip_tags(blocks["功能介绍"].css("dd").get()) if "功能介绍" in blocks else None
            reason = strip_tags(blocks["认证"].css("dd").get()) if "认证" in blocks else None
            latest = None
            if "最近文章" in blocks:
                dl = blocks["最近文章"]
                m = re.search(r"timeConvert\('?(\d+)'?\)", dl.get())
                title = strip_tags(dl.css("dd a").get())
                if m:
                    latest = {"title": title, "ts": int(m.group(1)),
                              "url": response.urljoin(dl.css("dd a::attr(href)").get() or "")}
            link = li.css("p.tit a::attr(href)").get() or li.css("div.img-box a::attr(href)").get()
            avatar = li.css("div.img-box img::attr(src)").get()
            search_url = f"https://weixin.sogou.com/weixin?type=1&query={quote(alias)}"
            out.append({"account": account_record(
                "wechat", alias, name=name, url=response.urljoin(link) if link else search_url,
                avatar_url=response.urljoin(avatar) if avatar else None,
                verified=bool(reason), verified_type=None, verified_reason=reason or None, description=desc or None,
                raw={"html": li.get(), "latest": latest, "sogou_d": li.attrib.get("d"), "search_url": search_url,
                     "verified_label": labels.get("认证")}), "latest": latest})
        return out

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        page_resp = self._page(response)
        found = self.entries(page_resp)
        return SearchResult([e["account"] for e in found], has_more=bool(page_resp.css("#sogou_next")) and bool(found))

    # ---- refresh ------------------------------------------------------------------------------------------
    def profile_request(self, account_id: str, known: dict | None = None):
        return self.search_request(account_id, 1)

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        page = self._page(response)
        for entry in self.entries(page):
            if entry["account"]["account_id"] == account_id:
                latest = entry["latest"]
                posts = []
                if latest:
                    posts.append(post_record("wechat", account_id, stable_hash(account_id, latest["ts"], latest["title"]),
                                             created_at=epoch_iso(latest["ts"]), text=latest["title"],
                                             is_original=None, url=latest["url"]))
                return ProfileResult(entry["account"], None if self.mp_enabled else PostsResult(posts))
        # only Sogou's explicit "no result" block says the account does not exist; an account merely absent
        # from a page of other results (ranking, a renamed alias) is unknown, never "gone"
        if page.css("#noresult_part1_container") and not page.css("ul.news-list2 > li"):
            if self.snuid_churn.replaced_last:
                # an empty page that came with a replaced SNUID is Sogou thinning a suspected bot's results
                raise Malformed(f"搜狗微信在更换 SNUID 的同时返回空结果，无法判断微信号 {account_id} 是否存在")
            raise Gone(f"搜狗微信搜不到微信号 {account_id}")
        raise Malformed(f"未在搜索结果中找到微信号 {account_id}（搜狗微信第 1 页）")

    def posts_request(self, account_id: str, cursor: Any):
        if not self.mp_enabled:
            return None
        token = quote(self.cfg["crawler.wechat_mp_token"], safe="")
        headers = {"Cookie": self.cfg["crawler.wechat_mp_cookie"]}
        base = self.url("wechat_mp")
        if not cursor:
            return self.request(f"{base}/cgi-bin/searchbiz?action=search_biz&begin=0&count=5&query="
                                f"{quote(account_id, safe='')}&token={token}&lang=zh_CN&f=json&ajax=1",
                                headers=headers, meta={"download_slot": "wechat_mp", "dont_merge_cookies": True})
        return self.request(f"{base}/cgi-bin/appmsg?action=list_ex&begin={cursor['begin']}&count={MP_PAGE}"
                            f"&fakeid={quote(cursor['fakeid'], safe='')}&type=9&query=&token={token}&lang=zh_CN"
                            f"&f=json&ajax=1", headers=headers,
                            meta={"download_slot": "wechat_mp", "dont_merge_cookies": True})

    async def parse_posts(self, response: Response, account_id: str) -> PostsResult:
        self.check_blocked(response)
        doc = load_json(response)
        ret = (doc.get("base_resp") or {}).get("ret") if isinstance(doc, dict) else None
        if ret in MP_BLOCK_CODES:
            raise Blocked(f"mp_{ret}", MP_BLOCK_CODES[ret], response.url)
        if ret != 0:
            raise Malformed(f"公众平台返回 ret={ret}（{response.url}）")
        if "searchbiz" in response.url:
            for item in doc.get("list") or []:
                if account_id in (item.get("alias"), item.get("nickname")):
                    return PostsResult([], next_cursor={"fakeid": item["fakeid"], "begin": 0})
            # searchbiz returns only the top matches: not being among them says nothing about the account
            raise Malformed(f"未在公众平台搜索结果中找到 {account_id}")
        begin = int(re.search(r"[?&]begin=(\d+)", response.url).group(1))
        posts = []
        for m in doc.get("app_msg_list") or []:
            posts.append(post_record(
                "wechat", account_id, str(m.get("aid")), created_at=epoch_iso(m.get("create_time")),
                text=m.get("title") or "", is_original=m.get("copyright_stat") == 11,
                is_pinned=bool(m.get("is_pinned")), url=m.get("link"), raw=m))
        total = parse_count(doc.get("app_msg_cnt")) or 0
        fakeid = re.search(r"[?&]fakeid=([^&]+)", response.url).group(1)
        from urllib.parse import unquote

        more = begin + MP_PAGE < total and posts
        return PostsResult(posts, next_cursor={"fakeid": unquote(fakeid), "begin": begin + MP_PAGE} if more else None)
