"""Politically wrong wording, twenty-sixth session (content-political26; POLITICAL_CHECKLIST.md items 424–425; sources
in ``lexicons/SOURCES.md``, “第二十六次会话”): readings of *structure* — an attribute given to the wrong holder — rather
than lists of words:

* **A state organ given another organ's constitutional role** (``_role_hits``) — the Constitution (2018) defines each
  central organ by one role: 全国人民代表大会 is the 最高国家权力机关 (第五十七条) and, with its standing committee, holds
  the 国家立法权 (第五十八条); its 常务委员会 is its 常设机关; 国务院 is the 中央人民政府, the 最高国家权力机关的执行机关
  and the 最高国家行政机关 (第八十五条); 中央军事委员会 leads the armed forces (the 最高军事领导机关); 国家监察委员会 is
  the 最高监察机关 (第一百二十五条) and 监察委员会 the 国家的监察机关 (第一百二十三条); 人民法院 are the 国家的审判机关
  (第一百二十八条), 最高人民法院 the 最高审判机关; 人民检察院 are the 国家的法律监督机关 (第一百三十四条), 最高人民检察院
  the 最高检察机关; local people's congresses are the 地方国家权力机关 (第九十六条) and local governments their 执行机关
  and the 地方国家行政机关 (第一百零五条). The CPPCC (政协章程) is an organisation of the united front and a 专门协商机构,
  none of these. ``ORGAN 是 ROLE``, ``ROLE 是 ORGAN`` and ``ORGAN 行使 …权`` are read: the role's holders (``ROLES``) must
  include the organ's kind (国务院是最高立法机关, 我国的最高国家权力机关是国务院, 人民法院是国家的法律监督机关,
  全国政协是最高权力机关, 国务院行使国家立法权). A role that continues (最高国家权力机关的执行机关 is the 国务院's), a
  question, a true-or-false quiz marked wrong, a sentence that rejects the statement or a quoted one is not read.
* **A local regime of ancient China given to a foreign state** (``_regime_hits``) — 高句丽 (高句骊), 渤海国, 夫余 (扶余国)
  and 东夫余 were local regimes of ancient China's north-east (the National Cultural Heritage Administration's
  nomination of 高句丽王城、王陵及贵族墓葬, World Heritage 2004: 中国古代东北地方民族政权); 南诏 a regime of the 乌蛮 and
  白蛮 in Yunnan (not a Thai state). Written as Korea's or Thailand's (韩国古代的高句丽, 古代朝鲜的渤海国, 高句丽是韩国
  古代国家, 高句丽属于韩国历史, 泰国古代的南诏国), the regime is given to another state. 高丽 (918–1392), 新罗 and 百济
  are Korean states and are not read; a sentence of scholarship or a claim reported (学者, 研究, 主张, 声称, 视为, 所谓,
  东北工程, 不是) is right.

``roles_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.content_political import _sentence, so_called

Hit = tuple[int, int, str, str, str]

# ---- a state organ given another organ's role ------------------------------------------------------------------

# organ names → kind (longest first in the alternation: 最高人民法院 before 人民法院, 全国人大常委会 before 全国人大)
ORGANS: dict[str, str] = {
    "全国人民代表大会常务委员会": "npcsc", "全国人大常委会": "npcsc", "全国人民代表大会": "npc", "全国人大": "npc",
    "国务院": "gov", "中央人民政府": "gov", "中央军事委员会": "cmc", "中央军委": "cmc",
    "国家监察委员会": "nsc", "国家监委": "nsc", "监察委员会": "sc", "监委": "sc",
    "最高人民法院": "spc", "最高法院": "spc", "人民法院": "court", "法院": "court",
    "最高人民检察院": "spp", "最高检察院": "spp", "人民检察院": "proc", "检察院": "proc",
    "全国政协": "cppcc", "人民政协": "cppcc", "全国政协会议": "cppcc", "政协": "cppcc",
    "地方各级人民代表大会": "lpc", "地方各级人大": "lpc", "地方各级人民政府": "lgov",
}
ORGAN = "|".join(sorted(map(re.escape, ORGANS), key=len, reverse=True))
# role → (the kinds that hold it, what the role belongs to, for the suggestion). A role that continues as another
# organ's (最高国家权力机关的执行机关 / 的常设机关) is not this role.
ROLES: tuple[tuple[str, frozenset[str], str], ...] = (
    (r"最高国家权力机关|最高权力机关|国家最高权力机关", frozenset({"npc"}), "全国人民代表大会是最高国家权力机关"),
    (r"(?:最高|国家最高|最高国家|国家)立法(?:机关|机构)|立法机关|立法机构",
     frozenset({"npc", "npcsc", "lpc"}), "全国人大及其常委会行使国家立法权"),
    (r"(?:最高国家|国家最高|最高|国家)行政机关|中央人民政府", frozenset({"gov"}), "国务院即中央人民政府，是最高国家行政机关"),
    (r"地方(?:各级)?国家行政机关", frozenset({"lgov"}), "地方各级人民政府是地方各级国家行政机关"),
    (r"地方(?:各级)?国家权力机关", frozenset({"lpc"}), "地方各级人民代表大会是地方国家权力机关"),
    (r"最高军事领导机关|最高军事机关", frozenset({"cmc"}), "中央军事委员会领导全国武装力量"),
    (r"(?:最高|国家最高)?(?:国家)?(?:的)?审判机关", frozenset({"spc", "court"}), "人民法院是国家的审判机关"),
    (r"(?:国家)?(?:的)?法律监督机关|(?:最高|国家最高)检察机关|检察机关",
     frozenset({"spp", "proc"}), "人民检察院是国家的法律监督机关"),
    (r"(?:最高|国家最高)?(?:国家)?(?:的)?监察机关", frozenset({"nsc", "sc"}), "监察委员会是国家的监察机关"),
    (r"常设机关", frozenset({"npcsc"}), "全国人大常委会是全国人大的常设机关"),
)
ROLE = "|".join(f"(?P<r{i}>{p})" for i, (p, _, _) in enumerate(ROLES))
STATE_OF = r"(?:(?:我国|国家|中国|中华人民共和国)(?:的)?|的)?"
STATE_BEFORE = r"(?:(?:我国|国家|中国|中华人民共和国)(?:的)?)?"
CONTINUED = r"(?!的执行机关|的常设机关|的执行|的常设|[”\"」』])"
COPULA = r"(?:就是|是|为|系|作为|属于)"
# ORGAN (及其常委会) 是 ROLE; ROLE 是 ORGAN; ORGAN 行使 国家…权
ORGAN_IS_ROLE = re.compile(rf"(?<![“\"「『])(?P<o>{ORGAN})(?:及其常委会|及其常务委员会)?{COPULA}{STATE_OF}(?:{ROLE}){CONTINUED}")
ROLE_IS_ORGAN = re.compile(rf"(?<![“\"「『的]){STATE_BEFORE}(?:{ROLE}){COPULA}(?P<o>{ORGAN})(?!及其常委会|及其常务委员会)")
POWERS = {"立法权": (frozenset({"npc", "npcsc", "lpc"}), "全国人大及其常委会行使国家立法权"),
          "审判权": (frozenset({"spc", "court"}), "人民法院依照法律规定独立行使审判权"),
          "检察权": (frozenset({"spp", "proc"}), "人民检察院依照法律规定独立行使检察权"),
          "监察权": (frozenset({"nsc", "sc"}), "监察委员会依照法律规定独立行使监察权")}
ORGAN_POWER = re.compile(rf"(?<![“\"「『])(?P<o>{ORGAN})(?:依法|依照法律规定|独立)?(?:行使|享有|掌握)(?:国家|最高)?(?:的)?"
                         r"(?P<p>立法权|审判权|检察权|监察权)")
# a quiz marked wrong, a question, a sentence that rejects or corrects the statement
ROLE_REJECTED = re.compile(r"所谓|错误|不对|不正确|不是|并非|而非|而是|混淆|误认为|误以为|以为|判断|对吗|是否|吗|[×✗✘？?]")


def _role_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "机关" not in folded and "机构" not in folded and "中央人民政府" not in folded and "权" not in folded:
        return
    found: list[tuple[int, int, str, str]] = []
    for pattern in (ORGAN_IS_ROLE, ROLE_IS_ORGAN):
        for m in pattern.finditer(folded):
            i = next(int(k[1:]) for k, v in m.groupdict().items() if k.startswith("r") and v)
            _, holders, right = ROLES[i]
            if ORGANS[m.group("o")] not in holders:
                found.append((m.start(), m.end(), m.group("o"), right))
    for m in ORGAN_POWER.finditer(folded) if "权" in folded else ():
        holders, right = POWERS[m.group("p")]
        if ORGANS[m.group("o")] not in holders:
            found.append((m.start(), m.end(), m.group("o"), right))
    for start, end, organ, right in sorted(found):
        if in_quotes(start, end) or so_called(folded, start) or ROLE_REJECTED.search(_sentence(folded, start)):
            continue
        yield (start, end, "国家机构职能", right,
               f"把别的国家机构的宪法地位、职权说成{organ}的（宪法第三章规定各国家机构的性质和职权）")


# ---- a local regime of ancient China given to a foreign state ---------------------------------------------------

# regime → (the states it is wrongly given to, the right wording)
REGIMES: tuple[tuple[str, str, str], ...] = (
    (r"高句丽|高句骊|高勾丽|渤海国|渤海政权|渤海王国|夫余国|扶余国|夫余王国|扶余王国|东夫余|北夫余",
     r"韩国|朝鲜(?!族|半岛)|大韩|韩民族|朝鲜民族", "中国古代东北地方民族政权"),
    (r"南诏国|南诏", r"泰国|泰族|暹罗", "唐代以乌蛮、白蛮为主体在云南建立的地方政权"),
)
OLD = r"(?:古代|历史上|古代史上|历史|古代史|三国时代|三国时期|古代三国|三国)(?:之一)?(?:的)?"
KIND = r"(?:王朝|王国|古国|国家|政权|国)"
# (the state's past — 古代 before or after it, 历史上, 三国 — or a kind of state must be said: 朝鲜的高句丽古墓群 is where
# the tombs lie, not whose the regime was)
REGIME_PATTERNS = [
    re.compile(rf"(?:古代(?:{state})(?:的)?|(?:{state}){OLD}(?:{KIND}(?:的)?)?|(?:{state})(?:的)?{KIND}(?:的)?)(?P<g>{regime})|"
               rf"(?P<g2>{regime}){KIND}?(?:是|为|属于|系|作为|乃)(?:古代|历史上)?(?:的)?(?:{state})(?:古代|历史上|历史|古代史)?(?:的)?"
               rf"(?:{KIND}|王朝|历史|一部分|祖先|民族)?")
    for regime, state, _ in REGIMES]
REGIME_REPORTED = re.compile(r"所谓|学者|学界|研究|主张|认为|视为|声称|宣称|歪曲|篡改|争夺|抢夺|东北工程|不是|并非|而非|错误|误|"
                             r"称为|说法|申遗|教科书")


def _regime_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for (_, _, right), pattern in zip(REGIMES, REGIME_PATTERNS, strict=True):
        for m in pattern.finditer(folded):
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) \
                    or REGIME_REPORTED.search(_sentence(folded, m.start())):
                continue
            regime = m.group("g") or m.group("g2")
            yield (m.start(), m.end(), "古代政权归属", f"{right}{regime}",
                   f"{regime}是{right}，不是外国的古代国家")


def roles_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the twenty-sixth session's families (module docstring)."""
    yield from _role_hits(folded, in_quotes)
    if "丽" in folded or "骊" in folded or "渤海" in folded or "余" in folded or "南诏" in folded:
        yield from _regime_hits(folded, in_quotes)
