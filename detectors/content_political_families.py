"""Politically wrong wording, fifth round: the families the checklist named only by example, written generally
(``detectors/lexicons/POLITICAL_CHECKLIST.md`` items 113–125 and 77, 89, 96; sources in
``detectors/lexicons/SOURCES.md``).

* **A foreign state's institutions given to the mainland** — 议会, 议员, 议长, 国会, 参议院 / 众议院 and their members
  attached to any mainland administrative division (``data/divisions.tsv``, full or short name: 山东省议会, 广州议员,
  我省议会) or to the people's political consultative conferences (政协议员, 政协议长; 政协就是上议院). Local people's
  congresses are 人民代表大会 with 代表 (宪法第九十六条, 地方组织法), CPPCC members are 委员 (政协章程). Hong Kong's
  立法会议员 and 区议会 are their real names; Taiwan's local councils and foreign parliaments are other rules' or
  nobody's business; a council of 1909–1949 (咨议局, 省议会旧址) is history. The State Council is no 内阁 and China
  has no 首相 (宪法第八十五条).
* **The police named as abroad or before 1949** — 警察局, 警察厅, 警署, 警务处 after a mainland division (郑州市警察局):
  the mainland's police are public security organs (公安厅, 公安局, 派出所; 《人民警察法》第二条); history (民国, 日伪),
  Hong Kong, Macao, Taiwan and foreign sentences are left alone.
* **Hong Kong, Macao and Taiwan framed as foreign** — their people called foreigners (来自台湾的外国友人, 香港外宾; by
  their short forms too — 港籍外宾, 外籍港人, content-political31),
  listed with states as the origin of 外籍 / 外国 people (来自美国和香港的外籍专家), or coming to China (来华的港澳
  游客, 访华的台湾代表团), or counted inside the foreigners' figure (外国游客 8 万, 其中台湾游客 1 万): they are
  港澳台同胞 / 港澳台居民, they come to 内地 / 大陆 (新华社《禁用词和慎用词》;
  《关于正确使用涉台宣传用语的意见》). 港澳台及外籍人士 (listed side by side) and foreigners living in Hong Kong are
  right.
* **Other sides' names of Chinese territory and history** — the McMahon line by its short name (麦线) read as a
  boundary; Taiwan's colonial framings of its history (日治, 日殖 for the Japanese occupation: 日据时期; 清领 / 清治
  for Qing rule: 清朝统治时期), the wording the 2014 curriculum adjustment in Taiwan reverted and the Taiwan Affairs
  Office criticised as 去中国化; Taiwan's 总统府 and the bodies only Taiwan's authorities bear named bare in a post
  about Taiwan; "Taiwan's status is undetermined" (台湾地位未定) said as a fact.
* **Leaders' titles shortened** — 习总 before a leader's words or deeds (习总强调): 习近平总书记.

``family_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text (the convention of
``statehood_hits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from detectors.content_political import (
    HK_OR_FOREIGN,
    REJECTS,
    ROC_ERA,
    TW_BARE_BODY,
    TW_CONTEXT_WIDE,
    _sentence,
    countries,
    so_called,
)
from detectors.places import COMMON_WORDS, gazetteer

HAN = "\u4e00-\u9fff"

# ---- a foreign state's institutions given to the mainland ------------------------------------------------------

# The words of a parliamentary system: the mainland has people's congresses (人民代表大会, 代表), consultative
# conferences (政协, 委员) and people's governments; none of these.
PARLIAMENT = re.compile(r"议会|议员|副议长|议长|国会|参议院|参议员|众议院|众议员|上议院|下议院")
# Between the division and the word: a level (山东 + 省议会) or 的.
JOINERS = ("省", "市", "县", "区", "的", "")
PARLIAMENT_RIGHT = {"议会": "人民代表大会", "国会": "人民代表大会", "议员": "人大代表", "议长": "人大常委会主任",
                    "副议长": "人大常委会副主任", "参议院": "人民代表大会", "众议院": "人民代表大会", "上议院": "人民代表大会",
                    "下议院": "人民代表大会", "参议员": "人大代表", "众议员": "人大代表"}
# Hong Kong, Macao and Taiwan (division codes 71, 81, 82) have councils of their own, and Hong Kong's eighteen
# District Councils (区议会) bear district names some mainland districts share (东区, 南区, 北区); 德州 is also the
# Chinese short name of Texas (得克萨斯州), 华州 of Washington State, 全州 and 光州 of Korean cities.
NOT_MAINLAND = ("71", "81", "82")
FOREIGN_HOMONYMS = frozenset({"德州", "华州", "全州", "光州", "中西区", "湾仔区", "东区", "南区", "北区", "油尖旺区", "深水埗区",
                              "九龙城区", "黄大仙区", "观塘区", "荃湾区", "屯门区", "元朗区", "大埔区", "西贡区", "沙田区", "葵青区",
                              "离岛区"})
# 我省议会, 本市议员: the writer's own division.
OWN_DIVISION = re.compile(r"(?:我|本|全|该)(?:省|市|县|区|自治区|自治州)$")
# Councils of the late Qing and the Republic (咨议局 1909, 省议会 1913–1928) are history.
COUNCIL_HISTORY = re.compile(r"民国|清末|晚清|北洋|咨议局|谘议局|辛亥|旧址|遗址|纪念馆|博物馆|史料|1[6-8]\d\d|19[0-4]\d|"
                             r"[一二三四]十年代初?的(?:民国|北洋)")
FOREIGN_WORDS = re.compile(r"[美英法德俄韩日菲越泰印巴澳加]国|美方|欧洲|欧盟|州议会|州长|海外|国外|外国|友好城市|姐妹城市|"
                           r"香港|澳门|台湾|立法会")
# 经市议会表决, 提交省议会: a council of the writer's own level with no place named (洛杉矶市议会 names a place).
BARE_COUNCIL = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=提交|经过|通过|报请)|(?<=[由向在经交和与及]))"
                          r"(?P<lvl>省|市|县)(?P<word>议会|议员|议长|副议长)")
# The State Council is the Central People's Government (宪法第八十五条), not a cabinet with a prime minister.
STATE_COUNCIL_AS_CABINET = re.compile(r"国务院(?:的)?(?:内阁|阁员|首相)|(?<![日英泰])(?:中国|我国)(?:的)?(?:内阁|首相|阁员)(?!制)")
CABINET_HISTORY = re.compile(r"明朝|明代|清朝|清代|明清|古代|历史上|内阁大学士|北洋|民国|宰相")
CPPCC = r"(?:全国政协|人民政协|政协)"
CPPCC_AS_PARLIAMENT = re.compile(rf"{CPPCC}(?:的)?(?:副)?(?:议员|议长|参议员)|"
                                 rf"{CPPCC}(?:就|即|相当于|等同于|也就是|类似于)?(?:是)?(?:中国|我国)?(?:的)?(?:上议院|参议院|上院|议会)|"
                                 r"两会议员")
CPPCC_RIGHT = {"议员": "政协委员", "议长": "政协主席", "参议员": "政协委员", "两会议员": "全国人大代表和全国政协委员"}
PARLIAMENT_REJECTED = re.compile(REJECTS.pattern + r"|不同于|区别于|有别于|而非|并非|没有|不设|不能称|不能叫|不等同|西方|纠正|更正")


@lru_cache(maxsize=1)
def _mainland_names() -> tuple[frozenset[str], int]:
    """Full and short names (two characters or more, no everyday word) of the mainland's divisions, and the longest
    name's length."""
    gaz = gazetteer()
    names: set[str] = set()
    for code, div in gaz.divisions.items():
        if code[:2] in NOT_MAINLAND:
            continue
        names.add(div.name)
        if len(div.short) >= 2:
            names.add(div.short)
    names -= COMMON_WORDS | FOREIGN_HOMONYMS
    return frozenset(names), max(map(len, names))


