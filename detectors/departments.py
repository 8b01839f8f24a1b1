"""Customary abbreviations of government department names (市场监督管理局 → 市场监管局, 市监局; 人民政府新闻办公室 →
政府新闻办, 新闻办), read from ``detectors/data/department_abbreviations.tsv`` (its sources in
``detectors/data/README.md``).

Two readers: ``detectors.name_index.unit_aliases`` gives a registered unit whose full name ends with a department's
full word the abbreviated forms as other names of the unit (四川省市场监督管理局 → 四川市监局), and
``detectors.systems`` counts the abbreviations as body words of their department's system. Everything is compared
with the level words 省/市/县/区 removed, as ``detectors.names`` compares names (市监局 is kept as 监局).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "department_abbreviations.tsv"


@lru_cache(maxsize=1)
def department_abbreviations() -> dict[str, tuple[str, ...]]:
    """Full department word -> its abbreviations, as written in the table (level words kept)."""
    out: dict[str, tuple[str, ...]] = {}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            full, *abbreviations = line.rstrip("\n").split("\t")
            out[full] = tuple(dict.fromkeys((*out.get(full, ()), *(a for a in abbreviations if a and a != full))))
    return out


@lru_cache(maxsize=1)
def _stripped_table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(full word, abbreviations) with level words removed, longest full word first (dropping an abbreviation that
    strips to nothing but level words)."""
    from detectors.names import _strip_levels
    rows = []
    for full, abbreviations in department_abbreviations().items():
        key = _strip_levels(full)
        short = tuple(dict.fromkeys(s for s in map(_strip_levels, abbreviations) if len(s) >= 2 and s != key))
        if len(key) >= 2 and short:
            rows.append((key, short))
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


@lru_cache(maxsize=1)
def _by_length() -> tuple[tuple[int, dict[str, tuple[str, ...]]], ...]:
    """The stripped table grouped by the full word's length, longest first: one dictionary lookup per length instead
    of one ``endswith`` per row (read for every registry entry)."""
    groups: dict[int, dict[str, tuple[str, ...]]] = {}
    for full, short in _stripped_table():
        groups.setdefault(len(full), {}).setdefault(full, short)
    return tuple(sorted(groups.items(), reverse=True))


def abbreviated_forms(rest: str) -> list[str]:
    """The customary abbreviated forms of a unit's name after its place (level words removed): the longest full
    department word it ends with, replaced by each abbreviation (场监督管理局 → 场监管局, 监局; 人民政府新闻办公室 →
    政府新闻办, 新闻办). [] when it ends with none."""
    for length, table in _by_length():
        if length <= len(rest):
            short = table.get(rest[-length:])
            if short is not None:
                head = rest[:-length]
                return [head + s for s in short]
    return []
