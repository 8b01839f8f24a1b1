"""Comparing avatar fingerprints (computed by ``core.avatars.avatar_hashes``; see there for what they are).

Distances are only taken between hashes of the same kind (DCT with DCT, gradient with gradient).

Structure (``structure_for_record``, ``structure_similarity``): the edge map of a local avatar file, the same for a
recoloured copy and telling two designs of one layout apart (see there).

Colour (``colour_matrix``, ``colour_distances``): the grey-level hashes cannot tell two units' avatars drawn from
one layout in different colours apart; the hue histograms can (half the L1 distance, 0 = same colours, 1 = none
shared). A recoloured copy matches no colour, so colour only ever *separates* designs, it never joins them.

``compare(a, b)`` takes the smallest Hamming distance over all pairs of variants. Government avatars share
templates (police emblem, red 发布 badge), so a similar avatar is *supporting* evidence only; the detectors never
flag on it alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from core.avatars import COLOUR_BINS, CROP_SCALES, HASH_BITS, ROTATIONS, avatar_hashes_from_file


def variants(h: dict) -> list[str]:
    """All hash strings of one fingerprint dict (the whole image first)."""
    out = [h.get("phash"), h.get("content")]
    out += list(h.get("crops") or []) + list(h.get("rotations") or []) + [h.get("inner")]
    out += [h.get("dhash"), h.get("dcontent")]
    return [v for v in out if isinstance(v, str) and len(v) == HASH_BITS // 4]


def compare(a: dict, b: dict, max_distance: int = 10) -> dict:
    """Distances between two fingerprint dicts and a verdict usable in reasons.

    ``distance`` is the smallest Hamming distance over all variant pairs (out of 64 bits); ``phash_distance``
    compares the whole images only; ``similar`` is ``distance <= max_distance``.
    """
    va, vb = variants(a or {}), variants(b or {})
    if not va or not vb:
        return {"distance": None, "phash_distance": None, "bits": HASH_BITS, "similar": False, "via": None,
                "colour_distance": None}
    distance = int(pair_distances(hash_matrix([a]), hash_matrix([b]))[0])
    phash = _hamming(a.get("phash"), b.get("phash"))
    content = _hamming(a.get("content"), b.get("content"))
    via = ("phash" if phash == distance else "content" if content == distance else
           "dhash" if distance in (_hamming(a.get("dhash"), b.get("dhash")),
                                   _hamming(a.get("dcontent"), b.get("dcontent"))) else "variant")
    colour = colour_distances(colour_matrix([a])[0], colour_matrix([b]))[0]
    return {"distance": distance, "phash_distance": phash, "bits": HASH_BITS, "similar": distance <= max_distance,
            "via": via, "colour_distance": None if np.isnan(colour) else round(float(colour), 3)}


def _hamming(x: str | None, y: str | None) -> int | None:
    try:
        return bin(int(x, 16) ^ int(y, 16)).count("1") if x and y else None
    except ValueError:
        return None


# ---- vectorised comparison for many pairs -----------------------------------------------------------------

DCT_SLOTS = 3 + len(CROP_SCALES) + len(ROTATIONS)  # phash, content, crops, rotations, inner
INNER_SLOT = DCT_SLOTS - 1
SLOTS = DCT_SLOTS + 2  # + dhash, dcontent
_FAMILY = np.array([0] * DCT_SLOTS + [1, 1])
_SAME_FAMILY = _FAMILY[:, None] == _FAMILY[None, :]
_FAMILIES = tuple(_FAMILY.tolist())  # the same as Python ints (``row_band_codes``)


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
            vs += [None] * (INNER_SLOT - len(vs)) + [h.get("inner")]
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


def pair_distances(ma: np.ndarray, mb: np.ndarray, ia: np.ndarray | None = None,
                   ib: np.ndarray | None = None) -> np.ndarray:
    """Row-wise smallest Hamming distance between fingerprints ``ma[i]`` and ``mb[i]`` (65 when unknown) — or,
    given index arrays, between ``ma[ia[i]]`` and ``mb[ib[i]]``: the rows are gathered a slice at a time, so a
    million pairs never copy their fingerprints whole.

    Pure numpy: XOR of the variant pairs of one family (DCT with DCT, gradient with gradient) and
    ``np.bitwise_count`` (popcount) — no Python loop over pairs; rows in slices of bounded memory (``PAIR_CHUNK``
    rows: a few MB of temporaries, not the hundreds a million-pair slice would take).
    """
    n = len(ma) if ia is None else len(ia)
    out = np.empty(n, dtype=np.int64)
    for k in range(0, n, PAIR_CHUNK):
        a = ma[k:k + PAIR_CHUNK] if ia is None else ma[ia[k:k + PAIR_CHUNK]]
        b = mb[k:k + PAIR_CHUNK] if ib is None else mb[ib[k:k + PAIR_CHUNK]]
        x = a[:, _PAIR_I]
        np.bitwise_xor(x, b[:, _PAIR_J], out=x)
        d = np.bitwise_count(x)
        present_a = ((a[:, SLOTS:SLOTS + 1] >> _SLOT_BITS) & np.uint64(1)).astype(bool)
        present_b = ((b[:, SLOTS:SLOTS + 1] >> _SLOT_BITS) & np.uint64(1)).astype(bool)
        valid = present_a[:, _PAIR_I] & present_b[:, _PAIR_J]
        out[k:k + PAIR_CHUNK] = np.where(valid, d, HASH_BITS + 1).min(axis=1)
    return out


PAIR_CHUNK = 10_000
_SLOT_BITS = np.arange(SLOTS, dtype=np.uint64)
_PAIR_I, _PAIR_J = (x.astype(np.int64) for x in np.nonzero(_SAME_FAMILY))


def local_avatar_path(record: dict, base_dir=None) -> Path | None:
    """The record's avatar as a local file path (relative paths against ``base_dir``), or None for a URL, a data:
    URI or no avatar: detectors never fetch anything."""
    path = record.get("avatar")
    if not path or not isinstance(path, str) or "://" in path or path.startswith("data:"):
        return None
    p = Path(path)
    return Path(base_dir) / p if not p.is_absolute() and base_dir is not None else p


def hashes_for_record(record: dict, base_dir=None) -> dict | None:
    """The fingerprints of a record's avatar: precomputed ``avatar_hashes``, else computed from a *local* file.

    URLs are never fetched (detectors do no network); unreadable or refused files give None.
    """
    pre = record.get("avatar_hashes")
    if isinstance(pre, dict) and pre.get("phash"):
        return pre
    if isinstance(record.get("avatar_phash"), str) and len(record["avatar_phash"]) == HASH_BITS // 4:
        return {"phash": record["avatar_phash"]}  # older records: the whole-image hash only
    p = local_avatar_path(record, base_dir)
    if p is None:
        return None
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
# Bands are a shortcut that can miss a pair (two variants 6 bits apart may differ in every band). Small sets are
# compared exactly instead: ``near`` when the index holds at most EXACT_LIMIT fingerprints, ``hits`` when the
# pairs number at most EXACT_PAIRS.
EXACT_LIMIT = 5_000
EXACT_PAIRS = 2_000_000
HITS_CHUNK = 50_000
SMALL_BUCKET = 16  # band buckets up to this size are paired with numpy in one go (``shared_across``)


ALL_SLOTS = tuple(range(SLOTS))


def band_codes(matrix: np.ndarray, slots: tuple[int, ...] = _BAND_SLOTS, by_family: bool = False) -> np.ndarray:
    """int64 [n, 4·len(slots)]: one code per (slot, band) of each fingerprint, -1 where the slot is missing.

    ``by_family`` files every DCT slot under one code (and every gradient slot under another), so a crop, a
    rotation or the inner box of one image meets any variant of the other."""
    n = len(matrix)
    codes = np.full((n, len(slots) * 4), -1, dtype=np.int64)
    for k, slot in enumerate(slots):
        present = ((matrix[:, SLOTS] >> np.uint64(slot)) & np.uint64(1)).astype(bool)
        prefix = int(_FAMILY[slot]) * 4 if by_family else k * 4
        for band in range(4):
            value = ((matrix[:, slot] >> np.uint64(16 * band)) & np.uint64(0xFFFF)).astype(np.int64)
            codes[:, k * 4 + band] = np.where(present, (prefix + band) << 16 | value, -1)
    return codes


def row_band_codes(row: Sequence[int], slots: tuple[int, ...] = _BAND_SLOTS, by_family: bool = False) -> list[int]:
    """``band_codes`` of one fingerprint (a ``hash_matrix`` row as Python ints), computed with Python integers: the
    same codes in the same order, without the few hundred numpy calls on one-row arrays that the matrix form costs
    a single query (``AvatarIndex.near``)."""
    mask = row[SLOTS]
    out = []
    for k, slot in enumerate(slots):
        if not (mask >> slot) & 1:
            out += [-1, -1, -1, -1]
            continue
        prefix = _FAMILIES[slot] * 4 if by_family else k * 4
        value = row[slot]
        out += [(prefix + band) << 16 | ((value >> (16 * band)) & 0xFFFF) for band in range(4)]
    return out


def inner_as_content_codes(matrix: np.ndarray) -> np.ndarray:
    """The band codes of each fingerprint's ``inner`` hash filed under the content slot: an avatar pasted into a
    screenshot is found by the original's content box."""
    moved = np.zeros_like(matrix)
    moved[:, 1] = matrix[:, INNER_SLOT]
    moved[:, SLOTS] = ((matrix[:, SLOTS] >> np.uint64(INNER_SLOT)) & np.uint64(1)) << np.uint64(1)
    return band_codes(moved)[:, 4:8]


