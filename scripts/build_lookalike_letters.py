"""Write detectors/data/lookalike_letters.txt: letters of other scripts drawn like a Chinese ideograph (ロ → 口).

    python scripts/build_lookalike_letters.py [--yi-font NotoSansYi-Regular.ttf] [--threshold 0.85]

Impostors replace one character of a registered name by a letter of another script that looks like it: a katakana
letter (ロ for 口, カ for 力, ト for 卜), a bopomofo or hangul letter (ㄇ for 冂, ㅁ for 口), a Cyrillic or Greek one
(Ш for 山), a Yi syllable, a radical or stroke code point. No list of pairs is kept; every code point of the
candidate blocks (``BLOCKS``: kana, halfwidth forms, hangul jamo, compatibility jamo and syllables, bopomofo, Yi,
CJK radicals, Kangxi radicals, CJK strokes, enclosed CJK, CJK compatibility, Latin, Greek and Cyrillic letters) is
looked at:

* skipped: code points without a name; those whose NFKC form is not one character (㌀ → アパート: a word), is a CJK
  ideograph (㊤ → 上: NFKC already reads it) or is ASCII or an ASCII letter with a mark (Latin letters are a genuine
  part of Chinese names — B站, T恤, K歌, e政务, pinyin with its tone marks, Shāndōng — and the pinyin and initials
  layers read them); symbols and punctuation other than the radical,
  stroke and enclosed blocks; code points the glyph and Unicode fold tables already map to an ideograph
  (``detectors.names._glyph_fold_table``: ⻔ → 门), the Default_Ignorable fillers and the letters drawn as separators
  or bars (``detectors.textnorm.SEPARATOR_LETTERS``, ``BAR_LETTERS``: ー, ㅡ, ㅣ);
* drawn: the code point (as NFKC writes it: halfwidth ﾛ is ロ) with the first font that maps it — Noto Sans CJK SC
  (the face the glyph tables use), then Noto Sans Yi (``--yi-font``, for the Yi blocks), then DejaVu Sans — and every
  ideograph of GB 2312 (the 6,763 characters unit names are written in, the targets of ``build_glyph_table.py``)
  with Noto Sans CJK SC. Each glyph is cut to its ink box and scaled, keeping its proportions, into a 32×32 square:
  kana and jamo are drawn smaller than ideographs in the em box, and the reader compares shapes, not sizes;
* compared: the *similarity* of a letter and an ideograph is the mean of (1) the blurred-glyph cosine
  (Gaussian σ=2 px, mean removed, as the glyph tables measure it) and (2) the two-way ink coverage: the share of
  the letter's ink within 2 px of the ideograph's ink and of the ideograph's ink within 2 px of the letter's, the
  smaller of the two (an ideograph with strokes the letter lacks is not covered: 亘 is no ㅍ). The letter is also
  drawn turned by ±4° and ±8° (katakana and bopomofo strokes slant where the ideograph's are level) and the best
  reading is kept. A letter is listed with its most similar ideograph when that similarity reaches ``THRESHOLD``
  and beats the next ideograph's by ``MARGIN`` (one ideograph stands out: a busy glyph — a hangul or Yi syllable —
  is about as close to many busy ideographs, 曹 普 誉, and imitates none of them), and the two are about as busy
  (``strokes``: ink runs met by every row and column, within ``BUSY_RATIO`` of each other; letters busier than the
  busiest labelled look-alike letter by ``BUSY_RATIO`` are not compared at all).

The threshold is justified by a small labelled list (``KNOWN_PAIRS``: letters taken from the ideograph or drawn
like it, by the scripts' own history — katakana and bopomofo were cut from ideographs — and general knowledge;
``KNOWN_NON_PAIRS``: each a letter with the ideograph it scores best against, that no reader takes for it); the
script prints how many of each reach it, and writes the count into the file's header. The table is read only for
a letter standing alone between ideographs (``detectors.names``): a word of its own script (ロフト, ラーメン) is
never read as ideographs.

Deterministic: fixed sizes and fonts, no randomness; the Unicode version of the running Python and the fonts'
names and versions are written into the header.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import numpy as np
from fontTools.ttLib import TTCollection, TTFont
from PIL import Image, ImageDraw, ImageFont
from scipy.ndimage import binary_dilation, gaussian_filter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.names import _glyph_fold_table, _is_cjk
from detectors.textnorm import BAR_LETTERS, INVISIBLE, SEPARATOR_LETTERS

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "lookalike_letters.txt"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_INDEX = 2  # the SC face of the collection
YI_FONT = "/usr/share/fonts/truetype/noto/NotoSansYi-Regular.ttf"  # Debian fonts-noto-core
FALLBACK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
THRESHOLD = 0.85
DRAW = 96  # pixel size the glyphs are drawn at
SIDE = 32  # the square every ink box is scaled into
NEAR = 2  # pixels of tolerance of the ink coverage
BLUR = 2.0  # σ of the blurred-glyph cosine
ANGLES = (0, -4, 4, -8, 8)  # the letter is also read turned by these degrees
MARGIN = 0.05  # the best ideograph must be this much more similar than the next one
BUSY_RATIO = 1.3  # a letter and an ideograph are compared only when neither meets 1.3 times the other's strokes

BLOCKS = (
    ("Latin", 0x0041, 0x024F), ("IPA and modifier letters", 0x0250, 0x02FF), ("Greek", 0x0370, 0x03FF),
    ("Cyrillic", 0x0400, 0x052F), ("Hangul Jamo", 0x1100, 0x11FF), ("CJK Radicals Supplement", 0x2E80, 0x2EFF),
    ("Kangxi Radicals", 0x2F00, 0x2FDF), ("CJK Symbols (letters)", 0x3005, 0x3007),
    ("Hiragana", 0x3040, 0x309F), ("Katakana", 0x30A0, 0x30FF), ("Bopomofo", 0x3100, 0x312F),
    ("Hangul Compatibility Jamo", 0x3130, 0x318F), ("Bopomofo Extended", 0x31A0, 0x31BF),
    ("CJK Strokes", 0x31C0, 0x31EF), ("Katakana Phonetic Extensions", 0x31F0, 0x31FF),
    ("Enclosed CJK Letters and Months", 0x3200, 0x32FF), ("CJK Compatibility", 0x3300, 0x33FF),
    ("Yi Syllables", 0xA000, 0xA48F), ("Yi Radicals", 0xA490, 0xA4CF), ("Hangul Jamo Extended-A", 0xA960, 0xA97F),
    ("Hangul Syllables", 0xAC00, 0xD7A3), ("Hangul Jamo Extended-B", 0xD7B0, 0xD7FF),
    ("Halfwidth and Fullwidth Forms", 0xFF00, 0xFFEF),
)

# Labelled pairs: letters that are (part of) the ideograph they were cut from, or drawn as it, read alike by a reader.
KNOWN_PAIRS = ("ロ口", "エ工", "カ力", "タ夕", "ニ二", "ハ八", "ト卜", "チ千", "ヌ又", "ヨ彐", "キ丰", "ㅁ口", "ㄇ冂",
               "ㄈ匚", "ㄩ凵", "ㄚ丫", "ㄙ厶", "ㄠ幺", "ㄏ厂", "ㄖ日", "ㄕ尸", "ㄦ儿", "ㄡ又", "ㄒ丁", "Ш山", "Ξ三")
# Labelled non-pairs: a letter and the ideograph it scores best against, which no reader takes for it.
KNOWN_NON_PAIRS = ("ㅎ古", "ㄹ臼", "ㅍ苁", "あ宓", "ㄝ仕", "Ф巾", "ㅌ旺", "Ж米", "ア丁", "ス又", "の卯", "ん厶", "ㄜ古",
                   "ᄆ巾", "λ人", "ㅂ曰", "ㄊ合", "Ω打")


def gb2312_chars() -> list[str]:
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return out


def inventory() -> list[tuple[str, str]]:
    """(the code point as a name carries it after NFKC, the block's code point it came from), every block."""
    skip = set(_glyph_fold_table()) | INVISIBLE | SEPARATOR_LETTERS | BAR_LETTERS
    out: dict[str, str] = {}
    for _block, start, end in BLOCKS:
        for cp in range(start, end + 1):
            ch = chr(cp)
            if not unicodedata.name(ch, ""):
                continue
            key = unicodedata.normalize("NFKC", ch)
            base = unicodedata.normalize("NFD", key)[0]  # à, ǎ, Ì: an ASCII letter with a mark (pinyin tones)
            if len(key) != 1 or base.isascii() or _is_cjk(key) or ord(key) in skip or ord(ch) in skip:
                continue
            category = unicodedata.category(key)
            if category[0] not in "LN" and not (category == "So" and 0x2E80 <= start < 0xA000):
                continue  # punctuation and the symbols of the letter blocks are dropped from names anyway
            out.setdefault(key, ch)
    return sorted(out.items(), key=lambda item: ord(item[0]))


class Faces:
    """The fonts in order of use, each with its character map."""

    def __init__(self, paths: list[tuple[str, int]]):
        self.faces = []
        for path, index in paths:
            tt = TTCollection(path, lazy=True).fonts[index] if path.endswith((".ttc", ".otc")) else TTFont(path, lazy=True)
            name = tt["name"]
            label = f"{name.getDebugName(4)} ({name.getDebugName(5)})"
            self.faces.append((label, set(tt.getBestCmap()), ImageFont.truetype(path, DRAW, index=index)))

    def face(self, ch: str):
        return next(((label, font) for label, cmap, font in self.faces if ord(ch) in cmap), (None, None))


def bitmap(ch: str, font, angle: float = 0.0) -> np.ndarray | None:
    """The glyph's ink, cut to its box and scaled (proportions kept) into a SIDE × SIDE square."""
    img = Image.new("L", (DRAW * 2, DRAW * 2), 0)
    ImageDraw.Draw(img).text((DRAW, DRAW), ch, fill=255, font=font, anchor="mm")
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC)
    box = img.getbbox()
    if not box:
        return None
    glyph = img.crop(box)
    w, h = glyph.size
    scale = SIDE / max(w, h)
    glyph = glyph.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.LANCZOS)
    square = Image.new("L", (SIDE, SIDE), 0)
    square.paste(glyph, ((SIDE - glyph.size[0]) // 2, (SIDE - glyph.size[1]) // 2))
    ink = np.asarray(square) >= 100
    return ink if ink.any() else None


def strokes(ink: np.ndarray) -> int:
    """How many strokes a line across the glyph meets, summed over every row and column (ink runs): a measure of
    how busy the glyph is, about proportional to its number of strokes."""
    padded = np.pad(ink, 1).astype(np.int8)
    return int((np.diff(padded, axis=0) == 1).sum() + (np.diff(padded, axis=1) == 1).sum())


def features(inks: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per glyph: the ink (flat, float), the ink widened by NEAR pixels, the blurred glyph (mean removed, unit)."""
    n = len(inks)
    flat = inks.reshape(n, -1).astype(np.float32)
    disc = np.add.outer(np.arange(-NEAR, NEAR + 1) ** 2, np.arange(-NEAR, NEAR + 1) ** 2) <= NEAR ** 2
    near = np.stack([binary_dilation(b, structure=disc) for b in inks]).reshape(n, -1).astype(np.float32)
    blurred = np.stack([gaussian_filter(b.astype(np.float32), BLUR) for b in inks]).reshape(n, -1)
    blurred -= blurred.mean(axis=1, keepdims=True)
    blurred /= np.linalg.norm(blurred, axis=1, keepdims=True) + 1e-9
    return flat, near, blurred


def similarities(letters: np.ndarray, targets: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """letters × targets: mean of the blurred cosine and the two-way ink coverage within NEAR pixels."""
    lf, ln, lb = features(letters)
    tf, tn, tb = targets
    covered_letter = (lf @ tn.T) / lf.sum(axis=1, keepdims=True)  # letter ink near target ink
    covered_target = (ln @ tf.T) / tf.sum(axis=1)[None, :]  # target ink near letter ink
    return (lb @ tb.T + np.minimum(covered_letter, covered_target)) / 2


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cjk-font", default=CJK_FONT)
    ap.add_argument("--yi-font", default=YI_FONT)
    ap.add_argument("--fallback-font", default=FALLBACK_FONT)
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    paths = [(args.cjk_font, CJK_INDEX)] + [(p, 0) for p in (args.yi_font, args.fallback_font) if Path(p).exists()]
    if not Path(args.yi_font).exists():
        print(f"warning: {args.yi_font} missing, Yi letters are drawn by no font and left out", file=sys.stderr)
    faces = Faces(paths)
    cjk_label, cjk = faces.faces[0][0], faces.faces[0][2]
    targets = gb2312_chars()
    tinks = [bitmap(c, cjk) for c in targets]
    keep = [i for i, b in enumerate(tinks) if b is not None]
    targets = [targets[i] for i in keep]
    tfeat = features(np.stack([tinks[i] for i in keep]))
    index = {c: i for i, c in enumerate(targets)}
    tbusy = np.array([strokes(tinks[i]) for i in keep], dtype=np.float64)
    # letters busier than the busiest labelled look-alike letter (by BUSY_RATIO) imitate no simple ideograph
    limit = BUSY_RATIO * max(strokes(bitmap(p[0], faces.face(p[0])[1])) for p in KNOWN_PAIRS)
    print(f"letters drawn with at most {limit:.0f} stroke crossings are compared")

    def score(chars: list[str]) -> tuple[np.ndarray, list[str | None]]:
        """Best similarity over the turned readings, letters × targets, and the font each letter was drawn with."""
        best = np.full((len(chars), len(targets)), -1.0, dtype=np.float32)
        labels: list[str | None] = []
        drawn = []
        busy = np.zeros(len(chars))
        for i, ch in enumerate(chars):
            label, font = faces.face(ch)
            ink = bitmap(ch, font) if font is not None else None
            labels.append(label if ink is not None and (limit is None or strokes(ink) <= limit) else None)
            busy[i] = strokes(ink) if ink is not None else 0
            drawn.append(font)
        rows = [i for i, lab in enumerate(labels) if lab]
        for start in range(0, len(rows), 512):
            chunk = rows[start:start + 512]
            for angle in ANGLES:
                inks = [bitmap(chars[i], drawn[i], angle) for i in chunk]
                ok = [k for k, b in enumerate(inks) if b is not None]
                if ok:
                    sims = similarities(np.stack([inks[k] for k in ok]), tfeat)
                    rows_ok = [chunk[k] for k in ok]
                    best[rows_ok] = np.maximum(best[rows_ok], sims)
        # about as busy as the ideograph: a simple letter does not stand for a busy ideograph, nor the reverse
        ratio = tbusy[None, :] / np.maximum(busy[:, None], 1)
        best[(ratio > BUSY_RATIO) | (ratio < 1 / BUSY_RATIO)] = -1
        return best, labels

    # the labelled list: how many pairs and non-pairs reach the threshold
    checks = []
    for kind, pairs in (("pairs", KNOWN_PAIRS), ("non-pairs", KNOWN_NON_PAIRS)):
        sims, _ = score([p[0] for p in pairs])
        values = [float(sims[k, index[p[1]]]) for k, p in enumerate(pairs)]
        margins = [float(sims[k, index[p[1]]] - np.max(np.delete(sims[k], index[p[1]]))) for k, p in enumerate(pairs)]
        reached = [p for p, v, m in zip(pairs, values, margins) if v >= args.threshold and m >= MARGIN]
        checks.append(f"# labelled {kind}: {len(reached)}/{len(pairs)} reach {args.threshold:.2f} with a margin of "
                      f"{MARGIN} (similarity/margin: "
                      + " ".join(f"{p}:{v:.2f}/{m:+.2f}" for p, v, m in zip(pairs, values, margins)) + ")")
        print(checks[-1][2:])

    letters = inventory()
    sims, labels = score([key for key, _ in letters])
    lines = []
    for k, (key, source) in enumerate(letters):
        if labels[k] is None:
            continue
        second, j = (int(x) for x in np.argsort(-sims[k])[:2][::-1])
        if sims[k, j] >= args.threshold and sims[k, j] - sims[k, second] >= MARGIN:
            via = f" (NFKC of U+{ord(source):04X})" if source != key else ""
            lines.append(f"U+{ord(key):04X}\t{key}\t{targets[j]}\t{sims[k, j]:.3f}\t{labels[k]}\t"
                         f"{unicodedata.name(key, '')}{via}")
    header = [
        "# Letters of other scripts drawn like a Chinese ideograph; made by scripts/build_lookalike_letters.py from",
        f"# Unicode {unicodedata.unidata_version} (Python unicodedata) and the fonts {cjk_label}"
        + "".join(f", {label}" for label, _, _ in faces.faces[1:]) + ";",
        f"# targets: GB 2312 ideographs drawn with {cjk_label}; similarity: mean of blurred cosine and two-way ink",
        f"# coverage within {NEAR} px of the ink boxes scaled to {SIDE} px, letter turned by {ANGLES} degrees; "
        f"threshold {args.threshold:.2f}; letter and ideograph within {BUSY_RATIO} times each other's stroke crossings,",
        f"# letters of at most {limit:.0f} crossings (the busiest labelled look-alike letter times {BUSY_RATIO});",
        f"# the best ideograph at least {MARGIN} more similar than the next (margin).",
        *checks,
        "# code point<TAB>letter<TAB>ideograph<TAB>similarity<TAB>font<TAB>Unicode name",
    ]
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} look-alike letters of {len(letters)} looked at written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
