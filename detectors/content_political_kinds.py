"""Politically wrong wording, content-political37 (POLITICAL_CHECKLIST.md item 511): a state's predicates read over
every member of every *kind* of sub-national or unrecognised entity, in every surface form — the cells the kind ×
predicate matrix of ``bench/political_coverage.py`` (family 153, ``--matrix``) found empty.

The kinds (inventories, not a part's words):

* **tw** — Taiwan: 台湾, 台湾地区, 台湾当局, 台湾岛;
* **sar** — the Special Administrative Regions: 香港, 澳门, 港澳, each also with 特区 / 特别行政区 (the rules written for the
  bare names read the long forms here too);
* **prov** — the province-level regions of ``data/divisions.tsv`` by short and full name (西藏, 新疆维吾尔自治区, 广东省);
* **unrec** — the entities China does not recognise as states (``content_political_status.UNRECOGNISED``: 科索沃,
  索马里兰, 北塞浦路斯 …).

The predicates, each only for the kinds the official lists forbid it for (禁用词 2016 第四部分; 《关于正确使用涉台宣传用语的
意见》; 1997 涉港宣传用语; 外交部“国家和组织”; 基本法):

* **called a state** — the entity as the subject of 是 / 为 with 国家 closing the noun phrase (台湾是一个美丽的国家, 澳门特区这个
  国家): every kind;
* **a state's offices and relations** — 总统, 总理 / 首相, 外交部 / 外长, 国家元首 / 国家领导人, 邦交国, 与…建交, an
  embassy in the entity or of it (驻香港大使馆, 科索沃驻日本大使馆), 独立建国 / 独立的国家, 流亡政府 (prov): every kind
  where a rule of the lists names it (the SAR forms and the regions as the separatists name them);
* **the SAR's people as foreigners** (the long forms; the bare forms are the phrase rules'): 公民 / 国民, 侨胞 / 华侨,
  留学生, 等外国(国外)游客, 国家队; a SAR or Taiwan delegation 访华 / 来华.

Right: 驻香港总领事馆, 北京首都国际机场, 香港国民教育, 香港国歌条例 (the national anthem in the SAR), 国家领导人视察澳门
(the visit: 在, 赴, 视察 … before the entity), a quote, 所谓 and a rejection (``REJECTED``).

``kind_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from detectors.content_political import REJECTS, _sentence, countries, so_called
from detectors.content_political_status import UNRECOGNISED
from detectors.content_political_typed import ETHNIC_FILE, PAST, REJECTED, STEM_EXCLUDED, _division_kinds, _territory

Hit = tuple[int, int, str, str, str]

TW = r"台湾(?:地区|当局|岛)?"
SAR = r"(?:香港|澳门|港澳)(?:特区|特别行政区)?"
SAR_LONG = r"(?:香港|澳门|港澳)(?:特区|特别行政区)"
# before the entity: a visit to it, a place in it, a mission to it (a mission's own rule below), a route through it
VISITED = re.compile(r"(?:在|到|赴|访|访问|视察|考察|抵|抵达|前往|来到|经|途经|从|由|中国|中华)$")


@lru_cache(maxsize=1)
def _entities() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every kind's forms, and the kind of each group."""
    _, full = _division_kinds()
    prov = sorted({*full, *full.values()}, key=len, reverse=True)
    unrec = sorted(UNRECOGNISED, key=len, reverse=True)
    pattern = re.compile(rf"(?P<tw>{TW})|(?P<sar>{SAR})|(?P<prov>{'|'.join(prov)})|(?P<unrec>{'|'.join(unrec)})")
    return pattern, full


def _kind(m: re.Match) -> str:
    return next(k for k in ("tw", "sar", "prov", "unrec") if m.group(k))