# A division name stands at the start of a word: after no Han character, a word that commonly precedes a place
# (提交, 向, 由, 在 …) or another division (山东省济南市): 旧金山市议会 (San Francisco) is not 金山 + 市议会.
BEFORE_PLACE = frozenset("交报向由经在到赴访问席加和与及了的是为位名据称将对从自给请各即原前该")


def _division_before(folded: str, end: int) -> str:
    """The longest mainland division name, or 我省 / 本市…, that ends at ``end`` and starts a word; "" if none."""
    names, longest = _mainland_names()
    for k in range(min(longest, end), 1, -1):
        piece = folded[end - k:end]
        if piece in names and _starts_word(folded, end - k, names, longest):
            return piece
    own = OWN_DIVISION.search(folded, max(0, end - 4), end)
    return own.group(0) if own else ""


def _starts_word(folded: str, i: int, names: frozenset[str], longest: int) -> bool:
    if i == 0 or not ("\u4e00" <= folded[i - 1] <= "\u9fff") or folded[i - 1] in BEFORE_PLACE:
        return True
    return any(folded[i - k:i] in names for k in range(2, min(longest, i) + 1))


def _place_before(folded: str, at: int) -> tuple[int, str]:
    """(where the match starts, the division written before ``at`` through one of ``JOINERS``), or (at, "") when no
    division is written there (the 议会 and 警察局 rules read the place the same way)."""
    for joiner in JOINERS:
        if folded.endswith(joiner, 0, at):
            where = _division_before(folded, at - len(joiner))
            if where:
                return at - len(joiner) - len(where), where
    return at, ""


