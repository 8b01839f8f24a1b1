"""Coverage of county-level division names by the typo rule: slips of county names in real prose (generated).

    python bench/division_typo_coverage.py [--seed 0] [--show-misses 20]

**This is generated data, written alongside the code** — not a labelled set. For every county-level division of the
gazetteer (``content_typo.county_names``: counties, county-level cities, districts, banners by their full names) the
script makes one look-alike (形近) and one sound-alike (音近) misspelling of one character with the tables of
``bench/typo_coverage.py`` (the project's own ``charsim`` tables), writes it into a sentence of real government
prose (``scripts/data/gov_prose_negatives.txt``), and runs the typo rule as an account of the county's province
(registry region = the province) and as an account without a region. Before = the rule without county names.

It also checks that no division name is reported as a slip of another: every division of the gazetteer (all levels)
written correctly into prose, screened as an account whose region names every province (the widest context), must
give no finding on the name. Because the slips are made by the tables the rule reads, the figure measures coverage
(which names the lexicon knows and which exceptions hold), not real-world recall.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from typo_coverage import PROSE, common_chars, ratio, slips  # noqa: E402

from detectors.content_typo import TypoFinder, county_names, division_names, load_terms  # noqa: E402
from detectors.places import gazetteer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    common, by_sound = common_chars()
    terms = load_terms()
    known = frozenset(t.correct for t in terms) | division_names()
    after = TypoFinder(terms)
    before = TypoFinder([t for t in terms if not t.places])
    prose = [s for s in PROSE.read_text(encoding="utf-8").splitlines() if s.strip() and not s.startswith("#")]
    provinces = {d.name for d in gazetteer().divisions.values() if d.level == 1}
    cases = []
    for name, places in county_names().items():
        region = next((p for p in places if p in provinces), "")
        for wrong, how in slips(name, rng, common, by_sound, known):
            host = rng.choice(prose)
            commas = [k for k, ch in enumerate(host) if ch == "，"]
            cut = rng.choice(commas) + 1 if commas else 0
            text = host[:cut] + wrong + "，" + host[cut:]
            cases.append((name, name[-1], how, text, cut, cut + len(wrong), region))

    def found(finder: TypoFinder, text: str, a: int, b: int, region: str, name: str) -> tuple[bool, bool, int]:
        hits = finder.find(text, region=region)
        on = [h for h in hits if h.start < b and a < h.end]
        return bool(on), any(h.correct == name for h in on), len(hits) - len(on)

    rows: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    stray = defaultdict(int)
    misses = []
    for name, level, how, text, a, b, region in cases:
        for label, finder, reg in (("之前", before, region), ("之后·本省账号", after, region), ("之后·无地区", after, "")):
            f, r, s = found(finder, text, a, b, reg, name)
            rows[(label, level)].append((f, r))
            rows[(label, how)].append((f, r))
            rows[(label, "合计")].append((f, r))
            stray[label] += s
            if label == "之后·本省账号" and not r:
                misses.append((name, text[a:b], how))
    print("生成数据（与代码一起写成，不是标注集）：县级区划名称错字的覆盖，不是真实召回率。")
    print(f"县级区划 {len(county_names())} 个，错字 {len(cases)} 处；之前 = 不含县级区划的词库\n")
    print("| 分组 | 错字数 | 之前 纠正对 | 之后（本省账号） 纠正对 | 之后（无地区） 纠正对 |")
    print("|---|---|---|---|---|")
    for key in ("县", "区", "市", "旗", "形近", "音近", "合计"):
        cells = [rows[(label, key)] for label in ("之前", "之后·本省账号", "之后·无地区")]
        n = len(cells[0])
        print(f"| {key} | {n} | " + " | ".join(ratio(sum(r for _f, r in c), n) for c in cells) + " |")
    print("\n改动句中错字以外的发现：" + "，".join(f"{k} {v}" for k, v in stray.items()))
    # no division name is a slip of another, in the widest context
    widest = "".join(sorted(provinces))
    flagged = []
    for k, name in enumerate(sorted(division_names())):
        host = prose[k % len(prose)]
        text = name + "，" + host
        hits = [h for h in after.find(text, region=widest) if h.start < len(name)]
        if hits:
            flagged.append((name, hits[0].correct))
    print(f"区划全称写对、被报为另一区划错字：{len(flagged)}/{len(division_names())}")
    for name, correct in flagged[:20]:
        print(f"  {name} → {correct}")
    if args.show_misses:
        print(f"\n本省账号仍未纠正对的 {len(misses)} 处（前 {args.show_misses} 处）：")
        for name, wrong, how in misses[:args.show_misses]:
            print(f"  {name} → {wrong}（{how}）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
