"""Write detectors/data/separator_letters.txt: letters drawn as a separator (a thin stroke or a dot), not a word.

    python scripts/build_separator_letters.py [--fonts-dir /usr/share/fonts]

Impostors break a registered name with a visible mark that Unicode files as a *letter* (general category L*), so
that dropping symbols, punctuation and combining marks does not remove it: ǀ U+01C0 LATIN LETTER DENTAL CLICK (a
vertical bar), ᐧ U+1427 CANADIAN SYLLABICS FINAL MIDDLE DOT, ー U+30FC the prolonged sound mark (a dash), ˈ U+02C8
MODIFIER LETTER VERTICAL LINE. No list of them is kept; every assigned letter of planes 0-1 is looked at:

* never looked at, as genuine name characters: CJK ideographs (一 丨 丶 are ideographs; ``detectors.names`` reads
  丨 丶 on their own), letters whose NFKC form is ASCII (Latin letters of names such as e政, full-width ｅ), letters
  that fold to something else through the glyph and Unicode tables (``detectors.names._glyph_fold_table``: エ → 工,
  ⻔ → 门) and the Default_Ignorable fillers (dropped anyway);
* **stroke** / **dot** (the rule): the letter's outline in the first installed font that maps it — Noto Sans CJK SC
  first, the CJK font names are shown in, then every other font under ``--fonts-dir`` — is one thin stroke (its ink
  box at most ``STROKE`` of the em thick, at most ``LENGTH`` long and at most ``ASPECT`` as thick as it is long) or
  a dot (at most ``DOT`` of the em each way, and not empty);
* **name** (for the others, and for letters no installed font maps): the Unicode name names a mark — one of
  ``NAME_WORDS`` (DOT, CLICK, VERTICAL LINE, …);
* **bar**: a letter in its own right — its Unicode name spells a base letter ("LETTER … I", "TURNED L"), carries a
  mark ("WITH") or is a syllable, or ``detectors.textnorm.lookalike_digits`` reads it as a digit (Ӏ, ı, І for 1) —
  or a number character (Nl, No: 〡 HANGZHOU NUMERAL ONE; decimal digits Nd never) is listed only when drawn as one
  thin *vertical* stroke, and is read as a separator only between two ideographs (宜城Ӏ发布, 宜城〡发布), where no
  script's letter or digit makes a word; elsewhere it stays the letter or digit it is. Horizontal ones (ㄧ
  BOPOMOFO LETTER I) are drawn like 一 and stay letters.
* **script** (the rest of the letters): a letter of a script no Chinese account name is written in — neither Han,
  nor the scripts names borrow words or digits from (Latin, Greek, Cyrillic, kana, Hangul), nor a script of a language
  of China (``NAME_SCRIPTS``: Mongolian, Tibetan, Arabic, Yi, Lisu, the Tai scripts of the Dai, Miao, Nüshu; Tangut
  and Khitan are drawn as ideographs) — is a mark wherever it stands, whatever its glyph: ㄧ BOPOMOFO LETTER I inside
  浦北ㄧㄧ发布 or 横州1234ㄧ5, ღ GEORGIAN LETTER GHAN around a name, ᚁ OGHAM, ⵏ TIFINAGH. The script is read from the
  Unicode name of the letter and of its NFKC form (their first words); a letter ``lookalike_letters``
  reads as an ideograph (ㄈ → 匚, data/lookalike_letters.txt) is left to that table unless that ideograph is one
  stroke (一 丨 丶 丿 乙 亅: ㄧ is a dash, not the numeral), and a letter without a name is left alone
  (unassigned ideograph-like blocks).

The Unicode version is that of the running Python's ``unicodedata`` and is written into the file's header.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTCollection, TTFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.names import DATA_DIR, _glyph_fold_table
from detectors.textnorm import INVISIBLE, lookalike_digits

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "separator_letters.txt"
CJK_FACE = "Noto Sans CJK SC"
STROKE = 0.2  # a stroke's ink box is at most this thick (of the em) ...
LENGTH = 1.0  # ... at most this long ...
ASPECT = 0.35  # ... and at most this thick for its length (a bar, not a blob)
DOT = 0.25  # a dot's ink box is at most this wide and high
NAME_WORDS = ("DOT", "BULLET", "VERTICAL LINE", "VERTICAL BAR", "STROKE", "DASH", "CLICK", "SEPARATOR", "TILDE",
              "MACRON", "TATWEEL", "PROLONGED SOUND MARK", "HYPHEN")
# Scripts a Chinese account name is written in, by the first words of their letters' Unicode names: Han and its
# compatibility forms, the scripts names borrow words, initials or digits from (Latin, Greek, Cyrillic, Japanese kana,
# Hangul: 延边's Korean; kana's variant Hentaigana and the vertical kana and ideograph repeat marks; the turned and
# Roman-numeral letterlike symbols of Latin), the scripts of the languages of China in official use (Mongolian — also Xibe and Todo —,
# Tibetan, Arabic — Uyghur, Kazakh, Kyrgyz —, Yi, Lisu, the Dai scripts Tai Le, New Tai Lue, Tai Tham, Miao, Nüshu)
# and the ideograph-like Tangut and Khitan. Every other letter is of a script never written in such a name.
NAME_SCRIPTS = ("CJK ", "IDEOGRAPHIC ", "LATIN ", "MODIFIER ", "GREEK ", "CYRILLIC ", "HIRAGANA ", "KATAKANA",
                "HALFWIDTH ", "HANGUL ", "MONGOLIAN ", "TIBETAN ", "ARABIC ", "YI ", "LISU ", "TAI LE ", "NEW TAI LUE ",
                "TAI THAM ", "MIAO ", "NUSHU ", "TANGUT ", "KHITAN ", "HENTAIGANA ", "VERTICAL ", "TURNED ", "ROMAN ")
# a name that spells a base letter (LETTER … I, L, A), a letter carrying a mark (WITH) or a syllable is a letter
_SPELLED_LETTER = re.compile(r"\bLETTER\b.*\b[A-Z]\b|\bWITH\b|\bSYLLABLE\b")


def fonts(root: Path) -> list[TTFont]:
    """Noto Sans CJK SC first, then every other font face under ``root``."""
    faces: list[TTFont] = []
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() in (".ttc", ".otc"):
            faces += list(TTCollection(str(path), lazy=True).fonts)
        elif path.suffix.lower() in (".ttf", ".otf"):
            faces.append(TTFont(str(path), lazy=True))
    return sorted(faces, key=lambda f: f["name"].getDebugName(1) != CJK_FACE)


def candidates() -> list[tuple[int, bool]]:
    """(code point, whether it is a letter or number in its own right: its name spells a base letter, it is read
    as a digit, or it is a number character, Nl or No) for every letter and number that may be drawn as a mark."""
    digits = {ord(c) for c in lookalike_digits()}
    skip = set(_glyph_fold_table()) | INVISIBLE
    out = []
    for cp in range(0x20000):
        ch = chr(cp)
        name = unicodedata.name(ch, "")
        category = unicodedata.category(ch)
        if (category[0] != "L" and category not in ("Nl", "No")) or name.startswith("CJK "):
            continue
        nfkc = unicodedata.normalize("NFKC", ch)
        # a letter the fold tables map is read as what it maps to; a number keeps its digit unless drawn as a bar
        if nfkc.isascii() or (category[0] == "L" and any(c in skip for c in (cp, *map(ord, nfkc)))):
            continue
        out.append((cp, category[0] == "N" or cp in digits or any(ord(c) in digits for c in nfkc)
                    or bool(_SPELLED_LETTER.search(name))))
    return out


# The six Kangxi radicals of one stroke (U+2F00–2F05, by NFKC: 一 丨 丶 丿 乙 亅): a letter drawn like one of them is
# a stroke between the parts of a name, not a word (丨 丶 are dropped by ``detectors.names`` as well).
ONE_STROKE_IDEOGRAPHS = frozenset(unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2F06))


@lru_cache(maxsize=1)
def drawn_as_ideograph() -> dict[str, str]:
    """data/lookalike_letters.txt as written (letter → ideograph), read raw: ``detectors.names.lookalike_letters``
    leaves out the letters this table lists."""
    rows = (line.split("\t") for line in (DATA_DIR / "lookalike_letters.txt").read_text(encoding="utf-8").splitlines()
            if line.startswith("U+"))
    return {row[1]: row[2] for row in rows}


def drawn_as(ch: str, nfkc: str) -> str | None:
    """The ideograph data/lookalike_letters.txt reads the letter (or its NFKC form) as, or None."""
    table = drawn_as_ideograph()
    return table.get(ch) or table.get(nfkc)


def foreign_script(cp: int) -> str | None:
    """The script of a letter no Chinese account name writes, as the first word of its Unicode name ("BOPOMOFO"),
    or None: a letter of ``NAME_SCRIPTS`` (by its own name or its NFKC form's: ﬃ, ㍿), a letter without a name, a
    letter read as an ideograph other than a one-stroke one (ㄈ → 匚 stays a look-alike; ㄧ, drawn as 一, is a mark)."""
    ch = chr(cp)
    nfkc = unicodedata.normalize("NFKC", ch).strip()
    name = unicodedata.name(ch, "")
    if (not name or unicodedata.category(ch)[0] != "L" or name.startswith(NAME_SCRIPTS)
            or (nfkc and unicodedata.name(nfkc[0], "").startswith(NAME_SCRIPTS))
            or drawn_as(ch, nfkc) not in (None, *ONE_STROKE_IDEOGRAPHS)):
        return None
    return name.split(" ")[0]


def glyph_shape(bounds: tuple[float, float, float, float] | None, em: int) -> str | None:
    """"stroke" or "dot" when the ink box is one thin stroke or a dot, else None (an empty glyph is not a mark)."""
    if bounds is None:
        return None
    width, height = (bounds[2] - bounds[0]) / em, (bounds[3] - bounds[1]) / em
    if width <= DOT and height <= DOT:
        return "dot"
    if min(width, height) <= STROKE and max(width, height) <= LENGTH and min(width, height) <= ASPECT * max(width, height):
        return "stroke"
    return None


def named_mark(name: str) -> bool:
    return any(re.search(rf"\b{word}\b", name) for word in NAME_WORDS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fonts-dir", default="/usr/share/fonts")
    args = ap.parse_args()
    loaded = [(f["name"].getDebugName(1), f["head"].unitsPerEm, f.getBestCmap() or {}, f.getGlyphSet())
              for f in fonts(Path(args.fonts_dir))]
    found: list[tuple[int, str]] = []
    for cp, letter in candidates():
        how = ""
        for face, em, cmap, glyphs in loaded:
            if cp in cmap:
                pen = BoundsPen(glyphs)
                glyphs[cmap[cp]].draw(pen)
                shape = glyph_shape(pen.bounds, em)
                if letter:  # a letter drawn as a vertical bar (Ӏ, ı, ᴉ) is a bar only between two ideographs
                    vertical = shape == "stroke" and pen.bounds[3] - pen.bounds[1] > pen.bounds[2] - pen.bounds[0]
                    how = f"bar:{face}" if vertical else ""
                elif shape == "stroke":  # which way the stroke runs: a vertical one is also a bar beside digits
                    vertical = pen.bounds[3] - pen.bounds[1] > pen.bounds[2] - pen.bounds[0]
                    how = f"stroke-{'v' if vertical else 'h'}:{face}"
                else:
                    how = f"{shape}:{face}" if shape else ""
                break
        if not how and not letter and named_mark(unicodedata.name(chr(cp), "")):
            how = "name"
        if not how and (script := foreign_script(cp)):
            how = f"script:{script}"
        if how:
            found.append((cp, how))
    lines = ["# Letters (general category L*) and numbers (Nl, No) drawn as a separator: a thin stroke or a dot; made by",
             f"# scripts/build_separator_letters.py from Unicode {unicodedata.unidata_version} (Python unicodedata)",
             "# and the installed fonts (Noto Sans CJK SC first). code point<TAB>how it was found (stroke-v:FONT,",
             "# stroke-h:FONT (a vertical or horizontal stroke), dot:FONT: the glyph's ink box in that font; name:",
             "# its Unicode name names a mark: DOT, CLICK, …;",
             "# bar:FONT: a letter in its own right drawn as a vertical bar, a separator only between ideographs;",
             "# script:SCRIPT: a letter of a script no Chinese account name is written in, e.g. script:BOPOMOFO)",
             "# <TAB>Unicode name"]
    lines += [f"U+{cp:04X}\t{how}\t{unicodedata.name(chr(cp), '')}" for cp, how in found]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} separator letters written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
