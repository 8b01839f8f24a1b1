"""A division's name written as its namesake elsewhere, or as a word of the same letters (twenty-sixth session).

Two readings of the gazetteer (``detectors/data/divisions.tsv`` as ``places.gazetteer`` reads it), no list of slips:

* **The account's own place written as a twin** (``own_region_twin``): a division name one sound-alike or
  look-alike off another is usually that other place (天水 / 天津, 荆州古城 / 青州古城), and the typo layer leaves
  it alone. Not when the intended division is the posting account's own place or lies beneath it (the registry
  region), the written one lies in another province, and the post names neither that province nor the prefecture
  above the written one: an account of one city writing a namesake of another province without placing it has
  misspelt its own (a city's health bureau announcing that "同仁市" held its campaign is 铜仁市's, not Qinghai's).
  Only for an account of a prefecture or a county: a provincial account writes of every province's places.
* **A division's short form typed as a word of the same letters** (``division_word_slips``): the input method offers
  a common word or another place's name for the letters of a two-character short form (黔西 qianxi → 前夕, 铜仁
  tongren → 同仁) and the level word follows as typed (前夕市 for 黔西市). Reported where the written pair is a
  dictionary word (jieba frequency ``WORD_MIN_FREQ`` or more) or a division's short form, every
  character's principal reading (toneless) is the right one's, jieba's segmentation of the text around reads the
  pair as one word and the level word as one of its own (前夕|市场, 一视同仁|市民, 武汉|城市圈 hold none), the division
  is the post's own as ``content_typo.county_names`` reads it (the post or the account's region names a division
  above it) and the written name is no division of its own unless it is a twin (``own_region_twin``).
"""

from __future__ import annotations

from functools import lru_cache

from detectors.charsim import is_cjk, principal_reading

LEVEL_CHARS = "市县区旗盟"  # the one-character level words of a three-character division name (黔西市, 兴安盟)
WORD_MIN_FREQ = 50  # jieba frequency of the word the input method offered (前夕 782, 同仁 159)
SEGMENT_REACH = 6  # characters on each side of the span that jieba segments with it


def _fold(s: str) -> str:
    from detectors.textnorm import fold

    return fold(s)


@lru_cache(maxsize=4096)
def _region_code(region: str) -> str:
    from detectors.places import region_division

    return region_division(region) if region else ""


def _province(code: str) -> str:
    from detectors.places import gazetteer

    up = gazetteer().ancestors(code)
    return up[-1] if up else code


def _placed(code: str, folded: str) -> bool:
    """The post names the province or the prefecture above ``code`` (full or short), or the division itself with a
    division above it in front (the text places the namesake where it is)."""
    from detectors.places import gazetteer

    gaz = gazetteer()
    for up in gaz.ancestors(code):
        d = gaz.divisions[up]
        if _fold(d.name) in folded or (len(d.short) >= 2 and _fold(d.short) in folded):
            return True
    return False


def own_region_twin(written: str, intended: str, folded: str, region: str) -> bool:
    """``written`` (a division's full name or short form) stands for ``intended`` (another division's, one slip off):
    ``intended`` is the account's own division or lies beneath it, the account being of a prefecture or a county
    (a provincial account writes of every province's places), every division of the written name lies in another
    province than the account's, and the post places none of them (names its province or prefecture)."""
    from detectors.places import gazetteer

    own = _region_code(region)
    if not own or written == intended:
        return False
    gaz = gazetteer()
    if gaz.divisions[own].level < 2:
        return False  # a province's account writes of every province's places: its own is too wide to tell
    targets = gaz.named(intended)
    if not any(c == own or own in gaz.ancestors(c) for c in targets):
        return False
    others = gaz.named(written)
    if not others:
        return False
    province = _province(own)
    return all(_province(c) != province and not _placed(c, folded) for c in others)


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str, str], tuple[tuple[str, str], ...]]:
    """(reading of the first character, of the second, level word) → (full name, code) of every prefecture- and
    county-level division named by a two-character short form and a one-character level word."""
    from detectors.places import gazetteer

    out: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for d in gazetteer().divisions.values():
        name = _fold(d.name)
        if d.level not in (2, 3) or len(name) != 3 or name[-1] not in LEVEL_CHARS or _fold(d.short) != name[:2]:
            continue
        key = (principal_reading(name[0]), principal_reading(name[1]), name[-1])
        if all(key[:2]):
            out.setdefault(key, []).append((name, d.code))
    return {k: tuple(v) for k, v in out.items()}


