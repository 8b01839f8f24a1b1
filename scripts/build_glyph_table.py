"""Regenerate ``detectors/data/glyph_similar.txt`` and ``glyph_near.txt``: look-alike characters from the font.

    python scripts/build_glyph_table.py [--font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

Every character is rendered with Noto Sans CJK SC at 44 px at its natural place in the em box (centred on a
48×48 canvas), blurred (Gaussian, σ=1.5) and reduced to 24×24; two glyphs are as similar as the cosine of their
(mean-removed) pixel vectors. The blur makes the measure perceptual rather than pixel-exact: a stroke moved or
added (杜/社 0.93, 锐/税 0.89, 汪/江 0.86) costs little, a different component costs a lot.

The whole-glyph measure is blind to a changed *part* of a two-part character (沂/圻, 防/坊, 委/季, 阳/阴): the
shared part matches, the other part pulls the cosine of the whole down to 0.6–0.75, where unrelated characters
also lie. ``glyph_near.txt`` covers them. Both glyphs are cut at the same line (left/right or top/bottom, at 8–16
of 24 pixels); the *shared part* is the piece, holding at least ``PART_MIN_INK`` of each glyph's ink, whose cosine
is highest — the IDS idea (⿰氵斤 vs ⿰土斤) measured on the drawn glyph instead of read from a decomposition list.
The whole-and-part similarity is the mean of the whole-glyph cosine and the better of whole and shared part; each
character lists its ``--near-rank`` nearest characters by it that reach ``--near-min`` (nearest first). A near look-alike is weaker
evidence than the whole-glyph table: the name layer uses it only for one substituted character in an otherwise
identical name.

Targets are the 6,763 characters of GB 2312 (the characters real unit names are written in). Sources are every
character of the CJK Unified Ideographs block and Extension A, the CJK radical blocks (⻔ U+2ED4, ⼭ U+2F2D), the
compatibility ideographs, and the kana and bopomofo letters (エ, ロ, ㄇ), so a rare character or another script's
letter drawn like a common one maps onto it (凊 U+51CA → 清, エ → 工). Each output
line is ``source<TAB>neighbour:similarity …`` (best first); a source whose best whole-glyph neighbour reaches
``--same`` is drawn identically (a radical or variant code point) and is normalised to it before comparison.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "glyph_similar.txt"
NEAR_OUT = OUT.with_name("glyph_near.txt")
SIZE = 48
SMALL = 24
CUTS = (8, 10, 12, 14, 16)  # where a glyph is cut into two parts (of SMALL pixels)
PART_MIN_INK = 0.45  # the shared part holds at least this share of each glyph's ink


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
    extra = [chr(c) for c in range(0x4E00, 0xA000)]  # CJK Unified Ideographs beyond GB 2312 (凊, 卅 …)
    extra += [chr(c) for c in range(0x3400, 0x4DC0)]  # Extension A
    extra += [chr(c) for c in range(0x2E80, 0x2FE0)]  # CJK Radicals Supplement, Kangxi Radicals
    extra += [chr(c) for c in range(0xF900, 0xFB00)]  # CJK Compatibility Ideographs
    # letters of the scripts written beside Chinese that are drawn like ideographs (エ/工, ロ/口, カ/力, ㄇ/冂);
    # halfwidth katakana are folded to these by NFKC before any comparison
    extra += [chr(c) for c in range(0x3041, 0x3097)]  # Hiragana
    extra += [chr(c) for c in range(0x30A1, 0x30FB)]  # Katakana
    extra += [chr(c) for c in range(0x3105, 0x3130)]  # Bopomofo
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


def parts(vecs: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Every glyph cut at every line of ``CUTS`` (left/right, then top/bottom): per cut and side, the normalised
    pieces (glyphs × piece pixels), and each piece's share of the glyph's ink (glyphs × pieces)."""
    n = len(vecs)
    img = vecs.reshape(n, SMALL, SMALL)
    ink = np.clip(img - img.min(axis=(1, 2), keepdims=True), 0, None)  # undo the mean removal: ink ≥ 0
    total = ink.sum(axis=(1, 2)) + 1e-9
    pieces, shares = [], []
    for transpose in (False, True):
        m = ink.transpose(0, 2, 1) if transpose else ink
        for k in CUTS:
            for piece in (m[:, :, :k], m[:, :, k:]):
                shares.append(piece.sum(axis=(1, 2)) / total)
                v = piece.reshape(n, -1)
                v = v - v.mean(axis=1, keepdims=True)
                v = v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)
                pieces.append(v.astype(np.float32))
    return pieces, np.stack(shares, axis=1)


