"""Probe: does an input method's n-gram language model (fcitx5 / libime's ``zh_CN.lm``) separate 错敏字 from clean text
better than jieba's unigram frequencies (``detectors.content_typo_lm``)? Research only, not part of the detector.

Model (Debian bookworm, no install needed)::

    mkdir -p /tmp/lm && cd /tmp/lm && apt-get download libime-data-language-model && \\
        dpkg -x libime-data-language-model_*_all.deb root
    # -> root/usr/lib/x86_64-linux-gnu/libime/zh_CN.lm (KenLM binary, format 5, word trigram, 17 MB, LGPL-2.1+)
    python3 -m venv /tmp/lmvenv && /tmp/lmvenv/bin/pip install kenlm   # builds with g++ / cmake

Run from the repository root with the project's interpreter (detectors.charsim, jieba and pypinyin come from it; the
kenlm module is taken from the side venv, appended *after* the project's packages)::

    /work/main/.venv/bin/python scripts/probe_ime_lm.py /tmp/lm/root/usr/lib/x86_64-linux-gnu/libime/zh_CN.lm \\
        --kenlm-site /tmp/lmvenv/lib/python3.11/site-packages [--parts dev,dev2,…] [--window 4] [--clean-sample N]

What it measures, on the tuning parts only (``eval/content/dev`` … ``dev16``; ``heldout`` is refused):

* typo spans: every labelled ``typo`` span with a ``correct`` form, located in its post; the window is the run of
  Chinese characters holding the span, clipped to ``--window`` characters each side; the *gain* is log P(window with
  the correct form) − log P(window as written), in nats — for the IME model the best segmentation under the word
  trigram (a beam over the model's own vocabulary, as the input method decodes), for jieba the best-route unigram
  log-probability (``get_DAG`` + ``calc``, the computation ``content_typo_lm`` uses).
* clean posts (no class; hard negatives included): for every Chinese character of every run of three or more, the best
  gain over its replacements — same sound (pypinyin toneless readings, any reading of the written character, the
  ``--per-sound`` most probable characters of each sound under the IME model's unigram) and similar shape
  (``charsim.shape_alikes``) — with the same window. A post is a false alarm at threshold t when its best gain ≥ t.

``--blind-misses FILE …`` adds the question that matters: of the typo posts the screener *missed when the part was
still blind*, how many would the IME gain find, and how many of that part's clean posts the screener left alone would
it flag. Each FILE comes from the code of the part's first contact (named in the commit that demoted it) run on the
part, with no model needed::

    git archive af0d71d | tar -x -C /tmp/old_af0d71d --exclude='eval/*/heldout'     # dev16's first contact
    cp -r eval/content/dev16 /tmp/old_af0d71d/eval/content/
    (cd /tmp/old_af0d71d && /work/main/.venv/bin/python $OLDPWD/scripts/probe_ime_lm.py misses dev16) \
        > /tmp/blindmiss_dev16.json

It prints, per model, at each threshold: the share of typo spans whose gain ≥ t and the clean posts whose best gain
≥ t, plus the equal-false-alarm comparison (the threshold each model needs for a given number of clean posts).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = ROOT / "eval" / "content"
PARTS = ["dev"] + [f"dev{k}" for k in range(2, 17)]
LN10 = math.log(10)
MAX_WORD = 7  # longest vocabulary word tried at a position
BEAM = 4  # hypotheses kept per position of the lattice


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class ImeLM:
    """Best-segmentation log10-probability of a string under a KenLM word model (no sentence boundaries)."""

    def __init__(self, path: str):
        import kenlm

        self.kenlm = kenlm
        t = time.perf_counter()
        self.model = kenlm.Model(path)
        self.load_s = time.perf_counter() - t
        self._in: dict[str, bool] = {}

    def has(self, w: str) -> bool:
        v = self._in.get(w)
        if v is None:
            v = self._in[w] = w in self.model
        return v

    def unigram(self, w: str) -> float:
        return self.model.score(w, bos=False, eos=False)

    @lru_cache(maxsize=500_000)  # noqa: B019 - one model per run
    def score(self, s: str) -> float:
        kenlm, m = self.kenlm, self.model
        n = len(s)
        start = kenlm.State()
        m.NullContextWrite(start)
        hyps: list[list[tuple[float, object]]] = [[] for _ in range(n + 1)]
        hyps[0] = [(0.0, start)]
        for i in range(n):
            row = hyps[i]
            if not row:
                continue
            row.sort(key=lambda h: -h[0])
            del row[BEAM:]
            for L in range(1, min(MAX_WORD, n - i) + 1):
                w = s[i:i + L]
                if L > 1 and not self.has(w):
                    continue
                for sc, st in row:
                    out = kenlm.State()
                    hyps[i + L].append((sc + m.BaseScore(st, w, out), out))
        return max(h[0] for h in hyps[n])


class JiebaLM:
    """jieba's best-route unigram log-probability (natural log), as ``content_typo_lm`` computes it."""

    def __init__(self):
        from detectors.content_typo_lm import _tokenizer

        self.dt = _tokenizer()

    @lru_cache(maxsize=500_000)  # noqa: B019
    def score(self, s: str) -> float:
        dag = self.dt.get_DAG(s)
        route: dict[int, tuple[float, int]] = {}
        self.dt.calc(s, dag, route)
        return route[0][0]


