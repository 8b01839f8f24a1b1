"""What the avatar fingerprints of version 2 (``inner`` and ``colour``, core.avatars) cost per image.

    python bench/avatar_fingerprint.py [--images 300] [--rounds 3]

Hashes the first ``--images`` avatars of eval/impostor/dev (96–200 px PNG and JPEG, as crawled) with
``core.avatars.avatar_hashes`` in the same process, three ways, best of ``--rounds``: the full version-2
fingerprint; the same without the two new fields (the baseline: version 1's work); and the two new fields alone
(with decoding). The three take turns on each image, so load on the machine slows them alike. Prints milliseconds
per image and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import io

    from PIL import Image

    import core.avatars as avatars

    files = sorted((ROOT / "eval" / "impostor" / "dev" / "avatars").iterdir())[:args.images]
    datas = [f.read_bytes() for f in files]

    real_inner, real_colour = avatars.inner_box, avatars.colour_signature

    def without_new_fields(data: bytes) -> None:
        avatars.inner_box = lambda img, tolerance=24: img  # the phash of the image itself is already computed
        avatars.colour_signature = lambda img: None
        try:
            avatars.avatar_hashes(data)
        finally:
            avatars.inner_box, avatars.colour_signature = real_inner, real_colour

    def new_fields(data: bytes) -> None:
        img = avatars._to_rgb(Image.open(io.BytesIO(data)))
        img.thumbnail((avatars.WORK_SIZE, avatars.WORK_SIZE))
        avatars._phash(avatars.inner_box(img))
        avatars.colour_signature(img)

    ways = {"full": avatars.avatar_hashes, "baseline": without_new_fields, "new": new_fields}
    for fn in ways.values():  # warm up (imports, caches)
        fn(datas[0])
    totals = {name: [] for name in ways}
    for _ in range(args.rounds):
        spent = dict.fromkeys(ways, 0.0)
        for data in datas:  # the three ways take turns on each image, so a busy machine slows all alike
            for name, fn in ways.items():
                t0 = time.perf_counter()
                fn(data)
                spent[name] += time.perf_counter() - t0
        for name in ways:
            totals[name].append(spent[name] / len(datas) * 1000)
    full, baseline, alone = (min(totals[n]) for n in ("full", "baseline", "new"))
    print(f"头像 {len(datas)} 个（eval/impostor/dev），每种取 {args.rounds} 轮最快")
    print(f"指纹 v2（含 inner、colour）：{full:.2f} ms/个")
    print(f"不含新字段（基线）：        {baseline:.2f} ms/个")
    print(f"新字段单独（含解码）：      {alone:.2f} ms/个")
    print(f"v2 / 基线 = {full / baseline:.2f} 倍")


if __name__ == "__main__":
    main()
