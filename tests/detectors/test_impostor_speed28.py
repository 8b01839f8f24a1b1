"""Fast paths of ``AffixIndex.folds`` and ``AffixIndex.find`` (imp-speed28): each gives what the slow path gives, on
invented names."""

from __future__ import annotations

from detectors.name_index import (
    _CODE,
    _FORMER,
    _KINDS,
    _LEVEL,
    _NAMESAKE,
    MAX_ADDED,
    MAX_AFFIX_HITS,
    MAX_FOLD_ALTERNATIVES,
    MAX_FOLD_PAIRS,
    MAX_FOLD_PROBES,
    AffixIndex,
    Variant,
    _level_after_respelt,
    _refolded,
    _writes_former,
    _writes_level,
    _writes_namesake,
)
from detectors.names import _strip_levels, analyse_name
from tests.detectors.impostor_cases import registered_at as reg

# invented units and places (no eval strings): two counties, a city, a banner
REGISTRY = [
    reg("青禾公安", "青禾县公安局", "r1", "浙江省湖州市青禾县"),
    reg("禾山发布", "禾山市人民政府新闻办公室", "r2", "浙江省禾山市"),
    reg("清溪文旅", "清溪县文化和旅游局", "r3", "福建省泉州市清溪县"),
    reg("白桦林税务", "白桦林县税务局", "r4", "黑龙江省哈尔滨市白桦林县"),
    reg("云岭交警", "云岭县公安局交通警察大队", "r5", "云南省昆明市云岭县"),
]
# look-alike and same-sound characters in and around the names, added words, swapped halves, a character of no
# registered name (one and two side by side), a changed character beside registered pairs (a stray)
NAMES = ["青禾公安", "青和公安", "靑禾公安", "每日青禾公按", "禾山发部", "发布禾山", "禾汕发布", "清谿文旅", "清溪文旅小站",
         "白桦淋税务", "白化林税务", "云玲交警", "云岭交敬", "云岭交警发布", "文旅清溪", "晴禾公安", "青禾公安局",
         "禾山市发布", "今日禾山新闻", "青禾𠀋安", "咕咚公安", "青禾公庵", "蓝天白云", "", "禾"]


def _index() -> AffixIndex:
    return AffixIndex(REGISTRY, [analyse_name(e["name"]) for e in REGISTRY])


def _eager_find(index: AffixIndex, core: str, strays: bool) -> list:
    """``AffixIndex.find`` as it was before imp-speed28: every probe's substitutions made a dict up front."""
    if index.empty or not core or len(core) > index.longest + 2 * MAX_ADDED:
        return []
    text = _strip_levels(core)
    if strays:
        at = index.strays(text)
        held = frozenset(at)
        if not any(0 <= n < len(text) and n not in held and text[n] in index.alphabet for k in at
                   for n in (k - 1, k + 1)):
            return []
        probes = [(s, {a: h for a, _, h in subs}) for s, subs in index.folds(text, at)]
        probes = [(p, h) for p, h in probes if any(p[k] != text[k] for k in at)]
    else:
        probes = [(text, {})] + [(s, {a: h for a, _, h in subs}) for s, subs in index.folds(text)]
    results, seen, plain = [], set(), text
    for probe, how in probes:
        text = plain
        if probe is not plain:
            probe, text = _level_after_respelt(probe, plain)
        for hits, (end, (size, codes)) in enumerate(index.automaton.iter(probe)):
            if hits >= MAX_AFFIX_HITS:
                break
            start = end - size + 1
            if start > MAX_ADDED or len(text) - end - 1 > MAX_ADDED:
                continue
            changed = [(text[k], probe[k], how[text[k]]) for k in range(start, end + 1) if probe[k] != text[k]]
            if probe is not plain and not changed:
                continue
            for code in codes:
                key = (code, start, end, tuple(changed))
                if key in seen:
                    continue
                r, kind, word = code // _CODE, code % _CODE, probe[start:end + 1]
                if kind == _FORMER and not _writes_former(core, index.former_written.get((r, word), ()),
                                                          _refolded(core, changed)):
                    continue
                if kind == _NAMESAKE and not _writes_namesake(core, index.namesake_written.get((r, word), ()),
                                                              _refolded(core, changed)):
                    continue
                if kind == _LEVEL and (r, word) in index.level_written and not _writes_level(
                        core, index.level_written[(r, word)], _refolded(core, changed)):
                    continue
                seen.add(key)
                results.append((Variant(_KINDS[kind], r, text[start:end + 1],
                                        index.namesakes.get((r, word), ()) if kind == _NAMESAKE else ()),
                                text[:start], text[end + 1:], changed))
    return results


def _list_folds(self, text: str, strays=()) -> list:
    """``AffixIndex.folds`` as it was before imp-speed28: every character read, each spelling joined from a list."""
    if len(text) > self.longest + 2 * MAX_ADDED:
        return []
    if not strays and self.alphabet.issuperset(text):
        return []  # fast path: every character is one a registered name uses
    options = {}
    unplaced = {}  # position -> every alternative of an unknown character no known neighbour narrowed
    alphabet, follows = self.alphabet, self.follows
    stray = frozenset(strays)
    for k, ch in enumerate(text):
        if stray and (k in stray or ch not in alphabet):
            alts = self._stray_alternatives(text, k, stray)
            if alts:
                options[k] = alts[:MAX_FOLD_ALTERNATIVES]
        elif ch not in alphabet:
            left, right = text[k - 1:k], text[k + 1:k + 2]
            alts, loose = self._unknown_alternatives(left, ch, right)
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

    def spell(*changes: tuple[int, tuple[str, str]]) -> tuple[str, list[tuple[str, str, str]]]:
        chars, subs = first_chars.copy(), first_subs.copy()
        for k, (c, how) in changes:
            chars[k] = c
            subs[slot[k]] = (text[k], c, how)
        return "".join(chars), subs

    out = [("".join(first_chars), first_subs)]
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


