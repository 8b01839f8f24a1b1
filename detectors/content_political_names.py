"""Politically wrong wording, eighth round: the names of state organs and their posts, of ethnic groups and
religions, and the other side's words for the mainland (sources in ``detectors/lexicons/SOURCES.md``).

Each family is built from the structure of what is named right, and the wrong forms follow from it by rule:

* **Organs and their posts** (``ORGANS``: 《宪法》第三章, 《地方各级人民代表大会和地方各级人民政府组织法》,
  《人民法院组织法》, 《人民检察院组织法》, 《中国人民政治协商会议章程》, 《中国共产党章程》). A people's congress
  above the township has no chairman: its standing committee has a 主任 (全国: 委员长), and its members are 代表 —
  委员 sit on the standing committee or the CPPCC, not in the congress (省人大委员 → 省人大代表, 市人大主席 →
  市人大常委会主任; a township congress's 主席 is right, 地方组织法第十八条). The members of a CPPCC committee are
  委员 and its head is a 主席 (政协代表 → 政协委员). A province's government is headed by a 省长 — 省主席 / 省政府
  主席 is the title of the Republic's provincial governments before 1949 (an autonomous region's 主席 is right); an
  autonomous region has no 区长. A Party committee has a 书记, not a 主席 (市委主席). A procuratorate is headed by a
  检察长, not a 院长. A sentence of history (民国, 国民政府, a year before 1949) is left alone. (The titles of bodies
  named with their standing committee — 省人大常委会, 市政协, 县委, 最高人民检察院 … — are checked by
  ``content_patterns.INSTITUTION_TITLES``; this table adds the congress itself, its members, the CPPCC's members, the
  governments and every procuratorate.)
* **Names of ethnic groups** (``data/ethnic_groups.txt``, the 56 official names): any shortened stem of a name
  before 族 (朝鲜族 → 朝族, 维吾尔族 → 维族, 柯尔克孜族 → 柯族 / 柯尔族) that is not itself a group's name (土族 is)
  nor the tail of one (撒拉族 holds 拉族) — 新华社禁用词: 民族名称不得随意简称. A stem whose first character closes a
  word with the character before it (豪门族人, 清朝族谱) is that word, one after two transliteration characters the
  tail of a foreign people's name (库尔德族, 卢旺达族); a stem before a clan word (高族长, 毛族谱; 族人
  outside a sentence about ethnic groups) is a surname.
* **Names of religions** (``RELIGIONS``, the five religions the state recognises: 佛教, 道教, 伊斯兰教, 天主教,
  基督教): a religion named after its founder (穆罕默德教, 释迦牟尼教) and the old names the state gave up (回教 /
  回回教 / 清真教 / 天方教 for 伊斯兰教 — 国务院 1956 年《关于今后在汉文中对伊斯兰教不要再用“回教”名称的通知》;
  喇嘛教 for 藏传佛教).
* **The other side's words for the mainland and its people** — 陆客, 陆生, 陆配, 陆企, 陆媒, 陆籍, 陆方: the words
  Taiwan's media use for mainland tourists, students, spouses, companies, media, residents and side (大陆游客 /
  大陆学生 … in the mainland's own usage, and 内地游客 when the sentence is about Hong Kong or Macao, 新华社禁用词:
  香港、澳门与内地为对应概念); 共军, 共机, 共舰 for the People's Liberation Army and its aircraft and ships.

``names_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text (the convention of
``territory_hits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from detectors.content_political import _sentence, so_called
from detectors.content_political_territory import TRANSLIT
from detectors.content_typo import word_freq

ETHNIC_FILE = Path(__file__).resolve().parent / "data" / "ethnic_groups.txt"
HAN = "\u4e00-\u9fff"
Hit = tuple[int, int, str, str, str]

# A sentence of the Republic's time: its titles (省政府主席, 回教) are history there.
HISTORY = re.compile(r"民国|国民政府|国民党|北洋|清末|清朝|清代|抗战|抗日|解放前|旧社会|旧中国|旧称|旧时|曾称|历史上|史料|"
                     r"(?<!\d)(?:18\d\d|19[0-4]\d)年|时任|老照片|纪念馆|博物馆|旧址")
REPORTED = re.compile(r"所谓|错误|误称|误写|不规范|不能称|不应称|不得称|不宜|更正|纠正|应为|应称|而非|不是|称为|称作|叫做|叫作|"
                      r"旧称|俗称|又称|曾称|原称|说法|叫法")

# ---- organs and their posts -------------------------------------------------------------------------------------

# The levels of local government (地方组织法), of which a people's congress has a standing committee (county and up).
LEVEL = r"(?:省|市|县|区|州|旗|盟|自治区|自治州|自治县)"
ORGANS: tuple[tuple[re.Pattern, str, str], ...] = (
    # a congress above the township: 主任 of its standing committee, never a 主席 (主席团 is the session's presidium)
    (re.compile(rf"{LEVEL}人大(?:常委会|常务委员会)?(?P<t>副?主席)(?!团|台)|(?<!全国)人大常委会(?P<u>副?主席)(?!团|台)"),
     "人大常委会主任 / 副主任", "县级以上人大的领导职务是常委会主任（全国人大为常委会委员长）；乡镇人大才设主席"),
    (re.compile(rf"(?<!全国){LEVEL}人大(?:常委会|常务委员会)(?P<t>副?委员长)"),
     "人大常委会主任 / 副主任", "委员长是全国人大常委会的职务，地方人大常委会的负责人是主任"),
    # the members of a congress are deputies: 委员 only on its standing committee or its special committees
    (re.compile(rf"(?:{LEVEL}|全国)人大(?P<t>委员)(?![会长])"),
     "人大代表（或人大常委会委员）", "人民代表大会的组成人员是“代表”，“委员”是常委会或专门委员会的组成人员"),
    # the members of a CPPCC committee are 委员, its head a 主席
    (re.compile(r"政协(?P<t>代表)(?![团队处性作])"), "政协委员", "政协委员会的组成人员是“委员”，不是“代表”"),
    (re.compile(r"政协(?P<t>副?主任)(?!科员|医师|委员|会议)"), "政协主席 / 副主席", "政协委员会的领导职务是主席、副主席"),
    # a province's government is headed by a 省长 (省主席 is the Republic's title); an autonomous region's by a 主席
    (re.compile(r"省(?:人民政府|政府|府)?(?P<t>副?主席)(?!团|台)"),
     "省长 / 副省长", "省人民政府的领导职务是省长、副省长（“省主席”是 1949 年以前的职务名称；自治区才设主席）"),
    (re.compile(r"自治区(?:人民政府|政府)?(?P<t>副?(?:区长|省长))"), "自治区主席 / 副主席", "自治区人民政府的领导职务是主席、副主席"),
    # a Party committee has a 书记 (省委 / 市委 / 县委 with the other named bodies: content_patterns.INSTITUTION_TITLES)
    (re.compile(r"(?:区委|州委|旗委|盟委|党委|党组)(?P<t>副?主席)(?!团|台)"), "书记 / 副书记",
     "党委（党组）的领导职务是书记、副书记"),
    # a procuratorate is headed by a 检察长
    (re.compile(r"检察院(?P<t>副?院长)"), "检察长 / 副检察长", "人民检察院的领导职务是检察长、副检察长，不是院长"),
)


def _organ_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not re.search(r"人大|政协|主席|检察|区长|省长", folded):
        return
    for pattern, suggestion, note in ORGANS:
        for m in pattern.finditer(folded):
            sentence = _sentence(folded, m.start())
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or HISTORY.search(sentence):
                continue
            if REPORTED.search(sentence):
                continue
            # the span from the organ's level (or the place before it, 河南省主席) to the title
            a = m.start()
            while a > 0 and a > m.start() - 4 and "\u4e00" <= folded[a - 1] <= "\u9fff" and folded[a - 1] not in "的和与及、在是由":
                a -= 1
            yield a, m.end(), "机构职务", suggestion, note


# ---- names of ethnic groups -----------------------------------------------------------------------------------------

# 族 opening a word of a clan (族长, 族谱, 族规 …): the stem is a surname (高族长), not a group's name; 长调 is a song form.
CLAN_AFTER = re.compile(r"族(?:长(?!调)|谱|规|亲|田|产|祠|兄|弟|叔|老|中|里)")
ETHNIC_SENTENCE = re.compile(r"民族|各族|族群众|族同胞|聚居|新疆|内蒙古|西藏|延边|宁夏|广西|云南|贵州|青海|自治")


@lru_cache(maxsize=1)
def ethnic_names() -> tuple[str, ...]:
    """The 56 official names (``data/ethnic_groups.txt``)."""
    lines = ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@lru_cache(maxsize=1)
def _short_forms() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """Every shortened stem of an official name before 族 that is not itself a group's name, with the names it
    shortens (哈族: 哈尼族, 哈萨克族), as one pattern (longest first)."""
    names = ethnic_names()
    forms: dict[str, list[str]] = {}
    for name in names:
        stem = name[:-1]
        for k in range(1, len(stem)):
            form = stem[:k] + "族"
            if form not in names:
                forms.setdefault(form, []).append(name)
    alternation = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})"), {f: tuple(v) for f, v in forms.items()}


def _closes_word(folded: str, a: int) -> bool:
    """The character before ``a`` and the one at ``a`` make a word (豪门, 清朝) that the character before them does
    not start (东北朝族: 北 belongs to 东北)."""
    if a == 0 or not ("\u4e00" <= folded[a - 1] <= "\u9fff"):
        return False
    words = word_freq()
    return folded[a - 1:a + 1] in words and (a < 2 or folded[a - 2:a] not in words)


def _ethnic_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "族" not in folded:
        return
    pattern, forms = _short_forms()
    names = ethnic_names()
    for m in pattern.finditer(folded):
        a, b = m.start(), m.end()
        if any(folded.endswith(n, 0, b) for n in names) or _closes_word(folded, a):
            continue  # the tail of an official name (撒拉族 holds 拉族), or a word that ends where the stem begins
        if a >= 2 and folded[a - 2] in TRANSLIT and folded[a - 1] in TRANSLIT:
            continue  # the tail of a transliterated foreign people's name (库尔德族, 卢旺达族, 哈扎拉族)
        if CLAN_AFTER.match(folded, b - 1) or (folded.startswith("族人", b - 1) and not ETHNIC_SENTENCE.search(_sentence(folded, a))):
            continue  # 高族长, 毛族谱: a clan of that surname (族人 too, unless the sentence is about ethnic groups)
        if in_quotes(a, b) or REPORTED.search(_sentence(folded, a)):
            continue
        right = " / ".join(forms[m.group(0)])
        yield a, b, "民族宗教", right, f"民族名称不得随意简称（应称“{right}”）"


# ---- names of religions -------------------------------------------------------------------------------------------

# The five religions the state recognises, each with its founder's names and the old names given up.
RELIGIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("伊斯兰教", ("穆罕默德",), ("回教", "回回教", "清真教", "天方教")),
    ("佛教", ("释迦牟尼", "释迦"), ()),
    ("藏传佛教", (), ("喇嘛教",)),
    ("道教", (), ()),
    ("天主教", (), ()),
    ("基督教", (), ()),
)


@lru_cache(maxsize=1)
def _religion_pattern() -> tuple[re.Pattern, dict[str, str]]:
    right: dict[str, str] = {}
    for name, founders, old in RELIGIONS:
        for f in founders:
            right[f + "教"] = name
        for o in old:
            right[o] = name
    alternation = "|".join(sorted(right, key=len, reverse=True))
    # 回教 before 室 / 材 … is 回 + 教室 (返回教室, 收回教材); 释迦牟尼教导 / 教诲 is the founder teaching
    return re.compile(rf"(?:{alternation})(?![室学育研练师材科案授导务程训诲化法义言人给我你他众过])"), right


RELIGION_VERB_BEFORE = "来返回收撤退召找拿送带退寄追挽赎打"


def _religion_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "教" not in folded:
        return
    pattern, right = _religion_pattern()
    for m in pattern.finditer(folded):
        a, b = m.start(), m.end()
        if m.group(0).startswith("回") and a > 0 and folded[a - 1] in RELIGION_VERB_BEFORE:
            continue
        sentence = _sentence(folded, a)
        if in_quotes(a, b) or so_called(folded, a) or REPORTED.search(sentence) or HISTORY.search(sentence):
            continue
        proper = right[m.group(0)]
        yield a, b, "民族宗教", proper, f"宗教名称应使用规范名称“{proper}”（不以创始人命名，不用已废止的旧称）"


# ---- the other side's words for the mainland and its people -----------------------------------------------------------

# 陆 + a word for people or bodies, as Taiwan's media shorten 大陆: not inside 大陆 / 内陆 / 水陆 / 海陆 / 着陆 / 登陆,
# nor 陆生 of animals and plants, nor 陆客 of transport (水陆客运).
TW_MAINLAND = re.compile(r"(?<![大内水海着登陆北南西东平高])陆(?P<w>客(?![运车船机轮站货])|生(?![物动植态境性型类长存命活])|"
                         r"配(?![件置套合送])|企(?![鹅业])|媒(?![介体])|籍|方(?![面便向式法案位块阵舱]))")
TW_MAINLAND_RIGHT = {"客": "大陆游客", "生": "大陆学生", "配": "大陆配偶", "企": "大陆企业", "媒": "大陆媒体",
                     "籍": "大陆居民", "方": "大陆方面"}
HK_MACAO = re.compile(r"香港|澳门|港澳|赴港|来港|在港|访港|抵港|赴澳|来澳|在澳")
# Where the word is the Strait's or the SARs' (陆 alone is also a surname, 陆生 a given name): a sentence about Taiwan,
# Hong Kong or Macao, or, for 陆客, about travel.
ACROSS = re.compile(HK_MACAO.pattern + r"|台湾|台北|高雄|岛内|赴台|来台|在台|访台|两岸|台当局|民进党")
TRAVEL = re.compile(r"旅游|旅行|出游|游客|观光|出境|入境|景区|景点|自由行|团队游|跟团|签注|客源|人次")


# The Taiwan side's names of the People's Liberation Army and its aircraft and ships (共军, 共机, 共舰, 中共军机):
# 中国人民解放军 / 解放军军机 (新华社禁用词: 不使用“中共军队”). Not inside 公共 / 总共 (公共机构, 总共军费), and a
# sentence of history (国民党 …) is left alone.
PLA_TW = re.compile(r"(?:中共|(?<![公总一]))共(?P<w>军|机|舰)(?![构关制理遇场房床组械队动])|中共(?P<v>军机|军舰|战机)")
PLA_RIGHT = {"军": "中国人民解放军", "机": "解放军军机", "舰": "解放军舰艇", "军机": "解放军军机", "军舰": "解放军舰艇",
             "战机": "解放军战机"}


def _tw_mainland_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in PLA_TW.finditer(folded) if "共" in folded else ():
        a, b = m.start(), m.end()
        sentence = _sentence(folded, a)
        if in_quotes(a, b) or so_called(folded, a) or REPORTED.search(sentence) or HISTORY.search(sentence):
            continue
        word = m.group("w") or m.group("v")
        if word in ("机", "舰") and not ACROSS.search(sentence):
            continue  # 共机 / 共舰 said of the Strait; elsewhere the characters are rarely these words
        yield a, b, "台湾:用语", PLA_RIGHT[word], "“共军”“共机”是台湾方面对解放军的称呼，应称“中国人民解放军”“解放军军机”"
    if "陆" not in folded:
        return
    for m in TW_MAINLAND.finditer(folded):
        a, b = m.start(), m.end()
        sentence = _sentence(folded, a)
        if in_quotes(a, b) or REPORTED.search(sentence):
            continue
        if not (ACROSS.search(sentence) or (m.group("w") == "客" and TRAVEL.search(sentence))):
            continue
        right = TW_MAINLAND_RIGHT[m.group("w")]
        if HK_MACAO.search(sentence):
            right = right.replace("大陆", "内地")
        yield a, b, "台湾:用语", right, "“陆客”“陆生”等是台湾媒体对大陆同胞的称呼，我方表述用“大陆游客”（对港澳用“内地”）"


def names_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the families of the module docstring."""
    yield from _organ_hits(folded, in_quotes)
    yield from _ethnic_hits(folded, in_quotes)
    yield from _religion_hits(folded, in_quotes)
    yield from _tw_mainland_hits(folded, in_quotes)
