"""Which image edits the avatar rules (rule 5: hashes and pixels) survive — a generated robustness bench, not a recall.

    python bench/avatar_edit_coverage.py [--parts dev,dev2,…,dev34] [--designs 4] [--templates 2] [--seed 7]
                                         [--families all] [--names [--shapes S,…] [--landmark-units]] [--json FILE]

GENERATED DATA, NOT AN EVALUATION. The registry avatars of the tuning parts (``eval/impostor/dev*``; never
``heldout``) are the *originals*; every copy is made here, with a broad family of common edits written from
image-editing practice (what photo apps, chat apps and screenshot tools do to a picture), not from any evaluation
set's notes:

- colour: grayscale, sepia, invert, hue rotation, channel swap, posterise, solarise, saturation, contrast,
  brightness, vignette;
- geometry: centred and off-centre crops, padding, solid and double-line borders, ornamental frames, circle and
  rounded-square masks, flips, small and large rotations, perspective, rescaling (down-up, non-uniform stretch);
- overlays: text watermark (corner, diagonal), sticker or badge, translucent stripes;
- the avatar embedded in a larger screenshot-like canvas (a profile page, a chat thread, a card) at several sizes;
- a whole phone screen saved as the profile picture (``screenshot_small``: a title bar, a tab bar, a post card, a chat
  head, a profile card, a QR card's logo, a comment list; the avatar at 0.05-0.085 of the screen, the screen shrunk
  to 132 or 150 px and re-encoded as JPEG: copies of 6-13 px);
- noise, blur, JPEG.

Each edit comes at one to four strengths. From the tuning parts, *distinctive* registry avatars
(``detectors.impostor._Officials.distinctive_positions``: an avatar file of one unit only) are drawn with a fixed
seed (``--designs`` in all, spread over the parts; ``--templates`` template avatars likewise); every edit of each is
a suspect account named ``<the unit's own place>民生快讯`` (a government word and the unit's place: the name gate
passes, so what is measured is the image layer), run through the detector's own
``detectors.impostor.assess`` with that part's whole registry (its templates and rival designs included).

Reported per edit family and strength: copies **found** (any impostor finding) and **right target** (the unit
copied). Then false matches:

- *other unit*: the same edits of unit A's avatar named after another distinctive unit B's place (B's avatars are
  then on the pixel search's short list): a finding naming B is a false match (one naming A is refused by the name's
  place and counts nowhere);
- *template*: the edits of a *template* registry avatar (not distinctive: the file, or a near-identical one, is shown
  by several units — an emblem, a badge) named after one of the units using it: any finding is a false match (a
  template never counts on its own).

``--names``: the name gate instead (``NAME_SHAPES``): a few copies of each drawn design (JPEG q30, a centre crop to
0.24, turns of 30° and -52°, chat screenshots at 0.15 and 0.085 of the screen) under every name shape — the place with
a government word, a service desk's or a news bulletin's words or everyday talk, a nickname of the place, news words
alone, a food column's words, another distinctive unit's place (a finding naming that unit is a false match), and
everyday talk with no place at all, alone or with a description naming the unit by its registered account name, and
a landmark of the unit's own place (``nicknames.tsv``'s landmark block) with a government word (``--landmark-units``
draws the designs among the units a landmark holding other places' names stands for, 长白山 of 安图 with 长白 and 白山
in it; ``--shapes`` keeps only the shapes named).

Figures are per generated copy and say which edit kinds the matcher holds across; they are no estimate of recall on
real impostors (the mix of edits here is uniform, the real one is not). Every generated account goes through the
pixel layer's short list, so the default run (4 designs, 2 templates: about 650 accounts) takes some 10 CPU minutes.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps  # noqa: E402

TUNING = ("dev",) + tuple(f"dev{n}" for n in range(2, 35))
SIDE = 200  # originals are read at this side before they are edited


def _font(size: int):
    for path in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                 "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


# ---- the edits ------------------------------------------------------------------------------------------------------

def _hue_rotate(img: Image.Image, degrees: float) -> Image.Image:
    h, s, v = img.convert("HSV").split()
    h = h.point(lambda x: int(x + degrees / 360 * 256) % 256)
    return Image.merge("HSV", (h, s, v)).convert("RGB")


def _sepia(img: Image.Image, amount: float) -> Image.Image:
    a = np.asarray(img, dtype=np.float64)
    m = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])
    toned = np.clip(a @ m.T, 0, 255)
    return Image.fromarray((a * (1 - amount) + toned * amount).astype(np.uint8))


def _vignette(img: Image.Image, strength: float) -> Image.Image:
    w, h = img.size
    y, x = np.mgrid[:h, :w]
    r = np.hypot((x - w / 2) / (w / 2), (y - h / 2) / (h / 2)) / math.sqrt(2)
    fall = np.clip(1 - strength * r ** 2, 0, 1)[..., None]
    return Image.fromarray((np.asarray(img, dtype=np.float64) * fall).astype(np.uint8))


def _crop(img: Image.Image, keep: float, dx: float = 0.0, dy: float = 0.0) -> Image.Image:
    w, h = img.size
    cw, ch = w * keep, h * keep
    x0 = (w - cw) / 2 + dx * (w - cw) / 2
    y0 = (h - ch) / 2 + dy * (h - ch) / 2
    return img.crop((int(x0), int(y0), int(x0 + cw), int(y0 + ch))).resize((w, h), Image.LANCZOS)


def _pad(img: Image.Image, share: float, colour) -> Image.Image:
    w, h = img.size
    m = int(w * share)
    out = Image.new("RGB", (w + 2 * m, h + 2 * m), colour)
    out.paste(img, (m, m))
    return out.resize((w, h), Image.LANCZOS)


def _border(img: Image.Image, share: float, colour, style: str = "solid") -> Image.Image:
    out = img.copy()
    d = ImageDraw.Draw(out)
    w, h = out.size
    t = max(1, int(w * share))
    if style == "solid":
        d.rectangle((0, 0, w - 1, h - 1), outline=colour, width=t)
    elif style == "double":
        d.rectangle((0, 0, w - 1, h - 1), outline=colour, width=max(1, t // 3))
        d.rectangle((t, t, w - 1 - t, h - 1 - t), outline=colour, width=max(1, t // 3))
    elif style == "dashed":
        for k in range(0, w, 2 * t):
            d.rectangle((k, 0, k + t, t), fill=colour)
            d.rectangle((k, h - t, k + t, h - 1), fill=colour)
            d.rectangle((0, k, t, k + t), fill=colour)
            d.rectangle((w - t, k, w - 1, k + t), fill=colour)
    elif style == "ornate":  # a frame of beads (a photo-app "frame" sticker)
        r = t
        for k in range(0, w + 1, 2 * r + 2):
            for cx, cy in ((k, r), (k, h - r), (r, k), (w - r, k)):
                d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour, outline=(255, 255, 255))
    return out


def _mask(img: Image.Image, shape: str, ground=(255, 255, 255)) -> Image.Image:
    w, h = img.size
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    if shape == "circle":
        d.ellipse((0, 0, w - 1, h - 1), fill=255)
    elif shape == "rounded":
        d.rounded_rectangle((0, 0, w - 1, h - 1), radius=w // 5, fill=255)
    elif shape == "hexagon":
        c = w / 2
        d.polygon([(c + c * math.cos(math.radians(a)), c + c * math.sin(math.radians(a))) for a in range(0, 360, 60)],
                  fill=255)
    return Image.composite(img, Image.new("RGB", (w, h), ground), m)


def _rotate(img: Image.Image, angle: float, fill) -> Image.Image:
    colour = img.getpixel((1, 1)) if fill == "ground" else fill
    return img.rotate(angle, resample=Image.BICUBIC, fillcolor=colour)


def _perspective(img: Image.Image, amount: float) -> Image.Image:
    w, h = img.size
    k = amount * w
    # the top edge pulled in: quad corners (ul, ll, lr, ur) of the source for each output corner
    quad = (-k, 0, 0, h, w, h, w + k, 0)
    return img.transform((w, h), Image.Transform.QUAD, quad, resample=Image.BICUBIC, fillcolor=(255, 255, 255))


def _stretch(img: Image.Image, factor: float) -> Image.Image:
    w, h = img.size
    return img.resize((int(w * factor), h), Image.LANCZOS).resize((w, h), Image.LANCZOS) if factor < 1 else \
        img.resize((int(w * factor), h), Image.LANCZOS).crop((int(w * (factor - 1) / 2), 0,
                                                               int(w * (factor - 1) / 2) + w, h))


def _watermark(img: Image.Image, text: str, diagonal: bool, opacity: int) -> Image.Image:
    w, h = img.size
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    font = _font(w // 7)
    if diagonal:
        for k in range(-1, 3):
            d.text((w * 0.05, h * (0.1 + 0.28 * k)), text, font=font, fill=(255, 255, 255, opacity))
        layer = layer.rotate(30, resample=Image.BICUBIC)
    else:
        d.text((w * 0.5, h * 0.9), text, font=_font(w // 10), fill=(255, 255, 255, opacity), anchor="mm",
               stroke_width=1, stroke_fill=(0, 0, 0, opacity))
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def _sticker(img: Image.Image, share: float, where: str) -> Image.Image:
    out = img.copy()
    d = ImageDraw.Draw(out)
    w, h = out.size
    s = int(w * share)
    x, y = {"corner": (w - s - 4, h - s - 4), "centre": ((w - s) // 2, (h - s) // 2), "top": (4, 4)}[where]
    d.ellipse((x, y, x + s, y + s), fill=(230, 40, 40), outline=(255, 255, 255), width=max(1, s // 12))
    d.text((x + s / 2, y + s / 2), "热", font=_font(max(8, s // 2)), fill=(255, 255, 255), anchor="mm")
    return out


def _stripes(img: Image.Image, period: int, opacity: int, diagonal: bool) -> Image.Image:
    w, h = img.size
    layer = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    for k in range(0, 2 * h, period):
        d.rectangle((0, k, 2 * w, k + period // 3), fill=(255, 255, 255, opacity))
    if diagonal:
        layer = layer.rotate(45)
    layer = layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def _screenshot(img: Image.Image, scale: float, layout: str, rng: random.Random) -> Image.Image:
    """The avatar at ``scale`` of a phone screen's width, in a profile page, a chat thread or a shared card."""
    W = 400
    page = Image.new("RGB", (W, W), (246, 246, 246) if layout != "dark" else (32, 34, 38))
    d = ImageDraw.Draw(page)
    font = _font(16)
    s = max(8, int(W * scale))
    if layout == "profile":
        d.rectangle((0, 0, W, 120), fill=(60, 110, 200))
        x, y = 20, 90
    elif layout == "chat":
        for k in range(4):
            d.rounded_rectangle((80, 30 + 90 * k, 360, 90 + 90 * k), radius=10, fill=(255, 255, 255))
            d.text((92, 50 + 90 * k), "您好，请问如何办理", font=font, fill=(30, 30, 30))
        x, y = 14, 30
    elif layout == "card":
        d.rounded_rectangle((20, 60, 380, 340), radius=14, fill=(255, 255, 255), outline=(220, 220, 220))
        d.rectangle((40, 250, 360, 262), fill=(200, 200, 200))
        x, y = (W - s) // 2, 90
    else:  # dark: a video call or a live room
        for k, c in enumerate(((120, 120, 120), (220, 50, 50), (120, 120, 120))):
            d.ellipse((110 + 70 * k, 320, 160 + 70 * k, 370), fill=c)
        x, y = W - s - 20, 20
    y = min(y, W - s - 4)
    x = min(x, W - s - 4)
    page.paste(img.resize((s, s), Image.LANCZOS), (x, y))
    d.text((min(W - 120, x + s + 10), y + 4), "关注 粉丝 获赞", font=font,
           fill=(30, 30, 30) if layout != "dark" else (230, 230, 230))
    return page


