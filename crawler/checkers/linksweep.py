"""Link sweep: a Scrapy spider that checks every link of a site.

Pages on the site's own host(s) are fetched with GET and parsed (up to ``sweep.max_depth`` and
``sweep.max_pages``); links to other hosts and to files are checked with HEAD first (GET when HEAD is refused or
answers with an error) and never recursed into. Redirects are followed by the spider itself so the chain is
recorded and loops are seen; an H5 page that sends a WeChat browser to WeChat's OAuth page is "needs WeChat".

Every URL is checked once; a failure is checked again after ``sweep.recheck_delay`` seconds and only a failure
that persists is ``confirmed`` (and becomes a finding). ``spider.results()`` returns the sweep results.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, StopDownload

from crawler.checkers import pages, soft404
from crawler.checkers.errors import classify_exception
from crawler.checkers.results import make_result

DESKTOP_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/124.0 Safari/537.36 govwatch-sweep")
WECHAT_UA = ("Mozilla/5.0 (Linux; Android 13; V2049A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 "
             "MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64")
OPEN_IN_WECHAT = re.compile(r"请在微信(客户端)?(中)?打开|请使用微信(扫码|打开)|仅支持微信")
MAX_REDIRECTS = 10
FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".wps", ".ofd",
                   ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".svg", ".webp", ".mp4", ".mp3", ".avi", ".flv",
                   ".txt", ".csv", ".css", ".js", ".ico", ".apk")


@dataclass
class Check:
    """One URL (without fragment) being checked, and where it was seen."""

    url: str
    found_on: str | None
    link_text: str
    account_id: str
    kind: str
    depth: int
    mode: str  # page (GET + parse) | get (GET, no recursion) | head (HEAD, GET fallback)
    also_found_on: list[str] = field(default_factory=list)
    fragments: dict[str, str] = field(default_factory=dict)  # fragment -> found_on
    result: dict | None = None
    anchors: set[str] | None = None
    recheck: dict | None = None
    recheck_anchors: set[str] | None = None
    found_by_render: bool = False
    done: bool = False


class LinkSweepSpider(scrapy.Spider):
    name = "govwatch_linksweep"

    def __init__(self, *, starts: list[tuple[str, str]], run_id: str, options: dict, **kwargs):
        super().__init__(**kwargs)
        self.starts = starts  # (url, account_id)
        self.run_id = run_id
        self.opt = options
        self.checks: dict[str, Check] = {}
        self.skipped: list[dict] = []
        self._skipped_seen: set[tuple[str, str]] = set()
        self.site_hosts: dict[str, str] = {}  # host -> account_id of the start URL
        self.pages_per_host: dict[str, int] = {}
        self.head_hostile: set[str] = set()
        self.rendered: set[str] = set()
        self._baselines: dict[str, asyncio.Task] = {}
        self._rechecked = False
        self.oauth_re = re.compile(options["wechat_oauth_pattern"])
        self.h5_res = [re.compile(p) for p in options.get("h5_patterns", [])]

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_headers, signal=signals.headers_received)
        return spider

    # ---- scheduling ------------------------------------------------------------------------------------
    async def start(self):
        for url, account_id in self.starts:
            absolute = pages.absolute_url(url, url)
            if absolute is None:
                self.skipped.append(make_result(run_id=self.run_id, url=url, found_on=None, via="link",
                                                status="broken", error="不是有效的 http(s) 网址",
                                                account_id=account_id))
                continue
            base, _ = pages.split_fragment(absolute)
            self.site_hosts.setdefault(pages.host_of(base), account_id)
        for url, account_id in self.starts:
            absolute = pages.absolute_url(url, url)
            if absolute is None:
                continue
            request = self.discover(absolute, found_on=None, text="", kind="a", depth=0, account_id=account_id)
            if request is not None:
                yield request

    def is_site_host(self, url: str) -> bool:
        return pages.host_of(url) in self.site_hosts

    def discover(self, url: str, *, found_on: str | None, text: str, kind: str, depth: int, account_id: str,
                 by_render: bool = False):
        """Register a link; return a request when it needs one."""
        base, fragment = pages.split_fragment(url)
        check = self.checks.get(base)
        if check is not None:
            if found_on and found_on != check.found_on and len(check.also_found_on) < 20 \
                    and found_on not in check.also_found_on:
                check.also_found_on.append(found_on)
            if fragment and not pages.is_route_fragment(fragment) and fragment not in check.fragments:
                check.fragments[fragment] = found_on or ""
                if check.done and check.anchors is None and check.result and check.result["status"] == "ok":
                    return self._request(check, base, method="GET", purpose="anchors")
            return None
        host = pages.host_of(base)
        internal = host in self.site_hosts
        is_file = urlsplit(base).path.lower().endswith(FILE_EXTENSIONS)
        if internal and kind in ("a", "frame") and not is_file and depth <= self.opt["max_depth"] \
                and self.pages_per_host.get(host, 0) < self.opt["max_pages"]:
            mode = "page"
            self.pages_per_host[host] = self.pages_per_host.get(host, 0) + 1
        elif internal and kind in ("a", "frame") and not is_file:
            mode = "get"
        else:
            mode = "head" if self.opt.get("use_head", True) else "get"
        check = Check(url=base, found_on=found_on, link_text=text, account_id=account_id, kind=kind, depth=depth,
                      mode=mode, found_by_render=by_render)
        if fragment and not pages.is_route_fragment(fragment):
            check.fragments[fragment] = found_on or ""
            if check.mode == "head":
                check.mode = "get"
        self.checks[base] = check
        method = "HEAD" if check.mode == "head" and host not in self.head_hostile else "GET"
        return self._request(check, base, method=method, purpose="check")

    def _request(self, check: Check, url: str, *, method: str, purpose: str, chain: list | None = None,
                 wechat: bool | None = None, elapsed: float = 0.0, not_before: float = 0.0):
        if wechat is None:
            wechat = any(r.search(url) for r in self.h5_res)
        meta = {
            "gw_check": check.url, "gw_purpose": purpose, "gw_chain": list(chain or []), "gw_wechat": wechat,
            "gw_elapsed": elapsed, "dont_redirect": True, "handle_httpstatus_all": True,
        }
        if not_before:
            meta["gw_not_before"] = not_before
        headers = {"User-Agent": WECHAT_UA if wechat else DESKTOP_UA}
        return scrapy.Request(url, method=method, headers=headers, meta=meta, callback=self.on_response,
                              errback=self.on_error, dont_filter=True,
                              priority=-check.depth if check.mode == "page" else 0)

    # ---- responses -------------------------------------------------------------------------------------
    def on_headers(self, headers, body_length, request, spider):
        """Stop downloading bodies nobody will read (files, and anything fetched only to see it exists)."""
        if request.meta.get("gw_check") is None:
            return
        ctype = (headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if ctype and "html" not in ctype and "xml" not in ctype and "text/plain" not in ctype:
            raise StopDownload(fail=False)

    def _elapsed_ms(self, request) -> int:
        sent = request.meta.get("gw_sent_at")
        total = request.meta.get("gw_elapsed", 0.0) + ((time.monotonic() - sent) if sent else 0.0)
        return int(total * 1000)

    async def on_response(self, response):
        request = response.request
        meta = request.meta
        check = self.checks[meta["gw_check"]]
        purpose = meta["gw_purpose"]
        chain = meta["gw_chain"]
        elapsed = self._elapsed_ms(request)

        if 300 <= response.status < 400 and response.headers.get(b"Location"):
            location = urljoin(response.url, response.headers[b"Location"].decode("latin-1").strip())
            location = pages.absolute_url(location, location) or location
            new_chain = chain + [{"url": response.url, "status": response.status}]
            visited = {hop["url"] for hop in new_chain}
            target_base, _ = pages.split_fragment(location)
            if check.depth == 0 and purpose == "check":  # a start URL moving to https:// or www. stays "the site"
                self.site_hosts.setdefault(pages.host_of(target_base), check.account_id)
            if self.oauth_re.search(location):
                return self._finish(check, purpose, request, status="ok", http_status=response.status,
                                    final_url=location, chain=new_chain, elapsed=elapsed, needs_wechat=True,
                                    error="跳转到微信授权页（需在微信中打开）")
            if target_base in visited or len(new_chain) > MAX_REDIRECTS:
                return self._finish(check, purpose, request, status="redirect_loop", http_status=response.status,
                                    final_url=location, chain=new_chain, elapsed=elapsed,
                                    error=f"循环跳转（{len(new_chain)} 次）")
            return self._request(check, target_base, method=request.method, purpose=purpose, chain=new_chain,
                                 wechat=meta["gw_wechat"], elapsed=elapsed / 1000.0)

        if request.method == "HEAD" and response.status >= 400:
            if response.status in (405, 501):
                self.head_hostile.add(pages.host_of(response.url))
            return self._request(check, response.url, method="GET", purpose=purpose, chain=chain,
                                 wechat=meta["gw_wechat"], elapsed=elapsed / 1000.0)

        if response.status >= 400:
            status = "blocked" if response.status in (401, 403, 429, 451) else "broken"
            return self._finish(check, purpose, request, status=status, http_status=response.status,
                                final_url=response.url, chain=chain, elapsed=elapsed, error=f"HTTP {response.status}")

        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if request.method == "HEAD" or ("html" not in ctype and not (not ctype and response.body[:1] == b"<")):
            return self._finish(check, purpose, request, status="ok", http_status=response.status,
                                final_url=response.url, chain=chain, elapsed=elapsed)

        text, encoding = pages.decode_html(response.body, ctype)
        facts = pages.analyse(text, response.url)
        if not meta["gw_wechat"] and OPEN_IN_WECHAT.search(facts.text[:2000]):
            return self._request(check, check.url, method="GET", purpose=purpose, wechat=True,
                                 elapsed=elapsed / 1000.0)
        verdict = await self._soft404(response.url, check.url, chain, facts)
        status = "soft_404" if verdict.is_soft_404 else "ok"
        self._finish(check, purpose, request, status=status, http_status=response.status, final_url=response.url,
                     chain=chain, elapsed=elapsed, error=verdict.reason or None, anchors=facts.anchors,
                     encoding=encoding, title=facts.title[:200])
        out = []
        if purpose == "check" and check.mode == "page" and self.is_site_host(response.url) and status == "ok":
            out.extend(self._follow(check, facts, response.url))
            if self._should_render(facts) and response.url not in self.rendered:
                self.rendered.add(response.url)
                out.append(scrapy.Request(response.url, callback=self.on_rendered, errback=self.on_render_error,
                                          dont_filter=True, headers={"User-Agent": DESKTOP_UA},
                                          meta={"playwright": True, "gw_render_of": check.url}))
        return out

    def _follow(self, check: Check, facts: pages.PageFacts, page_url: str, by_render: bool = False):
        for link in facts.skipped:
            scheme = link.url.split(":", 1)[0].lower()
            key = (link.url, page_url)
            if key in self._skipped_seen:
                continue
            self._skipped_seen.add(key)
            self.skipped.append(make_result(run_id=self.run_id, url=link.url, found_on=page_url, via="link",
                                            status="ok", skipped_reason=scheme, account_id=check.account_id,
                                            link_text=link.text))
        for link in facts.links:
            request = self.discover(link.url, found_on=page_url, text=link.text, kind=link.kind,
                                    depth=check.depth + 1, account_id=check.account_id, by_render=by_render)
            if request is not None:
                yield request

    def _should_render(self, facts: pages.PageFacts) -> bool:
        mode = self.opt.get("render_js", "never")
        return mode == "always" or (mode == "auto" and pages.looks_script_built(facts))

    def on_rendered(self, response):
        check = self.checks[response.meta["gw_render_of"]]
        facts = pages.analyse(response.text, response.url)
        return list(self._follow(check, facts, response.url, by_render=True))

    def on_render_error(self, failure):
        self.logger.warning("渲染页面失败：%s（%s）", failure.request.url, failure.value)

    def on_error(self, failure):
        request = failure.request
        check = self.checks.get(request.meta.get("gw_check"))
        if check is None:
            return None
        status, why = classify_exception(failure.value)
        if request.method == "HEAD" and status == "broken":  # some servers drop HEAD: try GET before judging
            return self._request(check, request.url, method="GET", purpose=request.meta["gw_purpose"],
                                 chain=request.meta["gw_chain"], wechat=request.meta["gw_wechat"])
        self._finish(check, request.meta["gw_purpose"], request, status=status, http_status=None,
                     final_url=request.url, chain=request.meta["gw_chain"], elapsed=self._elapsed_ms(request),
                     error=why, skipped_reason="robots" if why.startswith("robots") else None)
        return None

    # ---- soft 404 --------------------------------------------------------------------------------------
    async def _soft404(self, final_url: str, url: str, chain: list, facts: pages.PageFacts) -> soft404.Verdict:
        baseline = await self._baseline(url) if self.is_site_host(url) else {}
        return soft404.judge(title=facts.title, headings=facts.headings, text=facts.text,
                             plain_text=facts.plain_text, has_media=facts.has_media,
                             has_scripts=facts.has_scripts, url=url, final_url=final_url,
                             baseline_text=baseline.get("text"), baseline_url=baseline.get("url"),
                             baseline_final_url=baseline.get("final_url"),
                             threshold=self.opt.get("soft404_similarity", 0.95))

    @staticmethod
    def section_of(url: str) -> str:
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        prefix = "/" + segments[0] + "/" if len(segments) >= 2 else "/"
        return urlunsplit((parts.scheme, parts.netloc, prefix, "", ""))

    async def _baseline(self, url: str) -> dict:
        """The site's answer for a URL that cannot exist, in the same section (cached per section)."""
        section = self.section_of(url)
        task = self._baselines.get(section)
        if task is None:
            task = asyncio.ensure_future(self._fetch_baseline(section))
            self._baselines[section] = task
        try:
            return await asyncio.shield(task)
        except Exception:  # noqa: BLE001 - a failed baseline only disables rule 3
            return {}

    async def _fetch_baseline(self, section: str) -> dict:
        probe = f"{section}govwatch-no-such-page-{secrets.token_hex(6)}.html"
        request = scrapy.Request(probe, headers={"User-Agent": DESKTOP_UA}, dont_filter=True)
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception:  # noqa: BLE001
            return {}
        if response.status != 200 or "html" not in (response.headers.get(b"Content-Type") or b"").decode(
                "latin-1").lower():
            return {}
        text, _ = pages.decode_html(response.body, response.headers.get(b"Content-Type", b"").decode("latin-1"))
        facts = pages.analyse(text, response.url)
        return {"url": probe, "final_url": response.url, "text": facts.text}

    # ---- results and re-check --------------------------------------------------------------------------
    def _finish(self, check: Check, purpose: str, request, *, status: str, http_status, final_url, chain,
                elapsed, error=None, needs_wechat=False, anchors=None, skipped_reason=None, **extra):
        result = make_result(run_id=self.run_id, url=check.url, found_on=check.found_on, via="link", status=status,
                             http_status=http_status, final_url=final_url, elapsed_ms=elapsed, error=error,
                             redirect_chain=chain, needs_wechat=needs_wechat,
                             skipped_reason=skipped_reason, account_id=check.account_id, link_text=check.link_text,
                             method=request.method, retries=request.meta.get("gw_retries", 0),
                             found_by_render=check.found_by_render, **extra)
        if purpose == "recheck":
            check.recheck = result
            check.recheck_anchors = anchors
        elif purpose == "anchors":
            check.anchors = anchors
        else:
            check.result = result
            check.anchors = anchors
            check.done = True
        return None

    def on_idle(self):
        if self._rechecked:
            return
        self._rechecked = True
        failing = [c for c in self.checks.values() if self._needs_recheck(c)]
        if not failing:
            return
        not_before = time.monotonic() + float(self.opt.get("recheck_delay", 0))
        for check in failing:
            method = "HEAD" if check.mode == "head" and pages.host_of(check.url) not in self.head_hostile else "GET"
            self.crawler.engine.crawl(self._request(check, check.url, method=method, purpose="recheck",
                                                    not_before=not_before))
        raise DontCloseSpider

    def _needs_recheck(self, check: Check) -> bool:
        if check.result is None:
            return False
        from crawler.checkers.results import is_failure

        if is_failure(check.result):
            return True
        return bool(check.anchors is not None and any(f not in check.anchors for f in check.fragments))

    def results(self) -> list[dict]:
        """Every sweep result: one per URL, one per checked fragment, plus the skipped links."""
        out = []
        for check in self.checks.values():
            if check.result is None:
                continue
            first = check.result
            final = dict(check.recheck or first)
            final["first_status"] = first["status"]
            final["rechecked"] = check.recheck is not None
            final["confirmed"] = check.recheck is not None and final["status"] != "ok"
            if check.recheck is not None and first["status"] != "ok" and final["status"] == "ok":
                final["error"] = f"首次检查为“{first['status']}”，复查已恢复"
            final["also_found_on"] = check.also_found_on
            out.append(final)
            if final["status"] != "ok":  # the page itself failed: its anchors add nothing
                continue
            for fragment, found_on in check.fragments.items():
                out.append(self._fragment_result(check, final, fragment, found_on))
        return out + self.skipped

    def _fragment_result(self, check: Check, base: dict, fragment: str, found_on: str) -> dict:
        result = dict(base)
        result["url"] = f"{check.url}#{fragment}"
        result["found_on"] = found_on or check.found_on
        result["also_found_on"] = []
        first_anchors = check.anchors
        later = check.recheck_anchors if check.recheck_anchors is not None else check.anchors
        if first_anchors is None:
            result["error"] = "未能读取目标页面，锚点未检查"
            return result
        missing_first = fragment not in first_anchors
        missing_now = later is None or fragment not in later
        if missing_first:
            result["first_status"] = "broken"
        if missing_first and missing_now:
            result.update(status="broken", error=f"目标页面没有锚点 #{fragment}",
                          confirmed=check.recheck_anchors is not None)
        return result
