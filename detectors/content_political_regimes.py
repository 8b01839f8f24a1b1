"""Politically wrong wording, twenty-sixth session (content-political26; POLITICAL_CHECKLIST.md item 425; sources in
``lexicons/SOURCES.md``, “第二十六次会话”): a reading of *structure* — an attribute given to the wrong holder — rather
than a list of words:

* **A local regime of ancient China given to a foreign state** (``_regime_hits``) — 高句丽 (高句骊), 渤海国, 夫余 (扶余国)
  and 东夫余 were local regimes of ancient China's north-east (the National Cultural Heritage Administration's
  nomination of 高句丽王城、王陵及贵族墓葬, World Heritage 2004: 中国古代东北地方民族政权); 南诏 a regime of the 乌蛮 and
  白蛮 in Yunnan (not a Thai state). Written as Korea's or Thailand's with its past or its kind said (韩国古代的高句丽,
  古代朝鲜的渤海国, 高句丽是韩国古代国家, 高句丽属于韩国历史, 泰国古代的南诏国), the regime is given to another state.
  高丽 (918–1392), 新罗 and 百济 are Korean states and are not read; 朝鲜的高句丽古墓群 says where the tombs lie; a sentence
  of scholarship or a claim reported (学者, 研究, 主张, 声称, 视为, 所谓, 东北工程, 不是) is right.

(The twenty-sixth session's other family by structure, a state organ given another organ's constitutional role or
power — 国务院是最高立法机关, 我国的最高立法机关是国务院, 国务院行使国家立法权 — extends ``content_political_canon``'s
``ORGAN_NATURE``, where the organs' natures already were.)

``regime_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import chain

from detectors.content_political import _sentence, so_called

Hit = tuple[int, int, str, str, str]

# ---- a local regime of ancient China given to a foreign state ---------------------------------------------------

# regime → (the states it is wrongly given to, the right wording)
REGIMES: tuple[tuple[str, str, str], ...] = (
    (r"高句丽|高句骊|高勾丽|渤海国|渤海政权|渤海王国|夫余国|扶余国|夫余王国|扶余王国|东夫余|北夫余",
     r"韩国|朝鲜(?!族|半岛)|大韩|韩民族|朝鲜民族", "中国古代东北地方民族政权"),
    (r"南诏国|南诏", r"泰国|泰族|暹罗", "唐代以乌蛮、白蛮为主体在云南建立的地方政权"),
)
OLD = r"(?:古代|历史上|古代史上|历史|古代史|三国时代|三国时期|古代三国|三国)(?:之一)?(?:的)?"
KIND = r"(?:王朝|王国|古国|国家|政权|国)"
# content-political35 (item 488): the regime's sites and relics between the name and the verb (高句丽遗址是古代朝鲜王国的)
SITE = r"遗址|遗存|遗迹|古城|王城|山城|都城|王陵|墓葬|古墓群|古墓|墓群|文物|文化|壁画|石碑|好太王碑"
# (the state's past — 古代 before or after it, 历史上, 三国 — or a kind of state must be said: 朝鲜的高句丽古墓群 is where
# the tombs lie, not whose the regime was)
REGIME_PATTERNS = [
    re.compile(rf"(?:古代(?:{state})(?:的)?|(?:{state}){OLD}(?:{KIND}(?:的)?)?|(?:{state})(?:的)?{KIND}(?:的)?)(?P<g>{regime})|"
               rf"(?P<g2>{regime}){KIND}?(?:{SITE})?(?:的)?(?:是|为|属于|系|作为|乃)(?:古代|历史上)?(?:的)?(?:{state})(?:古代|历史上|历史|古代史)?(?:的)?"
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


# ---- content-political31: a dynasty or regime of China said to invade China -----------------------------------------

# The dynasties and regimes founded by the peoples of the north (元, 清 — dynasties of a unified China; 辽, 金, 西夏 —
# regimes of China's history) with invasion (入侵, 侵略, 侵入, 侵占) of 中原, 中国, 华夏, 汉地, 关内, 内地: the wars among
# the regimes of ancient China were wars inside one country, not a foreign invasion (中国是统一的多民族国家 — 宪法序言;
# 教育部统编《中国历史》七年级下册: 元朝的统一, 清朝入关, not 入侵). Stated by name: 元朝统一全国, 清军入关, 金军南下.
DYNASTY = r"(?:元朝|元军|元兵|蒙元|大元|清朝|清军|清兵|满清|清廷|八旗军|辽朝|辽军|辽国|金朝|金军|金兵|金国|西夏)"
INVADED = re.compile(rf"(?P<d>{DYNASTY})(?:军队|铁骑|大军)?(?:的)?(?:入侵|侵略|侵入|侵占|攻侵)(?:了)?(?:中原|中国|华夏|汉地|关内|内地)")
# content-political34 (item 477): the same relation over the whole inventory of today's China — a dynasty of China with
# a verb of foreign conquest (征服, 吞并, and the verbs of invasion above) over any province-level region of
# data/divisions.tsv by its short name (新疆, 西藏, 云南, 台湾 …): the Qing's 统一新疆 (1759), 统一台湾 (1683), the Yuan's
# 统一云南 are a country's unification, not a conquest (教育部统编《中国历史》七年级下册: 清朝统一新疆、巩固统一的多民族国家)
CONQUEST = r"(?:征服|吞并|入侵|侵略|侵入|侵占|攻侵)"


@lru_cache(maxsize=1)
def _conquered() -> re.Pattern:
    from detectors.content_political_typed import _division_kinds  # (typed imports territory, which is heavier)

    regions = sorted(set(_division_kinds()[1]) | {"台湾", "西域", "漠北", "漠南"}, key=len, reverse=True)
    return re.compile(rf"(?P<d>{DYNASTY})(?:军队|铁骑|大军)?(?:的)?{CONQUEST}(?:了)?(?P<r>{'|'.join(regions)})")
DYNASTY_RIGHT = {"元": "元朝统一全国（元军南下）", "蒙": "元朝统一全国（元军南下）", "大": "元朝统一全国（元军南下）",
                 "清": "清军入关（清朝统一全国）", "满": "清军入关（清朝统一全国）", "八": "清军入关（清朝统一全国）",
                 "辽": "辽军南下", "金": "金军南下", "西": "西夏与宋的战争"}
CONQUERED_RIGHT = {"元": "元朝统一{r}", "蒙": "元朝统一{r}", "大": "元朝统一{r}", "清": "清朝统一{r}", "满": "清朝统一{r}",
                   "八": "清朝统一{r}", "辽": "辽朝控制{r}", "金": "金朝控制{r}", "西": "西夏控制{r}"}


def _invasion_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in chain(INVADED.finditer(folded), _conquered().finditer(folded) if "征服" in folded or "吞并" in folded
                   or "侵" in folded else ()):
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) \
                or REGIME_REPORTED.search(_sentence(folded, m.start())):
            continue
        right = CONQUERED_RIGHT[m.group("d")[0]].format(r=m.group("r")) if "r" in m.groupdict() \
            else DYNASTY_RIGHT[m.group("d")[0]]
        yield (m.start(), m.end(), "历史与民族团结", right,
               f"{m.group('d')}是中国历史上的王朝（政权），我国古代各民族政权之间的战争是一国之内的战争，不称“入侵”“侵略”“征服”中原、中国或今天我国的一个地区")


def regime_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the twenty-sixth session's family (module docstring) and the
    thirty-first's (a dynasty of China said to invade China)."""
    if "丽" in folded or "骊" in folded or "渤海" in folded or "余" in folded or "南诏" in folded:
        yield from _regime_hits(folded, in_quotes)
    if "侵" in folded or "征服" in folded or "吞并" in folded:
        yield from _invasion_hits(folded, in_quotes)
