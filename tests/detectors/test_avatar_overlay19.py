"""Issue #12 item 5, round 19: a unit's avatar with something painted over it — a watermark or diagonal text (several
fonts, angles, opacities), a sticker or a "forwarded" badge, a band of text, a frame drawn over its edge — keeps its own
pixels everywhere else. The pixel layer lines the copy up whole and counts how much of the registry avatar's drawing
shows unchanged (``detectors.avatar.overlay_reading``), whatever the overlay is. Hard negatives: other designs, one
layout in two units' colours, one layout in one colour with two units' names, a template badge under a watermark
(a template never counts on its own), an unrelated picture with a watermark."""

from __future__ import annotations

import io
import math

import pytest
from PIL import Image, ImageDraw, ImageFont

from core.settings import SETTINGS, Config
from detectors import impostor
from detectors.avatar import OverlayImage, overlay_reading, shot_pixels_for_record
from detectors.context import DetectionContext
from tests.detectors.evalset import _centered
from tests.detectors.test_avatar_only import GREEN, PURPLE, _badge, acc, layout, reg

FONTS = ["NotoSansCJK-Bold.ttc", "NotoSerifCJK-Regular.ttc", "NotoSansCJK-Regular.ttc"]


def _font(size: int, k: int):
    try:
        return ImageFont.truetype("/usr/share/fonts/opentype/noto/" + FONTS[k % len(FONTS)], size, index=2)
    except OSError:
        return ImageFont.load_default()


def _jpeg(img: Image.Image, quality: int = 80) -> Image.Image:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def watermark(img: Image.Image, text: str = "仅供参考", angle: float = 30, alpha: int = 220, font: int = 0,
              colour=(255, 255, 255)) -> Image.Image:
    """Text across the middle of the avatar, turned by ``angle``, at ``alpha`` opacity (drawn at three times the
    side, shrunk back and saved as JPEG, as the copies are shared)."""
    side = img.size[0] * 3
    big = img.convert("RGB").resize((side, side), Image.LANCZOS).convert("RGBA")
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    f = _font(int(side * 0.16), font)
    l, t, r, b = d.textbbox((0, 0), text, font=f)
    d.text(((side - (r - l)) / 2 - l, (side - (b - t)) / 2 - t), text, font=f, fill=colour + (alpha,))
    layer = layer.rotate(angle, resample=Image.BICUBIC)
    return _jpeg(Image.alpha_composite(big, layer).convert("RGB").resize(img.size, Image.LANCZOS))


def sticker(img: Image.Image, kind: str, top: bool = False) -> Image.Image:
    """A sticker in a corner (the lower right, or the upper right): a smiling face, a red star or an orange "转发"
    (forwarded) badge."""
    out = img.convert("RGB").copy()
    d = ImageDraw.Draw(out)
    s = out.size[0]
    r = s * 0.15
    cx, cy = s - r - 3, (r + 3) if top else (s - r - 3)
    if kind == "face":
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 204, 40), outline=(120, 80, 0), width=2)
        d.arc((cx - r / 2, cy - r / 5, cx + r / 2, cy + r * 0.6), 20, 160, fill=(60, 40, 0), width=3)
    elif kind == "star":
        d.polygon([(cx + r * (1 if k % 2 == 0 else 0.45) * math.cos(math.radians(-90 + 36 * k)),
                    cy + r * (1 if k % 2 == 0 else 0.45) * math.sin(math.radians(-90 + 36 * k))) for k in range(10)],
                  fill=(230, 30, 40))
    else:
        d.rounded_rectangle((cx - 1.6 * r, cy - 0.6 * r, cx + 1.4 * r, cy + 0.6 * r), radius=6, fill=(240, 80, 20))
        _centered(d, (cx - 1.6 * r, cy - 0.6 * r, cx + 1.4 * r, cy + 0.6 * r), "转发", int(r * 0.8), (255, 255, 255))
    return _jpeg(out)


def painted_frame(img: Image.Image, width: float = 0.07, colour=(200, 20, 30)) -> Image.Image:
    """A frame drawn over the avatar's own edge (not around it: the picture keeps its side)."""
    out = img.convert("RGB").copy()
    ImageDraw.Draw(out).rectangle((0, 0, out.size[0] - 1, out.size[1] - 1), outline=colour,
                                  width=int(out.size[0] * width))
    return _jpeg(out)


