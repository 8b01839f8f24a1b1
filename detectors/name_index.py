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

import itertools
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from detectors.departments import abbreviated_forms
from detectors.government import unit_key
from detectors.names import (
    DOUBLE_MAX_LEN,
    DOUBLE_NAME_LEN,
    GLYPH_SIMILAR,
    SPLIT_PART_MIN,
    NameForm,
    _expansions,
    _is_cjk,
    _strip_levels,
    all_cjk,
    breaks_word,
    decompositions,
    glyph_neighbours,
    has_latin,
    initials_key,
    latin_initials_keys,
    near_glyphs,
    part_of,
    readings,
    shape_neighbours,
    short_level_sound_alikes,
    stroke_reductions,
    strokes_apart,
    toneless,
    toneless_all,
)
from detectors.places import (
    ANYWHERE_LEVEL_WORDS,
    DIVISION_LEVEL_WORDS,
    LEVEL_HEADS,
    LEVEL_RANKS,
    TOWN_ENDINGS,
    TOWN_LEVEL_HEADS,
    TOWNSHIP_LEVEL_WORDS,
    Town,
    county_of,
    former_name_forms,
    former_namesakes,
    formerly_named,
    gazetteer,
    level_word_at,
    name_forms,
    place_level_words,
    region_division,
    region_places,
    towns_beneath,
    township_names,
    zone_words,
)
from detectors.textnorm import is_subsequence, traditional_forms

MAX_BUCKET = 200  # keys shared by more names than this carry no information (e.g. a 3-char deletion "发布")
MAX_INITIALS_BUCKET = 5000  # pinyin-initials keys are only looked up for the rare names written in Latin letters
MAX_KEYED_LEN = 64  # longest registry name given one-deletion keys (a candidate: the longest registry name + 1)
# longest registry name (no place found at either end) read reordered at every cut (``AffixIndex._variants``): each
# cut is a pattern as long as the name, so a name of n characters gives n patterns of n characters; a real name is
# under ~60 characters, and a registry row thousands long (imported or crawled) must not make the index quadratic
MAX_REORDERED_LEN = 64
MAX_PINYIN_LETTERS = 6  # letters per character in the longest pinyin syllable (zhuang)


def _keys(core: str, *, registry: bool, max_len: int = MAX_KEYED_LEN) -> set[str]:
    """Blocking keys of a name. Work and size are linear in ``len(core)``: the one-deletion keys (``len(core)``
    keys of ``len(core)`` characters each) are only made for names of at most ``max_len`` characters — a longer
    name cannot be one edit away from any registered name — and pinyin spellings only for short names."""
    keys = {"=" + core, "-" + core}
    if 3 <= len(core) <= max_len:
        keys.update(["-" + core[:i] + core[i + 1:] for i in range(len(core))])  # a list: no generator per name
    stripped = _strip_levels(core)
    if stripped:
        keys.add("L" + stripped)
    if registry:
        if core and len(core) <= max_len and not has_latin(core):
            keys.add("I" + initials_key(core))
            keys.add("P" + "".join(toneless(c) for c in core))
    elif len(core) <= max_len * MAX_PINYIN_LETTERS and has_latin(core):
        keys.update("I" + k for k in latin_initials_keys(core))
        keys.add("P" + "".join(toneless(c) for c in core))
    return keys


def _doubled(core: str) -> bool:
    return DOUBLE_NAME_LEN <= len(core) <= DOUBLE_MAX_LEN and all_cjk(core)


def double_keys(core: str) -> list[str]:
    """A name of ``DOUBLE_NAME_LEN``..``DOUBLE_MAX_LEN`` Chinese characters with each pair of positions blanked out:
    two names share such a key exactly when they differ in at most those two positions (the ``double`` layer of
    ``detectors.names.compare_names``)."""
    if not _doubled(core):
        return []
    return [f"{core[:i]}?{core[i1:j]}?{core[j1:]}" for i, i1, j, j1 in _DOUBLE_POSITIONS[len(core)]]


# (i, i + 1, j, j + 1) for each pair of positions i < j of a name of each length ``double_keys`` reads
_DOUBLE_POSITIONS = {n: tuple((i, i + 1, j, j + 1) for i in range(n) for j in range(i + 1, n))
                     for n in range(DOUBLE_NAME_LEN, DOUBLE_MAX_LEN + 1)}


_KEY_BATCH = 65_536  # keys ``KeyTable.of`` holds before hashing them


class KeyTable:
    """Blocking keys and the registry positions filed under each, in the compact form of a dict of key → positions:
    two numpy arrays — the 64-bit hashes of the keys, sorted, and the registry position of each — 12 bytes a key
    here, about 150 in a dict of lists of strings (a 100k registry files over a million keys). A hash collision
    only costs one more pair for ``compare_names`` to reject.

    ``limits``: per key (or one for all), the most names it may be shared by; a key shared by more carries no
    information and is dropped."""

    def __init__(self, hashes: np.ndarray, positions: np.ndarray, size: int, limits: np.ndarray | int):
        """``size``: the number of registry positions (``positions`` are below it)."""
        self.size = size
        order = np.argsort(hashes, kind="stable")
        self.hashes, self.positions = hashes[order], positions[order]
        if len(self.hashes):
            _, first, sizes = np.unique(self.hashes, return_index=True, return_counts=True)
            crowded = sizes > (limits if np.isscalar(limits) else np.asarray(limits)[order][first])
            if crowded.any():
                keep = np.repeat(~crowded, sizes)  # the sorted keys come in runs, one run per unique key
                self.hashes, self.positions = self.hashes[keep], self.positions[keep]

    @classmethod
    def of(cls, keys: Iterable[Iterable[str]], limit: int | Callable[[str], int]) -> KeyTable:
        """The table of each position's ``keys`` (position = index in ``keys``); ``limit`` per key, or one for all."""
        hashes, counts, limits = array("q"), array("q"), array("i")
        pending: list[str] = []  # keys not hashed yet: hashed (and limited) by C-level loops, a batch at a time

        def flush() -> None:
            hashes.extend(map(hash, pending))
            if callable(limit):
                limits.extend(map(limit, pending))
            pending.clear()
        for these in keys:
            before = len(pending)
            pending.extend(these)
            counts.append(len(pending) - before)
            if len(pending) >= _KEY_BATCH:
                flush()
        flush()
        size = len(counts)
        positions = np.repeat(np.arange(size, dtype=np.int32), np.frombuffer(counts, dtype=np.int64))
        return cls(np.frombuffer(hashes, dtype=np.int64), positions, size,
                   np.frombuffer(limits, dtype=np.int32) if callable(limit) else limit)

    def lookup_many(self, keys: Sequence[Collection[str]]) -> tuple[np.ndarray, np.ndarray]:
        """(index into ``keys``, registry position) of every pair sharing a key, without repeats, sorted: one
        sorted-array search for all the keys (call it with a chunk of a few ten thousand names to bound the
        memory)."""
        counts = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
        empty = np.zeros(0, dtype=np.int64)
        if not counts.any() or not len(self.hashes):
            return empty, empty
        wanted = np.fromiter(map(hash, itertools.chain.from_iterable(keys)), dtype=np.int64, count=int(counts.sum()))
        owner = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
        order = np.argsort(wanted)  # sorted needles: each search starts where the one before ended (cache-friendly)
        wanted, owner = wanted[order], owner[order]
        lo = np.searchsorted(self.hashes, wanted, side="left")
        sizes = np.searchsorted(self.hashes, wanted, side="right") - lo
        hit = sizes > 0
        lo, sizes, owner = lo[hit], sizes[hit], owner[hit]
        # the registry slots of each hit key's run, concatenated
        slots = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(lo - (np.cumsum(sizes) - sizes), sizes)
        codes = np.unique(np.repeat(owner, sizes) * self.size + self.positions[slots])
        return codes // self.size, codes % self.size

    def lookup(self, keys: Iterable[str]) -> set[int]:
        """Registry positions filed under any of ``keys``."""
        wanted = np.fromiter((hash(k) for k in keys), dtype=np.int64)
        if not len(wanted) or not len(self.hashes):
            return set()
        lo = np.searchsorted(self.hashes, wanted, side="left")
        hi = np.searchsorted(self.hashes, wanted, side="right")
        found: set[int] = set()
        for a, b in zip(lo.tolist(), hi.tolist()):
            if b > a:
                found.update(self.positions[a:b].tolist())
        return found


