"""Politically wrong wording, twenty-fifth session (content-political25; POLITICAL_CHECKLIST.md items 415–421; sources in
``lexicons/SOURCES.md``, “第二十五次会话”): the designations of offices, peoples, religions and states that the existing
families did not read. Each family reads a complete inventory or the structure of the right wording:

* **The Special Administrative Regions' offices under a state's or a parliament's titles** (``SAR_TITLES``) — the
  Basic Laws (香港基本法 / 澳门基本法 第四章) name every office of the regions' political structure: 行政长官, 行政会议
  (行政会), 立法会主席 / 副主席, 终审法院首席法官 (Hong Kong) / 院长 (Macao), 律政司司长, the 司 of the government
  (政务司, 财政司 / 行政法务司, 经济财政司, 保安司, 社会文化司, 运输工务司) and its 局 with their 局长. A legislature's
  议长, a court's 首席大法官, a 部长 of a policy area (香港教育部长) are the titles of a state's organs. The central
  bodies in the regions (中联办, 外交部驻港公署, 驻港部队) have 部长 of their own and are not read; the post must name
  Hong Kong or Macao.
* **Taiwan's "envoys" with 当局 / 方面 between** (``TW_ENVOY``) — 台湾当局驻日本大使, 民进党当局的驻外使馆: Taiwan has no
  embassies or ambassadors (《关于正确使用涉台宣传用语的意见》); ``content_patterns`` reads the shape without 当局.
  Quoted, after 所谓 or in a sentence that rejects the wording (不对, 不能称, 只是所谓“代表处”) it is not read.
* **A provincial leader beside another provincial office** (``_provincial_hits``) — ``lexicons/provincial_leaders.txt``
  lists every provincial party secretary, governor (chairman, mayor), congress and CPPCC head since 2017 with the
  years of each post (its fourth column): a listed person right after the bare title of a post he does not hold in
  the post's year (省长胡昌升 when he is the provincial party secretary) is the wrong office. Only with the post's year
  known; 时任, 原, 前, 曾, an earlier year in the sentence, or a past post of the same kind (a 省长 of another province
  who is now party secretary, in a post of those years) keep it clean. The typo layer reads the same list for
  misspelt names.
* **Foreign-context terms for China's ethnic groups** (``MINORITY_TERMS``) — 少数族裔 is the word for ethnic
  minorities abroad (美国的少数族裔); China's are 少数民族 (国家民委, 《宪法》序言 “全国各族人民”). 原住民 / 土著
  beside one of the 56 groups (藏族原住民): the government's position (外交部, 国务院新闻办公室 白皮书) is that China
  has no "indigenous peoples" question; 世居民族 is the word. A sentence that speaks of another country is right.
* **The colour names of Tibetan Buddhist schools** (``COLOUR_SCHOOLS``) — 黄教, 红教, 白教, 花教, 黑教 are colloquial
  names; the State Administration for Religious Affairs' 《藏传佛教寺庙管理办法》 and the Buddhist Association of
  China name the schools 格鲁派, 宁玛派, 噶举派, 萨迦派 and the 苯教. Read only before a word of the school (寺院, 僧人,
  活佛, 创始人 …) so that 黄教授 and 红教育基地 stay clean; a sentence that gives the standard name or says 俗称 is right.
* **清真 extended beyond food** (``HALAL_GOODS``) — 清真 is a food standard (地方清真食品管理条例; the 2016 and 2018
  guidance against 清真泛化): 清真纯净水, 清真牙膏, 清真纸巾, 清真银行, 清真厕所 extend it to water, daily goods,
  finance and public places. 清真寺, 清真食品, 清真牛肉 are right; a sentence that rejects or rectifies the
  extension (泛化, 整治, 不得) is right.
* **A state China recognises called a self-governing area** (``DEMOTED_STATE``) — <state>自治区 / 自治地区 /
  自治领土 for a sovereign state of ``lexicons/countries.txt`` (巴勒斯坦自治区: China recognised the State of
  Palestine on 1988-11-20; its government is 巴勒斯坦国政府, its authority 巴勒斯坦民族权力机构). A sentence with a year
  before 2013 (the 1994–2012 autonomy arrangements) or 曾 / 当时 is history.

``designation_hits(folded, in_quotes, year)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from detectors.content_political import _sentence, countries, so_called

Hit = tuple[int, int, str, str, str]
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
ETHNIC_FILE = Path(__file__).resolve().parent / "data" / "ethnic_groups.txt"

# words of a sentence that rejects, names or corrects the wording instead of using it
REJECTED = re.compile(r"所谓|不对|不能称|不能说|不应称|不应|不宜|不得|不要|错误|而非|而不是|不是|并非|只是|应称|应为|改称|说法|称谓|"
                      r"纠正|更正|驳斥|批驳|辟谣|谣言")

# ---- the Special Administrative Regions' offices under a state's titles --------------------------------------------

HKM = r"(?:香港|澳门|港澳)(?:特区|特别行政区)?(?:政府)?(?:的)?"
POLICY_AREAS = (r"财政|外交|司法|法务|教育|卫生|医疗卫生|内政|民政|商务|经济|工商|劳工|劳工及福利|保安|公安|警察|运输|交通|房屋|"
                r"发展|环境|环保|文化|旅游|文化体育及旅游|体育|科技|创新科技|公务员|食物及卫生|财经")
SAR_TITLES: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"立法会(?:的)?(?P<t>副?议长)"), "立法会主席 / 副主席",
     "特别行政区立法会的负责人是立法会主席、副主席（基本法第七十一条），“议长”是国家议会的称谓"),
    (re.compile(r"终审法院(?:的)?(?P<t>首席大法官|大法官|总法官)"), "终审法院首席法官（香港）/ 终审法院院长（澳门）",
     "香港特区终审法院的首长是首席法官（基本法第九十条），澳门的是院长，不用“大法官”"),
    (re.compile(r"律政司(?:的)?(?P<t>司法部长|法务部长|部长|检察总长|总检察长|律政部长)"), "律政司司长",
     "香港特区律政司的首长是律政司司长（基本法第四十八条），不是“部长”“检察总长”"),
    (re.compile(rf"{HKM}(?:特区政府|政府)?(?P<t>(?:{POLICY_AREAS})部(?:部)?长|(?:{POLICY_AREAS})部(?=官员|发言人))"),
     "特区政府相应的司长、局长（如教育局局长）",
     "特别行政区政府设政务司、财政司、律政司和各局（澳门为各司），首长是司长、局长，没有“部”和“部长”（基本法第五十九、六十条）"),
)
SAR_GATE = re.compile(r"立法会|终审法院|律政司|部长|部官员|部发言人")
SAR_POST = re.compile(r"香港|澳门|港澳|特区|特别行政区")
CENTRAL_IN_SAR = re.compile(r"中联办|联络办|外交部驻|驻港部队|驻澳部队|驻香港部队|驻澳门部队|新华社|商会|公司|集团|总会")


def _sar_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not SAR_GATE.search(folded) or not SAR_POST.search(folded):
        return
    for pattern, suggestion, note in SAR_TITLES:
        for m in pattern.finditer(folded):
            sentence = _sentence(folded, m.start())
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(sentence):
                continue
            if CENTRAL_IN_SAR.search(folded[max(0, m.start() - 12):m.end()]):
                continue
            visiting = re.search(r"[访抵到赴在来往离自]", folded[max(0, m.start() - 3):m.start()])
            if visiting and m.group("t").endswith(("部长", "官员", "发言人")):
                continue  # 到访香港的教育部长: a minister of the central government in the region
            if re.search(r"港英|澳葡|回归前|殖民", sentence):
                continue
            yield m.start("t"), m.end("t"), "港澳", suggestion, note


# ---- Taiwan's "envoys" with 当局 / 方面 between -------------------------------------------------------------------

TW_ENVOY = re.compile(
    r"(?<!所谓)(?:台湾|台北|台|岛内|民进党|赖清德|蔡英文)(?:地区)?(?:执政)?(?:当局|方面)(?:的)?(?:派)?(?:驻[\u4e00-\u9fff]{1,6}?)?"
    r"(?P<t>大使馆|大使|总领事馆|领事馆|总领事|使馆|使领馆|使节|外交官)")


def _tw_envoy_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "当局" not in folded and "方面" not in folded:
        return
    for m in TW_ENVOY.finditer(folded):
        if in_quotes(m.start(), m.end()) or in_quotes(m.start("t"), m.end("t")) or REJECTED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "台湾:外交", "台湾地区在当地设立的所谓“代表处”（负责人）",
               "台湾地区没有“使馆”“大使”（涉台宣传用语），“当局”“方面”夹在中间也一样")


# ---- a provincial leader beside another provincial office ----------------------------------------------------------

MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# the bare title (what a provincial account writes) → the role of provincial_leaders.txt
PROVINCIAL_ROLE_TITLES = {
    "书记": ("省委书记", "区党委书记", "自治区党委书记"),
    "首长": ("省长", "代省长", "自治区主席", "自治区政府主席", "自治区人民政府主席"),
    "人大": ("省人大常委会主任", "自治区人大常委会主任"),
    "政协": ("省政协主席", "自治区政协主席"),
}
MUNICIPAL_ROLE_TITLES = {"书记": ("市委书记",), "首长": ("市长", "代市长"), "人大": ("市人大常委会主任",), "政协": ("市政协主席",)}
YEARS = re.compile(r"(20[0-9]{2}|19[0-9]{2})\s*[—–-]\s*(20[0-9]{2})?")
PAST = re.compile(r"时任|原任|前任|曾任|曾在|曾经|历任|当时|那时|调任|离任|卸任|任职期间|任上|履历|简历|回忆|此前|之前")
A_YEAR = re.compile(r"(19[0-9]{2}|20[0-9]{2})年")


@lru_cache(maxsize=1)
def provincial_posts() -> dict[str, list[tuple[str, str, int, int | None]]]:
    """name → [(province, role, first year, last year or None while held)] from ``provincial_leaders.txt``."""
    out: dict[str, list[tuple[str, str, int, int | None]]] = {}
    for line in (LEXICON_DIR / "provincial_leaders.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 4:
            continue
        years = YEARS.search(cols[3])
        if not years:
            continue
        first, last = int(years.group(1)), int(years.group(2)) if years.group(2) else None
        for role in cols[2].split("|"):
            out.setdefault(cols[0], []).append((cols[1], role, first, last))
    return out


@lru_cache(maxsize=1)
def _provincial_pattern() -> re.Pattern:
    names = "|".join(sorted(provincial_posts(), key=len, reverse=True))
    titles = sorted({t for ts in PROVINCIAL_ROLE_TITLES.values() for t in ts}, key=len, reverse=True)
    muni = "|".join(MUNICIPALITIES)
    muni_titles = "|".join(sorted({t for ts in MUNICIPAL_ROLE_TITLES.values() for t in ts}, key=len, reverse=True))
    return re.compile(rf"(?<![原前])(?P<title>(?:{muni})市?(?:{muni_titles})|{'|'.join(titles)})(?P<name>{names})"
                      r"(?![\u4e00-\u9fff]{0,1}(?:之子|之女|之妻|夫人))")


def _role_of(title: str) -> str:
    for role, ts in list(PROVINCIAL_ROLE_TITLES.items()) + list(MUNICIPAL_ROLE_TITLES.items()):
        if any(title.endswith(t) for t in ts):
            return role
    return ""


def _provincial_hits(folded: str, year: int | None) -> Iterator[Hit]:
    if year is None or not re.search(r"书记|省长|主席|市长|主任", folded):
        return
    posts = provincial_posts()
    for m in _provincial_pattern().finditer(folded):
        name, title = m.group("name"), m.group("title")
        role = _role_of(title)
        held = posts.get(name, [])
        if not role or not held:
            continue
        if any(r == role and first <= year and (last is None or year <= last) for _, r, first, last in held):
            continue  # his post in the post's year
        current = [(p, r) for p, r, first, last in held if first <= year and (last is None or year <= last)]
        if not current:
            continue  # no listed post in that year: the list cannot tell
        sentence = _sentence(folded, m.start())
        if PAST.search(sentence) or any(int(y) < year for y in A_YEAR.findall(sentence)):
            continue
        now = "、".join(f"{p}{_title_word(p, r)}" for p, r in current)
        yield (m.start(), m.end(), "职务称谓", f"{now}{name}",
               f"{name}在 {year} 年的职务是{now}（省级领导名单 provincial_leaders.txt），不是“{title}”")


def _title_word(province: str, role: str) -> str:
    if province in MUNICIPALITIES:
        return {"书记": "市委书记", "首长": "市长", "人大": "市人大常委会主任", "政协": "市政协主席"}[role]
    if province in ("内蒙古", "广西", "西藏", "宁夏", "新疆"):
        return {"书记": "自治区党委书记", "首长": "自治区主席", "人大": "自治区人大常委会主任", "政协": "自治区政协主席"}[role]
    return {"书记": "省委书记", "首长": "省长", "人大": "省人大常委会主任", "政协": "省政协主席"}[role]


# ---- foreign-context terms for China's ethnic groups ----------------------------------------------------------------

FOREIGN_WORDS = r"海外|国外|外国|西方|欧美|境外|美洲|欧洲|非洲|拉美|移民|华裔|侨|联合国"


@lru_cache(maxsize=1)
def _ethnic_names() -> tuple[str, ...]:
    rows = [line.strip() for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return tuple(r.split()[0] for r in rows if r.split()[0] != "高山族")  # 台湾少数民族 has its own rule (checklist 72)


@lru_cache(maxsize=1)
def _foreign_sentence() -> re.Pattern:
    states = sorted((c for c in countries() if c != "中国"), key=len, reverse=True)
    return re.compile(FOREIGN_WORDS + "|" + "|".join(map(re.escape, states)))


@lru_cache(maxsize=1)
def _indigenous() -> re.Pattern:
    groups = "|".join(sorted(_ethnic_names(), key=len, reverse=True))
    return re.compile(rf"(?:{groups})(?:的)?(?:原住民|土著)|(?:原住民|土著)(?:民族)?(?:的)?(?:{groups})")


def _abroad(sentence: str) -> bool:
    """Whether the sentence speaks of another country (蒙古族, 朝鲜族, 俄罗斯族 are China's peoples, not the states)."""
    groups = "|".join(sorted(_ethnic_names(), key=len, reverse=True))
    return bool(_foreign_sentence().search(re.sub(groups, "", sentence)))


def _minority_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "族裔" not in folded and "原住民" not in folded and "土著" not in folded:
        return
    for m in re.finditer(r"少数族裔", folded):
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or _abroad(sentence) \
                or REJECTED.search(sentence):
            continue
        yield (m.start(), m.end(), "民族宗教", "少数民族",
               "我国各民族称“少数民族”（国家民委用语），“少数族裔”是外国的说法")
    for m in _indigenous().finditer(folded):
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or _abroad(sentence) \
                or REJECTED.search(sentence):
            continue
        yield (m.start(), m.end(), "民族宗教", "世居民族 / 少数民族",
               "我国不存在“原住民”问题（外交部、国务院新闻办公室白皮书），各民族称世居民族或少数民族")


# ---- the colour names of Tibetan Buddhist schools -------------------------------------------------------------------

COLOUR_SCHOOLS = {"黄教": "格鲁派", "红教": "宁玛派", "白教": "噶举派", "花教": "萨迦派", "黑教": "苯教"}
COLOUR_SCHOOL = re.compile(
    r"(?<![插养鲜])(?P<w>黄教|红教|白教|花教|黑教)(?=(?:的)?(?:寺院|寺庙|寺|派|僧人|僧侣|喇嘛|活佛|信徒|信众|教派|创始人|祖师|宗师|"
    r"大寺|六大寺|四大寺|主寺|高僧|教义|传承|法王))")
COLOUR_NAMED = re.compile(r"俗称|又称|也称|也叫|又叫|俗名|民间称|民间叫|人们称|被称为|称之为|简称")


def _colour_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "教" not in folded:
        return
    for m in COLOUR_SCHOOL.finditer(folded):
        right = COLOUR_SCHOOLS[m.group("w")]
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or right in sentence or COLOUR_NAMED.search(sentence):
            continue
        yield (m.start(), m.end(), "民族宗教", f"藏传佛教{right}" if right != "苯教" else right,
               "藏传佛教各教派的规范名称是格鲁派、宁玛派、噶举派、萨迦派（国家宗教事务局、中国佛教协会），“黄教”“红教”等是俗称")


# ---- 清真 extended beyond food ---------------------------------------------------------------------------------------

HALAL_GOODS = re.compile(
    r"清真(?P<g>纯净水|矿泉水|饮用水|桶装水|山泉水|自来水|牙膏|牙刷|洗发水|洗发露|沐浴露|香皂|肥皂|洗衣粉|洗衣液|洗洁精|化妆品|护肤品|"
    r"口红|纸巾|卫生纸|餐巾纸|面巾纸|湿巾|卫生巾|银行|金融|理财|保险|贷款|信用卡|银行卡|厕所|卫生间|公厕|医院|幼儿园|小区|楼盘|"
    r"房产|住宅|服装|服饰|鞋|药品|电器|家电|手机|汽车|出租车|公交|快递|证件|身份证)")
HALAL_REJECTED = re.compile(REJECTED.pattern + r"|泛化|整治|治理|规范|违规|违法|查处|禁止|严禁|不能|清理|摘除|拆除|去除")


def _halal_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "清真" not in folded:
        return
    for m in HALAL_GOODS.finditer(folded):
        if in_quotes(m.start(), m.end()) or HALAL_REJECTED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "民族宗教", m.group("g"),
               "“清真”只用于食品（清真食品管理），用于饮用水、日用品、金融、公共场所等是清真概念泛化")


