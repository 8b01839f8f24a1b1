"""Coverage of the formal terms' own syllable-boundary slips (``content_typo_split.TermCuts``), on generated data.

    python bench/typo_cut_coverage.py [--seed 0] [--show 10]

**Generated data, written alongside the code** — not a labelled set. For every correct form the typo rule generates
syllable-boundary variants of (``TypoFinder._cut_forms``: the formal lexicon's forms and the departments' names of four
characters or more) the script writes one pinyin-input slip of the kind the input method makes: the letters of one
syllable cut in two and given as a dictionary word of two characters (先 xian → 西安), of two syllables merged into one
character (预案 yu'an → 员), or of two with their boundary moved (方案 fang'an → 反感) — the written characters chosen
among jieba's dictionary words (two characters) or GB 2312 level-1 characters (one) by their principal reading — and
puts the misspelt form into a sentence of real government prose (``scripts/data/gov_prose_negatives.txt``). It runs the
typo rule (``content_typo.TypoFinder`` with the input method's model when present) on each sentence with the term
layer and without it (``_cut_slips`` off: what the other layers — ``boundary_slips`` and its judge, the lexicon's
one-character rules, the word-probability layers — find already), and reports slips found (a typo finding overlaps the
misspelt span), and findings in the unmodified prose sentences.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors import content_typo_ime  # noqa: E402
from detectors.charsim import common_characters, principal_reading  # noqa: E402
from detectors.content_typo import TypoFinder, load_terms  # noqa: E402
from detectors.content_typo_split import _cuts, _freq, _term_reading  # noqa: E402

PROSE = ROOT / "scripts" / "data" / "gov_prose_negatives.txt"


def written_by_reading() -> dict[tuple[str, ...], list[str]]:
    """Principal toneless readings → the characters (one) or dictionary words (two) that an input method gives."""
    out: dict[tuple[str, ...], list[str]] = {}
    for ch in common_characters():
        r = principal_reading(ch).replace("ü", "v")
        if r:
            out.setdefault((r,), []).append(ch)
    for word, f in _freq().items():
        if len(word) == 2 and f >= 50:
            r = tuple(principal_reading(c).replace("ü", "v") for c in word)
            if all(r):
                out.setdefault(r, []).append(word)
    return out


def slip(term: str, rng: random.Random, table: dict[tuple[str, ...], list[str]]) -> str | None:
    syl = _term_reading(term)
    if syl is None:
        return None
    options = []
    for j in range(len(term)):
        for k in (1, 2):
            if j + k > len(term) or len(term) - k < 2:
                continue
            here = syl[j:j + k]
            for parts in (1, 2):
                for cut in _cuts("".join(here), parts):
                    if cut != here:
                        for w in table.get(cut, ()):
                            if w != term[j:j + k]:
                                options.append(term[:j] + w + term[j + k:])
    return rng.choice(sorted(set(options))) if options else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=10, help="list this many slips the term layer misses")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    prose = [s.strip() for s in PROSE.read_text(encoding="utf-8").splitlines() if s.strip() and not s.startswith("#")]
    finder = TypoFinder(load_terms())
    finder.ime = content_typo_ime.load("")
    table = written_by_reading()
    cases = []
    for term in sorted(finder._cut_forms):
        if len(term) < 4:
            continue
        wrong = slip(term, rng, table)
        if wrong is not None:
            sentence = rng.choice(prose)
            cut = rng.randrange(len(sentence) + 1)
            cases.append((term, wrong, sentence[:cut] + "，" + wrong + "，" + sentence[cut:], cut + 1))

    def found(off: bool) -> tuple[int, int, list[str]]:
        saved = finder._cut_slips
        if off:
            finder._cut_slips = lambda text, folded, offsets: []
        try:
            hit, missed = 0, []
            for term, wrong, text, at in cases:
                if any(h.start < at + len(wrong) and at < h.end for h in finder.find(text)):
                    hit += 1
                else:
                    missed.append(f"{wrong} ← {term}")
            alarms = sum(1 for s in prose if finder.find(s))
        finally:
            finder._cut_slips = saved
        return hit, alarms, missed

    before = found(True)
    after = found(False)
    print(f"术语拼音切分错字（生成 {len(cases)} 条，术语 {len(finder._cut_forms)} 个中四字以上者各一条，seed {args.seed}）")
    print(f"| | 不含术语切分层 | 含术语切分层 |\n|---|---|---|\n| 找到 | {before[0]}/{len(cases)} | {after[0]}/{len(cases)} |"
          f"\n| 真实政务文本误报（{len(prose)} 句） | {before[1]} | {after[1]} |")
    for line in after[2][:args.show]:
        print("漏：", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
