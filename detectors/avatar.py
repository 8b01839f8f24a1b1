"""Comparing avatar fingerprints (computed by ``core.avatars.avatar_hashes``; see there for what they are).

Distances are only taken between hashes of the same kind (DCT with DCT, gradient with gradient).

``compare(a, b)`` takes the smallest Hamming distance over all pairs of variants. Government avatars share
templates (police emblem, red 发布 badge), so a similar avatar is *supporting* evidence only; the detectors never
flag on it alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

from core.avatars import CROP_SCALES, HASH_BITS, ROTATIONS, avatar_hashes_from_file


def variants(h: dict) -> list[str]:
    """All hash strings of one fingerprint dict (the whole image first)."""
    out = [h.get("phash"), h.get("content")]
    out += list(h.get("crops") or []) + list(h.get("rotations") or []) + [h.get("dhash"), h.get("dcontent")]
    return [v for v in out if isinstance(v, str) and len(v) == HASH_BITS // 4]


def compare(a: dict, b: dict, max_distance: int = 10) -> dict:
    """Distances between two fingerprint dicts and a verdict usable in reasons.

    ``distance`` is the smallest Hamming distance over all variant pairs (out of 64 bits); ``phash_distance``
    compares the whole images only; ``similar`` is ``distance <= max_distance``.
    """
    va, vb = variants(a or {}), variants(b or {})
    if not va or not vb:
        return {"distance": None, "phash_distance": None, "bits": HASH_BITS, "similar": False, "via": None}
    distance = int(pair_distances(hash_matrix([a]), hash_matrix([b]))[0])
    phash = _hamming(a.get("phash"), b.get("phash"))
    content = _hamming(a.get("content"), b.get("content"))
    via = ("phash" if phash == distance else "content" if content == distance else
           "dhash" if distance in (_hamming(a.get("dhash"), b.get("dhash")),
                                   _hamming(a.get("dcontent"), b.get("dcontent"))) else "variant")
    return {"distance": distance, "phash_distance": phash, "bits": HASH_BITS, "similar": distance <= max_distance,
            "via": via}


def _hamming(x: str | None, y: str | None) -> int | None:
    try:
        return bin(int(x, 16) ^ int(y, 16)).count("1") if x and y else None
    except ValueError:
        return None


# ---- vectorised comparison for many pairs -----------------------------------------------------------------

DCT_SLOTS = 2 + len(CROP_SCALES) + len(ROTATIONS)
SLOTS = DCT_SLOTS + 2  # + dhash, dcontent
_FAMILY = np.array([0] * DCT_SLOTS + [1, 1])
_SAME_FAMILY = _FAMILY[:, None] == _FAMILY[None, :]


def hash_matrix(hashes: Iterable[dict | None]) -> np.ndarray:
    """uint64 matrix [n, SLOTS+1]: the variants of each fingerprint; last column is a bit mask of present slots."""
    rows = []
    for h in hashes:
        row = [0] * (SLOTS + 1)
        mask = 0
        if h:
            vs = [h.get("phash"), h.get("content")] + list(h.get("crops") or [])[:len(CROP_SCALES)]
            vs += [None] * (2 + len(CROP_SCALES) - len(vs))
            vs += list(h.get("rotations") or [])[:len(ROTATIONS)]
            vs += [None] * (DCT_SLOTS - len(vs))
            vs += [h.get("dhash"), h.get("dcontent")]
            for k, v in enumerate(vs[:SLOTS]):
                if isinstance(v, str) and len(v) == HASH_BITS // 4:
                    try:
                        row[k] = int(v, 16)
                        mask |= 1 << k
                    except ValueError:
                        pass
        row[SLOTS] = mask
        rows.append(row)
    return np.array(rows, dtype=np.uint64).reshape(-1, SLOTS + 1)


def pair_distances(ma: np.ndarray, mb: np.ndarray) -> np.ndarray:
    """Row-wise smallest Hamming distance between fingerprints ``ma[i]`` and ``mb[i]`` (65 when unknown).

    Pure numpy: XOR of all variant pairs and ``np.bitwise_count`` (popcount) — no Python loop over pairs.
    """
    if len(ma) == 0:
        return np.zeros(0, dtype=np.int64)
    a, b = ma[:, :SLOTS], mb[:, :SLOTS]
    d = np.bitwise_count(a[:, :, None] ^ b[:, None, :]).astype(np.int64)
    bits = np.arange(SLOTS, dtype=np.uint64)
    va = ((ma[:, SLOTS:SLOTS + 1] >> bits) & np.uint64(1)).astype(bool)
    vb = ((mb[:, SLOTS:SLOTS + 1] >> bits) & np.uint64(1)).astype(bool)
    valid = va[:, :, None] & vb[:, None, :] & _SAME_FAMILY[None, :, :]
    d = np.where(valid, d, HASH_BITS + 1)
    return d.reshape(len(ma), -1).min(axis=1)


def hashes_for_record(record: dict, base_dir=None) -> dict | None:
    """The fingerprints of a record's avatar: precomputed ``avatar_hashes``, else computed from a *local* file.

    URLs are never fetched (detectors do no network); unreadable or refused files give None.
    """
    pre = record.get("avatar_hashes")
    if isinstance(pre, dict) and pre.get("phash"):
        return pre
    if isinstance(record.get("avatar_phash"), str) and len(record["avatar_phash"]) == HASH_BITS // 4:
        return {"phash": record["avatar_phash"]}  # older records: the whole-image hash only
    path = record.get("avatar")
    if not path or not isinstance(path, str) or "://" in path or path.startswith("data:"):
        return None
    p = Path(path)
    if not p.is_absolute() and base_dir is not None:
        p = Path(base_dir) / p
    try:
        return avatar_hashes_from_file(p)
    except (OSError, ValueError):
        return None


# ---- finding near copies without comparing all pairs ------------------------------------------------------

# Whole-image and content-box hashes (DCT and gradient), each cut into four 16-bit bands. Two fingerprints at a
# small distance almost always agree exactly on one band of one of these four hashes (within 3 bits always: four
# bands, three differing bits); the few entries sharing a band are then compared in full (``pair_distances``).
_BAND_SLOTS = (0, 1, DCT_SLOTS, DCT_SLOTS + 1)
MAX_BAND_BUCKET = 500  # a band shared by more images than this is a blank or a template: no information


def band_codes(matrix: np.ndarray) -> np.ndarray:
    """int64 [n, 16]: one code per (slot, band) of each fingerprint, -1 where the slot is missing."""
    n = len(matrix)
    codes = np.full((n, len(_BAND_SLOTS) * 4), -1, dtype=np.int64)
    for k, slot in enumerate(_BAND_SLOTS):
        present = ((matrix[:, SLOTS] >> np.uint64(slot)) & np.uint64(1)).astype(bool)
        for band in range(4):
            value = ((matrix[:, slot] >> np.uint64(16 * band)) & np.uint64(0xFFFF)).astype(np.int64)
            codes[:, k * 4 + band] = np.where(present, (k * 4 + band) << 16 | value, -1)
    return codes


class AvatarIndex:
    """Fingerprints (rows of a ``hash_matrix``) grouped by their hash bands, with numpy sorting (no Python loop
    over entries). ``crowded[i]``: fingerprint ``i`` shares a band with more than ``MAX_BAND_BUCKET`` others — a
    template or a blank, never a distinctive image."""

    def __init__(self, matrix: np.ndarray, positions: Iterable[int] | None = None):
        self.matrix = matrix
        rows = np.arange(len(matrix)) if positions is None else np.fromiter(positions, dtype=np.int64)
        codes = band_codes(matrix[rows]) if len(rows) else np.zeros((0, 16), dtype=np.int64)
        flat = codes.ravel()
        owner = np.repeat(rows, codes.shape[1])
        keep = flat >= 0
        flat, owner = flat[keep], owner[keep]
        order = np.argsort(flat, kind="stable")
        self.sorted_rows = owner[order]
        self.codes, self.starts, self.counts = np.unique(flat[order], return_index=True, return_counts=True)
        big = self.codes[self.counts > MAX_BAND_BUCKET]
        self.crowded = np.zeros(len(matrix), dtype=bool)
        if len(big):
            self.crowded[owner[np.isin(flat, big)]] = True

    def _group(self, code: int) -> np.ndarray | None:
        k = int(np.searchsorted(self.codes, code))
        if k >= len(self.codes) or self.codes[k] != code or self.counts[k] > MAX_BAND_BUCKET:
            return None
        return self.sorted_rows[self.starts[k]:self.starts[k] + self.counts[k]]

    def near(self, row: np.ndarray, max_distance: int) -> list[tuple[int, int]]:
        """(position, distance) of the indexed fingerprints within ``max_distance`` of ``row``, nearest first."""
        groups = [g for c in band_codes(row[None, :])[0].tolist() if c >= 0 for g in (self._group(c),)
                  if g is not None]
        if not groups:
            return []
        positions = np.unique(np.concatenate(groups))
        d = pair_distances(np.repeat(row[None, :], len(positions), axis=0), self.matrix[positions])
        keep = d <= max_distance
        return [(int(p), int(x)) for x, p in sorted(zip(d[keep].tolist(), positions[keep].tolist()))]

    def close_pairs(self, max_distance: int) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (i, j), i < j, of uncrowded indexed fingerprints that share a band and lie within ``max_distance``."""
        left, right = [], []
        for start, count in zip(self.starts[self.counts > 1].tolist(), self.counts[self.counts > 1].tolist()):
            if count > MAX_BAND_BUCKET:
                continue
            members = self.sorted_rows[start:start + count]
            members = members[~self.crowded[members]]  # crowded ones are templates already
            if len(members) < 2:
                continue
            i, j = np.triu_indices(len(members), 1)
            left.append(members[i])
            right.append(members[j])
        if not left:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        a, b = np.concatenate(left), np.concatenate(right)
        n = np.int64(len(self.matrix))
        code = np.unique(np.minimum(a, b) * n + np.maximum(a, b))  # one int per pair: a fast 1-D unique
        pairs = np.stack([code // n, code % n], axis=1)
        pairs = pairs[pairs[:, 0] != pairs[:, 1]]
        d = np.concatenate([pair_distances(self.matrix[pairs[k:k + 200_000, 0]], self.matrix[pairs[k:k + 200_000, 1]])
                            for k in range(0, len(pairs), 200_000)]) if len(pairs) else np.zeros(0, dtype=np.int64)
        close = pairs[d <= max_distance]
        return close[:, 0], close[:, 1]