def shared_parts(sp: list[np.ndarray], ss: np.ndarray, tp: list[np.ndarray], ts: np.ndarray) -> np.ndarray:
    """Best shared-part cosine of every source glyph (pieces ``sp``, ink shares ``ss``) with every target."""
    best = np.full((len(ss), len(ts)), -1.0, dtype=np.float32)
    for p, (src, tgt) in enumerate(zip(sp, tp)):
        sims = src @ tgt.T
        sims[ss[:, p] < PART_MIN_INK, :] = -1
        sims[:, ts[:, p] < PART_MIN_INK] = -1
        np.maximum(best, sims, out=best)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", default=FONT)
    ap.add_argument("--top", type=int, default=6)
    ap.add_argument("--min", type=float, default=0.72)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--near-out", type=Path, default=NEAR_OUT)
    ap.add_argument("--near-rank", type=int, default=30, help="how many nearest glyphs (by whole and part) to list")
    ap.add_argument("--near-min", type=float, default=0.70, help="least whole-and-part similarity listed")
    args = ap.parse_args(argv)
    font = ImageFont.truetype(args.font, SIZE - 4, index=2)  # index 2: the SC face of the collection
    targets = gb2312_chars()
    sources = source_chars(targets)
    tv, tdrawn = render(targets, font)
    sv, sdrawn = render(sources, font)
    # glyphs the font lacks (tofu boxes) all look alike: drop them
    tofu = render(["\U000e0000"], font)[0][0]
    lines, near_lines = [], []
    tp, ts = parts(tv)
    for start in range(0, len(sources), 1024):
        sims = sv[start:start + 1024] @ tv.T
        sims[:, ~tdrawn] = -1
        sp, ss = parts(sv[start:start + 1024])
        # look-alike by whole and part: the mean of the whole-glyph cosine and the better of whole and shared part
        near = (sims + np.maximum(shared_parts(sp, ss, tp, ts), sims)) / 2
        near[:, ~tdrawn] = -1
        for k in range(sims.shape[0]):
            i = start + k
            if not sdrawn[i] or (np.any(tofu) and float(sv[i] @ tofu) > 0.98):
                continue
            row = sims[k]
            if i < len(targets):
                row[i] = -1  # not its own neighbour
                near[k, i] = -1
            best = np.argsort(-row)[:args.top]
            keep = [(targets[j], float(row[j])) for j in best if row[j] >= args.min]
            if keep:
                lines.append(sources[i] + "\t" + " ".join(f"{c}:{s:.2f}" for c, s in keep))
            closest = np.argsort(-near[k])[:args.near_rank]
            found = "".join(targets[j] for j in closest if near[k, j] >= args.near_min)
            if found:
                near_lines.append(sources[i] + "\t" + found)
    header = ("# Look-alike characters computed from glyphs (scripts/build_glyph_table.py); "
              "source<TAB>neighbour:cosine …\n")
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters with look-alikes written to {args.out}")
    near_header = ("# Nearest look-alike characters by whole glyph and shared part (scripts/build_glyph_table.py); "
                   "source<TAB>neighbours, nearest first\n")
    args.near_out.write_text(near_header + "\n".join(near_lines) + "\n", encoding="utf-8")
    print(f"{len(near_lines)} characters with near look-alikes written to {args.near_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
