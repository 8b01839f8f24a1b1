"""A unit's head noun misspelt by sound (机构名称中心词错字): 浙东游击纵对 for 浙东游击纵队.

The head nouns are a class complete by construction: every two-character word of jieba's dictionary ending in 队
(``content_typo_split.unit_heads``, frequency 100 or more), the unit kinds of armed forces, police, fire brigades
and teams (纵队, 支队, 舰队, 梯队, 车队, 球队 …). A head is reported written with its last character replaced by a sound-alike
(principal readings, ``charsim.principal_sound``: 对, 兑, 堆) where

* the head's first character is no common word of its own (``SINGLE_MAX_FREQ``: 中, 大, 总, 分, 小, 军 are, and
  before them 对 is the preposition of the text — 规范中对…, 国民党军对…, 加大对… —, so 中队, 大队, 总队, 分队
  are not checked);
* the written pair is no word (``PAIR_MAX_FREQ``: 纵对; 大对 in 加大对 is the text's 加大 + 对),
* its first character belongs to no word with the character before it (加大, 其中, 从小, 部分 are words: the head's
  first character is another word's end), and that character is Chinese (a name stands before the head),
* and the written last character starts no word with what follows (对在 is none).

The other last characters of bodies' names (局, 厅, 委, 署, 院, 办, 处, 科, 室, 站, 所, 会, 部, 团, 组) were tried
the same way and left out: on dev … dev17 they read ordinary text as slips some forty times (市卫健委 as 市委, 台账 as
台站, 前为 as 前委); a misspelt office name of the lexicons is ``content_typo``'s (市场监督管理总居).
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.charsim import principal_sound
from detectors.content_typo_split import _freq

UNIT_CHARS = frozenset("队")
PAIR_MAX_FREQ = 20  # the written pair as a word below this frequency is no word
WORD_MIN_FREQ = 20  # a word the neighbours make
SINGLE_MAX_FREQ = 10000  # a head's first character this common as a word of its own (中 243,191, 军 27,200) ends the
# phrase before the written character (规范中对…, 国民党军对…): 纵 4,220, 支 4,883 do not


@lru_cache(maxsize=1)
def _heads() -> dict[tuple[str, str], str]:
    """(first character, sound of the last) → head noun (``content_typo_split.unit_heads``: jieba's nouns ending in 队,
    frequency ``content_typo_split.HEAD_MIN_FREQ`` or more), for the heads whose sound key is unambiguous."""
    from detectors.content_typo_split import unit_heads

    keys: dict[tuple[str, str], set[str]] = {}
    for word in unit_heads():
        keys.setdefault((word[0], principal_sound(word[1])), set()).add(word)
    return {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """A head's first character after a Chinese character, followed by a Chinese character (纵 in 游击纵对)."""
    firsts = sorted({first for first, _ in _heads()})
    return re.compile("(?<=[\u4e00-\u9fff])[" + "".join(firsts) + "](?=[\u4e00-\u9fff])")


def head_slips(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, head noun) of each body head noun written with a sound-alike last character."""
    heads = _heads()
    out: list[tuple[int, int, str]] = []
    n = len(folded)
    for m in _pattern().finditer(folded):
        i = m.start()
        x, b = folded[i], folded[i + 1]
        if b in UNIT_CHARS:
            continue
        head = heads.get((x, principal_sound(b)))
        if head is None or head[1] == b:
            continue
        freq = _freq()
        if freq.get(x, 0) >= SINGLE_MAX_FREQ:
            continue
        if freq.get(x + b, 0) >= PAIR_MAX_FREQ:
            continue
        if any(freq.get(folded[lo:i + 1], 0) >= WORD_MIN_FREQ for lo in range(max(0, i - 3), i)):
            continue
        if any(freq.get(folded[i + 1:hi], 0) >= WORD_MIN_FREQ for hi in range(i + 3, min(n, i + 4) + 1)):
            continue
        out.append((i, i + 2, head))
    return out
