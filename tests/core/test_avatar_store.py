"""Avatar checks: size, pixel count (decompression bombs), corrupt and non-image data; content addressing."""

from __future__ import annotations

import functools
import hashlib
import io

import pytest
from PIL import Image

from core.avatars import AvatarRejected, check_image, store_avatar
from imitations.platforms import avatars


def png(w=64, h=64) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), (200, 10, 10)).save(out, format="PNG")
    return out.getvalue()


def test_valid_avatar_is_stored_content_addressed(tmp_path):
    data = avatars.draw("release", "山东发布")
    fields = store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6)
    digest = hashlib.sha256(data).hexdigest()
    assert fields["avatar_path"] == f"avatars/{digest}.png" and fields["avatar_sha256"] == digest
    assert (tmp_path / fields["avatar_path"]).read_bytes() == data
    again = store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6)
    assert again["avatar_path"] == fields["avatar_path"] and len(list((tmp_path / "avatars").iterdir())) == 1


def test_extension_comes_from_the_decoded_format(tmp_path):
    out = io.BytesIO()
    Image.new("RGB", (32, 32)).save(out, format="JPEG")
    assert store_avatar(out.getvalue(), tmp_path, max_bytes=10**6, max_pixels=10**6)["avatar_path"].endswith(".jpg")


@pytest.mark.parametrize("data,limit_bytes,limit_pixels,match", [
    (b"", 10**6, 10**6, "为空"),
    (png(), 100, 10**6, "过大"),
    (png(200, 200), 10**6, 1000, "像素过多"),
    (avatars.bomb_png(), 10**7, 20_000_000, "像素过多|解压炸弹"),
    (avatars.corrupt_png(), 10**6, 10**6, "无法解码"),
    (b"<html>not an image</html>", 10**6, 10**6, "无法解码"),
    (b"GIF89a" + b"\0" * 20, 10**6, 10**6, "无法解码"),
])
def test_bad_avatars_are_rejected(data, limit_bytes, limit_pixels, match):
    with pytest.raises(AvatarRejected, match=match):
        check_image(data, limit_bytes, limit_pixels)


def test_identical_templates_share_a_file():
    assert avatars.draw("police", "公安") == avatars.draw("police", "公安")
    assert avatars.draw("police", "公安") != avatars.draw("release", "公安")


def test_concurrent_stores_of_one_template(tmp_path):
    """Accounts sharing a template avatar are stored at the same moment: no error, one file."""
    from concurrent.futures import ThreadPoolExecutor

    data = avatars.draw("police", "公安")
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6),
                                range(32)))
    assert len({r["avatar_path"] for r in results}) == 1
    assert [p.name for p in (tmp_path / "avatars").iterdir()] == [results[0]["avatar_path"].split("/")[1]]


def _reference_hashes(data: bytes) -> dict:
    """The fingerprints computed the straightforward way: each variant hashed on its own with imagehash (the
    definition ``core.avatars`` documents); the fast path must give exactly these values."""
    import imagehash
    from PIL import ImageOps

    from core.avatars import (
        CROP_SCALES,
        ROTATION_CROP,
        ROTATIONS,
        WORK_SIZE,
        _centre_crop,
        _open,
        _to_rgb,
        colour_signature,
        content_box,
        inner_box,
    )

    im = _open(data, 10**7, 25_000_000)
    img = _to_rgb(ImageOps.exif_transpose(im) or im)
    size = list(img.size)
    img.thumbnail((WORK_SIZE, WORK_SIZE))
    content = content_box(img)

    def ph(x):
        return str(imagehash.phash(x.convert("L")))

    return {"phash": ph(img), "content": ph(content), "crops": [ph(_centre_crop(content, s)) for s in CROP_SCALES],
            "rotations": [ph(_centre_crop(img.rotate(a, resample=Image.BILINEAR), ROTATION_CROP)) for a in ROTATIONS],
            "dhash": str(imagehash.dhash(img.convert("L"))), "dcontent": str(imagehash.dhash(content.convert("L"))),
            "inner": ph(inner_box(img)), "size": size,
            # the hue histogram is not a DCT hash: it has no faster path, so it is its own reference
            **({"colour": c} if (c := colour_signature(img)) else {})}


@functools.lru_cache(maxsize=1)
def _varied_images() -> tuple[bytes, ...]:
    import random

    from PIL import ImageDraw

    rng = random.Random(16)
    out = [avatars.draw("release", "济南发布"), avatars.draw("police", "公安"), avatars.draw("plain", "x")]
    for i, (w, h) in enumerate([(1, 1), (2, 3), (64, 64), (181, 179), (257, 255), (1000, 700)]):
        im = Image.effect_noise((w, h), 40).convert("RGB") if i % 2 else Image.new("RGB", (w, h), (250, 250, 250))
        d = ImageDraw.Draw(im)
        for _ in range(4):
            x0, y0 = rng.randrange(w), rng.randrange(h)
            d.ellipse((x0, y0, x0 + rng.randrange(1, w + 1), y0 + rng.randrange(1, h + 1)),
                      fill=tuple(rng.randrange(256) for _ in range(3)))
        for fmt, mode in (("PNG", "RGB"), ("JPEG", "RGB"), ("PNG", "RGBA"), ("PNG", "P"), ("WEBP", "RGB")):
            buf = io.BytesIO()
            im.convert(mode).save(buf, format=fmt)
            out.append(buf.getvalue())
    return tuple(out)


def test_fingerprints_equal_the_reference_computation(tmp_path):
    """One decode, one grayscale conversion, rotations computed only inside their crop and the DCTs batched:
    exactly the values of hashing each variant separately (stored fingerprints stay comparable)."""
    from core.avatars import avatar_hashes

    for data in _varied_images():
        expected = _reference_hashes(data)
        stored = store_avatar(data, tmp_path, max_bytes=10**7, max_pixels=25_000_000)["avatar_hashes"]
        assert {k: v for k, v in stored.items() if k != "version"} == expected
        assert avatar_hashes(data) == stored


def test_store_avatar_decodes_the_image_once(tmp_path, monkeypatch):
    """The validity check and the fingerprints read the same decoded image (the check used to decode it once and
    the hashing a second time)."""
    from PIL import ImageFile

    decodes = []
    load = ImageFile.ImageFile.load

    def counting_load(self):
        if self.tile:  # pixels still to decode (later calls on a loaded image return at once)
            decodes.append(self.format)
        return load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting_load)
    jpeg = next(d for d in _varied_images() if d.startswith(b"\xff\xd8") and Image.open(io.BytesIO(d)).width == 1000)
    for data in (avatars.draw("police", "公安"), jpeg):
        decodes.clear()
        store_avatar(data, tmp_path, max_bytes=10**7, max_pixels=25_000_000)
        assert len(decodes) == 1, decodes
