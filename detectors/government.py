"""Recognising government units in verification text, and government-sounding account names.

A platform's badge proves nothing by itself (counterfeits have obtained blue-V badges); the *verification text*
naming an organisation does: ``济源市人民政府新闻办公室官方微博`` says the account belongs to 济源's news office.

- ``organisation_in(text)``: the organisation a verification text names (government, media, company …), or None;
- ``government_unit_in(text)``: the same, only when it is a government body;
- ``government_verification(account)``: the unit an account is platform-verified as (``verified_type`` government
  or verification text naming a government body), else None;
- ``looks_governmental(name)``: whether an account *name* sounds like a government account (发布, 公安, 交警 …);
- ``offers_public_service(name)``: whether a name offers an office's service desk (办事咨询, 百事帮), a weaker sign;
  ``publishes_local_news(name)``: whether it is a local news bulletin's (快讯, 播报, 新鲜事), as weak;
- ``same_unit(a, b)``: whether two unit names denote the same body (normalised, tolerant of 市/省 and spacing);
- ``jurisdiction_places(registry)``: the places a registry covers (山东省, 山东省济南市 …),
  ``registry_divisions(registry)``: the prefectures and counties of its units, and
  ``in_jurisdiction(unit, places, near)``: whether a unit lies within the supervising office's remit, by the
  administrative divisions it names (``detectors.places``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from rapidfuzz import fuzz

from core.bodies import INSTITUTION_KINDS, VERIFY_SPLIT, verification_names
from core.bodies import fold as _fold
from core.bodies import government_body as body_by_kind
from detectors.places import TOWNSHIP_LEVEL_WORDS
from detectors.places import gazetteer as places_gazetteer
from detectors.places import remit as places_remit
from detectors.places import township_names as places_township_names

# Endings of government bodies' names (longest first when matching).
GOV_SUFFIXES = (
    "人民政府新闻办公室", "人民政府办公室", "人民政府办公厅", "人民政府", "新闻办公室", "新闻办", "办公室", "办公厅",
    "委员会", "常委会", "管委会", "管理委员会", "公安局", "公安厅", "分局", "派出所", "支队", "大队", "中队",
    "监督管理局", "管理局", "局", "厅", "委", "办", "署", "人民法院", "法院", "人民检察院", "检察院", "街道办事处",
    "办事处", "融媒体中心", "政务服务中心", "服务中心", "中心", "总队", "党委", "政协", "人大", "纪委", "监委", "团委",
    "妇联", "共青团", "宣传部", "组织部", "统战部", "网信办", "海关", "气象台",
    # township-level stations of a county department (乡镇/街道站所): 司法所, 市场监管所, 退役军人服务站 …
    "司法所", "监管所", "市场监管所", "财政所", "税务所", "自然资源所", "国土所", "服务站", "工作站", "农技站",
    "水利站", "文化站", "林业站", "畜牧兽医站",
    # the township's own bodies beside its government: its people's congress presidium (乡镇人民代表大会主席团, the
    # township congress has no standing committee), its armed-forces department (人民武装部) and its public health
    # centre (乡镇卫生院, a public institution of the county's health commission); and a city's or county's 12345
    # service hotline by its full name (政务服务便民热线, as ``unit_trades.tsv`` lists the kind)
    "主席团", "人民武装部", "卫生院", "政务服务便民热线",
    # a banner's or county's 乌兰牧骑 (the Inner Mongolian mobile cultural troupe, a public institution of its
    # culture bureau)
    "乌兰牧骑",
)
# Endings above that also end everyday words (餐厅, 宴会厅, 结局, 布局, 评委, 举办, 部署): a unit whose longest ending
# is one of these alone is a government body only where ``core.bodies`` reads its kind as one, after a department's
# function word (公安 + 局, 教育 + 厅, 卫健 + 委, 县委 + 办, 行政公 + 署) or as a branch of a body it names. The crawler
# types verification text with the same reader, so both layers agree on these kinds.
EVERYDAY_WORD_KINDS = ("局", "厅", "委", "办", "署")
# Centres likewise: a training school's, a shop's or a company's 中心 (某某培训中心, 某某服务中心) ends as a county's
# service centre does, so a unit whose longest ending is bare 中心 or 服务中心 is a government body only where
# ``core.bodies`` reads it as one: a public function before it (``CENTRE_FUNCTIONS``: 疾病预防控制中心, 住房公积金
# 管理中心, 退役军人服务中心) or a government owner (某县人民政府 + 某某服务中心), or a real township's own post
# (``_township_post``, read before). 融媒体中心 and 政务服务中心 are endings of their own and need neither.
CENTRE_KINDS = ("中心", "服务中心")
# A government's public institutions by their kind (``core.bodies.INSTITUTION_KINDS``: 图书馆, 档案馆, 地方史志研究院
# …): organisation endings that are a government body's only where ``core.bodies`` reads a place or a body as their
# owner (某市图书馆, not 某某红木博物馆).
INSTITUTION_SUFFIXES = tuple(sorted({function + kind for kind, functions in INSTITUTION_KINDS.items()
                                     for function in functions}, key=len, reverse=True))
# The mass organisations (群团组织) the party leads like its own bodies, by their full names: 工会, 妇联, 科协, 侨联,
# 文联, 社科联, 残联, 红十字会, 计生协, 工商联 (中共中央《关于加强和改进党的群团工作的意见》, 2015, and the 人民团体 of the
# CPPCC). Their abbreviations 妇联, 团委, 共青团 are in ``GOV_SUFFIXES`` already; the full names end in 联合会 or 协会,
# which an association or a business's league ends in too (协会 is a marker of a non-government body), so only these
# whole names count, and they count over that marker.
MASS_ORGANISATIONS = (
    "总工会", "妇女联合会", "科学技术协会", "归国华侨联合会", "文学艺术界联合会", "社会科学界联合会", "残疾人联合会",
    "红十字会", "计划生育协会", "工商业联合会",
)
# Organisations that are not government bodies even when a suffix above matches.
NON_GOV_MARKERS = ("有限公司", "有限责任公司", "公司", "集团", "报社", "日报", "晚报", "电视台", "广播电视台", "传媒",
                   "工作室", "协会", "商会", "俱乐部", "门店", "旗舰店", "个体", "学校", "大学", "学院")
ORG_SUFFIXES = GOV_SUFFIXES + MASS_ORGANISATIONS + NON_GOV_MARKERS + INSTITUTION_SUFFIXES + (
    "医院", "银行", "研究院", "研究所", "基金会", "网")
# Words that make an account name sound governmental.
GOV_NAME_WORDS = (
    "发布", "政务", "政府", "公安", "警方", "警察", "交警", "网警", "巡警", "特警", "刑警", "消防", "应急", "卫健",
    "卫生健康", "疾控", "市场监管", "税务", "法院", "检察", "司法", "人社", "社保", "医保", "教育", "民政", "城管",
    "住建", "交通运输", "生态环境", "环保", "文旅", "网信", "气象", "海关", "纪委", "监委", "共青团", "妇联", "党建",
    "融媒", "政法", "便民", "民生", "城市服务", "市民", "信访", "人大", "政协", "统计", "审计", "自然资源", "水利",
    "农业农村", "退役军人", "12345",
    # public-service subjects an account of a unit is named after (政情速览, 警务咨询, 纳税人之家, 就医指南)
    "政情", "政讯", "政声", "警务", "警民", "平安", "纳税", "办税", "就医", "医疗", "健康", "要闻", "新闻", "消费", "维权",
    "天气", "普法", "法治", "防汛", "救援", "安全生产", "食品安全", "市场", "就业", "招考", "公积金", "惠民",
)
# Words of a government office's service desk that make a name sound like one of its accounts once nothing else in
# the name says whose it is: the public asking (办事咨询, 政策咨询, 诉求, 民情, 民意, 问政, 留言板), the office
# answering (接诉即办, as the 12345 hotlines call it), the help desk itself as 政务服务 names it (帮办; 代办 is a
# business, left out) and the everyday names of such desks (百事通, 百事帮, 办事帮, 有事帮, 一点通), and the guides
# a desk hands out (办事指南, 服务指南, 政策). General knowledge of how 政务服务 and 12345 services are named
# (国办发〔2020〕53号, on the local 政务服务便民热线), not taken from any evaluation set. Bare 办事, 咨询, 热线 and
# 直通车 are left out: a shop's name holds them as often (星河咨询, 淘宝直通车, 星河办事大全). Also the service posts
# that serve the public in the government's own words (为民服务 of the 村级为民服务代办站, 群众服务, 百姓服务 as the
# 百姓服务站/百姓服务中心 of townships are called) and the people's voice a hotline takes (民声, beside 民情, 民意): bare
# 服务站 is left out (汽车服务站, 家电服务站), and the station rule of ``is_government_body`` does not read these words.
# Read only by ``offers_public_service``: these words count only where the caller has already singled out one unit
# (the avatar rules) and the name has no word of a business, person or column (``detectors.affixes.explain_added``).
SERVICE_DESK_WORDS = (
    "办事咨询", "政策咨询", "诉求", "接诉", "接诉即办", "民情", "民意", "民声", "问政", "留言板", "帮办", "百事通",
    "百事帮", "办事帮", "有事帮", "一点通", "办事指南", "服务指南", "政策", "为民服务", "群众服务", "百姓服务",
)
# Words of a local news bulletin, the other shape a government account's name takes (the 新闻办 and 融媒体中心 accounts
# of a county publish its news under the place's name): the short-news genres of Chinese journalism (消息 in its
# forms: 快讯, 简讯, 短讯, 速报; 动态), the bulletin and its delivery (快报, 播报, 速递, 资讯; 头条, the lead item),
# and the everyday names such accounts give their news (大事, 新鲜事, 身边事). General knowledge of news genres and
# of how local news accounts are named (the journalism textbook's 新闻体裁 list), not taken from any evaluation set.
# 新闻 and 要闻 are already government words (``GOV_NAME_WORDS``). A medium's or a column's word beside them (日报,
# 电视台, 美食) makes the name somebody else's (``detectors.affixes.explain_added``, read by the caller). Read only by
# ``publishes_local_news``: like the service desk's words, these count only once an avatar has singled out one unit.
NEWS_DESK_WORDS = (
    "快讯", "简讯", "短讯", "速报", "动态", "快报", "播报", "速递", "资讯", "头条", "大事", "新鲜事", "身边事",
)
_PLACE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|特别行政区|省|市|地区|盟)")


def organisation_in(text: str | None) -> str | None:
    """The organisation named by a verification text, e.g. "济南市公安局官方微博" → "济南市公安局": the first of its
    phrases (``core.bodies.verification_names``, the one reader of verification texts) that ends in an
    organisation's kind or holds a business's or medium's word."""
    for seg in verification_names(text):
        if len(seg) >= 3 and seg.endswith(ORG_SUFFIXES):
            return seg
        for marker in NON_GOV_MARKERS:  # "某某文化传媒有限公司旗下账号"
            k = seg.find(marker)
            if k >= 2:
                return seg[: k + len(marker)]
    return None


