"""Provinces written by another name of theirs: a customary name (雅称: 燕赵 for 河北, 齐鲁 for 山东) or a
municipality's nickname (申城 for 上海), or a macro-region of a few provinces (岭南, 京津冀, 东三省) — and such a name
disguised by one look-alike or same-sound character (燕赳, 燕召 for 燕赵; 京津机 for 京津冀).

A city's or county's nickname (泉城 for 济南) is not read here: alone in a name it points the avatar rule at its place
and makes no name match (``detectors.places.nickname_places``).

An impostor writes 燕赵发布 for 河北发布: read character by character, 燕 + 赵 (the short form of 赵县) + 发布 is 赵县发布
with one character added, which is the wrong unit. The name reads right when its nickname is read whole first (the
longest match, as a reader does) and put back as the place it stands for (河北发布), for the entries of that place only.
A disguised nickname is read the same way, and also put back as the nickname itself, which before a name of a place it
covers is a word of that place (京津冀隶宁发布 → 肃宁发布, ``detectors.affixes``).

The tables here are pure functions of the data files (``detectors/data/nicknames.tsv``, ``regions.tsv``); which of
them a registry can use, and the readings, are ``detectors.impostor._Officials.alias_matches``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from detectors.affixes import regions
from detectors.charsim import common_characters, part_alike, principal_sound, shape_alikes, shape_candidates
from detectors.names import dictionary_words, near_glyphs
from detectors.places import (
    gazetteer,
    name_forms,
    province_abbreviations,
    standing_nicknames,
    township_shorts,
)

# A macro-region stands for one of its provinces only when it has few (岭南: 广东, 广西, 海南; 京津冀): 华北, 西南 are
# directions everyday words write, and a region of many provinces says nothing about which one an account imitates.
MAX_REGION_PROVINCES = 3
# The geographic macro-regions named by a direction (七大地理分区): a direction, not another name of a province, even
# where few provinces make one up (华中: 河南, 湖北, 湖南; 华中科技大学 is no Hubei unit).
DIRECTION_REGIONS = frozenset({"华北", "华东", "华中", "华南", "东北", "西南", "西北"})


@dataclass(frozen=True, slots=True)
class Alias:
    """One way a name writes a place by another name of it."""
    written: str  # as the name writes it (燕赳)
    nickname: str  # the nickname or region it is (燕赵)
    places: tuple[str, ...]  # the places it stands for, short forms as account names write them (河北)
    change: tuple[str, str, str] | None = None  # (the nickname's character, the one written, 形近/音近) if disguised


@lru_cache(maxsize=1)
def province_shorts() -> frozenset[str]:
    """Short forms of the province-level divisions (河北, 内蒙古, 广西)."""
    return frozenset(short for short, _ in province_abbreviations().values())


@lru_cache(maxsize=1)
def alias_places() -> dict[str, tuple[str, ...]]:
    """Nickname or region → the provinces it stands for: the nicknames of province-level divisions (``detectors.
    places.standing_nicknames``: 雅称 燕赵, 齐鲁 and the municipalities' 别称 申城, 津门, not landmarks or natives) and
    the macro-regions of at most ``MAX_REGION_PROVINCES`` provinces not named by a direction (``detectors.affixes.
    regions``: 岭南, 京津冀, 东三省, 成渝); none that is a division's own name (山城, 中原). A city's or county's
    nickname is left to the avatar rule (``detectors.places.nickname_places``): 泉城 alone in a name is a brand of
    Jinan as often as a disguise of its units (泉城公安 is no name match, by design)."""
    provinces = province_shorts()
    out: dict[str, tuple[str, ...]] = {}
    for nick, forms in standing_nicknames().items():  # 河北, not 河北省 too: the short form, as names write it
        places = tuple(f for f in forms if not any(g != f and f.startswith(g) for g in forms))
        if set(places) <= provinces:  # a city's nickname alone makes no name match (泉城公安: the avatar rule's)
            out[nick] = places
    for region, members in regions().items():
        if (region not in out and region not in DIRECTION_REGIONS and len(members) <= MAX_REGION_PROVINCES
                and members <= provinces):
            out[region] = tuple(sorted(members))
    # a division's own name is that division (山城 is 鹤壁's 山城区, 中原 郑州's 中原区), never another's nickname
    return {k: v for k, v in out.items() if k not in _division_names()}


@lru_cache(maxsize=1)
def _common_by_sound() -> dict[str, str]:
    """Principal sound (``detectors.charsim.principal_sound``) → the common characters (GB 2312 level 1, the 3,755
    characters of everyday writing) read so: the same-sound characters a disguise picks from."""
    out: dict[str, list[str]] = defaultdict(list)
    for ch in common_characters():
        key = principal_sound(ch)
        if key:
            out[key].append(ch)
    return {k: "".join(v) for k, v in out.items()}


def _changes(ch: str) -> dict[str, str]:
    """Characters a disguise writes for ``ch``: its look-alikes (``shape_alikes``, those with a part in common drawn
    nearly alike: 赳 for 赵, and the nearest drawings by whole glyph and shared part, ``detectors.names.near_glyphs``:
    泽 for 津, the one-character change of an otherwise whole name that table is read for) and the common characters
    of its principal sound (召 for 赵, 机 and 及 for 冀). A traditional form needs nothing here: names are read in
    simplified characters first (澤門 is 泽门)."""
    out = dict.fromkeys(shape_alikes(ch), "形近")
    out.update({b: "形近" for b in shape_candidates(ch) if b not in out and part_alike(ch, b)})
    out.update({b: "形近" for b in near_glyphs(ch) if b not in out})
    for b in _common_by_sound().get(principal_sound(ch), ""):
        out.setdefault(b, "音近")
    out.pop(ch, None)
    return out


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    gaz = gazetteer()
    return frozenset(f for div in gaz.divisions.values() for f in (div.name, *name_forms(div.name)))


def _plain_word(text: str) -> bool:
    """Whether a disguised nickname may not be read from ``text``: a division's name or short form (齐河 is a county,
    not 齐鲁 disguised), a township's (潭门 is 琼海's 潭门镇, not 津门 disguised) or a dictionary word (燕照 is none)."""
    return text in _division_names() or text in township_shorts() or text in dictionary_words()


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[Alias, ...]]:
    """Written form → the aliases it may be: every nickname and region of ``alias_places`` as it is, and each with
    one character changed for a look-alike or same-sound one (``_changes``), where the changed form is no other
    nickname, place or word (``_plain_word``)."""
    table = alias_places()
    out: dict[str, list[Alias]] = defaultdict(list)
    for nick, places in table.items():
        out[nick].append(Alias(nick, nick, places))
    for nick, places in table.items():
        if len(nick) < 2:
            continue
        for k, ch in enumerate(nick):
            for b, kind in _changes(ch).items():
                written = nick[:k] + b + nick[k + 1:]
                if written in table or _plain_word(written):
                    continue
                out[written].append(Alias(written, nick, places, (ch, b, kind)))
    return {k: tuple(v) for k, v in out.items()}
