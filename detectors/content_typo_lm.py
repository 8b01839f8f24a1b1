"""Misspellings outside the lexicons, found by word probability: one character that, replaced by a sound-alike or a
look-alike, turns an improbable reading of the text into a clearly more probable one (归国华桥联合会 → 华侨, 海上丝稠之路
→ 丝绸, 科技特拍员 → 特派员, 海关总暑 → 总署).

The model is jieba's own: its dictionary's word frequencies (``jieba.dt.FREQ``, a unigram model of 349k words) and its
best-route computation (``get_DAG`` + ``calc``: the segmentation of highest log-probability). For a short window around
a character (``WINDOW`` characters on each side of the span, inside one run of Chinese characters) the best reading is
computed as written and with the character replaced; the replacement is reported when

* the written character is stranded: it makes no dictionary word, nor the start of one, with either neighbour (华桥,
  桥联: nonsense pairs) — a character inside a word of the text is never the slip;
* the replacement makes a dictionary word of two to four characters (``CORRECT_MIN_FREQ`` or more; not a person's name,
  jieba's ``nr*``: 王祥西 is no 王祥喜 misspelt) with the text beside it where the written span is no word at all (absent
  from the dictionary or of frequency 0);
* the two characters are confusable (``alike``): look-alikes of the shape tables and glyphs (``charsim.shape_similar``),
  or sound-alikes by their principal readings (``charsim.principal_sound_similar``, fuzzy pairs of pinyin input
  included); not by a rare reading, a part left out (渍 / 水, 驾 / 加) or a one-letter pinyin slip, which make too many
  real words;
* the best reading with the replacement is more probable by ``MARGIN`` nats or more (a noisy channel in which a slip
  costs that much) — ``CONTEXT_MARGIN`` where the corrected word and two or more written characters beside it make a
  longer dictionary word (充分就叶: 充分就业; 预防为住: 预防为主), the bigram context a unigram model does not score
  (dev … dev16: every span this adds is a real slip), holds the corrected word inside one token, and leaves no stray
  character beside it (a neighbour of one character is a function character or a common one-character word such as
  市, 省);
* as written, no word of the best reading crosses the span's edge (处理账务 is 处理 + 账务, not 理账 misspelt), and the
  run holds at least ``CONTEXT_MIN`` characters beside the span (a byline name, 编辑：黎敏, stands alone);
* the run reads as prose: no more than ``STRANDED_MAX`` + ``STRANDED_SHARE`` of its length of stranded characters (a
  slip strands its own character and a partner; a run of names, a list, slang, dialect or random text strands many,
  and there jieba's probabilities decide nothing).

Never reported: a written character rare as a word of its own (below ``WRITTEN_CHAR_MIN_FREQ``: 蚝, 鑫, 汕, 莞 — the
characters of names, places, brands and dialect), a numeral or a function character, anything inside quotation marks
or a hashtag (shop names, slogans, quoted slang: “蚝情万丈”, #湛澳合作#), a span overlapping a division name of the
gazetteer written right (full or short: 汕头, 长汀 — ``content_typo.division_forms``), and (in ``TypoFinder``) a span
overlapping a correct form of the lexicons.

What it cannot see: a slip that makes another word (闽宁写作 for 协作, 三名医改 for 三明), a slip in a word jieba's
dictionary lacks or holds with too low a frequency (长汀 29, 一网通办), and a slip whose correction gains less than the
margin because the written character is common on its own (历史文化明城: 6.9 nats). Real words jieba lacks (视情, 专享,
含绒量, 学思践悟, 微博) gain up to 12.6 nats on dev … dev15 (``bench/typo_probability.py``), hence the margin.

A second, independent word-frequency source (``wordfreq``'s large Chinese table: 335k words counted in Wikipedia,
subtitles, news, books and web text; read as its word table, ``get_frequency_dict``, never through its own jieba split
of unknown strings) enters the model as a copy of jieba's frequencies (``_model``; the shared tokenizer is left as it
is): its words of 2..4 Chinese characters with Zipf ``SECOND_ZIPF`` or more (its low end holds web-text slips: 管里,
华桥, 办工), on jieba's scale (``SCALE``: the median log ratio over the words both hold), are added where jieba lacks
them and raise jieba's frequency where that is too low for a correction (``SECOND_MODE`` "low": 治党 3 → 87, 溧阳 29 →
65; jieba's common words keep theirs, so 办工室 is still read as 办公室 misspelt); they are candidate corrections too
(``_candidates``: 港珠澳; a person's name of jieba's, nr*, still never). Measured on dev … dev31 (the layer alone,
``bench/typo_probability.py``, margin 13): typo posts found 126 → 142 (right 122 → 140), clean and other-class posts
flagged 0 → 0 (raising every lower frequency, "max": 147, 0, but the best span of a slip moves to shorter words);
``bench/typo_coverage.py --base none`` (slips of terms no lexicon holds): 3,799 → 3,810 found, false alarms 0 → 0;
the screener's typo figures on dev … dev31 unchanged (every post the layer adds there the lexicons find already). It
does not let the margin come down: the false alarms that reach 10 nats or more are strings neither source knows (增驾,
兴疆, 贡柿, 遗唱), and a written span the table knows is no sign of a real word (its low end holds the slips
themselves), so neither a veto by the table nor agreement of the two unigram sources separates them (at margin 11: 9
false hits with jieba alone, 9 with the table; at 10: 18 and 17).

Candidates come from an index, not from trying every character against every word: each dictionary word of two to four
characters (``CORRECT_MIN_FREQ`` or more) is filed under each form with one character masked and that character's
principal sound ("长\\x00\\x00tin" → 长汀, 长亭); a stranded character looks up the spans around it (at most nine
look-ups) and tries its few look-alikes (``charsim.shape_alikes``) in place. A replacement found is first bounded from
look-ups alone (``_upper_bound``: the corrected word against the written characters read one by one); only one that
may reach the margin is scored, with one segmentation of the written window per span (``_Window``: best scores to and
from each position) and a second only for a replacement whose covering word reaches the margin. Measured as CPU time of
the whole content screening with the layer on and off (best of four rounds): +12 % on dev13 … dev15's posts, +15 % on
the random posts of ``bench/content.py``, about half of it the stranded-character scan every run of four or more
Chinese characters gets.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import accumulate
from operator import add

from detectors import jieba_dict
from detectors.charsim import is_cjk, principal_sound, principal_sound_similar, shape_alikes, shape_similar

WINDOW = 4  # characters on each side of the span that the two readings are computed over
MARGIN = 13.0  # nats the corrected reading must gain (dev … dev15: the highest false alarm gains 12.6)
# a corrected word that makes a longer dictionary word with the written characters beside it (充分就业 for 充分就叶:
# ``_in_longer_word``) needs less: the context is a bigram the unigram model does not score
CONTEXT_MARGIN = 6.0
LONGER_REACH = 2  # written characters the longer word holds beyond the corrected one
CORRECT_MIN_FREQ = 50  # jieba frequency of the corrected word (长汀 29 is below: a place, left to the gazetteer rule)
WRITTEN_CHAR_MIN_FREQ = 100  # jieba frequency of the written character as a word (稠 245, 暑 141; 蚝 / 鑫 / 汕 below)
SINGLE_WORD_MIN_FREQ = 20000  # jieba frequency of a one-character word that may stand beside the corrected word (市, 省)
# A run with more stranded characters than a slip leaves (its character and the partner it strands) plus a share of
# its length is not prose jieba reads (names, lists, slang, dialect, random text): the layer stays out of it.
STRANDED_MAX = 3
STRANDED_SHARE = 0.1
CONTEXT_MIN = 2  # characters of the run beside the span (a byline name 编辑：黎敏 stands alone)
SPAN_SIZES = (2, 3, 4)
MASK = "\x00"
NUMERALS = frozenset("0123456789一二三四五六七八九十百千万亿零〇两")
FUNCTION_CHARS = frozenset("的了着过和与及或而但并则即乃为被把将让给对向从自于以之其此该各每某本我你他她它们个些不没无未非可能会"
                           "要应须得地吗呢吧啊均都也又还就才已在是有这那")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")  # a span of two and two characters of context
QUOTED = re.compile(r"“[^“”\n]{0,30}”|「[^「」\n]{0,30}」|『[^『』\n]{0,30}』|#[^#\n]{1,30}#")


# The second word-frequency source (``wordfreq``'s large Chinese table): words jieba lacks, or holds below what the
# table says, enter the model with the table's frequency converted to jieba's scale.
SECOND_SOURCE = True
SECOND_ZIPF = 2.0  # the table's words below this are left out (its low end holds web-text slips: 管里, 华桥, 办工)
# "add": only words jieba lacks (or holds at 0); "low": also raise jieba's frequencies below ``CORRECT_MIN_FREQ`` (a
# word jieba holds too rarely to be a correction: 治党 3, 溧阳 29), leaving its common words as they are (办公: the
# best correction of 办工室 stays the longer word 办公室); "max": raise every lower frequency
SECOND_MODE = "low"
SCALE = 18.47  # median of ln(jieba frequency) - ln(table probability) over the words both hold


@lru_cache(maxsize=1)
def _second() -> dict[str, int]:
    """Words of 2..4 Chinese characters of the second source with ``SECOND_ZIPF`` or more, by their frequency on
    jieba's scale."""
    if not SECOND_SOURCE:
        return {}
    from wordfreq import get_frequency_dict

    floor = 10 ** (SECOND_ZIPF - 9)
    return {w: max(1, round(p * math.exp(SCALE))) for w, p in get_frequency_dict("zh", "large").items()
            if p >= floor and len(w) in SPAN_SIZES and all(is_cjk(c) for c in w)}


