"""Avatar fingerprints: robustness to everyday edits, template look-alikes, and hostile files."""

from __future__ import annotations

import io
import json
import random
import struct
import zlib

import pytest
from PIL import Image

from core.avatars import avatar_hashes
from detectors.avatar import compare, hash_matrix, hashes_for_record, pair_distances
from tests.detectors.evalset import TRANSFORMS, png_bytes, template_avatar, transform_avatar


@pytest.fixture(scope="module")
def fabu():
    return template_avatar("fabu", "济南")


def test_hashes_shape_and_json(fabu):
    h = avatar_hashes(png_bytes(fabu))
    assert len(h["phash"]) == 16 and int(h["phash"], 16) >= 0
    assert len(h["content"]) == 16 and len(h["crops"]) == 3 and len(h["rotations"]) == 2
    assert h["size"] == [96, 96]
    assert json.loads(json.dumps(h)) == h


@pytest.mark.parametrize("transform", TRANSFORMS)
def test_transformed_copies_match(fabu, transform):
    original = avatar_hashes(png_bytes(fabu))
    copy = avatar_hashes(png_bytes(transform_avatar(fabu, transform, random.Random(1))))
    verdict = compare(copy, original)
    assert verdict["similar"], verdict
    assert verdict["bits"] == 64


def test_border_and_padding_use_the_content_signal(fabu):
    original = avatar_hashes(png_bytes(fabu))
    padded = avatar_hashes(png_bytes(transform_avatar(fabu, "padding", random.Random(1))))
    assert compare(padded, original)["phash_distance"] > 10  # the plain phash alone would miss it
    assert compare(padded, original)["distance"] <= 2


def test_different_templates_do_not_match(fabu):
    a = avatar_hashes(png_bytes(fabu))
    for template in ("police", "health", "market", "emergency", "own"):
        assert not compare(a, avatar_hashes(png_bytes(template_avatar(template, "x"))))["similar"], template


def test_jpeg_input(fabu):
    buf = io.BytesIO()
    fabu.save(buf, "JPEG", quality=60)
    assert compare(avatar_hashes(buf.getvalue()), avatar_hashes(png_bytes(fabu)))["similar"]


def test_transparent_and_palette_images():
    rgba = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    rgba.paste((200, 0, 0, 255), (16, 16, 48, 48))
    assert len(avatar_hashes(png_bytes(rgba))["phash"]) == 16
    assert len(avatar_hashes(png_bytes(rgba.convert("P")))["phash"]) == 16


def test_pair_distances_vectorised(fabu):
    a = avatar_hashes(png_bytes(fabu))
    b = avatar_hashes(png_bytes(template_avatar("police")))
    m1, m2 = hash_matrix([a, a, None]), hash_matrix([a, b, a])
    d = pair_distances(m1, m2)
    assert d[0] == 0 and d[1] > 10 and d[2] == 65  # unknown avatar → larger than any real distance


@pytest.mark.parametrize("data, words", [
    (b"", "为空"),
    (b"not an image at all", "无法识别"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "损坏"),
])
def test_bad_bytes_raise_chinese_errors(data, words):
    with pytest.raises(ValueError, match=words):
        avatar_hashes(data)


def test_truncated_image(fabu):
    data = png_bytes(fabu)
    with pytest.raises(ValueError, match="损坏"):
        avatar_hashes(data[: len(data) // 2])


def test_oversized_file():
    with pytest.raises(ValueError, match="过大"):
        avatar_hashes(b"\x00" * 2048, max_bytes=1024)


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that *claims* to be width×height (a decompression bomb's header)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [50000, 6000])  # above Pillow's own limit, and above only ours
def test_decompression_bomb_refused_before_decoding(side):
    bomb = _png_header_only(side, side)
    assert len(bomb) < 1000
    with pytest.raises(ValueError, match="解压炸弹"):
        avatar_hashes(bomb)


def test_pixel_cap_is_a_parameter(fabu):
    with pytest.raises(ValueError, match="像素过多"):
        avatar_hashes(png_bytes(fabu), max_pixels=96 * 96 - 1)


def test_hashes_for_record(tmp_path, fabu):
    (tmp_path / "a.png").write_bytes(png_bytes(fabu))
    assert hashes_for_record({"avatar": "a.png"}, tmp_path)["phash"]
    assert hashes_for_record({"avatar": "https://example.invalid/a.png"}, tmp_path) is None  # no network
    assert hashes_for_record({"avatar": "missing.png"}, tmp_path) is None
    (tmp_path / "bad.png").write_bytes(b"junk")
    assert hashes_for_record({"avatar": "bad.png"}, tmp_path) is None
    pre = {"phash": "0" * 16}
    assert hashes_for_record({"avatar_hashes": pre, "avatar": "a.png"}, tmp_path) is pre


def test_flat_symmetric_emblem_reframed_and_reencoded():
    """Flat emblem graphics leave DCT coefficients near zero; the gradient hashes keep such copies together."""
    from PIL import ImageDraw, ImageOps
    im = Image.new("RGB", (200, 200), "white")
    d = ImageDraw.Draw(im)
    d.ellipse((20, 20, 180, 180), fill=(200, 0, 0))
    d.rectangle((80, 60, 120, 150), fill="yellow")
    framed = ImageOps.expand(im.resize((120, 120)), border=10, fill="white")
    buf = io.BytesIO()
    framed.save(buf, "JPEG", quality=80)
    verdict = compare(avatar_hashes(png_bytes(im)), avatar_hashes(buf.getvalue()))
    assert verdict["similar"] and verdict["via"] == "dhash", verdict
