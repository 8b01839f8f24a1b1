"""Item pipelines: normalise → validate → avatar → batch-write to the store (spooling to disk when it is down).

Crawled text is hostile and unbounded (an impostor may write a 200,000-character name): ``NormalizePipeline``
caps every text field at ingestion (``crawler.max_name_chars`` for names, ``crawler.max_post_text_chars`` for
post text, ``crawler.max_text_chars`` for every other string, those inside ``raw`` included), so no oversized text
reaches the store or the detectors. A capped field keeps its original length in ``<field>_length`` and is listed
in ``truncated``.

Items are dicts with a ``_collection`` key (``accounts``, ``posts``, ``findings``). Account items are *partial*:
the store writer merges them into the stored record (a field given as None keeps the stored value), so a
profile item, the later posts summary and a "blocked" status of the same account add up instead of erasing
each other.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
import os
import time
import unicodedata
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import scrapy
from scrapy.exceptions import DropItem

from core import inputs as safe_json
from core.avatars import AvatarRejected, store_avatar
from core.files import open_private, private_dir
from core.records import VERIFIED_TYPES, account_key, iso, parse_time
from core.settings import DEFAULT_TIMEZONE
from crawler.component import CrawlerComponent
from crawler.middlewares import UnsafeRequest
from crawler.platforms.base import parse_count
from search_index.base import StoreError, StoreUnavailable, with_id

log = logging.getLogger(__name__)
COLLECTIONS = ("accounts", "posts", "findings")
CST = ZoneInfo(DEFAULT_TIMEZONE)  # every stored time carries one offset, so times sort correctly as text
TIME_FIELDS = ("created_at", "last_post_at", "last_original_at", "refreshed_at", "profile_crawled_at",
               "detected_at")


def _cfg(crawler):
    from core.settings import load_config

    return crawler.settings.get("GOVWATCH_CONFIG_OBJECT") or load_config()


_now_cache: tuple[int, str] = (-1, "")


def _now_iso() -> str:
    """``iso(datetime.now(CST))`` (whole seconds), formatted once per second: every item is stamped."""
    global _now_cache
    second = int(time.time())
    if second != _now_cache[0]:
        _now_cache = (second, iso(datetime.fromtimestamp(second, CST)))
    return _now_cache[1]


@functools.lru_cache(maxsize=4096)
def _normal_time(value: str) -> str:
    """``iso(parse_time(value).astimezone(CST))``: a crawled time as stored (ValueError when unreadable). Cached:
    times recur across items (an account's ``last_post_at`` is one of its posts' times)."""
    return iso(parse_time(value).astimezone(CST))


NAME_FIELDS = ("name",)
POST_TEXT_FIELDS = ("text",)
RAW_MAX_DEPTH = 12


class NormalizePipeline(CrawlerComponent):
    """Clean text (NFC, trimmed, capped), coerce types, stamp ``run_id`` and ``crawled_at``."""

    def __init__(self, crawler):
        super().__init__(crawler)
        cfg = _cfg(crawler)
        self.max_name = int(cfg["crawler.max_name_chars"])
        self.max_text = int(cfg["crawler.max_text_chars"])
        self.max_post_text = int(cfg["crawler.max_post_text_chars"])

    def limit_for(self, collection: str | None, key: str) -> int:
        if key in NAME_FIELDS:
            return self.max_name
        if collection == "posts" and key in POST_TEXT_FIELDS:
            return self.max_post_text
        return self.max_text

    def cap(self, item: dict) -> None:
        """Cut every oversized string; note the original lengths (``<field>_length``, ``truncated``)."""
        coll = item.get("_collection")
        truncated = []
        for key, value in list(item.items()):
            if key == "raw" or not isinstance(value, str):
                continue
            limit = self.limit_for(coll, key)
            if len(value) > limit:
                item[key] = value[:limit]
                item[f"{key}_length"] = len(value)
                truncated.append(key)
        if item.get("raw") is not None:
            cut: list[int] = []
            item["raw"] = _cap_nested(item["raw"], self.max_text, cut, RAW_MAX_DEPTH)
            if cut:
                truncated.append("raw")
                item["raw_strings_truncated"] = len(cut)
        if truncated:
            item["truncated"] = truncated
            self.crawler.stats.inc_value("govwatch/truncated_items")

    def process_item(self, item):
        spider = self.crawler.spider
        item = dict(item)
        self.cap(item)  # first: NFC and stripping then work on bounded text
        for key, value in list(item.items()):
            if isinstance(value, str):
                item[key] = unicodedata.normalize("NFC", value).strip()
        now = _now_iso()
        item.setdefault("run_id", getattr(spider, "run_id", None))
        for key in TIME_FIELDS:
            if isinstance(item.get(key), str) and item[key]:
                try:
                    item[key] = _normal_time(item[key])
                except ValueError:
                    self.crawler.stats.inc_value("govwatch/bad_time")
                    item[key] = None
        if item.get("_collection") == "accounts":
            item["crawled_at"] = now
            if "verified" in item:
                item["verified"] = bool(item["verified"])
            if item.get("verified_type") not in (None, *VERIFIED_TYPES):
                item["verified_type"] = "other"
            for key in ("followers", "posts_count"):
                if item.get(key) is not None:
                    item[key] = parse_count(item[key])  # "145.5万" and the like, once more
        elif item.get("_collection") == "posts":
            item["crawled_at"] = now
        elif item.get("_collection") == "findings":
            item["detected_at"] = item.get("detected_at") or now
        return item


class ValidatePipeline(CrawlerComponent):
    """Drop (and count) items that cannot be stored: unknown collection, missing ids."""

    def process_item(self, item):
        coll = item.get("_collection")
        problem = None
        if coll not in COLLECTIONS:
            problem = f"unknown collection {coll!r}"
        elif coll in ("accounts", "posts") and (not item.get("platform") or not item.get("account_id")):
            problem = "missing platform/account_id"
        elif coll == "posts" and not item.get("post_id"):
            problem = "missing post_id"
        if problem:
            self.crawler.stats.inc_value("govwatch/invalid_items")
            raise DropItem(f"invalid item ({problem}): {str(item)[:200]}")
        return item


AVATAR_CONTENT_MEMORY = 4096  # avatars (by content) whose stored fields a crawl process keeps at hand


class AvatarPipeline:
    """Download each account's avatar once per URL, validate it, store it content-addressed and hash it.

    Validation and fingerprints depend only on the bytes: an avatar whose bytes were already handled in this
    process (a shared template, a copied image, the same image under another URL) reuses that result instead
    of being decoded again — including its rejection. Copies arriving while the first is still being hashed
    wait for that one result."""

    def __init__(self, crawler):
        self.crawler = crawler
        cfg = _cfg(crawler)
        self.data_dir = cfg.data_dir
        self.max_bytes = int(cfg["crawler.avatar_max_bytes"])
        self.max_pixels = int(cfg["crawler.avatar_max_pixels"])
        self.seen: dict[str, dict] = {}
        # decoding and perceptual hashing are CPU work: a pool of one thread per core, off the reactor thread
        self.pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="govwatch-avatar")
        self.by_content: OrderedDict[str, Future] = OrderedDict()  # SHA-256 → store_avatar's (future) result

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def close_spider(self):
        self.pool.shutdown(wait=True)

    async def process_item(self, item):
        url = item.get("avatar_url") if item.get("_collection") == "accounts" else None
        if not url or not str(url).startswith(("http://", "https://")):
            return item
        if url in self.seen:
            item.update(self.seen[url])
            return item
        stats = self.crawler.stats
        known = await self._stored(item)
        if known and known.get("avatar_url") == url and known.get("avatar_path") and \
                known.get("avatar_hashes") and \
                (self.data_dir / known["avatar_path"]).exists():
            return item  # unchanged avatar: the merge keeps the stored fields
        platform = item.get("platform") or "avatar"
        # the URL comes from crawled content: gw_untrusted makes AddressGuardMiddleware check it (and each
        # redirect hop) against the SSRF policy before anything is sent
        request = scrapy.Request(url, meta={"download_slot": f"{platform}-img", "download_maxsize": self.max_bytes,
                                            "dont_retry": False, "gw_platform": None, "gw_untrusted": True},
                                 dont_filter=True)
        try:
            response = await self.crawler.engine.download_async(request)
        except UnsafeRequest as exc:
            stats.inc_value("govwatch/avatar/rejected")
            stats.inc_value("govwatch/avatar/unsafe_url")
            item["avatar_error"] = f"头像网址被拒绝：{exc}"
            return item
        except Exception as exc:  # noqa: BLE001 - network errors, size cap: the account is still stored
            stats.inc_value("govwatch/avatar/download_failed")
            item["avatar_error"] = f"头像下载失败：{type(exc).__name__}"
            return item
        if response.status != 200:
            stats.inc_value("govwatch/avatar/download_failed")
            item["avatar_error"] = f"头像下载失败：HTTP {response.status}"
            return item
        digest = hashlib.sha256(response.body).hexdigest()
        try:
            fields = dict(await asyncio.wrap_future(self._store(digest, response.body)))
        except AvatarRejected as exc:
            stats.inc_value("govwatch/avatar/rejected")
            log.warning("avatar rejected for %s:%s: %s", item.get("platform"), item.get("account_id"), exc)
            item["avatar_error"] = str(exc)
            return item
        except Exception as exc:  # noqa: BLE001 - disk trouble must not lose the account record
            self.by_content.pop(digest, None)  # it may pass: only results and rejections follow from the bytes
            stats.inc_value("govwatch/avatar/store_failed")
            log.error("avatar of %s:%s not stored: %r", item.get("platform"), item.get("account_id"), exc)
            item["avatar_error"] = f"头像保存失败：{type(exc).__name__}"
            return item
        stats.inc_value("govwatch/avatar/stored")
        fields["avatar_error"] = ""  # clears an earlier error (None would keep the stored value)
        self.seen[url] = fields
        item.update(fields)
        return item

    def _store(self, digest: str, body: bytes) -> Future:
        """``store_avatar`` of ``body`` in the pool, or the result (or pending result) for the same bytes."""
        future = self.by_content.get(digest)
        if future is not None:
            self.by_content.move_to_end(digest)
            self.crawler.stats.inc_value("govwatch/avatar/same_content")
            return future
        future = self.pool.submit(store_avatar, body, self.data_dir, max_bytes=self.max_bytes,
                                  max_pixels=self.max_pixels)
        self.by_content[digest] = future
        if len(self.by_content) > AVATAR_CONTENT_MEMORY:
            self.by_content.popitem(last=False)
        return future

    async def _stored(self, item) -> dict | None:
        """The stored record of the item's account (None when there is none or the store cannot say)."""
        writer = getattr(self.crawler, "gw_store_writer", None)
        if writer is None:
            return None
        return await writer.lookup("accounts", account_key(item["platform"], item["account_id"]))


