"""Government systems (系统) and the bodies each is made of: an account named after another body of the same system
and place as a registered unit (德化文化馆 beside 德化县文化和旅游局's 德化文旅) imitates that unit.

Chinese local government is organised in vertical systems (条条): each level has one department per line of work
(公安, 卫生健康, 文化和旅游 …) and that department has bodies of its own — bureaus and sub-bureaus, stations,
centres, the public institutions it runs (疾控中心 and 卫生监督所 under 卫健委; 文化馆, 图书馆, 博物馆 under 文旅局;
派出所, 交警, 巡特警 under 公安局). The table below is written from general knowledge of that structure: the names
of the departments as the 2018 institutional reform (《深化党和国家机构改革方案》, and the provincial and county
方案 after it) set them, the short forms their accounts use, and the subordinate bodies each usually runs (the
functions of each listed on the departments' own 机构职能 pages). No evaluation part was read for it.

``system_of(text)`` says which system a unit's full name belongs to (the last body word in it: 福清市公安局交通警察
大队 → 公安); ``body_at(text, i)`` reads one system's body words from position ``i`` of a name (公安巡特警 → 公安).
Everything is compared with the level words 省/市/县/区 removed, as ``detectors.names`` compares names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from detectors.departments import department_abbreviations
from detectors.name_index import MAX_ADDED
from detectors.names import LEVEL_WORDS

# system -> body words (department names in full and short, and the bodies under it), level words allowed
SYSTEMS: dict[str, tuple[str, ...]] = {
    "政府": ("人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室", "政府办", "人民政府", "政府",
           "人民政府新闻办公室", "政府新闻办公室", "政府新闻办", "新闻办公室", "新闻办", "发布"),
    "政务服务": ("政务服务管理局", "政务服务中心", "政务服务局", "政务服务办", "政务服务", "政务办", "行政服务中心",
             "行政审批服务局", "行政审批局", "数据管理局", "便民服务中心", "12345", "便民热线", "政务热线",
             "市民热线"),
    "公安": ("公安厅", "公安局", "公安分局", "公安", "派出所", "警务室", "警务站", "交通警察", "交警", "巡特警",
           "巡警", "特警", "刑警", "刑侦", "网警", "网安", "网络安全保卫", "治安大队", "户政", "警方", "警察",
           "反诈中心", "禁毒办", "禁毒委", "看守所"),
    "卫健": ("卫生健康委员会", "卫生健康委", "卫生健康局", "卫健委", "卫健局", "卫生健康", "卫健", "卫生局",
           "疾病预防控制中心", "疾控中心", "疾控", "卫生监督所", "卫生监督", "妇幼保健院", "妇幼保健", "急救中心",
           "爱国卫生运动委员会", "爱卫会", "计生协"),
    "文旅": ("文化和旅游厅", "文化和旅游局", "文化广电和旅游局", "文化广电旅游局", "文化体育和旅游局", "文体旅游局",
           "文旅局", "文旅厅", "文旅", "文化旅游", "旅游局", "文化局", "文物局", "文化馆", "图书馆", "博物馆",
           "美术馆", "纪念馆", "景区管委会", "景区管理委员会", "旅游集散中心"),
    "市场监管": ("市场监督管理局", "市场监管局", "市场监督管理", "市场监管", "12315", "工商局", "质监局",
             "食品药品监督管理局", "食药监", "知识产权局"),
    "应急": ("应急管理厅", "应急管理局", "应急管理", "应急局", "应急", "安全生产监督管理局", "安监局", "防汛抗旱指挥部",
           "减灾委"),
    "人社": ("人力资源和社会保障厅", "人力资源和社会保障局", "人力资源社会保障局", "人社厅", "人社局", "人社",
           "社会保险事业管理中心", "社保中心", "就业服务中心", "劳动保障监察", "劳动仲裁"),
    "医保": ("医疗保障局", "医疗保障", "医保局", "医保中心", "医保"),
    "教育": ("教育厅", "教育局", "教育体育局", "教体局", "教育", "招生考试院", "招生考试中心", "招考中心",
           "教师进修学校"),
    "生态环境": ("生态环境厅", "生态环境局", "生态环境分局", "生态环境", "环境保护局", "环保局", "环境监测站"),
    "自然资源": ("自然资源厅", "自然资源和规划局", "自然资源局", "自然资源", "国土资源局", "国土局",
             "不动产登记中心", "林业和草原局", "林业局", "林业站", "林草局"),
    "住建": ("住房和城乡建设厅", "住房和城乡建设局", "住房城乡建设局", "住建局", "住建", "住房公积金管理中心",
           "公积金中心", "房产管理局", "房管局"),
    "城管": ("城市管理局", "城市管理综合执法局", "综合行政执法局", "城管执法局", "城管局", "城管"),
    "交通": ("交通运输厅", "交通运输局", "交通运输", "交通局", "公路事业发展中心", "公路局", "运输管理所", "运管所",
           "海事局", "海事处", "海事"),
    "水利": ("水利厅", "水利局", "水务局", "水利", "水务", "水文局", "水文"),
    "农业农村": ("农业农村厅", "农业农村局", "农业农村", "农业局", "农技推广中心", "畜牧兽医局", "海洋与渔业局",
             "渔业局", "乡村振兴局", "农机中心"),
    "民政": ("民政厅", "民政局", "民政", "婚姻登记处", "救助管理站", "社会福利院", "养老服务中心"),
    "退役军人": ("退役军人事务厅", "退役军人事务局", "退役军人事务", "退役军人服务中心", "退役军人服务站",
             "退役军人"),
    "税务": ("税务局", "税务分局", "税务所", "税务", "办税服务厅", "12366"),
    "消防": ("消防救援总队", "消防救援支队", "消防救援大队", "消防救援站", "消防救援", "消防大队", "消防支队", "消防"),
    "检察": ("人民检察院", "检察院", "检察"),
    "法院": ("中级人民法院", "人民法院", "中院", "法院", "人民法庭", "法庭"),
    "司法": ("司法厅", "司法局", "司法所", "司法", "公证处", "法律援助中心", "普法办"),
    "气象": ("气象局", "气象台", "气象"),
    "统计": ("统计局", "统计"),
    "财政": ("财政厅", "财政局", "财政"),
    "审计": ("审计厅", "审计局", "审计"),
    "发改": ("发展和改革委员会", "发展改革委", "发展和改革局", "发改委", "发改局", "发改"),
    "商务": ("商务厅", "商务局", "商务"),
    "科技": ("科学技术厅", "科学技术局", "科技厅", "科技局"),
    "工信": ("工业和信息化厅", "工业和信息化局", "工信厅", "工信局", "工信"),
    "网信": ("互联网信息办公室", "网信办", "网信"),
    "宣传": ("委宣传部", "宣传部", "文明办", "精神文明建设办公室", "新时代文明实践中心", "新时代文明实践所",
           "新时代文明实践站", "文明实践中心", "文明实践所", "文明实践站", "文明实践"),
    "纪检": ("纪律检查委员会", "纪委监委", "纪委", "监委", "纪检监察", "监察委员会"),
    "共青团": ("共青团", "团委", "团省委", "团市委", "团县委", "团区委"),
    "妇联": ("妇女联合会", "妇联"),
    "工会": ("总工会", "工会"),
    "体育": ("体育局", "体育中心"),
    "信访": ("信访局", "信访"),
    "海关": ("海关",),
    "残联": ("残疾人联合会", "残联"),
}

_LEVELS = {ord(c): None for c in LEVEL_WORDS}  # the level words ``detectors.names`` removes


def _stripped(word: str) -> str:
    return word.translate(_LEVELS)


def _with_abbreviations() -> dict[str, tuple[str, ...]]:
    """``SYSTEMS`` with the customary abbreviations of its department words (``detectors.departments``: 市场监督管理局
    → 市监局) added to the system of their full word."""
    table = department_abbreviations()
    return {system: tuple(dict.fromkeys((*words, *(a for w in words for a in table.get(w, ())))))
            for system, words in SYSTEMS.items()}


@lru_cache(maxsize=1)
def _bodies() -> dict[str, str]:
    """Body word (level words removed) -> its system; a word listed under two systems belongs to neither."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for system, words in _with_abbreviations().items():
        for w in words:
            k = _stripped(w)
            if len(k) < 2:
                continue
            if out.get(k, system) != system:
                clash.add(k)
            out[k] = system
    return {k: v for k, v in out.items() if k not in clash}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(_bodies(), key=len, reverse=True)))


