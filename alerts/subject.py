"""What an alert is about, in one line a reviewer can read in a list: the failing URL or menu path, the
impostor's name beside the official name it imitates, the offending span of a post.

Every value comes from the alert's own evidence (crawled text: the review UI escapes it, never marks it safe),
and grouping keys name the site (the account the alert is raised on) or the official account it concerns."""

from __future__ import annotations

from dataclasses import dataclass

from core.records import PLATFORM_ZH

MENU_SEPARATOR = " › "


@dataclass(frozen=True)
class Subject:
    label: str  # what kind of thing failed (Chinese), e.g. "链接", "菜单", "仿冒名称"
    text: str  # the thing itself: URL, menu path, suspect name, offending span
    official: str = ""  # impostors: the official name imitated
    detail: str = ""  # one supporting fact: the page the link is on, the HTTP status, the context of a span


def _ev(alert: dict) -> dict:
    ev = alert.get("evidence")
    if not isinstance(ev, dict):
        finding = alert.get("finding") if isinstance(alert.get("finding"), dict) else {}
        ev = finding.get("evidence") if isinstance(finding.get("evidence"), dict) else {}
    return ev


def _status(ev: dict) -> str:
    parts = [str(ev["status"])] if ev.get("status") else []
    if ev.get("http_status"):
        parts.append(f"HTTP {ev['http_status']}")
    return " ".join(parts)


def subject_of(alert: dict) -> Subject:
    """The failing thing of ``alert`` (see the module docstring)."""
    kind = alert.get("kind")
    ev = _ev(alert)
    if kind == "dead_menu":
        path = [str(p) for p in (ev.get("menu_path") or []) if p is not None]
        detail = "；".join(x for x in (str(ev.get("url") or ""), _status(ev)) if x)
        return Subject("菜单", MENU_SEPARATOR.join(path) or str(ev.get("url") or ""), detail=detail)
    if kind in ("broken_link", "site_unreachable"):
        found_on = f"所在页面 {ev['found_on']}" if ev.get("found_on") else ""
        detail = "；".join(x for x in (_status(ev), found_on) if x)
        return Subject("链接" if kind == "broken_link" else "网址", str(ev.get("url") or alert.get("url") or ""),
                       detail=detail)
    if kind == "impostor":
        name = alert.get("name") or ev.get("name") or ev.get("suspect_name") or alert.get("account_id") or ""
        official = alert.get("target_name") or ev.get("official_name") or ""
        return Subject("仿冒名称", str(name), official=str(official), detail=str(alert.get("account_id") or ""))
    if kind == "content":
        span = ev.get("match") or ev.get("term") or ""
        if not span and ev.get("class") == "unsourced_repost":
            return Subject("转载未注明来源", str(ev.get("copied_from") or ev.get("url") or ""),
                           detail=str(ev.get("post_id") or ""))
        return Subject("问题文字", str(span), detail=str(ev.get("context") or ""))
    reasons = alert.get("reasons") or []
    return Subject("原因", str(reasons[0]) if reasons else str(alert.get("reasons_text") or ""))


GROUPS = {"site": "按网站/账号", "account": "按官方账号"}


def group_key(alert: dict, by: str) -> tuple[str, str]:
    """(key, Chinese label) of the group ``alert`` belongs to when grouped ``by`` "site" or "account".

    "site": the website or account the alert was raised on. "account": the official account concerned (the
    imitated one for an impostor, otherwise the alert's own account)."""
    platform, account_id = alert.get("platform") or "", alert.get("account_id") or ""
    target = alert.get("target") if isinstance(alert.get("target"), dict) else {}
    if by == "account" and target.get("account_id"):
        platform, account_id = target.get("platform") or platform, target["account_id"]
        name = alert.get("target_name") or account_id
    elif platform == "website":
        name = alert.get("unit") or account_id
    else:
        name = alert.get("name") or account_id
    label = f"{PLATFORM_ZH.get(platform, platform)} · {name}" + (f"（{account_id}）" if name != account_id else "")
    return f"{platform}:{account_id}", label
