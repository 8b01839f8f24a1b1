"""Query DSL evaluation for the fake Elasticsearch, over documents indexed by ``fake_es_mapping``.

A query is compiled once per index, against that index's mapping (as Elasticsearch does per shard), into a
matcher and a count of its leaf clauses. Strictness rules, each with the Elasticsearch source or reference page
it imitates (source paths under
https://github.com/elastic/elasticsearch/blob/main/server/src/main/java/org/elasticsearch/):

- clause limit: a query whose rewritten tree has more than ``CLAUSE_LIMIT`` leaf clauses fails with
  ``too_many_nested_clauses`` (search/SearchUtils.java: ``DEFAULT_MAX_CLAUSE_COUNT`` = 1024 is the floor of the
  limit derived from heap and thread pool, https://www.elastic.co/guide/en/elasticsearch/reference/8.x/search-settings.html;
  Lucene ``IndexSearcher.TooManyNestedClauses``);
- token graphs: a ``match`` whose analyzer emits tokens with position length > 1 builds one phrase per path
  of each side-path segment (Lucene ``QueryBuilder#analyzeGraphBoolean`` with Elasticsearch's
  ``auto_generate_synonyms_phrase_query`` default true, index/search/MatchQueryParser.java); ``match_phrase``
  one phrase per path (``analyzeGraphPhrase``); a phrase matches only consecutive positions;
- ``term``/``terms``/``range`` values must parse for the field's type, else 400: numbers
  (index/mapper/NumberFieldMapper.java, ``NumberType#parse``), dates (index/mapper/DateFieldMapper.java:
  "failed to parse date field"), booleans (common/Booleans.java via BooleanFieldMapper: "Failed to parse value
  [%s] as only [true] or [false] are allowed.");
  a ``term`` on a date is the range of its rounding (``DateFieldType#termQuery``);
- date range bounds: ``gt``/``lte`` parse rounding up (missing components become their maximum), ``gte``/``lt``
  rounding down (DateFieldMapper.java ``DateFieldType#rangeQuery``; "Missing date components",
  https://www.elastic.co/docs/reference/query-languages/query-dsl/query-dsl-range-query);
- ``exists`` finds indexed values only: keyword values over ``ignore_above`` and malformed values ignored by
  ``ignore_malformed`` are missing (their field is listed in ``_ignored``, which ``term``/``exists`` can query:
  https://www.elastic.co/docs/reference/elasticsearch/mapping-reference/mapping-ignored-field);
- sorting: on ``_id`` refused ("Fielddata access on the _id field is disallowed",
  index/mapper/ProvidedIdFieldMapper.java, setting ``indices.id_field_data.enabled``); on a text field refused
  ("Fielddata is disabled on text fields", index/mapper/TextFieldMapper.java); on a field unmapped in an index
  without ``unmapped_type`` refused ("No mapping found for [x] in order to sort on",
  search/sort/FieldSortBuilder.java); ``numeric_type`` only on numbers; hits from indices whose sort types
  differ (LONG for long/date/boolean, FLOAT, DOUBLE, STRING) fail with "Can't sort on field [x]; the field has
  incompatible sort types" (action/search/SearchPhaseController.java; issues #102723, #138253).

A search that fails in one index fails as a whole here; Elasticsearch would answer 200 with that shard's
failure in ``_shards.failures`` and the other shards' hits — a silent partial answer the backend must never
provoke, so the fake makes it loud.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.search_index import fake_es_analysis as an
from tests.search_index.fake_es_mapping import (
    INTEGER_TYPES,
    NUMBER_TYPES,
    TEXT_TYPES,
    EsError,
    IndexedDoc,
    Mapping,
    Unsupported,
    coerce_number,
    parse_boolean,
    parse_date,
)

CLAUSE_LIMIT = 1024
Matcher = Callable[[IndexedDoc], "float | None"]


def shard_error(kind: str, reason: str, status: int = 400) -> EsError:
    return EsError(status, "search_phase_execution_exception", "all shards failed",
                   {"type": kind, "reason": reason})


@dataclass
class Compiled:
    match: Matcher
    leaves: int


NONE = Compiled(lambda d: None, 1)


def _term_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Compiler:
    def __init__(self, mapping: Mapping, index: str):
        self.mapping = mapping
        self.index = index

    # ---- helpers -----------------------------------------------------------------------------------------
    def kind(self, field: str) -> str | None:
        return self.mapping.type_of(field)

    def exact(self, field: str, kind: str, value: Any) -> Callable[[Any], bool] | None:
        """A predicate on indexed values equal to ``value`` (term query); raises EsError on a bad value."""
        if kind == "keyword":
            want = _term_text(value)
            return lambda v: v == want
        if kind in NUMBER_TYPES:
            number = coerce_number("double", value) if not isinstance(value, bool) else None
            if number is None:
                raise shard_error("query_shard_exception",
                                  f"failed to create query: For input string: \"{_term_text(value)}\"")
            if kind in INTEGER_TYPES and float(number) != int(number):
                return None  # a decimal never equals a long (NumberFieldMapper: hasDecimalPart → no docs)
            return lambda v: float(v) == float(number)
        if kind == "date":
            lo, hi = self.date_bounds(field, value, None, "gte"), self.date_bounds(field, value, None, "lte")
            return lambda v: lo <= v <= hi
        if kind == "boolean":
            parsed = parse_boolean(value)
            if parsed is None:
                raise shard_error("illegal_argument_exception",
                                  f"Failed to parse value [{_term_text(value)}] as only [true] or [false] are allowed.")
            return lambda v: v is parsed
        if kind in TEXT_TYPES:
            want = _term_text(value)
            return lambda v: v == want
        raise Unsupported(f"term on a field of type {kind}")

    def date_bounds(self, field: str, value: Any, time_zone: str | None, op: str) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        parsed = parse_date(str(value), round_up=op in ("gt", "lte"), time_zone=time_zone) \
            if isinstance(value, str) else None
        if parsed is None:
            raise shard_error("parse_exception", f"failed to parse date field [{value}] with format "
                                                 "[strict_date_optional_time||epoch_millis]")
        return parsed

    def doc_values(self, doc: IndexedDoc, field: str, kind: str) -> list[Any]:
        if kind in TEXT_TYPES:
            return [t.term for tokens in doc.tokens.get(field, []) for t in tokens]
        return doc.values.get(field, [])

    def expand_fields(self, patterns: list[str]) -> list[str]:
        out: list[str] = []
        for pattern in patterns:
            name = pattern.split("^")[0]
            if "*" in name:
                out += [f for f in self.mapping.fields if fnmatch.fnmatchcase(f, name)]
            else:
                out.append(name)
        return list(dict.fromkeys(out))

    def analyzer(self, field: str, explicit: str | None, quote: bool = False) -> an.Analyzer:
        fdef = self.mapping.fields[field]
        name = explicit or (quote and fdef.params.get("search_quote_analyzer")) or \
            fdef.params.get("search_analyzer") or fdef.params.get("analyzer") or "standard"
        if name not in self.mapping.analysis.analyzers:
            raise shard_error("query_shard_exception", f"[match] analyzer [{name}] not found")
        return self.mapping.analysis.analyzers[name]

    # ---- compilation -------------------------------------------------------------------------------------
    def compile(self, query: dict[str, Any]) -> Compiled:
        if not isinstance(query, dict) or len(query) != 1:
            raise EsError(400, "parsing_exception", f"malformed query {query!r}")
        (kind, body), = query.items()
        method = getattr(self, f"q_{kind}", None)
        if method is None:
            raise Unsupported(f"query [{kind}]")
        return method(body)

    def q_match_all(self, body: dict) -> Compiled:
        return Compiled(lambda d: 1.0, 1)

    def q_bool(self, body: dict) -> Compiled:
        def listed(key: str) -> list[Compiled]:
            clauses = body.get(key) or []
            return [self.compile(c) for c in (clauses if isinstance(clauses, list) else [clauses])]

        must, filt, should, must_not = listed("must"), listed("filter"), listed("should"), listed("must_not")
        default_msm = 0 if (must or filt) else (1 if should else 0)
        msm = int(body.get("minimum_should_match", default_msm))

        def match(doc: IndexedDoc) -> float | None:
            total = 0.0
            for c in must + filt:
                s = c.match(doc)
                if s is None:
                    return None
                total += s if c in must else 0.0
            if any(c.match(doc) is not None for c in must_not):
                return None
            scores = [s for s in (c.match(doc) for c in should) if s is not None]
            if len(scores) < msm:
                return None
            return total + sum(scores) if (must or should) else 1.0

        leaves = sum(c.leaves for c in must + filt + should + must_not)
        return Compiled(match, leaves)

    def q_constant_score(self, body: dict) -> Compiled:
        inner = self.compile(body["filter"])
        boost = float(body.get("boost", 1.0))
        return Compiled(lambda d: None if inner.match(d) is None else boost, inner.leaves)

    def q_ids(self, body: dict) -> Compiled:
        values = {str(v) for v in body["values"]}
        return Compiled(lambda d: 1.0 if d.id in values else None, 1)

    def q_exists(self, body: dict) -> Compiled:
        field = body["field"]
        if field == "_ignored":
            return Compiled(lambda d: 1.0 if d.ignored else None, 1)
        kind = self.kind(field)
        if kind is None:
            return NONE
        if kind == "object":
            prefix = field + "."
            return Compiled(lambda d: 1.0 if any(p.startswith(prefix) for p in d.present) else None, 1)
        return Compiled(lambda d: 1.0 if field in d.present else None, 1)

    def _terms(self, field: str, values: list[Any]) -> Compiled:
        if field == "_ignored":
            want = {str(v) for v in values}
            return Compiled(lambda d: 1.0 if d.ignored & want else None, 1)
        if field == "_id":
            want = {str(v) for v in values}
            return Compiled(lambda d: 1.0 if d.id in want else None, 1)
        kind = self.kind(field)
        if kind is None or kind == "object":
            return NONE
        preds = [p for p in (self.exact(field, kind, v) for v in values) if p is not None]

        def match(doc: IndexedDoc) -> float | None:
            vals = self.doc_values(doc, field, kind)
            return 1.0 if any(p(v) for p in preds for v in vals) else None

        return Compiled(match, 1)

    def q_term(self, body: dict) -> Compiled:
        (field, spec), = body.items()
        value = spec["value"] if isinstance(spec, dict) else spec
        return self._terms(field, [value])

    def q_terms(self, body: dict) -> Compiled:
        (field, values), = ((k, v) for k, v in body.items() if k != "boost")
        if not isinstance(values, list):
            raise EsError(400, "parsing_exception", "[terms] query does not support a single value")
        return self._terms(field, values)

    def q_range(self, body: dict) -> Compiled:
        (field, spec), = body.items()
        kind = self.kind(field)
        if kind is None or kind == "object":
            return NONE
        time_zone = spec.get("time_zone")
        ops = {op: v for op, v in spec.items() if op in ("gt", "gte", "lt", "lte")}
        unknown = set(spec) - set(ops) - {"time_zone", "format", "boost"}
        if unknown:
            raise EsError(400, "parsing_exception", f"[range] query does not support [{sorted(unknown)[0]}]")
        if kind == "date":
            bounds = {op: self.date_bounds(field, v, time_zone, op) for op, v in ops.items()}
        elif kind in NUMBER_TYPES:
            bounds = {}
            for op, v in ops.items():
                number = coerce_number("double", v) if not isinstance(v, bool) else None
                if number is None:
                    raise shard_error("query_shard_exception",
                                      f"failed to create query: For input string: \"{_term_text(v)}\"")
                bounds[op] = float(number)
        elif kind == "keyword":
            bounds = {op: _term_text(v) for op, v in ops.items()}
        elif kind == "boolean":
            bounds = {}
            for op, v in ops.items():
                parsed = parse_boolean(v)
                if parsed is None:
                    raise shard_error("illegal_argument_exception",
                                      f"Failed to parse value [{_term_text(v)}] as only [true] or [false] are allowed.")
                bounds[op] = parsed
        else:
            raise Unsupported(f"range on a field of type {kind}")

        def ok(v: Any) -> bool:
            return all((op == "gt" and v > b) or (op == "gte" and v >= b) or (op == "lt" and v < b)
                       or (op == "lte" and v <= b) for op, b in bounds.items())

        return Compiled(lambda d: 1.0 if any(ok(v) for v in d.values.get(field, [])) else None, 1)

    def q_wildcard(self, body: dict) -> Compiled:
        (field, spec), = body.items()
        spec = spec if isinstance(spec, dict) else {"value": spec}
        kind = self.kind(field)
        if kind is None:
            return NONE
        if kind != "keyword":
            raise Unsupported(f"wildcard on {kind}")
        flags = re.IGNORECASE | re.DOTALL if spec.get("case_insensitive") else re.DOTALL
        rx = re.compile(_wildcard_regex(spec["value"]), flags)
        return Compiled(lambda d: 1.0 if any(rx.fullmatch(v) for v in d.values.get(field, [])) else None, 1)

    def q_prefix(self, body: dict) -> Compiled:
        (field, spec), = body.items()
        value = spec["value"] if isinstance(spec, dict) else spec
        kind = self.kind(field)
        if kind is None:
            return NONE
        if kind != "keyword":
            raise Unsupported(f"prefix on {kind}")
        return Compiled(lambda d: 1.0 if any(v.startswith(value) for v in d.values.get(field, [])) else None, 1)

    # ---- full text ---------------------------------------------------------------------------------------
    def q_match(self, body: dict) -> Compiled:
        (field, spec), = body.items()
        spec = spec if isinstance(spec, dict) else {"query": spec}
        return self._match(field, spec)

    def _match(self, field: str, spec: dict) -> Compiled:
        unknown = set(spec) - {"query", "operator", "analyzer", "boost", "zero_terms_query",
                               "auto_generate_synonyms_phrase_query"}
        if unknown:
            raise Unsupported(f"match parameters {sorted(unknown)}")
        kind = self.kind(field)
        if kind is None or kind == "object":
            return NONE
        if kind not in TEXT_TYPES:
            return self._terms(field, [spec["query"]])
        tokens = self.analyzer(field, spec.get("analyzer")).analyze(str(spec["query"]))
        if not tokens:
            return NONE  # zero_terms_query: none
        conjunction = str(spec.get("operator", "or")).lower() == "and"
        segments = _segments(tokens)
        parts: list[list[Phrase]] = []  # per segment: the alternatives (any of them matches the segment)
        leaves = 0
        for segment in segments:
            if an.is_graph(segment):
                paths = an.graph_paths(segment, CLAUSE_LIMIT)
                if isinstance(paths, int):
                    raise shard_error("too_many_nested_clauses",
                                      f"Query contains too many nested clauses; maxClauseCount is set to {CLAUSE_LIMIT}")
                parts.append([as_phrase(p, consecutive=True) for p in paths])  # one phrase per path
                leaves += len(paths)
            else:  # one position, one token or stacked synonyms: a term or synonym query (one leaf)
                parts.append([as_phrase(segment)])
                leaves += 1
        if leaves > CLAUSE_LIMIT:
            raise shard_error("too_many_nested_clauses",
                              f"Query contains too many nested clauses; maxClauseCount is set to {CLAUSE_LIMIT}")

        def match(doc: IndexedDoc) -> float | None:
            streams = doc.tokens.get(field, [])
            hits = 0
            for alternatives in parts:
                found = any(_phrase_in(streams, phrase) for phrase in alternatives)
                if found:
                    hits += 1
                elif conjunction:
                    return None
            if not hits:
                return None
            length = sum(len(s) for s in streams) or 1
            return 1.0 + hits / length

        return Compiled(match, leaves)

    def q_match_phrase(self, body: dict) -> Compiled:
        (field, spec), = body.items()
        spec = spec if isinstance(spec, dict) else {"query": spec}
        unknown = set(spec) - {"query", "analyzer", "boost", "slop", "zero_terms_query"}
        if unknown or spec.get("slop"):
            raise Unsupported(f"match_phrase parameters {sorted(unknown)} / slop")
        return self._phrase(field, spec)

    def _phrase(self, field: str, spec: dict) -> Compiled:
        kind = self.kind(field)
        if kind is None or kind == "object":
            return NONE
        if kind not in TEXT_TYPES:
            return self._terms(field, [spec["query"]])
        tokens = self.analyzer(field, spec.get("analyzer"), quote=True).analyze(str(spec["query"]))
        if not tokens:
            return NONE
        if an.is_graph(tokens):
            paths = an.graph_paths(tokens, CLAUSE_LIMIT)
            if isinstance(paths, int):
                raise shard_error("too_many_nested_clauses",
                                  f"Query contains too many nested clauses; maxClauseCount is set to {CLAUSE_LIMIT}")
            alternatives = [as_phrase(p, consecutive=True) for p in paths]
        else:
            alternatives = [as_phrase(tokens)]

        def match(doc: IndexedDoc) -> float | None:
            streams = doc.tokens.get(field, [])
            return 2.0 if any(_phrase_in(streams, p) for p in alternatives) else None

        return Compiled(match, len(alternatives))

    def q_match_phrase_prefix(self, body: dict) -> Compiled:
        (field, spec), = body.items()
        spec = spec if isinstance(spec, dict) else {"query": spec}
        kind = self.kind(field)
        if kind is None:
            return NONE
        if kind not in TEXT_TYPES:
            raise Unsupported(f"match_phrase_prefix on {kind}")
        tokens = self.analyzer(field, spec.get("analyzer")).analyze(str(spec["query"]))
        if not tokens:
            return NONE
        if an.is_graph(tokens):
            raise Unsupported("match_phrase_prefix on a token graph")
        first = tokens[0].position
        rel = [(t.position - first, t.term) for t in tokens]

        def match(doc: IndexedDoc) -> float | None:
            for stream in doc.tokens.get(field, []):
                at: dict[int, list[str]] = {}
                for t in stream:
                    at.setdefault(t.position, []).append(t.term)
                for start in at:
                    if all(any((term.startswith(want) if k == len(rel) - 1 else term == want)
                               for term in at.get(start + offset, [])) for k, (offset, want) in enumerate(rel)):
                        return 2.0
            return None

        return Compiled(match, 1)

    def q_multi_match(self, body: dict) -> Compiled:
        kind = body.get("type", "best_fields")
        unknown = set(body) - {"query", "fields", "type", "operator", "analyzer", "boost"}
        if unknown or kind not in ("best_fields", "most_fields", "phrase"):
            raise Unsupported(f"multi_match {kind} {sorted(unknown)}")
        per_field = []
        for f in self.expand_fields(body.get("fields") or ["*"]):
            spec = {k: body[k] for k in ("query", "analyzer") if k in body}
            if kind == "phrase":
                per_field.append(self._phrase(f, spec))
            else:
                if "operator" in body:
                    spec["operator"] = body["operator"]
                per_field.append(self._match(f, spec))

        def match(doc: IndexedDoc) -> float | None:
            scores = [s for s in (c.match(doc) for c in per_field) if s is not None]
            return max(scores) if scores else None

        return Compiled(match, sum(c.leaves for c in per_field) or 1)


def _segments(tokens: list[an.Token]) -> list[list[an.Token]]:
    """Split a token stream at its articulation points (positions no token spans over), as Lucene's
    ``GraphTokenStreamFiniteStrings#articulationPoints``; stacked tokens stay in one segment."""
    segments: list[list[an.Token]] = []
    current: list[an.Token] = []
    reach = -1
    for t in sorted(tokens, key=lambda t: (t.position, -t.pos_len)):
        if current and t.position >= reach and not (t.position == current[-1].position):
            segments.append(current)
            current = []
        current.append(t)
        reach = max(reach, t.position + t.pos_len)
    if current:
        segments.append(current)
    # a plain segment has all its tokens at one position; a graph segment starts at its first token
    return segments


