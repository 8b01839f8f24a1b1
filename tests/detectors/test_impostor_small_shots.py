"""Issue #12 item 5: an avatar shrunk to a fifth of a screenshot (a "scan to follow" poster with a block pattern, a
shared mini-program card) is found by the colour search at ``SHOT_SIDE`` (``detectors.avatar.shot_similarity``);
another unit's design in the same screenshot, or the same layout in another unit's colours, is not."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.avatar import (
    PIXEL_SIZES,
    SHOT_SIDE,
    ShotFrame,
    compare,
    pixel_similarity,
    pixels_for_record,
    shot_pixels_for_record,
    shot_similarity,
)
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_pixels import ORANGE, acc, reg, run, save


def poster(img: Image.Image, scale: float = 0.22, seed: int = 4) -> Image.Image:
    """The avatar pasted small into the middle of a block pattern (a QR-like poster), blurred and shrunk."""
    rng = random.Random(seed)
    side = 450
    page = Image.new("RGB", (side, side), (255, 255, 255))
    d = ImageDraw.Draw(page)
    cell = side * 0.8 / 25
    for i in range(25):
        for j in range(25):
            if rng.random() < 0.5:
                x, y = side * 0.1 + j * cell, side * 0.1 + i * cell
                d.rectangle((x, y, x + cell - 1, y + cell - 1), fill=(20, 20, 20))
    a = int(side * scale)
    c = (side - a) // 2
    d.rectangle((c - 4, c - 4, c + a + 3, c + a + 3), fill=(255, 255, 255))
    page.paste(img.resize((a, a), Image.BILINEAR), (c, c))
    return page.filter(ImageFilter.GaussianBlur(0.5)).resize((150, 150), Image.BILINEAR)


def card(img: Image.Image, scale: float = 0.24) -> Image.Image:
    """A shared mini-program card: the avatar small at the top left, a name bar, a large preview pane, a footer."""
    side = 450
    page = Image.new("RGB", (side, side), (237, 237, 237))
    d = ImageDraw.Draw(page)
    d.rectangle((27, 22, 423, 427), fill=(255, 255, 255))
    a = int(side * scale)
    page.paste(img.resize((a, a), Image.BILINEAR), (45, 36))
    d.rectangle((45 + a + 14, 36 + a // 3, 45 + a + 180, 36 + a // 3 + 18), fill=(120, 120, 120))
    d.rectangle((45, 36 + a + 18, 405, 369), fill=(200, 215, 235))
    d.rectangle((45, 387, 157, 400), fill=(90, 110, 160))
    return page.filter(ImageFilter.GaussianBlur(0.45)).resize((140, 140), Image.BILINEAR)


def designs() -> dict[str, Image.Image]:
    return {"r1": layout(label="济南公安", **PURPLE), "r2": layout(label="泰安公安", **GREEN),
            "r3": layout(label="滨州发布", **ORANGE)}


def test_a_fifth_of_the_frame_is_below_the_grey_search_and_found_in_colour(tmp_path):
    images = designs()
    for k, img in images.items():
        img.save(tmp_path / f"{k}.png")
    for make in (poster, card):
        name = save(tmp_path, f"{make.__name__}.png", make(images["r1"]))
        # the grey search at 64 px tries templates no smaller than 0.28 of the frame
        assert min(PIXEL_SIZES) / 64 > 0.25
        grey = pixels_for_record({"avatar": name}, tmp_path)
        assert pixel_similarity(grey, pixels_for_record({"avatar": "r1.png"}, tmp_path)) < impostor.PIXEL_MIN
        frame = ShotFrame(shot_pixels_for_record({"avatar": name}, tmp_path))
        own = shot_similarity(frame, shot_pixels_for_record({"avatar": "r1.png"}, tmp_path, 64))
        # the card's copy reaches the threshold; the poster's (blurred among blocks, between two template sizes)
        # stands far above every other design without reaching it (what the bench's screenshot sweep measures)
        assert own >= (impostor.PIXEL_MIN if make is card else 0.9), make.__name__
        # the same layout drawn in another unit's colours with its own name, and a third design: well below
        for other in ("r2", "r3"):
            theirs = shot_similarity(frame, shot_pixels_for_record({"avatar": f"{other}.png"}, tmp_path, 64))
            assert theirs < own - 0.2, (make.__name__, other)


def test_a_blank_frame_contains_nothing():
    blank = np.full((SHOT_SIDE, SHOT_SIDE, 3), 0.5, dtype=np.float32)
    design = np.asarray(layout(label="济南公安", **PURPLE).resize((64, 64)), dtype=np.float32) / 255
    assert shot_similarity(blank, design) < 0


def test_a_card_with_the_avatar_small_on_a_name_of_the_place_is_a_suspect_for_review(tmp_path):
    images = designs()
    for k, img in images.items():
        img.save(tmp_path / f"{k}.png")
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", "r1.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", "r2.png"),
                reg("滨州发布", "滨州市人民政府新闻办公室", "r3", "山东省滨州市", "r3.png")]
    shot = save(tmp_path, "p.png", card(images["r1"]))
    far = compare(avatar_hashes((tmp_path / "p.png").read_bytes()), avatar_hashes(png_bytes(images["r1"])))
    assert far["distance"] > 10  # the hashes do not see it (the inner box is the card's preview pane)
    found = run(tmp_path, registry, [acc("济南便民服务", "a", shot),
                                     acc("泉城守望者", "x", shot),  # names no place and does not sound governmental
                                     acc("泰安便民服务", "y", shot)])  # names another unit's place
    assert set(found) == {"a"}
    f = found["a"]
    assert f["target"]["account_id"] == "r1" and f["evidence"]["layer"] == "avatar_pixels"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE
