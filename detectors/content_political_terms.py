"""Politically wrong wording, twenty-third session (content-political23; POLITICAL_CHECKLIST.md items 402–405; sources
in ``lexicons/SOURCES.md``, “第二十三轮（第十九次会话）”). The blind parts keep bringing members of known families that no rule
listed; each family here is read from its complete inventory or from the structure of the right wording, not from a
list of examples.

* **A Chinese ethnic group under a neighbour's or an outdated name** (``ETHNIC_OTHER_NAMES``) — the 56 official names
  (``data/ethnic_groups.txt``, 国家民委; GB/T 3304) are the only names of China's groups. The cross-border peoples
  have other names abroad — 朝鲜族 is not 韩族 / 韩国族 / 高丽族, 柯尔克孜族 not 吉尔吉斯族, 乌孜别克族 not 乌兹别克族,
  塔塔尔族 not 鞑靼族, 京族 not 越族 / 越南族, 傣族 not 泰族 / 掸族, 景颇族 not 克钦族, 赫哲族 not 那乃族, 鄂温克族 not
  埃文基族 — and 藏族 is no 西藏族 (a region's name made a people's). A name a neighbouring state's people bear too
  counts only in a sentence about China's groups (another official name, 民族, 各族, 我国 …) that names no foreign
  state; 高丽族, 韩国族 and 西藏族 stand for nothing else. History (高丽王朝, 旧称 …), quotation marks, 所谓 and a
  sentence that names the word as wrong are right. (The groups' renamed names 崩龙族, 毛难族 and the branches called
  族 — 摩梭族, 穿青族 — are ``content_political_guidance``'s; the short forms 朝族, 维族 ``content_political_names``'.)
* **A massacre called an incident** — the massacres of Chinese civilians by the Japanese army are 惨案 (or 大屠杀) in
  every official name (国务院 2014 / 2015 国家级抗战纪念设施、遗址名录; the memorial halls' names); <place>事件 is
  the aggressor's word that hides the killing. Read two ways: the places of the inventory (``MASSACRES``) before
  事件 in a sentence of the war (日军, 侵华, a year 1931–1945 …), and the shape of any such sentence: a village or town
  name before 事件 in a sentence that says the Japanese army killed people there. A sentence that also gives the
  惨案 name, explains the word (日方称, 所谓, 淡化) or quotes it is right. (The named incidents of the war —
  九一八事件, 卢沟桥事件, 济南事件 — are ``content_political_history``; its 平顶山事件 keeps its rule.)
* **The elements of a fixed formulation swapped between its slots** — 总体国家安全观 is 以人民安全为宗旨、以政治安全为
  根本、以经济安全为基础 …: written 以政治安全为宗旨 the formulation says something else. Every formulation of
  ``lexicons/ordered_formulas.txt`` whose items are 以 X 为 Y is read: X of one item with Y of another, in a sentence
  that holds two of its items or names it.
* **The numbers of two numbered formulations swapped** — 十个明确、十四个坚持 written 十个坚持、十四个明确: in a list of
  two numbered formulations A 个 X and B 个 Y where B 个 X and A 个 Y are the formulations (the numbered terms of
  ``lexicons/formal_terms.txt`` and the 十个坚持 of the 2021 resolution) and A 个 X, B 个 Y are not both, the numbers
  were swapped.

``terms_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from detectors.content_political import _sentence, _sentence_bounds, so_called
from detectors.content_political_canon import _in_title
from detectors.content_political_names import CLAN_AFTER, ethnic_names
from detectors.content_political_order import inventory
from detectors.content_typo import LEXICON_DIR, read_list

Hit = tuple[int, int, str, str, str]

# ---- ethnic groups under a neighbour's or an outdated name -----------------------------------------------------------

# pattern → (official name, whether the word also names a people abroad: then only in a sentence about China's groups)
ETHNIC_OTHER_NAMES: tuple[tuple[str, str, bool], ...] = (
    (r"高丽族|韩国族", "朝鲜族", False),
    (r"(?<![大三马])韩族", "朝鲜族", True),
    (r"吉尔吉斯族", "柯尔克孜族", True),
    (r"乌兹别克族", "乌孜别克族", True),
    (r"鞑靼族", "塔塔尔族", True),
    (r"越南族|(?<![百於于骆瓯闽南山])越族", "京族", True),
    (r"(?<![暹])泰族|掸族", "傣族", True),
    (r"克钦族", "景颇族", True),
    (r"那乃族", "赫哲族", True),
    (r"埃文基族|埃文克族", "鄂温克族", True),
    (r"西藏族", "藏族", False),
)
ETHNIC_OTHER = re.compile("|".join(f"(?P<e{i}>{p})" for i, (p, _, _) in enumerate(ETHNIC_OTHER_NAMES)))
ETHNIC_OTHER_GATE = re.compile(r"高丽族|韩国族|韩族|吉尔吉斯族|乌兹别克族|鞑靼族|越南族|越族|泰族|掸族|克钦族|那乃族|埃文|崩龙族|"
                               r"西藏族")
# the sentence is about China's groups
CHINA_GROUPS = re.compile(r"民族|各族|少数民族|我国|中国|我省|我市|我县|自治州|自治县|自治区|自治乡|民族乡|新疆|云南|广西|吉林|延边|"
                          r"黑龙江|内蒙古|西藏|边疆|同胞|56个|五十六个|西双版纳|德宏|伊犁|克孜勒苏|塔城|东兴|同江|饶河|鄂伦春")
# …and names no state abroad where the word is the people's own name
ABROAD = re.compile(r"韩国|朝鲜半岛|朝鲜(?!族)|首尔|平壤|吉尔吉斯斯坦|吉尔吉斯共和国|比什凯克|乌兹别克斯坦|塔什干|俄罗斯|俄国|"
                    r"喀山|鞑靼斯坦|越南|河内|泰国|曼谷|缅甸|掸邦|克钦邦|老挝|外国|国外|境外|出境|苏联|西伯利亚|远东|"
                    r"中亚|东南亚|东北亚|侨民|侨胞")
ETHNIC_OTHER_NAMED = re.compile(r"旧称|史称|曾称|原称|改称|更名|正名|误称|误作|误写|错称|错写|错误|称为|称作|叫做|叫作|被称|"
                                r"所谓|不是|而非|并非|不应|不能|不宜|不要|应为|应称|王朝|王国|时期|古代|历史上|高丽王|朝代")


def _ethnic_other_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "族" not in folded or not ETHNIC_OTHER_GATE.search(folded):
        return
    names = ethnic_names()
    for m in ETHNIC_OTHER.finditer(folded):
        right, shared = ETHNIC_OTHER_NAMES[int(m.lastgroup[1:])][1:]
        a, b = m.start(), m.end()
        if any(len(n) > b - a and folded.endswith(n, 0, b) for n in names):
            continue  # the tail of a longer official name (西藏族 is no tail of 藏族: 西 is no part of a name)
        if (folded.startswith("群", b) and not folded.startswith("众", b + 1)) or CLAN_AFTER.match(folded, b - 1):
            continue  # 西藏族群 is 西藏 + 族群; 韩族谱, 韩族长 a clan of that surname
        sentence = _sentence(folded, a)
        if in_quotes(a, b) or so_called(folded, a) or _in_title(folded, a, b) or ETHNIC_OTHER_NAMED.search(sentence):
            continue
        if shared:
            others = sentence.replace(m.group(0), "")  # (越南族 names 越南 itself)
            if not (CHINA_GROUPS.search(others) or any(n in others for n in names)) or ABROAD.search(others):
                continue
        yield a, b, "民族宗教", right, (f"我国民族的名称以国家认定的 56 个民族名称为准，应称“{right}”（不用境外同源民族的"
                                    "名称或已更改的旧名）")


# ---- a massacre called an incident -----------------------------------------------------------------------------------

# The places of the Japanese army's massacres of civilians whose official name is <place>惨案 (the 2014 and 2015 lists
# of national war-of-resistance memorial sites, the memorial halls' names; 待核 in SOURCES.md). 南京 and 旅顺 are
# 大屠杀; 平顶山 and 济南 are content_political_history's.
MASSACRE_PLACES = ("潘家峪", "潘家戴庄", "北疃", "鲁家峪", "厂窖", "野场", "月塘村", "南石头")
KNOWN_INCIDENT = re.compile("(?P<p>" + "|".join(sorted(MASSACRE_PLACES, key=len, reverse=True)) + r")事件")
WAR_SENTENCE = re.compile(r"日军|日寇|日本|侵华|鬼子|日伪|抗战|抗日|19(?:3[1-9]|4[0-5])年")
# a settlement's name (the last character a village's, a town's or a place's) before 事件, in a sentence that says
# the Japanese army killed people
PLACE_INCIDENT = re.compile(r"(?P<p>[\u4e00-\u9fff]{1,4}?[村庄峪屯沟寨堡镇窖岭坨洼营店集湾岗坡坪塘疃圩垸乡])事件")
AGGRESSOR = re.compile(r"日军|日寇|侵华日军|日本侵略者|日本鬼子|鬼子|日伪军|日本军队|关东军")
KILLED = re.compile(r"杀害|屠杀|残杀|杀戮|杀死|枪杀|刺杀|烧死|活埋|毒死|遇难|遇害|死难|罹难|惨死|血洗|集体杀")
PLACE_LEAD = "在于的了和与及是即那这场起次个该此"
# incidents whose official Chinese name is 事件 (皇姑屯事件 of 1928, 大沽口事件 of 1926, 万宝山事件 of 1931, 中村事件,
# 张鼓峰事件 of 1938 between Japan and the Soviet Union, 牡丹社事件 of 1874)
OFFICIAL_INCIDENTS = ("皇姑屯", "大沽口", "万宝山", "中村", "张鼓峰", "牡丹社")
INCIDENT_NAMED = re.compile(r"日方称|日本称|日本方面称|日方所称|所谓|淡化|美化|歪曲|称为|称作|叫做|叫作|不能称|不应称|不是事件|"
                            r"而非|并非|而不是|篡改|否认|右翼")


def _massacre_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "事件" not in folded:
        return
    seen: set[int] = set()
    for pattern, needs_killing in ((KNOWN_INCIDENT, False), (PLACE_INCIDENT, True)):
        for m in pattern.finditer(folded):
            place = m.group("p").lstrip(PLACE_LEAD)
            a = m.end() - len(place) - 2
            if a in seen or len(place) < 2 or place.endswith(OFFICIAL_INCIDENTS):
                continue
            sentence = _sentence(folded, a)
            if needs_killing and not (AGGRESSOR.search(sentence) and KILLED.search(sentence)):
                continue
            if not needs_killing and not WAR_SENTENCE.search(sentence):
                continue
            if f"{place}惨案" in sentence or f"{place}大屠杀" in sentence:
                continue  # the right name beside it explains the other
            if in_quotes(a, m.end()) or so_called(folded, a) or INCIDENT_NAMED.search(sentence) \
                    or _in_title(folded, a, m.end()):
                continue
            seen.add(a)
            yield (a, m.end(), "历史称谓", f"{place}惨案",
                   "侵华日军屠杀我国平民的暴行称“惨案”“大屠杀”，不称“事件”（淡化侵略罪行）")


# a sentence that names a swapped formulation as wrong
SWAP_NAMED = re.compile(r"而不是|而非|说成|写成|错误|颠倒|不能把|不应把|误作|误写|不是说")


# ---- the elements of a fixed formulation swapped between its slots ------------------------------------------------

SLOT_ITEM = re.compile(r"^以(?P<x>.+?)为(?P<y>[^为]+)$")


@lru_cache(maxsize=1)
def _slot_formulas() -> tuple[tuple[str, tuple[tuple[str, str], ...], re.Pattern], ...]:
    """(name, the (X, Y) of each 以 X 为 Y item, one pattern over every X and Y of the formulation)."""
    out = []
    seen: set[tuple] = set()
    for v in inventory().versions:
        pairs = tuple((m.group("x"), m.group("y")) for m in (SLOT_ITEM.match(item) for item in v.items) if m)
        if len(pairs) < 3 or pairs in seen:
            continue
        seen.add(pairs)
        xs = "|".join(sorted({re.escape(x).replace("、", "、?") for x, _ in pairs}, key=len, reverse=True))
        ys = "|".join(sorted({re.escape(y) for _, y in pairs}, key=len, reverse=True))
        out.append((v.name, pairs, re.compile(rf"以(?P<x>{xs})为(?P<y>{ys})")))
    return tuple(out)


def _slot_hits(folded: str) -> Iterator[Hit]:
    if "以" not in folded or "为" not in folded:
        return
    for name, pairs, pattern in _slot_formulas():
        own = {x.replace("、", ""): y for x, y in pairs}
        matches = list(pattern.finditer(folded))
        if not matches:
            continue
        short = re.sub(r"[（(].*", "", name)
        for m in matches:
            x = m.group("x").replace("、", "")
            if own.get(x) == m.group("y"):
                continue
            sa, sb = _sentence_bounds(folded, m.start())
            sentence = folded[sa:sb]
            if sum(1 for n in matches if sa <= n.start() < sb) < 2 and short not in folded:
                continue
            if so_called(folded, m.start()) or SWAP_NAMED.search(sentence):
                continue
            yield (m.start(), m.end(), "提法顺序", f"以{m.group('x')}为{own[x]}",
                   f"{short}的各项有固定搭配（以{m.group('x')}为{own[x]}），各项的内容与定位不能互换")


# ---- the numbers of two numbered formulations swapped ---------------------------------------------------------------

NUMERAL = "一二两三四五六七八九十"
# the 十个坚持 of 《中共中央关于党的百年奋斗重大成就和历史经验的决议》(2021-11-11): the Party's historical experience
EXTRA_NUMBERED = ("十个坚持",)


@lru_cache(maxsize=1)
def _numbered() -> tuple[frozenset[str], re.Pattern]:
    """The numbered formulations (N个X) of ``lexicons/formal_terms.txt`` and the extra ones, and a pattern of two of
    them side by side (any number before each listed X)."""
    terms = set(EXTRA_NUMBERED)
    for word, *_ in read_list(LEXICON_DIR / "formal_terms.txt"):  # the typo lexicon's own reader
        if re.fullmatch(rf"[{NUMERAL}]+个[\u4e00-\u9fff]{{2,4}}", word):
            terms.add(word)
    tails = "|".join(sorted({t.split("个", 1)[1] for t in terms}, key=len, reverse=True))
    one = rf"[“\"「『]?(?P<nK>[{NUMERAL}]{{1,3}})个(?P<xK>{tails})[”\"」』]?"
    pair = one.replace("K", "1") + r"(?:[、,，]|和|与|及|以及)" + one.replace("K", "2")
    return frozenset(terms), re.compile(pair)


def _numbered_hits(folded: str) -> Iterator[Hit]:
    if folded.count("个") < 2:
        return
    terms, pattern = _numbered()
    for m in pattern.finditer(folded):
        n1, x1, n2, x2 = m.group("n1"), m.group("x1"), m.group("n2"), m.group("x2")
        if n1 == n2 or x1 == x2:
            continue
        written = {f"{n1}个{x1}", f"{n2}个{x2}"}
        swapped = {f"{n2}个{x1}", f"{n1}个{x2}"}
        if swapped <= terms and not written <= terms:
            if so_called(folded, m.start()) or SWAP_NAMED.search(_sentence(folded, m.start())):
                continue
            yield (m.start(), m.end(), "提法顺序", f"{n2}个{x1}、{n1}个{x2}",
                   f"编号提法的数字不能互换：应为“{n2}个{x1}”“{n1}个{x2}”")


def terms_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the twenty-third session's families (module docstring)."""
    yield from _ethnic_other_hits(folded, in_quotes)
    yield from _massacre_hits(folded, in_quotes)
    yield from _slot_hits(folded)
    yield from _numbered_hits(folded)
