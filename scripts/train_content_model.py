"""Train the content model (``detectors/content_model.py``) and print its leave-one-part-out table.

    pip install -e '.[train]'   # scikit-learn, for training only
    python scripts/train_content_model.py [--write] [--first-contact] [--max-added-fp 0.005] [--parts dev,…,dev34]

Training data: the tuning parts of ``eval/content/`` (never ``heldout/``), plus ``--negatives`` (repeatable; default
``scripts/data/gov_prose_negatives.txt`` — real government prose — and ``scripts/data/project_written_negatives.txt``
— warm on-topic sentences the project wrote; added as clean posts to every training fold and never scored).
For each class (ad, entertainment) a logistic regression (liblinear, L2, fixed seed) over binary,
L2-normalised features ``content_model.features`` (features seen in at least ``--min-df`` training posts; without
punctuation n-grams unless ``--punct``). Posts under ``--min-chars`` Han characters are not scored (as at run time).

Leave-one-part-out: for each part, train on the others, score the left-out part. The threshold is chosen on the
left-out parts' *clean* posts only: the lowest threshold at which the model adds (flags beyond the rules) at most
``--max-added-fp`` of the clean posts, pooled over all left-out parts. That choice has seen every part's clean posts;
the nested table (``--nested``, on by default) chooses each part's thresholds from the other parts only and shows
what the model adds on a part it has not seen — the honest figure for the budget (≤ 1 % of a part's clean posts,
so that rules and model stay under 5 % on a new part; the default 0.5 % pooled gives that, 1 % pooled did not).
The table prints per part recall, precision and clean posts flagged for the rules, the model alone and rules OR
model. With ``--write`` the model
is trained on all parts and written to ``detectors/data/content_model.json`` with that threshold.

The rules score 1.00 on dev … dev5 (they were tuned on them), so rules OR model cannot gain there.
``--first-contact`` measures what matters: for dev3 … dev34, the rules alone (model switched off) as they were when the
part arrived blind (from git history) OR a model trained only on the parts that existed then, at the same threshold.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.settings import load_config  # noqa: E402  (after the sys.path line: run as a script)
from detectors.content import model_silenced  # noqa: E402
from detectors.content_model import CLASSES, MODEL_PATH, features, han_count, strip_repost_markers  # noqa: E402
from detectors.io import read_jsonl  # noqa: E402
from detectors.run import run_detectors  # noqa: E402
from detectors.textnorm import fold  # noqa: E402
from govwatch.ops.detection import context_from_files  # noqa: E402

EVAL = ROOT / "eval" / "content"
NEGATIVES = (ROOT / "scripts" / "data" / "gov_prose_negatives.txt",
             ROOT / "scripts" / "data" / "project_written_negatives.txt")
PARTS = ("dev",) + tuple(f"dev{n}" for n in range(2, 35))
AS_OF = "2026-11-30T12:00:00+08:00"
SEED = 20261202
MODEL_NAME = "content-lr-28"
# First contact: each part that was blind when it arrived, the commit whose rules had not yet been tuned on it, and
# the parts that existed before it (the model is trained on those only). Rules at that commit OR such a model is
# what the project would have had on first contact with the part.
FIRST_CONTACT = (("dev3", "8965d4693422062711ac0d7bb434ba7013fd0190", ("dev", "dev2")),
                 ("dev4", "2b6f4797ce3d0c9699bfa48f55a27f146c0cc346", ("dev", "dev2", "dev3")),
                 ("dev5", "7b8fe83a5dd12a7a6bf8899231387abb38f68ed7", ("dev", "dev2", "dev3", "dev4")),
                 ("dev6", "5f118f78e05992068addc95f9d05b103270a491b", ("dev", "dev2", "dev3", "dev4", "dev5")),
                 ("dev7", "846a39fb3e463b9b0dfa54340a0f0eebb469c532", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")),
                 ("dev8", "053f00f0817ec44a4d910e6ec1380cc5d920511c", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")),
                 ("dev9", "447820cb830878a0add433182b5f22c1b74d2fed",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")),
                 ("dev10", "dafb654e12006a1283d62cf6c948004966988b50",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")),
                 ("dev11", "447820cb830878a0add433182b5f22c1b74d2fed",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")),
                 ("dev12", "d5e98cb855671b0e3a900a2fbd9c584998ab6269",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11")),
                 ("dev13", "de674b4dbd08e87d0faae7f46e2c4503dd9f8ad6",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12")),
                 ("dev14", "a9747b4c47e0dab72dcd2a5fd0cf86ab52418dd7",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13")),
                 ("dev15", "f78fe382ebd56c14eaee83f9f992828cef0ac5c8",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14")),
                 ("dev16", "af0d71dc3d373e173f28eea8f23e45508d80dbac",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15")),
                 ("dev17", "6659662e33ee628a00ab061b5427e62b90a744b4",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16")),
                 ("dev18", "710da731651c754702322c968fadfc863ea24f78",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17")),
                 ("dev19", "6e901f3bdc69dd81aa8ed780a14e82f0057fd4c7",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18")),
                 ("dev20", "a0d385e5d07d71e56259cb16d712e00872908c03",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19")),
                 ("dev21", "dfc62425f0565403dbbd512000b982cd7d726a5b",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20")),
                 ("dev22", "faea3e6e6a6fea089819cfedf17acda81a6ec7ca",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21")),
                 ("dev23", "890511ee5b9a5b79c9ea497615df842031e5d3c2",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22")),
                 ("dev24", "9ca0372a5d21378bc52016fe2974dcd0e3af96d1",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23")),
                 ("dev25", "26d43f7ecf7675514252b3ce5bf9290cfc9393fb",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24")),
                 ("dev26", "0672c054d215bd479116ca50bbd8f62123b48c5c",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25")),
                 ("dev27", "976d1e3bf54ab4e8c356d669144951835592acf8",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26")),
                 ("dev28", "15a72370956385e75f9b8cee66cb01a40ada9a5c",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26", "dev27")),
                 ("dev29", "ab18acbdb6fbc2593543d69f125b2de679ffe0e2",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26", "dev27", "dev28")),
                 ("dev30", "2b44fa8dd317cc31f9ab7f00c818fadaaf910a82",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26", "dev27", "dev28", "dev29")),
                 ("dev31", "8fad12e375b5fbcabc3f3d6722a6ba7e923a175f",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30")),
                 ("dev32", "85828bd67dc018e16ac22182d9eebcfec8f9b31f",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31")),
                 ("dev33", "3deb26a3907ca86485a12415a3f45f35d6fc5507",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32")),
                 ("dev34", "63440fbd6d9b5ac8d2b36c0b086c34cd85c5a641",
                  ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                   "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
                   "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33")))
DUMP_OLD_RULES = """
import json, sys
sys.path[:0] = [".", "bench"]
import content_quality as cq
try:  # the rules alone: commits since the model have it on by default (a model of that time is no rule)
    _labels, findings, _registered, _seconds = cq.run_part(sys.argv[1], False)
