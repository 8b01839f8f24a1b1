"""Benchmark: validate and import a large registry file into a fresh SQLite store.

    .venv/bin/python bench/registry_import.py [--rows 20000] [--xlsx]

Prints rows/s for validation, first import, idempotent re-import and export, each with its ratio to a plain
``csv.reader`` pass over the same file measured in the same run (the baseline).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.records import REGISTRY_HEADERS_ZH
from registry.export import export_registry
from registry.importer import import_registry
from registry.read import read_registry
from search_index.sqlite_backend import SQLiteStore

PLATFORMS = ("新浪微博", "微信公众号", "抖音", "快手", "哔哩哔哩", "网站")
STATUSES = ("正常", "变更", "关停", "注销", "")


def make_rows(n: int) -> list[list[str]]:
    return [[f"某某市第{i % 997}局", PLATFORMS[i % len(PLATFORMS)], f"acct{i:08d}", f"某某发布{i}",
             f"https://example.gov.cn/u/{i}", "", STATUSES[i % len(STATUSES)], f"某省某市{i % 50}区", "某某市政府办",
             f"联系人{i % 100} 0531-{i:08d}", f"2025/{i % 12 + 1}/{i % 28 + 1}"] for i in range(n)]


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--xlsx", action="store_true", help="also time an XLSX file of the same rows")
    args = parser.parse_args()
    rows = make_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(REGISTRY_HEADERS_ZH)
        writer.writerows(rows)
        path = tmp / "registry.csv"
        path.write_bytes(buf.getvalue().encode("gbk"))

        base, _ = timed(lambda: sum(1 for _ in csv.reader(io.StringIO(path.read_bytes().decode("gb18030")))))
        n = args.rows
        print(f"rows: {n}; baseline csv.reader pass: {base:.3f}s ({n / base:,.0f} rows/s)")

        def report(label: str, seconds: float) -> None:
            print(f"{label:<28} {seconds:7.3f}s  {n / seconds:12,.0f} rows/s  ratio to baseline {seconds / base:6.1f}x")

        seconds, parsed = timed(lambda: read_registry(path, max_rows=n + 1))
        assert parsed.ok, parsed.errors[:3]
        report("validate (CSV, GBK)", seconds)
        store = SQLiteStore(tmp / "bench.db")
        try:
            seconds, result = timed(lambda: import_registry(store, path, max_rows=n + 1))
            assert result.plan.summary()["new"] == n
            report("first import", seconds)
            seconds, result = timed(lambda: import_registry(store, path, max_rows=n + 1))
            assert result.plan.summary()["unchanged"] == n and result.history == 0
            report("re-import (no change)", seconds)
            out = tmp / "export.xlsx"
            seconds, count = timed(lambda: export_registry(store.scan("registry"), out))
            assert count == n
            report("export XLSX", seconds)
            if args.xlsx:
                seconds, parsed = timed(lambda: read_registry(out, max_rows=n + 1))
                assert parsed.ok
                report("validate (XLSX)", seconds)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
