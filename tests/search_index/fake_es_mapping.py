"""Mappings and document parsing for the fake Elasticsearch, with the checks Elasticsearch makes.

Each rule cites the Elasticsearch source or reference page it imitates (paths under
https://github.com/elastic/elasticsearch/blob/main/server/src/main/java/org/elasticsearch/ unless a full URL is
given). What is not imitated raises ``Unsupported`` (HTTP 400 ``fake_unsupported``) instead of being accepted.
"""

from __future__ import annotations

import fnmatch
import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from tests.search_index import fake_es_analysis as an

# Metadata fields a document may not contain (index/mapper/*FieldMapper.java, MapperService metadata mappers)
METADATA_FIELDS = frozenset({"_id", "_index", "_source", "_routing", "_ignored", "_seq_no", "_version",
                             "_primary_term", "_field_names", "_tier", "_data_stream_timestamp", "_doc_count",
                             "_nested_path", "_feature", "_tsid", "_ignored_source", "_inference_fields"})
LEAF_TYPES = frozenset({"keyword", "text", "search_as_you_type", "long", "integer", "short", "byte", "double",
                        "float", "half_float", "scaled_float", "date", "boolean"})
NUMBER_TYPES = frozenset({"long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float"})
INTEGER_TYPES = frozenset({"long", "integer", "short", "byte"})
TEXT_TYPES = frozenset({"text", "search_as_you_type"})
# parameters of a field mapping the fake understands; anything else is refused as Elasticsearch refuses unknown
# parameters ("unknown parameter [x] on mapper [y] of type [z]": index/mapper/FieldMapper.java, Builder#parse)
KNOWN_PARAMS = {
    "keyword": {"type", "ignore_above", "fields", "copy_to", "normalizer", "doc_values", "index", "store",
                "null_value", "similarity", "meta"},
    "text": {"type", "analyzer", "search_analyzer", "search_quote_analyzer", "fields", "copy_to", "norms",
             "index", "store", "similarity", "index_options", "position_increment_gap", "meta"},
    "search_as_you_type": {"type", "analyzer", "search_analyzer", "search_quote_analyzer", "max_shingle_size",
                           "copy_to", "norms", "index", "store", "similarity", "index_options", "meta"},
    "date": {"type", "format", "ignore_malformed", "copy_to", "doc_values", "index", "store", "null_value",
             "fields", "meta"},
    "boolean": {"type", "ignore_malformed", "copy_to", "doc_values", "index", "store", "null_value", "fields",
                "meta"},
    **{t: {"type", "ignore_malformed", "coerce", "copy_to", "doc_values", "index", "store", "null_value",
           "fields", "meta", "scaling_factor"} for t in NUMBER_TYPES},
}


class Unsupported(Exception):
    """Something the fake does not imitate (answered with HTTP 400 ``fake_unsupported``)."""


class EsError(Exception):
    """An error Elasticsearch answers with: ``status``, ``type``, ``reason`` (and an optional cause)."""

    def __init__(self, status: int, kind: str, reason: str, caused_by: dict[str, Any] | None = None):
        super().__init__(f"{kind}: {reason}")
        self.status, self.kind, self.reason, self.caused_by = status, kind, reason, caused_by

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"type": self.kind, "reason": self.reason,
                                 "root_cause": [{"type": self.kind, "reason": self.reason}]}
        if self.caused_by:
            error["caused_by"] = self.caused_by
        return {"error": error, "status": self.status}

    def item(self) -> dict[str, Any]:
        error: dict[str, Any] = {"type": self.kind, "reason": self.reason}
        if self.caused_by:
            error["caused_by"] = self.caused_by
        return error


def mapper_error(reason: str, cause: str | None = None) -> EsError:
    return EsError(400, "mapper_parsing_exception", reason,
                   {"type": "illegal_argument_exception", "reason": cause} if cause else None)


# ---- mapping definitions ---------------------------------------------------------------------------------
@dataclass
class FieldDef:
    path: str
    type: str
    params: dict[str, Any]
    subfields: dict[str, FieldDef] = field(default_factory=dict)

    @property
    def ignore_above(self) -> int | None:
        return self.params.get("ignore_above")


@dataclass
class ObjectDef:
    path: str
    enabled: bool = True


