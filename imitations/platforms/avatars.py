"""Avatars for the imitated accounts: PNG badges drawn with PIL, the way government avatars are built.

Government avatars come from a few templates (a red "发布" badge, a police-blue emblem, a green
culture/tourism badge); genuine accounts of different units share a template with different text, and
some share an identical image. ``draw(spec)`` renders a spec tuple ``(template, text)``; impostors that
copy an avatar simply reuse the spec of the account they copy.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

TEMPLATES = {
    # name: (background, ring, text colour)
    "release": ((200, 16, 46), (255, 215, 0), (255, 255, 255)),  # 发布 red badge
    "police": ((18, 52, 120), (212, 175, 55), (255, 255, 255)),  # police emblem style
    "culture": ((20, 120, 80), (240, 240, 240), (255, 255, 255)),  # 文旅
    "health": ((0, 120, 180), (255, 255, 255), (255, 255, 255)),  # 卫健
    "media": ((30, 30, 30), (230, 60, 60), (255, 255, 255)),  # newspapers
    "plain": ((235, 235, 235), (150, 150, 150), (60, 60, 60)),  # personal / commercial
}
_FONT_CANDIDATES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
                    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def _font(size: int):
    for path in _FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


@lru_cache(maxsize=256)
def draw(template: str, text: str, size: int = 180) -> bytes:
    """PNG bytes of a round badge of ``template`` with up to four characters of ``text``."""
    bg, ring, fg = TEMPLATES.get(template, TEMPLATES["plain"])
    img = Image.new("RGB", (size, size), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, size - 4, size - 4), fill=ring)
    d.ellipse((14, 14, size - 14, size - 14), fill=bg)
    # a five-pointed star on top, like an emblem
    cx, top = size // 2, size // 5
    d.regular_polygon((cx, top + 8, 14), n_sides=5, fill=ring)
    text = text[:4]
    if len(text) > 2:
        lines = [text[:2], text[2:]]
    else:
        lines = [text]
    font = _font(size // 5 if len(lines) > 1 else size // 4)
    y = size // 2 - (len(lines) * size // 10)
    for line in lines:
        w = d.textlength(line, font=font)
        d.text((cx - w / 2, y), line, font=font, fill=fg)
        y += size // 4
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def corrupt_png() -> bytes:
    """A truncated PNG (header ok, data cut): decoders must reject it cleanly."""
    return draw("plain", "坏")[:60]


@lru_cache(maxsize=1)
def bomb_png() -> bytes:
    """A small PNG that claims a huge pixel count (decompression-bomb shape)."""
    img = Image.new("1", (12000, 12000), 0)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()
