"""Content screening of registered accounts' posts (kind ``content``).

Rules (REQUIREMENTS.md: 000 §2.1, §2.2, §3.1; 001 §3.5):

1. A post must not contain wrong forms of official names, titles and slogans or sensitive terms (错敏字):
   each match becomes a finding with the correct form as suggestion.
2. A post must not carry commercial advertising or over-entertaining wording (lexicon categories).
3. A repost must name its source.

Terms come from lexicon files (``detectors/lexicons/`` — a starter set — or ``detect.lexicon_dir``) and are
matched with one Aho-Corasick automaton (pyahocorasick) over text folded the same way as names
(``detectors.textnorm.fold``), so traditional characters, full-width forms and zero-width characters do not
hide a term. Each finding carries the post, the matched span with context, the rule and the suggestion.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from core.findings import make_finding
from core.records import LIVE_STATUSES, account_key
from detectors import content_typo_ime
from detectors.content_ads import CHANNEL, TRADE, is_warning, warns_of_scam
from detectors.content_model import ContentModel, load_model
from detectors.content_patterns import (
    CODE_AFTER,
    CODE_BEFORE,
    abbreviation_hits,
    about_language,
    ad_hits,
    entertainment_hits,
    political_hits,
    quoted_spans,
)
from detectors.content_political import so_called
from detectors.content_political_general import offices
from detectors.content_repost import OverlapIndex, repost_hit
from detectors.content_typo import TypoFinder, dated_slips, leaders_table, load_terms
from detectors.context import DetectionContext
from detectors.textnorm import fold, fold_with_offsets

log = logging.getLogger(__name__)

BUILTIN_LEXICONS = Path(__file__).with_name("lexicons")
# political.tsv rows that give Taiwan a state's attribute (台湾国, 台湾政府, 台湾总统, 台湾国旗 …): after 所谓 they are
# the right form; the other 台湾 rows (台湾国民党, 台湾大选, 台湾原住民 …) stay wrong after 所谓 too
TW_STATE_TERM = re.compile(r"台湾(?:地区|当局)?(?:国|政府|中央政府|总统|国军|首都|国旗|国歌|护照)$")
CATEGORY_ZH = {"sensitive": "错敏字", "advertising": "商业广告", "entertainment": "过度娱乐化"}
# Evidence ``class``: the five classes of content problems (typo, political, ad, unsourced_repost, entertainment).
# ``category`` keeps its meaning (sensitive / advertising / entertainment / repost_source); political wording is a
# "sensitive" finding (错敏字 covers 敏感提法) with class "political".
CATEGORY_CLASS = {"sensitive": "typo", "political": "political", "advertising": "ad", "entertainment": "entertainment"}
CLASS_CATEGORY = {cls: category for category, cls in CATEGORY_CLASS.items()}  # the lexicon category of a class
CLASS_ZH = {"typo": "错字", "political": "政治性表述错误", "ad": "商业广告", "entertainment": "过度娱乐化"}
CATEGORY_SCORE = {"typo": 0.9, "political": 0.9, "sensitive": 0.9, "ad": 0.6, "advertising": 0.6,
                  "entertainment": 0.4}
SLANG_NOTE = "网络用语"  # entertainment lexicon entries with this note are slang (see _hits)
MILD_SLANG_NOTE = "网络用语（轻）"  # lively words official posts use too: reported only beside another sign
GOSSIP_NOTE = "娱乐八卦"  # entertainment lexicon entries with this note are gossip words (网红, 顶流, 塌房 …)
# Signs of a chatty, over-entertaining tone that make a mild slang word count.
CHATTY = re.compile(r"[!！]{2,}|[?？][!！]|[\U0001F600-\U0001F64F\U0001F910-\U0001F97F]|评论区|你熬夜|你们|"
                    r"太.{1,2}了吧|#[^#\s]{1,12}#?\s*#")
FRAUD_WARNING = re.compile(r"骗|诈|谨防|警惕|提醒")
# 纠错 alone is also a formal term (容错纠错机制): only a notice headed 【纠错】 or 纠错： is a correction notice.
CORRECTION = re.compile(r"更正|勘误|纠正[^。\n]{0,6}(?:错|写法)|误写|错写|写错|易错|错别字|正确(?:写法|表述|的写法)"
                        r"|[【\[]纠错[】\]]|(?:^|\n)\s*纠错[:：]")
# A word that describes a business (网红 + 烤肉店): in an ad it is the seller's pitch.
BUSINESS_PITCH = re.compile(r"[\u4e00-\u9fff]{0,4}?" + TRADE)
# The seller's staff named in slang (客服小姐姐, 店长小哥哥): in an ad, the seller's pitch, reported as the ad.
SELLER_STAFF = re.compile(r"(?:客服|店长|老板|老板娘|掌柜|主播|店员|导购|销售|置业顾问|课程顾问)$")
# …and the seller named by a gossip word (网红主播, 网红带货, 顶流达人): the one who sells in the ad, not gossip about a star.
SELLING_ROLE = re.compile(r"(?:主播|带货|达人|直播)")
# The rule for the account's own shopping-festival chatter (content_patterns.ENTERTAINMENT)
SHOPPING_CHATTER_RULE = "entertainment:购物节"
ABBREVIATION_RULE = "entertainment:拼音缩写"  # a pinyin-initial abbreviation the word list does not hold
REPOST_SCORE = 0.5
# A model's opinion alone is a review-band finding: below every rule hit's score (ad 0.6, entertainment 0.4).
MODEL_SCORE = 0.3
CONTEXT_CHARS = 15
EXCEPTION_CHARS = 12  # a lexicon exception counts within this many characters of the match…
SENTENCE_END = "。！？!?；;\n"  # …or, for political wording, within the sentence
# Han characters split by white space (spaces, a tab, one line break): 南京 事件, 台湾\n政府. The word lists are read
# once more with it taken out, as the pattern modules read their text (content_patterns.political_hits).
HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])(?:[ \u3000\t]{1,2}|[ \u3000\t]{0,2}\r?\n[ \u3000\t]{0,2})(?=[\u4e00-\u9fff])")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Rule:
    rule_id: str  # "<category>:<line>"
    category: str
    term: str  # as written in the lexicon
    folded: str
    suggestion: str
    note: str
    exceptions: tuple[str, ...]  # folded
    # ``re:``-prefixed exceptions: regular expressions on the folded text (a year before 1950: ``re:19[0-4]\d ?年``)
    exception_patterns: tuple[re.Pattern, ...] = ()

    def excepted(self, folded: str, start: int, end: int) -> bool:
        """An exception word near the match: within ``EXCEPTION_CHARS`` of it, or for political wording anywhere
        in its sentence (a history sentence names its year far from the name: 1912 年孙中山……就任中华民国临时大总统)."""
        if not self.exceptions and not self.exception_patterns:
            return False
        if self.category == "political":
            a = max(folded.rfind(c, 0, start) for c in SENTENCE_END) + 1
            stops = [j for j in (folded.find(c, end) for c in SENTENCE_END) if j >= 0]
            window = folded[a:min(stops) if stops else len(folded)]
            # 所谓 names as someone else's only what follows it: after the wording (新疆再教育营的所谓法案) it governs
            # another word, and the wording stands (content-political39)
            before = folded[a:start]
        else:
            window = before = folded[max(0, start - EXCEPTION_CHARS):end + EXCEPTION_CHARS]
        return (any(exc in (before if exc == "所谓" else window) for exc in self.exceptions)
                or any(p.search(window) for p in self.exception_patterns))


def load_rules(lexicon_dir: str | Path | None = None) -> list[Rule]:
    """Rules from the built-in starter lexicons, with files in ``lexicon_dir`` replacing/adding categories."""
    files = {p.stem: p for p in sorted(BUILTIN_LEXICONS.glob("*.tsv"))}
    if lexicon_dir:
        custom = Path(lexicon_dir)
        if not custom.is_dir():
            raise LexiconError(f"词库目录不存在：{custom}")
        files.update({p.stem: p for p in sorted(custom.glob("*.tsv"))})
    rules: list[Rule] = []
    for category, path in files.items():
        for lineno, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > 4:
                raise LexiconError(f"{path.name} 第 {lineno} 行：最多 4 列（词条、建议、说明、例外），实际 {len(cols)} 列")
            term = cols[0].strip()
            folded = fold(term)
            if not folded:
                raise LexiconError(f"{path.name} 第 {lineno} 行：词条为空")
            cols += [""] * (4 - len(cols))
            words = [e.strip() for e in cols[3].split("|") if e.strip()]
            exceptions = tuple(fold(e) for e in words if not e.startswith("re:"))
            try:
                patterns = tuple(re.compile(e[3:]) for e in words if e.startswith("re:"))
            except re.error as exc:
                raise LexiconError(f"{path.name} 第 {lineno} 行：例外中的正则表达式有误：{exc}") from None
            rules.append(Rule(f"{category}:{lineno}", category, term, folded, cols[1].strip(), cols[2].strip(),
                              exceptions, patterns))
    return rules


class Screener:
    """One automaton over all rules; ``matches(text)`` yields (rule, start, end) in the original text."""

    def __init__(self, rules: Iterable[Rule]):
        self.rules = list(rules)
        self._automaton = ahocorasick.Automaton()
        by_term: dict[str, list[Rule]] = {}
        for rule in self.rules:
            by_term.setdefault(rule.folded, []).append(rule)
        for term, term_rules in by_term.items():
            self._automaton.add_word(term, (len(term), tuple(term_rules)))
        self.empty = not by_term
        if not self.empty:
            self._automaton.make_automaton()

    def has_match(self, text: str) -> bool:
        """Fast path: is there any term in ``text`` at all (before exceptions)?"""
        if self.empty or not text:
            return False
        for _ in self._automaton.iter(fold(text)):
            return True
        return False

    def matches(self, text: str, folded: str | None = None,
                offsets: list[int] | None = None) -> Iterator[tuple[Rule, int, int]]:
        """``folded``/``offsets``: ``fold_with_offsets(text)`` when the caller has it already."""
        if folded is None or offsets is None:
            if not self.has_match(text):
                return
            folded, offsets = fold_with_offsets(text)
        if self.empty:
            return
        for end, (length, rules) in self._automaton.iter_long(folded):
            start = end - length + 1
            if _inside_latin_word(folded, start, end):
                continue
            for rule in rules:
                if rule.excepted(folded, start, end + 1):
                    continue
                if rule.category == "entertainment" and _inside_code(folded, start, end):
                    continue
                yield rule, offsets[start], offsets[end] + 1


def _lexicon_matches(text: str, folded: str, offsets: list[int], screener: Screener) -> list[tuple[Rule, int, int]]:
    """The screener's matches, and political wording split by white space between Han characters (南京 事件,
    台湾\n政府): read once more with the gaps taken out, positions mapped back to ``text``."""
    found = list(screener.matches(text, folded, offsets))
    gaps = [m.span() for m in HAN_GAP.finditer(folded)]
    if not gaps:
        return found
    dropped = {i for a, b in gaps for i in range(a, b)}
    keep = [i for i in range(len(folded)) if i not in dropped]
    squeezed = "".join(folded[i] for i in keep)
    taken = [(s, e) for rule, s, e in found if rule.category == "political"]
    for rule, start, end in screener.matches(text, squeezed, [offsets[i] for i in keep]):
        if rule.category == "political" and not any(start < e and s < end for s, e in taken):
            found.append((rule, start, end))
            taken.append((start, end))
    return found


def _inside_latin_word(folded: str, start: int, end: int) -> bool:
    """A Latin term (yyds, emo) glued to more Latin letters is part of another word (remove, demo)."""
    def latin(i: int) -> bool:
        return 0 <= i < len(folded) and "a" <= folded[i] <= "z"
    return (latin(start) and latin(start - 1)) or (latin(end) and latin(end + 1))


def _inside_code(folded: str, start: int, end: int) -> bool:
    """A Latin entertainment term (``folded[start:end + 1]``, all ASCII letters and digits) glued to a digit or to link
    punctuation (``CODE_BEFORE``, ``CODE_AFTER``, as ``content_patterns.ABBREVIATION`` reads them) is part of a link, a
    handle or a code, not slang. (Advertising terms are read there on purpose.)"""
    if not folded[start:end + 1].isascii() or not folded[start:end + 1].isalnum():
        return False
    before = folded[start - 1] if start else " "
    after = folded[end + 1] if end + 1 < len(folded) else " "
    domain = after == "." and end + 2 < len(folded) and "a" <= folded[end + 2] <= "z"  # (skr.cn)
    return before in CODE_BEFORE or after in CODE_AFTER or domain


def _context(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def _post_evidence(post: dict) -> dict:
    return {"post_id": post.get("post_id"), "post_url": post.get("url"), "created_at": post.get("created_at"),
            "text": (post.get("text") or "")[:2000]}


@dataclass
class ContentRules:
    """Everything a post is screened with: lexicon terms, correct-form typo generator, leaders' titles."""

    screener: Screener
    typos: TypoFinder | None = None
    leaders: dict[str, list[str]] = field(default_factory=dict)
    model: ContentModel | None = None  # learned second opinion on ads and entertainment (content_model.py)

    @classmethod
    def load(cls, lexicon_dir: str | Path | None = None, model: bool = False, ime: str | None = "") -> ContentRules:
        """``ime``: the input method's language model for the typo layer (``content_typo_ime``): a path, "" for the
        default places (``detect.content_typo_ime_model``), None for the layer off."""
        typos = TypoFinder(load_terms(lexicon_dir))
        typos.ime = None if ime is None else content_typo_ime.load(str(ime))
        return cls(Screener(load_rules(lexicon_dir)), typos, leaders_table(lexicon_dir), load_model() if model else None)


