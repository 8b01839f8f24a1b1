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
