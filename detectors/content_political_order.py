"""Politically wrong wording, ninth round: fixed formulations written out of their official order, or with one item
changed (POLITICAL_CHECKLIST.md item 187; the inventory is ``lexicons/ordered_formulas.txt``, its sources in
``lexicons/SOURCES.md``).

The Party's and the State's fixed formulations list their items in one order, and the order is part of the wording:
经济建设、政治建设、文化建设、社会建设、生态文明建设 (the five-in-one layout), 道路自信、理论自信、制度自信、文化自信,
党的领导、人民当家作主、依法治国有机统一, 富强民主文明和谐美丽. Two rules read every formulation of the inventory:

* **Items out of their official order** — items of one formulation written as *one enumeration* (separated only by
  、 , 和 与 及 以及, spaces or nothing, in quotation marks or not; the shared head or tail word written on every item or
  once: 道路、理论、制度、文化自信) in an order that no official wording of it has (the inventory lists each official
  wording: the four comprehensives of 2014 and of 2020; 一国两制、港人治港、高度自治 and the wording with 澳人治澳).
  The order is judged from the formulation's ``min`` items on (all items for short lists), so that prose that merely
  names two of them (在依法治国和深化改革方面) is not read as the formula; when no item carries the shared head or tail
  word, all items must be there (“道路、理论、制度” alone is not the four confidences).
* **One item changed** — all items but one of an official wording written in order as one enumeration, and the
  remaining slot holding a near-variant of the missing item: one character or one word off (港人自治 for 港人治港,
  文明自信 for 文化自信). Between two items the slot may differ by one word (a Levenshtein distance of at most two
  that keeps half the item's start or end); at the ends of the enumeration, where the slot's extent is not fixed by a
  following item, only one character of the same length off, the slot standing alone (after a clause start or a verb of
  the formula, before a clause end or the formula's closing word).
* **Formulations of single characters** (党政军民学, 德智体美劳, 山水林田湖草沙) — the characters in another order;
  东西南北中 only in the sentence of 党政军民学 (elsewhere it is the points of the compass).
* **Formulations read in their own field only** (seventeenth round): a formulation with a context column is judged only
  in a sentence that holds its context word — 鼓励、支持、引导 where the sentence speaks of the non-public economy
  (鼓励、引导、支持社会资本 is another field's wording), 和平统一、一国两制 where it speaks of a 方针.
* **Joint issuers and signers in protocol order** (seventeenth round; inventory ``lexicons/issuing_bodies.txt``) — two
  bodies side by side in one list (中共中央、国务院印发; 省委、省政府) with the lower level before the higher (区委、市委),
  a state body before the Party body of its level (国务院、中共中央; 市政府办公室、市委办公室), or the Central Military
  Commission before the State Council. Only a list that ends with the act or a clause end (印发, 联合, 高度重视, 、 。)
  is read: 市政府、市委宣传部 names a department of the committee; a body and an office (市政府、市委办公室) are not
  ranked against each other. The order of people's congress, government and CPPCC
  of one level is left alone (市委、市政府和市人大常委会; the two sessions in the order they open).

Work is bounded: one Aho-Corasick pass over the text finds the items of every formulation; the rules look only at the
enumerations the items form.

``order_hits(folded)`` yields ``(start, end, rule, suggestion, note)`` on folded text (the convention of
``territory_hits``). A changed item that is one character off by shape or sound (执法公证 for 执法公正) is a misspelling,
not a rewording: its rule is ``typo:形近`` / ``typo:音近`` / ``typo:拼音输入`` and the caller reports it as a typo.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import ahocorasick
from rapidfuzz.distance import Levenshtein

from detectors.charsim import confusion
from detectors.content_political import _sentence_bounds

FORMULAS_FILE = Path(__file__).resolve().parent / "lexicons" / "ordered_formulas.txt"
Hit = tuple[int, int, str, str, str]
HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters the enumeration may carry that do not change it: quotation marks and spaces (fold leaves “” 「」 『』 ‘’).
DROPPED = frozenset("“”\"「」『』‘’' \u3000")
# What may stand between two items of one enumeration (after the dropped characters are taken out); nothing is allowed
# too: 富强民主文明和谐美丽 is written without separators.
SEPARATOR = re.compile(r"(?:[、,/]|和|与|及|以及|、和|,和|、以及|,以及)?")
ONE_SEPARATOR = r"(?:[、,]|和|与|及|以及|、和|,和)"
# The slot of a changed item between two items: a separator, a short run of Han characters, a separator.
SLOT = re.compile(ONE_SEPARATOR + r"(?P<x>[\u4e00-\u9fff]{2,24})" + ONE_SEPARATOR)
# At the ends of an enumeration, the slot stands alone: before it a clause start or a verb that introduces a
# formulation, after it a clause end or the formulation's closing word.
LEAD_WORDS = ("坚持", "坚定", "增强", "贯彻", "推进", "统筹", "践行", "弘扬", "倡导", "落实", "做到", "实现", "遵循", "秉持",
              "发扬", "把握", "推动", "协调", "学习", "领会", "树立", "牢记", "促进", "建设", "加强", "深化", "围绕",
              "按照", "做好", "培育", "涵养")
TAIL_WORDS = ("的", "之", "方针", "有机统一", "战略布局", "总体布局", "等", "精神", "原则", "要求", "理念", "相结合",
              "相统一", "一体", "协调发展", "同步", "道路", "方面", "目标", "重要", "决定性")


@dataclass(frozen=True)
class Version:
    """One official wording of a formulation: its items in order (each with its written forms)."""

    name: str
    items: tuple[str, ...]  # the canonical form of each item, in the official order
    forms: tuple[tuple[str, ...], ...]  # every full form of each item (the canonical one first)
    head: str
    tail: str
    least: int  # items needed when one of them carries the head or tail word (or there is none)
    least_bare: int  # items needed when none does
    source: str
    context: re.Pattern | None = None  # when set, the sentence must hold it (鼓励、支持、引导 of the non-public economy)

    @property
    def affixed(self) -> bool:
        return bool(self.head or self.tail)


@dataclass(frozen=True)
class CharFormula:
    name: str
    chars: str
    least: int
    context: re.Pattern | None
    source: str


@dataclass(frozen=True)
class Inventory:
    versions: tuple[Version, ...]
    char_formulas: tuple[CharFormula, ...]
    automaton: ahocorasick.Automaton
    # written form -> ((version index, item index, written in full), …)
    members: dict[str, tuple[tuple[int, int, bool], ...]]


def _spellings(form: str) -> set[str]:
    """A form with its inner 、 written as 、, as a comma, or left out (以军事、科技、文化、社会安全为保障); and with its
    inner 的 left out where four characters or more stay (先进生产力的发展要求 → 先进生产力发展要求: the compressed wording of
    speeches and lesson plans; content-political29)."""
    out = {form, form.replace("、", ","), form.replace("、", "")}
    inner = form[1:-1]
    if "的" in inner and len(form.replace("的", "")) >= 4:
        bare = form[0] + inner.replace("的", "") + form[-1]
        out |= {bare, bare.replace("、", ","), bare.replace("、", "")}
    return out


def _short_forms(form: str, head: str, tail: str) -> set[str]:
    """The form without the shared head word, the tail word, or both (全面深化改革 → 深化改革); never shorter than two
    characters."""
    out: set[str] = set()
    bare_head = form[len(head):] if head and form.startswith(head) else None
    bare_tail = form[:-len(tail)] if tail and form.endswith(tail) else None
    for short in (bare_head, bare_tail):
        if short is not None:
            out.add(short)
    if bare_head is not None and tail and bare_head.endswith(tail):
        out.add(bare_head[:-len(tail)])
    return {s for s in out if len(s) >= 2}


def _quoteless(form: str) -> str:
    return "".join(c for c in form if c not in DROPPED)


@lru_cache(maxsize=1)
def inventory() -> Inventory:
    """The formulations of ``lexicons/ordered_formulas.txt`` and one automaton over every written form of their items."""
    versions: list[Version] = []
    chars: list[CharFormula] = []
    for raw in FORMULAS_FILE.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 9:
            raise ValueError(f"ordered_formulas.txt: nine columns expected: {raw!r}")
        name, kind, items, head, tail, least, least_bare, context, source = cols
        head, tail = ("" if head == "-" else head), ("" if tail == "-" else tail)
        if kind == "chars":
            chars.append(CharFormula(name, items, int(least),
                                     None if context == "-" else re.compile(context), source))
            continue
        if kind != "list":
            raise ValueError(f"ordered_formulas.txt: unknown kind {kind!r}")
        forms = tuple(tuple(_quoteless(f) for f in item.split("/")) for item in items.split("|"))
        n = len(forms)
        versions.append(Version(name, tuple(f[0] for f in forms), forms, head, tail, min(int(least), n),
                                n if least_bare == "-" else min(int(least_bare), n), source,
                                None if context == "-" else re.compile(context)))
    members: dict[str, set[tuple[int, int, bool]]] = {}
    for vi, v in enumerate(versions):
        for ii, item_forms in enumerate(v.forms):
            for form in item_forms:
                for spelled in _spellings(form):
                    members.setdefault(spelled, set()).add((vi, ii, True))
                for short in _short_forms(form, v.head, v.tail):
                    for spelled in _spellings(short):
                        members.setdefault(spelled, set()).add((vi, ii, False))
    automaton = ahocorasick.Automaton()
    for form in members:
        automaton.add_word(form, form)
    automaton.make_automaton()
    return Inventory(tuple(versions), tuple(chars), automaton,
                     {f: tuple(sorted(m)) for f, m in members.items()})


@dataclass(frozen=True)
class _Item:
    start: int  # in the squeezed text
    end: int
    form: str
    members: tuple[tuple[int, int, bool], ...]


def _squeeze(folded: str) -> tuple[str, list[int]]:
    """The text without quotation marks and spaces, and each kept character's index in ``folded``."""
    keep = [i for i, c in enumerate(folded) if c not in DROPPED]
    return "".join(folded[i] for i in keep), keep


