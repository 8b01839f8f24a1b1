"""A place name's last character doubled before a place word (重复字): 宁波舟山山港 for 宁波舟山港, 温州州站 for 温州站.

No list of slips is kept: a pair of the same Chinese character (AA) is reported where a place name ends in the first
A — a division of the gazetteer, full or short (``content_typo.division_forms``: 舟山, 温州) — and the second A stands
before a one-character place word (``PLACE_WORDS``: 港, 站, 路, 市 …) with which it makes no dictionary word, while
jieba's dictionary (``jieba.dt.FREQ``, words of ``WORD_MIN_FREQ`` or more) gives the text no reading that needs both
characters: the pair is no word (天天, 常常), no dictionary word around it holds both (山山水水), and the second A
makes no word with what follows (舟山山区 is 舟山 + 山区, 上海海关 is 上海 + 海关, 黄山山顶 is 黄山 + 山顶) and begins no
division's name with it (固原原州 is 固原 + 原州, its district: a prefecture and its county side by side).
A doubled character elsewhere is the lexicon's to judge (``content_typo``: 社会主义义, 总书记记): a compound the
dictionary lacks after a word ending in the same character is common (微山湖湖蟹, 学校校历, 食品安全全链条).
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors import jieba_dict
from detectors.content_typo_lm import NUMERALS
from detectors.content_typo_split import _freq

REACH = 3  # characters on each side of the pair searched for a word holding both
NAME_REACH = 8  # characters of a division's name the second character of the pair may begin (原州 of 原州区)
WORD_MIN_FREQ = 20  # jieba frequency of a word the text may be read with (山港 7, 山山 6 are rare names or fragments)
PLACE_WORDS = "港站路街道巷桥湾岛镇村乡县市区省州城关湖江河寺塔楼馆园场"
PLACE_WORD = re.compile("[" + PLACE_WORDS + "]")


def _word_holds_pair(folded: str, i: int, freq: dict[str, int]) -> bool:
    """Whether a dictionary word of the text (``REACH`` characters on each side) holds both characters of the pair
    at ``i`` (山山水水)."""
    n = len(folded)
    return any(freq.get(folded[lo:hi], 0) >= WORD_MIN_FREQ for lo in range(max(0, i - REACH), i + 1)
               for hi in range(i + 2, min(n, i + 2 + REACH) + 1) if hi - lo > 2)


def _second_starts_word(folded: str, i: int, freq: dict[str, int]) -> bool:
    """Whether the second character of the pair at ``i`` starts a dictionary word with what follows (黄山山顶 is
    黄山 + 山顶)."""
    return any(freq.get(folded[i + 1:hi], 0) >= WORD_MIN_FREQ for hi in range(i + 3, min(len(folded), i + 2 + REACH) + 1))


def _place_names() -> frozenset[str]:
    from detectors.content_typo import division_forms

    return division_forms()


def double_slips(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, corrected) of each place name's doubled last character; the span is the name, the pair and the
    place word (舟山山港 → 舟山港)."""
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    for m in PLACE_WORD.finditer(folded, 3):
        i = m.start() - 2  # the first character of the pair before the place word
        a = folded[i]
        if a != folded[i + 1] or a in NUMERALS or not ("\u4e00" <= a <= "\u9fff"):
            continue
        freq = _freq()
        if freq.get(a + a, 0) >= WORD_MIN_FREQ or freq.get(a + folded[i + 2], 0) >= WORD_MIN_FREQ:
            continue
        if _word_holds_pair(folded, i, freq):
            continue  # a word of the text holds both characters (山山水水)
        if _second_starts_word(folded, i, freq):
            continue  # the second A starts a word with what follows (黄山山顶 is 黄山 + 山顶)
        divisions = _place_names()
        if any(folded[i + 1:hi] in divisions for hi in range(i + 3, min(n, i + 1 + NAME_REACH) + 1)):
            continue  # the second A begins a division's name (固原原州 is 固原 + 原州)
        left = next((folded[lo:i + 1] for lo in range(max(0, i - REACH), i) if folded[lo:i + 1] in divisions), None)
        if left is None:
            continue
        start = i + 1 - len(left)
        out.append((start, i + 3, left + folded[i + 2]))
    return out