@dataclass(frozen=True)
class _Hit:
    start: int  # original text
    end: int
    category: str  # evidence category (sensitive / advertising / entertainment / custom lexicon name)
    cls: str | None  # typo / political / ad / entertainment (None for a custom lexicon category)
    rule: str
    term: str
    suggestion: str
    note: str
    how: str = ""
    leader: bool = False


def _hits(text: str, rules: ContentRules, folded: str | None = None, offsets: list[int] | None = None,
          year: int | None = None, region: str = "") -> list[_Hit]:
    """``year``: the post's year, for numbers that depend on the date (``content_typo.dated_slips``); ``region``: the
    posting account's registry region, which makes its province's county names its own (``content_typo.county_names``)."""
    if folded is None or offsets is None:
        folded, offsets = fold_with_offsets(text)

    def orig(a: int, b: int) -> tuple[int, int]:
        return offsets[a], offsets[b - 1] + 1

    quoted = quoted_spans(folded)
    in_quotes = [(offsets[a], offsets[b - 1] + 1) for a, b in quoted]
    correction = bool(CORRECTION.search(folded))
    warning = is_warning(folded)
    scam_warning = warns_of_scam(folded)
    language = about_language(folded)
    hits: list[_Hit] = []
    slang: list[_Hit] = []
    mild: list[_Hit] = []
    ad_terms: list[_Hit] = []
    for rule, start, end in _lexicon_matches(text, folded, offsets, rules.screener):
        cls = CATEGORY_CLASS.get(rule.category)
        if cls == "typo" and correction:
            continue  # a correction notice quotes the wrong form in order to correct it
        if cls == "political" and correction and any(s <= start and end <= e for s, e in in_quotes):
            continue  # …and a wrong wording too, in quotation marks
        if cls == "political" and TW_STATE_TERM.match(rule.term) and so_called(text, start):
            continue  # 所谓“台湾国旗”: a state's attribute of Taiwan named as theirs is the guidelines' own form
            # (《关于正确使用涉台宣传用语的意见》 — content-political33, item 471; quotes alone do not right it:
            # 昨日推文提到“台湾政府”回应 reuses the wording)
        if cls == "ad":
            if not (warning or any(s <= start and end <= e for s, e in in_quotes)):
                ad_terms.append(_Hit(start, end, rule.category, cls, rule.rule_id, rule.term, rule.suggestion,
                                     rule.note))
            continue  # a warning or an enforcement case names the sales pitch it condemns
        if cls == "entertainment" and (scam_warning or (language and rule.note in (SLANG_NOTE, MILD_SLANG_NOTE))
                                       or (warning and rule.note == GOSSIP_NOTE)) \
                and any(s <= start and end <= e for s, e in in_quotes):
            continue  # a post about language (流行语盘点) quotes the slang it discusses; a scam warning quotes the
            # gossip it is baited with (“明星恋情实锤”链接别乱点); an enforcement case or a consumer warning quotes the
            # gossip word of what it condemns (“网红同款”涉嫌假冒), as it quotes the sales words (see ad terms above)
        if cls == "entertainment" and rule.note == SLANG_NOTE:
            slang.append(_Hit(start, end, rule.category, cls, rule.rule_id, rule.term, rule.suggestion, rule.note))
            continue
        if cls == "entertainment" and rule.note == MILD_SLANG_NOTE:
            mild.append(_Hit(start, end, rule.category, cls, rule.rule_id, rule.term, rule.suggestion, rule.note))
            continue
        category = "sensitive" if cls == "political" else rule.category
        hits.append(_Hit(start, end, category, cls, rule.rule_id, rule.term, rule.suggestion, rule.note))
    # pinyin-initial abbreviations the word list does not hold (content_patterns.abbreviation_hits): slang too
    for start, end in abbreviation_hits(text):
        if any(h.start < end and start < h.end for h in hits + slang + mild):
            continue
        if language and any(s <= start and end <= e for s, e in in_quotes):
            continue
        slang.append(_Hit(start, end, "entertainment", "entertainment", ABBREVIATION_RULE, text[start:end],
                          "使用规范的政务表达", SLANG_NOTE))
    # Slang alone is allowed (000 §2.3 encourages lively language; anti-fraud posts use memes): it is
    # over-entertainment when two different slang words pile up, or one in a post that warns about nothing.
    if len({fold(h.term) for h in slang}) >= 2 or (slang and not FRAUD_WARNING.search(folded)):
        hits.extend(slang)
    ads, weak_spans = ad_hits(folded, quoted)
    # A mild one needs company: another slang word, another entertainment finding or a chatty tone. In an ad the chatty
    # tone is the seller's (盲盒隐藏款 on sale under a #文创# tag): the ad is reported, the mild word is its pitch.
    if mild and not FRAUD_WARNING.search(folded) and (
            len({fold(h.term) for h in mild + slang}) >= 2 or (CHATTY.search(folded) and not ads)
            or any(h.cls == "entertainment" for h in hits)):
        hits.extend(mild)
    lexicon_spans = [(h.start, h.end) for h in hits if h.category == "sensitive"]
    political_found = list(political_hits(folded, rules.leaders, year))
    # A post that sells or jokes writes words on purpose (陶宝, 徽信 past a platform's filter; 瑞思拜), and a warning
    # or an enforcement case quotes the offers' wording (含绒量仅为62%): a language model's guess (a typo with a
    # ``basis``) is no slip there, nor on a word another lexicon knows.
    fun = [p for p in entertainment_hits(folded)
           if not (scam_warning and any(a <= p.start and p.end <= b for a, b in quoted))]  # (the bait a scam warning quotes)
    guessing = not (ads or ad_terms or slang or mild or warning or fun)
    other_spans = [(h.start, h.end) for h in hits + slang + mild + ad_terms]
    # a guess of the language model (``basis``) never outweighs a rule's political reading of the same characters:
    # 安菲特里特, an English chart name in transliteration, is no slip of 安排
    other_spans += [orig(p.start, p.end) for p in political_found]
    leader_spans: list[tuple[int, int]] = []
    if rules.typos is not None and not correction:
        for t in rules.typos.find(text, folded, offsets, region) + dated_slips(text, folded, offsets, year):
            if any(t.start < e and s < t.end for s, e in lexicon_spans + leader_spans):
                continue
            if t.basis and (not guessing or any(t.start < e and s < t.end for s, e in other_spans)):
                continue
            if not t.leader and _political_wins(t, text, political_found, orig, rules, year):
                continue  # the wording is wrong politically whatever the slip: 南中国海 (南海), not 中国海警局
            if t.leader and _title_rule_wins(t, text, political_found, orig):
                continue  # 全国政协主任王沪宁: the organ's title rule makes the same correction (主席), a wrong title
            if t.leader and _former_holder_wins(t, text):
                continue  # 国务院总理李克强: a real former premier (the political rules judge the date), not a slip of 李强
            hits.append(_Hit(t.start, t.end, "sensitive", "typo", f"typo:{t.how}", t.correct, t.correct,
                             f"{t.how}错字" + ("（领导人姓名）" if t.leader else "") + (f"（{t.basis}）" if t.basis else ""),
                             t.how, t.leader))
            lexicon_spans.append(_slip_span(t, text) if t.leader else (t.start, t.end))
            if t.leader:
                leader_spans.append((t.start, t.end))
            # (a title left wrong by a slip (付总理张国清) is the slip's finding; a leader's slip spans the title and the
            # name, yet only its changed characters are the slip: a political finding inside that span is the slip's,
            # one reaching beyond it (国家中央军委副主席张有侠: 国家 + 中央军委) reads more and stands — content-political33)
    pattern_hits = political_found
    pattern_hits += ads
    # A sales word alone (秒杀, 优惠券) is not yet an ad: it needs a second, different sign of selling.
    term_spans = [(h.start, h.end) for h in ad_terms]
    other_weak = [(a, b) for a, b in weak_spans
                  if not any(offsets[a] < e and s < offsets[b - 1] + 1 for s, e in term_spans)]
    if ads or other_weak or len({fold(h.term) for h in ad_terms}) >= 2:
        hits.extend(ad_terms)
    if ads:
        # a seller's pitch for its shop (新开的网红烤肉店) is the ad's wording, reported as the ad, not as gossip
        hits = [h for h in hits if not (h.cls == "entertainment" and BUSINESS_PITCH.match(text[h.end:h.end + 8]))]
        hits = [h for h in hits if not (h.cls == "entertainment" and SELLER_STAFF.search(text[max(0, h.start - 5):h.start]))]
        # (a gossip word naming the seller — 网红主播, 网红带货 — is the ad's wording too)
        hits = [h for h in hits if not (h.cls == "entertainment" and h.note == GOSSIP_NOTE
                                        and SELLING_ROLE.match(text, h.end))]
    pattern_hits += fun
    for p in pattern_hits:
        a, b = orig(p.start, p.end)
        if p.category in ("political", "sensitive"):  # wording (a misspelt fixed formulation is "sensitive")
            if any(a < e and s < b for s, e in lexicon_spans) or any(s <= a and b <= e for s, e in leader_spans):
                continue
            if correction and (p.category == "sensitive" or any(s <= a and b <= e for s, e in in_quotes)):
                continue  # the correction notice quotes the wrong wording it corrects
            hits.append(_Hit(a, b, "sensitive", CATEGORY_CLASS[p.category], p.rule, text[a:b], p.suggestion, p.note))
        else:
            hits.append(_Hit(a, b, p.category, CATEGORY_CLASS[p.category], p.rule, text[a:b], p.suggestion, p.note))
    return hits


