"""How the embedded store folds text for search: width and compatibility forms (NFKC), then case (``str.lower``).

``fold`` is the definition: Unicode NFKC, so full-width letters, digits and punctuation (ＡＢＣ１２３（），) read as
their half-width forms (ABC123(),) and compatibility characters as what they stand for (① → 1, ㈱ → (株), ﬁ → fi,
⼀ → 一, half-width ｶﾞ → ガ), then ``str.lower`` in every script. Chinese characters are kept as they are: NFKC
leaves the unified ideographs alone (simplified and traditional forms stay distinct). Elasticsearch's
``cjk_width`` + ``lowercase`` filters fold the same full-width/half-width forms, so both backends match
"ＡＢＣ１２３" and "abc123" alike.

Two fast paths keep the text index's catch-up cheap (``unicodedata.normalize`` costs tens of microseconds on a
post full of full-width commas):

* ``fold_all`` folds a whole column of texts at once: each code point through a table of its own NFKC form
  (filled block by block as texts use the blocks), falling back to ``unicodedata.normalize`` only for the texts
  holding a character whose NFKC form depends on its neighbours (combining marks, characters that compose with
  the one before them) or is longer than one character. It equals ``fold`` on every text (tests/search_index).
* ``preimages`` gives, for a folded query, the characters that can fold *into* it, so a substring check need
  fold a stored text only when the text holds one of them (``folded_contains``; ``SQLiteStore`` checks with
  SQL's own ``instr`` and ``lower()`` first, and calls ``folded_contains`` only for a text that fails).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

_NFKC = functools.partial(unicodedata.normalize, "NFKC")


def fold(text: str) -> str:
    """The searchable form of ``text``: NFKC, then ``str.lower``."""
    return _NFKC(text).lower()


# Code points above this have no decomposition and no case mapping (Unicode 15: the last decomposition is the CJK
# compatibility ideograph U+2FA1D): they fold to themselves. tests/search_index checks the bound.
_LAST_FOLDING = 0x30000


@functools.cache
def _secondaries() -> frozenset[str]:
    """Characters that canonical composition joins onto the character before them (the second of a canonical
    decomposition pair, and the conjoining Hangul vowels and final consonants): next to one of them a text's NFKC
    form is not its characters' NFKC forms put together."""
    out = set()
    for cp in range(_LAST_FOLDING):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            out.add(chr(int(parts[1], 16)))
    out.update(map(chr, range(0x1161, 0x1176)))  # Hangul V jamo (LV syllables are composed algorithmically)
    out.update(map(chr, range(0x11A8, 0x11C3)))  # Hangul T jamo (LVT)
    return frozenset(out)


