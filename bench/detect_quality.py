"""Impostor detection quality on the labelled evaluation set, per name family and per avatar transform.

    python bench/detect_quality.py [--seed 7] [--seeds 3] [--per-family 14]

Builds ``tests/detectors/evalset.py`` for each seed, runs the impostor/unregistered/duplicate detectors and prints
precision/recall overall, recall per name family and per avatar transform, and the hard-negative and
unregistered outcomes. Missed impostors and false positives are listed with their reasons.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.detectors.evalset import build, evaluate, run_detectors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--seeds", type=int, default=3, help="how many consecutive seeds to run")
    ap.add_argument("--per-family", type=int, default=14)
    args = ap.parse_args(argv)
    totals = defaultdict(lambda: [0, 0])  # group -> [found, n]
    overall = {"tp": 0, "flagged": 0, "impostors": 0, "hard": 0, "hard_flagged": 0, "unreg": 0, "unreg_ok": 0,
               "unreg_impostor": 0, "registered_flagged": 0}
    for seed in range(args.seed, args.seed + args.seeds):
        t0 = time.perf_counter()
        es = build(seed=seed, per_family=args.per_family)
        with tempfile.TemporaryDirectory() as tmp:
            es.write_files(Path(tmp))
            t1 = time.perf_counter()
            findings = run_detectors(es)
            t2 = time.perf_counter()
        m = evaluate(es, findings)
        # Ablation: the same hard negatives with their verification removed — what names and avatars alone say.
        from detectors import impostor
        from detectors.context import DetectionContext
        bare = [dict(a, verified=False, verified_type=None, verified_reason="")
                if es.labels[f"{a['platform']}:{a['account_id']}"]["label"] == "hard_negative" else a
                for a in es.accounts]
        ablated = {f"{f['platform']}:{f['account_id']}": f
                   for f in impostor.detect(DetectionContext(registry=es.registry, accounts=bare))}
        hard_bare = [k for k in es.keys("hard_negative") if k in ablated]
        print(f"种子 {seed}：备案 {len(es.registry)}，账号 {len(es.accounts)}，生成 {t1 - t0:.1f}s，检测 {t2 - t1:.2f}s；"
              f"精确率 {m['precision']:.3f}，召回率 {m['recall']:.3f}，目标正确 {m['right_target']:.3f}")
        byk = {f"{a['platform']}:{a['account_id']}": a for a in es.accounts}
        print(f"  （消融）去掉认证信息后困难负例被标记 {len(hard_bare)}/{len(es.keys('hard_negative'))}："
              + "、".join(sorted({byk[k]['name'] for k in hard_bare})))
        for k in m["missed"]:
            lab = es.labels[k]
            print(f"  漏报 [{lab['family']}/{lab['transform']}] {byk[k]['name']!r}")
        flagged = {f"{f['platform']}:{f['account_id']}": f for f in findings["impostor"]}
        for k in m["false_positives"]:
            print(f"  误报 [{es.labels.get(k, {}).get('label')}] {byk[k]['name']!r}：{flagged[k]['reasons_text']}")
        for group in ("by_family", "by_transform"):
            for name, v in m[group].items():
                totals[(group, name)][0] += v["found"]
                totals[(group, name)][1] += v["n"]
        overall["tp"] += m["flagged"] - len(m["false_positives"])
        overall["flagged"] += m["flagged"]
        overall["impostors"] += m["impostors"]
        overall["hard"] += m["hard_negatives"]
        overall["hard_flagged"] += len(m["hard_negatives_flagged"])
        overall["unreg"] += m["unregistered"]
        overall["unreg_ok"] += len(m["unregistered_reported"])
        overall["unreg_impostor"] += len(m["unregistered_as_impostor"])
        overall["registered_flagged"] += len(m["registered_flagged"])
    o = overall
    print()
    print(f"合计：精确率 {o['tp'] / max(1, o['flagged']):.3f}（{o['tp']}/{o['flagged']}），"
          f"召回率 {o['tp'] / max(1, o['impostors']):.3f}（{o['tp']}/{o['impostors']}）")
    print(f"已备案账号被标记：{o['registered_flagged']}；困难负例被标记：{o['hard_flagged']}/{o['hard']}；"
          f"未备案报告：{o['unreg_ok']}/{o['unreg']}，其中被标为仿冒：{o['unreg_impostor']}")
    for group, title in (("by_family", "名称手法"), ("by_transform", "头像变换")):
        print(f"\n按{title}的召回率：")
        for (g, name), (found, n) in sorted(totals.items()):
            if g == group:
                print(f"  {name:<12} {found:>4}/{n:<4} {found / max(1, n):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
