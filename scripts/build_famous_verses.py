"""Build ``detectors/data/famous_verses.txt`` from the chinese-poetry corpus (MIT licence).

    python scripts/build_famous_verses.py PATH_TO_CHINESE_POETRY_CHECKOUT [COMMIT]

Reads four anthologies of famous poems of the corpus (https://github.com/chinese-poetry/chinese-poetry):
``全唐诗/唐诗三百首.json`` and ``蒙学/tangshisanbaishou.json`` (two editions of the Tang anthology, traditional
characters), ``宋词/宋词三百首.json`` (Song ci, simplified) and
``蒙学/qianjiashi.json`` (千家诗, traditional), converts them to simplified characters with OpenCC (``t2s``) and
writes one poem a line in the format of ``set_verses.txt``: title<TAB>author<TAB>text. Poems whose text OpenCC
leaves with characters outside the common simplified set are still written (the detector folds both sides alike).
``COMMIT`` is written into the header as provenance.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "famous_verses.txt"
ANTHOLOGIES = (("全唐诗/唐诗三百首.json", "唐诗三百首"), ("蒙学/tangshisanbaishou.json", "唐诗三百首（蒙学本）"),
               ("宋词/宋词三百首.json", "宋词三百首"),
               ("蒙学/qianjiashi.json", "千家诗"))
NOTE = re.compile(r"[（(][^）)]*[）)]|\[[^\]]*\]")  # the corpus's notes and dynasty marks: （唐）孟浩然


def _poems(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # 蒙学 anthologies: {"content": [{"type", "content": [poem…]}]}
        for group in data.get("content", []):
            yield from group.get("content", [])
    else:
        yield from data


def _paragraphs(poem: dict):
    """The lines of a poem; a poem of several parts (其一, 其二) holds its parts' paragraphs."""
    for para in poem.get("paragraphs") or []:
        if isinstance(para, dict):
            yield from _paragraphs(para)
        else:
            yield para


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    import opencc

    t2s = opencc.OpenCC("t2s")
    root = Path(argv[0])
    commit = argv[1] if len(argv) > 1 else "unknown"
    rows: list[str] = []
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for rel, name in ANTHOLOGIES:
        for poem in _poems(root / rel):
            title = poem.get("title") or poem.get("rhythmic") or poem.get("chapter") or ""
            author = NOTE.sub("", poem.get("author") or "").strip()
            text = "".join(_paragraphs(poem))
            text = t2s.convert(NOTE.sub("", text)).replace("\t", " ").strip()
            if not text or text in seen:
                continue
            seen.add(text)
            rows.append(f"{t2s.convert(title).strip()}\t{t2s.convert(author)}\t{text}")
            counts[name] = counts.get(name, 0) + 1
    header = [
        "# 名篇诗词（唐诗三百首、宋词三百首、千家诗）。由 scripts/build_famous_verses.py 生成，勿手改。",
        "# 来源：https://github.com/chinese-poetry/chinese-poetry（MIT 许可），提交 " + commit + "；",
        "# 文件：" + "、".join(rel for rel, _ in ANTHOLOGIES) + "；繁体经 OpenCC t2s 转为简体。",
        "# 篇数：" + "，".join(f"{k} {v}" for k, v in counts.items()) + "（同文去重）。格式同 set_verses.txt：篇名<TAB>作者<TAB>正文。",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} 篇", counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
