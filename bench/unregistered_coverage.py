"""Coverage of the ``unregistered`` rule (issue #12) by unit kind, place and verification shape, on generated accounts.

    python bench/unregistered_coverage.py [--parts dev dev2 …] [--show-misses 20] [--others 4]

**This is generated data, written alongside the code** — not a labelled set, and its figures are no recall. For the
units of the tuning parts' registries (``eval/impostor/devN/registry.csv``; unit names only, never the parts'
accounts or labels) the script takes each *unit kind* — the unit's name with the places it begins with taken away
(黑龙江省 + 人民政府新闻办公室, 某某县 + 公安局) — and writes it at **every** place of the same level within the
registry's remit: every county-level division of the gazetteer (``detectors/data/divisions.tsv``) and every
county-level statistical unit (``detectors/data/statistical_units.tsv``: 新区, 管理区, 大兴安岭's districts …) for a
county kind, every prefecture for a prefecture kind. Each unit is written as every platform's verification text
shapes it (the crawlers' and the imitations' formats: 微博 "…官方微博" with verified_type government; 微信 the subject
alone, no type, as Sogou shows it; 抖音, 快手, 哔哩哔哩 "…官方账号" or the subject alone, the type as
``crawler.platforms.base.classify_verification`` gives it), as the account of a platform the registry does not
list, and run through ``detectors.unregistered.detect`` against that part's registry.

Positives (``kind@county``, ``kind@statistical``, ``kind@prefecture``): each must be reported as unregistered.
Negatives (``other@county``, ``other@statistical``): the same kinds at county-level places of other provinces
(``--others`` per kind, chosen by a hash) and at every statistical unit outside the remit: none may be reported (a
genuine account of another place is not the supervising office's). ``nongov@remit``: the same kinds at ``--others``
places of the remit, verified on 微博 with the platform's class media, enterprise or personal: none may be reported.

A unit kind the blind parts bring that is not read as a government body, a place form the gazetteer does not place
or a verification shape not read shows here as a miss for every place at once.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from level_prefix_coverage import EVAL, TUNING  # noqa: E402  (the tuning parts, never "heldout": one list for the benches)


def shapes():
    """(platform, verification format, verified_type function) of each platform's verification text."""
    from crawler.platforms.base import classify_verification

    def government(_reason: str) -> str:
        return "government"

    def untyped(_reason: str) -> None:
        return None

    return (("weibo", "{u}官方微博", government), ("wechat", "{u}", untyped),
            ("douyin", "{u}官方账号", classify_verification), ("douyin", "{u}", classify_verification),
            ("kuaishou", "{u}官方账号", classify_verification), ("bilibili", "{u}官方账号", classify_verification),
            ("bilibili", "{u}", classify_verification))


def _h(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)


def unit_kind(unit: str) -> tuple[str, int] | None:
    """The unit's name without the places it begins with, and the level of the last of them (1 province, 2
    prefecture, 3 county); None when it begins with no place (国家税务总局…) or nothing is left."""
    from detectors.places import gazetteer, statistical_units

    gaz = gazetteer()
    i, level = 0, 0
    while i < len(unit):
        piece = gaz.name_at(unit, i)  # everyday words (公安, 平安) are no place here: 某市公安局
        stat = next((f for f in statistical_units() if unit.startswith(f, i)), "")
        if stat and len(stat) >= len(piece):
            i, level = i + len(stat), 3
            continue
        if not piece:
            break
        codes = gaz.named(piece)
        level = max(gaz.divisions[c].level for c in codes)
        i += len(piece)
        if piece in gaz.short and i < len(unit) and unit[i] in "省市县区旗盟州":
            i += 1  # a short form with its level word
    kind = unit[i:]
    return (kind, level) if i and len(kind) >= 2 else None


def places_of(codes: frozenset[str]) -> dict[str, list[str]]:
    """The places within (or outside) ``codes`` by kind: county-level full names, statistical unit forms, prefectures;
    only names that place alone, as one division."""
    from detectors.places import gazetteer, placement, statistical_units

    gaz = gazetteer()
    out: dict[str, list[str]] = {"county": [], "prefecture": [], "statistical": [], "other_county": [],
                                 "other_statistical": []}
    for code, div in gaz.divisions.items():
        groups = placement(div.name)
        if len(groups) != 1 or groups[0] != frozenset((code,)):
            continue
        if div.level == 3:
            out["county" if code in codes else "other_county"].append(div.name)
        elif div.level == 2 and code in codes:
            out["prefecture"].append(div.name)
    for form, parents in statistical_units().items():
        if placement(form):
            continue  # a division's name in it places it: not what this class is about
        out["statistical" if parents <= codes else "other_statistical"].append(form)
    return out


