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
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from detectors.government import unit_key
from detectors.names import (
    DOUBLE_NAME_LEN,
    GLYPH_SIMILAR,
    NameForm,
    _is_cjk,
    _strip_levels,
    glyph_neighbours,
    initials_key,
    latin_initials_keys,
    near_glyphs,
    part_of,
    readings,
    shape_neighbours,
    toneless,
    toneless_all,
)
from detectors.places import region_places

MAX_BUCKET = 200  # keys shared by more names than this carry no information (e.g. a 3-char deletion "发布")
MAX_INITIALS_BUCKET = 5000  # pinyin-initials keys are only looked up for the rare names written in Latin letters
MAX_KEYED_LEN = 64  # longest registry name given one-deletion keys (a candidate: the longest registry name + 1)
MAX_PINYIN_LETTERS = 6  # letters per character in the longest pinyin syllable (zhuang)


def _keys(core: str, *, registry: bool, max_len: int = MAX_KEYED_LEN) -> set[str]:
    """Blocking keys of a name. Work and size are linear in ``len(core)``: the one-deletion keys (``len(core)``
    keys of ``len(core)`` characters each) are only made for names of at most ``max_len`` characters — a longer
    name cannot be one edit away from any registered name — and pinyin spellings only for short names."""
    keys = {"=" + core, "-" + core}
    if 3 <= len(core) <= max_len:
        keys.update("-" + core[:i] + core[i + 1:] for i in range(len(core)))
    stripped = _strip_levels(core)
    if stripped:
        keys.add("L" + stripped)
    if registry:
        if core and len(core) <= max_len and not any("a" <= c <= "z" for c in core):
            keys.add("I" + initials_key(core))
            keys.add("P" + "".join(toneless(c) for c in core))
    elif len(core) <= max_len * MAX_PINYIN_LETTERS and any("a" <= c <= "z" for c in core):
        keys.update("I" + k for k in latin_initials_keys(core))
        keys.add("P" + "".join(toneless(c) for c in core))
    return keys


_POSITION_PAIRS = tuple((i, j) for i in range(DOUBLE_NAME_LEN) for j in range(i + 1, DOUBLE_NAME_LEN))


def double_keys(core: str) -> list[str]:
    """A four-character name with each pair of positions blanked out: two names share such a key exactly when they
    differ in at most those two positions (the ``double`` layer of ``detectors.names.compare_names``)."""
    if len(core) != DOUBLE_NAME_LEN or not all(map(_is_cjk, core)):
        return []
    return [core[:i] + "?" + core[i + 1:j] + "?" + core[j + 1:] for i, j in _POSITION_PAIRS]


class DoubleIndex:
    """Four-character registry names under their ``double_keys``, for candidates that nothing else matched (built
    on first use; a bucket of one name holds the bare position, which keeps a 100k registry small)."""

    def __init__(self, cores: Sequence[str]):
        buckets: dict[str, int | list[int]] = {}
        for r, core in enumerate(cores):
            for key in double_keys(core):
                held = buckets.get(key)
                if held is None:
                    buckets[key] = r
                elif isinstance(held, int):
                    buckets[key] = [held, r]
                elif len(held) <= MAX_BUCKET:
                    held.append(r)
        self.buckets = {k: v for k, v in buckets.items() if isinstance(v, int) or len(v) <= MAX_BUCKET}

    def block(self, core: str) -> set[int]:
        found: set[int] = set()
        get = self.buckets.get
        for key in double_keys(core):
            hit = get(key)
            if hit is None:
                continue
            if isinstance(hit, int):
                found.add(hit)
            else:
                found.update(hit)
        return found


class NameIndex:
    """Registry names filed under their blocking keys."""

    def __init__(self, forms: Sequence[NameForm]):
        self.forms = list(forms)
        self.cores = [f.core for f in self.forms]
        buckets: dict[str, list[int]] = defaultdict(list)
        self.max_len = min(MAX_KEYED_LEN, max((len(c) for c in self.cores), default=0)) + 1
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
        for key in self.keys_for(form):
            hit = get(key)
            if hit:
                found.update(hit)
        return found

    def keys_for(self, form: NameForm) -> set[str]:
        """The blocking keys a candidate is looked up under (linear in the length of its name)."""
        return _keys(form.core, registry=False, max_len=self.max_len) if form.core else set()

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