# A phone screenshot saved as a profile picture: the screen (``PAGE`` px, square) drawn in one of the layouts real
# screenshots have, the avatar at ``scale`` of its width, then the whole screen shrunk to the side platforms store
# avatars at (132-180 px: WeChat's 132, Weibo's 180) and re-encoded as JPEG — the copy ends up 6-13 px. Layouts, from
# what a phone shows, not from any evaluation set: a chat window's title bar under the status bar, a bottom
# navigation bar's tab icon, a feed post card's author picture, a chat head beside a bubble, a profile card's corner
# on its header band, a QR card's centre logo on its white margin, and a comment list's small author picture.
SMALL_SHOT_LAYOUTS = ("status_bar", "nav_bar", "post_card", "chat_bubble", "profile_card", "qr_card", "comment")
PAGE = 720


def _small_screenshot(img: Image.Image, scale: float, layout: str, side: int, quality: int,
                      rng: random.Random) -> Image.Image:
    """The avatar at ``scale`` of a phone screen's width in ``layout`` (``SMALL_SHOT_LAYOUTS``), the screen shrunk to
    ``side`` px and saved as JPEG at ``quality``."""
    W = PAGE
    page = Image.new("RGB", (W, W), (244, 245, 247))
    d = ImageDraw.Draw(page)
    font = _font(26)
    s = max(4, round(W * scale))
    grey, dark, white = (205, 208, 214), (40, 40, 44), (255, 255, 255)

    def lines(x0, y0, x1, n, gap=34, h=14, colour=grey):
        for k in range(n):
            d.rounded_rectangle((x0, y0 + gap * k, x1 - (k % 3) * 60, y0 + gap * k + h), radius=5, fill=colour)

    if layout == "status_bar":  # a chat window: status bar, title bar with the other party's picture at its left
        d.rectangle((0, 0, W, 40), fill=(30, 30, 34))
        d.text((20, 6), "9:41", font=font, fill=white)
        d.rectangle((W - 90, 12, W - 40, 28), outline=white, width=3)
        d.rectangle((0, 40, W, 130), fill=(237, 237, 237))
        x, y = 70, 85 - s // 2
        d.text((x + s + 16, 68), "政务服务", font=font, fill=dark)
        for k in range(4):
            d.rounded_rectangle((60, 180 + 120 * k, 520 - 40 * k, 250 + 120 * k), radius=12, fill=white)
    elif layout == "nav_bar":  # the bottom tab bar: four drawn icons and the avatar as the "me" tab
        d.rectangle((0, 0, W, 110), fill=(220, 60, 50))
        lines(40, 160, 680, 12, gap=42)
        d.rectangle((0, W - 100, W, W), fill=white)
        d.line((0, W - 100, W, W - 100), fill=(225, 225, 225), width=2)
        for k in range(4):
            cx = 72 + 144 * k
            d.ellipse((cx - 18, W - 80, cx + 18, W - 44), outline=(150, 150, 150), width=4)
        x, y = 72 + 144 * 4 - s // 2, W - 62 - s // 2
    elif layout == "post_card":  # a feed: the author's picture at the top left of a white card
        d.rounded_rectangle((16, 80, W - 16, 620), radius=16, fill=white)
        x, y = 40, 104
        d.text((x + s + 14, 100), "本地资讯", font=font, fill=dark)
        lines(40, 110 + max(s, 40) + 20, W - 40, 4)
        d.rectangle((40, 330, 360, 590), fill=(120, 160, 200))
        d.rectangle((380, 330, W - 40, 590), fill=(200, 170, 120))
    elif layout == "chat_bubble":  # a chat thread: the sender's head beside a white bubble, own green bubbles right
        for k in range(5):
            yk = 60 + 130 * k
            if k % 2:
                d.rounded_rectangle((W - 400, yk, W - 90, yk + 70), radius=12, fill=(149, 236, 105))
                d.rectangle((W - 70, yk, W - 22, yk + 48), fill=(90, 110, 140))
            else:
                d.rounded_rectangle((110, yk, 470, yk + 70), radius=12, fill=white)
        x, y = 24, 60 + 130 * 2
    elif layout == "profile_card":  # a profile: a coloured header band, the picture at the card's corner below it
        d.rectangle((0, 0, W, 260), fill=(70, 120, 200))
        d.rounded_rectangle((30, 200, W - 30, 520), radius=20, fill=white)
        x, y = 60, 230
        d.text((x + s + 18, 226), "官方账号", font=font, fill=dark)
        lines(60, 330, W - 60, 5)
    elif layout == "qr_card":  # a QR card: the picture at the code's centre on the white margin QR logos have
        d.rounded_rectangle((90, 90, W - 90, W - 60), radius=20, fill=white)
        q0, q1, cell = 170, W - 170, 18
        for i in range((q1 - q0) // cell):
            for j in range((q1 - q0) // cell):
                if rng.random() < 0.5:
                    d.rectangle((q0 + i * cell, q0 + j * cell, q0 + (i + 1) * cell - 1, q0 + (j + 1) * cell - 1),
                                fill=(20, 20, 20))
        c = (q0 + q1) // 2
        m = s // 2 + 10
        d.rounded_rectangle((c - m, c - m, c + m, c + m), radius=8, fill=white)
        x, y = c - s // 2, c - s // 2
    else:  # comment: a comment list, small author pictures down the left edge
        lines(40, 40, W - 40, 3)
        for k in range(5):
            yk = 170 + 105 * k
            if k != 2:
                d.ellipse((30, yk, 30 + s, yk + s), fill=(160 + 15 * k, 140, 120))
            lines(30 + s + 20, yk + 4, W - 40, 2, gap=30)
        x, y = 30, 170 + 105 * 2
    page.paste(img.resize((s, s), Image.LANCZOS), (x, y))
    small = page.resize((side, side), Image.LANCZOS)
    return _jpeg(small, quality)


def _noise(img: Image.Image, sigma: float, rng: np.random.Generator) -> Image.Image:
    a = np.asarray(img, dtype=np.float64) + rng.normal(0, sigma * 255, (img.size[1], img.size[0], 3))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def edits(rng: random.Random, nrng: np.random.Generator) -> list[tuple[str, str, object]]:
    """(family, strength, function of an RGB image) for every edit, in a fixed order."""
    e = []

    def add(family, strength, fn):
        e.append((family, strength, fn))

    # colour
    add("grayscale", "full", lambda im: ImageOps.grayscale(im).convert("RGB"))
    add("sepia", "0.6", lambda im: _sepia(im, 0.6))
    add("sepia", "1.0", lambda im: _sepia(im, 1.0))
    add("invert", "full", ImageOps.invert)
    for deg in (40, 120, 180):
        add("hue_rotate", f"{deg}°", lambda im, deg=deg: _hue_rotate(im, deg))
    for order in ("BGR", "GBR"):
        add("channel_swap", order, lambda im, order=order: Image.merge("RGB", [im.split()["RGB".index(c)] for c in order]))
    for bits in (3, 2):
        add("posterise", f"{bits}bit", lambda im, bits=bits: ImageOps.posterize(im, bits))
    for t in (192, 128):
        add("solarise", f"t{t}", lambda im, t=t: ImageOps.solarize(im, t))
    for f in (0.2, 2.5):
        add("saturation", f"{f}", lambda im, f=f: ImageEnhance.Color(im).enhance(f))
    for f in (0.5, 1.8):
        add("contrast", f"{f}", lambda im, f=f: ImageEnhance.Contrast(im).enhance(f))
    for f in (0.6, 1.4):
        add("brightness", f"{f}", lambda im, f=f: ImageEnhance.Brightness(im).enhance(f))
    for s in (0.6, 1.0):
        add("vignette", f"{s}", lambda im, s=s: _vignette(im, s))
    # geometry
    for keep in (0.8, 0.6, 0.45, 0.3, 0.24):
        add("crop_centre", f"{keep}", lambda im, keep=keep: _crop(im, keep))
    for keep, dx, dy in ((0.7, 0.8, -0.6), (0.5, -0.7, 0.7)):
        add("crop_offset", f"{keep}", lambda im, keep=keep, dx=dx, dy=dy: _crop(im, keep, dx, dy))
    for share, colour in ((0.1, (255, 255, 255)), (0.25, (20, 20, 20))):
        add("pad", f"{share}", lambda im, share=share, colour=colour: _pad(im, share, colour))
    for share, style in ((0.04, "solid"), (0.1, "solid"), (0.08, "double"), (0.06, "dashed"), (0.07, "ornate")):
        add("border", f"{style}{share}", lambda im, share=share, style=style: _border(im, share, (200, 30, 40), style))
    for shape in ("circle", "rounded", "hexagon"):
        add("mask", shape, lambda im, shape=shape: _mask(im, shape))
    add("flip", "horizontal", ImageOps.mirror)
    add("flip", "vertical", ImageOps.flip)
    # any angle: a turn of 40° or more is as far by hash from the original as another design (a photo app's free turn)
    for angle, fill in ((5, "ground"), (15, (255, 255, 255)), (30, (0, 0, 0)), (45, "ground"), (-52, (255, 255, 255)),
                        (90, "ground"), (-135, (0, 0, 0))):
        add("rotate", f"{angle}°", lambda im, angle=angle, fill=fill: _rotate(im, angle, fill))
    for amount in (0.08, 0.2):
        add("perspective", f"{amount}", lambda im, amount=amount: _perspective(im, amount))
    for side in (64, 32):
        add("rescale", f"{side}px", lambda im, side=side: im.resize((side, side), Image.BILINEAR).resize(im.size, Image.BICUBIC))
    for f in (0.85, 1.25):
        add("stretch", f"{f}", lambda im, f=f: _stretch(im, f))
    # overlays
    add("watermark", "corner", lambda im: _watermark(im, "@本地资讯", False, 230))
    add("watermark", "diagonal", lambda im: _watermark(im, "仅供参考", True, 120))
    for share, where in ((0.25, "corner"), (0.3, "centre")):
        add("sticker", f"{where}{share}", lambda im, share=share, where=where: _sticker(im, share, where))
    add("stripes", "horizontal", lambda im: _stripes(im, 24, 110, False))
    add("stripes", "diagonal", lambda im: _stripes(im, 30, 90, True))
    # embedded in a screenshot-like canvas
    # down to a chat thread's sender picture or a letterhead's logo: under a tenth of the screen's width
    for scale, layout in ((0.5, "card"), (0.3, "profile"), (0.15, "chat"), (0.1, "dark"), (0.085, "chat"),
                          (0.07, "dark")):
        add("screenshot", f"{layout}{scale}", lambda im, scale=scale, layout=layout: _screenshot(im, scale, layout, rng))
    # a whole phone screen shrunk to an avatar file's side (132-150 px) and re-encoded: the copy 6-13 px
    for k, layout in enumerate(SMALL_SHOT_LAYOUTS):
        for scale in (0.05, 0.056, 0.062, 0.07):
            side, quality = (132, 150)[k % 2], (75, 85)[(k // 2) % 2]
            add("screenshot_small", f"{layout}{scale}",
                lambda im, scale=scale, layout=layout, side=side, quality=quality:
                _small_screenshot(im, scale, layout, side, quality, rng))
    # degradation
    for sigma in (0.03, 0.08):
        add("noise", f"σ{sigma}", lambda im, sigma=sigma: _noise(im, sigma, nrng))
    for radius in (1.0, 2.5):
        add("blur", f"r{radius}", lambda im, radius=radius: im.filter(ImageFilter.GaussianBlur(radius)))
    for q in (30, 8):
        add("jpeg", f"q{q}", lambda im, q=q: _jpeg(im, q))
    return e


# ---- the run --------------------------------------------------------------------------------------------------------

def _part_context(part: str):
    from core.settings import load_config
    from detectors.context import DetectionContext
    from govwatch.ops.detection import load_registry_file

    # the run's pixel budget (``detect.avatar_pixel_max_pairs``) lifted: every generated account is searched, so
    # that where an edit stands in the order of accounts decides nothing
    cfg = load_config(None, env={"GOVWATCH_DETECT__AVATAR_PIXEL_MAX_PAIRS": str(10 ** 9)})
    d = ROOT / "eval" / "impostor" / part
    entries, _ = load_registry_file(d / "registry.csv", cfg)
    return DetectionContext(registry=entries, accounts=[], cfg=cfg, base_dir=d)


def _distinctive_files(part: str):
    """A tuning part's context, its registry reading, each entry's places and its distinctive avatar files (file →
    the registry entries showing it, entries with a place only): the originals both measurements copy."""
    from detectors import impostor

    ctx = _part_context(part)
    officials = impostor._Officials(ctx)
    places = officials.affixes.places
    files = defaultdict(list)
    for r in officials.distinctive_positions:
        if places[r] and officials.entries[r].get("avatar"):
            files[officials.entries[r]["avatar"]].append(r)
    return ctx, officials, places, files


def run(parts: list[str], designs: int, template_designs: int, seed: int, families: set[str] | None,
        out_dir: Path) -> dict:
    from detectors import impostor

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    table = defaultdict(lambda: {"n": 0, "found": 0, "right": 0})
    false = defaultdict(lambda: {"n": 0, "flagged": 0})
    spent = 0.0
    order = parts[:]
    rng.shuffle(order)
    share = {p: designs // len(parts) + (k < designs % len(parts)) for k, p in enumerate(order)}
    tshare = {p: template_designs // len(parts) + (k < template_designs % len(parts)) for k, p in enumerate(order)}
    for part in parts:
        if not share[part] and not tshare[part]:
            continue
        ctx, officials, places, files = _distinctive_files(part)
        pool = sorted(files)
        chosen = rng.sample(pool, min(share[part], len(pool)))
        distinctive = set(officials.distinctive_positions)
        templates = defaultdict(list)
        for r, h in enumerate(officials.hashes):
            if h and r not in distinctive and places[r] and officials.entries[r].get("avatar"):
                templates[officials.entries[r]["avatar"]].append(r)
        template_files = sorted(templates)  # not distinctive: the file, or one near-identical, shown by other units
        chosen_templates = rng.sample(template_files, min(tshare[part], len(template_files)))
        accounts, truth = [], {}
        kinds = edits(rng, nrng)
        for kind, (family, strength, fn) in enumerate(kinds):
            if families and family not in families:
                continue
            for f in chosen + chosen_templates:
                r = (files.get(f) or templates[f])[0]
                own = places[r][-1]
                with Image.open(ctx.base_dir / f) as im:
                    original = im.convert("RGB").resize((SIDE, SIDE), Image.LANCZOS)
                copy = fn(original)
                name = f"{part}-{kind}-{Path(f).stem}"
                path = out_dir / f"{name}.png"
                copy.convert("RGB").save(path)
                if f in files:
                    accounts.append({"platform": "douyin", "account_id": name, "name": f"{own}民生快讯",
                                     "avatar": str(path)})
                    truth[name] = ("copy", family, strength, officials.units[r])
                    # the same copy named after another distinctive unit's place
                    others = [x for x in pool if x != f and places[files[x][0]][-1] != own
                              and places[files[x][0]][-1] not in places[r]]
                    if others:
                        other = files[rng.choice(others)][0]
                        oid = f"{name}-other"
                        accounts.append({"platform": "douyin", "account_id": oid,
                                         "name": f"{places[other][-1]}民生快讯", "avatar": str(path)})
                        truth[oid] = ("other", family, strength, officials.units[other])
                else:
                    accounts.append({"platform": "douyin", "account_id": name, "name": f"{own}民生快讯",
                                     "avatar": str(path)})
                    truth[name] = ("template", family, strength, None)
        ctx.accounts = accounts
        t0 = time.perf_counter()
        findings = {acc["account_id"]: f for acc, f in impostor.assess(ctx) if f is not None}
        spent += time.perf_counter() - t0
        min_score = float(ctx.setting("detect.impostor_min_score"))
        unit_of = {(e["platform"], str(e["account_id"])): e.get("unit") for e in officials.entries}
        for aid, (what, family, strength, unit) in truth.items():
            f = findings.get(aid)
            flagged = f is not None and f["score"] >= min_score
            target = unit_of.get((f["target"]["platform"], str(f["target"]["account_id"]))) if flagged else None
            if what == "copy":
                row = table[(family, strength)]
                row["n"] += 1
                row["found"] += flagged
                row["right"] += flagged and target == unit
            elif what == "other":
                false[("other unit", family)]["n"] += 1
                false[("other unit", family)]["flagged"] += flagged and target == unit
            else:
                false[("template", family)]["n"] += 1
                false[("template", family)]["flagged"] += flagged
        print(f"  {part}: {len(chosen)} 个专属头像、{len(chosen_templates)} 个模板，{len(accounts)} 个生成账号",
              file=sys.stderr)
    return {"edits": {f"{k[0]}/{k[1]}": v for k, v in table.items()},
            "false": {f"{k[0]}/{k[1]}": v for k, v in false.items()}, "seconds": round(spent, 1)}


# ---- the name gate ---------------------------------------------------------------------------------------------------

# Name shapes an avatar-only impostor's name takes, each put on the same few copies of a distinctive avatar (a plain
# re-encoding and three edits the hashes miss). From how local accounts are named (a place, or a nickname of it, with
# a government word, a service desk's words, a news bulletin's words or everyday talk), not from any evaluation set's
# names: ``{place}`` is the unit's own place, ``{nick}`` a nickname of it (``detectors/data/nicknames.tsv``; shapes
# with ``{nick}`` only for units whose place has one), ``{other}`` another distinctive unit's place.
NAME_SHAPES = {
    "place+gov": "{place}民生快讯",  # the edit table's own shape
    "place+service": "{place}办事帮",
    "place+news": "{place}新鲜事儿",
    "place+talk": "{place}唠唠嗑",  # only the place points at the unit (a stricter pixel bar)
    "nick+news": "{nick}身边事",
    # a landmark of the unit's county or city (``nicknames.tsv``'s landmark block: 长白山 for 安图), whose own name may
    # hold other places' names (长白, 白山): the landmark is what the name gives, not those places
    "landmark+gov": "{landmark}政务晨报",
    "news only": "身边大事播报",  # no place: the image alone (and the news words) must carry it
    "column+news": "{place}美食头条",  # a food column: not official; only the closest copies may count (bare)
    "other+news": "{other}新鲜事儿",  # another place: a finding naming that place's unit is a false match
    # no place, no government word: everyday talk beside a landmark or a street the registry does not know; the image
    # alone carries it (a close copy, or a copy turned about its centre) ...
    "talk only": "江畔闲话",
    # ... or, with a description naming the unit by its registered account name (a scam's opening line), the image
    # needs only agree with the description (every pixel reading, the screenshot's colours among them)
    "talk+desc": ("江畔闲话", "【{name}】补贴名额紧张，私信登记"),
}
NAME_EDITS = ("jpeg", "crop_centre", "rotate", "screenshot")
NAME_EDIT_STRENGTHS = ("q30", "0.24", "30°", "-52°", "chat0.15", "chat0.085")


def _landmarks() -> dict[str, tuple[str, ...]]:
    """The landmark block of ``nicknames.tsv`` (from ``detectors.places.NICKNAME_LANDMARKS`` on): landmark -> the
    place names it stands for."""
    from detectors.places import NICKNAME_LANDMARKS, NICKNAMES, nicknames

    table, out, on = nicknames(), {}, False
    for line in NICKNAMES.read_text(encoding="utf-8").splitlines():
        on = on or line.startswith(NICKNAME_LANDMARKS)
        nick = line.partition("\t")[0]
        if on and not line.startswith("#") and nick in table:
            out[nick] = table[nick]
    return out


def run_names(parts: list[str], designs: int, seed: int, out_dir: Path, shapes: set[str] | None = None,
              landmark_units: bool = False) -> dict:
    """Copies of distinctive registry avatars (``designs``, spread over ``parts``) under every name shape of
    ``NAME_SHAPES`` (or ``shapes``): per shape, copies found and with the right target; for ``other+news``, findings
    that name the other place's unit (false matches). ``landmark_units``: designs drawn only among the units whose
    own place a landmark stands for (the ``landmark+gov`` shape needs one)."""
    from detectors import impostor
    from detectors.places import nicknames

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    table = defaultdict(lambda: {"n": 0, "found": 0, "right": 0})
    table_of_nicknames = nicknames()  # nickname -> the places it stands for (泉城 → 济南, 济南市)
    landmarks = _landmarks()
    order = parts[:]
    rng.shuffle(order)
    share = {p: designs // len(parts) + (k < designs % len(parts)) for k, p in enumerate(order)}
    chosen_edits = [e for e in edits(rng, nrng) if e[0] in NAME_EDITS and e[1] in NAME_EDIT_STRENGTHS]
    spent = 0.0
    for part in parts:
        if not share[part]:
            continue
        ctx, officials, places, files = _distinctive_files(part)
        pool = sorted(files)
        registry_places = set(officials.affixes.all_places)

        def holds_places(mark: str, registry_places: set[str] = registry_places) -> bool:
            """A landmark whose name holds a shorter registry place (长白 in 长白山)."""
            return any(mark[i:j] in registry_places for i in range(len(mark)) for j in range(i + 2, len(mark) + 1)
                       if j - i < len(mark))

        if landmark_units:  # the units a landmark holding other places' names stands for
            pool = [f for f in pool if any(places[files[f][0]][-1] in ps and holds_places(n)
                                           for n, ps in landmarks.items())]
        accounts, truth = [], {}
        for f in rng.sample(pool, min(share[part], len(pool))):
            r = files[f][0]
            own = places[r][-1]
            # landmarks of the unit's own place, those holding other places' names first
            marks = sorted((n for n, ps in landmarks.items() if own in ps), key=lambda n: (not holds_places(n), n))
            # a nickname of the unit's own place, else of its city (a province's says nothing of which unit)
            nicks = [n for p in reversed(places[r][1:]) for n, ps in table_of_nicknames.items() if p in ps]
            others = [x for x in pool if x != f and places[files[x][0]][-1] not in places[r]]
            other = files[rng.choice(others)][0] if others else None
            with Image.open(ctx.base_dir / f) as im:
                original = im.convert("RGB").resize((SIDE, SIDE), Image.LANCZOS)
            for family, strength, fn in chosen_edits:
                name = f"{part}-names-{Path(f).stem}-{family}-{strength}"
                path = out_dir / f"{name}.png"
                fn(original).convert("RGB").save(path)
                for shape, pattern in NAME_SHAPES.items():
                    if ("{nick}" in pattern and not nicks) or ("{other}" in pattern and other is None) or (
                            "{landmark}" in pattern and not marks) or (shapes and shape not in shapes):
                        continue
                    pattern, description = pattern if isinstance(pattern, tuple) else (pattern, "")
                    fields = {"place": own, "nick": nicks[0] if nicks else "",
                              "other": places[other][-1] if other is not None else "",
                              "name": officials.entries[r].get("name") or "", "landmark": marks[0] if marks else ""}
                    aid = f"{name}-{shape}"
                    accounts.append({"platform": "douyin", "account_id": aid, "name": pattern.format(**fields),
                                     "description": description.format(**fields), "avatar": str(path)})
                    truth[aid] = (shape, officials.units[other] if shape == "other+news" else officials.units[r])
        ctx.accounts = accounts
        t0 = time.perf_counter()
        findings = {acc["account_id"]: f for acc, f in impostor.assess(ctx) if f is not None}
        spent += time.perf_counter() - t0
        min_score = float(ctx.setting("detect.impostor_min_score"))
        unit_of = {(e["platform"], str(e["account_id"])): e.get("unit") for e in officials.entries}
        for aid, (shape, unit) in truth.items():
            f = findings.get(aid)
            flagged = f is not None and f["score"] >= min_score
            target = unit_of.get((f["target"]["platform"], str(f["target"]["account_id"]))) if flagged else None
            row = table[shape]
            row["n"] += 1
            row["found"] += flagged
            row["right"] += flagged and target == unit
        print(f"  {part}: {len(accounts)} 个生成账号（名称形态）", file=sys.stderr)
    return {"names": dict(table), "seconds": round(spent, 1)}


def report_names(res: dict) -> None:
    print("生成数据（非评测集）：专属头像的副本（JPEG q30、中心裁切至 0.24、旋转 30° 与 -52°、缩入聊天截图 0.15 与 0.085）"
          "配以各种名称形态，"
          "测的是名称关口。other+news 一行的“目标对”是误配（指向另一地方的单位），column+news 只供参考。")
    print(f"{'名称形态':<16} {'副本':>4} {'找到':>5} {'目标对':>5}")
    for shape in NAME_SHAPES:
        v = res["names"].get(shape)
        if v:
            print(f"{shape:<16} {v['n']:4d} {v['found']:5d} {v['right']:5d}")
    print(f"检测耗时 {res['seconds']}s")


def report(res: dict) -> None:
    print("生成数据（非评测集）：各调参部分备案库中的专属头像，经常见图片编辑后命名为“<该单位地名>民生快讯”，"
          "测的是头像层能否认出副本。")
    print(f"{'编辑 / 强度':<28} {'副本':>4} {'找到':>5} {'目标对':>5}")
    fam = defaultdict(lambda: [0, 0, 0])
    for key, v in res["edits"].items():
        print(f"{key:<30} {v['n']:4d} {v['found']:5d} {v['right']:5d}")
        f = fam[key.split('/')[0]]
        f[0] += v["n"]
        f[1] += v["found"]
        f[2] += v["right"]
    print("\n按编辑类别：")
    total = [0, 0, 0]
    for key, (n, found, right) in fam.items():
        print(f"{key:<16} {n:4d}  找到 {found / n:.2f}  目标对 {right / n:.2f}")
        total = [a + b for a, b in zip(total, (n, found, right))]
    print(f"{'合计':<16} {total[0]:4d}  找到 {total[1] / max(1, total[0]):.2f}  目标对 {total[2] / max(1, total[0]):.2f}")
    bad = defaultdict(lambda: [0, 0])
    for key, v in res["false"].items():
        b = bad[key.split('/')[0]]
        b[0] += v["n"]
        b[1] += v["flagged"]
    print("\n误配：" + "；".join(f"{k} {v[1]}/{v[0]}" for k, v in bad.items()))
    for key, v in res["false"].items():
        if v["flagged"]:
            print(f"  误配 {key}: {v['flagged']}/{v['n']}")
    print(f"检测耗时 {res['seconds']}s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default=",".join(TUNING))
    ap.add_argument("--designs", type=int, default=4, help="distinctive registry avatars drawn (spread over the parts)")
    ap.add_argument("--templates", type=int, default=2, help="template registry avatars drawn (spread over the parts)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--families", default="all", help="comma-separated edit families (default: all)")
    ap.add_argument("--names", action="store_true",
                    help="the name gate instead of the edit table: a few copies under every name shape (NAME_SHAPES)")
    ap.add_argument("--shapes", default="", help="with --names: comma-separated name shapes (default: all)")
    ap.add_argument("--landmark-units", action="store_true",
                    help="with --names: draw designs only among units whose own place a landmark stands for")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args(argv)
    parts = [p for p in args.parts.split(",") if p]
    if any("heldout" in p for p in parts):
        raise SystemExit("held-out parts are never read here")
    if args.names:
        with tempfile.TemporaryDirectory(prefix="govwatch-names-") as tmp:
            res = run_names(parts, args.designs, args.seed, Path(tmp), {x for x in args.shapes.split(",") if x},
                            args.landmark_units)
        report_names(res)
        if args.json:
            Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    families = None if args.families == "all" else set(args.families.split(","))
    with tempfile.TemporaryDirectory(prefix="govwatch-edits-") as tmp:
        res = run(parts, args.designs, args.templates, args.seed, families, Path(tmp))
    report(res)
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
