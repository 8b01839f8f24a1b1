"""Unregistered: an account platform-verified as a government unit within our remit, missing from the registry.

The rule:

1. Registered accounts (same platform and account id as a registry entry) are not reported.
2. The account must be platform-verified as a government unit: ``verified_type`` government, or verification text
   naming a government body (``detectors.government``). A bare badge is not enough, and an account the platform
   classes as media, enterprise or personal is not a government account whatever its text says (县融媒体中心 is a
   media outlet verified as media).
3. The unit must lie within the supervising office's remit: the most specific administrative division it names
   (county before city before province, ``detectors.places``) lies within ``detect.jurisdiction`` or, when that is
   empty, within the divisions the registry itself covers, each with everything beneath it (a remit of 山东 covers
   郯城县公安局 and 莒南县十字路街道办事处). Genuine accounts of *other* places are not ours; a unit naming no
   division (a town's station known by the account's name, 坦洲市场监管所), only a short name several divisions
   share (台江: a county of Guizhou and a district of Fuzhou) or a place by chance (苍山西妇联 is not of 山西) is
   placed by its verification text when that names its division (the platform's verification is the unit's own
   text; the account's name is not), else by both. A short name shared across the remit's border (铁西区: of 沈阳 and
   鞍山 in 辽宁, of 四平 in 吉林) is read as its candidates in or beneath the prefectures and counties of the
   registry's own units (``registry_divisions``) when there are any, and is in the remit when all of them are;
   still undecided, it is reported only if it contains a remit place name as text. A unit naming no division but a
   county-level statistical unit that is none (屈原管理区, a 新区, 大兴安岭's districts: ``detectors/data/
   statistical_units.tsv``) lies in that unit's prefecture (``detectors.places.unit_placement``).
4. The finding carries the unit; when the unit already has registered accounts they are listed (the account
   might also be a duplicate — the ``duplicate`` detector reports that).

Score: 0.9 when the verification text names the unit, 0.75 when only the verification type says government.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.findings import make_finding
from core.records import PLATFORM_ZH
from detectors.context import DetectionContext
from detectors.government import (
    government_unit_in,
    government_verification,
    in_jurisdiction,
    jurisdiction_places,
    registry_divisions,
    unit_key,
)
from detectors.places import unit_placement

# Platform verification classes that say the account is *not* a government body.
NON_GOVERNMENT_TYPES = frozenset(("media", "enterprise", "personal"))


def registry_units(registry: list[dict]) -> dict[str, list[dict]]:
    units: dict[str, list[dict]] = {}
    for entry in registry:
        units.setdefault(unit_key(entry.get("unit")), []).append(entry)
    return units


def _placed_text(unit: str, reason: str | None) -> str:
    """The text that places a unit. The platform's verification text when it names its division unambiguously: the
    unit found may be the account's own name, which can name no division (坦洲市场监管所, a town's station), only a
    short name several divisions share (台江12345: 台江县 of Guizhou or 台江区 of Fuzhou), or read as another place
    by chance (港口人大 is no unit of 港口区, 苍山西妇联 none of 山西; their verifications name 宁国市港口镇 and
    漾濞彝族自治县苍山西镇). Else the unit's name when it places the unit alone, else both."""
    reason = reason or ""
    if not reason or reason in unit:
        return unit
    if _placed_alone(reason):
        return reason  # the platform's verification names the unit's division: the account's name may not
    if _placed_alone(unit):
        return unit
    return f"{reason} {unit}"


def _placed_alone(text: str) -> bool:
    """The text names at least one administrative division (or, naming none, a statistical unit: 屈原管理区), and each
    it names is one division only (``detectors.places.unit_placement``)."""
    groups = unit_placement(text)
    return bool(groups) and all(len(group) == 1 for group in groups)


def detect(ctx: DetectionContext) -> Iterator[dict]:
    places = set(ctx.setting("detect.jurisdiction") or []) or jurisdiction_places(ctx.registry)
    near = registry_divisions(ctx.registry)
    units = registry_units(ctx.registry)
    for acc in ctx.accounts:
        platform, account_id = acc.get("platform"), acc.get("account_id")
        if ctx.is_registered(platform, account_id) or acc.get("verified_type") in NON_GOVERNMENT_TYPES:
            continue
        unit = government_verification(acc)
        if not unit or not in_jurisdiction(_placed_text(unit, acc.get("verified_reason")), places, near):
            continue
        named = government_unit_in(acc.get("verified_reason")) is not None
        reasons = [f"平台认证为政务账号：“{unit}”", "备案库中没有此账号"]
        known = units.get(unit_key(unit), [])
        if known:
            listed = "、".join(f"{PLATFORM_ZH.get(e['platform'], e['platform'])}“{e.get('name')}”" for e in known[:5])
            reasons.append(f"该单位已备案的账号：{listed}")
        yield make_finding(
            "unregistered", platform, account_id, score=0.9 if named else 0.75, reasons=reasons, unit=unit,
            detected_at=ctx.as_of, name=acc.get("name"),
            evidence={"verified_type": acc.get("verified_type"), "verified_reason": acc.get("verified_reason"),
                      "registered_accounts_of_unit": [
                          {"platform": e["platform"], "account_id": e["account_id"], "name": e.get("name")}
                          for e in known]})