except TypeError:  # a commit from before the model (run_part had no switch)
    _labels, findings, _registered, _seconds = cq.run_part(sys.argv[1])
out = {}
for f in findings:
    out.setdefault("|".join([f["platform"], f["account_id"], str(f["evidence"].get("post_id"))]), []).append(
        cq.finding_class(f))
json.dump(out, open(sys.argv[2], "w"))
"""


def load_part(part: str, words: bool = True, punct: bool = True) -> list[dict]:
    """Posts of the part's registered live accounts (the ones content rules screen), with labels and rule classes."""
    base = EVAL / part
    cfg = load_config(env={"GOVWATCH_DETECT__CONTENT_MODEL": "false"})  # the rules alone
    ctx, _notes = context_from_files(cfg, base / "registry.csv", base / "accounts.jsonl", base / "posts.jsonl",
                                     as_of=datetime.fromisoformat(AS_OF))
    result = run_detectors(ctx, ["content"], run_id=f"train-{part}")
    rule_classes: dict[tuple, set[str]] = {}
    for f in result.findings:
        if f["kind"] == "content":
            key = (f["platform"], f["account_id"], f["evidence"].get("post_id"))
            rule_classes.setdefault(key, set()).add(f["evidence"].get("class"))
    labels = {(lab["platform"], lab["account_id"], lab["post_id"]): lab for lab in read_jsonl(base / "labels.jsonl")}
    registered = {(r["platform"], r["account_id"]) for r in ctx.registry}
    rows = []
    for post in read_jsonl(base / "posts.jsonl"):
        key = (post["platform"], post["account_id"], post["post_id"])
        if (post["platform"], post["account_id"]) not in registered:
            continue  # source-account documents are not screened
        lab = labels[key]
        rows.append({"part": part, "key": key, "text": post.get("text") or "", "classes": set(lab["classes"]),
                     "rules": rule_classes.get(key, set()), "feats": features(post.get("text") or "", words, punct),
                     "silenced": {c for c in CLASSES if model_silenced(c, fold(post.get("text") or ""))}})
    return rows


