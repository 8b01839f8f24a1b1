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

Ninth round (the official usage lists item by item, ``bench/political_coverage.py``):

* **Central offices under foreign or historical titles** (``FOREIGN_TITLES``): every head of a central organ with
  every person who held the office, against the titles of other systems and of the past (首相 / 内阁总理 / 阁揆 for
  the Premier, 总司令 for the chairman of the Central Military Commission, 议长 for the heads of the NPC Standing
  Committee and the CPPCC, 总统, 党魁, 总检察长, 外相, 防卫大臣), after the organ or beside the name; 李克强内阁;
  a province's 州长.
* **The party system**: the democratic parties are 参政党 — not 在野党 / 反对党, nor partners of an 执政联盟 — and
  China has no 两党制, 多党制 or 三权分立.
* **Taiwan's leaders heading a "government"** (蔡政府, 马英九政府, 台北政府): the region's authorities are 当局.

``names_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text (the convention of
``territory_hits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from detectors.content_political import HK_OR_FOREIGN, ROC_ERA, TW_CONTEXT_WIDE, _sentence, countries, so_called
from detectors.content_political_territory import TRANSLIT
from detectors.content_political_usage import AFTER_JUN
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
    # a city's, county's, district's, banner's, league's, township's or town's government is headed by its 市长, 县长,
    # 区长, 旗长, 盟长, 乡长, 镇长 (地方组织法第六十九条); 主席 heads only an autonomous region's (content-political24)
    (re.compile(r"(?:市|县|(?<!自治)区|旗|盟|乡|镇)(?:人民政府|政府)(?P<t>副?主席)(?!团|台)"),
     "市长 / 县长 / 区长 / 乡长 / 镇长（副职同）", "地方人民政府的领导职务是省长、市长、县长、区长、乡长、镇长（自治区才设主席）"),
    # a people's congress has no 首长: its standing committee's 委员长 (全国) or 主任 leads it
    (re.compile(rf"(?:{LEVEL}|全国)人大(?:常委会|常务委员会)?(?:的)?(?P<t>首长)"),
     "全国人大常委会领导 / 人大常委会主任", "人民代表大会的负责人是其常务委员会的委员长（全国）或主任，“首长”不是人大的职务"),
    # a province has no 州长 (the title of a federal state's governor; an autonomous prefecture's 州长 is right)
    (re.compile(r"省(?:人民政府|政府)?(?P<t>副?(?:州长|知事))"), "省长 / 副省长",
     "省人民政府的领导职务是省长、副省长（“州长”是联邦制国家的职务，自治州才设州长；“知事”是日本的）"),
    (re.compile(r"自治区(?:人民政府|政府)?(?P<t>副?(?:区长|省长))"), "自治区主席 / 副主席", "自治区人民政府的领导职务是主席、副主席"),
    # a Party committee has a 书记 (省委 / 市委 / 县委 with the other named bodies: content_patterns.INSTITUTION_TITLES)
    (re.compile(r"(?:区委|州委|旗委|盟委|党委|党组)(?P<t>副?主席)(?!团|台)"), "书记 / 副书记",
     "党委（党组）的领导职务是书记、副书记"),
    # a procuratorate is headed by a 检察长
    (re.compile(r"检察院(?P<t>副?院长)"), "检察长 / 副检察长", "人民检察院的领导职务是检察长、副检察长，不是院长"),
    # content-political21: the titles other systems give the same organs. A congress above the township has no 主任
    # either: the standing committee's (省人大主任 → 省人大常委会主任, 全国人大 → 委员长); 人大工委, 人大办, the special
    # committees' 主任委员 and the township's 主席 are other posts
    (re.compile(rf"(?:{LEVEL}|全国)人大(?P<t>副?主任)(?!委员|科员|医师|会议|办|室)"),
     "人大常委会主任 / 副主任（全国人大常委会委员长）", "人民代表大会的领导职务是其常务委员会的主任（全国为委员长），“人大主任”缺了常委会"),
    # a procuratorate's head under the titles of Taiwan (检察总长 of its 最高检察署), Japan (检事总长, 检事长, 检事正) and the
    # West (总检察长, 首席检察官): 检察长 (《人民检察院组织法》第三十六条); 首席大检察官 is the legal rank of the Supreme
    # People's Procuratorate's 检察长 and is right
    (re.compile(r"(?:最高人民检察院|最高检|检察院|检察机关)(?:的)?(?P<t>检察总长|总检察长|检事总长|检事长|检事正|首席检察官)"),
     "检察长", "人民检察院的领导职务是检察长（“检察总长”是台湾地区的称谓，“检事总长”是日本的，“总检察长”是西方国家的）"),
    # a court's head under Japan's (长官, 所长) and Taiwan's (最高法院院长 is also Taiwan's, but 院长 is right) titles
    (re.compile(r"(?:最高人民法院|最高法(?!院)|人民法院)(?:的)?(?P<t>长官|所长|首席法官|法院长)(?![办室])"),
     "院长（最高人民法院院长、首席大法官）", "人民法院的领导职务是院长（最高人民法院院长是首席大法官），不用“长官”“首席法官”"),
    # a supervisory commission is headed by a 主任 (《宪法》第一百二十四条, 《监察法》), not a 主席
    (re.compile(r"(?:监察委员会|监委)(?P<t>副?主席)(?!团|台)"), "主任 / 副主任",
     "监察委员会的领导职务是主任、副主任（宪法第一百二十四条）"),
    # a CPPCC committee has no 议长 and no 会长; a congress's standing committee no 议长 (the national ones: FOREIGN_TITLES)
    (re.compile(rf"{LEVEL}(?:政协|人大常委会|人大)(?P<t>副?议长|副?会长)"), "政协主席 / 人大常委会主任",
     "地方人大常委会的领导职务是主任，政协的是主席，不是“议长”“会长”"),
)


