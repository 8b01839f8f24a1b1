"""Build ``detectors/data/classical_texts.txt`` from the npm package ``chinese-poetry`` (MIT licence).

    python scripts/build_classical_texts.py PATH_TO_chinese-poetry-2.0.1.tgz

The package (``npm pack chinese-poetry@2.0.1``; https://github.com/chinese-poetry/chinese-poetry-npm, the npm build
of the chinese-poetry corpus, MIT, © 2016 JackeyGao) ships the corpus's collections as JSON under ``package/dist/``.
Read here: the classical poems and prose posts quote beyond the Tang and Song anthologies of ``famous_verses.txt`` —
古文观止 (``mengxue/guwenguanzhi.json``, 222 pieces of prose and verse from the 左传 to the Ming), 曹操诗集
(``caocaoshiji/caocao.json``), 楚辞 (``chuci/chuci.json``), 诗经 (``shijing/shijing.json``), 论语
(``lunyu/lunyu.json``) and 大学, 中庸, 孟子 (``sishuwujing/``). Traditional characters are converted with OpenCC
(``t2s``); one piece a line in the format of ``set_verses.txt``: title<TAB>author<TAB>text. The header names the
tarball's sha256 as provenance.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "detectors" / "data" / "classical_texts.txt"
AUTHORS = {"曹操诗集": "曹操", "论语": "孔子弟子", "孟子": "孟子"}  # collections whose pieces name no author
COLLECTIONS = (("mengxue/guwenguanzhi.json", "古文观止"), ("caocaoshiji/caocao.json", "曹操诗集"),
               ("chuci/chuci.json", "楚辞"), ("shijing/shijing.json", "诗经"), ("lunyu/lunyu.json", "论语"),
               ("sishuwujing/daxue.json", "大学"), ("sishuwujing/zhongyong.json", "中庸"),
               ("sishuwujing/mengzi.json", "孟子"))
NOTE = re.compile(r"[（(][^）)]*[）)]|\[[^\]]*\]")  # the corpus's notes and dynasty marks


def _pieces(data):
    """The pieces of a collection: a list of pieces, one piece (大学: {"chapter", "paragraphs"}), or 古文观止's
    {"content": [{"title", "content": [piece…]}]}."""
    if isinstance(data, dict) and "paragraphs" in data:
        yield data
    elif isinstance(data, dict):
        for group in data.get("content", []):
            yield from group.get("content", [])
    else:
        yield from data


def _paragraphs(piece: dict):
    for para in piece.get("paragraphs") or piece.get("content") or []:
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
    tgz = Path(argv[0])
    digest = hashlib.sha256(tgz.read_bytes()).hexdigest()
    rows: list[str] = []
    seen: set[str] = set()
    counts: dict[str, int] = {}
    with tarfile.open(tgz) as tar:
        for rel, name in COLLECTIONS:
            data = json.load(tar.extractfile(f"package/dist/{rel}"))
            for piece in _pieces(data):
                title = piece.get("title") or piece.get("chapter") or ""
                author = NOTE.sub("", piece.get("author") or "").split("：")[-1].strip() or AUTHORS.get(name, "")
                text = t2s.convert(NOTE.sub("", "".join(_paragraphs(piece)))).replace("\t", " ").strip()
                if not text or text in seen:
                    continue
                seen.add(text)
                rows.append(f"{t2s.convert(title).strip()}\t{t2s.convert(author)}\t{text}")
                counts[name] = counts.get(name, 0) + 1
    header = [
        "# 古文与先秦两汉诗文（古文观止、曹操诗集、楚辞、诗经、论语、大学、中庸、孟子）。",
        "# 由 scripts/build_classical_texts.py 生成，勿手改。",
        f"# 来源：npm 包 chinese-poetry 2.0.1（MIT 许可，chinese-poetry 语料的 npm 版），{tgz.name}，sha256 {digest}；",
        "# 文件：" + "、".join(f"package/dist/{rel}" for rel, _ in COLLECTIONS) + "；繁体经 OpenCC t2s 转为简体。",
        "# 篇数：" + "，".join(f"{k} {v}" for k, v in counts.items()) + "（同文去重）。格式同 set_verses.txt：篇名<TAB>作者<TAB>正文。",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} 篇", counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
