"""Where the located-copy bars come from: every located reading of a screenshot, copies against non-copies.

    python bench/avatar_located_pairs.py [--parts dev,dev2,…] [--keep FILE]

The impostor detector reads a small copy of a unit's avatar inside a screenshot (``detectors.avatar.located_copy``)
and counts it only as a separate object on the page (``object_margin``), with bars ``LOCATED_MIN``,
``LOCATED_OBJECT_MIN_PX``, ``LOCATED_OBJECT_SPREAD`` and ``LOCATED_OBJECT_COLOUR_GAP`` in ``detectors/impostor.py``.
Those bars were set from the non-copies only (``detectors/data/README.md``, thirty-seventh round, a separate object).
This script reproduces that count: it runs the offline detection path of ``bench/detect_quality.py`` on the tuning
parts with the measurement hook ``impostor._LOCATED_LOG`` set (every located reading is then taken, whether or not a
unit is under its bar), labels each (account, registry file) pair from the part's own labels — a **copy** when the
account is an impostor whose avatar was made from its target's file and the file is one of the target unit's, the
account's own unit's file for registered and unregistered accounts, a **non-copy** otherwise — and prints, for the
pairs a reading would admit by size, margin and correlation, the lowest colour gaps of the non-copies (the colour bar
is the lowest less 0.02) and how many copies each bar admits.

Tuning parts only (never ``heldout``). It takes as long as ``bench/detect_quality.py`` on the same parts.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import detect_quality as dq  # noqa: E402

from detectors import impostor  # noqa: E402

EVAL = ROOT / "eval" / "impostor"


def pairs_of(part: str, log: Path) -> list[dict]:
    """The located readings logged for ``part``, each labelled copy / own / non-copy from the part's labels."""
    d = EVAL / part
    registry = list(csv.DictReader((d / "registry.csv").open(encoding="utf-8")))
    unit_of = {(r["platform"], r["account_id"]): r["unit"] for r in registry}
    files_of: dict[str, set[str]] = defaultdict(set)
    for r in registry:
        files_of[r["unit"]].add(os.path.normpath(d / r["avatar"]))
    labels = {(x["platform"], x["account_id"]): x
              for x in map(json.loads, (d / "labels.jsonl").read_text(encoding="utf-8").splitlines()) if x}
    rows = []
    for line in log.read_text(encoding="utf-8").splitlines():
        platform, account, file, *numbers = line.split("\t")
        loc, gap, size, side, spread, sim, place_only = map(float, numbers)
        file = os.path.normpath(file if os.path.isabs(file) else ROOT / file)
        label = labels.get((platform, account), {})
        target = label.get("target") or {}
        unit = unit_of.get((target.get("platform"), target.get("account_id")))
        if label.get("label") == "impostor" and label.get("avatar_source") == "target" and unit:
            kind = "copy" if file in files_of[unit] else "non-copy"
        elif label.get("label") in ("registered", "unregistered"):
            kind = "own"
        else:
            kind = "non-copy"
        rows.append({"part": part, "kind": kind, "loc": loc, "gap": gap, "size": size, "side": side, "spread": spread,
                     "coloured": sim, "place_only": bool(place_only), "edit": label.get("avatar_edit"),
                     "family": label.get("family")})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description="截图中定位到的小副本：副本与非副本的分布（门槛的来历）")
    ap.add_argument("--parts", default=",".join(dq.TUNING), help="逗号分隔的调参部分（不接受 heldout）")
    ap.add_argument("--keep", help="把所有读数写到这个 JSON 文件")
    args = ap.parse_args()
    parts = [p for p in args.parts.split(",") if p]
    if "heldout" in parts:
        ap.error("heldout 只用于最终测量，不用来定门槛")
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for part in parts:
            if not (EVAL / part / "labels.jsonl").exists():
                continue
            log = Path(tmp) / f"{part}.tsv"
            log.touch()
            impostor._LOCATED_LOG = str(log)
            dq.run_part(part)
            rows += pairs_of(part, log)
    impostor._LOCATED_LOG = None
    print(f"读数 {len(rows)} 对：", dict(Counter(r["kind"] for r in rows)))
    admitted = [r for r in rows if r["loc"] >= impostor.LOCATED_MIN and r["size"] >= impostor.LOCATED_OBJECT_MIN_PX
                and r["spread"] <= impostor.LOCATED_OBJECT_SPREAD]
    others = sorted((r for r in admitted if r["kind"] == "non-copy"), key=lambda r: r["gap"])
    copies = [r for r in admitted if r["kind"] == "copy"]
    print(f"大小 ≥ {impostor.LOCATED_OBJECT_MIN_PX} px、边缘起伏 ≤ {impostor.LOCATED_OBJECT_SPREAD}、"
          f"相关 ≥ {impostor.LOCATED_MIN}：非副本 {len(others)} 对，副本 {len(copies)} 对")
    for r in others[:5]:
        print(f"  非副本 {r['part']} 颜色差 {r['gap']:.3f} 大小 {r['size']:.1f} 相关 {r['loc']:.3f} "
              f"（{r['family'] or r['edit']}）")
    if others:
        bar = others[0]["gap"] - 0.02
        print(f"非副本最低颜色差 {others[0]['gap']:.3f}，减 0.02 为 {bar:.3f}（现用 "
              f"{impostor.LOCATED_OBJECT_COLOUR_GAP}）；此门槛下收下的副本 "
              f"{sum(r['gap'] <= impostor.LOCATED_OBJECT_COLOUR_GAP for r in copies)}/{len(copies)}，"
              f"非副本 {sum(r['gap'] <= impostor.LOCATED_OBJECT_COLOUR_GAP for r in others)}")
    if args.keep:
        Path(args.keep).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
