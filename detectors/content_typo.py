"""Misspelt formal terms and leaders' names (错字), generated from lexicons of *correct* forms.

A span of a post is reported when it is one slip away from a correct formal term (``lexicons/formal_terms.txt``)
or from a leader's name next to a title (``lexicons/leaders.txt``):

* one character replaced by a look-alike (形近), a sound-alike (音近, fuzzy pinyin) or a pinyin-input slip
  (one letter off) — at the edge of a three-character term (外交步, 河北襄, 林长纸) a sound-alike only where the window
  does not read as the text's own words (a dictionary word, a common pair inside it, a common one-character word such as
  是 / 时, a word with the neighbour outside) and, for the last character, only before a break (台湾参访 is 台湾 + 参访);
  in long terms (7+ characters) by any Chinese character, since nothing else fits there —
  unless the term's first or last word becomes another word (推动 → 推进高质量发展 is another phrasing);
* two adjacent characters replaced by sound-alikes (a mis-chosen word of the input method: 主义 → 注意; at the
  edge of a term of 6+ characters too: 价值观 → 价直关) or swapped (人民和共国);
* two separate characters of a 6+ character term each replaced by a look-alike, sound-alike or input slip
  (中华仁民共合国);
* an interior character dropped (5+ characters; not when what is left is a word) or doubled (4+), or an extra one
  inserted (6+); the last character dropped before punctuation when it splits the term's last word
  (全面建成小康社，).

Terms are matched in a view of the post without quotation marks and with ``，；`` between Chinese characters read as
``、`` (``matching_view``: “三衣”工作, 共抓大保护，不搞大开伐); two-character numbered formulas (三农, 双减) only where quoted
whole (``quoted_short_slips``). Every ethnic autonomous prefecture, county and banner of the gazetteer is a term by its
full name and its ethnic part (``autonomous_division_forms``: 土族苗族自治州 is 土家族苗族自治州 with 家 left out); every
prefecture-level name (``prefecture_names``) and every county-level name with its level word (``county_names``: 刘阳市 is
浏阳市 misspelt) too — a county's only in a post of an account of its province or naming its province or prefecture,
since one of ~2,800 county names one character off is as often a place the gazetteer does not hold. In a
fixed term a character sharing a part and a near glyph (``charsim.part_alike``: 护 / 扩) is a look-alike too.

Beside a national title a listed leader's name with one part of a character changed (``charsim.same_part``: 谌贻琴 →
谌胎琴, 台 kept) is a look-alike; inside a formal term (not at its edge, not a place name) a glyph drawn nearly alike
(cosine ≥ ``NEAR_GLYPH_MIN``: 党中央 → 党申央) is one too; at the edge of a long term (7+ characters) a character with
one part in common in the same place (``charsim.same_part``: 名村 → 名材) is one too, unless the edge word became another
word (医疗保险 → 医疗保障). A quoted numbered formula (“两个维护”) after the verb the
lexicon writes it with, or before the words that follow it there, is checked with any character in place
(``quoted_formula_slips``: 做到“两个拥护”), unless the quoted form is itself a formula of the lexicon (两个确保).

A term the lexicon does not list is checked against the post itself: written correctly in one place and with one
look-alike or sound-alike character elsewhere (优抚对象 … 优扶对象), the other form is the slip (``in_post_variants``);
three shared characters suffice where the changed one is the middle one and the right form is a whole hashtag
(#环巢湖) or a known dictionary word (黄梅戏 in 黄梅戏剧院), and then its being a place's or person's name is no excuse.
A rare dictionary entry whose twin with the other form's character is common (坐谈会 3 beside 座谈会 1114:
``_misspelt_entries_only``) is the dictionary's own misspelling, no word the post was written with.
A current national leader's name opening a sentence or headline that reports a speech at a national meeting
(蔡祺在全国公安机关视频会议上强调) is checked without a title (``TypoFinder._speaker``).

A short term (3–4 characters) is not reported where jieba's segmentation of the text around it reads a word of three or
more characters across its edge (``_cuts_longer_word``: 国防教育|周 is no 教育局, 主城|都市区 no 成都市), nor where its
last character is replaced by a period word naming a campaign the text holds (``_event_period``: 开展纪律教育周活动).
In a term written two ways in one post, sound is judged by the reading the right character has in its word
(``confusion_in``: 官方 / 官网 are no sound-alikes, 方 is wang only in an old word).

Exceptions: a division's level character written as a common one-character word (谪居儋州时); numerals differ
in numbered sessions and plenums (二十届四中全会 / 五中全会 are both right), a
span that is itself a correct term, a changed region word (省/市/县…), a character left out or added between two whole
words of the term (安全生产检查, 家庭医生签约等服务), a numbered formula's numeral turned into an everyday word (县以下基层),
a span whose changed characters all lie in its first characters and make another division's short form
where the term too starts with a place or a word (荆州古城 is 荆州's old town, not 青州古城 misspelt:
``_starts_with_other_place``), a span that is another listed form with a function word at its edge (在 +
右江革命根据地 is no 左右江革命根据地 misspelt), and edits at the edge of a term (that is a
neighbouring word, e.g. 中国共产党党员, or part of a longer dictionary word across the edge: 中国林学会 is not
中国梦 misspelt). In a leader's name with a title only the name may differ — the title is the anchor; a national office's full
title (全国政协副主席, 国务委员) anchors every listed leader's name, a title local offices share only its holder's — and a name
without a title is never reported (ordinary people share leaders' names), except a three-character name of a
leader whose titles are checked followed by what the news says of a leader (强调, 出席, 重要讲话…), and a
two-character name or a name checked by name only when, besides, a national body follows (李墙主持召开国务院常务会议).
Past leaders of the Party and the state (third column 历史人物 of ``leaders.txt``) are checked by name only, and only
followed by the words that remember them (周恩莱同志诞辰, 朱得故居).
Provincial leaders (``lexicons/provincial_leaders.txt``) are checked by name only, next to the bare provincial titles a
provincial account writes (省委书记, 省长, 自治区主席…; a municipality's 市委书记 / 市长 only in a post naming it) or
before 主持 and a meeting only they chair (省委常委会会议). A name that is another listed leader's is never a slip.

A place's named experience or reform (X经验, X模式, X医改, X样板), or its named history and sights (X起义, X纪念馆,
X古城, X景区…: ``NAMED_SIGHTS``) whose two characters are one look-alike or sound-alike off a division's short form that
the post or the account's region names, and no short form themselves, is that place misspelt (``named_model_slips``:
长厅经验 beside 长汀县, 三名医改 by an account of 三明市, 白色起义 in a post naming 百色); so is such a short form before
县 or 旗 (``NAMED_COUNTY``: 门原县 by an account of 门源回族自治县, whose full name the county names of the lexicon hold).
A function word inside a division's name that makes no word with either neighbour is that name misspelt where the
account's own region holds the name (``_function_char_alone``: 格而木 by an account of 格尔木市; 的城市 stays text).
Natural features and landmarks of jieba's dictionary (``landmark_names``: ``ns`` names ending in a feature word, 哀牢山,
高黎贡山) are terms checked in place only (``_landmark_slip``: 哀劳山); the full names of local departments
(``department_words``: 民族宗教事务委员会) are terms too. A two-character lake or mountain of ``data/landmark_pairs.tsv``
with its first character slipped (颠池 for 滇池) is reported in a post of or naming its province
(``landmark_pair_slips``). The same character changed the same way in both places of a parallel phrase is a rewording
(一任接着一任干 → 一年接着一年干), and 和 / 与 / 及 for one another is style (文化体育及旅游局).
The posting account's own place written as its namesake of another province that the post does not place (同仁市 in
a post of 铜仁市) is its own place misspelt, the guards above notwithstanding; a two-character short form typed as a
word or place of the same letters (前夕市 for 黔西市), and a county's short form slipped before one of its own
townships (``town_stems``), are read from the gazetteer too (``content_typo_twins``).
An autonomous division's full name with its level word left out before one of its bodies (西藏自治人民政府:
``autonomous_level_drops``), a province's or city's short form before 人民政府 (广东人民政府: ``government_level_drops``)
and a national body's full name with one inner word left out (国务院国有资产管理委员会: ``body_word_drops``) are the
gazetteer's and the lexicon's names misspelt. A three-character name whose characters make no word with each other (a
transliteration: 纳木错) is misspelt by a function word of the same sound at its start too (那木错:
``_transliterated_edge``); a term's last character left out where what is left ends in a feature word (色季拉山 of
色季拉山口) is that feature's own name.
A slip in no lexicon is left to jieba's word probabilities (``content_typo_lm.probable_slips``, through
``TypoFinder._improbable``, after every other rule: 归国华桥联合会, 海上丝稠之路), except where a lexicon form stands as
written.

Candidates are found with one Aho-Corasick automaton over *anchors* (halves of the terms, titles of the leaders):
any single edit leaves one half intact (a swap across the middle leaves the first half but one), so each hit only
verifies a few windows around it; two slips leave one third of a long term intact (thirds are anchors too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import ahocorasick

from detectors import jieba_dict
from detectors.charsim import (
    component_of,
    confusion,
    fuzzy_readings,
    heard_as,
    is_cjk,
    part_alike,
    principal_reading,
    principal_sound_similar,
    readings,
    same_part,
    shape_candidates,
    shape_similar,
    sound_similar,
)
from detectors.content_political import _sentence_bounds
from detectors.content_typo_double import (
    double_slips,
    inner_double_slips,
    judged_double_slips,
    name_double_slips,
    numeral_double_slips,
)
from detectors.content_typo_heads import head_slips
from detectors.content_typo_ime import ImeModel
from detectors.content_typo_lm import probable_slips
from detectors.content_typo_split import TermCuts, boundary_slips
from detectors.content_typo_twins import division_word_slips, own_region_twin, town_led_slips
from detectors.content_typo_verse import idiom_pair_slips, idiom_slips, verse_slips
from detectors.names import glyph_similarity
from detectors.textnorm import fold, fold_with_offsets

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
NUMERALS = set("0123456789一二三四五六七八九十百零〇两")
REGION_CHARS = set("国省市县区州盟旗乡镇村街")
# what a level of government has of its own after its level character (区旗, 区徽, 市歌, 市花, 市树, 省花, 市鸟)
REGION_SYMBOL_CHARS = set("旗徽歌花树鸟")
# The last character of an office name (部/局/厅…): 教育局 is not a slip for 教育部.
OFFICE_CHARS = set("部局厅委办处科署院会室站所中心队组团")
CONJUNCTIONS = frozenset("和与及")  # one for another in a name is a style or another body's name, not a slip
UNDROPPABLE = set("和与及的之总省市国家第")  # dropped in official abbreviations (住房城乡建设部, 市场监管局, 六次全会)
STATE_PREFIX = "中华人民共和国"
OWN_COUNTRY = "我国"  # a formal term opening with it (我国向北开放重要桥头堡) is written without it too …
OWN_COUNTRY_REST_MIN = 6  # … where this many characters or more are left (a long fixed phrase of its own)
RANK_CHARS = frozenset("副总常")  # added to or left out of a leader's title they make another title, not a slip
NATIONAL_TITLE = re.compile(r"^(?:全国|中央|中共中央|国务|国家)[\u4e00-\u9fff]{2,}")  # 全国政协副主席, 国务委员
DEPUTY = "副"  # in any title: 国家主席 / 国家副主席 are two offices
LAW_ENDINGS = set("法典例定")
LEADER_VERBS = ("强调", "指出", "主持", "出席", "会见", "会谈", "致信", "致电", "发表", "签署", "考察", "视察", "作出",
                "重要讲话", "重要指示", "重要论述", "重要回信", "重要贺信", "在会上", "在会见", "在出席", "在主持", "在考察",
                "调研", "在调研", "在视察", "批示", "寄语", "讲话", "主持召开", "出席会议")
# What follows a national leader's meeting or visit (国务院常务会议, 全国…大会, 中央…会议): a two-character name
# before a leader's verb is checked only when one of these comes next — local officials share leaders' names.
NATIONAL_BODY = re.compile(r"国务院|中央|全国|国家|中共|中国|党中央|人民大会堂|两院院士|外国|外宾|总统|首相|总理")
NATIONAL_REACH = 16
# A bare title shared by local offices (书记, 主席) after a local body or a rank (县委副书记, 市政协主席, 公司党委书记):
# the name that follows is a local official's, not a national leader's.
GENERIC_TITLES = frozenset(("书记", "主席", "副主席"))
LOCAL_OFFICE_BEFORE = re.compile(r"(?:(?:[省市县区州盟旗乡镇村]|自治区|自治州)(?:委|纪委|政协|工委|人大常委会|政府)?|党委|党组|党工委|"
                                 r"支部|总支|街道|社区|公司|集团|协会|学会|商会|大学|学院|学校|医院|工会|妇联|团委|局|厅|中心)?"
                                 r"(?:副|常务副)?(?:书记|主席|主任|[省市县区镇乡]长|局长|厅长|部长|院长|校长|经理|董事长|"
                                 r"委员|常委|代表)$")
LOCAL_BEFORE = re.compile(r"(?:(?:[省市县区州盟旗乡镇村]|自治区|自治州)(?:委|纪委|政协|工委)|党委|党组|党工委|支部|总支|街道|社区|"
                          r"公司|集团|协会|学会|商会|大学|学院|学校|医院|工会|妇联|团委|中心)?(?:副|常务副)?$")
# What a sentence about a national leader says (重要讲话, 总书记…): a misspelt leader's name without a title is
# checked only in such a sentence.
LEADER_CONTEXT = re.compile(r"总书记|主席|委员长|总理|重要讲话|重要论述|重要指示|重要批示|重要回信|重要贺信|思想|新时代|党中央|"
                            r"中央政治局|同志|强调|指出|指示|讲话精神|重要文章|署名文章|治国理政")
# What follows a provincial leader's two-character name after the title (省长王凯主持…, 省委书记林武在…): a Chinese
# character that starts none of these may be the rest of a longer name (省长王凯文), not a misspelt one.
NAME_END = re.compile(r"[^\u4e00-\u9fff]|同志|在|到|赴|来|于|一行|等|和|与|及|带队|率|深入|表示|说|对|为|向|召开|前往|"
                      r"听取|发来|检查|走访|看望|慰问|会同|要求|参加|专程|先后|围绕|就|同|担任|当选|宣布|介绍|参观|接受|"
                      + "|".join(LEADER_VERBS))
# 在 + a meeting + 上 + what a leader said there, the name before 在 (蔡奇在全国…会议上强调): TypoFinder._speaker
SPEAKER_SENTENCE = re.compile(r"在(?P<meeting>[^，。；！？!?\n“”]{2,40}?(?:会议|大会|会|论坛|典礼|仪式|活动))上"
                              r"(?P<verb>强调|指出|讲话|发表|表示|作|致辞)")
SPEAKER_SHORT_VERBS = frozenset(("强调", "指出"))  # a two-character name: only what no speaker but a leader says
VARIANT_POST_MAX = 3  # traditional or variant characters in a post written in simplified ones (see _variants)
GENERIC_MIN = 7  # any Chinese character may be the wrong one in a term this long
DROP_MIN = 5
SOUND_EDGE_MIN = 4
SLIP_MIN = 5
DOUBLE_MIN = 4
INSERT_MIN = 6
TRANSPOSE_MIN = 4  # two adjacent characters swapped inside a term
TRANSPOSE_EDGE_MIN = 6  # …or at its edge (a short term's edge pair may be a neighbouring word read backwards)
REDUPLICATED_MIN = 4  # a reduplicated pair of a term this long changed as one (久久为功 → 九九为功)
TWO_SLIP_MIN = 6  # two separate look-alike or sound-alike slips in one term (中华仁民共合国)
NEAR_GLYPH_MIN = 0.78  # glyph cosine of a look-alike inside a fixed term (charsim.PART_GLYPH_MIN: 中 / 申 0.80)
CUT_MIN = 4  # the last character missing before punctuation (全面建成小康社，)


@dataclass(frozen=True)
class Term:
    correct: str  # folded
    display: str  # as written in the lexicon
    mutable: tuple[int, int] | None  # only positions in [a, b) may differ (a leader's name); None = any
    leader: bool = False
    title_only: bool = False  # the mutable part is the title (李强总里), not the name
    national: bool = False  # a two-character name before a verb: only when a national body follows (see find)
    provincial: bool = False  # a provincial leader's name next to a provincial title (provincial_leaders.txt)
    place: str = ""  # the post must name this place (a municipality's bare 市长 / 市委书记: every city has one)
    # a provincial leader's name before 主持: only when a provincial leading body's meeting follows — a province's
    # ("") or a named municipality's (北京: 市委常委会 in a post naming 北京)
    chairs: tuple[str, ...] = ()
    division: bool = False  # an ethnic autonomous division's name or its ethnic part (autonomous_division_forms)
    # a county-level division (county_names): reported only where the post or the account's region names one of
    # these — the provinces and prefectures of the divisions of that name, full and short (湖南省, 湖南, 长沙市, 长沙)
    places: tuple[str, ...] = ()
    # a county-level division's stem of three characters or more without its level word (雨花台 of 雨花台区,
    # county_stems): one character changed in place only, in the same places' posts as the full name
    stem: bool = False
    # a township's stem (town_stems): places are its county and prefecture only; an edge character changed where the
    # rest of the span is a place or a word of its own is that word's neighbour, not the town misspelt
    town: bool = False
    # a natural feature's or landmark's name of jieba's dictionary (landmark_names): one look-alike or sound-alike
    # character off in place, its feature word (山, 湖, 江…) kept, the span no word of its own
    landmark: bool = False
    # an item of a fixed enumeration (ordered_formulas.txt, formula_items) that no other list holds: an end pair of
    # it written as another word where both are words (社会共识 / 社会共治) is the text's own phrase
    formula: bool = False
    # a scenic spot, landmark, ancient town or listed monument of ``data/scenic_spots.tsv``: its county's full and
    # short names. In a post of that county's account or naming the county its edge character may be slipped too,
    # the feature word included where the slip is no feature word (神女锋, 白帝成, 瓷器口: ``_own_sight``)
    county: tuple[str, ...] = ()


@dataclass(frozen=True)
class TypoHit:
    start: int  # in the original text
    end: int
    wrong: str  # as in the original text
    correct: str
    how: str  # 形近 / 音近 / 拼音输入 / 错字 / 漏字 / 重复字 / 多字 / 颠倒
    leader: bool
    basis: str = ""  # how a layer outside the lexicons found it (输入法语言模型，增益 15.2 奈特)


def _slip_at(text: str, offsets: list[int], a: int, b: int, correct: str, how: str, leader: bool,
             basis: str = "") -> TypoHit:
    """The slip at ``folded[a:b]`` as the original ``text`` writes it (``offsets`` maps folded to original)."""
    start, end = offsets[a], offsets[b - 1] + 1
    return TypoHit(start, end, text[start:end], correct, how, leader, basis)

ALTERNATIVES = re.compile(r"\{([^{}]*)\}")
NAME_ONLY = "仅查姓名"  # third column of leaders.txt: the titles anchor the name, but other titles are not errors
HISTORICAL = "历史人物"  # third column of leaders.txt: a past leader, anchored by the listed words only (see load_terms)
DEPARTMENT = "部门负责人"  # third column of leaders.txt: a department head, checked by name beside the own titles only


def expand(entry: str) -> list[str]:
    """``十四届全国人大{一|二|三}次会议`` → the three meetings: one line of the lexicon per family of forms."""
    m = ALTERNATIVES.search(entry)
    if m is None:
        return [entry]
    return [form for alt in m.group(1).split("|") for form in expand(entry[:m.start()] + alt + entry[m.end():])]


def read_list(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        rows.extend([form] + cols[1:] for form in expand(cols[0]))
    return rows


def load_terms(extra_dir: str | Path | None = None) -> list[Term]:
    """Formal terms and leader name/title pairs from the built-in lexicons (plus same-named files in extra_dir)."""
    dirs = [LEXICON_DIR] + ([Path(extra_dir)] if extra_dir else [])
    terms: dict[str, Term] = {}
    titles_all: set[str] = set()
    leaders: list[tuple[str, list[str]]] = []
    name_only: list[tuple[str, list[str]]] = []  # anchored by their own titles only (never 同志: common names)
    historical: list[tuple[str, list[str]]] = []  # past leaders: anchored by their own remembrance words only
    departmental: list[tuple[str, list[str]]] = []  # heads of ministries and bureaus: by their own titles only
    for d in dirs:
        if (d / "formal_terms.txt").is_file():
            for row in read_list(d / "formal_terms.txt"):
                folded = canonical(fold(row[0]))
                if len(folded) >= 3:
                    terms.setdefault(folded, Term(folded, row[0], None))
                elif len(folded) == 2 and folded[0] in SHORT_FIRST:
                    terms.setdefault(folded, Term(folded, row[0], None))  # 三农: only quoted whole (see TypoFinder)
                short = folded.removeprefix(fold(STATE_PREFIX))
                if short != folded and len(short) >= 3 and short[-1] in LAW_ENDINGS:
                    # 《民法典》 as often as 《中华人民共和国民法典》
                    terms.setdefault(short, Term(short, row[0].removeprefix(STATE_PREFIX), None))
                own = folded.removeprefix(OWN_COUNTRY)
                if own != folded and len(own) >= OWN_COUNTRY_REST_MIN:
                    # 打造我国向北开放重要桥头堡 as often as 建好向北开放重要桥头堡: the possessive is the writer's
                    terms.setdefault(own, Term(own, row[0].removeprefix(OWN_COUNTRY), None))
        if (d / "leaders.txt").is_file():
            for row in read_list(d / "leaders.txt"):
                titles = [t for t in (row[1].split("|") if len(row) > 1 else []) if t]
                if len(row) > 2 and row[2] == NAME_ONLY:
                    name_only.append((fold(row[0]), [fold(t) for t in titles if t != "同志"]))
                    continue
                if len(row) > 2 and row[2] == HISTORICAL:
                    historical.append((fold(row[0]), [fold(t) for t in titles]))
                    continue
                if len(row) > 2 and row[2] == DEPARTMENT:
                    departmental.append((fold(row[0]), [fold(t) for t in titles if t != "同志"]))
                    continue
                leaders.append((fold(row[0]), [fold(t) for t in titles]))
                titles_all.update(fold(t) for t in titles)
    # the items of the fixed enumerations (``ordered_formulas.txt``, read for their order by the political layer:
    # 依法治疆、文化润疆、富民兴疆) are formal terms of their own, each written alone as often as in the list
    for form in formula_items(dirs):
        terms.setdefault(form, Term(form, form, None, formula=True))
    # the full names of the departments of local governments (住房和城乡建设厅, 民族宗教事务委员会): a provincial or
    # city body's name with a slipped character (民族宗教事物委员会) is its name misspelt
    for form in department_words():
        terms.setdefault(form, Term(form, form, None))
    for form in autonomous_division_forms() + prefecture_names():
        terms.setdefault(form, Term(form, form, None, division=True))
    for form in landmark_names():
        terms.setdefault(form, Term(form, form, None, landmark=True))
    # a scenic spot of a county (scenic_spots): a term of its own in the posts of its places, or the formal term or
    # landmark of that name with its county added
    for form, (places, county) in scenic_spots().items():
        if len(form) < 3:
            continue
        known = terms.get(form)
        if known is None:
            terms[form] = Term(form, form, None, places=places, county=county)
        elif known.mutable is None and not known.leader and not known.division:
            terms[form] = replace(known, county=county)
    for form, places in county_names().items():
        terms.setdefault(form, Term(form, form, None, division=True, places=places))
    for form, places in (county_stems() | prefecture_stems()).items():
        terms.setdefault(form, Term(form, form, None, division=True, places=places, stem=True))
    for form, places in town_stems().items():  # after the division stems: a county's stem keeps its wider places
        terms.setdefault(form, Term(form, form, None, division=True, places=places, stem=True, town=True))
    for correct, term in list(terms.items()):  # fixed name+title phrases of the formal lexicon are leaders' too
        if any(name in correct for name, _ in leaders + name_only + historical + departmental):
            terms[correct] = Term(correct, term.display, None, leader=True)
    # A national office's full title (全国政协副主席, 国务委员, 中央政治局委员…) next to a name is national news: it
    # anchors the name of every listed leader, not only the holder's (a leader named beside another's office is
    # still misspelt). Titles a local office shares (书记, 副主席, 北京市委书记) anchor their own holder only.
    national_titles = sorted({t for _n, ts in leaders + name_only for t in ts if NATIONAL_TITLE.match(t)})
    anchors = ([(name, sorted(titles_all | set(national_titles))) for name, _titles in leaders]
               + [(name, sorted(set(titles) | set(national_titles))) for name, titles in name_only])
    # The head of a ministry, commission or bureau is no national leader: the own titles (教育部部长, 国家统计局局长)
    # anchor the own name only, and no national title anchors it.
    anchors += [(name, sorted(set(titles))) for name, titles in departmental]
    for name, anchor_titles in anchors:
        for title in anchor_titles:
            for correct, a in ((title + name, len(title)), (name + title, 0)):
                terms.setdefault(correct, Term(correct, correct, (a, a + len(name)), leader=True))
    # A past leader of the Party and the state (毛泽东, 朱德…) is named in remembrance: the words that remember him
    # (同志诞辰, 纪念馆, 故居…) and the titles he held anchor the name; nothing else (no title check, no other names).
    # The words follow the name (毛泽东同志诞辰, 朱德故居).
    for name, anchor_titles in historical:
        for title in anchor_titles:
            correct = name + title
            terms.setdefault(correct, Term(correct, correct, (0, len(name)), leader=True))
    # A three-character name of a leader whose titles are checked, followed by what news reports of a leader
    # (习近乎强调, 王沪宇出席): as telling as a title. A two-character name, or the name of an official checked by
    # name only, is too common for this unless a national body follows the verb (李墙主持召开国务院常务会议,
    # 蔡齐出席全国…大会, 马兴端出席中央…会议): ``national``.
    for name, national in ([(n, len(n) < 3) for n, _t in leaders]
                           + [(n, True) for n, _t in name_only + departmental]):
        for verb in LEADER_VERBS:
            correct = name + verb
            terms.setdefault(correct, Term(correct, correct, (0, len(name)), leader=True, national=national))
    for correct, mutable, place, chairs in provincial_forms(dirs):
        known = terms.get(correct)
        if known is None:
            terms[correct] = Term(correct, correct, mutable, leader=True, provincial=True, place=place,
                                  chairs=(place,) if chairs else ())
        elif chairs and (known.national or known.chairs):  # 黄坤明主持: national news or a provincial meeting
            terms[correct] = Term(correct, correct, mutable, leader=True, national=known.national, provincial=True,
                                  chairs=tuple(sorted(set(known.chairs) | {place})))
    # A leader's own title misspelt next to the name (李强总里): the name is the anchor, only the title may differ.
    for name, titles in leaders + name_only:
        for title in titles:
            if len(title) < 2 or title == "同志":
                continue
            for correct, mutable in ((name + title, (len(name), len(name) + len(title))), (title + name, (0, len(title)))):
                key = correct + "\x00title"
                terms.setdefault(key, Term(correct, correct, mutable, leader=True, title_only=True))
    return list(terms.values())


FORMULA_ITEM_MIN = 4  # characters of an enumeration's item read as a term (革命化, 稳就业: shorter ones are words)
FORMULA_ITEM = re.compile(r"[\u4e00-\u9fff]+")


def formula_items(dirs: list[Path]) -> tuple[str, ...]:
    """Every written form of every item of the ``list`` formulations of ``ordered_formulas.txt`` (nine tab-separated
    columns: name, kind, items parted by | with their forms parted by /, …), of ``FORMULA_ITEM_MIN`` Chinese characters
    or more and nothing else (依法治疆, 有法必依, 文化润疆; not “三个代表”重要思想 with its quotes, nor 以军事、科技…为保障)."""
    forms: dict[str, None] = {}
    for d in dirs:
        path = d / "ordered_formulas.txt"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 3 or cols[1] != "list":
                continue
            for item in cols[2].split("|"):
                for form in item.split("/"):
                    if len(form) >= FORMULA_ITEM_MIN and FORMULA_ITEM.fullmatch(form):
                        forms.setdefault(canonical(fold(form)))
    return tuple(forms)


AUTONOMOUS_SUFFIXES = ("自治州", "自治县", "自治旗")


@lru_cache(maxsize=1)
def autonomous_division_forms() -> tuple[str, ...]:
    """Every ethnic autonomous prefecture, county and banner of the gazetteer (``data/divisions.tsv``) by its full
    name (恩施土家族苗族自治州) and by its ethnic part, as posts write it after the place (土家族苗族自治州): a span
    one character off either, and not itself a division, is the name misspelt (土族苗族自治州)."""
    from detectors.places import short_form

    forms: set[str] = set()
    for name in division_names():
        if not name.endswith(AUTONOMOUS_SUFFIXES):
            continue
        forms.add(name)
        ethnic = name[len(short_form(name)):]
        if len(ethnic) > 3 and ethnic != name:  # 自治县 alone (东乡族自治县, 龙胜各族自治县) is no ethnic part
            forms.add(ethnic)
    return tuple(sorted(forms))


@lru_cache(maxsize=1)
def prefecture_names() -> tuple[str, ...]:
    """Every prefecture-level city, league and prefecture of the gazetteer by its full name (黄冈市, 兴安盟, 阿里地区):
    the cities of every province, not only those the lexicon lists (a name one character off another division's, 天水市
    / 天津市, is that division: see ``TypoFinder._scan``)."""
    from detectors.places import gazetteer

    names = {fold(d.name) for d in gazetteer().divisions.values() if d.level == 2}
    return tuple(sorted(n for n in names if n.endswith(("市", "盟", "地区")) and len(n) >= 3))


COUNTY_LEVELS = ("县", "区", "市", "旗")


@lru_cache(maxsize=1)
def county_names() -> dict[str, tuple[str, ...]]:
    """Every county-level division of the gazetteer (counties, county-level cities, districts, banners) by its full
    name with its level word (浏阳市, 芙蓉区, 科尔沁右翼前旗), three characters or more, with the places that make it
    the post's own: the province and prefecture above each division of that name, full and short (浏阳市: 湖南省,
    湖南, 长沙市, 长沙). The level word anchors the name, so a two-character stem inside ordinary words (浏阳河, 芙蓉花)
    is never read as the county. Written one character off (刘阳市, 芙容区) in a post of an account of that province,
    or in a post naming the province or prefecture, it is the name misspelt — unless the span is another place of its
    own (see ``TypoFinder._scan``). Elsewhere a name one character from one of ~2,800 county names is as likely a
    place the gazetteer does not hold (an old district, a town, a place abroad) as a slip."""
    from detectors.places import gazetteer

    gaz = gazetteer()
    out: dict[str, set[str]] = {}
    for d in gaz.divisions.values():
        name = fold(d.name)
        if d.level != 3 or not name.endswith(COUNTY_LEVELS) or len(name) < 3:
            continue
        out.setdefault(name, set()).update(_places_above(d.code))
    return {name: tuple(sorted(places)) for name, places in sorted(out.items())}


def _places_above(code: str) -> set[str]:
    """The full and short names (two characters or more) of the divisions above a division: the places that make a
    name of it a post's own."""
    from detectors.places import gazetteer, short_form

    gaz = gazetteer()
    places = set()
    for up in gaz.ancestors(code):
        above = gaz.divisions[up]
        places.add(fold(above.name))
        short = fold(short_form(above.name, province=not above.parent, code=above.code, parent=above.parent))
        if len(short) >= 2:
            places.add(short)
    return places


