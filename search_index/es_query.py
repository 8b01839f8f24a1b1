"""Translate the store's dict filter language and sort lists into Elasticsearch query DSL (pure functions).

The semantics are those of ``search_index.base.matches``; see that module for the language. Exact matches go
to keyword (or date/number/boolean) fields: ``es_templates.exact_field`` names the ``.keyword`` sub-field of a
field mapped as ``text``.

What Elasticsearch would do differently, and how the translation keeps the reference semantics:

- **Types.** A value is compared only with fields of its own kind: a string never equals a number or a boolean
  and the reverse (Elasticsearch would turn ``5`` into ``"5"`` on a keyword field, and answer 400 for ``"abc"``
  on a number or date field). ``types`` gives the mapped types of the filtered and sorted fields across the
  collection's indices (the backend looks them up); a value that cannot equal anything the field holds becomes
  "matches nothing" (``ne``: "matches everything"), never a 400. Declared keyword fields may hold any scalar
  (``probes.ok`` holds booleans): values are passed through, compared as text on both sides.
- **Dates.** Range bounds on date fields are rewritten to full instants with milliseconds and an offset
  (``general.timezone`` for bounds written without one). Elasticsearch fills the missing parts of a ``gt`` or
  ``lte`` bound with their maximum (``"2026-11-01"`` → ``2026-11-01T23:59:59.999``), which would exclude or
  include the whole day; in the reference semantics (ISO text order) a date-only bound sorts before every time
  of its day, so ``gt`` becomes ``gte`` and ``lte`` becomes ``lt`` of the day's start.
- **Ignored values.** A keyword value longer than ``KEYWORD_IGNORE_ABOVE`` characters, a malformed date or
  number (``ignore_malformed``) and a value moved aside for a mapping conflict are kept in ``_source`` but not
  indexed. ``exists`` also consults the ``_ignored`` metadata field and ``@unindexed_paths``, so such values
  still count as present; equality with a value longer than the limit is refused (``StoreError``) because no
  index could answer it; sorting puts such values with the missing ones.
- **Sorting.** ``_id`` sorts on the keyword copy ``@id`` (Elasticsearch refuses field data on ``_id``);
  ``unmapped_type`` is the type the field has in the other indices (rollover generations map dynamic fields
  independently), numeric fields of different types are compared as ``double``, and a field mapped as text in
  one generation and as a number in another is refused with a clear message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from search_index.base import CollectionSpec, Filters, Sort, StoreError
from search_index.es_templates import (
    ID_FIELD,
    KEYWORD_IGNORE_ABOVE,
    UNINDEXED_PATHS,
    exact_field,
    is_date_field,
    is_text_main,
)

RANGE_OPS = ("gt", "gte", "lt", "lte")
MATCH_NONE: dict[str, Any] = {"bool": {"must_not": [{"match_all": {}}]}}
STRING_TYPES = frozenset({"keyword", "text", "wildcard", "constant_keyword", "match_only_text", "search_as_you_type"})
NUMBER_TYPES = frozenset({"long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float",
                          "unsigned_long"})
DATE_TYPES = frozenset({"date", "date_nanos"})
OBJECT_TYPES = frozenset({"object", "nested", "flattened"})

# Field types (as mapped in the index) for the fields a query filters or sorts on: ``types`` maps a field name to
# the set of types it has across the collection's indices (empty or absent: mapped nowhere, or not looked up).
FieldTypes = Mapping[str, "frozenset[str] | set[str]"]

_DATE_ONLY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def family(kind: str) -> str:
    if kind in STRING_TYPES:
        return "string"
    if kind in NUMBER_TYPES:
        return "number"
    if kind in DATE_TYPES:
        return "date"
    if kind == "boolean":
        return "boolean"
    if kind in OBJECT_TYPES:
        return "object"
    return kind


def declared_family(spec: CollectionSpec | None, name: str) -> str | None:
    """The family of a field the index templates map explicitly (None: mapped dynamically)."""
    if name == ID_FIELD:
        return "string"
    if spec is None:
        return "date" if name == "@timestamp" else None
    if name in spec.keyword_fields or name in spec.name_fields or name in spec.text_fields:
        return "string"
    if name == spec.time_field or name == "@timestamp":
        return "date"
    return None


def families(spec: CollectionSpec | None, name: str, types: FieldTypes | None) -> set[str]:
    declared = declared_family(spec, name)
    if declared:
        return {declared}
    found = {family(t) for t in (types or {}).get(name) or ()}
    if not found and is_date_field(spec, name):
        return {"date"}  # the *_at dynamic template (the field may not be mapped yet)
    return found - {"object"} if found - {"object"} else found


def fields_needing_types(spec: CollectionSpec | None, filters: Filters | None, sort: Sort | None) -> list[str]:
    """The filtered and sorted fields whose mapped types the translation needs (not mapped explicitly)."""
    names: list[str] = []
    if isinstance(filters, Mapping):
        names += [n for n in filters if isinstance(n, str)]
    for item in sort or ():
        name = item if isinstance(item, str) else item[0] if isinstance(item, (tuple, list)) and item else None
        if isinstance(name, str):
            names.append(name)
    return [n for n in dict.fromkeys(names) if n and n != "_id" and declared_family(spec, n) is None]


# ---- values ----------------------------------------------------------------------------------------------
def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return type(value).__name__


def parse_instant(value: str, time_zone: str | None) -> datetime | None:
    """An ISO-8601 date or date-time as an aware datetime (naive ones in ``time_zone``); None if it is not one."""
    text = value.strip()
    if _DATE_ONLY.match(text):
        text = (text + "-01-01")[:10] if len(text) < 10 else text  # "2026" / "2026-11": the period's start
    elif "T" not in text:
        return None  # strict_date_optional_time needs the "T" between date and time
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(time_zone or "UTC"))
    return dt


def _instant_text(dt: datetime) -> str:
    return dt.isoformat(timespec="milliseconds")


def _comparable(fam: str, value: Any, spec: CollectionSpec | None, name: str, time_zone: str | None) -> Any:
    """``value`` as the term to send for an equality on a field of family ``fam``; None when nothing the field
    holds can equal it."""
    kind = _kind_of(value)
    if fam == "string":
        if kind == "string":
            if len(value) > KEYWORD_IGNORE_ABOVE:
                raise StoreError(f"字段 {name} 的过滤值有 {len(value)} 个字符，超过 Elasticsearch 精确匹配的上限 "
                                 f"{KEYWORD_IGNORE_ABOVE}：这么长的值只保存、不建精确索引，请改用全文检索")
            return value
        if declared_family(spec, name) == "string" and kind in ("boolean", "number"):
            return value  # a declared keyword field holding booleans/numbers: compared as text on both sides
        return None
    if fam == "number":
        return value if kind == "number" else None
    if fam == "boolean":
        return value if kind == "boolean" else None
    if fam == "date":
        if kind != "string":
            return None
        dt = parse_instant(value, time_zone)
        return _instant_text(dt) if dt else None
    return value  # unmapped everywhere: Elasticsearch matches nothing, whatever the value


def _check_value(field: str, value: Any) -> Any:
    if isinstance(value, (str, bool, int, float)):
        return value
    raise StoreError(f"字段 {field} 的过滤值类型 {type(value).__name__} 不受支持（Elasticsearch 只能按文本、数字、布尔值过滤）")


def _one_family(spec: CollectionSpec | None, name: str, types: FieldTypes | None) -> str | None:
    fams = families(spec, name, types)
    if len(fams) > 1:
        raise StoreError(f"字段 {name} 在集合的不同索引（滚动代）中被映射成了不同类型（{'、'.join(sorted(fams))}），"
                         "Elasticsearch 无法按它过滤或排序：请统一该字段的数据类型，并在下次滚动后再按它查询")
    return next(iter(fams), None)


# ---- clauses ---------------------------------------------------------------------------------------------
def _missing(field: str, presence: list[str] | None = None) -> dict[str, Any]:
    return {"bool": {"must_not": [_exists(field, presence)]}}


def _exists(field: str, presence: list[str] | None = None) -> dict[str, Any]:
    """Indexed, or kept but not indexed (``_ignored``: too long or malformed; moved aside for a conflict)."""
    if not presence:
        return {"exists": {"field": field}}
    should: list[dict[str, Any]] = [{"exists": {"field": field}}]
    should += [{"term": {"_ignored": name}} for name in presence]
    should.append({"term": {UNINDEXED_PATHS: presence[0]}})
    should.append({"prefix": {UNINDEXED_PATHS: presence[0] + "."}})  # a value moved aside inside this object
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _presence_names(spec: CollectionSpec | None, name: str, field: str) -> tuple[str, list[str] | None]:
    """The field to test with ``exists`` and the names under which an unindexed value of it is recorded."""
    if name == "_id":
        return field, None
    if spec is not None and is_text_main(spec, name):
        # the text field itself is indexed for any string; only its .keyword sub-field has ignore_above
        return name, [name]
    return field, [name] if field == name else [name, field]


def _condition(spec: CollectionSpec | None, name: str, cond: Any, time_zone: str | None,
               types: FieldTypes | None = None) -> list[dict[str, Any]]:
    field = exact_field(spec, name)
    exists_field, presence = _presence_names(spec, name, field)

    def equals(value: Any) -> dict[str, Any] | None:
        """The clause matching documents whose field equals ``value``; None when none can."""
        if value is None:
            return _missing(exists_field, presence)
        if field == "_id":
            return {"ids": {"values": [str(value)]}}
        _check_value(name, value)
        term = _comparable(_one_family(spec, name, types) or "", value, spec, name, time_zone)
        return None if term is None else {"term": {field: term}}

    if isinstance(cond, Mapping):
        clauses: list[dict[str, Any]] = []
        bounds: dict[str, Any] = {}
        for op, arg in cond.items():
            if op == "exists":
                clauses.append(_exists(exists_field, presence) if arg else _missing(exists_field, presence))
            elif op == "ne":
                if arg is None:
                    clauses.append(_exists(exists_field, presence))
                    continue
                same = equals(arg)
                if same is not None:  # else every document differs from it
                    clauses.append({"bool": {"must_not": [same]}})
            elif op in RANGE_OPS:
                if not isinstance(arg, (str, int, float)) or isinstance(arg, bool):
                    raise StoreError(f"字段 {name} 的范围条件 {op} 需要文本或数字，得到 {arg!r}")
                if field == "_id":
                    raise StoreError("不能按 _id 做范围过滤")
                bounds[op] = arg
            else:
                raise StoreError(f"未知的过滤操作 {op!r}（字段 {name}）")
        if bounds:
            clauses.append(_range(spec, name, field, bounds, time_zone, types))
        return clauses
    if isinstance(cond, (list, tuple, set, frozenset)):
        values = list(cond)
        if field == "_id":
            present = [v for v in values if v is not None]
            out = [{"ids": {"values": [str(v) for v in present]}}] if present else []
        else:
            for v in values:
                if v is not None:
                    _check_value(name, v)
            fam = _one_family(spec, name, types) if any(v is not None for v in values) else None
            terms = [t for t in (_comparable(fam or "", v, spec, name, time_zone) for v in values if v is not None)
                     if t is not None]
            out = [{"terms": {field: terms}}] if terms else []
        if any(v is None for v in values):
            out.append(_missing(exists_field, presence))
        if not out:
            return [MATCH_NONE]
        return [out[0] if len(out) == 1 else {"bool": {"should": out, "minimum_should_match": 1}}]
    clause = equals(cond)
    return [MATCH_NONE if clause is None else clause]


def _range(spec: CollectionSpec | None, name: str, field: str, bounds: dict[str, Any], time_zone: str | None,
           types: FieldTypes | None) -> dict[str, Any]:
    fam = _one_family(spec, name, types)
    kinds = {_kind_of(v) for v in bounds.values()}
    if fam == "date":
        if kinds != {"string"}:
            raise StoreError(f"日期字段 {name} 的范围条件需要 ISO-8601 日期文本（如 2026-11-01 或 "
                             f"2026-11-01T08:00:00+08:00），得到 {list(bounds.values())!r}")
        rng: dict[str, Any] = {}
        for op, arg in bounds.items():
            dt = parse_instant(arg, time_zone)
            if dt is None:
                raise StoreError(f"日期字段 {name} 的范围条件 {op} 的值 {arg!r} 不是有效的 ISO-8601 日期"
                                 "（如 2026-11-01 或 2026-11-01T08:00:00+08:00）")
            if _DATE_ONLY.match(arg.strip()):
                # text order puts "2026-11-01" before every time of that day: > it is >= the day's start
                op = {"gt": "gte", "lte": "lt"}.get(op, op)
            if op in rng:  # gt and gte (or lt and lte) both given: keep the stricter
                keep_max = op in ("gt", "gte")
                old = datetime.fromisoformat(rng[op])
                dt = max(old, dt) if keep_max else min(old, dt)
            rng[op] = _instant_text(dt)
        return {"range": {field: rng}}
    if fam == "number" and kinds != {"number"}:
        raise StoreError(f"数字字段 {name} 的范围条件需要数字，得到 {list(bounds.values())!r}")
    if fam == "string" and kinds != {"string"}:
        raise StoreError(f"文本字段 {name} 的范围条件需要文本，得到 {list(bounds.values())!r}")
    if fam == "boolean":
        raise StoreError(f"布尔字段 {name} 不能做范围过滤")
    if fam is None and kinds == {"string"} and is_date_field(spec, name):
        return _range(spec, name, field, bounds, time_zone, {name: {"date"}})
    return {"range": {field: dict(bounds)}}


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


# ---- sorting ----------------------------------------------------------------------------------------------
def sort_clause(spec: CollectionSpec | None, sort: Sort | None, types: FieldTypes | None = None) -> list[dict[str, Any]]:
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
        if not isinstance(name, str) or not name:
            raise StoreError(f"排序字段名无效：{name!r}")
        options: dict[str, Any] = {"order": direction, "missing": "_first" if direction == "asc" else "_last"}
        if name == "_id":
            out.append({ID_FIELD: {**options, "unmapped_type": "keyword"}})
            continue
        fam = _one_family(spec, name, types)
        found = sorted(t for t in (types or {}).get(name) or () if family(t) == fam) if fam else []
        if fam == "number":
            if len(found) == 1:
                options["unmapped_type"] = found[0]
            else:  # long in one generation, float in another: compare every value as a double
                options["unmapped_type"] = "double"
                options["numeric_type"] = "double"
        elif fam == "date":
            options["unmapped_type"] = "date"
        elif fam == "boolean":
            options["unmapped_type"] = "boolean"
        elif fam == "object":
            raise StoreError(f"字段 {name} 是对象，不能按它排序")
        else:
            options["unmapped_type"] = "keyword"
        out.append({exact_field(spec, name): options})
    return out


def wildcard_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "*?\\" else ch for ch in text)


def substring_clause(field: str, text: str) -> dict[str, Any]:
    """Exact, case-insensitive substring match on a keyword field (any characters, even punctuation)."""
    return {"wildcard": {field: {"value": f"*{wildcard_escape(text)}*", "case_insensitive": True}}}