Phrase = list[tuple[int, set[str]]]  # (offset from the phrase's start, terms accepted there)


def as_phrase(tokens: list[an.Token], *, consecutive: bool = False) -> Phrase:
    """A phrase from analyzed tokens: by their positions (stacked tokens: any of them), or, for a path through a
    token graph, at consecutive positions (``GraphTokenStreamFiniteStrings`` paths have increment 1)."""
    if consecutive:
        return [(k, {t.term}) for k, t in enumerate(tokens)]
    first = tokens[0].position
    out: dict[int, set[str]] = {}
    for t in tokens:
        out.setdefault(t.position - first, set()).add(t.term)
    return sorted(out.items())


def _phrase_in(streams: list[list[an.Token]], phrase: Phrase) -> bool:
    """True when ``phrase`` occurs in one of the document's token streams (values of an array do not join:
    ``position_increment_gap``)."""
    if not phrase:
        return False
    for stream in streams:
        at: dict[int, set[str]] = {}
        for t in stream:
            at.setdefault(t.position, set()).add(t.term)
        for start in at:
            if all(at.get(start + offset, set()) & terms for offset, terms in phrase):
                return True
    return False


def _wildcard_regex(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "*" else "." if ch == "?" else re.escape(ch))
        i += 1
    return "".join(out)


