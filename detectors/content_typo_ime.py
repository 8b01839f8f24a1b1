"""Misspellings outside the lexicons, found by an input method's word trigram: a character that, replaced by a
sound-alike or a look-alike, makes the text far more probable under the language model a Chinese input method decodes
with (生命重于秦山 → 泰山, 武彝山国家公园 → 武夷山, 大别山革名老区 → 革命, 黄霉戏 → 黄梅戏).

The model is fcitx5's ``zh_CN.lm`` (libime's data, Debian package ``libime-data-language-model``, LGPL-2.1+): a KenLM
binary word trigram over 164,887 words, read with the ``kenlm`` module (``pip install kenlm``; ``./run.sh setup``
fetches both per host, nothing is vendored). Where either is missing the layer logs once and reports nothing
(``load`` returns None).

How a run of Chinese characters is read. First a look-up pass with no model: the run's *stranded* characters, those
no vocabulary word of two or more characters covers (``stranded``). A run with none is read as written; a run with more
than ``GATED_MAX`` + ``GATED_SHARE`` of its length is no prose the model reads (lists of names, slang, random text) and
is left alone. Otherwise the run is decoded once, as the input method does, over the lattice of the model's own words
(every vocabulary word of up to ``MAX_WORD`` characters at each position, a beam of ``BEAM`` hypotheses: ``decode``),
which gives the best reading and each of its words with its trigram log-probability in context. That pass is the
*gate*: only characters of a word the model finds improbable in its place (below ``GATE_LOGP``, log10) or of a
one-character word that is no function character or numeral are tried. A slip that makes another word strands nothing
(人名 for 人民, 工做 for 工作); so a run is decoded too when it writes a word of two characters the model rarely sees
(log10 unigram under ``TWIN_RARE``) whose sound-alike twin is ``TWIN_GAP`` commoner (``ImeModel.twinned``), and that
word, where the best reading holds it, is tried like an improbable one.

At a gated character the candidates are the characters that make a word of two to four characters with its neighbours
that the model knows: sound-alikes by their principal reading (the fuzzy pairs of pinyin input folded), looked up in the
masked-word index of jieba's dictionary the word-probability layer keeps (``content_typo_lm._vocabulary``: no person's
names) and in the same index of the model's own vocabulary (``ImeModel.by_sound``: 文明, 荣誉, 养老, 廉政 are missing
from jieba's — what the input method itself offers for the letters typed), and look-alikes (``charsim.shape_alikes``)
tried in place — and, with ``WIDE_SOUNDS``, every character that completes a vocabulary word of the model of two to
``WIDE_SIZE`` characters around it (``ImeModel.masked``: 迎男而上 → 迎难而上, 毁人不倦 → 诲人不倦; the indexes above
hold words of up to four characters by their principal sounds) and that sounds, *as that word reads it*, like a reading
of the written character (``heard_in_word``, pypinyin's phrase readings: 银航 → 银行 where 行 is hang, 虫新 → 重新 where
重 is chong; 配租于 is no 配属于, 属 being shu there). The gain is log P(window corrected) − log P(window as written)
over ``WINDOW`` characters on each side of the character, in nats; the most probable replacement is reported when
it gains ``MARGIN`` nats or more (a noisy channel in which a slip costs that much), a look-alike or a corrected word
of three or more characters being credited ``SPECIFIC_BONUS`` (``counted``: a narrower guess — few real words are one
look-alike or one long word away from another — unless the written characters make a word the model knows over the
one changed: 监查员 is 监查 + 员). Margin and bonus were chosen by a leave-one-part-out sweep over dev … dev19
(``bench/typo_ime.py``: for each part, the pair finding most typo spans on the other parts with their posts without a
typo flagged ≤ 0.3 % and no line of real prose; every part gets 13 and 1), see ``docs/notes/ime_lm_probe.md``. The span
reported is the word of the corrected reading that holds the character (大别山革名老区 → 革命; 生命重于秦山 →
生命重于泰山 where the model holds the whole phrase); where two gated words yield overlapping spans, the more probable
correction stands (瀑步 → 瀑布, not 漫步). Beside or inside an improbable word the layer also tries syllable-merge slips
of pinyin input (``merged``): two written characters whose readings join into one syllable (xi + an → xian: 率先 typed
``shuaixian`` and cut shuai'xi'an into 率西安; 互立案网 for 互联网) are replaced by each character of that reading
making a vocabulary word with a neighbour (``by_reading``), reported at the same margin as 拼音切分 — the split layer
(``content_typo_split``) reads written windows of one or two characters for words of two or three and never sees a
three-character window for a two-character word. Such a merge is also tried at every pair of characters whose
readings join, not only beside an improbable word (``merges_anywhere``, at ``MERGE_ANYWHERE_MARGIN``): written 西安
for 先 (争西安创优, 党员西安锋岗, 合作西安行示范区) the pair is a word the model reads well and strands nothing; a
division's name so written is left to the place where the post or account names it (``content_typo._division_named``).

A weak slip relation — a sound-alike by the fuzzy pairs only, with no reading in common (储 / 促), or a look-alike of
the shape groups drawn unlike and read unlike (雪 / 扫) — is held to ``MARGIN`` + ``WEAK_BAND`` (``weak_relation``):
a real word the 2022 model lacks (清雪, 产供储销) gains the margin as easily. A written word of pypinyin's phrase table
(``_phrases``: 支棱) is the writer's own and never corrected.

Never reported: a numeral or function character as written; a span in quotation marks or a hashtag (a quoted wrong
form, a shop's name); a span overlapping a division name of the gazetteer written right, or corrected into a
division's full name (``places``, ``LEVEL_CHARS``: a division misspelt is the gazetteer rules', which know the
account's region — 刘阳市 in a post of Guangdong is no slip they report; 都江堰, 九寨沟 alone are landmarks); a
character inside an entry of jieba's dictionary of ``KNOWN_NAME_MIN`` or more characters as written (景阳冈, 幕阜山:
names the 2022 data lacks); a written word of two or more characters that jieba's dictionary holds and jieba's unigram
barely corrects (under ``JIEBA_SECOND`` nats), when the trigram's gain is under ``MARGIN`` + ``JIEBA_BAND`` (侨情,
合胞病毒, 井冈蜜柚, 河塘: terms the 2022 model reads as two characters; ``_jieba_word_unsupported``); a person's name
after a title or byline word or before 同志 / a title (``PERSON_BEFORE``, ``PERSON_AFTER``: names differ by one
character), or a given name after a role word and a common surname (边防战士孙X国, 歌手林X阳: ``ROLE_BEFORE``).
``TypoFinder`` drops spans overlapping a correct form of the lexicons
(service brands such as 皖事通), a listed leader's name or a department's short form (住建, 人社), and any span the
jieba layer reported; the screener (``content._hits``) drops them in a correction notice, in a post that sells, jokes
or warns (陶宝, 徽信 written past a platform's filter; an enforcement case quoting 含绒量) and on a word another
lexicon matched.

What it cannot see: words newer than the model (2022: 新质生产力, 一网通办), leaders' names (read as characters), and
a slip that makes another probable word (闽宁写作 for 协作) — the lexicons' job.
"""

