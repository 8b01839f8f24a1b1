"""A small imitation of an Elasticsearch 8 HTTP server for unit tests of the Elasticsearch backend.

It answers the requests the official client sends for the calls ``ElasticsearchStore`` makes (info, templates,
ILM, aliases, index creation, bulk, mget, update, count, point-in-time paging, cat indices, field mappings) from
an in-memory set of indices, records every request (method, path, query, JSON body) for assertions, and can be
told to misbehave: answer 401/403, leave out the ``X-Elastic-Product`` header, claim an old version, or reject
the next N bulk requests with 429. It binds 127.0.0.1 on an ephemeral port. Queries are evaluated by an
approximation of Elasticsearch's semantics (``fake_es_query.py``); documents are visible at once.
"""

from __future__ import annotations

import fnmatch
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.search_index import fake_es_query as dsl


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any


@dataclass
class FakeIndex:
    aliases: dict[str, dict[str, Any]] = field(default_factory=dict)
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)


class FakeElasticsearch:
    def __init__(self) -> None:
        self.version = "8.15.3"
        self.distribution: str | None = None
        self.product_header = True
        self.fail_status: int | None = None  # answer every request with this status (401, 403…)
        self.bulk_429 = 0  # reject this many bulk requests as a whole with 429
        self.reject_ids: dict[str, tuple[int, str]] = {}  # id → (status, error type) for bulk items
        self.field_types: dict[str, str] = {}  # field → mapped type for the field-mapping API
        self.indices: dict[str, FakeIndex] = {}
        self.templates: dict[str, dict] = {}
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._pits: dict[str, list[tuple[str, str, dict]]] = {}

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
        index = self.indices[name] = FakeIndex(aliases=dict(aliases or {}), docs=dict(docs or {}))
        return index

    def find(self, method: str, path_prefix: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]

    def all_docs(self, alias: str) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for name in self._resolve(alias):
            for doc_id, doc in self.indices[name].docs.items():
                assert doc_id not in out, f"id {doc_id} stored in two generations"
                out[doc_id] = doc
        return out

    # ---- request handling -------------------------------------------------------------------------------
    def _resolve(self, target: str) -> list[str]:
        names = []
        for part in target.split(","):
            if part in self.indices:
                names.append(part)
                continue
            names += [n for n, ix in sorted(self.indices.items())
                      if part in ix.aliases or fnmatch.fnmatchcase(n, part)]
        return list(dict.fromkeys(names))

    def _write_index(self, target: str) -> str | None:
        if target in self.indices:
            return target
        holders = [n for n, ix in self.indices.items() if target in ix.aliases]
        for name in holders:
            if self.indices[name].aliases[target].get("is_write_index"):
                return name
        return holders[0] if len(holders) == 1 else None

    def dispatch(self, method: str, raw_path: str, raw: bytes) -> tuple[int, Any]:
        parts = urlsplit(raw_path)
        path = unquote(parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if path.endswith("/_bulk"):
            body: Any = [json.loads(line) for line in raw.decode().splitlines() if line.strip()]
        else:
            body = json.loads(raw) if raw else None
        with self.lock:
            self.requests.append(Request(method, path, query, body))
            if self.fail_status:
                kind = {401: "security_exception", 403: "security_exception"}.get(self.fail_status, "error")
                return self.fail_status, {"error": {"type": kind, "reason": "action is unauthorized",
                                                    "root_cause": [{"type": kind, "reason": "unauthorized"}]},
                                          "status": self.fail_status}
            return self._route(method, path, query, body)

    def _route(self, method: str, path: str, query: dict, body: Any) -> tuple[int, Any]:
        seg = [s for s in path.split("/") if s]
        ack = (200, {"acknowledged": True})
        if not seg:
            version: dict[str, Any] = {"number": self.version, "build_flavor": "default"}
            if self.distribution:
                version["distribution"] = self.distribution
            return 200, {"name": "fake", "cluster_name": "fake", "version": version, "tagline": "You Know, for Search"}
        if seg[0] == "_index_template" and method == "PUT":
            self.templates[seg[1]] = body
            return ack
        if seg[0] in ("_ilm", "_component_template", "_index_template") and method in ("PUT", "DELETE"):
            return ack
        if len(seg) == 1 and method == "DELETE":
            for name in seg[0].split(","):
                self.indices.pop(name, None)
            return ack
        if seg == ["_bulk"]:
            return self._bulk(query, body)
        if seg == ["_mget"]:
            return self._mget(body)
        if seg[0] == "_alias" and len(seg) == 2:
            holders = [n for n, ix in self.indices.items() if seg[1] in ix.aliases]
            if not holders:
                return 404, {"error": f"alias [{seg[1]}] missing", "status": 404}
            return 200, {n: {"aliases": {seg[1]: self.indices[n].aliases[seg[1]]}} for n in holders}
        if seg[:2] == ["_cat", "indices"]:
            names = self._resolve(seg[2]) if len(seg) > 2 else list(self.indices)
            return 200, [{"index": n, "health": "green", "status": "open", "docs.count": str(len(self.indices[n].docs))}
                         for n in names]
        if seg == ["_pit"] and method == "DELETE":
            self._pits.pop(body["id"], None)
            return 200, {"succeeded": True, "num_freed": 1}
        if seg == ["_search"]:
            return self._pit_search(body)
        if len(seg) == 1 and method == "PUT":
            if seg[0] in self.indices:
                return 400, {"error": {"type": "resource_already_exists_exception",
                                       "reason": f"index [{seg[0]}] already exists"}, "status": 400}
            index = self.add_index(seg[0], aliases=(body or {}).get("aliases"))
            index.body = body or {}
            for template in self.templates.values():
                if any(fnmatch.fnmatchcase(seg[0], p) for p in template["index_patterns"]):
                    props = template["template"]["mappings"]["properties"]
                    index.mapping.update({"@timestamp": "date", **dsl.explicit_types(props)})
            return 200, {"acknowledged": True, "shards_acknowledged": True, "index": seg[0]}
        target = seg[0]
        if len(seg) >= 2 and seg[1] == "_alias" and len(seg) == 2:
            names = self._resolve(target)
            return 200, {n: {"aliases": self.indices[n].aliases} for n in names}
        if len(seg) == 3 and seg[1] in ("_alias", "_aliases") and method == "PUT":
            self.indices[target].aliases[seg[2]] = {"is_write_index": bool((body or {}).get("is_write_index"))}
            return ack
        if seg[1:] == ["_mapping"] and method == "PUT":
            return ack
        if seg[1:3] == ["_mapping", "field"]:
            out = {}
            for name in self._resolve(target):
                types = {**self.indices[name].mapping, **self.field_types}
                maps = {f: {"full_name": f, "mapping": {f.split(".")[-1]: {"type": types[f]}}}
                        for f in seg[3].split(",") if f in types}
                out[name] = {"mappings": maps}
            return 200, out
        if seg[1:] == ["_refresh"]:
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if seg[1:] in (["_count"], ["_search"]):
            names = self._resolve(target)
            rows = [(n, i, d) for n in names for i, d in self.indices[n].docs.items()]
            try:
                hits = dsl.run(rows, self._mapping(names), body or {})
            except dsl.Unsupported as exc:
                return 400, {"error": {"type": "fake_unsupported", "reason": str(exc)}, "status": 400}
            if seg[1] == "_count":
                return 200, {"count": len(hits)}
            start = int((body or {}).get("from", 0))
            size = int((body or {}).get("size", 10))
            return 200, {"hits": {"hits": [{"_index": n, "_id": i, "_source": d, "_score": sc}
                                           for n, i, d, sc in hits[start:start + size]]}}
        if seg[1:] == ["_pit"]:
            pit_id = f"pit-{len(self._pits) + 1}"
            names = self._resolve(target)
            self._pits[pit_id] = ([(n, i, dict(d)) for n in names for i, d in self.indices[n].docs.items()],
                                  self._mapping(names))
            return 200, {"id": pit_id}
        if len(seg) == 3 and seg[1] == "_update":
            index = self.indices.get(target)
            if index is None or seg[2] not in index.docs:
                return 404, {"error": {"type": "document_missing_exception", "reason": "missing"}, "status": 404}
            doc = index.docs[seg[2]]
            doc.update(body["script"]["params"]["fields"])  # what MERGE_SCRIPT does
            dsl.learn(index.mapping, doc)
            return 200, {"_index": target, "_id": seg[2], "result": "updated", "get": {"_source": doc}}
        return 400, {"error": {"type": "fake_unsupported", "reason": f"{method} {path} not imitated"}, "status": 400}

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
            doc_id = meta.get("_id")
            if doc_id in self.reject_ids:
                status, kind = self.reject_ids[doc_id]
                items.append({op: {"_id": doc_id, "status": status, "error": {"type": kind, "reason": "rejected"}}})
                continue
            index = self._write_index(meta["_index"])
            if index is None:
                items.append({op: {"_id": doc_id, "status": 404, "error": {"type": "index_not_found_exception",
                                                                           "reason": meta["_index"]}}})
                continue
            docs = self.indices[index].docs
            if op == "delete":
                found = docs.pop(doc_id, None) is not None
                items.append({op: {"_index": index, "_id": doc_id, "status": 200 if found else 404,
                                   "result": "deleted" if found else "not_found"}})
            else:
                created = doc_id not in docs
                docs[doc_id] = source
                dsl.learn(self.indices[index].mapping, source)
                items.append({op: {"_index": index, "_id": doc_id, "status": 201 if created else 200,
                                   "result": "created" if created else "updated"}})
        return 200, {"took": 1, "errors": any("error" in next(iter(x.values())) for x in items), "items": items}

    def _mget(self, body: dict) -> tuple[int, Any]:
        out = []
        for spec in body["docs"]:
            index = self.indices.get(spec["_index"])
            doc = index.docs.get(spec["_id"]) if index else None
            item = {"_index": spec["_index"], "_id": spec["_id"], "found": doc is not None}
            if doc is not None:
                item["_source"] = doc
            out.append(item)
        return 200, {"docs": out}

    def _mapping(self, names: list[str]) -> dict[str, str]:
        merged: dict[str, str] = {}
        for name in names:
            for path, kind in self.indices[name].mapping.items():
                merged.setdefault(path, kind)
        return merged

    def _pit_search(self, body: dict) -> tuple[int, Any]:
        """Point-in-time paging: the snapshot taken when the PIT opened; ``sort`` values are positions."""
        pit_id = body["pit"]["id"]
        rows, mapping = self._pits[pit_id]
        try:
            hits = dsl.run(rows, mapping, body)
        except dsl.Unsupported as exc:
            return 400, {"error": {"type": "fake_unsupported", "reason": str(exc)}, "status": 400}
        start = int(body["search_after"][-1]) + 1 if body.get("search_after") else 0
        size = int(body.get("size", 10))
        page = [{"_index": n, "_id": i, "_source": d, "sort": [start + k]}
                for k, (n, i, d, _) in enumerate(hits[start:start + size])]
        return 200, {"pit_id": pit_id, "hits": {"hits": page}}
