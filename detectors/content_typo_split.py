"""Syllable-boundary slips of pinyin input (切分错误): the letters typed for a word, cut into other syllables by the input
method, give other characters — 实施方案 typed ``fangan`` and read as fan + gan (实施反感), 人事档案 as dan + gan
(人事单干), 应急预案 as yuan (应急员: yu'an without the separator).

No list of slips is kept: the generator is jieba's dictionary read through pypinyin. Every dictionary word of two to
four characters (``WORD_MIN_FREQ`` or more; two-character words ``SHORT_MIN_FREQ`` or more; no person's name) whose
toneless letters cut another way at one place (``_cut_twice``: a syllable splits in two — xian / xi'an —, two merge —
yu'an / yuan —, or their boundary moves — fang'an / fan'gan) is filed under its letters (``_dictionary``). At run time
each window of one to three Chinese characters of a post is read by its characters' principal readings
(``charsim.principal_reading``) and looked up by its joined letters; a word filed there under another cut is a
candidate correction.

The written window is usually a good word of its own (反感, 单干), so a dictionary of single words decides nothing;
a candidate is reported only where the text itself vouches for it:

* **the post writes it right elsewhere** (``_in_post``): the corrected word with the written characters beside it
  (``CONTEXT_MIN`` characters or more in all: 实施方案, 人事档案, 应急预案) stands elsewhere in the same post, as
  notices and guides do when a title is slipped and the body is not. Both places then read as each other's slip, so
  the direction is the input method's: letters typed without the separator are read as fewer syllables (yu'an →
  yuan: the corrected word has more syllables than the written window), and for the same number of syllables the
  more frequent word in jieba is the one meant (方案 7,097 against 反感 511);
* **the corrected word completes a dictionary word with its neighbours** (``_completes_word``): the written
  characters beside it and the corrected word make one jieba word of ``LONG_MIN`` characters or more (实施 + 方案 =
  实施方案), while the written window and the same neighbours make none, and the written window makes no dictionary
  word with its neighbour on the other side (the text's own word is never cut).

Never reported: a written window that is a place or person name in jieba (``nr``/``ns``) and windows with numerals.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import pairwise

from detectors import jieba_dict
from detectors.charsim import is_cjk, principal_reading

WORD_MIN_FREQ = 3  # jieba frequency of a corrected word of three or four characters (实施方案 3, 人事档案 3)
SHORT_MIN_FREQ = 50  # …of a corrected word of two characters (预案 320, 方案 7097)
WINDOW_MAX = 3  # characters of a written window
CONTEXT_MIN = 4  # characters of the corrected word and its written neighbours that must stand elsewhere in the post
CONTEXT_REACH = 3  # written neighbours taken on either side
LONG_MIN = 4  # characters of a dictionary word the corrected word completes with its neighbours
NUMERALS = frozenset("0123456789一二三四五六七八九十百千万亿零〇两")
VOWELS = frozenset("aeiouv")
TONE_MARKS = {ord(c): None for c in "\u0300\u0301\u0304\u030c"}  # grave, acute, macron, caron after NFD


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable that a character of pypinyin's table is read as and that a typist types as
    letters (ü typed v; interjections without a vowel — m, n, ng, hm — left out)."""
    from pypinyin.constants import PINYIN_DICT

    readings: set[str] = set()
    for value in PINYIN_DICT.values():
        readings.update(value.split(","))
    out = set()
    for r in readings:
        s = unicodedata.normalize("NFD", r).translate(TONE_MARKS).replace("u\u0308", "v").replace("e\u0302", "e")
        if s.isascii() and s.isalpha() and VOWELS & set(s):
            out.add(s)
    return frozenset(out)


def _cuts(letters: str, parts: int) -> list[tuple[str, ...]]:
    """The ways of cutting ``letters`` into exactly ``parts`` (one or two) syllables."""
    table = syllables()
    if parts == 1:
        return [(letters,)] if letters in table else []
    return [(letters[:i], letters[i:]) for i in range(1, len(letters)) if letters[:i] in table and letters[i:] in table]


@lru_cache(maxsize=65536)
def _recut(a: str, b: str = "") -> bool:
    """One syllable (``a``) or two adjacent ones (``a`` + ``b``) whose letters cut another way into one or two
    syllables: xian / xi'an, fang'an / fan'gan, yu'an / yuan."""
    here = (a, b) if b else (a,)
    return any(cut != here for parts in (1, 2) for cut in _cuts(a + b, parts))


def _cut_twice(syl: tuple[str, ...]) -> bool:
    """The letters of the syllables ``syl`` cut another way at one place: a syllable splits in two, or two neighbours
    merge or move their boundary (a reshuffle over three syllables is left out)."""
    return any(_recut(s) for s in syl) or any(_recut(x, y) for x, y in pairwise(syl))


