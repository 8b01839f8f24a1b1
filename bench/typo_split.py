"""The syllable-boundary layer's language-model judge (``content_typo_split`` with
``content_typo_ime.ImeModel.vouches_split``) on the labelled content parts and the real-prose negatives: every window
of the generator that the judge's other tests pass, with its gain in nats, whether a labelled typo span holds it, and
how many of each side reach ``SPLIT_MARGIN`` (or ``--margin``).

Tuning parts only (dev … dev34, never heldout). Run from the repository root:
``python bench/typo_split.py [--margin 4.5] [--list 40]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors import content_typo_ime as ime  # noqa: E402
from detectors import content_typo_split as sp  # noqa: E402
from detectors.content_typo import division_forms  # noqa: E402
from detectors.textnorm import fold  # noqa: E402

PARTS = ["dev"] + [f"dev{i}" for i in range(2, 35)]
NEGATIVES = ROOT / "scripts" / "data" / "gov_prose_negatives.txt"


def windows(lm, folded: str, places: frozenset[str]):
    """(gain, written window, corrected word, start) of every candidate the judge's tests other than the margin pass."""
    seen = []

    def judge(f, a, b, word, changed):
        if lm.vouches_split(f, a, b, word, changed, places, margin=float("-inf")):
            seen.append((round(lm.split_gain(f, a, b, word), 1), f[a:b], word, a))
        return False  # see every candidate of every window

    sp.boundary_slips(folded, judge)
    return seen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--margin", type=float, default=ime.SPLIT_MARGIN)
    ap.add_argument("--list", type=int, default=30, help="list this many windows of highest gain")
    args = ap.parse_args()
    lm = ime.load()
    if lm is None:
        print("输入法语言模型未加载")
        return 1
    places = division_forms()
    rows = []
    for part in PARTS:
        base = ROOT / "eval" / "content" / part
        labels = {(d["platform"], d["account_id"], d["post_id"]): d
                  for d in map(json.loads, (base / "labels.jsonl").open(encoding="utf-8"))}
        for line in (base / "posts.jsonl").open(encoding="utf-8"):
            post = json.loads(line)
            label = labels[(post["platform"], post["account_id"], post["post_id"])]
            spans = [fold(s["text"]) for s in label["spans"] if s["class"] == "typo"]
            for gain, written, word, _a in windows(lm, fold(post["text"]), places):
                rows.append((gain, any(written in s for s in spans), part, written, word))
    for line in NEGATIVES.open(encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            rows += [(g, False, "negatives", w, c) for g, w, c, _a in windows(lm, fold(line.strip()), places)]
    rows.sort(reverse=True)
    slips = [r for r in rows if r[1]]
    others = [r for r in rows if not r[1]]
    print(f"margin {args.margin:g} nats: labelled slips {sum(r[0] >= args.margin for r in slips)}/{len(slips)}, "
          f"other windows {sum(r[0] >= args.margin for r in others)}/{len(others)} "
          f"(highest other {max((r[0] for r in others), default=0):g}, lowest slip {min((r[0] for r in slips), default=0):g})")
    for gain, slip, part, written, word in rows[:args.list]:
        print(f"{gain:6.1f} {'slip ' if slip else 'other'} {part:9} {written} → {word}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
