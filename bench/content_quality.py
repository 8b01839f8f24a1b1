"""Content screening quality on the blind labelled set ``eval/content/`` (dev and held-out parts, scored apart).

    python bench/content_quality.py [--part dev|dev2|…|dev34|heldout|both|all] [--list]

The set was written by a colleague who never read the detector (see ``eval/content/README.md``). For each part
the detector runs through the same code path as ``govwatch detect --registry --accounts --posts`` offline
(``govwatch.ops.detection.context_from_files`` + ``detectors.run.run_detectors`` with kind ``content``), and the
content findings are scored by the set's rules: a post counts as *found* for a class when it has a content
finding of that class (``evidence.class``); per-class precision and recall over posts; clean posts flagged
(count and share), by hard-negative imitated class, and source-account documents apart.

Tune on ``dev`` … ``dev34`` only (``dev2``, ``dev3``, ``dev5``, ``dev6``, ``dev7``, ``dev9``, ``dev11``, ``dev12``,
``dev13``, ``dev14``, ``dev15``, ``dev16``, ``dev17``, ``dev18``, ``dev19``, ``dev20``, ``dev21``, ``dev22``, ``dev23``, ``dev24``
``dev25``, ``dev26``, ``dev27``, ``dev28``, ``dev29``, ``dev30``, ``dev31``, ``dev32``, ``dev33`` and ``dev34`` were
earlier held-out parts; each was
measured, then
demoted to tuning data;
``dev4``, ``dev8`` and ``dev10`` were built blind as tuning parts).
``heldout`` is for the final figures: looking at its results and then changing the detector turns them into dev
figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.settings import load_config
from detectors.io import read_jsonl
from detectors.run import run_detectors
from govwatch.ops.detection import context_from_files

EVAL = Path(__file__).resolve().parent.parent / "eval" / "content"
CLASSES = ("typo", "political", "ad", "unsourced_repost", "entertainment")
AS_OF = "2026-11-30T12:00:00+08:00"
# The detector's own category names mapped once onto the set's classes (used when a finding has no ``class``).
CATEGORY_TO_CLASS = {"advertising": "ad", "entertainment": "entertainment", "repost_source": "unsourced_repost",
                     "sensitive": "typo"}


def finding_class(finding: dict) -> str | None:
    ev = finding.get("evidence") or {}
    return ev.get("class") or CATEGORY_TO_CLASS.get(ev.get("category") or "")


def run_part(part: str, model: bool | None = None) -> tuple[list[dict], list[dict], dict, float]:
    """(labels, content findings, registered account keys, seconds) for one part, via the offline CLI path;
    ``model``: the learned model on or off (None: the default setting ``detect.content_model``)."""
    base = EVAL / part
    cfg = load_config(env={} if model is None else {"GOVWATCH_DETECT__CONTENT_MODEL": "true" if model else "false"})
    as_of = datetime.fromisoformat(AS_OF)
    t0 = time.perf_counter()
    ctx, _notes = context_from_files(cfg, base / "registry.csv", base / "accounts.jsonl", base / "posts.jsonl",
                                     as_of=as_of)
    result = run_detectors(ctx, ["content"], run_id=f"content-quality-{part}")
    seconds = time.perf_counter() - t0
    if result.errors:
        raise SystemExit("检测出错：" + "；".join(result.errors))
    labels = read_jsonl(base / "labels.jsonl")
    registered = {(r["platform"], r["account_id"]) for r in ctx.registry}
    return labels, [f for f in result.findings if f["kind"] == "content"], registered, seconds


def score(labels: list[dict], findings: list[dict], registered: set) -> dict:
    found: dict[tuple, set[str]] = defaultdict(set)
    why: dict[tuple, list[str]] = defaultdict(list)
    for f in findings:
        key = (f["platform"], f["account_id"], f["evidence"].get("post_id"))
        cls = finding_class(f)
        if cls:
            found[key].add(cls)
        why[key].append(f"{cls}:{f['evidence'].get('match') or f['evidence'].get('rule')}")
    per_class = {}
    for cls in CLASSES:
        truth = {(lab["platform"], lab["account_id"], lab["post_id"]) for lab in labels if cls in lab["classes"]}
        flagged = {k for k, v in found.items() if cls in v}
        tp = len(truth & flagged)
        per_class[cls] = {"tp": tp, "flagged": len(flagged), "truth": len(truth),
                          "precision": tp / len(flagged) if flagged else None,
                          "recall": tp / len(truth) if truth else None,
                          "missed": sorted(truth - flagged), "false": sorted(flagged - truth)}
    clean = [lab for lab in labels if not lab["classes"]]
    clean_flagged = [lab for lab in clean if (lab["platform"], lab["account_id"], lab["post_id"]) in why]
    hn_total: Counter = Counter()
    hn_flagged: Counter = Counter()
    for lab in clean:
        if lab.get("hard_negative") and lab.get("note", "").startswith("[hn:"):
            imitated = lab["note"][4:lab["note"].index("]")]
            hn_total[imitated] += 1
            if lab in clean_flagged:
                hn_flagged[imitated] += 1
    source_docs = [lab for lab in clean if (lab["platform"], lab["account_id"]) not in registered]
    return {"per_class": per_class, "clean": len(clean), "clean_flagged": clean_flagged,
            "hn_total": hn_total, "hn_flagged": hn_flagged,
            "source_docs": len(source_docs), "source_docs_flagged": sum(1 for lab in source_docs
                                                                        if lab in clean_flagged),
            "why": why}


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", default="dev",
                    choices=("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                             "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24",
                             "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34",
                             "heldout", "both", "all"),
                    help="both = dev 与 heldout；all = 全部调参数据 dev…dev34（不含 heldout，免得调参时顺手看到）")
    ap.add_argument("--list", action="store_true", help="列出漏报与误报的帖子（只应对 dev 使用）")
    ap.add_argument("--model", action=argparse.BooleanOptionalAction, default=None,
                    help="启用（--model）或关闭（--no-model）学习模型；不写则按设置 detect.content_model（默认开启）。"
                         "模型在调参部分 dev…dev34 上训练，调参部分加模型的数字因此偏高")
    args = ap.parse_args(argv)
    tuning = ("dev",) + tuple(f"dev{n}" for n in range(2, 35))
    parts = {"both": ("dev", "heldout"), "all": tuning}.get(args.part, (args.part,))
    parts = tuple(p for p in parts if (EVAL / p / "labels.jsonl").exists() or p == args.part)
    model = bool(load_config(env={})["detect.content_model"]) if args.model is None else args.model
    results = {}
    for part in parts:
        labels, findings, registered, seconds = run_part(part, model)
        results[part] = score(labels, findings, registered)
        print(f"[{part}] {len(labels)} 条帖子，{len(findings)} 条内容发现，检测 {seconds:.2f}s")
    print()
    print("数据集：eval/content/（同事在未阅读检测代码的情况下独立编写，盲建）；dev…dev34 用于调参"
          "（dev2、dev3、dev5、dev6、dev7、dev9、dev11、dev12、dev13、dev14、dev15、dev16、dev17、dev18、dev19、dev20、dev21、"
          "dev22、dev23、dev24、dev25、dev26、dev27、dev28、dev29、dev30、dev31、dev32、dev33、dev34 原为 heldout，"
          "测过后降为调参数据；"
          "dev4、dev8、dev10 盲建为调参部分），"
          "heldout 只用于最终测量。"
          + ("规则加学习模型。" if model else "只用规则（学习模型关闭）。"))
    header = "| 类别 | " + " | ".join(f"{p} 精确率 | {p} 召回率" for p in parts) + " |"
    print(header)
    print("|---" * (1 + 2 * len(parts)) + "|")
    for cls in CLASSES:
        cells = []
        for part in parts:
            c = results[part]["per_class"][cls]
            cells += [f"{_fmt(c['precision'])} ({c['tp']}/{c['flagged']})", f"{_fmt(c['recall'])} ({c['tp']}/{c['truth']})"]
        print(f"| {cls} | " + " | ".join(cells) + " |")
    for part in parts:
        r = results[part]
        n = len(r["clean_flagged"])
        hn = "，".join(f"{k} {r['hn_flagged'][k]}/{r['hn_total'][k]}" for k in sorted(r["hn_total"]))
        print(f"[{part}] 干净帖子被标记：{n}/{r['clean']}（{n / r['clean']:.1%}）；困难负例按模仿类别：{hn}；"
              f"来源账号文档被标记：{r['source_docs_flagged']}/{r['source_docs']}")
    if args.list:
        for part in parts:
            r = results[part]
            for cls in CLASSES:
                c = r["per_class"][cls]
                for key in c["missed"]:
                    print(f"[{part}] 漏报 {cls} {key[0]}:{key[1]}:{key[2]}")
                for key in c["false"]:
                    print(f"[{part}] 误报 {cls} {key[0]}:{key[1]}:{key[2]} ← {r['why'][key]}")
            for lab in r["clean_flagged"]:
                key = (lab["platform"], lab["account_id"], lab["post_id"])
                print(f"[{part}] 干净帖子被标记 {key[2]} {lab.get('note', '')} ← {r['why'][key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