# Stations (站) are government bodies when they are a department's post (退役军人服务站, 便民服务站, 农技站), not when a
# community group or an association runs them: "沧源在外老乡服务站" (natives living elsewhere) or a volunteers'
# 工作站 ends the same way but names no department. A station therefore needs a department's or public service's word
# before its ending (``GOV_NAME_WORDS`` or ``STATION_DEPARTMENT_WORDS``: the township posts of county departments as
# the 乡镇（街道）便民服务 and 退役军人服务保障体系 documents name them).
STATION_SUFFIXES = ("服务站", "工作站")
STATION_DEPARTMENT_WORDS = (
    "党群", "社区", "村级", "农技", "农业", "林业", "畜牧", "兽医", "水利", "文化", "人才", "劳动", "社会保障", "网格",
    "综治", "文明实践", "计生", "残联", "司法", "调解", "税务", "邮政",
    "草原",  # a county's 草原工作站 (林业和草原局's grassland station), beside 林业, 畜牧
)


# A township's own posts (乡镇站所): a station, office, centre or team named right after a real township (``towns.tsv``:
# 某镇统计站, 某镇环境保护所, 某乡农产品质量安全监管站, 某街道综治中心) is the township's, whatever it serves; the
# township's name is what a community group's station lacks (在外老乡服务站 names no township).
TOWNSHIP_POST_ENDINGS = ("站", "所", "中心", "办公室", "队")
_TOWNSHIP_LEVEL = re.compile("|".join(TOWNSHIP_LEVEL_WORDS))  # no level word begins another: order is free