def _above_named(code: str, folded: str, region: str) -> bool:
    """The post or the account's region names a division above ``code`` (``content_typo._places_above``)."""
    from detectors.content_typo import _places_above

    region = _fold(region)
    return any(x in folded or x in region for x in _places_above(code))


def _read_alone(folded: str, i: int) -> bool:
    """jieba's segmentation of the text around ``folded[i:i + 3]`` (its dictionary, no HMM guesses) reads the pair as
    one word and the level word as a word of its own, or the three as one word (a division's name jieba holds):
    武汉|城市圈 holds no 汉城市, 前夕|市场 no 前夕市."""
    import jieba

    lo, hi = max(0, i - SEGMENT_REACH), min(len(folded), i + 3 + SEGMENT_REACH)
    pos, tokens = lo, {}
    for token in jieba.cut(folded[lo:hi], HMM=False):
        tokens[pos] = token
        pos += len(token)
    return tokens.get(i) == folded[i:i + 3] or (tokens.get(i) == folded[i:i + 2] and tokens.get(i + 2) == folded[i + 2])


def division_word_slips(folded: str, region: str = "") -> list[tuple[int, int, str]]:
    """(start, end, corrected) of each division name whose short form is written as a dictionary word of the same
    letters (前夕市 → 黔西市); see the module's docstring."""
    from detectors.content_typo_split import _freq
    from detectors.places import gazetteer

    index = _index()
    freq = _freq()  # jieba's word frequencies
    gaz = gazetteer()
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    for i in range(n - 2):
        level = folded[i + 2]
        if level not in LEVEL_CHARS:
            continue
        pair = folded[i:i + 2]
        if not (is_cjk(pair[0]) and is_cjk(pair[1])) or (freq.get(pair, 0) < WORD_MIN_FREQ and not gaz.short.get(pair)):
            continue  # the input method offers a common word or a place's name for the letters
        key = (principal_reading(pair[0]), principal_reading(pair[1]), level)
        candidates = [(name, code) for name, code in index.get(key, ()) if name[:2] != pair]
        if not candidates or not _read_alone(folded, i):
            continue
        written = folded[i:i + 3]
        found = [(name, code) for name, code in candidates if _above_named(code, folded, region)
                 and ((not gaz.named(written) and not gaz.named(pair))
                      or own_region_twin(pair, name[:2], folded, region))]
        if len({name for name, _ in found}) == 1:
            out.append((i, i + 3, found[0][0]))
    return out


def town_led_slips(folded: str, region: str = "") -> list[tuple[int, int, str]]:
    """(start, end, corrected) of a county's or prefecture's two-character short form written one look-alike or
    sound-alike off right before the stem of one of its own townships (``content_typo.town_stems``: 荔波 + 小七孔 of
    小七孔镇, as a scenic area named after its town is written after its county): the township names the county, so a
    pair one slip from the county's short form in front of it is that short form misspelt. Reported where the written
    pair is no division's short form and no dictionary word, exactly one short form of the township's places fits, and
    the post or the account's region names another of those places (the county's full name or the prefecture)."""
    from detectors.charsim import confusion
    from detectors.content_typo import division_shorts, town_stems, word_freq

    stems = town_stems()
    longest = max(map(len, stems), default=0)  # the longest town stem (13 characters with today's towns.tsv)
    shorts = division_shorts()
    words = word_freq()
    home = _fold(region)
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    for s in range(2, n - 2):
        pair = folded[s - 2:s]
        if not (is_cjk(pair[0]) and is_cjk(pair[1])) or pair in shorts or words.get(pair, 0) >= WORD_MIN_FREQ:
            continue
        for e in range(min(n, s + longest), s + 2, -1):
            places = stems.get(folded[s:e])
            if not places:
                continue
            fits = [p for p in places if len(p) == 2 and p != pair and sum(a != b for a, b in zip(p, pair)) == 1
                    and all(a == b or confusion(a, b) in ("形近", "音近") for a, b in zip(p, pair))]
            if len(fits) == 1 and any(p != fits[0] and (p in home or p in folded[:s - 2] or p in folded[e:])
                                      for p in places):
                out.append((s - 2, e, fits[0] + folded[s:e]))
            break
    return out