# ---- a long division name's last character doubled anywhere (乌鲁木齐齐 for 乌鲁木齐) --------------------------------
NAME_MIN = 3  # characters of a division's name whose doubled last character is read anywhere (two: 长沙沙滩 is a word)
NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of a pair listed as a piece of a name (齐齐 nr: 齐齐哈尔)


def _pair_is_word(pair: str, freq: dict[str, int]) -> bool:
    """The doubled pair is a dictionary word of the text's own (天天, 常常), not a piece of a name that jieba lists
    for the name's sake (齐齐 nr, of 齐齐哈尔)."""
    return freq.get(pair, 0) >= WORD_MIN_FREQ and _pair_tags().get(pair, "") not in NAME_TAGS


@lru_cache(maxsize=1)
def _pair_tags() -> dict[str, str]:
    """jieba's tag of each two-character entry whose characters are one character twice (天天 d, 齐齐 nr)."""
    return {w: tag for w, _count, tag in jieba_dict.entries() if len(w) == 2 and w[0] == w[1]}


def name_double_slips(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, corrected) of each division's name of ``NAME_MIN`` characters or more (full or short, the
    gazetteer's ``content_typo.division_forms``: 乌鲁木齐, 呼和浩特) written with its last character twice, whatever
    follows (乌鲁木齐齐冬季供暖): the pair is no word of the text's own (``_pair_is_word``: 齐齐 is listed only for
    齐齐哈尔), no word of the text holds both characters, the second starts no word with what follows (连云港港口 is
    连云港 + 港口) and begins no division's name (乌鲁木齐齐齐哈尔 names two cities). The span is the name and the
    doubled character."""
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    freq: dict[str, int] | None = None
    divisions: frozenset[str] | None = None
    for m in DOUBLED.finditer(folded):
        i = m.start()
        a = folded[i]
        if a in NUMERALS or i < NAME_MIN - 1 or (out and i < out[-1][1]):
            continue
        divisions = divisions or _place_names()
        left = next((folded[lo:i + 1] for lo in range(max(0, i - NAME_REACH + 1), i - NAME_MIN + 2)
                     if folded[lo:i + 1] in divisions), None)
        if left is None:
            continue
        freq = freq or _freq()
        if _pair_is_word(a + a, freq) or _word_holds_pair(folded, i, freq) or _second_starts_word(folded, i, freq):
            continue
        if any(folded[i + 1:hi] in divisions for hi in range(i + 3, min(n, i + 1 + NAME_REACH) + 1)):
            continue
        out.append((i + 1 - len(left), i + 2, left))
    return out


# ---- a character doubled inside a dictionary word (委员员会 for 委员会) ---------------------------------------------
INNER_WORD_MIN_FREQ = 100  # jieba frequency of the word the pair splits (委员会 24831): a common word, not a fragment
INNER_WORD_SIZES = (3, 4, 5)
DOUBLED = re.compile(r"([\u4e00-\u9fff])(?=\1)")  # a Chinese character written twice in a row (its first place)


def inner_double_slips(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, corrected) of each character doubled inside a common dictionary word of three to five characters
    (中国共产党某省委员员会 → 委员会): the pair is no word (天天), the second character starts no word with what
    follows (常委委员 is 常委 + 委员, 人民民主 is 人民 + 民主), no word of the text holds both (山山水水), and the
    text with one of the two left out holds the word across the pair. The span is that word as written."""
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    freq: dict[str, int] | None = None
    for m in DOUBLED.finditer(folded):
        i = m.start()
        a = folded[i]
        if a in NUMERALS or i == 0 or i + 2 >= n or (out and i < out[-1][1]):
            continue
        freq = freq or _freq()
        if (freq.get(a + a, 0) >= WORD_MIN_FREQ or _second_starts_word(folded, i, freq)
                or _word_holds_pair(folded, i, freq)):
            continue
        found = None
        for size in INNER_WORD_SIZES:  # the word with one of the pair: its start before i, its end after i + 1
            for lo in range(max(0, i - size + 2), i):
                hi = lo + size + 1  # in the text, the word's characters and the doubled one
                if hi > n or hi < i + 3:
                    continue
                word = folded[lo:i + 1] + folded[i + 2:hi]
                if freq.get(word, 0) >= INNER_WORD_MIN_FREQ:
                    found = (lo, hi, word)
                    break
            if found:
                break
        if found:
            out.append(found)
    return out