def _slip_span(typo, text: str) -> tuple[int, int]:
    """The characters a typo changes (common head and tail of the written and the corrected text left out)."""
    written, right = text[typo.start:typo.end], typo.correct
    head = 0
    while head < min(len(written), len(right)) and written[head] == right[head]:
        head += 1
    tail = 0
    while tail < min(len(written), len(right)) - head and written[-1 - tail] == right[-1 - tail]:
        tail += 1
    if head + tail >= len(written):  # (a dropped character: the slip is where it was)
        return typo.start + max(0, head - 1), typo.start + min(len(written), head + 1)
    return typo.start + head, typo.end - tail


def _political_wins(typo, text: str, political_found, orig, rules: ContentRules, year: int | None) -> bool:
    """A political finding overlaps a generated typo and still stands when the typo is corrected: the wording is
    politically wrong whatever the slip (南中国海局势 read as 中国海警局 missing 警; 臺灣總統 in a short post read as
    异体字 of 台湾), so the political finding is reported and the typo's guess is not. Where the correction removes
    the political reading (付总理张国清: 副总理 is the title he holds), the slip explains it and is reported instead.
    Characters swapped where they are the items of a fixed formulation (党政军民学，东南西北中) are the formulation's
    order: the labelled sets (dev13 … dev15) call every order of a fixed formulation's items political, and a swap
    inside one word (想思, 会全, 委常) a typo. A political finding whose suggestion is the typo's correction (傜族 →
    瑶族, 坦尚尼亚 → 坦桑尼亚) names the form as an outdated or another side's name of the same thing: the rule
    explains the form, and it is reported as such (content-political24).
    Both would be 错敏字 for the report (``report.improper_content_categories``), so nothing of the veto is lost;
    the more serious reading keeps the span."""
    overlapping = [p for p in political_found if typo.start < orig(p.start, p.end)[1]
                   and orig(p.start, p.end)[0] < typo.end]
    if not overlapping:
        return False
    if typo.how == "颠倒" and any(p.rule == "political:提法顺序" for p in overlapping):
        return True  # items of a fixed formulation out of order (东南西北中) are the formulation's order, not a slip
    if any(p.suggestion.split("（")[0] == typo.correct for p in overlapping):
        # the rule knows the form as another name of the same thing (傜族 for 瑶族, 坦尚尼亚 for 坦桑尼亚): an
        # outdated or another side's name written as such, not a slip that happens to lie one character away
        return True
    fixed = text[:typo.start] + typo.correct + text[typo.end:]
    if any(text[:a] + p.suggestion.split("（")[0] + text[b:] == fixed
           for p in overlapping for a, b in [orig(p.start, p.end)]):
        # the same, where the typo's span is longer than the rule's (环江毛难族自治县 read by the county names as a slip of
        # 毛南, by the rule as the renamed people's old name 毛难族): the rule's suggestion in place gives the typo's text
        # (content-political29)
        return True
    still = {p.rule for p in political_hits(fold(fixed), rules.leaders, year)}
    return any(p.rule in still for p in overlapping)