def _items(text: str, inv: Inventory) -> list[_Item]:
    """The items in ``text``, leftmost-longest and not overlapping. A longer form also stands for the items it ends
    with: 坚持中国特色社会主义 (an item of 中国式现代化的本质要求) is 中国特色社会主义 (an item of 五个必由之路) with its verb."""
    found = sorted(((end + 1 - len(form), end + 1, form) for end, form in inv.automaton.iter(text)),
                   key=lambda t: (t[0], -t[1]))
    ending: dict[int, list[str]] = {}
    for _, end, form in found:
        ending.setdefault(end, []).append(form)
    out: list[_Item] = []
    last = 0
    for start, end, form in found:
        if start >= last:
            members = set(inv.members[form])
            own = {vi for vi, _, _ in members}
            for shorter in ending[end]:
                if len(shorter) < len(form):
                    members.update(m for m in inv.members[shorter] if m[0] not in own)
            out.append(_Item(start, end, form, tuple(sorted(members))))
            last = end
    return out


def _runs(text: str, items: list[_Item]) -> list[list[_Item]]:
    """Maximal enumerations: items joined by nothing but a separator."""
    runs: list[list[_Item]] = []
    for it in items:
        if runs and SEPARATOR.fullmatch(text, runs[-1][-1].end, it.start):
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