# ---- affixed, reordered and full-unit names ----------------------------------------------------------------

MAX_AFFIX_HITS = 64  # registered names found inside one candidate name: more is a list of names, not a name
MIN_CONTAINED = 3  # a registered name shorter than this (level words removed) is not looked for inside others
MAX_ADDED = 24  # characters added before or after a registered name: more is a text that quotes it, not a name
MAX_FOLD_ALTERNATIVES = 6  # registered characters an unknown character is tried as, most telling first
MAX_FOLD_PROBES = 8  # folded spellings of one candidate looked up (the first choice of each character, then others)


def places_of(entry: dict) -> list[str]:
    """Place names of a registry entry, from the largest down, in the forms account names use
    (``detectors.places.region_places``): region 山东省济南市历下区 → 山东, 济南, 历下; 湖北省恩施土家族苗族自治州 →
    湖北, 恩施州, 恩施."""
    return list(region_places(entry.get("region") or ""))


_KINDS = ("name", "reorder", "unit")


@dataclass
class Variant:
    """One way a registered name appears inside a candidate name."""
    kind: str  # "name" | "reorder" | "unit"
    position: int  # registry position
    text: str  # the part of the candidate (level words removed) that matched


def unit_keys(entries: Sequence[dict]) -> list[str]:
    """Each entry's unit name, NFKC, letters and digits only (``detectors.government.unit_key``)."""
    return [unit_key(e.get("unit")) for e in entries]