# ---- search -------------------------------------------------------------------------------------------------
SORT_FAMILY = {**dict.fromkeys(("long", "integer", "short", "byte", "date", "boolean"), "LONG"),
               "float": "FLOAT", "half_float": "FLOAT", "double": "DOUBLE", "scaled_float": "DOUBLE",
               "keyword": "STRING"}


@dataclass
class Hit:
    index: str
    doc: IndexedDoc
    score: float
    order: int


def run(indices: list[tuple[str, Mapping, list[IndexedDoc]]], body: dict[str, Any]) -> list[Hit]:
    """Matching hits of a search body over several indices, in result order (sorted or best first)."""
    query = body.get("query") or {"match_all": {}}
    hits: list[Hit] = []
    order = 0
    sort = body.get("sort")
    sort_specs = _sort_specs(sort) if sort else []
    families: dict[str, dict[str, str]] = {}  # field → index → sort family
    for name, mapping, docs in indices:
        compiled = Compiler(mapping, name).compile(query)
        if compiled.leaves > CLAUSE_LIMIT:
            raise shard_error("too_many_nested_clauses",
                              f"Query contains too many nested clauses; maxClauseCount is set to {CLAUSE_LIMIT}")
        index_families = {field: _sort_family(mapping, name, field, options) for field, options in sort_specs}
        contributed = False
        for doc in docs:
            score = compiled.match(doc)
            if score is not None:
                hits.append(Hit(name, doc, score, order))
                contributed = True
            order += 1
        if contributed:
            for field, fam in index_families.items():
                if fam:
                    families.setdefault(field, {})[name] = fam
    for field, per_index in families.items():
        kinds = list(dict.fromkeys(per_index.values()))
        if len(kinds) > 1:
            raise shard_error("illegal_argument_exception",
                              f"Can't sort on field [{field}]; the field has incompatible sort types: "
                              f"[{kinds[0]}] and [{kinds[1]}] across shards!")
    if sort_specs:
        mappings = {name: mapping for name, mapping, _ in indices}
        hits.sort(key=lambda h: (_sort_key(mappings[h.index], h.doc, sort_specs, h.score), h.order))
    elif not _is_filter_only(query):
        hits.sort(key=lambda h: (-h.score, h.order))
    return hits