from __future__ import annotations

import logging
import math
import mmap
import re
from functools import lru_cache
from pathlib import Path

from detectors.charsim import (
    SURNAMES,
    fuzzy_readings,
    glyph_similarity,
    heard_as,
    principal_reading,
    principal_sound,
    readings,
    shape_alikes,
    shape_similar,
    sound_similar,
)
from detectors.content_typo_lm import NUMERALS, _place_at

log = logging.getLogger(__name__)

LN10 = math.log(10)
MAX_WORD = 7  # longest vocabulary word tried at a position of the lattice
BEAM = 4  # hypotheses kept per position
WINDOW = 4  # characters each side of the character tried (a trigram's gain is local: 8 gives the same gains)
SPECIFIC_BONUS = 1.0  # nats a look-alike or a corrected word of 3+ characters is credited (``counted``; same sweep)
MARGIN = 13.0  # nats the corrected window must gain (dev … dev19 leave-one-part-out: bench/typo_ime.py, docs/notes/…)
GATE_LOGP = -5.5  # log10 probability in context under which a word of two or more characters is improbable
GATED_MAX = 1  # gated words a run may hold and still be prose …
GATED_SHARE = 0.25  # … plus this share of its length
INDEX_SIZES = (2, 3, 4)  # vocabulary words that propose a replacement (by their forms with one character masked)
MASK = "\x00"
MERGES = True  # syllable-merge slips of pinyin input beside an improbable word (``ImeModel.merged``: 率西安 → 率先)
MERGE_VOWELS = frozenset("aeo")  # a second syllable starting so can join the first one (xi + an, ji + ang, pi + ao)
# A syllable-merge slip anywhere, not only beside an improbable word (``ImeModel.merges_anywhere``): the written pair is
# then a word the model reads well (西安 for 先 in 争西安创优, 西安锋, 西安行), so only the gain vouches for it. Over every
# post of dev … dev30 the merges no labelled slip explains gain 4.5 and less (在西安成阳 read as 现成), the slips 8.8 and
# more; a written pair that is a division's name is besides left to the place where the post or account is not
# (``content_typo.TypoFinder._improbable``).
MERGE_ANYWHERE_MARGIN = 7.0
# A weak slip relation — a sound-alike only by the fuzzy pairs of pinyin input (储 chu / 促 cu: no reading in common), or
# a look-alike of the shape groups drawn unlike (glyph cosine under ``WEAK_GLYPH``) that shares no reading (雪 / 扫,
# which share 彐 only) — is held to ``MARGIN`` + ``WEAK_BAND``: a real word the 2022 model lacks (清雪, 产供储销) gains
# the margin as easily as a slip, and such a pair offers many. Over dev … dev30 every labelled slip this layer finds is
# a same-reading pair or a near glyph (洒 / 酒 0.88, 埋 / 理 0.87).
WEAK_BAND = 5.0
WEAK_GLYPH = 0.78
SPLIT_MARGIN = 4.5  # nats a syllable-boundary correction must gain (``vouches_split``): over every post of dev … dev24
# and the real-prose negatives, the 21 candidates the text does not vouch for and the other tests pass — labelled slips
# gain 5.2 and more (保障反感, 工作反感 at the end of a title), the rest 2.8 and less (陕甘 read as 上岸):
# bench/typo_split.py
MODEL_SIZES = (2,)  # sizes of the model's words filed in ``by_sound`` (3 and 4 add one span on dev … dev19 for 0.4 s)
MODEL_SOUNDS = True  # sound-alikes also from the model's own vocabulary (``ImeModel.by_sound``), not only jieba's
# Sound-alikes over every vocabulary word of the model that holds the character (``ImeModel.masked``): words of up to
# ``WIDE_SIZE`` characters (迎难而上, 诲人不倦 — the index of two-character words above never offers them), the
# character of the word as read *in that word* sounding like some reading of the written one (``heard_in_word``: 行 is
# hang in 银行, 重 chong in 重新 — polyphones the principal-sound index files under xing and zhong).
WIDE_SOUNDS = True
WIDE_SIZE = 7
# A written word of two characters the model knows but rarely sees (log10 unigram under ``TWIN_RARE``) that has a
# sound-alike twin far commoner (``TWIN_GAP`` log10 or more: 转形 / 转型, 同治 / 同志) is tried like an improbable word
# even where it strands nothing and reads well enough in its place (``ImeModel.twinned``): the slip that makes another
# word, which the stranded-character gate never decodes.
TWINS = True
TWIN_RARE = -5.0
TWIN_GAP = 1.0
KNOWN_NAME_MIN = 3  # characters of a jieba dictionary entry around the character that make it a name jieba knows
RUN_MIN = 4  # shortest run of Chinese characters read
LEVEL_CHARS = frozenset("省市县区州盟旗")  # the last character of a division's full name (浏阳市; 都江堰 alone is a landmark)
FUNCTION_CHARS = frozenset("的了着过和与及或而但并则即乃为被把将让给对向从自于以之其此该各每某本我你他她它们个些不没无未非可能会"
                           "要应须得地吗呢吧啊均都也又还就才已在是有这那")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{" + str(RUN_MIN) + ",}")