# Three blocks of positions of a name of each length ``double_keys`` reads, as (start, stop), as equal as can be: two
# names of one length that differ in at most two positions write at least one block alike (pigeonhole)
_DOUBLE_BLOCKS = {n: tuple((b * n // 3, (b + 1) * n // 3) for b in range(3))
                  for n in range(DOUBLE_NAME_LEN, DOUBLE_MAX_LEN + 1)}


class DoubleIndex:
    """Registry names under their ``double_keys``, for candidates that nothing else matched (built on first use):
    a ``KeyTable`` (a 100k registry of names up to eight characters has over a million keys).

    Before a candidate's keys are made (up to 28 per name, a million names at scale) it is asked whether it can share
    one at all (``may_share``): a name sharing a key with a registered name of its length differs from it in at most
    two positions, so one of the three blocks of ``_DOUBLE_BLOCKS`` is written alike in both. The blocks of the keyed
    registered names are kept per length and block (``blocks``: three set look-ups per candidate); a name that writes
    none of them shares no key, and none is made for it. An exact test: the same pairs come out as without it."""

    def __init__(self, cores: Sequence[str]):
        self.table = KeyTable.of((double_keys(core) for core in cores), MAX_BUCKET)  # position = index in cores
        blocks: dict[int, tuple[set[str], ...]] = {}
        for core in filter(_doubled, cores):  # the names that get keys (the others share none)
            held = blocks.get(len(core))
            if held is None:
                held = blocks[len(core)] = (set(), set(), set())
            for (start, stop), seen in zip(_DOUBLE_BLOCKS[len(core)], held):
                seen.add(core[start:stop])
        self.blocks = {n: tuple(map(frozenset, held)) for n, held in blocks.items()}

    def may_share(self, core: str) -> bool:
        """Whether ``core`` writes a block of some keyed registered name of its length where that name does
        (``_DOUBLE_BLOCKS``): False proves that it shares no ``double_keys`` key with any."""
        held = self.blocks.get(len(core))
        if held is None:
            return False
        for (start, stop), seen in zip(_DOUBLE_BLOCKS[len(core)], held):
            if core[start:stop] in seen:
                return True
        return False

    def keys(self, core: str) -> list[str]:
        """``double_keys(core)``, or none when ``may_share`` proves that no registered name shares one."""
        return double_keys(core) if self.may_share(core) else []

    def block_many(self, cores: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(index into ``cores``, registry position) of every pair sharing a key, without repeats (call it with a
        chunk of a few ten thousand names to bound the memory)."""
        return self.table.lookup_many([self.keys(core) for core in cores])

    def block(self, core: str) -> set[int]:
        return self.table.lookup(self.keys(core))


PAIRS_CHUNK = 50_000  # candidate names whose blocking keys are looked up at once


def _bucket_limit(key: str) -> int:
    return MAX_INITIALS_BUCKET if key[0] == "I" else MAX_BUCKET


class NameIndex:
    """Registry names filed under their blocking keys (a ``KeyTable``)."""

    def __init__(self, forms: Sequence[NameForm]):
        self.forms = list(forms)
        self.cores = [f.core for f in self.forms]
        self.max_len = min(MAX_KEYED_LEN, max((len(c) for c in self.cores), default=0)) + 1
        self.table = KeyTable.of((_keys(core, registry=True) if core else () for core in self.cores), _bucket_limit)

    def block(self, form: NameForm) -> set[int]:
        """Registry positions whose names may be imitated by ``form``."""
        return self.table.lookup(self.keys_for(form)) if form.core else set()

    def keys_for(self, form: NameForm) -> set[str]:
        """The blocking keys a candidate is looked up under (linear in the length of its name)."""
        return _keys(form.core, registry=False, max_len=self.max_len) if form.core else set()

    def pairs(self, forms: Sequence[NameForm]) -> tuple[np.ndarray, np.ndarray]:
        """All (candidate position, registry position) pairs that share a key, as two int arrays (sorted), looked up
        ``PAIRS_CHUNK`` candidates at a time."""
        ci, ri = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        for k in range(0, len(forms), PAIRS_CHUNK):
            c, r = self.table.lookup_many([self.keys_for(f) for f in forms[k:k + PAIRS_CHUNK]])
            ci.append(c + k)
            ri.append(r)
        return np.concatenate(ci), np.concatenate(ri)

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
MAX_FOLD_PER_KIND = 8  # ... looked at per kind before those that fit no registered name beside its neighbours go
MAX_FOLD_UNPLACED = 2  # ... kept per kind when no neighbour tells (homophones are many: they must not crowd out shapes)
MAX_FOLD_PROBES = 8  # folded spellings of one candidate looked up (the first choice of each character, then others)
# Two unknown characters side by side (昭平纺湛 for 昭平统战, 老于簿 for 老干部): neither neighbour tells which registered
# character each stands for, and each one's first choice rarely makes a registered pair with the other's. Their
# choices are therefore also tried as pairs that some registered name writes (统 then 战) and that go on registered
# pairs with the known characters either side (平 then 统), these many pairs at most, among each one's
# ``MAX_FOLD_PER_KIND`` most telling alternatives (bounded work per candidate), drawn alike or read alike: a pair of
# characters each only one component or stroke off (常熟小囡: 小/公, 囡/安) is another word.
MAX_FOLD_PAIRS = 2
# The level words after which a one-character place stands as a registered place (郏县, 赵县, 芒市, 陈旗): a stray of
# such a character is the place as written (``AffixIndex._paired_spellings``).
ONE_CHARACTER_PLACE_LEVELS = ("县", "市", "区", "旗")


def places_of(entry: dict) -> list[str]:
    """Place names of a registry entry, from the largest down, in the forms account names use
    (``detectors.places.region_places``): region 山东省济南市历下区 → 山东, 济南, 历下; 湖北省恩施土家族苗族自治州 →
    湖北, 恩施州, 恩施."""
    return list(region_places(entry.get("region") or ""))


_KINDS = ("name", "reorder", "unit", "town", "office", "short", "former", "level", "namesake")
_CODE = 16  # code: position * _CODE + kind; room for up to 16 kinds
_FORMER = _KINDS.index("former")
_NAMESAKE = _KINDS.index("namesake")
_LEVEL = _KINDS.index("level")
# township-level words (``detectors.places.TOWNSHIP_LEVEL_WORDS``: 苏木 is Inner Mongolia's 乡): not stripped like
# 省/市/县/区 (镇江, 乡村 are words)
TOWN_LEVELS = TOWNSHIP_LEVEL_WORDS


def _former_forms(core: str, entry: dict, places: list[str]) -> list[tuple[str, str, str]]:
    """A registered name with its division written by a former name of that division (``detectors.places.
    former_name_forms``: 郧阳发布 of 十堰市郧阳区 → 郧县发布; 芒市发布 → 潞西市发布, 潞西发布; 叙州发布 → 宜宾县发布), as
    (the name before the place, the former name, the name after it). The division is the region's most specific
    one, written in the name as today's short form (its full name when that is one character: 芒市); none when the
    name does not write it. ``places``: the entry's places (``places_of``); most name no division with a former
    name (``detectors.places.formerly_named``), and the division is not looked up."""
    named = formerly_named()
    if not any(p in named for p in places):
        return []
    code = region_division(entry.get("region") or "")
    if not code:
        return []
    div = gazetteer().divisions[code]
    today = div.short if len(div.short) >= 2 else div.name
    i = core.find(today)
    if i < 0:
        return []
    return [(core[:i], word, core[i + len(today):]) for word in former_name_forms(code)]


def _namesake_forms(core: str, entry: dict, places: list[str], registry_divisions: frozenset[str]
                    ) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """A provincial unit's registered name with its province written by a former name that is today another place's
    short form (``detectors.places.former_namesakes``: 松江公安 for 黑龙江公安, the 松江省 of 1945-1954), as (the name
    before the place, that short form, the name after it, the divisions of today that bear it). None when the registry
    has a unit at, above or beneath such a division (``registry_divisions``: its entries' divisions; a registry with
    上海 or 松江区 units reads 松江 as theirs), and none for a name that does not write the province's short form."""
    if not places or places[0] not in _namesake_provinces():
        return []  # most entries: not of a province with such a name, and the division is not looked up
    code = region_division(entry.get("region") or "")
    if not code:
        return []
    gaz = gazetteer()
    div = gaz.divisions[code]
    if div.level != 1:
        return []
    i = core.find(div.short)
    if i < 0:
        return []
    return [(core[:i], stem, core[i + len(div.short):], others) for stem, others in former_namesakes(code)
            if not any(gaz.related(o, c) for o in others for c in registry_divisions)]


@cache
def _namesake_provinces() -> frozenset[str]:
    """The short forms of the provinces that have former names to read as namesakes (``former_namesakes``)."""
    gaz = gazetteer()
    return frozenset(d.short for c, d in gaz.divisions.items() if d.level == 1 and former_namesakes(c))


def written_abbreviation(core: str, code: str, places: Sequence[str]) -> tuple[int, str, str]:
    """(where, the stem, the level word) of division ``code`` as a registered name ``core`` writes it by an
    abbreviation that is no form of the gazetteer: its level word (the last character of its full name: 旗, 县, 盟,
    州 …) after a stem whose characters are the division's short form's, in order, beginning with its first (土右旗 of
    土默特右旗, 达茂旗 of 达尔罕茂明安联合旗, 科左中旗 of 科尔沁左翼中旗, 陈旗 of 陈巴尔虎旗, 鄂温克旗 of
    鄂温克族自治旗), at the start of the name or after places of the entry (``places``). The longest such stem;
    (-1, "", "") when the name writes none (it writes the short form itself, or no abbreviation of the place)."""
    div = gazetteer().divisions.get(code)
    if div is None or div.level == 1:
        return -1, "", ""
    level, short = div.name[-1], div.short
    starts = [0] + [len(p) for p in places if p and core.startswith(p)]
    for i in sorted(set(starts)):
        for j in range(min(len(core), i + len(short) + 1), i + 1, -1):
            stem = core[i:j - 1]
            if (core[j - 1] == level and stem and stem != short and stem[0] == short[0]
                    and is_subsequence(stem, short)):
                return i, stem, level
    return -1, "", ""


def _level_forms(core: str, entry: dict, places: list[str]) -> list[tuple[str, str, str]]:
    """A registered name that writes its division by an abbreviation (``written_abbreviation``: 土右旗发布 of
    土默特右旗) with that place written another way, as (the name before the place, the place, the name after it): the
    stem without its level word or with a level word of another kind (土右发布, 土右县发布 — the key is the same, 县
    being taken out like 省/市/区 — and 旗 for a county's), and the division's own full name and name forms
    (土默特右旗发布, 鄂温克族自治旗发布). What the gazetteer's short forms do for 克什克腾旗 (克什克腾县 reads as
    克什克腾 once level words are taken out) an abbreviation no gazetteer lists cannot do: its 旗 is read as a
    character of the name, and 土右县发布 was one character away from 土右旗发布. A stem with a level word that is a
    real division's full name elsewhere is no form of this one (left out)."""
    code = region_division(entry.get("region") or "")
    if not code:
        return []
    i, stem, level = written_abbreviation(core, code, places)
    if i < 0:
        return []
    gaz = gazetteer()
    before, after = core[:i], core[i + len(stem) + 1:]
    words = [w for w in ("", *ANYWHERE_LEVEL_WORDS, *_SWAPPED_LEVELS) if w != level]
    if any(stem + w in gaz.full for w in words):
        return []  # 新左县 … would write another real place
    div = gaz.divisions[code]
    written = [stem + w for w in words if w in _SWAPPED_LEVELS or len(stem) >= 2 or w]
    written += [f for f in (div.name, *name_forms(div.name)) if len(f) >= 2]
    return [(before, w, after) for w in dict.fromkeys(written)]


# Level words written in an abbreviated place's own stead beside 省/市/县/区 (taken out anywhere): 旗, the county
# level's other word (a county abbreviated, written as a banner). Not 盟 or 州 (no place is written 土右盟), which
# would only add characters to the registered names' alphabet for look-alikes to be folded into.
_SWAPPED_LEVELS = ("旗",)


def _writes_level(core: str, forms: tuple[tuple[str, str, str], ...], folded: str | None = None) -> bool:
    """Whether a candidate's ``core`` writes a one-character stem of ``forms`` (``AffixIndex.level_written``) with a
    level word after it in the place position (陈县12345 for 陈旗12345: the stem alone, 陈12345, names no place)."""
    around = folded if folded is not None and len(folded) == len(core) else core
    for before, stem, after in forms:
        i = around.find(stem)
        while i >= 0:
            j = i + len(stem)
            word = next((w for w in DIVISION_LEVEL_WORDS if around.startswith(w, j)), "")
            if word and _strip_levels(around[:i]).endswith(before) and \
                    _strip_levels(around[j + len(word):]).startswith(after):
                return True
            i = around.find(stem, i + 1)
    return False


def _refolded(core: str, changed: Sequence[tuple[str, str, str]]) -> str:
    """``core`` with the look-alike or same-sound characters of ``changed`` ((written, registered, how) triples, as
    ``AffixIndex.find`` folded them) written as the registered ones: 漾濞彝族自治县仑安 is read as 漾濞彝族自治县公安 when
    ``_writes_former`` asks whether the name goes on after the full place name as the registered name does."""
    for written, registered, _how in changed:
        core = core.replace(written, registered)
    return core


def _writes_former(core: str, forms: tuple[tuple[str, str, str], ...], folded: str | None = None) -> bool:
    """Whether a candidate's ``core`` writes one of the former names of ``forms`` (``AffixIndex.former_written``) in
    the place position: what precedes it ends with the name's part before the place and what follows starts with
    the part after it, level words removed (宜宾县发布 writes 宜宾县 before 发布; in 宜宾地区宜宾县发布 the 宜宾地区 of
    宜宾市 is followed by 宜宾县, not by 发布). The former name itself must be written as it is; ``folded`` (the core
    with the look-alikes read as registered characters, same length) is used only around it, so 郧县发希 writes 郧县
    before 发布 while 通达县发布 does not write 通县 (its 达 is no look-alike inside a former name). A former name
    written with look-alike or same-sound characters of its own (南汁区 for 南汇区, the ones ``folded`` reads back) is
    the former name disguised like any registered place (whether it spells another real place instead — 南江 — is
    for ``detectors.impostor._Officials.spells_another_place`` to say)."""
    around = folded if folded is not None and len(folded) == len(core) else core
    for before, word, after in forms:
        for text in (core, around) if around is not core and _respelt_former(core, word) else (core,):
            i = text.find(word)
            while i >= 0:
                if (_strip_levels(around[:i]).endswith(before)
                        and _strip_levels(around[i + len(word):]).startswith(after)
                        and (text is core or not _real_place(core[i:i + len(word)]))):
                    return True
                i = text.find(word, i + 1)
    return False


def _respelt_former(core: str, word: str) -> bool:
    """Whether a former name may be read with look-alike or same-sound characters of its own: only one of two
    characters or more besides its level word (郧县 respelt as 陨县 keeps nothing of the place as written: too weak, as
    ``detectors.impostor._Officials.lone_place_respelt`` reads a one-character place)."""
    return len(_strip_levels(word)) >= 2 and word not in core


def _real_place(written: str) -> bool:
    """Whether ``written`` (a former name's span as the candidate writes it, look-alikes and all) is a real division's
    full name or short form, or that with its level word taken off: 道县 is Hunan's county, never 通县 respelt."""
    gaz = gazetteer()
    return bool(gaz.named(written) or gaz.named(_strip_levels(written)))


def _writes_namesake(core: str, forms: tuple[tuple[str, str, str, str], ...], folded: str | None = None) -> bool:
    """``_writes_former`` for a namesake (``_namesake_forms``: (before, the namesake, after, the registered name's
    part after the place as written)), read in ``folded`` (the core with the look-alike and same-sound characters the
    index folded read as registered ones: 松浆12345 writes 松江 before 12345 as a disguise of it), and written bare: a
    level word after it other than the province's 省 makes it the division of that name (松江区发布 is Shanghai's
    松江区, not the old 松江省), unless the registered name goes on with that character (松江市场监管 for 黑龙江市场监管)."""
    text = folded if folded is not None and len(folded) == len(core) else core
    for before, word, after, raw_after in forms:
        if not _writes_former(text, ((before, word, after),), text):
            continue
        if not any(text.startswith(w, i + len(word)) and not text.startswith(raw_after, i + len(word))
                   for i in _finds(text, word) for w in DIVISION_LEVEL_WORDS if w != "省"):
            return True
    return False


def _finds(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@dataclass
class Variant:
    """One way a registered name appears inside a candidate name."""
    kind: str  # "name" | "reorder" | "unit"
    position: int  # registry position
    text: str  # the part of the candidate (level words removed) that matched
    namesake: tuple[str, ...] = ()  # kind "namesake": the divisions of today whose short form the place is written by


PARTY_PREFIXES = ("中国共产党", "中共")  # a party committee's body is named with or without them
# Bodies that are one institution under two names (一个机构两块牌子), and a body's name with and without 人民: the
# government's press office is its party committee's propaganda department (新闻办公室 设在 党委宣传部), 人民政府 is
# written 政府. Public facts of China's institutional set-up (the local 机构改革方案 published by each province).
EQUIVALENT_BODIES = (
    ("人民政府新闻办公室", "政府新闻办公室", "新闻办公室", "委宣传部", "宣传部"),
    ("人民政府", "政府"),
)
# The 12345 government service hotline is run by the 政务服务 body of its government (国务院办公厅《关于进一步优化地方
# 政务服务便民热线的指导意见》国办发〔2020〕53号): a hotline unit is also known by that body's names.
HOTLINE = "12345"
HOTLINE_BODIES = ("政务服务管理办公室", "政务服务办公室", "政务服务管理局", "政务服务中心", "政务服务办", "政务办")


def unit_aliases(unit: str, places: Sequence[str]) -> list[tuple[str, str]]:
    """Other names of a registered unit an account may take (``unit``: its full name as ``unit_key`` gives it;
    ``places``: its entry's places from the largest down), compared with level words removed:

    - ("unit", …) the same name in another form: without 中共 (中共济南市委宣传部 → 济南市委宣传部) or without the
      places above its own (济南市莱芜区人民政府 → 莱芜区人民政府);
    - ("office", …) the same body under its other name (``EQUIVALENT_BODIES``: 建湖县人民政府新闻办公室 ↔ 建湖县委
      宣传部, 人民政府 → 政府) or the body that runs a 12345 hotline (``HOTLINE_BODIES``: 昆山市政务办);
    - ("short", …) the name and those other names with the department word abbreviated the customary way
      (``detectors.departments``: 四川省市场监督管理局 → 四川市监局, 建湖县人民政府新闻办公室 → 建湖政府新闻办, 建湖新闻办)."""
    text = _strip_levels(unit)
    own = [p for p in places if p]
    forms = {text}
    for prefix in PARTY_PREFIXES:
        if text.startswith(prefix):
            forms.add(text[len(prefix):])
    for form in list(forms):
        for k, place in enumerate(own[:-1]):
            if form.startswith(place):
                rest = form[len(place):]
                if any(rest.startswith(p) and len(rest) > len(p) for p in own[k + 1:]):
                    forms.add(rest)
    out = [("unit", f) for f in forms if f != text]
    for form in forms:
        place = max((p for p in own if form.startswith(p)), key=len, default="")
        if len(place) < 2:
            continue
        rest = form[len(place):]
        bodies: tuple[str, ...] = ()
        for group in EQUIVALENT_BODIES:
            if rest in group:
                bodies = tuple(b for b in group if b != rest)
                break
        if rest.startswith(HOTLINE):
            bodies = HOTLINE_BODIES
        out += [("office", place + b) for b in bodies]
        out += [("short", place + a) for b in (rest, *bodies) for a in abbreviated_forms(b)]
    return list(dict.fromkeys(out))


def unit_keys(entries: Sequence[dict]) -> list[str]:
    """Each entry's unit name, NFKC, letters and digits only (``detectors.government.unit_key``)."""
    return [unit_key(e.get("unit")) for e in entries]


def _parts_but_one(parts: Sequence[str]) -> set[tuple]:
    """Keys of a decomposition with one component left out, in any order: two characters share one exactly when they
    are built of the same components but at most one (``detectors.names.shares_part``)."""
    return {(len(parts), *sorted(parts[:i] + parts[i + 1:])) for i in range(len(parts))}


def _parts_but_two(parts: Sequence[str]) -> set[tuple]:
    """Keys of a decomposition of at least ``SPLIT_PART_MIN`` + 1 parts with two components left out, tagged with the
    count of the decomposition they would meet with one left out (``_parts_but_one`` of one part fewer): one part
    drawn as two (京 = 亠 口 小 and 亮 = 亠 口 冖 儿 share 亠 口, ``detectors.names.shares_part``)."""
    if len(parts) < SPLIT_PART_MIN + 1:
        return set()
    return {(len(parts) - 1, *sorted(parts[:i] + parts[i + 1:j] + parts[j + 1:]))
            for i in range(len(parts)) for j in range(i + 1, len(parts))}


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
        patterns: dict[str, list[int]] = defaultdict(list)  # key -> codes (registry position * _CODE + kind)
        # (registry position, key) of a "former" pattern -> (the name before the place, the former name, the name
        # after it), level words removed around it: a candidate must write the former name, level word included,
        # where the place stands for the pattern to count (``_writes_former``)
        self.former_written: dict[tuple[int, str], tuple[tuple[str, str, str], ...]] = {}
        # the same for a "level" pattern of a one-character stem (陈 of 陈旗): the candidate must write it with a
        # level word (``_writes_level``)
        self.level_written: dict[tuple[int, str], tuple[tuple[str, str, str], ...]] = {}
        # (registry position, key) of a "namesake" pattern -> the divisions of today whose short form it writes
        # (``_namesake_forms``), and its written forms, read like a former name's (``_writes_namesake``)
        self.namesakes: dict[tuple[int, str], tuple[str, ...]] = {}
        self.namesake_written: dict[tuple[int, str], tuple[tuple[str, str, str, str], ...]] = {}
        provinces = _namesake_provinces()
        registry_divisions = frozenset(filter(None, (region_division(e.get("region") or "") for e in self.entries))
                                       ) if any(ps and ps[0] in provinces for ps in self.places) else frozenset()
        for r, form in enumerate(forms):
            core = form.core
            if not core:
                continue
            for kind, text in self._variants(core, units[r], self.places[r]):
                key = _strip_levels(text)
                if len(key) >= MIN_CONTAINED and len(patterns[key]) < MAX_BUCKET:
                    patterns[key].append(r * _CODE + _KINDS.index(kind))
            for before, written, after in _former_forms(core, self.entries[r], self.places[r]):
                key = _strip_levels(before + written + after)
                if len(key) >= MIN_CONTAINED and len(patterns[key]) < MAX_BUCKET:
                    patterns[key].append(r * _CODE + _FORMER)
                    self.former_written[(r, key)] = (*self.former_written.get((r, key), ()),
                                                     (_strip_levels(before), written, _strip_levels(after)))
            for before, written, after, others in _namesake_forms(core, self.entries[r], self.places[r],
                                                                  registry_divisions):
                key = _strip_levels(before + written + after)
                if len(key) >= MIN_CONTAINED and len(patterns[key]) < MAX_BUCKET:
                    patterns[key].append(r * _CODE + _NAMESAKE)
                    self.namesake_written[(r, key)] = (*self.namesake_written.get((r, key), ()),
                                                       (_strip_levels(before), written, _strip_levels(after), after))
                    self.namesakes[(r, key)] = others
            for before, written, after in _level_forms(core, self.entries[r], self.places[r]):
                key = _strip_levels(before + written + after)
                if len(key) >= MIN_CONTAINED and key != _strip_levels(core) and len(patterns[key]) < MAX_BUCKET:
                    patterns[key].append(r * _CODE + _LEVEL)
                    stem = written[:-1] if written[-1:] in DIVISION_LEVEL_WORDS else written
                    if len(stem) == 1:
                        self.level_written[(r, key)] = (*self.level_written.get((r, key), ()),
                                                        (_strip_levels(before), stem, _strip_levels(after)))
        self.alphabet = frozenset("".join(patterns))
        # adjacent character pairs of the patterns, as the characters that follow each one (a few hundred KB for a
        # 100k registry; "b in follows[a]" is a C-speed search): a folded character must make one with a known
        # neighbour
        follows: dict[str, set[str]] = defaultdict(set)
        for key in patterns:
            for a, b in itertools.pairwise(key):
                follows[a].add(b)
        self.follows = {a: "".join(sorted(bs)) for a, bs in follows.items()}
        self.starts = frozenset(key[0] for key in patterns)  # a registered name may begin after any added word
        self.automaton = ahocorasick.Automaton()
        for key, codes in patterns.items():
            self.automaton.add_word(key, (len(key), tuple(dict.fromkeys(codes))))
        if patterns:
            self.automaton.make_automaton()
        self.empty = not patterns
        self.longest = max(map(len, patterns), default=0)
        self._fold_cache: dict[str, tuple[str, str] | None] = {}
        self._spellings: dict[str, tuple[str, ...]] = {}  # text -> its first folded spellings (``folded_spellings``)
        self._unknown_cache: dict = {}  # ``_unknown_alternatives``
        self._sound_index: dict[str, list[str]] | None = None
        self._near_index: dict[str, str] | None = None
        self._part_index: dict[tuple, str] | None = None
        self._stroke_index: dict[tuple, str] | None = None
        self._precedes: dict[str, str] | None = None

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
        elif len(core) <= MAX_REORDERED_LEN:
            out += [("reorder", core[k:] + core[:k]) for k in range(2, len(core) - 1)]
        if len(unit) >= 4:
            out.append(("unit", unit))
            out += unit_aliases(unit, places)
        out += AffixIndex._town_forms(core, places)
        return out

    @staticmethod
    def _town_forms(core: str, places: list[str]) -> list[tuple[str, str]]:
        """The name with its township written the other way: 桃村退役军人服务站 of 桃村镇 → 桃村镇退役军人服务站,
        羊口镇发布 → 羊口发布 (a place of a different level, the way 省/市/县/区 are stripped for the others), and with
        the level word of another kind of township (羊口乡发布, 羊口街道发布: as 县 for a 区), unless that names a real
        township (``detectors.places.township_names``: another county's 羊口乡)."""
        out = []
        for full in places:
            level = next((w for w in TOWN_LEVELS if full.endswith(w)), None)
            short = full[:-len(level)] if level else ""
            if len(short) < 2:
                continue
            if full in core:
                out.append(("town", core.replace(full, short, 1)))
                at = core.replace(full, "\0", 1)
            elif short in core:
                out.append(("town", core.replace(short, full, 1)))
                at = core.replace(short, "\0", 1)
            else:
                continue
            out += [("town", at.replace("\0", short + other)) for other in TOWN_LEVELS
                    if other != level and short + other not in township_names()]
        return out

    # -- look-alike folding -----------------------------------------------------------------------------------
    def _fold_char(self, ch: str) -> tuple[tuple[str, str, int], ...]:
        """(registered character, how) for a character no registered name uses, most telling first: drawn alike
        (glyph table, shape tables), then the same reading with tone, then drawn near (whole and part, either
        character among the other's nearest), then the same reading without tone, then the character it holds
        whole with one part added, then one built of the same components but one ("part": 攻/改, 兮/公).
        (character, how, kind) with at most ``MAX_FOLD_PER_KIND`` of each kind; ``folds`` keeps those that fit
        beside the neighbours. Empty when nothing fits."""
        if ch in self._fold_cache:
            return self._fold_cache[ch]
        found: dict[str, tuple[str, int]] = {}
        if _is_cjk(ch) or glyph_neighbours(ch) or near_glyphs(ch):  # kana and bopomofo drawn like ideographs too
            alphabet = self.alphabet
            sounds = self._sound_index_()

            def add(chars, how: str) -> None:
                taken, kind = 0, len({k for _, k in found.values()})
                for c in chars:
                    if taken >= MAX_FOLD_PER_KIND:
                        break
                    if c in alphabet and c != ch and c not in found:
                        found[c] = (how, kind)
                        taken += 1

            # a simplified character also looks like what the name wrote before folding (皁 → 皂: 皁 looks like 阜)
            written = (ch, *traditional_forms(ch))
            add([c for w in written for c, sim in glyph_neighbours(w).items() if sim >= GLYPH_SIMILAR]
                + sorted(shape_neighbours(ch)), "shape")
            add([c for r in sorted(readings(ch)) for c in sounds.get(r, ())], "sound")
            add(list(dict.fromkeys("".join(near_glyphs(w) for w in written) + self._near_index_().get(ch, ""))),
                "shape")
            add([c for r in sorted(toneless_all(ch)) for c in sounds.get(r, ())], "sound")
            add(sorted(part_of(ch)), "shape")  # 仙 = 人 + 山: the registered character kept whole inside
            add(self._sharing_parts(ch), "part")
            add(self._strokes_apart(ch), "part")  # 百 / 石, 巾 / 布: one stroke away, which breaks a word to count
        alternatives = tuple((c, how, kind) for c, (how, kind) in found.items())
        if len(self._fold_cache) < 100_000:
            self._fold_cache[ch] = alternatives
        return alternatives

    def _near_index_(self) -> dict[str, str]:
        """For each character, the registered characters that list it among their nearest glyphs (``near_glyphs``
        is one-sided: 丰 lists 韦, 韦 does not list 丰)."""
        if self._near_index is None:
            idx: dict[str, str] = defaultdict(str)
            for c in sorted(self.alphabet):
                for n in near_glyphs(c):
                    idx[n] += c
            self._near_index = dict(idx)
        return self._near_index

    def _sharing_parts(self, ch: str) -> list[str]:
        """Registered characters built of the same components as ``ch`` but one, swapped or drawn as two
        (``detectors.names.shares_part``)."""
        if self._part_index is None:
            idx: dict[tuple, str] = defaultdict(str)
            data = decompositions()
            for c in sorted(self.alphabet):
                for parts in data.get(c, ()):
                    if len(parts) >= 2:
                        for key in _parts_but_one(parts):
                            idx[(1, *key)] += c
                        for key in _parts_but_two(parts):
                            idx[(2, *key)] += c
            self._part_index = dict(idx)
        out: dict[str, None] = {}
        index = self._part_index
        for parts in decompositions().get(ch, ()):
            if len(parts) >= 2:
                # one part swapped (both left out one), or one part of theirs drawn as two here or the reverse
                for key in _parts_but_one(parts):
                    out.update(dict.fromkeys(index.get((1, *key), "") + index.get((2, *key), "")))
                for key in _parts_but_two(parts):
                    out.update(dict.fromkeys(index.get((1, *key), "")))
        out.pop(ch, None)
        return list(out)

    def _strokes_apart(self, ch: str) -> list[str]:
        """Registered characters one stroke away from ``ch`` (``detectors.names.strokes_apart``): those whose
        component lists with a stroke taken out are one of ``ch``'s, and those with one of theirs among ``ch``'s with
        a stroke taken out. The index of registered characters by their component lists is built on first use."""
        if self._stroke_index is None:
            idx: dict[tuple[str, ...], str] = defaultdict(str)
            for c in sorted(self.alphabet):
                if _is_cjk(c):
                    for key in {*stroke_reductions(c), *(("=", *e) for e in _expansions(c))}:
                        idx[key] += c
            self._stroke_index = dict(idx)
        index = self._stroke_index
        found = "".join(index.get(e, "") for e in _expansions(ch)) + \
            "".join(index.get(("=", *e), "") for e in stroke_reductions(ch))
        return [c for c in dict.fromkeys(found) if c != ch and strokes_apart(ch, c)]

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

    def strays(self, text: str) -> list[int]:
        """Positions of characters that registered names use but that make no registered pair with a neighbour
        (浙江其青抟: 其 follows no 江 and no 青 follows it in any registered name): a character changed inside a
        registered name breaks both its pairs, whatever character it is."""
        follows = self.follows
        out = []
        for k, ch in enumerate(text):
            left, right = text[k - 1:k], text[k + 1:k + 2]
            if (left or right) and not (left and ch in follows.get(left, "")) and not (
                    right and right in follows.get(ch, "")):
                out.append(k)
        return out

    def _precedes_(self) -> dict[str, str]:
        """For each registered character, the characters registered names put before it (``follows`` reversed)."""
        if self._precedes is None:
            idx: dict[str, list[str]] = defaultdict(list)
            for a, bs in self.follows.items():
                for b in bs:
                    idx[b].append(a)
            self._precedes = {b: "".join(a) for b, a in idx.items()}
        return self._precedes

    def _stray_alternatives(self, text: str, k: int, stray: frozenset[int]) -> tuple[tuple[str, str], ...]:
        """Registered characters that ``text[k]`` (a stray, or a character no registered name uses) may stand for,
        those that make the most registered pairs with its neighbours as written first: each must make a pair with
        every neighbour that registered names use and that is no stray itself, and more pairs than the character as
        written makes (芯昌 → 新昌; 其青抟 → 共青 and 青团, 青 kept)."""
        follows, alphabet, precedes = self.follows, self.alphabet, self._precedes_()
        firm, loose = [], []  # (neighbour, on the right) of known non-stray and of stray or unknown neighbours
        for n, right in ((k - 1, False), (k + 1, True)):
            if 0 <= n < len(text):
                (loose if n in stray or text[n] not in alphabet else firm).append((text[n], right))
        if not firm:
            return ()  # nothing as written beside it to say what it stands for
        ch = text[k]
        kept = sum((n in follows.get(ch, "")) if right else (n in precedes.get(ch, "")) for n, right in firm + loose)
        # c makes a registered pair with a neighbour n on its right (n in follows[c]) exactly when c is among the
        # characters registered before n (precedes[n]), and with one on its left when c is among those after it: one
        # string per neighbour, searched for each alternative (C speed)
        firm_pairs = [precedes.get(n, "") if right else follows.get(n, "") for n, right in firm]
        loose_pairs = [precedes.get(n, "") if right else follows.get(n, "") for n, right in loose]
        ranked = []
        for c, how, _ in self._fold_char(ch):
            for pairing in firm_pairs:
                if c not in pairing:
                    break
            else:
                made = len(firm)
                for pairing in loose_pairs:
                    if c in pairing:
                        made += 1
                if made > kept:
                    ranked.append((-made, len(ranked), c, how))
        return tuple((c, how) for _, _, c, how in sorted(ranked))

    def _unknown_alternatives(self, left: str, ch: str, right: str) -> tuple[tuple, tuple | None]:
        """(alternatives, every alternative when no known neighbour narrowed them, else None) of an unknown character
        ``ch`` between ``left`` and ``right`` ("" at an end), for ``folds``. What they are depends only on the
        character when a neighbour is missing or unknown, and on the three characters when both known neighbours
        narrow it: kept for the next name writing the same (``FOLD_CONTEXTS`` of them at most)."""
        alphabet, follows = self.alphabet, self.follows
        narrowed = (left or right) and (not left or left in alphabet) and (not right or right in alphabet)
        key = (left, ch, right) if narrowed else ch
        known = self._unknown_cache.get(key)
        if known is not None:
            return known
        found = self._fold_char(ch)
        loose = None
        if narrowed:
            # between known neighbours: only characters a registered name goes on with, to one side at least
            found = [x for x in found if (left and x[0] in follows.get(left, ""))
                     or (right and right in follows.get(x[0], ""))]
        else:
            loose = tuple((c, how) for c, how, _ in found[:MAX_FOLD_PER_KIND])  # most telling
            per_kind: dict[int, int] = defaultdict(int)
            kept = []
            for x in found:
                per_kind[x[2]] += 1
                if per_kind[x[2]] <= MAX_FOLD_UNPLACED:
                    kept.append(x)
            found = kept
        known = (tuple((c, how) for c, how, _ in found[:MAX_FOLD_ALTERNATIVES]), loose)
        if len(self._unknown_cache) >= FOLD_CONTEXTS:
            self._unknown_cache.clear()
        self._unknown_cache[key] = known
        return known

    def _unknown_pairs(self, x: str, y: str, xs: tuple, ys: tuple) -> list:
        """The alternatives of two unknown characters side by side (``xs`` of ``x``, ``ys`` of ``y``: each depends on
        its character only) that make a registered pair, neither a weak look-alike ("part": two together are another
        word, 小囡), in ``folds``' order; kept like ``_unknown_alternatives``."""
        key = (x, y)
        known = self._unknown_cache.get(key)
        if known is None:
            follows = self.follows
            known = [(a, b) for a in xs for b in ys if b[0] in follows.get(a[0], "") and a[1] != "part"
                     and b[1] != "part"]
            if len(self._unknown_cache) >= FOLD_CONTEXTS:
                self._unknown_cache.clear()
            self._unknown_cache[key] = known
        return known

    def folds(self, text: str, strays: Sequence[int] = ()) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """Spellings of ``text`` with its unknown characters (and the known ones at ``strays``, see ``strays``)
        replaced by registered ones: first each by its most telling alternative, then one character at a time by its
        others (at most ``MAX_FOLD_PROBES``). A text longer than any registered name with added words around it is
        no name: it gets none (bounded work for any length, as in ``find``)."""
        if len(text) > self.longest + 2 * MAX_ADDED:
            return []
        if not strays and self.alphabet.issuperset(text):
            return []  # fast path: every character is one a registered name uses
        options = {}
        unplaced = {}  # position -> every alternative of an unknown character no known neighbour narrowed
        alphabet, follows = self.alphabet, self.follows
        stray = frozenset(strays)
        bare = []  # strays and unknown characters with no neighbour as written to tell what they stand for
        if stray:
            for k, ch in enumerate(text):
                if k in stray or ch not in alphabet:
                    alts = self._stray_alternatives(text, k, stray)
                    if alts:
                        options[k] = alts[:MAX_FOLD_ALTERNATIVES]
                    else:
                        bare.append(k)
        else:  # only the unknown characters are read (found by one comprehension), left to right
            for k in [k for k, ch in enumerate(text) if ch not in alphabet]:
                left, right = text[k - 1:k], text[k + 1:k + 2]
                alts, loose = self._unknown_alternatives(left, text[k], right)
                if loose is not None:
                    unplaced[k] = loose
                if alts:
                    options[k] = alts
        if not options:
            return []
        first = {k: alts[0] for k, alts in options.items()}
        # the spelling with every first choice, and its substitutions left to right; every other spelling changes
        # one or two of its positions (``spell``)
        first_chars = list(text)
        first_subs = []
        slot = {}  # position -> index of its substitution in first_subs
        for k in sorted(first):
            c, how = first[k]
            first_chars[k] = c
            slot[k] = len(first_subs)
            first_subs.append((text[k], c, how))
        first_text = "".join(first_chars)

        def spell(*changes: tuple[int, tuple[str, str]]) -> tuple[str, list[tuple[str, str, str]]]:
            # one or two characters of the first spelling changed: sliced in, not a list of every character joined
            # again (a few hundred thousand spellings at scale)
            spelling, subs = first_text, first_subs.copy()
            for k, (c, how) in changes:
                spelling = spelling[:k] + c + spelling[k + 1:]
                subs[slot[k]] = (text[k], c, how)
            return spelling, subs

        out = [(first_text, first_subs)]
        for k in bare:  # a stray beside another: the pair the two make (舞工发布 for 武功发布, 发布舞工 too)
            for spelling in self._paired_spellings(text, k, options, spell):
                if len(out) >= MAX_FOLD_PROBES:
                    return out
                out.append(spelling)
        for k in unplaced:  # two unknown characters side by side (filed left to right): as a registered pair
            if k + 1 not in unplaced or k not in first or k + 1 not in first \
                    or first[k + 1][0] in follows.get(first[k][0], ""):
                continue  # the first choices already make a registered pair
            left, right = text[k - 1:k], text[k + 2:k + 3]
            pairs = [(a, b) for a, b in self._unknown_pairs(text[k], text[k + 1], unplaced[k], unplaced[k + 1])
                     # with a known neighbour, unless the pair begins a registered name (苏区红都逐串发布: 都 ends the
                     # added words, 遂川 begins 遂川发布)
                     if not (left in alphabet and a[0] not in follows.get(left, "") and a[0] not in self.starts)
                     and not (right in alphabet and right not in follows.get(b[0], ""))]
            for a, b in pairs[:MAX_FOLD_PAIRS]:
                if len(out) >= MAX_FOLD_PROBES:
                    return out  # bounded for any length: each spelling is the whole text
                out.append(spell((k, a), (k + 1, b)))
        for k, alts in options.items():
            for alt in alts[1:]:
                if len(out) >= MAX_FOLD_PROBES:
                    return out
                out.append(spell((k, alt)))
        return out

    def _paired_spellings(self, text: str, k: int, options: dict, spell) -> list:
        """Spellings (``folds``) of ``text`` with the stray ``text[k]`` and a stray neighbour both changed, for a stray
        that has no neighbour as written (``_stray_alternatives`` gives it none: a whole place of two characters respelt,
        舞工 for 武功 after an added word or at the start, or after the body's words in a swapped name). The neighbour's alternatives are
        read by its other neighbour as usual; this one's must make a registered pair with one of them (前 before 郭),
        and at most one of the two may be only one component off ("part": two such side by side are another word).
        A character that is a registered place of one character with its level word (郏 of 郏县) is that place as
        written, its neighbour the level word respelt, and is not changed.
        ``MAX_FOLD_PAIRS`` of them at most, the neighbour's most telling alternatives first."""
        follows, precedes = self.follows, self._precedes_()
        ch = text[k]
        if any(ch + level in self.all_places for level in ONE_CHARACTER_PLACE_LEVELS):
            return []  # 郏 of 郏县 written as it is, its level word respelt beside it: the place, not a change of another
        out = []
        for n in (k + 1, k - 1):
            if n not in options:
                continue
            for b, b_how in options[n]:
                pairing = precedes.get(b, "") if n > k else follows.get(b, "")
                for a, how, _ in self._fold_char(ch):
                    if a not in pairing or (how == "part" and b_how == "part"):
                        continue
                    spelling, subs = spell((n, (b, b_how)))
                    subs.append((text[k], a, how))
                    out.append((spelling[:k] + a + spelling[k + 1:], subs))
                    if len(out) >= MAX_FOLD_PAIRS:
                        return out
                    break  # the next alternative of the neighbour
        return out

    def folded_spellings(self, text: str, n: int) -> tuple[str, ...]:
        """The first ``n`` spellings of ``folds(text)`` (without substitutions): kept by ``find`` for each text it
        folds (``SPELLINGS_KEPT`` of them, ``SPELLINGS_MEMO`` texts at most: about 250 bytes a text), so a later pass
        over the same names (``detectors.impostor._Officials.abbreviation_matches``) does not fold them again."""
        known = self._spellings.get(text) if n <= SPELLINGS_KEPT else None
        if known is not None:
            return known[:n]
        return tuple(spelling for spelling, _ in self.folds(text)[:n])

    # -- search -------------------------------------------------------------------------------------------------
    def find_each(self, cores: Sequence[str]) -> Iterator[tuple[int, list]]:
        """(index, ``find``'s result) for each of ``cores`` it finds anything in, in order. A chunk of names at a
        time, their texts (level words removed) are searched by one automaton pass joined (``texts_holding``): a name
        whose text holds no registered name and only characters registered names use (no folded spelling, ``folds``)
        finds nothing and is not searched on its own."""
        if self.empty:
            return
        limit, alphabet = self.longest + 2 * MAX_ADDED, self.alphabet
        for k in range(0, len(cores), FIND_CHUNK):
            chunk = cores[k:k + FIND_CHUNK]
            texts = [_strip_levels(core) if core and len(core) <= limit else "" for core in chunk]
            holding = texts_holding(self.automaton, texts)
            for i, text in enumerate(texts):
                if text and (i in holding or not alphabet.issuperset(text)):
                    found = self.find(chunk[i])
                    if found:
                        yield k + i, found

    def find(self, core: str, *, strays: bool = False) -> list[tuple[Variant, str, str, list[tuple[str, str, str]]]]:
        """(variant, added before, added after, substitutions) for every registered name inside ``core``.
        ``strays``: fold known characters that make no registered pair with their neighbours (``strays``) too, and
        unknown ones by the pairs they make (``_stray_alternatives``); only matches with a changed character."""
        if self.empty or not core or len(core) > self.longest + 2 * MAX_ADDED:
            return []  # bounded work for any length: a very long "name" is not an affixed name
        text = _strip_levels(core)
        if strays:
            at = self.strays(text)
            held = frozenset(at)
            alphabet = self.alphabet
            if not any(0 <= n < len(text) and n not in held and text[n] in alphabet for k in at for n in (k - 1, k + 1)):
                return []  # no changed character beside a registered pair as written
            probes = [(p, subs) for p, subs in self.folds(text, at) if any(p[k] != text[k] for k in at)]
        else:
            folded = self.folds(text)
            if len(self._spellings) < SPELLINGS_MEMO:
                self._spellings[text] = tuple(spelling for spelling, _ in folded[:SPELLINGS_KEPT])
            probes = [(text, [])] + folded
        results = []
        seen: set[tuple] = set()
        plain = text
        for probe, subs in probes:
            text = plain
            how = None  # substituted character -> how, made from subs for the first hit that changes one (most none)
            if probe is not plain:
                probe, text = _level_after_respelt(probe, plain)
            for hits, (end, (size, codes)) in enumerate(self.automaton.iter(probe)):
                if hits >= MAX_AFFIX_HITS:
                    break
                start = end - size + 1
                if start > MAX_ADDED or len(text) - end - 1 > MAX_ADDED:
                    continue
                diff = [k for k in range(start, end + 1) if probe[k] != text[k]]
                if probe is not plain and not diff:
                    continue  # the plain text has this hit already
                if diff and how is None:
                    how = {a: h for a, _, h in subs}
                changed = [(text[k], probe[k], how[text[k]]) for k in diff]
                for code in codes:
                    key = (code, start, end, tuple(changed))
                    if key in seen:
                        continue
                    if code % _CODE == _FORMER and not _writes_former(
                            core, self.former_written.get((code // _CODE, probe[start:end + 1]), ()),
                            _refolded(core, changed)):
                        continue  # 郧发布 read in 郧县发布 counts, in 郧阳发布 or 鸟郧发布 it does not
                    if code % _CODE == _NAMESAKE and not _writes_namesake(
                            core, self.namesake_written.get((code // _CODE, probe[start:end + 1]), ()),
                            _refolded(core, changed)):
                        continue  # 松江公安 counts for 黑龙江公安, 松江区公安 (Shanghai's district) does not
                    if code % _CODE == _LEVEL and (code // _CODE, probe[start:end + 1]) in self.level_written and \
                            not _writes_level(core, self.level_written[(code // _CODE, probe[start:end + 1])],
                                              _refolded(core, changed)):
                        continue  # 陈县12345 for 陈旗12345 counts, 小陈12345 does not
                    seen.add(key)
                    results.append((Variant(_KINDS[code % _CODE], code // _CODE, text[start:end + 1],
                                            self.namesakes.get((code // _CODE, probe[start:end + 1]), ())
                                            if code % _CODE == _NAMESAKE else ()),
                                    text[:start], text[end + 1:], changed))
        return results


def _level_after_respelt(probe: str, text: str) -> tuple[str, str]:
    """A folded spelling ``probe`` of ``text`` (same length) and ``text`` itself, both without the level words that
    follow a place only in the folded spelling (``detectors.places.place_level_words``): 物拉特前旗发布 folded to
    乌拉特前旗发布 writes the banner 乌拉特前旗, whose 旗 the registered name's key leaves out (乌拉特前发布), while the
    name as written names no place for its 旗 to follow. The same positions are cut from both, so what was changed
    and what was added are read as before."""
    spans = place_level_words(probe)
    if not spans:
        return probe, text
    keep = [True] * len(probe)
    for i, j in spans:
        keep[i:j] = [False] * (j - i)
    return ("".join(c for c, k in zip(probe, keep) if k), "".join(c for c, k in zip(text, keep) if k))


def texts_holding(automaton, texts: Sequence[str]) -> set[int]:
    """The indices of ``texts`` that hold any of the automaton's words: one pass over the texts joined by a character
    no name holds (an automaton iterator per name costs more than the search), the hits' ends read and placed in
    their texts by C-level loops (a million names make millions of hits)."""
    ends = np.fromiter(map(itemgetter(0), automaton.iter("\x00".join(texts))), dtype=np.int64)
    if not len(ends):
        return set()
    return set(np.unique(np.searchsorted(text_starts(texts), ends, side="right") - 1).tolist())


def text_starts(texts: Sequence[str]) -> np.ndarray:
    """Where each of ``texts`` starts in the texts joined by one character (``"\\x00".join``), and one past the end."""
    starts = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1, out=starts[1:])
    return starts


# texts whose first folded spellings ``find`` keeps for ``folded_spellings`` (their number, and how many of each: the
# abbreviation pass of the impostor detector reads two): some 75 MB at most beside a million candidate names
SPELLINGS_MEMO = 300_000
SPELLINGS_KEPT = 2
FOLD_CONTEXTS = 16_384  # unknown characters with their neighbours whose alternatives ``folds`` keeps (a few MB)
FIND_CHUNK = 50_000  # names ``AffixIndex.find_each`` searches with one automaton pass


# ---- abbreviations of a unit's full name ------------------------------------------------------------------------

MIN_ABBREVIATED = 3  # characters an abbreviation keeps after the place (level words removed): 新闻办, 交警总队
MAX_ABBREVIATION_UNITS = 64  # units of one place tried per candidate (more: the place alone says too little)


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


# ---- names with two blocks of characters swapped ----------------------------------------------------------------

MIN_BLOCK = 2  # characters in each swapped block (one character swapped with its neighbour is the ``swap`` layer)
MAX_SWAPPED_LEN = 16  # registered names longer than this are not looked for reordered


def block_swapped(text: str, name: str) -> bool:
    """Whether ``text`` is ``name`` with two adjacent blocks of at least ``MIN_BLOCK`` characters swapped:
    英德|交警|英城中队 → 交警|英德|英城中队, 博罗罗阳|派出所 → 派出所|博罗罗阳."""
    n = len(name)
    if len(text) != n or text == name or sorted(text) != sorted(name):
        return False
    i = 0
    while text[i] == name[i]:
        i += 1  # the blocks start where the two first differ
    for j in range(i + MIN_BLOCK, n - MIN_BLOCK + 1):
        for k in range(j + MIN_BLOCK, n + 1):
            if text[i:k] == name[j:k] + name[i:j] and text[k:] == name[k:]:
                return True
    return False


class BlockSwaps:
    """Registered names whose word blocks a candidate holds in another order, found from a place of the entry that
    the candidate spells out (the place keeps its characters together in any reordering that keeps words whole).

    ``AffixIndex`` files each name's one rotation at its place (公安济南 for 济南公安); this finds the rest — a block
    moved inside the name (交警英德英城中队 for 英德交警英城中队) or a rotation at another word (派出所博罗罗阳 for
    博罗罗阳派出所) — from the places found in the candidate (by the caller's Aho-Corasick automaton of the
    registry's places), the registered names holding each place (at most ``MAX_BUCKET``), and the windows of the
    candidate of each name's length around the place, compared as sorted characters before ``block_swapped``.
    Per place one registry position, or a tuple of them, keyed by the registry's own place strings: a 100k registry
    adds a dict, no copies of its names."""

    def __init__(self, cores: Sequence[str], places: Sequence[Sequence[str]]):
        """``cores``: the registry's normalised names (level words are removed here, one name at a time)."""
        by_place: dict[str, int | tuple[int, ...]] = {}
        for r, core in enumerate(cores):
            core = _strip_levels(core)
            if 2 * MIN_BLOCK <= len(core) <= MAX_SWAPPED_LEN:
                for p in places[r]:
                    if len(p) >= 2 and p in core:
                        held = by_place.get(p)
                        if held is None:
                            by_place[p] = r
                        elif isinstance(held, int):
                            by_place[p] = (held, r) if held != r else r
                        elif len(held) <= MAX_BUCKET and held[-1] != r:
                            by_place[p] = held + (r,)
        self.cores = cores
        self.by_place = {p: v for p, v in by_place.items() if isinstance(v, int) or len(v) <= MAX_BUCKET}

    def find(self, text: str, places: Iterable[tuple[int, str]]) -> list[tuple[int, int, int]]:
        """(registry position, start, end) of each window ``text[start:end]`` of ``text`` (a candidate's name with
        level words removed) that is a registered name with two blocks swapped; ``places`` are the (end index,
        place) of the registry's places in ``text``."""
        if len(text) < 2 * MIN_BLOCK or len(text) > MAX_SWAPPED_LEN + 2 * MAX_ADDED:
            return []
        out: list[tuple[int, int, int]] = []
        seen: set[tuple[int, int]] = set()
        for end, place in places:
            held = self.by_place.get(place)
            if held is None:
                continue
            start = end - len(place) + 1
            for r in ((held,) if isinstance(held, int) else held):
                name = _strip_levels(self.cores[r])
                n = len(name)
                for w in range(max(0, end + 1 - n), min(start, len(text) - n) + 1):
                    if (r, w) not in seen and block_swapped(text[w:w + n], name):
                        seen.add((r, w))
                        out.append((r, w, w + n))
        return out


# ---- places below a registered place (乡、镇、街道; development zones; level words) ---------------------------------

MAX_SUB_PLACE_PREFIX = 7  # characters before a township in the place position: 浙江省义乌市 and one more (乐清市乐)
# Bodies a township has itself (its government, its 街道办事处, its party and congress bodies, its service centre): a
# township followed by one of them names that township's own body (佛堂镇人民政府), not the county's.
TOWN_BODIES = ("人民政府", "政府", "办事处", "街道办", "党委", "党工委", "人大", "纪委", "纪工委", "便民服务中心",
               "为民服务中心", "综治中心", "社会治理中心")
# ... and the bodies a development zone has itself (its 管理委员会 and the party and discipline bodies of a zone, 党工委、
# 纪工委, as the zones' published 机构设置 name them; its 管理局/管理处 for a scenic area, 场部 for a farm): 平江高新区管委会
# is the zone's own body, not the county's.
ZONE_BODIES = (*TOWN_BODIES, "管委会", "管理委员会", "工委", "管理局", "管理处", "管理中心", "场部")
# What may stand right before a zone word as the zone's own rank (国家级高新区, 省级经开区).
ZONE_QUALIFIERS = ("国家级", "省级", "国家", "市级")


@dataclass(frozen=True, slots=True)
class Marker:
    """A word that is no place but sits after a place the way a township does: a kind of development zone (``zone``:
    高新区, 经开区, 林场, ``detectors.places.zone_words``) or a word naming a level (``level``: 省直, 市级, 乡, 镇, 社区 —
    ``LEVEL_HEADS`` + ``LEVEL_RANKS``, ``TOWN_LEVEL_HEADS``; ``detectors.places.level_word_at``)."""
    kind: str  # "zone" | "level" | "sound_level"
    word: str  # as the candidate writes it (qualifier included: 国家级高新区)


class SubPlaces:
    """What sits below a registered place in candidate names, found by one Aho-Corasick automaton:

    - the townships (乡、镇、街道, ``detectors.places.towns_beneath``) of the registry's county-level units, by their
      full and short names;
    - the kinds of development zones and sub-place bodies (``Marker`` "zone": 高新区, 经济技术开发区, 综合保税区, 景区,
      林场 …), which any place may have, so they are read after the target's own place whatever its level;
    - words naming a level (``Marker`` "level": 省直, 市级 …, and 乡/镇/街道/社区/村 on their own), read after the
      target's own place (湖南省直文旅, 上江圩乡社保 for 上江圩镇's 上江圩社保);
    - a character that sounds like 省/市/县/区 (``Marker`` "sound_level": ``detectors.names.short_level_sound_alikes``)
      right after the target's own place where it breaks every dictionary word (神木纤12345 for 神木县12345, 子长弦发布
      for 子长县发布; not 长安曲江: 曲江 is a word).

    ``counties[r]`` is the county-level division registry entry ``r`` is the unit of (``detectors.places.county_of``
    its region: none for an entry of a province, a prefecture or a township). Only entries whose most specific place
    names a county-level division get townships, and the township table is read only when one is found. A township
    that is itself a registry place (the region of a township unit's entry: 官渡镇) is left out, since a name with it
    points at that township's own unit. ``own[r]`` is entry ``r``'s own place as names write it (芷江 of 芷江侗族自治县,
    黄草 of 黄草镇), the place a zone or level word follows."""

    def __init__(self, entries: Sequence[dict], places: Sequence[Sequence[str]], all_places: frozenset[str]):
        import ahocorasick
        gaz = gazetteer()
        self.counties: dict[int, str] = {}
        for r, ps in enumerate(places):
            if ps and any(gaz.divisions[c].level == 3 for c in gaz.named(ps[-1])):
                county = county_of(entries[r].get("region") or "")
                if county:
                    self.counties[r] = county
        self.own = [_own_place(ps) for ps in places]
        # the own places, and each with one character left open (芈容 for 华容): is a marker after one at all?
        owns = {p for p in self.own if p}
        self.own_keys = owns | {p[:i] + "\x00" + p[i + 1:] for p in owns if len(p) >= 2 for i in range(len(p))}
        self.own_lengths = sorted({len(p) for p in owns})
        towns = towns_beneath(set(self.counties.values())) if self.counties else []
        self.towns: list[Town] = [t for t in towns if t.name not in all_places and t.short not in all_places]
        # townships whose short form is a registry place (平江镇 of 平江县): a level word after that place may be the
        # township's own name, so it is read like a township, not like a bare level word
        self.place_towns = frozenset(t.name for t in towns if t.short in all_places and t.name not in all_places)
        keys: dict[str, list[int]] = defaultdict(list)
        for k, town in enumerate(self.towns):
            for key in dict.fromkeys((town.name, town.short)):
                if len(key) >= 2:
                    keys[key].append(k)
        self.automaton = ahocorasick.Automaton()
        for key, ks in keys.items():
            self.automaton.add_word(key, (key, tuple(ks)))
        if any(self.own):
            for word in zone_words():
                if word not in keys:
                    self.automaton.add_word(word, (word, "zone"))
            for word in (*TOWN_LEVEL_HEADS, *(h + k for h in LEVEL_HEADS for k in LEVEL_RANKS)):
                if word not in keys and word not in zone_words():
                    self.automaton.add_word(word, (word, "level"))
            for ch in short_level_sound_alikes():
                if ch not in keys and ch not in self.automaton:
                    self.automaton.add_word(ch, (ch, "sound_level"))
        self.empty = not len(self.automaton)
        if not self.empty:
            self.automaton.make_automaton()

    def hits(self, text: str, found: Iterable[tuple[int, tuple[str, tuple[int, ...] | str]]]
             ) -> list[tuple[int, int, Town | Marker]]:
        """(start, end, township or marker) of the townships and markers among automaton hits ``found`` ((end index,
        value) pairs) that sit where a place sits: at most ``MAX_SUB_PLACE_PREFIX`` characters in, with at least two
        characters after them, and not followed by a body of the township or zone itself (``TOWN_BODIES``,
        ``ZONE_BODIES``). A marker needs a place of two characters before it; of overlapping zone words the longest
        is kept (高新区, not 新区)."""
        out: dict[tuple[int, int, str], tuple[int, int, Town | Marker]] = {}
        zones: list[tuple[int, int]] = []
        for end, (key, ks) in found:
            start, stop = end - len(key) + 1, end + 1
            if start > MAX_SUB_PLACE_PREFIX:
                continue
            if ks == "zone":
                zones.append((start, stop))
                continue
            if ks == "sound_level":  # 纤 for 县: one character after the own place, breaking every word there
                stop = start + 1
                if (start >= 2 and len(text) - stop >= 2 and not text.startswith(TOWN_BODIES, stop)
                        and self.after_own_place(text[:start]) and breaks_word(text, start)):
                    out.setdefault((start, stop, "level"), (start, stop, Marker("sound_level", text[start])))
                continue
            if ks == "level":
                stop = level_word_at(text, start)
                start -= text.startswith("副", start - 1) if start else 0
                if (stop and start >= 2 and len(text) - stop >= 2 and not text.startswith(TOWN_BODIES, stop)
                        and self.after_own_place(text[:start])):
                    out.setdefault((start, stop, "level"), (start, stop, Marker("level", text[start:stop])))
                continue
            ending = next((e for e in TOWN_ENDINGS if text.startswith(e, stop)), "")
            stop += len(ending)  # 稠城 + 镇: the township written with a level word, even another one than its own
            rest = text[stop:]
            if len(rest) < 2 or rest.startswith(TOWN_BODIES):
                continue
            for k in ks:
                out.setdefault((start, stop, self.towns[k].code), (start, stop, self.towns[k]))
        taken: list[tuple[int, int]] = []
        for start, stop in sorted(zones, key=lambda z: z[0] - z[1]):
            if any(a <= start and stop <= b for a, b in taken):
                continue
            taken.append((start, stop))
            start -= len(next((q for q in ZONE_QUALIFIERS if text.startswith(q, start - len(q))), "")) if start else 0
            if (start >= 2 and len(text) - stop >= 2 and not text.startswith(ZONE_BODIES, stop)
                    and self.after_own_place(text[:start])):
                out.setdefault((start, stop, "zone"), (start, stop, Marker("zone", text[start:stop])))
        return list(out.values())


    def after_own_place(self, text: str) -> bool:
        """Whether ``text`` (levels removed) ends with some entry's own place, spelled the same or one character off:
        the cheap test before a marker's name is read again (``impostor._after_place`` decides per entry)."""
        s = _strip_levels(text)
        for n in self.own_lengths:
            if n > len(s):
                break
            tail = s[-n:]
            if tail in self.own_keys or (n >= 2 and any(tail[:i] + "\x00" + tail[i + 1:] in self.own_keys
                                                        for i in range(n))):
                return True
        return False


def _own_place(places: Sequence[str]) -> str:
    """An entry's own place as names write it, level words removed as they are from the names it is compared in: its
    most specific place without a township's ending (芷江, 黄草 of 黄草镇, 澧 of 澧县); "" when there is none."""
    if not places or len(places[-1]) < 2:
        return ""
    last = places[-1]
    ending = next((e for e in TOWN_ENDINGS if last.endswith(e) and len(last) - len(e) >= 2), "")
    return _strip_levels(last[:len(last) - len(ending)])