def band(img: Image.Image, text: str = "扫码关注") -> Image.Image:
    """A dark translucent band of text across the top."""
    big = img.convert("RGBA")
    layer = Image.new("RGBA", big.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    h = big.size[1] * 0.16
    d.rectangle((0, 0, big.size[0], h), fill=(0, 0, 0, 190))
    _centered(d, (0, 0, big.size[0], h), text, int(h * 0.6), (255, 255, 255, 255))
    return _jpeg(Image.alpha_composite(big, layer))


def design() -> Image.Image:
    """A unit's own design: a scene with a landmark, a motif and its short name on a band."""
    img = Image.new("RGB", (160, 160), (70, 140, 210))
    d = ImageDraw.Draw(img)
    for y in range(80):
        d.line((0, y, 160, y), fill=(70 + y, 140 + y // 2, 210))
    d.ellipse((104, 12, 136, 44), fill=(255, 210, 90))
    d.polygon([(20, 120), (60, 50), (90, 100), (115, 70), (150, 120)], fill=(40, 110, 70))
    d.rectangle((0, 120, 160, 160), fill=(30, 80, 50))
    _centered(d, (0, 122, 160, 158), "滨州发布", 24, (250, 250, 240))
    d.rectangle((14, 14, 40, 40), outline=(250, 250, 240), width=3)
    return img


def reading(copy: Image.Image, original: Image.Image, tmp_path, name: str = "x") -> tuple[float, float]:
    copy.save(tmp_path / f"{name}-c.png")
    original.save(tmp_path / f"{name}-o.png")
    c, o = (shot_pixels_for_record({"avatar": f"{name}-{k}.png"}, tmp_path) for k in ("c", "o"))
    return overlay_reading(OverlayImage(c), OverlayImage(o))


EDITS = {
    "diagonal white 30°": lambda i: watermark(i),
    "diagonal black -45° serif": lambda i: watermark(i, "内部资料", -45, 200, 1, (0, 0, 0)),
    "level red half-opaque": lambda i: watermark(i, "官方授权", 0, 150, 2, (230, 30, 30)),
    "diagonal yellow 15°": lambda i: watermark(i, "福利领取", 15, 240, 0, (255, 220, 0)),
    "sticker face": lambda i: sticker(i, "face"),
    "sticker star": lambda i: sticker(i, "star"),
    "forwarded badge": lambda i: sticker(i, "badge", top=True),
    "painted frame": lambda i: painted_frame(i, 0.05),
    "band of text": band,
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_copy_under_an_overlay_keeps_its_drawing_and_other_designs_do_not(tmp_path, edit):
    original = design()
    copy = EDITS[edit](original)
    kept, area = reading(copy, original, tmp_path)
    assert kept >= impostor.OVERLAY_KEPT and area >= impostor.OVERLAY_AREA
    for k, other in enumerate([_badge(), layout(label="滨州发布", **PURPLE), layout(label="滨州发布", **GREEN)]):
        assert reading(copy, other, tmp_path, f"o{k}")[0] < impostor.OVERLAY_KEPT - impostor.OVERLAY_MARGIN


def test_the_whole_image_readings_miss_a_watermarked_copy(tmp_path):
    """Why the reading: the hashes and the correlation of the whole see the overlay as much as the copy."""
    from core.avatars import avatar_hashes_from_file
    from detectors.avatar import compare, pixel_similarity, pixels_for_record
    original = design()
    original.save(tmp_path / "o.png")
    watermark(original, "内部资料", -45, 240, 1, (0, 0, 0)).save(tmp_path / "c.png")
    hashes = [avatar_hashes_from_file(tmp_path / f"{k}.png") for k in ("c", "o")]
    pixels = [pixels_for_record({"avatar": f"{k}.png"}, tmp_path) for k in ("c", "o")]
    assert compare(*hashes)["distance"] > 6 or pixel_similarity(*pixels) < impostor.PIXEL_MIN


def _registry(tmp_path, avatars: dict[str, Image.Image]) -> list[dict]:
    units = {"r1": ("滨州发布", "滨州市人民政府新闻办公室", "山东省滨州市"),
             "r2": ("济南公安", "济南市公安局", "山东省济南市"),
             "r3": ("泰安公安", "泰安市公安局", "山东省泰安市"),
             "r4": ("德州公安", "德州市公安局", "山东省德州市")}
    out = []
    for k, img in avatars.items():
        img.save(tmp_path / f"{k}.png")
        name, unit, region = units[k]
        out.append(reg(name, unit, k, region, avatar=f"{k}.png"))
    return out


def _detect(tmp_path, registry, accounts) -> dict[str, dict]:
    """Findings with the hashes set aside (``detect.avatar_max_distance`` 0: only an identical fingerprint counts),
    as for the copies whose overlay takes them 11 bits away: what is found here, the pixel layer found."""
    cfg = Config({**{s.key: s.default for s in SETTINGS}, "detect.avatar_max_distance": 0})
    return {f["account_id"]: f for f in impostor.detect(DetectionContext(registry=registry, accounts=accounts,
                                                                         base_dir=tmp_path, cfg=cfg))}


def test_a_watermarked_copy_on_a_name_of_the_units_place_is_found(tmp_path):
    registry = _registry(tmp_path, {"r1": design(), "r2": layout(label="济南公安", **PURPLE),
                                    "r3": layout(label="泰安公安", **GREEN)})
    watermark(design(), "码上认领", 30, 235).save(tmp_path / "w.png")
    sticker(design(), "badge", top=True).save(tmp_path / "s.png")
    found = _detect(tmp_path, registry, [
        acc("滨州百姓连心桥", "a", avatar="w.png"),
        acc("滨城办事小帮手", "b", avatar="s.png"),  # no place of the registry: the hashes' nearest list it
        acc("济南百姓连心桥", "c", avatar="w.png"),  # another unit's place: never
    ])
    assert "c" not in found
    assert found["a"]["target"]["account_id"] == "r1"
    assert found["a"]["evidence"]["pixel_reading"] == "overlay"
    assert found["a"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE  # for review, as every pixel finding
    assert any("水印" in r for r in found["a"]["reasons"])


def test_an_unrelated_picture_under_a_watermark_is_no_copy(tmp_path):
    registry = _registry(tmp_path, {"r1": design(), "r2": layout(label="济南公安", **PURPLE)})
    watermark(_badge(), "仅供参考").save(tmp_path / "w.png")
    assert _detect(tmp_path, registry, [acc("滨州百姓连心桥", "a", avatar="w.png")]) == {}


def test_one_layout_with_two_units_names_is_told_apart_by_the_name_or_not_at_all(tmp_path):
    """Two units draw one badge in one colour with their own names: the watermark may cover what tells them apart.
    The copy is then given to its own unit or to none, never to the other."""
    jinan, taian = layout(label="济南公安", **PURPLE), layout(label="泰安公安", **PURPLE)
    registry = _registry(tmp_path, {"r2": jinan, "r3": taian})
    for k, angle in enumerate((0, 30, -45)):
        watermark(taian, "仅供参考", angle, 230).save(tmp_path / f"w{k}.png")
    found = _detect(tmp_path, registry, [acc(f"山东平安守护{k}", f"a{k}", avatar=f"w{k}.png") for k in range(3)])
    assert all(f["target"]["account_id"] == "r3" for f in found.values())
    kept = [reading(watermark(taian, "仅供参考", 0, 230), img, tmp_path, k)[0] for k, img in (("j", jinan), ("t", taian))]
    assert kept[1] >= impostor.OVERLAY_KEPT and kept[0] >= 0.5  # the layout alone keeps much of the drawing


def test_a_template_under_a_watermark_is_a_template(tmp_path):
    """A unit whose own avatar is a shared template with its name added is not the owner of the template: a
    watermarked copy of the bare template keeps most of that unit's drawing, but all of the template's."""
    emblem = layout(label="", **PURPLE)  # the shared badge, on two units' accounts
    named = emblem.copy()  # the third unit's own: the badge with its lower fifth cleared (6 bits away: distinctive)
    ImageDraw.Draw(named).rectangle((0, 128, 160, 160), fill=PURPLE["back"])
    registry = _registry(tmp_path, {"r2": emblem, "r3": emblem, "r4": named})
    watermark(emblem, "已转发", 30, 230).save(tmp_path / "w.png")
    kept = reading(watermark(emblem, "已转发", 30, 230), named, tmp_path)[0]
    assert kept >= impostor.OVERLAY_KEPT  # by the unit's own avatar alone the copy would be its
    officials = impostor._Officials(DetectionContext(registry=registry, accounts=[], base_dir=tmp_path))
    assert [officials.entries[r]["account_id"] for r in officials.distinctive_positions] == ["r4"]
    assert _detect(tmp_path, registry, [acc("德州平安守护", "a", avatar="w.png")]) == {}
