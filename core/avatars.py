"""Avatar files: validated, stored content-addressed, and fingerprinted — the ground floor every part shares.

Storage (``store_avatar``): the file name is the SHA-256 of the bytes plus an extension chosen from the *decoded*
image format — never from the URL or any crawled text — under ``<data_dir>/avatars/``; records keep the path
relative to the data directory. ``check_image`` refuses empty, oversized, bomb-sized and undecodable images.

Fingerprints (``avatar_hashes``): a DCT perceptual hash plus variants that survive crops, borders, padding and
rotation, stored in account records as ``avatar_hashes``:

- ``phash``: 64-bit DCT perceptual hash of the whole image (imagehash.phash), 16 hex digits;
- ``content``: the same hash of the *content box* — the image after trimming a uniform border or padding
  (whatever colour the corners share), so added frames, padding and letterboxing do not move it;
- ``crops``: hashes of centred crops of the content box (90 %, 80 %, 70 %), so an avatar cropped by an
  impostor meets a crop of the original at a similar scale;
- ``rotations``: hashes of the centre (70 %) of the image turned by ±7°, for slightly rotated copies;
- ``dhash`` / ``dcontent``: difference (gradient) hashes of the whole image and of the content box — flat,
  symmetric emblem graphics leave many DCT coefficients near zero, where ``phash`` bits flip on re-encoding;
  gradients stay put;
- ``inner``: the DCT hash of the *main object*: nested uniform frames trimmed one after another, then the
  bounding box of the largest connected region that differs from the frame — an avatar pasted into a screenshot
  or an app frame (with text lines beside it) meets the original's content box;
- ``colour``: the hue histogram of the centre (70 %) of the content box (both read at ``SMALL_SIZE`` px), ``COLOUR_BINS`` bins weighted by
  saturation × value, one byte per bin (hex); absent for a grey image. The hashes above read grey levels only,
  so two units' avatars drawn from one layout in different colours hash alike; this tells them apart;
- ``size``: the original width and height.

Comparing fingerprints is the detectors' business (``detectors.avatar``).

Serving (``stored_avatar_file``): a recorded path is only ever turned back into a file when it names the avatar
store exactly (``avatars/<sha256>.<ext>``), the file is a regular file (not a symlink) inside
``<data_dir>/avatars/``, its content hashes to its name and its first bytes are an image of the named type. Any
other recorded path (``web-secret.key``, ``govwatch.db``, ``../x``, an absolute path) names nothing.

Untrusted input: files over ``MAX_BYTES`` or images over ``MAX_PIXELS`` (checked from the header, before
decoding) are refused with a Chinese ``ValueError``; so are truncated or corrupt files.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import re
import stat
import sys
import threading
import uuid
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageChops, ImageOps, UnidentifiedImageError

if TYPE_CHECKING:
    import numpy as np

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 25_000_000  # an avatar is a few hundred pixels square; this leaves room for odd uploads
HASH_BITS = 64
WORK_SIZE = 256  # images are reduced to at most this size before hashing
CROP_SCALES = (0.9, 0.8, 0.7)
ROTATIONS = (-7, 7)
ROTATION_CROP = 0.7
HASH_VERSION = 2  # 2: ``inner`` and ``colour`` added (records of version 1 simply lack them)
COLOUR_BINS = 18
SMALL_SIZE = 64  # ``colour`` is read from the image reduced to this size
INNER_SIZE = 96  # ``inner``'s region is found at this size (at 64 px, thin gaps between an avatar and text close)
COLOUR_MIN_MASS = 0.03  # mean saturation × value below which an image counts as grey (no ``colour``)


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
    box = _content_bbox(img, tolerance)
    return img.crop(box) if box else img


def _centre_crop(img: Image.Image, scale: float) -> Image.Image:
    w, h = img.size
    cw, ch = max(1, round(w * scale)), max(1, round(h * scale))
    x0, y0 = (w - cw) // 2, (h - ch) // 2
    return img.crop((x0, y0, x0 + cw, y0 + ch))


def _content_bbox(img: Image.Image, tolerance: int = 40) -> tuple[int, int, int, int] | None:
    """The box ``content_box`` keeps (None: the whole image)."""
    w, h = img.size
    corners = [img.getpixel(p) for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1))]
    bg = tuple(int(_median4([c[i] for c in corners])) for i in range(3))
    diff = ImageChops.difference(img, Image.new("RGB", img.size, bg)).convert("L")
    bbox = diff.point([255 if v > tolerance else 0 for v in range(256)]).getbbox()
    if not bbox:
        return None
    x0, y0, x1, y1 = bbox
    if (x1 - x0) * (y1 - y0) < 0.1 * w * h:  # a speck on a blank canvas: keep the whole image
        return None
    return bbox


def _median4(values: list[int]) -> float:
    """``np.median`` of four numbers (the mean of the middle two), without numpy's overhead."""
    ordered = sorted(values)
    return (ordered[1] + ordered[2]) / 2


