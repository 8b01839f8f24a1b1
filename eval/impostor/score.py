"""Score detector findings against one part of the blind impostor set.

    python eval/impostor/score.py dev FINDINGS.jsonl [--min-score 0.0] [--json]

FINDINGS.jsonl: the detector's findings (contract: kind, platform, account_id, score, target{platform,account_id},
unit, ...), e.g. from
    govwatch detect --registry eval/impostor/dev/registry.csv --accounts eval/impostor/dev/accounts.jsonl --out F

Rules (see README.md):
  * impostor line   -> hit if an `impostor` finding exists for it; "target-correct" if its target is the labelled
                       registry entry (platform + account_id); "unit-correct" if the target is any registry row of
                       the labelled unit.
  * registered / hard_negative line -> any `impostor` finding is a false positive.
  * unregistered line -> an `unregistered` finding is expected; an `impostor` finding is a false positive.
Only labels are read; the printout names no accounts, so scoring the held-out part exposes nothing but numbers.
"""
import argparse
import csv
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def load(part, findings_path, min_score):
    d = os.path.join(HERE, part)
    labels = [json.loads(l) for l in open(os.path.join(d, "labels.jsonl"), encoding="utf-8")]
    reg = list(csv.DictReader(open(os.path.join(d, "registry.csv"), encoding="utf-8", newline="")))
    unit_of = {(r["platform"], r["account_id"]): r["unit"] for r in reg}
    fnd = defaultdict(list)
    for line in open(findings_path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        f = json.loads(line)
        if float(f.get("score", 1.0) or 0) < min_score:
            continue
        fnd[(f.get("platform"), str(f.get("account_id")))].append(f)
    return labels, unit_of, fnd


def score(labels, unit_of, fnd):
    out = {}
    imp_kind = lambda fs: [f for f in fs if f.get("kind") == "impostor"]  # noqa: E731
    n_imp = hit = tgt_ok = unit_ok = 0
    per_tactic = defaultdict(Counter)
    per_combo = defaultdict(Counter)
    per_edit = defaultdict(Counter)
    fp = Counter()
    n_by = Counter()
    unreg_found = unreg_n = 0
    flagged_total = 0
    for l in labels:
        k = (l["platform"], l["account_id"])
        fs = fnd.get(k, [])
        imps = imp_kind(fs)
        lab = l["label"]
        n_by[lab] += 1
        if imps:
            flagged_total += 1
        if lab == "impostor":
            n_imp += 1
            h = bool(imps)
            t = any((f.get("target") or {}).get("platform") == l["target"]["platform"] and
                    str((f.get("target") or {}).get("account_id")) == l["target"]["account_id"] for f in imps)
            uo = any(unit_of.get(((f.get("target") or {}).get("platform"),
                                  str((f.get("target") or {}).get("account_id")))) == l.get("target_unit")
                     for f in imps)
            hit += h
            tgt_ok += t
            unit_ok += uo
            for tac in l["tactics"]:
                per_tactic[tac]["n"] += 1
                per_tactic[tac]["hit"] += h
                per_tactic[tac]["target"] += t
            combo = "+".join(l["tactics"])
            per_combo[combo]["n"] += 1
            per_combo[combo]["hit"] += h
            per_edit[l["avatar_edit"]]["n"] += 1
            per_edit[l["avatar_edit"]]["hit"] += h
        else:
            if imps:
                fp[lab if lab != "hard_negative" else "hard_negative:" + l["family"]] += 1
            if lab == "hard_negative":
                fp["_n_hard_negative:" + l["family"]] += 1
            if lab == "unregistered":
                unreg_n += 1
                unreg_found += any(f.get("kind") == "unregistered" for f in fs)
    tp = hit
    n_fp = sum(v for k, v in fp.items() if not k.startswith("_n_"))
    out["impostor"] = dict(n=n_imp, recall_flagged=tp / max(1, n_imp), recall_target=tgt_ok / max(1, n_imp),
                           recall_unit=unit_ok / max(1, n_imp),
                           precision=tp / max(1, tp + n_fp), false_positives=n_fp,
                           precision_target=tgt_ok / max(1, tp + n_fp))
    out["per_tactic"] = {t: dict(n=c["n"], recall=c["hit"] / c["n"], recall_target=c["target"] / c["n"])
                         for t, c in sorted(per_tactic.items())}
    out["per_combination"] = {t: dict(n=c["n"], recall=c["hit"] / c["n"]) for t, c in sorted(per_combo.items())}
    out["per_avatar_edit"] = {t: dict(n=c["n"], recall=c["hit"] / c["n"]) for t, c in sorted(per_edit.items())}
    fam = {}
    for k, v in fp.items():
        if k.startswith("_n_hard_negative:"):
            f = k.split(":", 1)[1]
            fam[f] = dict(n=v, flagged=fp.get("hard_negative:" + f, 0), fp_rate=fp.get("hard_negative:" + f, 0) / v)
    out["hard_negative_fp"] = dict(sorted(fam.items()))
    out["registered_flagged"] = dict(n=n_by["registered"], flagged=fp.get("registered", 0))
    out["unregistered"] = dict(n=unreg_n, found_as_unregistered=unreg_found,
                               recall=unreg_found / max(1, unreg_n), flagged_as_impostor=fp.get("unregistered", 0))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("part", choices=["dev"] + [f"dev{n}" for n in range(2, 35)] + ["heldout"])
    ap.add_argument("findings")
    ap.add_argument("--min-score", type=float, default=0.0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = score(*load(a.part, a.findings, a.min_score))
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    i = res["impostor"]
    print(f"[{a.part}] impostors n={i['n']}  recall(flagged)={i['recall_flagged']:.3f}  "
          f"recall(target exact)={i['recall_target']:.3f}  recall(target unit)={i['recall_unit']:.3f}  "
          f"precision={i['precision']:.3f}  FP={i['false_positives']}")
    print("per tactic (an impostor counts under every tactic it carries):")
    for t, c in res["per_tactic"].items():
        print(f"  {t:16s} n={c['n']:4d}  recall={c['recall']:.3f}  target-exact={c['recall_target']:.3f}")
    print("per avatar edit:")
    for t, c in res["per_avatar_edit"].items():
        print(f"  {t:12s} n={c['n']:4d}  recall={c['recall']:.3f}")
    print("hard negatives flagged as impostor:")
    for f, c in res["hard_negative_fp"].items():
        print(f"  {f:18s} {c['flagged']}/{c['n']}  ({c['fp_rate']:.3f})")
    r = res["registered_flagged"]
    print(f"registered flagged as impostor: {r['flagged']}/{r['n']}")
    u = res["unregistered"]
    print(f"unregistered: found {u['found_as_unregistered']}/{u['n']} ({u['recall']:.3f}); "
          f"flagged as impostor: {u['flagged_as_impostor']}")


if __name__ == "__main__":
    main()