def _in_version(run: list[_Item], vi: int) -> list[tuple[_Item, int, bool]]:
    """The items of ``run`` that belong to version ``vi``: (item, item index, written in full)."""
    out = []
    for it in run:
        for v, ii, full in it.members:
            if v == vi:
                out.append((it, ii, full))
                break
    return out


def _needed(v: Version, written: list[tuple[_Item, int, bool]]) -> int:
    fulls = [full for _, _, full in written]
    if v.affixed and any(fulls) and not all(fulls) and max(len(v.head), len(v.tail)) >= 3:
        # an affix of a phrase's length written once for the items before or after it (全体人民共同富裕、人口规模巨大
        # 的现代化) quotes the formulation even with two items; a one-word affix (政治、经济建设) is ordinary grammar
        # (content-political24)
        return min(2, v.least)
    if not v.affixed or any(fulls):
        return v.least
    return v.least_bare


def _in_context(text: str, v: Version, i: int) -> bool:
    """The sentence around ``i`` holds the version's context word, if it has one."""
    if v.context is None:
        return True
    a, b = _sentence_bounds(text, i)
    return bool(v.context.search(text[a:b]))


def _official(v: Version, indices: list[int]) -> str:
    return "、".join(v.items[i] for i in sorted(indices))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, list[int]]:
    """Each formulation's versions (indices into ``inventory().versions``), built once."""
    by_name: dict[str, list[int]] = {}
    for vi, v in enumerate(inventory().versions):
        by_name.setdefault(v.name, []).append(vi)
    return by_name