def slip_kind(w: str, c: str) -> str:
    """sound / shape / both / other for a one-character slip; ``multi`` when the forms differ otherwise."""
    from detectors.charsim import principal_sound_similar, shape_similar, sound_similar

    if len(w) != len(c):
        return "multi"
    diff = [(x, y) for x, y in zip(w, c) if x != y]
    if len(diff) != 1:
        return "multi"
    x, y = diff[0]
    snd = principal_sound_similar(x, y) or sound_similar(x, y)
    shp = shape_similar(x, y)
    return "both" if snd and shp else "sound" if snd else "shape" if shp else "other"


def runs_around(text: str, start: int, end: int, window: int) -> tuple[int, int]:
    """The run of Chinese characters around [start, end), clipped to ``window`` characters each side."""
    a = start
    while a > 0 and is_cjk(text[a - 1]) and start - a < window:
        a -= 1
    b = end
    while b < len(text) and is_cjk(text[b]) and b - end < window:
        b += 1
    return a, b


def load_part(part: str):
    base = EVAL / part
    labels = {(r["platform"], r["account_id"], r["post_id"]): r
              for r in map(json.loads, (base / "labels.jsonl").read_text(encoding="utf-8").splitlines())}
    for line in (base / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        yield post, labels[(post["platform"], post["account_id"], post["post_id"])]


def typo_gains(parts, window, ime, jb):
    """(part, shown context, correct, IME gain, jieba gain, found by the shipped layer, post key, slip kind) per
    labelled typo span."""
    from detectors import content_typo_lm
    from detectors.content_typo import division_forms
    from detectors.textnorm import fold

    places = division_forms()
    rows = []
    for part in parts:
        for post, label in load_part(part):
            text = post["text"]
            key = (post["platform"], post["account_id"], post["post_id"])
            folded = fold(text)
            hits = None
            for span in label["spans"]:
                if span["class"] != "typo" or not span.get("correct"):
                    continue
                w, c = span["text"], span["correct"]
                k = text.find(w)
                if k < 0:
                    rows.append((part, w, c, None, None, False, key, ""))
                    continue
                if hits is None:
                    hits = content_typo_lm.probable_slips(folded, places)
                fk = folded.find(fold(w))
                layer = fk >= 0 and any(s0 < fk + len(w) and fk < e0 for s0, e0, *_ in hits)
                a, b = runs_around(text, k, k + len(w), window)
                left, right = text[a:k], text[k + len(w):b]
                g_ime = (ime.score(left + c + right) - ime.score(left + w + right)) * LN10
                g_jb = jb.score(left + c + right) - jb.score(left + w + right)
                rows.append((part, left + "[" + w + "→" + c + "]" + right, c, g_ime, g_jb, layer, key, slip_kind(w, c)))
    return rows


class Candidates:
    def __init__(self, ime: ImeLM, per_sound: int):
        from pypinyin import Style, pinyin

        from detectors.charsim import shape_alikes

        self.shape_alikes = shape_alikes
        self.pinyin, self.style = pinyin, Style.NORMAL
        by_sound: dict[str, list[tuple[float, str]]] = {}
        for cp in range(0x4E00, 0xA000):
            ch = chr(cp)
            if not ime.has(ch):
                continue
            p = ime.unigram(ch)
            for r in set(pinyin(ch, style=Style.NORMAL, heteronym=True)[0]):
                by_sound.setdefault(r, []).append((p, ch))
        self.by_sound = {r: [ch for _, ch in sorted(v, reverse=True)[:per_sound]] for r, v in by_sound.items()}

    @lru_cache(maxsize=20_000)  # noqa: B019
    def of(self, ch: str) -> tuple[str, ...]:
        out = set(self.shape_alikes(ch))
        for r in set(self.pinyin(ch, style=self.style, heteronym=True)[0]):
            out.update(self.by_sound.get(r, ()))
        out.discard(ch)
        return tuple(sorted(out))


def clean_post_gains(text, window, ime, jb, cands, keep=5.0):
    """Per clean post: the best IME gain and the best jieba gain over all its characters' replacements (each with the
    replacement shown), and every (IME gain, jieba gain) pair of one replacement where either reaches ``keep`` nats
    (for the rule that asks both models)."""
    bi, bj, pairs = (float("-inf"), ""), (float("-inf"), ""), []
    n = len(text)
    i = 0
    while i < n:
        if not is_cjk(text[i]):
            i += 1
            continue
        j = i
        while j < n and is_cjk(text[j]):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                a, b = max(i, k - window), min(j, k + 1 + window)
                base_i, base_j = ime.score(text[a:b]), jb.score(text[a:b])
                for c in cands.of(text[k]):
                    alt = text[a:k] + c + text[k + 1:b]
                    gi = (ime.score(alt) - base_i) * LN10
                    gj = jb.score(alt) - base_j
                    if gi > bi[0] or gj > bj[0]:
                        where = text[a:k] + "[" + text[k] + "→" + c + "]" + text[k + 1:b]
                        if gi > bi[0]:
                            bi = (gi, where)
                        if gj > bj[0]:
                            bj = (gj, where)
                    if gi >= keep or gj >= keep:
                        pairs.append((gi, gj))
        i = j
    return bi, bj, pairs


def content_typo_lm_margin() -> float:
    from detectors import content_typo_lm

    return content_typo_lm.MARGIN


def emit_misses(part: str) -> int:
    """Run the content screener of the current directory's checkout on ``part``; print the typo posts it misses and the
    clean posts it flags (JSON)."""
    sys.path.insert(0, str(Path.cwd()))
    sys.path.insert(0, str(Path.cwd() / "bench"))
    from content_quality import finding_class, run_part

    labels, findings, _reg, sec = run_part(part)
    keys = [(f["platform"], f["account_id"], f["evidence"].get("post_id")) for f in findings]
    found = {k for k, f in zip(keys, findings) if finding_class(f) == "typo"}
    typo = [(lab["platform"], lab["account_id"], lab["post_id"]) for lab in labels if "typo" in lab["classes"]]
    clean = [(lab["platform"], lab["account_id"], lab["post_id"]) for lab in labels if not lab["classes"]]
    missed = [k for k in typo if k not in found]
    print(f"{part}: typo posts found {len(typo) - len(missed)}/{len(typo)}, clean posts flagged "
          f"{sum(k in set(keys) for k in clean)}/{len(clean)} ({sec:.0f} s)", file=sys.stderr)
    json.dump({"part": part, "missed": missed, "flagged": [k for k in clean if k in set(keys)]}, sys.stdout)
    return 0


def blind_table(files, scored, clean, ime_clean, pairs_clean) -> None:
    best: dict = {}
    for r in scored:
        best.setdefault(r[6], []).append((r[3], r[4], r[1]))
    gains = {k: (g, pairs) for (k, _t), (g, _w), pairs in zip(clean, ime_clean, pairs_clean)}
    rules = [(f"IME ≥ {a}" + (f" and jieba ≥ {b}" if b else ""), a, b)
             for a, b in ((11, 0), (13, 0), (13, 3), (15, 0), (17, 0))]
    print()
    print("Blind-time misses (the screener of the part's first contact): missed typo posts the rule finds / clean "
          "posts of the part it newly flags")
    print("| part | missed | " + " | ".join(r[0] for r in rules) + " |")
    print("|---" * (len(rules) + 2) + "|")
    for f in files:
        d = json.loads(Path(f).read_text(encoding="utf-8"))
        missed = [tuple(k) for k in d["missed"]]
        flagged = {tuple(k) for k in d["flagged"]}
        part_clean = [k for k in gains if k not in flagged and k in part_keys(d["part"])]
        cells = []
        for _name, a, b in rules:
            found = sum(any(gi >= a and gj >= b for gi, gj, _c in best.get(k, ())) for k in missed)
            fp = sum(any(gi >= a and gj >= b for gi, gj in gains[k][1]) for k in part_clean)
            cells.append(f"{found} / {fp}")
        print(f"| {d['part']} | {len(missed)} | " + " | ".join(cells) + " |")
        for k in missed:
            for gi, gj, ctx in best.get(k, ()):
                print(f"    missed then: ime {gi:6.1f}  jieba {gj:6.1f}  {ctx}")


@cache
def part_keys(part: str) -> frozenset:
    return frozenset((post["platform"], post["account_id"], post["post_id"]) for post, _label in load_part(part))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["misses"]:
        return emit_misses(argv[1])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="path of libime's zh_CN.lm (KenLM binary)")
    ap.add_argument("--kenlm-site", default=None, help="site-packages holding the kenlm module (appended to sys.path)")
    ap.add_argument("--parts", default=",".join(PARTS))
    ap.add_argument("--window", type=int, default=4)
    ap.add_argument("--per-sound", type=int, default=12)
    ap.add_argument("--clean-sample", type=int, default=0, help="score only this many clean posts (random, seed 0)")
    ap.add_argument("--list", action="store_true", help="print every typo span with both gains, and the top clean")
    ap.add_argument("--blind-misses", nargs="*", default=[], help="JSON files of ``misses`` runs (see above)")
    ap.add_argument("--screener", action="store_true",
                    help="also run the shipped content screener on each part and count what the IME gain adds")
    args = ap.parse_args(argv)
    if args.kenlm_site:
        sys.path.append(args.kenlm_site)
    parts = [p for p in args.parts.split(",") if p]
    if any("heldout" in p for p in parts):
        raise SystemExit("heldout is for final measurement only")

    import resource

    ime = ImeLM(args.model)
    jb = JiebaLM()
    print(f"model loaded in {ime.load_s * 1000:.1f} ms (mmap); order {ime.model.order}")

    t = time.perf_counter()
    rows = typo_gains(parts, args.window, ime, jb)
    scored = [r for r in rows if r[3] is not None]
    print(f"typo spans: {len(rows)} labelled with a correct form, {len(scored)} located "
          f"({time.perf_counter() - t:.1f} s); the shipped jieba layer (content_typo_lm.probable_slips, MARGIN "
          f"{content_typo_lm_margin()} with its gates) finds {sum(r[5] for r in scored)}")
    if args.list:
        for part, ctx, _c, gi, gj, lay, _k, kind in sorted(scored, key=lambda r: r[3]):
            print(f"  {part:6} ime {gi:7.1f}  jieba {gj:7.1f}  layer {'Y' if lay else '-'}  {kind:6} {ctx}")

    t = time.perf_counter()
    cands = Candidates(ime, args.per_sound)
    clean = [((post["platform"], post["account_id"], post["post_id"]), post["text"])
             for part in parts for post, label in load_part(part) if not label["classes"]]
    if args.clean_sample and args.clean_sample < len(clean):
        clean = random.Random(0).sample(clean, args.clean_sample)
    ime_clean, jb_clean, pairs_clean = [], [], []
    for _key, text in clean:
        bi, bj, pairs = clean_post_gains(text, args.window, ime, jb, cands)
        ime_clean.append(bi)
        jb_clean.append(bj)
        pairs_clean.append(pairs)
    print(f"clean posts scored: {len(clean)} ({time.perf_counter() - t:.1f} s; "
          f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)")
    if args.list:
        for name, lst in (("ime", ime_clean), ("jieba", jb_clean)):
            for g, where in sorted(lst, reverse=True)[:15]:
                print(f"  clean top {name:5} {g:6.1f}  {where}")

    print()
    print("| gain ≥ nats | IME typo spans found | IME clean posts flagged | jieba typo spans found "
          "| jieba clean posts flagged |")
    print("|---|---|---|---|---|")
    ns = len(scored)
    for th in (3, 5, 7, 9, 11, 13, 15, 17, 20, 25):
        fi = sum(r[3] >= th for r in scored)
        fj = sum(r[4] >= th for r in scored)
        ci = sum(g >= th for g, _ in ime_clean)
        cj = sum(g >= th for g, _ in jb_clean)
        print(f"| {th} | {fi} ({fi / ns:.0%}) | {ci} | {fj} ({fj / ns:.0%}) | {cj} |")
    print()
    print("| clean posts flagged ≤ | IME threshold → typo spans | jieba threshold → typo spans |")
    print("|---|---|---|")
    for budget in (0, 5, 10, 20, 50, 100):
        cells = []
        for col, lst in ((3, ime_clean), (4, jb_clean)):
            gains = sorted((g for g, _ in lst), reverse=True)
            th = (gains[budget] if budget < len(gains) else float("-inf")) + 1e-6
            f = sum(r[col] >= th for r in scored)
            cells.append(f"{th:.1f} → {f} ({f / ns:.0%})")
        print(f"| {budget} | {cells[0]} | {cells[1]} |")
    print()
    print("Both models must agree (IME gain ≥ a and jieba gain ≥ b on the same replacement): typo spans found / clean "
          "posts flagged")
    bs = (0, 3, 5, 7, 9)
    print("| IME a \\ jieba b | " + " | ".join(f"b={b}" for b in bs) + " |")
    print("|---" * (len(bs) + 1) + "|")
    for a in (9, 11, 13, 15, 17):
        cells = []
        for b in bs:
            f = sum(r[3] >= a and r[4] >= b for r in scored)
            c = sum(any(gi >= a and gj >= b for gi, gj in pairs) for pairs in pairs_clean)
            cells.append(f"{f} ({f / ns:.0%}) / {c}")
        print(f"| a={a} | " + " | ".join(cells) + " |")
    kinds = sorted({r[7] for r in scored})
    print()
    print("| slip kind | spans | IME gain ≥ 9 | IME gain ≥ 13 | jieba gain ≥ 13 | shipped layer |")
    print("|---|---|---|---|---|---|")
    for kind in kinds:
        rs = [r for r in scored if r[7] == kind]
        print(f"| {kind} | {len(rs)} | {sum(r[3] >= 9 for r in rs)} | {sum(r[3] >= 13 for r in rs)} "
              f"| {sum(r[4] >= 13 for r in rs)} | {sum(r[5] for r in rs)} |")
    if args.blind_misses:
        blind_table(args.blind_misses, scored, clean, ime_clean, pairs_clean)
    if args.screener:
        screener_table(parts, scored, clean, ime_clean, pairs_clean)
    return 0


