"""The storage contract on the Elasticsearch backend against the fake server (no cluster needed).

The fake (``fake_es.py``) parses documents against the real mappings, analyzes text with the configured chains
(checked on real Lucene by ``test_lucene_analysis.py``) and refuses what Elasticsearch refuses (each rule
cites its source), so this run checks how the backend composes templates, filters, sorting, paging, search
clauses, bulk writes, locating documents and updates. Near-real-time refresh and everything the fake does not
imitate are for ``test_es_store.py``, which runs the same contract on a real cluster when ``ELASTICSEARCH_URL``
is set, and for ``deploy/smoke.sh``.
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
            # every request the backend sent was one Elasticsearch accepts
            assert not self._server.refused(), [(r.method, r.path, r.status, r.error) for r in self._server.refused()]
        finally:
            self._server.stop()

    def make_store(self):
        return ElasticsearchStore.from_config(es_config(self._server.url))