_BLOCK = 4096  # code points per block of the single-character table, filled when a text first uses the block
_COMPLEX = np.uint32(0xFFFFFFFF)  # in the table: a character whose NFKC form depends on its context or is longer
_single = np.zeros(0x110000, dtype=np.uint32)
_single_filled = np.zeros(0x110000 // _BLOCK, dtype=bool)


def _single_form(cp: int, secondaries: frozenset[str]) -> int:
    """The NFKC form of ``chr(cp)`` as one code point, when that holds wherever the character stands: the
    character and its forms are starters that compose with nothing before them; else ``_COMPLEX``."""
    c = chr(cp)
    nfkc, nfkd = _NFKC(c), unicodedata.normalize("NFKD", c)
    if len(nfkc) != 1 or any(unicodedata.combining(x) or x in secondaries for x in (c, nfkc, nfkd[0])):
        return int(_COMPLEX)
    return ord(nfkc)


def _single_of(codes: np.ndarray) -> np.ndarray:
    """The single-character NFKC form of each code point (``_COMPLEX`` where there is none), from a table filled
    block by block (idempotent writes: safe from several threads)."""
    for block in np.flatnonzero((np.bincount(codes // _BLOCK, minlength=_single_filled.size) > 0)
                                & ~_single_filled).tolist():
        start = block * _BLOCK
        if start >= _LAST_FOLDING:
            _single[start:start + _BLOCK] = np.arange(start, start + _BLOCK, dtype=np.uint32)
        else:
            secondaries = _secondaries()
            _single[start:start + _BLOCK] = [_single_form(cp, secondaries) for cp in range(start, start + _BLOCK)]
        _single_filled[block] = True
    return _single[codes]


def fold_all(texts: Sequence[str]) -> tuple[str, np.ndarray]:
    """``fold`` of every text, joined by NUL (a character every text keeps and none gains), and each folded text's
    length: what the text index's catch-up tokenises (``sqlite_backend._group_column``)."""
    joined = "\x00".join(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    if joined.isascii():
        return joined.lower(), lengths  # ASCII: NFKC changes nothing, lower keeps every length
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = _single_of(codes)
    odd = mapped == _COMPLEX
    if not odd.any():
        nfkc = mapped.tobytes().decode("utf-32-le", "surrogatepass")
        folded = nfkc.lower()
        if len(folded) == len(nfkc):  # str.lower never shortens a character: every text kept its length
            return folded, lengths
        pieces = _split(nfkc, lengths)
    else:  # the texts holding a context-dependent character are normalised on their own
        starts = np.cumsum(lengths + 1) - lengths - 1
        rows = np.unique(np.searchsorted(starts, np.flatnonzero(odd), side="right") - 1).tolist()
        mapped = np.where(odd, np.uint32(0x20), mapped)
        pieces = _split(mapped.tobytes().decode("utf-32-le", "surrogatepass"), lengths)
        for r in rows:
            pieces[r] = _NFKC(texts[r])
    pieces = [p.lower() for p in pieces]
    return "\x00".join(pieces), np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))


def _split(joined: str, lengths: np.ndarray) -> list[str]:
    """The texts of ``joined`` (NUL between any two) by their lengths (a text may itself hold a NUL)."""
    out, at = [], 0
    for n in lengths.tolist():
        out.append(joined[at:at + n])
        at += n + 1
    return out


@functools.cache
def _inverse() -> dict[str, str]:
    """For each character, the other characters whose ``fold`` holds it (ASCII capitals excepted: SQL's
    ``lower()`` folds those): ``ａ ª ⓐ …`` for ``a``, ``， ﹐ …`` for ``,``."""
    found: dict[str, set[str]] = {}
    for cp in range(0x80, _LAST_FOLDING):
        c = chr(cp)
        if unicodedata.decomposition(c) or c.lower() != c:  # else NFKC and lower keep it
            folded = fold(c)
            if folded != c:
                for x in set(folded):
                    found.setdefault(x, set()).add(c)
    found["ς"].add("Σ")  # str.lower's one mapping by context: Σ at the end of a word is ς
    return {x: "".join(sorted(cs)) for x, cs in found.items()}


def preimages(needle: str) -> str | None:
    """The characters a stored text must hold for its ``fold`` to contain the folded ``needle`` when the text
    itself (ASCII letters lower-cased) does not: those that fold into one of the needle's characters, and the
    combining marks (and what folds into them) that compose into one (é from e + U+0301, ガ from ｶ + ﾞ).
    Empty when no text can match by folding alone. Sorted, without duplicates. None for a needle holding a
    combining mark itself: NFKC reorders and composes marks across other characters, so any text may match."""
    if any(unicodedata.combining(c) for c in needle):
        return None
    inverse = _inverse()
    out: set[str] = set()
    for c in set(needle):
        out.update(inverse.get(c, ""))
        for mark in unicodedata.normalize("NFD", c)[1:]:
            out.add(mark)
            out.update(inverse.get(mark, ""))
    return "".join(sorted(out))


@functools.lru_cache(maxsize=256)
def _gate(needle: str) -> re.Pattern | None:
    """A pattern finding any of the needle's ``preimages`` (None: every text must be folded)."""
    others = preimages(needle)
    if others is None:
        return None
    return re.compile("[" + "".join(map(re.escape, others)) + "]" if others else "(?!)")  # (?!): never matches


def folded_contains(text: object, needle: str) -> int:
    """1 when ``fold(text)`` contains ``needle`` (a folded query), for a text in which SQL's ``instr`` did not find
    it as it is (ASCII letters lower-cased): a text holding none of the needle's ``preimages`` then cannot hold it
    folded either, and is not normalised (one pass of a compiled character class instead of ``unicodedata``). For
    a needle with a combining mark (``preimages`` None) every text is folded, and the answer is exact."""
    if not isinstance(text, str):
        return 0  # numbers: ASCII, SQL's instr has checked them as they are
    gate = _gate(needle)
    if gate is not None and gate.search(text) is None:
        return 0
    return int(needle in fold(text))
