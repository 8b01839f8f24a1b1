"""A prefecture's name followed by one of its own counties' names, without the level word (generated).

    python bench/division_pair_coverage.py [--show 20]

**This is generated data, written alongside the code** — not a labelled set. News and notices name a county with its
prefecture before it and no level word between them (佳木斯抚远, 赣州瑞金: "Jiamusi's Fuyuan"). For every
county-level division of the gazetteer and the prefecture above it, the script writes the prefecture's short form and
the county's short form side by side into a neutral sentence (pair) and counts the typo findings on the pair: the
prefecture's level word is not misspelt there (should be 0). As a recall control, the same prefecture is followed by
the county's first character and then ordinary words (the first character no longer begins a division name): where
the rule reads that character as a slip of the level word, it should still (the count should not fall).

Before/after: run this script on each checkout. No labelled post is read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors.content_typo import TypoFinder, load_terms  # noqa: E402
from detectors.places import gazetteer  # noqa: E402

PAIR = "{pref}{county}特色农产品品牌直供，市民可在线下单。"
CONTROL = "{pref}{first}开展冬季安全检查，市民可在线下单。"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, help="list this many pairs still flagged")
    args = ap.parse_args(argv)
    finder = TypoFinder(load_terms())
    gaz = gazetteer().divisions
    pairs = set()
    for d in gaz.values():
        if d.level != 3 or d.parent not in gaz:
            continue
        pref = gaz[d.parent]
        if pref.level != 2 or len(pref.short) < 2 or len(d.short) < 2 or d.short.startswith(pref.short):
            continue
        pairs.add((pref.short, d.short))
    flagged, control, shown = [], 0, 0
    for pref, county in sorted(pairs):
        text = PAIR.format(pref=pref, county=county)
        end = len(pref) + len(county)
        if any(h.start < end for h in finder.find(text)):
            flagged.append((pref, county))
        ctext = CONTROL.format(pref=pref, first=county[0])
        control += any(h.start < len(pref) + 1 for h in finder.find(ctext))
    print("生成数据（与代码一起写成，不是标注集）：地级市简称后紧跟本市所辖县级区划简称（不带“市”字）。")
    print("| 检查 | 条数 | 被标为错别字 |")
    print("|---|---|---|")
    print(f"| 地级市 + 所辖县级区划（应为 0） | {len(pairs)} | {len(flagged)} |")
    print(f"| 对照：地级市 + 该县首字 + 普通词（召回，不应减少） | {len(pairs)} | {control} |")
    for pref, county in flagged[:args.show]:
        print(f"    {pref}{county}")
        shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
