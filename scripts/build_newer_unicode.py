"""Write detectors/data/unicode_newer.txt: what the run's Unicode data does not know yet, from a newer Unicode.

    pip install unicodedata2      # the Unicode Character Database of the newest Unicode, compiled (Apache-2.0)
    python scripts/build_newer_unicode.py

Python's ``unicodedata`` carries the Unicode version its interpreter was built with (Python 3.11: Unicode 14.0.0).
Every code point assigned later is unassigned to it (general category Cn): NFKC leaves it as it is, it has no
numeric value and no category, so a name that writes a hotline with Unicode 16's OUTLINED DIGIT ONE … FIVE
(U+1CCF1…) reads as no digits at all, where the same number in full-width or circled digits folds to 12345. This
script lists, for every code point that ``unicodedata2`` (a newer Unicode Character Database, written into the
file's header) assigns and the run's ``unicodedata`` does not, what ``detectors.textnorm`` needs to fold it as the
newer Unicode does — no list of characters, the whole difference between the two versions:

- ``nfkc``: a compatibility decomposition (``<font>``, ``<super>``, ``<sub>``, ``<circle>``, ``<compat>`` …); the fold
  is its NFKC under the newer Unicode (OUTLINED DIGIT ONE → 1, MODIFIER LETTER CAPITAL S → S);
- ``digit``: a decimal digit (Nd) of a newer script → its value (as ``detectors.names`` reads any script's digits);
- ``number``: a number character (Nl, No) whose numeric value is one digit 0–9 → that digit (as
  ``textnorm.numeral_digits``);
- ``mark``: a nonspacing or enclosing combining mark (Mn, Me): read like the marks the run knows
  (``textnorm.is_separator_mark``); no fold;
- ``none``: every other newly assigned code point but letters of category Lo (the new scripts' letters and
  ideographs, thousands, with nothing to fold): symbols, other letters, punctuation — listed with their names so
  that a coverage check can see what a newer Unicode calls a digit or a letter even where nothing is folded.

Columns: ``U+XXXX<TAB>kind<TAB>fold<TAB>general category<TAB>Unicode name``; the fold is written as code points
(``U+0031``, several separated by spaces) so that the file shows no invisible or combining character raw.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

if __name__ == "__main__":  # --help answers without the build-time dependency
    argparse.ArgumentParser(description="写 detectors/data/unicode_newer.txt：新版 Unicode（PyPI unicodedata2）已分配、"
                                        "本解释器的 unicodedata 还不认识的码位及其 NFKC、数字值或组合符类别").parse_args()

try:
    import unicodedata2
except ImportError:  # pragma: no cover - a build-time tool
    sys.exit("build_newer_unicode.py needs the newer Unicode data: pip install unicodedata2")

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "unicode_newer.txt"
# Planes 0-3 hold every letter, digit, symbol and ideograph; plane 14 the tags and variation selectors.
PLANES = (*range(0x40000), *range(0xE0000, 0xF0000))


def row(cp: int) -> tuple[str, str] | None:
    """(kind, fold) of a code point the newer data assigns and the run's does not; None to leave it out."""
    ch = chr(cp)
    category = unicodedata2.category(ch)
    nfkc = unicodedata2.normalize("NFKC", ch)
    if nfkc != ch:
        return "nfkc", nfkc
    if category == "Nd":
        return "digit", str(unicodedata2.decimal(ch))
    value = unicodedata2.numeric(ch, None)
    if category in ("Nl", "No") and value is not None and value == int(value) and 0 <= value <= 9:
        return "number", str(int(value))
    if category in ("Mn", "Me"):
        return "mark", ""
    if category == "Lo":
        return None
    return "none", ""


def main() -> int:
    lines = [
        f"# Code points assigned by Unicode {unicodedata2.unidata_version} (PyPI unicodedata2 "
        f"{getattr(unicodedata2, '__version__', unicodedata2.unidata_version)}) and unassigned in Unicode "
        f"{unicodedata.unidata_version} (the Python unicodedata of the build), but letters of category Lo that fold to",
        "# nothing; made by scripts/build_newer_unicode.py. Read by detectors.textnorm (newer_unicode) for the code",
        "# points the run's own unicodedata does not know.",
        "# code point<TAB>kind (nfkc: compatibility decomposition, folded to its NFKC; digit: a decimal digit; number:",
        "# a number worth one digit; mark: a combining mark; none: nothing to fold)<TAB>fold as code points<TAB>",
        "# general category<TAB>Unicode name",
    ]
    counts: dict[str, int] = {}
    for cp in PLANES:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if unicodedata2.category(ch) == "Cn" or unicodedata.category(ch) != "Cn":
            continue
        found = row(cp)
        if found is None:
            continue
        kind, fold = found
        counts[kind] = counts.get(kind, 0) + 1
        lines.append("\t".join((f"U+{cp:04X}", kind, " ".join(f"U+{ord(c):04X}" for c in fold),
                                unicodedata2.category(ch), unicodedata2.name(ch, ""))))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
