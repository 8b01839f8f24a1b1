"""Coverage of the level-prefix tactic (issue #12) by form class, on generated names (not a recall).

    python bench/level_prefix_coverage.py [--parts dev dev2 …] [--per-part 0] [--show-misses 20]

**This is generated data, written alongside the code** — not a labelled set, and its figures are no recall. For the
registered names of the tuning parts' registries (``eval/impostor/devN/registry.csv``; names only, never the parts'
accounts or labels) the script writes each *form class* of "a place of another level before or instead of the
registered place" from the gazetteer (``detectors/data/divisions.tsv``, ``former_divisions.tsv``, ``regions.tsv``,
``nicknames.tsv``, ``former_provinces.tsv``), for **every** registered name that can carry it, runs the impostor
detector on the generated names (one account each, no avatar, no profile) against that part's registry, and reports
per form class how many were flagged at all and how many with a registry entry of the same name as target.

Form classes (the registered place P of the name; its chain: province, prefecture, county, town):
  prov_short      the province's short form before a lower unit's name (山东 + 郯城发布)
  prov_full       the province's full name before it (山东省 + 郯城发布)
  prov_abbr       the province's one-character abbreviation before it (鲁 + 郯城发布)
  pref_short      the prefecture's short form before a county-level name (临沂 + 郯城发布)
  pref_full       the prefecture's full name before it (临沂市 + 郯城发布)
  chain           province and prefecture before a county-level name (山东临沂 + 郯城发布)
  chain_full      the same with full names (山东省临沂市 + 郯城发布)
  level_word      the place with its own level word (郯城县发布 for 郯城发布)
  wrong_level     the place with a level word of another level (郯城区发布, 郯城市发布)
  former_name     the place by a former name of its own (``former_name_forms``: 郧县发布 for 郧阳发布)
  former_parent   a prefecture that governed it before, with 地区 (郧阳地区 + 郧西发布)
  pre1980_name    the place by a name it had before 1980 (``former_divisions_before1980.tsv``: 奉天发布 for 辽宁发布)
  pre1980_parent  a province dissolved before 1980 that covered it, before the name (热河 + 兴隆发布)
  region_prefix   a customary sub-region or macro-region covering the place (苏北 + 沭阳发布)
  greater         the capital-region word 大 before the prefecture, before a county-level name (大临沂 + 郯城发布)
  prov_nickname   a customary name of the province instead of it (齐鲁发布) or before a lower unit's name
  pref_nickname   a nickname of the prefecture (``nicknames.tsv``) before a county-level name (泉城 + 历下发布)
  town_under_pref a township's name put under its prefecture, the county left out (临沂 + 马头镇发布)
  capital_word    a word naming the place by its rank as capital before a unit of a provincial capital (省会 / 省城 /
                  首府 + 济南公安 or 历下发布; 山东 + 省会 + 济南公安), 首都 before a unit of Beijing

Form classes added in the twenty-fourth round, after the blind part of Inner Mongolia (dev22) showed what the classes
above could not: they begin from a registered name that writes a gazetteer form of its place, and a name that writes
its banner by a customary abbreviation no gazetteer lists (土右旗发布 of 土默特右旗, 陈旗发布 of 陈巴尔虎旗) got no
form at all, so its misses were never counted; and every form was the only disguise of its name, while the blind part
wrapped most in a second one. For every division type the gazetteer has (county, banner, district, city, league,
autonomous prefecture and county, township):
  abbrev_level    the name's own abbreviation of its place (its level word after characters of the short form, in
                  order, from the first: 土右旗, 达茂旗, 科左中旗, 鄂温克旗) with a level word of another level (土右县发布)
  abbrev_full     the abbreviated place written out in full (土默特右旗发布)
  league_abbr     a league the unit lies in, today's or former (``former_divisions.tsv``: 昭乌达盟 over 赤峰's banners),
                  by its first character and 盟 (its Mongolian name of three characters or more: 昭盟, 锡盟), before
                  the name (昭盟 + 克什克腾旗发布)
  capital_initial a provincial capital of three characters or more by its first character and 市 (呼市, 哈市, 乌市: the
                  colloquial names; not for other cities, whose first character + 市 is no customary name) before a
                  county-level name of it (呼市 + 玉泉发布)
  town_level      a township's stem with the level word of another township kind (上都乡 for 上都镇's 上都牧民服务); when
                  that is a real township's name elsewhere, it is a negative (``other_namesake``)

Form classes added in the twenty-fifth round, after the blind part of Heilongjiang (dev23) wrote districts by the
names they had before the 2019 reform of 伊春 and the province by the name of the 松江省 it absorbed in 1954 — forms
no class above could write, so their misses were never counted. The merged and renamed classes are read from the
change table ``bench/data/division_lineage.tsv`` (every code of the 民政部 tables since 1981 that ended, with the
records its territory went to whole, as ``scripts/build_former_divisions.py`` reads yescallop/areacodes), not from
``former_divisions.tsv`` (what the detector reads), so they fail where the detector's data lacks a change; for every
division of the gazetteer that a registered name writes:
  merged_name     a division set up from two or more in one change, written by one of them (美溪区发布 for 伊美发布:
                  撤销伊春区、美溪区，设立伊美区)
  absorbed_name   a division that took in an abolished neighbour whole, written by the neighbour's name (江东区发布
                  for 鄞州发布)
  renamed_late    a division renamed or re-levelled one-to-one since 2016, by its name before (叙州 ← 宜宾县)
  dissolved_province  a province written by the name of a province of 1945-1955 merged whole into it (松江, 合江 for
                  黑龙江; 绥远 for 内蒙古; ``DISSOLVED_PROVINCES``, written here): when that name is today a
                  division's inside the province (嫩江, 黑龙江's 嫩江市) it names that division, a negative
                  (``other_namesake``), and so is the name with its namesake's level word (松江区发布: Shanghai's)
A name several of today's divisions took part of (乌马河区 of 伊美区 and 乌翠区) is no one's: not generated.

  <form>+sound    any of the forms above with one character of the registered name respelt by a character of the
                  same syllable (pypinyin, any tone; the common characters of GB 2312 level 1), for every third
                  generated name (by a hash): the level form beside a second disguise, as the blind part wrote it

Negatives (``other_*``): the same name with its place replaced by a real division of the same level in *another*
province, written with that division's own province and prefecture before it (江苏宿迁沭阳发布 for 郯城发布): another
place chain. Counted as flagged when the detector points such a name at the registered entry whose place was replaced;
they should stay 0. ``other_namesake``: the place with a level word that makes it another real division elsewhere
(五华区发布 for 五华县's 五华发布: 五华区 is Kunming's), which must not be pointed at the registered name either.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import zlib
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = ROOT / "eval" / "impostor"
TUNING = ("dev",) + tuple(f"dev{n}" for n in range(2, 35))  # never "heldout"
FORMS = ("prov_short", "prov_full", "prov_abbr", "pref_short", "pref_full", "chain", "level_word", "wrong_level",
         "chain_full", "former_name", "former_parent", "pre1980_name", "pre1980_parent", "region_prefix", "greater",
         "prov_nickname", "pref_nickname", "town_under_pref", "capital_word", "abbrev_level", "abbrev_full",
         "league_abbr", "capital_initial", "town_level", "merged_name", "absorbed_name", "renamed_late",
         "dissolved_province")
SOUND = "+sound"  # a form with one character of the registered name respelt by sound as well
NEGATIVES = ("other_county", "other_prefecture", "other_province", "other_namesake")
BEFORE_1980 = ROOT / "detectors" / "data" / "former_divisions_before1980.tsv"
# The provincial capitals, written here for the generator (independent of the code under test): general knowledge.
CAPITALS = frozenset("石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 南宁 海口 成都 "
                     "贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐".split())
WRONG_LEVEL = {"县": "区", "区": "县", "市": "县", "旗": "县"}
# the level word put for an abbreviated place's own (abbrev_level) and for a township's (town_level)
ABBREV_LEVEL = {"旗": "县", "县": "区", "区": "县", "市": "县", "盟": "市", "州": "市"}
TOWN_LEVEL = {"镇": "乡", "乡": "镇", "苏木": "乡", "街道": "镇"}
FORMER = ROOT / "detectors" / "data" / "former_divisions.tsv"
LINEAGE = ROOT / "bench" / "data" / "division_lineage.tsv"
# The provinces of 1945-1955 whose whole territory went into one province of today (short forms): 松江省 (1954),
# 合江省 and 嫩江省 (1949, into 松江 and 黑龙江) into 黑龙江; 绥远省 (1954) into 内蒙古. General knowledge of the PRC's
# provincial-level history, written here for the generator (independent of the code under test); the provinces split
# among several (察哈尔, 热河, 西康, 平原, 辽东, 安东) are not one province's name.
DISSOLVED_PROVINCES = {"松江": "黑龙江", "合江": "黑龙江", "嫩江": "黑龙江", "绥远": "内蒙古"}
RENAMED_SINCE = 2016


def _h(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _pick(seq, key: str):
    seq = list(seq)
    return seq[_h(key) % len(seq)] if seq else None


def _chain(region: str) -> tuple[list[str], str]:
    """(division codes from the province down, the township written after the deepest division or "")."""
    from detectors.places import gazetteer, own_divisions, region_division
    gaz = gazetteer()
    code = region_division(region)
    if not code:
        return [], ""
    chain = [*reversed(gaz.ancestors(code)), code]
    own = own_divisions(region)
    tail = region
    for name in own:
        if name in tail and name == gaz.divisions[own[name]].name:
            tail = tail[tail.index(name) + len(name):]
    town = tail if tail.endswith(("镇", "乡", "街道")) and len(tail) >= 3 else ""
    return chain, town


def _written_place(name: str, code: str) -> str:
    """The form of division ``code`` that ``name`` begins with (full name first), "" when none."""
    from detectors.places import gazetteer, name_forms
    div = gazetteer().divisions[code]
    for form in (div.name, *name_forms(div.name)):
        if len(form) >= 2 and name.startswith(form):
            return form
    return ""


def _written_anywhere(name: str, code: str) -> bool:
    from detectors.places import gazetteer, name_forms
    div = gazetteer().divisions[code]
    return any(len(f) >= 2 and f in name for f in (div.name, *name_forms(div.name)))


def _province_aliases() -> dict[str, list[str]]:
    """Province short form → its customary and historical names that name no other place (place_aliases)."""
    from detectors.place_aliases import alias_places
    out: dict[str, list[str]] = defaultdict(list)
    for nick, places in alias_places().items():
        if len(places) == 1:
            out[places[0]].append(nick)
    return out


def _regions_covering() -> dict[str, list[str]]:
    """Division short form → the regions of ``regions.tsv`` that list it (smallest first)."""
    from detectors.affixes import regions
    from detectors.place_aliases import DIRECTION_REGIONS
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for region, members in regions().items():
        if region in DIRECTION_REGIONS:
            continue
        for m in members:
            out[m].append((len(members), region))
    return {m: [r for _, r in sorted(rs)] for m, rs in out.items()}


@cache
def _before_1980(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the former names, the former parents' short forms) of division ``code`` that only the pre-1980 table gives."""
    from detectors.places import short_form

    def _former_short(name: str) -> str:  # as ``detectors.places._former_short``, written out for a run before it
        return short_form(name, province=name.endswith(("省", "自治区")))

    for line in BEFORE_1980.read_text(encoding="utf-8").splitlines():
        cols = (line.split("\t") + ["", "", ""])[:4]
        if cols[0] == code and not line.startswith("#"):
            names = {n for name in cols[2].split() for n in (name, _former_short(name))}
            return frozenset(names), frozenset(_former_short(p) for p in cols[3].split())
    return frozenset(), frozenset()