QUOTED = re.compile(r"“[^“”\n]{0,30}”|「[^「」\n]{0,30}」|『[^『』\n]{0,30}』|#[^#\n]{1,30}#")
# a person's name stands after a title or a byline word, or before 同志 / a title: names differ by one character
PERSON_BEFORE = re.compile(r"(?:书记|主任|主席|省长|市长|县长|区长|镇长|乡长|村长|局长|厅长|部长|处长|科长|院长|校长|所长|"
                           r"委员|代表|总理|理事长|董事长|总经理|经理|队长|站长|同志|记者|通讯员|编辑|校对|审核|作者|摄影|"
                           r"撰稿|供稿|讲解员|老师|教授|医生|主播|民警|警官|法官|检察官)[:：]?$")
PERSON_AFTER = re.compile(r"(?:同志|书记|主任|主席|省长|市长|县长|区长|局长|厅长|部长|院长|校长|代表|委员|先生|女士|老师|教授|"
                          r"医生|烈士|院士)")
# …or a given name after a role word and a surname (边防战士孙X国, 歌手林X阳, 护士长李X): the slip-like characters are the
# given name, which differs from a word by one character as often as names differ from each other (surnames:
# ``charsim.SURNAMES``).
ROLE_BEFORE = re.compile(r"(?:战士|老兵|英雄|烈士|官兵|民兵|士兵|军人|连长|排长|班长|营长|团长|师长|军长|政委|指导员|教导员|司令员|"
                         r"护士长|护士|医师|村民|居民|市民|农民|渔民|牧民|工人|职工|党员|干部|志愿者|网友|游客|学生|同学|选手|"
                         r"运动员|演员|歌手|画家|作家|诗人|艺人|专家|院士|模范|标兵|匠人|传承人|主持人)"
                         r"[:：]?[" + SURNAMES + "]$")
GIVEN_MAX = 2  # characters of a given name after a role word and a surname
# A written word jieba's dictionary holds (侨情, a word of overseas-Chinese affairs the 2022 model lacks) is a slip, when
# the trigram's gain (before ``SPECIFIC_BONUS``) is under ``MARGIN`` + ``JIEBA_BAND``, only if jieba's unigram prefers the correction
# too, by ``JIEBA_SECOND`` nats or more over the same window: below that the trigram's gain comes from its own
# vocabulary gap (it reads 侨情 as two characters), not from the text. A gain above the band stands on its own (西安
# 成阳国际机场 → 咸阳: jieba holds 成阳 too, and its unigram, blind to 西安 and 机场, gains only 3.8).
JIEBA_SECOND = 4.0
JIEBA_BAND = 2.0

# where ``run.sh setup`` puts the package's files (``dpkg -x``), and where Debian installs them
REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_GLOB = ".cache/libime/usr/lib/*/libime/zh_CN.lm"
SYSTEM_GLOBS = ("/usr/lib/*/libime/zh_CN.lm", "/usr/lib/libime/zh_CN.lm", "/usr/share/libime/zh_CN.lm")


def find_model(setting: str = "") -> Path | None:
    """The model file: the setting's path when given, else the per-host copy ``run.sh setup`` fetched into
    ``.cache/libime``, else the installed Debian package's; None when there is none."""
    if setting:
        p = Path(setting).expanduser()
        return p if p.is_file() else None
    for p in sorted(REPO_ROOT.glob(CACHE_GLOB)):
        return p
    for pattern in SYSTEM_GLOBS:
        for p in sorted(Path("/").glob(pattern.lstrip("/"))):
            return p
    return None


@lru_cache(maxsize=4)
def load(setting: str = "") -> ImeModel | None:
    """The model of ``setting`` (a path, or empty for the default places), or None — logged once — when the file or
    the ``kenlm`` reader is missing: the layer is then off and reports nothing."""
    path = find_model(setting)
    if path is None:
        log.warning("输入法语言模型错字层已关闭：找不到模型文件 %s（运行 ./run.sh setup 获取 libime-data-language-model）",
                    setting or "zh_CN.lm")
        return None
    try:
        import kenlm  # noqa: F401
    except ImportError:
        log.warning("输入法语言模型错字层已关闭：未安装 kenlm（pip install kenlm，或运行 ./run.sh setup）")
        return None
    try:
        return ImeModel(path)
    except (OSError, RuntimeError, ValueError) as exc:  # a truncated or foreign file
        log.warning("输入法语言模型错字层已关闭：无法读取模型 %s（%s）", path, exc)
        return None