# ---- a state China recognises called a self-governing area ----------------------------------------------------------


@lru_cache(maxsize=1)
def _demoted_state() -> re.Pattern:
    states = sorted((c for c in countries() if c != "中国"), key=len, reverse=True)
    # (内蒙古自治区 is China's: 蒙古 after 内 is not the state)
    return re.compile(rf"(?<!内)(?P<s>{'|'.join(map(re.escape, states))})(?P<t>自治区|自治地区|自治领土|自治领地)")


def _demoted_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "自治" not in folded:
        return
    for m in _demoted_state().finditer(folded):
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(sentence) \
                or re.search(r"曾|当时|那时|时期|成立", sentence) or any(int(y) < 2013 for y in A_YEAR.findall(sentence)):
            continue
        state = m.group("s")
        yield (m.start(), m.end(), "外交", f"{state}国" if state == "巴勒斯坦" else state,
               f"{state}是我国承认的主权国家（外交部“国家和组织”），不称“{m.group('t')}”")


def designation_hits(folded: str, in_quotes: Callable[[int, int], bool], year: int | None = None) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the twenty-fifth session's families (module docstring)."""
    yield from _sar_hits(folded, in_quotes)
    yield from _tw_envoy_hits(folded, in_quotes)
    yield from _provincial_hits(folded, year)
    yield from _minority_hits(folded, in_quotes)
    yield from _colour_hits(folded, in_quotes)
    yield from _halal_hits(folded, in_quotes)
    yield from _demoted_hits(folded, in_quotes)
