"""Politically wrong wording, thirty-sixth session (content-political36; POLITICAL_CHECKLIST.md item 498): a numbered
formulation whose enumeration has a member missing or added — a structural check over every formulation, not a list of
wrong phrases.

A numbered formulation names its count (四个自信, 五位一体总体布局, 两个维护, 三个务必, 六个必须坚持); a post that writes
the label and then enumerates its members (四个意识：政治意识、大局意识、核心意识) states the count twice, and the two
must agree. Two readings, both on the text with quotation marks and spaces taken out (``content_political_order``'s
squeezed text):

* **A formulation of the inventory** (``lexicons/ordered_formulas.txt``): the label (numeral + 个 / 项 / 大 / 位 …, and
  the formulation's name) followed by a connector (：, 即, 就是, 是指, 包括, 分别是) and a run of the formulation's own
  items (any written form, in any order — the order is ``content_political_order``'s reading), perhaps followed by
  further short entries that are not its items (an added member: 四个自信：道路自信、理论自信、制度自信、文化自信、
  历史自信). The members counted differ from the numeral of the label, which is the inventory's count of that
  formulation (a member missing or added), or the label's numeral is not the formulation's count (五个自信 for the
  four written). Items that carry an inner 、 (务必不忘初心、牢记使命) are counted as one: the inventory knows them.
  A formulation without a numeral in its name (新发展理念) is read for a member missing only: its name, a connector,
  and fewer of its items than it has, the enumeration then ending the sentence or clause.
* **Any numbered formulation** (not in the inventory): the label N个X followed by a connector and two or more entries
  separated by 、 (the last perhaps by 和 / 及), every entry of two to ten characters holding X (四个意识 → …意识;
  四个不摘 → 摘帽不摘…), their number not N.

Not read: an enumeration ending in 等 or 等等 (an open list), a sentence that corrects or rejects a wording (应为, 而不是,
错误, 更正 …), an entry too long to be a member (a clause), a label after its enumeration.

``count_hits(folded)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from detectors.content_political_order import SEPARATOR, _items, _squeeze, inventory

Hit = tuple[int, int, str, str, str]

DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# numeral + measure word + the formulation's name, then the connector that introduces its members
LABEL = re.compile(r"(?P<num>[一二两三四五六七八九十]{1,3})(?P<unit>个|项|大|位|条|种|化|严|有|史|风)"
                   r"(?P<name>[\u4e00-\u9fff]{0,8}?)"
                   r"(?P<conn>[:：]|[,，]?(?:主要|具体)?(?:即|就是|分别是|分别为|是指|指的是|指|包括|包含)[:：,，]?)")
# where an enumeration ends: a clause or sentence end
ENDS = "。；;！!？?\n,，)）"
HARD_ENDS = "。；;！!？?\n)）"
CORRECTING = re.compile(r"应为|应是|应当是|应写|而不是|而非|错误|误写|误作|更正|勘误|不能说|不应|不宜")
# a frame noun after the formulation's name (三个到位工作法, 四个不摘要求): the entries hold the name without it
FRAME_WORD = re.compile(r"(?:工作法|工作|要求|目标|任务|原则|举措|措施|行动|活动|机制)$")
ENTRY = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _number(numeral: str) -> int | None:
    """一 … 九十九 written in Chinese numerals (十, 十四, 二十, 二十一)."""
    if "十" not in numeral:
        return DIGITS.get(numeral) if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    if (tens and tens not in DIGITS) or (units and units not in DIGITS) or "十" in units:
        return None
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[units] if units else 0)


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[int, ...]]:
    """Each formulation name → its versions (indices into ``inventory().versions``)."""
    out: dict[str, list[int]] = {}
    for vi, v in enumerate(inventory().versions):
        out.setdefault(v.name, []).append(vi)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _bare_names() -> re.Pattern:
    """The inventory's names without a numeral and without punctuation (新发展理念, 乡村振兴总要求), longest first."""
    bare = sorted((n for n in _names() if len(n) >= 4 and not re.search(r"[一二两三四五六七八九十]|[、（(“”，]", n)),
                  key=len, reverse=True)
    conn = LABEL.pattern[LABEL.pattern.index("(?P<conn>"):]
    return re.compile("(?P<name>" + "|".join(map(re.escape, bare)) + ")" + conn)


def _run(text: str, start: int, items) -> list:
    """The items written one after another from ``start`` on, joined only by separators."""
    run = []
    at = start
    for it in items:
        if it.start < at:
            continue
        if it.start != at and not (run and SEPARATOR.fullmatch(text, at, it.start)):
            break
        run.append(it)
        at = it.end
    return run


def _extras(text: str, at: int) -> tuple[int, int] | None:
    """Entries after an enumeration's last item (、X、Y up to the clause end): (how many, where they end); None when
    what follows is not an enumeration's tail (the sentence goes on) or is an open list (等)."""
    n, end = 0, at
    while True:
        m = re.compile(r"(?:、|和|及|以及|与)([\u4e00-\u9fff]{2,8})").match(text, end)
        if not m:
            break
        n, end = n + 1, m.end()
    if text.startswith("等", end):
        return None
    if end < len(text) and text[end] not in ENDS:
        return None
    return n, end


