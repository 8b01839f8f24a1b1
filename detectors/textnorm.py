"""Folding Chinese text for matching: NFKC, traditional → simplified, no invisible characters, lower case.

``fold(text)`` is the fast path (C-speed ``unicodedata.normalize`` + ``str.translate``) used on millions of
posts; ``fold_with_offsets(text)`` gives, for each folded character, the index of the original character it
came from, so a match in folded text can be shown in the original (only computed when something matched).

The traditional → simplified table is OpenCC's own character dictionary (``TSCharacters.txt`` shipped with
opencc-python-reimplemented), first candidate of each entry; phrase-level conversion is not needed for matching
single terms and would break the 1:1 offset mapping.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

import opencc

# Default_Ignorable_Code_Point (DerivedCoreProperties.txt of the Unicode Character Database, 15.1; the set has been
# stable since Unicode 9): code points a renderer shows as nothing when it cannot show them otherwise — soft hyphen,
# zero-width and bidi controls, Hangul fillers, variation selectors (U+FE00–FE0F, U+E0100–E01EF), shorthand format
# controls (U+1BCA0–1BCA3), musical-symbol format controls and the whole tag block (U+E0000–E0FFF). Impostors use
# them to make two names differ to a machine but not to a person.
DEFAULT_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
DEFAULT_IGNORABLE = frozenset(cp for lo, hi in DEFAULT_IGNORABLE_RANGES for cp in range(lo, hi + 1))
# Control characters (general category Cc) that are not white space (str.isspace: tab, line and page breaks stay,
# as white space): NUL, BEL, ESC … show as nothing or as a box.
CONTROLS = frozenset(cp for cp in (*range(0x20), *range(0x7F, 0xA0)) if not chr(cp).isspace())
INVISIBLE = _INVISIBLE = DEFAULT_IGNORABLE | CONTROLS
# Symbols that render as nothing (an empty glyph in the installed fonts, or, where no font maps them, a Unicode name
# saying NULL/BLANK/SPACE: U+2800 BRAILLE PATTERN BLANK, U+1D159 MUSICAL SYMBOL NULL NOTEHEAD), computed by
# scripts/build_blank_symbols.py into data/blank_symbols.txt: ``fold`` reads them as a space, as they look.
BLANK_SYMBOLS_FILE = os.path.join(os.path.dirname(__file__), "data", "blank_symbols.txt")


# Letters drawn as a separator — one thin stroke or a dot in the installed fonts (Noto Sans CJK SC first), or named as
# a mark by Unicode (DOT, CLICK, VERTICAL LINE …): ǀ U+01C0 LATIN LETTER DENTAL CLICK, ᐧ U+1427 CANADIAN SYLLABICS
# FINAL MIDDLE DOT, ー U+30FC, ˈ U+02C8 (``SEPARATOR_LETTERS``); and letters in their own right drawn as a vertical
# bar — Ӏ CYRILLIC PALOCHKA, Ι, and numbers such as 〡 — that read as a separator only between two ideographs
# (``BAR_LETTERS``). The letters of scripts no Chinese account name is written in (Bopomofo ㄧ, drawn like 一, inside
# 浦北ㄧㄧ发布; Georgian ღ, Ogham, Tifinagh …: ``script`` rows) are marks too, whatever their glyph, unless drawn like an
# ideograph (ㄈ → 匚, data/lookalike_letters.txt, read first).
# Computed by scripts/build_separator_letters.py into data/separator_letters.txt (CJK ideographs,
# decimal digits and letters whose NFKC is ASCII are never in it). Account names drop them like the punctuation
# they stand for (``detectors.names``); ``fold`` (posts) leaves them alone.
SEPARATOR_LETTERS_FILE = os.path.join(os.path.dirname(__file__), "data", "separator_letters.txt")


def _read_code_points(path: str, kinds: tuple[str, ...] | None = None) -> frozenset[int]:
    """The code points of a ``U+XXXX<TAB>how…`` data file, only those whose ``how`` starts with one of ``kinds``."""
    with open(path, encoding="utf-8") as fh:
        rows = [line.split("\t") for line in fh if line.startswith("U+")]
    return frozenset(int(row[0][2:], 16) for row in rows if kinds is None or row[1].startswith(kinds))


BLANK_SYMBOLS = _read_code_points(BLANK_SYMBOLS_FILE)
SEPARATOR_LETTERS = _read_code_points(SEPARATOR_LETTERS_FILE, ("stroke", "dot", "name", "script"))
VERTICAL_SEPARATOR_LETTERS = _read_code_points(SEPARATOR_LETTERS_FILE, ("stroke-v",))
BAR_LETTERS = _read_code_points(SEPARATOR_LETTERS_FILE, ("bar",))


def is_separator_mark(ch: str) -> bool:
    """Whether ``ch`` only marks or breaks up the characters around it: a letter drawn as a separator
    (``SEPARATOR_LETTERS``) or a nonspacing or enclosing combining mark (general category Mn, Me: 1⃘, 2⃣, 3̸; of a newer
    Unicode too, ``newer_unicode``)."""
    return (ord(ch) in SEPARATOR_LETTERS or unicodedata.category(ch) in ("Mn", "Me")
            or (unicodedata.category(ch) == "Cn" and newer_unicode().get(ord(ch), ("",))[0] == "mark"))


def is_invisible(ch: str) -> bool:
    """Whether ``ch`` is a default-ignorable code point or a control character that is not white space."""
    return ord(ch) in _INVISIBLE


@lru_cache(maxsize=1)
def t2s_table() -> dict[int, str]:
    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and len(parts[0]) == 1:
                simplified = parts[1].split(" ")[0]
                if len(simplified) == 1 and simplified != parts[0]:
                    table[ord(parts[0])] = simplified
    return table


# Unicode's Equivalent_Unified_Ideograph property (UCD ``EquivalentUnifiedIdeograph.txt``, Unicode 15.0.0, from the
# Debian package ``unicode-data`` 15.0.0-1, copied unmodified to data/): each CJK radical (Kangxi Radicals, CJK
# Radicals Supplement) and CJK stroke that is drawn like a unified ideograph, and that ideograph (⻓ U+2ED3 → 长,
# ⻔ U+2ED4 → 门, ⺠ U+2EA0 → 民). NFKC maps the Kangxi radicals but leaves the Radicals Supplement alone.
EQUIVALENT_IDEOGRAPH_FILE = os.path.join(os.path.dirname(__file__), "data", "EquivalentUnifiedIdeograph.txt")


@lru_cache(maxsize=1)
def equivalent_ideographs() -> dict[int, str]:
    """Radical or stroke code point → the unified ideograph Unicode says it is equivalent to."""
    table: dict[int, str] = {}
    with open(EQUIVALENT_IDEOGRAPH_FILE, encoding="utf-8") as fh:
        for line in fh:
            fields = line.split("#", 1)[0].split(";")
            if len(fields) != 2:
                continue
            first, _, last = fields[0].strip().partition("..")
            target = chr(int(fields[1].strip(), 16))
            for cp in range(int(first, 16), int(last or first, 16) + 1):
                table[cp] = target
    return table


# Ideographic zero 〇 is a Chinese numeral written inside Chinese text (二〇二四年): it stays, like 一二三 (``numeral_runs``).
_KEEP_NUMERALS = frozenset("〇")


@lru_cache(maxsize=1)
def numeral_digits() -> dict[int, str]:
    """Number characters (general category Nl or No) that NFKC keeps and whose Unicode numeric value is one digit
    0–9, → that digit: Hangzhou numerals 〡〢〣 (U+3021–3029), counting-rod numerals 𝍠𝍡 (U+1D360…), dingbat circled
    digits ➊➀ and the digits of other scripts' number systems. From ``unicodedata`` (no list): a name that writes a
    hotline 12345 as 〡〢〣〤〥 reads as the digits it shows."""
    out: dict[int, str] = {}
    for cp in range(0x20000):  # planes 0 and 1 hold every number character
        ch = chr(cp)
        value = unicodedata.numeric(ch, None)
        if (value is None or value != int(value) or not 0 <= value <= 9 or ch in _KEEP_NUMERALS
                or unicodedata.category(ch) not in ("Nl", "No") or unicodedata.normalize("NFKC", ch) != ch):
            continue
        out[cp] = str(int(value))
    return out


# What a newer Unicode than the run's assigns (scripts/build_newer_unicode.py, from PyPI ``unicodedata2``): Python's
# ``unicodedata`` is frozen at its interpreter's Unicode version (Python 3.11: 14.0.0), to which every later code point
# is unassigned, so NFKC leaves Unicode 16's OUTLINED DIGIT ONE … (U+1CCF1) or 15's MODIFIER LETTER CAPITAL S as they
# are and a hotline written with them reads as no number. Each row: the code point, how it folds (``nfkc``: its NFKC
# under the newer Unicode; ``digit``, ``number``: the digit it is worth; ``mark``: a combining mark; ``none``), the
# fold, its category and name.
NEWER_UNICODE_FILE = os.path.join(os.path.dirname(__file__), "data", "unicode_newer.txt")


@lru_cache(maxsize=1)
def newer_unicode() -> dict[int, tuple[str, str, str, str]]:
    """Code point → (kind, fold, general category, name) under the newer Unicode of data/unicode_newer.txt, for the
    code points the run's ``unicodedata`` does not assign (an interpreter with newer data reads its own)."""
    out: dict[int, tuple[str, str, str, str]] = {}
    with open(NEWER_UNICODE_FILE, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("U+"):
                continue
            point, kind, fold, category, name = line.rstrip("\n").split("\t")
            cp = int(point[2:], 16)
            if unicodedata.category(chr(cp)) == "Cn":
                out[cp] = (kind, "".join(chr(int(x[2:], 16)) for x in fold.split()), category, name)
    return out


@lru_cache(maxsize=1)
def newer_fold_table() -> dict[int, str]:
    """``str.translate`` table: each code point the run's Unicode does not know yet → what the newer Unicode folds it
    to (its NFKC, or the digit it is worth)."""
    return {cp: fold for cp, (kind, fold, _, _) in newer_unicode().items() if kind in ("nfkc", "digit", "number")}


def nfkc(text: str) -> str:
    """NFKC under the run's Unicode, then under the newer one for the code points only it assigns
    (``newer_fold_table``)."""
    return unicodedata.normalize("NFKC", text).translate(newer_fold_table())


# Enclosed Latin letters that Unicode gives no decomposition (the Enclosed Alphanumeric Supplement's negative circled
# 🅐, negative squared 🅰, crossed negative squared 🆏 and squared small ᴅ 🆥 forms), while their circled Ⓐ, squared 🄰 and
# parenthesized ⒜ siblings decompose to the letter: found by their Unicode names (an enclosure word, then the letter).
_ENCLOSED_LETTER = re.compile(r"(?:(?:NEGATIVE|CROSSED|CIRCLED|SQUARED) )+LATIN (CAPITAL|SMALL) LETTER ([A-Z])")


@lru_cache(maxsize=1)
def enclosed_letters() -> dict[int, str]:
    """Enclosed Latin letter without a decomposition → the letter its Unicode name names (🅰 → A, 🅐 → A). Read in
    account names only, and only two or more in a row (``detectors.names``): a lone 🅿 or 🅰 is an emoji (parking, a
    blood type), and in posts they all stay."""
    out: dict[int, str] = {}
    for cp in range(0x20000):
        ch = chr(cp)
        m = _ENCLOSED_LETTER.fullmatch(unicodedata.name(ch, ""))
        if m and unicodedata.normalize("NFKC", ch) == ch:
            out[cp] = m.group(2) if m.group(1) == "CAPITAL" else m.group(2).lower()
    return out


@lru_cache(maxsize=1)
def unicode_fold_table() -> dict[int, str]:
    """``str.translate`` table of the foldings taken from Unicode data after NFKC: radicals → their ideograph
    (``equivalent_ideographs``), number characters → their digit (``numeral_digits``), code points of a newer
    Unicode → their NFKC or digit under it (``newer_fold_table``). One character to one, but for the few newer compatibility
    characters that decompose into several (KATAKANA DIGRAPH TOKI → トキ)."""
    return {**newer_fold_table(), **numeral_digits(), **equivalent_ideographs()}


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str | None]:
    t2s = t2s_table()
    table: dict[int, str | None] = {cp: "".join(t2s.get(ord(c), c) for c in folded)
                                    for cp, folded in unicode_fold_table().items()}
    table.update(t2s)
    for cp in _INVISIBLE:
        table[cp] = None
    for cp in BLANK_SYMBOLS:
        table[cp] = " "
    return table