STEM_MIN = 3  # a county's stem this long is a name of its own (雨花台, 石景山); two characters are words (江宁, 鼓楼)


@lru_cache(maxsize=1)
def county_stems() -> dict[str, tuple[str, ...]]:
    """The stems of ``county_names`` of ``STEM_MIN`` characters or more, as posts write a district without its level
    word (串联江宁、雨花台多个片区), with the places of the full name; a stem that is itself a division's full name
    or another county's full name is left out (the full name is checked as such)."""
    from detectors.places import short_form

    out: dict[str, set[str]] = {}
    names = division_names()
    for name, places in county_names().items():
        stem = fold(short_form(name))
        if len(stem) < STEM_MIN or stem == name or stem in names or stem.endswith("族"):
            continue  # (东乡族, 瀍河回族: an autonomous county's ethnic part, autonomous_division_forms checks those)
        out.setdefault(stem, set()).update(places)
    return {stem: tuple(sorted(places)) for stem, places in sorted(out.items())}


PREFECTURE_LEVELS = ("市", "盟", "地区", "自治州")  # the level words of prefecture-level divisions


@lru_cache(maxsize=1)
def prefecture_stems() -> dict[str, tuple[str, ...]]:
    """The prefecture-level divisions of the gazetteer by their short form of ``STEM_MIN`` characters or more, as posts
    write a city without 市 (葫芦岛, 张家口, 驻马店) and a league, a prefecture or an autonomous prefecture without its
    level word (锡林郭勒, 阿拉善, 大兴安岭, 阿克苏, 西双版纳, 黔东南), with their province's full and short name: checked
    like a county's stem (``county_stems``: the same position changed, in a post of an account of the province or
    naming the province or the division); a stem that is itself a division's full name is left out."""
    from detectors.places import gazetteer, short_form

    gaz = gazetteer()
    names = division_names()
    out: dict[str, set[str]] = {}
    for d in gaz.divisions.values():
        name = fold(d.name)
        if d.level != 2 or not name.endswith(PREFECTURE_LEVELS):
            continue
        stem = fold(short_form(d.name, province=False, code=d.code, parent=d.parent))
        if len(stem) < STEM_MIN or stem == name or stem in names:
            continue
        out.setdefault(stem, {name, stem}).update(_places_above(d.code))
    return {stem: tuple(sorted(places)) for stem, places in sorted(out.items())}


@lru_cache(maxsize=1)
def town_stems() -> dict[str, tuple[str, ...]]:
    """The townships of ``towns.tsv`` by their short form (``places.town_short``) of ``STEM_MIN`` characters or more,
    as a scenic spot, a museum or a temple is named after its town (a 某某召镇's 某某召, a 某某寺镇's 某某寺), with
    the places that make it a post's own: the county and the prefecture above the township, full and short, never the
    province (a province holds hundreds of townships; a county or prefecture a few dozen to a few hundred). Checked
    like a county's stem (``county_stems``: the same position changed, in a post of an account of that county or
    prefecture or naming it). A short form that is a division's full or short name, a county or prefecture stem, an
    everyday word of the dictionary or that ends in a level word (街道 cut to 某某街) is left out."""
    from detectors.places import gazetteer, short_form, town_rows, town_short

    gaz = gazetteer()
    names, shorts = division_names(), division_shorts()
    counties, prefectures = county_stems(), prefecture_stems()
    words = word_freq()
    out: dict[str, set[str]] = {}
    for _code, name, county in town_rows():
        stem = fold(town_short(name))
        if (len(stem) < STEM_MIN or county not in gaz.divisions or stem in names or stem in shorts
                or stem in counties or stem in prefectures or words.get(stem, 0) >= EDGE_WORD_MIN_FREQ
                or stem[-1] in REGION_CHARS):
            continue
        places = out.setdefault(stem, set())
        for code in (county, *gaz.ancestors(county)):
            d = gaz.divisions[code]
            if d.level < 2:
                continue
            places.add(fold(d.name))
            short = fold(short_form(d.name, province=False, code=d.code, parent=d.parent))
            if len(short) >= 2:
                places.add(short)
    return {stem: tuple(sorted(places)) for stem, places in sorted(out.items()) if places}


@lru_cache(maxsize=1)
def town_shorts() -> frozenset[str]:
    """Every township's short form (``places.town_short``), of any length and kept or not by ``town_stems``: a span
    that is one is a real township of its own, not another township's stem misspelt."""
    from detectors.places import township_shorts

    return frozenset(map(fold, township_shorts()))


@lru_cache(maxsize=1)
def division_cut_places() -> dict[str, tuple[tuple[str, ...], int]]:
    """Every prefecture-level division by its full name (``prefecture_names``) and every county-level one
    (``county_names``), with the names of the divisions above it (``_places_above``) and its level (2, 3): the names
    whose syllable-boundary slips ``TypoFinder._division_cut_slips`` reads."""
    from detectors.places import gazetteer

    out: dict[str, tuple[set[str], int]] = {}
    prefectures = set(prefecture_names())
    for d in gazetteer().divisions.values():
        name = fold(d.name)
        if (d.level == 2 and name in prefectures) or (d.level == 3 and name.endswith(COUNTY_LEVELS) and len(name) >= 3):
            out.setdefault(name, (set(), d.level))[0].update(_places_above(d.code))
    return {name: (tuple(sorted(above)), level) for name, (above, level) in sorted(out.items())}


@lru_cache(maxsize=1)
def division_level_shorts() -> dict[int, frozenset[str]]:
    """The short forms (two characters or more) of the gazetteer's divisions by level (2 prefecture, 3 county)."""
    from detectors.places import gazetteer, short_form

    out: dict[int, set[str]] = {}
    for d in gazetteer().divisions.values():
        short = fold(short_form(d.name, province=not d.parent, code=d.code, parent=d.parent))
        if len(short) >= 2:
            out.setdefault(d.level, set()).add(short)
    return {level: frozenset(shorts) for level, shorts in out.items()}


@lru_cache(maxsize=1)
def division_forms() -> frozenset[str]:
    """Full names and short forms of the gazetteer's divisions: spans the word-probability layer never corrects."""
    return division_names() | division_shorts()


@lru_cache(maxsize=1)
def department_stems() -> frozenset[str]:
    """Department words and their customary abbreviations (``departments.department_abbreviations``), each also
    without its office character (住建局 → 住建, 人社厅 → 人社): real words a language model may lack."""
    from detectors.departments import department_abbreviations

    out: set[str] = set()
    for full, shorts in department_abbreviations().items():
        for word in (full, *shorts):
            out.add(word)
            if len(word) >= 3 and word[-1] in OFFICE_CHARS:
                out.add(word[:-1])
    return frozenset(fold(w) for w in out if len(w) >= 2)


# The last character of a natural feature's or landmark's name in jieba's dictionary (哀牢山, 抚仙湖, 澜沧江, 虎跳峡,
# 黑龙潭, 日月潭, 崇圣寺): the feature word that anchors the name.
LANDMARK_FEATURES = frozenset("山岭峰湖江河峡潭泉池海岛寺塔楼阁谷洞")
LANDMARK_MIN = 3  # characters of a dictionary landmark name (two-character ones are words: 上山, 下海, 东江)
LANDMARK_MAX = 6
LANDMARK_MIN_FREQ = 3  # jieba frequency of a dictionary place name taken as a landmark (哀牢山 33, 高黎贡山 38)
# jieba frequency of a word the written character makes with a neighbour inside the name where the landmark's own
# characters make none: the written name is built on a word (霸王 268 + 岭), another place, not 坝王岭 misspelt
LANDMARK_WORD_MIN_FREQ = 100
# jieba frequency of a dictionary place name of any ending taken as a landmark (坎儿井 33, 茅台镇 10, 莫高窟 110): the
# whole ``ns`` inventory, not only the feature words; below it jieba lists phrases and hamlets as places (山水相连 6,
# 大水沟 3), one character off everyday phrases
PLACE_MIN_FREQ = 10


@lru_cache(maxsize=1)
def landmark_names() -> tuple[str, ...]:
    """The natural features and landmarks of jieba's dictionary (MIT; part of speech ``ns``, place name) of
    ``LANDMARK_MIN``–``LANDMARK_MAX`` characters ending in a feature word (``LANDMARK_FEATURES``: 哀牢山, 高黎贡山,
    抚仙湖, 虎跳峡), with ``LANDMARK_MIN_FREQ`` or more, and its other place names of any ending with
    ``PLACE_MIN_FREQ`` or more (坎儿井, 莫高窟, 避暑山庄, 科尔沁草原: sites, grottoes, grasslands), folded;
    divisions of the gazetteer (平顶山, 七台河) are left to the division rules, and a name that is a person's or a
    common noun's too (钟南山 is no ``ns`` only) stays in if jieba lists it as a place. Formal terms of the typo
    layer checked by ``_landmark_slip``."""
    divisions = division_forms()
    out = set()
    for word, freq, pos in jieba_dict.entries():
        if (pos == "ns" and LANDMARK_MIN <= len(word) <= LANDMARK_MAX
                and freq >= (LANDMARK_MIN_FREQ if word[-1] in LANDMARK_FEATURES else PLACE_MIN_FREQ)
                and all(is_cjk(ch) for ch in word)):
            form = fold(word)
            if form not in divisions and not any(form[:-1] + level in divisions for level in COUNTY_LEVELS):
                out.add(form)
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def division_form_places() -> dict[str, frozenset[str]]:
    """Each division's full name and short form (two characters or more) with the names that make it a post's own:
    its own full and short names and those of the division just above it (西安: 西安市, 陕西省, 陕西; 牡丹江市's
    西安区: 牡丹江市, 牡丹江 — not all of 黑龙江, whose other cities call it by its prefecture)."""
    from detectors.places import gazetteer

    gaz = gazetteer()
    out: dict[str, set[str]] = {}
    for d in gaz.divisions.values():
        own = {fold(d.name)} | ({fold(d.short)} if len(d.short) >= 2 else set())
        up = gaz.divisions.get(d.parent)
        if up is not None:
            own_up = {fold(up.name)} | ({fold(up.short)} if len(up.short) >= 2 else set())
        else:
            own_up = set()
        for form in own:
            out.setdefault(form, set()).update(own | own_up)
    return {form: frozenset(places) for form, places in out.items()}


def _division_named(folded: str, start: int, end: int, region: str) -> bool:
    """A division's name written inside ``folded[start:end]`` (西安 of 争西安创优) is the post's own place: the post
    writes it or a division above it outside the span, or the account's region (``region``, folded) names one."""
    table = division_form_places()
    rest = folded[:start] + "\x00" + folded[end:]
    for a in range(start, end - 1):
        for b in range(a + 2, end + 1):
            places = table.get(folded[a:b])
            if places and any(p in rest or (region and p in region) for p in places):
                return True
    return False


def _pair_for_pair(correct: str, window: str, vocabulary) -> bool:
    """One character of the first or last two of ``correct`` changed in ``window`` (same length), and both that pair
    as written and as the term has it words of ``vocabulary`` (the input method's: 共识 and 共治): the writer typed a
    word of their own (兴疆 is no word, so 富民新疆 stays 富民兴疆 misspelt)."""
    if len(correct) != len(window) or len(correct) < 4:
        return False
    changed = [i for i, (a, b) in enumerate(zip(correct, window)) if a != b]
    if len(changed) != 1:
        return False
    i = changed[0]
    lo = 0 if i < 2 else len(correct) - 2 if i >= len(correct) - 2 else None
    return lo is not None and window[lo:lo + 2] in vocabulary and correct[lo:lo + 2] in vocabulary


@lru_cache(maxsize=1)
def place_forms() -> frozenset[str]:
    """Every name the typo layer knows as a place: the gazetteer's divisions (full and short, ``division_forms``),
    the landmarks of jieba's dictionary (``landmark_names``), the two-character landmarks of
    ``data/landmark_pairs.tsv`` and every other ``ns`` entry of jieba's dictionary of three characters or more."""
    out = set(division_forms()) | set(landmark_names())
    for names in landmark_pairs().values():
        out.update(names)
    out.update(fold(w) for w, _freq, pos in jieba_dict.entries() if pos == "ns" and len(w) >= 3)
    return frozenset(out)


def _feature_word_swap(correct: str, window: str) -> bool:
    """``window`` is ``correct`` with its last character, a feature word (``LANDMARK_FEATURES``), written as another
    feature word and the rest kept (五指峰 for 五指山, 玉女潭 for 玉女池). For a *place* that is the neighbouring
    peak, pool or lake of the same name, which the lists do not hold, not the listed one misspelt — the feature word
    names what the place is, and a slip of it (锋, 蜂) is no feature word. Only ever asked of a place: a term of a
    place kind (``Term.landmark``, ``Term.division``) at match time (``TypoFinder._scan``), and a hit of a layer that
    has no term by ``_feature_swapped``."""
    return (len(window) == len(correct) >= 3 and window[:-1] == correct[:-1] and window[-1] != correct[-1]
            and window[-1] in LANDMARK_FEATURES and correct[-1] in LANDMARK_FEATURES)


def _feature_swapped(hit: TypoHit) -> bool:
    """A hit whose correction is a place by kind — one of ``place_forms`` (the word-probability and input-method
    layers, in-post variants and lexicon terms without a place flag have no term kind to ask) — written with another
    feature word (``_feature_word_swap``: 七星峰 beside 七星山). A leader's name (何立峰 written 何立岭) or a formal term
    that merely ends in such a character (a slogan ending in 山 or 海) is no place, and is misspelt all the same."""
    correct = fold(hit.correct)
    return not hit.leader and correct in place_forms() and _feature_word_swap(correct, fold(hit.wrong))


def _landmark_slip(folded: str, start: int, correct: str, window: str, how: str) -> bool:
    """A span one character off a dictionary landmark (``landmark_names``) is the name misspelt only in place, by a
    look-alike or a sound-alike of the principal reading (劳 / 牢, 供 / 贡) or of another reading with the phonetic part kept
    (伽 / 迦: ``charsim.same_part``), with the feature word kept (哀劳山, not
    哀牢峰), and where the span is no dictionary word of its own (another mountain, lake or word) and the written
    character reads as the text's own word: a common one-character word (爬上到山顶 is no 上刀山) or an everyday word
    with a neighbour (``COMMON_WORD_MIN_FREQ``), and the name as written is not built on a word where the landmark's
    characters make none (``LANDMARK_WORD_MIN_FREQ``: 霸王岭 beside the dictionary's 坝王岭)."""
    if len(window) != len(correct) or window[-1] != correct[-1] or how not in ("形近", "音近"):
        return False
    diffs = [i for i in range(len(correct)) if correct[i] != window[i]]
    if len(diffs) != 1:
        return False
    i = diffs[0]
    if how == "音近" and not principal_sound_similar(correct[i], window[i]) and not same_part(correct[i], window[i]):
        # a sound-alike by another reading only with the phonetic part kept and the radical changed (迦 / 伽 / 珈:
        # 南伽巴瓦峰), a transliteration's character taken for its sibling
        return False
    words = word_freq()
    if window in words or window in division_forms() or window in county_stems():
        return False
    if single_word_freq().get(window[i], 0) >= SINGLE_WORD_MIN_FREQ:
        return False
    at = start + i
    if any(words.get(window[x:x + 2], 0) >= LANDMARK_WORD_MIN_FREQ and not words.get(correct[x:x + 2])
           for x in (i - 1, i) if 0 <= x and x + 2 <= len(window)):
        return False  # 霸王岭 is 霸王 + 岭, a name of its own beside the dictionary's 坝王岭 (坝王 is no word)
    if i == 0 and words.get(window[1:], 0) >= COMMON_WORD_MIN_FREQ:
        return False  # 早高峰 is 早 + 高峰, not 日高峰 misspelt: the first character before an everyday word
    return not any(words.get(pair, 0) >= COMMON_WORD_MIN_FREQ
                   for pair in (folded[max(0, at - 1):at + 1], folded[at:at + 2]) if len(pair) == 2)