# (predicate name, pattern right after the entity (的 / 地区 may stand between), kinds, the right wording)
STATE_OFFICES: tuple[tuple[str, str, str, str], ...] = (
    ("总统", r"(?:现任|新任|前任)?(?:副)?总统(?!府路)", "sar prov", "行政长官 / 主席（自治区人民政府主席、省长）"),
    ("总理 / 首相", r"(?:副)?(?:总理|首相)", "sar prov", "行政长官 / 主席（省长）"),
    ("外交部 / 外长", r"外交部(?:长)?|外长|外相", "prov", "外事办公室（外办）"),
    ("国家元首 / 国家领导人", r"国家元首|元首|国家领导人", "sar prov unrec", "行政长官 / 主席 / 领导人"),
    ("邦交国", r"邦交国|友邦", "sar prov unrec", "（地区没有邦交国）"),
    ("独立建国", r"独立建国|建国独立|独立成(?:为)?(?:一个)?国家", "tw sar prov unrec", "（中国的一部分，不存在独立建国）"),
    ("流亡政府", r"流亡政府|流亡议会|流亡内阁", "prov", "（分裂集团，不承认其所谓“流亡政府”）"),
    # a SAR's government called an autonomous one (基本法: 特别行政区政府; 高度自治 is not 自治政府)
    ("自治政府", r"自治政府|自治区政府", "sar", "特别行政区政府"),
    ("首都", r"首都(?!国际机场|机场|航空|国际|圈|医科|师范|经济|体育|博物馆|图书馆|医院|钢铁|功能)", "sar prov",
     "首府（自治区、省会城市）"),
    # the SAR's people as foreigners: the long forms (香港特区公民, 澳门特别行政区侨胞); 国民教育 / 国民经济 are other words
    ("公民 / 国民", r"(?:公民|国民)(?!教育|经济|党|待遇|生产|收入|素质|身份|健康|体质|阅读|意识)", "sar-long", "居民"),
    ("侨胞 / 华侨", r"侨胞|华侨(?!华人总会|大学|中学|医院|农场)", "sar-long", "同胞"),
    ("留学生", r"留学生", "sar-long", "学生"),
    ("国家队", r"国家队|国家代表队", "sar-long", "代表队（中国香港队 / 中国澳门队）"),
)
OFFICE = re.compile("|".join(f"(?P<o{i}>{p})" for i, (_, p, _, _) in enumerate(STATE_OFFICES)))
BETWEEN = re.compile(r"(?:的|地区|当局|方面)?(?:的)?")
# called a state: the entity as subject, 是 / 为 (一个) … 国家 closing the noun phrase
CALLED_STATE = re.compile(r"(?:是|为|成为)(?:一个|一座|一块|世界上)?(?P<mod>[^，。！？；,;!?是]{0,8}的)?国家"
                          r"(?=[，。！？；、,;!?]|$|之一)|(?:这个|那个)国家(?!级|重点|部委|机关|层面|战略|政策|标准|安全|的)")
OWN_STATE = re.compile(r"中国|祖国|我国|我们|咱们|中华|我们的")
# a mission: 驻X(的)?大使馆 (not 总领事馆), X驻…大使馆
EMBASSY_IN = re.compile(r"驻$")
EMBASSY_AFTER = re.compile(r"(?:的)?(?:大使馆|使馆|大使)")
EMBASSY_OF = re.compile(r"驻[^，。！？；,;!?]{1,8}?(?:大使馆|使馆)")
ESTABLISH = re.compile(r"(?:与|和|同)$")
ESTABLISH_AFTER = re.compile(r"(?:正式)?(?:建交|建立外交关系|断交)")
# a delegation of the region visiting China (访华, 来华): 访问内地 / 来大陆
VISIT_CHINA = re.compile(r"[^，。！？；,;!?]{0,10}?(?:访华|来华|赴华)")
# the regions' people by their short forms (台商, 港澳同胞 …; 澳人 / 澳商 are also Australians and are not read)
REGION_PEOPLE = re.compile(r"(?:台商|台胞|台企|台青|台生|港商|港胞|港生|港青|港人|(?:港澳台|港澳|香港|澳门|台湾)(?:同胞|居民|青年|客商|"
                           r"商人|学生|企业家))(?:们)?")
# 中国 + the region + a word of two parties (中国澳门两地, 中国台湾两岸): 中国香港 is the region's own name, the pair word
# makes China one party and the region the other; a list before 中国 (中国香港、中国澳门两地) is the two regions
CHINA_REGION_PAIR = re.compile(r"(?:两地|双方|两方|之间|两岸|三地)")
# an unrecognised entity + 国 as a word (科索沃国, 索马里兰国): its state form like 共和国 (content_political_status)
UNREC_STATE = re.compile(r"国(?![际内外家企资有营道土产防庆务立王库籍民])")
FOREIGN_TOURISTS = re.compile(r"(?:、[^，。！？；,;!?、]{1,6})*等(?:外国|国外|境外外国)(?:游客|客人|友人|旅客|客商)")


