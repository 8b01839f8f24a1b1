"""Avatar checks: size, pixel count (decompression bombs), corrupt and non-image data; content addressing."""

from __future__ import annotations

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
