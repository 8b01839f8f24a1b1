"""Avatar fingerprints: a DCT perceptual hash plus variants that survive crops, borders, padding and rotation.

``avatar_hashes(data)`` → a JSON-serialisable dict (stored in account records as ``avatar_hashes``):

- ``phash``: 64-bit DCT perceptual hash of the whole image (imagehash.phash), 16 hex digits;
- ``content``: the same hash of the *content box* — the image after trimming a uniform border or padding
  (whatever colour the corners share), so added frames, padding and letterboxing do not move it;
- ``crops``: hashes of centred crops of the content box (90 %, 80 %, 70 %), so an avatar cropped by an
  impostor meets a crop of the original at a similar scale;
- ``rotations``: hashes of the centre (70 %) of the image turned by ±7°, for slightly rotated copies;
- ``dhash`` / ``dcontent``: difference (gradient) hashes of the whole image and of the content box — flat,
  symmetric emblem graphics leave many DCT coefficients near zero, where ``phash`` bits flip on re-encoding;
  gradients stay put;
- ``size``: the original width and height.

Distances are only taken between hashes of the same kind (DCT with DCT, gradient with gradient).

``compare(a, b)`` takes the smallest Hamming distance over all pairs of variants. Government avatars share
templates (police emblem, red 发布 badge), so a similar avatar is *supporting* evidence only; the detectors never
flag on it alone.

Untrusted input: files over ``MAX_BYTES`` or images over ``MAX_PIXELS`` (checked from the header, before
decoding) are refused with a Chinese ``ValueError``; so are truncated or corrupt files.
"""

from __future__ import annotations

import io
import warnings
from typing import Iterable

import imagehash
import numpy as np
from PIL import Image, ImageChops, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 25_000_000  # an avatar is a few hundred pixels square; this leaves room for odd uploads
HASH_BITS = 64
WORK_SIZE = 256  # images are reduced to at most this size before hashing
CROP_SCALES = (0.9, 0.8, 0.7)
ROTATIONS = (-7, 7)
ROTATION_CROP = 0.7
HASH_VERSION = 1


def _open(data: bytes, max_bytes: int, max_pixels: int) -> Image.Image:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ValueError("头像数据必须是字节串")
    if len(data) == 0:
        raise ValueError("头像文件为空")
    if len(data) > max_bytes:
        raise ValueError(f"头像文件过大：{len(data)} 字节，上限 {max_bytes} 字节")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(bytes(data)))  # reads the header only
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValueError("头像图片像素过多，疑似“解压炸弹”，已拒绝") from None
    except UnidentifiedImageError:
        raise ValueError("无法识别的头像图片：文件已损坏或不是图片") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValueError(f"头像图片头部损坏：{exc}") from None
    width, height = im.size
    if width <= 0 or height <= 0:
        raise ValueError("头像图片尺寸无效")
    if width * height > max_pixels:
        raise ValueError(f"头像图片像素过多（{width}×{height}），疑似“解压炸弹”，已拒绝")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            if im.format == "JPEG":
                im.draft("RGB", (WORK_SIZE, WORK_SIZE))  # decode at reduced scale
            im.seek(0)
            im.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValueError(f"头像图片像素过多（{width}×{height}），疑似“解压炸弹”，已拒绝") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValueError(f"头像图片已损坏，无法解码：{exc}") from None
    return im


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return im.convert("RGB")


def content_box(img: Image.Image, tolerance: int = 40) -> Image.Image:
    """The image without a uniform frame: trims borders/padding whose colour matches the corners."""
    w, h = img.size
    corners = [img.getpixel(p) for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1))]
    bg = tuple(int(np.median([c[i] for c in corners])) for i in range(3))
    diff = ImageChops.difference(img, Image.new("RGB", img.size, bg)).convert("L")
    bbox = diff.point(lambda v: 255 if v > tolerance else 0).getbbox()
    if not bbox:
        return img
    x0, y0, x1, y1 = bbox
    if (x1 - x0) * (y1 - y0) < 0.1 * w * h:  # a speck on a blank canvas: keep the whole image
        return img
    return img.crop(bbox)


def _centre_crop(img: Image.Image, scale: float) -> Image.Image:
    w, h = img.size
    cw, ch = max(1, round(w * scale)), max(1, round(h * scale))
    x0, y0 = (w - cw) // 2, (h - ch) // 2
    return img.crop((x0, y0, x0 + cw, y0 + ch))


def _phash(img: Image.Image) -> str:
    return str(imagehash.phash(img.convert("L")))


def hashes_of_image(im: Image.Image) -> dict:
    img = _to_rgb(ImageOps.exif_transpose(im) or im)
    size = list(img.size)
    img.thumbnail((WORK_SIZE, WORK_SIZE))
    content = content_box(img)
    return {
        "phash": _phash(img),
        "content": _phash(content),
        "crops": [_phash(_centre_crop(content, s)) for s in CROP_SCALES],
        # turned, then the centre kept so that whatever fills the corners does not matter
        "rotations": [_phash(_centre_crop(img.rotate(a, resample=Image.BILINEAR), ROTATION_CROP))
                      for a in ROTATIONS],
        # gradient hashes: steadier than the DCT hash on flat, symmetric emblem graphics
        "dhash": str(imagehash.dhash(img.convert("L"))),
        "dcontent": str(imagehash.dhash(content.convert("L"))),
        "size": size,
        "version": HASH_VERSION,
    }


