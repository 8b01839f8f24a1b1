"""Elasticsearch index layout for govwatch, as plain Python data.

For every collection in ``search_index.base.COLLECTIONS`` (prefix ``govwatch`` by default):

- alias ``govwatch-<collection>``: reads go through it (all generations), writes to its write index;
- concrete indices ``govwatch-<collection>-000001``, ``-000002`` … created by the bootstrap and by rollover;
- composable index template ``govwatch-<collection>`` (pattern ``govwatch-<collection>-*``) built from two
  component templates: ``govwatch-settings`` (shards, replicas, the Chinese analyzers) and ``govwatch-mappings``
  (dynamic templates shared by all collections), plus the collection's own field mappings;
- ILM policy ``govwatch-rollover`` attached to the time-series collections (``spec.time_series``): rollover by
  age / primary shard size, optional deletion after ``store.retention_days``.

Every component template is valid on its own: Elasticsearch validates each one standalone when it is put
(``MetadataIndexTemplateService.addComponentTemplate`` creates a temporary index from the component's own
settings and mappings, and since 8.0 an invalid dynamic template is an error), so the analyzers live in the
same component as the mappings that name them (``govwatch-mappings``); ``govwatch-settings`` holds only
shards, replicas and the mapping limits.

Field mapping rules (the filter translator in ``es_query`` relies on them):

- ``name_fields``: ``keyword`` (exact filters, sorting) with a ``.text`` CJK sub-field, copied into
  ``<field>__suggest`` (``search_as_you_type``) for prefix / as-you-type search;
- ``text_fields``: ``text`` with the CJK analyzer and a ``.keyword`` sub-field for filters and sorting
  (a text field that is also a keyword field is mapped like a name, without the suggest copy);
- ``keyword_fields``: ``keyword``;
- the spec's ``time_field``, ``@timestamp`` and every ``*_at`` field: ``date``;
- any other string: ``keyword`` with a ``.text`` CJK sub-field (dynamic template);
- keyword values longer than ``KEYWORD_IGNORE_ABOVE`` (8191) characters are kept in ``_source`` and in the
  ``.text`` full-text sub-field but not in the keyword (Lucene refuses terms over 32766 UTF-8 bytes; 8191
  characters of up to 4 bytes each stay under it): Elasticsearch lists such a field in the document's
  ``_ignored`` metadata field, which the ``exists`` filter consults;
- ``@id``: a ``keyword`` copy of the document id (``ID_FIELD``), written with every document, so that sorting
  by ``_id`` works (Elasticsearch 8 refuses field data on ``_id`` itself: ``indices.id_field_data.enabled``);
- ``@unindexed``: values that do not fit the mapping an index already has (an object where a string was mapped,
  or the reverse), moved there by the backend and put back on read (``enabled: false``, never indexed), with
  their dotted paths in the keyword ``@unindexed_paths`` (so that ``exists`` still finds them);
- ``raw`` (platform payloads) and ``evidence``: stored in ``_source`` but not indexed (``enabled: false``),
  so hostile or inconsistent payloads can never break the mapping.

Analyzers (all ``standard`` tokenizer + ``cjk_width`` + ``lowercase``, which puts every Han character in a
token of its own):

- ``govwatch_cjk`` (index time): + ``cjk_bigram`` with ``output_unigrams: true``: every Han character and every
  pair of adjacent ones is indexed, the pair at the position of its first character;
- ``govwatch_cjk_search`` (the CJK fields' ``search_analyzer``): + ``cjk_bigram`` without unigrams: pairs only
  (a lone Han character stays a unigram). It never emits a token graph, so a long query is a flat list of
  terms, never one phrase per path through a unigram/bigram graph (which grows like the Fibonacci numbers and
  exceeds the clause limit at about 15 characters);
- ``govwatch_chars``: no bigrams, one token per Han character: the phrase analyzer of the full-text query (its
  tokens sit at exactly the positions of the indexed unigrams) and the analyzer of the search_as_you_type
  copies of names.
"""

