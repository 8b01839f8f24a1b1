"""Syllable-boundary slips of pinyin input (切分错误): the letters typed for a word, cut into other syllables by the input
method, give other characters — 实施方案 typed ``fangan`` and read as fan + gan (实施反感), 人事档案 as dan + gan
(人事单干), 应急预案 as yuan (应急员: yu'an without the separator).

No list of slips is kept: the generator is jieba's dictionary read through pypinyin. Every dictionary word of two or
three characters (``WORD_MIN_FREQ`` or more; no person's name) whose toneless letters cut another way at one place
(``_cut_twice``: a syllable splits in two — xian / xi'an —, two merge — yu'an / yuan —, or their boundary moves —
fang'an / fan'gan) is filed under its letters (``_dictionary``). At run time each window of one or two Chinese
characters of a post is read by its characters' principal readings
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
* **the input method's language model prefers it** (a ``judge``, ``content_typo_ime.ImeModel.vouches_split``, when
  the model is loaded): most document names and terms are compounds no dictionary holds (保障方案, 工作方案, 招生名额),
  so the word trigram that decodes pinyin input judges the corrected reading against the written one in context.
  Only where the written characters of the changed syllables are themselves a word of the model's vocabulary (反感,
  民歌, 西安) — what an input method outputs; a pair no vocabulary holds (a name, a brand, an abbreviation: 伊楠,
  淡干) is no slip of it, and one character (员 for 预案) often ends a word the model lacks (应急员).

Never reported: windows with numerals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from detectors import jieba_dict
from detectors.charsim import is_cjk, principal_reading
from detectors.content_typo_lm import NUMERALS

WORD_MIN_FREQ = 50  # jieba frequency of a corrected word (预案 320, 方案 7097)
WORD_MAX = 3  # characters of a corrected word: a written window of two characters reads as three syllables at most
WINDOW_MAX = 2  # characters of a written window (the context checks add the neighbours: 应急 + 员)
CONTEXT_MIN = 4  # characters of the corrected word and its written neighbours that must stand elsewhere in the post
CONTEXT_REACH = 3  # written neighbours taken on either side
LONG_MIN = 4  # characters of a dictionary word the corrected word completes with its neighbours
VOWELS = frozenset("aeiouv")


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable that a character of pypinyin's table is read as and that a typist types as
    letters (``names._syllables``, ü typed v; interjections without a vowel — m, n, ng, hm — left out)."""
    from detectors.names import _syllables

    return frozenset(s for s in _syllables() if VOWELS & set(s))


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


class Views(NamedTuple):
    """What the list-free typo layers read of jieba's dictionary (``_dictionary``)."""

    index: dict[str, list[tuple[str, tuple[str, ...]]]]  # letters → (word, its syllables), words that cut another way
    idioms: frozenset[str]  # four-character idioms and set phrases (i, l) of IDIOM_MIN_FREQ or more (content_typo_verse)
    unit_heads: frozenset[str]  # two-character words ending in 队 of HEAD_MIN_FREQ or more (content_typo_heads)


IDIOM_TAGS = "il"  # jieba: 成语 and 习用语 (set phrases: 一如既往 i, 不辞辛劳 l)
IDIOM_MIN_FREQ = 5  # jieba frequency of an idiom (3 is the placeholder of set phrases jieba tags i: 提前完成, 群众心理)
IDIOM_LINE = re.compile(r"^([\u4e00-\u9fff]{4}) (\d+) [" + IDIOM_TAGS + r"]$", re.M)
HEAD_MIN_FREQ = 100  # jieba frequency of a unit's head noun (纵队 391)