def _title_rule_wins(typo, text: str, political_found, orig) -> bool:
    """A leader's name with a title one character off (全国政协主任王沪宁: the leaders table reads 全国政协主席王沪宁)
    where a political finding on the title alone (``INSTITUTION_TITLE``: 全国政协 has a 主席, not a 主任) gives the same
    corrected text: the name is right and the title is the wrong one of its organ, the political rule's reading; the
    typo layer keeps the leader's finding where the name itself changes (李强 misspelt) or no rule reads the title
    (付总理张国清: 付 is a slip, not a title of any organ) or the rule reads the leader's words whole (习近平新时代中国特色
    会主义思想: a dropped 社 in the name of the thought, the typo's and the formulation rule's span alike) (content-political26)."""
    fixed = text[:typo.start] + typo.correct + text[typo.end:]
    for p in political_found:
        a, b = orig(p.start, p.end)
        if not (typo.start <= a and b <= typo.end and (a, b) != (typo.start, typo.end)):
            continue  # (only a finding on the title alone: the name beside it is the leader's, written right)
        if text[:a] + p.suggestion.split("（")[0] + text[b:] == fixed:  # its suggestion in place: the same text
            return True
    return False


def _former_holder_wins(typo, text: str) -> bool:
    """A leader's finding of the typo layer whose written name is a real person who held a post and left it
    (``lexicons/state_offices.txt`` ``former`` rows: 李克强 国务院总理 2023): 国务院总理李克强 is no slip of 李强 with a
    character added but a former premier — named as the current one in a post after he left (the political rules'
    finding: the leader's title, the former office) or rightly in a dated mention (2019 年, 时任), which no layer
    reports (content-political38)."""
    written = text[typo.start:typo.end]
    return any(name in written and name not in typo.correct for name in offices().former)