# The endings of a department's or government's name as an organ (厅, 局, 委员会, 办公室 …, 人民政府), general
# knowledge of Chinese organ names; a body word ending in one names a department, not a line of work (公安厅, 市监局,
# 卫健委, 政府新闻办 — not 公安, 气象, 发布).
DEPARTMENT_HEADS = ("厅", "局", "委", "办", "院", "会", "部", "府", "中心", "总队", "支队", "室")


@lru_cache(maxsize=1)
def department_words() -> tuple[str, ...]:
    """Body words (as written, level words kept) that name a department or government: those of three characters or
    more ending in one of ``DEPARTMENT_HEADS`` (公安厅, 市场监督管理局, 市监局, 人民政府, 新闻办; not 政府, 法院, 团委,
    which begin everyday phrases), longest first."""
    words = {w for ws in _with_abbreviations().values() for w in ws if w.endswith(DEPARTMENT_HEADS) and len(w) >= 3}
    return tuple(sorted(words, key=len, reverse=True))


def has_body(text: str) -> bool:
    """Whether ``text`` (level words removed) holds any body word."""
    return _pattern().search(text) is not None


def body_words(text: str) -> Iterator[re.Match]:
    """The body words ``text`` (level words removed) holds, left to right, longest first where they overlap."""
    return _pattern().finditer(text)