def _parliament_hits(folded: str) -> Iterator[tuple[int, int, str, str, str]]:
    for m in PARLIAMENT.finditer(folded):
        start, where = _place_before(folded, m.start())
        if not where:
            continue
        sentence = _sentence(folded, m.start())
        if COUNCIL_HISTORY.search(sentence) or FOREIGN_WORDS.search(sentence) or PARLIAMENT_REJECTED.search(sentence):
            continue
        if any(c in sentence for c in countries() if c != "中国" and len(c) >= 2):
            continue
        yield (start, m.end(), "国家职务", PARLIAMENT_RIGHT[m.group(0)],
               "我国地方国家权力机关是人民代表大会，其组成人员是人大代表，不使用“议会”“议员”“议长”等其他政治制度的称谓")
    for m in BARE_COUNCIL.finditer(folded):
        sentence = _sentence(folded, m.start())
        if COUNCIL_HISTORY.search(sentence) or FOREIGN_WORDS.search(sentence) or PARLIAMENT_REJECTED.search(sentence):
            continue
        if not any(c in sentence for c in countries() if c != "中国" and len(c) >= 2):
            yield (m.start(), m.end(), "国家职务", m.group("lvl") + PARLIAMENT_RIGHT[m.group("word")],
                   "我国地方国家权力机关是人民代表大会，其组成人员是人大代表，不使用“议会”“议员”“议长”等其他政治制度的称谓")
    for m in STATE_COUNCIL_AS_CABINET.finditer(folded) if ("内阁" in folded or "首相" in folded or "阁员" in folded) else ():
        sentence = _sentence(folded, m.start())
        if not CABINET_HISTORY.search(sentence) and not PARLIAMENT_REJECTED.search(sentence):
            yield (m.start(), m.end(), "国家职务", "国务院（中央人民政府）/ 国务院总理",
                   "国务院是中央人民政府，不是“内阁”，我国没有“首相”")
    for m in CPPCC_AS_PARLIAMENT.finditer(folded) if "政协" in folded or "两会" in folded else ():
        if PARLIAMENT_REJECTED.search(_sentence(folded, m.start())):
            continue
        key = next((k for k in ("两会议员", "参议员", "议员", "议长") if k in m.group(0)), "")
        yield (m.start(), m.end(), "国家职务", CPPCC_RIGHT.get(key, "中国人民政治协商会议（不是议会）"),
               "人民政协是统一战线组织和专门协商机构，不是议会；其成员称政协委员")


# The police of the mainland are public security organs (《人民警察法》第二条, 《公安机关组织管理条例》: 公安部, 公安厅,
# 公安局, 派出所); 警察局 / 警察厅 / 警署 / 警务处 are the names of the Republic's police before 1949 and of Taiwan's,
# Hong Kong's and Macao's (台北市政府警察局, 香港警务处, 澳门治安警察局) — after a mainland division, wrong.
POLICE = re.compile(r"警察总局|警察局|警察厅|警察署|警署|警务处")
POLICE_RIGHT = {"警察总局": "公安局", "警察局": "公安局", "警察厅": "公安厅", "警察署": "公安局 / 派出所", "警署": "公安局 / 派出所",
                "警务处": "公安局"}
POLICE_HISTORY = re.compile(COUNCIL_HISTORY.pattern + r"|伪|日伪|敌伪|沦陷|日军|日本侵略|解放前|国民党|旧中国|旧社会|电影|电视剧|剧中")


