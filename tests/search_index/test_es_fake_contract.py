"""The storage contract on the Elasticsearch backend against the fake server (no cluster needed).

The fake evaluates the query DSL with an approximation of Elasticsearch's semantics (``fake_es_query.py``), so
this run checks how the backend composes filters, sorting, paging, search clauses, bulk writes, locating
documents and updates — everything but the real analyzers and near-real-time refresh, which
``test_es_store.py`` covers against a real cluster when ``ELASTICSEARCH_URL`` is set.
"""

from __future__ import annotations

import pytest

from search_index.es_backend import ElasticsearchStore
from tests.search_index.contract import StoreContract
from tests.search_index.fake_es import FakeElasticsearch
from tests.search_index.test_es_unit import es_config


class TestElasticsearchStoreOnFake(StoreContract):

    @pytest.fixture(autouse=True)
    def _fake_server(self):
        self._server = FakeElasticsearch().start()
        try:
            yield
        finally:
            self._server.stop()

    def make_store(self):
        return ElasticsearchStore.from_config(es_config(self._server.url))