@dataclass
class Analysis:
    """What an index's settings define: analyzers (with the built-in ones), normalizers, similarities."""
    analyzers: dict[str, an.Analyzer]
    normalizers: frozenset[str]
    similarities: frozenset[str]

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Analysis:
        analysis = index_setting(settings, "analysis") or {}
        try:
            analyzers = an.build_analyzers(analysis)
        except an.UnknownAnalysis as exc:
            raise Unsupported(str(exc)) from None
        return cls(analyzers, an.BUILTIN_NORMALIZERS | frozenset(analysis.get("normalizer") or {}),
                   an.BUILTIN_SIMILARITIES | frozenset(index_setting(settings, "similarity") or {}))


def index_setting(settings: dict[str, Any], dotted: str) -> Any:
    """A setting from a settings object given nested ({"index": {"mapping": …}}) or flat ("index.mapping.…")."""
    flat = flatten_settings(settings)
    key = dotted if dotted.startswith("index.") else f"index.{dotted}"
    if key in flat:
        return flat[key]
    prefix = key + "."
    sub = {k[len(prefix):]: v for k, v in flat.items() if k.startswith(prefix)}
    return unflatten(sub) if sub else None


def flatten_settings(settings: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in (settings or {}).items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten_settings(value, full + "."))
        else:
            out[full] = value
    if not prefix:  # settings are normalised to the "index." prefix (Settings.Builder#normalizePrefix)
        out = {(k if k.startswith("index.") else f"index.{k}"): v for k, v in out.items()}
    return out


def unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat.items():
        node = out
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out


@dataclass
class DynamicTemplate:
    name: str
    match: str | None
    match_mapping_type: str | None
    mapping: dict[str, Any]


