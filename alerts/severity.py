"""How serious an alert is: one rule per finding kind, documented in the table below.

=====================  ===============================================================  ==========
kind                   condition                                                          severity
=====================  ===============================================================  ==========
impostor               name imitates an official account AND the avatar is copied         critical
                       (hash distance within ``detect.avatar_max_distance``)
impostor               name only, score >= 0.8                                            high
impostor               name only, lower score                                             medium
registry_mismatch      registry says closed/cancelled but the account is live, or the     high
                       reverse (evidence ``rule`` = ``closed_but_live`` / ``gone``)
registry_mismatch      other differences (name, avatar, unit)                             medium
unregistered           government-verified account missing from the registry             medium
zombie                 no post for ``detect.zombie_days``                                 medium
content                sensitive / wrong terms (evidence ``category`` = sensitive)        high
content                other content problems (ads, missing repost source)                medium
broken_link, dead_menu a service that cannot be used                                     medium
site_unreachable       a website failed its availability probes for a week (a veto)      high
no_original, duplicate                                                                    low
platform_blocked       our crawler was blocked: a blind night       ``alerts.platform_blocked_severity``
                       (default high, so the people on call hear of it at once)
=====================  ===============================================================  ==========

Severities are ordered ``low < medium < high < critical``; ``rank()`` gives the order.
"""

from __future__ import annotations

from core.settings import defaults, setting

SEVERITIES = ("low", "medium", "high", "critical")
SEVERITY_ZH = {"low": "低", "medium": "中", "high": "高", "critical": "严重"}

STATUS_CONFLICT_RULES = ("closed_but_live", "gone")
_BASE = {
    "unregistered": "medium", "registry_mismatch": "medium", "zombie": "medium", "content": "medium",
    "broken_link": "medium", "dead_menu": "medium", "no_original": "low", "duplicate": "low",
    "site_unreachable": "high",
}


def rank(severity: str | None) -> int:
    """0 for low … 3 for critical; unknown counts as low."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else 0


def avatar_copied(finding: dict, max_distance: int = setting("detect.avatar_max_distance").default) -> bool:
    """Does the evidence say the suspect's avatar is a copy of the official one?"""
    ev = finding.get("evidence") or {}
    for flag in ("avatar_copied", "avatar_match", "avatar_similar"):
        if ev.get(flag) is True:
            return True
    distance = ev.get("avatar_distance")
    if isinstance(distance, (int, float)) and not isinstance(distance, bool):
        return distance <= max_distance
    return False


def severity_of(finding: dict, cfg=None) -> str:
    """The severity of one finding (see the module table)."""
    kind = finding.get("kind")
    ev = finding.get("evidence") or {}
    if kind == "impostor":
        max_distance = (cfg or defaults())["detect.avatar_max_distance"]
        if avatar_copied(finding, max_distance):
            return "critical"
        return "high" if float(finding.get("score") or 0) >= 0.8 else "medium"
    if kind == "registry_mismatch" and (ev.get("rule") in STATUS_CONFLICT_RULES or ev.get("status_conflict")):
        return "high"
    if kind == "content" and ev.get("category") == "sensitive":
        return "high"
    if kind == "platform_blocked":
        return (cfg or defaults())["alerts.platform_blocked_severity"]
    return _BASE.get(kind, "medium")