def generate(part: str, others: int) -> tuple[object, list[dict], dict[str, str], dict[str, tuple[str, str, str]]]:
    """The part's context and generated accounts, with each account's class and its (kind, shape, platform)."""
    from core.settings import load_config
    from detectors.government import jurisdiction_places
    from detectors.places import remit
    from govwatch.ops.detection import context_from_files

    d = EVAL / part
    ctx, _ = context_from_files(load_config(None, env={}), d / "registry.csv", d / "accounts.jsonl")
    codes = remit(frozenset(jurisdiction_places(ctx.registry))).codes
    places = places_of(codes)
    kinds: dict[str, int] = {}
    for entry in ctx.registry:
        found = unit_kind(entry.get("unit") or "")
        if found and found[1] >= 2:
            kinds.setdefault(found[0], found[1])
    accounts, cls, kind_of = [], {}, {}
    n = 0
    for kind, level in sorted(kinds.items()):
        nongov = sorted(places["county"] or places["prefecture"], key=lambda p: _h(kind + p))[:others]
        for place in nongov:  # the platform classes it as media, a business or a person: never ours
            for vtype in ("media", "enterprise", "personal"):
                n += 1
                acc = {"platform": "weibo", "account_id": f"gen-{n}", "name": place + kind, "verified": True,
                       "verified_type": vtype, "verified_reason": f"{place}{kind}官方微博"}
                accounts.append(acc)
                cls[acc["account_id"]] = "nongov@remit"
                kind_of[acc["account_id"]] = (kind, "{u}官方微博", "weibo")
        if level == 2:
            targets = [("kind@prefecture", p) for p in places["prefecture"]]
        else:
            outside = sorted(places["other_county"], key=lambda p: _h(kind + p))[:others]
            targets = ([("kind@county", p) for p in places["county"]]
                       + [("kind@statistical", p) for p in places["statistical"]]
                       + [("other@county", p) for p in outside]
                       + [("other@statistical", p) for p in places["other_statistical"]])
        for klass, place in targets:
            unit = place + kind
            for platform, fmt, vtype in shapes():
                reason = fmt.format(u=unit)
                n += 1
                acc = {"platform": platform, "account_id": f"gen-{n}", "name": unit, "verified": True,
                       "verified_type": vtype(reason), "verified_reason": reason}
                accounts.append(acc)
                cls[acc["account_id"]] = klass
                kind_of[acc["account_id"]] = (kind, fmt, platform)
    return ctx, accounts, cls, kind_of


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="未备案规则按单位类型、地名和认证格式的覆盖（生成数据，非召回率）")
    ap.add_argument("--parts", nargs="+", default=list(TUNING))
    ap.add_argument("--others", type=int, default=4, help="每种单位类型取几个外省县级地名作反例（默认 4）")
    ap.add_argument("--show-misses", type=int, default=10, help="每部分列出几组未判对的（单位类型、平台、认证格式），按个数（默认 10）")
    args = ap.parse_args(argv)
    from detectors.unregistered import detect

    total: dict[str, Counter] = defaultdict(Counter)
    t0 = time.perf_counter()
    print("生成数据（非召回率）：登记册单位类型 × 辖区内每个同级地名 × 各平台认证格式；反例为外省地名")
    for part in args.parts:
        ctx, accounts, cls, kind_of = generate(part, args.others)
        found = {f["account_id"] for f in detect(dataclasses.replace(ctx, accounts=accounts))}
        counts: dict[str, Counter] = defaultdict(Counter)
        misses: Counter = Counter()
        example: dict[tuple, str] = {}
        for acc in accounts:
            klass = cls[acc["account_id"]]
            reported = acc["account_id"] in found
            right = reported if klass.startswith("kind@") else not reported
            counts[klass]["n"] += 1
            counts[klass]["right"] += right
            if not right:
                kind, fmt, platform = kind_of[acc["account_id"]]
                key = (klass, kind, platform, fmt, acc["verified_type"])
                misses[key] += 1
                example.setdefault(key, acc["verified_reason"])
        line = "；".join(f"{k} {c['right']}/{c['n']}" for k, c in sorted(counts.items()))
        print(f"[{part}] {line}")
        for key, k in misses.most_common(args.show_misses):
            klass, kind, platform, fmt, vtype = key
            print(f"    未判对 {klass} 单位类型“{kind}” {platform} 格式“{fmt}” 类型 {vtype}：{k} 个，如“{example[key]}”")
        for k, c in counts.items():
            total[k].update(c)
    print("合计：" + "；".join(f"{k} {c['right']}/{c['n']}" for k, c in sorted(total.items()))
          + f"（{time.perf_counter() - t0:.1f}s）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
