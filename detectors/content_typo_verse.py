"""Set poems and famous lines misquoted by one character (名句错字): 淡妆浓沫总相宜 for 淡妆浓抹总相宜.

The inventory is complete by construction for what posts quote most: the classical poems and prose that the
compulsory-education Chinese curriculum standard lists for recitation (义务教育语文课程标准 附录1 古诗文背诵推荐篇目,
75 items for grades 1–6 and 61 for grades 7–9) and the poems of the unified textbooks (统编教材), in
``data/set_verses.txt`` (one item a line: title, author, text; prose items by their quoted sentences). The text is
cut at punctuation into lines; every line of ``LINE_MIN`` characters or more is a *set line*.

A span of a post is reported when it has a set line's length and differs from it in exactly one character, that
character a look-alike or a sound-alike of the right one (``slip_kind``: 形近 by ``charsim.confusion``, 音近 only by
the principal readings — 以 / 失 share a rare reading only; a one-letter pinyin slip makes too many chance matches), and the span is itself no set line (鱼戏莲叶东 / 鱼戏莲叶西 are both
right). Candidates come from one Aho-Corasick automaton over the two halves of every set line: one changed character
leaves one half intact, and each hit verifies one window.

Not reported: a span inside quotation marks that holds more than the line (a slogan or a shop's pun quoting a poem
with a change is not a misquotation of it) — a quoted line alone is checked —, and a span whose changed character is a
numeral.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

from detectors.charsim import confusion, principal_sound_similar

DATA = Path(__file__).resolve().parent / "data" / "set_verses.txt"
LINE_MIN = 5  # characters of a set line (a four-character line — 不亦乐乎, 死而后已 — reads as an idiom)
CLAUSE_BREAK = re.compile(r"[，。？！；：、,.?!;:\s]+")
NUMERALS = frozenset("0123456789一二三四五六七八九十百千万两零〇")


def slip_kind(right: str, written: str) -> str | None:
    """"形近" or "音近" when ``written`` is a look-alike of ``right`` or sounds like it by the principal readings
    (``charsim.principal_sound_similar``: 以 / 失 share only rare readings), else None."""
    how = confusion(right, written)
    if how == "形近" or (how == "音近" and principal_sound_similar(right, written)):
        return how
    return None


@lru_cache(maxsize=1)
def set_lines() -> frozenset[str]:
    """Every line of ``LINE_MIN`` characters or more of the set poems and prose (``data/set_verses.txt``)."""
    lines: set[str] = set()
    for raw in DATA.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) < 3:
            continue
        for line in CLAUSE_BREAK.split(parts[2]):
            if len(line) >= LINE_MIN:
                lines.add(line)
    return frozenset(lines)


@lru_cache(maxsize=1)
def _automaton():
    ac = ahocorasick.Automaton()
    anchors: dict[str, list[tuple[str, int]]] = {}
    for line in set_lines():
        h = len(line) // 2
        anchors.setdefault(line[:h], []).append((line, 0))
        anchors.setdefault(line[h:], []).append((line, h))
    for anchor, refs in anchors.items():
        ac.add_word(anchor, (len(anchor), tuple(refs)))
    ac.make_automaton()
    return ac


OPEN_QUOTES = "“「『\"‘"
CLOSE_QUOTES = "”」』\"’"


def _quoted_with_more(folded: str, start: int, end: int) -> bool:
    """The span lies inside quotation marks that hold more than the span and its line's punctuation."""
    before = max(folded.rfind(q, 0, start) for q in OPEN_QUOTES)
    if before < 0:
        return False
    closes = [j for j in (folded.find(q, end) for q in CLOSE_QUOTES) if j >= 0]
    if not closes:
        return False
    after = min(closes)
    if any(q in folded[before + 1:start] for q in CLOSE_QUOTES):
        return False  # the quotation closed before the span
    inside = folded[before + 1:start] + folded[end:after]
    return bool(CLAUSE_BREAK.sub("", inside)) and not CLAUSE_BREAK.fullmatch(inside or " ")


