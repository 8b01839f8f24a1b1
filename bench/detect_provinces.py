"""Impostor detection per province on SYNTHETIC registries (tests/detectors/provinces_gen.py), next to a
Shandong/Guangdong baseline built the same way.

    python bench/detect_provinces.py [--seed 12] [--provinces 420000,150000] [--show-misses]

The tuning data (eval/impostor dev … dev6) registers units of Shandong and Guangdong only. This bench builds, from
``detectors/data/divisions.tsv``, the same kind of registry for other provinces (one per region of China, drawn with
a fixed seed) and for Shandong and Guangdong, applies the same mechanical tactics and hard negatives, and prints each
province's recall with its ratio to the baseline's, so a gap is visible. The generator was written alongside the
detector: its absolute figures are optimistic (synthetic); only the ratio between provinces is informative.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.detectors import provinces_gen as gen  # noqa: E402  (after the path: the bench runs from a checkout)


def measure(codes: list[str], seed: int) -> list[dict]:
    out = []
    for code in codes:
        ps = gen.build(code, seed=seed)
        t0 = time.perf_counter()
        res = gen.score(ps, gen.run(ps))
        res["seconds"] = time.perf_counter() - t0
        out.append(res)
    return out


def _pooled(results: list[dict]) -> dict:
    n = sum(r["impostors"] for r in results)
    hit = sum(r["recall"] * r["impostors"] for r in results)
    right = sum(r["right_target"] * r["impostors"] for r in results)
    tactics: dict[str, list[int]] = {}
    for r in results:
        for t, (k, h) in r["by_tactic"].items():
            tactics.setdefault(t, [0, 0])
            tactics[t][0] += k
            tactics[t][1] += h
    return {"n": n, "recall": hit / n if n else 1.0, "right_target": right / n if n else 1.0, "by_tactic": tactics}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=12, help="生成种子（省份抽取与仿冒构造）")
    ap.add_argument("--provinces", help="逗号分隔的省级区划代码（默认：每个地区随机抽一个，不含山东、广东）")
    ap.add_argument("--show-misses", action="store_true", help="列出漏报与困难负例误报")
    args = ap.parse_args(argv)
    codes = args.provinces.split(",") if args.provinces else gen.province_sample(args.seed)
    divs = gen.divisions()
    base = measure(list(gen.BASELINE), args.seed)
    others = measure(codes, args.seed)
    pooled_base = _pooled(base)
    print("合成数据（tests/detectors/provinces_gen.py，与检测器同时编写，绝对数字偏乐观；只看各省与山东/广东基线之比）")
    print(f"{'省份':<12}{'仿冒数':>6}{'召回':>8}{'目标正确':>9}{'召回/基线':>10}{'困难负例误报':>12}"
          f"{'已备案误报':>10}{'未备案报告':>10}{'未备案判仿冒':>12}{'耗时':>8}")

    def line(r: dict, ratio: float | None) -> None:
        hard_n = sum(v[0] for v in r["hard"].values())
        hard_f = sum(v[1] for v in r["hard"].values())
        name = divs[r["province"]].full
        unreg = f"{r['unregistered_reported']}/{r['unregistered']}"
        print(f"{name:<12}{r['impostors']:>6}{r['recall']:>8.3f}{r['right_target']:>9.3f}"
              f"{(f'{ratio:.3f}' if ratio is not None else '—'):>10}{f'{hard_f}/{hard_n}':>12}"
              f"{r['registered_flagged']:>10}{unreg:>10}"
              f"{r['unregistered_as_impostor']:>12}{r['seconds']:>7.1f}s")

    for r in base:
        line(r, None)
    print(f"{'基线合计':<12}{pooled_base['n']:>6}{pooled_base['recall']:>8.3f}{pooled_base['right_target']:>9.3f}")
    for r in others:
        line(r, r["recall"] / pooled_base["recall"] if pooled_base["recall"] else None)
    pooled = _pooled(others)
    print(f"{'其他省合计':<12}{pooled['n']:>6}{pooled['recall']:>8.3f}{pooled['right_target']:>9.3f}"
          f"{pooled['recall'] / pooled_base['recall']:>10.3f}")
    print("\n按手法的召回率（合成）：基线 / 其他省")
    for t in gen.TACTICS:
        b = pooled_base["by_tactic"].get(t, [0, 0])
        o = pooled["by_tactic"].get(t, [0, 0])
        print(f"  {t:<18}{b[1] / b[0] if b[0] else 1:>7.3f} n={b[0]:<5}{o[1] / o[0] if o[0] else 1:>7.3f} n={o[0]}")
    if args.show_misses:
        for r in base + others:
            for tactic, name in r["misses"]:
                print(f"  漏报 {divs[r['province']].full} {tactic}: {name}")
            for family, name, like in r["false_positives"]:
                print(f"  误报 {divs[r['province']].full} {family}: {name}（像 {like}）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