def screen_posts(posts: Iterable[dict], screener: Screener | ContentRules, names: dict[str, str] | None = None,
                 units: dict[str, str] | None = None, overlap: OverlapIndex | None = None,
                 regions: dict[str, str] | None = None, errors: list[str] | None = None) -> Iterator[dict]:
    """Content findings of ``posts``. ``units`` (account key → registered unit) tells the unit's own documents and
    voice from another body's; ``overlap`` indexes the context's posts to find verbatim copies. A post whose screening
    fails (a defect of a rule on a text nobody foresaw) is skipped with an error naming it in ``errors`` (the run's,
    ``DetectionContext.errors``) and the traceback in the log, so that the other posts are still screened."""
    rules = screener if isinstance(screener, ContentRules) else ContentRules(screener)
    names = names or {}
    units = units or {}
    regions = regions or {}
    posts = list(posts)
    texts_of: dict[str, list[str]] = {}  # each account's posts, for a generated typo its own posts repeat
    for post in posts:
        texts_of.setdefault(account_key(post["platform"], post["account_id"]), []).append(post.get("text") or "")

    def screened(post: dict) -> Iterator[dict]:
        text = post.get("text") or ""
        key = account_key(post["platform"], post["account_id"])
        name = names.get(key, post["account_id"])
        who = f"账号“{name}”发文 {post.get('created_at') or ''}".strip()
        seen: set[tuple[str, str]] = set()
        folded, offsets = fold_with_offsets(text)
        created = str(post.get("created_at") or "")
        rule_classes: set[str | None] = set()
        rule_ids: set[str] = set()
        for hit in _hits(text, rules, folded, offsets, int(created[:4]) if created[:4].isdigit() else None,
                         regions.get(key, "")):
            rule_classes.add(hit.cls)
            rule_ids.add(hit.rule)
            matched = text[hit.start:hit.end]
            if (hit.rule, fold(matched)) in seen:  # one finding per post, rule and wording
                continue
            if account_usage(hit, matched, texts_of.get(key, ())):
                continue
            seen.add((hit.rule, fold(matched)))
            zh = CLASS_ZH.get(hit.cls or "", CATEGORY_ZH.get(hit.category, hit.category))
            suggest = hit.suggestion if hit.cls in ("typo", "political") else ""
            reason = f"{zh}：“{matched}”" + (f"应为“{suggest}”" if suggest else "")
            score = CATEGORY_SCORE.get(hit.cls or hit.category, 0.5)
            if hit.leader or hit.rule.endswith("领导人职务") or hit.rule.endswith("强制点赞"):
                score = 1.0
            yield make_finding(
                "content", post["platform"], post["account_id"], score=score, reasons=[reason, who],
                evidence={**_post_evidence(post), "rule": hit.rule, "category": hit.category, "class": hit.cls,
                          "term": hit.term, "match": matched, "start": hit.start, "end": hit.end,
                          "context": _context(text, hit.start, hit.end), "suggestion": hit.suggestion,
                          "correct": suggest or None, "how": hit.how or None, "leader": hit.leader,
                          "note": hit.note})
        if rules.model is not None:
            for opinion in rules.model.opinions(text):
                if opinion.cls not in rule_classes and not model_silenced(opinion.cls, folded) \
                        and not (opinion.cls == "entertainment" and "ad" in rule_classes) \
                        and not (opinion.cls == "ad" and SHOPPING_CHATTER_RULE in rule_ids and "ad" not in rule_classes) \
                        and not (opinion.cls == "ad" and "entertainment" in rule_classes and not _sales_channel(folded)):
                    # (a seller's chatty pitch is the ad's tone: the rules report it as the ad; the account's own
                    # shopping chatter — 剁手清单, 你们买了啥 — speaks of buying and sells nothing: reported as entertainment;
                    # so does the editor's review of a 网红 shop or a fans' prize draw, with a price or a prize and no way
                    # to buy — no link, shop entrance, phone or booking: the rules' entertainment finding says it)
                    # (a rule finding of the class says it already, with a span)
                    yield _model_finding(post, rules.model.name, opinion, who)
        repost = repost_hit(post, units.get(key, ""), overlap, folded, names.get(key, ""))
        if repost is not None:
            yield make_finding(
                "content", post["platform"], post["account_id"], score=REPOST_SCORE,
                reasons=["转载未注明来源", repost.reason, who],
                evidence={**_post_evidence(post), "rule": "repost:no_source", "category": "repost_source",
                          "class": "unsourced_repost", "basis": repost.basis, "copied_from": repost.copied_from,
                          "overlap_chars": repost.overlap or None})

    for post in posts:
        try:
            found = list(screened(post))
        except Exception as exc:  # noqa: BLE001 — one post a rule fails on must not lose the other posts' findings
            where = f"{post['platform']}/{post['account_id']}/{post.get('post_id') or '?'}"
            log.error("content screening failed on post %s:\n%s", where, traceback.format_exc())
            if errors is not None:
                errors.append(f"帖子 {where} 内容检查出错，已跳过：{type(exc).__name__}: {exc}")
            continue
        yield from found