from __future__ import annotations

import re
from typing import Any

from search_index.base import COLLECTIONS, CollectionSpec, StoreError

TEMPLATE_VERSION = 2  # bump when the layout below changes; `govwatch index setup` installs the new one
CJK_ANALYZER = "govwatch_cjk"
CJK_SEARCH_ANALYZER = "govwatch_cjk_search"
CHAR_ANALYZER = "govwatch_chars"
# ignore_above counts characters, Lucene's term limit is 32766 bytes: 8191 characters of at most 4 UTF-8 bytes
# (https://www.elastic.co/docs/reference/elasticsearch/mapping-reference/ignore-above)
KEYWORD_IGNORE_ABOVE = 8191
SUGGEST_SUFFIX = "__suggest"
ID_FIELD = "@id"  # keyword copy of the document id: the sort tiebreaker Elasticsearch allows
UNINDEXED_FIELD = "@unindexed"  # values that conflict with an index's mapping, kept but not indexed
UNINDEXED_PATHS = "@unindexed_paths"  # keyword: the dotted paths of those values (for the exists filter)
UNINDEXED_OBJECTS = ("raw", "evidence", UNINDEXED_FIELD)
FIRST_GENERATION = "000001"

_PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9_.]*(-[a-z0-9_.]+)*$")


def check_prefix(prefix: str) -> str:
    if not prefix or not _PREFIX_RE.match(prefix) or len(prefix) > 100:
        raise StoreError(f"store.index_prefix 的值 {prefix!r} 不能用作索引名前缀：只能用小写字母、数字、“_”、“.”和“-”，"
                         "且不能以符号开头")
    return prefix


# ---- names ----------------------------------------------------------------------------------------------
def alias_name(prefix: str, collection: str) -> str:
    return f"{prefix}-{collection}"


def first_index_name(prefix: str, collection: str) -> str:
    return f"{alias_name(prefix, collection)}-{FIRST_GENERATION}"


def index_pattern(prefix: str, collection: str) -> str:
    return f"{alias_name(prefix, collection)}-*"


def settings_component_name(prefix: str) -> str:
    return f"{prefix}-settings"


def mappings_component_name(prefix: str) -> str:
    return f"{prefix}-mappings"


def policy_name(prefix: str) -> str:
    return f"{prefix}-rollover"


def template_name(prefix: str, collection: str) -> str:
    return alias_name(prefix, collection)


# ---- field roles (shared with the query translator) -----------------------------------------------------
def is_text_main(spec: CollectionSpec, field: str) -> bool:
    """True when ``field`` is mapped as ``text`` (exact matches then go to ``field.keyword``)."""
    return field in spec.text_fields and field not in spec.name_fields and field not in spec.keyword_fields


def is_date_field(spec: CollectionSpec | None, field: str) -> bool:
    return field == "@timestamp" or field.endswith("_at") or (spec is not None and field == spec.time_field)


def exact_field(spec: CollectionSpec | None, field: str) -> str:
    """The indexed field that holds the exact value of ``field`` (for term/range queries and sorting)."""
    if spec is not None and is_text_main(spec, field):
        return f"{field}.keyword"
    return field


def fulltext_fields(spec: CollectionSpec, fields: list[str] | tuple[str, ...] | None = None) -> list[str]:
    """Analyzed (CJK) fields to run a full-text query on, for the given logical field names."""
    names = list(fields) if fields else list(dict.fromkeys(spec.text_fields + spec.name_fields))
    if not names:
        return ["*.text"]
    return [name if is_text_main(spec, name) else f"{name}.text" for name in names]


def suggest_fields(spec: CollectionSpec, fields: list[str] | tuple[str, ...] | None = None) -> list[str]:
    """The search_as_you_type field of each name field searched (its root: phrase-prefix queries on it use the
    shingle and ``_index_prefix`` sub-fields)."""
    return [n + SUGGEST_SUFFIX for n in (fields or spec.name_fields) if n in spec.name_fields]