def _police_hits(folded: str) -> Iterator[tuple[int, int, str, str, str]]:
    for m in POLICE.finditer(folded):
        start, where = _place_before(folded, m.start())
        if not where or where.startswith(("我", "本", "全", "该")):
            continue
        sentence = _sentence(folded, m.start())
        if POLICE_HISTORY.search(sentence) or FOREIGN_WORDS.search(sentence) or PARLIAMENT_REJECTED.search(sentence):
            continue
        if any(c in sentence for c in countries() if c != "中国" and len(c) >= 2):
            continue
        yield (start, m.end(), "机构名称", folded[start:m.start()] + POLICE_RIGHT[m.group(0)],
               "我国的人民警察机关是公安机关（公安厅、公安局、派出所），不使用“警察局”“警署”等 1949 年以前或境外的名称")


# ---- Hong Kong, Macao and Taiwan framed as foreign --------------------------------------------------------------

HMT = r"(?:港澳台|港澳|台湾|香港|澳门)(?:地区|特区|特别行政区)?"
HMT_ONE = re.compile(r"^(?:中国)?" + HMT + r"$")
PEOPLE = (r"(?:友人|朋友|专家|人士|游客|旅客|客人|宾客|嘉宾|学生|留学生|教师|老师|客商|投资者|员工|人员|选手|运动员|学者|"
          r"记者|艺术家|青年|志愿者|商人|企业家|华人|医生|护士|工程师|技术人员|船员|劳工|务工人员|演员|作家|团队)")
# 来自台湾的外国友人, 从香港来的外宾, 台湾外宾: the compatriots themselves called foreigners.
FROM_HMT_FOREIGN = re.compile(rf"(?:来自|从|自)(?P<who>{HMT}(?:(?:[、和及与]|以及){HMT})*)(?:同胞|居民)?(?:的|来的|前来的)?"
                              rf"(?:外国{PEOPLE}|国外{PEOPLE}|外宾|国际友人|洋专家|老外)|"
                              rf"(?<![“\"「『])(?P<who2>{HMT})(?:外宾|国际友人|外国友人)|"
                              # 台湾籍外宾, 香港籍外国人: 籍 names them by their origin and the noun calls them foreign
                              rf"(?<![“\"「『])(?P<who3>{HMT}|港|台)籍(?:外宾|国际友人|外国{PEOPLE}|外籍{PEOPLE}|外国人|外籍人士)|"
                              # content-political31: 外籍 / 外国 before the compatriots' own names (外籍港人, 外国台胞):
                              # the same framing the other way round (澳籍 is also Australian: not read)
                              rf"(?<![“\"「『])(?:外籍|外国)(?P<who4>港人|台胞|港胞|澳胞|港澳同胞|台湾同胞|香港同胞|澳门同胞|"
                              rf"港澳台同胞|香港居民|澳门居民|台湾居民)|"
                              # content-political33 (item 468): the three regions together written straight before 外籍 /
                              # 外国 people (港澳台外籍人员: 港澳台及外籍人员); one region before 外籍 can be the foreigners
                              # living there (香港外籍人士), so only the compound of the three is read
                              rf"(?<![“\"「『])(?P<who5>港澳台|台港澳)(?:地区)?(?:外籍|外国)(?:{PEOPLE}|人)")
# The origins listed before 外籍 / 外国 people: a state beside Hong Kong, Macao or Taiwan (美国、加拿大和香港的外籍专家).
# 外籍 is said of people only, whatever follows (外籍医生, 外籍船员).
FOREIGN_AFTER_LIST = re.compile(rf"(?:等(?:地|国|地区)?)?(?:的)?(?:外籍[{HAN}]|(?:外国|国外){PEOPLE}|外宾)")
LIST_SPLIT = re.compile(r"[、和与及]|以及")
LIST_LEAD_ANYWHERE = re.compile(r"来自|包括|包含|其中|分别|引进|邀请|聘请|聘用")
# 来华的港澳游客, 访华的台湾代表团, 赴中国投资的台商: 来华 / 访华 is said of foreigners.
HMT_PEOPLE = (r"(?:港澳台|港澳|台湾|香港|澳门)(?:地区)?(?:同胞|居民|游客|旅客|客人|青年|学生|师生|客商|商人|企业家|代表团|"
              r"交流团|参访团|研学团|嘉宾|人士|朋友|艺人|记者|媒体|乡亲|民众|市民|企业|团)|台胞|台商|台青|台企|港人|澳人|港商|澳商")
