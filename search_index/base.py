"""The storage interface every part of govwatch uses, and the collections it holds.

A store keeps JSON-like documents in named collections. Every document has a deterministic id
(``_id``), computed from its fields by the collection's ``id_of`` function unless the caller sets ``_id``, so
writing the same record twice changes nothing (idempotent upsert).

Filters (``scan``, ``count``, ``search``) are a small dict language, the same for every backend::

    {"platform": "weibo"}                     equality (dotted names reach into nested objects: "target.account_id")
    {"status": ["active", "changed"]}         any of
    {"last_post_at": {"lt": "2026-11-01"}}    range: gt / gte / lt / lte; also {"ne": v}, {"exists": bool}
    {"verified": True, "region": None}        booleans; None means the field is missing or null

Sorting is a list of ``(field, "asc"|"desc")``; ``_id`` may be sorted on by every backend (a stable tiebreaker
for paging). Time values are ISO-8601 strings with offsets, which sort
correctly as text when they share an offset; all govwatch writers store them in UTC or Asia/Shanghai via
``core.records.iso``.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.records import account_key, finding_key, stable_hash
from core.settings import setting

Doc = dict[str, Any]
SEARCH_ORDERS = ("relevance", "newest")
Filters = Mapping[str, Any]
Sort = Sequence[tuple[str, str]]


class StoreError(RuntimeError):
    """The store cannot be reached or refused an operation; the message says why in plain words."""


class StoreUnavailable(StoreError):
    """The store is down (connection refused, timeout); writers spool and replay later."""


@dataclass(frozen=True)
class CollectionSpec:
    name: str
    id_of: Callable[[Doc], str]
    text_fields: tuple[str, ...] = ()  # Chinese full-text search
    name_fields: tuple[str, ...] = ()  # short names: search-as-you-type / substring
    keyword_fields: tuple[str, ...] = ()  # exact-match fields worth an index
    time_field: str | None = None  # mapped to @timestamp in Elasticsearch
    time_series: bool = False  # append-mostly (ES: data written through a rollover alias)
    doc: str = ""


def _require(*names: str) -> Callable[[Doc], str]:
    def id_of(doc: Doc) -> str:
        missing = [n for n in names if doc.get(n) in (None, "")]
        if missing:
            raise ValueError(f"document lacks {', '.join(missing)} needed for its id")
        return ":".join(str(doc[n]) for n in names)
    return id_of


def _account_id(doc: Doc) -> str:
    return account_key(doc["platform"], doc["account_id"])


def _explicit(doc: Doc) -> str:
    raise ValueError("documents of this collection need an explicit _id")


COLLECTIONS: dict[str, CollectionSpec] = {spec.name: spec for spec in (
    CollectionSpec("registry", _account_id, text_fields=("unit", "name", "competent_unit"),
                   name_fields=("name", "unit"),
                   keyword_fields=("platform", "account_id", "status", "region", "unit"),
                   doc="备案库：一条一个正式账号，id = platform:account_id"),
    CollectionSpec("registry_history", lambda d: stable_hash(d["platform"], d["account_id"], d["changed_at"],
                                                             d.get("field")),
                   keyword_fields=("platform", "account_id", "field"), time_field="changed_at", time_series=True,
                   doc="备案库变更记录（导入时的状态与字段变化）"),
    CollectionSpec("accounts", _account_id, text_fields=("name", "description", "verified_reason"),
                   name_fields=("name",),
                   keyword_fields=("platform", "account_id", "verified_type", "crawl_status", "discovered_by"),
                   time_field="crawled_at",
                   doc="爬取到的账号，id = platform:account_id"),
    CollectionSpec("posts", lambda d: f"{d['platform']}:{d['account_id']}:{d['post_id']}", text_fields=("text",),
                   keyword_fields=("platform", "account_id"), time_field="created_at", time_series=True,
                   doc="账号发文，id = platform:account_id:post_id"),
    CollectionSpec("findings", lambda d: finding_key(d), text_fields=("reasons_text",),
                   keyword_fields=("kind", "platform", "account_id", "run_id"), time_field="detected_at",
                   doc="检测发现，id = 去重键（kind+platform+account_id+target）"),
    CollectionSpec("alerts", _explicit, text_fields=("title", "reasons_text"), name_fields=("name",),
                   keyword_fields=("kind", "platform", "account_id", "state", "severity", "region"),
                   time_field="last_seen", doc="告警（去重后的发现及其处理状态），id = 去重键"),
    CollectionSpec("alert_history", _explicit, keyword_fields=("alert_id", "user"), time_field="at",
                   time_series=True, doc="告警状态变更记录（谁、何时、备注）"),
    CollectionSpec("sweeps", lambda d: stable_hash(d.get("run_id"), d["url"], d.get("via"),
                                                   "\x1e".join(d.get("menu_path") or []), d.get("found_on")),
                   keyword_fields=("status", "via", "run_id", "host"), time_field="checked_at", time_series=True,
                   doc="链接/菜单巡检结果"),
    CollectionSpec("probes", lambda d: stable_hash(d["url"], d["checked_at"]), keyword_fields=("url", "ok"),
                   time_field="checked_at", time_series=True, doc="首页可用性探测记录"),
    CollectionSpec("runs", _require("run_id"), keyword_fields=("kind", "status"), time_field="started_at",
                   doc="运行记录（夜间任务、巡检、探测）"),
    CollectionSpec("users", _require("username"), keyword_fields=("username", "role"), doc="审核界面用户"),
    CollectionSpec("sessions", _explicit, keyword_fields=("user",), time_field="created_at",
                   doc="审核界面的登录会话（id = 会话令牌的 SHA-256；退出、改密码、停用用户即删除）"),
    CollectionSpec("audit", _explicit, keyword_fields=("user", "action"), time_field="at", time_series=True,
                   doc="审核界面审计日志"),
    CollectionSpec("notifications", _explicit, keyword_fields=("alert_id", "kind", "channel"), time_field="sent_at",
                   time_series=True, doc="已发送的通知（保证同一通知只发一次）"),
)}


def spec(collection: str) -> CollectionSpec:
    try:
        return COLLECTIONS[collection]
    except KeyError:
        raise StoreError(f"未知的集合 {collection!r}") from None


def with_id(collection: str, doc: Doc) -> Doc:
    """Return ``doc`` with its deterministic ``_id`` set (a caller-given ``_id`` wins)."""
    if doc.get("_id"):
        return doc
    out = dict(doc)
    out["_id"] = spec(collection).id_of(doc)
    return out


def get_path(doc: Mapping[str, Any], dotted: str) -> Any:
    cur: Any = doc
    for part in dotted.split("."):
        if not isinstance(cur, Mapping):
            return None
        cur = cur.get(part)
    return cur


def matches(doc: Mapping[str, Any], filters: Filters | None) -> bool:
    """Reference semantics of the filter language (used by tests and by backends for post-filtering)."""
    for name, cond in (filters or {}).items():
        value = get_path(doc, name)
        if isinstance(cond, Mapping):
            for op, arg in cond.items():
                if op == "exists":
                    if (value is not None) != bool(arg):
                        return False
                elif op == "ne":
                    if value == arg:
                        return False
                elif value is None:
                    return False
                elif (op == "gt" and not value > arg) or (op == "gte" and not value >= arg) \
                        or (op == "lt" and not value < arg) or (op == "lte" and not value <= arg):
                    return False
                elif op not in ("gt", "gte", "lt", "lte"):
                    raise StoreError(f"未知的过滤操作 {op!r}")
        elif isinstance(cond, (list, tuple, set, frozenset)):
            if value not in cond:
                return False
        elif value != cond:
            return False
    return True


class Store(ABC):
    """One small interface, two backends (SQLite, Elasticsearch). See the module docstring."""

    backend_name = "abstract"

    @abstractmethod
    def upsert(self, collection: str, docs: Iterable[Doc]) -> int:
        """Insert or replace documents by id (computed unless ``_id`` is given); return how many were written."""

    @abstractmethod
    def update(self, collection: str, doc_id: str, fields: Mapping[str, Any]) -> Doc:
        """Merge ``fields`` into an existing document and return it; StoreError if it does not exist."""

    @abstractmethod
    def get(self, collection: str, doc_id: str) -> Doc | None:
        """The document with ``_id``, or None."""

    def get_many(self, collection: str, doc_ids: Iterable[str]) -> dict[str, Doc]:
        out = {}
        for doc_id in doc_ids:
            doc = self.get(collection, doc_id)
            if doc is not None:
                out[doc_id] = doc
        return out

    @abstractmethod
    def scan(self, collection: str, filters: Filters | None = None, *, sort: Sort | None = None,
             limit: int | None = None, offset: int = 0) -> Iterator[Doc]:
        """Documents matching ``filters``; all of them (streamed) unless ``limit`` is set."""

    @abstractmethod
    def search(self, collection: str, query: str, *, fields: Sequence[str] | None = None,
               filters: Filters | None = None, limit: int = 50, order: str = "relevance") -> list[Doc]:
        """Chinese full-text / substring search over the collection's text and name fields.

        Any query length works, including one or two Chinese characters. ``order`` (the same on every backend):

        - ``"relevance"`` (default): documents whose name field (``CollectionSpec.name_fields``) equals the
          query, then those whose name contains it, then the other matches; newest first within each group;
        - ``"newest"``: every match, newest first.

        "Newest" is the most recently added document (the SQLite row id; Elasticsearch: the collection's time
        field, then the document id)."""

    @abstractmethod
    def count(self, collection: str, filters: Filters | None = None) -> int:
        ...

    @abstractmethod
    def delete(self, collection: str, doc_ids: Iterable[str]) -> int:
        """Delete by id; return how many existed."""

    def delete_where(self, collection: str, filters: Filters) -> int:
        ids = [d["_id"] for d in self.scan(collection, filters)]
        return self.delete(collection, ids)

    @abstractmethod
    def refresh(self, collection: str | None = None) -> None:
        """Make earlier writes visible to searches (a no-op where writes are visible at once)."""

    def ping(self) -> None:  # noqa: B027 - optional: a store that cannot fail to reach needs no check
        """Raise StoreUnavailable/StoreError when the store cannot be used."""

    def close(self) -> None:  # noqa: B027 - optional: a store holding no connection has nothing to close
        """Release connections and files."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def bulk_writer(self, collection: str, *, max_docs: int | None = None,
                    max_seconds: float | None = None) -> BulkWriter:
        """A writer batching by ``max_docs`` and ``max_seconds`` (defaults: ``store.bulk_max_docs`` / ``_seconds``)."""
        return BulkWriter(self, collection,
                          max_docs=max_docs or setting("store.bulk_max_docs").default,
                          max_seconds=max_seconds or setting("store.bulk_max_seconds").default)


@dataclass
class BulkWriter:
    """Buffers documents and writes them in batches, flushing by size and by age; use as a context manager."""

    store: Store
    collection: str
    max_docs: int = 500
    max_seconds: float = 2.0
    written: int = 0
    _buffer: list[Doc] = field(default_factory=list)
    _oldest: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, doc: Doc) -> None:
        with self._lock:
            if not self._buffer:
                self._oldest = time.monotonic()
            self._buffer.append(doc)
            due = len(self._buffer) >= self.max_docs or (time.monotonic() - (self._oldest or 0)) >= self.max_seconds
        if due:
            self.flush()

    def flush(self) -> int:
        with self._lock:
            batch, self._buffer, self._oldest = self._buffer, [], None
        if not batch:
            return 0
        try:
            n = self.store.upsert(self.collection, batch)
        except Exception:
            with self._lock:  # keep the batch: the caller decides whether to spool it
                self._buffer[:0] = batch
            raise
        self.written += n
        return n

    def pending(self) -> list[Doc]:
        with self._lock:
            return list(self._buffer)

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()