def test_find_gives_what_the_eager_find_gives():
    index = _index()
    found = 0
    for name in NAMES:
        core = analyse_name(name).core
        for strays in (False, True):
            got = index.find(core, strays=strays)
            assert got == _eager_find(index, core, strays), (name, strays)
            found += bool(got)
    assert found >= 8  # the names do reach the matching loop, with and without changed characters


def test_each_folded_spelling_is_the_text_with_its_substitutions():
    # ``folds`` slices one or two changed characters into its first spelling: each spelling must still be the text
    # with exactly its listed substitutions made, left to right
    index = _index()
    many = 0
    for name in NAMES:
        text = _strip_levels(analyse_name(name).core)
        for strays in ((), tuple(index.strays(text))):
            spellings = index.folds(text, strays)
            many += len(spellings) > 1
            for spelling, subs in spellings:
                assert len(spelling) == len(text)
                diff = [(a, b) for a, b in zip(text, spelling) if a != b]
                assert diff == [(a, b) for a, b, _ in subs], (name, spelling, subs)
                assert spelling != text
            assert len({s for s, _ in spellings}) == len(spellings)  # one spelling once
    assert many >= 3  # second choices and pairs are made, not only first spellings


def test_folds_gives_what_the_character_by_character_folds_gives():
    index = _index()
    for name in NAMES + ["青禾𠀋𠀌", "𠀋禾公安", "青禾公𠀋", "禾山𠀋𠀌布"]:  # unknown characters alone, side by side, at the ends
        text = _strip_levels(analyse_name(name).core)
        for strays in ((), tuple(index.strays(text))):
            assert index.folds(text, strays) == _list_folds(index, text, strays), (name, strays)


def test_folded_spellings_kept_by_find_are_the_first_of_folds():
    # ``find`` keeps the first folded spellings of each text it folds; ``folded_spellings`` gives them (or folds the
    # text itself when it was not kept): the same as the first spellings of ``folds``, kept or not
    from detectors.name_index import SPELLINGS_KEPT

    index, fresh = _index(), _index()
    texts = [_strip_levels(analyse_name(name).core) for name in NAMES + ["禾山𠀋𠀌布", "青禾𠀋𠀌"]]
    for text in texts:
        index.find(text)
    kept = [t for t in texts if t in index._spellings]
    assert sum(bool(index._spellings[t]) for t in kept) >= 5  # texts with folded spellings were kept
    for text in texts:
        for n in range(SPELLINGS_KEPT + 2):
            want = tuple(s for s, _ in fresh.folds(text)[:n])
            assert index.folded_spellings(text, n) == want, (text, n)
            assert fresh.folded_spellings(text, n) == want, (text, n)
    assert not fresh._spellings  # only find keeps spellings


def test_dictionary_words_read_alone_are_the_entries_words(tmp_path, monkeypatch):
    # ``jieba_dict.words`` (read by ``names.dictionary_words``) gives each line's word as ``entries`` does, on an
    # invented dictionary with lines of one, two and three fields, tabs, blank lines and a missing final newline
    from detectors import jieba_dict

    path = tmp_path / "dict.txt"
    path.write_text("青禾 12 ns\n禾山发布 3\n\n清溪\n  \n云岭\t7\tn\n白桦林 5 ns", encoding="utf-8")
    monkeypatch.setattr(jieba_dict, "dict_path", lambda: path)
    assert list(jieba_dict.words()) == [w for w, _, _ in jieba_dict.entries()] == [
        "青禾", "禾山发布", "清溪", "云岭", "白桦林"]


def test_shared_across_compares_each_pair_of_a_large_bucket_once_with_the_same_result():
    # templates copied by many units (large buckets, read bucket by bucket) beside distinct images: the units marked
    # as sharing a design are those a comparison of every pair (both ways round) marks, with and without colours
    import numpy as np

    from detectors.avatar import MAX_BAND_BUCKET, SMALL_BUCKET, AvatarIndex, hash_matrix
    from tests.detectors.test_impostor_scale4 import _brute_shared

    rng = np.random.default_rng(28)
    hashes, groups = [], []
    for size in (SMALL_BUCKET + 2, 40, 25, 3):
        b = int(rng.integers(0, 2**63))
        for k in range(size):
            h = b
            # most copies near (up to 2 bits changed), every fifth too far for a small distance (6 to 8 bits)
            for _ in range(int(rng.integers(6, 9)) if k % 5 == 4 else int(rng.integers(0, 3))):
                h ^= 1 << int(rng.integers(0, 64))
            hashes.append({"phash": f"{h:016x}", "content": f"{h ^ 0x0F0F:016x}"})
            groups.append(int(rng.integers(0, 6)))
    hashes += [{"phash": f"{int(x):016x}"} for x in rng.integers(0, 2**63, 30)]
    groups += list(range(100, 130))
    matrix, groups = hash_matrix(hashes), np.asarray(groups)
    index = AvatarIndex(matrix)
    assert len(matrix) < MAX_BAND_BUCKET and (index.counts > SMALL_BUCKET).any()
    for distance in (2, 4):
        got = index.shared_across(groups, distance)
        assert got.any() and not got.all()
        assert (got == _brute_shared(matrix, index.crowded, groups, distance)).all()
    colours = rng.random((len(matrix), 4)).astype(np.float32)
    colours /= colours.sum(axis=1, keepdims=True)
    got = index.shared_across(groups, 4, lambda: colours, 0.15)
    assert (got == _brute_shared(matrix, index.crowded, groups, 4, colours, 0.15)).all()
