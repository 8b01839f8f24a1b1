"""Issue #13 item 8: a registry import killed mid-write, then run again, leaves exactly one history record per
change — on both backends (SQLite, and Elasticsearch through the local fake server)."""

from __future__ import annotations

from collections import Counter

import pytest

from registry.importer import apply_import, plan_import
from registry.read import read_registry
from search_index.base import StoreUnavailable
from tests.registry.helpers import HEADERS_ZH, write_csv


class DiesAfter:
    """Wraps a store: the (n+1)-th document written raises, as a process killed mid-write would stop."""

    def __init__(self, store, n: int):
        self._store, self._left = store, n

    def upsert(self, collection, docs):
        docs = list(docs)
        if len(docs) > self._left:
            self._store.upsert(collection, docs[:self._left])
            self._left = 0
            raise StoreUnavailable("测试：导入进程在写入中途被杀")
        self._left -= len(docs)
        return self._store.upsert(collection, docs)

    def __getattr__(self, name):
        return getattr(self._store, name)


def _rows(n: int, name: str = "账号") -> list[list[str]]:
    return [["济南市政府", "微博", str(1000 + i), f"{name}{i}", "", "", "正常", "山东省济南市", "", "", ""]
            for i in range(n)]


def _import(store, path, batch=7):
    parsed = read_registry(path)
    assert parsed.ok
    return apply_import(store, parsed, plan_import(store, parsed), batch=batch, full=True)


def _events(store) -> Counter:
    return Counter((d["account_id"], d["field"], str(d["old"]), str(d["new"])) for d in store.scan("registry_history"))


@pytest.mark.parametrize("killed_after", [1, 7, 25, 45])
def test_killed_import_then_reimport_gives_one_added_event_per_account(any_store, tmp_path, killed_after):
    path = write_csv(tmp_path / "r.csv", HEADERS_ZH, _rows(20))  # 40 history records, then 20 entries
    with pytest.raises(StoreUnavailable):
        _import(DiesAfter(any_store, killed_after), path)
    any_store.refresh()
    _import(any_store, path)
    any_store.refresh()
    events = _events(any_store)
    added = [k for k in events if k[1] == "entry" and k[3] == "present"]
    assert len(added) == 20 and all(events[k] == 1 for k in events), events
    assert any_store.count("registry_history") == 40 and any_store.count("registry") == 20


def test_killed_change_import_and_real_later_changes_keep_their_own_events(any_store, tmp_path):
    path = write_csv(tmp_path / "r.csv", HEADERS_ZH, _rows(5))
    _import(any_store, path)
    renamed = write_csv(tmp_path / "r2.csv", HEADERS_ZH, _rows(5, "新名"))
    with pytest.raises(StoreUnavailable):
        _import(DiesAfter(any_store, 3), renamed, batch=2)
    any_store.refresh()
    _import(any_store, renamed)
    any_store.refresh()
    assert sum(1 for k in _events(any_store) if k[1] == "name") == 5
    assert all(n == 1 for n in _events(any_store).values())
    # The same change made again later (back and forth) is a new event, not an overwrite of the first one.
    _import(any_store, path)
    _import(any_store, renamed)
    any_store.refresh()
    names = [k for k in _events(any_store) if k[1] == "name" and k[0] == "1000"]
    assert sorted(_events(any_store)[k] for k in names) == [1, 2]  # 账号0→新名0 twice, 新名0→账号0 once
    assert any_store.count("registry_history", {"account_id": "1000", "field": "name"}) == 3
    # Removed (full import without it) and added again: a second "added" event, the first one kept.
    _import(any_store, write_csv(tmp_path / "r3.csv", HEADERS_ZH, _rows(5)[1:]))
    _import(any_store, path)
    any_store.refresh()
    assert any_store.count("registry_history", {"account_id": "1000", "field": "entry", "new": "present"}) == 2