# ---- component templates --------------------------------------------------------------------------------
def replica_settings(replicas: str) -> dict[str, Any]:
    value = str(replicas).strip()
    if re.fullmatch(r"\d+", value):
        return {"number_of_replicas": int(value)}
    if re.fullmatch(r"\d+-(\d+|all)", value):
        return {"auto_expand_replicas": value}
    raise StoreError(f"store.replicas 的值 {replicas!r} 无效：应为整数（如 1）或范围（如 0-1、0-all）")


def analysis_settings() -> dict[str, Any]:
    return {
        "filter": {
            "govwatch_cjk_bigram": {"type": "cjk_bigram", "output_unigrams": True},
            "govwatch_cjk_bigram_only": {"type": "cjk_bigram", "output_unigrams": False},
        },
        "analyzer": {
            CJK_ANALYZER: {"type": "custom", "tokenizer": "standard",
                           "filter": ["cjk_width", "lowercase", "govwatch_cjk_bigram"]},
            CJK_SEARCH_ANALYZER: {"type": "custom", "tokenizer": "standard",
                                  "filter": ["cjk_width", "lowercase", "govwatch_cjk_bigram_only"]},
            # one token per Han character (the standard tokenizer splits ideographs): the phrase analyzer of
            # full-text search, and search_as_you_type's base (its 2/3-gram shingles are character n-grams)
            CHAR_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": ["cjk_width", "lowercase"]},
        },
    }


def settings_component(*, shards: int = 1, replicas: str = "0-1") -> dict[str, Any]:
    settings = {
        "number_of_shards": int(shards),
        **replica_settings(replicas),
        # a malformed date or number in crawled data is kept in _source but not indexed; the document survives
        # and the field is listed in _ignored (which the exists filter consults)
        "mapping": {"ignore_malformed": True, "total_fields": {"limit": 2000}},
    }
    return {"template": {"settings": {"index": settings}}, "version": TEMPLATE_VERSION,
            "_meta": {"managed_by": "govwatch", "description": "govwatch: 分片、副本与字段数上限"}}


def mappings_component() -> dict[str, Any]:
    """The mappings shared by all collections, with the analyzers they name (validated standalone)."""
    mappings = {
        "date_detection": False,
        "numeric_detection": False,
        "dynamic_templates": [
            {"times": {"match": "*_at", "match_mapping_type": "string", "mapping": {"type": "date"}}},
            {"strings": {"match_mapping_type": "string", "mapping": {
                "type": "keyword", "ignore_above": KEYWORD_IGNORE_ABOVE,
                "fields": {"text": {"type": "text", "analyzer": CJK_ANALYZER, "search_analyzer": CJK_SEARCH_ANALYZER,
                                    "norms": False}}}}},
        ],
        "properties": {
            "@timestamp": {"type": "date"},
            ID_FIELD: {"type": "keyword"},
            UNINDEXED_PATHS: {"type": "keyword"},
            **{name: {"type": "object", "enabled": False} for name in UNINDEXED_OBJECTS},
        },
    }
    return {"template": {"settings": {"index": {"analysis": analysis_settings()}}, "mappings": mappings},
            "version": TEMPLATE_VERSION,
            "_meta": {"managed_by": "govwatch", "description": "govwatch: 中文分析器与所有集合共用的字段映射"}}


# ---- per-collection mappings ----------------------------------------------------------------------------
def _put(props: dict[str, Any], dotted: str, mapping: dict[str, Any]) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        props = props.setdefault(part, {"properties": {}}).setdefault("properties", {})
    props[parts[-1]] = mapping


def _keyword(**extra: Any) -> dict[str, Any]:
    return {"type": "keyword", "ignore_above": KEYWORD_IGNORE_ABOVE, **extra}


def _cjk_text(**extra: Any) -> dict[str, Any]:
    return {"type": "text", "analyzer": CJK_ANALYZER, "search_analyzer": CJK_SEARCH_ANALYZER, **extra}


