"""The Elasticsearch backend of the store (production, scale-out), on the official client ``elasticsearch`` 8.x.

Layout (see ``es_templates``): each collection is read through the alias ``<prefix>-<collection>`` and written
to that alias's write index; ``govwatch index setup`` installs templates, the ILM policy and the first
generation of every collection, and opening the store installs them when they are missing. Bulk writes to the
alias carry ``require_alias``: if the alias is missing, the write fails instead of letting Elasticsearch
auto-create a plain index without the Chinese analyzers.

Idempotent upsert across rollover generations: only time-series collections (``spec.time_series``: posts,
sweeps, probes, histories, audit, notifications) are attached to the rollover policy. A document id must stay
unique across generations, so before each bulk batch the store asks which of the batch's ids already live in
an *older* generation (realtime multi-get on those indices) and sends those documents to the index where they
live; new ids go to the write alias. While a collection has a single generation (always for the other
collections) this costs nothing. ``get``/``update``/``delete`` locate documents the same way (realtime), so
``upsert`` of the same id twice always leaves one document. ``update`` is a read-modify-write guarded by
``if_seq_no``/``if_primary_term`` (no script runs on the cluster).

Documents keep their shape: every document carries a keyword copy of its id (``@id``, the sort tiebreaker for
``_id``); a value that does not fit the index's mapping (an object where a string was mapped, or the reverse)
is moved aside and put back on read (``es_docs``), instead of the whole document being rejected.

Filters and sorting follow the reference semantics of ``base.matches`` (``es_query``); the mapped types of the
dynamically mapped fields a query uses are looked up with the field-mapping API and cached for a minute.
Search semantics: see ``search_query``.

Visibility: writes use ``refresh=store.elasticsearch_refresh`` (default ``wait_for``: a write returns when
searches can see it, like the SQLite backend); ``get`` is realtime in any case; ``refresh()`` forces it.

Errors: connection refused / timeouts / a cluster still busy (429) after the retries raise ``StoreUnavailable``
(writers spool and replay); everything else raises ``StoreError`` with one Chinese sentence saying what to do.
Per-document bulk failures are never swallowed: ``StoreWriteError`` lists them.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import Any
from urllib.parse import urlsplit

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError, helpers

from core.records import parse_time
from core.settings import setting
from search_index import es_docs, es_query
from search_index import es_templates as tpl
from search_index.base import (
    SEARCH_ORDERS,
    CollectionSpec,
    Doc,
    Filters,
    Sort,
    Store,
    StoreError,
    StoreUnavailable,
    get_path,
    spec,
    with_id,
)
from search_index.es_bulk import ElasticsearchBulkWriter
from search_index.es_errors import StoreWriteError, explain_error, redact_url, version_problem

log = logging.getLogger(__name__)

MAX_RESULT_WINDOW = 10_000  # ES default index.max_result_window: beyond it scan uses a point in time
SCAN_PAGE = 1000
PIT_KEEP_ALIVE = "2m"
MGET_CHUNK = 2000
META_KEYS = frozenset({"_id", "_index", "_score", "_version", "_seq_no", "_primary_term", "_routing", "_source"})
TYPE_CACHE_SECONDS = 60.0  # mapped field types are looked up again after this long (a rollover maps anew)
UPDATE_ATTEMPTS = 5  # optimistic-concurrency retries of update() when another writer changed the document


def _expand_action(data: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """``helpers.expand_action`` plus the per-action ``require_alias`` flag (which the helper does not pass on)."""
    data = dict(data)
    require_alias = data.pop("_require_alias", False)
    action, body = helpers.expand_action(data)
    if require_alias:
        next(iter(action.values()))["require_alias"] = True
    return action, body


def timestamp_of(value: Any, tz: str) -> str | None:
    """``@timestamp`` (UTC, ISO-8601) from a record's time value; None when it is not a time."""
    if value in (None, ""):
        return None
    try:
        dt = parse_time(value, tz)
    except (TypeError, ValueError):
        return None
    return dt.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z") if dt else None


@dataclass
class _Generations:
    write: str
    old: list[str]

    @property
    def all(self) -> list[str]:
        return [self.write, *self.old]


def _default(key: str) -> Any:
    """A setting's default (core/settings.py), for callers that build the store without a configuration."""
    return setting(key).default


