"""Cost of the ``unregistered`` remit check: gazetteer placement vs the plain place-name substring test it replaced.

    python bench/jurisdiction_speed.py [--units 100000] [--seed 5]

Synthetic unit names (a random county-level division of ``detectors/data/divisions.tsv`` + a function, 30 % of them
with a town or street: 郯城县公安局马头镇派出所), each distinct so the per-text cache never hits. Prints the time per
unit of ``detectors.government.in_jurisdiction`` (remit 山东, 广东) and of the old test (``any(place in unit)``),
run in the same process, and their ratio. The check runs once per platform-verified government account.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FUNCTIONS = ("公安局", "人民政府新闻办公室", "第一中学", "人民医院", "市场监督管理局", "融媒体中心")
SUBUNITS = ("马头镇人民政府", "东城街道办事处", "公安局城关派出所", "十字路街道办事处")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)

    from detectors.government import in_jurisdiction
    from detectors.places import gazetteer, placement

    gaz = gazetteer()
    counties = [d.name for d in gaz.divisions.values() if d.level == 3]
    rng = random.Random(args.seed)
    units = [rng.choice(counties) + (rng.choice(SUBUNITS) if rng.random() < 0.3 else rng.choice(FUNCTIONS)) + str(i)
             for i in range(args.units)]
    places = {"山东", "广东"}
    in_jurisdiction("济南市公安局", places)  # load the gazetteer and build the remit outside the timing

    placement.cache_clear()
    t0 = time.perf_counter()
    inside = sum(in_jurisdiction(u, places) for u in units)
    new = time.perf_counter() - t0
    t0 = time.perf_counter()
    old_inside = sum(any(p in u for p in places) for u in units)
    old = time.perf_counter() - t0
    n = len(units)
    print(f"{n} 个单位名称，辖区 山东、广东")
    print(f"  行政区划定位 in_jurisdiction：{new / n * 1e6:8.1f} 微秒/个，判为辖区内 {inside}")
    print(f"  原地名子串判断（基线）：      {old / n * 1e6:8.1f} 微秒/个，判为辖区内 {old_inside}")
    print(f"  耗时比 {new / old:.1f} 倍；一百万个政务认证账号约 {new / n * 1e6:.1f} 秒")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
