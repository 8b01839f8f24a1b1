"""Confirmed sweep failures → ``broken_link`` / ``dead_menu`` findings (docs/ARCHITECTURE.md "Finding")."""

from __future__ import annotations

from datetime import UTC, datetime

from core.findings import make_finding
from crawler.checkers.results import STATUS_ZH, is_confirmed_failure

SCORES = {"broken": 0.9, "soft_404": 0.8, "redirect_loop": 0.9, "timeout": 0.7, "dns_error": 0.95,
          "tls_error": 0.8, "blocked": 0.5, "js_error": 0.85, "no_action": 0.7}


def finding_for(result: dict, run_id: str | None = None) -> dict:
    menu = result.get("via") == "menu"
    status = result["status"]
    what = "菜单“" + " › ".join(result.get("menu_path") or []) + "”" if menu else "链接"
    reason = f"{what}{STATUS_ZH.get(status, status)}"
    if result.get("http_status"):
        reason += f"（HTTP {result['http_status']}）"
    reasons = [reason]
    if result.get("error"):
        reasons.append(str(result["error"])[:200])
    if result.get("found_on"):
        reasons.append(f"所在页面：{result['found_on']}")
    return make_finding(
        "dead_menu" if menu else "broken_link", "website", result.get("account_id") or result.get("host") or "",
        score=SCORES.get(status, 0.7), reasons=reasons,
        evidence={"url": result["url"], "found_on": result.get("found_on"), "menu_path": result.get("menu_path") or [],
                  "status": status, "http_status": result.get("http_status"), "screenshot": result.get("screenshot"),
                  "final_url": result.get("final_url"), "error": result.get("error")},
        detected_at=datetime.now(UTC), run_id=run_id or result.get("run_id"))


def findings_for(results: list[dict], run_id: str | None = None) -> list[dict]:
    """One finding per failure the re-check confirmed; flapping failures produce none."""
    return [finding_for(r, run_id) for r in results if is_confirmed_failure(r)]