def _township_post(unit: str) -> bool:
    """Whether a real township's full name (``places.township_names``) stands in the unit's name with at least two
    characters of the post's own before its ending."""
    towns = places_township_names()
    for m in _TOWNSHIP_LEVEL.finditer(unit):
        if len(unit) - m.end() < 3:
            continue
        if any(unit[k: m.end()] in towns for k in range(max(0, m.start() - 6), m.start())):
            return True
    return False


def is_government_body(unit: str | None) -> bool:
    unit = _fold(unit)
    if len(unit) < 3:
        return False
    mass = next((m for m in MASS_ORGANISATIONS if unit.endswith(m)), None)
    if mass is not None:  # 某县科学技术协会: its 协会 is the organisation's own name
        return len(unit) > len(mass) and not any(m in unit[: -len(mass)] for m in NON_GOV_MARKERS)
    if any(m in unit for m in NON_GOV_MARKERS):
        return False
    if unit.endswith(TOWNSHIP_POST_ENDINGS) and _township_post(unit):
        return True
    if unit.endswith(INSTITUTION_SUFFIXES):
        return body_by_kind(unit)
    if not unit.endswith(GOV_SUFFIXES):
        return False
    longest = max((s for s in GOV_SUFFIXES if unit.endswith(s)), key=len)
    if longest in EVERYDAY_WORD_KINDS + CENTRE_KINDS and not body_by_kind(unit):
        return False
    station = next((s for s in STATION_SUFFIXES if unit.endswith(s)), None)
    if station is None:
        return True
    stem = unit[: -len(station)]
    return looks_governmental(stem) or _word_pattern(STATION_DEPARTMENT_WORDS).search(stem) is not None