class Mapping:
    """The mapping of one index (or of a template being validated): explicit fields, dynamic templates."""

    def __init__(self, analysis: Analysis, *, ignore_malformed: bool = False):
        self.analysis = analysis
        self.ignore_malformed = ignore_malformed
        self.fields: dict[str, FieldDef] = {}  # path → leaf field (subfields under their own path too)
        self.objects: dict[str, ObjectDef] = {}
        self.dynamic_templates: list[DynamicTemplate] = []
        self.date_detection = True
        self.numeric_detection = False

    # -- building from a mappings body (index/mapper/MappingParser.java, RootObjectMapper.java) --------------
    def merge(self, mappings: dict[str, Any] | None) -> None:
        if not mappings:
            return
        body = mappings.get("_doc", mappings) if isinstance(mappings, dict) else mappings
        for key, value in body.items():
            if key == "properties":
                self._properties(value, "")
            elif key == "dynamic_templates":
                for entry in value:
                    (name, spec), = entry.items()
                    template = DynamicTemplate(name, spec.get("match"), spec.get("match_mapping_type"),
                                               spec.get("mapping") or {})
                    self._validate_dynamic_template(template)
                    self.dynamic_templates = [t for t in self.dynamic_templates if t.name != name] + [template]
            elif key == "date_detection":
                self.date_detection = bool(value)
            elif key == "numeric_detection":
                self.numeric_detection = bool(value)
            elif key in ("_meta", "dynamic", "_source", "_routing"):
                continue
            else:
                raise Unsupported(f"mapping parameter [{key}]")

    def _validate_dynamic_template(self, template: DynamicTemplate) -> None:
        # Since 8.0 a dynamic template that fails to parse for its match_mapping_type is an error, not a
        # deprecation warning: index/mapper/RootObjectMapper.java#validateDynamicTemplate ("dynamic template
        # [%s] has invalid content [%s], attempted to validate it with the following match_mapping_type: %s")
        kind = template.mapping.get("type") or {"string": "text", "long": "long", "double": "float",
                                                  "boolean": "boolean", "object": "object"}.get(
            template.match_mapping_type or "string", "text")
        try:
            if kind != "object":
                self._leaf(f"__dynamic__{template.name}", dict(template.mapping, type=kind), register=False)
        except EsError as exc:
            content = json.dumps({k: v for k, v in {"match": template.match,
                                                    "match_mapping_type": template.match_mapping_type,
                                                    "mapping": template.mapping}.items() if v is not None},
                                 ensure_ascii=False, separators=(",", ":"))
            raise mapper_error(
                f"Failed to parse mapping: dynamic template [{template.name}] has invalid content [{content}], "
                f"attempted to validate it with the following match_mapping_type: "
                f"[{template.match_mapping_type or 'string'}]", exc.caused_by["reason"] if exc.caused_by else
                exc.reason) from None

    def _properties(self, props: dict[str, Any], prefix: str) -> None:
        for name, spec in props.items():
            path = f"{prefix}{name}"
            kind = spec.get("type", "object" if "properties" in spec or "enabled" in spec else None)
            if kind in ("object", None) and ("properties" in spec or kind == "object"):
                self.objects[path] = ObjectDef(path, bool(spec.get("enabled", True)))
                self._properties(spec.get("properties") or {}, path + ".")
            else:
                self._leaf(path, spec)

    def _leaf(self, path: str, spec: dict[str, Any], *, register: bool = True) -> FieldDef:
        kind = spec.get("type")
        if kind not in LEAF_TYPES:
            raise mapper_error(f"Failed to parse mapping: No handler for type [{kind}] declared on field [{path}]",
                               f"No handler for type [{kind}] declared on field [{path}]")
        unknown = set(spec) - KNOWN_PARAMS[kind]
        if unknown:
            param = sorted(unknown)[0]
            raise mapper_error(f"Failed to parse mapping: unknown parameter [{param}] on mapper [{path}] of type "
                               f"[{kind}]", f"unknown parameter [{param}] on mapper [{path}] of type [{kind}]")
        # An analyzer must be defined in the settings of the same index (or template being validated):
        # index/mapper/FieldMapper.java, Parameter#analyzerParam ("analyzer [%s] has not been configured in
        # mappings"); normalizers: index/mapper/KeywordFieldMapper.java ("normalizer [%s] not found for field
        # [%s]"); similarities: index/mapper/TypeParsers.java#resolveSimilarity ("Unknown Similarity type [%s]
        # for field [%s]").
        for param in ("analyzer", "search_analyzer", "search_quote_analyzer"):
            if param in spec and spec[param] not in self.analysis.analyzers:
                reason = f"analyzer [{spec[param]}] has not been configured in mappings"
                raise mapper_error(f"Failed to parse mapping: {reason}", reason)
        if "normalizer" in spec and spec["normalizer"] not in self.analysis.normalizers:
            reason = f"normalizer [{spec['normalizer']}] not found for field [{path}]"
            raise mapper_error(f"Failed to parse mapping: {reason}", reason)
        if "similarity" in spec and spec["similarity"] not in self.analysis.similarities:
            reason = f"Unknown Similarity type [{spec['similarity']}] for field [{path}]"
            raise mapper_error(f"Failed to parse mapping: {reason}", reason)
        fdef = FieldDef(path, kind, {k: v for k, v in spec.items() if k not in ("type", "fields")})
        for sub, sub_spec in (spec.get("fields") or {}).items():
            fdef.subfields[sub] = self._leaf(f"{path}.{sub}", sub_spec, register=register)
        if register:
            old = self.fields.get(path)
            if old is not None and old.type != kind:
                # index/mapper/FieldMapper.java#merge: "mapper [%s] cannot be changed from type [%s] to [%s]"
                raise EsError(400, "illegal_argument_exception",
                              f"mapper [{path}] cannot be changed from type [{old.type}] to [{kind}]")
            if path in self.objects:
                raise EsError(400, "illegal_argument_exception",
                              f"can't merge a non object mapping [{path}] with an object mapping")
            self.fields[path] = fdef
        return fdef

    # -- dynamic mapping (index/mapper/DynamicFieldsBuilder.java, DynamicTemplate.java) ----------------------
    def dynamic_leaf(self, path: str, value: Any) -> FieldDef:
        leaf = path.rsplit(".", 1)[-1]
        if isinstance(value, bool):
            json_type, default = "boolean", {"type": "boolean"}
        elif isinstance(value, int):
            json_type, default = "long", {"type": "long"}
        elif isinstance(value, float):
            json_type, default = "double", {"type": "float"}
        else:
            json_type = "string"
            if self.date_detection and is_iso_date(str(value)):  # dynamic_date_formats: strict_date_optional_time
                default = {"type": "date"}
                json_type = "date"
            else:
                default = {"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 256}}}
        for template in self.dynamic_templates:
            mmt = template.match_mapping_type
            if mmt not in (None, "*", json_type):
                continue
            if template.match and not fnmatch.fnmatchcase(leaf, template.match):
                continue
            kind = template.mapping.get("type") or default["type"]
            return self._leaf(path, dict(template.mapping, type=kind))
        return self._leaf(path, default)

    def dynamic_object(self, path: str) -> ObjectDef:
        self.objects[path] = ObjectDef(path)
        return self.objects[path]

    def checkpoint(self) -> tuple[set[str], set[str]]:
        return set(self.fields), set(self.objects)

    def rollback(self, mark: tuple[set[str], set[str]]) -> None:
        """Forget dynamic fields added by a document that was then rejected (its mapping update is not applied)."""
        for path in set(self.fields) - mark[0]:
            del self.fields[path]
        for path in set(self.objects) - mark[1]:
            del self.objects[path]

    def type_of(self, path: str) -> str | None:
        if path in self.fields:
            return self.fields[path].type
        if path in self.objects:
            return "object"
        return None


# ---- values ----------------------------------------------------------------------------------------------
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
                                r"(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?")