def verse_slips(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, set line, how) of each set line misquoted by one look-alike or sound-alike character."""
    if len(folded) < LINE_MIN:
        return []
    lines = set_lines()
    out: dict[int, tuple[int, int, str, str]] = {}
    for end, (length, refs) in _automaton().iter(folded):
        pos = end - length + 1
        for line, lo in refs:
            start = pos - lo
            stop = start + len(line)
            if start < 0 or stop > len(folded) or start in out:
                continue
            window = folded[start:stop]
            if window == line or window in lines:
                continue
            diff = [i for i in range(len(line)) if window[i] != line[i]]
            if len(diff) != 1:
                continue
            a, b = line[diff[0]], window[diff[0]]
            if a in NUMERALS or b in NUMERALS:
                continue
            how = slip_kind(a, b)
            if how is None or _quoted_with_more(folded, start, stop):
                continue
            out[start] = (start, stop, line, how)
    return sorted(out.values())


# ---- four-character idioms (成语) -------------------------------------------------------------------------------------
IDIOM_SIZE = 4
IDIOM_TAGS = ("i", "l")  # jieba: 成语 and 习用语 (set phrases: 一如既往 i, 不辞辛劳 l)
IDIOM_MIN_FREQ = 5  # jieba frequency of the idiom (3 is the placeholder of set phrases jieba tags i: 提前完成, 群众心理)
PAIR_WORD_MIN_FREQ = 100  # two words this common make the window a phrase of the text (奋勇 + 拼搏, 群众 + 心里)
EDGE_WORD_MIN_FREQ = 50  # a word this common across the window's edge (12月底 + 前完成, 以此为契 + 机)


@lru_cache(maxsize=1)
def _idioms() -> tuple[frozenset[str], dict[tuple[int, str], tuple[str, ...]]]:
    """jieba's four-character idioms (part of speech ``i``, ``IDIOM_MIN_FREQ`` or more) and the same by each form
    with one character masked: (position, the other three characters) → idioms."""
    from detectors import jieba_dict

    words = frozenset(w for w, f, tag in jieba_dict.entries()
                      if tag in IDIOM_TAGS and len(w) == IDIOM_SIZE and f >= IDIOM_MIN_FREQ)
    masked: dict[tuple[int, str], list[str]] = {}
    for w in words:
        for k in range(IDIOM_SIZE):
            masked.setdefault((k, w[:k] + w[k + 1:]), []).append(w)
    return words, {key: tuple(v) for key, v in masked.items()}


HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
QUOTED = re.compile(r"“[^“”\n]{0,30}”|「[^「」\n]{0,30}」|『[^『』\n]{0,30}』|《[^《》\n]{0,30}》|#[^#\n]{1,30}#")


def _text_words(folded: str, start: int, freq: dict[str, int]) -> bool:
    """The window reads as the text's own words: two common two-character words (奋勇拼搏), or a common word across
    its edge (月底 in 12月底前完成, 契机 in 以此为契机, 文化 in 文化与自然)."""
    w = folded[start:start + IDIOM_SIZE]
    if min(freq.get(w[:2], 0), freq.get(w[2:], 0)) >= PAIR_WORD_MIN_FREQ:
        return True
    end = start + IDIOM_SIZE
    for j in (1, 2):
        for i in (1, 2, 3):
            if j + i >= 2 and start - j >= 0 and freq.get(folded[start - j:start] + w[:i], 0) >= EDGE_WORD_MIN_FREQ:
                return True
            if j + i >= 2 and end + j <= len(folded) and freq.get(w[-i:] + folded[end:end + j], 0) >= EDGE_WORD_MIN_FREQ:
                return True
    return False


def idiom_slips(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, idiom, how) of each four-character window one look-alike or sound-alike character off a jieba
    idiom (精亦求精 → 精益求精, 再接再励 → 再接再厉) and no dictionary word itself (留连忘返 is an accepted form);
    not inside quotation marks, book-title marks or a hashtag (a pun on an idiom is quoted: “骑”乐无穷), and not
    where the changed character is a numeral."""
    from detectors.content_typo_split import _freq

    idioms, masked = _idioms()
    freq = _freq()
    shielded = [m.span() for m in QUOTED.finditer(folded)]
    out: list[tuple[int, int, str, str]] = []
    taken = -1
    for run in HAN_RUN.finditer(folded):
        for start in range(run.start(), run.end() - IDIOM_SIZE + 1):
            if start < taken:
                continue
            window = folded[start:start + IDIOM_SIZE]
            if window in idioms or freq.get(window) or _text_words(folded, start, freq):
                continue
            for k in range(IDIOM_SIZE):
                hits = masked.get((k, window[:k] + window[k + 1:]))
                if not hits:
                    continue
                b = window[k]
                found = [(w, slip_kind(w[k], b)) for w in hits
                         if b not in NUMERALS and w[k] not in NUMERALS and slip_kind(w[k], b)]
                if len(found) == 1 and not any(a <= start and start + IDIOM_SIZE <= z for a, z in shielded):
                    out.append((start, start + IDIOM_SIZE, found[0][0], found[0][1]))
                    taken = start + IDIOM_SIZE
                    break
            else:
                continue
    return out