def _order_hits(text: str, runs: list[list[_Item]], inv: Inventory) -> Iterator[tuple[int, int, str, str, str, int]]:
    """(start, end, rule, suggestion, note, items) in the squeezed text for enumerations out of order."""
    by_name = _by_name()
    for run in runs:
        if len(run) < 2:
            continue
        names = {inv.versions[vi].name for it in run for vi, _, _ in it.members}
        for name in names:
            judged, right = [], False
            # a version holds the enumeration only if every item of the formulation written in the run is its own
            of_name = sum(any(inv.versions[w].name == name for w, _, _ in it.members) for it in run)
            for vi in by_name[name]:
                v = inv.versions[vi]
                if v.context is not None and not v.context.search(text):
                    continue  # (the sentence is checked below; a text without the context word has no such sentence)
                written = _in_version(run, vi)
                indices = [ii for _, ii, _ in written]
                if len(written) < 2 or len(set(indices)) != len(indices):
                    continue  # an item twice is not one enumeration of the formulation
                if of_name != len(written):
                    continue
                if indices == sorted(indices):
                    right = True
                    break
                if len(written) >= _needed(v, written) and _in_context(text, v, written[0][0].start):
                    judged.append((v, written, indices))
            if right or not judged:
                continue
            v, written, indices = max(judged, key=lambda j: len(j[1]))
            # the span is the stretch whose items stand out of place (平等、自由 in the core values)
            ordered = sorted(indices)
            wrong = [n for n, (i, j) in enumerate(zip(indices, ordered)) if i != j]
            first, last = wrong[0], wrong[-1]
            stretch = sorted(written[first:last + 1], key=lambda w: w[1])
            yield (written[first][0].start, written[last][0].end, "提法顺序", "、".join(w[0].form for w in stretch),
                   f"“{name}”各项的官方顺序是：{_official(v, list(range(len(v.items))))}（{v.source}）", len(written))


def _near(x: str, item: str, interior: bool) -> bool:
    """``x`` is one character (or, between two items, one word) off ``item``."""
    if x == item or abs(len(x) - len(item)) > (1 if interior else 0):
        return False
    distance = Levenshtein.distance(x, item)
    if not interior or len(item) <= 3:
        return distance == 1
    if distance > 2:
        return False
    half = math.ceil(len(item) / 2)
    return x[:half] == item[:half] or x[-half:] == item[-half:]


def _variant_hits(text: str, items: list[_Item], inv: Inventory) -> Iterator[tuple[int, int, str, str, str, int]]:
    """(start, end, rule, suggestion, note, items) in the squeezed text for an enumeration with one item changed."""
    known = inv.members
    for vi in sorted({w for it in items for w, _, _ in it.members}):
        v = inv.versions[vi]
        k = len(v.items)
        if k < 3 or (v.context is not None and not v.context.search(text)):
            continue
        mine = _in_version(items, vi)
        if len(mine) < 2:
            continue
        # chains of this version's items in order, each gap a separator or (once) a slot
        for a in range(len(mine)):
            chain = [mine[a]]
            slot: re.Match | None = None  # the changed item between two items
            for b in range(a + 1, len(mine)):
                prev, cur = chain[-1], mine[b]
                if cur[1] <= prev[1]:
                    break
                if SEPARATOR.fullmatch(text, prev[0].end, cur[0].start) and cur[1] == prev[1] + 1:
                    chain.append(cur)
                    continue
                m = SLOT.fullmatch(text, prev[0].end, cur[0].start)
                if m and slot is None and cur[1] == prev[1] + 2:
                    slot = m
                    chain.append(cur)
                    continue
                break
            if a > 0 and mine[a - 1][1] == mine[a][1] - 1 and SEPARATOR.fullmatch(text, mine[a - 1][0].end,
                                                                                   mine[a][0].start):
                continue  # not the chain's first item
            present = [c[1] for c in chain]
            if len(present) != k - 1:
                continue
            if len(present) < max(2, _needed(v, chain) - 1):
                continue
            missing = next(i for i in range(k) if i not in present)
            found = None  # (start, end, text) of the changed item
            if slot is not None:
                x = slot.group("x")
                if x not in known and any(_near(x, f, True) for f in v.forms[missing]):
                    found = (slot.start("x"), slot.end("x"), x)
            elif missing == 0:
                found = _edge_before(text, chain[0][0].start, v.forms[missing], known)
            elif missing == k - 1:
                found = _edge_after(text, chain[-1][0].end, v.forms[missing], known)
            if found and not _in_context(text, v, found[0]):
                found = None
            if found:
                right = next(f for f in v.forms[missing] if _near(found[2], f, True) or _near(found[2], f, False))
                slip = _slip(right, found[2])
                if slip:  # one character by shape or sound: a misspelling of the formulation (错字), not a rewording
                    yield (found[0], found[1], f"typo:{slip}", right,
                           f"“{v.name}”中的“{right}”写成了“{found[2]}”（{slip}错字）", k)
                else:
                    yield (found[0], found[1], "提法改字", f"{v.items[missing]}（{'、'.join(v.items)}）",
                           f"“{v.name}”中的“{v.items[missing]}”写成了“{found[2]}”（{v.source}）", k)