# A stretch one slip from a formal term that the account writes in this many of its posts (a footer, a signature, a
# recurring column title: 往期推荐 ▶ 冬季安全生产检查) is its own wording, not a slip of the pen. Only the generated
# candidates stand down: a known wrong form of the lexicon, a leader's name and a wrong number are reported however
# often they recur.
TYPO_USAGE_MIN = 3


def account_usage(hit: _Hit, matched: str, texts: Iterable[str]) -> bool:
    if hit.cls != "typo" or not hit.rule.startswith("typo:") or hit.leader or hit.how == "数字":
        return False
    return sum(1 for t in texts if matched in t) >= TYPO_USAGE_MIN


def _sales_channel(folded: str) -> bool:
    """Does the (folded) text give a way to buy (a link, a shop's entrance, a phone, a booking: ``content_ads.CHANNEL``)?"""
    return any(pattern.search(folded) for _, pattern in CHANNEL)


def model_silenced(cls: str, folded: str) -> bool:
    """The model's opinion is not asked where the rules stand down on purpose: a warning or an enforcement case
    names the sales pitch it condemns (``is_warning``), and an anti-fraud post may joke (``FRAUD_WARNING``)."""
    if cls == "ad":
        return is_warning(folded)
    return cls == "entertainment" and bool(FRAUD_WARNING.search(folded))


