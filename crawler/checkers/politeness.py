"""Per-host politeness for sweeps: how many requests a host gets at once, the spacing between them, retries only
for timeouts, 5xx, 408 and 429, and an adaptive backoff honouring ``Retry-After``.

When a host answers 429/5xx, the whole host waits (Retry-After, else an exponential backoff) and its delay doubles
(up to ``MAX_DELAY``); successful answers bring it back down to the configured delay.
"""

from __future__ import annotations

import asyncio
import random
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

RETRY_CODES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
MAX_DELAY = 10.0  # the longest spacing a misbehaving host is given between two requests (seconds)
JITTER = 0.5  # the spacing is randomised between (1 - JITTER) and (1 + JITTER) times the delay


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


@dataclass(slots=True)
class _Host:
    sem: asyncio.Semaphore
    delay: float
    next_start: float = 0.0
    not_before: float = 0.0


class HostGate:
    """Concurrency per host and in total, spacing per host, and the retry policy.

    A request holds its host's slot while it waits for the host's spacing or backoff, and only then takes one of
    the global slots, so a host that must wait never keeps other hosts waiting."""

    def __init__(self, *, per_host: int, total: int, delay: float, retries: int, backoff: float,
                 max_retry_after: float):
        self.per_host = per_host
        self.total = asyncio.Semaphore(total)
        self.base_delay = delay
        self.retries = retries
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self.hosts: dict[str, _Host] = {}

    def _host(self, key: str) -> _Host:
        host = self.hosts.get(key)
        if host is None:
            host = self.hosts[key] = _Host(asyncio.Semaphore(self.per_host), self.base_delay)
        return host

    @asynccontextmanager
    async def slot(self, key: str):
        host = self._host(key)
        async with host.sem:
            wait = max(host.not_before, host.next_start) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if host.delay > 0:
                host.next_start = time.monotonic() + host.delay * random.uniform(1 - JITTER, 1 + JITTER)
            async with self.total:
                yield

    def answered(self, key: str, status: int) -> None:
        """Adapt the host's spacing to an answer: slow down on 429/5xx, recover on success."""
        host = self._host(key)
        if status in RETRY_CODES:
            host.delay = min(max(host.delay * 2, self.base_delay, 0.5), MAX_DELAY)
        elif status < 400 and host.delay > self.base_delay:
            host.delay = max(self.base_delay, host.delay / 2)

    def retry_wait(self, attempt: int, retry_after: float | None = None) -> float | None:
        """Seconds to wait before retry number ``attempt + 1``, or None when no retry is due."""
        if attempt >= self.retries:
            return None
        wait = retry_after if retry_after is not None else self.backoff * (2 ** attempt)
        return None if wait > self.max_retry_after else wait

    def hold(self, key: str, seconds: float) -> None:
        """The whole host waits ``seconds`` before its next request."""
        host = self._host(key)
        host.not_before = max(host.not_before, time.monotonic() + seconds)