class ElasticsearchStore(Store):
    """``Store`` on an Elasticsearch 8.x/9.x cluster (see the module docstring)."""

    backend_name = "elasticsearch"

    def __init__(self, client: Elasticsearch, *, url: str = "", prefix: str = _default("store.index_prefix"),
                 refresh: str = _default("store.elasticsearch_refresh"),
                 bulk_max_docs: int = _default("store.bulk_max_docs"),
                 bulk_max_seconds: float = _default("store.bulk_max_seconds"),
                 max_retries: int = _default("store.bulk_max_retries"),
                 initial_backoff: float = _default("store.bulk_initial_backoff"),
                 time_zone: str = _default("general.timezone"), layout: Mapping[str, Any] | None = None):
        self.client = client
        self.url = url
        self.prefix = tpl.check_prefix(prefix)
        self.refresh_mode: bool | str = {"true": True, "false": False}.get(str(refresh), "wait_for")
        self.bulk_max_docs = int(bulk_max_docs)
        self.bulk_max_seconds = float(bulk_max_seconds)
        self.max_retries = int(max_retries)
        self.initial_backoff = float(initial_backoff)
        self.time_zone = time_zone
        self.layout = dict(layout) if layout is not None else tpl.layout(prefix)
        self.server_version = ""
        self._stable_generations: dict[str, _Generations] = {}
        self._type_cache: dict[tuple[str, str], tuple[float, set[str]]] = {}

    # ---- construction and start-up check ----------------------------------------------------------------
    @classmethod
    def client_from_config(cls, cfg) -> Elasticsearch:
        url = (cfg["store.elasticsearch_url"] or "").strip()
        if not url:
            raise StoreError("没有配置 Elasticsearch 地址：请设置 store.elasticsearch_url（或环境变量 ELASTICSEARCH_URL）")
        hosts = [u.strip() for u in url.split(",") if u.strip()]
        for host in hosts:
            parts = urlsplit(host)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise StoreError(f"store.elasticsearch_url 中的地址 {redact_url(host)!r} 无效：应以 http:// 或 https:// 开头")
            try:
                port = parts.port
            except ValueError:
                port = None
            if port is None:
                raise StoreError(f"store.elasticsearch_url 中的地址 {redact_url(host)!r} 缺少有效端口："
                                 "请写成例如 https://es.example:9200")
        # 429 is retried by the bulk helper with backoff, not by the transport (which would mark the node dead)
        kwargs: dict[str, Any] = {"request_timeout": cfg["store.request_timeout"], "max_retries": 2,
                                  "retry_on_timeout": True, "retry_on_status": (502, 503, 504)}
        if cfg["store.elasticsearch_api_key"]:
            kwargs["api_key"] = cfg["store.elasticsearch_api_key"]
        elif cfg["store.elasticsearch_username"]:
            kwargs["basic_auth"] = (cfg["store.elasticsearch_username"], cfg["store.elasticsearch_password"])
        if any(h.startswith("https://") for h in hosts):
            if cfg["store.elasticsearch_ca_certs"]:
                ca = cfg.path("store.elasticsearch_ca_certs")
                if not ca.is_file():
                    raise StoreError(f"store.elasticsearch_ca_certs 指向的 CA 证书文件不存在：{ca}")
                kwargs["ca_certs"] = str(ca)
            if not cfg["store.elasticsearch_verify_certs"]:
                kwargs["verify_certs"] = False
                kwargs["ssl_show_warn"] = False
        try:
            return Elasticsearch(hosts, **kwargs)
        except (ValueError, TypeError) as exc:
            raise StoreError(f"Elasticsearch 连接参数无效：{exc}") from exc

    @classmethod
    def from_config(cls, cfg, *, check: bool = True, setup: bool = True) -> ElasticsearchStore:
        """Build the store from settings; by default check the server and install a missing index layout."""
        transport_log = logging.getLogger("elastic_transport.transport")
        if transport_log.level == logging.NOTSET and logging.getLogger().getEffectiveLevel() > logging.DEBUG:
            transport_log.setLevel(logging.WARNING)  # one INFO line per request is noise outside --verbose
        store = cls(cls.client_from_config(cfg), url=cfg["store.elasticsearch_url"], prefix=cfg["store.index_prefix"],
                    refresh=cfg["store.elasticsearch_refresh"], bulk_max_docs=cfg["store.bulk_max_docs"],
                    bulk_max_seconds=cfg["store.bulk_max_seconds"], max_retries=cfg["store.bulk_max_retries"],
                    initial_backoff=cfg["store.bulk_initial_backoff"], time_zone=cfg["general.timezone"],
                    layout=tpl.layout_from_config(cfg))
        if check:
            try:
                store.ping()
                if setup:
                    store.ensure_layout()
            except BaseException:
                store.close()
                raise
        return store

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except (ApiError, TransportError) as exc:
            raise explain_error(exc, self.url, action) from exc

    def ping(self) -> None:
        """Check reachability, credentials, TLS, product and version; raise one clear StoreError otherwise."""
        try:
            info = self.client.info()
        except ApiError as exc:
            if exc.status_code in (400, 406) and "compatible" in str(exc).lower():
                raise StoreError(f"Elasticsearch（{redact_url(self.url)}）不接受 8.x 客户端的请求格式："
                                 "服务器版本过旧，govwatch 需要 8.x 或更新版本") from exc
            raise explain_error(exc, self.url, "连接") from exc
        except TransportError as exc:
            raise explain_error(exc, self.url, "连接") from exc
        problem = version_problem(info.body if hasattr(info, "body") else info)
        if problem:
            raise StoreError(f"{problem}（{redact_url(self.url)}）")
        self.server_version = str(info["version"]["number"])

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()

    def __repr__(self) -> str:
        return f"ElasticsearchStore({redact_url(self.url)!r}, prefix={self.prefix!r})"

    # ---- layout (templates, ILM policy, aliases) ------------------------------------------------------
    def alias(self, collection: str) -> str:
        spec(collection)
        return tpl.alias_name(self.prefix, collection)

    def index_table(self) -> dict[str, list[str]]:
        """Concrete index → its aliases, for every index under the prefix."""
        with self._errors("读取索引别名"):
            resp = self.client.indices.get_alias(index=f"{self.prefix}-*", expand_wildcards="open,closed")
        ours = re.compile(rf"^{re.escape(self.prefix)}-({'|'.join(map(re.escape, self.layout['bootstrap']))})(-\d+)?$")
        return {index: sorted((info or {}).get("aliases") or {}) for index, info in (resp.body or {}).items()
                if ours.match(index)}  # not the indices of a longer prefix ("govwatch-test-…")

    def existing_aliases(self) -> dict[str, list[str]]:
        """Alias → indices for everything under the prefix; a concrete index named like an alias maps to []."""
        out: dict[str, list[str]] = {}
        for index, aliases in self.index_table().items():
            out.setdefault(index, [])  # noted so that a stray concrete index named like an alias is detected
            for alias in aliases:
                out.setdefault(alias, []).append(index)
        return out

    def missing_collections(self) -> list[str]:
        present = self.existing_aliases()
        return [name for name, alias in self.layout["bootstrap"].items()
                if not present.get(alias)]

    def ensure_layout(self) -> list[str]:
        """Install the layout when any collection's alias is missing (first start); return what was done."""
        if not self.missing_collections():
            return []
        return self.setup()

    def setup(self, *, update_mappings: bool = False) -> list[str]:
        """Install/refresh the ILM policy, component and index templates, and bootstrap missing aliases.

        Idempotent. With ``update_mappings`` the collections' field mappings are also pushed to existing
        indices (new fields only; Elasticsearch refuses to change an existing field's type)."""
        done: list[str] = []
        with self._errors("安装索引模板与生命周期策略"):
            for name, policy in self.layout["ilm_policies"].items():
                self.client.ilm.put_lifecycle(name=name, policy=policy)
                done.append(f"生命周期策略 {name}")
            for name, body in self.layout["component_templates"].items():
                self.client.cluster.put_component_template(name=name, template=body["template"],
                                                           version=body["version"], meta=body["_meta"])
                done.append(f"组件模板 {name}")
            for name, body in self.layout["index_templates"].items():
                self.client.indices.put_index_template(
                    name=name, index_patterns=body["index_patterns"], composed_of=body["composed_of"],
                    priority=body["priority"], version=body["version"], template=body["template"],
                    meta=body["_meta"])
                done.append(f"索引模板 {name}")
        present = self.existing_aliases()
        for collection, alias in self.layout["bootstrap"].items():
            first = tpl.first_index_name(self.prefix, collection)
            if present.get(alias):
                if update_mappings:
                    common = self.layout["component_templates"][tpl.mappings_component_name(self.prefix)]
                    properties = {**common["template"]["mappings"]["properties"],
                                  **self.layout["index_templates"][alias]["template"]["mappings"]["properties"]}
                    with self._errors(f"更新集合 {collection} 的字段映射"):
                        self.client.indices.put_mapping(index=alias, properties=properties)
                    done.append(f"更新映射 {alias}")
                continue
            if alias in present:
                raise StoreError(f"已存在名为 {alias} 的普通索引（不是别名），它挡住了 govwatch 的写入别名：请把其中的数据"
                                 f"重建索引到别处后删除它（或改用别的 store.index_prefix），再运行 govwatch index setup")
            try:
                self.client.indices.create(index=first, **tpl.bootstrap_index_body(self.prefix, collection))
                done.append(f"索引 {first}（写入别名 {alias}）")
            except ApiError as exc:
                if exc.status_code == 400 and "resource_already_exists" in str(exc):
                    # created concurrently by another process, or exists without its alias
                    with self._errors("读取索引别名"):
                        if not self.client.indices.exists_alias(name=alias):
                            self.client.indices.put_alias(index=first, name=alias, is_write_index=True)
                            done.append(f"别名 {alias} → {first}")
                    continue
                raise explain_error(exc, self.url, f"创建索引 {first}") from exc
            except TransportError as exc:
                raise explain_error(exc, self.url, f"创建索引 {first}") from exc
        self._stable_generations.clear()
        return done

    def drop_layout(self) -> list[str]:
        """Delete every index, index/component template and the ILM policy of this prefix (irreversible: for
        test clusters and uninstalling). Indices are named one by one (ES 8 refuses wildcard deletes)."""
        done: list[str] = []
        indices = sorted(self.index_table())
        quiet = self.client.options(ignore_status=404)
        with self._errors("删除索引与模板"):
            for start in range(0, len(indices), 50):
                chunk = indices[start:start + 50]
                quiet.indices.delete(index=",".join(chunk), ignore_unavailable=True)
                done += [f"索引 {name}" for name in chunk]
            for name in self.layout["index_templates"]:
                quiet.indices.delete_index_template(name=name)
            for name in self.layout["component_templates"]:
                quiet.cluster.delete_component_template(name=name)
            for name in self.layout["ilm_policies"]:
                quiet.ilm.delete_lifecycle(name=name)
        self._stable_generations.clear()
        self._type_cache.clear()
        return done

    def status(self) -> list[dict[str, Any]]:
        """One row per collection: alias, write index, generations, document count, health."""
        present = self.existing_aliases()
        indices_info: dict[str, dict[str, Any]] = {}
        with self._errors("读取索引状态"):
            rows = self.client.cat.indices(index=f"{self.prefix}-*", format="json", expand_wildcards="open,closed")
            for row in rows.body or []:
                indices_info[row.get("index")] = row
        out = []
        for collection, alias in self.layout["bootstrap"].items():
            indices = sorted(present.get(alias) or [])
            docs = sum(int(indices_info.get(i, {}).get("docs.count") or 0) for i in indices)
            health = sorted({indices_info.get(i, {}).get("health") or "?" for i in indices})
            write = ""
            if indices:
                with contextlib.suppress(StoreError):
                    write = self._generations(collection, cached=False).write
            out.append({"collection": collection, "alias": alias, "exists": bool(indices), "indices": indices,
                        "write_index": write, "docs": docs, "health": ",".join(health) if indices else "",
                        "time_series": spec(collection).time_series})
        return out

    def layout_health(self) -> list[dict[str, Any]]:
        """The installed layout against this version's: one row per ILM policy, component and index template
        (``state``: ok / missing / outdated), and one per rollover-managed write index whose ILM step failed.
        Every row has ``kind``, ``name``, ``state`` and a Chinese ``detail``."""
        rows: list[dict[str, Any]] = []
        quiet = self.client.options(ignore_status=404)
        want = tpl.TEMPLATE_VERSION

        def row(kind: str, name: str, version: Any) -> None:
            if version is None:
                rows.append({"kind": kind, "name": name, "state": "missing", "detail": "缺失：请运行 govwatch index setup"})
            elif version != want:
                rows.append({"kind": kind, "name": name, "state": "outdated",
                             "detail": f"版本 {version}，当前为 {want}：请运行 govwatch index setup --update-mappings"})
            else:
                rows.append({"kind": kind, "name": name, "state": "ok", "detail": f"版本 {version}"})

        with self._errors("读取模板与生命周期策略"):
            for name in self.layout["ilm_policies"]:
                body = quiet.ilm.get_lifecycle(name=name).body or {}
                found = body.get(name)
                row("ILM 策略", name, ((found or {}).get("policy") or {}).get("_meta", {}).get("version")
                    if found else None)
            for name in self.layout["component_templates"]:
                items = (quiet.cluster.get_component_template(name=name).body or {}).get("component_templates") or []
                found = next((i for i in items if i.get("name") == name), None)
                row("组件模板", name, (found or {}).get("component_template", {}).get("version") if found else None)
            for name in self.layout["index_templates"]:
                items = (quiet.indices.get_index_template(name=name).body or {}).get("index_templates") or []
                found = next((i for i in items if i.get("name") == name), None)
                row("索引模板", name, (found or {}).get("index_template", {}).get("version") if found else None)
            explained = quiet.ilm.explain_lifecycle(index=f"{self.prefix}-*", only_errors=True).body or {}
        ours = set(self.index_table())
        for index, info in sorted((explained.get("indices") or {}).items()):
            if index not in ours or not isinstance(info, Mapping):
                continue
            if info.get("step") == "ERROR" or info.get("failed_step"):
                reason = ((info.get("step_info") or {}).get("reason") or info.get("failed_step") or "")
                rows.append({"kind": "ILM 滚动", "name": index, "state": "error",
                             "detail": f"生命周期步骤 {info.get('failed_step') or info.get('step')} 失败：{reason}"})
        return rows

    def _generations(self, collection: str, *, cached: bool = True) -> _Generations:
        """The concrete indices behind a collection's alias: its write index and older generations.

        Time-series collections roll over at any time, so they are looked up on every call; the others have
        one generation for their whole life and are cached."""
        cs = spec(collection)
        if cached and not cs.time_series and collection in self._stable_generations:
            return self._stable_generations[collection]
        alias = self.alias(collection)
        try:
            with self._errors(f"读取集合 {collection} 的索引"):
                resp = self.client.indices.get_alias(name=alias)
        except StoreError as exc:
            if isinstance(exc.__cause__, NotFoundError):
                raise StoreError(f"Elasticsearch 中没有集合 {collection} 的别名 {alias}：请先运行 govwatch index setup")\
                    from None
            raise
        write, old = "", []
        for index, info in sorted((resp.body or {}).items()):
            meta = ((info or {}).get("aliases") or {}).get(alias) or {}
            if meta.get("is_write_index"):
                write = index
            else:
                old.append(index)
        if not write:
            if len(old) != 1:
                raise StoreError(f"别名 {alias} 指向多个索引但没有写入索引（is_write_index）：请运行 govwatch index status 检查")
            write, old = old[0], []
        gens = _Generations(write, sorted(old))
        if not cs.time_series:
            self._stable_generations[collection] = gens
        return gens

    # ---- document helpers --------------------------------------------------------------------------------
    def _body(self, cs: CollectionSpec, doc: Mapping[str, Any]) -> dict[str, Any]:
        body = {k: v for k, v in doc.items() if k not in META_KEYS and k not in es_docs.RESERVED_KEYS}
        body[tpl.ID_FIELD] = str(doc["_id"])
        if cs.time_field:
            stamp = timestamp_of(get_path(body, cs.time_field), self.time_zone)
            if stamp:
                body["@timestamp"] = stamp
            else:
                body.pop("@timestamp", None)
        return body

    @staticmethod
    def _doc(cs: CollectionSpec, doc_id: str, source: Mapping[str, Any] | None) -> Doc:
        doc = es_docs.restore(source or {})
        if cs.time_field:
            doc.pop("@timestamp", None)
        doc["_id"] = doc_id
        return doc

    def _locate(self, collection: str, ids: Sequence[str], indices: Sequence[str], *,
                source: bool) -> dict[str, tuple[str, Mapping[str, Any] | None]]:
        """Realtime lookup of ``ids`` in the given concrete indices: id → (index, _source or None)."""
        found: dict[str, tuple[str, Mapping[str, Any] | None]] = {}
        if not ids or not indices:
            return found
        pairs = [(i, index) for i in ids for index in indices]
        with self._errors(f"读取集合 {collection}"):
            for start in range(0, len(pairs), MGET_CHUNK):
                chunk = pairs[start:start + MGET_CHUNK]
                resp = self.client.mget(docs=[{"_index": index, "_id": i} for i, index in chunk],
                                        source=source, realtime=True)
                for item in resp.body.get("docs", []):
                    if item.get("found"):
                        found.setdefault(item["_id"], (item["_index"], item.get("_source")))
        return found

    def _prepare(self, collection: str, docs: Iterable[Doc]) -> Iterator[tuple[str, dict[str, Any]]]:
        cs = spec(collection)
        if isinstance(docs, Mapping):
            docs = [docs]
        for n, doc in enumerate(docs, 1):
            if not isinstance(doc, Mapping):
                raise StoreError(f"写入集合 {collection} 的第 {n} 个文档不是字典，而是 {type(doc).__name__}")
            try:
                full = with_id(collection, dict(doc))
            except (KeyError, ValueError, TypeError) as exc:
                raise StoreError(f"集合 {collection} 的第 {n} 个文档无法计算 id：{exc}") from exc
            full["_id"] = str(full["_id"])
            yield full["_id"], self._body(cs, full)

    def _index_actions(self, collection: str, docs: Iterable[Doc]) -> Iterator[dict[str, Any]]:
        """Bulk ``index`` actions; ids already stored in an older generation go to the index holding them."""
        alias = self.alias(collection)
        batch: list[tuple[str, dict[str, Any]]] = []

        def emit(items: list[tuple[str, dict[str, Any]]]) -> Iterator[dict[str, Any]]:
            gens = self._generations(collection)
            where: dict[str, str] = {}
            if gens.old:
                located = self._locate(collection, list(dict.fromkeys(i for i, _ in items)), gens.old, source=False)
                where = {i: index for i, (index, _) in located.items()}
            for doc_id, body in items:
                # a missing alias must fail the write, not auto-create an index without govwatch's mappings
                target = where.get(doc_id)
                yield {"_op_type": "index", "_index": target or alias, "_id": doc_id, "_source": body,
                       "_require_alias": target is None}

        for item in self._prepare(collection, docs):
            batch.append(item)
            if len(batch) >= self.bulk_max_docs:
                yield from emit(batch)
                batch = []
        if batch:
            yield from emit(batch)

    def _bulk_items(self, collection: str, actions: Iterable[dict[str, Any]],
                    what: str) -> Iterator[tuple[bool, dict[str, Any]]]:
        """Run bulk actions with 429 retries (whole request or single items); yield (ok, item) per action."""
        try:
            for success, info in helpers.streaming_bulk(
                    self.client, actions, chunk_size=self.bulk_max_docs, max_retries=self.max_retries,
                    initial_backoff=self.initial_backoff, max_backoff=60, raise_on_error=False,
                    raise_on_exception=True, yield_ok=True, refresh=self.refresh_mode,
                    expand_action_callback=_expand_action):
                yield success, next(iter(info.values()))
        except StoreError:
            raise
        except (ApiError, TransportError) as exc:
            raise explain_error(exc, self.url, f"{what}集合 {collection}") from exc

    def _bulk(self, collection: str, actions: Iterable[dict[str, Any]], what: str) -> tuple[list[dict], list[dict]]:
        results: list[dict] = []
        failed: list[dict] = []
        for success, item in self._bulk_items(collection, actions, what):
            (results if success else failed).append(item)
        return results, failed

    def _write(self, collection: str, actions: Iterable[dict[str, Any]], what: str) -> tuple[int, list[dict]]:
        """Index ``actions``; a document refused for a value that does not fit the index's mapping is written
        again with that value moved into ``@unindexed`` (``es_docs``). Return (written, failed items)."""
        written = 0
        failed: list[dict] = []
        for _ in range(es_docs.MAX_MOVES + 1):
            pending: dict[str, deque[dict[str, Any]]] = {}
            retry: list[dict[str, Any]] = []

            def tracked(batch: Iterable[dict[str, Any]],
                        pending: dict[str, deque[dict[str, Any]]] = pending) -> Iterator[dict[str, Any]]:
                for action in batch:
                    pending.setdefault(action["_id"], deque()).append(action)
                    yield action

            for success, item in self._bulk_items(collection, tracked(actions), what):
                queue = pending.get(str(item.get("_id")))
                action = queue.popleft() if queue else None
                if success:
                    written += 1
                    continue
                field = es_docs.conflicting_field(item.get("error"))
                moved = es_docs.move_aside(action["_source"], field) if action and field else None
                if moved is None:
                    failed.append(item)
                else:
                    log.warning("集合 %s 的文档 %s 的字段 %s 与已有映射冲突，该值已原样保存但不建索引", collection,
                                item.get("_id"), field)
                    retry.append({**action, "_source": moved})
            if not retry:
                return written, failed
            actions = retry
        return written, failed + [{"_id": a["_id"], "status": 400, "error": {
            "type": "document_parsing_exception", "reason": "too many fields conflict with the mapping"}}
            for a in actions]

    def _raise_failures(self, collection: str, failures: list[dict], written: int, what: str) -> None:
        if not failures:
            return
        rows = []
        busy = 0
        for item in failures:
            error = item.get("error")
            if isinstance(error, Mapping):
                reason = f"{error.get('type', '')}: {error.get('reason', '')}".strip(": ")
                caused = error.get("caused_by")
                if isinstance(caused, Mapping) and caused.get("reason"):
                    reason += f"（{caused.get('reason')}）"
            else:
                reason = str(error or item.get("result") or "")
            status = int(item.get("status") or 0)
            busy += status == 429
            rows.append((str(item.get("_id")), status, reason))
        listed = "；".join(f"{i}：{r}" for i, _, r in rows[:5]) + ("…" if len(rows) > 5 else "")
        message = f"{what}集合 {collection} 时有 {len(rows)} 条文档失败（另有 {written} 条成功）：{listed}"
        if busy == len(rows):
            raise StoreUnavailable(f"Elasticsearch 繁忙（429），重试 {self.max_retries} 次后仍拒绝写入：{message}")
        if any("require_alias" in r for _, _, r in rows):
            raise StoreWriteError(f"{message}。集合 {collection} 的写入别名 {self.alias(collection)} 不存在（govwatch 不会"
                                  "让 Elasticsearch 自动建一个没有中文分析器的索引）：请运行 govwatch index setup", rows, written)
        raise StoreWriteError(message, rows, written)

    # ---- Store interface -----------------------------------------------------------------------------------
    def upsert(self, collection: str, docs: Iterable[Doc]) -> int:
        spec(collection)
        written, failures = self._write(collection, self._index_actions(collection, docs), "写入")
        self._raise_failures(collection, failures, written, "写入")
        return written

    def bulk_writer(self, collection: str, *, max_docs: int | None = None,
                    max_seconds: float | None = None) -> ElasticsearchBulkWriter:
        writer = ElasticsearchBulkWriter(self, collection, max_docs=max_docs or self.bulk_max_docs,
                                         max_seconds=max_seconds or self.bulk_max_seconds)
        writer.start()
        return writer

    def update(self, collection: str, doc_id: str, fields: Mapping[str, Any]) -> Doc:
        """Shallow merge (``dict.update``), read-modify-write with optimistic concurrency (``if_seq_no``): no
        script runs on the cluster, and a merged value that conflicts with the mapping is moved aside as in
        ``upsert``."""
        cs = spec(collection)
        changes = {k: v for k, v in fields.items() if k not in META_KEYS and k not in es_docs.RESERVED_KEYS}
        for _ in range(UPDATE_ATTEMPTS):
            current = self._current(collection, doc_id)
            if current is None:
                raise StoreError(f"集合 {collection} 中没有 id 为 {doc_id!r} 的文档，无法更新")
            index, source, seq_no, primary_term = current
            merged = self._doc(cs, doc_id, source)
            merged.update(changes)
            merged["_id"] = doc_id
            action = {"_op_type": "index", "_index": index, "_id": doc_id, "_source": self._body(cs, merged),
                      "if_seq_no": seq_no, "if_primary_term": primary_term}
            written, failures = self._write(collection, [action], "更新")
            if written:
                return merged
            if not all(f.get("status") == 409 for f in failures):  # 409: changed meanwhile, read it again
                self._raise_failures(collection, failures, 0, "更新")
        raise StoreError(f"集合 {collection} 中 id 为 {doc_id!r} 的文档被其他写入者反复修改，更新未完成：请重试")

    def _current(self, collection: str, doc_id: str) -> tuple[str, Mapping[str, Any], int, int] | None:
        """(index, _source, _seq_no, _primary_term) of a document, realtime, in whichever generation holds it."""
        indices = self._generations(collection).all
        with self._errors(f"读取集合 {collection}"):
            resp = self.client.mget(docs=[{"_index": index, "_id": doc_id} for index in indices], realtime=True)
            for item in resp.body.get("docs", []):
                if not item.get("found"):
                    continue
                if "_seq_no" not in item:  # not in every mget answer of every version: ask the document API
                    try:
                        item = self.client.get(index=item["_index"], id=doc_id, realtime=True).body
                    except NotFoundError:
                        return None
                return item["_index"], item.get("_source") or {}, int(item["_seq_no"]), int(item["_primary_term"])
        return None

    def get(self, collection: str, doc_id: str) -> Doc | None:
        return self.get_many(collection, [doc_id]).get(doc_id)

    def get_many(self, collection: str, doc_ids: Iterable[str]) -> dict[str, Doc]:
        cs = spec(collection)
        ids = [str(i) for i in dict.fromkeys(doc_ids)]
        if not ids:
            return {}
        located = self._locate(collection, ids, self._generations(collection).all, source=True)
        return {i: self._doc(cs, i, located[i][1]) for i in ids if i in located}

    def _field_types(self, cs: CollectionSpec, filters: Filters | None = None,
                     sort: Sort | None = None) -> dict[str, set[str]]:
        """Mapped types, across the collection's indices, of the dynamically mapped fields a query filters or
        sorts on (cached for ``TYPE_CACHE_SECONDS``: a rollover generation maps its fields anew)."""
        if filters is not None and not isinstance(filters, Mapping):
            return {}  # the translator reports the error
        names = [n for n in es_query.fields_needing_types(cs, filters, sort) if not any(c in n for c in "*,?")]
        if not names:
            return {}
        now = time.monotonic()
        stale = [n for n in names if self._type_cache.get((cs.name, n), (0.0, set()))[0] <= now]
        if stale:
            with self._errors(f"读取集合 {cs.name} 的字段映射"):
                resp = self.client.indices.get_field_mapping(index=self.alias(cs.name), fields=stale)
            found: dict[str, set[str]] = {n: set() for n in stale}
            for info in (resp.body or {}).values():
                for full_name, field_info in ((info or {}).get("mappings") or {}).items():
                    for leaf in ((field_info or {}).get("mapping") or {}).values():
                        if isinstance(leaf, Mapping):
                            kind = leaf.get("type") or ("object" if "properties" in leaf else None)
                            if kind:
                                found.setdefault(full_name, set()).add(kind)
            for n in stale:
                self._type_cache[(cs.name, n)] = (now + TYPE_CACHE_SECONDS, found.get(n, set()))
        return {n: self._type_cache[(cs.name, n)][1] for n in names}

    def _query(self, cs: CollectionSpec, filters: Filters | None,
               types: Mapping[str, set[str]] | None = None) -> dict[str, Any]:
        if types is None:
            types = self._field_types(cs, filters)
        return es_query.filter_query(cs, filters, time_zone=self.time_zone, types=types)

    def scan(self, collection: str, filters: Filters | None = None, *, sort: Sort | None = None,
             limit: int | None = None, offset: int = 0) -> Iterator[Doc]:
        cs = spec(collection)
        if (limit is not None and limit < 0) or offset < 0:
            raise StoreError("limit 与 offset 不能为负数")
        types = self._field_types(cs, filters, sort)
        query = self._query(cs, filters, types)
        sort_spec = es_query.sort_clause(cs, sort, types)
        if limit == 0:
            return iter(())
        if limit is not None and offset + limit <= MAX_RESULT_WINDOW:
            return self._page(cs, query, sort_spec, offset, limit)
        return self._stream(cs, query, sort_spec, offset, limit)

    def _page(self, cs: CollectionSpec, query: dict, sort_spec: list, offset: int, limit: int) -> Iterator[Doc]:
        with self._errors(f"读取集合 {cs.name}"):
            resp = self.client.search(index=self.alias(cs.name), query=query, sort=sort_spec or None, from_=offset,
                                      size=limit, track_total_hits=False)
        for hit in resp.body["hits"]["hits"]:
            yield self._doc(cs, hit["_id"], hit.get("_source"))

    def _stream(self, cs: CollectionSpec, query: dict, sort_spec: list, offset: int,
                limit: int | None) -> Iterator[Doc]:
        """Every match, page by page over a point in time (consistent, no 10,000-hit window)."""
        with self._errors(f"读取集合 {cs.name}"):
            pit = self.client.open_point_in_time(index=self.alias(cs.name), keep_alive=PIT_KEEP_ALIVE).body["id"]
        sort_full = sort_spec or [{"_shard_doc": "asc"}]
        skipped = yielded = 0
        search_after = None
        try:
            while True:
                size = SCAN_PAGE if limit is None else min(SCAN_PAGE, offset + limit - skipped - yielded)
                kwargs: dict[str, Any] = {"pit": {"id": pit, "keep_alive": PIT_KEEP_ALIVE}, "query": query,
                                          "sort": sort_full, "size": size, "track_total_hits": False}
                if search_after is not None:
                    kwargs["search_after"] = search_after
                with self._errors(f"读取集合 {cs.name}"):
                    body = self.client.search(**kwargs).body
                pit = body.get("pit_id", pit)
                hits = body["hits"]["hits"]
                for hit in hits:
                    if skipped < offset:
                        skipped += 1
                        continue
                    yield self._doc(cs, hit["_id"], hit.get("_source"))
                    yielded += 1
                    if limit is not None and yielded >= limit:
                        return
                if len(hits) < size:
                    return
                search_after = hits[-1]["sort"]
        finally:
            with contextlib.suppress(Exception):
                self.client.close_point_in_time(id=pit)

    def search(self, collection: str, query: str, *, fields: Sequence[str] | None = None,
               filters: Filters | None = None, limit: int = 50, order: str = "relevance") -> list[Doc]:
        """See ``Store.search``. The order's tiers are scores that cannot overlap: an exact name scores 1000, a
        match in a name 100, a match elsewhere 1 per field; then newest first (the time field, then ``@id``)."""
        cs = spec(collection)
        q = (query or "").strip()
        if order not in SEARCH_ORDERS:
            raise StoreError(f"检索排序 {order!r} 只能是 {' / '.join(SEARCH_ORDERS)}")
        if not q:
            return list(self.scan(collection, filters, limit=limit))
        names = list(fields) if fields else list(dict.fromkeys(cs.text_fields + cs.name_fields))
        if not names:
            raise StoreError(f"集合 {collection} 没有可检索的文本字段；请用 fields= 指定要检索的字段")
        newest = [{cs.time_field: {"order": "desc", "unmapped_type": "date"}}] if cs.time_field else []
        newest.append({tpl.ID_FIELD: {"order": "desc", "unmapped_type": "keyword"}})
        sort = newest if order == "newest" else [{"_score": {"order": "desc"}}, *newest]
        with self._errors(f"检索集合 {collection}"):
            resp = self.client.search(index=self.alias(collection), query=self.search_query(cs, q, names, filters),
                                      sort=sort, size=max(0, min(int(limit), MAX_RESULT_WINDOW)),
                                      track_total_hits=False)
        return [self._doc(cs, hit["_id"], hit.get("_source")) for hit in resp.body["hits"]["hits"]]

    def search_query(self, cs: CollectionSpec, q: str, names: Sequence[str], filters: Filters | None) -> dict:
        """The query behind ``search``, best matches first. A document matches when one of:

        1. a searched name equals the query (constant high score);
        2. a searched CJK field contains the query's tokens as a contiguous sequence: every Han character in
           order and adjacent, Latin words and numbers as whole words, case- and width-insensitive, punctuation
           and spaces in the query ignored ("上海发布" finds "…驻上海发布会…", not "上海…海发…发布"; "上海 发布"
           also finds "上海发布"). Two clauses on the same field, both required: the query's character pairs
           (``match`` with the field's bigram-only search analyzer, a flat list of terms — no token graph, so
           no clause explosion for long queries; it leads the intersection with rare terms) and the phrase of
           its characters (``match_phrase`` with ``govwatch_chars``, whose tokens line up with the indexed
           unigrams);
        3. as-you-type on names: the tokens in order, the last one as a prefix (``search_as_you_type``, one
           token per Han character: "上海发" finds "上海发布", "布ab" finds "发布abc");
        4. a name contains the query as an exact substring (case-insensitive wildcard on the keyword); so does
           any searched field when the query has no letter, digit or Han character for the analyzers to keep.
        """
        def scored(clause: dict, name: str) -> dict:  # the tiers of Store.search: name matches outrank the rest
            return {"constant_score": {"filter": clause, "boost": 100.0 if name in cs.name_fields else 1.0}}

        should: list[dict[str, Any]] = []
        for name in names:
            if name in cs.name_fields:
                should.append({"constant_score": {"filter": {"term": {name: q}}, "boost": 1000.0}})
        for name, field_name in zip(names, tpl.fulltext_fields(cs, names)):
            should.append(scored({"bool": {"must": [
                {"match": {field_name: {"query": q, "operator": "and"}}},
                {"match_phrase": {field_name: {"query": q, "analyzer": tpl.CHAR_ANALYZER}}},
            ]}}, name))
        for field_name in tpl.suggest_fields(cs, names):
            should.append(scored({"match_phrase_prefix": {field_name: {"query": q}}}, cs.name_fields[0]))
        symbols_only = not any(ch.isalnum() for ch in q)
        for name in names:
            if name in cs.name_fields or symbols_only:
                should.append(scored(es_query.substring_clause(tpl.exact_field(cs, name), q), name))
        return {"bool": {"must": [{"bool": {"should": should, "minimum_should_match": 1}}],
                         "filter": es_query.filter_clauses(cs, filters, time_zone=self.time_zone,
                                                           types=self._field_types(cs, filters))}}

    def count(self, collection: str, filters: Filters | None = None) -> int:
        cs = spec(collection)
        query = self._query(cs, filters)
        with self._errors(f"统计集合 {collection}"):
            return int(self.client.count(index=self.alias(collection), query=query).body["count"])

    def delete(self, collection: str, doc_ids: Iterable[str]) -> int:
        spec(collection)
        if isinstance(doc_ids, str):
            doc_ids = [doc_ids]
        ids = [str(i) for i in dict.fromkeys(doc_ids)]
        if not ids:
            return 0
        located = self._locate(collection, ids, self._generations(collection).all, source=False)
        actions = [{"_op_type": "delete", "_index": index, "_id": i} for i, (index, _) in located.items()]
        if not actions:
            return 0
        results, failures = self._bulk(collection, actions, "删除")
        failures = [f for f in failures if f.get("status") != 404]  # deleted meanwhile: not an error
        deleted = sum(1 for r in results if r.get("result") == "deleted")
        self._raise_failures(collection, failures, deleted, "删除")
        return deleted

    def refresh(self, collection: str | None = None) -> None:
        target = self.alias(collection) if collection else f"{self.prefix}-*"
        with self._errors("刷新索引"):
            self.client.indices.refresh(index=target, allow_no_indices=True)
