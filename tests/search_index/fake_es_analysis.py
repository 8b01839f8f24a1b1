"""Text analysis for the fake Elasticsearch: the analyzers govwatch configures, as Lucene runs them.

Elasticsearch builds a ``custom`` analyzer from index settings (``analysis.analyzer.<name>``: a tokenizer and
token filters); this module imitates the parts govwatch uses and refuses the rest (``UnknownAnalysis``):

- tokenizer ``standard``: Lucene's ``StandardTokenizer`` (Unicode UAX #29 word boundaries): every Han
  character and every Hiragana character is a token of its own (types ``<IDEOGRAPHIC>`` / ``<HIRAGANA>``),
  Katakana and Hangul runs are single tokens, letters and digits join into words, ``.`` ``'`` join letters
  and digits, ``,`` ``;`` join digits, ``:`` ``·`` join letters, ``_`` joins everything, emoji are tokens;
  tokens longer than 255 characters are split (``max_token_length``);
  https://github.com/apache/lucene/blob/main/lucene/core/src/java/org/apache/lucene/analysis/standard/StandardTokenizer.java
- token filter ``cjk_width``: full-width ASCII → ASCII, half-width Katakana → full-width (``CJKWidthFilter``);
- token filter ``lowercase``: ``Character.toLowerCase`` per code point (``LowerCaseFilter``);
- token filter ``cjk_bigram`` (``CJKBigramFilter`` with Han, Hiragana, Katakana and Hangul, as
  Elasticsearch's ``CJKBigramFilterFactory`` configures it by default): adjacent CJK characters (offsets that
  touch) become bigrams, each at the position of its first character; a lone CJK character stays a unigram;
  with ``output_unigrams: true`` every character is also emitted and each bigram is stacked on its first
  character with position length 2 — a token *graph*;
  https://github.com/apache/lucene/blob/main/lucene/analysis/common/src/java/org/apache/lucene/analysis/cjk/CJKBigramFilter.java
- built-in analyzers ``standard`` (standard + lowercase), ``simple``, ``whitespace``, ``keyword``.

``tests/search_index/lucene/`` runs the same chains on real Lucene and compares token streams with these.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

MAX_TOKEN_LENGTH = 255  # StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH


class UnknownAnalysis(Exception):
    """An analyzer, tokenizer or filter the fake does not imitate (or that is not defined)."""


@dataclass(frozen=True)
class Token:
    term: str
    position: int
    pos_len: int
    start: int
    end: int
    type: str


# ---- character classes (UAX #29 Word_Break, the subset the texts use) -----------------------------------
_MID_LETTER = frozenset("\u003a\u00b7\u0387\u05f4\u2027\ufe13\ufe55\uff1a")
_MID_NUM = frozenset("\u002c\u003b\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b")
_MID_NUM_LET = frozenset("\u002e\u2018\u2019\u2024\ufe52\uff07\uff0e")
_SINGLE_QUOTE = frozenset("'")
_EXTEND_NUM_LET = frozenset("\u005f\u202f\u203f\u2040\u2054\ufe33\ufe34\ufe4d\ufe4e\ufe4f\uff3f")


def _is_han(cp: int) -> bool:
    return (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3134F
            or 0x2E80 <= cp <= 0x2FDF or cp in (0x3005, 0x3007) or 0x3021 <= cp <= 0x3029 or 0x3038 <= cp <= 0x303B)


def _is_emoji(cp: int) -> bool:
    return (0x1F300 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x1F1E6 <= cp <= 0x1F1FF
            or 0x1F000 <= cp <= 0x1F2FF)


def char_class(ch: str) -> str:
    cp = ord(ch)
    if ch in ("\u200d", "\u200c") or unicodedata.category(ch) in ("Mn", "Me", "Mc"):
        return "Extend"
    if unicodedata.category(ch) == "Cf" and ch != "\u200b":
        return "Format"
    if _is_han(cp):
        return "Ideographic"
    if 0x3041 <= cp <= 0x309F:
        return "Hiragana"
    if 0x30A0 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F or cp == 0x3031:
        return "Katakana"
    if 0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return "Hangul"
    if _is_emoji(cp):
        return "Emoji"
    if ch in _EXTEND_NUM_LET:
        return "ExtendNumLet"
    if ch in _MID_LETTER:
        return "MidLetter"
    if ch in _MID_NUM:
        return "MidNum"
    if ch in _MID_NUM_LET:
        return "MidNumLet"
    if ch in _SINGLE_QUOTE:
        return "Single_Quote"
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return "Numeric"
    if cat[0] == "L" or cat == "Nl":
        if 0x0E00 <= cp <= 0x0EFF or 0x1000 <= cp <= 0x109F or 0x1780 <= cp <= 0x17FF:
            return "SEAsian"
        return "ALetter"
    return "Other"


_WORD_PARTS = ("ALetter", "Numeric", "ExtendNumLet")


def standard_tokenize(text: str) -> list[Token]:
    """Lucene's StandardTokenizer on ``text``: tokens with positions, offsets and types."""
    classes = [char_class(ch) for ch in text]
    tokens: list[Token] = []
    n = len(text)
    i = 0
    position = -1

    def skip_extend(j: int) -> int:
        while j < n and classes[j] in ("Extend", "Format"):
            j += 1
        return j

    while i < n:
        c = classes[i]
        if c in ("Ideographic", "Hiragana"):
            end = skip_extend(i + 1)
            kind = "<IDEOGRAPHIC>" if c == "Ideographic" else "<HIRAGANA>"
            tokens.append(Token(text[i:end], 0, 1, i, end, kind))  # trailing Extend/Format chars belong to it
            i = end
            continue
        if c in ("Katakana", "Hangul"):
            j = skip_extend(i + 1)
            while j < n and classes[j] in (c, "ExtendNumLet") if c == "Katakana" else j < n and classes[j] == c:
                j = skip_extend(j + 1)
            tokens.append(Token(text[i:j], 0, 1, i, j, f"<{c.upper()}>"))
            i = j
            continue
        if c == "Emoji":
            j = skip_extend(i + 1)
            if 0x1F1E6 <= ord(text[i]) <= 0x1F1FF and j < n and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF:
                j = skip_extend(j + 1)  # a flag: two regional indicators
            while j < n and text[j - 1] == "\u200d" and classes[j] == "Emoji":  # ZWJ sequences
                j = skip_extend(j + 1)
            tokens.append(Token(text[i:j], 0, 1, i, j, "<EMOJI>"))
            i = j
            continue
        if c in _WORD_PARTS:
            j = skip_extend(i + 1)
            has_letter = c == "ALetter"
            while j < n:
                cj = classes[j]
                if cj in _WORD_PARTS:
                    has_letter |= cj == "ALetter"
                    j = skip_extend(j + 1)
                    continue
                if cj in ("MidLetter", "MidNumLet", "Single_Quote", "MidNum"):
                    k = skip_extend(j + 1)
                    prev = classes[j - 1] if j else "Other"
                    prev_i = j - 1
                    while prev_i > 0 and classes[prev_i] in ("Extend", "Format"):
                        prev_i -= 1
                    prev = classes[prev_i]
                    nxt = classes[k] if k < n else "Other"
                    letters = cj in ("MidLetter", "MidNumLet", "Single_Quote") and prev == "ALetter" and nxt == "ALetter"
                    numbers = cj in ("MidNum", "MidNumLet", "Single_Quote") and prev == "Numeric" and nxt == "Numeric"
                    if letters or numbers:
                        j = k
                        continue
                break
            word = text[i:j]
            kind = "<ALPHANUM>" if has_letter else "<NUM>"
            if word.strip("_\u202f\u203f\u2040\u2054\ufe33\ufe34\ufe4d\ufe4e\ufe4f\uff3f"):
                for s in range(0, len(word), MAX_TOKEN_LENGTH):
                    tokens.append(Token(word[s:s + MAX_TOKEN_LENGTH], 0, 1, i + s,
                                        i + min(len(word), s + MAX_TOKEN_LENGTH), kind))
            i = j
            continue
        if c == "SEAsian":
            j = skip_extend(i + 1)
            while j < n and classes[j] == "SEAsian":
                j = skip_extend(j + 1)
            tokens.append(Token(text[i:j], 0, 1, i, j, "<SOUTHEAST_ASIAN>"))
            i = j
            continue
        i += 1
    out = []
    for t in tokens:
        position += 1
        out.append(Token(t.term, position, 1, t.start, t.end, t.type))
    return out


