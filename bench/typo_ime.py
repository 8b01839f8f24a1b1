"""The input-method language-model typo layer alone (``detectors.content_typo_ime``) on the labelled content parts.

    python bench/typo_ime.py [--parts dev,dev2,…] [--floor 9] [--thresholds 11,13,15] [--list]
                             [--blind-misses /tmp/blindmiss_dev14.json …]

For each tuning part of ``eval/content/`` (never ``heldout``) the layer runs on every post by itself at ``--floor``
nats, with the exclusions ``TypoFinder`` adds (spans overlapping a correct form of the lexicons, a listed leader's
name or a department's short form; not the screener's own: posts that sell, joke or warn), and for each
threshold of ``--thresholds`` the script reports: typo posts found (a hit overlapping a labelled typo span), typo
spans found, clean posts flagged (no class, hard negatives included) and posts of other classes flagged, plus the
layer's time per post. ``--blind-misses`` takes the JSON files of ``scripts/probe_ime_lm.py misses PART`` (the typo
posts each part's first-contact screener missed and the clean posts it flagged): how many of those misses the layer
finds and how many of the part's other clean posts it newly flags — the honest transfer estimate
(``docs/notes/ime_lm_probe.md``). Needs the model and ``kenlm`` (``./run.sh setup``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors import content_typo_ime  # noqa: E402
from detectors.content_typo import (  # noqa: E402
    TypoFinder,
    _exact_spans,
    department_stems,
    division_forms,
    load_terms,
)
from detectors.textnorm import fold  # noqa: E402

EVAL = ROOT / "eval" / "content"
PARTS = ["dev"] + [f"dev{k}" for k in range(2, 17)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", default=",".join(PARTS))
    ap.add_argument("--floor", type=float, default=9.0)
    ap.add_argument("--thresholds", default="11,12,13,14,15,17,20")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--jieba-min", type=float, default=None, help="calibration: content_typo_ime.JIEBA_MIN_GAIN")
    ap.add_argument("--blind-misses", nargs="*", default=[])
    args = ap.parse_args(argv)
    if args.jieba_min is not None:
        content_typo_ime.JIEBA_MIN_GAIN = args.jieba_min
    lm = content_typo_ime.load()
    if lm is None:
        raise SystemExit("the model or kenlm is missing: ./run.sh setup")
    places = division_forms()
    finder = TypoFinder(load_terms())
    excluded = (finder.known_forms, finder.listed_names, department_stems())
    ths = [float(x) for x in args.thresholds.split(",")]
    rows: dict[tuple, dict] = {}
    seconds = 0.0
    posts = 0
    for part in [p for p in args.parts.split(",") if p]:
        if "heldout" in part:
            raise SystemExit("heldout is for final measurement only")
        base = EVAL / part
        labels = {(r["platform"], r["account_id"], r["post_id"]): r
                  for r in map(json.loads, (base / "labels.jsonl").read_text(encoding="utf-8").splitlines())}
        for line in (base / "posts.jsonl").read_text(encoding="utf-8").splitlines():
            post = json.loads(line)
            key = (post["platform"], post["account_id"], post["post_id"])
            label = labels[key]
            folded = fold(post["text"])
            t = time.perf_counter()
            hits = lm.slips(folded, places, margin=args.floor)
            exact = [span for forms in excluded for span in _exact_spans(folded, forms)] if hits else []
            hits = [h for h in hits if not any(x < h[1] and h[0] < y for x, y in exact)]
            seconds += time.perf_counter() - t
            posts += 1
            where = []
            for s in label["spans"]:
                if s["class"] != "typo":
                    continue
                wrong = fold(s["text"])
                k = folded.find(wrong)
                while k >= 0:
                    where.append((k, k + len(wrong), id(s)))
                    k = folded.find(wrong, k + 1)
            spans = {id(s) for s in label["spans"] if s["class"] == "typo"}
            inside = [(h, sid) for h in hits for a, b, sid in where if h[0] < b and a < h[1]]
            outside = [h for h in hits if not any(h[0] < b and a < h[1] for a, b, _s in where)]
            rows[key] = {"part": part, "classes": label["classes"], "inside": [(h[4], sid) for h, sid in inside],
                         "outside": [h[4] for h in outside], "spans": len(spans)}
            if args.list:
                for h, _sid in inside:
                    print(f"  [{part}] found {folded[h[0]:h[1]]} → {h[2]} ({h[3]}, {h[4]})")
                for h in outside:
                    ctx = folded[max(0, h[0] - 8):h[1] + 8].replace("\n", " ")
                    print(f"  [{part}] OUTSIDE {folded[h[0]:h[1]]} → {h[2]} ({h[3]}, {h[4]}) | {ctx} | "
                          f"{label['classes']}")
    print(f"{posts} posts, layer {seconds / posts * 1000:.2f} ms a post")
    print("| gain ≥ | typo posts found | typo spans found | clean posts flagged | other-class posts flagged |")
    print("|---|---|---|---|---|")
    typo_posts = [r for r in rows.values() if "typo" in r["classes"]]
    n_spans = sum(r["spans"] for r in typo_posts)
    clean = [r for r in rows.values() if not r["classes"]]
    for th in ths:
        fp = sum(any(g >= th for g in r["outside"]) for r in clean)
        other = sum(any(g >= th for g in r["outside"]) for r in rows.values() if r["classes"] and "typo" not in r["classes"])
        found = sum(any(g >= th for g, _s in r["inside"]) for r in typo_posts)
        spans = sum(len({sid for g, sid in r["inside"] if g >= th}) for r in typo_posts)
        print(f"| {th:g} | {found} / {len(typo_posts)} | {spans} / {n_spans} | {fp} / {len(clean)} | {other} |")
    per_part = sorted({r["part"] for r in rows.values()}, key=PARTS.index)
    print("\nper part at each threshold: clean posts flagged (typo posts found)")
    print("| part | " + " | ".join(f"≥ {th:g}" for th in ths) + " |")
    print("|---" * (len(ths) + 1) + "|")
    for part in per_part:
        cells = []
        for th in ths:
            fp = sum(any(g >= th for g in r["outside"]) for r in clean if r["part"] == part)
            found = sum(any(g >= th for g, _s in r["inside"]) for r in typo_posts if r["part"] == part)
            cells.append(f"{fp} ({found})")
        print(f"| {part} | " + " | ".join(cells) + " |")
    if args.blind_misses:
        print("\nblind-time misses (first-contact screener): missed typo posts found / clean posts newly flagged")
        print("| part | missed | " + " | ".join(f"≥ {th:g}" for th in ths) + " |")
        print("|---" * (len(ths) + 2) + "|")
        for f in args.blind_misses:
            d = json.loads(Path(f).read_text(encoding="utf-8"))
            missed = [tuple(k) for k in d["missed"]]
            flagged = {tuple(k) for k in d["flagged"]}
            cells = []
            for th in ths:
                found = sum(any(g >= th for g, _s in rows[k]["inside"]) for k in missed if k in rows)
                fp = sum(any(g >= th for g in r["outside"]) for k, r in rows.items()
                         if r["part"] == d["part"] and not r["classes"] and k not in flagged)
                cells.append(f"{found} / {fp}")
            print(f"| {d['part']} | {len(missed)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