def government_unit_in(text: str | None) -> str | None:
    """The government body a verification text names: its organisation (``organisation_in``) when that is one, else
    a township's own post it names (某镇统计站: ``_township_post``; not an organisation ending of its own, so the
    other readers of ``organisation_in`` are unchanged)."""
    unit = organisation_in(text)
    if unit and is_government_body(unit):
        return unit
    if unit is None:
        return next((seg for seg in verification_names(text)
                     if seg.endswith(TOWNSHIP_POST_ENDINGS) and is_government_body(seg)), None)
    return None


def government_verification(account: dict) -> str | None:
    """The government unit an account is platform-verified as, else None.

    ``verified_type`` government counts even without a readable unit (the account name stands in for it);
    otherwise the verification text must name a government body. A bare badge (``verified`` true, no text) and
    verification as a person, company or media outlet do not count.
    """
    reason = account.get("verified_reason") or ""
    if not reason and (account.get("verified_type") or "") != "government":
        return None
    unit = government_unit_in(reason)
    if (account.get("verified_type") or "") == "government":
        return unit or organisation_in(reason) or (account.get("name") or "").strip() or None
    if account.get("verified") and unit:
        return unit
    return None


def verified_organisation(account: dict) -> str | None:
    """Any organisation an account is verified as (government, media or company), from its verification text."""
    if not (account.get("verified") or account.get("verified_type")):
        return None
    return organisation_in(account.get("verified_reason"))


def looks_governmental(name: str | None) -> bool:
    return _gov_words().search(_fold(name)) is not None


def offers_public_service(name: str | None) -> bool:
    """Whether a name offers a government office's service desk (``SERVICE_DESK_WORDS``: 办事咨询, 百事帮, 诉求直通).
    Weaker than ``looks_governmental``: for callers that have already singled out one unit by other evidence."""
    return _word_pattern(SERVICE_DESK_WORDS).search(_fold(name)) is not None


def publishes_local_news(name: str | None) -> bool:
    """Whether a name is a local news bulletin's (``NEWS_DESK_WORDS``: 快讯, 播报, 新鲜事). Weaker than
    ``looks_governmental``, as ``offers_public_service``: for callers that have already singled out one unit."""
    return _word_pattern(NEWS_DESK_WORDS).search(_fold(name)) is not None


@lru_cache(maxsize=4)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) if words else r"(?!)")


