"""Issue #12 item 5, rotated copies: an avatar turned by an angle between the hashes' ``ROTATIONS`` (15-25°, the
corners filled with a colour or cut back to a square or a circle) is found by the pixel layer
(``detectors.avatar.rotated_similarity``: a log-polar estimate of angle and zoom, then the turned-back disc
correlated with the original); different designs and one badge layout drawn by several units are not joined."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.avatar import (
    ROTATION_MIN_ANGLE,
    compare,
    pixel_similarity,
    pixels_for_record,
    rotated_similarity,
)
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_pixels import ORANGE, acc, reg, run


def design(seed: int) -> Image.Image:
    """A distinctive avatar: random discs and bars on a random ground."""
    rng = random.Random(seed)
    img = Image.new("RGB", (160, 160), tuple(rng.randrange(40, 256) for _ in range(3)))
    d = ImageDraw.Draw(img)
    for _ in range(rng.randrange(4, 8)):
        x, y, s = rng.randrange(130), rng.randrange(130), rng.randrange(20, 60)
        d.ellipse((x, y, x + s, y + s), fill=tuple(rng.randrange(256) for _ in range(3)))
    for _ in range(rng.randrange(2, 4)):
        y = rng.randrange(150)
        d.rectangle((rng.randrange(40), y, rng.randrange(100, 160), y + rng.randrange(4, 12)),
                    fill=tuple(rng.randrange(256) for _ in range(3)))
    return img


def turned(img: Image.Image, angle: float, fill: str) -> Image.Image:
    """``img`` turned about its centre; corners white, black, its own ground, cut back to a square or a circle;
    saved as JPEG (q88) and read back."""
    w, h = img.size
    colour = {"white": (255, 255, 255), "black": (0, 0, 0)}.get(fill, img.getpixel((1, 1)))
    out = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=colour)
    if fill == "square":
        out = out.crop((10, 10, w - 10, h - 10)).resize((w, h), Image.LANCZOS)
    elif fill == "circle":
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).ellipse((0, 0, w - 1, h - 1), fill=255)
        out = Image.composite(out, Image.new("RGB", (w, h), (255, 255, 255)), mask)
    buf = io.BytesIO()
    out.resize((180, 180), Image.LANCZOS).save(buf, "JPEG", quality=88)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def grey(tmp_path, name: str, img: Image.Image) -> np.ndarray:
    img.save(tmp_path / name)
    return pixels_for_record({"avatar": name}, tmp_path)


@pytest.mark.parametrize("fill", ["white", "black", "ground", "square", "circle"])
@pytest.mark.parametrize("angle", [-24, -17, 12, 21, 29])
def test_a_turned_copy_is_found_by_pixels_whatever_fills_its_corners(tmp_path, fill, angle):
    original = design(7)
    copy = turned(original, angle, fill)
    a, b = grey(tmp_path, "c.png", copy), grey(tmp_path, "o.png", original)
    sim, found_angle, zoom = rotated_similarity(a, b)
    assert sim >= impostor.PIXEL_MIN
    assert abs(abs(found_angle) - abs(angle)) < 1.5  # the angle it was turned by (the sign is the resampling's)
    assert 1.05 < zoom < 1.25 if fill == "square" else 0.95 < zoom < 1.05
    assert pixel_similarity(a, b) >= impostor.PIXEL_MIN
    assert pixel_similarity(a, b, turned=False) < impostor.PIXEL_MIN  # the crop and frame searches miss it


def test_the_hashes_miss_most_copies_turned_twenty_five_degrees():
    far = 0
    for seed in range(8):
        buf = io.BytesIO()
        turned(design(seed), 25, "ground").save(buf, "PNG")
        far += compare(avatar_hashes(buf.getvalue()), avatar_hashes(png_bytes(design(seed))))["distance"] > 10
    assert far >= 5  # why the pixel layer turns copies back


def test_different_designs_are_not_joined_by_turning(tmp_path):
    images = [grey(tmp_path, f"d{k}.png", design(k)) for k in range(8)]
    for i, a in enumerate(images):
        for j, b in enumerate(images):
            if i != j:
                assert rotated_similarity(a, b)[0] < impostor.PIXEL_MIN
                assert pixel_similarity(a, b) < impostor.PIXEL_MIN


def test_one_badge_layout_of_different_units_is_not_joined(tmp_path):
    """Two units' badges of one layout (ring, arch, star, their own names): compared whole at one scale they
    correlate like a copy; the turned search leaves images that line up unturned to the other layers."""
    badges = [layout(label="济南公安", **PURPLE), layout(label="青岛交警", **GREEN), layout(label="滨州发布", **ORANGE)]
    pixels = [grey(tmp_path, f"b{k}.png", img) for k, img in enumerate(badges)]
    for i, a in enumerate(pixels):
        for j, b in enumerate(pixels):
            if i != j:
                assert rotated_similarity(a, b)[0] < impostor.PIXEL_MIN
                assert pixel_similarity(a, b) < impostor.PIXEL_MIN
    # a copy turned by less than ROTATION_MIN_ANGLE is left to the hashes (their ±7° variants see it)
    slight = grey(tmp_path, "s.png", turned(badges[0], ROTATION_MIN_ANGLE / 2, "ground"))
    assert rotated_similarity(slight, pixels[0])[0] < 0


@pytest.fixture
def world(tmp_path):
    images = {"r1": design(7), "r2": design(8), "r3": design(9)}
    for k, img in images.items():
        img.save(tmp_path / f"{k}.png")
    registry = [reg("郁南市场监管", "郁南县市场监督管理局", "r1", "广东省云浮市郁南县", "r1.png"),
                reg("乳源文旅", "乳源瑶族自治县文化和旅游局", "r2", "广东省韶关市乳源瑶族自治县", "r2.png"),
                reg("滨州发布", "滨州市人民政府新闻办公室", "r3", "山东省滨州市", "r3.png")]
    return tmp_path, images, registry


def test_a_turned_copy_on_a_name_of_the_place_is_a_suspect_for_review(world):
    tmp_path, images, registry = world
    (tmp_path / "t.jpg").write_bytes(b"")
    turned(images["r1"], 19, "square").save(tmp_path / "t.jpg")
    found = run(tmp_path, registry, [acc("郁南办事宝", "a", "t.jpg")])
    f = found["a"]
    assert f["target"]["account_id"] == "r1" and f["evidence"]["layer"] == "avatar_pixels"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE and any("需人工复核" in r for r in f["reasons"])


def test_a_turned_copy_still_needs_a_name_or_description_pointing_at_the_unit(world):
    tmp_path, images, registry = world
    turned(images["r1"], -22, "white").save(tmp_path / "t.jpg")
    turned(images["r3"], 18, "circle").save(tmp_path / "o.jpg")
    found = run(tmp_path, registry, [
        acc("山间守望者", "x", "t.jpg"),  # the name neither sounds governmental nor names a place
        acc("滨州便民服务", "y", "t.jpg"),  # names another unit's place
        acc("郁南便民服务", "z", "o.jpg"),  # the copy is another place's avatar
    ])
    assert found == {}


def test_the_turned_search_takes_any_pair_of_images(tmp_path):
    """Runner-up peaks of the log-polar correlation are no local maxima: their interpolated zoom stays bounded."""
    rng = np.random.default_rng(3)
    for _ in range(40):
        a, b = rng.random((2, 64, 64)).astype(np.float32)
        sim, _, zoom = rotated_similarity(a, b)
        assert -1.0 <= sim < impostor.PIXEL_MIN and 0.8 < zoom < 1.7
