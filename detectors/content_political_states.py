"""Politically wrong wording, twenty-fourth session (content-political24; POLITICAL_CHECKLIST.md item 409; sources in
``lexicons/SOURCES.md``, “第二十四轮”): a foreign state under a name that is not its standard Chinese name.

* **A foreign state under a former name or a non-standard rendering** (``lexicons/state_names.txt``) — the names of
  foreign states are those of the Ministry of Foreign Affairs' 国家和组织 pages (the same source as
  ``countries.txt``; Xinhua's list asks for Xinhua's renderings of foreign names). Two kinds of other name are read
  whole: a state's name before its official renaming (马其顿共和国 → 北马其顿共和国 2019, 斯威士兰 → 埃斯瓦蒂尼 2018,
  扎伊尔 → 刚果（金） 1997, 锡兰 → 斯里兰卡 1972 …; and a few cities: 汉城 → 首尔 2005, 列宁格勒 → 圣彼得堡 1991)
  written as today's, and the renderings of Taiwan's
  authorities (纽西兰, 寮国, 义大利, 沙乌地阿拉伯, 坦尚尼亚 …), which name the world in Taiwan's official usage. A
  form with no other meaning counts wherever it stands; a form that also names an ancient kingdom, a region, a river,
  a tea or part of a word (马其顿, 扎伊尔, 锡兰, 暹罗, 肯亚, 贝南 …) counts only as a state: before a word only a state
  has (共和国, 政府, 总统, 大使馆, 代表团, 签证 …), after a verb of visits and missions (访问, 出访, 驻), or listed beside
  another state's name. A quoted form, 所谓, a sentence that explains the name (旧称, 原称, 更名, 台湾称, 译作 …), a
  title in 《》 and, for a renamed state, a year before the renaming or a sentence of history (当时, 时任, 殖民, 公元前 …)
  are right. content-political31 adds 蒙古人民共和国 (蒙古国 since 1992), 缅甸联邦 (2011) and a third kind, a state
  merged into another (并入: 锡金王国, part of India since 1975 — China's position since 2003), read like a renaming.

``states_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detectors.content_political import _sentence, _sentence_bounds, countries, so_called
from detectors.content_political_canon import _in_title

Hit = tuple[int, int, str, str, str]
# (beside this module, not through another module's directory: the coverage bench loads it from one checkout while
# measuring another's code)
STATE_NAMES_FILE = Path(__file__).resolve().parent / "lexicons" / "state_names.txt"


@dataclass(frozen=True)
class StateName:
    pattern: str  # the other name (a regular expression)
    right: str  # the Ministry of Foreign Affairs' standard name
    renamed: int | None  # the year of the renaming (or of the merger); None for Taiwan's rendering
    anywhere: bool  # the form has no other meaning
    merged: bool = False  # 并入: the state became part of another (锡金, 1975), not renamed


@lru_cache(maxsize=1)
def state_names() -> tuple[StateName, ...]:
    """The rows of ``lexicons/state_names.txt``."""
    out = []
    for line in STATE_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, right, kind, reading = line.split("\t")[:4]
        renamed = int(kind.split(":")[1]) if kind.startswith(("更名:", "并入:")) else None
        out.append(StateName(pattern, right, renamed, reading == "any", kind.startswith("并入:")))
    return tuple(out)


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern, re.Pattern]:
    rows = state_names()
    # (the quoted form is named, not used: the lookarounds leave it out)
    names = re.compile(r"(?<![“\"「『])(?:" + "|".join(f"(?P<s{i}>{r.pattern})" for i, r in enumerate(rows))
                       + r")(?![”\"」』])")
    gate = re.compile("|".join(re.sub(r"\(\?<?[!=][^)]*\)", "", r.pattern) for r in rows))
    return names, gate


# words only a state has, right after its name (马其顿考察团, 锡兰政府, 肯亚总统)
STATE_AFTER = re.compile(r"共和国|联邦|政府|总统|副总统|总理|首相|议会|国会|议长|大使馆|使馆|领事馆|大使|驻华|外长|外交部|外交|"
                         r"首都|国籍|籍|人民|代表团|考察团|访问团|客人|客商|留学生|签证|护照|国家队|队|军方|军队|方面|外宾|官员|"
                         r"元首|国旗|国歌|国庆|独立日|驻|总督|友人|客队|选手|运动员|企业|商品|进口|出口")
# a visit or a mission before it (访问锡兰, 出访马其顿, 驻扎伊尔大使)
STATE_BEFORE = re.compile(r"(?:访问|出访|到访|赴|前往|抵达|来自|驻|出使|途经|出口到|出口至|远销|飞往)$")
LIST_SEP = r"(?:[、和与及]|以及)"
# a sentence that explains the name rather than using it
NAMED = re.compile(r"旧称|旧名|旧译|原称|原名|原为|原国名|曾称|曾名|曾用名|更名|改名|改称|改为|国名|即今|今称|今天的|现称|现名|"
                   r"称为|称作|叫做|叫作|译作|译为|译名|又译|又称|台湾(?:地区)?(?:方面)?(?:称|译|叫|写)|港台|台媒|所谓|前身|"
                   r"不称|不说|不能|不应|不宜|应为|应称|写法")
# a sentence of history, for a state's name before its renaming
HISTORY = re.compile(r"当时|时任|历史|古代|古国|公元前|殖民|帝国|亚历山大|腓力|独立前|年代|旧时|那时|昔日|曾经|纪念馆|博物馆|"
                     r"战役|保卫战|围城|战争|苏联|卫国战争")
YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)年")


@lru_cache(maxsize=1)
def _beside_patterns() -> tuple[re.Pattern, re.Pattern]:
    names = "|".join(sorted(countries(), key=len, reverse=True))
    return re.compile(rf"(?:{names}){LIST_SEP}$"), re.compile(rf"{LIST_SEP}(?:{names})")


def _listed_beside_state(folded: str, a: int, b: int) -> bool:
    """Another state's name right before or after, joined by 、和与及 (肯亚、坦桑尼亚等国)."""
    before, after = _beside_patterns()
    return bool(before.search(folded[max(0, a - 12):a]) or after.match(folded[b:b + 12]))


