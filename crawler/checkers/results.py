"""The sweep result record (docs/ARCHITECTURE.md "Sweep result") and what counts as a failure."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit

from core.records import SWEEP_STATUSES, iso

STATUS_ZH = {
    "ok": "正常", "broken": "失效", "timeout": "超时", "soft_404": "软404", "redirect_loop": "循环跳转",
    "blocked": "被拦截", "tls_error": "证书/TLS错误", "dns_error": "域名解析失败", "js_error": "脚本错误",
    "no_action": "点击无反应",
}


def new_run_id(kind: str = "sweep") -> str:
    return f"{kind}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


def make_result(*, run_id: str, url: str, found_on: str | None, via: str, status: str,
                menu_path: list[str] | None = None, http_status: int | None = None, final_url: str | None = None,
                elapsed_ms: int | None = None, error: str | None = None, redirect_chain: list | None = None,
                screenshot: str | None = None, needs_wechat: bool = False, skipped_reason: str | None = None,
                account_id: str | None = None, **extra) -> dict:
    if status not in SWEEP_STATUSES:
        raise ValueError(f"unknown sweep status {status!r}")
    result = {
        "url": url, "found_on": found_on, "via": via, "menu_path": list(menu_path or []), "status": status,
        "http_status": http_status, "final_url": final_url, "elapsed_ms": elapsed_ms, "error": error,
        "checked_at": iso(datetime.now(UTC)), "run_id": run_id, "host": host_key(url),
        "redirect_chain": list(redirect_chain or []), "screenshot": screenshot, "needs_wechat": needs_wechat,
        "skipped_reason": skipped_reason, "account_id": account_id,
    }
    result.update(extra)
    return result


def host_key(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def is_failure(result: dict) -> bool:
    """A result that should be looked at: not ok, not skipped, not an H5 page waiting for WeChat."""
    return result.get("status") != "ok" and not result.get("skipped_reason") and not result.get("needs_wechat")


def is_confirmed_failure(result: dict) -> bool:
    """A failure that the re-check confirmed (only these become findings and set exit code 1)."""
    return is_failure(result) and result.get("confirmed", False)


def screenshot_name(*parts: object) -> str:
    """File name of a screenshot: a hash of what it shows — never crawled text."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:32]
    return f"screenshots/{digest}.png"