@cache
def _gov_words() -> re.Pattern:
    """One compiled alternation of ``GOV_NAME_WORDS``: a million names are checked in a fraction of the time a
    Python loop over the words takes. Kept without an argument: ``_word_pattern``'s cache would hash the whole tuple
    of words at every one of the million calls."""
    return _word_pattern(GOV_NAME_WORDS)


def unit_key(unit: str | None) -> str:
    """A comparison key for unit names: NFKC, no spaces or punctuation."""
    text = _fold(unit)
    return "".join(c for c in text if unicodedata.category(c)[0] in ("L", "N"))


def same_unit(a: str | None, b: str | None) -> bool:
    ka, kb = unit_key(a), unit_key(b)
    if not ka or not kb:
        return False
    return ka == kb or fuzz.ratio(ka, kb) >= 92


def jurisdiction_places(registry: Iterable[dict]) -> set[str]:
    """The places a registry covers, read from its ``region``, ``unit`` and ``competent_unit`` fields.

    Every administrative division those fields name (``detectors.places``) is given by its qualified full name
    (山东省济南市 → 山东省, 山东省济南市; 济南市公安局 → 山东省济南市 only); ``in_jurisdiction`` expands each to
    everything beneath it. Province and
    city names written with 省/市 … (山东, 济南) are kept as well when they denote one of those divisions, or when the
    gazetteer does not know them (matched as plain text then)."""
    gaz = places_gazetteer()
    places: set[str] = set()
    named: set[str] = set()
    shorts: set[str] = set()
    for entry in registry:
        for text in (entry.get("region"), entry.get("unit"), entry.get("competent_unit")):
            text = _fold(text)
            if not text:
                continue
            named |= gaz.resolve(text)[0]
            for m in _PLACE.finditer(text):
                place = m.group(1)
                # "山东省济南市" matches lazily as 山东 + 济南
                if len(place) >= 2 and not place.endswith(("人民", "政府")):
                    shorts.add(place)
    places.update(gaz.qualified_name(code) for code in named)
    for place in shorts:
        groups = gaz.placement(place, common_words=True)
        if not groups or all(len(g) == 1 and next(iter(g)) in named for g in groups):
            places.add(place)
    return places


def registry_divisions(registry: Iterable[dict]) -> frozenset[str]:
    """The prefectures and counties (division codes) the registry's own units lie in, read from the ``region``,
    ``unit`` and ``competent_unit`` fields where they name one division unambiguously (辽宁省鞍山市铁东区 → 鞍山市,
    铁东区 of 鞍山). Provinces are left out: they say nothing about which of a province's same-named districts is
    meant. ``in_jurisdiction`` reads a name shared across the remit's border by these (``Remit.verdict``)."""
    gaz = places_gazetteer()
    codes: set[str] = set()
    for entry in registry:
        for text in (entry.get("region"), entry.get("unit"), entry.get("competent_unit")):
            text = _fold(text)
            if text:
                codes |= gaz.resolve(text)[0]
    return frozenset(c for c in codes if gaz.divisions[c].level >= 2)


def in_jurisdiction(unit: str | None, places: set[str], near: frozenset[str] = frozenset()) -> bool:
    """Whether a unit lies within the remit ``places`` (no places known → everything is in scope).

    The unit is placed by the most specific administrative division it names (``detectors.places``: county before
    city before province; a short name shared by several counties counts only when the text also names its
    parent, or when every candidate is inside or every one outside). The remit is every division named by
    ``places`` with everything beneath it (山东 covers 郯城县 and 郯城县's towns and streets). An ambiguous name
    lying partly inside is read as its candidates in or beneath ``near`` (``registry_divisions``: where the
    registry's own units are) when there are any (铁西区 beside a registry of 鞍山's and 沈阳's units is theirs, not
    四平's of 吉林). A unit naming no division at all (or only an ambiguous one still undecided) is judged as
    before: in the remit only if it contains one of the place names as text. Entries of ``places`` the gazetteer does not know
    (a development zone, a town) are matched as text too.
    """
    if not places:
        return True
    text = _fold(unit)
    verdict = places_remit(frozenset(places)).verdict(text, near)
    if verdict is None:
        return any(p in text for p in places)
    return verdict