@cache
def _lineage() -> tuple[dict[tuple[str, str], list[tuple[str, str, int, int]]], dict[str, set[tuple[str, str]]]]:
    """(successor record (code, name) → its direct predecessors (name, kind, until, successor's from), a former name →
    the successor records it went to) from ``LINEAGE``, read as a file. kind: "split" when the predecessor went to
    several records, else "one"."""
    preds: dict[tuple[str, str], list[tuple[str, str, int, int]]] = defaultdict(list)
    heirs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for line in LINEAGE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _code, pname, _pref, _start, until, succ = (line.split("\t") + [""] * 6)[:6]
        succs = [tuple(item.split(":")) for item in succ.split()]
        for scode, sname, sfrom in succs:
            preds[(scode, sname)].append((pname, "split" if len(succs) > 1 else "one", int(until), int(sfrom)))
            heirs[pname].add((scode, sname))
    return preds, heirs


def _lineage_forms(out: dict, div, rest: str, name: str) -> None:
    """The twenty-fifth round's merged and renamed classes (module docstring) of division ``div`` into ``out``."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    preds, heirs = _lineage()
    mine = preds.get((div.code, div.name), [])
    found: dict[str, list[str]] = defaultdict(list)
    for pname, kind, until, sfrom in mine:
        if (pname == div.name or kind != "one" or len(heirs[pname]) > 1 or pname in gaz.full
                or len(pname) < 2 or not rest):
            continue
        if until == sfrom and len(mine) >= 2:
            found["merged_name"].append(pname)
        elif sfrom < until:
            found["absorbed_name"].append(pname)
        elif until >= RENAMED_SINCE:
            found["renamed_late"].append(pname)
    for form, names in found.items():
        out[form] = _pick(sorted(set(names)), name + form) + rest


def _dissolved_forms(out: dict, prov, rest: str, name: str) -> None:
    """The ``dissolved_province`` class of a provincial unit's name, or its negatives (module docstring)."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    olds = sorted(o for o, p in DISSOLVED_PROVINCES.items() if p == prov.short)
    if not olds or not rest:
        return
    old = _pick(olds, name + "dissolved")
    namesakes = gaz.short.get(old, ())
    inside = [c for c in namesakes if prov.code in gaz.ancestors(c)]
    if inside:
        out["other_namesake"] = old + rest  # 嫩江发布: 嫩江市's own name
        return
    out["dissolved_province"] = old + rest
    if namesakes:
        other = gaz.divisions[namesakes[0]]
        out["other_namesake"] = other.name + rest  # 松江区发布: Shanghai's 松江区