@lru_cache(maxsize=1)
def _dictionary() -> Views:
    """What the list-free typo layers read of jieba's dictionary, from what the content screening holds already:
    the words of ``content_typo_lm``'s vocabulary (two to four characters, frequency 50 or more, no person's name) for
    the index — every one of two to ``WORD_MAX`` characters whose letters cut another way — and the unit heads; one
    regular expression over ``dict.txt`` for the idioms (the only part of speech read)."""
    from detectors.content_typo_lm import _vocabulary

    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    heads = set()
    for word, f in _vocabulary()[0].items():
        if len(word) == 2 and word[1] == "队" and f >= HEAD_MIN_FREQ:
            heads.add(word)
        if not (2 <= len(word) <= WORD_MAX) or f < WORD_MIN_FREQ:
            continue
        syl = reading(word)
        if syl is None or not _cut_twice(syl):
            continue
        index.setdefault("".join(syl), []).append((word, syl))
    text = jieba_dict.dict_path().read_text(encoding="utf-8")
    idioms = frozenset(w for w, f in IDIOM_LINE.findall(text) if int(f) >= IDIOM_MIN_FREQ)
    return Views(index, idioms, frozenset(heads))


def idioms() -> frozenset[str]:
    """jieba's four-character idioms and set phrases (``IDIOM_TAGS``, ``IDIOM_MIN_FREQ`` or more)."""
    return _dictionary().idioms


def unit_heads() -> frozenset[str]:
    """jieba's two-character words ending in 队 (``HEAD_MIN_FREQ`` or more: 纵队, 支队 …)."""
    return _dictionary().unit_heads


def _freq() -> dict[str, int]:
    """jieba's word frequencies (``jieba.dt.FREQ``, the tokenizer ``content_typo_lm`` and the content model share;
    the prefixes it also holds have frequency 0)."""
    from detectors.content_typo_lm import _tokenizer

    return _tokenizer().FREQ


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
    """The written characters beside the window and the corrected word make a dictionary word of ``LONG_MIN``
    characters or more (jieba's frequencies), the written window and the same characters none, and the window makes
    no word with its neighbour on the other side."""
    freq = _freq()
    window = folded[i:i + k]
    for a in range(max(1, LONG_MIN - len(word)), CONTEXT_REACH + 1):
        left = folded[max(0, i - a):i]
        if (len(left) == a and freq.get(left + word) and not freq.get(left + window) and _cjk_run(folded, i - a, i)
                and not _word_beside(folded, i, k, right=True)):
            return True
        right = folded[i + k:i + k + a]
        if (len(right) == a and freq.get(word + right) and not freq.get(window + right)
                and _cjk_run(folded, i + k, i + k + a) and not _word_beside(folded, i, k, right=False)):
            return True
    return False


TOKEN = 7  # every character read as one token of this width: "|" and its letters padded with "_" (zhuang is six)
BLANK = "#" * TOKEN  # a numeral, a character without a reading, anything not Chinese: no window crosses it


