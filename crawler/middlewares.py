"""Downloader middlewares: skip blocked platforms, retry with exponential backoff, decode undeclared encodings."""

from __future__ import annotations

import asyncio
import logging
import random
import re

from charset_normalizer import from_bytes
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, TextResponse

from crawler.component import CrawlerComponent

log = logging.getLogger(__name__)


class PlatformBlockedError(IgnoreRequest):
    """The request's platform was blocked earlier in this run; it is not sent."""


# Sent by the spiders when a platform blocks the run: ``crawler.signals.send_catch_log(platform_blocked,
# platform=name, signal=code)``. Components that must stop talking to that platform listen for it.
platform_blocked = object()


class BlockedPlatformMiddleware(CrawlerComponent):
    """Once a platform is blocked for the run, its remaining requests are dropped (errback: account "blocked").

    It learns of blocks from the ``platform_blocked`` signal, not from the spider's attributes."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.blocked: dict[str, str] = {}
        crawler.signals.connect(self.on_platform_blocked, signal=platform_blocked)

    def on_platform_blocked(self, platform: str, code: str = "", **_):
        self.blocked.setdefault(platform, code)

    def process_request(self, request):
        platform = request.meta.get("gw_platform")
        if platform and platform in self.blocked and not request.meta.get("gw_bootstrap"):
            raise PlatformBlockedError(f"platform {platform} blocked: {self.blocked[platform]}")
        return None


# Sent by spiders whose adapters drive a browser, once they are built: ``send_catch_log(browser_adapters,
# adapters={platform: adapter})``.
browser_adapters = object()


class BrowserContextMiddleware(CrawlerComponent):
    """Assigns a Playwright request its browser context when it is about to be downloaded (not when it was
    created), so contexts fill and retire in download order and old ones close as soon as their pages are done.
    The adapters that own the contexts are announced by the ``browser_adapters`` signal."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.adapters: dict = {}
        crawler.signals.connect(self.on_browser_adapters, signal=browser_adapters)

    def on_browser_adapters(self, adapters: dict, **_):
        self.adapters.update(adapters)

    def process_request(self, request):
        if not request.meta.get("playwright") or request.meta.get("gw_context_set"):
            return None
        adapter = self.adapters.get(request.meta.get("gw_platform"))
        if adapter is not None and hasattr(adapter, "assign_context"):
            adapter.assign_context(request.meta)
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, plus an exponential, jittered pause before each retry:
    ``GOVWATCH_RETRY_BACKOFF × 2^(n−1) × U(0.5, 1.5)`` seconds for the n-th retry.

    Only the middleware's public methods are extended: whatever ``process_response`` / ``process_exception``
    return as a new request is a retry, and gets its pause in ``meta["gw_backoff"]``."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("GOVWATCH_RETRY_BACKOFF", 0.0)

    def _with_backoff(self, result):
        if isinstance(result, Request) and self.backoff > 0:
            n = result.meta.get("retry_times", 1)
            result.meta["gw_backoff"] = self.backoff * (2 ** (n - 1)) * random.uniform(0.5, 1.5)
        return result

    def process_response(self, request, response, spider=None):
        return self._with_backoff(super().process_response(request, response))

    def process_exception(self, request, exception, spider=None):
        return self._with_backoff(super().process_exception(request, exception))