def generate(name: str, region: str, aliases: dict, covering: dict) -> dict[str, str]:
    """Form class → the generated name (only the classes this registered name can carry)."""
    from detectors.places import PROVINCE_ABBREVIATIONS, _former_stems, former_name_forms, gazetteer, standing_nicknames
    gaz = gazetteer()
    nicknames = standing_nicknames()
    chain, town = _chain(region)
    if not chain:
        return {}
    divs = [gaz.divisions[c] for c in chain]
    prov = divs[0]
    out: dict[str, str] = {}
    # the deepest division the name begins with
    at = next(((k, w) for k in range(len(chain) - 1, -1, -1) if (w := _written_place(name, chain[k]))), None)
    if town and name.startswith(town[:-1] if town.endswith(("镇", "乡")) else town[:-2]) and len(divs) >= 2:
        out["town_under_pref"] = divs[1].short + name
    if at is None:
        _minority_forms(out, name, chain, divs, -1, "", town)
        return out
    k, written = at
    div = divs[k]
    rest = name[len(written):]
    if k >= 1 and len(divs) >= 2 and divs[1].short in CAPITALS:
        word = ("省会", "省城", "首府")[_h(name + "cap") % 3]
        out["capital_word"] = (prov.short if _h(name) % 2 else "") + word + name
    elif k >= 1 and prov.short == "北京":
        out["capital_word"] = "首都" + name
    if k >= 1:
        out["prov_short"] = prov.short + name
        out["prov_full"] = prov.name + name
        abbr = PROVINCE_ABBREVIATIONS.get(prov.short, "")
        if abbr:
            out["prov_abbr"] = abbr[0] + name
    if k >= 2:
        out["pref_short"] = divs[1].short + name
        out["pref_full"] = divs[1].name + name
        out["chain"] = prov.short + divs[1].short + name
        out["chain_full"] = prov.name + divs[1].name + name
        if len(divs[1].short) >= 2:
            out["greater"] = "大" + divs[1].short + name
        city_nicks = [n for n, forms in nicknames.items() if divs[1].short in forms]
        if city_nicks:
            out["pref_nickname"] = _pick(city_nicks, name) + name
    if k >= 1 and len(div.short) >= 2:
        level = div.name[len(div.short):]
        if written == div.short and level in WRONG_LEVEL:
            out["level_word"] = div.name + rest
        if level[-1:] in WRONG_LEVEL:
            wrong = div.short + WRONG_LEVEL[level[-1]]
            out["other_namesake" if wrong in gaz.full else "wrong_level"] = wrong + rest
    _minority_forms(out, name, chain, divs, k, written, town)
    # the pre-1980 classes are read from the data file itself, not through the code under test
    old, _ = _before_1980(div.code)
    former = [f for f in former_name_forms(div.code) if len(f) >= 2 and f not in old]
    if former:
        out["former_name"] = _pick(former, name) + rest
    old = sorted(f for f in old if len(f) >= 2 and f not in gaz.full and f not in gaz.short)
    if old:
        out["pre1980_name"] = _pick(old, name) + rest
    parents = [p for p in _former_stems(div.code, names=False) if p not in _before_1980(div.code)[1]]
    if parents:
        out["former_parent"] = _pick(parents, name) + "地区" + name
    dissolved = sorted({p for d in divs[:k + 1] for p in _before_1980(d.code)[1]})
    if dissolved:
        out["pre1980_parent"] = _pick(dissolved, name) + ("省" if _h(name) % 2 else "") + name
    regs = [r for d in divs[:k + 1] for r in covering.get(d.short, ()) if not rest.startswith(r)]
    if regs and k >= 1:
        out["region_prefix"] = regs[-1] + name  # the smallest region covering the deepest place
    if k == 0:
        _dissolved_forms(out, prov, rest, name)
    else:
        _lineage_forms(out, div, rest, name)
    nicks = aliases.get(prov.short, [])
    if nicks:
        nick = _pick(nicks, name)
        out["prov_nickname"] = nick + (rest if k == 0 else name)
    return out


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


