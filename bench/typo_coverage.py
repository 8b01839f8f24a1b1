"""Coverage of the typo lexicon: how many one-character slips in formal terms the typo rule finds.

    python bench/typo_coverage.py [--base main] [--terms FILE] [--per-term 2] [--show-misses 20]
    python bench/typo_coverage.py --terms bench/data/typo_reference_terms.txt   # the audit's public inventories

**This is generated data, written alongside the code** — not a labelled set. For every correct form of
``detectors/lexicons/formal_terms.txt`` (or of ``--terms FILE``, one form per line, ``{甲|乙}`` expanded) the script
makes one look-alike (形近) and one sound-alike (音近) misspelling of one character, with the project's own tables
(``charsim.shape_candidates`` and ``charsim.confusion``; sound-alikes from pypinyin's readings with the same fuzzy
rules), picks the replacement among the characters of jieba's dictionary words, and writes the misspelt term into a
sentence of real government prose (``scripts/data/gov_prose_negatives.txt``: two provincial notices on government
new media, copied verbatim). A law or regulation is written in 《》 as posts cite it.

``bench/data/typo_reference_terms.txt`` lists the correct forms of the public inventories the lexicon was audited
against (laws, regulations, State Council and Party-centre bodies, people's organisations, plenum formulations,
strategies, government-work terms, campaigns), including forms the audit chose not to add (common words, three-character
ministry abbreviations): with ``--terms`` it is the reference, so the figure is the share of that inventory covered.

It then runs the typo rule (``content_typo.TypoFinder``, with the input method's language-model layer
``content_typo_ime`` as the screener has it when its model is present; ``--no-ime``: without) twice — with the lexicon
of ``--base`` (a git revision; its ``formal_terms.txt``, ``leaders.txt`` and ``provincial_leaders.txt``) and with the
lexicon of the working tree — and reports, per block of the lexicon file and in total:

* *found*: a typo finding overlaps the misspelt span; *right*: …and names the term, or a form within it, as the
  correct one;
* false alarms: findings in the unmodified prose sentences, and findings outside the misspelt span.

``--base none`` reads none of those three files for the "before": what the rest of the rule (the other lexicons, and
the layers that need no list of terms — the word-probability layers ``content_typo_lm`` and ``content_typo_ime``,
pinyin splits, verses, idioms…) finds of slips in terms it was never given, the reach of the context layers on words
the lexicon does not hold.

Because the slips are made by the same tables the rule reads, a slip of a term the lexicon lists is found unless an
exception of the rule (a neighbouring word, a region word, a real word of the dictionary…) holds. The figure measures
the *coverage* of the generator — which real formal terms the lexicon knows — not real-world recall, which depends
on which terms real posts misspell and how.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors import content_typo, content_typo_ime, jieba_dict  # noqa: E402
from detectors.charsim import confusion, fuzzy_readings, is_cjk, shape_candidates  # noqa: E402
from detectors.content_typo import NUMERALS, TypoFinder, canonical, expand, load_terms  # noqa: E402
from detectors.textnorm import fold  # noqa: E402

PROSE = ROOT / "scripts" / "data" / "gov_prose_negatives.txt"
LEXICON_FILES = ("formal_terms.txt", "leaders.txt", "provincial_leaders.txt")
COMMON_MIN = 2000  # a replacement character must occur in a jieba word at least this frequent
DOC_ENDINGS = ("法", "法典", "条例", "办法", "规定", "规则", "准则", "细则")


@dataclass(frozen=True)
class Case:
    term: str  # as written in the lexicon
    block: str  # the lexicon block (its ``# ----`` heading)
    wrong: str
    how: str  # 形近 / 音近
    text: str
    start: int  # of the misspelt term in text
    end: int


def lexicon_blocks(path: Path) -> list[tuple[str, str]]:
    """(form, block heading) for every correct form of a lexicon file, ``{甲|乙}`` expanded."""
    out: list[tuple[str, str]] = []
    block = "（文件开头）"
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith("# ----"):
            block = s.strip("# -")[:40]
            continue
        if s.startswith("#"):
            continue
        out.extend((form, block) for form in expand(s.split("\t")[0]))
    return out


def common_chars() -> tuple[frozenset[str], dict[str, list[str]]]:
    """Characters of frequent jieba words and those characters by fuzzy reading."""
    chars: set[str] = set()
    for word, count, _ in jieba_dict.entries():
        if count >= COMMON_MIN:
            chars.update(c for c in word if is_cjk(c))
    by_sound: dict[str, list[str]] = defaultdict(list)
    for c in sorted(chars):
        for r in fuzzy_readings(c):
            by_sound[r].append(c)
    return frozenset(chars), by_sound


def slips(term: str, rng: random.Random, common: frozenset[str], by_sound: dict[str, list[str]],
          known: frozenset[str]) -> list[tuple[str, str]]:
    """One look-alike and one sound-alike misspelling of one character of ``term`` (fewer when none exists)."""
    positions = [i for i, c in enumerate(term) if is_cjk(c) and c not in NUMERALS]
    rng.shuffle(positions)
    out: list[tuple[str, str]] = []
    for how in ("形近", "音近"):
        for i in positions:
            c = term[i]
            if how == "形近":
                pool = sorted(x for x in shape_candidates(c) if x in common)
            else:
                pool = sorted({x for r in fuzzy_readings(c) for x in by_sound.get(r, ())})
            pool = [x for x in pool if x != c and confusion(c, x) == how]
            rng.shuffle(pool)
            wrong = next((term[:i] + x + term[i + 1:] for x in pool
                          if canonical(fold(term[:i] + x + term[i + 1:])) not in known), None)
            if wrong:
                out.append((wrong, how))
                break
    return out


def make_cases(forms: list[tuple[str, str]], per_term: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    common, by_sound = common_chars()
    # a slip that is itself a correct form (of the list or of the lexicon) is no slip
    known = frozenset(canonical(fold(f)) for f, _b in forms) | frozenset(t.correct for t in load_terms())
    prose = [s for s in PROSE.read_text(encoding="utf-8").splitlines() if s.strip() and not s.startswith("#")]
    cases: list[Case] = []
    for term, block in dict.fromkeys(forms):
        if len(canonical(fold(term))) < 3:
            continue  # two-character formulas are checked only quoted whole (content_typo.quoted_short_slips)
        for wrong, how in slips(term, rng, common, by_sound, known)[:per_term]:
            host = rng.choice(prose)
            commas = [k for k, ch in enumerate(host) if ch == "，"]
            cut = rng.choice(commas) + 1 if commas else 0
            written = f"《{wrong}》" if term.endswith(DOC_ENDINGS) else wrong
            text = host[:cut] + written + "，" + host[cut:]
            start = cut + (1 if written.startswith("《") else 0)
            cases.append(Case(term, block, wrong, how, text, start, start + len(wrong)))
    return cases


def finder_at(base: str | None, ime: bool = True) -> TypoFinder:
    """The typo rule with the lexicon of git revision ``base`` (None: the working tree; "none": no lexicon), with the
    input method's language-model layer when ``ime`` and its model is present (as ``ContentRules`` sets it)."""
    if base is None:
        finder = TypoFinder(load_terms())
    else:
        saved = content_typo.LEXICON_DIR
        with tempfile.TemporaryDirectory() as tmp:
            for name in LEXICON_FILES if base != "none" else ():
                shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{base}:detectors/lexicons/{name}"],
                                       capture_output=True, text=True, check=False)
                if shown.returncode == 0:
                    (Path(tmp) / name).write_text(shown.stdout, encoding="utf-8")
            content_typo.LEXICON_DIR = Path(tmp)
            try:
                finder = TypoFinder(load_terms())
            finally:
                content_typo.LEXICON_DIR = saved
    finder.ime = content_typo_ime.load("") if ime else None
    return finder


