"""The word-probability typo layer alone (``detectors.content_typo_lm``) on the labelled content parts.

    python bench/typo_probability.py [--parts dev,dev2,…] [--margin 10] [--list]

For each tuning part of ``eval/content/`` (never ``heldout``) the layer runs on every post by itself — not through the
content screener, so what the lexicon rules already find counts too — and the script reports, per part: typo posts
the layer finds (a hit overlapping a labelled typo span; *right* when the corrected span holds the label's correct
form), typo posts in all, clean posts flagged (no class, hard negatives included), posts of other classes flagged,
and lines of ``scripts/data/gov_prose_negatives.txt`` flagged. ``--margin`` overrides ``MARGIN`` for calibration;
``--list`` prints every hit outside a labelled span and every labelled typo found.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors import content_typo_lm  # noqa: E402
from detectors.content_typo import division_forms  # noqa: E402
from detectors.textnorm import fold  # noqa: E402

EVAL = ROOT / "eval" / "content"
PROSE = ROOT / "scripts" / "data" / "gov_prose_negatives.txt"
PARTS = ["dev"] + [f"dev{k}" for k in range(2, 16)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", default=",".join(PARTS))
    ap.add_argument("--margin", type=float, default=None)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    if args.margin is not None:
        content_typo_lm.MARGIN = args.margin
    places = division_forms()
    totals = [0, 0, 0, 0, 0, 0]
    t0 = time.perf_counter()
    posts_seen = 0
    print("| part | typo posts found (right) / all | clean posts flagged | other-class posts flagged |")
    print("|---|---|---|---|")
    for part in [p for p in args.parts.split(",") if p]:
        if "heldout" in part:
            raise SystemExit("heldout is for final measurement only")
        base = EVAL / part
        labels = {(r["platform"], r["account_id"], r["post_id"]): r
                  for r in map(json.loads, (base / "labels.jsonl").read_text(encoding="utf-8").splitlines())}
        found = right = typo = clean = clean_flagged = other_flagged = 0
        for line in (base / "posts.jsonl").read_text(encoding="utf-8").splitlines():
            post = json.loads(line)
            label = labels[(post["platform"], post["account_id"], post["post_id"])]
            folded = fold(post["text"])
            posts_seen += 1
            hits = content_typo_lm.probable_slips(folded, places)
            spans = [(fold(s["text"]), fold(s["correct"] or "")) for s in label["spans"] if s["class"] == "typo"]
            where = []
            for wrong, correct in spans:
                k = folded.find(wrong)
                while k >= 0:
                    where.append((k, k + len(wrong), correct))
                    k = folded.find(wrong, k + 1)
            inside = [(h, c) for h in hits for a, b, c in where if h[0] < b and a < h[1]]
            outside = [h for h in hits if not any(h[0] < b and a < h[1] for a, b, _c in where)]
            if "typo" in label["classes"]:
                typo += 1
                if inside:
                    found += 1
                    fixed = [folded[:h[0]] + h[2] + folded[h[1]:] for h, _c in inside]
                    right += any(c and c in f for f, (_h, c) in zip(fixed, inside))
            elif not label["classes"]:
                clean += 1
                clean_flagged += bool(outside)
            else:
                other_flagged += bool(outside)
            if args.list:
                for h, _c in inside:
                    print(f"  [{part}] found {folded[h[0]:h[1]]} → {h[2]} ({h[3]}, {h[4]})")
                for h in outside:
                    ctx = folded[max(0, h[0] - 8):h[1] + 8].replace("\n", " ")
                    print(f"  [{part}] FALSE {folded[h[0]:h[1]]} → {h[2]} ({h[3]}, {h[4]}) | {ctx} | {label['classes']}")
        print(f"| {part} | {found} ({right}) / {typo} | {clean_flagged} / {clean} | {other_flagged} |")
        for k, v in enumerate((found, right, typo, clean_flagged, clean, other_flagged)):
            totals[k] += v
    lines = [s for s in PROSE.read_text(encoding="utf-8").splitlines() if s.strip() and not s.startswith("#")]
    neg = 0
    for s in lines:
        hits = content_typo_lm.probable_slips(fold(s), places)
        neg += bool(hits)
        if args.list:
            for h in hits:
                print(f"  [prose] FALSE {fold(s)[h[0]:h[1]]} → {h[2]} | {s[:40]}")
    print(f"| all | {totals[0]} ({totals[1]}) / {totals[2]} | {totals[3]} / {totals[4]} | {totals[5]} |")
    print(f"gov_prose_negatives.txt: {neg} / {len(lines)} lines flagged; "
          f"{posts_seen} posts in {time.perf_counter() - t0:.1f}s (margin {content_typo_lm.MARGIN})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