def _abbreviation(name: str, divs: list) -> tuple[int, str, str]:
    """(chain index, stem, level word) of the deepest division below the province that ``name`` begins with by an
    abbreviation no gazetteer form is: the level word of its full name after characters of its short form in order,
    the first one first (土右旗 of 土默特右旗); (-1, "", "") when none. Written here, not taken from the code under test."""
    for k in range(len(divs) - 1, 0, -1):
        div = divs[k]
        level = div.name[-1]
        for j in range(min(len(name), len(div.short) + 1), 1, -1):
            stem = name[:j - 1]
            if name[j - 1] == level and stem != div.short and stem[0] == div.short[0] and _subsequence(stem, div.short):
                return k, stem, level
    return -1, "", ""


@cache
def _former_rows() -> dict[str, list[str]]:
    """Division code → its former names and former parents, from both former-division tables (read as files)."""
    out: dict[str, list[str]] = defaultdict(list)
    for path in (FORMER, BEFORE_1980):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = (line.split("\t") + ["", "", ""])[:4]
            out[cols[0]] += cols[2].split() + cols[3].split()
    return out


def _minority_forms(out: dict, name: str, chain: list[str], divs: list, k: int, written: str, town: str) -> None:
    """The twenty-fourth round's classes (module docstring) that ``name`` can carry, into ``out``."""
    from detectors.places import gazetteer, short_form
    gaz = gazetteer()
    ak, stem, level = _abbreviation(name, divs)
    if ak >= 1:
        rest = name[len(stem) + 1:]
        swapped = ABBREV_LEVEL.get(level)
        if swapped and stem + swapped not in gaz.full:
            out["abbrev_level"] = stem + swapped + rest
        out["abbrev_full"] = divs[ak].name + rest
    deepest = max(k, ak)
    if deepest >= 2 or (deepest >= 1 and divs[1].level == 2 and deepest == len(divs) - 1 and len(divs) > 2):
        leagues = []
        for d in divs[1:]:
            for n in (d.name, *_former_rows().get(d.code, ())):
                league = short_form(n) if n.endswith("盟") else ""
                if len(league) >= 3 and league[0] + "盟" not in gaz.full and league[0] + "盟" not in gaz.short:
                    leagues.append(league[0] + "盟")
        if leagues:
            out["league_abbr"] = _pick(sorted(set(leagues)), name) + name
    if deepest >= 2 and len(divs[1].short) >= 3 and divs[1].short in CAPITALS:
        out["capital_initial"] = divs[1].short[0] + "市" + name
    if town:
        ending = next((e for e in TOWN_LEVEL if town.endswith(e)), "")
        town_stem = town[:-len(ending)] if ending else ""
        if len(town_stem) >= 2 and name.startswith(town_stem) and not name.startswith(town):
            other = town_stem + TOWN_LEVEL[ending]
            # a real township of that name elsewhere is another place (東坪乡 of another county for 东坪镇's name)
            out["other_namesake" if other in _township_names() else "town_level"] = other + name[len(town_stem):]