def is_iso_date(text: str) -> bool:
    return bool(_ISO.fullmatch(text.strip())) and parse_date(text) is not None


def parse_date(text: str, *, round_up: bool = False, time_zone: str | None = None) -> float | None:
    """``strict_date_optional_time||epoch_millis`` to epoch milliseconds; None if it does not parse.

    Missing components are filled for a rounding-up parse with MONTH 01, DAY 01, HOUR 23, MINUTE 59,
    SECOND 59, NANO 999_999_999 — "Missing date components",
    https://www.elastic.co/docs/reference/query-languages/query-dsl/query-dsl-range-query#missing-date-components
    (common/time/JavaDateMathParser.java; the range query parses gt and lte bounds rounding up)."""
    text = text.strip()
    if text.lstrip("-").isdigit() and len(text) > 4:  # epoch_millis (a 4-digit number is a year)
        return float(int(text))
    m = _ISO.fullmatch(text)
    if not m:
        return None
    year, month, day, hour, minute, second, frac, zone = m.groups()
    defaults = ("01", "01", "23", "59", "59") if round_up else ("01", "01", "00", "00", "00")
    try:
        base = datetime(int(year), int(month or defaults[0]), int(day or defaults[1]), int(hour or defaults[2]),
                        int(minute or defaults[3]), int(second or defaults[4]))
    except ValueError:
        return None
    if frac is not None:
        micro = int((frac + "000000")[:6])
        base = base.replace(microsecond=micro)
    elif round_up:
        base = base.replace(microsecond=999_999)
    aware = base.replace(tzinfo=zone_of(zone or time_zone or "Z"))
    return float(math.floor(aware.timestamp() * 1000))  # the date type has millisecond resolution


def zone_of(name: str) -> Any:
    """A time zone as Elasticsearch's ``time_zone`` takes it: "Z", an offset ("+08:00") or an IANA name."""
    if name == "Z":
        return UTC
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})?", name)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))
    return ZoneInfo(name)


def coerce_number(kind: str, value: Any) -> float | int | None:
    """A number for a numeric field (``coerce`` on: numeric strings accepted, integers truncated); None when the
    value is malformed (index/mapper/NumberFieldMapper.java, NumberType#parse)."""
    if isinstance(value, bool):
        return None  # "Current token (VALUE_TRUE) not numeric": malformed
    if isinstance(value, (int, float)):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value) if not value.strip().lstrip("-").isdigit() else int(value)
        except ValueError:
            return None
    else:
        return None
    if isinstance(number, float) and (math.isnan(number) or math.isinf(number)):
        return None
    if kind in INTEGER_TYPES:
        return int(number)
    return float(number)


def parse_boolean(value: Any) -> bool | None:
    """index/mapper/BooleanFieldMapper.java: JSON booleans and the strings "true"/"false" ("" is null)."""
    if isinstance(value, bool):
        return value
    if value == "true":
        return True
    if value == "false":
        return False
    return None


# ---- documents -------------------------------------------------------------------------------------------
@dataclass
class IndexedDoc:
    """What an index holds for one document: exact values, token streams, ignored fields."""
    id: str
    source: dict[str, Any]
    values: dict[str, list[Any]] = field(default_factory=dict)  # path → normalised exact values
    tokens: dict[str, list[list[an.Token]]] = field(default_factory=dict)  # path → one token list per value
    present: set[str] = field(default_factory=set)  # paths with an indexed value (the exists query)
    ignored: set[str] = field(default_factory=set)  # the _ignored metadata field


