"""Where Chromium is and how to launch it — one place for Playwright and scrapy-playwright.

A system Chromium (Debian's ``chromium``) is used when present; otherwise the browser that
``playwright install chromium`` placed in Playwright's cache. ``browser.executable_path`` overrides both.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from core.settings import defaults

# Flags for a sandboxed, closed-network machine: no background traffic, no QUIC, no first-run UI.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
]
SYSTEM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def system_chromium() -> str | None:
    for name in SYSTEM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def playwright_chromium() -> str | None:
    """The Chromium that ``playwright install chromium`` downloaded, if any."""
    base = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    for pattern in ("chromium-*/chrome-linux*/chrome", "chromium_headless_shell-*/chrome-linux*/headless_shell"):
        hits = sorted(base.glob(pattern))
        if hits:
            return str(hits[-1])
    return None


def find_executable(configured: str = "auto") -> str | None:
    """The browser to launch: the configured path, else a system Chromium, else Playwright's."""
    if configured and configured != "auto":
        return configured if Path(configured).exists() else None
    return system_chromium() or playwright_chromium()


def launch_options(cfg=None) -> dict:
    """Keyword arguments for ``playwright.chromium.launch`` (and ``PLAYWRIGHT_LAUNCH_OPTIONS``)."""
    cfg = cfg or defaults()
    configured = cfg["browser.executable_path"]
    headless = cfg["browser.headless"]
    options = {"headless": headless, "args": list(CHROMIUM_ARGS)}
    executable = find_executable(configured)
    if executable and executable != playwright_chromium():
        options["executable_path"] = executable
    return options