@lru_cache(maxsize=1)
def _model():
    """jieba's tokenizer methods over jieba's frequencies merged with the second source's (a copy: the shared
    tokenizer is left as it is)."""
    import jieba

    dt = _tokenizer()
    second = _second()
    if not second:
        return dt
    freq = dict(dt.FREQ)
    for w, f in second.items():
        old = freq.get(w)
        if not old or (f > old and (SECOND_MODE == "max" or (SECOND_MODE == "low" and old < CORRECT_MIN_FREQ))):
            freq[w] = f
        for k in range(1, len(w)):
            freq.setdefault(w[:k], 0)
    model = jieba.Tokenizer.__new__(jieba.Tokenizer)
    model.FREQ, model.total, model.initialized = freq, dt.total, True
    return model


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, int], frozenset[str], dict[str, tuple[str, ...]]]:
    """Dictionary words of 2..4 Chinese characters with ``CORRECT_MIN_FREQ`` or more (word → frequency), their forms
    with one character masked ("长\\x00": is there a word to make here at all), and the same words by each form with
    one character masked and that character's sound (``charsim.principal_sound``):
    "长\x00\x00tin" → (长汀, 长亭 …). A look-alike is tried in place (``charsim.shape_alikes``: a few characters), a
    sound-alike is looked up."""
    words: dict[str, int] = {}
    masked: set[str] = set()
    by_sound: dict[str, list[str]] = {}
    for word, freq, pos in jieba_dict.entries():
        # a person's name (jieba's nr, nrfg, nrt: 王祥喜) is never the correction: names differ by one character
        if (len(word) in SPAN_SIZES and freq >= CORRECT_MIN_FREQ and not pos.startswith("nr")
                and all(is_cjk(c) for c in word)):
            words[word] = freq
            _file_word(word, masked, by_sound)
    return words, frozenset(masked), {key: tuple(v) for key, v in by_sound.items()}


