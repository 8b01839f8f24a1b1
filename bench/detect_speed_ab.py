"""Impostor detection speed, A/B: the detector of an earlier git revision against this checkout's, on the same data.

    python bench/detect_speed_ab.py --baseline-rev 37755030 [--candidates 1000000] [--registry 100000] [--rounds 1]
        [--workers 2] [--old-workers 2]

The synthetic data of ``bench/detect_scale.py`` (same ``--seed``) is made once and pickled; the baseline revision's
``core`` and ``detectors`` are unpacked into a temporary directory (``git archive``, nothing checked out in the
repository). Each round runs ``detectors.impostor.detect`` in a fresh Python process, old code then new code (or the
other way round with ``--new-first``), on the pickled data: its wall time; its CPU time, the worker processes it
forked included (``--workers``, ``--old-workers``: ``detect.workers`` for the new and the old code; CPU time is
steadier on a busy machine); the process's peak memory (max RSS: the data is in it too); the peak of the PSS summed
over the process and its workers (``/proc/PID/smaps_rollup`` sampled every 0.5 s: pages shared after a fork counted
once); and a SHA-256 of its findings (every field but ``detected_at``, in order; ``PYTHONHASHSEED=0`` in both) — the two must be identical.
Prints each run, then the medians and the ratio old / new (the speed-up) and new / old (the time it takes now).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# One run, in a fresh process: argv = code root, data pickle. Imports the detector from the code root only.
_CHILD = r"""
import gc, hashlib, json, os, pickle, resource, sys, threading, time
sys.path.insert(0, sys.argv[1])
from detectors import impostor
from detectors.context import DetectionContext
assert impostor.__file__.startswith(sys.argv[1]), impostor.__file__
with open(sys.argv[2], "rb") as fh:
    registry, accounts = pickle.load(fh)
gc.collect()
workers = int(sys.argv[3])
cfg = None
if workers > 1:
    from core.settings import defaults
    cfg = defaults().with_overrides({"detect.workers": workers})

