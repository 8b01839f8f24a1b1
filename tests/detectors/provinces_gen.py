"""Synthetic registries of any province, for checking that impostor detection does not depend on the province.

**Synthetic**: this generator was written alongside the detector (sixth session, issue #12), so its figures are
optimistic in absolute terms. What it measures is the *gap* between provinces: the same mechanical tactics applied
to the units of Shandong and Guangdong (the only provinces of the tuning data) and to those of other provinces.

``build(province_code, seed)`` makes, from ``detectors/data/divisions.tsv`` (read here directly, not through
``detectors.places``):

- a registry: the province itself, a few prefecture-level divisions and county-level divisions beneath them (for the
  municipalities their districts and counties), each with two functions (发布, 公安, 平安XX, 市场监管, 融媒, 卫健,
  应急管理, 税务, 文旅, 交警), one platform each, ``region`` the qualified division name (湖北省恩施土家族苗族自治州);
- the crawled registered accounts (must not be flagged);
- impostors, one per (entry, tactic) for a random subset of tactics, applied mechanically (``TACTICS``);
- hard negatives: genuine, government-verified accounts of *other* divisions whose short name is one character or
  one sound away from a registered place, in other provinces (``other_place_char`` / ``other_place_sound``: must
  not be flagged) and in the same province (``same_province_char`` / ``same_province_sound``: must not be flagged
  as impostors; they are unregistered units of our remit, reported as unregistered);
- unregistered accounts: genuine, verified accounts of county-level units of the province absent from the
  registry (reported as unregistered, never as impostors).

Names only: no avatars (the avatar layers are province-independent; this set isolates the name and place logic).
``province_sample(seed)`` picks provinces other than Shandong and Guangdong, one per region of China.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.records import account_key
from tests.detectors.evalset import _common_chars  # GB 2312 level-1 characters, the 3,755 most common

DIVISIONS = Path(__file__).resolve().parents[2] / "detectors" / "data" / "divisions.tsv"
BASELINE = ("370000", "440000")  # Shandong, Guangdong: the provinces of the tuning data
# Regions of China, by provincial division code (general knowledge): one province is drawn from each.
REGIONS = {
    "东北": ("210000", "220000", "230000"),
    "华北": ("130000", "140000"),
    "华东": ("320000", "330000", "340000", "350000", "360000"),
    "华中": ("410000", "420000", "430000"),
    "华南": ("460000",),
    "西南": ("510000", "520000", "530000"),
    "西北": ("610000", "620000", "630000"),
    "直辖市": ("110000", "120000", "310000", "500000"),
    "自治区": ("150000", "450000", "540000", "640000", "650000"),
}
# Official one-character abbreviations (简称) of the provincial-level divisions (general knowledge; the State
# Council's list of 省级行政区简称).
ABBREVIATIONS = {
    "110000": "京", "120000": "津", "130000": "冀", "140000": "晋", "150000": "蒙", "210000": "辽", "220000": "吉",
    "230000": "黑", "310000": "沪", "320000": "苏", "330000": "浙", "340000": "皖", "350000": "闽", "360000": "赣",
    "370000": "鲁", "410000": "豫", "420000": "鄂", "430000": "湘", "440000": "粤", "450000": "桂", "460000": "琼",
    "500000": "渝", "510000": "川", "520000": "贵", "530000": "云", "540000": "藏", "610000": "陕", "620000": "甘",
    "630000": "青", "640000": "宁", "650000": "新",
}
MUNICIPALITIES = ("110000", "120000", "310000", "500000")
# (account name pattern, unit name pattern) of common government accounts; {S} short place name, {F} full name.
FUNCTIONS = (
    ("{S}发布", "{F}人民政府新闻办公室"),
    ("{S}公安", "{F}公安局"),
    ("平安{S}", "{F}公安局"),
    ("{S}市场监管", "{F}市场监督管理局"),
    ("{S}融媒", "{F}融媒体中心"),
    ("{S}卫健", "{F}卫生健康委员会"),
    ("{S}应急管理", "{F}应急管理局"),
    ("{S}税务", "国家税务总局{F}税务局"),
    ("{S}文旅", "{F}文化和旅游局"),
    ("{S}交警", "{F}公安局交通警察支队"),
)
TACTICS = ("prefix", "suffix", "lookalike_char", "same_sound", "traditional", "spacing", "zero_width",
           "emoji_brackets", "reorder", "level_prefix", "province_abbrev", "full_place", "combined", "level_word",
           "ancestor_prefix")
# A level word swapped for the one of another level (撤县设市: 县 for a county-level 市; 撤县设区: 县 for 区; 市 for 州/盟,
# 县 for 旗): what an impostor writes when it names the place by an older or a looser level.
LEVEL_SWAPS = {"市": "县", "区": "县", "县": "区", "州": "市", "盟": "市", "旗": "县"}
# How an ancestor's name is put before the name: plain, with a separator or in brackets, after 中国/全国.
ANCESTOR_WRAPS = ("{}", "{}·", "{} ", "【{}】", "[{}]", "（{}）", "{}|", "中国{}", "全国{}")
# The 55 recognised minority ethnic groups (general knowledge), as autonomous divisions' names carry them.
ETHNIC = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
          "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
          "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
          "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
PREFIXES = ("最新", "官方", "真·", "中国", "权威", "掌上")
SUFFIXES = ("平台", "在线", "客服", "资讯", "服务", "发布厅")
_PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市")
_SUFFIXES = ("林区", "地区", "新区", "自治州", "自治县", "自治旗", "市", "县", "区", "旗", "盟")


@dataclass(frozen=True)
class Place:
    code: str
    full: str
    short: str
    parent: str


@lru_cache(maxsize=1)
def divisions() -> dict[str, Place]:
    out = {}
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        code, name, parent = (line.split("\t") + [""])[:3]
        out[code] = Place(code, name, _short(name, not parent), parent)
    return out


def _short(name: str, province: bool) -> str:
    """The everyday short name: 湖北省 → 湖北, 恩施土家族苗族自治州 → 恩施, 长阳土家族自治县 → 长阳, 沛县 → 沛县."""
    for suffix in (_PROVINCE_SUFFIXES if province else _SUFFIXES):
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            while "族" in stem:  # 土家族苗族 …: ethnic names taken off the end (恩施, 长阳, 西双版纳, 黔东南)
                cut = next((e + "族" for e in sorted(ETHNIC, key=len, reverse=True)
                            if stem.endswith(e + "族") and len(stem) > len(e) + 1), "")
                if not cut:
                    break
                stem = stem[: -len(cut)]
            for ethnic in ("蒙古", "哈萨克", "柯尔克孜"):  # 伊犁哈萨克, 博尔塔拉蒙古: names written without 族
                if suffix.startswith("自治") and stem.endswith(ethnic) and len(stem) > len(ethnic):
                    stem = stem[: -len(ethnic)]
            return stem if len(stem) >= 2 else name
    return name


def qualified(code: str) -> str:
    divs = divisions()
    chain, c = [], code
    while c:
        chain.append(divs[c].full)
        c = divs[c].parent
    return "".join(reversed(chain))


def province_of(code: str) -> str:
    divs = divisions()
    while divs[code].parent:
        code = divs[code].parent
    return code


def province_sample(seed: int = 12) -> list[str]:
    """One province per region, other than Shandong and Guangdong, drawn with a fixed seed."""
    rng = random.Random(seed)
    return [rng.choice(codes) for codes in REGIONS.values()]


@dataclass
class ProvinceSet:
    province: str
    registry: list[dict] = field(default_factory=list)
    accounts: list[dict] = field(default_factory=list)
    labels: dict[str, dict] = field(default_factory=dict)


# ---- mechanical tactics -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _homophones() -> dict[str, list[str]]:
    from pypinyin import Style, pinyin
    by_sound: dict[str, list[str]] = {}
    for ch in _common_chars():
        by_sound.setdefault(pinyin(ch, style=Style.TONE3)[0][0], []).append(ch)
    return by_sound


def _homophone(ch: str, rng: random.Random) -> str | None:
    from pypinyin import Style, pinyin
    sound = pinyin(ch, style=Style.TONE3)[0][0]
    others = [c for c in _homophones().get(sound, []) if c != ch]
    return rng.choice(others) if others else None


@lru_cache(maxsize=1)
def _lookalikes() -> dict[str, list[str]]:
    """Glyph neighbours (cosine ≥ 0.80) from the glyph table (``detectors/data/glyph_similar.txt``)."""
    out = {}
    path = DIVISIONS.parent / "glyph_similar.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        ch, rest = line.split("\t", 1)
        near = [p.split(":")[0] for p in rest.split() if float(p.split(":")[1]) >= 0.80]
        if near:
            out[ch] = near
    return out


def _replace_one(name: str, positions: list[int], pick, rng: random.Random) -> str | None:
    rng.shuffle(positions)
    for k in positions:
        new = pick(name[k], rng)
        if new and new != name[k]:
            return name[:k] + new + name[k + 1:]
    return None


def _lookalike(ch: str, rng: random.Random) -> str | None:
    near = _lookalikes().get(ch)
    return rng.choice(near[:3]) if near else None


@lru_cache(maxsize=1)
def _s2t():
    import opencc
    return opencc.OpenCC("s2t")


def apply_tactic(tactic: str, name: str, place: Place, rng: random.Random) -> str | None:
    """The impostor name made from ``name`` (whose place is ``place``) by one tactic, or None when it does not
    apply. The place's characters are preferred for substitutions (they are what differs between provinces)."""
    s = place.short
    k = name.find(s)
    place_pos = list(range(k, k + len(s))) if k >= 0 else []
    other_pos = [i for i in range(len(name)) if i not in place_pos]
    divs = divisions()
    if tactic == "prefix":
        return rng.choice(PREFIXES) + name
    if tactic == "suffix":
        return name + rng.choice(SUFFIXES)
    if tactic == "lookalike_char":
        return _replace_one(name, place_pos, _lookalike, rng) or _replace_one(name, other_pos, _lookalike, rng)
    if tactic == "same_sound":
        return _replace_one(name, place_pos, _homophone, rng) or _replace_one(name, other_pos, _homophone, rng)
    if tactic == "traditional":
        out = _s2t().convert(name)
        return out if out != name else None
    if k < 0:
        return None
    head, tail = name[:k + len(s)], name[k + len(s):]
    if tactic == "spacing":
        return (head + " " + tail) if tail else (name[:k] + " " + name[k:])
    if tactic == "zero_width":
        j = rng.randrange(1, len(name))
        return name[:j] + "\u200b" + name[j:]
    if tactic == "emoji_brackets":
        return rng.choice(("【{}】", "{}🔥", "✅{}", "「{}」")).format(name)
    if tactic == "reorder":
        return (name[k + len(s):] + name[:k + len(s)]) if k == 0 else (s + name[:k])
    if tactic == "level_prefix":  # the parent's (or the province's) short name put in front
        parent = divs.get(place.parent)
        return parent.short + name if parent else None
    if tactic == "province_abbrev":
        return ABBREVIATIONS[province_of(place.code)] + name
    if tactic == "full_place":  # the place's full name with its level word (恩施土家族苗族自治州发布)
        return name.replace(s, place.full, 1) if place.full != s else None
    if tactic == "level_word":  # the place's level word written out (迪庆州, 兴安盟, 达拉特旗) or swapped (寿光县)
        if place.full == s:
            return None
        level = place.full[-1]
        options = [s + level] + ([s + LEVEL_SWAPS[level]] if place.parent and level in LEVEL_SWAPS else [])
        return name.replace(s, rng.choice(options), 1)
    if tactic == "ancestor_prefix":  # any ancestor, in any of its forms, with or without a separator or brackets
        chain = []
        parent = divs.get(place.parent)
        while parent:
            chain.append(parent)
            parent = divs.get(parent.parent)
        if not chain:
            return None
        above = rng.choice(chain)
        forms = [above.full, above.short] + ([ABBREVIATIONS[above.code]] if not above.parent else [])
        return rng.choice(ANCESTOR_WRAPS).format(rng.choice(forms)) + name
    if tactic == "combined":
        changed = _replace_one(name, place_pos, _lookalike, rng) or _replace_one(name, other_pos, _lookalike, rng)
        return changed + rng.choice(SUFFIXES) if changed else None
    raise ValueError(tactic)