def states_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the family above."""
    names, gate = _compiled()
    if not gate.search(folded):
        return
    rows = state_names()
    for m in names.finditer(folded):
        row = rows[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]
        a, b = m.start(), m.end()
        if in_quotes(a, b) or so_called(folded, a) or _in_title(folded, a, b):
            continue
        sentence = _sentence(folded, a)
        if NAMED.search(sentence):
            continue
        if not row.anywhere:
            s0 = _sentence_bounds(folded, a, "。！？!?；;，,\n")[0]
            if not (STATE_AFTER.match(folded, b) or STATE_BEFORE.search(folded[s0:a])
                    or _listed_beside_state(folded, a, b)):
                continue
        if row.renamed is not None:
            years = [int(y) for y in YEAR.findall(sentence)]
            # history before the name or in its clause dates it (历史上，锡金王国…); a clause after it about something
            # else (对面就是锡金国，这里曾是古代茶马古道) does not (content-political38)
            clause_end = _sentence_bounds(folded, a, "。！？!?；;，,\n")[1]
            # (the name itself left out: 埃塞俄比亚帝国 holds 帝国)
            if HISTORY.search(folded[_sentence_bounds(folded, a)[0]:a] + "，" + folded[b:clause_end]) \
                    or any(y < row.renamed for y in years):
                continue
            yield (a, b, "外国国名", row.right,
                   f"“{m.group(0)}”已于{row.renamed}年并入他国，不再是国家，应称“{row.right}”" if row.merged else
                   f"外国国名、地名以外交部公布的标准中文名称为准：“{m.group(0)}”已于{row.renamed}年更名为“{row.right}”")
        else:
            yield (a, b, "外国国名", row.right,
                   f"外国国名以外交部公布的标准中文名称为准：“{m.group(0)}”是台湾地区的译名，应称“{row.right}”")
