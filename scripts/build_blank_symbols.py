"""Write detectors/data/blank_symbols.txt: symbol code points that render as nothing (no ink), used as spaces.

    python scripts/build_blank_symbols.py [--fonts-dir /usr/share/fonts]

Every assigned code point of the symbol and punctuation categories (S*, P*) and of the letter-like fillers (Lo
without a glyph shape is not looked at) in planes 0-1 is looked up in the installed fonts (fontTools, every font
of every collection under ``--fonts-dir``); one whose glyph has no outline in the first font that maps it (the
glyph's bounds are empty: a space-like glyph) is blank. A code point no installed font maps is blank when its
Unicode name says so (NULL, BLANK or SPACE in a symbol's name: U+1D159 MUSICAL SYMBOL NULL NOTEHEAD), since
nothing can be rendered to check. Default-ignorable code points are left out (``detectors.textnorm`` drops them).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTCollection, TTFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.textnorm import INVISIBLE

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "blank_symbols.txt"
NAME_WORDS = ("NULL", "BLANK", "SPACE")


def fonts(root: Path) -> list[TTFont]:
    out = []
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() in (".ttc", ".otc"):
            out += list(TTCollection(str(path), lazy=True).fonts)
        elif path.suffix.lower() in (".ttf", ".otf"):
            out.append(TTFont(str(path), lazy=True))
    return out


def candidates() -> list[int]:
    return [cp for cp in range(0x20000) if not 0xD800 <= cp <= 0xDFFF and cp not in INVISIBLE
            and unicodedata.category(chr(cp))[0] in ("S", "P") and cp > 0x7F]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fonts-dir", default="/usr/share/fonts")
    args = ap.parse_args()
    loaded = [(f, f.getBestCmap() or {}, f.getGlyphSet()) for f in fonts(Path(args.fonts_dir))]
    blank: list[tuple[int, str]] = []
    for cp in candidates():
        for _font, cmap, glyphs in loaded:
            if cp in cmap:
                pen = BoundsPen(glyphs)
                glyphs[cmap[cp]].draw(pen)
                if pen.bounds is None:
                    blank.append((cp, "font"))
                break
        else:
            name = unicodedata.name(chr(cp), "")
            # the Control Pictures (SYMBOL FOR NULL, ␀) are drawings of a control's name, not blanks
            if not name.startswith("SYMBOL FOR") and any(w in name.split() for w in NAME_WORDS):
                blank.append((cp, "name"))
    lines = ["# Symbol and punctuation code points that render as nothing; made by scripts/build_blank_symbols.py",
             "# code point<TAB>how it was found (font: empty glyph in an installed font; name: no font maps it,",
             "# its Unicode name says NULL/BLANK/SPACE)<TAB>Unicode name"]
    lines += [f"U+{cp:04X}\t{how}\t{unicodedata.name(chr(cp), '')}" for cp, how in blank]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(blank)} blank symbols written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
