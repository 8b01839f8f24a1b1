"""The input-method language-model typo layer alone (``detectors.content_typo_ime``) on the labelled content parts.

    python bench/typo_ime.py [--parts dev,dev2,…,dev34] [--floor 9] [--thresholds 11,13,15] [--list] [--why]
                             [--set NAME=VALUE …] [--budget 0.003] [--blind-misses /tmp/blindmiss_dev14.json …]

For each tuning part of ``eval/content/`` (never ``heldout``) the layer runs on every post by itself at ``--floor``
nats, with the exclusions ``TypoFinder`` adds (spans overlapping a correct form of the lexicons, a listed leader's
name or a department's short form; not the screener's own: posts that sell, joke or warn), and for each
threshold of ``--thresholds`` the script reports: typo posts found (a hit overlapping a labelled typo span), typo
spans found, clean posts flagged (no class, hard negatives included), posts of other classes flagged and lines of
real government prose (``scripts/data/gov_prose_negatives.txt``) flagged, plus the layer's time per post; then typo
spans found per part, and a leave-one-part-out table: for each part the threshold is chosen on the *other* parts
(the margin and ``SPECIFIC_BONUS`` of ``--thresholds`` × ``--bonuses`` that find most typo spans while the posts
without a typo they flag — clean or of another class — stay within ``--budget`` of those posts and no prose line is
flagged) and reported on the part left out, so no part's figure rests on a choice made on it.

``--why`` sorts every labelled typo span of one character against its correct form that the layer misses at
``MARGIN`` by the first gate that stops it: no run of Chinese characters, a run with no stranded character, a run with
too many, a word not gated, no candidate, a gain under the margin, or an exclusion after scoring.
``--set NAME=VALUE`` overrides a constant of the module (calibration: ``--set GATED_SHARE=0.4``).
``--blind-misses`` takes the JSON files of ``scripts/probe_ime_lm.py misses PART`` (the typo posts each part's
first-contact screener missed and the clean posts it flagged): how many of those misses the layer finds and how many
of the part's other clean posts it newly flags (``docs/notes/ime_lm_probe.md``). Needs the model and ``kenlm``
(``./run.sh setup``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
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
PARTS = ["dev"] + [f"dev{k}" for k in range(2, 35)]
PROSE = ROOT / "scripts" / "data" / "gov_prose_negatives.txt"


def _specific(hit: tuple, folded: str, vocab: frozenset[str]) -> bool:
    """A correction ``content_typo_ime.counted`` credits: a look-alike or a corrected word of three or more characters
    whose written characters make no vocabulary word over the one changed."""
    m = content_typo_ime
    return m.counted(hit[2], hit[3], 0.0, m.written_word(vocab, folded[hit[0]:hit[1]], hit[2])) > 0


def _passes(gain: float, specific: bool, th: float, bonus: float) -> bool:
    return gain + (bonus if specific else 0.0) >= th


def _why(lm, folded: str, places: frozenset[str], pos: int, right: str) -> str:
    """The first gate of ``slips`` that stops the correction ``right`` at ``folded[pos]`` (see ``--why``)."""
    m = content_typo_ime
    run = next((r for r in m.HAN_RUN.finditer(folded) if r.start() <= pos < r.end()), None)
    if run is None:
        return "no run"
    s, i = run.group(), pos - run.start()
    n = len(s)
    stranded = lm.stranded(s)
    if not stranded:
        return "nothing stranded"
    if len(stranded) > m.GATED_MAX + m.GATED_SHARE * n:
        return "too many stranded"
    words = lm.decode(s)[1]
    a, b, lp = next(w for w in words if w[0] <= i < w[1])
    if not (lp < m.GATE_LOGP if b - a > 1 else s[a] not in m.FUNCTION_CHARS and s[a] not in m.NUMERALS):
        return "word not gated"
    if right not in lm.candidates(s, i):
        return "no candidate"
    lo, hi = max(0, i - m.WINDOW), min(n, i + 1 + m.WINDOW)
    gain = (lm.score(s[lo:i] + right + s[i + 1:hi]) - lm.score(s[lo:hi])) * m.LN10
    return "gain under margin" if gain < m.MARGIN else "excluded or another candidate"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", default=",".join(PARTS))
    ap.add_argument("--floor", type=float, default=9.0)
    ap.add_argument("--thresholds", default="9,10,11,12,13,14,15,17,20")
    ap.add_argument("--budget", type=float, default=0.003, help="share of the posts without a typo a margin may flag (LOPO)")
    ap.add_argument("--bonuses", default="0,1,2,3", help="SPECIFIC_BONUS values the leave-one-part-out sweep tries")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--why", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--blind-misses", nargs="*", default=[])
    args = ap.parse_args(argv)
    for item in args.set:
        name, value = item.split("=", 1)
        if not hasattr(content_typo_ime, name):
            raise SystemExit(f"no constant {name} in content_typo_ime")
        setattr(content_typo_ime, name, type(getattr(content_typo_ime, name))(float(value)))
    bonus = content_typo_ime.SPECIFIC_BONUS
    bonuses = sorted({float(x) for x in args.bonuses.split(",")} | {bonus})
    # the layer runs with the largest bonus, so that every hit any bonus of the sweep would report is there
    content_typo_ime.SPECIFIC_BONUS = bonuses[-1]
    lm = content_typo_ime.load()
    if lm is None:
        raise SystemExit("the model or kenlm is missing: ./run.sh setup")
    places = division_forms()
    finder = TypoFinder(load_terms())
    excluded = (finder.known_forms, finder.listed_names, department_stems())

    def layer(folded: str, margin: float) -> list[tuple]:
        hits = lm.slips(folded, places, margin=margin)
        exact = [span for forms in excluded for span in _exact_spans(folded, forms)] if hits else []
        return [h for h in hits if not any(x < h[1] and h[0] < y for x, y in exact)]

    ths = [float(x) for x in args.thresholds.split(",")]
    rows: dict[tuple, dict] = {}
    why: Counter = Counter()
    seconds = 0.0
    posts = 0
    parts = [p for p in args.parts.split(",") if p]
    for part in parts:
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
            hits = layer(folded, args.floor)
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
                right = fold(s.get("correct") or "")
                k = folded.find(wrong)
                if (args.why and k >= 0 and len(right) == len(wrong)
                        and sum(x != y for x, y in zip(wrong, right)) == 1):
                    j = next(t for t in range(len(wrong)) if wrong[t] != right[t])
                    if any(h[0] < k + len(wrong) and k < h[1]
                           and _passes(h[4], _specific(h, folded, lm.vocab), content_typo_ime.MARGIN, bonus) for h in hits):
                        why["found"] += 1
                    else:
                        reason = _why(lm, folded, places, k + j, right[j])
                        why[reason] += 1
                        print(f"  [{part}] {reason}: {wrong} → {right}")
            spans = {id(s) for s in label["spans"] if s["class"] == "typo"}
            inside = [(h, sid) for h in hits for a, b, sid in where if h[0] < b and a < h[1]]
            outside = [h for h in hits if not any(h[0] < b and a < h[1] for a, b, _s in where)]
            rows[key] = {"part": part, "classes": label["classes"],
                         "inside": [(h[4], _specific(h, folded, lm.vocab), sid) for h, sid in inside],
                         "outside": [(h[4], _specific(h, folded, lm.vocab)) for h in outside], "spans": len(spans)}
            if args.list:
                for h, _sid in inside:
                    print(f"  [{part}] found {folded[h[0]:h[1]]} → {h[2]} ({h[3]}, {h[4]})")
                for h in outside:
                    ctx = folded[max(0, h[0] - 8):h[1] + 8].replace("\n", " ")
                    print(f"  [{part}] OUTSIDE {folded[h[0]:h[1]]} → {h[2]} ({h[3]}, {h[4]}) | {ctx} | "
                          f"{label['classes']}")
    prose = [fold(x) for x in PROSE.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    prose_hits = []
    for line in prose:
        hits = layer(line, args.floor)
        prose_hits.append([(h[4], _specific(h, line, lm.vocab)) for h in hits])
        if args.list and hits:
            print(f"  [prose] {[(line[h[0]:h[1]], h[2], h[4]) for h in hits]} | {line[:40]}")
    if args.why:
        print("why labelled one-character typo spans are missed at the margin:", dict(why.most_common()))
    print(f"{posts} posts, layer {seconds / posts * 1000:.2f} ms a post; specific corrections credited {bonus:g} nats")
    typo_posts = [r for r in rows.values() if "typo" in r["classes"]]
    n_spans = sum(r["spans"] for r in typo_posts)
    clean = [r for r in rows.values() if not r["classes"]]

    def tally(th: float, b: float, part: str | None = None, exclude: str | None = None) -> dict[str, int]:
        """Counts at threshold ``th`` and bonus ``b`` over one part, or over all parts but ``exclude``."""
        def keep(r):
            return (part is None or r["part"] == part) and r["part"] != exclude

        def hit(pairs):
            return any(_passes(g, sp, th, b) for g, sp in pairs)
        return {"posts": sum(hit((g, sp) for g, sp, _s in r["inside"]) for r in typo_posts if keep(r)),
                "found": sum(len({sid for g, sp, sid in r["inside"] if _passes(g, sp, th, b)})
                             for r in typo_posts if keep(r)),
                "spans": sum(r["spans"] for r in typo_posts if keep(r)),
                "fp": sum(hit(r["outside"]) for r in clean if keep(r)),
                "clean": sum(1 for r in clean if keep(r)),
                "other": sum(hit(r["outside"]) for r in rows.values()
                             if keep(r) and r["classes"] and "typo" not in r["classes"]),
                "negatives": sum(1 for r in rows.values() if keep(r) and "typo" not in r["classes"]),
                "prose": sum(hit(pairs) for pairs in prose_hits)}

    print("| gain ≥ | typo posts found | typo spans found | clean posts flagged | other-class posts flagged | "
          "prose lines flagged |")
    print("|---|---|---|---|---|---|")
    for th in ths:
        t = tally(th, bonus)
        print(f"| {th:g} | {t['posts']} / {len(typo_posts)} | {t['found']} / {n_spans} | {t['fp']} / {len(clean)} | "
              f"{t['other']} | {t['prose']} / {len(prose)} |")
    per_part = sorted({r["part"] for r in rows.values()}, key=PARTS.index)
    print(f"\nper part at each threshold (bonus {bonus:g}): typo spans found / clean posts flagged")
    print("| part | " + " | ".join(f"≥ {th:g}" for th in ths) + " |")
    print("|---" * (len(ths) + 1) + "|")
    for part in per_part:
        cells = [f"{t['found']}/{t['spans']} · {t['fp']}" for t in (tally(th, bonus, part) for th in ths)]
        print(f"| {part} | " + " | ".join(cells) + " |")
    if len(per_part) > 1:
        print(f"\nleave one part out: margin and bonus ({', '.join(f'{b:g}' for b in bonuses)}) chosen on the other "
              f"parts — most typo spans found with posts without a typo (clean or of another class) flagged ≤ "
              f"{args.budget:.1%} of theirs and no prose line (ties: the higher margin, then the lower bonus) — and "
              f"reported on the part left out")
        print("| part left out | margin, bonus chosen | typo spans found | clean posts flagged | other-class posts flagged |")
        print("|---|---|---|---|---|")
        tot = Counter()
        for part in per_part:
            best = None
            for b in bonuses:
                for th in ths:
                    t = tally(th, b, exclude=part)
                    if t["fp"] + t["other"] <= args.budget * t["negatives"] and t["prose"] == 0:
                        rank = (t["found"], th, -b)
                        if best is None or rank > best[0]:
                            best = (rank, th, b)
            th, b = (best[1], best[2]) if best else (max(ths), 0.0)
            t = tally(th, b, part)
            tot.update(t)
            print(f"| {part} | {th:g}, {b:g} | {t['found']} / {t['spans']} | {t['fp']} / {t['clean']} | {t['other']} |")
        print(f"| all (each part on its own choice) | | {tot['found']} / {tot['spans']} "
              f"({tot['found'] / max(tot['spans'], 1):.1%}) | {tot['fp']} / {tot['clean']} | {tot['other']} |")
    if args.blind_misses:
        print("\nblind-time misses (first-contact screener): missed typo posts found / clean posts newly flagged")
        print("| part | missed | " + " | ".join(f"≥ {th:g}" for th in ths) + " |")
        print("|---" * (len(ths) + 2) + "|")
        for f in args.blind_misses:
            d = json.loads(Path(f).read_text(encoding="utf-8"))
            missed = [tuple(k) for k in d["missed"]]
            flagged_keys = {tuple(k) for k in d["flagged"]}
            cells = []
            for th in ths:
                found = sum(any(_passes(g, sp, th, bonus) for g, sp, _s in rows[k]["inside"]) for k in missed
                            if k in rows)
                fp = sum(any(_passes(g, sp, th, bonus) for g, sp in r["outside"]) for k, r in rows.items()
                         if r["part"] == d["part"] and not r["classes"] and k not in flagged_keys)
                cells.append(f"{found} / {fp}")
            print(f"| {d['part']} | {len(missed)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
