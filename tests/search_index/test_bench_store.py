"""Smoke test of bench/store.py at a tiny size: it runs and prints every figure it promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_store_benchmark_runs_small(tmp_path):
    out = subprocess.run([sys.executable, str(REPO / "bench" / "store.py"), "--accounts", "300", "--posts", "1500",
                          "--batch", "200", "--queries", "15", "--dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, cwd=REPO)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    for collection, n in (("accounts", 300), ("posts", 1500)):
        assert re.search(rf"^upsert {collection}: {n} records in [\d.]+ s, of which index catch-up [\d.]+ s; "
                         rf"writes [\d,]+ records/s, writes \+ index [\d,]+ records/s; "
                         rf"bare executemany [\d,]+ records/s; "
                         rf"ratio store/bare: writes [\d.]+, writes \+ index [\d.]+$", text, re.M), text
        assert re.search(rf"^cpu upsert {collection}: store [\d.]+ s \(writes \+ index\), bare [\d.]+ s; "
                         rf"ratio store/bare: writes \+ index [\d.]+$", text, re.M), text
        for length, path in ((2, "bigram"), (3, "fts"), (5, "fts")):
            for order in ("relevance", "newest"):
                assert re.search(rf"^search {collection} {length} chars, {order}: p50 [\d.]+ ms, p95 [\d.]+ ms "
                                 rf"\(15 queries via {path}, [\d.]+ hits avg; median \d+ matching docs\)$",
                                 text, re.M), text
    assert re.search(r"^re-crawl accounts \(follower counts only\): 300 records, store [\d,]+ records/s \(index "
                     r"catch-up 0\.00 s\), bare upsert [\d,]+ records/s; ratio store/bare [\d.]+$", text, re.M), text
    assert re.search(r"^store file: [\d.]+ MB$", text, re.M), text
    assert not list(tmp_path.iterdir())  # the temporary store is removed