def _rotated_centre(img: Image.Image, angle: float, scale: float) -> Image.Image:
    """``_centre_crop(img.rotate(angle, BILINEAR), scale)``, computing only the pixels the crop keeps."""
    w, h = img.size
    cw, ch = max(1, round(w * scale)), max(1, round(h * scale))
    x0, y0 = (w - cw) // 2, (h - ch) // 2
    # Image.rotate's inverse matrix about the centre (computed the same way), moved to the crop's origin
    rad = -math.radians(angle % 360.0)
    a, b = round(math.cos(rad), 15), round(math.sin(rad), 15)
    d, e = round(-math.sin(rad), 15), round(math.cos(rad), 15)
    cx, cy = w / 2, h / 2
    c = a * -cx + b * -cy + 0.0 + cx
    f = d * -cx + e * -cy + 0.0 + cy
    return img.transform((cw, ch), Image.Transform.AFFINE,
                         (a, b, c + a * x0 + b * y0, d, e, f + d * x0 + e * y0), resample=Image.BILINEAR)


_PHASH_SIDE = 32  # imagehash.phash: hash_size 8 × highfreq_factor 4


def _phashes(images: list[Image.Image]) -> list[str]:
    """``imagehash.phash`` of each (grayscale) image, the DCTs and medians computed for all of them at once."""
    import numpy as np

    pixels = np.stack([np.asarray(im.resize((_PHASH_SIDE, _PHASH_SIDE), Image.LANCZOS)) for im in images])
    dct = _dct2(_dct2(pixels.astype(np.float64), axis=1), axis=2)
    low = dct[:, :8, :8].reshape(len(images), 64)
    bits = low > np.median(low, axis=1, keepdims=True)
    return [row.tobytes().hex() for row in np.packbits(bits, axis=1)]


_POCKETFFT = "scipy.fft._pocketfft.pypocketfft"
_pocketfft_module = None
_pocketfft_lock = threading.Lock()  # avatars are hashed in a thread pool: load the module once


def _pocketfft():
    """scipy's compiled pocketfft module, loaded on its own: importing it the ordinary way runs ``scipy.fft``'s
    package, which imports ``scipy.special`` and scipy's array-API layer (~0.3 s CPU in every process that
    hashes an avatar). None when this scipy does not have it where expected."""
    global _pocketfft_module
    with _pocketfft_lock:
        if _pocketfft_module is None:
            _pocketfft_module = sys.modules.get(_POCKETFFT) or _load_pocketfft() or False
    return _pocketfft_module or None


def _load_pocketfft():
    import importlib.machinery
    import importlib.util

    spec = importlib.util.find_spec("scipy")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = os.path.join(folder, "fft", "_pocketfft", "pypocketfft" + suffix)
            if os.path.isfile(path):
                loader = importlib.machinery.ExtensionFileLoader(_POCKETFFT, path)
                module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(
                    _POCKETFFT, path, loader=loader))
                loader.exec_module(module)
                return module
    return None


def _dct2(x: np.ndarray, axis: int) -> np.ndarray:
    """``scipy.fftpack.dct(x, axis=axis)`` of a float64 array (type II, no normalisation): the very call
    scipy.fftpack makes into pocketfft (``dct(x, type=2, axes=(axis,), norm=0 (backward), out=None,
    workers=1, orthogonalize=None)``), so the values are bit-identical."""
    module = _pocketfft()
    if module is None:  # another scipy layout: the ordinary (slower to import) route, same values
        import scipy.fftpack

        return scipy.fftpack.dct(x, axis=axis)
    return module.dct(x, 2, (axis,), 0, None, 1, None)


def _dhash(gray: Image.Image) -> str:
    """``imagehash.dhash`` of a grayscale image."""
    import numpy as np

    pixels = np.asarray(gray.resize((9, 8), Image.LANCZOS))
    return np.packbits(pixels[:, 1:] > pixels[:, :-1]).tobytes().hex()


def _small(img: Image.Image, size: int = SMALL_SIZE) -> Image.Image:
    """``img`` reduced (box filter) to at most ``size`` pixels a side: the new fingerprints are read from this."""
    w, h = img.size
    scale = size / max(w, h)
    if scale >= 1:
        return img
    return img.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.BOX)


