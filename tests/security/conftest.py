"""Fixtures shared by the hostile-input suite."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "elasticsearch"])
def any_store(request, store):
    """A store on SQLite, and one on the fake Elasticsearch server: the security rules hold on both backends."""
    if request.param == "sqlite":
        yield store
        return
    from search_index.es_backend import ElasticsearchStore
    from tests.search_index.fake_es import FakeElasticsearch
    from tests.search_index.test_es_unit import es_config

    server = FakeElasticsearch().start()
    es = ElasticsearchStore.from_config(es_config(server.url))
    try:
        yield es
    finally:
        es.close()
        server.stop()