class AffixIndex:
    """Registered names, their reorderings and their units' full names, found inside candidate names.

    All matching happens with level words removed on both sides (济南市公安局 ≈ 济南公安局), by one Aho-Corasick
    automaton: time linear in the candidate's length plus the (capped) number of hits.
    A candidate character that no registered name uses is also tried as the registered character it looks like
    (glyph table, shape table) or sounds like, so 广洲税务平台 still contains 广州税务.
    """

    def __init__(self, entries: Sequence[dict], forms: Sequence[NameForm], units: Sequence[str] | None = None):
        """``units``: each entry's unit name as ``unit_keys`` gives it, when the caller has it already."""
        import ahocorasick
        self.entries = list(entries)
        units = unit_keys(self.entries) if units is None else units
        self.places = [places_of(e) for e in self.entries]
        self.all_places = frozenset(p for ps in self.places for p in ps)
        patterns: dict[str, list[int]] = defaultdict(list)  # key -> codes (registry position * 4 + kind)
        for r, form in enumerate(forms):
            core = form.core
            if not core:
                continue
            for kind, text in self._variants(core, units[r], self.places[r]):
                key = _strip_levels(text)
                if len(key) >= MIN_CONTAINED and len(patterns[key]) < MAX_BUCKET:
                    patterns[key].append(r * 4 + _KINDS.index(kind))
        self.alphabet = frozenset("".join(patterns))
        self.automaton = ahocorasick.Automaton()
        for key, codes in patterns.items():
            self.automaton.add_word(key, (len(key), tuple(dict.fromkeys(codes))))
        if patterns:
            self.automaton.make_automaton()
        self.empty = not patterns
        self.longest = max(map(len, patterns), default=0)
        self._fold_cache: dict[str, tuple[str, str] | None] = {}
        self._sound_index: dict[str, list[str]] | None = None

    @staticmethod
    def _variants(core: str, unit: str, places: list[str]) -> list[tuple[str, str]]:
        out = [("name", core)]
        # order-insensitive: a name of two meaningful parts (place + function) with the parts swapped
        place_first = [p for p in places if core.startswith(p) and len(core) - len(p) >= 2]
        place_last = [p for p in places if core.endswith(p) and len(core) - len(p) >= 2]
        if place_first:
            p = max(place_first, key=len)
            out.append(("reorder", core[len(p):] + p))
        elif place_last:
            p = max(place_last, key=len)
            out.append(("reorder", p + core[:-len(p)]))
        else:
            out += [("reorder", core[k:] + core[:k]) for k in range(2, len(core) - 1)]
        if len(unit) >= 4:
            out.append(("unit", unit))
        return out

    # -- look-alike folding -----------------------------------------------------------------------------------
    def _fold_char(self, ch: str) -> tuple[tuple[str, str], ...]:
        """(registered character, how) for a character no registered name uses, most telling first: drawn alike
        (glyph table, shape tables), then the same reading with tone, then drawn near (whole and part), then
        the same reading without tone, then the character it holds whole with one part added. Empty when nothing
        fits."""
        if ch in self._fold_cache:
            return self._fold_cache[ch]
        found: dict[str, str] = {}
        if _is_cjk(ch):
            alphabet = self.alphabet
            for c, sim in glyph_neighbours(ch).items():
                if sim >= GLYPH_SIMILAR and c in alphabet:
                    found.setdefault(c, "shape")
            for c in sorted(shape_neighbours(ch)):
                if c in alphabet:
                    found.setdefault(c, "shape")
            sounds = self._sound_index_()
            for r in sorted(readings(ch)):
                for c in sounds.get(r, ()):
                    found.setdefault(c, "sound")
            for c in near_glyphs(ch):
                if c in alphabet:
                    found.setdefault(c, "shape")
            for r in sorted(toneless_all(ch)):
                for c in sounds.get(r, ()):
                    found.setdefault(c, "sound")
            for c in sorted(part_of(ch)):  # 仙 = 人 + 山: the registered character kept whole inside
                if c in alphabet:
                    found.setdefault(c, "shape")
        alternatives = tuple(list(found.items())[:MAX_FOLD_ALTERNATIVES])
        if len(self._fold_cache) < 100_000:
            self._fold_cache[ch] = alternatives
        return alternatives

    def _sound_index_(self) -> dict[str, list[str]]:
        """Registered characters by reading, with tone (shan1) and without (shan)."""
        if self._sound_index is None:
            idx: dict[str, list[str]] = defaultdict(list)
            for c in sorted(self.alphabet):
                if _is_cjk(c):
                    for r in readings(c) | toneless_all(c):
                        idx[r].append(c)
            self._sound_index = idx
        return self._sound_index

    def fold(self, text: str) -> tuple[str, list[tuple[str, str, str]]]:
        """``text`` with unknown characters replaced by the registered ones they most likely imitate, and the
        replacements."""
        probes = self.folds(text)
        return probes[0] if probes else (text, [])

    def folds(self, text: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """Spellings of ``text`` with its unknown characters replaced by registered ones: first each by its most
        telling alternative, then one character at a time by its others (at most ``MAX_FOLD_PROBES``)."""
        if self.alphabet.issuperset(text):
            return []  # fast path: every character is one a registered name uses
        options = {}
        for k, ch in enumerate(text):
            if ch not in self.alphabet:
                alts = self._fold_char(ch)
                if alts:
                    options[k] = alts
        if not options:
            return []
        first = {k: alts[0] for k, alts in options.items()}

        def spell(choice: dict[int, tuple[str, str]]) -> tuple[str, list[tuple[str, str, str]]]:
            chars = list(text)
            subs = []
            for k, (c, how) in sorted(choice.items()):
                chars[k] = c
                subs.append((text[k], c, how))
            return "".join(chars), subs

        out = [spell(first)]
        for k, alts in options.items():
            for alt in alts[1:]:
                if len(out) >= MAX_FOLD_PROBES:
                    return out
                out.append(spell({**first, k: alt}))
        return out

    # -- search -------------------------------------------------------------------------------------------------
    def find(self, core: str) -> list[tuple[Variant, str, str, list[tuple[str, str, str]]]]:
        """(variant, added before, added after, substitutions) for every registered name inside ``core``."""
        if self.empty or not core or len(core) > self.longest + 2 * MAX_ADDED:
            return []  # bounded work for any length: a very long "name" is not an affixed name
        text = _strip_levels(core)
        probes = [(text, {})] + [(spelling, {a: h for a, _, h in subs}) for spelling, subs in self.folds(text)]
        results = []
        seen: set[tuple] = set()
        for probe, how in probes:
            for hits, (end, (size, codes)) in enumerate(self.automaton.iter(probe)):
                if hits >= MAX_AFFIX_HITS:
                    break
                start = end - size + 1
                if start > MAX_ADDED or len(text) - end - 1 > MAX_ADDED:
                    continue
                changed = [(text[k], probe[k], how[text[k]]) for k in range(start, end + 1) if probe[k] != text[k]]
                if probe is not text and not changed:
                    continue  # the plain text has this hit already
                for code in codes:
                    key = (code, start, end, tuple(changed))
                    if key in seen:
                        continue
                    seen.add(key)
                    results.append((Variant(_KINDS[code % 4], code // 4, text[start:end + 1]), text[:start],
                                    text[end + 1:], changed))
        return results


# ---- abbreviations of a unit's full name ------------------------------------------------------------------------

MIN_ABBREVIATED = 3  # characters an abbreviation keeps after the place (level words removed): 新闻办, 交警总队
MAX_ABBREVIATION_UNITS = 64  # units of one place tried per candidate (more: the place alone says too little)


def is_subsequence(short: str, long_: str) -> bool:
    """Whether ``short``'s characters appear in ``long_`` in order (gaps allowed): 网安总队 in 网络安全保卫总队."""
    it = iter(long_)
    return all(ch in it for ch in short)


class UnitAbbreviations:
    """Names made by abbreviating a registered unit's full name (简称), the way Chinese bodies shorten their own
    names: the unit's place, then characters of the rest of its full name kept in order, words cut short —
    荣成市人民政府新闻办公室 → 荣成新闻办, 山东省公安厅交通警察总队 → 山东公安厅交警总队.

    Every unit whose full name starts with one of its entry's places is filed under that place; a candidate is
    looked up by the places it starts with (one Aho-Corasick pass), and what follows the place must be a
    subsequence of the rest of the unit's name (level words removed on both sides), at least ``MIN_ABBREVIATED``
    characters long. Words before the place are judged like any added words (``detectors.affixes``)."""

    def __init__(self, entries: Sequence[dict], places: Sequence[Sequence[str]], units: Sequence[str] | None = None):
        """``units``: each entry's unit name as ``unit_keys`` gives it, when the caller has it already."""
        import ahocorasick
        by_place: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        units = unit_keys(entries) if units is None else units
        for r in range(len(entries)):
            unit = _strip_levels(units[r])
            own = [p for p in places[r] if unit.startswith(_strip_levels(p))]
            if not own:
                continue
            place = _strip_levels(max(own, key=len))
            rest = unit[len(place):]
            if len(rest) >= MIN_ABBREVIATED:
                by_place[place][rest].append(r)
        self.by_place = {p: dict(units) for p, units in by_place.items() if len(units) <= MAX_ABBREVIATION_UNITS}
        # per place (built on its first hit): its units' rests in a list, and for each character a bit mask of the
        # rests holding it, so a candidate's tail is checked (in order) only against rests holding all its characters
        self._rests: dict[str, tuple[list[tuple[str, list[int]]], dict[str, int]]] = {}
        self.automaton = ahocorasick.Automaton()
        for place in self.by_place:
            self.automaton.add_word(place, place)
        self.empty = not self.by_place
        if not self.empty:
            self.automaton.make_automaton()

    def _place_rests(self, place: str) -> tuple[list[tuple[str, list[int]]], dict[str, int]]:
        if place not in self._rests:
            rests = list(self.by_place[place].items())
            masks: dict[str, int] = defaultdict(int)
            for k, (rest, _) in enumerate(rests):
                for ch in set(rest):
                    masks[ch] |= 1 << k
            self._rests[place] = (rests, dict(masks))
        return self._rests[place]

    def find(self, core: str) -> list[tuple[int, str, str, str]]:
        """(registry position, words before the place, the place, the abbreviated rest) for each unit whose full
        name ``core`` abbreviates."""
        if self.empty or not 2 + MIN_ABBREVIATED <= len(core) <= MAX_ADDED + MAX_KEYED_LEN:
            return []  # a place of two characters and at least MIN_ABBREVIATED more
        text = _strip_levels(core)
        out = []
        for end, place in self.automaton.iter(text):
            start = end - len(place) + 1
            tail = text[end + 1:]
            if len(tail) < MIN_ABBREVIATED or start > MAX_ADDED:
                continue
            rests, holding = self._place_rests(place)
            mask = -1
            for ch in set(tail):
                mask &= holding.get(ch, 0)
                if not mask:
                    break
            while mask > 0:
                k = (mask & -mask).bit_length() - 1
                mask &= mask - 1
                rest, positions = rests[k]
                if tail != rest and is_subsequence(tail, rest):
                    out += [(r, text[:start], place, tail) for r in positions]
        return out