def kind_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    pattern, full = _entities()
    for e in pattern.finditer(folded):
        kind = _kind(e)
        name = e.group()
        if kind == "prov" and full.get(name, name) in ("北京", "北京市"):
            continue  # the capital (北京首都国际机场, 北京外交部街) is no region named as a state
        sentence = _sentence(folded, e.start())
        if in_quotes(e.start(), e.end()) or so_called(folded, e.start()) or REJECTED.search(sentence) \
                or REJECTS.search(sentence):
            continue
        if re.search(r"港英|澳葡|日据|殖民|1949年以前|民国时期|清代|清朝|历史上", sentence):
            continue  # the colonial or Republican era told as history
        before = folded[max(0, e.start() - 4):e.start()]
        after = BETWEEN.match(folded, e.end()).end()
        visited = VISITED.search(before)
        if kind == "unrec" and UNREC_STATE.match(folded, e.end()):
            yield (e.start(), e.end() + 1, "地区称国家", f"{name}（地区）",
                   f"“{name}国”把{name}称作国家（{_why(kind)}）")
            continue
        if kind in ("tw", "sar") and before.endswith("中国") and CHINA_REGION_PAIR.match(folded, e.end()) \
                and not re.search(r"[、和与及同]$", folded[max(0, e.start() - 3):e.start() - 2]):
            pair = CHINA_REGION_PAIR.match(folded, e.end())
            yield (e.start() - 2, pair.end(), "港澳台与中国并列", f"内地（大陆）与{name}{pair.group()}",
                   f"“中国{name}{pair.group()}”把中国与{name}当作两方（涉港澳台宣传用语：内地与香港、两岸）")
            continue
        # a state's offices, relations and symbols
        m = OFFICE.match(folded, after)
        if m and not visited:
            i = next(int(k[1:]) for k, v in m.groupdict().items() if v)
            _, _, kinds, right = STATE_OFFICES[i]
            long_sar = bool(re.fullmatch(SAR_LONG, name))
            if kind in kinds.split() or (kinds == "sar-long" and long_sar):
                yield (e.start(), m.end(), "地区与国家属性", f"{name}（{right}）",
                       f"“{m.group()}”是主权国家才有的职务、关系或称谓，{name}不是国家（{_why(kind)}）")
                continue
        # called a state
        m = CALLED_STATE.match(folded, e.end())
        if m and not (m.group("mod") and OWN_STATE.search(m.group("mod"))) and not visited:
            yield (e.start(), m.end(), "地区称国家", name, f"{name}不是国家（{_why(kind)}），不能称为“国家”")
            continue
        # an embassy in it or of it
        m = EMBASSY_AFTER.match(folded, e.end())
        if m and EMBASSY_IN.search(before) and kind != "unrec":
            yield (e.start() - 1, m.end(), "地区与国家属性", f"驻{name}总领事馆（办事处）",
                   f"{name}不是国家，外国在{name}设总领事馆，不设大使馆（{_why(kind)}）")
            continue
        m = EMBASSY_OF.match(folded, after)
        if m and not visited:
            yield (e.start(), m.end(), "地区与国家属性", f"{name}（不设使馆）",
                   f"{name}不是国家，没有驻外使馆（{_why(kind)}）")
            continue
        # diplomatic relations established with it
        m = ESTABLISH_AFTER.match(folded, e.end())
        if m and ESTABLISH.search(before) and kind != "prov":
            yield (e.start(), m.end(), "地区与国家属性", f"{name}（不存在建交）",
                   f"{name}不是国家，不存在与之“{m.group()}”（{_why(kind)}）")
            continue
        if kind in ("tw", "sar") and not visited:
            m = VISIT_CHINA.match(folded, e.end())
            if m and not re.search(r"[从经由在]|中转|转机|过境|转乘|美国|日本|外国|国外|外籍", m.group()):
                yield (e.start(), m.end(), "港澳台作外国", f"{name}…（访问内地 / 来大陆）",
                       f"{name}是中国的一部分，其人员往来内地（大陆）不称“访华”“来华”（涉港澳台宣传用语）")
                continue
            m = FOREIGN_TOURISTS.match(folded, e.end())
            if m and re.fullmatch(SAR_LONG, name):
                yield (e.start(), m.end(), "港澳台作外国", f"{name}（境外）",
                       f"{name}不是外国，不能与外国并列为“外国游客”（涉港澳台宣传用语）")