def _organ_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not re.search(r"人大|政协|主席|检察|区长|省长|州长|知事|法院|最高法|最高检|首长", folded):
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
    # content-political38: 西藏佛教 names it by the region (藏佛教 alone is also 收藏 + 佛教), not as 藏传佛教
    # (国家宗教事务局《藏传佛教活佛转世管理办法》, 白皮书《西藏的宗教信仰自由》); 喇嘛庙 / 喇嘛寺 are the old words
    # for its temples (藏传佛教寺庙 / 寺院);
    # 耶稣教 is the old name of Protestant Christianity, called 基督教 in the state's religious affairs (国家宗教事务局:
    # 佛教、道教、伊斯兰教、天主教、基督教; 真耶稣教会 is the name of a church, not read)
    ("藏传佛教", (), ("喇嘛教", "西藏佛教")),
    ("藏传佛教寺庙（寺院）", (), ("喇嘛庙", "喇嘛寺")),
    ("道教", (), ()),
    ("天主教", (), ()),
    ("基督教", (), ("耶稣教",)),
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
    # (喇嘛庙村, 喇嘛寺镇: a place named after the temple; 真耶稣教会: a church's name)
    return re.compile(rf"(?<!真)(?:{alternation})(?![室学育研练师材科案授导务程训诲化法义言人给我你他众过村镇乡沟街站路屯梁子])"), right


RELIGION_VERB_BEFORE = "来返回收撤退召找拿送带退寄追挽赎打"


def _religion_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "教" not in folded and "喇嘛" not in folded:
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
# (共 is also "in all" before a word of 军 — 全市共军转干部 120 人, 共军属 30 户 —: not before the characters that start one;
# content-political20, content_political_usage.AFTER_JUN)
PLA_TW = re.compile(r"(?:中共|(?<![公总一]))共(?P<w>军|机|舰)(?![构关制理遇场房床组械队动" + AFTER_JUN + r"])|"
                    r"中共(?P<v>军机|军舰|战机)")
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


