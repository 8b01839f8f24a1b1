"""The fake Elasticsearch refuses what Elasticsearch refuses: one test per strictness rule, through the official
client (the rules and what each imitates are listed in ``fake_es.py``, ``fake_es_mapping.py`` and
``fake_es_query.py``)."""

from __future__ import annotations

import pytest
from elasticsearch import BadRequestError, ConflictError, Elasticsearch, NotFoundError

from search_index import es_templates as tpl
from tests.search_index.fake_es import FakeElasticsearch

CJK = {"index": {"analysis": tpl.analysis_settings()}}


@pytest.fixture
def es():
    server = FakeElasticsearch().start()
    client = Elasticsearch(server.url, request_timeout=5)
    try:
        yield client
    finally:
        client.close()
        server.stop()


def reason(exc: BadRequestError | NotFoundError | ConflictError) -> str:
    error = exc.body["error"]
    return f"{error.get('reason')} | {(error.get('caused_by') or {}).get('reason', '')}"


def test_component_template_is_validated_standalone(es):
    es.cluster.put_component_template(name="settings", template={"settings": CJK})
    with pytest.raises(BadRequestError, match="analyzer \\[govwatch_cjk\\] has not been configured"):
        es.cluster.put_component_template(name="m", template={"mappings": {"properties": {
            "t": {"type": "text", "analyzer": tpl.CJK_ANALYZER}}}})
    with pytest.raises(BadRequestError) as err:  # in a dynamic template too (an error since 8.0)
        es.cluster.put_component_template(name="m", template={"mappings": {"dynamic_templates": [
            {"s": {"match_mapping_type": "string", "mapping": {"type": "text", "analyzer": tpl.CJK_ANALYZER}}}]}})
    assert "dynamic template [s] has invalid content" in reason(err.value)
    for spec, message in (({"type": "keyword", "normalizer": "folding"}, "normalizer [folding] not found"),
                          ({"type": "text", "similarity": "my_bm25"}, "Unknown Similarity type [my_bm25]"),
                          ({"type": "keyword", "analyzer": "x"}, "unknown parameter [analyzer]")):
        with pytest.raises(BadRequestError, match=message.replace("[", "\\[").replace("]", "\\]")):
            es.cluster.put_component_template(name="m", template={"mappings": {"properties": {"f": spec}}})
    es.cluster.put_component_template(name="m", template={"settings": CJK, "mappings": {"properties": {
        "t": {"type": "text", "analyzer": tpl.CJK_ANALYZER}}}})


def test_index_template_needs_its_components_and_is_validated_composed(es):
    with pytest.raises(BadRequestError, match="specifies component templates \\['nope'\\] that do not exist"):
        es.indices.put_index_template(name="t", index_patterns=["t-*"], composed_of=["nope"])
    es.cluster.put_component_template(name="settings", template={"settings": CJK})
    es.indices.put_index_template(name="t", index_patterns=["t-*"], composed_of=["settings"], template={
        "mappings": {"properties": {"body": {"type": "text", "analyzer": tpl.CJK_ANALYZER}}}})
    with pytest.raises(BadRequestError) as err:
        es.indices.put_index_template(name="u", index_patterns=["u-*"], template={
            "mappings": {"properties": {"body": {"type": "text", "analyzer": tpl.CJK_ANALYZER}}}})
    assert "template after composition" in reason(err.value) and "has not been configured" in reason(err.value)
    with pytest.raises(BadRequestError, match="still in use"):
        es.cluster.delete_component_template(name="settings")


def test_documents_are_parsed_against_the_mapping(es):
    es.indices.create(index="i", settings={"index": {"mapping": {"ignore_malformed": True}}}, mappings={
        "properties": {"k": {"type": "keyword", "ignore_above": 5}, "n": {"type": "long"}, "d": {"type": "date"},
                       "o": {"properties": {"x": {"type": "keyword"}}}, "off": {"type": "object", "enabled": False}}})
    es.index(index="i", id="1", document={"k": "toolong", "n": "many", "d": "昨天", "off": "anything"})
    es.index(index="i", id="2", document={"k": "ok", "n": "7", "d": "2026-11-01T08:00:00+08:00"})
    assert es.count(index="i", query={"exists": {"field": "k"}})["count"] == 1  # ignore_above: not indexed
    assert es.count(index="i", query={"term": {"_ignored": "k"}})["count"] == 1  # … but listed in _ignored
    assert es.count(index="i", query={"term": {"_ignored": "d"}})["count"] == 1  # ignore_malformed
    assert es.count(index="i", query={"term": {"n": 7}})["count"] == 1  # "7" coerced
    for doc, message in (({"k": {"a": 1}}, "failed to parse field [k] of type [keyword]"),
                         ({"n": {"a": 1}}, "failed to parse field [n] of type [long]"),  # no ignore_malformed for objects
                         ({"o": "flat"}, "object mapping for [o] tried to parse field [o] as object"),
                         ({"_ignored": "x"}, "Field [_ignored] is a metadata field")):
        with pytest.raises(BadRequestError) as err:
            es.index(index="i", id="3", document=doc)
        assert message in reason(err.value) and err.value.body["error"]["type"] == "document_parsing_exception"
    es.indices.create(index="strict", mappings={"properties": {"n": {"type": "long"}}})
    with pytest.raises(BadRequestError, match="failed to parse field \\[n\\] of type \\[long\\]"):
        es.index(index="strict", id="1", document={"n": "many"})  # without ignore_malformed