def _is_filter_only(query: dict[str, Any]) -> bool:
    if "match_all" in query:
        return True
    return "bool" in query and not query["bool"].get("must") and not query["bool"].get("should")


def _sort_specs(sort: Any) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for clause in sort if isinstance(sort, list) else [sort]:
        if isinstance(clause, str):
            out.append((clause, {"order": "asc"}))
            continue
        (field, spec), = clause.items()
        out.append((field, spec if isinstance(spec, dict) else {"order": spec}))
    return out


def _sort_family(mapping: Mapping, index: str, field: str, options: dict[str, Any]) -> str | None:
    if field in ("_shard_doc", "_doc", "_score"):
        return None
    if field == "_id":
        raise shard_error("illegal_argument_exception",
                          "Fielddata access on the _id field is disallowed, you can re-enable it by updating the "
                          "dynamic cluster setting: indices.id_field_data.enabled")
    kind = mapping.type_of(field)
    if kind is None or kind == "object":
        if "unmapped_type" not in options:
            raise shard_error("query_shard_exception", f"No mapping found for [{field}] in order to sort on")
        kind = options["unmapped_type"]
    if kind in TEXT_TYPES:
        raise shard_error("illegal_argument_exception",
                          f"Fielddata is disabled on [{field}] in [{index}]. Text fields are not optimised for "
                          "operations that require per-document field data like aggregations and sorting, so "
                          "these operations are disabled by default. Please use a keyword field instead.")
    numeric_type = options.get("numeric_type")
    if numeric_type:
        if kind not in NUMBER_TYPES and kind != "date":
            raise shard_error("query_shard_exception",
                              f"[numeric_type] option cannot be set on a non-numeric field, got {kind}")
        return {"double": "DOUBLE", "long": "LONG", "date": "LONG", "date_nanos": "LONG"}[numeric_type]
    if kind not in SORT_FAMILY:
        raise Unsupported(f"sort on {kind}")
    return SORT_FAMILY[kind]


class _Desc:
    __slots__ = ("v",)

    def __init__(self, v: Any):
        self.v = v

    def __lt__(self, other: _Desc) -> bool:
        return other.v < self.v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.v == other.v


def _sort_key(mapping: Mapping, doc: IndexedDoc, specs: list[tuple[str, dict[str, Any]]],
              score: float | None = None) -> list[tuple]:
    key: list[tuple] = []
    for field, options in specs:
        if field in ("_shard_doc", "_doc"):
            continue
        desc = str(options.get("order", "desc" if field == "_score" else "asc")) == "desc"
        if field == "_score":  # sorting by relevance explicitly (docs: "sort-search-results", _score defaults to desc)
            key.append((1, _Desc(score or 0.0) if desc else (score or 0.0)))
            continue
        values = doc.values.get(field, [])
        missing_first = options.get("missing", "_last") == "_first"
        if not values:
            key.append((0 if missing_first else 2, None))
            continue
        value = max(values) if desc else min(values)
        if isinstance(value, bool):
            value = int(value)
        key.append((1, _Desc(value) if desc else value))
    return key