# ---- the offices and organs of the state and the Party under foreign or historical titles ----------------------

# Every head of a central organ the Constitution (第三章) and the Party Constitution name, with the people who have
# held the office (public record, 1949–2026) and the titles of other states' systems or of the past that are written
# for it: the State Council is headed by a 总理 (not a cabinet's 首相 / 内阁总理 / 阁揆), the Central Military Commission
# by a 主席 (the armed forces have no 总司令 since 1954: 朱德总司令 is history, and he never chaired the commission),
# the state by a 国家主席 (no 总统), the NPC Standing Committee by a 委员长 and the national committee of the CPPCC by
# a 主席 (neither is a parliament's 议长), the Party Central Committee by a 总书记 (no 党魁, no Soviet 第一书记), the
# Supreme People's Procuratorate by a 检察长 (总检察长 is an attorney general's title). 统帅 is left alone: the Party's
# own usage calls the chairman 人民军队统帅; 首席大法官 is the legal rank of the Supreme People's Court's president.
FOREIGN_TITLES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("国务院总理", ("国务院", "中国", "我国"), ("周恩来", "华国锋", "赵紫阳", "李鹏", "朱镕基", "温家宝", "李克强", "李强"),
     ("内阁总理", "内阁首相", "政府首相", "首相", "阁揆")),
    ("中央军委主席", ("中央军事委员会", "中央军委", "军委", "中国", "我国"), ("毛泽东", "华国锋", "邓小平", "江泽民", "胡锦涛", "习近平"),
     ("三军总司令", "武装力量总司令", "武装部队总司令", "军队总司令", "总司令", "最高司令官")),
    ("国家主席", ("我国",), ("刘少奇", "李先念", "杨尚昆", "江泽民", "胡锦涛", "习近平"), ("大总统", "总统")),
    ("全国人大常委会委员长", ("全国人大常委会", "全国人大", "中国", "我国"),
     ("刘少奇", "朱德", "叶剑英", "彭真", "万里", "乔石", "吴邦国", "张德江", "栗战书", "赵乐际"),
     ("国会议长", "众议院议长", "下院议长", "议长")),
    ("全国政协主席", ("全国政协", "政协", "中国", "我国"), ("邓颖超", "李瑞环", "贾庆林", "俞正声", "汪洋", "王沪宁"),
     ("参议院议长", "上议院议长", "上院议长", "议长")),
    ("中共中央总书记", ("中共中央", "党中央", "中国共产党", "中共"), ("江泽民", "胡锦涛", "习近平"), ("党魁", "第一书记")),
    ("最高人民检察院检察长", ("最高人民检察院", "最高检", "中国", "我国"), ("张军", "应勇"), ("总检察长",)),
    # the deputies of the same organs (the deputies' names: leaders.txt and public record)
    ("国务院副总理", ("国务院", "中国", "我国"), ("丁薛祥", "何立峰", "张国清", "刘国中", "韩正", "孙春兰", "胡春华", "刘鹤"),
     ("副首相",)),
    ("中央军委副主席", ("中央军事委员会", "中央军委", "军委", "中国", "我国"), ("张又侠", "何卫东", "许其亮", "范长龙"),
     ("副总司令",)),
    ("国家副主席", ("我国",), ("韩正", "王岐山", "李源潮", "习近平"), ("副总统",)),
    ("全国人大常委会副委员长", ("全国人大常委会", "全国人大", "中国", "我国"), (), ("副议长",)),
    ("全国政协副主席", ("全国政协", "政协", "中国", "我国"), (), ("上院副议长", "副议长")),
    # ministers of the State Council under a monarchy's or the United States' titles (外长, 防长 are the right short forms)
    ("外交部长", ("外交部", "中国", "我国"), ("钱其琛", "唐家璇", "李肇星", "杨洁篪", "王毅", "秦刚"),
     ("外务大臣", "外交大臣", "国务卿", "外相")),
    ("国防部长", ("国防部", "中国", "我国"), ("梁光烈", "常万全", "魏凤和", "李尚福", "董军"), ("防卫大臣", "国防大臣", "防相")),
)
# the office's own word just after the wrong one is another office (总司令部 is a headquarters, 议长团 …)
TITLE_TAIL = r"(?!部|团|府|制|套|杯|奖|级|[”\"」』])"


