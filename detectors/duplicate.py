"""Duplicate: one unit with more than one active account on one platform ("一个单位一个平台一个账号").

The rule:

1. Gather, per (unit, platform), the unit's active accounts: live registry entries (status active/changed, and not
   crawled as gone) plus discovered accounts platform-verified as that unit (``detectors.government``).
2. A group with two or more distinct accounts is one finding: ``platform``/``account_id`` name the account to look
   at (an unregistered one first, else the later registry entry), ``target`` the primary registered account,
   ``unit`` the unit, ``evidence.accounts`` all of them. Pairs whose names are near-identical are named in reasons.

Score: 0.9 when the registry itself lists several active accounts; 0.8 when verified discovered accounts add to
the registered ones; +0.05 when two names in the group are near-identical.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from core.findings import make_finding
from core.records import PLATFORM_ZH, account_key
from detectors.context import DetectionContext
from detectors.government import government_verification, unit_key
from detectors.names import analyse_name, compare_names

GONE = ("gone", "closed", "banned", "cancelled")


def _live(account: dict | None) -> bool:
    return not account or (account.get("crawl_status") or "ok") not in GONE


def detect(ctx: DetectionContext) -> Iterator[dict]:
    decorations = ctx.setting("detect.name_decorations")
    groups: dict[tuple[str, str], dict[str, dict]] = {}
    unit_names: dict[str, str] = {}
    crawled_by_key = ctx.crawled_registry()  # the registry's crawled records only, not every crawled account
    for entry in ctx.live_registry:
        crawled = crawled_by_key.get(account_key(entry["platform"], entry["account_id"]))
        if not _live(crawled):
            continue
        key = unit_key(entry.get("unit"))
        if not key:
            continue
        unit_names.setdefault(key, entry.get("unit"))
        groups.setdefault((key, entry["platform"]), {})[entry["account_id"]] = {
            "platform": entry["platform"], "account_id": entry["account_id"], "name": entry.get("name"),
            "registered": True, "followers": (crawled or {}).get("followers")}
    for acc in ctx.accounts:
        if ctx.is_registered(acc.get("platform"), acc.get("account_id")) or not _live(acc):
            continue
        unit = government_verification(acc)
        key = unit_key(unit)
        if not key or key not in unit_names:  # a unit with no registered account is "unregistered", not here
            continue
        groups.setdefault((key, acc.get("platform")), {})[acc.get("account_id")] = {
            "platform": acc.get("platform"), "account_id": acc.get("account_id"), "name": acc.get("name"),
            "registered": False, "followers": acc.get("followers")}

    for (key, platform), members in sorted(groups.items()):
        if len(members) < 2:
            continue
        accounts = sorted(members.values(), key=lambda a: (not a["registered"], str(a["account_id"])))
        registered = [a for a in accounts if a["registered"]]
        discovered = [a for a in accounts if not a["registered"]]
        primary = registered[0]
        subject = discovered[0] if discovered else registered[1]
        unit = unit_names[key]
        names = "、".join(f"“{a['name']}”" + ("" if a["registered"] else "（未备案）") for a in accounts)
        reasons = [f"“{unit}”在{PLATFORM_ZH.get(platform, platform)}有 {len(accounts)} 个在用账号：{names}"]
        score = 0.9 if len(registered) >= 2 else 0.8
        near = []
        for a, b in combinations(accounts, 2):
            match = compare_names(analyse_name(a["name"] or "", decorations), analyse_name(b["name"] or "", decorations))
            if match and match.score >= 0.6:
                near.append((a, b, match))
        if near:
            score += 0.05
            a, b, match = near[0]
            reasons.append(f"两个账号同名“{a['name']}”" if match.layer == "identical"
                           else f"账号“{a['name']}”与“{b['name']}”几乎相同（{match.reasons[0]}）")
        yield make_finding(
            "duplicate", platform, subject["account_id"], score=min(score, 1.0), reasons=reasons, unit=unit,
            target={"platform": platform, "account_id": primary["account_id"], "name": primary["name"]},
            detected_at=ctx.as_of, name=subject["name"],
            evidence={"accounts": accounts, "near_identical": [[a["account_id"], b["account_id"]]
                                                              for a, b, _ in near]})
