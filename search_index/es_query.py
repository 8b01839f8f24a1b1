"""Translate the store's dict filter language and sort lists into Elasticsearch query DSL (pure functions).

The semantics are those of ``search_index.base.matches``; see that module for the language. Exact matches go
to keyword (or date/number/boolean) fields: ``es_templates.exact_field`` names the ``.keyword`` sub-field of a
field mapped as ``text``. Ranges on date fields (``*_at``, the collection's time field, ``@timestamp``) take
values without an offset in the configured time zone (``general.timezone``), as people write them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from search_index.base import CollectionSpec, Filters, Sort, StoreError
from search_index.es_templates import exact_field, is_date_field

RANGE_OPS = ("gt", "gte", "lt", "lte")
MATCH_NONE: dict[str, Any] = {"bool": {"must_not": [{"match_all": {}}]}}
STRING_TYPES = frozenset({"keyword", "text", "wildcard", "constant_keyword", "match_only_text", "search_as_you_type"})

# Field types (as mapped in the index) for fields whose filter compares with a boolean: Elasticsearch turns a
# boolean into the text "true" when it queries a keyword field, but in the filter language a boolean never
# equals a string. ``types`` maps a field name to the set of types it has across the collection's indices.
FieldTypes = Mapping[str, "frozenset[str] | set[str]"]


def bool_fields(filters: Filters | None) -> list[str]:
    """Names of the filtered fields compared with a boolean (their mapped types are needed)."""
    out = []
    for name, cond in (filters or {}).items():
        values = cond.values() if isinstance(cond, Mapping) else cond if isinstance(
            cond, (list, tuple, set, frozenset)) else [cond]
        if any(isinstance(v, bool) for v in values):
            out.append(name)
    return out


def _never_equal(spec: CollectionSpec | None, name: str, value: Any, types: FieldTypes | None) -> bool:
    """True when ``value`` (a boolean) cannot equal what the field holds: a dynamically mapped string field."""
    if not isinstance(value, bool) or not types or (spec is not None and name in spec.keyword_fields):
        return False
    found = types.get(name) or set()
    return bool(found) and set(found) <= STRING_TYPES


def _missing(field: str) -> dict[str, Any]:
    return {"bool": {"must_not": [{"exists": {"field": field}}]}}


def _exists(field: str) -> dict[str, Any]:
    return {"exists": {"field": field}}


def _check_value(field: str, value: Any) -> Any:
    if isinstance(value, (str, bool, int, float)):
        return value
    raise StoreError(f"字段 {field} 的过滤值类型 {type(value).__name__} 不受支持（Elasticsearch 只能按文本、数字、布尔值过滤）")


def _equals(field: str, value: Any) -> dict[str, Any]:
    if value is None:
        return _missing(field)
    if field == "_id":
        return {"ids": {"values": [str(value)]}}
    return {"term": {field: _check_value(field, value)}}


def _any_of(field: str, values: list[Any]) -> dict[str, Any]:
    if not values:
        return MATCH_NONE
    present = [v for v in values if v is not None]
    clauses = []
    if present:
        if field == "_id":
            clauses.append({"ids": {"values": [str(v) for v in present]}})
        else:
            clauses.append({"terms": {field: [_check_value(field, v) for v in present]}})
    if len(present) < len(values):
        clauses.append(_missing(field))
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def _condition(spec: CollectionSpec | None, name: str, cond: Any, time_zone: str | None,
               types: FieldTypes | None = None) -> list[dict[str, Any]]:
    field = exact_field(spec, name)
    if types and isinstance(cond, (list, tuple, set, frozenset)):
        cond = [v for v in cond if not _never_equal(spec, name, v, types)]
    elif _never_equal(spec, name, cond, types):
        return [MATCH_NONE]
    if isinstance(cond, Mapping):
        clauses: list[dict[str, Any]] = []
        bounds: dict[str, Any] = {}
        for op, arg in cond.items():
            if op == "exists":
                clauses.append(_exists(field) if arg else _missing(field))
            elif op == "ne":
                if arg is None:
                    clauses.append(_exists(field))
                elif _never_equal(spec, name, arg, types):
                    continue  # every document differs from a boolean there
                else:
                    clauses.append({"bool": {"must_not": [_equals(field, arg)]}})
            elif op in RANGE_OPS:
                if not isinstance(arg, (str, int, float)) or isinstance(arg, bool):
                    raise StoreError(f"字段 {name} 的范围条件 {op} 需要文本或数字，得到 {arg!r}")
                if field == "_id":
                    raise StoreError("不能按 _id 做范围过滤")
                bounds[op] = arg
            else:
                raise StoreError(f"未知的过滤操作 {op!r}（字段 {name}）")
        if bounds:
            rng: dict[str, Any] = dict(bounds)
            if time_zone and is_date_field(spec, name) and all(isinstance(v, str) for v in bounds.values()):
                rng["time_zone"] = time_zone
            clauses.append({"range": {field: rng}})
        return clauses
    if isinstance(cond, (list, tuple, set, frozenset)):
        return [_any_of(field, list(cond))]
    return [_equals(field, cond)]


def filter_clauses(spec: CollectionSpec | None, filters: Filters | None, *, time_zone: str | None = None,
                   types: FieldTypes | None = None) -> list[dict[str, Any]]:
    """The filters as a list of clauses for a ``bool.filter`` (all must hold)."""
    if filters is not None and not isinstance(filters, Mapping):
        raise StoreError(f"过滤条件必须是字典，得到 {type(filters).__name__}")
    clauses: list[dict[str, Any]] = []
    for name, cond in (filters or {}).items():
        if not isinstance(name, str) or not name:
            raise StoreError(f"过滤字段名无效：{name!r}")
        clauses.extend(_condition(spec, name, cond, time_zone, types))
    return clauses


def filter_query(spec: CollectionSpec | None, filters: Filters | None, *, time_zone: str | None = None,
                 types: FieldTypes | None = None) -> dict[str, Any]:
    clauses = filter_clauses(spec, filters, time_zone=time_zone, types=types)
    if not clauses:
        return {"match_all": {}}
    return {"bool": {"filter": clauses}}


def sort_clause(spec: CollectionSpec | None, sort: Sort | None) -> list[dict[str, Any]]:
    """Sort list → ES sort. Missing values sort first ascending and last descending (as in SQL / SQLite)."""
    out = []
    for item in sort or ():
        if isinstance(item, str):
            item = (item, "asc")
        try:
            name, direction = item
        except (TypeError, ValueError):
            raise StoreError(f"排序项 {item!r} 应为 (字段, 'asc'|'desc')") from None
        direction = str(direction).lower()
        if direction not in ("asc", "desc"):
            raise StoreError(f"排序方向 {direction!r} 只能是 asc 或 desc")
        if name == "_id":
            raise StoreError("Elasticsearch 不支持按 _id 排序")
        field = exact_field(spec, name)
        out.append({field: {"order": direction, "missing": "_first" if direction == "asc" else "_last",
                            "unmapped_type": "date" if is_date_field(spec, name) else "keyword"}})
    return out


def wildcard_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "*?\\" else ch for ch in text)


def substring_clause(field: str, text: str) -> dict[str, Any]:
    """Exact, case-insensitive substring match on a keyword field (any characters, even punctuation)."""
    return {"wildcard": {field: {"value": f"*{wildcard_escape(text)}*", "case_insensitive": True}}}