def _file_word(word: str, masked: set[str], by_sound: dict[str, list[str]]) -> None:
    """File ``word`` under each form with one character masked, and under that form with the character's sound."""
    for k in range(len(word)):
        form = word[:k] + MASK + word[k + 1:]
        masked.add(form)
        by_sound.setdefault(form + MASK + principal_sound(word[k]), []).append(word)


@lru_cache(maxsize=1)
def _candidates() -> tuple[dict[str, int], frozenset[str], dict[str, tuple[str, ...]]]:
    """``_vocabulary`` (jieba's words) with the second source's words of ``CORRECT_MIN_FREQ`` or more on jieba's
    scale added (港珠澳: jieba lacks it) and, by ``SECOND_MODE``, jieba's lower frequencies raised (治党 3,
    溧阳 29); a person's name of jieba's (nr*) stays out. The other list-free layers read ``_vocabulary`` as it is."""
    words, masked, by_sound = _vocabulary()
    second = _second()
    if not second:
        return words, masked, by_sound
    names = {word for word, _freq, pos in jieba_dict.entries() if pos.startswith("nr")}
    words = dict(words)
    more_masked: set[str] = set()
    more_sound: dict[str, list[str]] = {}
    for word, freq in second.items():
        if word in names or freq < CORRECT_MIN_FREQ:
            continue
        if word not in words:
            words[word] = freq
            _file_word(word, more_masked, more_sound)
        elif freq > words[word] and SECOND_MODE == "max":
            words[word] = freq
    by_sound = dict(by_sound)
    for key, extra in more_sound.items():
        by_sound[key] = by_sound.get(key, ()) + tuple(extra)
    return words, masked | more_masked, by_sound