def fold(text: str) -> str:
    """NFKC → drop invisible characters, blank symbols as spaces, radicals as ideographs, number characters as
    digits (``unicode_fold_table``) → traditional to simplified → lower case."""
    return unicodedata.normalize("NFKC", text).translate(_translate_table()).lower()


@lru_cache(maxsize=1)
def _blockers() -> re.Pattern:
    """Characters after which folding is no longer one character → one character (see fold_with_offsets)."""
    table = _translate_table()
    # Planes 0–1 and 14 hold every combining mark and invisible character; planes 2–3 are CJK ideographs.
    candidates = [*range(0x20000), *range(0xE0000, 0xE1000)]
    points = [cp for cp in candidates
              if (table.get(cp, "") is None or unicodedata.combining(chr(cp))
                  or unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me") or 0x1100 <= cp <= 0x11FF or cp == 0x0130)
              and not 0xD800 <= cp <= 0xDFFF]
    ranges: list[str] = []
    start = prev = points[0]
    for cp in points[1:] + [-1]:
        if cp != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev != start else ""))
            start = cp
        prev = cp
    return re.compile("[" + "".join(ranges) + "]")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Like ``fold`` character by character; ``offsets[i]`` is the index in ``text`` of folded char ``i``."""
    folded = fold(text)
    # Fast path: without characters that are deleted (invisible) or combine with their neighbours (combining
    # marks, Hangul jamo), folding works character by character, and when the length is unchanged no character
    # expanded either: character i maps to character i.
    if len(folded) == len(text) and not _blockers().search(text):
        return folded, list(range(len(text)))
    return _fold_each_character(text)


def _fold_each_character(text: str) -> tuple[str, list[int]]:
    """``fold_with_offsets`` the slow way, one character at a time (its fast path must agree with this)."""
    table = _translate_table()
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            mapped = table.get(ord(c), c)
            if mapped is None:
                continue
            for m in mapped.lower():
                out.append(m)
                offsets.append(i)
    return "".join(out), offsets


VARIANT_FILES = ("JPVariants.txt", "HKVariants.txt", "TWVariants.txt")


@lru_cache(maxsize=1)
def variant_table() -> dict[int, str]:
    """Regional variant forms (Japanese 発, 広; Hong Kong and Taiwan variants) → the simplified character, from
    OpenCC's variant dictionaries read backwards. A variant that is itself a mainland standard character (in
    GB 2312, e.g. 吃, listed as the Taiwan form of 喫) is left alone: it is a character of its own here; so is a
    variant that OpenCC's t2s table already simplifies (連 is the traditional 连 and only in Japanese also stands for
    聯: read as 连, else 孟連 would become 孟联)."""
    base = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
    t2s = t2s_table()
    table: dict[int, str] = {}
    for name in VARIANT_FILES:
        path = os.path.join(base, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 2 or len(parts[0]) != 1:
                    continue
                standard = parts[0]
                for variant in parts[1].split(" "):
                    if (len(variant) != 1 or variant == standard or _in_gb2312(variant)
                            or ord(variant) in t2s):
                        continue
                    table.setdefault(ord(variant), t2s.get(ord(standard), standard))
    return table


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _simplified_to_traditional() -> dict[str, str]:
    out: dict[str, str] = {}
    for cp, simplified in t2s_table().items():
        out[simplified] = out.get(simplified, "") + chr(cp)
    return out


def traditional_forms(ch: str) -> str:
    """The characters ``fold`` turns into ``ch`` (皂 ← 皁, 发 ← 發髮): what a name may have been written with."""
    return _simplified_to_traditional().get(ch, "")


def traditional_to_simplified_char(ch: str) -> str:
    return t2s_table().get(ord(ch), ch)


def is_subsequence(short: str, long_: str) -> bool:
    """Whether ``short``'s characters appear in ``long_`` in order (gaps allowed): 网安总队 in 网络安全保卫总队."""
    it = iter(long_)
    return all(ch in it for ch in short)