def preview(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={preview(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(preview(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_document(mapping: Mapping, doc_id: str, source: dict[str, Any]) -> IndexedDoc:
    """Index ``source`` as Elasticsearch's DocumentParser would, updating ``mapping`` with dynamic fields;
    raise ``EsError`` (400 ``document_parsing_exception``) where it rejects the document."""
    doc = IndexedDoc(doc_id, source)
    pending: list[tuple[str, Any]] = []  # copy_to targets

    def fail(reason: str, caused: dict[str, Any] | None = None) -> EsError:
        return EsError(400, "document_parsing_exception", f"[1:1] {reason}", caused)

    def walk(obj: dict[str, Any], prefix: str) -> None:
        for key, value in obj.items():
            if not prefix and key in METADATA_FIELDS:
                # index/mapper/DocumentParser.java: metadata fields are set by the API, not the document
                raise fail(f"Field [{key}] is a metadata field and cannot be added inside a document. "
                           "Use the index API request parameters.")
            path = f"{prefix}{key}"
            if "." in key:  # "a.b" is the path a → b (subobjects: true)
                head, rest = key.split(".", 1)
                walk({head: {rest: value}}, prefix)
                continue
            field_value(path, value)

    def field_value(path: str, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, list):
            for item in value:
                field_value(path, item)
            return
        obj = mapping.objects.get(path)
        if obj is not None and not obj.enabled:
            return  # enabled: false — "any arbitrary data", objects or not (mapping-reference/enabled)
        if isinstance(value, dict):
            leaf = mapping.fields.get(path)
            if leaf is not None:
                # An object where a leaf is mapped: index/mapper/FieldMapper.java#parse ("failed to parse field
                # [%s] of type [%s] in document with id '%s'. Preview of field's value: '%s'"). ignore_malformed
                # does not cover it: NumberFieldMapper/BooleanFieldMapper ignore only when
                # context.parser().currentToken().isValue(), and keyword/text have no ignore_malformed.
                raise fail(f"failed to parse field [{path}] of type [{leaf.type}] in document with id '{doc_id}'. "
                           f"Preview of field's value: '{preview(value)}'",
                           {"type": "illegal_state_exception",
                            "reason": "Can't get text on a START_OBJECT at 1:1"})
            if obj is None:
                mapping.dynamic_object(path)
            walk(value, path + ".")
            return
        if obj is not None:
            # A concrete value where an object is mapped: index/mapper/DocumentParser.java ("object mapping for
            # [%s] tried to parse field [%s] as object, but found a concrete value")
            raise fail(f"object mapping for [{path}] tried to parse field [{path.rsplit('.', 1)[-1]}] as object, "
                       "but found a concrete value")
        leaf = mapping.fields.get(path) or mapping.dynamic_leaf(path, value)
        index_leaf(leaf, path, value)

    def index_leaf(leaf: FieldDef, path: str, value: Any) -> None:
        kind = leaf.type
        if kind == "keyword":
            text = preview(value) if not isinstance(value, str) else value
            limit = leaf.ignore_above
            if limit is not None and len(text) > limit:
                # mapping-reference/ignore-above: not indexed, the field name goes to _ignored
                doc.ignored.add(path)
            else:
                doc.values.setdefault(path, []).append(text)
                doc.present.add(path)
        elif kind in TEXT_TYPES:
            text = preview(value) if not isinstance(value, str) else value
            analyzer = mapping.analysis.analyzers[leaf.params.get("analyzer", "standard")]
            doc.tokens.setdefault(path, []).append(analyzer.analyze(text))
            doc.present.add(path)  # norms are written even for a value without tokens
        else:
            if kind in NUMBER_TYPES:
                parsed: Any = coerce_number(kind, value)
            elif kind == "date":
                parsed = parse_date(value) if isinstance(value, str) else (
                    float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None)
            else:
                parsed = parse_boolean(value)
            if parsed is None:
                if leaf.params.get("ignore_malformed", mapping.ignore_malformed):
                    doc.ignored.add(path)  # mapping-reference/ignore-malformed: skipped, listed in _ignored
                else:
                    raise fail(f"failed to parse field [{path}] of type [{kind}] in document with id '{doc_id}'. "
                               f"Preview of field's value: '{preview(value)}'",
                               {"type": "illegal_argument_exception", "reason": f"cannot parse [{preview(value)}]"})
            else:
                doc.values.setdefault(path, []).append(parsed)
                doc.present.add(path)
        for sub in leaf.subfields.values():  # multi-fields get the value even when the parent ignored it
            index_leaf(sub, sub.path, value)
        for target in leaf.params.get("copy_to") or []:
            pending.append((target, value))

    mark = mapping.checkpoint()
    try:
        walk(source, "")
        for target, value in pending:
            leaf = mapping.fields.get(target) or mapping.dynamic_leaf(target, value)
            index_leaf(leaf, target, value)
    except EsError:
        mapping.rollback(mark)
        raise
    return doc