@lru_cache(maxsize=1)
def _tokenizer():
    """jieba's default tokenizer, initialised once (its dictionary and prefix table; the content model shares it)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    return jieba.dt


def _best_route(dt, s: str) -> dict[int, tuple[float, int]]:
    dag = dt.get_DAG(s)
    route: dict[int, tuple[float, int]] = {}
    dt.calc(s, dag, route)
    return route


def _tokens(route: dict[int, tuple[float, int]], n: int) -> list[tuple[int, int]]:
    out, k = [], 0
    while k < n:
        end = route[k][1] + 1
        out.append((k, end))
        k = end
    return out


def _protected(folded: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTED.finditer(folded)]


def _place_at(s: str, a: int, b: int, places: frozenset[str]) -> bool:
    """A division name (full or short) of the gazetteer overlaps ``s[a:b]`` as written."""
    for size in (2, 3, 4, 5):
        for lo in range(max(0, a - size + 1), min(b, len(s) - size + 1)):
            if s[lo:lo + size] in places:
                return True
    return False


class _Window:
    """The window around a span ``s[a:b]`` as written: its best reading (jieba's DAG and route: the best score from
    each position to the end), the best score from the start to each position, and whether a word of the best reading
    crosses the span's edge. Shared by every replacement tried in the span."""

    def __init__(self, dt, s: str, a: int, b: int):
        self.lo, hi = max(0, a - WINDOW), min(len(s), b + WINDOW)
        self.text = s[self.lo:hi]
        self.A, self.B = a - self.lo, b - self.lo
        n = len(self.text)
        dag = dt.get_DAG(self.text)
        self.route: dict[int, tuple[float, int]] = {}
        dt.calc(self.text, dag, self.route)
        self.crossed = any(x < self.A < y or x < self.B < y for x, y in _tokens(self.route, n))
        logtotal = math.log(dt.total)
        self.prefix = [0.0] + [-math.inf] * n  # best score of text[:k]
        for x in range(n):
            for end in dag[x]:
                score = self.prefix[x] + math.log(dt.FREQ.get(self.text[x:end + 1]) or 1) - logtotal
                if score > self.prefix[end + 1]:
                    self.prefix[end + 1] = score

    def covering_gain(self, dt, i: int, c: str) -> float:
        """The gain of the best reading in which one word holds the whole span when ``s[i]`` is ``c``: outside that
        word the text is as written, so its two sides score as in the written reading. An upper bound on what
        ``gain`` can return, computed with a few look-ups instead of a second segmentation."""
        fixed = self.text[:i - self.lo] + c + self.text[i - self.lo + 1:]
        n, freq = len(fixed), dt.FREQ
        logtotal = math.log(dt.total)
        best = -math.inf
        for x in range(self.A, -1, -1):
            for y in range(x + 1, n + 1):
                frag = fixed[x:y]
                if frag not in freq:
                    break
                if y >= self.B and freq[frag]:
                    suffix = self.route[y][0] if y < n else 0.0
                    best = max(best, self.prefix[x] + math.log(freq[frag]) - logtotal + suffix)
        return best - self.route[0][0]

    def gain(self, dt, i: int, c: str) -> float | None:
        """The gain in log-probability of the best reading when ``s[i]`` is ``c``, or None when that reading does not
        hold the span inside one word or leaves a stray character beside it."""
        fixed = self.text[:i - self.lo] + c + self.text[i - self.lo + 1:]
        after = _best_route(dt, fixed)
        tokens = _tokens(after, len(fixed))
        at = next((k for k, (x, y) in enumerate(tokens) if x <= self.A and y >= self.B), None)
        if at is None:
            return None
        for x, y in tokens[max(0, at - 1):at] + tokens[at + 1:at + 2]:
            # a neighbour cut by the window's edge may be part of a word beyond it
            if y - x == 1 and 0 < x and y < len(fixed) and not _single_word(dt, fixed[x]):
                return None
        return after[0][0] - self.route[0][0]