class BackoffDelayMiddleware:
    """Sleeps the pause set by BackoffRetryMiddleware (without blocking the reactor)."""

    async def process_request(self, request):
        delay = request.meta.pop("gw_backoff", 0)
        if delay:
            await asyncio.sleep(delay)
        return None


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*['\"]?([A-Za-z0-9_-]+)", re.I)


class EncodingMiddleware:
    """Decode pages by the HTTP header, then the ``<meta charset>``, then detection (GBK pages without a header)."""

    def process_response(self, request, response):
        if not isinstance(response, TextResponse) or request.meta.get("playwright"):
            return response
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        if "charset=" in ctype or not response.body:
            return response
        if _META_CHARSET.search(response.body[:4096]):
            return response  # Scrapy reads the meta tag itself
        try:
            response.body.decode("utf-8")
            return response
        except UnicodeDecodeError:
            pass
        best = from_bytes(response.body[:200_000]).best()
        encoding = best.encoding if best else None
        if encoding in ("gb2312", "gbk"):
            encoding = "gb18030"  # superset: never fail on the rarer characters
        if encoding:
            log.debug("detected encoding %s for %s", encoding, response.url)
            cls = HtmlResponse if "html" in ctype or response.body.lstrip()[:1] == b"<" else TextResponse
            return response.replace(cls=cls, encoding=encoding)
        return response


class RequestStatsMiddleware(CrawlerComponent):
    """Counts requests sent and responses received per platform (``govwatch/requests/<platform>``,
    ``govwatch/responses/<platform>``) for the end-of-run summary; retries and redirect hops count again."""

    def process_request(self, request):
        platform = request.meta.get("gw_platform")
        if platform:
            self.crawler.stats.inc_value(f"govwatch/requests/{platform}")
            if request.meta.get("gw_bootstrap"):
                self.crawler.stats.inc_value(f"govwatch/bootstrap_requests/{platform}")
        return None

    def process_response(self, request, response):
        platform = request.meta.get("gw_platform")
        if platform:
            self.crawler.stats.inc_value(f"govwatch/responses/{platform}")
        return response


class UnsafeRequest(IgnoreRequest):
    """A URL taken from crawled content points at a non-public address (SSRF guard); it is not fetched."""


class AddressGuardMiddleware(CrawlerComponent):
    """SSRF guard where Scrapy connects: every request whose URL came from crawled content carries
    ``meta["gw_untrusted"] = True`` (avatars today; any followed link must set it too) and is checked by
    ``core.netguard.AddressPolicy`` before it is sent — scheme http(s) only, and the host's addresses after DNS
    resolution must be public unless listed in ``security.allowed_private_hosts``. Redirects: Scrapy's redirect
    middleware copies ``meta`` into the next hop's request, which passes through here again, so every hop of an
    untrusted request is checked (a public avatar URL redirecting to 127.0.0.1 is refused at that hop).

    Covered: IP-literal URLs, names resolving to internal addresses, redirect hops, non-http schemes.
    DNS rebinding (a name that resolves to a public address for this check and to an internal one when the
    download connects) is covered by ``crawler.resolver.GuardedResolver``, which checks the address the
    connection actually uses for every host that is not a configured platform host. Not covered: requests sent
    through an HTTP proxy (``crawler.proxies``: the proxy resolves the name, our check uses our DNS), and pages
    opened in the browser (Playwright resolves names itself; the browser adapters only open configured URLs).
    Configured platform base URLs are trusted and not checked."""

    def __init__(self, crawler):
        super().__init__(crawler)
        from core.netguard import AddressPolicy
        from core.settings import load_config

        cfg = crawler.settings.get("GOVWATCH_CONFIG_OBJECT") or load_config()
        self.policy = AddressPolicy.from_config(cfg)
        self.addresses: dict[str, list[str]] = {}  # host → addresses it resolved to in this crawl

    async def process_request(self, request):
        if not request.meta.get("gw_untrusted"):
            return None
        from core.netguard import UnsafeURL

        try:
            try:
                # checked here when no lookup is needed (an IP literal, an allowed host, a refused scheme, a host
                # resolved earlier in this crawl — Scrapy's resolver keeps its answer for the connection too):
                # a hop to a thread and back cost more than the check, for every avatar
                self.policy.check(request.url, resolver=self._remembered)
            except _NotResolvedYet:
                # DNS resolution blocks: keep it off the reactor thread
                await asyncio.to_thread(self.policy.check, request.url, self._resolve)
        except UnsafeURL as exc:
            self.crawler.stats.inc_value("govwatch/unsafe_url_refused")
            log.warning("refused a URL from crawled content: %s (%s)", request.url[:200], exc)
            raise UnsafeRequest(str(exc)) from None
        return None

    def _remembered(self, host: str) -> list[str]:
        try:
            return self.addresses[host]
        except KeyError:
            raise _NotResolvedYet(host) from None

    def _resolve(self, host: str) -> list[str]:
        """Resolve (in a worker thread) and remember the answer; a failed lookup is not remembered."""
        from core.netguard import resolve

        addresses = resolve(host)
        if len(self.addresses) >= ADDRESS_MEMORY:
            self.addresses.clear()  # a crawl meets a few hundred hosts at most; start over rather than grow
        self.addresses[host] = addresses
        return addresses


ADDRESS_MEMORY = 4096  # hosts whose addresses AddressGuardMiddleware keeps


class _NotResolvedYet(Exception):
    """The check needs a DNS lookup: the host was not resolved earlier in this crawl."""