def test_bulk_require_alias_and_auto_create(es):
    result = es.bulk(operations=[{"index": {"_index": "gone", "_id": "1", "require_alias": True}}, {"t": "上海"}])
    item = result["items"][0]["index"]
    assert item["status"] == 404 and "[require_alias] request flag is [true] and [gone] is not an alias" in item[
        "error"]["reason"]
    es.bulk(operations=[{"index": {"_index": "auto", "_id": "1"}}, {"t": "上海发布"}])  # auto-created, default mapping
    mapping = es.indices.get_field_mapping(index="auto", fields="t")["auto"]["mappings"]["t"]["mapping"]["t"]
    assert mapping["type"] == "text"  # Elasticsearch's default for strings: no Chinese analyzer


def test_term_and_range_values_must_parse(es):
    es.indices.create(index="i", mappings={"properties": {"n": {"type": "long"}, "d": {"type": "date"},
                                                          "b": {"type": "boolean"}}})
    for query in ({"term": {"n": "many"}}, {"term": {"d": "昨天"}}, {"term": {"b": "yes"}},
                  {"range": {"n": {"gt": "x"}}}, {"range": {"d": {"lt": "2026-11-01 08:00"}}}):
        with pytest.raises(BadRequestError):
            es.search(index="i", query=query)
    assert es.count(index="i", query={"term": {"n": 1.5}})["count"] == 0  # a decimal never equals a long


def test_date_bounds_round_as_elasticsearch_rounds(es):
    es.indices.create(index="i", mappings={"properties": {"d": {"type": "date"}}})
    es.index(index="i", id="1", document={"d": "2026-11-01T10:00:00Z"})
    es.index(index="i", id="2", document={"d": "2026-11-02T00:00:00Z"})

    def ids(bounds):
        return sorted(h["_id"] for h in es.search(index="i", query={"range": {"d": bounds}})["hits"]["hits"])

    assert ids({"gt": "2026-11-01"}) == ["2"]  # gt rounds up to 2026-11-01T23:59:59.999
    assert ids({"lte": "2026-11-01"}) == ["1"]  # lte too
    assert ids({"gte": "2026-11-01"}) == ["1", "2"] and ids({"lt": "2026-11-01"}) == []
    assert ids({"gt": "2026-11-01T10:00:00"}) == ["2"]  # missing milliseconds: .999
    assert ids({"gt": "2026-11-01T10:00:00.000Z"}) == ["2"] and ids({"gte": "2026-11-01T10:00:00.000Z"}) == ["1", "2"]
    assert ids({"gte": "2026-11-01T18:00:00", "lt": "2026-11-02", "time_zone": "+08:00"}) == ["1"]
    assert es.count(index="i", query={"term": {"d": "2026-11-01"}})["count"] == 1  # a term is the day


def test_sort_refusals(es):
    es.indices.create(index="a", mappings={"properties": {"t": {"type": "text"}, "n": {"type": "long"}}})
    es.indices.create(index="b", mappings={"properties": {"n": {"type": "keyword"}}})
    es.index(index="a", id="1", document={"t": "x", "n": 1})
    es.index(index="b", id="2", document={"n": "one"})
    for sort, message in (([{"_id": "asc"}], "Fielddata access on the _id field is disallowed"),
                          ([{"t": "asc"}], "Fielddata is disabled"),
                          ([{"zzz": "asc"}], "No mapping found for [zzz] in order to sort on"),
                          ([{"n": "asc"}], "incompatible sort types: [LONG] and [STRING]")):
        with pytest.raises(BadRequestError) as err:
            es.search(index="a,b", sort=sort)
        assert message in reason(err.value), sort
    assert es.search(index="a", sort=[{"zzz": {"order": "asc", "unmapped_type": "long"}}])["hits"]["hits"]


def test_graph_queries_have_phrase_semantics_and_a_clause_limit(es):
    es.indices.create(index="i", settings=CJK, mappings={"properties": {"t": {"type": "text",
                                                                               "analyzer": tpl.CJK_ANALYZER}}})
    es.index(index="i", id="adjacent", document={"t": "上海发布"})
    es.index(index="i", id="scattered", document={"t": "上海市，海发公司，发布会"})
    hits = es.search(index="i", query={"match": {"t": {"query": "上海发布", "operator": "and"}}})["hits"]["hits"]
    assert [h["_id"] for h in hits] == ["adjacent"]  # one phrase per path: only adjacent characters
    with pytest.raises(BadRequestError) as err:
        es.search(index="i", query={"match": {"t": {"query": "国务院办公厅关于推进政府网站集约化建设", "operator": "and"}}})
    assert err.value.body["error"]["caused_by"]["type"] == "too_many_nested_clauses"


def test_writes_guarded_by_sequence_numbers_and_write_aliases(es):
    es.indices.create(index="a1", aliases={"w": {}})
    es.indices.create(index="a2", aliases={"w": {}})
    with pytest.raises(BadRequestError, match="no write index is defined for alias \\[w\\]"):
        es.index(index="w", id="1", document={"x": 1})
    es.index(index="a1", id="1", document={"x": 1})
    with pytest.raises(ConflictError):
        es.index(index="a1", id="1", document={"x": 2}, if_seq_no=99, if_primary_term=1)
    with pytest.raises(NotFoundError):
        es.search(index="missing")