# ---- token filters ----------------------------------------------------------------------------------------
def _cjk_width_char(ch: str) -> str:
    cp = ord(ch)
    if 0xFF01 <= cp <= 0xFF5E:
        return chr(cp - 0xFEE0)
    if 0xFF65 <= cp <= 0xFF9F:
        return unicodedata.normalize("NFKC", ch)
    return ch


def cjk_width(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        chars: list[str] = []
        for ch in t.term:
            if ch in "\uff9e\uff9f" and chars:  # a half-width (semi-)voiced mark combines with the kana before it
                combined = unicodedata.normalize("NFC", chars[-1] + ("\u3099" if ch == "\uff9e" else "\u309a"))
                if len(combined) == 1:
                    chars[-1] = combined
                    continue
            chars.append(_cjk_width_char(ch))
        out.append(Token("".join(chars), t.position, t.pos_len, t.start, t.end, t.type))
    return out


def _lower(ch: str) -> str:
    low = ch.lower()
    return low[0]  # Character.toLowerCase maps one code point to one: "İ" → "i" (Python gives "i̇")


def lowercase(tokens: list[Token]) -> list[Token]:
    return [Token("".join(_lower(ch) for ch in t.term), t.position, t.pos_len, t.start, t.end, t.type)
            for t in tokens]


_CJK_TYPES = ("<IDEOGRAPHIC>", "<HIRAGANA>", "<KATAKANA>", "<HANGUL>")


def cjk_bigram(tokens: list[Token], output_unigrams: bool) -> list[Token]:
    out: list[Token] = []
    position = -1
    run: list[tuple[str, int, int]] = []  # (character, start, end) of the current run of adjacent CJK

    def flush() -> None:
        nonlocal position
        if len(run) == 1:
            position += 1
            out.append(Token(run[0][0], position, 1, run[0][1], run[0][2], "<SINGLE>"))
        else:
            for k in range(len(run)):
                if output_unigrams:
                    position += 1
                    out.append(Token(run[k][0], position, 1, run[k][1], run[k][2], "<SINGLE>"))
                    if k + 1 < len(run):
                        out.append(Token(run[k][0] + run[k + 1][0], position, 2, run[k][1], run[k + 1][2],
                                         "<DOUBLE>"))
                elif k + 1 < len(run):
                    position += 1
                    out.append(Token(run[k][0] + run[k + 1][0], position, 1, run[k][1], run[k + 1][2], "<DOUBLE>"))
        run.clear()

    for t in tokens:
        if t.type in _CJK_TYPES:
            if run and run[-1][2] != t.start:
                flush()
            # a Katakana or Hangul run is one token: split it into characters, each with its own offsets unless
            # a filter changed the term's length (then every character keeps the token's offsets)
            exact = t.end - t.start == len(t.term)
            for k, ch in enumerate(t.term):
                run.append((ch, t.start + k, t.start + k + 1) if exact else (ch, t.start, t.end))
            continue
        if run:
            flush()
        position += 1
        out.append(Token(t.term, position, t.pos_len, t.start, t.end, t.type))
    if run:
        flush()
    return out


# ---- analyzers -----------------------------------------------------------------------------------------------
BUILTIN_ANALYZERS = frozenset({"standard", "simple", "whitespace", "keyword", "stop", "default"})
BUILTIN_TOKENIZERS = frozenset({"standard"})
BUILTIN_FILTERS = frozenset({"cjk_width", "lowercase", "cjk_bigram"})
BUILTIN_NORMALIZERS = frozenset({"lowercase"})
BUILTIN_SIMILARITIES = frozenset({"BM25", "boolean"})


@dataclass(frozen=True)
class Analyzer:
    name: str
    tokenizer: str
    filters: tuple[tuple[str, dict[str, Any]], ...]

    def analyze(self, text: str) -> list[Token]:
        if self.tokenizer == "keyword":
            tokens = [Token(text, 0, 1, 0, len(text), "word")]
        elif self.tokenizer == "whitespace":
            tokens, pos, start = [], 0, None
            for k, ch in enumerate(text + " "):
                if ch.isspace():
                    if start is not None:
                        tokens.append(Token(text[start:k], pos, 1, start, k, "word"))
                        pos += 1
                        start = None
                elif start is None:
                    start = k
        else:
            tokens = standard_tokenize(text)
        for kind, params in self.filters:
            if kind == "cjk_width":
                tokens = cjk_width(tokens)
            elif kind == "lowercase":
                tokens = lowercase(tokens)
            elif kind == "cjk_bigram":
                tokens = cjk_bigram(tokens, bool(params.get("output_unigrams", False)))
            else:
                raise UnknownAnalysis(f"token filter [{kind}]")
        return tokens


def build_analyzers(analysis: dict[str, Any] | None) -> dict[str, Analyzer]:
    """The analyzers an index has: the built-in ones plus ``analysis.analyzer`` from its settings."""
    analysis = analysis or {}
    filters = analysis.get("filter") or {}
    out = {
        "standard": Analyzer("standard", "standard", (("lowercase", {}),)),
        "default": Analyzer("default", "standard", (("lowercase", {}),)),
        "simple": Analyzer("simple", "standard", (("lowercase", {}),)),
        "whitespace": Analyzer("whitespace", "whitespace", ()),
        "keyword": Analyzer("keyword", "keyword", ()),
    }
    for name, spec in (analysis.get("analyzer") or {}).items():
        if spec.get("type", "custom") != "custom":
            raise UnknownAnalysis(f"analyzer type [{spec.get('type')}]")
        tokenizer = spec.get("tokenizer")
        if tokenizer not in BUILTIN_TOKENIZERS | {"keyword", "whitespace"}:
            raise UnknownAnalysis(f"tokenizer [{tokenizer}]")
        chain: list[tuple[str, dict[str, Any]]] = []
        for f in spec.get("filter") or []:
            if f in filters:
                params = dict(filters[f])
                kind = params.pop("type", None)
            else:
                kind, params = f, {}
            if kind not in BUILTIN_FILTERS:
                raise UnknownAnalysis(f"token filter [{f}]")
            chain.append((kind, params))
        out[name] = Analyzer(name, tokenizer, tuple(chain))
    return out


def is_graph(tokens: list[Token]) -> bool:
    return any(t.pos_len > 1 for t in tokens)


def graph_paths(tokens: list[Token], limit: int | None = None) -> list[list[Token]] | int:
    """Every path through a token graph (Lucene's ``GraphTokenStreamFiniteStrings``), as token lists; with
    ``limit`` only the count when it exceeds the limit."""
    by_start: dict[int, list[Token]] = {}
    last = 0
    for t in tokens:
        by_start.setdefault(t.position, []).append(t)
        last = max(last, t.position + t.pos_len)
    count: dict[int, int] = {last: 1}
    for pos in range(last - 1, -1, -1):
        count[pos] = sum(count.get(t.position + t.pos_len, 0) for t in by_start.get(pos, []))
        if not by_start.get(pos):
            count[pos] = count.get(pos + 1, 0)
    total = count.get(min(by_start) if by_start else 0, 0)
    if limit is not None and total > limit:
        return total
    paths: list[list[Token]] = []

    def walk(pos: int, acc: list[Token]) -> None:
        if pos >= last:
            paths.append(acc)
            return
        if not by_start.get(pos):
            walk(pos + 1, acc)
            return
        for t in by_start[pos]:
            walk(t.position + t.pos_len, [*acc, t])

    walk(min(by_start) if by_start else 0, [])
    return paths
