"""Compact forms of the scale path's structures answer as the plain ones did."""

from __future__ import annotations

import numpy as np

from detectors import avatar
from detectors.avatar import hash_matrix, pair_distances
from detectors.context import DetectionContext
from detectors.name_index import MAX_BUCKET, KeyTable, NameIndex, _keys
from detectors.names import analyse_name


def _plain_buckets(names, limit):
    buckets: dict[str, list[int]] = {}
    for r, keys in enumerate(names):
        for k in keys:
            buckets.setdefault(k, []).append(r)
    return {k: v for k, v in buckets.items() if len(v) <= limit}


def test_key_table_answers_like_a_dict_of_lists_and_drops_crowded_keys():
    keys = [{"a", "b"}, {"b"}, set(), {"c", "b"}, {"d"}]
    table = KeyTable.of(keys, 2)  # "b" is shared by three positions: no information, dropped
    plain = _plain_buckets(keys, 2)
    assert "b" not in plain
    for query in ({"a"}, {"b"}, {"c", "d"}, {"a", "b", "c"}, {"x"}, set()):
        assert table.lookup(query) == {r for k in query for r in plain.get(k, [])}
    queries = [{"a"}, {"b"}, {"c", "d"}, set(), {"a", "c", "x"}]
    ci, ri = table.lookup_many(queries)
    assert sorted(zip(ci.tolist(), ri.tolist())) == sorted(
        (i, r) for i, q in enumerate(queries) for r in {r for k in q for r in plain.get(k, [])})


def test_key_table_decodes_positions_beyond_the_number_of_keys():
    # one keyed name at position 99 of 100: pairs are coded with the registry's size, not the number of keys
    keys = [()] * 99 + [("k",)]
    ci, ri = KeyTable.of(keys, MAX_BUCKET).lookup_many([("x",), ("k",)])
    assert list(zip(ci.tolist(), ri.tolist())) == [(1, 99)]


def test_name_index_pairs_are_the_blocked_pairs_of_each_candidate():
    registry = [analyse_name(n) for n in ("济南公安", "济南发布", "青岛公安", "山东发布", "淄博发布")]
    candidates = [analyse_name(n) for n in ("济南公妄", "济南发布", "青岛啤酒", "山东发", "jinangongan", "")]
    index = NameIndex(registry)
    ci, ri = index.pairs(candidates)
    assert sorted(zip(ci.tolist(), ri.tolist())) == sorted(
        (c, r) for c, form in enumerate(candidates) for r in index.block(form))
    plain = _plain_buckets([_keys(f.core, registry=True) for f in registry], MAX_BUCKET)
    for form in candidates[:-1]:
        assert index.block(form) == {r for k in index.keys_for(form) for r in plain.get(k, [])}


def test_pair_distances_by_index_equal_gathered_rows_across_slices(monkeypatch):
    rng = np.random.default_rng(9)
    rows = [{"phash": f"{int(x):016x}", "content": f"{int(y):016x}"} if k % 7 else None
            for k, (x, y) in enumerate(rng.integers(0, 2**63, (50, 2)))]
    matrix = hash_matrix(rows)
    ia, ib = rng.integers(0, 50, 333), rng.integers(0, 50, 333)
    monkeypatch.setattr(avatar, "PAIR_CHUNK", 16)  # several slices, the last one short
    by_index = pair_distances(matrix, matrix, ia, ib)
    assert by_index.tolist() == pair_distances(matrix[ia], matrix[ib]).tolist()
    assert (by_index[[k for k in range(333) if rows[ia[k]] is None]] == 65).all()


def test_crawled_registry_is_accounts_by_key_for_registry_keys():
    registry = [{"platform": "weibo", "account_id": "1", "name": "济南发布"},
                {"platform": "douyin", "account_id": "2", "name": "济南公安"}]
    accounts = [{"platform": "weibo", "account_id": "1", "name": "旧"}, {"platform": "weibo", "account_id": "9"},
                {"platform": "weibo", "account_id": "1", "name": "新"}]
    ctx = DetectionContext(registry=registry, accounts=accounts)
    crawled = ctx.crawled_registry()
    assert crawled == {k: v for k, v in ctx.accounts_by_key.items() if k in ctx.registry_by_key}
    assert [a["name"] for a in crawled.values()] == ["新"]  # the last record of a key wins
