"""Evaluation of the query DSL the Elasticsearch backend sends, for the fake server (``fake_es.py``).

This is an *approximation* of Elasticsearch, written from its documentation, so that the storage contract can
exercise the backend's query composition without a cluster:

- mapping: explicit properties from the collection's index template; dynamic fields typed by their first value
  (strings → keyword, or date for ``*_at``; booleans, longs, floats), ``raw``/``evidence`` not indexed;
- term/terms/ids/range/exists/bool/match_all/constant_score with keyword, boolean, numeric and date semantics
  (a boolean queried on a keyword field is the text "true", as in Elasticsearch);
- full text: a rough standard tokenizer + cjk_width (NFKC) + lowercase + cjk_bigram with unigrams;
  ``multi_match`` (best_fields, operator and), ``match_phrase_prefix`` on the search_as_you_type copy,
  case-insensitive ``wildcard`` on keywords;
- sorting with ``missing`` and a best-first score for searches.

It is no substitute for ``test_es_store.py`` against a real cluster; it catches composition mistakes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

UNINDEXED = ("raw", "evidence")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = re.compile(f"[{_HAN}]")
_WORD = f"(?:(?![{_HAN}])[^\\W_])+"  # letters and digits, not Han (each Han character is its own token)
TOKEN = re.compile(f"[{_HAN}]|{_WORD}(?:['.]{_WORD})*")


class Unsupported(Exception):
    """A query the fake does not imitate (answered with HTTP 400)."""


# ---- mapping ---------------------------------------------------------------------------------------------------
def explicit_types(properties: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for name, spec in (properties or {}).items():
        path = f"{prefix}{name}"
        if "properties" in spec:
            out.update(explicit_types(spec["properties"], path + "."))
        elif spec.get("type"):
            out[path] = spec["type"]
    return out


def leaves(doc: Any, prefix: str = "") -> Iterable[tuple[str, Any]]:
    if isinstance(doc, dict):
        for key, value in doc.items():
            path = f"{prefix}{key}"
            if not prefix and key in UNINDEXED:
                continue
            if isinstance(value, dict):
                yield from leaves(value, path + ".")
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        yield from leaves(item, path + ".")
                    else:
                        yield path, item
            else:
                yield path, value


def learn(mapping: dict[str, str], doc: dict) -> None:
    for path, value in leaves(doc):
        if path in mapping or value is None:
            continue
        if isinstance(value, bool):
            mapping[path] = "boolean"
        elif isinstance(value, int):
            mapping[path] = "long"
        elif isinstance(value, float):
            mapping[path] = "float"
        elif isinstance(value, str):
            mapping[path] = "date" if path.rsplit(".", 1)[-1].endswith("_at") else "keyword"


def base_field(field: str) -> str:
    for suffix in (".keyword", ".text"):
        if field.endswith(suffix):
            return field[: -len(suffix)]
    return field.replace("__suggest", "")


def values_at(doc: dict, path: str) -> list[Any]:
    cur: list[Any] = [doc]
    for part in path.split("."):
        nxt: list[Any] = []
        for item in cur:
            if isinstance(item, dict) and part in item:
                value = item[part]
                nxt.extend(value if isinstance(value, list) else [value])
        cur = nxt
    return [v for v in cur if v is not None]


# ---- value semantics -------------------------------------------------------------------------------------------
def parse_date(value: Any, tz: str | None = None) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) / 1000
    if not isinstance(value, str):
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(tz) if tz else UTC)
    return dt.timestamp()


def indexed(kind: str, value: Any, tz: str | None = None) -> Any:
    """The value as the field type indexes it, or None when it is malformed (ignore_malformed)."""
    if isinstance(value, (dict, list)):
        return None
    if kind in ("keyword", "text", "search_as_you_type"):
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(value) if isinstance(value, str) else None
    if kind in ("long", "float"):
        if isinstance(value, bool):
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if kind == "date":
        return parse_date(value, tz)
    raise Unsupported(f"field type {kind}")


def analyze(text: str, bigrams: bool = True) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[tuple[str, int, int]] = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    out: list[str] = []
    for i, (tok, start, end) in enumerate(tokens):
        out.append(tok)
        if bigrams and HAN.fullmatch(tok) and i + 1 < len(tokens):
            nxt, nstart, _ = tokens[i + 1]
            if HAN.fullmatch(nxt) and nstart == end:
                out.append(tok + nxt)
    return out


def wildcard_regex(pattern: str) -> re.Pattern:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "*" else "." if ch == "?" else re.escape(ch))
        i += 1
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


# ---- evaluation ---------------------------------------------------------------------------------------------
class Evaluator:
    def __init__(self, mapping: dict[str, str]):
        self.mapping = mapping

    def kind(self, field: str) -> str | None:
        if field.endswith(".text") or field.endswith("__suggest"):
            return "text"
        if field.endswith(".keyword"):
            return "keyword"
        return self.mapping.get(field)

    def field_values(self, doc: dict, field: str) -> list[Any]:
        kind = self.kind(field)
        if kind is None:
            return []
        return [v for v in (indexed(kind, x) for x in values_at(doc, base_field(field))) if v is not None]

    def score(self, doc: dict, query: dict) -> float | None:
        """None when the document does not match; else a score (higher is better)."""
        (kind, body), = query.items()
        if kind == "match_all":
            return 1.0
        if kind == "bool":
            total = 0.0
            for clause in body.get("filter", []) + body.get("must", []):
                s = self.score(doc, clause)
                if s is None:
                    return None
                total += s
            if any(self.score(doc, c) is not None for c in body.get("must_not", [])):
                return None
            should = [s for s in (self.score(doc, c) for c in body.get("should", [])) if s is not None]
            if len(should) < body.get("minimum_should_match", 0 if body.get("filter") or body.get("must") else
                                                                 1 if body.get("should") else 0):
                return None
            return total + sum(should)
        if kind == "constant_score":
            return None if self.score(doc, body["filter"]) is None else float(body.get("boost", 1.0))
        if kind == "ids":
            return 1.0 if doc["_id"] in body["values"] else None
        if kind == "exists":
            field = body["field"]
            if self.field_values(doc, field):
                return 1.0
            prefix = field + "."
            return 1.0 if any(self.field_values(doc, f) for f in self.mapping if f.startswith(prefix)) else None
        if kind in ("term", "terms"):
            (field, wanted), = body.items()
            if kind == "term":
                wanted = [wanted["value"] if isinstance(wanted, dict) else wanted]
            ftype = self.kind(field)
            if ftype is None:
                return None
            want = {indexed(ftype, w) for w in wanted} - {None}
            return 1.0 if any(v in want for v in self.field_values(doc, field)) else None
        if kind == "range":
            (field, bounds), = body.items()
            ftype = self.kind(field)
            if ftype is None:
                return None
            tz = bounds.get("time_zone")
            checks = {op: indexed(ftype, arg, tz) for op, arg in bounds.items() if op != "time_zone"}
            for value in self.field_values(doc, field):
                if all(arg is not None and ((op == "gt" and value > arg) or (op == "gte" and value >= arg)
                                            or (op == "lt" and value < arg) or (op == "lte" and value <= arg))
                       for op, arg in checks.items()):
                    return 1.0
            return None
        if kind == "wildcard":
            (field, spec), = body.items()
            rx = wildcard_regex(spec["value"])
            return 1.0 if any(rx.fullmatch(str(v)) for v in self.field_values(doc, field)) else None
        if kind == "multi_match":
            if body.get("type") != "best_fields" or body.get("operator") != "and":
                raise Unsupported(f"multi_match {body.get('type')}")
            terms = analyze(body["query"])
            if not terms:
                return None
            best = None
            for field in body["fields"]:
                tokens = [t for v in values_at(doc, base_field(field)) if isinstance(v, str) for t in analyze(v)]
                if tokens and all(t in tokens for t in terms):
                    best = max(best or 0.0, float(sum(tokens.count(t) for t in terms)) / len(tokens) + 1)
            return best
        if kind == "match_phrase_prefix":
            (field, spec), = body.items()
            terms = analyze(spec["query"], bigrams=False)
            if not terms:
                return None
            for value in values_at(doc, base_field(field)):
                tokens = analyze(str(value), bigrams=False)
                for i in range(len(tokens) - len(terms) + 1):
                    if tokens[i:i + len(terms) - 1] == terms[:-1] and tokens[i + len(terms) - 1].startswith(terms[-1]):
                        return 2.0
            return None
        raise Unsupported(kind)

    def sort_key(self, doc: dict, sort: list[dict]) -> list[tuple]:
        key = []
        for clause in sort:
            (field, spec), = clause.items()
            if field == "_shard_doc":
                continue
            spec = spec if isinstance(spec, dict) else {"order": spec}
            desc = spec.get("order") == "desc"
            values = self.field_values(doc, field)
            missing_first = spec.get("missing", "_last") == "_first"
            if not values:
                key.append((0 if missing_first else 2, Reverse(None) if desc else None))
                continue
            value = max(values) if desc else min(values)
            key.append((1, Reverse(value) if desc else value))
        return key


class Reverse:
    def __init__(self, value: Any):
        self.value = value

    def __lt__(self, other: Reverse) -> bool:
        return other.value < self.value if self.value is not None and other.value is not None else False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Reverse) and self.value == other.value


def run(rows: list[tuple[str, str, dict]], mapping: dict[str, str], body: dict) -> list[tuple[str, str, dict, float]]:
    """Matching (index, id, source, score) rows of ``rows`` for a search body, in result order."""
    ev = Evaluator(mapping)
    query = body.get("query") or {"match_all": {}}
    hits = []
    for position, (index, doc_id, source) in enumerate(rows):
        score = ev.score(dict(source, _id=doc_id), query)
        if score is not None:
            hits.append((position, index, doc_id, source, score))
    sort = body.get("sort")
    if sort:
        hits.sort(key=lambda h: (ev.sort_key(dict(h[3], _id=h[2]), sort), h[0]))
    elif "match_all" not in query and not _only_filters(query):
        hits.sort(key=lambda h: (-h[4], h[0]))
    return [(index, doc_id, source, score) for _, index, doc_id, source, score in hits]


def _only_filters(query: dict) -> bool:
    return "bool" in query and not query["bool"].get("must") and not query["bool"].get("should")