def screener_table(parts, scored, clean, ime_clean, pairs_clean) -> None:
    """What the IME gain would add to the shipped screener: typo posts it misses that the gain finds, and clean posts
    it leaves alone that the gain flags."""
    sys.path.insert(0, str(ROOT / "bench"))
    from content_quality import finding_class, run_part

    typo_found: set = set()
    flagged: set = set()
    for part in parts:
        _labels, findings, _reg, _sec = run_part(part)
        for f in findings:
            key = (f["platform"], f["account_id"], f["evidence"].get("post_id"))
            flagged.add(key)
            if finding_class(f) == "typo":
                typo_found.add(key)
    best: dict = {}
    for r in scored:
        best[r[6]] = max(best.get(r[6], float("-inf")), r[3])
    missed = {k: g for k, g in best.items() if k not in typo_found}
    best_both: dict = {}
    for r in scored:
        best_both.setdefault(r[6], []).append((r[3], r[4]))
    print()
    print(f"shipped screener: {len(best) - len(missed)} of {len(best)} typo posts found; "
          f"clean posts flagged {sum(k in flagged for k, _ in clean)} of {len(clean)}")
    print("| rule | missed typo posts it finds | clean posts newly flagged (not flagged already) |")
    print("|---|---|---|")
    for th in (9, 11, 13, 15, 17, 20, 25):
        new_fp = sum(g >= th and k not in flagged for (k, _t), (g, _w) in zip(clean, ime_clean))
        print(f"| IME ≥ {th} | {sum(g >= th for g in missed.values())} of {len(missed)} | {new_fp} |")
    for a, b in ((11, 3), (11, 5), (13, 3), (13, 5), (15, 0), (15, 3)):
        new_fp = sum(any(gi >= a and gj >= b for gi, gj in pairs) and k not in flagged
                     for (k, _t), pairs in zip(clean, pairs_clean))
        found = sum(any(gi >= a and gj >= b for gi, gj in best_both[k]) for k in missed)
        print(f"| IME ≥ {a} and jieba ≥ {b} | {found} of {len(missed)} | {new_fp} |")


if __name__ == "__main__":
    raise SystemExit(main())
