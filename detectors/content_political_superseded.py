"""Politically wrong wording, content-political38 (POLITICAL_CHECKLIST.md item 528): a fixed formulation in the
wording an official text replaced, and a two-clause slogan with its fixed characters swapped.

* **A superseded formulation** (``SUPERSEDED``) — a formulation the Party's documents rewrote, used as today's (the
  older rules read 三个自信, 四位一体 and the old principal contradiction; these are the rest of the inventory):
  四个认同 (对伟大祖国、中华民族、中华文化、中国共产党的认同) became 五个认同 with 中国特色社会主义 (中央民族工作会议 2014;
  党章 2017); 富强民主文明和谐的社会主义现代化国家 became 富强民主文明和谐美丽的社会主义现代化强国 (十九大报告 2017; 宪法序言
  2018 年修正); 打铁还需自身硬 became 打铁必须自身硬 (十九大报告 2017). A sentence that dates the old wording (a year
  before the change, 十八大, 曾, 当时, 提出, 从…到, 发展为 …), names both wordings or quotes the old in a title is right.
* **A two-clause slogan with its fixed characters swapped** (``SLOTTED``) — the slogan is matched with any character
  in its function slots; written otherwise than the official text it is wrong: 治国必治边、治边先稳藏 (习近平, 中央第六次
  西藏工作座谈会 2015; 治国先治边、治边必稳藏 swaps 必 and 先).

``superseded_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.content_political import _sentence

Hit = tuple[int, int, str, str, str]

# (old wording, the current one, the year it changed, the source)
SUPERSEDED: tuple[tuple[re.Pattern, str, int, str], ...] = (
    (re.compile(r"四个认同"), "五个认同（含对中国特色社会主义的认同）", 2014, "中央民族工作会议 2014；党章 2017"),
    (re.compile(r"富强[、，,]?民主[、，,]?文明[、，,]?和谐(?![、，,]?美丽)的?社会主义现代化(?:国家|强国)"),
     "富强民主文明和谐美丽的社会主义现代化强国", 2017, "十九大报告 2017；宪法序言 2018 年修正"),
    (re.compile(r"打铁还(?:需|要|得)自身硬"), "打铁必须自身硬", 2017, "十九大报告 2017"),
)
DATED = re.compile(r"十八大|十七大|十六大|十五大|曾经?|当时|那时|提出|从[^。；]{0,30}到|发展为|拓展为|升华为|完善为|调整为|改为|"
                   r"扩展为|原来|原先|最初|起初|历史|回顾|沿革|演变")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")

# (slogan with its slots as ·, the official wording, the source)
SLOTTED: tuple[tuple[str, str, str], ...] = (
    ("治国·治边[、，,]?治边·稳藏", "治国必治边、治边先稳藏", "习近平，中央第六次西藏工作座谈会 2015"),
)


def superseded_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the families above."""
    for pattern, right, since, source in SUPERSEDED:
        for m in pattern.finditer(folded):
            sentence = _sentence(folded, m.start())
            if right.split("（")[0] in sentence or DATED.search(sentence) or \
                    any(int(y) < since for y in YEAR.findall(sentence)):
                continue
            yield (m.start(), m.end(), "提法", right, f"已更新的规范提法（{source}：{right}），不用旧的写法")
    for slots, right, source in SLOTTED:
        pattern = re.compile(slots.replace("·", "[\u4e00-\u9fff]"))
        for m in pattern.finditer(folded) if "治边" in folded else ():
            written = re.sub(r"[、，,]", "", m.group(0))
            if written == re.sub(r"[、，,]", "", right) or in_quotes(m.start(), m.end()):
                continue
            yield (m.start(), m.end(), "提法", right, f"固定提法的用字不能互换（{source}：{right}）")