def _feature_zh(feature: str) -> str:
    kind, _, value = feature.partition(":")
    if kind == "s":
        return SHAPE_ZH.get(value.removesuffix("3+"), value) + ("（3 处以上）" if value.endswith("3+") else "")
    return f"“{value}”" + ("（分词）" if kind == "w" else "")


SHAPE_ZH = {"url": "链接", "phone": "电话号码", "wxid": "微信号", "price": "价格", "discount": "折扣",
            "emoji": "表情符号", "excl2": "连用感叹号、问号或波浪号", "excl": "感叹号", "question": "问号",
            "hashtag": "话题标签"}


def _model_finding(post: dict, model_name: str, opinion, who: str) -> dict:
    """A review-band finding: the model is confident, no rule of the class fired; evidence says why."""
    zh = CLASS_ZH[opinion.cls]
    why = "、".join(_feature_zh(f) for f, _ in opinion.top) or "（无）"
    score = round(opinion.score, 4)  # the same value in the reason and in the evidence
    return make_finding(
        "content", post["platform"], post["account_id"], score=MODEL_SCORE,
        reasons=[f"疑似{zh}（模型判断，待人工复核）：得分 {score:.2f}，阈值 {opinion.threshold:.2f}；"
                 f"主要依据：{why}", who],
        evidence={**_post_evidence(post), "rule": f"model:{model_name}", "category": CLASS_CATEGORY[opinion.cls],
                  "class": opinion.cls, "review": True, "model": model_name, "model_score": score,
                  "threshold": opinion.threshold,
                  "features": [{"feature": f, "contribution": c} for f, c in opinion.top]})


