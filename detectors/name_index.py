"""Blocking: which registry names a candidate name could imitate, without comparing all pairs.

Every registry name is filed under a few keys derived from its normalised form (``detectors.names``):

- ``=core``  — the normalised name itself (identical, decorations, traditional, hidden characters);
- ``-key``   — the name with one character deleted, and the name itself: two names share such a key exactly when
  they are one substitution (shape/sound), one adjacent swap, one drop or one insertion apart;
- ``Lcore``  — the name without level words 省/市/县/区;
- ``Ikey``   — pinyin initials (山东发布 → sdfb), and ``Pkey`` the full toneless pinyin (shandongfabu), both
  looked up only for candidates written (partly) in Latin letters.

A candidate's keys are looked up in the dict (no loop over the registry); the few pairs found are then scored in
bulk: rapidfuzz ``process.cpdist`` for the edit similarity of all pairs at once, ``detectors.avatar.pair_distances``
(numpy popcount) for avatars, and ``detectors.names.compare_names`` for the reason of each surviving pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from detectors.names import NameForm, _strip_levels, initials_key, latin_initials_keys, toneless

MAX_BUCKET = 200  # keys shared by more names than this carry no information (e.g. a 3-char deletion "发布")
MAX_INITIALS_BUCKET = 5000  # pinyin-initials keys are only looked up for the rare names written in Latin letters


def _keys(core: str, *, registry: bool) -> set[str]:
    keys = {"=" + core, "-" + core}
    if len(core) >= 3:
        keys.update("-" + core[:i] + core[i + 1:] for i in range(len(core)))
    stripped = _strip_levels(core)
    if stripped:
        keys.add("L" + stripped)
    if registry:
        if core and not any("a" <= c <= "z" for c in core):
            keys.add("I" + initials_key(core))
            keys.add("P" + "".join(toneless(c) for c in core))
    elif any("a" <= c <= "z" for c in core):
        keys.update("I" + k for k in latin_initials_keys(core))
        keys.add("P" + "".join(toneless(c) for c in core))
    return keys


class NameIndex:
    """Registry names filed under their blocking keys."""

    def __init__(self, forms: Sequence[NameForm]):
        self.forms = list(forms)
        self.cores = [f.core for f in self.forms]
        buckets: dict[str, list[int]] = defaultdict(list)
        for i, core in enumerate(self.cores):
            if core:
                for key in _keys(core, registry=True):
                    buckets[key].append(i)
        self.buckets = {k: v for k, v in buckets.items()
                        if len(v) <= (MAX_INITIALS_BUCKET if k[0] == "I" else MAX_BUCKET)}

    def block(self, form: NameForm) -> set[int]:
        """Registry positions whose names may be imitated by ``form``."""
        found: set[int] = set()
        if not form.core:
            return found
        get = self.buckets.get
        for key in _keys(form.core, registry=False):
            hit = get(key)
            if hit:
                found.update(hit)
        return found

    def pairs(self, forms: Iterable[NameForm]) -> tuple[np.ndarray, np.ndarray]:
        """All (candidate position, registry position) pairs that share a key, as two int arrays."""
        ci: list[int] = []
        ri: list[int] = []
        for c, form in enumerate(forms):
            for r in self.block(form):
                ci.append(c)
                ri.append(r)
        return np.asarray(ci, dtype=np.int64), np.asarray(ri, dtype=np.int64)

    def similarities(self, cand_cores: Sequence[str], ci: np.ndarray, ri: np.ndarray) -> np.ndarray:
        """Normalised edit similarity (0..1) of every pair, computed by rapidfuzz in one call."""
        if len(ci) == 0:
            return np.zeros(0, dtype=np.float32)
        left = [cand_cores[i] for i in ci]
        right = [self.cores[i] for i in ri]
        return process.cpdist(left, right, scorer=Levenshtein.normalized_similarity, dtype=np.float32)