def reading(word: str) -> tuple[str, ...] | None:
    """The principal toneless reading of each character of ``word`` (ü as v), None where one has none."""
    out = []
    for ch in word:
        r = principal_reading(ch).replace("ü", "v")
        if not r:
            return None
        out.append(r)
    return tuple(out)


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, list[tuple[str, tuple[str, ...]]]], frozenset[str], frozenset[str]]:
    """(letters → [(word, its syllables)] for the words whose letters cut another way, jieba's names of places and
    people of up to ``WINDOW_MAX`` characters, jieba's place names of two to four characters — ``places``)."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    names = set()
    places = set()
    for word, f, tag in jieba_dict.entries():
        if tag.startswith(("nr", "ns")):
            if len(word) <= WINDOW_MAX:
                names.add(word)
            if tag == "ns" and 2 <= len(word) <= 4:
                places.add(word)
            if tag.startswith("nr"):
                continue  # a person's name is never the correction
        if not (2 <= len(word) <= 4) or f < (SHORT_MIN_FREQ if len(word) == 2 else WORD_MIN_FREQ):
            continue
        syl = reading(word)
        if syl is None or not _cut_twice(syl):
            continue
        index.setdefault("".join(syl), []).append((word, syl))
    return index, frozenset(names), frozenset(places)


def places() -> frozenset[str]:
    """jieba's place names (``ns``) of two to four characters (舟山, 微山湖), read in the same pass."""
    return _dictionary()[2]


def _freq() -> dict[str, int]:
    """jieba's word frequencies (``jieba.dt.FREQ``, the tokenizer ``content_typo_lm`` and the content model share;
    the prefixes it also holds have frequency 0)."""
    from detectors.content_typo_lm import _tokenizer

    return _tokenizer().FREQ


def _candidates(window: str) -> list[tuple[str, int, int]]:
    """(word, its syllable count, the window's) for each dictionary word spelt with the window's letters cut
    another way."""
    syl = reading(window)
    if syl is None:
        return []
    return [(w, len(s), len(syl)) for w, s in _dictionary()[0].get("".join(syl), ()) if s != syl and w != window]


def _cjk_run(folded: str, i: int, j: int) -> bool:
    return 0 <= i and j <= len(folded) and all(is_cjk(c) and c not in NUMERALS for c in folded[i:j])


def _elsewhere(folded: str, needle: str, lo: int, hi: int) -> bool:
    """``needle`` occurs in ``folded`` outside ``[lo, hi)``."""
    start = folded.find(needle)
    while start >= 0:
        if start + len(needle) <= lo or start >= hi:
            return True
        start = folded.find(needle, start + 1)
    return False


def _in_post(folded: str, i: int, k: int, word: str) -> bool:
    for a in range(1, CONTEXT_REACH + 1):
        if len(word) + a < CONTEXT_MIN:
            continue
        if _cjk_run(folded, i - a, i) and _elsewhere(folded, folded[i - a:i] + word, i - a, i + k):
            return True
        if _cjk_run(folded, i + k, i + k + a) and _elsewhere(folded, word + folded[i + k:i + k + a], i, i + k + a):
            return True
    return False


def _word_beside(folded: str, i: int, k: int, right: bool) -> bool:
    """The written window (or its end on that side) makes a dictionary word with the neighbour on the given side."""
    freq = _freq()
    for a in range(1, CONTEXT_REACH + 1):
        for b in range(k):
            lo, hi = (i + b, i + k + a) if right else (i - a, i + k - b)
            if _cjk_run(folded, lo, hi) and freq.get(folded[lo:hi], 0) > 0:
                return True
    return False


def _completes_word(folded: str, i: int, k: int, word: str) -> bool:
    freq = _freq()
    window = folded[i:i + k]
    for a in range(1, CONTEXT_REACH + 1):
        if len(word) + a < LONG_MIN:
            continue
        if _cjk_run(folded, i - a, i):
            left = folded[i - a:i]
            if freq.get(left + word) and not freq.get(left + window) and not _word_beside(folded, i, k, right=True):
                return True
        if _cjk_run(folded, i + k, i + k + a):
            right = folded[i + k:i + k + a]
            if freq.get(word + right) and not freq.get(window + right) and not _word_beside(folded, i, k, right=False):
                return True
    return False


def boundary_slips(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, corrected word) of each syllable-boundary slip in ``folded`` (see the module's docstring)."""
    out: list[tuple[int, int, str]] = []
    names = _dictionary()[1]
    freq = _freq()
    n = len(folded)
    i = 0
    while i < n:
        found = None
        for k in range(1, WINDOW_MAX + 1):
            if not _cjk_run(folded, i, i + k):
                break
            window = folded[i:i + k]
            if window in names:
                continue
            for word, syl_word, syl_window in _candidates(window):
                meant = syl_word > syl_window or (syl_word == syl_window
                                                  and freq.get(word, 0) > freq.get(window, 0))
                if (meant and _in_post(folded, i, k, word)) or _completes_word(folded, i, k, word):
                    found = (i, i + k, word)
                    break
            if found:
                break
        if found:
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out