def _slip(right: str, written: str) -> str | None:
    """The kind of slip (形近, 音近, 拼音输入) when ``written`` is ``right`` with one character changed into one that
    looks or sounds like it."""
    if len(right) != len(written):
        return None
    changed = [(a, b) for a, b in zip(right, written) if a != b]
    return confusion(*changed[0]) if len(changed) == 1 else None


def _edge_before(text: str, start: int, forms: tuple[str, ...], known) -> tuple[int, int, str] | None:
    """The changed first item: the Han characters before the enumeration's first separator, standing alone."""
    m = re.search(r"([\u4e00-\u9fff]+)" + ONE_SEPARATOR + r"$", text[max(0, start - 40):start])
    if not m:
        return None
    run, run_start = m.group(1), max(0, start - 40) + m.start(1)
    for form in forms:
        x = run[-len(form):]
        rest = run[:-len(form)]
        if len(x) == len(form) and x not in known and _near(x, form, False) and (not rest or rest.endswith(LEAD_WORDS)):
            return run_start + len(rest), run_start + len(run), x
    return None


def _edge_after(text: str, end: int, forms: tuple[str, ...], known) -> tuple[int, int, str] | None:
    """The changed last item: the Han characters after the enumeration's last separator, standing alone."""
    m = re.match(ONE_SEPARATOR + r"([\u4e00-\u9fff]+)", text[end:end + 40])
    if not m:
        return None
    run, run_start = m.group(1), end + m.start(1)
    for form in forms:
        x, rest = run[:len(form)], run[len(form):]
        if len(x) == len(form) and x not in known and _near(x, form, False) and (not rest or rest.startswith(TAIL_WORDS)):
            return run_start, run_start + len(form), x
    return None


def _char_hits(text: str, inv: Inventory) -> Iterator[tuple[int, int, str, str, str, int]]:
    for f in inv.char_formulas:
        if sum(c in text for c in f.chars) < f.least:
            continue
        for m in re.finditer(f"[{f.chars}]{{{f.least},{len(f.chars)}}}", text):
            written = m.group(0)
            if len(set(written)) != len(written):
                continue
            order = [f.chars.index(c) for c in written]
            if order == sorted(order):
                continue
            if f.context is not None:
                a, b = _sentence_bounds(text, m.start())
                if not f.context.search(text[a:b]):
                    continue
            yield (m.start(), m.end(), "提法顺序", "".join(sorted(written, key=f.chars.index)),
                   f"“{f.name}”的字序与官方表述不符（{f.source}）", len(written))


# ---- joint issuers and signers in protocol order ------------------------------------------------------------------

