"""Politically wrong wording, fourth round: the items of the official lists that no family covered yet, each written
as its whole family (the checklist of every item is ``detectors/lexicons/POLITICAL_CHECKLIST.md``).

* **Taiwan's office-holders given a state's titles** — a person who holds or held an office of Taiwan's authorities
  (``lexicons/tw_officials.txt``) with 院长, 部长, 主委, 署长, 总统… beside the name, in either order (卓某院长,
  部长林某); 台湾地区行政管理机构负责人, 台湾地区外事部门负责人 are the forms of 《关于正确使用涉台宣传用语的意见》.
  Party titles (国民党主席) and local ones (市长) are not a state's and stay.
* **The SARs' governments called a city's or a province's** — 香港市政府, 澳门市议会, 香港省政府: the SAR is a
  province-level region directly under the Central People's Government (both Basic Laws, art. 12), its government
  is 特别行政区政府. (澳门市政署 is the real name of Macao's municipal affairs bureau and is not matched.)
* **China's territory attributed to another state** — "<claimant state><island or area of China>" without 的
  (菲律宾黄岩岛, 日本钓鱼岛, 越南西沙群岛, 印度藏南), for every feature of the standard names of the South China Sea
  islands (中国地名委员会 1983) and the Diaoyu islands (国务院新闻办公室《钓鱼岛是中国的固有领土》, 2012).
* **China set against Hong Kong, Macao or Taiwan by movement or comparison** — goods or people going between them
  as between two countries (由香港转运至中国, 中国出口到香港, 中国游客赴澳门, 台湾比中国…): 内地与香港, 大陆与台湾,
  内地游客 (1997 涉港宣传用语; 新华社禁用词和慎用词: 不把香港、澳门、台湾与中国并列).
* **Diplomatic missions in Taiwan** — 驻台大使馆, 在台湾的大使馆: states that recognise the PRC keep none there
  (台北 offices are 美国在台协会, 日本台湾交流协会…).
* **The National People's Congress named as a parliament** — 议会, 国会, 议长, 议员 for the NPC, its Standing
  Committee and the local people's congresses (宪法第五十七条: 最高国家权力机关; the head of its Standing Committee is
  委员长, locally 主任); 中国议会, 我国国会, 全国人大议长, 人大就是中国的议会.
* **N 国 that counts Taiwan, Hong Kong or Macao** — the last N items of an enumeration before 两国 / 三国 … (the
  first items are often the goods or the subject: 对虾出口印尼、台湾、越南三国), and abbreviations (美日台三国, 新港两国).
* **Taiwan's bodies named with 中华** — 中华邮政, 中华电信, 中华航空, 中华职棒, 中华电视: used only with quotation
  marks around the name itself (台湾“中华邮政”), as 涉台宣传用语 asks of names that present Taiwan as "China"; the
  Republic's post before 1949 is history.
* **Compatriots counted among overseas Chinese** — 华侨华人（含港澳同胞）, 港澳同胞等海外侨胞, 包括台湾同胞在内的华侨:
  港澳同胞、台湾同胞 are not 华侨 (《归侨侨眷权益保护法实施办法》第二条: 华侨 are Chinese citizens settled abroad;
  新华社禁用词和慎用词: 不能称港澳台同胞为“侨胞”).
* **The War of Resistance dated from 1937** — since 2017 the textbooks and official usage count 十四年抗战 from the
  Mukden incident (1931—1945); 1937—1945 is 全面抗战 (the war's full outbreak after 七七事变). A dated span
  1937—1945 given to 抗日战争 / 抗战, and "1937 年抗日战争爆发" without 全面, are the old framing.
* **Leaders called by nicknames** — 习大大, 彭麻麻 and the insulting 包子 names are no longer used in official
  media (2016 onward); 习近平总书记, 习主席 are the forms. 习爷爷 in children's letters is not a nickname and stays.

``list_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text (same convention as
``statehood_hits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from detectors.content_political import REJECTS, TW_BODY_UNIQUE, TW_CONTEXT_WIDE, _sentence, countries, so_called
from detectors.content_political_guidance import QUOTE_CLOSE, QUOTE_OPEN

TW_OFFICIALS_FILE = Path(__file__).resolve().parent / "lexicons" / "tw_officials.txt"
CLAUSE = r"[^。！？!?；;\n]"


@lru_cache(maxsize=1)
def tw_officials() -> tuple[str, ...]:
    """Names of present and past office-holders of Taiwan's authorities (``lexicons/tw_officials.txt``), longest
    first."""
    names: set[str] = set()
    for line in TW_OFFICIALS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.update(line.split())
    return tuple(sorted(names, key=len, reverse=True))


def _quoted_term(folded: str, a: int, b: int) -> bool:
    """Quotation marks around exactly this term (台湾“中华邮政”)."""
    return a > 0 and folded[a - 1] in QUOTE_OPEN and b < len(folded) and folded[b] in QUOTE_CLOSE


# ---- Taiwan's office-holders given a state's titles --------------------------------------------------------

# The short forms of ministers' titles Taiwan's press uses (经长 经济部长, 财长, 教长, 交长, 内长, 劳长, 农长, 环长, 卫长,
# 国发会主委 → 主委) are a state's titles as much as 部长 (content-political22): 财长, 外长 of other states are read only
# beside a listed name of Taiwan's authorities.
STATE_TITLES = (r"(?:副总统|总统|副院长|院长|副部长|部长|副主委|主委|主任委员|署长|局长|阁揆|外长|防长|"
                r"经长|财长|教长|交长|内长|劳长|农长|环长|卫长|秘书长)")
# Titles only a state has: a listed name beside one is Taiwan's official whether or not the post names Taiwan (防长顾立雄称…).
STATE_ONLY = frozenset({"副总统", "总统", "阁揆", "外长", "防长", "经长", "财长", "教长", "交长", "内长", "劳长", "农长", "环长", "卫长"})


@lru_cache(maxsize=1)
def _tw_official_title() -> re.Pattern:
    names = "|".join(tw_officials())
    return re.compile(rf"(?P<n1>{names})(?P<t1>{STATE_TITLES})(?![”\"」』])|"
                      rf"(?P<t2>{STATE_TITLES})(?P<n2>{names})")


# A body only Taiwan's authorities have (陆委会, 国发会 — data/tw_authorities.tsv) names Taiwan as well as 台湾 does
# (陆委会部长邱垂正: content-political22).
TW_BODY_ALONE = re.compile(TW_BODY_UNIQUE)
STATE_TITLE = re.compile(STATE_TITLES)
STATE_ONLY_TITLE = re.compile("|".join(sorted(STATE_ONLY, key=len, reverse=True)))


def _title_quoted(folded: str, m: re.Match) -> bool:
    """Quotation marks around the title alone or the name and title (“防长”顾立雄, “部长林佳龙”): the wording is named.
    A longer quotation (a rumour, a headline: “防长顾立雄称……”) repeats the title and is still read."""
    title = "t1" if m.group("t1") else "t2"
    return _quoted_term(folded, m.start(title), m.end(title)) or _quoted_term(folded, m.start(), m.end())


TITLE_RIGHT = {"总统": "台湾地区领导人", "副总统": "台湾地区副领导人", "院长": "台湾地区有关机构负责人",
               "副院长": "台湾地区有关机构副负责人", "阁揆": "台湾地区行政管理机构负责人", "外长": "台湾地区外事部门负责人",
               "防长": "台湾地区防务部门负责人"}
# A title of Taiwan's authorities in the words just before it (行政院副院长, “立法院”院长) is another rule's span; the
# foreign ones (韩国总统) are another state's.
FOREIGN_BEFORE = re.compile(r"[美英法德俄韩日菲越泰印巴]国|美方|日本|菲律宾|越南|俄罗斯|印度|新加坡|巴拉圭|危地马拉|海地|"
                            r"伯利兹|帕劳|马绍尔|图瓦卢|斯威士兰|埃斯瓦蒂尼|圣卢西亚|圣基茨|圣文森特")

# ---- the SARs' governments called a city's or a province's -----------------------------------------------

SAR_AS_CITY = re.compile(r"(?<![“\"「『])(?:香港|澳门)(?:特区|特别行政区)?(?P<body>市政府|市委|市议会|市人大|省政府|省长|州政府)"
                         r"(?![”\"」』])")
SAR_RIGHT = {"市政府": "特别行政区政府", "省政府": "特别行政区政府", "州政府": "特别行政区政府", "市委": "（特别行政区不设党委）",
             "市议会": "立法会", "市人大": "立法会", "省长": "行政长官"}

# ---- China's territory attributed to another state ----------------------------------------------------------

# Standard names (中国地名委员会 1983 南海诸岛部分标准地名; 《钓鱼岛是中国的固有领土》白皮书 2012) of the features
# others occupy or claim, and the areas of the China–India border.
CN_FEATURES = (r"钓鱼岛|赤尾屿|黄尾屿|北小岛|南小岛|黄岩岛|民主礁|南海诸岛|南沙群岛|南沙|西沙群岛|西沙|中沙群岛|东沙群岛|"
               r"永兴岛|中建岛|美济礁|仁爱礁|仙宾礁|铁线礁|永暑礁|渚碧礁|华阳礁|赤瓜礁|东门礁|南薰礁|太平岛|中业岛|"
               r"北子岛|南子岛|西月岛|马欢岛|费信岛|双黄沙洲|司令礁|南钥岛|杨信沙洲|景宏岛|鸿庥岛|敦谦沙洲|南威岛|安波沙洲|"
               r"毕生礁|无乜礁|弹丸礁|南海礁|光星仔礁|榆亚暗沙|曾母暗沙|南康暗沙|北康暗沙|藏南|阿克赛钦|达旺|加勒万河谷|洞朗|{zangnan}")
# (洞朗: 西藏亚东县; 外交部 2017《印度边防部队在中印边界锡金段越界进入中国领土事件的事实和中国的立场》— content-political38)
# Places of Zangnan (藏南地区: 门隅, 珞瑜, 下察隅; 西藏自治区山南市错那县、隆子县, 林芝市墨脱县、察隅县 in the mainland's
# divisions) under their Chinese names, longest first (content-political21): the three regions; the towns and old 宗 of
# 门隅 (达旺, 德让宗, 申隔宗, 邦迪拉); the passes and places of the 1962 battles (克节朗, 扯冬, 西山口 / 色拉山口, 棒山口,
# 瓦弄, 基宾图 — 《中印边境自卫反击作战史》); 梅楚卡 (民政部 2017 年公布的藏南地区标准地名); the Chinese names of the towns
# India administers as its state's capital and district seats (伊塔那加, 巴昔卡). 待核: SOURCES.md, 第二十一次会话.
ZANGNAN_PLACES = ("下察隅", "门隅", "珞瑜", "德让宗", "申隔宗", "邦迪拉", "克节朗", "扯冬", "西山口", "色拉山口", "棒山口", "瓦弄",
                  "基宾图", "梅楚卡", "伊塔那加", "伊塔纳加", "巴昔卡")
CN_FEATURES = CN_FEATURES.replace("{zangnan}", "|".join(sorted(ZANGNAN_PLACES, key=len, reverse=True)))
# (…属 before the feature — 印属藏南, 日属钓鱼岛, 菲属黄岩岛 — says whose it is too: content-political24)
CLAIMANT = r"(?:(?:菲律宾|越南|马来西亚|文莱|印度尼西亚|印尼|日本|印度|不丹)属?|[菲越马日印]属)"
ATTRIBUTED = re.compile(rf"(?<!所谓)(?P<who>{CLAIMANT})(?P<what>{CN_FEATURES})"
                        r"(?!(?:争端|争议|问题|对峙|冲突|事件|仲裁|之争|海战|之战|战役)(?!地区))")
# A claim reported as a claim (菲律宾声称…), an occupation named as one, or another's wording quoted.
CLAIM_AS_CLAIM = re.compile(r"所谓|声称|妄称|宣称|谎称|非法|炒作|主张|企图|侵占|占据|占领|抗议|驳斥|反对|错误|无效|不承认|"
                            r"实际控制|实控|挑衅|闯入|侵入|擅闯|滋扰|驱离|坐滩|强占|窃占")

# ---- China set against Hong Kong, Macao or Taiwan by movement or comparison ----------------------------------

HMT_PLACE = r"(?:香港|澳门|台湾|港澳|港澳台)(?:地区|特区|特别行政区)?"
MOVE = (r"(?:转运(?:至|到|往)|运(?:往|至|到|抵)|出口(?:至|到|往)?|进口(?:至|到)?|销往|发往|寄往|寄到|输往|输入|流入|"
        r"走私(?:至|到|进)|偷运(?:至|到)|赴|到|去|前往|来|进入|入境|至)")
NOT_MAINLAND = r"(?!大陆|内地|境内|各地|各省|其他|其它|市场|国内)"
WHO = r"(?:游客|旅客|公民|居民|民众|人|学生|企业|客商|商人|投资者|资本|商品|货物|产品|籍旅客|籍游客)"
# content-political36 (item 503): the regions' short forms after a verb of travel (赴港, 赴港澳, 到台) — the entity forms the
# rule's list lacked; not the start of another word (港口, 港区, 台风, 台州, 台山 …); a lone 澳 is also Australia and is not read
HMT_SHORT = r"(?:港澳台|港澳|[港台])(?![口区商资企务湾币股岛元北中南东西洲门州式风阶上下前后头面账球江山儿安城])"
CHINA_TO_HMT = re.compile(rf"(?<![“\"「『])中国(?!大陆|内地|香港|澳门|台湾){WHO}?(?:的)?(?:纷纷|大量|组团|首次|再次|将|可|也|还|均|都|已)?"
                          rf"{MOVE}(?!中国)(?:{HMT_PLACE}|{HMT_SHORT})")
# 中国 as the place itself, not the head of a name (到中国科技馆, 来中国美术馆 are visits to an institution)
CHINA_AS_PLACE = (r"(?=的|[，,。；;、！!？?\s)）”]|$|旅游|观光|投资|定居|工作|学习|求学|留学|经商|创业|就业|销售|上市|参展|参观|"
                  r"访问|交流|市场|发展|生活)")
HMT_TO_CHINA = re.compile(rf"(?:从|由|自|经)?{HMT_PLACE}{CLAUSE}{{0,6}}?{MOVE}中国{NOT_MAINLAND}{CHINA_AS_PLACE}")
COMPARE = r"(?:比|较|不同于|有别于|领先于|落后于|高于|低于|相比|相较)"
CHINA_VS_HMT = re.compile(rf"{HMT_PLACE}(?:的[\u4e00-\u9fff]{{1,4}}?)?{COMPARE}中国{NOT_MAINLAND}|中国(?!大陆|内地){COMPARE}{HMT_PLACE}"
                          rf"|(?:与|和|同|跟)中国{NOT_MAINLAND}(?:相比|相较|比较|对比)[^。！？!?\n]{{0,12}}?{HMT_PLACE}")

# ---- diplomatic missions in Taiwan ---------------------------------------------------------------------------

MISSIONS = r"(?:大使馆|大使|使馆|使领馆|总领事馆|领事馆|总领事|领事|使节|外交官)"


@lru_cache(maxsize=1)
def _mission_in_tw() -> re.Pattern:
    """驻台大使馆, 在台湾的大使馆 and 在台湾的日本大使馆 (a state's name between; 形象大使 is no mission)."""
    states = "|".join(sorted(countries(), key=len, reverse=True))
    return re.compile(rf"(?<!所谓)(?:驻台(?:湾|北)?|在台(?:湾|北)?(?:地区)?(?:的|设立的|设有|开设的)?)(?:地区)?(?:的)?"
                      rf"(?:(?:{states})(?:的|驻台(?:湾|北)?)?)?{MISSIONS}(?![”\"」』])")

# ---- the National People's Congress named as a parliament --------------------------------------------------

CONGRESS = r"(?:全国人民代表大会(?:常务委员会)?|全国人大(?:常委会)?|人民代表大会(?:常务委员会)?|人大(?:常委会)?)"
PARLIAMENT_WORDS = r"(?:议会|国会|议院|众议院|参议院|议长|副议长|议员)"
# Quotation marks do not mend it (a quoted question "中国议会是怎样立法的" repeats the error): only a sentence that
# corrects or rejects the wording is right.
NPC_AS_PARLIAMENT = re.compile(
    rf"(?:{CONGRESS}(?:的)?(?:副)?(?:议长|议员|总统|首相)|"
    rf"(?<![欧亚非美英法德俄日韩印])(?:中国|我国)(?:的)?(?:议会|国会|议长|副议长|议员|参议院|众议院)|"
    rf"{CONGRESS}(?:就|即|相当于|等同于|也就是)?(?:是)?(?:中国|我国)?(?:的)?(?:议会|国会))")
PARLIAMENT_RIGHT = {"议长": "全国人大常委会委员长", "副议长": "全国人大常委会副委员长", "议员": "人大代表",
                    "议会": "全国人民代表大会（最高国家权力机关）", "国会": "全国人民代表大会（最高国家权力机关）"}
PARLIAMENT_REJECTED = re.compile(REJECTS.pattern + r"|不同于|区别于|有别于|而非|并非|没有|不设|不能称|不能叫|不等同|西方|纠正|更正")

# ---- N 国 that counts Taiwan, Hong Kong or Macao -------------------------------------------------------------

NUMERAL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNTED = re.compile(r"(?P<n>[两二三四五六七八九十])个?(?:国家|国)(?![内际营企有民度情产货籍策旗歌徽庆])"
                     r"(?!(?:和|及|与|或|、)?(?:（|\()?地区)")
LIST_SEP = re.compile(r"[、和与及]|以及")
HMT_ITEM = re.compile(r"(?:中国)?(?:台湾|香港|澳门)(?:地区)?$")
# One-character abbreviations of states and of the three regions (美日台, 新港): as many characters as the count.
ABBREVIATED = re.compile(r"(?<![中美日韩朝英法德俄菲越泰印澳加新马蒙台港])(?P<abbr>[中美日韩朝英法德俄菲越泰印澳加新马蒙台港]{2,6})"
                         r"(?P<n>[两二三四五六七八九十])(?:个)?(?:国家|国)(?![内际营企有民度情产货籍]|(?:和|及|与|、)?地区)")

# ---- Taiwan's bodies named with 中华 ------------------------------------------------------------------------

ZHONGHUA_BODY = re.compile(r"中华(?:邮政|电信|航空(?:公司)?|职棒|职业棒球(?:大联盟)?|电视(?:公司|台))")
ROC_ERA = re.compile(r"民国时期|北洋|19[0-4]\d|清末|大清|抗战|解放前|旧中国")

# ---- compatriots counted among overseas Chinese --------------------------------------------------------------

OVERSEAS = r"(?:海外华侨华人|华侨华人|海外侨胞|海外华人|华侨|侨胞|侨民)"
COMPATRIOTS = r"(?:港澳台|港澳|台湾|香港|澳门)(?:地区)?(?:同胞|居民|乡亲)?"
COMPATRIOTS_AS_OVERSEAS = re.compile(
    rf"{OVERSEAS}\((?:含|包括|包含|如|其中)(?:有)?{COMPATRIOTS}|"
    rf"{COMPATRIOTS}(?:等|及其他|和其他|等其他|以及其他)(?:海外)?(?:华侨|侨胞|侨民)|"
    rf"包括{COMPATRIOTS}在内的(?:海外)?(?:华侨|侨胞|侨民|华侨华人)")

# ---- the War of Resistance dated from 1937 ---------------------------------------------------------------------

WAR = r"(?:中国人民抗日战争|抗日战争|抗战)"
DASH = r"\s*(?:—|–|-|－|~|～|〜|至|到)+\s*"
WAR_1937 = re.compile(rf"(?<!全面)(?<!全民族){WAR}(?:时期|期间)?\(?1937(?:年)?{DASH}1945(?:年)?|"
                      rf"1937(?:年)?{DASH}1945(?:年)?(?:的|年间|期间)?{WAR}|"
                      rf"1937年(?:7月7日)?(?:的)?(?:七七事变|卢沟桥事变)?(?:后|，|,)?{WAR}(?:爆发|开始|打响)|"
                      rf"{WAR}(?:于|从|自)1937年(?:7月7日)?(?:爆发|开始|打响)|"
                      rf"(?:七七事变|卢沟桥事变)(?:标志着|是|为|拉开了)(?:中国人民)?{WAR}(?:的)?(?:爆发|开始|开端|起点|序幕)")
FULL_WAR = re.compile(r"全面抗战|全面抗日|全民族抗战|全面爆发|全面侵华|全国性抗战")

# ---- leaders called by nicknames -----------------------------------------------------------------------------

NICKNAME = re.compile(r"(?<![学复练实见演研自预补温修讲积恶陋旧沿传])习大大(?!小)|彭麻麻|习包子|包子帝|平大大|近平大大")
NICKNAME_RIGHT = {"习大大": "习近平总书记", "平大大": "习近平总书记", "近平大大": "习近平总书记", "彭麻麻": "彭丽媛",
                  "习包子": "习近平总书记", "包子帝": "习近平总书记"}


def _count_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    state_names = countries()
    for m in COUNTED.finditer(folded):
        n = NUMERAL[m.group("n")]
        a = max(folded.rfind(c, 0, m.start()) for c in "。！？!?；;\n，,：:(（") + 1
        items = [s for s in LIST_SEP.split(folded[a:m.start()]) if s]
        if len(items) <= n or n < 2:
            continue  # as many items as the count: the third round's rule reads it
        last = items[-n:]
        hmt = [i for i, item in enumerate(last) if HMT_ITEM.search(item) and len(item) <= 6]
        states = [item for i, item in enumerate(last) if i not in hmt and any(item.endswith(c) for c in state_names)]
        if hmt and states and not in_quotes(m.start(), m.end()):
            start = folded.rfind(last[hmt[0]], a, m.start())
            start = start + len(last[hmt[0]]) - len(HMT_ITEM.search(last[hmt[0]]).group(0))
            yield start, m.end(), "港澳台:国家", "……国家和地区", "把台湾、香港、澳门算作国家（“N国”）"
    for m in ABBREVIATED.finditer(folded):
        abbr = m.group("abbr")
        if NUMERAL[m.group("n")] == len(abbr) and re.search(r"[台港]", abbr) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "港澳台:国家", "……国家和地区", "把台湾、香港、澳门算作国家（“N国”）"


def list_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the families of the module docstring."""
    has = folded.__contains__
    tw_post = bool(TW_CONTEXT_WIDE.search(folded))
    if not tw_post and STATE_TITLE.search(folded):
        tw_post = bool(TW_BODY_ALONE.search(folded))
    if tw_post or STATE_ONLY_TITLE.search(folded):
        for m in _tw_official_title().finditer(folded):
            title = m.group("t1") or m.group("t2")
            if not tw_post and title not in STATE_ONLY:
                continue
            if _title_quoted(folded, m) or so_called(folded, m.start()):
                continue
            if FOREIGN_BEFORE.search(folded[max(0, m.start() - 8):m.start()]):
                continue
            yield (m.start(), m.end(), "台湾:职务", TITLE_RIGHT.get(title, "台湾地区有关部门负责人"),
                   "对台湾地区人士使用国家机构的职务称谓（院长、部长、主委、总统等）")
    for m in SAR_AS_CITY.finditer(folded) if (has("香港") or has("澳门")) else ():
        yield (m.start(), m.end(), "港澳:国家职务", SAR_RIGHT[m.group("body")],
               "特别行政区直辖于中央人民政府，其政府是特别行政区政府，不是“市政府”“省政府”")
    for m in ATTRIBUTED.finditer(folded):
        if not CLAIM_AS_CLAIM.search(_sentence(folded, m.start())) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "岛礁归属", f"我国{m.group('what')}", "把我国岛礁和领土冠以他国国名"
    if has("中国"):
        for pattern in (CHINA_TO_HMT, HMT_TO_CHINA, CHINA_VS_HMT):
            for m in pattern.finditer(folded):
                if not in_quotes(m.start(), m.end()) and not re.search(r"所谓|错误|不能说|不应|不宜",
                                                                       _sentence(folded, m.start())):
                    yield (m.start(), m.end(), "中国与港澳台", "内地与香港（澳门）/ 大陆与台湾 / 内地游客",
                           "把香港、澳门、台湾与“中国”对举（往来、比较），好像它们不在中国")
    for m in _mission_in_tw().finditer(folded) if has("台") else ():
        if not in_quotes(m.start(), m.end()) and not re.search(r"所谓|断交|建交前|19[4-7]\d", _sentence(folded, m.start())):
            yield (m.start(), m.end(), "台湾:外交", "（与我建交国家不在台湾设使领馆）驻台机构 / 在台协会",
                   "台湾地区没有外国“大使馆”“领事馆”")
    for m in NPC_AS_PARLIAMENT.finditer(folded) if (has("议") or has("国会")) else ():
        if not PARLIAMENT_REJECTED.search(_sentence(folded, m.start())):
            key = next((k for k in ("副议长", "议长", "议员", "议会", "国会") if k in m.group(0)), "议会")
            yield (m.start(), m.end(), "国家职务", PARLIAMENT_RIGHT[key],
                   "全国人民代表大会是最高国家权力机关，不是“议会”，其常委会负责人称委员长，人大代表不称“议员”")
    if has("国") and (has("台") or has("港") or has("澳")):
        yield from _count_hits(folded, in_quotes)
    for m in ZHONGHUA_BODY.finditer(folded) if has("中华") else ():
        sentence = _sentence(folded, m.start())
        if not TW_CONTEXT_WIDE.search(sentence) or ROC_ERA.search(sentence):
            continue
        if not _quoted_term(folded, m.start(), m.end()) and not so_called(folded, m.start()):
            a = m.start() - 2 if folded[max(0, m.start() - 2):m.start()] == "台湾" else m.start()
            yield (a, m.end(), "台湾:名称", f"台湾“{m.group(0)}”", "台湾地区以“中华”冠名的机构名称须加引号")
    for m in COMPATRIOTS_AS_OVERSEAS.finditer(folded) if (has("侨") and (has("港") or has("澳") or has("台"))) else ():
        if not in_quotes(m.start(), m.end()) and not REJECTS.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "港澳台:侨胞", "华侨华人和港澳台同胞", "港澳台同胞不是华侨，不能归入“华侨”“侨胞”"
    for m in WAR_1937.finditer(folded) if has("1937") or has("七七") or has("卢沟桥") else ():
        near = folded[max(0, m.start() - 10):m.end() + 10]
        if not FULL_WAR.search(near) and not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "十四年抗战", "中国人民抗日战争（1931—1945）/ 全面抗战（1937—1945）",
                   "抗日战争从 1931 年九一八事变算起（十四年抗战），1937 年起是全面抗战")
    for m in NICKNAME.finditer(folded) if (has("大大") or has("麻麻") or has("包子")) else ():
        if not re.search(r"所谓|不再|不得|不宜|不应|禁止|停止", _sentence(folded, m.start())):
            yield m.start(), m.end(), "领导人称谓", NICKNAME_RIGHT[m.group(0)], "不以昵称称呼党和国家领导人"