CHINA_BOUND = re.compile(rf"(?P<go>来华|访华|赴华|入境中国|(?:来|到|赴|访问|前往)中国(?!大陆|内地|[{HAN}]{{0,4}}(?:馆|院|大学|中心)))"
                         rf"(?:[{HAN}]{{0,6}}?的)?(?P<who>{HMT_PEOPLE})")
BOUND_RIGHT = {"来华": "来内地 / 来大陆", "访华": "到内地 / 到大陆参访", "赴华": "赴内地 / 赴大陆", "入境中国": "入境内地 / 来大陆"}
# 接待外国游客 12 万人次，其中港澳游客 3 万: the compatriots counted inside the foreigners' figure.
FOREIGN_OF_WHICH = re.compile(rf"(?<!港澳台)(?<!港澳)(?P<f>外国|外籍)[{HAN}]{{1,4}}[^。；;！!？?\n]{{0,24}}?其中(?:来自)?(?P<who>{HMT})")
# Hong Kong, Macao and Taiwan students counted as foreign students (教育部: 来华留学生 and 港澳台学生 are two
# categories): 来自香港等地的留学生, 台湾籍留学生, 包括台湾学生在内的留学生, 港澳台留学生 (赴港澳台留学生 are the
# mainland's students there).
HMT_LIST = rf"{HMT}(?:(?:[、和及与]|以及){HMT})*"
FOREIGN_STUDENTS = r"(?:外国留学生|来华留学生|留学生|国际学生|外籍学生)"
HMT_STUDENTS = re.compile(rf"(?:来自{HMT_LIST}(?:等地区|等地)?|{HMT_LIST}等地(?:区)?|{HMT_LIST}籍)(?:的|来的)?{FOREIGN_STUDENTS}|"
                          rf"(?:包括|含|包含){HMT_LIST}(?:地区)?(?:学生)?在内的{FOREIGN_STUDENTS}|"
                          rf"(?<![赴到去在往留])港澳台(?:地区)?{FOREIGN_STUDENTS}|"
                          # content-political36 (item 503): one region's students counted as 留学生 at a school of the
                          # mainland (迎来 / 招收 … 台湾留学生); read only where the sentence speaks of receiving them
                          rf"(?<![赴到去在往留])(?P<one>香港|澳门|台湾)(?:地区)?(?:的)?(?:留学生|国际学生|外籍学生)")
ONE_REGION_RECEIVED = re.compile(r"迎来|招收|录取|接收|接待|来[琼华校京沪闽粤桂]|入学|新生|报到|就读|在校|我校|本校|高校")
ONE_REGION_ABROAD = re.compile(r"赴|出国|海外|国外|境外|英国|美国|澳大利亚|日本|加拿大|欧洲|留学归来|海归")
SIDE_BY_SIDE = re.compile(r"外国(?:人|人士|游客|友人)?(?:和|及|与|、|以及)" + HMT + r"|" + HMT + r"(?:同胞|居民)?(?:和|及|与|、|以及)外")


def _list_items(folded: str, end: int) -> list[str]:
    """The items of the enumeration that ends at ``end``, back to the clause start or to the last word that
    introduces it (来自美国、加拿大和香港 → 美国, 加拿大, 香港)."""
    a = max(folded.rfind(c, 0, end) for c in "。！？!?；;\n，,：:(（") + 1
    head = LIST_LEAD_ANYWHERE.split(folded[a:end])[-1]
    return [s for s in LIST_SPLIT.split(head) if s]