def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return sum(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
    except OSError:
        return 0

def family(pid):
    out = [pid]
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [q for k in fh.read().split() for q in family(int(k))]
        except OSError:
            pass
    return out

peak_pss = [0]
done = threading.Event()
def watch():
    while not done.wait(0.5):
        peak_pss[0] = max(peak_pss[0], sum(pss_kb(q) for q in family(os.getpid())))
watcher = threading.Thread(target=watch, daemon=True)
watcher.start()
ctx = DetectionContext(registry=registry, accounts=accounts, cfg=cfg)
t0, c0 = time.perf_counter(), time.process_time()
k0 = resource.getrusage(resource.RUSAGE_CHILDREN)
findings = list(impostor.detect(ctx))
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
k1 = resource.getrusage(resource.RUSAGE_CHILDREN)
done.set()
watcher.join()
digest = hashlib.sha256()
for f in findings:
    f = {k: v for k, v in f.items() if k != "detected_at"}
    digest.update(json.dumps(f, ensure_ascii=False, sort_keys=True, default=str).encode())
    digest.update(b"\n")
print(json.dumps({"seconds": seconds, "cpu": cpu,
                  "child_cpu": (k1.ru_utime + k1.ru_stime) - (k0.ru_utime + k0.ru_stime),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "peak_pss_mb": peak_pss[0] / 1024,
                  "findings": len(findings), "sha256": digest.hexdigest()}))
"""


def unpack(rev: str, into: Path) -> Path:
    """The revision's ``core`` and ``detectors`` (what the detector imports), unpacked under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "core", "detectors"],
                             check=True, capture_output=True).stdout
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def run(code_root: Path, data: Path, workers: int = 1) -> dict:
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same string hashes (set orders, key tables) on both sides
    out = subprocess.run([sys.executable, "-c", _CHILD, str(code_root), str(data), str(workers)], check=True,
                         capture_output=True, text=True, cwd=str(code_root), env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline-rev", required=True, help="git revision of the old detector (e.g. 37755030)")
    ap.add_argument("--candidates", type=int, default=1_000_000)
    ap.add_argument("--registry", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--rounds", type=int, default=1, help="old/new pairs to run (medians are reported)")
    ap.add_argument("--new-first", action="store_true", help="run the new code first in each round")
    ap.add_argument("--workers", type=int, default=1,
                    help="detect.workers for the new code")
    ap.add_argument("--old-workers", type=int, default=1,
                    help="detect.workers for the old code (1: its own process; a revision without the setting ignores it)")
    args = ap.parse_args(argv)

    from bench.detect_scale import make_data  # this checkout's data maker, for both sides

    with tempfile.TemporaryDirectory(prefix="detect-ab-") as tmp:
        tmp_path = Path(tmp)
        registry, accounts, truth = make_data(args.registry, args.candidates, args.seed)
        data = tmp_path / "data.pickle"
        with data.open("wb") as fh:
            pickle.dump((registry, accounts), fh, protocol=pickle.HIGHEST_PROTOCOL)
        del registry, accounts, truth
        old_root = unpack(args.baseline_rev, tmp_path / "old")
        print(f"数据：备案 {args.registry:,}，候选 {args.candidates:,}；旧代码 {args.baseline_rev}，新代码 {ROOT}")
        results: dict[str, list[dict]] = {"old": [], "new": []}
        for k in range(args.rounds):
            order = ("new", "old") if args.new_first else ("old", "new")
            for side in order:
                res = run(old_root if side == "old" else ROOT, data, args.old_workers if side == "old" else args.workers)
                results[side].append(res)
                print(f"  第 {k + 1} 轮 {'旧' if side == 'old' else '新'}：{res['seconds']:.1f}s（CPU {res['cpu']:.1f}s，"
                      f"子进程 CPU {res['child_cpu']:.1f}s），内存峰值 {res['peak_mb']:.0f} MB，"
                      f"各进程 PSS 之和峰值 {res['peak_pss_mb']:.0f} MB，发现 {res['findings']:,}，"
                      f"摘要 {res['sha256'][:16]}")
    old_s = statistics.median(r["seconds"] for r in results["old"])
    new_s = statistics.median(r["seconds"] for r in results["new"])
    old_cpu = statistics.median(r["cpu"] + r["child_cpu"] for r in results["old"])
    new_cpu = statistics.median(r["cpu"] + r["child_cpu"] for r in results["new"])
    old_mb = max(r["peak_mb"] for r in results["old"])
    new_mb = max(r["peak_mb"] for r in results["new"])
    digests = {r["sha256"] for side in results.values() for r in side}
    ratios = [o["seconds"] / n["seconds"] for o, n in zip(results["old"], results["new"])]
    print(f"中位数：旧 {old_s:.1f}s，新 {new_s:.1f}s；加速比 旧/新 {old_s / new_s:.2f} 倍"
          f"（各轮 {', '.join(f'{r:.2f}' for r in ratios)}），新/旧 {new_s / old_s:.2f}")
    print(f"CPU 时间中位数：旧 {old_cpu:.1f}s，新 {new_cpu:.1f}s；加速比 旧/新 {old_cpu / new_cpu:.2f} 倍"
          "（机器忙时 CPU 时间比墙钟时间稳定）")
    old_pss = max(r["peak_pss_mb"] for r in results["old"])
    new_pss = max(r["peak_pss_mb"] for r in results["new"])
    print(f"内存峰值：旧 {old_mb:.0f} MB，新 {new_mb:.0f} MB；各进程 PSS 之和（每 0.5 秒取样）：旧 {old_pss:.0f} MB，"
          f"新 {new_pss:.0f} MB")
    same = len(digests) == 1
    print("发现完全一致" if same else "发现不一致！" + "，".join(sorted(digests)))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