UNIT_TRADES = Path(__file__).resolve().parent / "data" / "unit_trades.tsv"


@lru_cache(maxsize=1)
def _trades() -> dict[str, tuple[str, ...]]:
    """A word of a unit's full name -> the trade words of that kind of unit (``detectors/data/unit_trades.tsv``)."""
    out: dict[str, tuple[str, ...]] = {}
    with UNIT_TRADES.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            key, _, words = line.rstrip("\n").partition("\t")
            out[key] = tuple(w for w in words.split() if len(w) >= 2)
    return out


@lru_cache(maxsize=4096)
def trade_words(unit: str | None) -> tuple[str, ...]:
    """The words of a unit's public trade (农资, 农技 for a 供销合作社; 路况, 出行 for 交通警察; 热线, 民声 for a 12345
    hotline): those of the kind whose word stands last in its full name (the head of the noun phrase: 公安厅交通警察总队
    is 交通警察), from ``detectors/data/unit_trades.tsv``; () when the name holds none."""
    unit = unit or ""
    best, end = "", -1
    for key in _trades():
        k = unit.rfind(key)
        if k >= 0 and (k + len(key), len(key)) > (end, len(best)):
            best, end = key, k + len(key)
    return _trades().get(best, ())


def system_of(unit: str) -> str:
    """The system of a unit's full name (level words removed): that of its last body word (the head of a Chinese
    noun phrase comes last: 福清公安局交通警察大队 → 公安, 福清人民政府新闻办公室 → 政府); "" when none."""
    found = _pattern().findall(unit)
    return _bodies()[found[-1]] if found else ""


def body_at(text: str, i: int) -> tuple[str, list[str], int]:
    """(system, body words, end) of the run of body words of one system starting at ``text[i]`` (公安巡特警 →
    公安, [公安, 巡特警]); ("", [], i) when no body word starts there."""
    pattern, bodies = _pattern(), _bodies()
    system, words, j = "", [], i
    while True:
        m = pattern.match(text, j)
        if not m or (system and bodies[m.group()] != system):
            break
        system, j = bodies[m.group()], m.end()
        words.append(m.group())
    return system, words, j


# ---- a body of the target's system and place used as a name -----------------------------------------------------

SYSTEM_SCORE = 0.74  # another body of the unit's system at its place (德化文化馆 for 德化文旅): review needed
SYSTEM_OWN_BODY_SCORE = 0.82  # ... naming a body word of the unit's own name (石狮公安巡特警 for 石狮市公安局), as an
# other name of the unit (``detectors.affixes.AFFIX_SCORES["office"]``)
MAX_SYSTEM_BUCKET = 200  # registry entries of one system at one place: more is no longer a unit