def _foreign_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    for m in FROM_HMT_FOREIGN.finditer(folded):
        if not in_quotes(m.start(), m.end()) and not so_called(folded, m.start()):
            yield (m.start(), m.end(), "港澳台:外国", "港澳台同胞 / 台湾同胞 / 港澳同胞",
                   "把台湾、香港、澳门同胞称为“外国友人”“外宾”")
    state_names = countries()
    for m in FOREIGN_AFTER_LIST.finditer(folded) if ("外" in folded) else ():
        items = _list_items(folded, m.start())
        if len(items) < 2:
            continue
        hmt = [i for i, s in enumerate(items) if HMT_ONE.match(s)]
        states = [s for s in items if s != "中国" and any(s.endswith(c) for c in state_names if c != "中国")]
        if hmt and states and not in_quotes(m.start(), m.end()):
            start = folded.rfind(items[0], 0, m.start())
            yield (start, m.end(), "港澳台:外国", "外籍专家和港澳台专家（分别列出）",
                   "把台湾、香港、澳门与外国并列为“外籍”“外国”人员的来源地")
    for m in HMT_STUDENTS.finditer(folded) if "学生" in folded else ():
        if m.group("one") and (not ONE_REGION_RECEIVED.search(_sentence(folded, m.start()))
                               or ONE_REGION_ABROAD.search(_sentence(folded, m.start()))):
            continue
        if not in_quotes(m.start(), m.end()) and not so_called(folded, m.start()):
            yield (m.start(), m.end(), "港澳台:外国", "港澳台学生（与留学生分别表述）",
                   "港澳台学生不是留学生，不计入“留学生”“国际学生”")
    for m in FOREIGN_OF_WHICH.finditer(folded) if "其中" in folded else ():
        head = folded[m.start():m.start("who")]
        if not SIDE_BY_SIDE.search(folded, max(0, m.start() - 8), m.start("who") + 8) and not re.search(HMT, head) \
                and not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "港澳台:外国", "外国游客和港澳台同胞（分别统计）",
                   "把台湾、香港、澳门同胞计入“外国”“外籍”人员")
    for m in CHINA_BOUND.finditer(folded) if ("华" in folded or "中国" in folded) else ():
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or SIDE_BY_SIDE.search(sentence) or re.search(r"所谓|错误|不能说|不应", sentence):
            continue
        go = m.group("go")
        yield (m.start(), m.end(), "回国", BOUND_RIGHT.get(go, "来内地 / 来大陆"),
               "台湾、港澳居民往来大陆（内地）不称“来华”“访华”“赴中国”")


# ---- other sides' names of Chinese territory and history ------------------------------------------------------

# 麦线 is the short name of the McMahon line (麦克马洪线), which China has never recognised; a boundary that "follows"
# it accepts it. 小麦线虫, 荞麦线面 are wheat.
MCMAHON_SHORT = re.compile(r"(?<![小大荞燕莜黑青元])(?<![“\"「『])麦线(?![虫面粉条])(?![”\"」』])")
BORDER = re.compile(r"边界|边境|国界|中印|藏南|走向|以南|以北|划界|实控|实际控制线|东段|西段|领土")
# Taiwan's colonial framings: 日治 / 日殖 for the Japanese occupation (日据时期), 清领 / 清治 for Qing rule
# (清朝统治时期 / 清代). 日治 is also "日 + 治…" in 节日治安, 每日治疗, 当日治理: only before a period word.
PERIOD = r"(?:时期|时代|期间|初期|中期|前期|后期|末期|年间|年代|以来|以前|之下|下的|下|五十年|半世纪|时的|时)"
COLONIAL_FRAMING = re.compile(rf"(?<![“\"「『])(?P<w>日治|日殖|清领|清治){PERIOD}|"
                              rf"(?<![“\"「『])(?P<w2>日治|清领)(?=台湾|澎湖)")
FRAMING_RIGHT = {"日治": "日据时期", "日殖": "日据时期", "清领": "清朝统治时期（清代）", "清治": "清朝统治时期（清代）"}
FRAMING_REPORTED = re.compile(r"所谓|去中国化|课纲|美化|歪曲|篡改|错误|不能|不应|改为|改成|批评|抨击")
# 总统府 bare in a post about Taiwan: the sentence may not name Taiwan (…总统府发言人…。…赴台…).
# "Taiwan's status is undetermined" (台湾地位未定论), the thesis built on the San Francisco treaty, which China has
# never recognised (《台湾问题与新时代中国统一事业》白皮书 2022; 联合国大会第 2758 号决议): said as a fact it is wrong.
TW_STATUS = re.compile(r"(?<![“\"「『])台湾(?:的)?(?:法律)?(?:地位|主权|归属)(?:尚|仍|仍然|至今)?(?:未定|待定|未决|悬而未决)")
TW_STATUS_REJECTED = re.compile(REJECTS.pattern + r"|论调|谬论|谬误|荒谬|站不住脚|早已|毋庸置疑|不容置疑|白皮书|2758")
TW_PREFIX_NEAR = re.compile(r"台北|台湾|岛内|台当局|台方")
PRESIDENTIAL_OFFICE = re.compile(r"(?<![“\"「『])(?<!所谓)总统府")
TW_POST = re.compile(TW_CONTEXT_WIDE.pattern + r"|赴台|来台|在台|对台|涉台|台胞|台方")
OTHER_STATE_WORDS = re.compile(r"[美英法德俄韩日菲越泰印巴]国|美方|总统(?!府)|大使|外交部|白宫|青瓦台|南京|民国|国民政府|旧址|遗址|"
                               r"博物馆|19[0-4]\d|景区|打卡|游览|参观")


