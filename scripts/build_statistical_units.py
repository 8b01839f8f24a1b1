"""Regenerate ``detectors/data/statistical_units.tsv``: county-level statistical units that are no division.

    python scripts/build_statistical_units.py /work/.mirror/modood+Administrative-divisions-of-China/repo \
        [--out detectors/data/statistical_units.tsv]

Input: a git checkout (a bare clone will do: the file is read with ``git show``) of the public repository
https://github.com/modood/Administrative-divisions-of-China (MIT), whose ``dist/areas.csv`` is the county level of
the National Bureau of Statistics' 统计用区划代码 (columns code, name, cityCode, provinceCode). Besides the
divisions of the 民政部 codes, the statistical codes number the units that are governed like a county but are no
administrative division: development zones and 新区 (codes …7x: 北戴河新区, 兰州新区, 苏州工业园区), a province's
管理区 (屈原管理区, 大通湖管理区), 大兴安岭地区's four districts (加格达奇区, 松岭区, 新林区, 呼中区: 行政区 set up
by the 地区 and never listed by 民政部) and 海西州's 行政委员会 (大柴旦). Each lies within the prefecture of its code's
first four digits.

Output: ``code<TAB>name<TAB>prefecture code`` for every unit of ``areas.csv`` whose code the project's gazetteer
(``detectors.places.gazetteer``: ``divisions.tsv`` with ``divisions_changed.tsv``) does not have and whose name is
none of the gazetteer's full names (a renamed division under its new statistical code, 横州市, and 嘉峪关市's
placeholder code are divisions already), sorted by code; a header comment records the source commit.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors.places import gazetteer  # noqa: E402  (after the path: the script runs from a checkout)

OUT = ROOT / "detectors" / "data" / "statistical_units.tsv"
SOURCE = "dist/areas.csv"


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def statistical_units(rows: list[dict]) -> list[tuple[str, str, str]]:
    """(code, name, prefecture code) of the rows that are no division of the gazetteer."""
    gaz = gazetteer()
    out = []
    for row in rows:
        code, name = row["code"].strip(), row["name"].strip()
        parent = row["cityCode"].strip() + "00"
        if code in gaz.divisions or name in gaz.full:
            continue
        if parent not in gaz.divisions:
            raise SystemExit(f"{code} {name}: prefecture {parent} is not in the gazetteer")
        out.append((code, name, parent))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="由国家统计局统计用区划代码（县级）生成非行政区划的县级统计单位表")
    ap.add_argument("repo", type=Path, help="modood/Administrative-divisions-of-China 的 git 检出（裸库亦可）")
    ap.add_argument("--out", type=Path, default=OUT, help="输出文件（默认 detectors/data/statistical_units.tsv）")
    args = ap.parse_args(argv)
    commit = _git(args.repo, "rev-parse", "HEAD").strip()
    rows = list(csv.DictReader(io.StringIO(_git(args.repo, "show", f"HEAD:{SOURCE}"))))
    units = statistical_units(rows)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("# County-level units of the National Bureau of Statistics' 统计用区划代码 2022 that are no administrative "
                 "division (development zones, 新区, 管理区, 大兴安岭's districts …), each with its prefecture.\n")
        fh.write(f"# Source: https://github.com/modood/Administrative-divisions-of-China {SOURCE} at commit {commit} "
                 "(MIT); made by scripts/build_statistical_units.py. code<TAB>name<TAB>prefecture code\n")
        for code, name, parent in units:
            fh.write(f"{code}\t{name}\t{parent}\n")
    print(f"{len(units)} 个统计单位 → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