LANDMARK_PAIRS = Path(__file__).resolve().parent / "data" / "landmark_pairs.tsv"


@lru_cache(maxsize=1)
def landmark_pairs() -> dict[str, dict[str, tuple[str, ...]]]:
    """The two-character landmarks of ``data/landmark_pairs.tsv`` (滇池, 洱海, 泰山) by their second character, each
    with the places that make it the post's own: its provinces and their prefectures, full and short (滇池: 云南省,
    云南, 昆明市, 昆明 …)."""
    from detectors.places import gazetteer

    gaz = gazetteer()
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in read_list(LANDMARK_PAIRS):
        name = fold(row[0])
        places: set[str] = set()
        for province in row[1].split("|") if len(row) > 1 else ():
            codes = {d.code for d in gaz.divisions.values() if d.level == 1 and d.name == province}
            for d in gaz.divisions.values():
                if d.level <= 2 and (d.code in codes or d.parent in codes):
                    places.update(p for p in (fold(d.name), fold(d.short)) if len(p) >= 2)
        out.setdefault(name[1], {})[name] = tuple(sorted(places))
    return out


SCENIC_SPOTS = Path(__file__).resolve().parent / "data" / "scenic_spots.tsv"


@lru_cache(maxsize=1)
def scenic_spots() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The scenic spots, landmarks, ancient towns and listed monuments of ``data/scenic_spots.tsv`` (name, county
    code): each folded name with (the places that make it a post's own — its county's province and prefecture, full
    and short, and the county's own names —, the county's own full and short names). Every name, two characters
    too, is a right form (``right_place_names``); one of three characters or more is checked as a term."""
    from detectors.places import gazetteer, short_form

    gaz = gazetteer()
    out: dict[str, tuple[set[str], set[str]]] = {}
    for row in read_list(SCENIC_SPOTS):
        if len(row) < 2 or row[1] not in gaz.divisions:
            continue
        d = gaz.divisions[row[1]]
        own = {fold(d.name)}
        short = fold(short_form(d.name, province=not d.parent, code=d.code, parent=d.parent))
        if len(short) >= 2:
            own.add(short)
        places, county = out.setdefault(fold(row[0]), (set(), set()))
        places.update(own | _places_above(d.code))
        county.update(own)
    return {name: (tuple(sorted(p)), tuple(sorted(c))) for name, (p, c) in sorted(out.items())}


@lru_cache(maxsize=1)
def right_place_names() -> frozenset[str]:
    """The scenic spots' names of every length (``scenic_spots``): a span one slip from a term that lies inside one
    written right, or starts inside one and runs on past its end, reads that right name, not the term misspelt
    (器口古镇 in 磁器口古镇 is no 碛口古镇; 江三江 of 渠江三江交汇 is no 建三江)."""
    return frozenset(scenic_spots())


def _cuts_right_name(folded: str, start: int, end: int, correct: str, forms: frozenset[str]) -> bool:
    """``folded[start:end]`` lies inside a right name (``forms``) written in the text and is not that name, or a
    right name written in the text starts before the span and ends inside it, or starts inside it and ends after it,
    or opens the span where the term (``correct``) does not open with it: the span reads across a place written
    right (巫峡十二峰 names 巫峡's peaks, not 巫山十二峰 misspelt)."""
    for a, b in _exact_spans(folded, forms):
        if ((a <= start and end <= b and (a, b) != (start, end)) or a < start < b < end or start < a < end < b
                or (a == start and b < end and not correct.startswith(folded[a:b]))):
            return True
    return False


def _own_sight(term: Term, folded: str, region: str) -> bool:
    """A scenic spot's term (``Term.county``) in a post of its county's account or naming its county."""
    return bool(term.county) and any(c in region or c in folded for c in term.county)


def _inside_longer_name(folded: str, start: int, end: int) -> bool:
    """``folded[start:end]`` lies inside a division's full or short name or a dictionary word of three or more
    characters of the text (绥芬河市, 芬河 in it)."""
    names = division_forms()
    longer = long_words()
    for a in range(max(0, start - 4), start + 1):
        for b in range(end, min(len(folded), end + 4) + 1):
            if b - a > end - start and (folded[a:b] in names or folded[a:b] in longer):
                return True
    return False


def landmark_pair_slips(text: str, folded: str, offsets: list[int], region: str = "") -> list[TypoHit]:
    """A two-character landmark of ``landmark_pairs`` with its first character replaced by a look-alike or a
    sound-alike of the principal reading (颠池 for 滇池), in a post that names the landmark's province or one of its
    prefectures or by an account of that province: two characters one off a name are as often another word (电池,
    天池) elsewhere. Not where the span is a dictionary word or a division's short form, nor where the written
    character reads as the text's own word: a common one-character word, or an everyday word with the character before
    it (偶尔海边 is no 洱海)."""
    table = landmark_pairs()
    words = word_freq()
    hits: list[TypoHit] = []
    for i in range(1, len(folded)):
        names = table.get(folded[i])
        if not names:
            continue
        written = folded[i - 1:i + 1]
        if written in names or written in words or written in division_shorts():
            continue
        for name, places in names.items():
            how = confusion(name[0], written[0])
            if how not in ("形近", "音近") or (how == "音近" and not principal_sound_similar(name[0], written[0])):
                continue
            if single_word_freq().get(written[0], 0) >= SINGLE_WORD_MIN_FREQ:
                continue
            if i >= 2 and words.get(folded[i - 2:i], 0) >= COMMON_WORD_MIN_FREQ:
                continue
            if _inside_longer_name(folded, i - 1, i + 1):
                continue  # 绥芬河市 is a city of its own, not 汾河 misspelt
            if not any(p in folded or p in region for p in places):
                continue
            hits.append(_slip_at(text, offsets, i - 1, i + 1, name, how, False))
            break
    return hits


DEPARTMENT_WORD_MIN = 5  # a shorter department word (卫生健康局) is one character from too many others


def department_words() -> tuple[str, ...]:
    """The full department words of ``departments.department_abbreviations`` of ``DEPARTMENT_WORD_MIN`` characters or
    more, folded: formal terms of the typo layer (see ``load_terms``)."""
    from detectors.departments import department_abbreviations

    return tuple(sorted({fold(full) for full in department_abbreviations() if len(full) >= DEPARTMENT_WORD_MIN}))


@lru_cache(maxsize=1)
def division_shorts() -> frozenset[str]:
    """Short forms of the gazetteer's divisions (湛江, 浏阳): a span whose stem is one names that place."""
    from detectors.places import gazetteer

    return frozenset(fold(s) for s in gazetteer().short if len(s) >= 2)


@lru_cache(maxsize=1)
def zone_kinds() -> tuple[str, ...]:
    """Kinds of development zones and parks (新区, 高新区, 景区 …: ``places.zone_words``)."""
    from detectors.places import zone_words

    return tuple(fold(w) for w in zone_words())


# Provincial leaders (``lexicons/provincial_leaders.txt``: name, province, roles). A provincial account writes its
# own leaders' titles without the province (省委书记黄坤明, 省长周乃翔): the bare provincial title anchors the name.
# Only the name is checked (officials move; a wrong title is not a slip). A municipality's bare titles (市委书记,
# 市长, 市政协主席) are every city's: they anchor a municipal leader's name only in a post that names the city.
MUNICIPALITIES = frozenset(("北京", "天津", "上海", "重庆"))
AUTONOMOUS = frozenset(("内蒙古", "广西", "西藏", "宁夏", "新疆"))
PROVINCIAL_TITLES = {  # role → (title before the name, title after it) for a province / autonomous region
    "省": {"书记": (("省委书记",), ()), "首长": (("省长",), ("省长",)),
          "人大": (("省人大常委会主任",), ()), "政协": (("省政协主席",), ())},
    "自治区": {"书记": (("区党委书记",), ()), "首长": (("自治区主席", "自治区人民政府主席"), ()),
            "人大": (("自治区人大常委会主任",), ()), "政协": (("自治区政协主席",), ())},
    "市": {"书记": (("市委书记",), ()), "首长": (("市长",), ("市长",)),
          "人大": (("市人大常委会主任",), ()), "政协": (("市政协主席",), ())},
}


def provincial_leaders(dirs: list[Path]) -> list[tuple[str, str, list[str]]]:
    """(name, province, roles) rows of ``provincial_leaders.txt`` in ``dirs`` (the built-in one first)."""
    rows = []
    for d in dirs:
        if (d / "provincial_leaders.txt").is_file():
            for row in read_list(d / "provincial_leaders.txt"):
                if len(row) >= 3 and row[1]:
                    rows.append((fold(row[0]), row[1], [r for r in row[2].split("|") if r]))
    return rows


# Only the party secretary, the governor or the chairs of the people's congress and the CPPCC preside over these
# meetings (省委常委会会议, 省政府常务会议, 区党委常委会, 市委常委会…): a name before 主持召开 one of them is a
# provincial leader's even without a title. A department head presides over 全省…工作会议, which is not among them.
CHAIR_VERBS = ("主持召开", "主持")
MEETING_KIND = r"(?:第[^，。]{1,8})?(?:常委会|常务会议|全体会议|全会|理论学习中心组|财经委员会|全面深化改革委员会|党组)"
PROVINCIAL_MEETING = re.compile(r"^(?:省委|省政府|区党委|自治区党委|自治区政府|自治区人民政府|省人大常委会|自治区人大常委会|"
                                r"省政协|自治区政协)" + MEETING_KIND)
MUNICIPAL_MEETING = re.compile(r"^(?:市委|市政府|市人大常委会|市政协)" + MEETING_KIND)


def provincial_forms(dirs: list[Path]) -> list[tuple[str, tuple[int, int], str, bool]]:
    """(title + name or name + title, the name's position, place the post must name, name before 主持) for every
    provincial leader."""
    out = []
    for name, province, roles in provincial_leaders(dirs):
        kind = "市" if province in MUNICIPALITIES else "自治区" if province in AUTONOMOUS else "省"
        place = province if kind == "市" else ""
        for role in roles:
            before, after = PROVINCIAL_TITLES[kind].get(role, ((), ()))
            for title in before:
                out.append((title + name, (len(title), len(title) + len(name)), place, False))
                if kind == "市":  # 北京市委书记尹力, 北京市市长殷勇: the full title needs no other mention of the city
                    for full in (province + title, province + "市" + title):
                        out.append((full + name, (len(full), len(full) + len(name)), "", False))
            for title in after:
                out.append((name + title, (0, len(name)), place, False))
        for verb in CHAIR_VERBS:
            out.append((name + verb, (0, len(name)), place, True))
    return out


def leaders_table(extra_dir: str | Path | None = None) -> dict[str, list[str]]:
    """Leaders whose titles are checked (a row marked 仅查姓名 only anchors misspelt names)."""
    table: dict[str, list[str]] = {}
    for d in [LEXICON_DIR] + ([Path(extra_dir)] if extra_dir else []):
        if (d / "leaders.txt").is_file():
            for row in read_list(d / "leaders.txt"):
                if len(row) > 2 and row[2] in (NAME_ONLY, HISTORICAL, DEPARTMENT):
                    continue
                table[fold(row[0])] = [fold(t) for t in row[1].split("|") if t] if len(row) > 1 else []
    return table


def _sub_kind(term: Term, i: int, a: str, b: str, bracketed: bool = False) -> str | None:
    n = len(term.correct)
    if not is_cjk(b) or (a in NUMERALS and b in NUMERALS) or (a in OFFICE_CHARS and b in OFFICE_CHARS):
        return None
    if term.mutable is not None and not term.mutable[0] <= i < term.mutable[1]:
        return None
    # the next word may start here: only look-alikes, and sound-alikes in 4+ character terms or as _scan narrows them
    # for three-character ones — unless 《》 close the span (a title is one word)
    edge = i in (0, n - 1) and term.mutable is None and not bracketed
    how = confusion(a, b)
    if how is None and term.mutable is None and part_alike(a, b):
        how = "形近"  # 两个维扩: in a fixed term a character with a part in common and a near glyph is a slip too
    if (how is None and term.mutable is None and not edge and not term.division
            and glyph_similarity(a, b) >= NEAR_GLYPH_MIN):
        how = "形近"  # 党申央: inside a formal term (not a place: 保由市 is no 保山市) a glyph drawn nearly alike is a slip
    if how is None and term.leader and term.mutable is not None and not term.title_only and same_part(a, b):
        how = "形近"  # 谌胎琴 beside 国务委员: a leader's name with one part of a character changed (贻 → 胎)
    if (how is None and edge and n >= GENERIC_MIN and not term.division and same_part(a, b)
            and not _generic_makes_word(term.correct, term.correct[:i] + b + term.correct[i + 1:])):
        # at the edge of a long term, whose inside takes any character, a character keeping one part of the right
        # one in place is a look-alike (历史文化名村 → 名材: 木 kept) — unless the edge word became another word
        # (基本医疗保险 → 保障: another phrase); the edge rules of _scan still apply
        how = "形近"
    # A short term's edge replaced by a sound-alike that is a function word (北京是, 教育不) is the next word starting;
    # any other sound-alike at the edge is checked against the words around it in TypoFinder._scan (外交步, 河北襄).
    if how == "形近" or (how == "音近" and (not edge or n >= SOUND_EDGE_MIN or b not in FUNCTION_WORDS
                                          or (term.mutable is None and not term.division
                                              and _transliterated_edge(term.correct, i, b)))):
        return how
    if how == "拼音输入" and not edge and n >= SLIP_MIN:
        return how
    if (term.mutable is None and not edge and n >= GENERIC_MIN and a not in REGION_CHARS
            and b not in REGION_CHARS):
        return "错字"
    if term.mutable is None and not edge and _fixed_saying_word(term.correct, i, b):
        return "错字"  # 防患于未然 → 防范于未然: a set saying's word replaced by a commoner word of the same sense
    return None


def _fixed_saying_word(correct: str, i: int, b: str) -> bool:
    """``correct`` is a set saying (an idiom or fixed phrase of jieba's dictionary, ``fixed_sayings``) and ``b`` in
    place of its character ``i`` turns a pair of it into a common word commoner than the pair (防患 → 防范): the writer
    reached for the everyday word, which the saying does not allow (防范于未然) — unless what is written is a word or
    saying of jieba's dictionary itself (执政为民 beside 执法为民). Any other change is a look-alike or a sound-alike or
    none."""
    if correct not in fixed_sayings() or correct[:i] + b + correct[i + 1:] in _jieba_words()[2]:
        return False  # 执政为民 is a saying of its own, not 执法为民 misspelt
    words = word_freq()
    for lo in (i - 1, i):
        if 0 <= lo and lo + 2 <= len(correct):
            mine = correct[lo:lo + 2]
            theirs = b + mine[1] if lo == i else mine[0] + b
            if words.get(theirs, 0) >= max(SAYING_WORD_MIN_FREQ, words.get(mine, 0)):
                return True
    return False


SAYING_WORD_MIN_FREQ = 500  # jieba frequency of the everyday word put in a saying's place (防范 917; 防患 2)
SAYING_TAGS = frozenset("i")  # jieba's part of speech of idioms (its set phrases, l, hold plain phrases: 国防教育, 食品安全)


@lru_cache(maxsize=1)
def fixed_sayings() -> frozenset[str]:
    """jieba's idioms and set phrases of four or more characters (防患于未然, 未雨绸缪): their wording is fixed, so a
    word of them replaced by a near synonym is a slip (``_fixed_saying_word``), not another phrasing."""
    return frozenset(w for w, _count, tag in jieba_dict.entries() if tag in SAYING_TAGS and len(w) >= 4)


@lru_cache(maxsize=65536)
def readings_in(word: str) -> tuple[str | None, ...]:
    """The toneless reading each character has in ``word`` (pypinyin reads the words of its phrase list as words:
    行 is xing in 行政区, hang in 银行), None for what is not a Chinese character."""
    from pypinyin import Style, pinyin

    out: list[str | None] = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+", word):
        if not is_cjk(run[0]):
            out.extend([None] * len(run))
            continue
        got = [r[0] for r in pinyin(run, style=Style.NORMAL, errors="ignore")]
        out.extend(got if len(got) == len(run) else [None] * len(run))
    return tuple(out)


def confusion_in(word: str, i: int, b: str) -> str | None:
    """``charsim.confusion`` of ``word[i]`` and ``b``, with sound judged by the reading ``word[i]`` has in ``word``:
    a sound-alike only by a rare reading of the right character (方 read wang) is none. Look-alikes as they are.
    For a form the post itself offers as the right one (``in_post_variants``), which no lexicon vouches for; a
    lexicon term keeps every reading (识 is zhi in 标识: 四个意志 is 四个意识 misspelt)."""
    how = confusion(word[i], b)
    if how in ("音近", "拼音输入"):
        reading = readings_in(word)[i]
        if reading is not None:
            return heard_as(reading, b)
    return how


def _same(a: str, b: str) -> bool:
    return a == b or (a in NUMERALS and b in NUMERALS)


def _ends_plausible(c: str, w: str) -> bool:
    """A quick necessary condition for one slip (substitution, two adjacent characters, swap, drop, double, insert):
    at each end of the window the first (last) character or the one next to it is still in place."""
    # …or both begin (end) with a doubled character: a reduplicated pair changed as one (久久 / 九九, see ``classify``)
    return ((_same(w[0], c[0]) or _same(w[1], c[1]) or _same(w[0], c[1]) or (c[0] == c[1] and w[0] == w[1]))
            and (_same(w[-1], c[-1]) or _same(w[-2], c[-2]) or _same(w[-1], c[-2])
                 or (c[-1] == c[-2] and w[-1] == w[-2])))


def _numerals_alike(s: str) -> str:
    return "".join("#" if ch in NUMERALS else ch for ch in s)


def classify(term: Term, window: str, bracketed: bool = False) -> str | None:
    """How ``window`` is a slip for ``term.correct`` (see module doc), else None. ``bracketed``: the window is the
    whole of a 《》 title."""
    c = term.correct
    n = len(c)
    if window == c:
        return None
    if len(window) == n + 1 and n >= DOUBLE_MIN and any(
            0 < i < n and window[i] == window[i + 1] and window[:i] + window[i + 1:] == c for i in range(n)):
        return "重复字"  # also a doubled numeral (四四次会议): no numeral is ever written twice in a row
    if (len(window) == n + 1 == 4 and term.mutable is None and window[1] == window[2] and window[:2] + window[3] == c
            and c[1] not in NUMERALS and word_freq().get(window[1:3], 0) < EDGE_WORD_MIN_FREQ):
        return "重复字"  # the middle of a three-character name doubled (国旗旗法, 河长长制): no word of its own (天天)
    if len(window) != n and any(ch in NUMERALS for ch in c):
        # numbered sessions differ in their numerals (二十届三中全会 / 四中全会): compare the rest
        c, window = _numerals_alike(c), _numerals_alike(window)
    if len(window) == n:
        diffs = [i for i in range(n) if c[i] != window[i]]
        if len(diffs) == 1:
            if c[diffs[0]] in CONJUNCTIONS and window[diffs[0]] in CONJUNCTIONS:
                return None  # 文化体育及旅游局 (Hong Kong's bureau) beside 文化体育和旅游局: a conjunction is style
            return _sub_kind(term, diffs[0], c[diffs[0]], window[diffs[0]], bracketed)
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            if window[i] == c[i + 1] and window[i + 1] == c[i]:  # two characters swapped (人民和共国)
                inside = term.mutable is None or (term.mutable[0] <= i and i + 1 < term.mutable[1])
                edge = term.mutable is None and i in (0, n - 2)
                if inside and (n >= TRANSPOSE_MIN if not edge else n >= TRANSPOSE_EDGE_MIN):
                    return "颠倒"
                return None
            if c[i] == c[i + 1] and window[i] == window[i + 1] and term.mutable is None and n >= REDUPLICATED_MIN:
                # a reduplicated pair typed as one syllable twice and both picked wrong (久久为功 → 九九为功, 殷殷嘱托 →
                # 段段嘱托): one slip, of the kind the single character's change is
                kind = _sub_kind(term, i if i > 0 else i + 1, c[i], window[i], bracketed)
                return kind if kind in ("形近", "音近") else None
            inside = 0 < i and i + 1 < n - 1
            # inside the term, or at the edge of a long one (社会主义核心价值观 → 价直关)
            if term.mutable is None and ((n >= 4 and inside) or n >= TWO_SLIP_MIN) and all(
                    sound_similar(c[j], window[j]) and is_cjk(window[j]) for j in diffs):
                return "音近"
        if len(diffs) == 2 and term.mutable is None and n >= TWO_SLIP_MIN and diffs[1] > diffs[0] + 1:
            if c[diffs[0]] == c[diffs[1]] and window[diffs[0]] == window[diffs[1]]:
                # the same character changed the same way in both places of a parallel phrase is a deliberate
                # rewording of it (一任接着一任干 → 一年接着一年干, 一代接着一代干), not two independent slips
                return None
            # two separate slips, each a look-alike, sound-alike or input slip of its own (中华仁民共合国)
            kinds = [_sub_kind(term, i, c[i], window[i], bracketed) for i in diffs]
            if all(k in ("形近", "音近", "拼音输入") for k in kinds):
                return "两处错字"
        return None
    if term.mutable is not None:
        return None
    if len(window) == n - 1 and n >= DROP_MIN:
        spots = [i for i in range(n) if c[:i] + c[i + 1:] == window and is_cjk(c[i])]  # not a separator (、)
        if (term.leader and any(c[i] in RANK_CHARS for i in spots)) or any(c[i] == DEPUTY for i in spots):
            return None  # 总理李强 for 副总理…, 国家主席 for 国家副主席: another title, not a slip
        if spots and all(0 < i < n - 1 and (c[i] not in UNDROPPABLE or _inside_word(c, i) or term.division)
                         and c[i] != "#" for i in spots):
            return "漏字"
        if spots == [n - 1] and n >= CUT_MIN and c[-1] not in UNDROPPABLE and c[-1] != "#":
            return "漏字"  # the last character: find() checks that punctuation follows (_cut_short)
        return None
    if len(window) == n + 1:
        spots = [i for i in range(n + 1) if window[:i] + window[i + 1:] == c]
        if not spots or not is_cjk(window[spots[0]]):
            return None
        if any(i in (0, n) for i in spots):
            # doubled first or last character (交通运输部部): find() checks it does not start the next word (部长)
            return "重复字" if n >= DOUBLE_MIN and _edge_double(c, window) else None
        i = spots[0]
        if (term.leader and window[i] in RANK_CHARS) or window[i] == DEPUTY:
            return None  # 副委员长赵乐际, 国务院副总理: another title, not a slip (a wrong one is 领导人职务)
        if n >= DOUBLE_MIN and (window[i] == window[i - 1] or window[i] == window[i + 1]):
            return "重复字"
        if n >= INSERT_MIN and window[i] not in UNDROPPABLE:  # 的/和/第 added or left out is style
            return "多字"
    return None


QUOTE_MARKS = frozenset("“”‘’「」『』\"'")


def canonical(folded: str) -> str:
    """A term's form in the matching view (see ``matching_view``)."""
    return matching_view(folded)[0]


def matching_view(folded: str) -> tuple[str, list[int] | None, frozenset[int]]:
    """``folded`` without quotation marks and with ``，；`` between Chinese characters written ``、`` (a slogan's parts
    are separated either way); the index in ``folded`` of each character kept (None when none was taken out); and the
    positions of the view where quotation marks were taken out (a span between two of them was quoted whole)."""
    kept: list[int] | None = None
    bounds: set[int] = set()
    view = folded
    if any(ch in QUOTE_MARKS for ch in folded):
        kept = []
        for i, ch in enumerate(folded):
            if ch in QUOTE_MARKS:
                bounds.add(len(kept))
            else:
                kept.append(i)
        view = "".join(folded[i] for i in kept)
    if "," in view or ";" in view:
        view = SEPARATOR_BETWEEN_HAN.sub("、", view)
    return view, kept, frozenset(bounds)


SEPARATOR_BETWEEN_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[,;](?=[\u4e00-\u9fff])")


QUOTE_PAIRS_OPEN = {"“": "”", "‘": "’", "「": "」", "『": "』"}


def _with_quotes(text: str, a: int, b: int) -> tuple[int, int]:
    """A span found in the matching view, widened over the quotation mark just outside it that pairs one inside it
    (“十四五”时其, “三衣”工作): the finding quotes the text as written."""
    seg = text[a:b]
    for opening, closing in QUOTE_PAIRS_OPEN.items():
        if a > 0 and text[a - 1] == opening and seg.count(closing) > seg.count(opening):
            a -= 1
        if b < len(text) and text[b] == closing and seg.count(opening) > seg.count(closing):
            b += 1
    return a, b


# A numbered formula of two characters (三农, 四风, 双减, 双碳) is too short to look for in running text, but quoted
# whole (“三衣”) it stands for the formula: a quoted pair with the same numeral and one look-alike or sound-alike
# character, which is neither a formula nor a word of its own, is the formula misspelt.
SHORT_QUOTED = re.compile(r"[“「『\"‘]([\u4e00-\u9fff]{2})[”」』\"’]")
SHORT_FIRST = NUMERALS | set("双")


def quoted_short_slips(text: str, folded: str, offsets: list[int], short_forms: frozenset[str]) -> list[TypoHit]:
    out: list[TypoHit] = []
    if not short_forms:
        return out
    for m in SHORT_QUOTED.finditer(folded):
        pair = m.group(1)
        if pair in short_forms or word_freq().get(pair, 0) > 0:
            continue
        for form in short_forms:
            how = confusion(form[1], pair[1]) if form[0] == pair[0] else None
            if how in ("形近", "音近"):
                a, b = offsets[m.start(1)], offsets[m.end(1) - 1] + 1
                out.append(TypoHit(a, b, text[a:b], form, how, False))
                break
    return out


# A numbered formula (两个确立, 四个意识) in quotation marks after the verb the lexicon writes it with (领悟“两个确立”,
# 增强“四个意识”, 做到“两个维护”), before the words that follow it there (“两个确立”的决定性意义) or in a sentence
# with another of the lexicon's quoted formulas written right (坚定“四个自信”、践行“两个拥护”): a quoted form with
# the same numeral and one other character in that place is the formula written with a wrong word (领悟“两个确定”,
# 做到“两个拥护”), whatever the character — unless the quoted form is itself a formula of the lexicon (两个确保).
FORMULA = r"[两二三四五六七八九十]个[\u4e00-\u9fff]{2,5}"
FORMULA_IN_TERM = re.compile(r"([\u4e00-\u9fff]{2})?“(" + FORMULA + r")”(的[\u4e00-\u9fff]{2,6})?")
QUOTED_FORMULA = re.compile(r"[“「『\"‘](" + FORMULA + r")[”」』\"’]")


def formula_contexts(displays: Iterable[str]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each quoted numbered formula of the lexicon's terms (as written there, with quotation marks) → (the verbs
    written before it, the words written after it)."""
    verbs: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for display in displays:
        for m in FORMULA_IN_TERM.finditer(fold(display)):
            verbs.setdefault(m.group(2), set())
            after.setdefault(m.group(2), set())
            if m.group(1):
                verbs[m.group(2)].add(m.group(1))
            if m.group(3):
                after[m.group(2)].add(m.group(3))
    return {f: (frozenset(verbs[f]), frozenset(after[f])) for f in verbs}


def quoted_formula_slips(text: str, folded: str, offsets: list[int], contexts: dict, known: frozenset[str]) -> list[TypoHit]:
    out: list[TypoHit] = []
    for m in QUOTED_FORMULA.finditer(folded):
        quoted = m.group(1)
        if quoted in known or quoted in contexts:
            continue
        before = folded[max(0, m.start() - 2):m.start()]
        # a series of formulas (增强“四个意识”、坚定“四个自信”、做到“两个拥护”): another one written right in the sentence
        start, end = _sentence_bounds(folded, m.start(), "。！？!?;；\n")
        series = any(o.group(1) in contexts and o.start() != m.start()
                     for o in QUOTED_FORMULA.finditer(folded, start, end))
        for formula, (verbs, follows) in contexts.items():
            if len(formula) != len(quoted) or formula[:2] != quoted[:2]:
                continue
            if sum(x != y for x, y in zip(formula, quoted)) != 1:
                continue
            if series or before in verbs or any(folded.startswith(f, m.end()) for f in follows):
                a, b = offsets[m.start()], offsets[m.end() - 1] + 1
                out.append(TypoHit(a, b, text[a:b], "“" + formula + "”", "错字", False))
                break
    return out


def _changed(folded: str, a: int, b: int, word: str) -> list[tuple[int, int]]:
    """Where the written span ``folded[a:b]`` differs from ``word``: each changed character when the two have one
    length (a couplet of nine whose slip is in its first line: a correct form written right in its second line,
    东临碣石，以观沧海 holding a poem's title, leaves the slip a slip), else the whole span."""
    if b - a != len(word):
        return [(a, b)]
    return [(a + i, a + i + 1) for i, c in enumerate(word) if folded[a + i] != c] or [(a, b)]


class TypoFinder:
    def __init__(self, terms: Iterable[Term]):
        terms = list(terms)
        self.formulas = formula_contexts(t.display for t in terms)
        self.known_forms = frozenset(t.correct for t in terms)
        # two-character numbered formulas are checked only where quoted whole (quoted_short_slips)
        self.short_forms = frozenset(t.correct for t in terms if len(t.correct) == 2)
        self.terms = [t for t in terms if len(t.correct) >= 3]
        self.correct_forms = frozenset(t.correct for t in self.terms)
        self.ime: ImeModel | None = None  # the input method's language model (content_typo_ime), set by ContentRules
        self._ac = ahocorasick.Automaton()
        anchors: dict[str, list[tuple[int, int, bool]]] = {}
        for idx, term in enumerate(self.terms):
            c = term.correct
            if term.mutable is not None:  # the title is the anchor
                a, b = term.mutable
                parts = [(0, a)] if a > 0 else [(b, len(c))]
            elif len(c) == 3:
                parts = [(0, 2), (1, 3)]
            else:
                h = len(c) // 2
                parts = [(0, h), (h, len(c))]
                # a swap across the middle (党风政廉建设) breaks both halves: a third anchor of 3+ characters
                if len(c) - h - 1 >= 3:
                    parts.append((h + 1, len(c)))
                elif h - 1 >= 2:
                    parts.append((0, h - 1))
            for lo, hi in parts:
                anchors.setdefault(c[lo:hi], []).append((idx, lo, False))
            if term.mutable is None and len(c) >= TWO_SLIP_MIN:
                # two slips leave one of three parts intact: anchors for the two-slip check (no one-slip prefilter)
                k = len(c) // 3
                for lo, hi in ((0, k), (k, 2 * k), (2 * k, len(c))):
                    if (lo, hi) not in parts and hi - lo >= 2:
                        anchors.setdefault(c[lo:hi], []).append((idx, lo, True))
        self._outer: dict[tuple[str, str], list[int]] = {}  # (first, last character) → 3-character terms
        for idx, term in enumerate(self.terms):
            if term.mutable is None and len(term.correct) == 3:
                self._outer.setdefault((term.correct[0], term.correct[2]), []).append(idx)
        for anchor, refs in anchors.items():
            self._ac.add_word(anchor, (len(anchor), tuple(refs)))
        self.empty = not anchors
        # three-character names of leaders whose titles are checked and whose name is part of the name of a guiding
        # thought or exposition (习近平新时代中国特色社会主义思想, 习近平关于…的重要论述): checked without a title too
        # (_untitled). Other leaders share their names with ordinary people and local officials (张国庆, 刘国忠).
        thought_terms = [t.correct for t in self.terms if t.mutable is None and ("思想" in t.correct or "论述" in t.correct)]
        self.leader_names = sorted({t.correct[:3] for t in self.terms if t.leader and t.mutable == (0, 3)
                                    and not t.title_only and not t.national and t.correct[3:] in LEADER_VERBS
                                    and any(t.correct[:3] in c for c in thought_terms)})
        # every listed leader's name: a name one character from another listed leader's is that leader, not a slip
        self.listed_names = frozenset(t.correct[t.mutable[0]:t.mutable[1]] for t in self.terms
                                      if t.leader and t.mutable and not t.title_only)
        # every current national leader's name (leaders.txt outside 历史人物, with the heads of ministries): the names
        # a 在…会议上强调 sentence may carry without a title (``_speaker``)
        self.speaker_names = frozenset(t.correct[:-2] for t in self.terms
                                       if t.leader and t.mutable == (0, len(t.correct) - 2) and not t.title_only
                                       and not t.provincial and t.correct.endswith("强调"))
        if not self.empty:
            self._ac.make_automaton()
        # the formal terms' own syllable-boundary slips (content_typo_split.TermCuts: 应急元, 争西安创优), built at
        # first use: the formal lexicon's forms and the departments' names, not places or leaders' names
        self._cut_forms = frozenset(t.correct for t in self.terms if t.mutable is None and not t.leader
                                    and not t.division and not t.landmark)
        self._term_cuts: TermCuts | None = None
        self._division_cuts: TermCuts | None = None  # the divisions' full names' (``_division_cut_slips``)

    def _cut_slips(self, text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
        """A formal term with the letters of one or two syllables cut another way by the input method
        (``content_typo_split.TermCuts``: 应急预案 → 应急元, 争先创优 → 争西安创优), except where a correct form of the
        lexicons stands as written over the changed characters (one inside the characters kept leaves the slip a
        slip: 一个中国 in 一个中国预案则)."""
        if self._term_cuts is None:
            self._term_cuts = TermCuts(self._cut_forms)
        found = self._term_cuts.slips(folded, self._cut_judge())
        if not found:
            return []
        exact = _exact_spans(folded, self.correct_forms)
        return [_slip_at(text, offsets, a, b, word, "拼音切分", False) for a, b, word, (p, q) in found
                if not any(x < q and p < y for x, y in exact)]

    def _cut_judge(self):
        """The input method's language model as the judge of a syllable-boundary slip of a correct form written as two
        characters that make no dictionary word (``ImeModel.vouches_cut``: 品干建设), None where the model is off."""
        if self.ime is None:
            return None
        ime = self.ime

        def judge(f: str, a: int, b: int, word: str, written: str) -> bool:
            return ime.vouches_cut(f, a, b, word)
        return judge

    def _division_cut_slips(self, text: str, folded: str, offsets: list[int], region: str = "") -> list[TypoHit]:
        """A prefecture- or county-level division's full name (``division_cut_places``: 兴安盟, 浏阳市) with the
        letters of two syllables cut another way by the input method and written as two other characters (兴安盟
        typed ``xinganmeng`` and read xin'gan: 新干盟), its level word and the rest kept (two written characters that
        make no dictionary word only where the input method's model vouches for the name: ``_cut_judge``) — where the post or the
        account's region names a division above it (as ``county_names``), the written span is no division's full name,
        and its written characters no short form of a division of the same level (湛江, 济南 are places of their own)."""
        places = division_cut_places()
        if self._division_cuts is None:
            self._division_cuts = TermCuts(places, min_len=3, keep_min=1, parts_allowed=(2,))
        found = self._division_cuts.slips(folded, self._cut_judge())
        if not found:
            return []
        names = division_names()
        out = []
        for a, b, name, (p, q) in found:
            above, level = places[name]
            if (not any(x in folded or x in fold(region) for x in above) or folded[a:b] in names
                    or folded[p:q] in division_level_shorts().get(level, frozenset())):
                continue
            out.append(_slip_at(text, offsets, a, b, name, "拼音切分", False))
        return out

    @staticmethod
    def _provincial_context(term: Term, folded: str, start: int, size: int) -> bool:
        """A provincial leader's title and name as news writes them: not a deputy's title (副省长, 常务副省长 are other
        people), the municipality named in the post for a bare municipal title, and a two-character name not the
        start of a longer name (省长王凯 …, not 省长王凯文)."""
        a, b = term.mutable or (0, 0)
        if a > 0 and start > 0 and folded[start - 1] == DEPUTY:
            return False
        if term.place and term.place not in folded:
            return False
        if a > 0 and b - a == 2 and start + size < len(folded) and not NAME_END.match(folded, start + size):
            return False
        return True

    @staticmethod
    def _chairs_meeting(term: Term, folded: str, start: int, size: int) -> bool:
        """A provincial leading body's meeting follows the name and 主持 (省委常委会会议, 省政府常务会议), the post
        names the municipality of a municipal leader, and no local title stands before the name (市委书记王楷主持召开
        市委常委会 is a city's own secretary)."""
        after = folded[start + size:start + size + 24]
        return (any(PROVINCIAL_MEETING.match(after) if not place else (MUNICIPAL_MEETING.match(after) and place in folded)
                    for place in term.chairs)
                and not LOCAL_OFFICE_BEFORE.search(folded, max(0, start - 10), start))

    def find(self, text: str, folded: str | None = None, offsets: list[int] | None = None,
             region: str = "") -> list[TypoHit]:
        """Misspellings in ``text`` (``folded``/``offsets`` from ``fold_with_offsets(text)`` when already known).
        ``region``: the registry region of the posting account (山东省青岛市), for county names (``county_names``)."""
        if self.empty or not text:
            return []
        if folded is None or offsets is None:
            folded, offsets = fold_with_offsets(text)
        # Terms are matched in a view without quotation marks and with one list separator (“三衣”工作 is 三农工作
        # misspelt; 共抓大保护，不搞大开伐 is the slogan written with a comma), mapped back to the text after.
        view, kept, bounds = matching_view(folded)
        view_offsets = offsets if kept is None else [offsets[i] for i in kept]
        found = self._scan(view, bounds, fold(region or ""))
        hits = self._choose(text, view, view_offsets, found)
        hits += _apart(quoted_short_slips(text, folded, offsets, self.short_forms), hits)
        hits += _apart(quoted_formula_slips(text, folded, offsets, self.formulas, self.known_forms), hits)
        hits += _apart(doc_type_slips(text, folded, offsets), hits)
        hits += _apart(doc_heading_slips(text, folded, offsets), hits)
        hits += _apart(committee_slips(text, folded, offsets), hits)
        hits += _apart(named_model_slips(text, folded, offsets, region), hits)
        hits += _apart(landmark_pair_slips(text, folded, offsets, region), hits)
        hits += _apart(self._cut_slips(text, folded, offsets), hits)
        hits += _apart(self._division_cut_slips(text, folded, offsets, region), hits)
        hits += [_slip_at(text, offsets, a, b, word, "拼音输入", False) for a, b, word in division_word_slips(folded, region)
                 if not any(offsets[a] < h.end and h.start < offsets[b - 1] + 1 for h in hits)]
        hits += [_slip_at(text, offsets, a, b, word, confusion(word[0], folded[a]) or confusion(word[1], folded[a + 1])
                          or "错字", False) for a, b, word in town_led_slips(folded, region)
                 if not any(offsets[a] < h.end and h.start < offsets[b - 1] + 1 for h in hits)]
        hits += _apart(autonomous_level_drops(text, folded, offsets), hits)
        hits += _apart(government_level_drops(text, folded, offsets), hits)
        hits += _apart(body_drop_slips(text, folded, offsets, self.correct_forms), hits)
        hits += _apart(vocabulary_slips(text, folded, offsets), hits)
        hits += _apart(self._untitled(text, folded, offsets), hits)
        hits += _apart(self._speaker(text, folded, offsets), hits)
        hits += _apart(in_post_variants(text, folded, offsets, self.correct_forms), hits)
        hits += _apart(named_model_slips(text, folded, offsets, region, NAMED_SIGHT), hits)
        hits += _apart(named_model_slips(text, folded, offsets, region, NAMED_COUNTY), hits)
        hits += _apart(rare_twin_slips(text, folded, offsets), hits)
        hits += _apart(self._improbable(text, folded, offsets), hits)
        hits += _apart(self._merges_anywhere(text, folded, offsets, fold(region or "")), hits)
        hits += _apart(self._list_free(text, folded, offsets), hits)
        hits += _apart(self._variants(text, folded, offsets), hits)
        return sorted((h for h in hits if not _parallel_shared(text, h) and not _feature_swapped(h)),
                      key=lambda h: h.start)

    def _list_free(self, text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
        """Slips found by mechanisms that need no list of terms, except where a correct form of the lexicon stands as
        written over the changed characters (``_changed``): syllable-boundary slips of pinyin input
        (``content_typo_split``: 实施反感 → 实施方案; with the input method's model, when loaded, as the judge of
        those the text does not vouch for: 保障反感 → 保障方案), set poems'
        lines and idioms one look-alike or sound-alike off (``content_typo_verse``: 淡妆浓沫总相宜, 全新全意), a place
        name's last character doubled before a place word (``content_typo_double``: 宁波舟山山港) or, for a name of
        three characters or more, anywhere (乌鲁木齐齐: only the doubled character is checked against the lexicon's
        correct forms, the name before it being one), a unit's head noun
        with a sound-alike last character (``content_typo_heads``: 浙东游击纵对)."""
        judge = None
        if self.ime is not None:
            places = division_forms()
            ime = self.ime

            def judge(f: str, a: int, b: int, word: str, changed: str) -> bool:
                return ime.vouches_split(f, a, b, word, changed, places)
        found = [(a, b, word, "拼音切分") for a, b, word in boundary_slips(folded, judge)]
        found += [(a, b, word, "重复字") for a, b, word in double_slips(folded)]
        found += [(a, b, word, "重复字") for a, b, word in inner_double_slips(folded)
                  if not any(a < y and x < b for x, y, _, _ in found)]
        found += [(a, b, word, "重复字") for a, b, word in numeral_double_slips(folded)
                  if not any(a < y and x < b for x, y, _, _ in found)]
        # a name's doubled last character: the name stands as written before it, only the second one is changed
        doubled_names = {(a, b) for a, b, word in name_double_slips(folded)
                         if not any(a < y and x < b for x, y, _, _ in found)}
        found += [(a, b, folded[a:b - 1], "重复字") for a, b in sorted(doubled_names)]
        if self.ime is not None:
            found += [(a, b, word, "重复字") for a, b, word in judged_double_slips(folded, self.ime.vouches_double)
                      if not any(a < y and x < b for x, y, _, _ in found)]
        found += [(a, b, word, "音近") for a, b, word in head_slips(folded)]
        for a, b, line, how in verse_slips(folded) + idiom_slips(folded) + idiom_pair_slips(folded):
            if not any(a < y and x < b for x, y, _, _ in found):
                found.append((a, b, line, how))
        if not found:
            return []
        exact = _exact_spans(folded, self.correct_forms)
        return [_slip_at(text, offsets, a, b, word, how, False)
                for a, b, word, how in found if not any(x < y2 and x2 < y for x, y in exact
                                                        for x2, y2 in ([(b - 1, b)] if (a, b) in doubled_names
                                                                       else _changed(folded, a, b, word)))]

    def _merges_anywhere(self, text: str, folded: str, offsets: list[int], region: str = "") -> list[TypoHit]:
        """The input method's syllable-merge slips anywhere (``ImeModel.merges_anywhere``: 争西安创优 → 争先, when its
        model is loaded), unless the written characters hold a division's name that is the post's own
        (``_division_named``: the post names it elsewhere or the division just above it, or the account is there), or
        a correct form of the lexicons, a listed leader's name or a department's short form stands there as written."""
        if self.ime is None:
            return []
        found = [s for s in self.ime.merges_anywhere(folded) if not _division_named(folded, s[0], s[1], region)]
        return self._ime_hits(text, folded, offsets, found)

    def _ime_hits(self, text: str, folded: str, offsets: list[int], found: list) -> list[TypoHit]:
        """The input method's slips ``found`` (start, end, word, how, gain) as hits, except where a correct form of the
        lexicons (two-character short forms too), a listed leader's name or a department's short form stands as
        written."""
        if not found:
            return []
        exact = (_exact_spans(folded, self.known_forms) + _exact_spans(folded, self.listed_names)
                 + _exact_spans(folded, department_stems()))
        return [_slip_at(text, offsets, a, b, word, how, False, f"输入法语言模型，增益 {gain:g} 奈特")
                for a, b, word, how, gain in found if not any(x < b and a < y for x, y in exact)]

    def _improbable(self, text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
        """Slips outside the lexicons that jieba's word probabilities expose (``content_typo_lm.probable_slips``:
        丝稠 → 丝绸, 华桥 → 华侨), then those the input method's word trigram exposes where jieba's found none
        (``content_typo_ime``, when its model is loaded: ``self.ime``; 生命重于秦山 → 泰山), except where a correct
        form of the lexicons or a listed leader's name stands as written."""
        found = probable_slips(folded, division_forms())
        exact = _exact_spans(folded, self.correct_forms) if found else []
        hits = [_slip_at(text, offsets, a, b, word, how, False)
                for a, b, word, how, _gain in found if not any(x < b and a < y for x, y in exact)]
        if self.ime is None:
            return hits
        more = [s for s in self.ime.slips(folded, division_forms()) if not any(a < s[1] and s[0] < b for a, b, *_ in found)]
        return hits + self._ime_hits(text, folded, offsets, more)

    def _scan(self, folded: str, bounds: frozenset[int] = frozenset(),
              region: str = "") -> list[tuple[int, int, Term, str]]:
        """(start, end, term, how) of every window of ``folded`` (the matching view) one slip from a term.
        ``bounds``: positions where quotation marks were taken out (a span between two of them is one word)."""
        found: list[tuple[int, int, Term, str]] = []
        seen: set[tuple[int, int, int]] = set()

        def check(idx: int, start: int, size: int) -> None:
            term = self.terms[idx]
            n = len(term.correct)
            window = folded[start:start + size]
            if (term.landmark or term.division or term.county) and _feature_word_swap(term.correct, window):
                return  # 五指峰 beside 五指山: the place's neighbouring peak, not the place misspelt
            if window in self.correct_forms or (term.stem and size != n):
                return
            if not _ends_plausible(term.correct, window) and not (
                    size == n >= TWO_SLIP_MIN and sum(a != b for a, b in zip(window, term.correct)) == 2):
                return
            bracketed = ((start > 0 and folded[start - 1] == "《" and start + size < len(folded)
                          and folded[start + size] == "》") or (start in bounds and start + size in bounds))
            how = classify(term, window, bracketed)
            if not how or (term.title_only and _title_is_a_word(term, window)):
                return
            if term.places and not _county_slip(term, folded, start, window, region):
                return
            if term.town and (window in town_shorts() or _town_edge_neighbour(term.correct, window)):
                return  # 红山好礼 is 红山 (a district) + 好礼, not the town 红山子 misspelt
            own_sight = _own_sight(term, folded, region)
            if term.landmark and not own_sight and not _landmark_slip(folded, start, term.correct, window, how):
                return
            if term.leader and term.mutable and not term.title_only and (
                    window[term.mutable[0]:term.mutable[1]] in self.listed_names):
                return  # 市长殷勇 is not 市长应勇 misspelt: both are listed leaders
            if term.provincial and not self._provincial_context(term, folded, start, size):
                return
            if (term.national or term.chairs) and not (
                    (term.national and NATIONAL_BODY.search(folded, start + size, start + size + NATIONAL_REACH))
                    or (term.chairs and self._chairs_meeting(term, folded, start, size))):
                return
            if (term.leader and term.mutable and term.mutable[0] > 0 and not term.title_only
                    and term.correct[:term.mutable[0]] in GENERIC_TITLES
                    and LOCAL_BEFORE.search(folded, max(0, start - 8), start)):
                return  # 市委副书记张国庆, 县政协主席…: a local office's holder, not a national leader misnamed
            if (term.leader and term.mutable and term.mutable[0] == 0 and not term.title_only
                    and term.correct[term.mutable[1]:] in LEADER_VERBS
                    and LOCAL_OFFICE_BEFORE.search(folded, max(0, start - 10), start)):
                return  # 县委书记刘国忠强调: the title before the name is a local one
            if (how == "错字" and _generic_makes_word(term.correct, window) and not _body_name_changed(term.correct, window)
                    and term.correct not in fixed_sayings()):
                return  # 推进高质量发展 is another phrasing of 推动高质量发展, not a slip
            if term.mutable is None and size == n and (
                    (window[0] != term.correct[0] and window[0] in FUNCTION_WORDS and window[1:] in self.correct_forms)
                    or (window[-1] != term.correct[-1] and window[-1] in FUNCTION_WORDS
                        and window[:-1] in self.correct_forms)):
                # 在右江革命根据地 is 在 + 右江革命根据地, not 左右江革命根据地 with 左 misspelt (白千万工程 stays a slip
                # of 百千万工程: 白 is no function word)
                return
            if (term.mutable is None and not term.division and size == n
                    and _starts_with_other_place(term.correct, window, towns=how == "错字")
                    and not _own_place_as_twin(term.correct, window, folded, region)):
                return  # 荆州古城 is 荆州's old town, not 青州古城 misspelt; 湛江口岸 is no 长江口
            if term.mutable is None and size == n == 3 and _reads_on_as_words(folded, start, term.correct, window):
                return  # 证件可以随身办理 is 随身 + 办理, not 随申办 (the service app) misspelt
            if term.division and _reads_as_words(term.correct, window) and not (
                    region and term.correct in region and _function_char_alone(term.correct, window)):
                return  # 通过市级验收, 宜居的城市: ordinary words before 市, not 通辽市 or 白城市 misspelt
            if term.division and window.endswith("市") and any(
                    window[:-1] + level in division_names() for level in ("区", "县", "市", "旗")):
                return  # 永川市, 潮阳市: a district's former name (永川区), not 永州市 or 朝阳市 misspelt
            if (term.division and size == n and window[:-1] == term.correct[:-1] and term.correct[-1] in REGION_CHARS
                    and single_word_freq().get(window[-1], 0) >= SINGLE_WORD_MIN_FREQ):
                # a division's level character written as a common one-character word is that word after the place's
                # short form (谪居儋州时, 来到海口是…), even where the post writes the full name elsewhere (a footer)
                return
            if (how == "音近" and size == n < SOUND_EDGE_MIN and term.mutable is None and not bracketed
                    and not own_sight and (window[0] != term.correct[0] or window[-1] != term.correct[-1])
                    and not (not term.division and window[0] != term.correct[0]
                             and _transliterated_edge(term.correct, 0, window[0]))
                    and not _right_word_elsewhere(folded, start, term.correct, window)
                    and not (not term.division and _term_written_elsewhere(folded, start, term.correct, window))
                    and (window in long_words() or _reads_as_words(term.correct, window)
                         or any(single_word_freq().get(b, 0) >= SINGLE_WORD_MIN_FREQ
                                for a, b in zip(term.correct, window) if a != b)
                         or (window[-1] != term.correct[-1] and start + size < len(folded)
                             and is_cjk(folded[start + size])))):
                # A short term's edge sound-alike that reads as a word is the text's own word: a dictionary word
                # (中国民航), a common pair inside (南洋), a common one-character word (在北京时，). And the first two
                # characters are often a word of their own (台湾, 河南, 海关) whose next word starts with a sound-alike
                # of the last (台湾参访, 河南寻根, 海关罚没): a last character is checked only where the text breaks
                # after it (外交步，)
                return
            if size == n and window in division_names():
                return  # 天水市, 林州市 are places of their own, not 天津市, 郴州市 misspelt
            if term.division and size == n and _division_across_edge(folded, start, start + size, term.correct):
                return  # 佳木斯富锦 is 佳木斯 + 富锦 (a county-level city under it), not 佳木斯市 misspelt
            if (how == "形近" and window in long_words() and _component_only(term.correct, window)
                    and not (term.division and _placeholder_entry(window))):
                # 一老一少 is a phrase of its own, not 一老一小 with a stroke added; a division's name one part off
                # that jieba lists only as an uncounted name (克拉马依 3 nr) is none (小山村 3 nr beside the village
                # 小岗村, a formal term, stays the phrase it is)
                return
            if (how == "形近" and _component_only(term.correct, window) and _edge_word_swapped(term.correct, window)
                    and not _read_alike(term.correct, window)):
                return  # 向社会求助 says something of its own: 求助 is a common word, not 救助 with a part left out
                # (以人民为忠心 stays 中心 misspelt: 忠 is 中 with a part added *and* read alike, the input method's
                # homophone, not another word the writer meant)
            if term.formula and self.ime is not None and _pair_for_pair(term.correct, window, self.ime.vocab):
                return  # 社会共识 is a phrase of its own, not the item 社会共治 misspelt: 共识 and 共治 are both words
            if term.mutable is None and _edge_became_word(term.correct, window):
                return  # 县以下基层 is not 四下基层 misspelt: the edge now reads as an everyday word (以下)
            if how == "拼音输入" and _edge_word_swapped(term.correct, window):
                return  # 中国人民进行了… is not 中国人民银行: a letter off turned the last word into another everyday word
            if (how == "漏字" and _numerals_alike(window) == _numerals_alike(term.correct[:-1])
                    and not _cut_short(folded, start + size, window, term.correct)):
                return
            if how == "漏字" and window == term.correct[:-1] and window[-1] in LANDMARK_FEATURES:
                return  # 色季拉山 is the mountain of 色季拉山口, 长江 the river of 长江口: a place of its own, not cut short
            if _edge_double(term.correct, window) and _double_makes_word(folded, start, size):
                return
            if how == "重复字" and _double_between_words(window):
                return  # 五女山山城 is 五女山 + 山城 (the mountain's name and the word for a hill fort), not 五女山城 misspelt
            if how == "漏字" and _shortened_is_a_word(folded, start, window):
                return
            if how == "漏字" and _level_pair_narrowed(term.correct, window):
                return  # 乡卫生院 names the township's own clinic, not 乡镇卫生院 with 镇 left out
            if how == "多字" and _word_across_end(folded, start + size):
                return  # 十次全体会议 is the full form of 十次全会, not 全会 with 体 added
            if how == "漏字" and not term.division and _dropped_joins_word(term.correct, window):
                return  # 森林草原防火 is the plainer word 防火 for 防灭火, not a slip of 森林草原防灭火
            if how == "漏字" and not term.division and _dropped_between_words(term.correct, window):
                return  # 安全生产检查 is a plain phrase of its own, not 安全生产大检查 with 大 left out
            if how == "多字" and _added_particle(term.correct, window):
                return  # 家庭医生签约等服务: 等 closes a list before 服务, it does not misspell 家庭医生签约服务
            if how == "多字" and _added_makes_word(term.correct, window):
                return  # 安全隐患大排查: 大排查 is a word of its own (a campaign), not 安全隐患排查 with 大 slipped in
            # a leader's name ending the span is a whole name, not the edge of a word (殷涌出席: 涌出 is a chance
            # pairing) when it has three characters or what news says of a leader follows it
            whole_name = (term.leader and term.mutable is not None and not term.title_only and term.mutable[1] == n
                          and (term.mutable[1] - term.mutable[0] >= 3 or NAME_END.match(folded, start + size)))
            if size == n and not term.leader and _event_period(folded, start, start + size, term.correct):
                return  # 开展纪律教育周活动: 周 names a week of events, not 教育局 misspelt
            if (size == n and n <= CUT_WORD_TERM_MAX and not term.leader and not bracketed
                    and _cuts_longer_word(folded, start, start + size)):
                return  # 国防教育周 is not 教育局 misspelt, 主城都市区 not 成都市: the span cuts a longer word of the text
            if _cuts_right_name(folded, start, start + size, term.correct, right_place_names()):
                return  # 器口古镇 of 磁器口古镇: a place written right, not 碛口古镇 misspelt
            if size != n or bracketed or whole_name or not _edge_forms_word(folded, start, term.correct, window):
                found.append((start, start + size, term, how))

        for end, (length, refs) in self._ac.iter(folded):
            pos = end - length + 1
            for idx, lo, third in refs:
                c = self.terms[idx].correct
                n = len(c)
                base = pos - lo
                if third:  # two slips keep the term's length and place: one window
                    if 0 <= base and base + n <= len(folded) and (idx, base, n) not in seen:
                        seen.add((idx, base, n))
                        check(idx, base, n)
                    continue
                # the end away from the anchor must be nearly in place (see _ends_plausible) for any window
                if lo > 0:
                    near = folded[max(0, base - 1):base + 3]  # w[0], w[1] of every window start
                    if (c[0] not in near and c[1] not in near and not (c[0] in NUMERALS or c[1] in NUMERALS)
                            and not (c[0] == c[1] and base >= 0 and folded[base:base + 1] == folded[base + 1:base + 2])):
                        continue
                elif lo + length < n:
                    near = folded[max(0, base + n - 4):base + n + 2]  # w[-2], w[-1] of every window end
                    if (c[-1] not in near and c[-2] not in near and not (c[-1] in NUMERALS or c[-2] in NUMERALS)
                            and not (c[-1] == c[-2] and base + n <= len(folded)
                                     and folded[base + n - 2] == folded[base + n - 1])):
                        continue
                # a name or title that may differ only by substitution (mutable part) keeps its length and place
                fixed = self.terms[idx].mutable is not None
                for start in (base,) if fixed else (base - 1, base, base + 1):
                    for size in (n,) if fixed else (n - 1, n, n + 1):
                        if start < 0 or start + size > len(folded) or (idx, start, size) in seen:
                            continue
                        seen.add((idx, start, size))
                        if pos < start or pos + length > start + size:
                            continue  # the anchor must lie inside the window
                        check(idx, start, size)
        # Three-character terms: a wrong middle character breaks both two-character anchors (广洲市), so their
        # first and last characters are looked up directly.
        outer = self._outer
        for i, pair in enumerate(zip(folded, folded[2:])):
            if pair in outer:
                for idx in outer[pair]:
                    if (idx, i, 3) not in seen:
                        seen.add((idx, i, 3))
                        check(idx, i, 3)
        return found

    def _untitled(self, text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
        """A leader's three-character name (``leader_names``) misspelt without a title next to it (学习贯彻习近乎关于…
        的重要论述): one character a look-alike or sound-alike, in a sentence that speaks of the Party's leadership
        (重要讲话, 总书记, 思想…), and not a dictionary word or another leader's name."""
        if len(folded) != len(text) or not LEADER_CONTEXT.search(folded):
            return []
        out: list[TypoHit] = []
        names = set(self.leader_names)
        words = long_words()
        for name in self.leader_names:
            for i in range(3):
                pattern = re.escape(name[:i]) + "([\u4e00-\u9fff])" + re.escape(name[i + 1:])
                for m in re.finditer(pattern, folded):
                    span, ch = m.group(0), m.group(1)
                    if ch == name[i] or span in names or span in words or confusion(name[i], ch) not in ("形近", "音近"):
                        continue
                    sentence_start = max(folded.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
                    ends = [j for j in (folded.find(c, m.end()) for c in "。！？!?\n") if j >= 0]
                    if not LEADER_CONTEXT.search(folded, sentence_start, min(ends) if ends else len(folded)):
                        continue
                    a, b = offsets[m.start()], offsets[m.end() - 1] + 1
                    out.append(TypoHit(a, b, text[a:b], name, confusion(name[i], ch), True))
        return out

    def _speaker(self, text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
        """A national leader's name without a title opening a sentence that says what a leader said at a national
        meeting (蔡祺在全国公安机关视频会议上强调): the name one look-alike or sound-alike from a listed current
        leader's (``speaker_names``), itself neither a listed name nor a dictionary word, at the start of a sentence,
        headline or line, and a national body (全国, 中央, 国务院…) named between 在 and 上 (a two-character name only
        before 强调 or 指出: 王永在全国…大会上作交流发言 may be anyone)."""
        if len(folded) != len(text) or "在" not in folded:
            return []
        out: list[TypoHit] = []
        words = word_freq()
        for m in SPEAKER_SENTENCE.finditer(folded):
            for size in (3, 2):
                start = m.start("meeting") - 1 - size
                if start < 0 or not all(is_cjk(c) for c in folded[start:start + size]):
                    continue
                if start > 0 and is_cjk(folded[start - 1]):
                    continue  # the name opens a sentence or a headline: 【蔡祺在…, not 副市长蔡祺在…
                written = folded[start:start + size]
                if (written in self.speaker_names or written in self.listed_names or written in words
                        or written in long_words()):
                    break
                if not NATIONAL_BODY.search(m.group("meeting")) or (size == 2
                                                                    and m.group("verb") not in SPEAKER_SHORT_VERBS):
                    break
                for name in self.speaker_names:
                    if len(name) != size:
                        continue
                    diff = [i for i in range(size) if name[i] != written[i]]
                    if len(diff) == 1 and confusion(name[diff[0]], written[diff[0]]) in ("形近", "音近"):
                        a, b = offsets[start], offsets[start + size - 1] + 1
                        out.append(TypoHit(a, b, text[a:b], name, confusion(name[diff[0]], written[diff[0]]), True))
                        break
                break
        return out

    def _variants(self, text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
        """A correct term or leader's name written with a traditional or variant character (何立峯, 國務院) in a post
        written in standard simplified characters (通用规范汉字表): reported as 异体字. A post with more such
        characters than ``VARIANT_POST_MAX`` is written in traditional characters on purpose and left alone."""
        if len(folded) != len(text):
            return []  # the character-by-character comparison below needs a one-to-one folding
        changed = [i for i, (a, b) in enumerate(zip(text, folded)) if a != b and is_cjk(a) and is_cjk(b)]
        if not changed or len(changed) > VARIANT_POST_MAX:
            return []
        out = []
        for s, e in _exact_spans(folded, self.correct_forms):
            if any(s <= i < e for i in changed):
                out.append(TypoHit(s, e, text[s:e], folded[s:e], "异体字", any(
                    t.leader for t in self.terms if t.correct == folded[s:e])))
        return out

    def _choose(self, text, folded, offsets, found) -> list[TypoHit]:
        # Prefer the longest correct term; drop hits overlapping a chosen one or lying inside a correct term.
        exact = _exact_spans(folded, self.correct_forms)
        # an enumeration's item (``Term.formula``) reports only slips that no term inside it explains: 坚持中国产党的领导
        # is 中国共产党 misspelt, the narrower and clearer report, not the item 坚持中国共产党的领导
        inner = [(s, e) for s, e, term, _ in found if not term.formula]
        found = [f for f in found if not f[2].formula or not any(f[0] <= s and e <= f[1] for s, e in inner)]
        hits: list[TypoHit] = []
        taken: list[tuple[int, int]] = []
        # …and of two equally long ones the one with a single slip (中共湖南省季 is 中共湖南省委, not 中共河南省委)
        # (and a named slip before any character in place: 科尔沁右翼钱旗 is 前旗 by sound, not 中旗 by any character)
        for start, end, term, how in sorted(found, key=lambda f: (-len(f[2].correct), f[0],
                                                                  {"两处错字": 2, "错字": 1}.get(f[3], 0))):
            if any(start < e and s < end for s, e in taken):
                continue
            if any(s <= start and end <= e for s, e in exact):
                continue
            taken.append((start, end))
            o_start, o_end = _with_quotes(text, offsets[start], offsets[end - 1] + 1)
            hits.append(TypoHit(o_start, o_end, text[o_start:o_end], term.display, how, term.leader))
        return sorted(hits, key=lambda h: h.start)


EDGE_WORD_MIN_FREQ = 50  # jieba dictionary frequency: a real word, not a fragment


@lru_cache(maxsize=1)
def _jieba_words() -> tuple[dict[str, int], frozenset[str], frozenset[str], dict[str, int], frozenset[str],
                            dict[str, int]]:
    """jieba's dictionary (349k words with frequencies, ``detectors.jieba_dict``), read once when a candidate is
    found: its two-character words with their frequencies, its words of three to five characters, all its words,
    its one-character words with their frequencies, its words of three to five characters with frequency
    ``SELF_WORD_MIN_FREQ`` or more (``known_long_words``), and its words of three to five characters with their
    frequencies (``_long_word_freq``)."""
    freq: dict[str, int] = {}
    singles: dict[str, int] = {}
    longer: dict[str, int] = {}
    known: set[str] = set()
    words: set[str] = set()
    for word, count, _ in jieba_dict.entries():
        words.add(word)
        if len(word) == 2:
            freq[word] = count
        elif len(word) == 1:
            singles[word] = count
        elif 3 <= len(word) <= 5:
            longer[word] = count
            if count >= SELF_WORD_MIN_FREQ:
                known.add(word)
    return freq, frozenset(longer), frozenset(words), singles, frozenset(known), longer


SINGLE_WORD_MIN_FREQ = 20000  # jieba frequency of a common one-character word (时 103735, 是, 事, 使, 先; 台 16964 is not)


def single_word_freq() -> dict[str, int]:
    """jieba's one-character words with their frequencies (``_jieba_words``)."""
    return _jieba_words()[3]


def word_freq() -> dict[str, int]:
    """jieba's two-character words with their frequencies (``_jieba_words``)."""
    return _jieba_words()[0]


# A campaign named by its period (宣传周, 安全生产月, 读书节, 消费季): a term's last character replaced by one of these
# is the name of an event when the text holds the event (开展/举办/启动… before it in the clause, 活动/期间/主题… after).
EVENT_PERIODS = frozenset("周月日节季")
EVENT_AFTER = re.compile(r"(?:系列|主题|宣传)?(?:活动|期间|开幕|闭幕|启动仪式|启动|来临|到来)")
EVENT_BEFORE = re.compile(r"(?:开展|举办|举行|启动|组织|参加|迎来|正值|是第)[^，。；！？!?\n]{0,12}$")


def _event_period(folded: str, start: int, end: int, correct: str) -> bool:
    """The window ends with a period word in place of the term's last character (教育局 → 教育周) and the text around
    holds an event: the window names a campaign week or month (开展纪律教育周活动), it does not misspell the office."""
    window = folded[start:end]
    if window[-1] == correct[-1] or window[-1] not in EVENT_PERIODS or window[:-1] != correct[:-1]:
        return False
    return bool(EVENT_AFTER.match(folded, end) or EVENT_BEFORE.search(folded, max(0, start - 16), start))


DIVISION_NAME_MAX = 8  # characters of a division's name read across a place name's edge (_division_across_edge)
CUT_WORD_TERM_MAX = 4  # a longer term's one slip outweighs a chance word across its edge (新中国 / 中国共产当)
CUT_WORD_MIN = 3  # a crossing word this long is a word of the text, not a chance pair (主城 / 城都市 is left to _edge_forms_word)
SEGMENT_REACH = 6  # characters on each side of the span that jieba segments with it


def _cuts_longer_word(folded: str, start: int, end: int) -> bool:
    """jieba's segmentation of the text around the span (its dictionary, no HMM guesses) reads a word of three or
    more characters across the span's start or end: the span is the tail of one word and the head of the next
    (国防教育|周开展: 教育周 is cut from 国防教育, 主城|都市区: 城都市 ends inside 都市区) — the text is other words,
    not a short term misspelt. A misspelt term is read as its own pieces (市|教育|周), so no word crosses its edge."""
    import jieba

    lo, hi = max(0, start - SEGMENT_REACH), min(len(folded), end + SEGMENT_REACH)
    pos = lo
    for token in jieba.cut(folded[lo:hi], HMM=False):
        a, b = pos, pos + len(token)
        pos = b
        if b <= start:
            continue
        if a >= end:
            break
        if (a < start < b or a < end < b) and len(token) >= CUT_WORD_MIN and all(is_cjk(c) for c in token):
            return True
    return False


def _division_across_edge(folded: str, start: int, end: int, correct: str) -> bool:
    """A changed character at the span's edge begins (at its end) or ends (at its start) a division's full or short
    name of the gazetteer (``division_forms``, two characters or more) that runs on past the span: the text names a
    place and then its subdivision without the level word (佳木斯富锦: 富 begins 富锦, a county-level city of 佳木斯) —
    two names side by side, not the first one's level word misspelt."""
    window = folded[start:end]
    if len(window) != len(correct):
        return False
    forms = division_forms()
    if window[-1] != correct[-1]:
        for size in range(2, DIVISION_NAME_MAX + 1):
            if end - 1 + size > len(folded):
                break
            if folded[end - 1:end - 1 + size] in forms:
                return True
    if window[0] != correct[0]:
        for size in range(2, DIVISION_NAME_MAX + 1):
            if start + 1 - size < 0:
                break
            if folded[start + 1 - size:start + 1] in forms:
                return True
    return False


def _edge_forms_word(folded: str, start: int, correct: str, window: str) -> bool:
    """A changed first/last character that makes a word with its neighbour outside the span (教育培训 is not
    教育部 misspelt) — the span is the edge of another word, not a slip."""
    n = len(correct)
    words = word_freq()
    longer = long_words()
    if window[0] != correct[0] and start > 0:
        if _edge_word(words, folded[start - 1] + window[0], folded[max(0, start - 2):start]):
            return True
        # …or a longer word of the dictionary across the edge
        if any(folded[max(0, start + 1 - k):start + 1] in longer for k in range(3, 6) if start + 1 - k >= 0):
            return True
    end = start + n
    if window[-1] != correct[-1] and end < len(folded):
        if _edge_word(words, window[-1] + folded[end], folded[end:end + 2]):
            return True
        # …or a longer word of the dictionary across the edge (中国林学会 is not 中国梦 misspelt)
        for lo in range(max(0, end - 4), end):
            if any(folded[lo:lo + k] in longer for k in range(3, 6) if lo + k > end and lo + k <= len(folded)):
                return True
    return False


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Full names of China's administrative divisions (``data/divisions.tsv`` through ``detectors.places.gazetteer``),
    with the names ``data/divisions_changed.tsv`` retired after the data date (会理县, now 会理市: still a place's name,
    not a slip of the new one)."""
    from detectors.places import gazetteer, renamed_divisions

    return frozenset(fold(d.name) for d in gazetteer().divisions.values()) | frozenset(
        fold(old) for old, _ in renamed_divisions().values())


PLACE_PREFIX_MAX = 4  # characters of a division's short form at the start of a span (荆州, 景德镇, 呼伦贝尔)


def _starts_with_other_place(correct: str, window: str, towns: bool = False) -> bool:
    """Every changed character lies in the span's first two to four characters, and they are the short form of a
    division where the term, too, starts with a place or a word of its own (荆州古城 for 青州古城, 湛江口岸 for
    长江口; not 新市代 for 新时代: 新时 is no word of the term): the text names a feature of that place (its old
    town, its port), not the term misspelt. The name of a scenic area, a river mouth or a memorial begins with its
    place, and China has a place for many a pair of characters one sound or stroke away. ``towns``: a township's
    short form counts too (``town_shorts``) — for a change with no slip relation (错字: 南梁革命纪念馆 is 南梁's, not
    南湖革命纪念馆 with 湖 written 梁), where the term's frame is all the evidence there is."""
    changed = [i for i, (a, b) in enumerate(zip(correct, window)) if a != b]
    if not changed or len(correct) != len(window):
        return False
    shorts = division_shorts() | town_shorts() if towns else division_shorts()
    return any(window[:k] in shorts and window[:k] != correct[:k]
               and (correct[:k] in shorts or word_freq().get(correct[:k], 0) >= EDGE_WORD_MIN_FREQ)
               for k in range(max(2, changed[-1] + 1), min(len(window) - 1, PLACE_PREFIX_MAX) + 1))


def _own_place_as_twin(correct: str, window: str, folded: str, region: str) -> bool:
    """The place a term starts with (镇远 of 镇远古城) is the posting account's own, written as its namesake of
    another province that the post does not place (``content_typo_twins.own_region_twin``): the term misspelt, not
    the namesake's feature (``_starts_with_other_place`` gives way)."""
    shorts = division_shorts()
    return any(window[:k] in shorts and correct[:k] in shorts and window[:k] != correct[:k]
               and own_region_twin(window[:k], correct[:k], folded, region)
               for k in range(2, min(len(window) - 1, PLACE_PREFIX_MAX) + 1))


def _county_slip(term: Term, folded: str, start: int, window: str, region: str) -> bool:
    """A span one character off a county-level name (``county_names``) is that name misspelt only where the post
    or the account's region names the county's province or prefecture, the span's stem is no division's short form
    (湛江区位: 湛江 is the city, not 洛江区 misspelt), and the span does not end in a kind of zone after a Chinese
    character (河东新区 is a zone of 河东, not 东兴区 misspelt)."""
    if not any(p in folded or p in region for p in term.places):
        return False
    if len(window) >= 3 and window[:-1] in division_shorts() and window[:-1] != term.correct[:-1]:
        return False
    if start > 0 and is_cjk(folded[start - 1]) and any(
            window.endswith(z) and not term.correct.endswith(z) for z in zone_kinds()):
        return False
    return True


def _town_edge_neighbour(correct: str, window: str) -> bool:
    """A township stem's first or last character changed where the rest of the span is a division's short form or
    a dictionary word (红山 + 好 for 红山子): the span is that place or word and its neighbour, not the town misspelt."""
    words = word_freq()
    rest = window[1:] if window[0] != correct[0] else window[:-1] if window[-1] != correct[-1] else ""
    return bool(rest) and (rest in division_shorts() or words.get(rest, 0) >= EDGE_WORD_MIN_FREQ)


COMMON_WORD_MIN_FREQ = 500  # jieba frequency of an everyday word (求助 882, 救助 527; 人名 78, 富余 115 are not)


def _transliterated_edge(correct: str, i: int, b: str) -> bool:
    """``b`` written for the first character of a three-character name whose characters make no word with each other
    (纳木错, 羊八井: a transliteration), by a sound-alike of its principal reading, where neither the name's pairs nor
    the written character with the next one is a word: nothing the text could read as its own words starts there, so
    a common one-character word (那木错: 那) is the name misspelt, not the next word starting."""
    if len(correct) != 3 or i != 0 or not principal_sound_similar(correct[0], b):
        return False
    words = word_freq()
    return not any(words.get(pair, 0) for pair in (correct[:2], correct[1:], b + correct[1])) \
        and b + correct[1:] not in long_words()


# What an autonomous division's government, Party committee or congress is called after its full name
# (西藏自治区人民政府, 延边朝鲜族自治州人大常委会): 自治 alone before one of them is the name with its level word left out.
# (自治政府 alone is not read: 内蒙古自治政府 was the 1947 body's own name.)
AUTONOMOUS_BODIES = re.compile(r"人民政府|党委|人大常委会|人民代表大会|政协|纪委|监委|高级人民法院|中级人民法院|人民检察院")


@lru_cache(maxsize=1)
def autonomous_stems() -> dict[str, str]:
    """Each autonomous region's, prefecture's, county's and banner's full name of the gazetteer (155) without its level
    word, with the level word (西藏自治 → 区, 延边朝鲜族自治 → 州, 长阳土家族自治 → 县)."""
    out: dict[str, str] = {}
    for name in division_names():
        if len(name) >= 4 and name[-3:-1] == "自治" and name[-1] in "区州县旗":
            out[fold(name[:-1])] = name[-1]
    return out


def autonomous_level_drops(text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
    """An autonomous division's full name with its level word left out before the name of one of its bodies
    (``AUTONOMOUS_BODIES``: 西藏自治人民政府 for 西藏自治区人民政府, 湘西土家族苗族自治人大常委会): 自治 is no place
    and the body has none — the whole class of the gazetteer's 5 regions, 30 prefectures, 117 counties and 3 banners
    (``autonomous_stems``). The span is the name as written and the body."""
    stems = autonomous_stems()
    hits: list[TypoHit] = []
    for m in re.finditer("自治", folded):
        body = AUTONOMOUS_BODIES.match(folded, m.end())
        if body is None:
            continue
        stem = next((folded[lo:m.end()] for lo in range(max(0, m.start() - 12), m.start())
                     if folded[lo:m.end()] in stems), None)
        if stem is None:
            continue
        a, b = m.end() - len(stem), body.end()
        hits.append(_slip_at(text, offsets, a, b, stem + stems[stem] + body.group(), "漏字", False))
    return hits


# A province's or a city's people's government by its short form (广东人民政府, 拉萨人民政府): the level word left out of
# the government's full name. Only the government: 广东人大 and 北京人民广播电台 are names of their own.
GOVERNMENT = "人民政府"


@lru_cache(maxsize=1)
def government_shorts() -> dict[str, str]:
    """The short form (two characters or more) of every province, municipality and city of the gazetteer whose full name
    ends in 省 or 市 → the full name (广东 → 广东省, 拉萨 → 拉萨市, 义乌 → 义乌市); a county-level city's only where its
    short form is no everyday dictionary word (``EDGE_WORD_MIN_FREQ``), the others being known places before all."""
    from detectors.places import gazetteer

    words = word_freq()
    out: dict[str, str] = {}
    for d in sorted(gazetteer().divisions.values(), key=lambda d: d.level):
        if d.name[-1] not in "省市" or len(d.short) < 2 or d.short == d.name:
            continue
        if d.level >= 3 and words.get(fold(d.short), 0) >= EDGE_WORD_MIN_FREQ:
            continue
        out.setdefault(fold(d.short), fold(d.name))
    return out


def government_level_drops(text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
    """A province's or city's short form right before 人民政府 (``government_shorts``: 广东人民政府 for 广东省人民政府),
    unless a longer division's name ends there (the short form is the tail of another place's name)."""
    shorts = government_shorts()
    names = division_forms()
    hits: list[TypoHit] = []
    for m in re.finditer(GOVERNMENT, folded):
        e = m.start()
        short = next((folded[lo:e] for lo in range(max(0, e - 6), e - 1) if folded[lo:e] in shorts), None)
        if short is None:
            continue
        a = e - len(short)
        if any(folded[lo:e] in names for lo in range(max(0, a - 4), a)):
            continue  # 内江 of 内江市 is no 江人民政府; a longer place ends here
        hits.append(_slip_at(text, offsets, a, m.end(), shorts[short] + GOVERNMENT, "漏字", False))
    return hits


# A national body's full name (国务院国有资产监督管理委员会) with one of its inner words left out
# (国务院国有资产管理委员会) is the name misspelt: the lexicon's national bodies, by their first word and their kind
BODY_NAME = re.compile(r"^(?:国务院|国家|中国|中华人民共和国|中央|中共中央|全国人大|全国政协)[\u4e00-\u9fff]{4,}"
                       r"(?:委员会|总局|局|部|署|办公室|办公厅|指挥部|公署|研究院|研究中心)$")
BODY_WORD_KEPT = frozenset(("工作",))  # 中央金融委员会 (2023) beside 中央金融工作委员会: two bodies, 工作 tells them
BODY_DROP_MIN = 7  # characters of the name as written with the word left out
BODY_MIDDLE_MIN = 4  # characters left between the name's first and last words (国有资产管理 of 国务院…委员会)


@lru_cache(maxsize=4)
def body_word_drops(forms: frozenset[str]) -> dict[str, str]:
    """Each national body's full name among ``forms`` (``BODY_NAME``, the lexicon's 国务院组织机构 and central bodies)
    with one inner word of two to four characters left out (jieba's best reading of the name, without its first and
    last words, numbered words and ``BODY_WORD_KEPT``) → the full name; a shortened form that is itself a correct
    form of ``forms`` (国家粮食和储备局, 国家金融监管总局) is no slip and left out."""
    import jieba

    out: dict[str, str] = {}
    for name in sorted(forms):
        if not BODY_NAME.match(name):
            continue
        words = list(jieba.cut(name, HMM=False))
        if len(words) < 3:
            continue
        spans = []
        pos = 0
        for w in words:
            spans.append((pos, pos + len(w)))
            if len(w) == 4 and _word(w[:2]) and _word(w[2:]):  # 监督管理: 监督 or 管理 left out too
                spans += [(pos, pos + 2), (pos + 2, pos + 4)]
            pos += len(w)
        first, last = len(words[0]), len(name) - len(words[-1])
        for a, b in spans:
            word = name[a:b]
            if (a < first or b > last or not 2 <= len(word) <= 4 or word in BODY_WORD_KEPT
                    or any(ch in NUMERALS for ch in word)):
                continue
            short = name[:a] + name[b:]
            # what is left between the first and the last word still names the body (国有资产管理), not a kind
            # alone (全国政协 + 委员会, 中央 + 工作 + 委员会: another body's generic name)
            if (last - first) - (b - a) >= BODY_MIDDLE_MIN and len(short) >= BODY_DROP_MIN and short not in forms:
                out.setdefault(short, name)
    return out


def body_drop_slips(text: str, folded: str, offsets: list[int], forms: frozenset[str]) -> list[TypoHit]:
    """The national bodies' names with an inner word left out (``body_word_drops``) written in the post, except inside
    a correct form of ``forms`` standing as written."""
    table = body_word_drops(forms)
    spans = _exact_spans(folded, frozenset(table))
    if not spans:
        return []
    exact = _exact_spans(folded, forms)
    return [_slip_at(text, offsets, a, b, table[folded[a:b]], "漏字", False) for a, b in spans
            if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in exact)]


def _reads_on_as_words(folded: str, start: int, correct: str, window: str) -> bool:
    """A three-character term's first or second character changed so that the window's first two characters are an
    everyday word the term's are not, and its last character starts an everyday word with the next one (随身|办理 for
    随申办): the text reads on as its own words."""
    words = word_freq()
    end = start + len(window)
    # …or the window's first two characters are a word at all (湖边 395) where the term's are none (护边): 湖边|员工
    return (window[2] == correct[2]
            and ((words.get(window[:2], 0) >= COMMON_WORD_MIN_FREQ and words.get(correct[:2], 0) < COMMON_WORD_MIN_FREQ)
                 or (words.get(window[:2], 0) >= EDGE_WORD_MIN_FREQ and not words.get(correct[:2], 0)))
            and words.get(folded[end - 1:end + 1], 0) >= COMMON_WORD_MIN_FREQ)


def _edge_word_swapped(correct: str, window: str) -> bool:
    """The one changed character turns the term's first or last two-character word into another everyday word
    (社会救助 → 社会求助): the text says something else, it did not misspell the term."""
    words = word_freq()
    n = len(correct)
    changed = [i for i, (a, b) in enumerate(zip(correct, window)) if a != b]
    if len(correct) != len(window) or len(changed) != 1:
        return False
    i = changed[0]
    for lo in ((0,) if i < 2 else ()) + ((n - 2,) if i >= n - 2 else ()):
        if (words.get(correct[lo:lo + 2], 0) >= COMMON_WORD_MIN_FREQ
                and words.get(window[lo:lo + 2], 0) >= COMMON_WORD_MIN_FREQ):
            return True
    return False


def _edge_became_word(correct: str, window: str) -> bool:
    """The one changed character is the numeral of a numbered formula at its edge and makes an everyday word with the
    character next to it in the window (以下 in 县以下基层), commoner than the term's own pair (四下 of 四下基层): the
    text reads on as ordinary words, it did not misspell the formula. (A word's character turned into another word,
    意识 → 意思, stays a slip.)"""
    if len(correct) != len(window):
        return False
    words = word_freq()
    changed = [i for i, (a, b) in enumerate(zip(correct, window)) if a != b]
    if len(changed) != 1 or changed[0] not in (0, len(correct) - 1) or correct[changed[0]] not in NUMERALS:
        return False
    lo = 0 if changed[0] == 0 else len(correct) - 2
    became = words.get(window[lo:lo + 2], 0)
    return became >= COMMON_WORD_MIN_FREQ and became > words.get(correct[lo:lo + 2], 0)


FUNCTION_SIDE_MIN = 4  # a name this long: a function word put in it reads as text only beside a word of its own


def _function_side(side: str) -> bool:
    """A side of a function word changed into a name that reads as text with it: a dictionary word or a division's
    short form (的 + 城市), or one character; not three characters of the name that make nothing (西双版 + 那)."""
    return len(side) == 1 or word_freq().get(side, 0) >= EDGE_WORD_MIN_FREQ or side in division_shorts()


def _apart(found: list[TypoHit], hits: list[TypoHit]) -> list[TypoHit]:
    """The hits of ``found`` that overlap none of ``hits`` (a later reading never reports a span an earlier one took)."""
    return [d for d in found if not any(d.start < h.end and h.start < d.end for h in hits)]


def _function_char_alone(correct: str, window: str) -> bool:
    """The one changed character is a function word inside the name that makes no dictionary word with either
    neighbour (格而木 for 格尔木: 格而, 而木): in a post of the account whose own region holds the name, the name
    misspelt, not a function word of the text (``_reads_as_words`` lets 的城市 stand)."""
    changed = [i for i, (a, b) in enumerate(zip(correct, window)) if a != b]
    if len(correct) != len(window) or len(changed) != 1:
        return False
    i = changed[0]
    if not 0 < i < len(window) - 1 or window[i] not in FUNCTION_WORDS:
        return False
    words = word_freq()
    return not words.get(window[i - 1:i + 1]) and not words.get(window[i:i + 2])


def _reads_as_words(correct: str, window: str) -> bool:
    """A changed character of a place name (or of a short term's edge) that is a function word (的城市) or makes an
    everyday word with a neighbour in the window, commoner than the name's own pair (通过 in 通过市级验收 for 通辽市):
    ordinary text, not the name."""
    if len(correct) != len(window):
        return False
    words = word_freq()
    for i, (a, b) in enumerate(zip(correct, window)):
        if a == b:
            continue
        if b in FUNCTION_WORDS and (len(correct) < FUNCTION_SIDE_MIN or any(
                _function_side(side) for side in (window[:i], window[i + 1:]))):
            return True
        for lo in (i - 1, i):
            if 0 <= lo and lo + 2 <= len(window):
                became = words.get(window[lo:lo + 2], 0)
                if became >= COMMON_WORD_MIN_FREQ and became > words.get(correct[lo:lo + 2], 0):
                    return True
    return False


def _read_alike(correct: str, window: str) -> bool:
    """Every substituted character shares a toneless reading with the one it replaces (忠 / 中 zhong): a homophone
    the input method offers for the same letters."""
    return all(readings(a) & readings(b) for a, b in zip(correct, window) if a != b)


def _component_only(correct: str, window: str) -> bool:
    """The substituted characters are related only as a part and its whole (少 / 小), no closer look-alikes."""
    return all(component_of(a, b) and not shape_similar(a, b) for a, b in zip(correct, window) if a != b)


NEIGHBOUR_WORD_RATIO = 20  # the neighbour's own word is this much more common: the neighbour belongs to it


def _edge_word(words: dict[str, int], across: str, beyond: str) -> bool:
    """``across`` (the changed edge character and its neighbour outside) is a word — unless the neighbour plainly
    belongs to its own word ``beyond`` (最高人民法完工作: 完工 is a word, but 工 starts 工作, a far commoner one)."""
    freq = words.get(across, 0)
    return freq >= EDGE_WORD_MIN_FREQ and words.get(beyond, 0) < NEIGHBOUR_WORD_RATIO * freq


def _right_word_elsewhere(folded: str, start: int, correct: str, window: str) -> bool:
    """A short term's edge written by sound as another word (桥山皇帝陵 for 黄帝陵) where the post itself writes the
    term's own word right elsewhere (轩辕黄帝) and the written word nowhere else: the writer means the term, and the
    sound-alike word is the input method's pick, not a word of the text (a post about emperors writes 皇帝 again, and
    皇帝陵寝 reads on as words)."""
    n = len(correct)
    i = 0 if window[0] != correct[0] else n - 1
    lo = 0 if i == 0 else n - 2
    right, wrong = correct[lo:lo + 2], window[lo:lo + 2]
    words = word_freq()
    if words.get(right, 0) < EDGE_WORD_MIN_FREQ or words.get(folded[start + n - 1:start + n + 1], 0) >= EDGE_WORD_MIN_FREQ:
        return False  # …and the span's last character starts no word with the next one (历代皇帝陵寝: 陵寝)
    rest = folded[:start] + "\x00" + folded[start + n:]
    return right in rest and wrong not in rest


def _term_written_elsewhere(folded: str, start: int, correct: str, window: str) -> bool:
    """A short term (中山陵) that the post writes right elsewhere, here with a same-reading edge character that makes no
    word with its neighbour outside the span, nor splits the span into two words of the text with the other edge
    (从中山凌博爱坊…中山陵陵寝: the writer means the term; 台湾参访 is 台湾 + 参访, 历代皇帝陵寝 is 皇帝 + 陵寝)."""
    n = len(correct)
    if correct not in folded[:start] + "\x00" + folded[start + n:]:
        return False
    if not all(a == b or principal_reading(a) == principal_reading(b) for a, b in zip(correct, window)):
        return False  # a fuzzy sound only (韶关丝苗米 / 韶关市: si / shi): a word of the text
    words = word_freq()

    def word(w: str) -> bool:
        return words.get(w, 0) >= EDGE_WORD_MIN_FREQ

    before = word(folded[start - 1] + window[0]) if start > 0 else False
    after = word(window[-1] + folded[start + n]) if start + n < len(folded) else False
    if window[-1] != correct[-1]:  # the last character changed
        # …and makes no word outside, nor reads with the character before it as a word while the span's first
        # character pairs with the text before it
        return not after and not (word(window[-2:]) and before)
    # the first character changed: 历代皇帝陵寝 reads 皇帝 + 陵寝, the text's own words
    return not before and not (word(window[:2]) and after)


def _shortened_is_a_word(folded: str, start: int, window: str) -> bool:
    """A term with a character missing that is a word itself (中小企业, 基层组织) or whose first character ends the
    word before it (农村委员会 → 村委员会 is 农村 + 委员会): another phrase, not a slip. The word before takes the
    character where it is commoner than the word the character opens in the window (农村 11,478 against 村委 15), or
    where the window reads as whole words (察看 + 中国运河: 中国 + 运河, a name of its own) — not where the gap strands a
    character (完善 + 人民代表大制度 keeps 人民, 43,719, against 善人, 648, and 大 is left alone: 人民代表大会制度 with
    会 left out)."""
    if len(window) <= 4 and window in long_words():
        return True
    if start == 0:
        return False
    words = word_freq()
    before = words.get(folded[start - 1] + window[0], 0)
    return before >= EDGE_WORD_MIN_FREQ and (before > words.get(window[:2], 0) or _whole_words(window))


def _whole_words(s: str) -> bool:
    """``s`` cuts into dictionary words of two to four characters (``EDGE_WORD_MIN_FREQ`` or more) and nothing else."""
    words = word_freq()
    ok = [True] + [False] * len(s)
    for i in range(len(s)):
        if ok[i]:
            for k in (2, 3, 4):
                if i + k <= len(s) and words.get(s[i:i + k], 0) >= EDGE_WORD_MIN_FREQ:
                    ok[i + k] = True
    return ok[-1]


FUNCTION_CHARS = frozenset("和与及的之")


def _inside_word(correct: str, i: int) -> bool:
    """和 in 共和国 is part of a word, not the conjunction an abbreviation leaves out (发展和改革委员会 → 发展改革委)."""
    if correct[i] not in FUNCTION_CHARS:
        return False
    words = word_freq()
    return (words.get(correct[i - 1:i + 1], 0) >= EDGE_WORD_MIN_FREQ * 20
            or words.get(correct[i:i + 2], 0) >= EDGE_WORD_MIN_FREQ * 20)


def _generic_makes_word(correct: str, window: str) -> bool:
    """A substitution that is no look-alike or sound-alike and turns the term's first or last word into another
    word (推动 → 推进高质量发展): another phrasing of the term, not a slip."""
    words = word_freq()
    n = len(correct)
    for i, (a, b) in enumerate(zip(correct, window)):
        if a != b:
            # only the term's first or last word (推动 / 加强 / 体系): a word inside it stays checked (大会 → 大全)
            for lo in ((0,) if i < 2 else ()) + ((n - 2,) if i >= n - 2 else ()):
                if (words.get(correct[lo:lo + 2], 0) >= EDGE_WORD_MIN_FREQ
                        and words.get(window[lo:lo + 2], 0) >= EDGE_WORD_MIN_FREQ):
                    return True
            return False
    return False


def _word_across_end(folded: str, end: int) -> bool:
    """A dictionary word of three to five characters that starts inside the span and runs past its end."""
    longer = long_words()
    return any(folded[lo:lo + k] in longer for lo in range(max(0, end - 4), end) for k in range(3, 6)
               if end < lo + k <= len(folded))


def _added_makes_word(correct: str, window: str) -> bool:
    """The character the window has in addition starts a dictionary word of three to five characters with the term's
    characters after it (大 + 排查 = 大排查, 总 + 动员 = 总动员): a modifier the writer chose, not a stray character.
    Not in the fixed name of a body or a region (新疆维吾尔族自治区, 全国人大常委员会 are wrong names), and not
    inside such a word (常委会 → 常委员会)."""
    if correct[-1] in OFFICE_CHARS | REGION_CHARS | BODY_ENDS:
        return False
    longer = long_words()
    spots = [i for i in range(len(window)) if window[:i] + window[i + 1:] == correct]
    return any(window[i:i + k] in longer for i in spots for k in (3, 4, 5) if i + k <= len(window))


def _word(w: str) -> bool:
    return word_freq().get(w, 0) >= EDGE_WORD_MIN_FREQ


def _dropped_between_words(correct: str, window: str) -> bool:
    """The character the window lacks stood alone between two whole words of the term (安全生产 + 大 + 检查): it makes
    a word with neither neighbour, so leaving it out leaves two words in a row — another, plainer phrase (安全生产检查).
    A character of a word left out breaks the word (小康社会 → 小社会, 共和国 → 和国): that stays a slip. Not in the
    fixed name of a body or a region (全国人大常委员会), whose every character is part of the name."""
    if correct[-1] in OFFICE_CHARS | REGION_CHARS | BODY_ENDS:
        return False
    spots = [i for i in range(1, len(correct) - 1) if correct[:i] + correct[i + 1:] == window]
    return bool(spots) and all(
        not _word(correct[i - 1:i + 1]) and not _word(correct[i:i + 2])
        and i >= 2 and _word(correct[i - 2:i]) and i + 3 <= len(correct) and _word(correct[i + 1:i + 3])
        for i in spots)


JOINED_WORD_MIN_FREQ = 200  # jieba frequency of the word the two neighbours of a left-out character make (防火 273)


def _dropped_joins_word(correct: str, window: str) -> bool:
    """The two neighbours of the character the window lacks make a common word of their own (防 + 火 = 防火 for 防灭火),
    standing apart from the words around it: the text names the thing by its plainer word (森林草原防火期), not the
    term misspelt. A neighbour bound in a word of the term on its other side (中国 + 共 + 产党: 国产 is a word, but 国
    belongs to 中国) keeps it a slip, and so does a body's or region's fixed name."""
    if correct[-1] in OFFICE_CHARS | REGION_CHARS | BODY_ENDS:
        return False
    words = word_freq()
    n = len(correct)
    spots = [i for i in range(1, n - 1) if correct[:i] + correct[i + 1:] == window]
    return bool(spots) and all(
        words.get(correct[i - 1] + correct[i + 1], 0) >= JOINED_WORD_MIN_FREQ
        and (i < 2 or not _word(correct[i - 2:i]))
        and (i + 2 >= n or not _word(correct[i + 1:i + 3])) for i in spots)


LIST_CLOSERS = frozenset("等")  # closes a list before the noun it lists (签约等服务)


def _added_particle(correct: str, window: str) -> bool:
    """The character the window has in addition is a function word or closes a list (等, 的, 和) and stands between two
    whole words of the term (家庭医生签约 + 等 + 服务): the writer's grammar, not a stray character."""
    spots = [i for i in range(1, len(window) - 1) if window[:i] + window[i + 1:] == correct]
    return bool(spots) and all(
        window[i] in LIST_CLOSERS | FUNCTION_WORDS and i >= 2 and _word(window[i - 2:i])
        and i + 3 <= len(window) and _word(window[i + 1:i + 3]) for i in spots)


BODY_ENDS = frozenset("部局厅委署院办")  # the last character of the name of a state or Party body


def _body_name_changed(correct: str, window: str) -> bool:
    """A body's name is fixed: a word of it replaced by another word is a wrong name (退伍军人事务局 for 退役军人事务局),
    not another phrasing — unless only a joining word changed (和 / 与 / 及)."""
    return correct[-1] in BODY_ENDS and window[-1] == correct[-1] and not any(
        a != b and a in UNDROPPABLE and b in UNDROPPABLE for a, b in zip(correct, window))


CUT_END = frozenset("，。；：！？、,.;:!?）)”」』》\n ")


def _cut_short(folded: str, end: int, window: str, correct: str) -> bool:
    """A term cut short before punctuation in the middle of its last word (全面建成小康社，: 社会 is a word, 康社 is
    none). A dropped suffix leaves a phrase of its own (限时办结制 → 限时办结; 中央委员会 → 中央委员)."""
    words = word_freq()
    return ((end >= len(folded) or folded[end] in CUT_END) and window not in long_words()
            and words.get(correct[-2:], 0) >= EDGE_WORD_MIN_FREQ and words.get(window[-2:], 0) < EDGE_WORD_MIN_FREQ
            and _last_word_long(correct))


def _last_word_long(term: str) -> bool:
    """The term's last word in jieba's best reading of it holds two characters or more: a cut before its last
    character splits that word (小康社|会). A last character that is a word of its own (注册|会计师|法) is a whole word
    left out — the phrase before it (注册会计师) is a term of its own, 师法 only a chance pair across the edge."""
    from detectors.content_typo_lm import _tokenizer

    tokens = _tokenizer().lcut(term, HMM=False)
    return bool(tokens) and len(tokens[-1]) >= 2


def _edge_double(correct: str, window: str) -> bool:
    return len(window) == len(correct) + 1 and (
        (window[1:] == correct and window[0] == window[1]) or (window[:-1] == correct and window[-1] == window[-2]))


def _double_makes_word(folded: str, start: int, size: int) -> bool:
    """交通运输部部长, 教育部部署, 解放军军乐团 are right: the doubled edge character makes a word with its
    neighbours outside."""
    words = word_freq()
    end = start + size
    if folded[start] == folded[start + 1]:  # 青岛市市场监督管理局: the first 市 ends the city's name
        return folded[start] in REGION_CHARS or (
            start > 0 and words.get(folded[start - 1] + folded[start], 0) >= EDGE_WORD_MIN_FREQ) or any(
            folded[start + 1 - k:start + 1] in long_words() for k in (3, 4, 5) if start + 1 - k >= 0)  # 常委会会议
    if end < len(folded) and words.get(folded[end - 1] + folded[end], 0) >= EDGE_WORD_MIN_FREQ:
        return True
    if (folded[end - 1] not in REGION_CHARS and single_word_freq().get(folded[end - 1], 0) >= SINGLE_WORD_MIN_FREQ
            and any(words.get(folded[end:end + k], 0) >= EDGE_WORD_MIN_FREQ for k in (2, 3) if end + k <= len(folded))):
        return True  # 食品安全全链条: the second 全 is a common one-character word before a word of its own (链条)
    if end < len(folded) and folded[end - 1] in REGION_CHARS and (
            words.get(folded[end - 1] + folded[end], 0) > 0 or folded[end] in REGION_SYMBOL_CHARS):
        # the name ends in its level character and the next one starts a word of its own (区旗, 市民, 县城) or names
        # the level's own flag, emblem, song or flower (澳门特别行政区区旗, 广西壮族自治区区徽, 杭州市市花)
        return True
    longer = long_words()
    return any(folded[end - 1:end - 1 + k] in longer for k in (3, 4) if end - 1 + k <= len(folded))


def _double_between_words(window: str) -> bool:
    """An interior doubled character of ``window`` ends a dictionary word of three or more characters (a name: 五女山)
    and starts a common word with the next (山城, frequency ``EDGE_WORD_MIN_FREQ`` or more): the text reads as two
    words that share nothing, each written whole."""
    words, longer = word_freq(), long_words()
    return any(window[j] == window[j - 1] and window[:j] in longer and words.get(window[j:j + 2], 0) >= EDGE_WORD_MIN_FREQ
               for j in range(3, len(window) - 1))


def long_words() -> frozenset[str]:
    """jieba's dictionary words of three to five characters (军乐团, 中国林学会; ``_jieba_words``)."""
    return _jieba_words()[1]


def _placeholder_entry(word: str) -> bool:
    """``word`` is one of jieba's entries at the placeholder frequency (``content_typo_verse.PLACEHOLDER_FREQ`` or
    less) tagged a name (nr): jieba lists common misspellings of place names so, uncounted (克拉马依 3 nr beside
    克拉玛依 45), so beside a division's name the entry is no evidence that the span is a word of its own."""
    from detectors.content_typo_split import _freq
    from detectors.content_typo_verse import PLACEHOLDER_FREQ

    return 0 < _freq().get(word, 0) <= PLACEHOLDER_FREQ and _entry_tag(word) == "nr"


@lru_cache(maxsize=1)
def _entry_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each entry of three to five characters tagged a name (nr), the last line of a word
    listed twice deciding: the one tag ``_placeholder_entry`` asks for, so the other entries (some 152,000 of 220,000)
    are not kept."""
    tags: dict[str, str] = {}
    for w, _count, tag in jieba_dict.entries():
        if 3 <= len(w) <= 5:
            if tag == "nr":
                tags[w] = tag
            else:
                tags.pop(w, None)
    return tags


def _entry_tag(word: str) -> str:
    return _entry_tags().get(word, "")


PARALLEL_LIST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+){2,}")  # three or more items parted by 、
PARALLEL_SIBLINGS = 2  # other items of the list with the changed character in the same place


def _parallel_shared(text: str, hit: TypoHit) -> bool:
    """Every character the hit changes stands in the same place, counted from the item's end or its start, in
    ``PARALLEL_SIBLINGS`` or more other items of the 、-list it lies in (依法治疆、团结稳疆、文化润疆: 疆 ends every
    item): a list of parallel formulas repeats its shared character on purpose, so that character is no slip of the
    hand (稳疆 is no 稳健 misspelt), whatever layer read it. A slip in such a list changes a character its siblings do
    not share (文化闰疆 beside 依法治疆) and stays a slip."""
    if len(hit.wrong) != len(hit.correct) or "、" not in text:
        return False
    changed = [hit.start + k for k, (a, b) in enumerate(zip(hit.wrong, hit.correct)) if a != b]
    if not changed:
        return False
    for m in PARALLEL_LIST.finditer(text):
        if not (m.start() <= hit.start and hit.end <= m.end()):
            continue
        items, at = [], m.start()
        for item in m.group().split("、"):
            items.append((at, at + len(item)))
            at += len(item) + 1
        own = next(((a, b) for a, b in items if a <= hit.start and hit.end <= b), None)
        return own is not None and all(_shared_in_place(text, items, own, p) for p in changed)
    return False


def _shared_in_place(text: str, items: list[tuple[int, int]], own: tuple[int, int], p: int) -> bool:
    """``PARALLEL_SIBLINGS`` or more of the list's other ``items`` hold ``text[p]`` where it stands in ``own``, counted
    from the item's end or from its start."""
    from_end = sum(1 for a, b in items if (a, b) != own and b - (own[1] - p) >= a and text[b - (own[1] - p)] == text[p])
    from_start = sum(1 for a, b in items if (a, b) != own and a + (p - own[0]) < b and text[a + (p - own[0])] == text[p])
    return max(from_end, from_start) >= PARALLEL_SIBLINGS


def _level_pair_narrowed(correct: str, window: str) -> bool:
    """``window`` is ``correct`` with one level word of a pair of levels left out (``places.LEVEL_PAIRS``: 乡镇, 县市,
    省市): the term names both levels and the text one of them (乡卫生院, 镇卫生院 beside 乡镇卫生院; 县政府 beside
    县市政府), which is a narrower body of its own, not the pair with a character dropped."""
    from detectors.places import LEVEL_PAIRS

    if len(window) != len(correct) - 1:
        return False
    for i in range(len(correct)):
        if correct[:i] + correct[i + 1:] == window:
            if correct[max(0, i - 1):i + 1] in LEVEL_PAIRS or correct[i:i + 2] in LEVEL_PAIRS:
                return True
    return False


def _title_is_a_word(term: Term, window: str) -> bool:
    """王沪宁出席 is not 王沪宁主席 misspelt: the changed title makes an ordinary word (出席) with a neighbour."""
    a, b = term.mutable or (0, 0)
    words = word_freq()
    for i in range(a, b):
        if window[i] != term.correct[i]:
            for j in (i - 1, i):
                pair = window[j:j + 2]
                if 0 <= j and j + 2 <= len(window) and words.get(pair, 0) >= EDGE_WORD_MIN_FREQ:
                    return True
    return False


def _exact_spans(folded: str, forms: frozenset[str]) -> list[tuple[int, int]]:
    ac = _exact_automaton(forms)
    if ac is None:
        return []
    return [(end - length + 1, end + 1) for end, length in ac.iter_long(folded)]


@lru_cache(maxsize=4)
def _exact_automaton(forms: frozenset[str]):
    if not forms:
        return None
    ac = ahocorasick.Automaton()
    for f in forms:
        ac.add_word(f, len(f))
    ac.make_automaton()
    return ac


# ---- a place's named experience or reform ---------------------------------------------------------------------

# A place names an experience, a model or a reform after itself (长汀经验, 晋江经验, 三明医改, 浦江样板), and its
# history and sights too (an uprising or a campaign, its memorial, museum, old town, scenic area or former site: 百色起义,
# 平遥古城): the two characters before one of these words that are one look-alike or sound-alike off a division's short
# form of the gazetteer, and no division's short form themselves, are that place misspelt — when the post names the
# place elsewhere or it is the posting account's own (长厅经验 in a post on 长汀县; 三名医改 by 三明市's health
# commission; 白色起义 in a post that names 百色).
NAMED_MODEL = re.compile(r"(?=([\u4e00-\u9fff]{2})(?:经验|模式|医改|样板))")
# (the sights are read after the post's own variants, ``in_post_variants``, which report the whole name when the post
# writes it right elsewhere: 海成博物馆 … 海城博物馆)
NAMED_SIGHTS = ("起义", "暴动", "战役", "纪念馆", "纪念碑", "纪念园", "烈士陵园", "博物馆", "古城", "故城", "古镇", "古村",
                "风景区", "景区", "旧址")
NAMED_SIGHT = re.compile(r"(?=([\u4e00-\u9fff]{2})(?:" + "|".join(NAMED_SIGHTS) + "))")
# a county's or banner's short form before its level character (门原县 by an account of 门源回族自治县: the full name
# is longer, so the county names of the lexicon do not hold the two-character short form with 县)
NAMED_COUNTY = re.compile(r"(?=([\u4e00-\u9fff]{2})(?:县|旗))")


@lru_cache(maxsize=1)
def _shorts_by_mask() -> dict[str, tuple[str, ...]]:
    """Two-character short forms of the gazetteer's divisions by each form with one character masked."""
    out: dict[str, list[str]] = {}
    for short in division_shorts():
        if len(short) == 2 and all(is_cjk(c) for c in short):
            out.setdefault("\x00" + short[1], []).append(short)
            out.setdefault(short[0] + "\x00", []).append(short)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def named_model_slips(text: str, folded: str, offsets: list[int], region: str = "",
                      pattern: re.Pattern = NAMED_MODEL) -> list[TypoHit]:
    """``pattern``: the words after the place (``NAMED_MODEL``: 经验, 模式…; ``NAMED_SIGHT``: 起义, 纪念馆, 古城…)."""
    if not pattern.search(folded):
        return []
    shorts, by_mask = division_shorts(), _shorts_by_mask()
    home = fold(region or "")
    out: list[TypoHit] = []
    for m in pattern.finditer(folded):
        a, b = m.start(1), m.end(1)
        written = m.group(1)
        if written in shorts:
            continue
        places = set()
        for k in (0, 1):
            for short in by_mask.get(written[:k] + "\x00" + written[k + 1:], ()):
                if confusion(short[k], written[k]) in ("形近", "音近") and (
                        short in home or short in folded[:a] or short in folded[b:]):
                    places.add(short)
        if len(places) == 1:
            (place,) = places
            out.append(_slip_at(text, offsets, a, b, place,
                                confusion(place[0], written[0]) or confusion(place[1], written[1]) or "错字", False))
    return out


# ---- slips in everyday official vocabulary outside the lexicon -------------------------------------------------

# A slip in a common word the lexicon does not list (生态环竟, 劳动和同法, 食品按全) leaves two characters stranded:
# they make no word together nor with the characters on their other sides (jieba's dictionary). It is reported only
# when one of them, replaced by a look-alike or sound-alike, gives a common word (``VOCAB_MIN_FREQ``) that makes a
# dictionary word with the word next to it (生态 + 环境, 劳动 + 合同, 食品 + 安全): the neighbour vouches for it.
# Function characters (的, 均, 已…) are never the slip: 学生党均可 is no 学生党员.
VOCAB_MIN_FREQ = 1000
FUNCTION_WORDS = frozenset("的了着过和与及或而但并则即乃为被把将让给对向从自于以之其此该各每某本我你他她它们个些不没无未非可能会"
                           "要应须得地吗呢吧啊均都也又还就才已在是有这那")


# Units that end a number (18时, 3月, 5日, 2个, 10年): after a numeral the unit is no slip's first character.
COUNTED_UNITS = frozenset("时点分秒日号月年周天个次届期批名位人元万亿")


@lru_cache(maxsize=1)
def _common_words() -> tuple[frozenset[str], dict[tuple[str, str], list[str]]]:
    """Common two-character words of jieba's dictionary, and the same words by one character kept and the fuzzy
    reading of the other ((环, jin) → 环境; (jin, 境) → 环境 …), for finding sound-alikes without a full scan."""
    common = frozenset(w for w, f in word_freq().items() if f >= VOCAB_MIN_FREQ and is_cjk(w[0]) and is_cjk(w[1]))
    by_sound: dict[tuple[str, str], list[str]] = {}
    for word in common:
        for r in fuzzy_readings(word[1]):
            by_sound.setdefault((word[0], "+" + r), []).append(word)
        for r in fuzzy_readings(word[0]):
            by_sound.setdefault(("+" + r, word[1]), []).append(word)
    return common, by_sound


def _dictionary_words() -> frozenset[str]:
    """All the words of jieba's dictionary (``_jieba_words``)."""
    return _jieba_words()[2]


@lru_cache(maxsize=65536)
def _slip_words(x: str, y: str) -> tuple[tuple[str, str], ...]:
    """Common words one look-alike or sound-alike away from the pair ``x`` ``y`` (same first or second character)."""
    common, by_sound = _common_words()
    options = {x + c for c in shape_candidates(y)} | {c + y for c in shape_candidates(x)}
    for r in fuzzy_readings(y):
        options.update(by_sound.get((x, "+" + r), ()))
    for r in fuzzy_readings(x):
        options.update(by_sound.get(("+" + r, y), ()))
    out = []
    for word in sorted(options & common, key=lambda w: -word_freq()[w]):
        # (sound is judged by the reading the right character has in its word, as for a form the post offers: no
        # lexicon vouches for a dictionary word, and 方 is wang only in an old word — 官网 is no slip of 官方)
        how = confusion_in(word, 1, y) if word[0] == x else confusion_in(word, 0, x)
        if how in ("形近", "音近") and fold(word) != x + y:  # 乾隆 is folded to 干隆: the dictionary's own spelling
            out.append((word, how))
    return tuple(out)


def _in_long_word(folded: str, i: int, dictionary: frozenset[str]) -> bool:
    """The character at ``i`` lies inside a dictionary word of three or four characters (英格兰, 国青队)."""
    return any(folded[a:a + k] in dictionary for k in (3, 4) for a in range(max(0, i - k + 1), i + 1)
               if a + k <= len(folded))


def vocabulary_slips(text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
    if len(folded) != len(text):
        return []  # positions below are counted in ``folded``; a one-to-one folding maps them back
    words = word_freq()
    dictionary = _dictionary_words()
    n = len(folded)
    out: list[TypoHit] = []
    for i in range(1, n - 2):
        x, y = folded[i], folded[i + 1]
        if (words.get(x + y, 0) > 0 or not is_cjk(x) or not is_cjk(y) or x in FUNCTION_WORDS or y in FUNCTION_WORDS
                or x in REGION_CHARS or y in REGION_CHARS  # 东营市高素质: 市 ends a place name
                or (folded[i - 1] in NUMERALS and x in COUNTED_UNITS)  # 18时前完成: 时 ends a number (18时)
                # stranded: neither character makes a word with the characters on its other side
                or folded[i - 1:i + 1] in words or folded[i + 1:i + 3] in words):
            continue
        prev = next((folded[i - k:i] for k in (4, 3, 2) if i - k >= 0 and folded[i - k:i] in dictionary), "")
        nxt = next((folded[i + 2:i + 2 + k] for k in (4, 3, 2) if i + 2 + k <= n and folded[i + 2:i + 2 + k] in dictionary),
                   "")
        if (not prev and not nxt) or not _slip_words(x, y) or _in_long_word(folded, i, dictionary) or _in_long_word(
                folded, i + 1, dictionary):
            continue
        for word, how in _slip_words(x, y):
            if prev and prev + word in dictionary:
                a, b, right = i - len(prev), i + 2, prev + word
            elif nxt and word + nxt in dictionary:
                a, b, right = i, i + 2 + len(nxt), word + nxt
            else:
                continue
            out.append(_slip_at(text, offsets, a, b, right, how, False))
            break
    return out


# ---- one term written two ways in the same post ------------------------------------------------------------

# A post that writes a term correctly in one place and with one look-alike or sound-alike character elsewhere
# (【全省优扶对象…】… 重点优抚对象) has misspelt it: the post itself gives the correct form, whatever the lexicon
# lists. Two spans are compared when they agree on at least ``SELF_MIN`` characters around one differing pair
# (the longest stretch on which both occurrences agree is the term; three are too few: 直播间 / 直播讲反诈). The
# form whose differing character makes a dictionary word inside the shared stretch (优抚, 时期) is the correct one;
# the other is reported when its character makes no word with anything around it (优扶: 优扶, 扶对 are no words)
# and the span itself is neither a dictionary word nor a lexicon term. Two real words (公示 / 公式), numbers
# (四中全会 / 五中全会), place names (华林村 / 花林村, unless the right one is a hashtag or a known dictionary word: #徽州古城,
# 黄梅戏; a region word after the changed character is no place where the right character makes an everyday word: 革命老区)
# and people's names (张晓东 / 张小东) are kept apart; a
# correction notice that quotes the wrong form never reaches here (content.CORRECTION).
SELF_MIN = 4  # characters two occurrences share, the differing one included (three: a name or a chance match)
SELF_MAX = 12
SELF_WORD_MIN_FREQ = 10  # jieba frequency of the correct form's word (优抚 is 36: a rare but real word)
NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of people, places, organisations and other proper names


def _word_at(folded: str, k: int, lo: int, hi: int, min_freq: int) -> bool:
    """The character at ``k`` lies in a dictionary word inside ``folded[lo:hi]`` (two characters of frequency
    ``min_freq`` or more, or three to five characters)."""
    words, longer = word_freq(), long_words()
    for size in (2, 3, 4, 5):
        for a in range(max(lo, k - size + 1), min(k, hi - size) + 1):
            w = folded[a:a + size]
            if (size == 2 and words.get(w, 0) >= min_freq) or (size > 2 and w in longer):
                return True
    return False


def _long_word_freq() -> dict[str, int]:
    """jieba's words of three to five characters with their frequencies (``_jieba_words``)."""
    return _jieba_words()[5]


def _misspelt_entries_only(folded: str, k: int, lo: int, hi: int, right: str) -> bool:
    """Every dictionary word of ``folded[lo:hi]`` holding the character at ``k`` (as ``_word_at`` reads them: 坐谈会) is
    a rare entry (``TWIN_RARE_MAX_FREQ``) whose twin with ``right`` in place is common (``TWIN_RIGHT_MIN_FREQ``:
    座谈会 1114 beside 坐谈会 3): the dictionary's own misspelling, no word the text was written with."""
    words, longer, freq = word_freq(), long_words(), _long_word_freq()
    seen = False
    for size in (2, 3, 4, 5):
        for a in range(max(lo, k - size + 1), min(k, hi - size) + 1):
            w = folded[a:a + size]
            if (size == 2 and words.get(w, 0) >= EDGE_WORD_MIN_FREQ) or (size > 2 and w in longer):
                twin = w[:k - a] + right + w[k - a + 1:]
                table = words if size == 2 else freq
                if table.get(w, 0) > TWIN_RARE_MAX_FREQ or table.get(twin, 0) < TWIN_RIGHT_MIN_FREQ:
                    return False
                seen = True
    return seen


def _division_over(folded: str, k: int, lo: int, hi: int, other: int) -> bool:
    """A division's name of the gazetteer, full or short (``division_forms``: 兴城, 葫芦岛), holds ``folded[k]``
    inside ``folded[lo:hi]``, and the same characters with ``folded[other]`` in its place name none: of two names
    one character apart in one post, the gazetteer's is the place and the other its slip, not a second place."""
    forms = division_forms()
    for size in range(2, 6):
        for a in range(max(lo, k - size + 1), min(k, hi - size) + 1):
            w = folded[a:a + size]
            if w in forms and w[:k - a] + folded[other] + w[k - a + 1:] not in forms:
                return True
    return False


def _proper_name_at(folded: str, k: int) -> bool:
    """jieba tags the word holding ``folded[k]`` as a name (张晓东, 华林村): names differ by one character."""
    import jieba.posseg

    lo = max(0, k - 6)
    pos = lo
    for token in jieba.posseg.cut(folded[lo:k + 7]):
        end = pos + len(token.word)
        if pos <= k < end:
            return token.flag.startswith(NAME_TAGS) and len(token.word) >= 2
        pos = end
    return False


QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}


def _quoted(folded: str, lo: int, hi: int) -> bool:
    """``folded[lo:hi]`` is all that a pair of quotation marks holds, give or take two characters."""
    for opening, closing in QUOTE_PAIRS.items():
        a = folded.rfind(opening, max(0, lo - 3), lo + 1)
        b = folded.find(closing, hi, hi + 3)
        if a >= 0 and b >= 0 and b - a - 1 <= hi - lo + 2 and opening not in folded[a + 1:lo]:
            return True
    return False


def in_post_variants(text: str, folded: str, offsets: list[int], lexicon: frozenset[str]) -> list[TypoHit]:
    if len(folded) != len(text) or len(folded) < 2 * SELF_MIN:
        return []
    n = len(folded)
    # every CJK position under three masks: the two characters before it, around it, after it; a window counts only
    # when all of it is CJK (``other[hi] - other[lo]`` counts the non-CJK characters of folded[lo:hi], once per post)
    cjk = [is_cjk(c) for c in folded]
    other = [0]
    for flag in cjk:
        other.append(other[-1] + (not flag))
    groups: dict[tuple[int, str], list[int]] = {}
    for k in range(n):
        if not cjk[k] or folded[k] in NUMERALS:
            continue
        for shape, lo, hi in ((0, k - 2, k + 1), (1, k - 1, k + 2), (2, k, k + 3)):
            if lo < 0 or hi > n or other[hi] != other[lo]:
                continue
            groups.setdefault((shape, folded[lo:k] + "\x00" + folded[k + 1:hi]), []).append(k)
    out: dict[int, TypoHit] = {}
    done: set[tuple[int, int]] = set()
    for positions in groups.values():
        by_char: dict[str, list[int]] = {}
        for k in positions:
            by_char.setdefault(folded[k], []).append(k)
        if len(by_char) < 2:
            continue
        chars = sorted(by_char)
        for i, a in enumerate(chars):
            for b in chars[i + 1:]:
                if not _confusable_pair(a, b):
                    continue
                for p in by_char[a]:
                    for q in by_char[b]:
                        p_, q_ = min(p, q), max(p, q)
                        if (p_, q_) in done:
                            continue
                        done.add((p_, q_))
                        hit = _variant_pair(text, folded, offsets, lexicon, p_, q_)
                        if hit is not None and hit.start not in out:
                            out[hit.start] = hit
    chosen: list[TypoHit] = []  # the longest of overlapping spans (交通运数 inside 省交通运数)
    for hit in sorted(out.values(), key=lambda h: h.start - h.end):
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


TWIN_RIGHT_MIN_FREQ = 500  # jieba frequency of the word the post writes right (麋鹿 2159)
TWIN_RARE_MAX_FREQ = 10  # jieba frequency of a rare entry one character off it (糜鹿 6: the dictionary's misspelling;
# 账务 15, 融和 17 are words of their own)
TWIN_EDGE_MIN_FREQ = 20  # a dictionary word this common across the rare entry's edge reads as the text's (下单立享: 下单 38)


TWIN_OWN_TAGS = frozenset("jtdcpuyeo")  # jieba tags of rare words in their own right: abbreviations (通指), time words
# (期日), adverbs, conjunctions, prepositions, particles, interjections, onomatopoeia


@lru_cache(maxsize=1)
def _rare_twins() -> frozenset[str]:
    """jieba's two-character entries of frequency ``TWIN_RARE_MAX_FREQ`` or less whose tag is no ``TWIN_OWN_TAGS``
    (糜鹿 6 nr, 运数 8 n): the candidates of ``rare_twin_slips``."""
    return frozenset(w for w, count, tag in jieba_dict.entries()
                     if len(w) == 2 and count <= TWIN_RARE_MAX_FREQ and (tag or "x")[0] not in TWIN_OWN_TAGS)


def rare_twin_slips(text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
    """A two-character word the post writes right (麋鹿, jieba frequency ``TWIN_RIGHT_MIN_FREQ`` or more) and, elsewhere
    in the same post, a rare dictionary entry one look-alike or same-reading character off it (糜鹿, frequency
    ``TWIN_RARE_MAX_FREQ`` or less, not an abbreviation, time word or function word: ``TWIN_OWN_TAGS``): the rare entry
    is the slip the dictionary keeps from usage, and the post itself shows the word meant. Not where the rare entry
    reads as part of a word with its neighbours (a dictionary word of frequency ``TWIN_EDGE_MIN_FREQ`` or more across
    its edge, or a longer word), is a place's name, is quoted, or its character is a numeral."""
    words = word_freq()
    n = len(folded)
    right: dict[tuple[int, str], set[str]] = {}
    rare: list[int] = []
    for i in range(n - 1):
        w = folded[i:i + 2]
        f = words.get(w, 0)
        if f >= TWIN_RIGHT_MIN_FREQ:
            for k in (0, 1):
                right.setdefault((k, w[1 - k]), set()).add(w[k])
        elif 0 < f <= TWIN_RARE_MAX_FREQ and is_cjk(w[0]) and is_cjk(w[1]):
            rare.append(i)
    if not rare or not right:
        return []
    twins = _rare_twins()
    rare = [i for i in rare if folded[i:i + 2] in twins]
    out: list[TypoHit] = []
    for i in rare:
        w = folded[i:i + 2]
        for k in (0, 1):
            for c in sorted(right.get((k, w[1 - k]), ())):
                if c == w[k] or c in NUMERALS or w[k] in NUMERALS:
                    continue
                how = confusion(c, w[k])
                if not (how == "形近" or (how == "音近" and principal_reading(c) == principal_reading(w[k]))):
                    continue
                correct = w[:k] + c + w[k + 1:]
                if w in division_forms() or _quoted(folded, i, i + 2):
                    continue
                if (i > 0 and words.get(folded[i - 1:i + 1], 0) >= TWIN_EDGE_MIN_FREQ) or (
                        i + 3 <= n and words.get(folded[i + 1:i + 3], 0) >= TWIN_EDGE_MIN_FREQ):
                    continue  # the characters pair with their neighbours: the text's own words
                if _word_at(folded, i, max(0, i - 4), min(n, i + 6), 10 ** 9) or _word_at(
                        folded, i + 1, max(0, i - 4), min(n, i + 6), 10 ** 9):
                    continue  # inside a longer dictionary word (three to five characters)
                out.append(_slip_at(text, offsets, i, i + 2, correct, how, False))
                break
            else:
                continue
            break
    return out


def known_long_words() -> frozenset[str]:
    """jieba's dictionary words of three to five characters with frequency ``SELF_WORD_MIN_FREQ`` or more (黄梅戏 37,
    直播间 13): a thing the dictionary knows, not one of the rare people's names it also holds (张晓东 3;
    ``_jieba_words``)."""
    return _jieba_words()[4]


def _hashtag(folded: str, lo: int, hi: int) -> bool:
    """``folded[lo:hi]`` is a whole hashtag (#徽州古城 at the end of a post or before the next tag or a space)."""
    return lo > 0 and folded[lo - 1] == "#" and (hi == len(folded) or not is_cjk(folded[hi]))


def _common_word_at(folded: str, k: int, lo: int, hi: int) -> bool:
    """The character at ``k`` lies in an everyday two-character word inside ``folded[lo:hi]`` (革命 in 革命老区;
    jieba frequency ``COMMON_WORD_MIN_FREQ`` or more), not a name's part (华林 in 华林村)."""
    words = word_freq()
    return any(words.get(folded[a:a + 2], 0) >= COMMON_WORD_MIN_FREQ for a in (k - 1, k) if lo <= a and a + 2 <= hi)


@lru_cache(maxsize=65536)
def _confusable_pair(a: str, b: str) -> bool:
    return (confusion(a, b) in ("形近", "音近") and not {a, b} & REGION_CHARS and not {a, b} & FUNCTION_WORDS)


def _variant_pair(text: str, folded: str, offsets: list[int], lexicon: frozenset[str], p: int,
                  q: int) -> TypoHit | None:
    how = confusion(folded[p], folded[q])
    n = len(folded)
    left = 0  # the longest stretch on which both occurrences agree
    while (left < SELF_MAX and p - left - 1 >= 0 and folded[p - left - 1] == folded[q - left - 1]
           and is_cjk(folded[p - left - 1]) and p - left - 1 != q):
        left += 1
    right = 0
    while (right < SELF_MAX and q + right + 1 < n and folded[p + right + 1] == folded[q + right + 1]
           and is_cjk(folded[q + right + 1]) and p + right + 1 != q):
        right += 1
    size = left + right + 1
    spans = {p: (p - left, p + right + 1), q: (q - left, q + right + 1)}
    tagged = {k for k in (p, q) if _hashtag(folded, *spans[k])}
    if size < SELF_MIN and not (size == SELF_MIN - 1 and left == right == 1 and (tagged or any(
            folded[a:b] in known_long_words() for a, b in spans.values()))):
        # three characters are a chance match (直播间 / 直播讲反诈), unless the changed one sits between the two others
        # and one form is a hashtag (#环巢湖) or a known dictionary word (黄梅戏剧院 / 黄霉戏; not 张晓东, frequency 3)
        return None
    # which is the right one: its character makes a word inside the shared stretch, the other's makes none at all
    good = [k for k in (p, q) if _word_at(folded, k, *spans[k], SELF_WORD_MIN_FREQ)
            and not _misspelt_entries_only(folded, k, *spans[k], folded[q if k == p else p])]
    if len(good) != 1:
        return None
    right_k = good[0]
    wrong_k = q if right_k == p else p
    if (_word_at(folded, wrong_k, max(0, wrong_k - 4), min(n, wrong_k + 5), EDGE_WORD_MIN_FREQ)
            and not _misspelt_entries_only(folded, wrong_k, max(0, wrong_k - 4), min(n, wrong_k + 5), folded[right_k])):
        return None  # two real words (公示 / 公式): the text around the other one reads as words too
    w_lo, w_hi = spans[wrong_k]
    r_lo, r_hi = spans[right_k]
    wrong, correct = folded[w_lo:w_hi], folded[r_lo:r_hi]
    if wrong in lexicon or wrong in long_words() or wrong in division_names():
        return None
    if size < SELF_MIN and correct not in known_long_words() and right_k not in tagged:
        return None
    if (any(c in REGION_CHARS for c in folded[wrong_k + 1:min(w_hi, wrong_k + 3)])
            and not _common_word_at(folded, right_k, r_lo, r_hi) and right_k not in tagged):
        return None  # 华林村 / 花林村: a place's name before a region word (革命老区 is 革命 + 老区, no place)
    if wrong_k > 0 and folded[wrong_k - 1] in NUMERALS and folded[wrong_k] in COUNTED_UNITS:
        return None  # 2027年养老金 / 领养老金: 年 ends a number
    if folded.count(wrong) > folded.count(correct):
        return None  # written so more often than the other form: on purpose (流感流行季 twice, 流行期 once)
    if _quoted(folded, w_lo, w_hi):
        return None  # “一筹莫展”不是“一愁莫展”: a wrong form quoted to be put right
    if (right_k not in tagged and correct not in known_long_words()
            and not _division_over(folded, right_k, r_lo, r_hi, wrong_k)
            and (_proper_name_at(folded, right_k) or _proper_name_at(folded, wrong_k))):
        return None  # 张晓东 / 张小东 are two people — but a hashtag (#徽州古城), a dictionary word (黄梅戏) or a division
        # of the gazetteer (兴城 in 兴城古城 / 兴成古城) is one thing
    how = confusion_in(correct, right_k - r_lo, folded[wrong_k])
    if how not in ("形近", "音近"):
        return None  # 航空公司官方 / 官网: 方 is read fang there, not wang
    o_a, o_b = offsets[w_lo], offsets[w_hi - 1] + 1
    return TypoHit(o_a, o_b, text[o_a:o_b], correct, how, False)


# ---- the type of a document named in 《》 -----------------------------------------------------------------------

# A document's title ends with its type (公文种类 and the names of laws and regulations); a look-alike or sound-alike
# in the type is a slip whatever the rest of the title (《…管理条利》, 《…实施细责》).
DOC_TYPES = ("条例", "办法", "规定", "细则", "意见", "通知", "决定", "规划", "方案", "纲要", "规则", "标准", "公告",
             "通告", "决议", "报告", "批复", "指引", "指南", "清单", "目录", "守则", "章程", "准则", "通报", "函")
DOC_TITLE = re.compile(r"《([^《》\n]{3,60})》")
# A title opening with its issuer — the state or a division by its full name (《河南省…》, 《中华人民共和国…》) — is a
# law's, a regulation's or an official document's, and ends with its type even where a common word one look-alike or
# sound-alike off the type stands there instead (《某省…条理》 for 条例), provided the type is this many times commoner.
ISSUER_HEADS = ("中华人民共和国", "国务院", "中共中央", "全国人民代表大会")
DOC_TYPE_COMMONER = 10
ISSUED_SUBJECT_MIN = 2  # characters between the issuer and the type (安全生产 in 《某省安全生产条例》)


def _issued_title(title: str) -> bool:
    """``title`` opens with an issuer (``ISSUER_HEADS``, or a division's full name of ``division_names``) and names a
    subject of two characters or more between the issuer and its last two (《某省通志》, a gazetteer, is the place and
    a genre, no regulation)."""
    last = len(title) - 2 - ISSUED_SUBJECT_MIN
    if any(title.startswith(head) and len(head) <= last for head in ISSUER_HEADS):
        return True
    names = division_names()
    return any(title[:k] in names for k in range(2, min(last, 12) + 1))


def doc_type_slips(text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
    out: list[TypoHit] = []
    if "《" not in folded:
        return out
    words = word_freq()
    for m in DOC_TITLE.finditer(folded):
        tail = m.group(1)[-2:]
        if tail in DOC_TYPES:
            continue
        issued = words.get(tail, 0) >= EDGE_WORD_MIN_FREQ
        if issued and not _issued_title(m.group(1)):
            continue
        for doc_type in DOC_TYPES:
            if len(doc_type) != 2:
                continue
            if issued and words.get(doc_type, 0) < DOC_TYPE_COMMONER * words.get(tail, 0):
                continue  # a word as common as the type may end a title of its own (《…的规矩》 is no 规则)
            diffs = [i for i in (0, 1) if tail[i] != doc_type[i]]
            if len(diffs) == 1 and confusion(doc_type[diffs[0]], tail[diffs[0]]) in ("形近", "音近"):
                a, b = m.end(1) - 2, m.end(1)
                o_a, o_b = offsets[a], offsets[b - 1] + 1
                out.append(TypoHit(o_a, o_b, text[o_a:o_b], doc_type, confusion(doc_type[diffs[0]], tail[diffs[0]]),
                                   False))
                break
    return out


# An official document's title outside 《》 — the heading of a notice (某局关于开展…有关事项的通知) or a document it
# carries out (关于贯彻落实市级指导意见做好…的通知) — names the document's type (公文种类, DOC_TYPES) where the
# input method offers another word of the same letters first (tongzhi 同志 for 通知, yijian 一件 for 意见): the
# type written as that word is a pinyin-input slip. Read at the end of a heading line that opens with …关于 and closes
# with 的 + the word, and inside a title or a sentence that carries a document out (DOC_ACTS) for the compound types
# (DOC_COMPOUNDS: 指导 + 意见), both of whose characters the word reads alike.
DOC_HEADING = re.compile(r"关于[^\n。；！？，]{2,80}的([\u4e00-\u9fff]{2})[ \t\u3000]*(?:\n|$)")
DOC_ACTS = re.compile(r"关于|贯彻|落实|印发|转发|执行|根据|按照|依据")
DOC_COMPOUND_HEADS = ("指导", "实施", "若干", "工作", "行动", "管理", "暂行", "处理", "补充", "紧急")
DOC_COMPOUND_TAILS = ("意见", "方案", "办法", "细则", "规定", "通知", "计划", "要点")
# what follows the word where it is meant, not a type: a count word's noun (一件事) or the plural of 同志 (指导同志们)
DOC_COUNTED = frozenset("事情桩样们")
DOC_COMPOUND_REACH = 30  # characters between a carrying-out word and the compound type


def _read_same(word: str, right: str) -> bool:
    """Each character of ``word`` shares a toneless reading with the one of ``right`` in its place, and the words
    differ (同志 / 通知, 一件 / 意见): the same letters typed."""
    return word != right and len(word) == len(right) and all(readings(a) & readings(b) for a, b in zip(word, right))


def doc_heading_slips(text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
    out: list[TypoHit] = []
    if "关于" in folded:
        for m in DOC_HEADING.finditer(folded):
            word = m.group(1)
            if word in DOC_TYPES:
                continue
            right = next((t for t in DOC_TYPES if _read_same(word, t)), None)
            if right:
                a, b = m.start(1), m.end(1)
                out.append(_slip_at(text, offsets, a, b, right, "拼音输入", False))
    for act in DOC_ACTS.finditer(folded):
        lo = act.end()
        hi = min(len(folded), lo + DOC_COMPOUND_REACH)
        for head in DOC_COMPOUND_HEADS:
            k = folded.find(head, lo, hi)
            while k >= 0:
                word = folded[k + 2:k + 4]
                right = next((t for t in DOC_COMPOUND_TAILS if _read_same(word, t)), None)
                nxt = folded[k + 4:k + 5]
                if (right and word not in DOC_TYPES and re.fullmatch(r"[\u4e00-\u9fff]{2}", word)
                        and nxt != word[-1] and nxt not in DOC_COUNTED  # 指导一件件整改, 指导一件事, 指导同志们
                        and not any(h.start == offsets[k + 2] for h in out)
                        and not re.search(r"[。；！？\n]", folded[lo:k])):
                    out.append(_slip_at(text, offsets, k + 2, k + 4, right, "拼音输入", False))
                k = folded.find(head, k + 1, hi)
    return out


# Every division's Party committee is named by its full name and 委 (重庆市委, 四川省委, 奉节县委, 渝中区委, 恩施州委):
# the division's full name followed by a look-alike of 委 (季, 萎, 诿) that starts no word or place of its own there
# (全市季度, 重庆市秀山…) is the committee's name misspelt. A sound-alike (为, 位, 未) is the text's own word too often
# (重庆市为…) to be read so.
COMMITTEE = "委"
COMMITTEE_LEVELS = ("省", "市", "县", "区", "州", "旗", "盟")


def committee_slips(text: str, folded: str, offsets: list[int]) -> list[TypoHit]:
    out: list[TypoHit] = []
    words = word_freq()
    for a, b in _exact_spans(folded, division_names()):
        if b >= len(folded) or not folded[a:b].endswith(COMMITTEE_LEVELS):
            continue
        ch = folded[b]
        if ch == COMMITTEE or not is_cjk(ch) or not (shape_similar(COMMITTEE, ch) or component_of(COMMITTEE, ch)):
            continue
        if any(words.get(folded[b:b + k], 0) >= EDGE_WORD_MIN_FREQ or folded[b:b + k] in division_shorts()
               for k in (2, 3, 4)):
            continue  # 季度, 矮小, 秀山: a word or a place of the text starts there
        out.append(_slip_at(text, offsets, a, b + 1, folded[a:b] + COMMITTEE, "形近", False))
    return out


# ---- numbers that depend on the date: anniversaries, five-year plans, future sessions -----------------------

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s: str) -> int | None:
    """``123`` / ``一百二十三`` / ``七十七`` / ``二十一`` → the number (up to 999), else None."""
    if s.isdigit():
        return int(s)
    total, num = 0, None
    for ch in s:
        if ch in CN_DIGITS:
            num = CN_DIGITS[ch]
        elif ch in "十百":
            unit = 10 if ch == "十" else 100
            total += (1 if num is None else num) * unit
            num = None
        else:
            return None
    return total + (num or 0)


NUMBER = r"(?P<n>\d{1,3}|[一二两三四五六七八九十百零〇]{1,6})"


@lru_cache(maxsize=4)
def _anniversaries(extra_dir: str | None = None) -> tuple[re.Pattern, dict[tuple[str, str], int]]:
    years: dict[tuple[str, str], int] = {}
    for d in [LEXICON_DIR] + ([Path(extra_dir)] if extra_dir else []):
        if (d / "anniversaries.txt").is_file():
            for row in read_list(d / "anniversaries.txt"):
                if len(row) >= 3 and row[2].isdigit():
                    years[(fold(row[0]), row[1])] = int(row[2])
    people = "|".join(sorted({n for n, k in years if k != "事件"}, key=len, reverse=True)) or "(?!)"
    events = "|".join(sorted({n for n, k in years if k == "事件"}, key=len, reverse=True)) or "(?!)"
    pattern = re.compile(rf"(?P<who>{people})(?:同志|先生|主席|总理|元帅)?(?P<kind>诞辰|诞生|逝世)(?:第)?{NUMBER}周年|"
                         rf"(?P<event>{events})(?:第)?{NUMBER.replace('<n>', '<m>')}周年")
    return pattern, years


# The five-year plans from the third on start every five years from 1966 (十四五 2021–2025, 十五五 2026–2030).
PLAN = re.compile(r"(?P<k>十[一二三四五六七八九]?|[三四五六七八九])五(?:规划|计划)?[”」\"』]?(?:的)?(?:时期)?"
                  r"(?P<when>开局之年|收官之年|起步之年|开局年|收官年)")
# Sessions not yet elected: the 20th Central Committee was elected in 2022 and the 14th NPC and CPPCC in 2023; a
# new one every five years. A later number in a plenum or session before its year is a slip (二十一届四中全会).
SESSION = re.compile(r"(?:第)?(?P<k>[一二三四五六七八九十]{2,4})届(?P<body>(?:中央)?[一二三四五六七八九]中全会|中央委员会|中央纪委|"
                     r"全国人大|全国人民代表大会|全国政协|全国委员会)")
SESSION_BASE = {"cc": (20, 2022), "npc": (14, 2023)}
TOLERANCE = 1  # a post may announce a coming anniversary or look back on the last one


def dated_slips(text: str, folded: str, offsets: list[int], year: int | None,
                extra_dir: str | None = None) -> list[TypoHit]:
    """Numbers that cannot be right in a post of ``year``: an anniversary of a person or event off by more than a year
    (毛泽东同志诞辰123周年 in 2026), a five-year plan starting or ending in another year (“十六五”开局之年 in 2026),
    a session of a Central Committee, NPC or CPPCC not yet elected (二十一届四中全会 in 2026)."""
    if year is None or not folded:
        return []
    out: list[TypoHit] = []

    def add(a: int, b: int, correct: str, how: str) -> None:
        o_a, o_b = offsets[a], offsets[b - 1] + 1
        out.append(TypoHit(o_a, o_b, text[o_a:o_b], correct, how, False))

    if "周年" in folded:
        pattern, years = _anniversaries(extra_dir)
        for m in pattern.finditer(folded):
            if m.group("who"):
                key, num = (m.group("who"), "逝世" if m.group("kind") == "逝世" else "诞辰"), m.group("n")
            else:
                key, num = (m.group("event"), "事件"), m.group("m")
            n, base = cn_number(num), years.get(key)
            if n is None or base is None or abs(base + n - year) <= TOLERANCE:
                continue
            name = m.group("who") or m.group("event")
            add(m.start(), m.end(), f"{name}{m.group('kind') or ''}{year - base}周年", "数字")
    if "五" in folded:
        for m in PLAN.finditer(folded):
            k = m.group("k")
            k_n = cn_number(k) if k.startswith("十") else CN_DIGITS[k]
            if not k_n or k_n < 3:
                continue
            start = 1966 + 5 * (k_n - 3)
            at = start if m.group("when") in ("开局之年", "起步之年", "开局年") else start + 4
            if abs(at - year) > TOLERANCE:
                add(m.start(), m.end(), f"与发文年份（{year}）相符的五年规划", "数字")
    if "届" in folded:
        for m in SESSION.finditer(folded):
            k = cn_number(m.group("k"))
            body = m.group("body")
            base_k, base_year = SESSION_BASE["npc" if ("全国" in body) else "cc"]
            if k is None or k <= base_k:
                continue
            if year < base_year + 5 * (k - base_k):
                add(m.start(), m.end(), f"{_cn(base_k + (year - base_year) // 5)}届{body}", "数字")
    return out


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