@cache
def _township_names() -> frozenset[str]:
    """Every township's full name in ``detectors/data/towns.tsv`` (read as a file)."""
    path = ROOT / "detectors" / "data" / "towns.tsv"
    return frozenset(line.split("\t")[1] for line in path.read_text(encoding="utf-8").splitlines()
                     if line.count("\t") >= 2)


@cache
def _syllable_chars() -> dict[str, tuple[str, ...]]:
    """Toneless syllable → the common characters (GB 2312 level 1) that have it among their readings (pypinyin)."""
    from pypinyin import Style, pinyin

    from detectors.charsim import common_characters
    out: dict[str, list[str]] = defaultdict(list)
    for ch in common_characters():
        for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]:
            out[r].append(ch)
    return {r: tuple(dict.fromkeys(cs)) for r, cs in out.items()}


LEVEL_CHARS = frozenset("省市县区州盟旗乡镇")


def respelt_by_sound(text: str, part: str, key: str) -> str:
    """``text`` with one character of ``part`` (the registered name's part of it, found from the end) respelt by
    another common character of the same syllable (any tone), chosen by a hash of ``key``; "" when none can be, or when
    the respelling writes a division's name the text did not (陕西 for 山西 names another place)."""
    from pypinyin import Style, pinyin

    from detectors.places import gazetteer
    at = text.rfind(part)
    if at < 0 or not part:
        return ""
    positions = [at + i for i, ch in enumerate(part) if "\u4e00" <= ch <= "\u9fff" and ch not in LEVEL_CHARS]
    if not positions:
        return ""
    pos = _pick(positions, key)
    ch = text[pos]
    syllables = pinyin(ch, style=Style.NORMAL, heteronym=True)[0]
    others = sorted({c for r in syllables for c in _syllable_chars().get(r, ()) if c != ch and c not in LEVEL_CHARS})
    if not others:
        return ""
    new = text[:pos] + _pick(others, key + "c") + text[pos + 1:]
    gaz = gazetteer()
    named = {p for _, p in gaz.pieces(text)}
    if any(p not in named for _, p in gaz.pieces(new)):
        return ""
    return new