# A sentence that names a government body but is about a relation with it, not a claim to be it: denials (与…无关,
# 非官方, 并非), neighbourhood (对面, 附近), business ties (合作, 客户, 服务商, 承建, 代理, 技术支持, 运营) and
# permission (授权, 指导). A company's description says these; a counterfeit says it *is* the body.
CLAIM_RELATIONS = (
    "无关", "非官方", "非政府", "不是", "并非", "不代表", "非官", "对面", "旁边", "附近", "隔壁", "周边", "楼下", "楼上",
    "门口", "合作", "客户", "服务商", "供应商", "承建", "承办", "承接", "代理", "代办", "代缴", "技术支持", "运营",
    "运维", "外包", "协办", "中标", "采购", "授权", "指导", "主管", "监制", "推荐", "联合", "携手", "参观", "来访",
)
# The words of ``CLAIM_RELATIONS`` that deny being the body outright (与文旅部门无关, 非官方账号, 并非气象局账号, 不代表
#官方立场): what a person's, a medium's or a business's account says of itself, never an impersonation's
DENIALS = ("无关", "非官方", "非政府", "并非", "不代表", "非官")
# ... and 不是 before what it denies being, in the same clause (不是税务机关账号, 不是官方): 不是 alone is everyday speech
DENIAL_NOT = re.compile(r"不是[^，。；：！？,.;:!?\s]{0,10}(?:官方|账号|帐号|部门|机关|政府)")


# Words added to a registered name that claim the unit's own voice, authenticity or service desk (官方, 客服, 政务 …;
# the officialness words of ``affixes.GENERIC_WORDS`` and the desks an impostor staffs): a name carrying one contradicts
# its description's denial (……官方客服 + 本号非官方), so the denial excuses nothing — else any impersonation could buy
# its way out with a disclaimer in small print.
OFFICIAL_CLAIMS = ("官方", "官微", "官博", "官网", "官号", "认证", "正版", "正牌", "唯一", "权威", "本尊", "总号", "主号",
                   "政务", "政府", "客服", "热线", "办事", "服务中心", "服务平台", "服务窗", "服务台", "大厅", "窗口", "蓝v",
                   "加v", "official", "gov")


def claims_official(added: str | None) -> bool:
    """Whether words added to a registered name claim the unit's own voice or desk (``OFFICIAL_CLAIMS``)."""
    folded = _fold(added).lower()
    return any(w in folded for w in OFFICIAL_CLAIMS)


def denies_being_official(text: str | None) -> bool:
    """Whether a description denies that its account is a government body's (``DENIALS``, ``DENIAL_NOT``: 个人游记，与文旅
    部门无关; 电视台法治栏目，不是公安部门账号)."""
    folded = _fold(text)
    return any(w in folded for w in DENIALS) or DENIAL_NOT.search(folded) is not None


# How a description introduces its own account before naming it: 本号为…, 这里是…, 欢迎关注….
SELF_INTRODUCTIONS = ("本公众号是", "本公众号为", "本账号是", "本账号为", "本帐号为", "本帐号是", "本号系", "本号是",
                      "本号为", "这里是", "我们是", "我是", "欢迎关注", "欢迎来到")
_SENTENCES = re.compile(r"[。！？!?；;\n]+")


def claimed_government_bodies(text: str | None) -> list[str]:
    """Government bodies a text introduces its own account as: each sentence whose subject — its first phrase,
    after an introduction such as 本号为 or 这里是, with a tail such as 官方公众号 — is a government body's name
    (汉寿县人民政府新闻办公室官方公众号。), and that has no word of relation or denial (``CLAIM_RELATIONS``: 与汉寿县人民
    政府无关, 汉寿县公安局对面, 汉寿县人民政府合作单位)."""
    out: list[str] = []
    for sentence in _SENTENCES.split(_fold(text)):
        sentence = sentence.strip()
        if not sentence or any(w in sentence for w in CLAIM_RELATIONS):
            continue
        for head in SELF_INTRODUCTIONS:
            if sentence.startswith(head):
                sentence = sentence[len(head):]
                break
        first = VERIFY_SPLIT.split(sentence, 1)[0]
        body = government_unit_in(first)
        if body and first.startswith(body) and body not in out:
            out.append(body)
    return out
