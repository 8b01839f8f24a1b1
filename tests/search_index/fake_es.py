"""An imitation of an Elasticsearch 8 HTTP server that refuses what Elasticsearch refuses.

It answers the requests the official client sends for the calls ``ElasticsearchStore`` makes (info, ILM,
component and composable index templates, index creation, aliases, bulk, mget, get, count, search, point in
time, field mappings, cat indices, ILM explain), records every request (method, path, query, JSON body) for
assertions, and can be told to misbehave (401/403, no ``X-Elastic-Product`` header, an old version, 429 on the
next N bulk requests, per-id bulk rejections). It binds 127.0.0.1 on an ephemeral port; writes are visible at
once.

Documents are parsed against real mappings (``fake_es_mapping``: dynamic templates, ``ignore_above``,
``ignore_malformed``, object/value conflicts, metadata fields), analyzed with the configured analyzers
(``fake_es_analysis``, checked on real Lucene by ``test_lucene_analysis.py``) and searched with Elasticsearch's
semantics and limits (``fake_es_query``). Strictness rules of the server itself, each with what it imitates
(source paths under https://github.com/elastic/elasticsearch/blob/main/server/src/main/java/org/elasticsearch/):

- a component template is validated standalone: its mappings are parsed with *its own* settings only, so an
  analyzer (also in a dynamic template), normalizer or similarity defined in another component is unknown
  (cluster/metadata/MetadataIndexTemplateService.java, ``addComponentTemplate`` → ``validateTemplate``);
- a composable index template must name existing component templates (``validateV2TemplateRequest``: "index
  template [%s] specifies component templates %s that do not exist") and is validated after composition with
  them (``validateIndexTemplateV2`` → ``validateCompositeTemplate``: "composable template [%s] template after
  composition with component templates %s is invalid"); so is every index template using a component that is
  replaced;
- a new index gets the settings and mappings of the highest-priority matching index template composed with its
  components (cluster/metadata/MetadataCreateIndexService.java); a bulk write to a missing index creates it
  (``action.auto_create_index`` defaults to true, action/support/AutoCreateIndex.java) — with no template if
  none matches, so with Elasticsearch's default dynamic mapping;
- ``require_alias`` on a bulk item whose target is not an alias fails that item with 404 "no such index [%s]
  and [require_alias] request flag is [true] and [%s] is not an alias" (action/bulk/TransportBulkAction.java,
  ``DocWriteRequest.REQUIRE_ALIAS``; bulk API reference, https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-bulk);
- ``if_seq_no``/``if_primary_term`` that do not match fail with 409 ``version_conflict_engine_exception``
  (index/engine/InternalEngine.java; https://www.elastic.co/docs/reference/elasticsearch/rest-apis/optimistic-concurrency-control);
- an alias with several indices and no write index refuses writes ("no write index is defined for alias [%s]",
  cluster/metadata/IndexAbstraction.java);
- searching a missing concrete index is 404 ``index_not_found_exception`` (IndexNameExpressionResolver.java).

``refused()`` lists the requests answered with an error: the contract suite and the tests that run the review
UI, the nightly pipeline and the demo on this fake assert that it stays empty — every request the backend sends
is one Elasticsearch accepts.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.search_index import fake_es_query as dsl
from tests.search_index.fake_es_mapping import (
    Analysis,
    EsError,
    IndexedDoc,
    Mapping,
    Unsupported,
    flatten_settings,
    index_setting,
    parse_document,
    unflatten,
)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int = 0  # the answer's status and error type, filled in when answered
    error: str = ""


@dataclass
class FakeIndex:
    name: str
    mapping: Mapping
    settings: dict[str, Any] = field(default_factory=dict)  # flat, "index."-prefixed
    aliases: dict[str, dict[str, Any]] = field(default_factory=dict)
    docs: dict[str, IndexedDoc] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)
    next_seq: int = 0

    def sources(self) -> dict[str, dict[str, Any]]:
        return {i: d.source for i, d in self.docs.items()}


def not_found(kind: str, reason: str, **extra: Any) -> EsError:
    exc = EsError(404, kind, reason)
    exc.extra = extra  # type: ignore[attr-defined]
    return exc


def merge_mappings(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in (extra or {}).items():
        if key == "properties":
            out["properties"] = _merge_props(out.get("properties") or {}, value)
        elif key == "dynamic_templates":
            names = {next(iter(t)) for t in value}
            out["dynamic_templates"] = [t for t in out.get("dynamic_templates") or [] if next(iter(t)) not in names] \
                + list(value)
        else:
            out[key] = value
    return out


def _merge_props(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for name, spec in b.items():
        if name in out and "properties" in out[name] and "properties" in spec:
            out[name] = {**out[name], **spec, "properties": _merge_props(out[name]["properties"], spec["properties"])}
        else:
            out[name] = spec
    return out


class FakeElasticsearch:
    def __init__(self) -> None:
        self.version = "8.15.3"
        self.distribution: str | None = None
        self.product_header = True
        self.fail_status: int | None = None  # answer every request with this status (401, 403…)
        self.bulk_429 = 0  # reject this many bulk requests as a whole with 429
        self.reject_ids: dict[str, tuple[int, str]] = {}  # id → (status, error type) for bulk items
        self.auto_create_index = True  # action.auto_create_index (Elasticsearch's default: true)
        self.ilm_errors: dict[str, str] = {}  # index → reason, reported by ILM explain as a failed step
        self.indices: dict[str, FakeIndex] = {}
        self.component_templates: dict[str, dict[str, Any]] = {}
        self.index_templates: dict[str, dict[str, Any]] = {}
        self.ilm_policies: dict[str, dict[str, Any]] = {}
        self.requests: list[Request] = []
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._pits: dict[str, list[tuple[str, Mapping, list[IndexedDoc]]]] = {}

    # ---- lifecycle ---------------------------------------------------------------------------------------
    def start(self) -> FakeElasticsearch:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = 1 << 16  # one write per response (no Nagle / delayed-ACK stalls)
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                status, body = fake.dispatch(self.command, self.path, raw)
                data = b"" if body is None else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                if fake.product_header:
                    self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # ---- helpers for tests ---------------------------------------------------------------------------------
    def add_index(self, name: str, aliases: dict[str, dict] | None = None,
                  docs: dict[str, dict] | None = None) -> FakeIndex:
        with self.lock:
            index = self._create_index(name, {"aliases": aliases or {}})
            for doc_id, source in (docs or {}).items():
                self._put_doc(index, doc_id, source)
            return index

    def put_docs(self, index: str, docs: dict[str, dict]) -> None:
        """Index documents directly (parsed and mapped as a bulk write would)."""
        with self.lock:
            for doc_id, source in docs.items():
                self._put_doc(self.indices[index], doc_id, source)

    def find(self, method: str, path_prefix: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]

    def all_docs(self, alias: str) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for name in self._resolve(alias):
            for doc_id, doc in self.indices[name].docs.items():
                assert doc_id not in out, f"id {doc_id} stored in two generations"
                out[doc_id] = doc.source
        return out

    # ---- request handling -------------------------------------------------------------------------------
    def dispatch(self, method: str, raw_path: str, raw: bytes) -> tuple[int, Any]:
        parts = urlsplit(raw_path)
        path = unquote(parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if path.endswith("/_bulk"):
            body: Any = [json.loads(line) for line in raw.decode().splitlines() if line.strip()]
        else:
            body = json.loads(raw) if raw else None
        with self.lock:
            request = Request(method, path, query, body)
            self.requests.append(request)
            status, answer = self._answer(method, path, query, body)
            request.status = status
            if isinstance(answer, dict) and isinstance(answer.get("error"), dict):
                error = answer["error"]
                request.error = (error.get("caused_by") or {}).get("type") or error.get("type", "")
            return status, answer

    def refused(self) -> list[Request]:
        """Requests answered with an error (what a real cluster would have refused, or the fake cannot do)."""
        return [r for r in self.requests if r.status >= 400]

    def _answer(self, method: str, path: str, query: dict, body: Any) -> tuple[int, Any]:
        if self.fail_status:
            kind = {401: "security_exception", 403: "security_exception"}.get(self.fail_status, "error")
            return self.fail_status, {"error": {"type": kind, "reason": "action is unauthorized",
                                                "root_cause": [{"type": kind, "reason": "unauthorized"}]},
                                      "status": self.fail_status}
        try:
            return self._route(method, path, query, body)
        except EsError as exc:
            out = exc.body()
            out["error"].update(getattr(exc, "extra", {}))
            return exc.status, out
        except Unsupported as exc:
            return 400, {"error": {"type": "fake_unsupported", "reason": str(exc),
                                   "root_cause": [{"type": "fake_unsupported", "reason": str(exc)}]},
                         "status": 400}
        except Exception as exc:  # noqa: BLE001 - a bug in the fake: answer 500 so the test shows it
            return 500, {"error": {"type": "fake_internal_error", "reason": repr(exc)}, "status": 500}

    def _route(self, method: str, path: str, query: dict, body: Any) -> tuple[int, Any]:
        seg = [s for s in path.split("/") if s]
        ack = (200, {"acknowledged": True})
        if not seg:
            version: dict[str, Any] = {"number": self.version, "build_flavor": "default"}
            if self.distribution:
                version["distribution"] = self.distribution
            return 200, {"name": "fake", "cluster_name": "fake", "version": version, "tagline": "You Know, for Search"}
        head = seg[0]
        if head == "_ilm" and seg[1:2] == ["policy"]:
            return self._ilm_policy(method, seg[2], body)
        if head == "_component_template":
            return self._component_template(method, seg[1], body)
        if head == "_index_template":
            return self._index_template(method, seg[1], body)
        if seg == ["_bulk"]:
            return self._bulk(query, body)
        if seg == ["_mget"]:
            return self._mget(query, body)
        if head == "_alias" and len(seg) == 2:
            holders = [n for n, ix in self.indices.items() if seg[1] in ix.aliases]
            if not holders:
                return 404, {"error": f"alias [{seg[1]}] missing", "status": 404}
            return 200, {n: {"aliases": {seg[1]: self.indices[n].aliases[seg[1]]}} for n in holders}
        if seg[:2] == ["_cat", "indices"]:
            names = self._resolve(seg[2], must_exist=False) if len(seg) > 2 else list(self.indices)
            return 200, [{"index": n, "health": "green", "status": "open",
                          "docs.count": str(len(self.indices[n].docs))} for n in names]
        if seg == ["_pit"] and method == "DELETE":
            self._pits.pop(body["id"], None)
            return 200, {"succeeded": True, "num_freed": 1}
        if seg == ["_search"]:
            return self._pit_search(body)
        target = seg[0]
        if len(seg) == 1:
            if method == "PUT":
                if target in self.indices:
                    raise EsError(400, "resource_already_exists_exception", f"index [{target}] already exists")
                self._create_index(target, body or {})
                return 200, {"acknowledged": True, "shards_acknowledged": True, "index": target}
            if method == "DELETE":
                for name in target.split(","):
                    self.indices.pop(name, None)
                return ack
        sub = seg[1]
        if sub in ("_alias", "_aliases"):
            if len(seg) == 2:
                names = self._resolve(target, must_exist=False)
                return 200, {n: {"aliases": self.indices[n].aliases} for n in names}
            if method == "PUT":
                self.indices[target].aliases[seg[2]] = {"is_write_index": bool((body or {}).get("is_write_index"))}
                return ack
        if sub == "_mapping":
            if method == "PUT":
                for name in self._resolve(target):
                    self.indices[name].mapping.merge({"properties": (body or {}).get("properties") or {}})
                return ack
            if seg[2:3] == ["field"]:
                return 200, self._field_mappings(target, seg[3].split(","))
        if sub == "_ilm" and seg[2:3] == ["explain"]:
            return 200, self._ilm_explain(target)
        if sub == "_refresh":
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if sub == "_doc" and method == "GET":
            return self._get(target, seg[2])
        if sub == "_doc" and method in ("PUT", "POST"):  # the single-document index API
            meta: dict[str, Any] = {"_index": target, "_id": seg[2]}
            for key in ("if_seq_no", "if_primary_term"):
                if key in query:
                    meta[key] = int(query[key])
            item = self._bulk_item("index", meta, body, query)
            return item["status"], {k: v for k, v in item.items() if k != "status"}
        if sub in ("_count", "_search"):
            indices = self._search_view(target, query)
            hits = dsl.run(indices, body or {})
            if sub == "_count":
                return 200, {"count": len(hits)}
            start = int((body or {}).get("from", 0))
            size = int((body or {}).get("size", 10))
            return 200, {"hits": {"hits": [self._hit(h) for h in hits[start:start + size]]}}
        if sub == "_pit":
            pit_id = f"pit-{len(self._pits) + 1}"
            self._pits[pit_id] = [(n, m, list(docs)) for n, m, docs in self._search_view(target, query)]
            return 200, {"id": pit_id}
        raise Unsupported(f"{method} {path} not imitated")

    # ---- templates and policies ----------------------------------------------------------------------------
    def _ilm_policy(self, method: str, name: str, body: Any) -> tuple[int, Any]:
        if method == "PUT":
            old = self.ilm_policies.get(name)
            self.ilm_policies[name] = {"version": (old or {}).get("version", 0) + 1, "policy": body["policy"]}
            return 200, {"acknowledged": True}
        if method == "DELETE":
            self.ilm_policies.pop(name, None)
            return 200, {"acknowledged": True}
        if name not in self.ilm_policies:
            raise not_found("resource_not_found_exception", f"Lifecycle policy not found: {name}")
        return 200, {name: self.ilm_policies[name]}

    @staticmethod
    def _validate(settings: dict[str, Any], mappings: dict[str, Any] | None) -> Mapping:
        mapping = Mapping(Analysis.from_settings(settings),
                          ignore_malformed=bool(index_setting(settings, "mapping.ignore_malformed")))
        mapping.merge(mappings)
        return mapping

    def _component_template(self, method: str, name: str, body: Any) -> tuple[int, Any]:
        if method == "DELETE":
            using = [n for n, t in self.index_templates.items() if name in t.get("composed_of", [])]
            if using:
                raise EsError(400, "illegal_argument_exception", f"component templates [{name}] cannot be removed "
                                                                 f"as they are still in use by index templates {using}")
            self.component_templates.pop(name, None)
            return 200, {"acknowledged": True}
        if method == "GET":
            if name not in self.component_templates:
                raise not_found("resource_not_found_exception", f"component template matching [{name}] not found")
            return 200, {"component_templates": [{"name": name, "component_template": self.component_templates[name]}]}
        template = body.get("template") or {}
        # MetadataIndexTemplateService#addComponentTemplate → validateTemplate: the component on its own
        try:
            self._validate(template.get("settings") or {}, template.get("mappings"))
        except EsError as exc:
            raise EsError(400, exc.kind, exc.reason, exc.caused_by) from None
        old = self.component_templates.get(name)
        self.component_templates[name] = body
        try:  # every index template using it must stay valid after composition
            for tname, t in self.index_templates.items():
                if name in t.get("composed_of", []):
                    self._validate_composite(tname, t)
        except EsError:
            if old is None:
                del self.component_templates[name]
            else:
                self.component_templates[name] = old
            raise
        return 200, {"acknowledged": True}

    def _composed(self, template: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """Settings (flat) and mappings of an index template composed with its component templates."""
        settings: dict[str, Any] = {}
        mappings: dict[str, Any] = {}
        for part in [self.component_templates[c]["template"] for c in template.get("composed_of", [])] + \
                [template.get("template") or {}]:
            settings.update(flatten_settings(part.get("settings") or {}))
            mappings = merge_mappings(mappings, part.get("mappings") or {})
        return settings, mappings

    def _validate_composite(self, name: str, template: dict[str, Any]) -> None:
        missing = [c for c in template.get("composed_of", []) if c not in self.component_templates]
        if missing:
            raise EsError(400, "invalid_index_template_exception",
                          f"index_template [{name}] invalid, cause [index template [{name}] specifies component "
                          f"templates {missing} that do not exist]")
        settings, mappings = self._composed(template)
        try:
            self._validate(unflatten(settings), mappings)
        except EsError as exc:
            raise EsError(400, "illegal_argument_exception",
                          f"composable template [{name}] template after composition with component templates "
                          f"{template.get('composed_of', [])} is invalid",
                          {"type": exc.kind, "reason": exc.reason}) from None

    def _index_template(self, method: str, name: str, body: Any) -> tuple[int, Any]:
        if method == "DELETE":
            self.index_templates.pop(name, None)
            return 200, {"acknowledged": True}
        if method == "GET":
            if name not in self.index_templates:
                raise not_found("resource_not_found_exception", f"index template matching [{name}] not found")
            return 200, {"index_templates": [{"name": name, "index_template": self.index_templates[name]}]}
        self._validate_composite(name, body)
        self.index_templates[name] = body
        return 200, {"acknowledged": True}

    # ---- indices -----------------------------------------------------------------------------------------
    def _create_index(self, name: str, body: dict[str, Any]) -> FakeIndex:
        matching = [(t.get("priority", 0), n, t) for n, t in self.index_templates.items()
                    if any(fnmatch.fnmatchcase(name, p) for p in t.get("index_patterns", []))]
        settings: dict[str, Any] = {}
        mappings: dict[str, Any] = {}
        if matching:
            _, _, template = max(matching, key=lambda m: m[0])
            settings, mappings = self._composed(template)
        settings.update(flatten_settings(body.get("settings") or {}))
        mappings = merge_mappings(mappings, body.get("mappings") or {})
        mapping = self._validate(unflatten(settings), mappings)
        index = self.indices[name] = FakeIndex(name, mapping, settings,
                                               {a: dict(v or {}) for a, v in (body.get("aliases") or {}).items()})
        return index

    def _is_alias(self, name: str) -> bool:
        return any(name in ix.aliases for ix in self.indices.values())

    def _resolve(self, target: str, *, must_exist: bool = True) -> list[str]:
        names: list[str] = []
        for part in target.split(","):
            if part in self.indices:
                names.append(part)
                continue
            found = [n for n, ix in sorted(self.indices.items()) if part in ix.aliases or
                     ("*" in part and fnmatch.fnmatchcase(n, part))]
            if not found and must_exist and "*" not in part:
                raise not_found("index_not_found_exception", f"no such index [{part}]", index=part)
            names += found
        return list(dict.fromkeys(names))

    def _write_index(self, target: str) -> str | None:
        if target in self.indices:
            return target
        holders = [n for n, ix in self.indices.items() if target in ix.aliases]
        if not holders:
            return None
        for name in holders:
            if self.indices[name].aliases[target].get("is_write_index"):
                return name
        if len(holders) == 1:
            return holders[0]
        raise EsError(400, "illegal_argument_exception",
                      f"no write index is defined for alias [{target}]. The write index may be explicitly disabled "
                      "using is_write_index=false or the alias points to multiple indices without one being "
                      "designated as a write index")

    def _put_doc(self, index: FakeIndex, doc_id: str, source: dict[str, Any]) -> None:
        index.docs[doc_id] = parse_document(index.mapping, doc_id, source)
        index.seq[doc_id] = index.next_seq
        index.next_seq += 1

    def _search_view(self, target: str, query: dict) -> list[tuple[str, Mapping, list[IndexedDoc]]]:
        names = self._resolve(target, must_exist=query.get("ignore_unavailable") != "true")
        return [(n, self.indices[n].mapping, list(self.indices[n].docs.values())) for n in names]

    @staticmethod
    def _hit(h: dsl.Hit) -> dict[str, Any]:
        return {"_index": h.index, "_id": h.doc.id, "_source": h.doc.source, "_score": h.score}

    def _field_mappings(self, target: str, fields: list[str]) -> dict[str, Any]:
        out = {}
        for name in self._resolve(target):
            mapping = self.indices[name].mapping
            found = {}
            for f in fields:
                kind = mapping.type_of(f)
                if kind == "object":
                    found[f] = {"full_name": f, "mapping": {f.rsplit(".", 1)[-1]: {"properties": {}}}}
                elif kind:
                    found[f] = {"full_name": f, "mapping": {f.rsplit(".", 1)[-1]: {"type": kind}}}
            out[name] = {"mappings": found}
        return out

    def _ilm_explain(self, target: str) -> dict[str, Any]:
        out = {}
        for name in self._resolve(target, must_exist=False):
            policy = self.indices[name].settings.get("index.lifecycle.name")
            if not policy:
                continue
            info: dict[str, Any] = {"index": name, "managed": True, "policy": policy, "phase": "hot",
                                    "action": "rollover", "step": "check-rollover-ready"}
            if name in self.ilm_errors:
                info.update(step="ERROR", failed_step="check-rollover-ready",
                            step_info={"type": "illegal_argument_exception", "reason": self.ilm_errors[name]})
            out[name] = info
        return {"indices": out}

    # ---- documents -----------------------------------------------------------------------------------------
    def _get(self, index_name: str, doc_id: str) -> tuple[int, Any]:
        index = self.indices.get(index_name)
        if index is None:
            raise not_found("index_not_found_exception", f"no such index [{index_name}]", index=index_name)
        doc = index.docs.get(doc_id)
        if doc is None:
            return 404, {"_index": index_name, "_id": doc_id, "found": False}
        return 200, {"_index": index_name, "_id": doc_id, "_version": 1, "_seq_no": index.seq[doc_id],
                     "_primary_term": 1, "found": True, "_source": doc.source}

    def _mget(self, query: dict, body: dict) -> tuple[int, Any]:
        out = []
        with_source = query.get("_source", "true") != "false"
        for spec in body["docs"]:
            index = self.indices.get(spec["_index"])
            doc = index.docs.get(spec["_id"]) if index else None
            item: dict[str, Any] = {"_index": spec["_index"], "_id": spec["_id"], "found": doc is not None}
            if doc is not None and index is not None:
                item.update(_version=1, _seq_no=index.seq[spec["_id"]], _primary_term=1)
                if with_source:
                    item["_source"] = doc.source
            out.append(item)
        return 200, {"docs": out}

    def _bulk(self, query: dict, lines: list) -> tuple[int, Any]:
        if self.bulk_429:
            self.bulk_429 -= 1
            return 429, {"error": {"type": "es_rejected_execution_exception", "reason": "rejected execution"},
                         "status": 429}
        items = []
        i = 0
        while i < len(lines):
            action = lines[i]
            op, meta = next(iter(action.items()))
            i += 1
            source = None
            if op in ("index", "create", "update"):
                source = lines[i]
                i += 1
            try:
                items.append({op: self._bulk_item(op, meta, source, query)})
            except EsError as exc:
                items.append({op: {"_index": meta.get("_index"), "_id": meta.get("_id"), "status": exc.status,
                                   "error": {**exc.item(), **getattr(exc, "extra", {})}}})
        return 200, {"took": 1, "errors": any("error" in next(iter(x.values())) for x in items), "items": items}

    def _bulk_item(self, op: str, meta: dict, source: Any, query: dict) -> dict[str, Any]:
        doc_id = meta.get("_id")
        if doc_id in self.reject_ids:
            status, kind = self.reject_ids[doc_id]
            raise EsError(status, kind, "rejected")
        if op not in ("index", "delete"):
            raise Unsupported(f"bulk {op}")
        target = meta["_index"]
        require_alias = bool(meta.get("require_alias")) or query.get("require_alias") == "true"
        if require_alias and not self._is_alias(target):
            raise not_found("index_not_found_exception", f"no such index [{target}] and [require_alias] request flag "
                                                         f"is [true] and [{target}] is not an alias", index=target)
        name = self._write_index(target)
        if name is None:
            if op == "delete" or not self.auto_create_index:
                raise not_found("index_not_found_exception", f"no such index [{target}]", index=target)
            name = self._create_index(target, {}).name
        index = self.indices[name]
        if op == "delete":
            found = index.docs.pop(doc_id, None) is not None
            return {"_index": name, "_id": doc_id, "status": 200 if found else 404,
                    "result": "deleted" if found else "not_found"}
        if "if_seq_no" in meta or "if_primary_term" in meta:
            current = index.seq.get(doc_id) if doc_id in index.docs else None
            if current != meta.get("if_seq_no") or meta.get("if_primary_term") != 1:
                raise EsError(409, "version_conflict_engine_exception",
                              f"[{doc_id}]: version conflict, required seqNo [{meta.get('if_seq_no')}], primary term "
                              f"[{meta.get('if_primary_term')}]. current document has seqNo [{current}] and primary "
                              "term [1]" if current is not None else f"[{doc_id}]: version conflict, required seqNo "
                                                                     f"[{meta.get('if_seq_no')}], primary term "
                                                                     f"[{meta.get('if_primary_term')}]. but no "
                                                                     "document was found")
        created = doc_id not in index.docs
        self._put_doc(index, doc_id, source)
        return {"_index": name, "_id": doc_id, "status": 201 if created else 200,
                "result": "created" if created else "updated", "_seq_no": index.seq[doc_id], "_primary_term": 1}

    def _pit_search(self, body: dict) -> tuple[int, Any]:
        """Point-in-time paging: the snapshot taken when the PIT opened; ``sort`` values are positions."""
        pit_id = body["pit"]["id"]
        hits = dsl.run(self._pits[pit_id], body)
        start = int(body["search_after"][-1]) + 1 if body.get("search_after") else 0
        size = int(body.get("size", 10))
        page = [{**self._hit(h), "sort": [start + k]} for k, h in enumerate(hits[start:start + size])]
        return 200, {"pit_id": pit_id, "hits": {"hits": page}}