def avatar_hashes(data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> dict:
    """Fingerprints of an avatar image given as bytes (see the module docstring); ValueError in Chinese if bad."""
    im = _open(data, max_bytes, max_pixels)
    try:
        return hashes_of_image(im)
    except (OSError, ValueError) as exc:
        raise ValueError(f"头像图片无法处理：{exc}") from None


def avatar_hashes_from_file(path, **limits) -> dict:
    with open(path, "rb") as fh:
        data = fh.read(limits.get("max_bytes", MAX_BYTES) + 1)
    return avatar_hashes(data, **limits)


def variants(h: dict) -> list[str]:
    """All hash strings of one fingerprint dict (the whole image first)."""
    out = [h.get("phash"), h.get("content")]
    out += list(h.get("crops") or []) + list(h.get("rotations") or []) + [h.get("dhash"), h.get("dcontent")]
    return [v for v in out if isinstance(v, str) and len(v) == HASH_BITS // 4]


def compare(a: dict, b: dict, max_distance: int = 10) -> dict:
    """Distances between two fingerprint dicts and a verdict usable in reasons.

    ``distance`` is the smallest Hamming distance over all variant pairs (out of 64 bits); ``phash_distance``
    compares the whole images only; ``similar`` is ``distance <= max_distance``.
    """
    va, vb = variants(a or {}), variants(b or {})
    if not va or not vb:
        return {"distance": None, "phash_distance": None, "bits": HASH_BITS, "similar": False, "via": None}
    distance = int(pair_distances(hash_matrix([a]), hash_matrix([b]))[0])
    phash = _hamming(a.get("phash"), b.get("phash"))
    content = _hamming(a.get("content"), b.get("content"))
    via = ("phash" if phash == distance else "content" if content == distance else
           "dhash" if distance in (_hamming(a.get("dhash"), b.get("dhash")),
                                   _hamming(a.get("dcontent"), b.get("dcontent"))) else "variant")
    return {"distance": distance, "phash_distance": phash, "bits": HASH_BITS, "similar": distance <= max_distance,
            "via": via}


def _hamming(x: str | None, y: str | None) -> int | None:
    try:
        return bin(int(x, 16) ^ int(y, 16)).count("1") if x and y else None
    except ValueError:
        return None


# ---- vectorised comparison for many pairs -----------------------------------------------------------------

DCT_SLOTS = 2 + len(CROP_SCALES) + len(ROTATIONS)
SLOTS = DCT_SLOTS + 2  # + dhash, dcontent
_FAMILY = np.array([0] * DCT_SLOTS + [1, 1])
_SAME_FAMILY = _FAMILY[:, None] == _FAMILY[None, :]


def hash_matrix(hashes: Iterable[dict | None]) -> np.ndarray:
    """uint64 matrix [n, SLOTS+1]: the variants of each fingerprint; last column is a bit mask of present slots."""
    rows = []
    for h in hashes:
        row = [0] * (SLOTS + 1)
        mask = 0
        if h:
            vs = [h.get("phash"), h.get("content")] + list(h.get("crops") or [])[:len(CROP_SCALES)]
            vs += [None] * (2 + len(CROP_SCALES) - len(vs))
            vs += list(h.get("rotations") or [])[:len(ROTATIONS)]
            vs += [None] * (DCT_SLOTS - len(vs))
            vs += [h.get("dhash"), h.get("dcontent")]
            for k, v in enumerate(vs[:SLOTS]):
                if isinstance(v, str) and len(v) == HASH_BITS // 4:
                    try:
                        row[k] = int(v, 16)
                        mask |= 1 << k
                    except ValueError:
                        pass
        row[SLOTS] = mask
        rows.append(row)
    return np.array(rows, dtype=np.uint64).reshape(-1, SLOTS + 1)


def pair_distances(ma: np.ndarray, mb: np.ndarray) -> np.ndarray:
    """Row-wise smallest Hamming distance between fingerprints ``ma[i]`` and ``mb[i]`` (65 when unknown).

    Pure numpy: XOR of all variant pairs and ``np.bitwise_count`` (popcount) — no Python loop over pairs.
    """
    if len(ma) == 0:
        return np.zeros(0, dtype=np.int64)
    a, b = ma[:, :SLOTS], mb[:, :SLOTS]
    d = np.bitwise_count(a[:, :, None] ^ b[:, None, :]).astype(np.int64)
    bits = np.arange(SLOTS, dtype=np.uint64)
    va = ((ma[:, SLOTS:SLOTS + 1] >> bits) & np.uint64(1)).astype(bool)
    vb = ((mb[:, SLOTS:SLOTS + 1] >> bits) & np.uint64(1)).astype(bool)
    valid = va[:, :, None] & vb[:, None, :] & _SAME_FAMILY[None, :, :]
    d = np.where(valid, d, HASH_BITS + 1)
    return d.reshape(len(ma), -1).min(axis=1)


def hashes_for_record(record: dict, base_dir=None) -> dict | None:
    """The fingerprints of a record's avatar: precomputed ``avatar_hashes``, else computed from a *local* file.

    URLs are never fetched (detectors do no network); unreadable or refused files give None.
    """
    pre = record.get("avatar_hashes")
    if isinstance(pre, dict) and pre.get("phash"):
        return pre
    if isinstance(record.get("avatar_phash"), str) and len(record["avatar_phash"]) == HASH_BITS // 4:
        return {"phash": record["avatar_phash"]}  # older records: the whole-image hash only
    path = record.get("avatar")
    if not path or not isinstance(path, str) or "://" in path or path.startswith("data:"):
        return None
    from pathlib import Path
    p = Path(path)
    if not p.is_absolute() and base_dir is not None:
        p = Path(base_dir) / p
    try:
        return avatar_hashes_from_file(p)
    except (OSError, ValueError):
        return None