@lru_cache(maxsize=1)
def _foreign_title_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for right, organs, people, wrongs in FOREIGN_TITLES:
        w = "|".join(wrongs)
        names = "|".join(people)
        organ_form = rf"(?:{'|'.join(organs)})(?:的)?(?:现任|时任|前任|首任)?(?:{w}){TITLE_TAIL}"
        if not people:  # the organ alone says whose title it is
            out.append((re.compile(rf"(?<![“\"「『]){organ_form}"), right))
            continue
        out.append((re.compile(
            rf"(?<![“\"「『])(?:{organ_form}(?:同志)?(?:{names})?|"
            rf"(?:{w}){TITLE_TAIL}(?:同志)?(?:{names})|(?:{names})(?:同志)?(?:{w}){TITLE_TAIL})"), right))
    return tuple(out)


# 李强内阁, 国务院内阁 (content_political_families: 中国内阁): the State Council is not a cabinet.
PREMIER_CABINET = re.compile(r"(?<![“\"「『])(?:周恩来|华国锋|赵紫阳|李鹏|朱镕基|温家宝|李克强|李强)(?:的)?(?:内阁|政府内阁)"
                             r"(?!制|首辅|大学士)")
# The democratic parties are 参政党 in the system of multi-party cooperation, not an opposition (在野党, 反对党, 野党).
# 反对党 only as a noun (是反对党, 反对党作用): 反对 + 党内 / 党的领导 / 党八股 is the verb (坚决反对党内腐败); 朝野党派
# is both camps.
OPPOSITION = re.compile(r"(?<![“\"「『])(?:在野党|(?<=[是为的等当])反对党|反对党(?=[^\u4e00-\u9fff]|$|作用|角色|身份|地位|领袖|人士|监督)|"
                        r"(?<![在朝])野党|执政联盟|联合执政|轮流执政)")
DEMOCRATIC_PARTIES = re.compile(r"民主党派|参政党|多党合作|政治协商|统一战线|统战|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|参政议政|"
                                r"我国|中国共产党领导|新型政党制度")
FOREIGN_POLITY = re.compile(r"议会|国会|大选|选举|首相|总统|内阁|党首|党魁|[美英法德日韩俄意印泰]国|日本|欧洲|西方|外国|国外|"
                            r"资本主义")
# 我国实行两党制 / 多党轮流执政 / 三权分立: the systems of other states said of China's.
FOREIGN_SYSTEM = re.compile(r"(?:我国|中国|我们国家)(?:现在|目前|一直)?(?:实行|实施|采用|采取|是)(?:的是)?(?:西方式的|西方的)?"
                            r"(?:多党轮流执政|两党轮流执政|轮流执政|两党制|多党制|三权分立|议会制|总统制|内阁制)")