class StorePipeline:
    """Batch writes per collection; accounts are merged into stored records; spool to disk when the store fails."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.cfg = _cfg(crawler)
        self.max_docs = int(self.cfg["store.bulk_max_docs"])
        self.max_seconds = float(self.cfg["store.bulk_max_seconds"])
        self.spool_dir = self.cfg.data_dir / "spool"
        self.store = None
        self.down = False
        self.buffers: dict[str, list[dict]] = {c: [] for c in COLLECTIONS}
        self.oldest: float | None = None
        self.spool_seq = 0
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govwatch-store")
        self.lookups: dict[tuple[str, str], list[asyncio.Future]] = {}
        self.lookup_tasks: set[asyncio.Task] = set()
        crawler.gw_store_writer = self

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):

        opener = store_factory(self.crawler.settings)
        try:
            self.store = opener(self.cfg)
        except StoreError as exc:
            log.error("存储不可用，本次爬取结果将写入补写队列 %s：%s", self.spool_dir, exc)
            self.down = True
            return
        self.replay()

    def close_spider(self):
        # accounts the spider could not finish get their "failed" status before the last write
        closing = getattr(self.crawler.spider, "closing_items", None)
        if closing is not None:
            normalize = NormalizePipeline(self.crawler)
            for item in closing():
                self.buffers[item["_collection"]].append(normalize.process_item(item))
        self.flush()
        self.executor.shutdown(wait=True)
        if self.store is not None:
            try:
                self.store.close()
            except StoreError:
                pass

    async def process_item(self, item):
        self.buffers[item["_collection"]].append(item)
        if self.oldest is None:
            self.oldest = time.monotonic()
        total = sum(len(b) for b in self.buffers.values())
        if total >= self.max_docs or time.monotonic() - self.oldest >= self.max_seconds:
            # the write runs on the store thread (one at a time, in order), never blocking the reactor;
            # awaiting it gives back-pressure when the store is slower than the crawl
            batches = self._take()
            await asyncio.wrap_future(self.executor.submit(self._write_batches, batches))
        return item

    # ---- reading (for the other pipelines) ----------------------------------------------------------------
    def lookup(self, coll: str, doc_id: str) -> asyncio.Future:
        """The stored document ``doc_id`` (None when absent or the store is down), read on the store thread.

        Lookups asked for in the same turn of the event loop are answered by one ``get_many``, queued behind the
        writes submitted before them (so they see those writes) instead of one read per item contending with the
        writer for the store's connection."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        if not self.lookups:
            loop.call_soon(self._start_lookups)
        self.lookups.setdefault((coll, doc_id), []).append(future)
        return future

    def _start_lookups(self) -> None:
        batch, self.lookups = self.lookups, {}
        task = asyncio.ensure_future(self._answer_lookups(batch))
        self.lookup_tasks.add(task)  # a reference until it is done (the loop keeps only weak ones)
        task.add_done_callback(self.lookup_tasks.discard)

    async def _answer_lookups(self, batch: dict[tuple[str, str], list[asyncio.Future]]) -> None:
        try:
            found = await asyncio.wrap_future(self.executor.submit(self._get_many, list(batch)))
        except Exception as exc:  # noqa: BLE001 - a lookup is an optimisation: "not known" is a safe answer
            log.warning("读取已存记录失败，按未存储处理：%r", exc)
            found = {}
        for key, futures in batch.items():
            for future in futures:
                if not future.done():
                    future.set_result(found.get(key))

    def _get_many(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        if self.down or self.store is None:
            return {}
        by_coll: dict[str, list[str]] = {}
        for coll, doc_id in keys:
            by_coll.setdefault(coll, []).append(doc_id)
        out = {}
        for coll, ids in by_coll.items():
            try:
                docs = self.store.get_many(coll, ids)
            except StoreError:
                continue
            out.update({(coll, doc_id): doc for doc_id, doc in docs.items()})
        return out

    # ---- writing ------------------------------------------------------------------------------------------
    def _take(self) -> dict[str, list[dict]]:
        self.oldest = None
        batches = {c: b for c, b in self.buffers.items() if b}
        self.buffers = {c: [] for c in COLLECTIONS}
        return batches

    def flush(self) -> None:
        """Write everything buffered (blocking; used when the spider closes)."""
        self.executor.submit(self._write_batches, self._take()).result()

    def _write_batches(self, batches: dict[str, list[dict]]) -> None:
        for coll in COLLECTIONS:
            batch = batches.get(coll)
            if not batch:
                continue
            if self.down or self.store is None:
                self.spool(coll, batch)
                continue
            try:
                n = self.store_batch(coll, batch)
                self.crawler.stats.inc_value(f"govwatch/stored/{coll}", n)
            except Exception as exc:  # noqa: BLE001 - store_batch lets only "store down" errors through
                log.error("存储不可用（%s），%d 条记录转入补写队列：%s", coll, len(batch), exc)
                self.down = True
                self.spool(coll, batch)

    def store_batch(self, coll: str, batch: list[dict]) -> int:
        """Write a batch. A batch the store refuses for its content (one bad document) is written document by
        document; the refused documents go to ``spool/rejected/`` with the reason. Raises only when the store
        itself is down (``store_down``), so the caller can spool the batch for a later replay."""
        try:
            return self.write(coll, batch)
        except Exception as exc:  # classified below
            if store_down(exc):
                raise
            log.warning("存储拒绝了 %d 条 %s 记录中的部分记录，改为逐条写入：%s", len(batch), coll, exc)
        written = 0
        for item in batch:
            try:
                written += self.write(coll, [item])
            except Exception as exc:  # classified below
                if store_down(exc):
                    raise
                self.reject(coll, item, exc)
        return written

    def reject(self, coll: str, item: dict, exc: BaseException) -> None:
        """Keep a document the store refused (never lose it) under ``spool/rejected/``, with the reason."""
        reason = f"{type(exc).__name__}: {exc}"[:2000]
        self.crawler.stats.inc_value(f"govwatch/rejected/{coll}")
        log.error("存储拒绝写入一条 %s 记录（%s:%s），已保存到 %s：%s", coll, item.get("platform"),
                  item.get("account_id") or item.get("_id"), self.spool_dir / "rejected", reason)
        record = {**item, "_collection": coll, "_rejected_reason": reason,
                  "_rejected_at": iso(datetime.now(CST))}
        self._append(self.spool_dir / "rejected", coll, [record])

    def write(self, coll: str, items: list[dict]) -> int:
        docs = [{k: v for k, v in it.items() if k != "_collection"} for it in items]
        if coll == "accounts":
            docs = self.merge_accounts(docs)
        return self.store.upsert(coll, docs)

    def merge_accounts(self, docs: list[dict]) -> list[dict]:
        merged: dict[str, dict] = {}
        for d in docs:  # later items of one batch merge into earlier ones
            key = account_key(d["platform"], d["account_id"])
            merged[key] = _merge(merged.get(key, {}), d)
        existing = self.store.get_many("accounts", list(merged))
        out = []
        for key, doc in merged.items():
            old = {k: v for k, v in (existing.get(key) or {}).items() if k != "_id"}
            out.append(with_id("accounts", _merge(old, doc)))
        return out

    # ---- spool --------------------------------------------------------------------------------------------
    def spool(self, coll: str, items: list[dict]) -> None:
        self._append(self.spool_dir, coll, [{**it, "_collection": coll} for it in items])
        self.crawler.stats.inc_value("govwatch/spooled", len(items))

    def _append(self, directory: Path, coll: str, records: list[dict]) -> Path:
        private_dir(directory)  # crawled data not yet in the store: for govwatch only (0700, files 0600)
        self.spool_seq += 1
        run = getattr(self.crawler.spider, "run_id", "run") or "run"
        # names sort in write order (time, process, sequence): replay applies partial records in order
        path = directory / f"{time.time_ns():020d}-{os.getpid()}-{self.spool_seq:06d}-{coll}-{_safe(run)}.jsonl"
        tmp = path.with_suffix(".part")
        with open_private(tmp) as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        tmp.replace(path)
        return path

    def replay(self) -> int:
        """Write every spooled file to the store (oldest first); a file is deleted only after it is written.

        Documents the store refuses go to ``spool/rejected/`` (they never block the replay); a file with
        unreadable lines is replayed line by line and then moved to ``spool/corrupt/`` for inspection."""
        if not self.spool_dir.is_dir():
            return 0
        private_dir(self.spool_dir)  # a spool made by an older version may be readable by others
        total = 0
        for path in sorted(self.spool_dir.glob("*.jsonl")):
            items, bad = read_spool(path)
            by_coll: dict[str, list[dict]] = {}
            for it in items:
                coll = it.pop("_collection", "accounts")
                if coll not in COLLECTIONS:
                    self.reject(str(coll), it, ValueError(f"unknown collection {coll!r}"))
                    continue
                by_coll.setdefault(coll, []).append({**it, "_collection": coll})
            try:
                for coll, batch in by_coll.items():
                    total += self.store_batch(coll, batch)
            except Exception as exc:  # noqa: BLE001 - store_batch lets only "store down" errors through
                log.error("补写队列回放失败（存储不可用），保留 %s：%s", path, exc)
                self.down = True
                return total
            if bad:
                corrupt = private_dir(self.spool_dir / "corrupt")
                path.replace(corrupt / path.name)
                self.crawler.stats.inc_value("govwatch/spool_corrupt_lines", len(bad))
                log.error("补写队列文件 %s 有 %d 行无法解析（第 %s 行），其余 %d 条已回放；原文件已移到 %s",
                          path.name, len(bad), "、".join(map(str, bad[:10])), len(items), corrupt)
            else:
                path.unlink()
        if total:
            log.info("已从补写队列回放 %d 条记录", total)
            self.crawler.stats.set_value("govwatch/replayed", total)
        return total


def read_spool(path: Path) -> tuple[list[dict], list[int]]:
    """The records of one spool file and the numbers of its unreadable lines (a torn write, disk trouble)."""
    items, bad = [], []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = safe_json.loads(line)
            except ValueError:  # JSONTooDeep too
                bad.append(lineno)
                continue
            if isinstance(record, dict):
                items.append(record)
            else:
                bad.append(lineno)
    return items, bad


def store_down(exc: BaseException) -> bool:
    """True when the store itself is unreachable (spool and replay later), False when it refused the content."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, (StoreUnavailable, ConnectionError, TimeoutError)):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def store_factory(settings):
    """``GOVWATCH_STORE_FACTORY`` (a callable or its dotted path, for tests) or ``search_index.open_store``."""
    from scrapy.utils.misc import load_object

    from search_index import open_store

    factory = settings.get("GOVWATCH_STORE_FACTORY")
    if isinstance(factory, str):
        factory = load_object(factory)
    return factory or open_store


def _merge(old: dict, new: dict) -> dict:
    out = dict(old)
    for k, v in new.items():
        if k == "discovered_by":
            out[k] = merge_keywords(out.get(k), v)
        elif v is not None or k not in out:
            out[k] = v
    return out


def merge_keywords(old, new) -> list[str] | None:
    """``discovered_by`` keeps every keyword that found the account, in first-seen order. Older records hold a
    single string; both forms are read."""
    out: list[str] = []
    for value in (old, new):
        for word in ([value] if isinstance(value, str) else value or []):
            if isinstance(word, str) and word and word not in out:
                out.append(word)
    return out or (None if old is None and new is None else out)


def _cap_nested(value, limit: int, cut: list[int], depth: int):
    """``value`` with every string longer than ``limit`` cut (their original lengths appended to ``cut``);
    containers nested deeper than ``depth`` are dropped."""
    if isinstance(value, str):
        if len(value) > limit:
            cut.append(len(value))
            return value[:limit]
        return value
    if depth <= 0 and isinstance(value, (dict, list, tuple)):
        cut.append(0)
        return None
    if isinstance(value, dict):
        return {(_cap_nested(k, limit, cut, depth) if isinstance(k, str) else k): _cap_nested(v, limit, cut, depth - 1)
                for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_cap_nested(v, limit, cut, depth - 1) for v in value]
    return value


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in str(text))[:40]