def read_vocabulary(path: Path) -> frozenset[str]:
    """The words of a KenLM binary model: stored NUL-separated at the end of the file, after ``<unk>``."""
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        at = m.rfind(b"\x00<unk>\x00")
        if at < 0:
            raise ValueError("no vocabulary at the end of the file")
        tail = m[at + 7:]
    return frozenset(w for w in tail.decode("utf-8", "replace").split("\x00") if w)


class ImeModel:
    """The input method's word trigram: best reading of a string over its vocabulary lattice, and the slips it
    exposes (``slips``)."""

    def __init__(self, path: Path):
        import kenlm

        self.path = path
        self._kenlm = kenlm
        self.model = kenlm.Model(str(path))
        self.vocab = read_vocabulary(path)
        self._null = kenlm.State()
        self.model.NullContextWrite(self._null)
        self.score = lru_cache(maxsize=200_000)(self._score)

    # -- decoding -------------------------------------------------------------------------------------------------
    def decode(self, s: str) -> tuple[float, list[tuple[int, int, float]]]:
        """(log10 probability of the best reading, its words as (start, end, log10 probability in context))."""
        kenlm, base, vocab, prefixes = self._kenlm, self.model.BaseScore, self.vocab, self.prefixes
        n = len(s)
        # a hypothesis: (score, state, start of its last word, log10 of that word, previous hypothesis)
        hyps: list[list[tuple]] = [[] for _ in range(n + 1)]
        hyps[0] = [(0.0, self._null, 0, 0.0, None)]
        for i in range(n):
            row = hyps[i]
            if not row:
                continue
            if len(row) > BEAM:
                row.sort(key=lambda h: -h[0])
                del row[BEAM:]
            for size in range(1, min(MAX_WORD, n - i) + 1):
                w = s[i:i + size]
                if size > 1 and w not in vocab:
                    if w in prefixes:
                        continue
                    break  # no longer word starts with it
                target = hyps[i + size]
                for h in row:
                    out = kenlm.State()
                    lp = base(h[1], w, out)
                    target.append((h[0] + lp, out, i, lp, h))
        best = max(hyps[n], key=lambda h: h[0])
        words: list[tuple[int, int, float]] = []
        end, h = n, best
        while h[4] is not None:
            words.append((h[2], end, h[3]))
            end, h = h[2], h[4]
        words.reverse()
        return best[0], words

    def _score(self, s: str) -> float:
        return self.decode(s)[0]

    # -- candidates -----------------------------------------------------------------------------------------------
    @property
    def prefixes(self) -> frozenset[str]:
        """Every proper prefix of a vocabulary word of two or more characters: where a look-up may stop."""
        table = self.__dict__.get("_prefixes")
        if table is None:
            table = self._prefixes = frozenset(w[:k] for w in self.vocab if 1 < len(w) <= MAX_WORD
                                               for k in range(2, len(w)))
        return table

    def stranded(self, s: str) -> list[int]:
        """Positions of ``s`` that no vocabulary word of two or more characters covers (function characters and
        numerals aside): the characters the input method can only read one by one."""
        vocab, prefixes, n = self.vocab, self.prefixes, len(s)
        covered = [False] * n
        for i in range(n - 1):
            for size in range(2, min(MAX_WORD, n - i) + 1):
                w = s[i:i + size]
                if w in vocab:
                    covered[i:i + size] = [True] * size
                elif w not in prefixes:
                    break
        return [i for i, ch in enumerate(s) if not covered[i] and ch not in FUNCTION_CHARS and ch not in NUMERALS]

    @property
    def by_sound(self) -> dict[str, list[str]]:
        """The model's own vocabulary words of ``MODEL_SIZES`` Chinese characters (two) filed, like jieba's in
        ``content_typo_lm._vocabulary``, under each form with one character masked and that character's principal
        sound ("\x00政\x00lian" → 廉政, 联政 …): the words the input method itself offers for the letters typed, a
        person's full name aside (jieba's ``nrfg``: 习近平, 李强 — 同学习进平 is a classmate; jieba's plain ``nr`` tags
        文明, 荣誉, 养老 too, which is why its index lacks them).
        Built on first use (about a second of CPU once per process; 0.1 ms a post on 10,000 posts)."""
        table = self.__dict__.get("_by_sound")
        if table is None:
            sounds = {c: principal_sound(c) if "\u4e00" <= c <= "\u9fff" else "" for c in {c for w in self.vocab for c in w}}
            names = _full_names()
            table = {}
            file = table.setdefault
            for w in self.vocab:
                if len(w) in MODEL_SIZES and w not in names:
                    keys = [sounds[c] for c in w]
                    if "" not in keys:
                        for k, sound in enumerate(keys):
                            file(w[:k] + MASK + w[k + 1:] + MASK + sound, []).append(w)
            self._by_sound = table
        return table

    @property
    def masked(self) -> dict[str, str]:
        """Every vocabulary word of two to ``WIDE_SIZE`` Chinese characters filed under each form with one character
        masked, the value the characters that fill the mask ("洪\x00" → 水门峰…, "\x00而不舍" → 锲): the words the model
        knows around a character, of any length, whatever its sound. Built on first use (under a second of CPU, about
        20 MB)."""
        table = self.__dict__.get("_masked")
        if table is None:
            filed: dict[str, list[str]] = {}
            for w in self.vocab:
                if 2 <= len(w) <= WIDE_SIZE and all("\u4e00" <= c <= "\u9fff" for c in w):
                    for k in range(len(w)):
                        filed.setdefault(w[:k] + MASK + w[k + 1:], []).append(w[k])
            table = self._masked = {k: "".join(v) for k, v in filed.items()}
        return table

    def unigram(self, word: str) -> float:
        """log10 probability of ``word`` with no context (the model's unigram; ``<unk>``'s for a word it lacks)."""
        table = self.__dict__.setdefault("_unigrams", {})
        lp = table.get(word)
        if lp is None:
            lp = table[word] = self.model.BaseScore(self._null, word, self._kenlm.State())
        return lp

    def twinned(self, s: str) -> frozenset[int]:
        """Starts of the two-character words of ``s`` the model knows but rarely sees (``TWIN_RARE``) that have a
        sound-alike twin — the other character by its principal sound, the model's own two-character words
        (``by_sound``) — ``TWIN_GAP`` commoner (转形 beside 转型, 同治 beside 同志): a slip that makes another word."""
        vocab, own, unigram = self.vocab, self.by_sound, self.unigram
        out = []
        for i in range(len(s) - 1):
            w = s[i:i + 2]
            if w not in vocab or w[0] in NUMERALS or w[1] in NUMERALS:
                continue
            lp = unigram(w)
            if lp >= TWIN_RARE:
                continue
            for k in (0, 1):
                sound = principal_sound(w[k])
                if sound and any(t != w and unigram(t) - lp >= TWIN_GAP
                                 for t in own.get(w[:k] + MASK + w[k + 1:] + MASK + sound, ())):
                    out.append(i)
                    break
        return frozenset(out)

    def sounding(self, ch: str) -> frozenset[str]:
        """The characters of the model's vocabulary with a reading fuzzily the same as one of ``ch``'s
        (``charsim.sound_similar``), by a table of every reading built on first use."""
        memo = self.__dict__.setdefault("_sounding", {})
        found = memo.get(ch)
        if found is None:
            table = self.__dict__.get("_by_fuzzy")
            if table is None:
                table = {}
                for c in {c for w in self.vocab for c in w if "\u4e00" <= c <= "\u9fff"}:
                    for r in fuzzy_readings(c):
                        table.setdefault(r, set()).add(c)
                self._by_fuzzy = table
            found = memo[ch] = frozenset(c for r in fuzzy_readings(ch) for c in table.get(r, ())) - {ch}
        return found

    def candidates(self, s: str, i: int) -> dict[str, str]:
        """Character → 形近 / 音近 for each character that, in place of ``s[i]``, makes a word of two to four
        characters with its neighbours: a sound-alike by its principal reading (the fuzzy pairs of pinyin input
        folded) making a word of the model's vocabulary — looked up in the index of jieba's dictionary the
        word-probability layer keeps (``content_typo_lm._vocabulary``: words of frequency 50 or more, no person's
        names) and, with ``MODEL_SOUNDS``, in the same index of the model's own vocabulary (``by_sound``: 文明, 荣誉,
        养老 are missing from jieba's) — or a look-alike (``charsim.shape_alikes``) making a word of the
        model's vocabulary."""
        _words, _masked, by_sound = _jieba_index()
        vocab, n, ch = self.vocab, len(s), s[i]
        sound = principal_sound(ch)
        own = self.by_sound if MODEL_SOUNDS else {}
        shapes = shape_alikes(ch)
        out: dict[str, str] = {}
        for size in INDEX_SIZES:
            for a in range(max(0, i - size + 1), min(i, n - size) + 1):
                head, tail = s[a:i], s[i + 1:a + size]
                if sound:
                    key = head + MASK + tail + MASK + sound
                    for w in by_sound.get(key, ()):
                        if w in vocab:
                            out.setdefault(w[i - a], "音近")
                    for w in own.get(key, ()):
                        out.setdefault(w[i - a], "音近")
                for c in shapes:
                    if head + c + tail in vocab:
                        out[c] = "形近"
        if WIDE_SOUNDS and sound:
            masked, names, alike, prefixes = self.masked, _full_names(), self.sounding(ch), self.prefixes
            for a in range(max(0, i - WIDE_SIZE + 1), i + 1):
                head = s[a:i]
                if len(head) > 1 and head not in prefixes:
                    continue  # no vocabulary word starts with the written characters before the one tried
                for b in range(max(i + 1, a + 2), min(n, a + WIDE_SIZE) + 1):
                    tail = s[i + 1:b]
                    fillers = masked.get(head + MASK + tail)
                    if not fillers:
                        continue
                    for c in alike.intersection(fillers):
                        if c not in out and head + c + tail not in names and heard_in_word(head + c + tail, i - a, ch):
                            out[c] = "音近"
        out.pop(ch, None)
        for c in NUMERALS.intersection(out):
            del out[c]
        return out

    # -- the layer ------------------------------------------------------------------------------------------------
    def slips(self, folded: str, places: frozenset[str] = frozenset(),
              margin: float | None = None) -> list[tuple[int, int, str, str, float]]:
        """(start, end, corrected span, how, gain in nats) in ``folded`` for each character whose replacement makes
        the text clearly more probable (see the module's docstring); ``places``: division names never corrected;
        ``margin``: ``MARGIN`` unless given (calibration)."""
        margin = MARGIN if margin is None else margin
        out: list[tuple[int, int, str, str, float]] = []
        protected: list[tuple[int, int]] | None = None
        for run in HAN_RUN.finditer(folded):
            s, offset = run.group(), run.start()
            n = len(s)
            stranded = self.stranded(s)
            if len(stranded) > GATED_MAX + GATED_SHARE * n:
                continue  # a run the model cannot read at all (names, lists, random text)
            twins = self.twinned(s) if TWINS else ()
            if not stranded and not twins:
                continue  # nothing the model cannot read, no rare word with a common twin
            _total, words = self.decode(s)
            gated = [(a, b) for a, b, lp in words
                     if (lp < GATE_LOGP if b - a > 1 else s[a] not in FUNCTION_CHARS and s[a] not in NUMERALS)
                     or (b - a == 2 and a in twins)]
            for a, b in gated:
                best: tuple[float, int, str, str] | None = None
                for i in range(a, b):
                    ch = s[i]
                    if ch in NUMERALS or ch in FUNCTION_CHARS:
                        continue
                    lo, hi = max(0, i - WINDOW), min(n, i + 1 + WINDOW)
                    written = None
                    for c, how in self.candidates(s, i).items():
                        if written is None:
                            written = self.score(s[lo:hi])
                        fixed = s[lo:i] + c + s[i + 1:hi]
                        gain = (self.score(fixed) - written) * LN10
                        if gain < margin - SPECIFIC_BONUS:
                            continue
                        # the word of the corrected reading that holds the character
                        x, y = next((lo + x, lo + y) for x, y, _lp in self.decode(fixed)[1] if x <= i - lo < y)
                        word = s[x:i] + c + s[i + 1:y]
                        # the most probable correction of those that reach the margin as counted
                        plain = written_word(self.vocab, s[x:y], word)
                        if counted(word, how, gain, plain) >= margin and (best is None or gain > best[0]):
                            best = (gain, i, c, how, x, y, word)
                if best is None:
                    continue
                gain, i, c, how, x, y, word = best
                if (gain < margin + WEAK_BAND and weak_relation(s[i], c, how)) or s[x:y] in _phrases():
                    continue  # a weak pair gaining little; a word with a reading of its own (支棱) written as meant
                start, end = offset + x, offset + y
                if ((places and (_place_at(s, x, y, places) or (word in places and word[-1] in LEVEL_CHARS)))
                        or _known_name(s, i)
                        or (gain < MARGIN + JIEBA_BAND and _jieba_word_unsupported(s, x, y, word))):
                    continue  # a division misspelt is the gazetteer rules' (they know the account's region); a word
                    # jieba knows and barely corrects is a term the 2022 model lacks
                if protected is None:
                    protected = [(m.start(), m.end()) for m in QUOTED.finditer(folded)]
                if any(p < end and start < q for p, q in protected) or _person(folded, start, end):
                    continue
                if out and out[-1][1] > start:
                    if out[-1][4] >= gain:
                        continue
                    out.pop()  # two gated words, one slip: the more probable correction (瀑步 → 瀑布, not 漫步)
                out.append((start, end, word, how, round(gain, 1)))
            if MERGES:
                for x, y, word, gain in self.merged(s, gated, margin):
                    start, end = offset + x, offset + y
                    if (word in places and word[-1] in LEVEL_CHARS) or _person(folded, start, end):
                        continue
                    if protected is None:
                        protected = [(m.start(), m.end()) for m in QUOTED.finditer(folded)]
                    if any(p < end and start < q for p, q in protected):
                        continue
                    if any(p < end and start < q for p, q, *_r in out):
                        continue
                    out.append((start, end, word, "拼音切分", round(gain, 1)))
        if MERGES:
            out.sort()
        return out

    def merges_anywhere(self, folded: str, margin: float = MERGE_ANYWHERE_MARGIN) -> list[tuple[int, int, str, str, float]]:
        """(start, end, corrected word, 拼音切分, gain) for every syllable-merge slip of ``merged`` in ``folded``, tried
        at every pair of characters whose readings join into one syllable — not only beside an improbable word — at
        ``margin`` (``MERGE_ANYWHERE_MARGIN``): 争西安创优 → 争先, 党员西安锋岗 → 先锋, 合作西安行示范区 → 先行. Not
        where a person's name stands, nor inside quotation marks or a hashtag that hold little more than the span (a
        quoted name: “西安行”); a quoted slogan longer than that is read like the text (“争西安创优”)."""
        if not MERGES:
            return []
        out: list[tuple[int, int, str, str, float]] = []
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(folded)]
        for run in HAN_RUN.finditer(folded):
            s, offset = run.group(), run.start()
            for x, y, word, gain in self.merged(s, [(a, a + 1) for a in range(len(s))], margin):
                start, end = offset + x, offset + y
                if _person(folded, start, end) or any(p < end and start < q and (q - p - 2) <= (end - start) + 1
                                                      for p, q in quoted):
                    continue
                out.append((start, end, word, "拼音切分", round(gain, 1)))
        return out

    def split_gain(self, folded: str, start: int, end: int, word: str) -> float:
        """The gain in nats of ``word`` for ``folded[start:end]`` over ``WINDOW`` characters each side inside their
        run of Chinese characters."""
        lo, hi = start, end
        while lo > 0 and start - lo < WINDOW and "\u4e00" <= folded[lo - 1] <= "\u9fff":
            lo -= 1
        while hi < len(folded) and hi - end < WINDOW and "\u4e00" <= folded[hi] <= "\u9fff":
            hi += 1
        return (self.score(folded[lo:start] + word + folded[end:hi]) - self.score(folded[lo:hi])) * LN10

    def vouches_split(self, folded: str, start: int, end: int, word: str, changed: str,
                      places: frozenset[str] = frozenset(), margin: float | None = None) -> bool:
        """The judge of a syllable-boundary slip (``content_typo_split.boundary_slips``: 保障反感 → 保障方案): the
        written characters of the changed syllables (``changed``) are what an input method outputs, a word of its
        vocabulary (反感, 民歌, 西安) — not one character (员 for 预案: yu'an read as one syllable), which as often ends
        a word the model lacks (应急员, 安全员: the text vouches for those, ``content_typo_split``) —, the corrected word
        is no division name (``places``: 见吉安 is no 见 misspelt) and no person's name stands there (``_person``), and
        the corrected reading gains ``SPLIT_MARGIN`` nats or more in context (``split_gain``)."""
        if len(changed) < 2 or changed not in self.vocab or word in places or _person(folded, start, end):
            return False
        return self.split_gain(folded, start, end, word) >= (SPLIT_MARGIN if margin is None else margin)

    def vouches_cut(self, folded: str, start: int, end: int, word: str, margin: float | None = None) -> bool:
        """The judge of a formal term's syllable-boundary slip whose written window is no dictionary word
        (``content_typo_split.TermCuts``: 品干建设 for 平安建设, the rest of the term standing as written): no person's
        name stands there (``_person``) and the term's characters gain ``SPLIT_MARGIN`` nats or more in context, the bar of
        ``vouches_split`` (over dev … dev27 and the real-prose negatives only two windows reach this judge at all, both
        labelled slips: 10.0 and 14.9 nats)."""
        if _person(folded, start, end):
            return False
        return self.split_gain(folded, start, end, word) >= (SPLIT_MARGIN if margin is None else margin)

    def vouches_double(self, folded: str, start: int, end: int, word: str) -> bool:
        """The judge of a character doubled after the word it ends (``content_typo_double.judged_double_slips``:
        全面面推进 for 全面推进): leaving the second one out gains ``MARGIN`` nats or more in context
        (``split_gain``), the bar of this layer's own slips, and no person's name stands there (``_person``)."""
        if _person(folded, start, end):
            return False
        return self.split_gain(folded, start, end, word) >= MARGIN

    def merged(self, s: str, gated: list[tuple[int, int]], margin: float) -> list[tuple[int, int, str, float]]:
        """(start, end, corrected word, gain) in the run ``s`` for each syllable-merge slip of pinyin input beside or
        inside an improbable word: two written characters whose readings, joined, are one syllable (xi + an → xian:
        率先 typed ``shuaixian`` and cut shuai'xi'an into 率西安), where a character of that one reading (``by_reading``)
        making a vocabulary word with a neighbour gains ``margin`` nats in its window, and the corrected word is one of
        jieba's index of corrections (frequency 50 or more, no person's name: 胡利安 in a transliteration is no 胡琏).
        The span runs over the written characters of the corrected word (率西安 → 率先)."""
        near = {k for a, b in gated for k in range(a - 1, b + 1)}
        readings, syllables_, common = self.by_reading, _syllables(), _jieba_index()[0]
        vocab, n = self.vocab, len(s)
        found: list[tuple[int, int, str, float]] = []
        for j in range(n - 1):
            if not (j in near or j + 1 in near) or s[j] in NUMERALS or s[j + 1] in NUMERALS:
                continue
            first, second = principal_reading(s[j]), principal_reading(s[j + 1])
            if not first or not second or second[0] not in MERGE_VOWELS or first + second not in syllables_:
                continue
            lo, hi = max(0, j - WINDOW), min(n, j + 2 + WINDOW)
            written = None
            best: tuple[float, str] | None = None
            for c in readings.get(first + second, ()):
                if not ((j and s[j - 1] + c in vocab) or (j + 2 < n and c + s[j + 2] in vocab)):
                    continue
                if written is None:
                    written = self.score(s[lo:hi])
                gain = (self.score(s[lo:j] + c + s[j + 2:hi]) - written) * LN10
                if gain >= margin and (best is None or gain > best[0]):
                    best = (gain, c)
            if best is None:
                continue
            gain, c = best
            fixed = s[lo:j] + c + s[j + 2:hi]
            x, y = next((x, y) for x, y, _lp in self.decode(fixed)[1] if x <= j - lo < y)
            word = fixed[x:y]
            if word not in common or _known_name(s, j) or _known_name(s, j + 1):
                continue  # a character alone, a person's name (胡利安 is no 胡琏), a rare word: nothing to vouch for it
            found.append((lo + x, lo + y + 1, word, gain))
        return found

    @property
    def by_reading(self) -> dict[str, tuple[str, ...]]:
        """The Chinese characters of the model's vocabulary by principal reading (toneless, no fuzzy pairs)."""
        table = self.__dict__.get("_by_reading")
        if table is None:
            by: dict[str, list[str]] = {}
            for c in sorted({c for w in self.vocab for c in w if "\u4e00" <= c <= "\u9fff"}):
                reading = principal_reading(c)
                if reading:
                    by.setdefault(reading, []).append(c)
            table = self._by_reading = {k: tuple(v) for k, v in by.items()}
        return table