# ---- the set ------------------------------------------------------------------------------------------------

def _units(province: str, rng: random.Random, prefectures: int, counties: int) -> list[Place]:
    divs = divisions()
    children = [d for d in divs.values() if d.parent == province]
    out = [divs[province]]
    if province in MUNICIPALITIES:
        out += rng.sample(children, min(len(children), prefectures + counties))
        return out
    prefs = [d for d in children if d.code.endswith("00")]
    direct = [d for d in children if not d.code.endswith("00")]  # 仙桃市, 神农架林区, 五指山市 …
    chosen = rng.sample(prefs, min(len(prefs), prefectures)) + rng.sample(direct, min(len(direct), 1))
    out += chosen
    beneath = [d for d in divs.values() if d.parent in {c.code for c in chosen}]
    out += rng.sample(beneath, min(len(beneath), counties))
    return out


def _function_names(place: Place, fn: tuple[str, str], province: str) -> tuple[str, str]:
    name_pat, unit_pat = fn
    divs = divisions()
    full = place.full
    if place.parent and sum(d.full == full for d in _by_length().get(len(place.short), ())) > 1:
        full = divs[place.parent].full + full  # a name several divisions share is written under its parent
    unit = unit_pat.format(F=full)
    if place.code == province and province not in MUNICIPALITIES:
        unit = unit.replace("公安局", "公安厅").replace("交通警察支队", "交通警察总队")
    elif place.parent and place.full.endswith("区") and "公安局" in unit and not place.code.endswith("00"):
        parent = divs[place.parent].full  # a district's police is a branch of the city's: 武汉市公安局江岸区分局
        unit = unit.replace(f"{full}公安局", f"{parent}公安局{place.full}分局")
    return name_pat.format(S=place.short), unit


