"""Bench: alert ingest throughput vs. a plain bulk upsert of the same findings (baseline, same run).

    .venv/bin/python bench/alerts_ingest.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alerts.lifecycle import ingest
from core.findings import make_finding
from core.records import FINDING_KINDS
from core.settings import load_config
from search_index.sqlite_backend import SQLiteStore


def findings(n: int) -> list[dict]:
    return [make_finding("impostor", "weibo", f"fake{i}", score=0.9, reasons=["名称相似"],
                         target={"platform": "weibo", "account_id": f"off{i % 50}", "name": "山东发布"},
                         evidence={"name": f"山东发布{i}"}) for i in range(n)]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    cfg = load_config(env={})
    rows = findings(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "b.db")
        t = time.perf_counter()
        store.upsert("findings", rows)
        base = time.perf_counter() - t
        t0 = datetime(2026, 11, 1, tzinfo=UTC)
        t = time.perf_counter()
        ingest(store, rows, "r1", t0, cfg)
        first = time.perf_counter() - t
        t = time.perf_counter()
        ingest(store, rows, "r2", t0 + timedelta(days=1), cfg)
        second = time.perf_counter() - t
        t = time.perf_counter()
        ingest(store, [], "r3", t0 + timedelta(days=2), cfg, kinds=FINDING_KINDS)
        absent = time.perf_counter() - t
        store.close()
    print(f"findings: {n}")
    print(f"baseline bulk upsert: {base:.3f}s")
    print(f"ingest first run:     {first:.3f}s  ({first / base:.1f}x baseline, {n / first:.0f} findings/s)")
    print(f"ingest second run:    {second:.3f}s  ({second / base:.1f}x baseline)")
    print(f"ingest empty run:     {absent:.3f}s  ({absent / base:.1f}x baseline, marks {n} alerts absent)")


if __name__ == "__main__":
    main()