# ---- numbers written in Chinese numerals ------------------------------------------------------------------------

# Each Chinese numeral read as one digit, the way numbers such as hotlines are read out digit by digit: every CJK
# ideograph whose Unicode numeric value (Unihan kPrimaryNumeric / kAccountingNumeric / kOtherNumeric, through
# ``unicodedata.numeric``) is one digit — 一二三, the financial forms 壹贰叁肆 and their traditional forms, the old forms
# 弌弍弎, 〇 and 零 — plus the spoken digit readings (``SPOKEN_DIGITS``). Traditional forms reach here already
# simplified (貳 → 贰, 陸 → 陆, 參 → 参, 兩 → 两, 麼 → 么).
#
# Spoken digit readings: the way a number is read out digit by digit on the telephone and on the radio so that
# digits that sound alike are not confused — 幺 (yāo, written 么 too) for 1, 两 for 2, 拐 for 7, 勾 for 9 and 洞 for
# 0 (the PLA / civil-aviation radiotelephony convention 洞幺两三四五六拐八勾, as in 中国民用航空局《空中交通无线电通话
# 用语》MH/T 4014, and everyday telephone usage: 幺幺零 for 110). 幺 is in Unihan already; the others are ordinary
# characters that read as digits only inside a run of at least ``MIN_NUMERAL_RUN`` digits (``numeral_runs``), and a
# run counts only when it spells a number a registered name holds (``detectors.impostor``): 洞头 and 两当 stay places.
SPOKEN_DIGITS = {"幺": "1", "么": "1", "两": "2", "拐": "7", "勾": "9", "洞": "0"}