def _neighbours(place: Place) -> dict[str, list[Place]]:
    """Other divisions whose short name is one character away (same length), or sounds the same, as ``place``'s."""
    from pypinyin import lazy_pinyin
    divs = divisions()
    related = {place.code, place.parent}
    out: dict[str, list[Place]] = {"char": [], "sound": []}
    sound = lazy_pinyin(place.short)
    for d in _by_length().get(len(place.short), ()):
        if d.code in related or d.parent == place.code or d.short == place.short:
            continue
        if sum(a != b for a, b in zip(d.short, place.short)) == 1:
            out["char"].append(d)
        elif lazy_pinyin(d.short) == sound:
            out["sound"].append(d)
    del divs
    return out


@lru_cache(maxsize=1)
def _by_length() -> dict[int, list[Place]]:
    out: dict[int, list[Place]] = {}
    for d in divisions().values():
        out.setdefault(len(d.short), []).append(d)
    return out


def build(province: str, seed: int = 12, prefectures: int = 5, counties: int = 8, tactics_per_entry: int = 7,
          functions_per_unit: int = 2) -> ProvinceSet:
    """The synthetic set of one province (see the module docstring)."""
    rng = random.Random(f"{seed}-{province}")
    ps = ProvinceSet(province)
    platforms = ("weibo", "wechat", "douyin")
    counter = [0]

    def new_id(prefix: str) -> str:
        counter[0] += 1
        return f"{prefix}{province}{counter[0]:05d}"

    def add(record: dict, label: dict) -> None:
        record.setdefault("verified", False)
        record.setdefault("verified_type", None)
        record.setdefault("verified_reason", "")
        record.setdefault("description", "")
        record.setdefault("followers", rng.randrange(10, 100000))
        ps.accounts.append(record)
        ps.labels[account_key(record["platform"], record["account_id"])] = label

    units = _units(province, rng, prefectures, counties)
    entries: list[tuple[dict, Place]] = []
    names_taken: set[str] = set()
    for place in units:
        for fn in rng.sample(FUNCTIONS, functions_per_unit):
            name, unit = _function_names(place, fn, province)
            if name in names_taken:
                continue
            names_taken.add(name)
            entry = {"unit": unit, "platform": rng.choice(platforms), "account_id": new_id("r"), "name": name,
                     "status": "active", "region": qualified(place.code),
                     "competent_unit": f"{place.full}人民政府办公室"}
            ps.registry.append(entry)
            entries.append((entry, place))
            add({"platform": entry["platform"], "account_id": entry["account_id"], "name": name, "verified": True,
                 "verified_type": "government", "verified_reason": unit}, {"label": "registered"})

    registered_keys = {unicodedata.normalize("NFKC", e["name"]) for e, _ in entries}
    divs_all = divisions()
    for entry, place in entries:
        for tactic in rng.sample(TACTICS, tactics_per_entry):
            name = apply_tactic(tactic, entry["name"], place, rng)
            if not name or unicodedata.normalize("NFKC", name) in registered_keys:
                continue
            add({"platform": rng.choice(platforms), "account_id": new_id("x"), "name": name,
                 "description": rng.choice(("", "分享本地资讯", f"{entry['unit']}官方账号"))},
                {"label": "impostor", "tactic": tactic, "target_unit": entry["unit"]})

    # Hard negatives: genuine accounts of other places one character or one sound away.
    registered_codes = {p.code for _, p in entries}
    for entry, place in entries:
        fn = next(f for f in FUNCTIONS if _function_names(place, f, province)[0] == entry["name"])
        for how, others in _neighbours(place).items():
            rng.shuffle(others)
            for other in others[:2]:
                if other.code in registered_codes:
                    continue
                name, unit = _function_names(other, fn, province_of(other.code))
                if unicodedata.normalize("NFKC", name) in registered_keys:
                    continue
                same = province_of(other.code) == province
                family = ("same_province_" if same else "other_place_") + how
                add({"platform": rng.choice(platforms), "account_id": new_id("h"), "name": name, "verified": True,
                     "verified_type": "government", "verified_reason": rng.choice(("{}官方微博", "{}")).format(unit),
                     "description": f"{unit}官方账号"},
                    {"label": "hard_negative", "family": family, "unit": unit, "like": entry["name"]})

    # Hard negatives: the same short name is another division's (西湖 of 杭州 and of 南昌, 兴安 of 兴安盟 and of 桂林);
    # an account of that other place, put under its own parent (南昌西湖发布), names a different ancestor: unverified,
    # it must still not be flagged as the registered unit's impostor.
    for entry, place in entries:
        if not place.parent:
            continue
        twins = [d for d in _by_length().get(len(place.short), ()) if d.short == place.short and d.code != place.code
                 and d.parent and d.parent != place.parent and d.code not in registered_codes
                 and divs_all[d.parent].short not in (divs_all[place.parent].short, place.short)
                 and d.code != place.parent
                 and d.parent != place.code and place.parent != d.code]
        rng.shuffle(twins)
        for other in twins[:1]:
            above = divs_all[other.parent]
            name = rng.choice((above.short, above.full)) + entry["name"]
            add({"platform": rng.choice(platforms), "account_id": new_id("h"), "name": name},
                {"label": "hard_negative", "family": "other_ancestor_prefix", "unit": other.full, "like": entry["name"]})

    # Unregistered: genuine accounts of county-level units of the province that the registry lacks.
    divs = divisions()
    beneath = [d for d in divs.values() if d.code not in registered_codes and province_of(d.code) == province
               and d.code != province]
    for place in rng.sample(beneath, min(len(beneath), 6)):
        name, unit = _function_names(place, FUNCTIONS[0], province)
        if unicodedata.normalize("NFKC", name) in registered_keys:
            continue
        add({"platform": rng.choice(platforms), "account_id": new_id("u"), "name": name, "verified": True,
             "verified_type": "government", "verified_reason": unit, "description": f"{unit}官方账号"},
            {"label": "unregistered", "unit": unit})
    return ps