@lru_cache(maxsize=65536)
def word_readings(word: str) -> tuple[str, ...]:
    """The toneless reading of each character of ``word`` as pypinyin reads the word (its phrase table knows a
    polyphone's reading in a word: 银行 → yin hang, 重新 → chong xin)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(word, style=Style.NORMAL))


def heard_in_word(word: str, k: int, written: str) -> bool:
    """``word[k]``, read as in ``word``, sounds like a reading of ``written`` (the fuzzy pairs of pinyin input
    folded): what a typist who typed the word's syllables may have picked (银航 for 银行: hang; 配租于 is no 配属于,
    属 being shu there, though zhu elsewhere)."""
    syllables = word_readings(word)
    return len(syllables) == len(word) and heard_as(syllables[k], written) == "音近"


def counted(word: str, how: str, gain: float, plain: bool = False) -> float:
    """The gain a correction is held to ``MARGIN`` with: a look-alike (形近) or a corrected word of three or more
    characters (瘦西湖, 消防法, 习近平) is a narrower guess than a two-character sound-alike — far fewer real words of
    the text are one look-alike or one long word away from another — and gets ``SPECIFIC_BONUS`` nats, unless the
    written characters already make a word the model knows over the one changed (``plain``: 监查员 is 监查 + 员 — two
    real words, not a slip and its correction)."""
    return gain + (SPECIFIC_BONUS if how in ("形近", "音近") and (how == "形近" or len(word) >= 3) and not plain else 0.0)


def weak_relation(written: str, corrected: str, how: str) -> bool:
    """The written and corrected characters share no toneless reading, are not drawn alike (``charsim.glyph_similarity``
    under ``WEAK_GLYPH``) and are related one weak way only: a sound-alike by the fuzzy pairs only (储 / 促), or a
    look-alike of a shape group by one shared part (雪 / 扫) — a pair both a shape pair and a fuzzy pair (名 / 民) is
    not weak. See ``WEAK_BAND``."""
    if how not in ("音近", "形近") or readings(written) & readings(corrected):
        return False
    if glyph_similarity(written, corrected) >= WEAK_GLYPH:
        return False
    # two weak relations at once reinforce each other: 名 / 民 are a shape pair and a fuzzy pair (ming / min)
    return not (shape_similar(written, corrected) and sound_similar(written, corrected))


@lru_cache(maxsize=1)
def _phrases() -> frozenset[str]:
    """The words of two or more characters of pypinyin's phrase table (``pypinyin.phrases_dict``, MIT: 47k words
    listed for their reading, 支棱, 冷不丁): written so, a word is the writer's own, not an input slip."""
    from pypinyin.phrases_dict import phrases_dict

    return frozenset(w for w in phrases_dict if len(w) >= 2)


