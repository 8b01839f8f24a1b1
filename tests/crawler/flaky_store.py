"""A store that goes down after N successful writes (``GWTEST_STORE_FAIL_AFTER``), for spool tests."""

from __future__ import annotations

import os

from search_index.base import StoreUnavailable
from search_index.sqlite_backend import SQLiteStore


class FlakyStore(SQLiteStore):
    def __init__(self, path, fail_after: int):
        super().__init__(path)
        self.fail_after = fail_after
        self.writes = 0

    def upsert(self, collection, docs):
        if self.writes >= self.fail_after:
            raise StoreUnavailable("测试：存储已断开")
        self.writes += 1
        return super().upsert(collection, docs)


def factory(cfg):
    return FlakyStore(cfg.path("store.sqlite_path"), int(os.environ.get("GWTEST_STORE_FAIL_AFTER", "1")))
