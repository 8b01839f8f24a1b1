"""Coverage of the same-sound tactic (issue #12) by sound relation, on generated names (not a recall).

    python bench/same_sound_coverage.py [--parts dev dev2 …] [--per-part 0] [--show-misses 20]

**This is generated data, written alongside the code** — not a labelled set, and its figures are no recall. For the
registered names of the tuning parts' registries (``eval/impostor/devN/registry.csv``; names only, never the parts'
accounts or labels) the script respells one character of each name by a character that sounds like it, once per
*sound relation* below (position and character chosen by a hash of the name, among the common characters of GB 2312
level 1, readings from pypinyin with every reading of a polyphone), runs the impostor detector on the generated names
(one account each, no avatar, no profile) against that part's registry, and reports per relation how many were flagged
at all and how many with a registry entry of the same name as target. A respelling that writes a division's name the
registered name did not (陕西 for 山西) is another place, not generated.

Sound relations (of the character written to the registered one; the readings pypinyin gives, the first its default):
  same_tone       the same syllable and tone, default readings (乌/污 wu1)
  other_tone      the same syllable in another tone, default readings (乌/物 wu1/wu4)
  polyphone       the same syllable only through a reading that is not the default of one of them (和 hu2 / 胡)
  merger_nl       n and l initials merged, as in south-western and Jiang-Huai speech (南/兰)
  merger_retro    retroflex and dental initials merged (zh/z, ch/c, sh/s: 山/三)
  merger_nasal    front and back nasal finals merged (-n/-ng: 林/灵, 陈/成)
  merger_fh       f and h initials merged, as in Min and Hakka speech (福/胡)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from level_prefix_coverage import _pick, detect_generated, main_with, registry_of, tally  # noqa: E402

from detectors.charsim import common_characters  # noqa: E402  (after the path: the bench runs from a checkout)

RELATIONS = ("same_tone", "other_tone", "polyphone", "merger_nl", "merger_retro", "merger_nasal", "merger_fh")
LEVEL_CHARS = frozenset("省市县区州盟旗乡镇")
_RETRO = {"zh": "z", "ch": "c", "sh": "s", "z": "zh", "c": "ch", "s": "sh"}
_NASAL = {"ang": "an", "eng": "en", "ing": "in", "uang": "uan", "an": "ang", "en": "eng", "in": "ing", "uan": "uang"}


@cache
def _readings(ch: str) -> tuple[str, ...]:
    """Readings with tone number (wu1), the default first."""
    from pypinyin import Style, pinyin
    return tuple(dict.fromkeys(r for r in pinyin(ch, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]
                               if r and r[-1].isdigit()))


@cache
def _by_reading() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for ch in common_characters():
        for r in _readings(ch):
            out[r].append(ch)
    return {r: tuple(cs) for r, cs in out.items()}


def _split(syllable: str) -> tuple[str, str]:
    """(initial, final) of a toneless syllable."""
    for ini in ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
                "c", "s", "y", "w"):
        if syllable.startswith(ini):
            return ini, syllable[len(ini):]
    return "", syllable


def _merged(syllable: str, relation: str) -> list[str]:
    """The toneless syllables a dialect merger of ``relation`` reads ``syllable`` as."""
    ini, fin = _split(syllable)
    if relation == "merger_nl" and ini in ("n", "l"):
        return [("l" if ini == "n" else "n") + fin]
    if relation == "merger_retro" and ini in _RETRO:
        return [_RETRO[ini] + fin]
    if relation == "merger_nasal":
        return [ini + _NASAL[f] for f in (fin,) if f in _NASAL]
    if relation == "merger_fh":
        if ini == "f":
            return ["hu" + fin if not fin.startswith("u") else "h" + fin]
        if ini == "h" and fin.startswith("u"):
            return ["f" + fin[1:] if fin != "u" else "fu"]
    return []


def candidates(ch: str, relation: str) -> list[str]:
    """Common characters related to ``ch`` by ``relation`` (module docstring), in a fixed order."""
    mine = _readings(ch)
    if not mine:
        return []
    table = _by_reading()
    default = mine[0]
    out: list[str] = []
    if relation == "same_tone":
        out = [c for c in table.get(default, ()) if _readings(c)[0] == default]
    elif relation == "other_tone":
        out = [c for t in "12345" if t != default[-1] for c in table.get(default[:-1] + t, ())
               if _readings(c)[0][:-1] == default[:-1] and _readings(c)[0] != default]
    elif relation == "polyphone":
        shared = {r[:-1] for r in mine}
        out = [c for r in shared for t in "12345" for c in table.get(r + t, ())
               if _readings(c)[0][:-1] != default[:-1] or r != default[:-1]]
        out = [c for c in out if not (_readings(c)[0][:-1] == default[:-1])]
    else:
        targets = set(_merged(default[:-1], relation))
        out = [c for t in sorted(targets) for tone in "12345" for c in table.get(t + tone, ())
               if _readings(c)[0][:-1] in targets]
    return sorted(set(out) - {ch} - LEVEL_CHARS)


def respell(name: str, relation: str) -> str:
    """``name`` with one Chinese character respelt by ``relation``; "" when none can be, or the respelling writes a
    division's name the registered one does not."""
    from detectors.places import gazetteer
    positions = [i for i, ch in enumerate(name) if "\u4e00" <= ch <= "\u9fff" and ch not in LEVEL_CHARS
                 and candidates(ch, relation)]
    if not positions:
        return ""
    pos = _pick(positions, name + relation)
    new = name[:pos] + _pick(candidates(name[pos], relation), name + relation + "c") + name[pos + 1:]
    gaz = gazetteer()
    named = {p for _, p in gaz.pieces(name)}
    if any(p not in named for _, p in gaz.pieces(new)):
        return ""
    return new


def run(part: str, per_part: int, show: list) -> dict:
    _cfg, _entries, _rows, registered, first = registry_of(part)
    cases = []
    for name, row in list(first.items())[: per_part or None]:
        for relation in RELATIONS:
            text = respell(name, relation)
            if text and text not in registered:
                cases.append((relation, name, text, row))
    outcomes = detect_generated(part, cases, f"same-sound-{part}")
    return tally(outcomes, part, show, lambda relation, right: not right)


def main(argv: list[str] | None = None) -> int:
    return main_with(argv, ("读音关系", RELATIONS), run, __doc__.split("\n\n")[0], "同音字手法按读音关系",
                     "未指向正确目标的写法")


if __name__ == "__main__":
    raise SystemExit(main())