class SystemIndex:
    """Registered units by (own place, system): the place the unit's full name names last (the unit's own level:
    福清市龙田镇… → 龙田) in each form its entry's places list (``detectors.name_index.places_of``), and the system
    of its full name (``system_of``). Built from the units' full names, one regular-expression search each."""

    def __init__(self, units: list[str], places: list[list[str]]):
        """``units``: each entry's unit name as ``detectors.name_index.unit_keys`` gives it; ``places``: each entry's
        places from the largest down."""
        index: dict[tuple[str, str], list[int]] = {}
        for r, unit in enumerate(units):
            unit = _stripped(unit or "")
            system = system_of(unit) if unit else ""
            if not system:
                continue
            at = [(unit.rfind(p), p) for p in places[r] if len(p) >= 2 and p in unit]
            if not at:
                continue
            last = max(k for k, _ in at)
            for k, p in at:
                if k == last:
                    held = index.setdefault((p, system), [])
                    if len(held) <= MAX_SYSTEM_BUCKET:
                        held.append(r)
        self.index = {k: v for k, v in index.items() if len(v) <= MAX_SYSTEM_BUCKET}

    def find(self, text: str, places) -> list[tuple[int, str, str, str, list[str], str]]:
        """(registry position, system, words before the place, the place, body words, words after) for each unit
        whose own place ``text`` (a candidate's name, level words removed) names, followed by body words of the
        unit's system; ``places`` are the (end index, place) of the registry's places in ``text``. As for a
        registered name inside a candidate (``detectors.name_index.MAX_ADDED``), more than that many characters before
        the place or after the body make a text that mentions the body, not a name."""
        from detectors.places import PLACE_LEVEL_WORDS
        out = []
        for end, place in places:
            if end + 1 - len(place) > MAX_ADDED:
                continue
            j = end + 1
            for word in PLACE_LEVEL_WORDS:  # 恩施州文化馆, 兴安盟疾控中心
                if text.startswith(word, j):
                    j += len(word)
                    break
            system, words, k = body_at(text, j)
            if not system or len(text) - k > MAX_ADDED:
                continue
            for r in self.index.get((place, system), ()):
                out.append((r, system, text[:end + 1 - len(place)], place, words, text[k:]))
        return out


def system_match(system: str, before: str, place: str, words: list[str], after: str, registered_name: str,
                 unit: str | None, own_places: frozenset[str], other_places: frozenset[str]):
    """The ``NameMatch`` of a candidate named after a body of the target unit's system at the unit's own place
    (``SystemIndex.find``). Words added around it are judged as around a registered name (``detectors.affixes``):
    a business, person or medium word, a column word or another place rules the match out, other characters cost
    ``UNKNOWN_PENALTY`` each before the place and rule the match out after the body (only generic and service words
    may follow a body's name: 气象万千, 交警小潘 and 卫健新闻眼 are no bodies)."""
    from detectors.affixes import (
        MIN_AFFIX_SCORE,
        UNKNOWN_PENALTY,
        _completes_a_person,
        added_reason,
        completes_a_trade,
        explain_added,
        reader_act,
    )
    from detectors.names import NameMatch
    body = "".join(words)
    if not explain_added(body).unknown:
        return None  # only generic or service words (临沂政务服务, 福建发布): a kind of service, not a body's name
    if after and explain_added(after, own_places, other_places).unknown:
        return None  # a body's name ends its noun phrase: more after it is a column or a person (卫健新闻眼, 交警小潘)
    added = explain_added(before + after, own_places, other_places)
    if added.rules_out or _completes_a_person(body, after) or completes_a_trade(body, after):
        return None  # 税务 + 代理: a tax agent's trade (``detectors.affixes.completes_a_trade``)
    if reader_act(before):
        return None  # 小李读…税务: a reader's account about the body (``detectors.affixes.reader_act``)
    own = _stripped(unit or "") + _stripped(registered_name)
    same_body = any(w in own for w in words)
    score = (SYSTEM_OWN_BODY_SCORE if same_body else SYSTEM_SCORE) - UNKNOWN_PENALTY * len(added.unknown)
    if score < MIN_AFFIX_SCORE:
        return None
    reasons = [f"名称“{place}{body}”是备案单位“{unit}”所在地、同一系统（{system}）的机构名称"
               + ("（与该单位名称用同一机构词）" if same_body else "（该系统下的另一机构）")
               + f"，备案账号为“{registered_name}”"]
    if before or after:
        reasons.append(added_reason(before, after, added))
    return NameMatch("system", round(score, 3), reasons, added=before + after, unknown=len(added.unknown))
