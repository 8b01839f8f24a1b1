"""Distributed crawling on scrapy-redis: several crawler processes share one job's request queue and dupefilter.

Switched on by the ``crawler.redis_url`` setting (``crawler/settings.py`` then names the classes below). A *job*
is one spider run identified by its run id: every process started with the same spider and the same
``run_id`` (``-a run_id=…`` / ``govwatch crawl … --run-id``) works on the same job. Each process seeds its start
requests; the shared dupefilter drops the ones another process already queued, so every request is fetched
once across all processes.

Redis keys (``govwatch:<spider>:<run_id>:…``): ``requests:slot:<slot>`` (one priority queue per download slot,
i.e. per platform, listed in ``requests:slots``), ``dupefilter`` (fingerprints), ``workers`` (who is busy).
A new run id is a fresh job with empty keys; the same run id again resumes the job (the queue and the dupefilter
persist). Keys expire ``KEY_TTL`` seconds after the last process of the job closed.

One queue per platform matters for politeness: scrapy-redis's single priority queue hands out equal-priority
requests in the byte order of their serialized form, i.e. grouped by host — one platform after the other, each
at its own rate limit, while the other platforms wait. ``PlatformFairQueue`` takes the platforms in turn, as
Scrapy's own ``DownloaderAwarePriorityQueue`` does in a single process. The dupefilter uses the project's
request fingerprinter (scrapy-redis's own ignores it, and Bilibili's re-signed requests were fetched twice).

Closing: a process whose queue is empty does not stop while another process of the job is still busy (its
responses may yield new requests into the shared queue); it re-checks at each engine heartbeat (5 s) and stops
when every process is idle, or when the busy ones stopped reporting for ``WORKER_STALE`` seconds (crashed;
Scrapy setting ``GOVWATCH_REDIS_WORKER_STALE`` overrides it). When Redis itself becomes unreachable the process
stops (finish reason ``redis_unavailable``) instead of waiting forever: a Redis error inside the engine's
heartbeat would otherwise stop the heartbeat and leave the process idle for good.
Known limit (as in scrapy-redis): requests a process had taken from the queue when it was killed are lost for
that job; rerun with a new run id to cover them.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import time
import uuid

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis import connection
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import Base
from scrapy_redis.scheduler import Scheduler

log = logging.getLogger(__name__)

KEY_PREFIX = "govwatch"
KEY_TTL = 7 * 24 * 3600  # a job can be resumed for a week after its last process closed
WORKER_STALE = 600.0  # a busy worker silent this long is considered dead (longer than timeout × retries)
_BUSY_REFRESH = 1.0  # at most one "busy" heartbeat per second per worker


def _safe(text) -> str:
    return re.sub(r"[^0-9A-Za-z_.-]", "_", str(text))


def job_keys(spider_name: str, run_id: str) -> dict[str, str]:
    """The Redis keys of one job (run ids are restricted to a safe alphabet)."""
    job = _safe(run_id or "default")
    base = f"{KEY_PREFIX}:{spider_name}:{job}"
    return {"requests": f"{base}:requests", "dupefilter": f"{base}:dupefilter", "workers": f"{base}:workers"}


class PlatformFairQueue(Base):
    """One Redis priority queue (sorted set) per download slot; ``pop`` takes the slots in turn.

    Pops are atomic per slot (MULTI/EXEC), so two processes never receive the same request."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        self.slots_key = f"{self.key}:slots"
        self._turn = 0

    @staticmethod
    def slot_of(request) -> str:
        return _safe(request.meta.get("download_slot") or urlparse_cached(request).hostname or "default")

    def slot_key(self, slot: str) -> str:
        return f"{self.key}:slot:{slot}"

    def slots(self) -> list[str]:
        return sorted(s.decode() if isinstance(s, bytes) else s for s in self.server.smembers(self.slots_key))

    def keys(self) -> list[str]:
        return [self.slots_key] + [self.slot_key(s) for s in self.slots()]

    def __len__(self) -> int:
        slots = self.slots()
        if not slots:
            return 0
        pipe = self.server.pipeline(transaction=False)
        for slot in slots:
            pipe.zcard(self.slot_key(slot))
        return sum(pipe.execute())

    def push(self, request) -> None:
        slot = self.slot_of(request)
        pipe = self.server.pipeline()
        pipe.sadd(self.slots_key, slot)
        pipe.zadd(self.slot_key(slot), {self._encode_request(request): -request.priority})
        pipe.execute()

    def pop(self, timeout=0):
        slots = self.slots()
        for i in range(len(slots)):
            key = self.slot_key(slots[(self._turn + i) % len(slots)])
            pipe = self.server.pipeline()
            pipe.zrange(key, 0, 0).zremrangebyrank(key, 0, 0)
            results, _ = pipe.execute()
            if results:
                self._turn = (self._turn + i + 1) % len(slots)
                return self._decode_request(results[0])
        return None

    def clear(self) -> None:
        keys = self.keys()
        if keys:
            self.server.delete(*keys)


class RedisDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared dupefilter, keyed by the project's request fingerprinter (which ignores
    Bilibili's per-request signature parameters, so two processes signing the same request at different
    seconds still recognise it as one request)."""

    def __init__(self, server, key, debug=False, fingerprinter=None):
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    def request_fingerprint(self, request) -> str:
        if self.fingerprinter is None:
            return super().request_fingerprint(request)
        return self.fingerprinter.fingerprint(request).hex()

    @classmethod
    def from_spider(cls, spider, key: str | None = None):
        settings = spider.settings
        crawler = getattr(spider, "crawler", None)
        return cls(connection.get_redis_from_settings(settings),
                   key=key or job_keys(spider.name, getattr(spider, "run_id", None))["dupefilter"],
                   debug=settings.getbool("DUPEFILTER_DEBUG"),
                   fingerprinter=getattr(crawler, "request_fingerprinter", None))

    def close(self, reason=""):
        """Keep the fingerprints: other processes of the job may still be running (expiry cleans up)."""


class JobScheduler(Scheduler):
    """scrapy-redis scheduler with per-job keys and a close that waits for the other processes of the job."""

    def open(self, spider):
        self.keys = job_keys(spider.name, getattr(spider, "run_id", None))
        self.worker_stale = spider.crawler.settings.getfloat("GOVWATCH_REDIS_WORKER_STALE", WORKER_STALE)
        self.redis_error: str | None = None
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._busy_at, self._state = 0.0, ""
        self.spider = spider
        self.queue = PlatformFairQueue(server=self.server, spider=spider, key=self.keys["requests"],
                                       serializer=self.serializer)
        self.df = RedisDupeFilter.from_spider(spider, key=self.keys["dupefilter"])
        for key in self.job_redis_keys():
            self.server.persist(key)  # resumed before the expiry: keep the job
        self._mark("busy")
        spider.crawler.signals.connect(self._on_idle, signal=signals.spider_idle)
        if self.stats:
            self.stats.set_value("govwatch/redis/worker", self.worker_id)
        pending = len(self.queue)
        if pending:
            log.info("分布式作业 %s：队列中已有 %d 个请求（续爬或加入其他进程）", self.keys["requests"], pending)

    def close(self, reason):
        try:
            self.server.hdel(self.keys["workers"], self.worker_id)
            for key in self.job_redis_keys():
                self.server.expire(key, KEY_TTL)
        except Exception:  # Redis gone at shutdown: nothing more to clean up
            log.warning("关闭时无法更新 Redis 中的作业状态", exc_info=True)

    def job_redis_keys(self) -> list[str]:
        return [self.keys["dupefilter"], self.keys["workers"], *self.queue.keys()]

    def _lost(self, exc: Exception) -> None:
        if self.redis_error is None:
            log.error("分布式作业无法访问 Redis，本进程停止：%s", exc)
            if self.stats:
                self.stats.set_value("govwatch/redis/error", str(exc)[:300])
        self.redis_error = str(exc)

    def has_pending_requests(self) -> bool:
        if self.redis_error is not None:
            return False
        try:
            return len(self.queue) > 0
        except RedisError as exc:
            self._lost(exc)
            return False

    def enqueue_request(self, request) -> bool:
        """As scrapy-redis's, but a Redis error loses the job for this process (``_lost``) instead of escaping into
        the engine: raised while ``start()`` is still yielding, it would stop the engine as a plain "shutdown". The
        request is not recorded as seen, so resuming the job schedules it again."""
        if self.redis_error is not None:
            return False
        try:
            return super().enqueue_request(request)
        except RedisError as exc:
            self._lost(exc)
            return False

    def next_request(self):
        if self.redis_error is not None:
            return None
        try:
            return self._next_request()
        except RedisError as exc:
            self._lost(exc)
            return None

    def _next_request(self):
        request = self.queue.pop(0)
        if request is not None:
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis", spider=self.spider)
            now = time.time()
            if self._state != "busy" or now - self._busy_at >= _BUSY_REFRESH:
                self._mark("busy", now)
        return request

    def _mark(self, state: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        self._state = state
        if state == "busy":
            self._busy_at = now
        self.server.hset(self.keys["workers"], self.worker_id, f"{state}:{now:.3f}")

    def busy_workers(self) -> list[str]:
        """Other processes of this job that are busy and alive."""
        now, out = time.time(), []
        for worker, value in self.server.hgetall(self.keys["workers"]).items():
            worker = worker.decode() if isinstance(worker, bytes) else worker
            value = value.decode() if isinstance(value, bytes) else value
            state, _, at = value.partition(":")
            if worker != self.worker_id and state == "busy" and now - float(at or 0) < self.worker_stale:
                out.append(worker)
        return out

    def _on_idle(self, spider=None):
        if self.redis_error is not None:
            raise CloseSpider("redis_unavailable")
        try:
            self._mark("idle")
            queued = len(self.queue)
            others = [] if queued else self.busy_workers()
        except RedisError as exc:
            self._lost(exc)
            raise CloseSpider("redis_unavailable") from None
        if queued:
            raise DontCloseSpider  # another process queued requests since the engine looked
        if others:
            if self.stats:
                self.stats.inc_value("govwatch/redis/idle_waits")
            raise DontCloseSpider