def written_word(vocab: frozenset[str], written: str, word: str) -> bool:
    """``written`` (the span as written, ``word`` corrected, of the same length) holds a vocabulary word of two or
    more characters over a character the correction changes."""
    if len(written) != len(word):
        return False
    changed = [k for k in range(len(word)) if written[k] != word[k]]
    return any(written[p:q] in vocab for k in changed for p in range(0, k + 1) for q in range(max(k + 1, p + 2),
                                                                                              len(written) + 1))


@lru_cache(maxsize=1)
def _full_names() -> frozenset[str]:
    """jieba's full names of people (part of speech ``nrfg``: 习近平, 李强), never proposed as a correction."""
    from detectors import jieba_dict

    text = jieba_dict.dict_path().read_text(encoding="utf-8")
    return frozenset(re.findall(r"^(\S+) \d+ nrfg$", text, re.M))


def _syllables() -> frozenset[str]:
    from detectors.content_typo_split import syllables

    return syllables()


def _jieba_index():
    from detectors.content_typo_lm import _vocabulary

    return _vocabulary()


def _known_name(s: str, i: int) -> bool:
    """As written, ``s[i]`` and its neighbours make an entry of jieba's dictionary of ``KNOWN_NAME_MIN`` or more
    characters (景阳冈, 幕阜山): a name or term jieba knows and the input method's data lacks, not a slip."""
    from detectors.content_typo_lm import _tokenizer

    freq, n = _tokenizer().FREQ, len(s)
    for size in range(KNOWN_NAME_MIN, min(MAX_WORD, n) + 1):
        for a in range(max(0, i - size + 1), min(i, n - size) + 1):
            if s[a:a + size] in freq:
                return True
    return False


