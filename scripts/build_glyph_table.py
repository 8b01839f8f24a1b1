"""Regenerate ``detectors/data/glyph_similar.txt``: look-alike characters computed from the CJK font's glyphs.

    python scripts/build_glyph_table.py [--font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

Every character is rendered with Noto Sans CJK SC at 44 px at its natural place in the em box (centred on a
48×48 canvas), blurred (Gaussian, σ=1.5) and reduced to 24×24; two glyphs are as similar as the cosine of their
(mean-removed) pixel vectors. The blur makes the measure perceptual rather than pixel-exact: a stroke moved or
added (杜/社 0.93, 锐/税 0.89, 汪/江 0.86) costs little, a different component costs a lot. Its known blind spot: a
component added beside a whole character (州/洲) or a changed half of a two-part character (安/妄) is far on the
whole glyph; the shape tables and the pronunciation layer cover some of those.

Targets are the 6,763 characters of GB 2312 (the characters real unit names are written in). Sources are the same
characters plus CJK Extension A, the CJK radical blocks (⻔ U+2ED4, ⼭ U+2F2D) and the compatibility ideographs,
so a rare character drawn like a common one maps onto it. Each output line is
``source<TAB>neighbour:similarity …`` (at most ``--top`` neighbours with similarity ≥ ``--min``, best first);
a source whose best neighbour reaches ``--same`` is drawn identically (a radical or variant code point) and is
normalised to it before comparison.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "glyph_similar.txt"
SIZE = 48
SMALL = 24


def gb2312_chars() -> list[str]:
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out.append(ch)
    return out


def source_chars(targets: list[str]) -> list[str]:
    extra = [chr(c) for c in range(0x3400, 0x4DC0)]  # Extension A
    extra += [chr(c) for c in range(0x2E80, 0x2FE0)]  # CJK Radicals Supplement, Kangxi Radicals
    extra += [chr(c) for c in range(0xF900, 0xFB00)]  # CJK Compatibility Ideographs
    seen = set(targets)
    return targets + [c for c in extra if c not in seen]


def render(chars: list[str], font: ImageFont.FreeTypeFont) -> tuple[np.ndarray, np.ndarray]:
    """Normalised glyph vectors and a mask of the characters the font actually draws."""
    vecs = np.zeros((len(chars), SMALL * SMALL), dtype=np.float32)
    drawn = np.zeros(len(chars), dtype=bool)
    for i, ch in enumerate(chars):
        img = Image.new("L", (SIZE, SIZE), 0)
        d = ImageDraw.Draw(img)
        left, top, right, bottom = d.textbbox((0, 0), ch, font=font)
        if right <= left or bottom <= top:
            continue
        d.text((SIZE / 2, SIZE / 2), ch, fill=255, font=font, anchor="mm")
        img = img.filter(ImageFilter.GaussianBlur(1.5)).resize((SMALL, SMALL), Image.BILINEAR)
        v = np.asarray(img, dtype=np.float32).ravel()
        v -= v.mean()
        n = np.linalg.norm(v)
        if n > 0:
            vecs[i] = v / n
            drawn[i] = True
    return vecs, drawn


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", default=FONT)
    ap.add_argument("--top", type=int, default=6)
    ap.add_argument("--min", type=float, default=0.72)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    font = ImageFont.truetype(args.font, SIZE - 4, index=2)  # index 2: the SC face of the collection
    targets = gb2312_chars()
    sources = source_chars(targets)
    tv, tdrawn = render(targets, font)
    sv, sdrawn = render(sources, font)
    # glyphs the font lacks (tofu boxes) all look alike: drop them
    tofu = render(["\U000e0000"], font)[0][0]
    lines = []
    for start in range(0, len(sources), 2048):
        sims = sv[start:start + 2048] @ tv.T
        sims[:, ~tdrawn] = -1
        for k in range(sims.shape[0]):
            i = start + k
            if not sdrawn[i] or (np.any(tofu) and float(sv[i] @ tofu) > 0.98):
                continue
            row = sims[k]
            if i < len(targets):
                row[i] = -1  # not its own neighbour
            best = np.argsort(-row)[:args.top]
            keep = [(targets[j], float(row[j])) for j in best if row[j] >= args.min]
            if keep:
                lines.append(sources[i] + "\t" + " ".join(f"{c}:{s:.2f}" for c, s in keep))
    header = ("# Look-alike characters computed from glyphs (scripts/build_glyph_table.py); "
              "source<TAB>neighbour:cosine …\n")
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters with look-alikes written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