def _single_word(dt, ch: str) -> bool:
    """A character that stands as a word of its own: a function character or a common one-character word (市, 省)."""
    return ch in FUNCTION_CHARS or (dt.FREQ.get(ch) or 0) >= SINGLE_WORD_MIN_FREQ


@lru_cache(maxsize=65536)
def alike(a: str, b: str) -> str | None:
    """"形近" when the shape tables or the glyphs say so (``charsim.shape_similar``), "音近" when the characters'
    principal readings are the same up to the fuzzy pairs of pinyin input (``charsim.principal_sound_similar``, not
    every reading: 柴 is zi only in old texts), else None. A part left out or added
    (``charsim.component_of``: 渍 / 水, 驾 / 加) is no look-alike here: it makes too many real words."""
    if a == b or not (is_cjk(a) and is_cjk(b)):
        return None
    if shape_similar(a, b):
        return "形近"
    if principal_sound_similar(a, b):
        return "音近"
    return None


def _upper_bound(s: str, a: int, b: int, i: int, c: str, singles: list[float], freq: dict[str, int],
                 logtotal: float) -> float:
    """An upper bound on ``_Window.covering_gain`` from look-ups alone: a word T that holds the span with ``s[i]`` as
    ``c`` gains at most its log-probability less that of the written characters it covers read one by one (the
    written reading is at least as good as T's context plus those single characters). ``singles``: running sums of
    the characters' single log-probabilities."""
    lo, hi = max(0, a - WINDOW), min(len(s), b + WINDOW)
    fixed = s[lo:i] + c + s[i + 1:hi]
    best = -math.inf
    for x in range(a - lo, -1, -1):
        for y in range(x + 1, len(fixed) + 1):
            frag = fixed[x:y]
            if frag not in freq:
                break
            if y >= b - lo and freq[frag]:
                best = max(best, math.log(freq[frag]) - logtotal - (singles[lo + y] - singles[lo + x]))
    return best


