"""Avatar files: checked (size, pixel count, decodable), stored content-addressed, hashed for the detectors.

The file name is the SHA-256 of the bytes plus an extension chosen from the *decoded* image format — never
from the URL or any crawled text — under ``<data_dir>/avatars/``; records keep the path relative to the data
directory.
"""

from __future__ import annotations

import hashlib
import io
import os
import uuid
import warnings
from pathlib import Path

from PIL import Image

try:  # written in parallel by the detectors' part; optional until it lands
    from detectors.avatar import avatar_hashes as _avatar_hashes
except ImportError:  # pragma: no cover - depends on the other part's progress
    _avatar_hashes = None

EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp", "BMP": "bmp"}


class AvatarRejected(ValueError):
    """The image is too large, a decompression bomb, corrupt, or not an image we accept."""


def check_image(data: bytes, max_bytes: int, max_pixels: int) -> str:
    """The file extension for ``data`` after validating it; AvatarRejected (with a Chinese reason) otherwise."""
    if not data:
        raise AvatarRejected("头像为空")
    if len(data) > max_bytes:
        raise AvatarRejected(f"头像过大（{len(data)} 字节，上限 {max_bytes}）")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                fmt = img.format
                w, h = img.size
                if w * h > max_pixels:
                    raise AvatarRejected(f"头像像素过多（{w}×{h}，上限 {max_pixels}，疑似解压炸弹）")
                img.verify()
            with Image.open(io.BytesIO(data)) as img:
                img.load()  # verify() does not decode the pixels; a truncated file fails here
    except AvatarRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise AvatarRejected(f"头像疑似解压炸弹：{exc}") from None
    except Exception as exc:  # noqa: BLE001 - PIL raises many types for corrupt data
        raise AvatarRejected(f"头像无法解码：{type(exc).__name__}") from None
    ext = EXTENSIONS.get(fmt or "")
    if ext is None:
        raise AvatarRejected(f"不支持的头像格式：{fmt}")
    return ext


def store_avatar(data: bytes, data_dir: Path, *, max_bytes: int, max_pixels: int) -> dict:
    """Validate, write (once) and hash an avatar; the account fields to merge into its record."""
    ext = check_image(data, max_bytes, max_pixels)
    digest = hashlib.sha256(data).hexdigest()
    rel = Path("avatars") / f"{digest}.{ext}"
    path = Path(data_dir) / rel
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # a private temporary name: accounts sharing a template avatar are stored concurrently
        tmp = path.with_name(f".{digest}.{uuid.uuid4().hex}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # atomic; the same content may win twice
    fields = {"avatar_path": rel.as_posix(), "avatar": rel.as_posix(), "avatar_sha256": digest}
    if _avatar_hashes is not None:
        try:
            fields["avatar_hashes"] = _avatar_hashes(data)
        except ValueError as exc:
            raise AvatarRejected(f"头像无法计算感知哈希：{exc}") from None
    return fields


def hashes_available() -> bool:
    return _avatar_hashes is not None
