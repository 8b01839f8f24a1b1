"""Building the registry's name tables for a registry whose names run to thousands of characters (robust28).

    python bench/long_registry_names.py [--units 200] [--min-len 500] [--max-len 2000] [--seed 28]

A hostile registry (names written by impostors, or a spreadsheet with a runaway cell) once made building the impostor
detector's name index take over 300 s: ``AffixIndex`` read a name with no place at either end reordered at every
cut, n patterns of n characters for a name of n characters. This bench builds the registry tables
(``impostor._Officials`` and ``build_name_tables``: ``NameIndex``, ``AffixIndex`` and the rest) twice in the same
run, on ``--units`` invented rows of real unit words (公安, 市场监督管理, 人民政府 …; half begin with their place,
half do not) with names of normal length (4–30 characters) and with names of ``--min-len``–``--max-len`` characters,
after one warm-up build (tables shared by every registry, such as the level-word patterns, are built once per
process and are not what is measured). Prints each build's wall time, the total name length, the time per thousand
name characters and the two ratios: near-linear building has a time ratio close to the length ratio (per-character
ratio near 1 or below).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors import impostor
from detectors.context import DetectionContext

WORDS = ("公安", "交通运输", "市场监督管理", "人民政府", "新闻办公室", "税务", "应急管理", "卫生健康", "教育", "文化和旅游",
         "生态环境", "住房和城乡建设", "自然资源", "农业农村", "水利", "民政", "司法", "人力资源和社会保障", "财政",
         "发展和改革", "委员会", "局", "厅", "发布", "宣传部", "融媒体中心", "检察院", "法院", "消防救援", "气象")
PLACES = (("银川", "宁夏回族自治区银川市"), ("石嘴山", "宁夏回族自治区石嘴山市"), ("吴忠", "宁夏回族自治区吴忠市"),
          ("固原", "宁夏回族自治区固原市"), ("中卫", "宁夏回族自治区中卫市"))


def _words(rng: random.Random, n: int) -> str:
    out = ""
    while len(out) < n:
        out += rng.choice(WORDS)
    return out[:n]


def registry(units: int, lo: int, hi: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i in range(units):
        short, region = PLACES[i % len(PLACES)]
        n = rng.randint(lo, hi)
        name = short + _words(rng, n - len(short)) if i % 2 else _words(rng, n)
        rows.append({"unit": short + "市" + _words(rng, min(n, 30)), "platform": "weibo", "account_id": f"r{i}",
                     "name": name, "status": "active", "region": region})
    return rows


def build(rows: list[dict]) -> float:
    ctx = DetectionContext(registry=rows, accounts=[])
    start = time.perf_counter()
    officials = impostor._Officials(ctx)
    officials.build_name_tables()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=200)
    ap.add_argument("--min-len", type=int, default=500)
    ap.add_argument("--max-len", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=28)
    args = ap.parse_args()
    build(registry(20, 4, 30, args.seed + 1))  # warm-up: tables shared by every registry
    normal = registry(args.units, 4, 30, args.seed)
    long = registry(args.units, args.min_len, args.max_len, args.seed)
    figures = []
    for label, rows in (("normal", normal), ("long", long)):
        seconds = build(rows)
        chars = sum(len(r["name"]) for r in rows)
        figures.append((seconds, chars))
        print(f"{label:7s} {len(rows)} names, {chars} characters: {seconds:.2f} s "
              f"({1000 * seconds / chars:.3f} s per 1000 characters)")
    (t_normal, c_normal), (t_long, c_long) = figures
    print(f"ratio   time {t_long / t_normal:.1f}x for length {c_long / c_normal:.1f}x: "
          f"per character {(t_long / c_long) / (t_normal / c_normal):.2f}x")


if __name__ == "__main__":
    main()