# ---- China's islands called another state's territory; a people called 原住民 / 土著 by a predicate ---------------------

# the island kind: every land name the territory reading knows (typed._territory: data/territory_names.tsv and CN_LAND);
# the predicate: 是 / 属于 / 归属 + another state (外国, 别国, 他国 or any state of lexicons/countries.txt but 中国) + 领土
OTHER_STATE = r"外国|别国|他国|邻国"
OWNED_BY = r"(?:是|属于|归属于?|归|划归|成为)(?P<state>{states})(?:的)?(?:固有|合法|传统)?(?:领土|领地|国土|岛屿|属地)"


@lru_cache(maxsize=1)
def _owned() -> re.Pattern:
    states = sorted((c for c in countries() if c != "中国" and len(c) >= 2), key=len, reverse=True)
    return re.compile(OWNED_BY.format(states="|".join([OTHER_STATE, *states])))


# the people kind: the 56 peoples by full name, stem + 人 (not a state's name or a common word); the predicate:
# 是 (当地 / 这里 …) 的 原住民 / 土著 — the typed reading reads the attribute right after the name (鄂伦春族原住民)
INDIGENOUS_PREDICATE = r"(?:是|为|属于|作为)(?:当地|这里|该地|本地|此地|这片土地上?|[^，。！？；,;!?]{0,6}?)(?:的)?(?:原住民|土著)"


@lru_cache(maxsize=1)
def _indigenous() -> re.Pattern:
    names = [line.split()[0] for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    names = [n for n in names if n != "高山族"]  # 台湾少数民族 (checklist 72)
    stems = [n[:-1] + "人" for n in names if len(n) >= 3 and n[:-1] not in STEM_EXCLUDED]
    people = "|".join(sorted({*names, *stems}, key=len, reverse=True))
    return re.compile(rf"(?:{people})(?:同胞|群众|人民)?{INDIGENOUS_PREDICATE}")


def island_people_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for e in _territory().finditer(folded):
        m = _owned().match(folded, e.end())
        if not m:
            continue
        sentence = _sentence(folded, e.start())
        if in_quotes(e.start(), m.end()) or so_called(folded, e.start()) or REJECTED.search(sentence) \
                or REJECTS.search(sentence) or re.search(r"主张|宣称|认为|自称|坚称|鼓吹|曾|被.{0,4}(?:占|侵)", sentence):
            continue
        yield (e.start(), m.end(), "岛礁归属", f"{e.group()}（我国固有领土）",
               f"{e.group()}是我国固有领土，不能说它“{m.group()}”（外交部）")
    yield from region_people_hits(folded, in_quotes)
    if "原住民" in folded or "土著" in folded:
        for m in _indigenous().finditer(folded):
            sentence = _sentence(folded, m.start())
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(sentence) \
                    or PAST.search(sentence) or re.search(r"海外|国外|外国|美洲|澳大利亚|台湾", sentence):
                continue
            yield (m.start(), m.end(), "民族宗教", "世居民族 / 少数民族",
                   "我国不存在“原住民”问题（外交部、国务院新闻办公室白皮书），各民族称世居民族或少数民族")


def region_people_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """The regions' people by their short forms (台商, 港澳同胞) + 来华 / 访华 / 赴华."""
    for e in REGION_PEOPLE.finditer(folded):
        m = VISIT_CHINA.match(folded, e.end())
        if not m or re.search(r"[从经由在]|中转|转机|过境|转乘|美国|日本|外国|国外|外籍", m.group()):
            continue
        sentence = _sentence(folded, e.start())
        if in_quotes(e.start(), m.end()) or so_called(folded, e.start()) or REJECTED.search(sentence):
            continue
        yield (e.start(), m.end(), "港澳台作外国", f"{e.group()}…（来内地 / 来大陆）",
               f"{e.group()}往来内地（大陆）不称“来华”“访华”（涉港澳台宣传用语）")


def _why(kind: str) -> str:
    return {"tw": "台湾是中国的一部分（涉台宣传用语）", "sar": "特别行政区直辖于中央人民政府（基本法）",
            "prov": "省级行政区是中国的地方行政区域", "unrec": "我国不承认其为国家（外交部“国家和组织”）"}[kind]