def collection_mappings(spec: CollectionSpec) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for name in spec.keyword_fields:
        _put(props, name, _keyword())
    for name in spec.text_fields:
        if is_text_main(spec, name):
            _put(props, name, _cjk_text(fields={"keyword": _keyword()}))
        else:
            _put(props, name, _keyword(fields={"text": _cjk_text()}))
    for name in spec.name_fields:
        _put(props, name, _keyword(fields={"text": _cjk_text()}, copy_to=[name + SUGGEST_SUFFIX]))
        _put(props, name + SUGGEST_SUFFIX, {"type": "search_as_you_type", "analyzer": CHAR_ANALYZER})
    if spec.time_field:
        _put(props, spec.time_field, {"type": "date"})
    return {"properties": props, "_meta": {"collection": spec.name, "managed_by": "govwatch"}}


def index_template(prefix: str, spec: CollectionSpec) -> dict[str, Any]:
    """Body of PUT _index_template/<prefix>-<collection>."""
    settings: dict[str, Any] = {}
    if spec.time_series:
        settings = {"index": {"lifecycle": {"name": policy_name(prefix),
                                            "rollover_alias": alias_name(prefix, spec.name)}}}
    template: dict[str, Any] = {"mappings": collection_mappings(spec)}
    if settings:
        template["settings"] = settings
    return {
        "index_patterns": [index_pattern(prefix, spec.name)],
        "composed_of": [settings_component_name(prefix), mappings_component_name(prefix)],
        "priority": 200,
        "version": TEMPLATE_VERSION,
        "template": template,
        "_meta": {"managed_by": "govwatch", "collection": spec.name, "description": spec.doc},
    }


def ilm_policy(*, max_age: str = "30d", max_primary_shard_size: str = "50gb", retention_days: int = 0) -> dict:
    """Body of PUT _ilm/policy/<prefix>-rollover (the ``policy`` object)."""
    phases: dict[str, Any] = {"hot": {"min_age": "0ms", "actions": {
        "rollover": {"max_age": max_age, "max_primary_shard_size": max_primary_shard_size},
        "set_priority": {"priority": 100}}}}
    if retention_days:
        phases["delete"] = {"min_age": f"{int(retention_days)}d", "actions": {"delete": {}}}
    return {"phases": phases, "_meta": {"managed_by": "govwatch", "version": TEMPLATE_VERSION}}


def bootstrap_index_body(prefix: str, collection: str) -> dict[str, Any]:
    """Body of PUT <prefix>-<collection>-000001: the first generation, holding the write alias."""
    return {"aliases": {alias_name(prefix, collection): {"is_write_index": True}}}


def layout(prefix: str, *, shards: int = 1, replicas: str = "0-1", max_age: str = "30d",
           max_primary_shard_size: str = "50gb", retention_days: int = 0) -> dict[str, Any]:
    """Everything `govwatch index setup` installs, keyed by kind then name (used by setup and tests)."""
    check_prefix(prefix)
    return {
        "ilm_policies": {policy_name(prefix): ilm_policy(max_age=max_age, max_primary_shard_size=max_primary_shard_size,
                                                         retention_days=retention_days)},
        "component_templates": {
            settings_component_name(prefix): settings_component(shards=shards, replicas=replicas),
            mappings_component_name(prefix): mappings_component(),
        },
        "index_templates": {template_name(prefix, name): index_template(prefix, spec)
                            for name, spec in COLLECTIONS.items()},
        "bootstrap": {name: alias_name(prefix, name) for name in COLLECTIONS},  # collection → write alias
    }


def layout_from_config(cfg) -> dict[str, Any]:
    return layout(cfg["store.index_prefix"], shards=cfg["store.number_of_shards"], replicas=cfg["store.replicas"],
                  max_age=cfg["store.rollover_max_age"],
                  max_primary_shard_size=cfg["store.rollover_max_primary_shard_size"],
                  retention_days=cfg["store.retention_days"])