class _Tokens(dict):
    """``str.translate`` table: each character to its token (``TOKEN`` wide), filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        letters = "" if ch in NUMERALS or not is_cjk(ch) else principal_reading(ch).replace("ü", "v")
        token = "|" + letters.ljust(TOKEN - 1, "_") if letters and len(letters) < TOKEN else BLANK
        self[code] = token
        return token


_TOKENS = _Tokens()


def _token_of(cut: tuple[str, ...]) -> str:
    return "".join("|" + s.ljust(TOKEN - 1, "_") for s in cut)


def changed_part(window: str, cut: tuple[str, ...], syl_word: tuple[str, ...]) -> str:
    """The written characters of ``window`` (read ``cut``, one character a syllable) whose syllables the corrected
    word (read ``syl_word``) cuts another way: the window without the syllables both readings share at either end
    (西安锋 read xi, an, feng for 先锋 xian, feng → 西安; 反感 for 方案 → 反感)."""
    p = 0
    while p < min(len(cut), len(syl_word)) - 1 and cut[p] == syl_word[p]:
        p += 1
    q = 0
    while q < min(len(cut), len(syl_word)) - 1 - p and cut[-1 - q] == syl_word[-1 - q]:
        q += 1
    return window[p:len(window) - q]


@lru_cache(maxsize=1)
def _windows():
    """An Aho-Corasick automaton over the written windows of one or two characters that the index's letters cut
    into (fangan → |fan|gan, |fang|an; yuan → |yuan): token string → (characters, the window's reading,
    the index's words of those letters)."""
    import ahocorasick

    ac = ahocorasick.Automaton()
    for letters, entries in _dictionary().index.items():
        for parts in (1, 2):
            for cut in _cuts(letters, parts):
                other = tuple(e for e in entries if e[1] != cut)  # a word read with this very cut is written right
                if other:
                    ac.add_word(_token_of(cut), (parts, cut, other))
    ac.make_automaton()
    return ac


Judge = Callable[[str, int, int, str, str], bool]


def boundary_slips(folded: str, judge: Judge | None = None) -> list[tuple[int, int, str]]:
    """(start, end, corrected word) of each syllable-boundary slip in ``folded`` (see the module's docstring): the
    post read as tokens of letters (``_Tokens``) and the windows of one and two characters found in it by one
    automaton (``_windows``). ``judge(folded, start, end, corrected word, written characters of the changed
    syllables)``: the language model's word on a candidate the text does not vouch for (None: the text alone)."""
    ac = _windows()
    hits = sorted(((end + 1) // TOKEN - k, k, cut, entries)
                  for end, (k, cut, entries) in ac.iter(folded.translate(_TOKENS)))
    out: list[tuple[int, int, str]] = []
    after = 0  # a window starts after the last one reported
    for i, k, cut, entries in hits:
        if i < after:
            continue
        found = _checked(folded, i, k, entries, cut, judge)
        if found:
            out.append(found)
            after = found[1]
    return out


def _checked(folded: str, i: int, k: int, entries: list[tuple[str, tuple[str, ...]]],
             syl: tuple[str, ...], judge: Judge | None = None) -> tuple[int, int, str] | None:
    """The first candidate for the window ``folded[i:i + k]`` (read ``syl``) that the text vouches for, else the
    first that ``judge`` does."""
    window = folded[i:i + k]
    freq = _freq()
    for word, syl_word in entries:
        if syl_word == syl or word == window:
            continue
        if word in folded:
            meant = len(syl_word) > k or (len(syl_word) == k and freq.get(word, 0) > freq.get(window, 0))
            if meant and _in_post(folded, i, k, word):
                return (i, i + k, word)
        if _completes_word(folded, i, k, word):
            return (i, i + k, word)
    if judge is None:
        return None
    for word, syl_word in entries:
        if syl_word == syl or word == window:
            continue
        # the meant word is the commoner one or has more syllables (letters typed without the separator)
        if (len(syl_word) > k or freq.get(word, 0) > freq.get(window, 0)) and judge(
                folded, i, i + k, word, changed_part(window, syl, syl_word)):
            return (i, i + k, word)
    return None


# --- the correct forms' own syllable-boundary slips -------------------------------------------------------------------
#
# The dictionary index above files words of two or three characters, and a slip of it is reported only where the text
# vouches for the corrected word. A formal term of the lexicon (应急预案, 争先创优, 先行示范区) is itself the voucher: every
# term generates the windows its letters cut another way into — one syllable split in two (先 xian → 西安 xi'an:
# 争西安创优), two merged into one (预案 yu'an → yuan: 应急元, 应急院) or their boundary moved (方案 fang'an → 反感
# fan'gan) — with the rest of the term written as it stands. The post is read as tokens of letters (``_Tokens``), one
# automaton finds every term's variants in it, and the characters kept are compared as written.

TERM_MIN = 4  # characters of a correct form whose syllable-boundary variants are generated (应急预案)
TERM_KEEP_MIN = 2  # characters of the correct form that must stand as written around the changed syllables
# A character ending a person's noun: two syllables merged into one of these at a form's end make an agent noun of the
# characters kept (应急员, 安全员: an emergency worker, no 应急预案 slip)
AGENT_CHARS = frozenset("员人者家师手工长生")


def _term_reading(term: str) -> tuple[str, ...] | None:
    """The toneless reading of each character of ``term`` as pypinyin reads the phrase (行 is xing in 先行, hang in
    银行), ü typed v; None where a character has none."""
    from pypinyin import Style, lazy_pinyin

    syl = tuple(s.replace("ü", "v") for s in lazy_pinyin(term, style=Style.NORMAL))
    return syl if len(syl) == len(term) and all(s.isascii() and s.isalpha() for s in syl) else None


class TermCuts:
    """The syllable-boundary slips of a lexicon's correct forms (see above): ``slips(folded)`` gives (start, end,
    correct form) of each span of ``folded`` that is a correct form of ``TERM_MIN`` characters or more with the letters
    of one or two adjacent syllables cut another way and written with other characters, the rest of the form as it
    stands (``TERM_KEEP_MIN`` characters or more). Not reported: a window of two characters that is no dictionary word
    (an input method outputs the word of two syllables typed together: 西安, 反感) unless the input method's language
    model, where loaded, prefers the form's own characters there (``ImeModel.vouches_cut``), a changed window at the form's
    edge that makes a dictionary word with the text beyond (医院管理 is no 预案管理 slip: 医院 is the text's word), and
    one character of a person's noun (``AGENT_CHARS``) for the form's last two syllables (应急员 is a worker)."""

    def __init__(self, terms, min_len: int = TERM_MIN, keep_min: int = TERM_KEEP_MIN, parts_allowed=(1, 2)):
        """``min_len``, ``keep_min``: the shortest form read and the fewest characters kept as written;
        ``parts_allowed``: the numbers of written characters a changed window may have (1: two syllables merged)."""
        import ahocorasick

        table: dict[str, list[tuple[str, int, int, int]]] = {}
        for term in sorted(set(terms)):
            if len(term) < min_len or not all(is_cjk(c) for c in term):
                continue
            syl = _term_reading(term)
            if syl is None:
                continue
            for j in range(len(term)):
                for k in (1, 2):
                    if j + k > len(term) or len(term) - k < keep_min or NUMERALS & set(term[j:j + k]):
                        continue  # (a numeral kept reads as a blank token and is compared as written: 一国两制)
                    here = syl[j:j + k]
                    for parts in parts_allowed:
                        for cut in _cuts("".join(here), parts):
                            if cut == here:
                                continue
                            key = term[:j].translate(_TOKENS) + _token_of(cut) + term[j + k:].translate(_TOKENS)
                            table.setdefault(key, []).append((term, j, k, parts))
        self._ac = ahocorasick.Automaton()
        for key, refs in table.items():
            self._ac.add_word(key, (len(key) // TOKEN, tuple(refs)))
        self.empty = not table
        if not self.empty:
            self._ac.make_automaton()

    def slips(self, folded: str, judge: Judge | None = None) -> list[tuple[int, int, str, tuple[int, int]]]:
        """(start, end, correct form, (start, end) of the written characters of the changed syllables).
        ``judge(folded, start, end, correct characters, written characters)``: the language model's word on a two-
        character window that is no dictionary word (品干 for 平安 in 品干建设: the input method gave two single
        characters for the letters cut another way), which is otherwise not reported."""
        if self.empty:
            return []
        freq = _freq()
        out: list[tuple[int, int, str, tuple[int, int]]] = []
        for end, (n, refs) in self._ac.iter(folded.translate(_TOKENS)):
            i = (end + 1) // TOKEN - n
            for term, j, k, parts in refs:
                w = folded[i + j:i + j + parts]
                if (folded[i:i + j] != term[:j] or folded[i + j + parts:i + n] != term[j + k:]
                        or w == term[j:j + k] or not _cjk_run(folded, i + j, i + j + parts)):
                    continue
                if parts == 2 and not freq.get(w) and not (
                        judge is not None and judge(folded, i + j, i + j + parts, term[j:j + k], w)):
                    continue
                if parts == 1 and j + k == len(term) and w in AGENT_CHARS:
                    continue
                if j == 0 and _word_beside(folded, i, parts, right=False):
                    continue
                if j + k == len(term) and _word_beside(folded, i + j, parts, right=True):
                    continue
                if not any(a < i + n and i < b for a, b, *_ in out):
                    out.append((i, i + n, term, (i + j, i + j + parts)))
                break
        return sorted(out)