# ---- a character doubled after the word it ends, judged by the input method's model (全面面推进 for 全面推进) -----
CLOSING_WORD_MIN_FREQ = 50  # jieba frequency of the word the first character of the pair ends (全面 9321)
JUDGED_WORD_SIZES = (2, 3, 4)  # characters of that word and of the word after the pair


def judged_double_slips(folded: str, gain) -> list[tuple[int, int, str]]:
    """(start, end, corrected) of each character written twice right after the dictionary word it ends (全面 + 面 +
    推进), where the pair is no word (天天, 常常), no word of the text holds both characters (方方面面, 山山水水), the
    second character starts no word with what follows (学校校历 is 学校 + 校历, 一件件 is a measure word repeated
    …), and the input method's model (``gain(folded, start, end, without)``: whether the text gains, as ``content_typo_ime``
    measures, with the second character left out of ``folded[start:end]``) gains its margin from leaving one out.
    Over every post of dev … dev28 and the real-prose lines (``scripts/data/gov_prose_negatives.txt``) 19 pairs are
    read so: those not labelled gain at most 9.4 nats (安全全链条, 小雪雪满天, 一件件), four labelled ones 15.4 to 23
    (two more, 10.3 and 11.0, are the lexicon's): the model's own margin (13 nats) lies between. The span is the word,
    the pair and the word after it (全面面推进 → 全面推进)."""
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    freq: dict[str, int] | None = None
    for m in DOUBLED.finditer(folded):
        i = m.start()
        a = folded[i]
        if a in NUMERALS or i == 0 or i + 2 >= n or (out and i < out[-1][1]):
            continue
        freq = freq or _freq()
        if freq.get(a + a, 0) >= WORD_MIN_FREQ:
            continue
        before = next((lo for lo in range(max(0, i - JUDGED_WORD_SIZES[-1] + 1), i)
                       if freq.get(folded[lo:i + 1], 0) >= CLOSING_WORD_MIN_FREQ), None)
        if before is None:
            continue
        if _second_starts_word(folded, i, freq) or _word_holds_pair(folded, i, freq):
            continue
        after = next((hi for hi in range(min(n, i + 2 + JUDGED_WORD_SIZES[-1]), i + 3, -1)
                      if freq.get(folded[i + 2:hi], 0) >= CLOSING_WORD_MIN_FREQ), None)
        if after is None:
            continue
        if gain(folded, before, after, folded[before:i + 1] + folded[i + 2:after]):
            out.append((before, after, folded[before:i + 1] + folded[i + 2:after]))
    return out


# ---- a character doubled after the word it ends, before a number (和平解放放75周年 for 和平解放75周年) ------------------
NUMBER_AFTER = re.compile(r"[0-9０-９二三四五六七八九十两]")  # a count or an ordinal starts (一 is a word of its own too)


def numeral_double_slips(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, corrected) of each character written twice right after the dictionary word it ends
    (``CLOSING_WORD_MIN_FREQ``: 解放, 共计) and right before a number (和平解放放75周年, 共计计1200人): the pair is no
    word (天天, 年年, 看看), no word of the text holds both characters and the second starts none, and nothing but the
    number follows, which no word of the text can begin with the doubled character. The span is the word and the pair
    (解放放 → 解放)."""
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    freq: dict[str, int] | None = None
    for m in DOUBLED.finditer(folded):
        i = m.start()
        a = folded[i]
        if a in NUMERALS or i == 0 or i + 2 >= n or not NUMBER_AFTER.match(folded, i + 2) or (out and i < out[-1][1]):
            continue
        freq = freq or _freq()
        if freq.get(a + a, 0) >= WORD_MIN_FREQ or _word_holds_pair(folded, i, freq) \
                or _second_starts_word(folded, i, freq):
            continue
        before = next((lo for lo in range(max(0, i - JUDGED_WORD_SIZES[-1] + 1), i)
                       if freq.get(folded[lo:i + 1], 0) >= CLOSING_WORD_MIN_FREQ), None)
        if before is not None:
            out.append((before, i + 2, folded[before:i + 1]))
    return out