def run(ps: ProvinceSet) -> dict[str, list[dict]]:
    from detectors import impostor, unregistered
    from detectors.context import DetectionContext
    ctx = DetectionContext(registry=ps.registry, accounts=ps.accounts)
    return {"impostor": list(impostor.detect(ctx)), "unregistered": list(unregistered.detect(ctx))}


def score(ps: ProvinceSet, findings: dict[str, list[dict]]) -> dict:
    """Recall (any flag and right target unit) overall and per tactic, hard-negative flags per family, registered
    accounts flagged, unregistered accounts reported (and reported as impostors)."""
    flagged = {account_key(f["platform"], f["account_id"]): f for f in findings["impostor"]}
    unreg = {account_key(f["platform"], f["account_id"]) for f in findings["unregistered"]}
    unit_of = {account_key(e["platform"], e["account_id"]): e["unit"] for e in ps.registry}

    def target_unit(f: dict) -> str | None:
        t = f.get("target") or {}
        return unit_of.get(account_key(t.get("platform"), t.get("account_id"))) if t else None

    out: dict = {"province": ps.province, "by_tactic": {}, "hard": {}, "misses": [], "false_positives": []}
    n = hit = right = 0
    for key, lab in ps.labels.items():
        kind = lab["label"]
        if kind == "impostor":
            n += 1
            t = out["by_tactic"].setdefault(lab["tactic"], [0, 0])
            t[0] += 1
            if key in flagged:
                hit += 1
                t[1] += 1
                right += target_unit(flagged[key]) == lab["target_unit"]
            else:
                out["misses"].append((lab["tactic"], _name(ps, key)))
        elif kind == "hard_negative":
            h = out["hard"].setdefault(lab["family"], [0, 0])
            h[0] += 1
            if key in flagged:
                h[1] += 1
                out["false_positives"].append((lab["family"], _name(ps, key), lab["like"]))
    out["impostors"], out["recall"] = n, hit / n if n else 1.0
    out["right_target"] = right / n if n else 1.0
    out["registered_flagged"] = sum(1 for k, lab in ps.labels.items() if lab["label"] == "registered" and k in flagged)
    unregs = [k for k, lab in ps.labels.items() if lab["label"] == "unregistered"]
    out["unregistered"] = len(unregs)
    out["unregistered_reported"] = sum(k in unreg for k in unregs)
    out["unregistered_as_impostor"] = sum(k in flagged for k in unregs)
    return out


def _name(ps: ProvinceSet, key: str) -> str:
    return next(a["name"] for a in ps.accounts if account_key(a["platform"], a["account_id"]) == key)