def _foreign_title_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if re.search(r"首相|总理|总司令|司令官|总统|议长|党魁|第一书记|总检察长|阁揆|外相|大臣|国务卿|防相", folded):
        for pattern, right in _foreign_title_patterns():
            for m in pattern.finditer(folded):
                if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or \
                        REPORTED.search(_sentence(folded, m.start())):
                    continue
                yield (m.start(), m.end(), "国家职务", right,
                       "我国党和国家机构的领导职务按宪法、党章的名称称呼，不使用其他国家政治制度或旧时的职务名称")
    for m in PREMIER_CABINET.finditer(folded) if "内阁" in folded else ():
        if not in_quotes(m.start(), m.end()) and not REPORTED.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "国家职务", "国务院", "国务院是最高国家行政机关，不称“内阁”"
    for m in OPPOSITION.finditer(folded) if ("党" in folded or "执政" in folded) else ():
        sentence = _sentence(folded, m.start())
        if DEMOCRATIC_PARTIES.search(sentence) and not FOREIGN_POLITY.search(sentence) and \
                not any(c in sentence for c in countries() if c != "中国" and len(c) >= 2) and \
                not in_quotes(m.start(), m.end()) and not so_called(folded, m.start()) and not REPORTED.search(sentence):
            opposition = m.group(0).endswith("党")
            yield (m.start(), m.end(), "政党制度", "参政党" if opposition else "中国共产党领导、多党派合作，中国共产党执政、多党派参政",
                   "各民主党派是参政党，同中国共产党通力合作，不是“在野党”“反对党”，也不与之组成“执政联盟”、联合或轮流执政"
                   "（中国共产党领导的多党合作和政治协商制度）")
    for m in FOREIGN_SYSTEM.finditer(folded) if ("制" in folded or "执政" in folded or "分立" in folded) else ():
        if not in_quotes(m.start(), m.end()) and not REPORTED.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "政党制度", "中国共产党领导的多党合作和政治协商制度（人民代表大会制度）",
                   "我国的政党制度和政权组织形式不是其他国家的两党制、多党制、三权分立")


# ---- Taiwan's leaders heading a "government" ---------------------------------------------------------------------

# The region's authorities are 当局 (《关于正确使用涉台宣传用语的意见》: 台湾当局, 民进党当局, 赖清德当局), never a
# 政府 and never a 内阁 named after the region's leader, by full name or by surname (蔡政府, 马政府, 扁政府, 赖清德内阁,
# 李登辉政府): every leader of the region since 1988 (public record); 台北政府 likewise (台北市政府 is the city's).
# A surname that closes a word with the character before it (依赖政府, 信赖政府, 兵马, 推陈) is that word.
TW_LEADERS = ("李登辉", "陈水扁", "马英九", "蔡英文", "赖清德")
TW_LEADER_GOVERNMENT = re.compile(r"(?<![“\"「『])(?P<who>" + "|".join(TW_LEADERS) + r"|台北|[李陈扁马蔡赖])"
                                  r"(?:当局)?(?P<gov>政府|内阁)(?![”\"」』])")


def _tw_government_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not TW_CONTEXT_WIDE.search(folded):
        return
    freq = word_freq()
    for m in TW_LEADER_GOVERNMENT.finditer(folded):
        a = m.start()
        if len(m.group("who")) == 1 and a > 0 and freq.get(folded[a - 1:a + 1], 0) >= 3:
            continue  # 依赖政府, 信赖政府: the surname's character closes a word
        sentence = _sentence(folded, a)
        if HK_OR_FOREIGN.search(sentence) or ROC_ERA.search(sentence) or in_quotes(a, m.end()) or \
                so_called(folded, a) or REPORTED.search(sentence):
            continue
        if not TW_CONTEXT_WIDE.search(sentence) and not TW_CONTEXT_WIDE.search(folded[max(0, a - 80):a]):
            continue  # the leader's region named in the sentence or just before it
        who = m.group("who")
        name = next((n for n in TW_LEADERS if n.startswith(who) or (who == "扁" and n == "陈水扁")), "台湾")
        yield a, m.end(), "台湾:政府", f"{name}当局 / 民进党当局", "台湾地区的政权称“台湾当局”，不称“政府”（不以领导人姓氏称“××政府”）"


def names_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the families of the module docstring."""
    yield from _organ_hits(folded, in_quotes)
    yield from _ethnic_hits(folded, in_quotes)
    yield from _religion_hits(folded, in_quotes)
    yield from _tw_mainland_hits(folded, in_quotes)
    yield from _foreign_title_hits(folded, in_quotes)
    yield from _tw_government_hits(folded, in_quotes)