def _registered_part(name: str, text: str) -> str:
    """The part of a generated ``text`` that writes the registered ``name``: the name itself, else the longest end
    they share when it holds a Chinese character, else the whole text (the form changed the name's own place: 陈县12345
    for 陈旗12345)."""
    if name in text:
        return name
    k = 0
    while k < min(len(name), len(text)) and name[-1 - k] == text[-1 - k]:
        k += 1
    tail = text[len(text) - k:] if k else ""
    return tail if any("\u4e00" <= ch <= "\u9fff" for ch in tail) else text


def negatives(name: str, region: str, registered: set[str]) -> dict[str, str]:
    """Negative class → the name with its place replaced by a division of the same level in another province,
    written after that division's own province and prefecture."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    chain, _ = _chain(region)
    at = next(((k, w) for k in range(len(chain) - 1, -1, -1) if (w := _written_place(name, chain[k]))), None)
    if at is None:
        return {}
    k, written = at
    if any(_written_anywhere(name, c) for c in chain[k + 1:]):
        return {}  # a deeper place of the chain is written further on (济南市历下区人民政府): that one names the unit
    div = gaz.divisions[chain[k]]
    level = div.level
    pool = sorted(c for c, d in gaz.divisions.items() if d.level == level and c[:2] != div.code[:2]
                  and len(d.short) >= 2 and d.short != d.name and d.name[len(d.short):] == div.name[len(div.short):])
    if not pool:
        return {}
    other = gaz.divisions[_pick(pool, name)]
    rest = name[len(written):]
    same_level = other.short + rest if written == div.short else other.name + rest
    if same_level in registered:
        return {}
    above = "".join(gaz.divisions[a].short for a in reversed(gaz.ancestors(other.code)))
    kind = {1: "other_province", 2: "other_prefecture", 3: "other_county"}[level]
    return {kind: above + same_level}


def registry_of(part: str):
    """The part's registry as the detector loads it, its rows, their names and the first row of each name."""
    from core.settings import load_config
    from govwatch.ops.detection import load_registry_file

    cfg = load_config(None, env={})
    entries, _ = load_registry_file(EVAL / part / "registry.csv", cfg)
    with (EVAL / part / "registry.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    first: dict[str, dict] = {}
    for r in rows:
        first.setdefault(r["name"], r)
    return cfg, entries, rows, {r["name"] for r in rows}, first


def detect_generated(part: str, cases: list[tuple[str, str, str, dict]], run_id: str) -> list[tuple[str, str, str, bool, bool]]:
    """Run the impostor detector on generated names — ``cases`` of (class, registered name, generated name, registry
    row whose platform the account takes), one account each, no avatar, no profile — against the part's registry;
    per case (class, registered name, generated name, flagged, flagged with a registry entry of that name as target)."""
    from detectors.context import DetectionContext
    from detectors.io import ACCOUNT_FLAGS, ACCOUNT_REQUIRED, ACCOUNT_TIMES, ACCOUNT_TYPES, _normalise
    from detectors.run import run_detectors

    cfg, entries, rows, _registered, _first = registry_of(part)
    accounts, meta = [], {}
    for form, name, text, row in cases:
        aid = f"gen-{len(accounts)}"
        accounts.append(_normalise({"platform": row["platform"], "account_id": aid, "name": text,
                                    "verified": False, "description": "", "followers": 100},
                                   ACCOUNT_REQUIRED, ACCOUNT_TIMES, ACCOUNT_FLAGS, ACCOUNT_TYPES))
        meta[aid] = (form, name, text)
    ctx = DetectionContext(registry=entries, accounts=accounts, posts=[], as_of=None, cfg=cfg, base_dir=EVAL / part,
                           previous_findings=[])
    result = run_detectors(ctx, ["impostor"], run_id=run_id)
    name_of = {(r["platform"], r["account_id"]): r["name"] for r in rows}
    got: dict[str, tuple[bool, bool]] = {}
    for f in result.findings:
        if f.get("kind") != "impostor":
            continue
        aid = f.get("account_id")
        tgt = f.get("target") or {}
        right = name_of.get((tgt.get("platform"), str(tgt.get("account_id")))) == meta[aid][1]
        got[aid] = (True, got.get(aid, (False, False))[1] or right)
    return [(form, name, text, *got.get(aid, (False, False))) for aid, (form, name, text) in meta.items()]


def tally(outcomes: list[tuple[str, str, str, bool, bool]], part: str, show: list, missed) -> dict[str, list[int]]:
    """Per class [generated, flagged, right target]; the cases ``missed(class, right)`` calls misses go to ``show``."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for form, name, text, flagged, right in outcomes:
        c = counts[form]
        c[0] += 1
        c[1] += flagged
        c[2] += right
        if missed(form, right):
            show.append((part, form, name, text, flagged))
    return counts


def run(part: str, per_part: int, show: list) -> dict:
    _cfg, _entries, _rows, registered, first = registry_of(part)
    aliases, covering = _province_aliases(), _regions_covering()
    cases = []
    for name, row in list(first.items())[: per_part or None]:
        forms = generate(name, row.get("region") or "", aliases, covering)
        sounded = {}
        for form, text in forms.items():
            if form not in NEGATIVES and _h(name + form) % 3 == 0:
                respelt = respelt_by_sound(text, _registered_part(name, text), name + form)
                if respelt:
                    sounded[form + SOUND] = respelt
        for form, text in {**forms, **sounded, **negatives(name, row.get("region") or "", registered)}.items():
            if text not in registered:
                cases.append((form, name, text, row))
    outcomes = detect_generated(part, cases, f"level-prefix-{part}")
    return tally(outcomes, part, show, lambda form, right: (form in NEGATIVES) == right)


def main_with(argv, classes, run_part, title: str, heading: str, show_title: str, note: str = "") -> int:
    """The command line both generated-coverage benches share: parts, per-part limit, the table per class, misses."""
    ap = argparse.ArgumentParser(description=title)
    ap.add_argument("--parts", nargs="*", default=list(TUNING))
    ap.add_argument("--per-part", type=int, default=0, help="registered names per part (0: all)")
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args(argv)
    if any("heldout" in p for p in args.parts):
        ap.error("the held-out parts are the lead's only")
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    show: list = []
    t0 = time.perf_counter()
    for part in args.parts:
        for form, c in run_part(part, args.per_part, show).items():
            for i in range(3):
                total[form][i] += c[i]
    print(f"生成数据（与代码一起写成，不是标注集）：{heading}的覆盖，不是召回率。")
    print(f"部分：{' '.join(args.parts)}；耗时 {time.perf_counter() - t0:.0f}s\n")
    print(f"| {classes[0]} | 生成数 | 被标记 | 目标正确 |")
    print("|---|---|---|---|")
    for form in classes[1]:
        n, flagged, right = total.get(form, [0, 0, 0])
        if n:
            print(f"| {form} | {n} | {flagged / n:.3f} | {right / n:.3f} |")
    if note:
        print(note)
    if args.show_misses:
        print(f"\n{show_title}，前 {args.show_misses} 个：")
        for part, form, name, text, flagged in show[: args.show_misses]:
            print(f"  [{part}] {form}: {text}（备案 {name}）{'已标记' if flagged else '未标记'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return main_with(argv, ("写法类别", (*FORMS, *(f + SOUND for f in FORMS), *NEGATIVES)), run,
                     __doc__.split("\n\n")[0], "层级前缀手法按写法类别",
                     "未指向正确目标的写法（负例：指向了被替换地名的账号）",
                     "\n（other_* 为负例：另一地区链条的同名模板，“目标正确”一栏是被指向被替换地名的备案账号的比例，应为 0）")


if __name__ == "__main__":
    raise SystemExit(main())
