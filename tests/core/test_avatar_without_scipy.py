"""Avatar fingerprints without importing scipy: the same values, bit for bit.

``core.avatars`` computes the DCT through scipy's compiled pocketfft module loaded on its own (the exact call
``scipy.fftpack.dct`` makes) and the ``inner`` region with numpy (the opening, labelling and bounding box
``scipy.ndimage`` gave). These tests hold both against scipy itself: on the tuning parts' avatar images (a
sample; the whole set was compared once, see README) and on random masks with ties."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core import avatars

REPO = Path(__file__).resolve().parents[2]
PARTS = ("dev", "dev2", "dev3", "dev4")  # tuning parts only: heldout is never read here


def _scipy_inner_box(img: Image.Image, tolerance: int = 24) -> Image.Image:
    """``inner_box`` as it was written with scipy.ndimage (the definition of the stored ``inner`` values)."""
    from scipy import ndimage

    a = np.asarray(avatars._small(img, avatars.INNER_SIZE), dtype=np.int16)
    h, w = a.shape[:2]
    if h < 8 or w < 8:
        return img
    mask = avatars._differs(a, avatars._frame_colour(a, ring=True), tolerance)
    labels, n = ndimage.label(ndimage.binary_opening(mask))
    if not n:
        return img
    ys, xs = ndimage.find_objects(labels)[int(np.argmax(np.bincount(labels.ravel())[1:]))]
    if (ys.stop - ys.start) * (xs.stop - xs.start) < 0.1 * w * h:
        return img
    fx, fy = img.size[0] / w, img.size[1] / h
    return img.crop((int(xs.start * fx), int(ys.start * fy), max(int(xs.start * fx) + 1, round(xs.stop * fx)),
                     max(int(ys.start * fy) + 1, round(ys.stop * fy))))


def _scipy_dct(x, axis):
    import scipy.fftpack

    return scipy.fftpack.dct(x, axis=axis)


def _sample(every: int = 25) -> list[Path]:
    files = sorted(p for part in PARTS for p in (REPO / "eval" / "impostor" / part / "avatars").glob("*")
                   if p.suffix in (".jpg", ".png", ".gif", ".webp", ".bmp"))
    return files[::every]


def test_fingerprints_equal_scipys_on_tuning_avatars(monkeypatch):
    files = _sample()
    if len(files) < 40:
        pytest.skip("the tuning parts' avatar images are not in this checkout (eval/impostor/dev*/avatars)")
    ours = {p.name: avatars.avatar_hashes(p.read_bytes()) for p in files}
    assert avatars._pocketfft() is not None  # the fast route was the one measured above
    monkeypatch.setattr(avatars, "inner_box", _scipy_inner_box)
    monkeypatch.setattr(avatars, "_dct2", _scipy_dct)
    theirs = {p.name: avatars.avatar_hashes(p.read_bytes()) for p in files}
    assert ours == theirs


def test_the_fallback_route_gives_the_same_values(monkeypatch):
    files = _sample(every=200)
    if not files:
        pytest.skip("the tuning parts' avatar images are not in this checkout (eval/impostor/dev*/avatars)")
    fast = [avatars.avatar_hashes(p.read_bytes()) for p in files]
    monkeypatch.setattr(avatars, "_pocketfft", lambda: None)  # a scipy without the module where expected
    assert [avatars.avatar_hashes(p.read_bytes()) for p in files] == fast


def test_opening_and_largest_region_equal_ndimage():
    from scipy import ndimage

    rng = np.random.default_rng(16)
    ties = 0
    for i in range(1500):
        h, w = (int(v) for v in rng.integers(1, 97, 2))
        mask = rng.random((h, w)) < rng.uniform(0.1, 0.9)
        if i % 3 == 0:
            mask = ndimage.binary_dilation(mask)
        opened = ndimage.binary_opening(mask)
        assert (avatars._opened(mask) == opened).all()
        labels, n = ndimage.label(opened)
        if not n:
            assert avatars._largest_region(opened) is None
            continue
        sizes = np.bincount(labels.ravel())[1:]
        ties += int((sizes == sizes.max()).sum() > 1)
        assert avatars._largest_region(opened) == ndimage.find_objects(labels)[int(np.argmax(sizes))]
    assert ties > 20  # equally large regions: the first in raster order wins, as with ndimage


def test_hashing_does_not_import_scipy():
    code = ("import sys; from imitations.platforms import avatars as a; from core.avatars import avatar_hashes; "
            "avatar_hashes(a.draw('release', '济南发布')); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"  # the compiled pocketfft is loaded without registering scipy's packages
