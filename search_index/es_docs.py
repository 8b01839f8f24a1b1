"""Documents as the Elasticsearch backend stores them, and values that do not fit an index's mapping.

Crawled records vary: the same field may be a string in one record and an object in the next, or a key may
clash with a metadata field. Elasticsearch rejects such a document as a whole (``document_parsing_exception``:
"failed to parse field [x] of type [keyword] … Preview of field's value: '{…}'", "object mapping for [x] tried to
parse field [x] as object, but found a concrete value" — ``ignore_malformed`` does not cover objects). Instead
of losing the record, the backend moves the value the error names into ``@unindexed`` (an object with
``enabled: false``: kept in ``_source``, never parsed) with its dotted path in ``@unindexed_paths`` (keyword,
so ``exists`` still sees it), writes the document again, and puts the value back in place when reading.
The rest of the document stays indexed; only the moved value cannot be filtered on or searched.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from search_index.es_templates import ID_FIELD, UNINDEXED_FIELD, UNINDEXED_PATHS

# the reasons Elasticsearch gives for a value that does not fit the mapping, and the field each names
_FIELD_IN_REASON = (
    re.compile(r"failed to parse field \[([^\]]+)\] of type"),
    re.compile(r"object mapping for \[([^\]]+)\] tried to parse field \[[^\]]*\] as object, but found a concrete value"),
    re.compile(r"Field \[([^\]]+)\] is a metadata field and cannot be added inside a document"),
    re.compile(r"mapper \[([^\]]+)\] cannot be changed from type"),
    re.compile(r"Can't merge a non object mapping \[([^\]]+)\] with an object mapping"),
    re.compile(r"Could not dynamically add mapping for field \[([^\]]+)\]"),
    re.compile(r"can't merge a non-nested mapping \[([^\]]+)\] with a nested mapping"),
)
PARSING_ERRORS = frozenset({"document_parsing_exception", "mapper_parsing_exception", "illegal_argument_exception",
                            "strict_dynamic_mapping_exception"})
RESERVED_KEYS = frozenset({ID_FIELD, UNINDEXED_FIELD, UNINDEXED_PATHS})
MAX_MOVES = 20  # values moved aside from one document before giving up (a field-count limit, say)


def conflicting_field(error: Any) -> str | None:
    """The dotted field name a per-document mapping error is about (None: not a mapping conflict)."""
    if not isinstance(error, Mapping) or error.get("type") not in PARSING_ERRORS:
        return None
    texts = [str(error.get("reason") or "")]
    caused = error.get("caused_by")
    if isinstance(caused, Mapping):
        texts.append(str(caused.get("reason") or ""))
    for text in texts:
        for rx in _FIELD_IN_REASON:
            m = rx.search(text)
            if m:
                return m.group(1)
    return None


def key_path(doc: Mapping[str, Any], dotted: str) -> list[str] | None:
    """The keys leading to the value Elasticsearch calls ``dotted`` (keys may themselves contain dots).

    The walk stops at the first list (a conflict inside a list of objects moves the whole list)."""
    parts = dotted.split(".")

    def walk(node: Any, i: int) -> list[str] | None:
        if i == len(parts):
            return []
        if not isinstance(node, Mapping):
            return None
        for j in range(len(parts), i, -1):  # the longest key first: {"a.b": …} before {"a": {"b": …}}
            key = ".".join(parts[i:j])
            if key in node:
                child = node[key]
                if isinstance(child, list):
                    return [key]
                rest = walk(child, j)
                if rest is not None:
                    return [key, *rest]
        return None

    return walk(doc, 0)


def move_aside(body: dict[str, Any], dotted: str) -> dict[str, Any] | None:
    """A copy of ``body`` with the value at ``dotted`` moved into ``@unindexed``; None if there is none."""
    path = key_path({k: v for k, v in body.items() if k not in RESERVED_KEYS}, dotted)
    if not path:
        return None
    out = dict(body)
    parent: dict[str, Any] = out
    for key in path[:-1]:
        parent[key] = dict(parent[key])
        parent = parent[key]
    value = parent.pop(path[-1])
    out[UNINDEXED_FIELD] = [*out.get(UNINDEXED_FIELD, []), {"path": path, "value": value}]
    out[UNINDEXED_PATHS] = [*out.get(UNINDEXED_PATHS, []), ".".join(path)]
    return out


def restore(source: Mapping[str, Any]) -> dict[str, Any]:
    """The document as written: moved values back in place, the backend's own fields removed."""
    doc = {k: v for k, v in source.items() if k not in RESERVED_KEYS}
    moved = source.get(UNINDEXED_FIELD)
    if not isinstance(moved, list) or not moved:
        return doc
    doc = copy.deepcopy(doc)
    for entry in reversed(moved):  # later moves may have taken a parent of an earlier one
        if not isinstance(entry, Mapping) or not isinstance(entry.get("path"), list) or not entry["path"]:
            continue
        node = doc
        for key in entry["path"][:-1]:
            nxt = node.get(key)
            if not isinstance(nxt, dict):
                nxt = node[key] = {}
            node = nxt
        node[entry["path"][-1]] = entry.get("value")
    return doc
