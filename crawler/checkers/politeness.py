"""Per-host politeness for sweeps: retries only for timeouts, 5xx, 408 and 429; adaptive backoff honouring
``Retry-After``. Replaces Scrapy's RetryMiddleware in the sweep spider.

When a host answers 429/5xx, the whole host waits (Retry-After, else an exponential backoff) and its download
delay doubles (up to ``max_delay``); successful answers bring it back down to the configured delay.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.exceptions import DownloadTimeoutError, NotConfigured

from crawler.checkers.errors import classify_exception

RETRY_CODES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None when absent/garbled."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PolitenessMiddleware:
    def __init__(self, crawler):
        s = crawler.settings
        if not s.getbool("GOVWATCH_SWEEP_POLITENESS", False):
            raise NotConfigured
        self.crawler = crawler
        self.retries = s.getint("GOVWATCH_SWEEP_RETRIES", 2)
        self.base_delay = s.getfloat("DOWNLOAD_DELAY", 0.0)
        self.backoff = s.getfloat("GOVWATCH_SWEEP_BACKOFF", 1.0)
        self.max_wait = s.getfloat("GOVWATCH_SWEEP_MAX_RETRY_AFTER", 120.0)
        self.max_delay = s.getfloat("GOVWATCH_SWEEP_MAX_DELAY", 10.0)
        self.host_not_before: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # ---- helpers ---------------------------------------------------------------------------------------
    def _slot(self, request):
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        return downloader.slots.get(key)

    def _retry(self, request, wait: float, reason: str):
        n = request.meta.get("gw_retries", 0)
        if n >= self.retries or wait > self.max_wait:
            return None
        key = request.meta.get("download_slot") or self._host(request)
        self.host_not_before[key] = max(self.host_not_before.get(key, 0.0), time.monotonic() + wait)
        meta = dict(request.meta, gw_retries=n + 1, gw_retry_reason=reason,
                    gw_elapsed=request.meta.get("gw_elapsed", 0.0) + self._elapsed(request))
        meta.pop("gw_sent_at", None)
        self.crawler.stats.inc_value("govwatch_sweep/retries")
        return request.replace(dont_filter=True, meta=meta)

    @staticmethod
    def _host(request) -> str:
        from urllib.parse import urlsplit

        return urlsplit(request.url).netloc

    @staticmethod
    def _elapsed(request) -> float:
        sent = request.meta.get("gw_sent_at")
        return (time.monotonic() - sent) if sent else 0.0

    # ---- middleware ------------------------------------------------------------------------------------
    async def process_request(self, request):
        key = request.meta.get("download_slot") or self._host(request)
        until = max(request.meta.get("gw_not_before", 0.0), self.host_not_before.get(key, 0.0))
        wait = until - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        request.meta["gw_sent_at"] = time.monotonic()
        return None

    def process_response(self, request, response):
        slot = self._slot(request)
        if response.status in RETRY_CODES:
            n = request.meta.get("gw_retries", 0)
            after = retry_after_seconds(response.headers.get(b"Retry-After"))
            wait = after if after is not None else self.backoff * (2 ** n)
            if slot is not None:
                slot.delay = min(max(slot.delay * 2, self.base_delay, 0.5), self.max_delay)
            retry = self._retry(request, wait, f"HTTP {response.status}")
            if retry is not None:
                return retry
        elif slot is not None and response.status < 400 and slot.delay > self.base_delay:
            slot.delay = max(self.base_delay, slot.delay / 2)
        return response

    def process_exception(self, request, exception):
        status, _ = classify_exception(exception)
        if status == "timeout" or isinstance(exception, DownloadTimeoutError):
            return self._retry(request, self.backoff * (2 ** request.meta.get("gw_retries", 0)), "超时")
        return None