def _frame_colour(a: np.ndarray, ring: bool) -> np.ndarray:
    """The median colour of the four corners, or of the whole outermost ring of pixels (by sorting: np.median
    costs more than everything else here on arrays this small)."""
    import numpy as np

    edge = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]]) if ring else a[[0, 0, -1, -1], [0, -1, 0, -1]]
    return np.sort(edge, axis=0)[len(edge) // 2]


def _differs(a: np.ndarray, colour: np.ndarray, tolerance: int) -> np.ndarray:
    d = abs(a - colour)
    return (d[..., 0] > tolerance) | (d[..., 1] > tolerance) | (d[..., 2] > tolerance)


def _opened(mask: np.ndarray) -> np.ndarray:
    """``scipy.ndimage.binary_opening(mask)`` (its default 4-neighbour cross, one iteration, pixels outside the
    image counting as background): an erosion, then a dilation."""
    eroded = mask.copy()
    eroded[1:] &= mask[:-1]
    eroded[:-1] &= mask[1:]
    eroded[:, 1:] &= mask[:, :-1]
    eroded[:, :-1] &= mask[:, 1:]
    eroded[[0, -1], :] = False
    eroded[:, [0, -1]] = False
    opened = eroded.copy()
    opened[1:] |= eroded[:-1]
    opened[:-1] |= eroded[1:]
    opened[:, 1:] |= eroded[:, :-1]
    opened[:, :-1] |= eroded[:, 1:]
    return opened


def _largest_region(mask: np.ndarray) -> tuple[slice, slice] | None:
    """The bounding box (row slice, column slice) of the largest 4-connected region of ``mask`` — of the first
    in raster order among equally large ones — or None when ``mask`` is empty: what ``scipy.ndimage``'s
    ``label``, ``bincount(...).argmax()`` and ``find_objects`` give, from the runs of each row (a union-find
    over runs; importing scipy.ndimage costs ~0.3 s CPU, more than all the avatars of a crawl spend here)."""
    import numpy as np

    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(edges == 1)  # row-major order: runs in raster order
    _rows_e, ends = np.nonzero(edges == -1)  # end column, exclusive
    n = len(starts)
    if not n:
        return None
    rows, starts, ends = rows_s.tolist(), starts.tolist(), ends.tolist()
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    prev_lo = prev_hi = 0  # the runs of the previous row: [prev_lo, prev_hi)
    i = 0
    while i < n:
        row = rows[i]
        j = i
        while j < n and rows[j] == row:
            j += 1
        if i and rows[i - 1] != row - 1:
            prev_lo = prev_hi = i  # the previous row has no runs
        k = prev_lo
        for r in range(i, j):
            while k < prev_hi and ends[k] <= starts[r]:
                k += 1
            m = k
            while m < prev_hi and starts[m] < ends[r]:  # overlapping columns: 4-connected
                a, b = find(m), find(r)
                if a != b:
                    parent[max(a, b)] = min(a, b)  # the root is the component's first run in raster order
                m += 1
        prev_lo, prev_hi = i, j
        i = j
    best = None  # (size, -first run, root)
    size: dict[int, int] = {}
    box: dict[int, list[int]] = {}
    for r in range(n):
        root = find(r)
        size[root] = size.get(root, 0) + ends[r] - starts[r]
        b = box.get(root)
        if b is None:
            box[root] = [rows[r], rows[r], starts[r], ends[r]]
        else:
            b[1] = rows[r]
            b[2] = min(b[2], starts[r])
            b[3] = max(b[3], ends[r])
    for root, count in size.items():
        if best is None or (count, -root) > best[:2]:
            best = (count, -root, root)
    y0, y1, x0, x1 = box[best[2]]
    return slice(y0, y1 + 1), slice(x0, x1)


def inner_box(img: Image.Image, tolerance: int = 24) -> Image.Image:
    """The main object of an image (see the module docstring): the bounding box of the largest connected region
    that differs from the frame colour (the median of the outermost pixels); the whole image when that region is
    a speck. Found on ``_small(img, INNER_SIZE)``, then cut from ``img``."""
    import numpy as np

    a = np.asarray(_small(img, INNER_SIZE), dtype=np.int16)
    h, w = a.shape[:2]
    if h < 8 or w < 8:
        return img
    region = _largest_region(_opened(_differs(a, _frame_colour(a, ring=True), tolerance)))
    if region is None:
        return img
    ys, xs = region
    if (ys.stop - ys.start) * (xs.stop - xs.start) < 0.1 * w * h:
        return img
    fx, fy = img.size[0] / w, img.size[1] / h
    return img.crop((int(xs.start * fx), int(ys.start * fy), max(int(xs.start * fx) + 1, round(xs.stop * fx)),
                     max(int(ys.start * fy) + 1, round(ys.stop * fy))))


def colour_signature(img: Image.Image, tolerance: int = 40) -> str | None:
    """Hue histogram (``COLOUR_BINS`` bytes, hex) of the centre (``ROTATION_CROP``) of the content box of
    ``_small(img)``, saturation × value weighted; None when the image is grey."""
    import numpy as np

    small = _small(img)
    a = np.asarray(small, dtype=np.int16)
    h, w = a.shape[:2]
    if h >= 4 and w >= 4:
        mask = _differs(a, _frame_colour(a, ring=False), tolerance)
        rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
        if len(rows) and (rows[-1] + 1 - rows[0]) * (cols[-1] + 1 - cols[0]) >= 0.1 * w * h:
            small = small.crop((int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1))
    hsv = np.asarray(_centre_crop(small, ROTATION_CROP).convert("HSV"), dtype=np.float32).reshape(-1, 3) / 255.0
    hue, sat, val = hsv[:, 0], hsv[:, 1], hsv[:, 2]
    weight = np.where((sat > 0.2) & (val > 0.2), sat * val, 0.0)
    if len(weight) == 0 or float(weight.mean()) < COLOUR_MIN_MASS:
        return None
    # soft binning between the two nearest bin centres (hue is circular)
    pos = hue * COLOUR_BINS - 0.5
    low = np.floor(pos).astype(np.int64)
    frac = pos - low
    hist = (np.bincount(low % COLOUR_BINS, weight * (1 - frac), COLOUR_BINS)
            + np.bincount((low + 1) % COLOUR_BINS, weight * frac, COLOUR_BINS))
    quantised = np.clip(np.rint(hist / hist.sum() * 255), 0, 255).astype(np.uint8)
    return quantised.tobytes().hex()


def hashes_of_image(im: Image.Image) -> dict:
    """The fingerprints of a decoded image (see the module docstring).

    The same values as hashing each variant on its own with imagehash, cheaper: one conversion to grayscale
    (crops of it equal grayscale crops: the conversion is per pixel), rotations computed only where the centre
    crop keeps them, and the DCTs of all seven variants in one call."""
    img = _to_rgb(ImageOps.exif_transpose(im) or im)
    size = list(img.size)
    img.thumbnail((WORK_SIZE, WORK_SIZE))
    gray = img.convert("L")
    box = _content_bbox(img)
    content = gray.crop(box) if box else gray
    dct_variants = [gray, content, *(_centre_crop(content, s) for s in CROP_SCALES),
                    # turned, then the centre kept so that whatever fills the corners does not matter
                    *(_rotated_centre(img, a, ROTATION_CROP).convert("L") for a in ROTATIONS),
                    inner_box(img).convert("L")]
    phash, content_hash, *rest, inner = _phashes(dct_variants)
    out = {
        "phash": phash,
        "content": content_hash,
        "crops": rest[:len(CROP_SCALES)],
        "rotations": rest[len(CROP_SCALES):],
        # gradient hashes: steadier than the DCT hash on flat, symmetric emblem graphics
        "dhash": _dhash(gray),
        "dcontent": _dhash(content),
        "inner": inner,
        "size": size,
        "version": HASH_VERSION,
    }
    colour = colour_signature(img)
    if colour:
        out["colour"] = colour
    return out


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


# ---- storage --------------------------------------------------------------------------------------------

EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp", "BMP": "bmp"}


class AvatarRejected(ValueError):
    """The image is too large, a decompression bomb, corrupt, or not an image we accept."""


def check_image(data: bytes, max_bytes: int, max_pixels: int) -> str:
    """The file extension for ``data`` after validating it; AvatarRejected (with a Chinese reason) otherwise."""
    return _checked(data, max_bytes, max_pixels, for_hashing=False)[0]


def _refuse_bytes(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise AvatarRejected(f"头像过大（{size} 字节，上限 {max_bytes}）")


def _refuse_pixels(width: int, height: int, max_pixels: int) -> None:
    if width * height > max_pixels:
        raise AvatarRejected(f"头像像素过多（{width}×{height}，上限 {max_pixels}，疑似解压炸弹）")


def _checked(data: bytes, max_bytes: int, max_pixels: int, *,
             for_hashing: bool) -> tuple[str, Image.Image, tuple[int, int]]:
    """Validate ``data`` and decode it once: the extension, the decoded image and its full size (before any
    reduced-scale decoding); AvatarRejected otherwise.

    ``for_hashing``: a JPEG is decoded the way the fingerprints read it (the decoder's reduced scale, near
    ``WORK_SIZE``); the decoder still reads every coded block, so a truncated or corrupt file fails the same."""
    if not data:
        raise AvatarRejected("头像为空")
    _refuse_bytes(len(data), max_bytes)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                fmt = img.format
                w, h = img.size
                _refuse_pixels(w, h, max_pixels)
                img.verify()
            img = Image.open(io.BytesIO(data))
            if for_hashing and img.format == "JPEG":
                img.draft("RGB", (WORK_SIZE, WORK_SIZE))  # as _open: decode at reduced scale
            img.seek(0)
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
    return ext, img, (w, h)


_STORED_RE = re.compile(r"avatars/([0-9a-f]{64})\.(png|jpg|gif|webp|bmp)")


def sniff_image(head: bytes) -> str | None:
    """The avatar-store extension of an image from its first bytes (``png``, ``jpg``, ``gif``, ``webp``, ``bmp``)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM" and len(head) >= 14:
        return "bmp"
    return None


def stored_avatar_file(data_dir, recorded: object, *, max_bytes: int = MAX_BYTES) -> Path | None:
    """The avatar-store file ``recorded`` names, verified (see the module docstring), or None."""
    match = _STORED_RE.fullmatch(recorded) if isinstance(recorded, str) else None
    if match is None:
        return None
    digest, ext = match.groups()
    try:
        folder = (Path(data_dir) / "avatars").resolve(strict=True)
        path = folder / f"{digest}.{ext}"
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, RuntimeError):
        return None
    if hashlib.sha256(data).hexdigest() != digest or sniff_image(data[:16]) != ext:
        return None
    return path


FINGERPRINT_DIR = "avatar_fingerprints"  # <data_dir>/avatar_fingerprints/<sha256>.json: store_avatar's results
FINGERPRINT_MAX_BYTES = 64 * 1024


def store_avatar(data: bytes, data_dir: Path, *, max_bytes: int, max_pixels: int) -> dict:
    """Validate, hash and write (once) an avatar; the account fields to merge into its record.

    The bytes are decoded once: the validated image is the one the fingerprints are computed from. A file is
    written only for an avatar that passed both. The fingerprints depend on the bytes alone, so they are kept
    beside the store (``FINGERPRINT_DIR``, one JSON file per SHA-256, written after the image file): bytes stored
    before — by an earlier crawl process, under another URL, for another account — are not decoded again (the
    size limits are still applied)."""
    digest = hashlib.sha256(data).hexdigest()
    known = _remembered(Path(data_dir), digest, data, max_bytes, max_pixels)
    if known is not None:
        ext, hashes = known
    else:
        ext, img, (width, height) = _checked(data, max_bytes, max_pixels, for_hashing=True)
        try:
            hashes = hashes_of_image(img)
        except (OSError, ValueError) as exc:
            raise AvatarRejected(f"头像无法计算感知哈希：头像图片无法处理：{exc}") from None
    rel = Path("avatars") / f"{digest}.{ext}"
    path = Path(data_dir) / rel
    if not path.exists():
        _write_atomic(path, data)
    if known is None:
        record = json.dumps({"version": HASH_VERSION, "ext": ext, "width": width, "height": height,
                             "hashes": hashes}).encode()
        _write_atomic(Path(data_dir) / FINGERPRINT_DIR / f"{digest}.json", record)
    return {"avatar_path": rel.as_posix(), "avatar": rel.as_posix(), "avatar_sha256": digest,
            "avatar_hashes": hashes}


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # a private temporary name: accounts sharing a template avatar are stored concurrently
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # atomic; the same content may win twice


def _remembered(data_dir: Path, digest: str, data: bytes, max_bytes: int,
                max_pixels: int) -> tuple[str, dict] | None:
    """(extension, fingerprints) kept for these bytes by an earlier ``store_avatar`` of this hash version, when
    the image file is in the store; None when there is nothing usable (then everything is computed again).
    Raises AvatarRejected when the bytes exceed today's limits."""
    try:
        path = data_dir / FINGERPRINT_DIR / f"{digest}.json"
        with open(path, "rb") as fh:
            record = json.loads(fh.read(FINGERPRINT_MAX_BYTES + 1) or b"null")
        ext, hashes = record["ext"], record["hashes"]
        if record["version"] != HASH_VERSION or hashes.get("version") != HASH_VERSION or \
                ext not in EXTENSIONS.values() or not (data_dir / "avatars" / f"{digest}.{ext}").is_file():
            return None
        width, height = int(record["width"]), int(record["height"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    _refuse_bytes(len(data), max_bytes)
    _refuse_pixels(width, height, max_pixels)
    return ext, hashes