BODIES_FILE = Path(__file__).resolve().parent / "lexicons" / "issuing_bodies.txt"
# the level words of local bodies, by level (1 province, 2 city, 3 county, 4 township); the central bodies are level 0
LEVEL_WORDS = {"省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "乡": 4, "镇": 4, "街道": 4}
# what may follow the last body of a joint list: punctuation, the act (印发, 联合发布), a conjunction, 的, the leadership
# (高度重视, 决策部署): never more of an organ's name (市委宣传部, 市政府办公室主任, 省委托)
AFTER_BODIES = re.compile(r"$|[、,。;:!?“”《(（\s]|印发|联合|发布|发出|出台|下发|颁布|关于|的|和|与|及|高度|决策|部署|要求|"
                          r"召开|举行|主办|批准|同意|决定|制定|领导|对|相继|先后|近日|日前|于|以|等|坚强|作出|办公厅|办公室")
BODY_SEPARATOR = re.compile(r"(?:[、,/]|和|与|及|以及)?")


@dataclass(frozen=True)
class Body:
    level: int
    kind: str  # 党 / 人大 / 政府 / 政协 / 军委
    office: bool = False  # a body's general office (办公厅, 办公室, 中办): ranked among offices only


@lru_cache(maxsize=1)
def bodies() -> tuple[dict[str, Body], re.Pattern]:
    """Every written form of the bodies of ``lexicons/issuing_bodies.txt`` (local forms for every level word) and one
    pattern over them, longest first."""
    out: dict[str, Body] = {}
    for raw in BODIES_FILE.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        forms, _scope, kind, _source = raw.split("\t")
        for form in forms.split("|"):
            office = form.endswith(("办公厅", "办公室", "办")) or form == "中办"
            if form.startswith("*"):
                for word, n in LEVEL_WORDS.items():
                    out.setdefault(word + form[1:], Body(n, kind, office))
            else:
                out[form] = Body(0, kind, office)
    pattern = re.compile("|".join(map(re.escape, sorted(out, key=len, reverse=True))))
    return out, pattern


def _out_of_protocol(a: Body, b: Body) -> str | None:
    """Why ``a`` may not stand before ``b`` in one list of issuers or signers (None: it may). A body and an office are
    not compared: 市政府、市委办公室 may list a government before a committee's office."""
    if a.office != b.office:
        return None
    if a.level > b.level:
        return "上级机关在前"
    if a.level < b.level:
        return None
    if b.kind == "党" and a.kind != "党":
        return "同级党的机关在前"
    if a.kind == "军委" and b.kind == "政府":
        return "国务院在中央军委之前"
    return None


def _issuer_hits(text: str) -> Iterator[tuple[int, int, str, str, str, int]]:
    """(start, end, rule, suggestion, note, items) in the squeezed text for joint issuers out of protocol order."""
    table, pattern = bodies()
    found = list(pattern.finditer(text))
    runs: list[list[re.Match]] = []
    for m in found:
        if runs and BODY_SEPARATOR.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        while len(run) >= 2 and not AFTER_BODIES.match(text, run[-1].end()):
            run = run[:-1]  # the last name goes on (市委宣传部): not a body of the list
        if len(run) < 2:
            continue
        for x, y in pairwise(run):
            why = _out_of_protocol(table[x.group(0)], table[y.group(0)])
            if why:
                right = f"{y.group(0)}、{x.group(0)}"
                yield (x.start(), y.end(), "提法顺序", right,
                       f"联合发文、署名的机关按礼宾顺序排列：{why}（中共中央、国务院；中共中央办公厅、国务院办公厅；省委、省政府；"
                       "国务院、中央军委）", 2)
                break


def order_hits(folded: str) -> Iterator[Hit]:
    """Fixed formulations out of their official order or with one item changed, on folded text."""
    inv = inventory()
    text, keep = _squeeze(folded)
    items = _items(text, inv)
    found = list(_char_hits(text, inv))
    if any(w in text for w in ("委", "政府", "国务院", "中央", "国办", "中办", "人大", "政协")):
        found += list(_issuer_hits(text))
    if len(items) >= 2:
        found += list(_order_hits(text, _runs(text, items), inv))
        found += list(_variant_hits(text, items, inv))
    taken: list[tuple[int, int]] = []
    # the finding that reads the most items of a formulation first (民主、富强、文明、和谐、美丽 is the five-word
    # formulation, not four of the core values)
    for start, end, rule, suggestion, note, _ in sorted(found, key=lambda h: (-h[5], h[0])):
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        yield keep[start], keep[end - 1] + 1, rule, suggestion, note
