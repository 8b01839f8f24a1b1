"""The storage contract on Elasticsearch, when a server is given in ``ELASTICSEARCH_URL``.

Everything goes under a prefix unique to this test run (``govwatch-test-<random>``); documents are removed
after each test and the run's indices, templates and policy at the end.
"""

from __future__ import annotations

import os
import uuid

import pytest

from search_index.base import COLLECTIONS
from tests.search_index.contract import StoreContract

ES_URL = os.environ.get("ELASTICSEARCH_URL", "").strip()
pytestmark = pytest.mark.skipif(not ES_URL, reason="ELASTICSEARCH_URL 未设置：没有可用的 Elasticsearch 服务器")


@pytest.fixture(scope="module")
def es_store():
    from core.settings import load_config
    from search_index.es_backend import ElasticsearchStore

    prefix = f"govwatch-test-{uuid.uuid4().hex[:8]}"
    cfg = load_config().with_overrides({"store.elasticsearch_url": ES_URL, "store.index_prefix": prefix},
                                       "test_es_store")
    store = ElasticsearchStore.from_config(cfg)
    try:
        yield store
    finally:
        # ES 8 refuses wildcard index deletes; drop_layout names this prefix's indices one by one.
        store.drop_layout()
        store.close()


class TestElasticsearchStore(StoreContract):
    @pytest.fixture(autouse=True)
    def _es(self, es_store):
        self._shared = es_store

    def make_store(self):
        return self._shared

    def destroy_store(self, store):
        """Keep the indices for the next test, empty them."""
        for collection in COLLECTIONS:
            store.refresh(collection)
            store.delete_where(collection, {})
            store.refresh(collection)