def _inventory_hits(text: str, items) -> Iterator[tuple[int, int, str, str]]:
    inv = inventory()
    names = _names()
    for m in LABEL.finditer(text):
        count = _number(m.group("num"))
        label = m.group("num") + m.group("unit") + m.group("name")
        if count is None or (not m.group("name") and m.group("unit") not in "风史"):
            continue  # (a numeral and a measure word alone name a formulation only where the word is its name: 四风, 四史)
        run = _run(text, m.end(), items)
        if len(run) < 2:
            continue
        common = set.intersection(*({vi for vi, _, _ in it.members} for it in run))
        fits = [vi for vi in common if label in inv.versions[vi].name or inv.versions[vi].name in label
                or _same_formula(label, inv.versions[vi].name)]
        if not fits:
            continue
        indices = {vi: [next(ii for v, ii, _ in it.members if v == vi) for it in run] for vi in fits}
        fits = [vi for vi in fits if len(set(indices[vi])) == len(run)]
        if not fits:
            continue
        tail = _extras(text, run[-1].end)
        if tail is None:
            continue
        added, end = tail
        written = len(run) + added
        official = {len(inv.versions[vi].items) for vi in fits}
        if written == count and count in official:
            continue
        v = inv.versions[fits[0]]
        if count not in official:
            why = f"“{v.name}”共 {len(v.items)} 项，写成了“{label}”"
        elif added:
            why = f"“{v.name}”只有 {count} 项（{'、'.join(v.items)}），列举中多出了 {added} 项"
        else:
            missing = [v.items[i] for i in range(len(v.items)) if i not in indices[fits[0]]]
            why = f"“{v.name}”共 {count} 项，列举中缺少“{'、'.join(missing)}”" if missing else \
                f"“{v.name}”共 {count} 项，列举了 {written} 项"
        yield m.start(), end, f"{'、'.join(v.items)}（{v.name}）", f"{why}（{v.source}）"
    for m in _bare_names().finditer(text):
        run = _run(text, m.end(), items)
        if len(run) < 2:
            continue
        vis = [vi for vi in names[m.group("name")]
               if all(any(v == vi for v, _, _ in it.members) for it in run)]
        if not vis:
            continue
        end = run[-1].end
        if end < len(text) and text[end] not in HARD_ENDS:
            continue
        got = {vi: {next(ii for v, ii, _ in it.members if v == vi) for it in run} for vi in vis}
        if any(len(got[vi]) >= len(inventory().versions[vi].items) for vi in vis) or \
                any(len(got[vi]) != len(run) for vi in vis):
            continue
        v = inv.versions[vis[0]]
        missing = [v.items[i] for i in range(len(v.items)) if i not in got[vis[0]]]
        yield (m.start(), end, f"{'、'.join(v.items)}（{v.name}）",
               f"“{v.name}”共 {len(v.items)} 项，列举中缺少“{'、'.join(missing)}”（{v.source}）")


def _same_formula(label: str, name: str) -> bool:
    """The label is the name with another numeral (五个自信 for 四个自信): the same measure word and name after it."""
    m = LABEL.match(name + "：")
    return bool(m) and m.group("unit") + m.group("name") == label[len(label) - len(m.group("unit") + m.group("name")):] \
        and (len(m.group("name")) >= 2 or (not m.group("name") and m.group("unit") in "风史"))


def _generic_hits(text: str, taken) -> Iterator[tuple[int, int, str, str]]:
    for m in LABEL.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        count, name = _number(m.group("num")), FRAME_WORD.sub("", m.group("name"))
        if count is None or len(name) < 2:
            continue
        end = m.end()
        while end < len(text) and text[end] not in ENDS and text[end] != "等":
            end += 1
        if end < len(text) and text[end] == "等":
            continue
        body = text[m.end():end]
        entries = body.split("、")
        last = re.split(r"以及|和|及|与", entries[-1])
        if len(last) == 2 and all(name in e for e in last):
            entries[-1:] = last
        if len(entries) < 2 or not all(ENTRY.fullmatch(e) and name in e and e != name for e in entries):
            continue
        if len(entries) == count:
            continue
        label = m.group("num") + m.group("unit") + name
        yield (m.start(), end, f"“{label}”应列 {count} 项",
               f"“{label}”之后列举了 {len(entries)} 项，与提法的项数不符（编号提法的项数是提法的一部分）")


def count_hits(folded: str) -> Iterator[Hit]:
    """Numbered formulations whose enumeration has a member missing or added, on folded text."""
    if not re.search(r"[一二两三四五六七八九十](?:个|项|大|位|条|种|化|严|有|史|风)|理念|要求|方针|精神|原则", folded):
        return
    text, keep = _squeeze(folded)
    items = _items(text, inventory())
    found = list(_inventory_hits(text, items))
    found += list(_generic_hits(text, [(s, e) for s, e, _, _ in found]))
    taken: list[tuple[int, int]] = []
    for start, end, suggestion, note in found:
        if any(s < end and start < e for s, e in taken):
            continue
        a, b = keep[start], keep[end - 1] + 1
        sentence_start = max(folded.rfind(c, 0, a) for c in "。！？!?\n") + 1
        sentence_end = min([i for i in (folded.find(c, b) for c in "。！？!?\n") if i >= 0] or [len(folded)])
        if CORRECTING.search(folded[sentence_start:sentence_end]):
            continue
        taken.append((start, end))
        yield a, b, "提法项数", suggestion, note
