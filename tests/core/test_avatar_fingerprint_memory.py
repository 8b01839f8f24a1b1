"""Avatar bytes stored before are not decoded again: their fingerprints are kept beside the avatar store
(an earlier crawl process, another URL or account with the same bytes), bit-identical, within today's limits."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

import core.avatars
from core.avatars import FINGERPRINT_DIR, AvatarRejected, store_avatar
from imitations.platforms import avatars


def _jpeg(w=400, h=300) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), (30, 120, 200)).save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def no_decoding(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("decoded and hashed again")

    def patch():
        monkeypatch.setattr(core.avatars, "hashes_of_image", refuse)
        monkeypatch.setattr(core.avatars, "_checked", refuse)
    return patch


def test_stored_bytes_are_not_hashed_again(tmp_path, no_decoding):
    data = avatars.draw("release", "山东发布")
    first = store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6)
    no_decoding()
    again = store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6)
    assert again == first  # the very same fields, fingerprints included
    assert [p.name for p in (tmp_path / "avatars").iterdir()] == [first["avatar_path"].split("/")[1]]


def test_todays_limits_apply_to_remembered_bytes(tmp_path, no_decoding):
    data = _jpeg(400, 300)
    store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6)
    no_decoding()
    with pytest.raises(AvatarRejected, match="过大"):
        store_avatar(data, tmp_path, max_bytes=len(data) - 1, max_pixels=10**6)
    # the JPEG was decoded at reduced scale for hashing: the limit applies to its full size
    with pytest.raises(AvatarRejected, match="像素过多"):
        store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=400 * 300 - 1)


@pytest.mark.parametrize("spoil", ["version", "corrupt", "image_gone"])
def test_an_unusable_record_means_hashing_again(tmp_path, spoil):
    data = avatars.draw("release", "济南发布")
    first = store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6)
    record = tmp_path / FINGERPRINT_DIR / f"{first['avatar_sha256']}.json"
    if spoil == "version":
        doc = json.loads(record.read_text())
        doc["version"] = 1
        doc["hashes"] = {"phash": "0" * 16}
        record.write_text(json.dumps(doc))
    elif spoil == "corrupt":
        record.write_bytes(b'{"version": 2, "ext": "png", "hash')
    else:
        (tmp_path / first["avatar_path"]).unlink()
    again = store_avatar(data, tmp_path, max_bytes=10**6, max_pixels=10**6)
    assert again == first and (tmp_path / first["avatar_path"]).read_bytes() == data
    assert json.loads(record.read_text())["hashes"] == first["avatar_hashes"]