def detect(ctx: DetectionContext) -> Iterator[dict]:
    """Screen the posts of registered live accounts (content rules apply to official accounts)."""
    rules = ContentRules.load(ctx.setting("detect.lexicon_dir") or None, model=bool(ctx.setting("detect.content_model")),
                              ime=ctx.setting("detect.content_typo_ime_model") if ctx.setting("detect.content_typo_ime")
                              else None)
    live_entries = [r for r in ctx.registry if (r.get("status") or "active") in LIVE_STATUSES]
    live = {account_key(r["platform"], r["account_id"]): r.get("name") or r["account_id"] for r in live_entries}
    units = {account_key(r["platform"], r["account_id"]): r.get("unit") or "" for r in ctx.registry}
    regions = {account_key(r["platform"], r["account_id"]): r.get("region") or "" for r in ctx.registry}

    def unit_of(post: dict) -> str:
        # Accounts of one registered unit share their texts; an unregistered account is its own author.
        key = account_key(post["platform"], post["account_id"])
        return units.get(key) or key

    accounts = ctx.accounts_by_key

    def name_of(post: dict) -> str:
        key = account_key(post["platform"], post["account_id"])
        return live.get(key) or (accounts.get(key) or {}).get("name") or ""

    def runner_of(post: dict) -> str:
        # the body the platform verified as running the account (verified_reason: 中华人民共和国应急管理部)
        key = account_key(post["platform"], post["account_id"])
        account = accounts.get(key) or {}
        return (account.get("verified_reason") or "") if account.get("verified") else ""

    overlap = OverlapIndex(ctx.posts, unit_of, name_of, runner_of)
    posts = (p for p in ctx.posts if account_key(p["platform"], p["account_id"]) in live)
    for finding in screen_posts(posts, rules, live, units, overlap, regions, ctx.errors):
        if ctx.as_of is not None:
            finding["detected_at"] = ctx.as_of.isoformat(timespec="seconds")
        yield finding