def load_negatives(path: Path, words: bool = True, punct: bool = True) -> list[dict]:
    """Extra clean training rows (real government prose, see the file's header); never scored, never a part."""
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        text = line.strip()
        if text and not text.startswith("#"):
            rows.append({"part": "_negatives", "key": ("negatives", path.name, str(i)), "text": text,
                         "classes": set(), "rules": set(), "feats": features(text, words, punct), "silenced": set()})
    return rows


def _repo_path(path: Path) -> str:
    """``path`` as the model file records it: relative to the repository when inside it."""
    path = path.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def old_rule_classes(part: str, commit: str) -> dict[tuple, set[str]]:
    """Classes the rules of ``commit`` find in each post of today's ``part`` (code from git, data from today)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        shutil.copytree(EVAL / part, Path(tmp) / "eval" / "content" / part, dirs_exist_ok=True)
        out = Path(tmp) / "old_rules.json"
        subprocess.run([sys.executable, "-c", DUMP_OLD_RULES, part, str(out)], cwd=tmp, check=True,
                       env={**os.environ, "PYTHONPATH": tmp})
        found = json.loads(out.read_text(encoding="utf-8"))
    return {tuple(k.split("|")): set(v) for k, v in found.items()}


def first_contact(rows: list[dict], extra: list[dict], thresholds: dict[str, float], min_df: int, c: float,
                  min_chars: int) -> None:
    print("\n初次接触模拟：某部分刚到时的规则（它被研究之前的提交）与只用更早部分训练的模型，在该部分上："
          "召回率 | 精确率 | 干净帖子被标记")
    print("| 部分 | 规则所在提交 | 模型训练数据 | 类别 | 当时的规则 | 模型 | 规则或模型 |")
    print("|---|---|---|---|---|---|---|")
    for part, commit, earlier in FIRST_CONTACT:
        test = [r for r in rows if r["part"] == part]
        train = [r for r in rows if r["part"] in earlier]
        if not test or len({r["part"] for r in train}) != len(earlier):
            continue
        old = old_rule_classes(part, commit)
        old_cls = [old.get(r["key"], set()) for r in test]
        added = [False] * len(test)
        for cls in CLASSES:
            vocab, model = fit(train + extra, cls, min_df, c)
            mod = [bool(v >= thresholds[cls]) for v in score_rows(test, vocab, model, cls, min_chars)]
            rule = [cls in o for o in old_cls]
            added = [a or (m and not o) for a, m, o in zip(added, mod, old_cls)]
            print(f"| {part} | {commit[:7]} | {'+'.join(earlier)} | {cls} | {_fmt(stats(test, cls, rule))} | "
                  f"{_fmt(stats(test, cls, mod))} | {_fmt(stats(test, cls, [a or b for a, b in zip(rule, mod)]))} |")
        clean = [i for i, r in enumerate(test) if not r["classes"]]
        print(f"| {part} | | | 干净帖子被标记（任何类别） | {sum(1 for i in clean if old_cls[i])}/{len(clean)} | — | "
              f"{sum(1 for i in clean if old_cls[i] or added[i])}/{len(clean)} |")


def matrix(rows: list[dict], vocab: dict[str, int]):
    from scipy.sparse import csr_matrix
    indptr, indices, data = [0], [], []
    for r in rows:
        idx = sorted(vocab[f] for f in r["feats"] if f in vocab)
        n = len(r["feats"])
        indices += idx
        data += [1.0 / np.sqrt(n)] * len(idx) if n else []
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))


def fit(rows: list[dict], cls: str, min_df: int, c: float):
    from sklearn.linear_model import LogisticRegression
    df: dict[str, int] = {}
    for r in rows:
        for f in r["feats"]:
            df[f] = df.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in df.items() if n >= min_df))}
    y = np.array([cls in r["classes"] for r in rows], dtype=int)
    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", random_state=SEED, max_iter=1000)
    model.fit(matrix(rows, vocab), y)
    return vocab, model


def score_rows(rows: list[dict], vocab: dict[str, int], model, cls: str, min_chars: int) -> np.ndarray:
    """Probabilities, 0 where the model is not asked: ``model_silenced`` (warnings, anti-fraud) in content.py, and
    texts with fewer than ``min_chars`` Han characters (``ContentModel.opinions``)."""
    prob = model.predict_proba(matrix(rows, vocab))[:, 1]
    return np.where([cls in r["silenced"] or han_count(strip_repost_markers(fold(r["text"]))) < min_chars for r in rows], 0.0, prob)


def stats(rows: list[dict], cls: str, flagged: list[bool]) -> dict:
    truth = [cls in r["classes"] for r in rows]
    tp = sum(t and f for t, f in zip(truth, flagged))
    clean = [i for i, r in enumerate(rows) if not r["classes"]]
    return {"recall": tp / max(1, sum(truth)), "precision": tp / sum(flagged) if any(flagged) else None,
            "tp": tp, "truth": sum(truth), "flagged": sum(flagged),
            "clean_flagged": sum(flagged[i] for i in clean), "clean": len(clean)}


def _fmt(s: dict) -> str:
    p = "—" if s["precision"] is None else f"{s['precision']:.2f}"
    return f"{s['recall']:.2f} ({s['tp']}/{s['truth']}) | {p} | {s['clean_flagged']}/{s['clean']}"


def choose_thresholds(rows: list[dict], scores: dict[str, np.ndarray], max_added_fp: float
                      ) -> tuple[dict[str, float], np.ndarray]:
    """Per class the lowest threshold (≥ 0.5) at which the model adds — flags beyond the rules, on posts no rule and
    no earlier class already flags — at most ``max_added_fp`` of the clean ``rows`` (pooled), the budget split
    evenly between the classes; and which rows the model then adds."""
    clean_idx = [i for i, r in enumerate(rows) if not r["classes"]]
    added_any = np.zeros(len(rows), dtype=bool)
    thresholds = {}
    for cls in CLASSES:
        # Clean posts the rules already flag (any class) cost nothing new; count posts newly flagged.
        candidates = sorted({round(float(v), 4) for v in scores[cls][clean_idx]} | {0.5, 0.99}, reverse=True)
        budget = max_added_fp * len(clean_idx) / len(CLASSES)
        best = 0.99
        for t in candidates:
            if t < 0.5:
                break
            new = sum(1 for i in clean_idx if scores[cls][i] >= t and not rows[i]["rules"] and not added_any[i])
            if new <= budget:
                best = t
            else:
                break
        thresholds[cls] = min(0.99, best + 1e-4)
        added_any |= np.array([scores[cls][i] >= thresholds[cls] and not r["rules"] for i, r in enumerate(rows)])
    return thresholds, added_any


def nested(rows: list[dict], extra: list[dict], parts: list[str], lopo: dict[str, np.ndarray], args) -> None:
    """The honest check of the budget: for each part, thresholds chosen without it (leave-one-part-out scores of the
    other parts, each from a model trained without that part *and* without the left-out one), applied to the
    left-out part's scores. The pooled choice above sees every part's clean posts; this is what a new part gets."""
    print("\n嵌套留一：阈值只用其余部分选出（不看留出部分），再用于留出部分：模型新增的干净帖子 | 召回率（模型；规则或模型）")
    print("| 部分 | 阈值 ad / entertainment | 模型新增干净帖子 | ad 模型 | ad 规则或模型 | entertainment 模型 | entertainment 规则或模型 |")
    print("|---|---|---|---|---|---|---|")
    total_added = total_clean = 0
    hits = {cls: [0, 0, 0] for cls in CLASSES}  # model tp, rules-or-model tp, truth
    for part in parts:
        inner_parts = [p for p in parts if p != part]
        inner_idx = [i for i, r in enumerate(rows) if r["part"] != part]
        inner_rows = [rows[i] for i in inner_idx]
        pos = {i: k for k, i in enumerate(inner_idx)}
        inner = {cls: np.zeros(len(inner_rows)) for cls in CLASSES}
        for q in inner_parts:
            train = [r for r in rows if r["part"] not in (part, q)] + extra
            test_idx = [i for i in inner_idx if rows[i]["part"] == q]
            for cls in CLASSES:
                vocab, model = fit(train, cls, args.min_df, args.c)
                inner[cls][[pos[i] for i in test_idx]] = score_rows([rows[i] for i in test_idx], vocab, model, cls,
                                                                    args.min_chars)
        thr, _ = choose_thresholds(inner_rows, inner, args.max_added_fp)
        idx = [i for i, r in enumerate(rows) if r["part"] == part]
        added = [i for i in idx if not rows[i]["classes"] and not rows[i]["rules"]
                 and any(lopo[cls][i] >= thr[cls] for cls in CLASSES)]
        clean = sum(1 for i in idx if not rows[i]["classes"])
        total_added, total_clean = total_added + len(added), total_clean + clean
        cells = []
        for cls in CLASSES:
            truth = [i for i in idx if cls in rows[i]["classes"]]
            mod = sum(1 for i in truth if lopo[cls][i] >= thr[cls])
            either = sum(1 for i in truth if lopo[cls][i] >= thr[cls] or cls in rows[i]["rules"])
            for k, v in enumerate((mod, either, len(truth))):
                hits[cls][k] += v
            cells += [f"{mod / max(1, len(truth)):.2f} ({mod}/{len(truth)})",
                      f"{either / max(1, len(truth)):.2f} ({either}/{len(truth)})"]
        print(f"| {part} | {thr['ad']:.3f} / {thr['entertainment']:.3f} | {len(added)}/{clean}"
              f"（{len(added) / max(1, clean):.1%}） | " + " | ".join(cells) + " |")
    cells = [f"{h[k] / max(1, h[2]):.2f} ({h[k]}/{h[2]})" for h in hits.values() for k in (0, 1)]
    print(f"| 合计 | | {total_added}/{total_clean}（{total_added / max(1, total_clean):.1%}） | " + " | ".join(cells) + " |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default=",".join(PARTS))
    ap.add_argument("--min-df", type=int, default=5)
    ap.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    ap.add_argument("--max-added-fp", type=float, default=0.005,
                    help="share of clean posts the model may add to the rules' flags (pooled left-out parts)")
    ap.add_argument("--write", action="store_true", help=f"train on all parts and write {MODEL_PATH.name}")
    ap.add_argument("--words", action=argparse.BooleanOptionalAction, default=False,
                    help="jieba word features (off by default: they cost more time than the rules, for no gain)")
    ap.add_argument("--first-contact", action="store_true",
                    help="also simulate first contact with dev3 … dev6 (rules from git history; needs git)")
    ap.add_argument("--nested", action=argparse.BooleanOptionalAction, default=True,
                    help="also choose each part's thresholds without it (nested leave-one-part-out): the budget a new "
                         "part gets, honestly (--no-nested to skip; it fits parts × (parts − 1) models per class)")
    ap.add_argument("--negatives", action="append", default=None,
                    help="a file of clean sentences added to every training fold; repeat for several files (default: "
                         + " and ".join(p.name for p in NEGATIVES) + "; '' alone for none)")
    ap.add_argument("--punct", action=argparse.BooleanOptionalAction, default=False,
                    help="n-grams through punctuation as features (--no-punct: only the shape features see it)")
    ap.add_argument("--min-chars", type=int, default=12,
                    help="texts with fewer Han characters are not scored (too little text for an opinion)")
    ap.add_argument("--out", default=str(MODEL_PATH), help="where --write puts the model")
    ap.add_argument("--top", type=int, default=25, help="print the top features of the final model")
    args = ap.parse_args(argv)
    parts = [p for p in args.parts.split(",") if p]
    if "heldout" in parts:
        raise SystemExit("heldout 只用于最终测量，不能用来训练")
    rows = [r for part in parts for r in load_part(part, args.words, args.punct)]
    negative_files = [Path(f) for f in (args.negatives if args.negatives is not None else map(str, NEGATIVES)) if f]
    extra_by_file = [(path, load_negatives(path, args.words, args.punct)) for path in negative_files]
    extra = [row for _path, rows_of in extra_by_file for row in rows_of]
    print(f"训练数据：eval/content/ 的调参部分 {', '.join(parts)}（盲建；不含 heldout），{len(rows)} 条受检帖子")

    # Leave-one-part-out scores.
    lopo = {cls: np.zeros(len(rows)) for cls in CLASSES}
    for part in parts:
        train = [r for r in rows if r["part"] != part] + extra
        test_idx = [i for i, r in enumerate(rows) if r["part"] == part]
        for cls in CLASSES:
            vocab, model = fit(train, cls, args.min_df, args.c)
            lopo[cls][test_idx] = score_rows([rows[i] for i in test_idx], vocab, model, cls, args.min_chars)

    thresholds, added_any = choose_thresholds(rows, lopo, args.max_added_fp)

    print(f"阈值（在留出部分的干净帖子上选，模型新增误报 ≤ {args.max_added_fp:.1%}）："
          + "，".join(f"{c} {t:.3f}" for c, t in thresholds.items()))
    print()
    print("留一部分交叉验证（在调参数据上，不是 heldout 数字）：召回率 | 精确率 | 干净帖子被标记")
    print("| 部分 | 类别 | 规则 | 模型 | 规则或模型 |")
    print("|---|---|---|---|---|")
    for part in parts + ["合计"]:
        idx = [i for i, r in enumerate(rows) if part == "合计" or r["part"] == part]
        sub = [rows[i] for i in idx]
        for cls in CLASSES:
            rule = [cls in r["rules"] for r in sub]
            mod = [bool(lopo[cls][i] >= thresholds[cls]) for i in idx]
            both = [a or b for a, b in zip(rule, mod)]
            print(f"| {part} | {cls} | {_fmt(stats(sub, cls, rule))} | {_fmt(stats(sub, cls, mod))} | "
                  f"{_fmt(stats(sub, cls, both))} |")
        clean = [i for i in idx if not rows[i]["classes"]]
        by_rules = sum(1 for i in clean if rows[i]["rules"])
        by_either = sum(1 for i in clean if rows[i]["rules"] or added_any[i])
        print(f"| {part} | 干净帖子被标记（任何类别） | {by_rules}/{len(clean)} | — | {by_either}/{len(clean)} |")

    if args.nested:
        nested(rows, extra, parts, lopo, args)

    if args.first_contact:
        first_contact(rows, extra, thresholds, args.min_df, args.c, args.min_chars)

    if args.write:
        fitted = {cls: fit(rows + extra, cls, args.min_df, args.c) for cls in CLASSES}
        vocab = fitted[CLASSES[0]][0]  # the same for every class (same rows, same min_df)
        names = sorted(vocab, key=vocab.get)
        out = {"name": MODEL_NAME, "trained_on": parts, "seed": SEED, "min_df": args.min_df, "c": args.c,
               "max_added_fp": args.max_added_fp, "words": args.words, "min_chars": args.min_chars, "punct": args.punct,
               "negatives": [[_repo_path(path), len(rows_of)] for path, rows_of in extra_by_file] or None,
               "features": names, "classes": {}}
        for cls in CLASSES:
            coef = fitted[cls][1].coef_[0]
            out["classes"][cls] = {"intercept": round(float(fitted[cls][1].intercept_[0]), 4),
                                   "threshold": round(thresholds[cls], 4),
                                   "weights": [round(float(w), 3) for w in coef]}
            for sign, label in ((-1, "最大"), (1, "最小（最负）")):
                top = sorted(range(len(names)), key=lambda j: (sign * coef[j], names[j]))[:args.top]
                print(f"\n{cls} 权重{label}的特征：" + "  ".join(f"{names[j]}={coef[j]:.2f}" for j in top))
        out_path = Path(args.out)
        out_path.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                              encoding="utf-8")
        print(f"\n已写入 {out_path}（{out_path.stat().st_size // 1024} KB）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