def _in_longer_word(s: str, a: int, b: int, i: int, c: str, freq: dict[str, int]) -> bool:
    """With ``s[i]`` as ``c`` the corrected word and the written characters beside it make a longer dictionary word
    (充分 + 就业 = 充分就业 for 充分就叶): the neighbouring word is the context the correction expects, a bigram the
    unigram model cannot see."""
    fixed = s[:i] + c + s[i + 1:]
    for x in range(max(0, a - LONGER_REACH), a + 1):
        for y in range(b, min(len(s), b + LONGER_REACH) + 1):
            if y - x >= b - a + LONGER_REACH and freq.get(fixed[x:y]):
                return True
    return False


def probable_slips(folded: str, places: frozenset[str] = frozenset()) -> list[tuple[int, int, str, str, float]]:
    """(start, end, corrected span, how, gain in nats) in ``folded`` for each character a sound-alike or look-alike
    makes clearly more probable (see the module's docstring); ``places``: division names and short forms never
    corrected."""
    dt = None
    out: list[tuple[int, int, str, str, float]] = []
    for run in HAN_RUN.finditer(folded):
        s, base = run.group(), run.start()
        if dt is None:
            dt = _model()
            freq = dt.FREQ
            logtotal = math.log(dt.total)
            words, masked, by_sound = _candidates()
        n = len(s)
        # stranded characters: none makes a word, or the start of one, with a neighbour (a character that does is read
        # as part of a word of the text and is never the slip)
        paired = [*map(freq.__contains__, map(add, s, s[1:])), False]  # s[k:k + 2] is a word or a word's start
        stranded = [i for i, (p, ch) in enumerate(zip(paired, s))
                    if not p and (i == 0 or not paired[i - 1]) and ch not in FUNCTION_CHARS]
        if len(stranded) > STRANDED_MAX + STRANDED_SHARE * n:
            continue  # a run jieba cannot read (names, lists, slang, dialect): its probabilities decide nothing
        singles: list[float] = []  # filled when a first replacement is scored
        for i in stranded:
            ch = s[i]
            if ch in NUMERALS or (freq.get(ch) or 0) < WRITTEN_CHAR_MIN_FREQ:
                continue
            sound = principal_sound(ch)
            shapes = shape_alikes(ch)
            best: tuple[float, int, int, str, str] | None = None
            for size in SPAN_SIZES:
                for a in range(max(0, i - size + 1), min(i, n - size) + 1):
                    b = a + size
                    if a + (n - b) < CONTEXT_MIN or freq.get(s[a:b]):
                        continue
                    head, tail = s[a:i], s[i + 1:b]
                    if head + MASK + tail not in masked:
                        continue
                    options = {w[i - a] for w in by_sound.get(head + MASK + tail + MASK + sound, ())}
                    options.update(c for c in shapes if head + c + tail in words)
                    window = None
                    for c in options:
                        how = alike(ch, c)
                        if how is None:
                            continue
                        if not singles:
                            singles = list(accumulate((math.log(freq.get(x) or 1) - logtotal for x in s), initial=0.0))
                        margin = CONTEXT_MARGIN if _in_longer_word(s, a, b, i, c, freq) else MARGIN
                        if _upper_bound(s, a, b, i, c, singles, freq, logtotal) < margin:
                            continue
                        if window is None:
                            window = _Window(dt, s, a, b)
                        if window.crossed:
                            break
                        if window.covering_gain(dt, i, c) < margin:
                            continue
                        gain = window.gain(dt, i, c)
                        if gain is not None and gain >= margin and (best is None or gain > best[0]):
                            best = (gain, a, b, head + c + tail, how)
            if best is None:
                continue
            gain, a, b, word, how = best
            start, end = base + a, base + b
            if (places and _place_at(s, a, b, places)) or any(x < end and start < y for x, y in _protected(folded)):
                continue
            if out and out[-1][1] > start:
                continue
            out.append((start, end, word, how, round(gain, 1)))
    return out