def _history_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    for m in MCMAHON_SHORT.finditer(folded) if "麦线" in folded else ():
        sentence = _sentence(folded, m.start())
        if BORDER.search(sentence) and not REJECTS.search(sentence):
            yield (m.start(), m.end(), "领土称谓", "中印边界东段从未正式划定（不承认非法的“麦克马洪线”）",
                   "把非法的“麦克马洪线”（麦线）当作边界")
    for m in COLONIAL_FRAMING.finditer(folded) if ("日治" in folded or "日殖" in folded or "清领" in folded
                                                   or "清治" in folded) else ():
        if not FRAMING_REPORTED.search(_sentence(folded, m.start())):
            w = m.group("w") or m.group("w2")
            yield (m.start(), m.end(), "历史表述", FRAMING_RIGHT[w],
                   "不使用美化殖民统治、“去中国化”的历史分期称谓（日治、清领），应称“日据时期”“清朝统治时期”")
    for m in TW_STATUS.finditer(folded) if "未" in folded or "待定" in folded else ():
        if not so_called(folded, m.start()) and not TW_STATUS_REJECTED.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "两个中国", "台湾是中国领土不可分割的一部分",
                   "把“台湾地位未定论”说成事实（我国从不承认）")
    if not TW_POST.search(folded):
        return
    if "总统府" in folded and not OTHER_STATE_WORDS.search(folded) and not HK_OR_FOREIGN.search(folded) \
            and not any(c in folded for c in countries() if c != "中国" and len(c) >= 2):
        for m in PRESIDENTIAL_OFFICE.finditer(folded):
            if TW_PREFIX_NEAR.search(folded, max(0, m.start() - 8), m.start()):
                continue  # 台北总统府: the prefixed rule (content_patterns) reports the longer span
            if not in_quotes(m.start(), m.end()):
                yield m.start(), m.end(), "台湾:总统", "台湾地区领导人办公场所", "台湾地区不称“总统府”"
    # the names only Taiwan's authorities bear (行政院, 陆委会…) in a post about Taiwan whose sentence does not say so
    if "院" in folded or "会" in folded or "部" in folded or "署" in folded:
        if HK_OR_FOREIGN.search(folded) or ROC_ERA.search(folded):
            return
        for m in TW_BARE_BODY.finditer(folded):
            if not in_quotes(m.start(), m.end()) and not so_called(folded, m.start()):
                yield (m.start(), m.end(), "台湾:机构", "台湾地区有关部门（必须用时加引号）",
                       "台湾地区机构名称未加引号（不能当作国家机构称呼）")


# ---- leaders' names shortened -------------------------------------------------------------------------------

# 习总 for 习近平总书记 (checklist item 89): only where a leader's words or deeds follow (习总说, 习总强调, 习总的讲话);
# 学习总结, 练习总量, 实习总时长 and a company's 习总经理 are other words.
XI_SHORT = re.compile(r"(?<![学复练实见演研自预补温修讲积恶陋旧沿传习])习总(?=说|指出|强调|讲|曾说|要求|提出|关心|嘱托|回信|"
                      r"视察|考察|寄语|叮嘱|重要讲话|的讲话|的重要|的嘱托|的指示|的要求|在)")


def family_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the families of the module docstring."""
    if "议" in folded or "国会" in folded or "内阁" in folded or "首相" in folded:
        yield from _parliament_hits(folded)
    if "警" in folded:
        yield from _police_hits(folded)
    if "外" in folded or "华" in folded or "中国" in folded or "学生" in folded:
        if "台" in folded or "港" in folded or "澳" in folded:
            yield from _foreign_hits(folded, in_quotes)
    yield from _history_hits(folded, in_quotes)
    for m in XI_SHORT.finditer(folded) if "习总" in folded else ():
        if not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "领导人称谓", "习近平总书记", "党和国家领导人的称谓不随意简称（“习总”）"