def _ideograph_digits() -> dict[str, str]:
    out = {"〇": "0"}
    for block_start, block_end in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F)):
        for cp in range(block_start, block_end + 1):
            value = unicodedata.numeric(chr(cp), None)
            if value is not None and value == int(value) and 0 <= value <= 9:
                out[chr(cp)] = str(int(value))
    return {**out, **SPOKEN_DIGITS}


CHINESE_DIGITS = _ideograph_digits()
MIN_NUMERAL_RUN = 3  # a run of at least this many digits (Chinese or Arabic) is read as a number
_NUMERAL_RUN = re.compile(f"[0-9{''.join(CHINESE_DIGITS)}]{{{MIN_NUMERAL_RUN},}}")
_NUMERAL_CHARS = frozenset(CHINESE_DIGITS)


def numeral_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of at least ``MIN_NUMERAL_RUN`` digits in ``text`` written at least partly
    in Chinese numerals (一二三四五, 壹贰叁肆伍, 12三45), with the digits they read as ("12345")."""
    if _NUMERAL_CHARS.isdisjoint(text):
        return []
    return [(m.start(), m.end(), "".join(CHINESE_DIGITS.get(ch, ch) for ch in m.group()))
            for m in _NUMERAL_RUN.finditer(text) if any(ch in CHINESE_DIGITS for ch in m.group())]


# ---- numbers written with characters that look like digits ------------------------------------------------------

# Letters drawn like a digit, named by their Unicode character names (UnicodeData.txt, through ``unicodedata.lookup``)
# and grouped the way Unicode's own confusable data (UTS #39 ``confusables.txt``, "intentional" and "confusable"
# mappings to ASCII digits) and everyday "leet" writing pair them: l, I, | and the iotas for 1, O and the omicrons
# for 0, З/Ʒ/Ȝ (ze, ezh, yogh) for 3, Ч for 4, S/Ѕ/Ƽ for 5, б for 6, B/Ȣ for 8, q for 9. Their compatibility forms
# (full-width Ｓ, mathematical 𝐒, circled Ⓢ) are found through NFKC, and every number form whose Unicode numeric value
# is one digit but that NFKC spells with letters or punctuation (Roman numerals Ⅰ–Ⅸ ⅰ–ⅸ, ⑴, ⒈) through
# ``unicodedata.numeric`` — no list. They read as digits only inside a run that spells a number a registered name
# holds (``lookalike_digit_runs`` and ``detectors.impostor``): ordinary Latin words stay words.
DIGIT_LOOKALIKE_NAMES = {
    "0": ("LATIN CAPITAL LETTER O", "LATIN SMALL LETTER O", "GREEK CAPITAL LETTER OMICRON", "GREEK SMALL LETTER OMICRON",
          "CYRILLIC CAPITAL LETTER O", "CYRILLIC SMALL LETTER O", "LATIN LETTER SMALL CAPITAL O"),
    "1": ("LATIN SMALL LETTER L", "LATIN CAPITAL LETTER I", "LATIN SMALL LETTER DOTLESS I", "GREEK CAPITAL LETTER IOTA",
          "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", "CYRILLIC LETTER PALOCHKA", "CYRILLIC SMALL LETTER PALOCHKA",
          "VERTICAL LINE", "LATIN LETTER SMALL CAPITAL I"),
    "2": ("LATIN CAPITAL LETTER TONE TWO", "LATIN SMALL LETTER TONE TWO"),
    "3": ("CYRILLIC CAPITAL LETTER ZE", "CYRILLIC SMALL LETTER ZE", "LATIN CAPITAL LETTER EZH", "LATIN SMALL LETTER EZH",
          "LATIN CAPITAL LETTER YOGH", "LATIN SMALL LETTER YOGH", "CYRILLIC CAPITAL LETTER ABKHASIAN DZE",
          "CYRILLIC SMALL LETTER ABKHASIAN DZE"),
    "4": ("CYRILLIC CAPITAL LETTER CHE", "CYRILLIC SMALL LETTER CHE"),
    "5": ("LATIN CAPITAL LETTER S", "LATIN SMALL LETTER S", "CYRILLIC CAPITAL LETTER DZE", "CYRILLIC SMALL LETTER DZE",
          "LATIN CAPITAL LETTER TONE FIVE", "LATIN SMALL LETTER TONE FIVE"),
    "6": ("CYRILLIC SMALL LETTER BE",),
    "8": ("LATIN CAPITAL LETTER B", "LATIN CAPITAL LETTER OU", "LATIN SMALL LETTER OU"),
    "9": ("LATIN SMALL LETTER Q",),
}


@lru_cache(maxsize=1)
def lookalike_digits() -> dict[str, str]:
    """Character → the digit it is drawn like (``DIGIT_LOOKALIKE_NAMES`` and their NFKC compatibility forms) or
    whose one-digit numeric value NFKC does not spell as that digit (Ⅲ → 3, ⑷ → 4)."""
    base = {unicodedata.lookup(name): digit for digit, names in DIGIT_LOOKALIKE_NAMES.items() for name in names}
    out: dict[str, str] = {}
    for cp in range(0x20000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        folded = nfkc(ch)
        if folded in base:
            out[ch] = base[folded]
            continue
        value = unicodedata.numeric(ch, None)
        if (value is not None and value == int(value) and 0 <= value <= 9 and not folded.isdigit()
                and unicodedata.category(ch) in ("Nl", "No") and ch not in CHINESE_DIGITS
                and not unicodedata.name(ch, "").startswith(("CJK ", "IDEOGRAPHIC ", "PARENTHESIZED IDEOGRAPH",
                                                             "CIRCLED IDEOGRAPH"))):
            out[ch] = str(int(value))
    return out


def _digit_of(ch: str) -> str | None:
    """The digit ``ch`` is (an Arabic digit in any form, a Chinese numeral) or is drawn like; None otherwise."""
    folded = nfkc(ch)
    if len(folded) == 1 and folded.isdigit():
        if "0" <= folded <= "9":
            return folded
        # any script's decimal digit (Extended Arabic-Indic ۱۲۳, Devanagari १२३) is that digit; other numbers by table
        return str(unicodedata.digit(folded)) if unicodedata.category(folded) == "Nd" else numeral_digits().get(ord(folded))
    return CHINESE_DIGITS.get(ch) or lookalike_digits().get(ch)


def _is_filler(ch: str) -> bool:
    """Characters a person does not read as part of a number: invisible and format characters, spaces, blank
    symbols, letters drawn as separators and combining marks on the digits (1⃘2⃘3)."""
    return (is_invisible(ch) or ch.isspace() or unicodedata.category(ch) == "Cf" or ord(ch) in BLANK_SYMBOLS
            or is_separator_mark(ch))


def _latin_letter(ch: str) -> bool:
    folded = nfkc(ch)
    return len(folded) == 1 and folded.isascii() and folded.isalpha()


# The ideograph drawn as one vertical stroke (in Noto Sans CJK SC only 丨 and the numeral 〡 are; 一 is the horizontal
# one): beside digits it is a bar like the letters below.
VERTICAL_STROKE_IDEOGRAPHS = frozenset("丨")


@lru_cache(maxsize=1)
def bar_characters() -> frozenset[str]:
    """Characters drawn as one vertical bar: 丨, the separator letters whose glyph is a vertical stroke (ǀ, ˈ: the
    ``stroke-v`` rows of data/separator_letters.txt), the letters and numbers in their own right drawn so (Ӏ, Ι, 〡:
    ``bar`` rows) and every character ``lookalike_digits`` reads as 1 (l, I, |, ı, Ⅰ). Beside digits each is either
    the digit 1 (丨2345) or a separator between digits (1丨2丨3, 1l2l3): ``lookalike_digit_runs``."""
    ones = (ch for ch, digit in lookalike_digits().items() if digit == "1")
    return frozenset({*VERTICAL_STROKE_IDEOGRAPHS, *map(chr, VERTICAL_SEPARATOR_LETTERS), *map(chr, BAR_LETTERS), *ones})


@lru_cache(maxsize=1)
def _run_signs() -> frozenset[str]:
    return frozenset(lookalike_digits()) | bar_characters()


def lookalike_digit_runs(text: str, numbers: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each maximal run of ``text`` that reads as at least ``MIN_NUMERAL_RUN`` digits and
    holds at least one character drawn like a digit (``lookalike_digits``: 界首l2З4S, 广东ⅠⅡⅢⅣⅤ) or a vertical bar
    (``bar_characters``), with the digits it reads as. Invisible characters, spaces, separator letters and
    combining marks inside a run are skipped; a run is maximal, so a Latin word that merely starts or ends with such
    letters reads as one long number (and matches no registered one).

    A bar beside digits is the digit 1 (丨2345, ǀ2345) or a separator (1丨2丨3丨4丨5, 1Ӏ2Ӏ3Ӏ4Ӏ5): given ``numbers``
    (the numbers registered names hold), a run is read with its bars as 1 and, failing that, with its bars skipped,
    and only the runs that then spell one of ``numbers`` are returned; without, bars read as 1. A run needs one
    character that is no bar (丨丨丨 alone is no number)."""
    if _run_signs().isdisjoint(text):
        return []
    table = lookalike_digits()
    bars = bar_characters()
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in bars and _digit_of(text[i]) is None:
            i += 1
            continue
        start, as_one, as_gap, lookalike, end = i, [], [], False, i
        j = i
        while j < n:
            ch = text[j]
            if ch in bars:
                as_one.append("1")
                lookalike, end = True, j + 1
            elif (d := _digit_of(ch)) is not None:
                as_one.append(d)
                as_gap.append(d)
                lookalike = lookalike or ch in table
                end = j + 1
            elif not _is_filler(ch):
                break
            j += 1
        # a Latin letter right before or after the run makes it part of a word (hello12345, SOSabc): not a number
        in_word = (start > 0 and _latin_letter(text[start - 1])) or (end < n and _latin_letter(text[end]))
        if lookalike and as_gap and not in_word:
            readings = ("".join(as_one), "".join(as_gap))
            read = next((r for r in readings if len(r) >= MIN_NUMERAL_RUN and (numbers is None or r in numbers)), None)
            if read is not None:  # without ``numbers`` the first reading (bars as 1) is the longer, so it is read
                out.append((start, end, read))
        i = max(j, i + 1)
    return out
