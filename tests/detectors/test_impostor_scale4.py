"""Registry-side indexes made cheap at scale give the same answers as a plain comparison of every pair."""

from __future__ import annotations

import numpy as np

from detectors.avatar import MAX_BAND_BUCKET, SMALL_BUCKET, AvatarIndex, hash_matrix, pair_distances


def _brute_shared(matrix, crowded, groups, max_distance, colours=None, same_colour=1.0):
    n = len(matrix)
    out = np.zeros(n, dtype=bool)
    for i in range(n):
        for j in range(n):
            if i == j or groups[i] == groups[j] or crowded[i] or crowded[j]:
                continue
            if pair_distances(matrix[i:i + 1], matrix[j:j + 1])[0] > max_distance:
                continue
            if colours is not None and np.abs(colours[i] - colours[j]).sum() / 2 > same_colour:
                continue
            out[i] = True
    return out


def test_shared_across_matches_every_pair_on_small_and_large_buckets():
    rng = np.random.default_rng(12)
    hashes, groups = [], []
    base = [int(x) for x in rng.integers(0, 2**63, 6)]
    sizes = (2, 3, SMALL_BUCKET, SMALL_BUCKET + 1, 60, 5)  # both paths: numpy pairs and bucket by bucket
    for b, size in zip(base, sizes):
        for _ in range(size):
            h = b
            for _ in range(int(rng.integers(0, 5))):
                h ^= 1 << int(rng.integers(0, 64))
            hashes.append({"phash": f"{h:016x}", "content": f"{h ^ 0xF0:016x}"})
            groups.append(int(rng.integers(0, 4)) if size > 3 else len(groups))  # some units own several copies
    hashes += [{"phash": f"{int(x):016x}"} for x in rng.integers(0, 2**63, 40)]  # unrelated images
    groups += list(range(1000, 1040))
    matrix = hash_matrix(hashes)
    groups = np.asarray(groups)
    index = AvatarIndex(matrix)
    assert len(matrix) < MAX_BAND_BUCKET  # nothing crowded: every pair is judged by distance
    got = index.shared_across(groups, 3)
    assert got.any() and not got.all()
    # a pair sharing no band can be missed by design; within 3 bits two fingerprints always share one
    assert (got == _brute_shared(matrix, index.crowded, groups, 3)).all()
    colours = rng.random((len(matrix), 4)).astype(np.float32)
    colours /= colours.sum(axis=1, keepdims=True)
    got = index.shared_across(groups, 3, lambda: colours, 0.1)
    assert (got == _brute_shared(matrix, index.crowded, groups, 3, colours, 0.1)).all()


def test_abbreviation_lookup_checks_only_rests_holding_every_character():
    from detectors.name_index import UnitAbbreviations, is_subsequence
    from detectors.names import _strip_levels
    units = ["荣成市人民政府新闻办公室", "荣成市公安局交通警察大队", "荣成市市场监督管理局", "荣成市教育和体育局",
             "荣成市人民政府办公室", "荣成市卫生健康局"]
    entries = [{"unit": u, "name": f"n{k}", "platform": "weibo", "account_id": str(k)} for k, u in enumerate(units)]
    index = UnitAbbreviations(entries, [["荣成", "荣成市"]] * len(units))
    for name, expected in (("荣成新闻办", {0}), ("荣成交警大队", {1}), ("荣成政府办", {0, 4}), ("荣成卫健局", {5}),
                           ("荣成市场监管局", {2}), ("荣成体育新闻", set())):
        assert {r for r, *_ in index.find(name)} == expected, name
        # the same as trying every unit of the place in turn
        tail, rests = _strip_levels(name)[2:], [_strip_levels(u)[2:] for u in units]
        assert expected == {r for r, rest in enumerate(rests) if tail != rest and is_subsequence(tail, rest)}