class AvatarIndex:
    """Fingerprints (rows of a ``hash_matrix``) grouped by their hash bands, with numpy sorting (no Python loop
    over entries). ``crowded[i]``: fingerprint ``i`` shares a band with more than ``MAX_BAND_BUCKET`` others — a
    template or a blank, never a distinctive image."""

    def __init__(self, matrix: np.ndarray, positions: Iterable[int] | None = None, every_variant: bool = False):
        self.matrix = matrix
        self.every_variant = every_variant  # index crops, rotations and inner boxes too (``band_codes`` by_family)
        rows = np.arange(len(matrix)) if positions is None else np.fromiter(positions, dtype=np.int64)
        self.positions = rows
        codes = (self._codes(matrix[rows]) if len(rows) else
                 np.zeros((0, 4 * (SLOTS if every_variant else len(_BAND_SLOTS))), dtype=np.int64))
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

    def _codes(self, matrix: np.ndarray) -> np.ndarray:
        return band_codes(matrix, ALL_SLOTS, by_family=True) if self.every_variant else band_codes(matrix)

    def _query_codes(self, matrix: np.ndarray) -> np.ndarray:
        if self.every_variant:
            return band_codes(matrix, ALL_SLOTS, by_family=True)
        return np.concatenate([band_codes(matrix), inner_as_content_codes(matrix)], axis=1)

    def _row_query_codes(self, row: Sequence[int]) -> list[int]:
        """``_query_codes`` of one fingerprint (a ``hash_matrix`` row as Python ints)."""
        if self.every_variant:
            return row_band_codes(row, ALL_SLOTS, by_family=True)
        inner = [0] * (SLOTS + 1)  # the inner box filed under the content slot (``inner_as_content_codes``)
        inner[1] = row[INNER_SLOT]
        inner[SLOTS] = ((row[SLOTS] >> INNER_SLOT) & 1) << 1
        return row_band_codes(row) + row_band_codes(inner)[4:8]

    def _group(self, code: int) -> np.ndarray | None:
        k = int(np.searchsorted(self.codes, code))
        if k >= len(self.codes) or self.codes[k] != code or self.counts[k] > MAX_BAND_BUCKET:
            return None
        return self.sorted_rows[self.starts[k]:self.starts[k] + self.counts[k]]

    def near(self, row: np.ndarray, max_distance: int) -> list[tuple[int, int]]:
        """(position, distance) of the indexed fingerprints within ``max_distance`` of ``row``, nearest first."""
        codes = self._row_query_codes(row.tolist())
        if len(self.positions) <= EXACT_LIMIT:
            positions = self.positions  # few enough to compare with all: no band can be missed
        else:
            groups = [g for c in set(codes) if c >= 0 for g in (self._group(c),) if g is not None]
            if not groups:
                return []
            positions = np.unique(np.concatenate(groups))
        if len(positions) == 0:
            return []
        d = pair_distances(np.repeat(row[None, :], len(positions), axis=0), self.matrix[positions])
        keep = d <= max_distance
        return [(int(p), int(x)) for x, p in sorted(zip(d[keep].tolist(), positions[keep].tolist()))]

    def shared_across(self, groups: np.ndarray, max_distance: int, colours: Callable[[], np.ndarray] | None = None,
                      same_colour: float = 1.0) -> np.ndarray:
        """bool [n]: uncrowded indexed fingerprints that share a band with one of another group (``groups[i]``,
        e.g. the unit) lying within ``max_distance`` — and, given ``colours`` (called for the hue histograms only
        when a close pair is found), not told apart by colour (half-L1 > ``same_colour``; a NaN distance, a grey avatar, proves nothing).

        Buckets of up to ``SMALL_BUCKET`` members (nearly all of them for distinct images) are turned into pairs
        with numpy, a few triangle shapes at a time; the larger ones (a template shared by many units) are compared
        bucket by bucket, each member only until it is known to be shared, so a template's 16 bands do not compare
        its copies 16 times and no global list of every pair in its buckets is built."""
        shared = np.zeros(len(self.matrix), dtype=bool)
        usable = (self.counts > 1) & (self.counts <= MAX_BAND_BUCKET)
        starts, counts = self.starts[usable], self.counts[usable]

        def mark(a: np.ndarray, b: np.ndarray) -> None:
            keep = (groups[a] != groups[b]) & ~self.crowded[a] & ~self.crowded[b]
            a, b = a[keep], b[keep]
            if not len(a):
                return
            close = pair_distances(self.matrix, self.matrix, a, b) <= max_distance
            if colours is not None and close.any():
                hue = colours()
                close &= ~(np.abs(hue[a] - hue[b]).sum(axis=1) / 2 > same_colour)
            shared[a[close]] = True
            shared[b[close]] = True

        left, right = [], []
        for m in range(2, SMALL_BUCKET + 1):
            s = starts[counts == m]
            if not len(s):
                continue
            members = self.sorted_rows[s[:, None] + np.arange(m)]
            i, j = np.triu_indices(m, 1)
            left.append(members[:, i].ravel())
            right.append(members[:, j].ravel())
        if left:
            a, b = np.concatenate(left), np.concatenate(right)
            n = np.int64(len(self.matrix))
            code = np.unique(np.minimum(a, b) * n + np.maximum(a, b))  # a pair met in several bands, once
            mark(code // n, code % n)
        for start, count in zip(starts[counts > SMALL_BUCKET].tolist(), counts[counts > SMALL_BUCKET].tolist()):
            members = self.sorted_rows[start:start + count]
            members = members[~self.crowded[members]]
            if len(members) < 2 or (groups[members] == groups[members[0]]).all():
                continue
            unshared = ~shared[members]
            rows = members[unshared]
            if len(rows):
                # each pair once: two members not known shared yet are compared one way round only (the distance
                # and the colour gap are symmetric, and a close pair marks both)
                a, b = np.repeat(rows, len(members)), np.tile(members, len(rows))
                once = ~np.tile(unshared, len(rows)) | (a < b)
                mark(a[once], b[once])
        return shared

    def hits(self, matrix: np.ndarray, max_distance: int | None = None) -> np.ndarray:
        """bool [n]: which fingerprints may lie near an indexed one — within ``max_distance`` of one, compared with
        all when ``len(matrix) × indexed ≤ EXACT_PAIRS``; else sharing an uncrowded band (vectorised either way)."""
        if len(matrix) == 0 or len(self.positions) == 0:
            return np.zeros(len(matrix), dtype=bool)
        if len(matrix) * len(self.positions) <= EXACT_PAIRS and max_distance is not None:
            found = np.zeros(len(matrix), dtype=bool)
            step = max(1, EXACT_PAIRS // (20 * len(self.positions)))
            for k in range(0, len(matrix), step):  # all pairs, in slices of bounded memory
                block = matrix[k:k + step]
                d = pair_distances(np.repeat(block, len(self.positions), axis=0),
                                   np.tile(self.matrix[self.positions], (len(block), 1)))
                found[k:k + step] = (d.reshape(len(block), -1) <= max_distance).any(axis=1)
            return found
        useful = self.codes[self.counts <= MAX_BAND_BUCKET]
        found = np.zeros(len(matrix), dtype=bool)
        for k in range(0, len(matrix), HITS_CHUNK):  # bounded memory: a code per (slot, band) of each row
            codes = self._query_codes(matrix[k:k + HITS_CHUNK])
            found[k:k + HITS_CHUNK] = (np.isin(codes, useful) & (codes >= 0)).any(axis=1)
        return found


# ---- colour -----------------------------------------------------------------------------------------------

def colour_matrix(hashes: Iterable[dict | None]) -> np.ndarray:
    """float32 [n, COLOUR_BINS]: each fingerprint's hue histogram (rows sum to 1), NaN where it has none."""
    values = [h.get("colour") if isinstance(h, dict) else None for h in hashes]
    out = np.full((len(values), COLOUR_BINS), np.nan, dtype=np.float32)
    for k, value in enumerate(values):
        if not (isinstance(value, str) and len(value) == 2 * COLOUR_BINS):
            continue
        try:
            raw = np.frombuffer(bytes.fromhex(value), dtype=np.uint8).astype(np.float32)
        except ValueError:
            continue
        if raw.sum() > 0:
            out[k] = raw / raw.sum()
    return out


def colour_distances(row: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Half the L1 distance between one hue histogram and each row of ``matrix`` (0..1; NaN when either is grey)."""
    return np.abs(matrix - row[None, :]).sum(axis=1) / 2


# ---- a vectorised first look at many records ----------------------------------------------------------------

_HEX_DIGITS = np.full(128, -1, dtype=np.int64)
for _k, _ch in enumerate("0123456789abcdef"):
    _HEX_DIGITS[ord(_ch)] = _HEX_DIGITS[ord(_ch.upper())] = _k


def hex_column(values: Iterable[object]) -> tuple[np.ndarray, np.ndarray]:
    """(uint64 values, bool valid) of 16-digit hex strings, parsed with numpy (no Python call per digit)."""
    arr = np.array([v if isinstance(v, str) and len(v) == HASH_BITS // 4 else "" for v in values],
                   dtype=f"U{HASH_BITS // 4}")
    if len(arr) == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=bool)
    points = arr.view(np.uint32).reshape(len(arr), HASH_BITS // 4)
    digits = _HEX_DIGITS[np.minimum(points, 127)]
    valid = ((points < 128) & (digits >= 0)).all(axis=1)
    shifts = np.arange(HASH_BITS // 4 - 1, -1, -1, dtype=np.uint64) * np.uint64(4)
    value = np.bitwise_or.reduce(np.where(valid[:, None], digits, 0).astype(np.uint64) << shifts, axis=1)
    return value, valid


def quick_matrix(hashes: list[dict | None]) -> np.ndarray:
    """A ``hash_matrix`` holding only the whole-image, content and inner DCT hashes — enough for
    ``AvatarIndex.hits`` — built with a few list comprehensions and numpy, for a million records at once."""
    matrix = np.zeros((len(hashes), SLOTS + 1), dtype=np.uint64)
    for slot, key in ((0, "phash"), (1, "content"), (INNER_SLOT, "inner")):
        value, valid = hex_column([h.get(key) if isinstance(h, dict) else None for h in hashes])
        matrix[:, slot] = value
        matrix[:, SLOTS] |= valid.astype(np.uint64) << np.uint64(slot)
    return matrix


# ---- pixel search for crops and screenshots (a few pairs the names already point at) -------------------------

# An avatar cropped deep into its centre, or shrunk into a screenshot (a story frame, a grid of videos, a round mask),
# keeps too little of the whole image for the 64-bit hashes (12-26 bits away). Its pixels still contain the original:
# the registry avatar shrunk into the candidate (screenshot) or the candidate shrunk into the registry avatar (crop)
# correlates almost perfectly at one position and scale. Normalised cross-correlation by FFT (scipy), grey levels at
# ``PIXEL_SIDE`` px, the pasted copy read through a disc (round masks cut the corners); windows of a flat page count
# for nothing. Only ever run on a few candidate × registry pairs (see ``detectors.impostor``).
PIXEL_SIDE = 64
# template sides tried (px of ``PIXEL_SIDE``), 7-8 % apart (a thin ring no longer lines up 10 % off scale): 0.28 … 0.89
PIXEL_SIZES = (18, 19, 21, 23, 25, 27, 29, 31, 34, 37, 40, 43, 47, 51, 55, 57)
_FLAT = 1e-3  # grey-level variance under which a window is blank page
PIXEL_BLUR = 0.8  # Gaussian sigma (px of ``PIXEL_SIDE``) applied to both images before they are correlated


def _local_pixels(record: dict, base_dir, side: int, grey: bool) -> np.ndarray | None:
    """The record's *local* avatar file as a ``side`` square of levels (0..1, float32; grey [side, side] or RGB
    [side, side, 3]), or None (no file, a URL, or an image ``core.avatars`` refuses: too large, a bomb, corrupt)."""
    from core.avatars import MAX_BYTES, MAX_PIXELS, check_image

    p = local_avatar_path(record, base_dir)
    if p is None:
        return None
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        check_image(data, MAX_BYTES, MAX_PIXELS)
        import io

        from PIL import Image
        with Image.open(io.BytesIO(data)) as im:
            img = im.convert("RGB")
            if grey:
                img = img.convert("L")
            return np.asarray(img.resize((side, side), Image.BILINEAR), dtype=np.float32) / 255.0
    except (OSError, ValueError):
        return None


def pixels_for_record(record: dict, base_dir=None) -> np.ndarray | None:
    """The record's *local* avatar file as a ``PIXEL_SIDE`` square of grey levels (0..1), or None (no file, a URL,
    or an image ``core.avatars`` refuses: too large, a bomb, corrupt)."""
    return _local_pixels(record, base_dir, PIXEL_SIDE, grey=True)


def image_of(levels: np.ndarray):
    """A PIL image of levels 0..1 (grey [h, w] or RGB [h, w, 3]), each level rounded down to 0..255."""
    from PIL import Image
    return Image.fromarray(np.clip(np.asarray(levels) * 255.0, 0, 255).astype(np.uint8))


def _resized(levels: np.ndarray, side: int, resample, dtype=np.float32) -> np.ndarray:
    """``levels`` (0..1, grey or RGB) resized to a ``side`` square with the PIL filter ``resample``, as levels 0..1."""
    return np.asarray(image_of(levels).resize((side, side), resample), dtype=dtype) / 255.0


def _shrunk(a: np.ndarray, side: int) -> np.ndarray:
    from PIL import Image
    return _blurred(_resized(a, side, Image.BILINEAR))


def _blurred(a: np.ndarray) -> np.ndarray:
    """Both sides of a comparison softened alike (``PIXEL_BLUR``): thin lines and text no longer hang on where a
    pasted copy falls between two pixels of the grid."""
    from scipy.ndimage import gaussian_filter
    return gaussian_filter(a, PIXEL_BLUR, mode="nearest")


def _disc(side: int, radius: float = 0.47) -> np.ndarray:
    y, x = np.mgrid[:side, :side]
    c = (side - 1) / 2
    return (((x - c) ** 2 + (y - c) ** 2) <= (radius * side) ** 2).astype(np.float64)


# A copy pasted large into a frame of another shape (a diamond or a hexagon, a speech bubble, a star-cut sticker)
# loses more of its edges than a round mask takes: a rhombus standing on its corner keeps only half the square. Every
# such frame still shows the copy's centre, so at the larger sizes, where a frame puts the copy, the registry avatar
# is also read through a small central disc (``FRAME_WINDOW`` of its side: the disc inscribed in that rhombus).
FRAME_WINDOW = 0.33
FRAME_MIN_SIDE = 43  # px of ``PIXEL_SIDE`` (0.67 of the frame): a copy smaller than that is a screenshot's business


class _Spectrum:
    """The FFTs one image needs to be searched in: of its grey levels and of their squares (``PIXEL_SIDE`` square,
    or ``FINE_SIDE``: a cross-correlation over the positions where a smaller template fits whole never wraps around)."""

    def __init__(self, a: np.ndarray):
        from scipy import fft
        self.fft = fft
        self.side = a.shape[0]
        a = a.astype(np.float64)
        self.f1 = fft.rfft2(a)
        self.f2 = fft.rfft2(a * a)

    def best(self, template: np.ndarray, mask: np.ndarray, mask_spectrum: np.ndarray) -> float:
        """Highest masked normalised cross-correlation of ``template`` over every position inside this image."""
        return self.best_at(template, mask, mask_spectrum)[0]

    def best_at(self, template: np.ndarray, mask: np.ndarray, mask_spectrum: np.ndarray) -> tuple[float, int, int]:
        """(``best``, row, column of the template's corner where it is reached)."""
        side, whole = template.shape[0], self.side
        n = float(mask.sum())
        t = (template - float((template * mask).sum()) / n) * mask
        norm = float(np.sqrt((t * t).sum()))
        if norm < 1e-3:
            return -1.0, 0, 0  # a blank template matches nothing
        valid = (slice(0, whole - side + 1), slice(0, whole - side + 1))
        spec_t = np.conj(self.fft.rfft2(t, s=(whole, whole)))
        num = self.fft.irfft2(self.f1 * spec_t, s=(whole, whole))[valid]
        s1 = self.fft.irfft2(self.f1 * mask_spectrum, s=(whole, whole))[valid]
        s2 = self.fft.irfft2(self.f2 * mask_spectrum, s=(whole, whole))[valid]
        var = np.maximum(s2 - s1 * s1 / n, 1e-9)
        ncc = np.where(var / n < _FLAT, -1.0, num / (np.sqrt(var) * norm))
        y, x = divmod(int(np.argmax(ncc)), ncc.shape[1])
        return float(ncc[y, x]), y, x


_MASKS: dict[tuple[int, bool, float, int], tuple[np.ndarray, np.ndarray]] = {}


def _mask(side: int, round_: bool, radius: float = 0.47, whole: int = PIXEL_SIDE) -> tuple[np.ndarray, np.ndarray]:
    """A ``side`` disc (``round_``) or square and its conjugate spectrum in a ``whole`` square."""
    key = (side, round_, radius, whole)
    if key not in _MASKS:
        from scipy import fft
        m = _disc(side, radius) if round_ else np.ones((side, side))
        _MASKS[key] = (m, np.conj(fft.rfft2(m, s=(whole, whole))))
    return _MASKS[key]


def pixel_similarity(candidate: np.ndarray, registered: np.ndarray, *, turned: bool = True) -> float:
    """How well one image contains the other, shrunk (-1..1): the registry avatar inside the candidate (a
    screenshot or frame, read through a disc), the candidate inside the registry avatar (a crop), or (``turned``)
    the candidate turned back by the angle it was rotated (``rotated_similarity``)."""
    blurred_c, blurred_r = _blurred(candidate), _blurred(registered)
    outer_c, outer_r = _Spectrum(blurred_c), _Spectrum(blurred_r)
    best = -1.0
    for side in PIXEL_SIZES:
        disc, disc_f = _mask(side, True)
        square, square_f = _mask(side, False)
        best = max(best, outer_c.best(_shrunk(registered, side), disc, disc_f),
                   outer_r.best(_shrunk(candidate, side), square, square_f))
    return max(best, _rotated(blurred_c, blurred_r, outer_r)[0]) if turned else best


# A crop deep into the centre (the blind parts cut copies to 0.96, 0.52, 0.46, 0.34, 0.32, then 0.26 of the side) is, at
# ``PIXEL_SIDE``, a template of 17-27 px: its strokes fall between the grid's pixels and a true copy correlates 0.91-0.97,
# as a place-only name needs more (``detectors.impostor.PIXEL_MIN_PLACE_ONLY``). The same search with both images read
# twice as fine (``FINE_SIDE``, from the grey levels of their ``SHOT_SIDE`` colour reading) lines the crop up within a
# pixel; sides 1 px apart (under 5 %) cover the deep crops, 0.17-0.45 of the side (``FINE_SIZES``), blurred a little less
# than the coarse reading in proportion (``FINE_BLUR``). Costly (a pair's coarse reading ten times over): callers read it
# only for the pairs the coarse reading already puts near (``detectors.impostor.FINE_FROM``).
# The lower end is not the deepest crop seen so far but the smallest piece that still carries a drawing at this reading
# (22 px: a character or an emblem's centre); a bound that follows the last crop seen (0.28 until a copy cut to 0.26
# came) is passed by the next one. Below ``FINE_DEEP_BELOW`` px, though, grey levels alone line up too easily: a
# screenshot of a page (a dark band over a light page) shrunk that small is two tones and an edge, and correlates 0.99
# with any avatar of a band over a ground. There a crop must also show the registry avatar's own colours where it lies
# (the mean absolute difference of the blurred levels, as a copy shrunk into a screenshot: ``FINE_COLOUR_GAP``; true
# deep crops 0.01-0.05 after JPEG), so those sizes are read only when both images' colours are given.
FINE_SIDE = 128
FINE_SIZES = tuple(range(22, 59))
FINE_DEEP_BELOW = 36  # px of ``FINE_SIDE``: the sizes below (0.17-0.28 of the side) need the colours to agree
FINE_DEEP_SIZES = tuple(s for s in FINE_SIZES if s < FINE_DEEP_BELOW)
FINE_COLOUR_GAP = 0.07
FINE_BLUR = 1.2
# A crop deeper than the coarse reading's smallest template (``PIXEL_SIZES``: 18 px of 64, 0.28 of the side) never
# lines up there: cut to a quarter of its side, a badge's centre (a ground and two strokes of its name) reads 0.7-0.87
# coarse with its own unit's avatar and as much with any other badge, so ``detectors.impostor.FINE_FROM`` would never
# send it to the fine reading, which lines it up at 0.98-1.0 (other units' badges 0.55-0.86). Reading the deep sizes
# (``FINE_DEEP_SIZES``) for every listed pair costs ~40 ms a pair; most pairs are ruled out first, cheaply, by their
# colours: every colour of a crop is one of the registry avatar's own (``palette_gap``: for each pixel of the crop,
# shrunk to ``PALETTE_SIDE``, the nearest colour among the registry avatar's pixels at ``PALETTE_REGISTRY_SIDE``,
# the mean over the crop's pixels: ``PALETTE_GAP``).
PALETTE_SIDE = 16
PALETTE_REGISTRY_SIDE = 32
PALETTE_GAP = 0.03


def grey_levels(rgb: np.ndarray) -> np.ndarray:
    """Grey levels (0..1) of RGB levels [side, side, 3], weighted as ``PIL`` converts to L (ITU-R 601-2)."""
    return (rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114).astype(np.float32)


def colour_palette(rgb: np.ndarray, side: int) -> np.ndarray:
    """The colours of an image (RGB levels 0..1, any side) shrunk to ``side`` by averaging (``PALETTE_SIDE`` for a
    candidate, ``PALETTE_REGISTRY_SIDE`` for a registry avatar): [side * side, 3] float32 (``palette_gap``)."""
    from PIL import Image
    return _resized(rgb, side, Image.BOX).reshape(-1, 3)


def palette_gap(mine: np.ndarray, theirs: np.ndarray) -> float:
    """How far the candidate's colours lie from the registry avatar's own (0..1), both given as ``colour_palette``:
    for each of the candidate's colours the largest channel difference to the nearest of the registry avatar's,
    averaged. A crop (any part of the avatar, however deep) shows only the avatar's colours: 0.002-0.01 after JPEG;
    another design's colours mostly lie 0.1-0.3 away (1 pair in 20 of a registry's designs within 0.03)."""
    from scipy.spatial import cKDTree
    nearest, _ = cKDTree(theirs).query(mine, k=1, p=np.inf)  # the largest channel difference (Chebyshev)
    return float(np.mean(nearest))


def fine_crop_similarity(candidate: np.ndarray, registered: np.ndarray, candidate_rgb: np.ndarray | None = None,
                         registered_rgb: np.ndarray | None = None, sizes: tuple[int, ...] = FINE_SIZES) -> float:
    """How well the candidate, shrunk to ``sizes`` (``FINE_SIZES``; ``FINE_DEEP_SIZES`` for the deep crops alone), is
    contained in the registry avatar (a deep crop, -1..1), both given as ``FINE_SIDE`` squares of grey levels
    (``grey_levels`` of their ``shot_pixels_for_record``). The sizes under ``FINE_DEEP_BELOW`` are read only given
    both images' RGB levels (the same squares), and count only where the colours agree (``FINE_COLOUR_GAP``)."""
    from PIL import Image
    from scipy.ndimage import gaussian_filter
    if candidate.shape[0] != FINE_SIDE or registered.shape[0] != FINE_SIDE:
        raise ValueError(f"fine_crop_similarity reads {FINE_SIDE}-px squares")
    coloured = candidate_rgb is not None and registered_rgb is not None
    spectrum = _Spectrum(gaussian_filter(registered.astype(np.float64), FINE_BLUR, mode="nearest"))
    image = image_of(candidate)
    colours: tuple | None = None  # (candidate RGB image, registry RGB blurred): read once, at the first deep size
    best = -1.0
    for side in sizes:
        deep = side < FINE_DEEP_BELOW
        if deep and not coloured:
            continue
        small = np.asarray(image.resize((side, side), Image.BILINEAR), dtype=np.float64) / 255.0
        square, square_f = _mask(side, False, whole=FINE_SIDE)
        sim, y, x = spectrum.best_at(gaussian_filter(small, FINE_BLUR, mode="nearest"), square, square_f)
        if sim <= best:
            continue
        if deep:
            if colours is None:
                colours = (image_of(candidate_rgb),
                           gaussian_filter(np.asarray(registered_rgb, dtype=np.float64), (FINE_BLUR, FINE_BLUR, 0),
                                           mode="nearest"))
            if _fine_colour_gap(*colours, side, y, x) > FINE_COLOUR_GAP:
                continue
        best = sim
    return best


def _fine_colour_gap(candidate_image, registered_blurred: np.ndarray, side: int, y: int, x: int) -> float:
    """Mean absolute difference of the candidate's RGB levels (a PIL image) shrunk to ``side`` and the registry
    avatar's window at (``y``, ``x``) (its RGB levels already blurred), both blurred alike (``FINE_BLUR``)."""
    from PIL import Image
    from scipy.ndimage import gaussian_filter
    small = np.asarray(candidate_image.resize((side, side), Image.BILINEAR), dtype=np.float64) / 255.0
    mine = gaussian_filter(small, (FINE_BLUR, FINE_BLUR, 0), mode="nearest")
    return float(np.abs(mine - registered_blurred[y:y + side, x:x + side]).mean())


# A crop cut into a flat part of the avatar (the inside of a disc, a band's ground: the centre quarter of a badge whose
# middle is one colour) keeps a few fragments of the drawing at its edges and nothing else: its grey levels vary by
# JPEG noise alone, so the normalised correlation of every reading above lines it up nowhere (0.5-0.75 at its true
# place, as anywhere). Its colours still line it up: the root mean square of the RGB difference to each window of
# the registry avatar (both blurred as the fine reading, ``FINE_BLUR``; the sizes ``FINE_SIZES``) is least where the
# crop came from, there 0.005-0.015 after JPEG, and a flat piece lies that close nowhere else: the fragments at its
# edges keep every window a quarter of its side or more away (``COLOUR_CROP_APART``) further off. A flat piece of one
# colour (a blank avatar on a white ground) lines up as well anywhere inside that colour, so the reading gives both
# the least gap and the least gap elsewhere; callers count it only where the second stands clearly above the first.
COLOUR_CROP_APART = 0.25


def colour_crop_reading(candidate_rgb: np.ndarray, registered_rgb: np.ndarray,
                        sizes: tuple[int, ...] = FINE_SIZES) -> tuple[float, float]:
    """(the least RMS colour difference of the candidate, shrunk to ``sizes``, to a window of the registry avatar; the
    least one at least ``COLOUR_CROP_APART`` of the crop's side from that window), both given as ``FINE_SIDE``
    squares of RGB levels 0..1 (``shot_pixels_for_record``): how well the colours alone line a deep crop up, and how
    singly. (1.0, 1.0) when no size fits."""
    from PIL import Image
    from scipy.ndimage import gaussian_filter
    from scipy.signal import fftconvolve
    if candidate_rgb.shape[0] != FINE_SIDE or registered_rgb.shape[0] != FINE_SIDE:
        raise ValueError(f"colour_crop_reading reads {FINE_SIDE}-px squares")
    theirs = gaussian_filter(np.asarray(registered_rgb, dtype=np.float64), (FINE_BLUR, FINE_BLUR, 0), mode="nearest")
    image = image_of(candidate_rgb)
    best, apart = 1.0, 1.0
    for side in sizes:
        if side >= FINE_SIDE:
            continue
        small = np.asarray(image.resize((side, side), Image.BILINEAR), dtype=np.float64) / 255.0
        mine = gaussian_filter(small, (FINE_BLUR, FINE_BLUR, 0), mode="nearest")
        ones = np.ones((side, side))
        squares = np.zeros((FINE_SIDE - side + 1,) * 2)
        for ch in range(3):  # Σ(t - c)² over each window = Σt² - 2Σtc + Σc², by FFT
            t, c = theirs[..., ch], mine[..., ch]
            squares += (fftconvolve(t * t, ones, mode="valid") - 2.0 * fftconvolve(t, c[::-1, ::-1], mode="valid")
                        + float((c * c).sum()))
        gaps = np.sqrt(np.maximum(squares, 0.0) / (3 * side * side))
        y, x = np.unravel_index(int(np.argmin(gaps)), gaps.shape)
        if gaps[y, x] >= best:
            continue
        yy, xx = np.ogrid[:gaps.shape[0], :gaps.shape[1]]
        far = gaps[(yy - y) ** 2 + (xx - x) ** 2 >= (COLOUR_CROP_APART * side) ** 2]
        best, apart = float(gaps[y, x]), float(far.min()) if far.size else 1.0
    return best, apart


def frame_similarity(candidate: np.ndarray, registered: np.ndarray) -> float:
    """How well the candidate contains the registry avatar pasted large into a frame (-1..1), read through the frame's
    central window only (``FRAME_WINDOW``, at template sides from ``FRAME_MIN_SIDE``). The centre alone tells less
    than the whole image (one layout's badges share it, their names lie outside it): callers rank units by this
    reading separately from ``pixel_similarity`` and ask it to single out one unit on its own."""
    outer_c = _Spectrum(_blurred(candidate))
    best = -1.0
    for side in PIXEL_SIZES:
        if side >= FRAME_MIN_SIDE:
            window, window_f = _mask(side, True, FRAME_WINDOW)
            best = max(best, outer_c.best(_shrunk(registered, side), window, window_f))
    return best


# ---- copies under an overlay -------------------------------------------------------------------------------------

# A copy with something painted over it (a watermark or diagonal text, a sticker, a "forwarded" badge, a band of text,
# a frame drawn over its edge) keeps the registry avatar's own pixels everywhere else; the overlay moves the 64-bit
# hashes just past the limit and the grey-level correlation of the whole to ~0.7, since it is high-contrast and new.
# Here nothing is assumed of the overlay's shape, colour or place: the two images are lined up whole (a pixel of slack
# either way, ``OVERLAY_SLACK``), a pixel *agrees* when no colour channel differs by more than ``OVERLAY_TOLERANCE``
# (both softened alike, ``PIXEL_BLUR``: re-encoding and resampling stay under it, an overlay or another design's
# colours do not), and what counts is how much of the registry avatar's drawing — its edge energy, so that a flat
# ground shared by many designs counts for nothing — lies where the two agree (``kept``), beside the share of the area
# that agrees (``area``). Whatever disagrees is taken for the overlay, whatever it is. Only ever read for the few
# registry avatars the pixel search already lists (``detectors.impostor._PixelSearch``), 64² pixels, no FFT.
OVERLAY_SIDE = 64
OVERLAY_TOLERANCE = 0.12  # levels 0..1 in any channel (a JPEG at q60 stays within ~0.05 after the blur)
OVERLAY_SLACK = 1  # px of ``OVERLAY_SIDE`` the copy may sit off the registry avatar's grid
_OVERLAY_CORE = (slice(OVERLAY_SLACK, OVERLAY_SIDE - OVERLAY_SLACK),) * 2


class OverlayImage:
    """One avatar as the overlay reading compares it: RGB levels at ``OVERLAY_SIDE`` softened (``PIXEL_BLUR``) and the
    edge energy of their grey levels (Sobel magnitude)."""

    def __init__(self, rgb: np.ndarray):
        from PIL import Image
        from scipy.ndimage import gaussian_filter, sobel
        a = np.asarray(rgb, dtype=np.float64)
        if a.shape[:2] != (OVERLAY_SIDE, OVERLAY_SIDE):
            a = _resized(a, OVERLAY_SIDE, Image.BOX, np.float64)
        self.levels = gaussian_filter(a, (PIXEL_BLUR, PIXEL_BLUR, 0), mode="nearest")
        grey = self.levels @ np.array([0.299, 0.587, 0.114])
        self.edges = np.hypot(sobel(grey, 0), sobel(grey, 1))


def overlay_reading(candidate: OverlayImage, registered: OverlayImage) -> tuple[float, float]:
    """(kept, area): the share of the registry avatar's edge energy, and of its area, where the candidate lined up
    whole shows the same colours (within ``OVERLAY_TOLERANCE``), at the best of the shifts within ``OVERLAY_SLACK``;
    (0, 0) for a registry avatar without a drawing."""
    s = OVERLAY_SLACK
    theirs, edges = registered.levels[_OVERLAY_CORE], registered.edges[_OVERLAY_CORE]
    total = float(edges.sum())
    if total < 1e-6:
        return 0.0, 0.0
    n = OVERLAY_SIDE - 2 * s
    best = (0.0, 0.0)
    for dy in range(-s, s + 1):
        for dx in range(-s, s + 1):
            mine = candidate.levels[s + dy:s + dy + n, s + dx:s + dx + n]
            agree = np.abs(mine - theirs).max(axis=2) < OVERLAY_TOLERANCE
            kept = float(edges[agree].sum()) / total
            if kept > best[0]:
                best = (kept, float(agree.mean()))
    return best


# ---- rotated copies ----------------------------------------------------------------------------------------------

# An avatar turned by an angle between the hashes' ``ROTATIONS`` (15-25°, the corners filled with a colour or cut
# back to a square or a circle) is 12-20 bits from the original and lies in no crop or frame the search above tries.
# Around the image centre a rotation is a shift along the angle axis of a log-polar resampling and a zoom (the copy
# cut back to a square) a shift along the log-radius axis (Fourier-Mellin): one correlation of the two resamplings
# (FFT along the angle, a few radius shifts) estimates both; the candidate turned back and scaled by that estimate is
# then read through a disc (the corners, whatever fills them, are never looked at) and correlated with the registry
# avatar like a crop (``_Spectrum.best``, a few pixels of slack for an off-centre cut).
# Degrees either way: any turn. A bound on how far impostors turn a copy only follows the last one seen (the blind parts
# turned copies up to 8°, 12°, 31°, 43°, then 44-47°); the turned-back centre read through a disc judges the copy
# at any angle, and two units' different designs do not line up by being turned further.
ROTATION_MAX_ANGLE = 180.0
# Below this the images line up unturned; compared whole at one scale, two units' badges of one layout (ring, star,
# their own names in small type) correlate as well as a copy. Copies turned this little keep their hashes (``ROTATIONS``).
ROTATION_MIN_ANGLE = 4.0
ROTATION_ANGLES = 180  # angle axis of the log-polar resampling (2° a step; the peak is interpolated)
ROTATION_RADII = 40  # rings on the log-radius axis, spanning ``ROTATION_RADIUS`` (4.6 % apart)
ROTATION_RADIUS = (3.0, 29.0)  # px of ``PIXEL_SIDE``: inside the inscribed disc, the centre pixel left out
ROTATION_ZOOMS = range(-2, 9)  # ring shifts tried: the copy zoomed by 0.91 … 1.43 (cut back to a square: 1.0-1.4)
ROTATION_ZOOM_STEPS = (0.95, 0.975, 1.0, 1.025, 1.05)  # the estimated zoom refined by pixels (3 % off costs 0.1)
ROTATION_CORE = 60  # side (px of ``PIXEL_SIDE``) of the turned-back centre correlated with the registry avatar
ROTATION_PEAKS = 2  # best (angle, zoom) estimates verified by pixels
_LOG_STEP = float(np.log(ROTATION_RADIUS[1] / ROTATION_RADIUS[0]) / (ROTATION_RADII - 1))
_POLAR: list[np.ndarray] = []


def _log_polar(a: np.ndarray) -> np.ndarray:
    """[radii, angles]: ``a`` sampled around its centre on log-spaced rings, each ring less its own mean."""
    from scipy.ndimage import map_coordinates
    if not _POLAR:
        radii = ROTATION_RADIUS[0] * np.exp(_LOG_STEP * np.arange(ROTATION_RADII))
        angles = np.arange(ROTATION_ANGLES) * 2 * np.pi / ROTATION_ANGLES
        c = (PIXEL_SIDE - 1) / 2
        _POLAR[:] = [c + radii[:, None] * np.sin(angles)[None, :], c + radii[:, None] * np.cos(angles)[None, :]]
    p = map_coordinates(a, _POLAR, order=1, mode="nearest")
    return p - p.mean(axis=1, keepdims=True)


def _peak(values: np.ndarray, k: int) -> float:
    """Sub-step position of the peak at ``k`` of a circular sequence (a parabola through it and its neighbours)."""
    left, mid, right = values[k - 1], values[k], values[(k + 1) % len(values)]
    bend = left - 2 * mid + right
    # the entry may be no local peak (a runner-up beside the best): the parabola's top then lies outside; keep to ±½
    return k + (min(0.5, max(-0.5, 0.5 * (left - right) / bend)) if bend < 0 else 0.0)


def rotation_estimates(candidate: np.ndarray, registered: np.ndarray) -> list[tuple[float, float, float]]:
    """(correlation, angle in degrees, zoom) of the best ``ROTATION_PEAKS`` ways the (blurred) candidate may be
    the registry avatar turned and zoomed about the centre, best first: the log-polar correlation's peaks."""
    from scipy import fft
    pc, pr = _log_polar(candidate), _log_polar(registered)
    if float((pc * pc).mean()) < _FLAT or float((pr * pr).mean()) < _FLAT:
        return []  # a blank (or rotationally flat) image says nothing about a turn
    fc, fr = fft.rfft(pc, axis=1), fft.rfft(pr, axis=1)
    n = ROTATION_RADII
    table = []
    for s in ROTATION_ZOOMS:  # candidate ring k + s against registry ring k
        lo_c, lo_r = max(s, 0), max(-s, 0)
        a, b = fc[lo_c:n - lo_r], fr[lo_r:n - lo_c]
        energy = float(np.sqrt((pc[lo_c:n - lo_r] ** 2).sum() * (pr[lo_r:n - lo_c] ** 2).sum()))
        corr = fft.irfft((a * np.conj(b)).sum(axis=0), n=ROTATION_ANGLES) / max(energy, 1e-9)
        table.append(corr)
    table_a = np.asarray(table)
    out = []
    zooms = list(ROTATION_ZOOMS)
    turn = (np.arange(ROTATION_ANGLES) * 360.0 / ROTATION_ANGLES + 180.0) % 360.0 - 180.0
    ranked = np.where(np.abs(turn) <= ROTATION_MAX_ANGLE + 2, table_a, -np.inf)  # peaks of larger turns: not ours
    for flat in np.argsort(ranked, axis=None)[::-1][:4 * ROTATION_PEAKS]:
        z, k = divmod(int(flat), ROTATION_ANGLES)
        step = _peak(table_a[z], k)
        if 0 < z < len(zooms) - 1:
            shift = zooms[z] + _peak(table_a[z - 1:z + 2, k], 1) - 1
        else:
            shift = float(zooms[z])
        angle = (step * 360.0 / ROTATION_ANGLES + 180.0) % 360.0 - 180.0
        if abs(angle) > ROTATION_MAX_ANGLE + 2 or any(abs(angle - a) < 3 and abs(shift - s) < 0.6 for _, a, s in out):
            continue
        out.append((float(table_a[z, k]), angle, shift))
        if len(out) == ROTATION_PEAKS:
            break
    return [(c, a, float(np.exp(s * _LOG_STEP))) for c, a, s in out]


def turned_back(candidate: np.ndarray, angle: float, zoom: float, side: int = ROTATION_CORE) -> np.ndarray:
    """The centre ``side`` px of ``candidate`` turned by ``-angle`` degrees (the log-polar sense) and shrunk by
    ``zoom``: what the registry avatar looks like there when the candidate is it turned by ``angle``, zoomed."""
    import math

    from PIL import Image
    t = math.radians(-angle)
    a, b, d, e = zoom * math.cos(t), zoom * math.sin(t), -zoom * math.sin(t), zoom * math.cos(t)
    c, off = PIXEL_SIDE / 2, -side / 2
    img = Image.fromarray(candidate.astype(np.float32), mode="F")
    out = img.transform((side, side), Image.Transform.AFFINE,
                        (a, b, a * off + b * off + c, d, e, d * off + e * off + c), resample=Image.BILINEAR)
    return np.asarray(out, dtype=np.float64)


def _rotated(candidate: np.ndarray, registered: np.ndarray, spectrum: _Spectrum) -> tuple[float, float, float]:
    """(similarity, angle, zoom): the candidate turned back by the best estimates, correlated through a disc with
    the registry avatar (both already blurred; ``spectrum`` is the registry avatar's)."""
    best = (-1.0, 0.0, 1.0)
    estimates = rotation_estimates(candidate, registered)
    if not estimates or abs(estimates[0][1]) < ROTATION_MIN_ANGLE:
        return best  # the images line up unturned (or not at all): the hashes' and the other searches' business
    for _, angle, zoom in estimates:
        if not ROTATION_MIN_ANGLE <= abs(angle) <= ROTATION_MAX_ANGLE:
            continue
        for step in ROTATION_ZOOM_STEPS:
            # the turned-back disc read inside the candidate only (a zoomed copy's disc is the smaller)
            side = min(ROTATION_CORE, int(PIXEL_SIDE / (zoom * step)))
            disc, disc_f = _mask(side, True)
            sim = spectrum.best(turned_back(candidate, angle, zoom * step, side), disc, disc_f)
            if sim > best[0]:
                best = (sim, angle, zoom * step)
    return best


def rotated_similarity(candidate: np.ndarray, registered: np.ndarray) -> tuple[float, float, float]:
    """(similarity -1..1, angle in degrees, zoom): how well ``candidate`` (grey levels, ``PIXEL_SIDE`` square) is
    ``registered`` turned about its centre (up to ``ROTATION_MAX_ANGLE``) and perhaps cut back to a square."""
    blurred_c, blurred_r = _blurred(candidate), _blurred(registered)
    return _rotated(blurred_c, blurred_r, _Spectrum(blurred_r))


# A turned copy is found by the reading above only against the registry avatars a suspect's short list holds, and the
# short list's nearest by hash cannot hold it: a turn of 40° or more moves every 64-bit hash as far as another design.
# ``turn_signature`` is what the turn leaves: around the image centre a turn is a shift along the angle axis of the
# log-polar resampling (``_log_polar``), so the magnitudes of each ring's angular spectrum (orders 1 to
# ``TURN_ORDERS``) are the same at any angle; a zoom (the copy cut back to a square) shifts the rings, so two
# signatures compare by the best centred correlation over the ring shifts the reading tries (``ROTATION_ZOOMS``).
# Cheap (one resampling and one FFT of 40 × 180 samples, a few KB an image), it ranks every registry avatar file at
# once; it only chooses whom the turned reading looks at (a turned copy's own avatar comes first, 0.97-1.0; different
# designs of one registry 0.7-0.9, one layout drawn for several units up to 0.99), it never decides.
TURN_ORDERS = 16


def turn_signature(levels: np.ndarray) -> np.ndarray | None:
    """float32 [ROTATION_RADII, TURN_ORDERS]: the magnitudes of the angular spectrum of each log-polar ring of the
    blurred grey levels (``PIXEL_SIDE`` square, ``pixels_for_record``), the same for the image turned by any angle;
    None for a rotationally flat image (a blank, a plain disc)."""
    polar = _log_polar(_blurred(levels))
    if float((polar * polar).mean()) < _FLAT:
        return None
    return np.abs(np.fft.rfft(polar, axis=1))[:, 1:TURN_ORDERS + 1].astype(np.float32)


def turn_similarities(mine: np.ndarray, signatures: np.ndarray) -> np.ndarray:
    """The centred correlation (-1..1) of ``mine`` (``turn_signature``) with each of ``signatures`` [n, rings,
    orders], the best over the ring shifts of a zoom (``ROTATION_ZOOMS``)."""
    n = mine.shape[0]
    best = np.full(len(signatures), -1.0)
    for shift in ROTATION_ZOOMS:  # candidate ring k + shift against registry ring k
        lo_c, lo_r = max(shift, 0), max(-shift, 0)
        a = mine[lo_c:n - lo_r].astype(np.float64)
        b = signatures[:, lo_r:n - lo_c].astype(np.float64)
        a = a - a.mean()
        b = b - b.mean(axis=(1, 2), keepdims=True)
        denom = np.sqrt((a * a).sum() * (b * b).sum(axis=(1, 2)))
        np.maximum(best, (b * a).sum(axis=(1, 2)) / np.maximum(denom, 1e-12), out=best)
    return best


# ---- avatars shrunk small into a screenshot ------------------------------------------------------------------------

# A screenshot (a "scan to follow" poster, a map pin, a shared mini-program card, a profile page, a follow list, a
# link preview) may show the avatar at a fifth of the frame: at ``PIXEL_SIDE`` that is a 13-px template, too small for
# grey levels to tell one design from another (a 64-bit hash of the whole frame is 14-28 bits away; the ``inner`` box is
# the poster's block pattern, the card's preview pane or the map's streets: the largest region, not the icon). Here the
# candidate is read at ``SHOT_SIDE`` px in colour and the registry avatar is searched in it shrunk to ``SHOT_SIZES``
# (0.10-0.29 of the frame) and ``SHOT_LARGE_SIZES`` (0.30-0.63), read through a disc. The correlation is taken over the
# three colour channels at once: at this size many layouts (a ring, a banner, two lines of characters) line up in grey
# somewhere in a busy screenshot, but hardly ever in every channel.
# From a third of the frame up (a profile page or a follow list shows the avatar at 0.3-0.6) the grey search at
# ``PIXEL_SIDE`` has the scale range but too few pixels: a true copy there correlates 0.88-0.92, no better than two
# units' badges of one layout. In colour at ``SHOT_SIDE`` the template is 38-81 px, its characters legible; but a
# template of that size lines up only within ~2 % of the right scale (3.5 % off costs 0.03), so the large sizes are
# tried 3 px apart and the best of them refined by 1 px either side (``SHOT_REFINE``).
SHOT_SIDE = 128
# A text thread's sender picture, a ticket or order page's seller logo, a notice's letterhead show the avatar at a
# tenth to a sixth of the frame (13-20 px here): there a pixel is 5-8 % of the scale, and a copy 1 px off its size
# correlates 0.1 lower, so those sizes are tried one pixel apart (``SHOT_SMALL_SIZES``). The bar is not lowered for
# them: a broad design correlates 0.95-0.98 at that size, a thin-line badge (a ring, small characters) only 0.83-0.93.
SHOT_SMALL_SIZES = tuple(range(13, 21))  # 0.10-0.16 of the frame, one pixel apart
SHOT_SIZES = SHOT_SMALL_SIZES + (21, 23, 25, 27, 29, 31, 34, 37)  # 7-9 % apart (4 % apart joins same-layout badges)
SHOT_LARGE_SIZES = tuple(range(38, 82, 3))  # 0.30-0.63 of the frame, 4-8 % apart; the best refined (``SHOT_REFINE``)
SHOT_REFINE = (-1, 1)  # px tried either side of the best large size
SHOT_REGISTRY_SIDE = 128  # the registry avatar is read at this side (no larger template is upsampled), then shrunk


def shot_pixels_for_record(record: dict, base_dir=None, side: int = SHOT_SIDE) -> np.ndarray | None:
    """The record's *local* avatar file as a ``side`` square of RGB levels (0..1, float32 [side, side, 3]), or None
    (as ``pixels_for_record``)."""
    return _local_pixels(record, base_dir, side, grey=False)


class ShotFrame:
    """A candidate avatar read for the screenshot search (``SHOT_SIDE`` px, colour, blurred like the templates):
    the FFTs of its channels, and per template side the local variance under a disc (summed over the channels),
    computed once for every registry avatar it is searched for."""

    def __init__(self, rgb: np.ndarray):
        from scipy import fft
        from scipy.ndimage import gaussian_filter
        self.fft = fft
        self.side = rgb.shape[0]
        a = gaussian_filter(rgb.astype(np.float64), (PIXEL_BLUR, PIXEL_BLUR, 0), mode="nearest")
        self.f1 = fft.rfft2(a, axes=(0, 1))
        self.f1_single = self.f1.astype(np.complex64)  # numerators in single precision (the variances stay double)
        self.f2 = fft.rfft2((a * a).sum(axis=2))  # the channels' squares summed: one local sum serves all three
        self._masks: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # side -> (disc, disc's conjugate spectrum)
        self._spread: dict[int, np.ndarray] = {}  # side -> sqrt of the local variance (-1 where the frame is flat)
        self._levels: np.ndarray | None = None  # the blurred levels themselves (``colour_gap``), on first use

    def _mask(self, side: int) -> tuple[np.ndarray, np.ndarray]:
        if side not in self._masks:
            m = _disc(side)
            self._masks[side] = (m, np.conj(self.fft.rfft2(m, s=(self.side, self.side))))
        return self._masks[side]

    def _back(self, x: np.ndarray, side: int) -> np.ndarray:
        """Inverse FFT over the frame, cut to the positions where a ``side`` template fits whole."""
        n_side = self.side
        out = self.fft.irfft2(x, s=(n_side, n_side), axes=(0, 1))
        return out[:n_side - side + 1, :n_side - side + 1]

    def spread(self, side: int) -> np.ndarray:
        """sqrt of the frame's variance under a ``side`` disc at each position (three channels summed); -1 where
        the window is blank page (it counts for nothing)."""
        if side not in self._spread:
            mask, mask_f = self._mask(side)
            n = float(mask.sum())
            s1 = self._back(self.f1 * mask_f[..., None], side)
            var = np.maximum(self._back(self.f2 * mask_f, side) - (s1 * s1).sum(axis=2) / n, 1e-9)
            self._spread[side] = np.where(var / (3 * n) < _FLAT, -1.0, np.sqrt(var))
        return self._spread[side]

    def best(self, template: np.ndarray) -> float:
        """Highest normalised cross-correlation (the three channels together) of ``template`` (RGB, blurred)
        read through a disc, over every position where it fits inside the frame."""
        return self.best_at(template)[0]

    def best_at(self, template: np.ndarray) -> tuple[float, int, int]:
        """(``best``, row, column of the template's corner where it is reached)."""
        side = template.shape[0]
        mask, _ = self._mask(side)
        n = float(mask.sum())
        t = (template - (template * mask[..., None]).sum(axis=(0, 1)) / n) * mask[..., None]
        norm = float(np.sqrt((t * t).sum()))
        if norm < 1e-3:
            return -1.0, 0, 0  # a blank template matches nothing
        spec = np.conj(self.fft.rfft2(t.astype(np.float32), s=(self.side, self.side), axes=(0, 1)))
        num = self._back((self.f1_single * spec).sum(axis=2), side)  # the channels summed before the one inverse FFT
        spread = self.spread(side)
        ncc = np.where(spread < 0, -1.0, num / (np.abs(spread) * norm))
        y, x = divmod(int(np.argmax(ncc)), ncc.shape[1])
        return float(ncc[y, x]), y, x

    def colour_gap(self, template: np.ndarray, y: int, x: int) -> float:
        """Mean absolute difference (levels 0..1, over the three channels and the disc) between ``template`` (RGB,
        blurred) and the frame's window at (``y``, ``x``), blurred alike: the colours themselves, which the
        correlation does not compare."""
        if self._levels is None:
            self._levels = self.fft.irfft2(self.f1, s=(self.side, self.side), axes=(0, 1))
        side = template.shape[0]
        window = self._levels[y:y + side, x:x + side]
        mask = self._mask(side)[0].astype(bool)
        return float(np.abs(window - template)[mask].mean())


class ShotTemplates:
    """A registry avatar as the screenshot search looks for it: its RGB levels kept as bytes (``SHOT_REGISTRY_SIDE``
    square, 48 KB; not every template: a run may hold hundreds of registry avatars), each template size made on use
    (shrunk with a box filter, blurred like the frame)."""

    def __init__(self, registered: np.ndarray):
        self.image = image_of(registered)

    def template(self, side: int) -> np.ndarray:
        from PIL import Image
        from scipy.ndimage import gaussian_filter
        small = np.asarray(self.image.resize((side, side), Image.BOX), dtype=np.float64) / 255.0
        return gaussian_filter(small, (PIXEL_BLUR, PIXEL_BLUR, 0), mode="nearest")


def shot_templates(registered: np.ndarray) -> ShotTemplates:
    """The registry avatar (RGB levels, any square side; ``SHOT_REGISTRY_SIDE`` keeps the large templates sharp) as
    ``shot_similarity`` looks for it."""
    return ShotTemplates(registered)


def shot_similarity(candidate: np.ndarray | ShotFrame, registered: np.ndarray | ShotTemplates) -> float:
    """How well the registry avatar, shrunk to 0.10-0.63 of the frame, is contained in the candidate (-1..1): the
    candidate as ``shot_pixels_for_record`` reads it (or its ``ShotFrame``), the registry avatar as RGB levels (or
    its ``shot_templates``). The small sizes are tried as they are, the large ones on a grid whose best is refined."""
    return shot_reading(candidate, registered)[0]


def shot_reading(candidate: np.ndarray | ShotFrame, registered: np.ndarray | ShotTemplates) -> tuple[float, float]:
    """(``shot_similarity``, the colour gap where it is reached: ``ShotFrame.colour_gap``, 1.0 when nothing fits)."""
    frame = candidate if isinstance(candidate, ShotFrame) else ShotFrame(candidate)
    templates = registered if isinstance(registered, ShotTemplates) else shot_templates(registered)
    fits = [s for s in SHOT_SIZES + SHOT_LARGE_SIZES if s < frame.side]
    tried = {s: frame.best_at(templates.template(s)) for s in fits}
    if tried:
        top = max(tried, key=lambda s: tried[s][0])
        for step in SHOT_REFINE:
            s = top + step
            if s not in tried and SHOT_SIZES[0] <= s < frame.side:
                tried[s] = frame.best_at(templates.template(s))
    if not tried:
        return -1.0, 1.0
    side = max(tried, key=lambda s: tried[s][0])
    sim, y, x = tried[side]
    return sim, (frame.colour_gap(templates.template(side), y, x) if sim > -1.0 else 1.0)


# Under a tenth of the frame (a chat thread's sender picture, a letterhead's logo: 0.06-0.10 of the side) the avatar is
# 8-13 px at ``SHOT_SIDE``, fewer pixels than its drawing has strokes; the file itself holds it at 10-16 px. Read at
# twice the side (``SHOT_FINE_SIDE``) the copy is lined up within a pixel (``SHOT_TINY_SIZES``, one pixel apart) and
# correlates 0.85-0.96 in colour with its unit's avatar, where other designs reach as much in grey but never in its
# colours: the reading counts only where the colours agree (``tiny_shot_similarity``'s ``max_gap``). Four times the
# pixels of a frame: callers read it only for the registry avatars something else already points at (a description
# naming or copying the unit, or a government-sounding name giving the unit's own place: ``detectors.impostor.
# _PixelSearch``).
SHOT_FINE_SIDE = 256
SHOT_TINY_SIZES = tuple(range(15, 27))  # px of ``SHOT_FINE_SIDE``: 0.06-0.10 of the frame


def tiny_shot_similarity(frame: ShotFrame, registered: ShotTemplates, max_gap: float) -> float:
    """The best correlation (-1..1, the three channels together) of the registry avatar shrunk to ``SHOT_TINY_SIZES``
    in ``frame`` (the candidate read at ``SHOT_FINE_SIDE``) among the sizes whose best position shows the registry
    avatar's own colours (``ShotFrame.colour_gap`` ≤ ``max_gap``); -1 when none does."""
    return tiny_shot_reading(frame, registered, max_gap)[0]


def tiny_shot_reading(frame: ShotFrame, registered: ShotTemplates, max_gap: float) -> tuple[float, float]:
    """(``tiny_shot_similarity``, the colour gap at the size that gives it: 1.0 when no size does) — the gap a
    finding reports when this reading is the one that counted."""
    best, best_gap = -1.0, 1.0
    for side in SHOT_TINY_SIZES:
        if side >= frame.side:
            break
        template = registered.template(side)
        sim, y, x = frame.best_at(template)
        if sim > best:
            gap = frame.colour_gap(template, y, x)
            if gap <= max_gap:
                best, best_gap = sim, gap
    return best, best_gap


# ---- a copy located in the file's own pixels (small screenshots) --------------------------------------------------

# The readings above resample the candidate to a fixed side (``SHOT_SIDE``, ``SHOT_FINE_SIDE``) and try templates at
# whole pixels of that grid: a copy of 9-16 px in a 150 px screenshot then sits between two template sizes and off the
# grid by up to half a pixel, and its thin strokes correlate 0.6-0.9 with their own unit's avatar, no better than a
# broad design elsewhere on the page. ``located_copy`` looks in the file's own pixels (``native_pixels_for_
# record``: its longer side, at most ``LOCATED_MAX_SIDE``) in two steps: **locate** — the registry avatar shrunk to
# every whole size from ``LOCATED_SIZES[0]`` to ``LOCATED_SIZES[1]`` of the side, correlated (three colour channels,
# through a disc) at every position, the ``LOCATED_PEAKS`` best places kept; **compare** — at each place the registry
# avatar is drawn again at fractional sizes and offsets (``LOCATED_STEPS``: half, then a quarter pixel of size and of
# position; anti-aliased as a shrunk copy is) and correlated with the window, keeping the best, with the mean
# colour difference there (as ``ShotFrame.colour_gap``). A copy lined up so reads 0.95-0.99; another design gains as
# much freedom, so callers set the bars from non-copies, and read it only for the registry avatars the name's place or
# the description already points at.
LOCATED_MAX_SIDE = 256
LOCATED_SIZES = (0.05, 0.17)  # share of the side: 0.05-0.17 (under a tenth the coarse readings lose the copy)
LOCATED_MIN_PX = 7  # a copy smaller than this has no drawing left to compare
LOCATED_PEAKS = 3
LOCATED_STEPS = (0.5, 0.25, 0.25)  # px of size and of position tried either side, in turn (down to a quarter pixel)
LOCATED_FLOOR = 0.5  # a place whose whole-pixel correlation is under this is not refined (lining up gains 0.05-0.3)
LOCATED_DISC = 0.47  # radius, as a share of the drawn square's side, of the disc a drawing is compared through
# A copy of 8-9 px is often best fitted by the whole-pixel search at a smaller template (a smaller disc leaves out the
# copy's own rim and the page around it), and lining up moves the size by a pixel at most: a place first found under
# ``LOCATED_RESIZE_BELOW`` px is lined up again from the ``LOCATED_RESIZE_STEPS`` next whole sizes up, and the best
# correlation of all is kept (a copy at its own size correlates best there; nothing else changes for larger finds).
LOCATED_RESIZE_BELOW = 8.0
LOCATED_RESIZE_STEPS = (1, 2)


def native_pixels_for_record(record: dict, base_dir=None, max_side: int = LOCATED_MAX_SIDE) -> np.ndarray | None:
    """The record's *local* avatar file as RGB levels (0..1) on a square of its own longer side (at most
    ``max_side``), or None (as ``pixels_for_record``)."""
    from PIL import Image

    p = local_avatar_path(record, base_dir)
    if p is None:
        return None
    try:
        with Image.open(p) as im:
            side = min(max(im.size), max_side)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    return _local_pixels(record, base_dir, side, grey=False)


def _render(source: np.ndarray, size: float, dy: float, dx: float, h: int, w: int) -> np.ndarray:
    """``source`` (RGB, its own square side, already anti-aliased for ``size``) drawn as a ``size`` px square whose
    corner sits at (``dy``, ``dx``) of an ``h`` x ``w`` window (bilinear sampling)."""
    from scipy.ndimage import map_coordinates
    side = source.shape[0]
    scale = size / side
    yy, xx = np.mgrid[:h, :w].astype(np.float64)
    coords = [(yy + 0.5 - dy) / scale - 0.5, (xx + 0.5 - dx) / scale - 0.5]
    return np.stack([map_coordinates(source[..., c], coords, order=1, mode="nearest") for c in range(3)], axis=-1)


def _disc_ncc(window: np.ndarray, patch: np.ndarray, mask: np.ndarray) -> tuple[float, float]:
    """(normalised cross-correlation over the three channels, mean absolute difference) inside ``mask``."""
    a, b = window[mask], patch[mask]
    gap = float(np.abs(a - b).mean())
    a = a - a.mean(axis=0)
    b = b - b.mean(axis=0)
    d = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return (float((a * b).sum()) / d if d > 1e-9 else -1.0), gap


def located_copy(candidate: np.ndarray, registered: ShotTemplates) -> tuple[float, float, float, float, float]:
    """(best correlation -1..1, colour gap there, size, top, left) of the registry avatar (``registered``) located in
    ``candidate`` (RGB levels on the file's own side: ``native_pixels_for_record``) at 0.05-0.17 of its side and lined
    up to a quarter pixel (a place found under ``LOCATED_RESIZE_BELOW`` px lined up again from the next sizes up):
    the lined-up square's side and corner in the candidate's pixels (fractional); (-1.0, 1.0, 0.0, 0.0, 0.0) when
    nothing fits."""
    from scipy.ndimage import gaussian_filter
    n = candidate.shape[0]
    frame = ShotFrame(candidate)
    lo, hi = max(LOCATED_MIN_PX, int(LOCATED_SIZES[0] * n)), int(np.ceil(LOCATED_SIZES[1] * n))
    found = []
    for s in range(lo, min(hi, n - 2) + 1):
        sim, y, x = frame.best_at(registered.template(s))
        if sim >= LOCATED_FLOOR:
            found.append((sim, s, y, x))
    if not found:
        return -1.0, 1.0, 0.0, 0.0, 0.0
    found.sort(reverse=True)
    peaks: list[tuple[float, int, int, int]] = []
    for f in found:  # distinct places: a copy found at two neighbouring sizes is one place
        if all(abs(f[2] - p[2]) > 2 or abs(f[3] - p[3]) > 2 for p in peaks):
            peaks.append(f)
        if len(peaks) == LOCATED_PEAKS:
            break
    levels = gaussian_filter(candidate.astype(np.float64), (PIXEL_BLUR, PIXEL_BLUR, 0), mode="nearest")
    image = np.asarray(registered.image, dtype=np.float64) / 255.0
    best = max((_lined_up(levels, image, s, y, x) for _, s, y, x in peaks), key=lambda r: r[0])
    if best[2] < LOCATED_RESIZE_BELOW:  # a tiny copy: lined up again from the next sizes up at the same place
        y, x, s = round(best[3]), round(best[4]), round(best[2])
        grown = [_lined_up(levels, image, s + k, y, x) for k in LOCATED_RESIZE_STEPS
                 if y + s + k <= n and x + s + k <= n]
        best = max([best, *grown], key=lambda r: r[0])
    return best


def _lined_up(levels: np.ndarray, image: np.ndarray, s: int, y: int, x: int) -> tuple[float, float, float, float,
                                                                                   float]:
    """(correlation, colour gap, size, top, left) of ``image`` (the registry avatar's RGB levels) drawn into
    ``levels`` (the blurred candidate) near the ``s`` px square at (``y``, ``x``), its size and position refined to a
    quarter pixel; the last three are where it was drawn best."""
    n = levels.shape[0]
    source = _drawn_source(image, s)
    y0, x0 = max(0, y - 2), max(0, x - 2)
    window = levels[y0:min(n, y + s + 3), x0:min(n, x + s + 3)]
    h, w = window.shape[:2]
    yy, xx = np.mgrid[:h, :w]

    def read(size: float, oy: float, ox: float) -> tuple[float, float]:
        dy, dx = y - y0 + oy, x - x0 + ox
        patch = _render(source, size, dy, dx, h, w)
        cy, cx = dy + size / 2 - 0.5, dx + size / 2 - 0.5
        mask = ((yy - cy) ** 2 + (xx - cx) ** 2) <= (LOCATED_DISC * size) ** 2
        return _disc_ncc(window, patch, mask)

    size, oy, ox = float(s), 0.0, 0.0
    here = read(size, oy, ox)
    for step in LOCATED_STEPS:  # size, then position, each a finer step in turn
        for ds in (-step, step):
            if size + ds >= LOCATED_MIN_PX and (r := read(size + ds, oy, ox))[0] > here[0]:
                here, size = r, size + ds
                break
        o0 = (oy, ox)
        for sy in (-step, 0.0, step):
            for sx in (-step, 0.0, step):
                if (sy or sx) and (r := read(size, o0[0] + sy, o0[1] + sx))[0] > here[0]:
                    here, oy, ox = r, o0[0] + sy, o0[1] + sx
    return here[0], here[1], size, y + oy, x + ox


def _drawn_source(image: np.ndarray, size: float) -> np.ndarray:
    """``image`` (RGB levels on its own square side) anti-aliased as a copy shrunk to ``size`` px (half a candidate
    pixel) and blurred as the frame (``PIXEL_BLUR``), in its own pixels: ``_render`` then samples it, never filtering
    again."""
    from scipy.ndimage import gaussian_filter
    sigma = float(np.hypot(0.5, PIXEL_BLUR)) * image.shape[0] / size
    return gaussian_filter(np.asarray(image, dtype=np.float64), (sigma, sigma, 0), mode="nearest")


def small_drawings(images: np.ndarray, size: int) -> np.ndarray:
    """Registry avatars (``images``: [N, side, side, 3] RGB levels) drawn as ``size`` px squares the way
    ``_lined_up`` draws a located copy (``_drawn_source``, sampled bilinearly)."""
    out = np.empty((len(images), size, size, 3), dtype=np.float64)
    for k, image in enumerate(images):
        out[k] = _render(_drawn_source(image, size), float(size), 0.0, 0.0, size, size)
    return out


def small_distances(drawings: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(correlation, colour gap) of drawing ``k`` against every drawing of ``small_drawings``, through the disc the
    located reading compares in."""
    size = drawings.shape[1]
    yy, xx = np.mgrid[:size, :size]
    c = size / 2 - 0.5
    mask = ((yy - c) ** 2 + (xx - c) ** 2) <= (LOCATED_DISC * size) ** 2
    a = drawings[:, mask]  # [N, m, 3]
    gap = np.abs(a - a[k][None]).mean(axis=(1, 2))
    a = a - a.mean(axis=1, keepdims=True)
    num = (a * a[k][None]).sum(axis=(1, 2))
    den = np.sqrt((a * a).sum(axis=(1, 2)) * (a[k] * a[k]).sum())
    return np.where(den > 1e-9, num / np.maximum(den, 1e-12), -1.0), gap


# ---- the located copy as an object of its own on the page ---------------------------------------------------------

# A unit's avatar in a screenshot is a tile placed on a page: a profile picture, a card's icon, a chat head. Around it
# lies the page (a background, a header band, a card) or a frame line, one colour along each side; a patch of a photo
# or of another drawing that happens to line up with the avatar at 8-15 px has the rest of that picture around it.
# ``object_margin`` reads the strips just outside the located square (past ``OBJECT_SKIP`` px, where the copy's own
# anti-aliased edge and JPEG ringing lie, ``OBJECT_WIDTH`` px wide, a strip per side) and returns the worst side's
# spread: the mean difference of its pixels from the strip's median colour (0 = one flat colour). Two skips are tried
# (the copy is lined up to a quarter pixel; a rounded copy's frame may lie a pixel out) and the better is kept. A side
# cut by the frame's own edge (under half its strip inside the file) counts as separate: the file ends there.
OBJECT_SKIP = (1.0, 2.0)
OBJECT_WIDTH = 2.0


def object_margin(candidate: np.ndarray, size: float, top: float, left: float) -> float:
    """The worst side's spread (0..1: mean of the largest channel difference from the strip's median colour) of the
    strips just outside the ``size`` px square at (``top``, ``left``) of ``candidate`` (RGB levels, unblurred), at the
    better of ``OBJECT_SKIP``; 1.0 when no square was located."""
    if size <= 0:
        return 1.0
    n, w = candidate.shape[0], candidate.shape[1]
    cy = np.arange(n) + 0.5  # pixel centres
    cx = np.arange(w) + 0.5
    best = 1.0
    for skip in OBJECT_SKIP:
        lo_y, hi_y, lo_x, hi_x = top - skip, top + size + skip, left - skip, left + size + skip
        out_y = (cy >= lo_y - OBJECT_WIDTH) & (cy <= hi_y + OBJECT_WIDTH)  # the rows and columns the strips span
        out_x = (cx >= lo_x - OBJECT_WIDTH) & (cx <= hi_x + OBJECT_WIDTH)
        strips = (
            (((cy > lo_y - OBJECT_WIDTH) & (cy < lo_y))[:, None] & out_x[None, :]),  # above
            (((cy > hi_y) & (cy < hi_y + OBJECT_WIDTH))[:, None] & out_x[None, :]),  # below
            (out_y[:, None] & ((cx > lo_x - OBJECT_WIDTH) & (cx < lo_x))[None, :]),  # left
            (out_y[:, None] & ((cx > hi_x) & (cx < hi_x + OBJECT_WIDTH))[None, :]),  # right
        )
        full = (size + 2 * skip + 2 * OBJECT_WIDTH) * (OBJECT_WIDTH - 1)  # about the pixels a strip holds in the file
        worst = 0.0
        for strip in strips:
            px = candidate[strip]
            if len(px) < 0.5 * full:  # the file's own edge cuts this side
                continue
            worst = max(worst, float(np.abs(px - np.median(px, axis=0)).max(axis=1).mean()))
        best = min(best, worst)
    return best


# ---- drawing without its colours (recoloured copies) -------------------------------------------------------------

# A recoloured copy (hue turned, a colour cast, split toning, contrast) keeps its drawing and loses its colours: the
# hue histograms no longer tell it from another unit's avatar of the same layout, and the grey-level hashes of the two
# are as near as the copy's. Where colour changes, though, the copy still has its edges, and two units' designs of one
# layout differ there (the emblem inside the ring, the characters on the banner). ``structure`` is the image's edge map:
# the strongest Sobel gradient of the three colour channels at each pixel (``STRUCTURE_SIDE`` px), scaled by the image's
# own strong edges (its ``STRUCTURE_PERCENTILE``-th percentile, so that contrast does not count) and clipped (an edge
# is an edge however strong), blurred (``STRUCTURE_BLUR``: a re-encoding moves an edge by a pixel) and made a unit
# vector; two such maps compare by their dot product (the correlation, -1..1). Only ever read for the few registry
# avatars a suspect's hashes already point at.
STRUCTURE_SIDE = 64
STRUCTURE_PERCENTILE = 95
STRUCTURE_BLUR = 1.0


def structure_of(rgb: np.ndarray) -> np.ndarray | None:
    """The edge map (see above) of an RGB image given as levels 0..1 [side, side, 3], flattened to a unit vector
    (float32); None for a blank image."""
    from scipy.ndimage import gaussian_filter, sobel

    a = gaussian_filter(np.asarray(rgb, dtype=np.float64), (0.7, 0.7, 0), mode="nearest")
    g = np.zeros(a.shape[:2])
    for c in range(a.shape[2]):
        np.maximum(g, np.hypot(sobel(a[..., c], 1), sobel(a[..., c], 0)), out=g)
    top = float(np.percentile(g, STRUCTURE_PERCENTILE))
    if top < 1e-3:
        return None  # no edges: a blank or nearly flat image
    g = gaussian_filter(np.clip(g / top, 0.0, 1.0), STRUCTURE_BLUR, mode="nearest").ravel()
    g -= g.mean()
    norm = float(np.linalg.norm(g))
    return (g / norm).astype(np.float32) if norm > 1e-9 else None


def structure_for_record(record: dict, base_dir=None) -> np.ndarray | None:
    """The edge map of the record's *local* avatar file (``structure_of``), or None (no file, a URL, a refused or
    blank image)."""
    rgb = _local_pixels(record, base_dir, STRUCTURE_SIDE, grey=False)
    return structure_of(rgb) if rgb is not None else None


def structure_similarity(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    """Correlation (-1..1) of two edge maps; None when either is unknown."""
    if a is None or b is None:
        return None
    return float(np.dot(a, b))


# ---- the drawing alone, against the whole registry (colour edits) --------------------------------------------------

# A colour edit — grayscale, sepia, an inverted or hue-turned copy, channels swapped, posterised, faded or pushed
# saturation, brightness and contrast, a vignette — keeps every edge where it was and changes the grey levels and colours
# the hashes, the correlations and the overlay reading compare: inverted, a copy correlates -1 with its original. Its
# drawing (``structure_of``: the edge map, contrast scaled out) stays: a copy edited so correlates 0.98-1.00 with its
# original's drawing. Two maps are kept per image, one of the colour channels' strongest edge (a hue turn keeps it)
# and one of the grey levels' (a grayscale or sepia copy loses the edges between colours of one brightness, and keeps
# exactly the grey levels' edges); two images compare by the better of the two correlations. The maps are pooled to
# ``DRAWING_SIDE`` px (a few KB an image), so that the drawings of every registry avatar file can be held and a
# candidate compared with all of them at once: what makes a copy a copy here is that its drawing is one registry
# avatar's *and no other's* — one layout drawn for several units (each in its own colours) is one drawing, and a
# template.
DRAWING_SIDE = 32


def drawing_of(rgb: np.ndarray) -> np.ndarray | None:
    """float32 [2, DRAWING_SIDE²]: the edge maps (``structure_of`` at ``STRUCTURE_SIDE``) of an RGB image's colour
    channels and of its grey levels, pooled to ``DRAWING_SIDE`` and made unit vectors; None for a blank image."""
    from PIL import Image
    a = np.asarray(rgb, dtype=np.float32)
    if a.shape[:2] != (STRUCTURE_SIDE, STRUCTURE_SIDE):
        a = _resized(a, STRUCTURE_SIDE, Image.BILINEAR)
    grey = grey_levels(a)
    out = []
    pool = STRUCTURE_SIDE // DRAWING_SIDE
    for image in (a, np.repeat(grey[..., None], 3, axis=2)):
        s = structure_of(image)
        if s is None:
            return None
        s = s.reshape(DRAWING_SIDE, pool, DRAWING_SIDE, pool).mean(axis=(1, 3)).ravel()
        s = s - s.mean()
        norm = float(np.linalg.norm(s))
        if norm < 1e-9:
            return None
        out.append(s / norm)
    return np.stack(out).astype(np.float32)


def drawing_for_record(record: dict, base_dir=None) -> np.ndarray | None:
    """``drawing_of`` the record's *local* avatar file, or None (no file, a URL, a refused or blank image)."""
    rgb = _local_pixels(record, base_dir, STRUCTURE_SIDE, grey=False)
    return drawing_of(rgb) if rgb is not None else None


def drawing_similarities(mine: np.ndarray, drawings: np.ndarray) -> np.ndarray:
    """The better of the colour and the grey correlation of ``mine`` (``drawing_of``) with each of ``drawings``
    [n, 2, DRAWING_SIDE²] (-1..1)."""
    if not len(drawings):
        return np.zeros(0, dtype=np.float32)
    return np.maximum(drawings[:, 0, :] @ mine[0], drawings[:, 1, :] @ mine[1])
