"""The spot check (抽查): a stratified, reproducible sample of each city's results.

Rules (docs/SCORING.md):

- Shandong (鲁办便函〔2021〕226号 §三（三）): the province re-checks at least 10% of *each city's* quarterly results,
  and checks all accounts of provincial departments (省直部门). Guangdong (粤办函〔2019〕90号 §三（四）): each city
  checks at least 30% of its accounts every quarter. ``report.sample_share`` is the share,
  ``report.provincial_full_check`` whether province-level accounts are all taken.
- Strata: the city (地级市, from the region; province-level accounts form their own stratum) × the group.
  Groups are sampled apart: accounts with a result (合格/不合格), accounts that could not be checked (无法判定)
  and closed accounts (已关停/注销, including those whose closure is unfinished).
- A city's target is ``ceil(share × its accounts with or without a result)``, drawn from those *with* a result:
  a city whose checkable accounts cannot reach it gets a warning (the undetermined are sampled apart for a manual
  check and do not make up the share). The undetermined and closed groups get ``ceil(share × size)`` each.
- A share below the province's minimum is warned about.
- Each stratum is drawn with ``random.Random(f"{seed}:{city}:{group}")`` over its sorted account keys, so the same
  seed, scope and share always give the same sample.
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from dataclasses import dataclass

GROUP_ZH = {"result": "有检查结果", "undetermined": "无法判定", "closed": "已关停/注销"}
PROVINCIAL = "（省直）"
_PROVINCE = re.compile(r"^(.+?(?:省|自治区|特别行政区))")
_CITY = re.compile(r"^(.+?(?:市|自治州|地区|盟))")
_PREFECTURE = re.compile(r"^(.+?州)")  # only when no 市: "广州市" is a city, not "广州" + "市"


def city_of(region: str | None) -> str:
    """The stratum of a region: ``山东省济南市历城区`` → ``山东省济南市``; ``山东省`` → ``山东省（省直）``;
    a municipality ``北京市朝阳区`` → ``北京市``."""
    region = (region or "").strip()
    if not region:
        return "（未填写地区）"
    province = ""
    if m := _PROVINCE.match(region):
        province = m[1]
    rest = region[len(province):]
    if not rest:
        return province + PROVINCIAL
    m = _CITY.match(rest) or _PREFECTURE.match(rest)
    return province + (m[1] if m else rest)


@dataclass
class Stratum:
    city: str
    group: str  # result | undetermined | closed
    population: int  # accounts in the group
    target: int
    drawn: int
    full: bool = False  # every account taken (province-level accounts under a full-check rule)

    @property
    def group_zh(self) -> str:
        return GROUP_ZH[self.group]

    @property
    def short(self) -> int:
        return max(0, self.target - self.drawn)


@dataclass
class Sample:
    keys: set[str]
    strata: list[Stratum]
    warnings: list[str]


def group_of(verdict: str, closed: bool) -> str:
    if closed:
        return "closed"
    return "undetermined" if verdict == "无法判定" else "result"


def draw(members: list[tuple[str, str, str]], share: float, seed: int, *, provincial_full: bool,
         minimum: float | None = None, province_zh: str = "") -> Sample:
    """``members``: (account key, city, group). Returns the sampled keys, the strata and the warnings."""
    by: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, city, group in members:
        by[(city, group)].append(key)
    cities = sorted({city for _, city, _ in members})
    keys: set[str] = set()
    strata: list[Stratum] = []
    warnings: list[str] = []
    if minimum is not None and share < minimum:
        warnings.append(f"抽查比例 {share:.0%} 低于{province_zh}规定的不低于 {minimum:.0%}。")
    for city in cities:
        full = provincial_full and city.endswith(PROVINCIAL)
        for group in ("result", "undetermined", "closed"):
            pool = sorted(by.get((city, group), []))
            if group == "result":
                wanted = len(pool) + len(by.get((city, "undetermined"), []))
            else:
                wanted = len(pool)
            if not wanted:
                continue
            target = wanted if full else (math.ceil(share * wanted) if share > 0 else 0)
            take = min(target, len(pool))
            chosen = random.Random(f"{seed}:{city}:{group}").sample(pool, take) if take else []
            keys.update(chosen)
            stratum = Stratum(city, group, len(pool), target, take, full)
            strata.append(stratum)
            if group == "result" and stratum.short:
                warnings.append(f"{city}：应抽查 {target} 个有检查结果的账号（{'全部' if full else f'{share:.0%}'}），"
                                f"只有 {len(pool)} 个可判定，差 {stratum.short} 个；"
                                f"其余 {len(by.get((city, 'undetermined'), []))} 个无法判定的账号另行抽查，需人工核实。")
    return Sample(keys, strata, warnings)
