"""Impostor detection quality on the blind red-team set (eval/impostor), dev and held-out side by side.

    python bench/detect_quality.py [--parts dev,dev2,…,dev34,heldout] [--show-misses] [--generated] [--json FILE]

Each part of ``eval/impostor`` (registry.csv, accounts.jsonl, avatars/) is run through the public offline path —
``govwatch.ops.detection.context_from_files`` and ``detectors.run.run_detectors``, the code behind
``govwatch detect --registry R.csv --accounts A.jsonl`` — and scored with the set author's own scorer
(``eval/impostor/score.py``, read-only here). The set was written by a colleague who never read the detector code
(see eval/impostor/README.md); ``dev`` … ``dev34`` (``dev2``, ``dev3``, ``dev5``, ``dev6``, ``dev7``, ``dev9``,
``dev11``, ``dev12``, ``dev13``, ``dev14``, ``dev15``, ``dev16``, ``dev17``, ``dev18``, ``dev19``, ``dev20``, ``dev21``, ``dev22``,
``dev23``, ``dev24``, ``dev25``, ``dev26``, ``dev27``, ``dev28``, ``dev29``, ``dev30``, ``dev31``, ``dev32``, ``dev33`` and ``dev34``
are earlier
held-out parts, each measured and then demoted to tuning data; ``dev4``, ``dev8`` and ``dev10`` were built blind as
tuning parts) are for tuning; ``heldout`` is for reporting only: nobody tunes on it, and this script prints no
held-out account or name, only numbers (``--show-misses`` lists dev misses only).

Reported per part: impostor recall with the labelled target (the strictest), with a target indistinguishable from
the labelled one (``_indistinguishable_entries``; #12's verdict is judged on it from the twenty-sixth session on, the
strict one judged and printed beside it), with the labelled unit, and with any flag; precision (any flag and
target-exact); recall per tactic and per avatar edit (precision cannot be split by
tactic: a false positive has no tactic); false positives per hard-negative family, separately for the lines whose
name contains a registered name; registered accounts flagged; unregistered accounts reported as unregistered vs as
impostors, and other accounts (registered, hard negatives, impostors) reported as unregistered; per-class recall.

``--generated`` adds the older generator-based set (``tests/detectors/evalset.py``), which was written alongside
the detector and is **not** blind: its figures are optimistic and are printed only for comparison.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors.io import read_jsonl  # noqa: E402  (after the path: the bench runs from a checkout)

EVAL = ROOT / "eval" / "impostor"
# The tuning parts, in order (the earlier held-out parts among them); "heldout" is never in a default.
TUNING = ("dev",) + tuple(f"dev{n}" for n in range(2, 35))
TARGETS = {"precision": 0.97, "recall": 0.97, "tactic_recall": 0.90, "other_place_fp": 0.03}


def _scorer():
    spec = importlib.util.spec_from_file_location("impostor_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_part(part: str) -> tuple[list[dict], float, int]:
    """Findings of the offline path on one part, the detection time and the number of accounts."""
    from core.settings import load_config
    from detectors.run import run_detectors
    from govwatch.ops.detection import context_from_files

    cfg = load_config(None, env={})
    d = EVAL / part
    ctx, _notes = context_from_files(cfg, d / "registry.csv", d / "accounts.jsonl")
    t0 = time.perf_counter()
    result = run_detectors(ctx, ["impostor", "unregistered", "duplicate"], run_id=f"bench-{part}")
    return result.findings, time.perf_counter() - t0, len(ctx.accounts)


def evaluate(part: str, findings: list[dict]) -> dict:
    import tempfile

    scorer = _scorer()
    tmp = Path(tempfile.mkdtemp(prefix="govwatch-bench-")) / "findings.jsonl"
    tmp.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in findings), encoding="utf-8")
    labels, unit_of, fnd = scorer.load(part, str(tmp), 0.0)
    tmp.unlink()
    res = scorer.score(labels, unit_of, fnd)
    # What score.py leaves out: hard negatives whose name contains a registered name, per-class recall.
    flagged = {k for k, fs in fnd.items() if any(f.get("kind") == "impostor" for f in fs)}
    unreg = {k for k, fs in fnd.items() if any(f.get("kind") == "unregistered" for f in fs)}
    contains = Counter()
    per_class = Counter()
    for line in labels:
        k = (line["platform"], line["account_id"])
        lab = line["label"]
        per_class[(lab, "n")] += 1
        if lab == "hard_negative" and "contains registered name" in (line.get("note") or ""):
            contains["n"] += 1
            contains["flagged"] += k in flagged
        if lab == "impostor":
            per_class[(lab, "any")] += k in flagged
        elif lab == "unregistered":
            per_class[(lab, "any")] += k in unreg
        else:
            per_class[(lab, "any")] += k not in flagged  # "recall" of a negative class: left alone
    res["hard_negative_contains_registered_name"] = dict(contains)
    # Accounts that are not unregistered government accounts but were reported as such, by label.
    res["unregistered_false"] = dict(Counter(line["label"] for line in labels if line["label"] != "unregistered"
                                             and (line["platform"], line["account_id"]) in unreg))
    res["equivalent"] = _equivalent_target_recall(part, labels, fnd)
    res["per_class"] = {lab: {"n": per_class[(lab, "n")], "right": per_class[(lab, "any")]}
                        for lab in ("impostor", "registered", "hard_negative", "unregistered")}
    res["per_class"]["impostor"]["right_target"] = round(res["impostor"]["recall_target"] * res["impostor"]["n"])
    res["labels"] = labels
    return res


def _indistinguishable_entries(part: str) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """For each impostor line, the registry entries nothing in the account can tell apart from its labelled target.

    Built from the set's own data, never from findings: the registry rows of the target's unit with the target's
    registered name and byte-identical registry avatar; but only the one on the impostor's own platform if there is
    one, and only the one whose crawled description the impostor copied if there is exactly one such. A copy on a
    new platform of a unit that uses one name and one avatar on several platforms is labelled with one of them,
    chosen at random by the set's builder; no detector can do better than chance among the others, so this recall
    is reported beside (never instead of) the exact one."""
    import csv
    import hashlib

    d = EVAL / part
    rows = list(csv.DictReader((d / "registry.csv").open(encoding="utf-8", newline="")))
    accounts, labels = read_jsonl(d / "accounts.jsonl"), read_jsonl(d / "labels.jsonl")
    description = {(a["platform"], str(a["account_id"])): a.get("description") or "" for a in accounts}

    def avatar_digest(row: dict) -> str:
        path = d / row["avatar"] if row.get("avatar") else None
        return hashlib.sha256(path.read_bytes()).hexdigest() if path and path.is_file() else ""

    digest = {(r["platform"], r["account_id"]): avatar_digest(r) for r in rows}
    by_key = {(r["platform"], r["account_id"]): r for r in rows}
    out: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for account, label in zip(accounts, labels):
        if label["label"] != "impostor":
            continue
        t = (label["target"]["platform"], str(label["target"]["account_id"]))
        target = by_key.get(t)
        if target is None:
            out[(account["platform"], str(account["account_id"]))] = {t}
            continue
        same = {(r["platform"], r["account_id"]) for r in rows
                if r["unit"] == target["unit"] and r["name"] == target["name"] and digest[(r["platform"], r["account_id"])] == digest[t]}
        own = account.get("description") or ""
        copied = {k for k in same if own and description.get(k) == own}
        on_own_platform = {k for k in same if k[0] == account["platform"]}
        out[(account["platform"], str(account["account_id"]))] = (
            on_own_platform if on_own_platform else copied if len(copied) == 1 else same)
    return out


def _equivalent_target_recall(part: str, labels: list[dict], fnd: dict) -> dict:
    """Impostor recall counting a target as right when it is indistinguishable from the labelled one (see above)."""
    sets = _indistinguishable_entries(part)
    total, right, per_tactic, ambiguous = 0, 0, {}, 0
    for line in labels:
        if line["label"] != "impostor":
            continue
        k = (line["platform"], str(line["account_id"]))
        allowed = sets.get(k, set())
        ambiguous += len(allowed) > 1
        ok = any(f.get("kind") == "impostor" and ((f.get("target") or {}).get("platform"),
                                                   str((f.get("target") or {}).get("account_id"))) in allowed
                 for f in fnd.get(k, []))
        total += 1
        right += ok
        for tac in line.get("tactics") or []:
            c = per_tactic.setdefault(tac, {"n": 0, "right": 0})
            c["n"] += 1
            c["right"] += ok
    return {"n": total, "recall": right / max(1, total), "ambiguous_labels": ambiguous,
            "per_tactic": {t: c["right"] / c["n"] for t, c in per_tactic.items()}}


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def print_side_by_side(results: dict[str, dict], timings: dict[str, tuple[float, int]]) -> None:
    parts = list(results)
    head = "".join(f"{p:>22}" for p in parts)
    print("数据集：eval/impostor（红队评测集，由未读过检测器代码的同事盲构；held-out 部分只用于报告，不据此调参）")
    print(f"{'':34}{head}")

    def row(label: str, values: list[str]) -> None:
        print(f"{label:<34}" + "".join(f"{v:>22}" for v in values))

    row("账号数 / 检测耗时", [f"{timings[p][1]} / {timings[p][0]:.2f}s" for p in parts])
    i = {p: results[p]["impostor"] for p in parts}
    row("仿冒召回率（目标正确，最严）", [f"{_fmt(i[p]['recall_target'])} (n={i[p]['n']})" for p in parts])
    row("仿冒召回率（目标不可区分*，判定口径）", [f"{_fmt(results[p]['equivalent']['recall'])} "
                                      f"(歧义 {results[p]['equivalent']['ambiguous_labels']})" for p in parts])
    row("仿冒召回率（目标单位正确）", [_fmt(i[p]["recall_unit"]) for p in parts])
    row("仿冒召回率（任意标记）", [_fmt(i[p]["recall_flagged"]) for p in parts])
    row("精确率（任意标记）", [f"{_fmt(i[p]['precision'])} (FP={i[p]['false_positives']})" for p in parts])
    row("精确率（仅目标正确计为命中）", [_fmt(i[p]["precision_target"]) for p in parts])
    print("  * 同一单位在几个平台上用同一名称、同一头像文件时，照搬到新平台的仿冒账号与其中哪一个都同样相符，标注只是评测集"
          "构造者随机选的一个；此行把这几个账号都算作正确目标（由评测数据本身算出，与检测结果无关）。#12 的召回率按此行判定"
          "（第二十六轮起：任何检测器在这几个账号之间都只能随机猜），上一行更严，照常列出并另行判定。")
    print("\n按仿冒手法的召回率（任意标记 / 目标正确 / 目标不可区分*；一个仿冒账号计入它用到的每种手法）：")
    tactics = sorted({t for p in parts for t in results[p]["per_tactic"]})
    for t in tactics:
        row(f"  {t}", [(lambda c, e: f" {_fmt(c['recall'])}/{_fmt(c['recall_target'])}/{_fmt(e)} n={c['n']}")(
            results[p]["per_tactic"][t], results[p]["equivalent"]["per_tactic"].get(t, 0.0))
            if t in results[p]["per_tactic"] else "—" for p in parts])
    print("\n按头像处理方式的召回率（任意标记）：")
    edits = sorted({t for p in parts for t in results[p]["per_avatar_edit"]})
    for t in edits:
        row(f"  {t}", [(lambda c: f"{_fmt(c['recall'])} n={c['n']}")(results[p]["per_avatar_edit"][t])
                       if t in results[p]["per_avatar_edit"] else "—" for p in parts])
    print("\n困难负例被标为仿冒（按类别，标记数/总数）：")
    fams = sorted({f for p in parts for f in results[p]["hard_negative_fp"]})
    for f in fams:
        row(f"  {f}", [(lambda c: f"{c['flagged']}/{c['n']} ({_fmt(c['fp_rate'])})")(results[p]["hard_negative_fp"][f])
                       if f in results[p]["hard_negative_fp"] else "—" for p in parts])
    row("  其中名称包含备案名称的", [(lambda c: f"{c.get('flagged', 0)}/{c.get('n', 0)}")(
        results[p]["hard_negative_contains_registered_name"]) for p in parts])
    other = {p: [results[p]["hard_negative_fp"][f] for f in ("other_place_char", "other_place_sound")
                 if f in results[p]["hard_negative_fp"]] for p in parts}
    row("  外地相似名称真账号被标记率", [_fmt(sum(c["flagged"] for c in other[p]) / max(1, sum(c["n"] for c in other[p])))
                               for p in parts])
    print("\n硬性约束：")
    row("  已备案账号被标为仿冒", [f"{results[p]['registered_flagged']['flagged']}/{results[p]['registered_flagged']['n']}"
                           for p in parts])
    row("  未备案：报告为未备案", [f"{results[p]['unregistered']['found_as_unregistered']}/{results[p]['unregistered']['n']}"
                          for p in parts])
    row("  未备案：被标为仿冒", [str(results[p]["unregistered"]["flagged_as_impostor"]) for p in parts])
    row("  误报为未备案（已备案/困难负例/仿冒）", ["/".join(str(results[p]["unregistered_false"].get(k, 0)) for k in
                                             ("registered", "hard_negative", "impostor")) for p in parts])
    print("\n各类别的正确处理率（仿冒：被标记；已备案/困难负例：未被标记；未备案：报告为未备案）：")
    for lab in ("impostor", "registered", "hard_negative", "unregistered"):
        row(f"  {lab}", [(lambda c: f"{c['right']}/{c['n']} ({_fmt(c['right'] / max(1, c['n']))})")(
            results[p]["per_class"][lab]) for p in parts])
    row("  impostor（目标正确）", [(lambda c: f"{c['right_target']}/{c['n']}")(results[p]["per_class"]["impostor"])
                              for p in parts])
    print("\n目标（#12，以 held-out 为准）：精确率 ≥ 0.97，召回率 ≥ 0.97，每种手法 ≥ 0.90，已备案 0 误报，"
          "外地相似真账号 ≤ 3%，未备案从不判为仿冒")
    for p in parts:
        r = results[p]
        eq = r["equivalent"]
        worst = min(eq["per_tactic"].items(), key=lambda kv: kv[1])
        strict = min(r["per_tactic"].items(), key=lambda kv: kv[1]["recall_target"])
        other_rate = sum(c["flagged"] for c in other[p]) / max(1, sum(c["n"] for c in other[p]))
        checks = {
            "精确率": r["impostor"]["precision"] >= TARGETS["precision"],
            "召回率（目标不可区分）": eq["recall"] >= TARGETS["recall"],
            f"最差手法 {worst[0]} {_fmt(worst[1])}": worst[1] >= TARGETS["tactic_recall"],
            "已备案 0 误报": r["registered_flagged"]["flagged"] == 0,
            "外地相似 ≤ 3%": other_rate <= TARGETS["other_place_fp"],
            "未备案不判仿冒": r["unregistered"]["flagged_as_impostor"] == 0,
        }
        print(f"  [{p}] " + "；".join(f"{k} {'达到' if ok else '未达到'}" for k, ok in checks.items()))
        strict_checks = {
            "召回率（目标正确）": r["impostor"]["recall_target"] >= TARGETS["recall"],
            f"最差手法 {strict[0]} {_fmt(strict[1]['recall_target'])}":
                strict[1]["recall_target"] >= TARGETS["tactic_recall"],
        }
        print(f"  [{p}] 更严的口径（目标正确）：" + "；".join(f"{k} {'达到' if ok else '未达到'}"
                                                   for k, ok in strict_checks.items()))


def show_dev_misses(part: str, findings: list[dict]) -> None:
    d = EVAL / part
    accounts, labels = read_jsonl(d / "accounts.jsonl"), read_jsonl(d / "labels.jsonl")
    flagged: dict[tuple, list[dict]] = {}
    for f in findings:  # an account may have several findings (one per entry it imitates alike), as in score.py
        if f["kind"] == "impostor":
            flagged.setdefault((f["platform"], f["account_id"]), []).append(f)
    print(f"\n[{part}] 漏报（目标不正确也算）与误报：")
    for a, lab in zip(accounts, labels):
        fs = flagged.get((a["platform"], a["account_id"]), [])
        f = fs[0] if fs else None
        if lab["label"] == "impostor":
            t = lab["target"]
            if not any((x["target"]["platform"], x["target"]["account_id"]) == (t["platform"], t["account_id"])
                       for x in fs):
                got = f"→ {f['target'].get('name')} ({f['evidence'].get('layer')} {f['score']})" if f else "未标记"
                print(f"  漏报 [{'+'.join(lab['tactics'])}/{lab['avatar_edit']}] {a['name']!r} 目标 "
                      f"{lab.get('target_name')} {t['platform']}：{got}")
        elif f:
            print(f"  误报 [{lab['label']}/{lab.get('family')}] {a['name']!r} → {f['target'].get('name')}")


def generated_figures() -> None:
    from tests.detectors.evalset import build, run_detectors
    from tests.detectors.evalset import evaluate as evaluate_generated

    es = build(seed=7)
    m = evaluate_generated(es, run_detectors(es))
    print("\n对照：旧的生成式评测集 tests/detectors/evalset.py（与检测器同时编写，不是盲构，数字偏乐观）：")
    print(f"  种子 7：精确率 {m['precision']:.3f}，召回率 {m['recall']:.3f}，目标正确 {m['right_target']:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default=",".join(TUNING),
                    help="逗号分隔：dev、dev2、…、dev34、heldout（不存在的部分跳过；默认只有调参部分，heldout 须写明）")
    ap.add_argument("--show-misses", action="store_true", help="列出调参部分（dev…dev34）的漏报与误报（held-out 从不列出）")
    ap.add_argument("--generated", action="store_true", help="另报旧的生成式评测集（非盲构）")
    ap.add_argument("--json", metavar="FILE", help="把各部分的数字写入 JSON 文件")
    args = ap.parse_args(argv)
    parts = [p for p in args.parts.split(",") if p]
    results, timings, dev_findings = {}, {}, {}
    for part in parts:
        if part not in TUNING + ("heldout",):
            print(f"未知的部分：{part}", file=sys.stderr)
            return 2
        if not (EVAL / part / "labels.jsonl").exists():
            print(f"[{part}] 不存在，跳过", file=sys.stderr)
            continue
        findings, seconds, n = run_part(part)
        results[part] = evaluate(part, findings)
        timings[part] = (seconds, n)
        if part != "heldout":
            dev_findings[part] = findings
    print_side_by_side(results, timings)
    if args.show_misses:
        for part, findings in dev_findings.items():
            show_dev_misses(part, findings)
    if args.generated:
        generated_figures()
    if args.json:
        out = {p: {k: v for k, v in r.items() if k != "labels"} for p, r in results.items()}
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
