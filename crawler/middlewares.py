"""Downloader middlewares: skip blocked platforms, retry with exponential backoff, decode undeclared encodings."""

from __future__ import annotations

import asyncio
import logging
import random
import re

from charset_normalizer import from_bytes
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, TextResponse

from crawler.component import CrawlerComponent

log = logging.getLogger(__name__)


class PlatformBlockedError(IgnoreRequest):
    """The request's platform was blocked earlier in this run; it is not sent."""


class BlockedPlatformMiddleware(CrawlerComponent):
    """Once a platform is blocked for the run, its remaining requests are dropped (errback: account "blocked")."""

    def process_request(self, request):
        platform = request.meta.get("gw_platform")
        blocked = getattr(self.crawler.spider, "blocked", None) or {}
        if platform and platform in blocked and not request.meta.get("gw_bootstrap"):
            raise PlatformBlockedError(f"platform {platform} blocked: {blocked[platform]}")
        return None


class BrowserContextMiddleware(CrawlerComponent):
    """Assigns a Playwright request its browser context when it is about to be downloaded (not when it was
    created), so contexts fill and retire in download order and old ones close as soon as their pages are done."""

    def process_request(self, request):
        if not request.meta.get("playwright") or request.meta.get("gw_context_set"):
            return None
        adapter = (getattr(self.crawler.spider, "adapters", None) or {}).get(request.meta.get("gw_platform"))
        if adapter is not None and hasattr(adapter, "assign_context"):
            adapter.assign_context(request.meta)
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, plus an exponential, jittered pause before each retry:
    ``GOVWATCH_RETRY_BACKOFF × 2^(n−1) × U(0.5, 1.5)`` seconds for the n-th retry."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("GOVWATCH_RETRY_BACKOFF", 0.0)

    def _retry(self, request, reason, *args, **kwargs):
        new = super()._retry(request, reason, *args, **kwargs)
        if new is not None and self.backoff > 0:
            n = new.meta.get("retry_times", 1)
            new.meta["gw_backoff"] = self.backoff * (2 ** (n - 1)) * random.uniform(0.5, 1.5)
        return new


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