def score(finder: TypoFinder, cases: list[Case]) -> tuple[list[tuple[bool, bool]], int]:
    """(found, right) per case and the number of findings outside the misspelt spans."""
    out: list[tuple[bool, bool]] = []
    stray = 0
    for c in cases:
        hits = finder.find(c.text)
        on = [h for h in hits if h.start < c.end and c.start < h.end]
        stray += len(hits) - len(on)
        # right: the correction is the term, or a term of the lexicon inside it that the finding names in full
        # (中国共产党支部工作条例 for a slip in 中国共产党支部工作条例（试行）)
        term = canonical(fold(c.term))
        out.append((bool(on), any(canonical(fold(h.correct)) in term for h in on)))
    return out, stray


def prose_alarms(finder: TypoFinder) -> tuple[int, int]:
    lines = [s for s in PROSE.read_text(encoding="utf-8").splitlines() if s.strip() and not s.startswith("#")]
    return sum(bool(finder.find(s)) for s in lines), len(lines)


def ratio(n: int, d: int) -> str:
    return f"{n / d:.2f} ({n}/{d})" if d else "—"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="main",
                    help="git revision whose lexicon is the 'before' (default: main; none: without the three files)")
    ap.add_argument("--no-ime", action="store_true", help="without the input method's language-model layer")
    ap.add_argument("--terms", help="correct forms to misspell, one a line (default: formal_terms.txt of the tree)")
    ap.add_argument("--per-term", type=int, default=2, help="misspellings per term (one 形近, one 音近)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show-misses", type=int, default=0, help="list this many misses of the working-tree lexicon")
    args = ap.parse_args(argv)

    if args.terms:
        forms = lexicon_blocks(Path(args.terms))
    else:
        forms = lexicon_blocks(content_typo.LEXICON_DIR / "formal_terms.txt")
    cases = make_cases(forms, args.per_term, args.seed)
    before_finder, after_finder = finder_at(args.base, not args.no_ime), finder_at(None, not args.no_ime)
    before, stray_b = score(before_finder, cases)
    after, stray_a = score(after_finder, cases)

    print("生成数据（与代码一起写成，不是标注集）：衡量词库对错字生成器的覆盖，不是真实召回率。")
    print(f"词条 {len({c.term for c in cases})} 个，错字 {len(cases)} 处（形近 {sum(c.how == '形近' for c in cases)}，"
          f"音近 {sum(c.how == '音近' for c in cases)}）；之前 = {args.base} 的词库，之后 = 工作区的词库\n")
    print("| 词库分节 | 错字数 | 之前 找到 | 之后 找到 | 之前 纠正对 | 之后 纠正对 |")
    print("|---|---|---|---|---|---|")
    by_block: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(cases):
        by_block[c.block].append(k)
    rows = list(by_block.items()) + [("合计", list(range(len(cases))))]
    for block, ks in rows:
        n = len(ks)
        print(f"| {block} | {n} | {ratio(sum(before[k][0] for k in ks), n)} | {ratio(sum(after[k][0] for k in ks), n)} "
              f"| {ratio(sum(before[k][1] for k in ks), n)} | {ratio(sum(after[k][1] for k in ks), n)} |")
    for how in ("形近", "音近"):
        ks = [k for k, c in enumerate(cases) if c.how == how]
        print(f"| （{how}） | {len(ks)} | {ratio(sum(before[k][0] for k in ks), len(ks))} | "
              f"{ratio(sum(after[k][0] for k in ks), len(ks))} | {ratio(sum(before[k][1] for k in ks), len(ks))} | "
              f"{ratio(sum(after[k][1] for k in ks), len(ks))} |")
    fa_b, fa_a = prose_alarms(before_finder), prose_alarms(after_finder)
    print(f"\n误报：未改动的政务语句被报 之前 {ratio(*fa_b)}，之后 {ratio(*fa_a)}；"
          f"改动句中错字以外的发现 之前 {stray_b}，之后 {stray_a}")
    if args.show_misses:
        misses = [c for k, c in enumerate(cases) if not after[k][1]]
        print(f"\n之后仍未纠正对的 {len(misses)} 处（前 {args.show_misses} 处）：")
        for c in misses[:args.show_misses]:
            print(f"  {c.term} → {c.wrong}（{c.how}）｜{c.block}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