def _jieba_word_unsupported(s: str, x: int, y: int, word: str) -> bool:
    """As written, ``s[x:y]`` (two or more characters, not in the model's vocabulary) is a word of jieba's dictionary
    (frequency 1 or more) and jieba's best-route unigram gains less than ``JIEBA_SECOND`` nats from the correction over
    the window: a term the 2022 trigram lacks (侨情 in a post of 侨联), not a slip."""
    from detectors.content_typo_lm import _best_route, _tokenizer

    written = s[x:y]
    if y - x < 2 or len(word) != len(written):
        return False
    dt = _tokenizer()
    if dt.FREQ.get(written, 0) < 1:
        return False
    lo, hi = max(0, x - WINDOW), min(len(s), y + WINDOW)
    gain = _best_route(dt, s[lo:x] + word + s[y:hi])[0][0] - _best_route(dt, s[lo:hi])[0][0]
    return gain < JIEBA_SECOND


def _person(folded: str, start: int, end: int) -> bool:
    """The span stands where a person's name does: after a title or byline word, or before 同志 / a title, or as a
    given name after a role word and a common surname (战士孙X国: ``ROLE_BEFORE``)."""
    return bool(PERSON_BEFORE.search(folded, max(0, start - 6), start) or PERSON_AFTER.match(folded, end)
                or (end - start <= GIVEN_MAX and ROLE_BEFORE.search(folded, max(0, start - 6), start)))
