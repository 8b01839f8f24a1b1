"""Disjointness of dev4's units and word lists from every other part: python eval/impostor/dev4/check_disjoint.py

Imports each part's spec (no build) and prints, per list, how many of dev4's items also occur in another part's
list (and which, only for the tuning parts). Held-out items are never printed: only a count is shown.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)


def load(part):
    path = os.path.join(ROOT, part, f"spec_{part}.py")
    spec = importlib.util.spec_from_file_location(f"spec_{part}_x", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def pairs(d):
    return {(k, v) for k, vs in (d or {}).items() for v in vs}


def any_pairs(m):
    """Look-alike and same-sound pairs of both tables, in both directions."""
    p = pairs(getattr(m, "LOOKALIKE", {})) | pairs(getattr(m, "SAME_SOUND", {}))
    return p | {(b, a) for a, b in p}


def digits(m):
    out = set()
    funcs = getattr(m, "FULLWIDTH_FUNCS", {}) or {}
    for mode in getattr(m, "FULLWIDTH_MODES", []):
        if mode in funcs:
            s = funcs[mode]("0123456789")
        elif mode == "full":
            s = "".join(chr(ord(c) + 0xFEE0) for c in "0123456789")
        else:
            continue
        out |= set(s) - set("()0123456789")
    return out


def places(m):
    out = set()
    for C in getattr(m, "CITIES", []):
        out.add(C["S"]) if C.get("depts") else None
        for D in C.get("districts", []):
            out.add(D["DS"])
    for t in getattr(m, "UNREG_DISTRICTS", []):
        out.add(t[1])
    for t in getattr(m, "UNREG_CITY", []):
        if t[0] not in ("山东", "广东"):
            out.add(t[0])
    return out


def prov_units(m):
    out = set()
    for P in getattr(m, "PROVINCES", []):
        for d in P["depts"]:
            out.add((P["S"], d if isinstance(d, str) else d[0]))
    for t in getattr(m, "UNREG_CITY", []):
        if t[0] in ("山东", "广东"):
            out.add((t[0], t[1]))
    return out


def ep(m, k):
    v = (getattr(m, "EDIT_PARAMS", {}) or {}).get(k, [])
    return {tuple(x) if isinstance(x, list) else x for x in v}


def lists(m):
    aon = {p for v in (getattr(m, "AVATAR_ONLY_NAMES", {}) or {}).values() for p in v}
    return {
        "suffixes": set(getattr(m, "SUFFIXES", [])), "prefixes": set(getattr(m, "PREFIXES", [])),
        "lookalike pairs": pairs(getattr(m, "LOOKALIKE", {})), "same-sound pairs": pairs(getattr(m, "SAME_SOUND", {})),
        "pairs (either table, either direction)": any_pairs(m),
        "traditional modes": set(getattr(m, "TRAD_MODES", [])), "spaces": set(getattr(m, "SPACES", [])),
        "zero-width": set(getattr(m, "ZERO_WIDTH", [])), "emoji": set(getattr(m, "EMOJI", [])),
        "brackets": {tuple(b) for b in getattr(m, "BRACKETS", [])}, "digit modes": set(getattr(m, "FULLWIDTH_MODES", [])),
        "digit code points": digits(m), "level forms": set(getattr(m, "LEVEL_FORMS", [])),
        "avatar-only patterns": aon,
        "other places": {e["S"] for e in getattr(m, "OTHER_PLACES_CHAR", []) + getattr(m, "OTHER_PLACES_SOUND", [])},
        "template places": {t[0] for t in getattr(m, "TEMPLATE_NEGS", [])},
        "media/personal/commercial names": {e["name"] for k in ("MEDIA", "PERSONAL", "COMMERCIAL")
                                            for e in getattr(m, k, [])},
        "watermark texts": ep(m, "watermark_texts"), "border colours": ep(m, "border_colours"),
        "border styles": ep(m, "border_styles"), "recolour modes": ep(m, "recolour_modes"),
        "screenshot styles": ep(m, "screenshot_styles"), "resize px": ep(m, "resize_px"),
        "tactic combinations": {frozenset(t) for t, _ in getattr(m, "IMPOSTOR_PLAN", []) if len(t) > 1},
        "scam texts": set(getattr(m, "IMPOSTOR_DESCS", [])),
        "impostor blue-V names": {t[1] for t in getattr(m, "IMPOSTOR_VERIFIED", [])},
        "places (registered/unregistered units)": places(m),
        "place nicknames": {C.get("nick") for C in getattr(m, "CITIES", []) + getattr(m, "PROVINCES", [])} - {None},
        "unregistered unit kinds": {t[1] for t in getattr(m, "UNREG_CITY", [])}
        | {d for t in getattr(m, "UNREG_DISTRICTS", []) for d in t[3]}, "province units": prov_units(m),
    }


def rng(m, k):
    return (getattr(m, "EDIT_PARAMS", {}) or {}).get(k)


mine = load("dev4")
L4 = lists(mine)
others = {p: load(p) for p in ("dev", "dev2", "dev3", "heldout")}
LO = {p: lists(m) for p, m in others.items()}
for key, s in L4.items():
    row = []
    for p in others:
        ov = s & LO[p][key]
        if ov:
            row.append(f"{p}: {len(ov)}" + ("" if p == "heldout" else f" {sorted(map(str, ov))[:8]}"))
    print(f"{key:40s} {len(s):3d}  " + ("; ".join(row) if row else "disjoint"))
for k in ("rotate_deg", "jpeg_q", "crop_frac", "border_frac", "screenshot_scale", "watermark_alpha"):
    a = rng(mine, k)
    ov = [p for p, m in others.items() if rng(m, k) and a and rng(m, k)[0] < a[1] and a[0] < rng(m, k)[1]]
    print(f"range {k:33s} {a}  " + (f"overlaps {ov}" if ov else "disjoint"))
import gen_common as G  # noqa: E402

bad = [(k, v) for k, vs in mine.SAME_SOUND.items() for v in vs if not G.same_sound(k, v)]
print("same-sound pairs without identical toneless pinyin:", bad or "none")
cross = pairs(mine.LOOKALIKE) & (pairs(mine.SAME_SOUND) | {(b, a) for a, b in pairs(mine.SAME_SOUND)})
print("pairs in both of dev4's tables:", sorted(cross) or "none")

