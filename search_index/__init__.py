"""search_index — the storage layer: one interface (``base.Store``), two backends.

``open_store(cfg)`` picks the backend from the configuration: Elasticsearch when ``store.backend`` says so (or
``auto`` with ``store.elasticsearch_url`` set), else the embedded SQLite file at ``store.sqlite_path``.
"""

from __future__ import annotations

from search_index.base import COLLECTIONS, BulkWriter, Store, StoreError, StoreUnavailable, with_id

__all__ = ["COLLECTIONS", "BulkWriter", "Store", "StoreError", "StoreUnavailable", "open_store", "with_id"]


def open_store(cfg=None) -> Store:
    from core.settings import load_config

    cfg = cfg or load_config()
    backend = cfg["store.backend"]
    if backend == "auto":
        backend = "elasticsearch" if cfg["store.elasticsearch_url"] else "sqlite"
    if backend == "elasticsearch":
        from search_index.es_backend import ElasticsearchStore

        return ElasticsearchStore.from_config(cfg)
    from search_index.sqlite_backend import SQLiteStore

    return SQLiteStore(cfg.path("store.sqlite_path"), timeout=cfg["store.request_timeout"],
                       index_batch=cfg["store.sqlite_index_batch"])
