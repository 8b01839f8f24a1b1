"""Fixtures for the checker tests: the imitation website, and one full sweep of it shared by many tests.

Sweeps run as ``govwatch sweep`` child processes, as cron runs them; their JSONL output, HTML report and SQLite
store are what the tests read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest

from core.browser import find_executable
from imitations.website import OAUTH_PATTERN, Website

GOVWATCH = [sys.executable, "-c", "import sys; from govwatch.cli.main import main; sys.exit(main())"]
REPO = Path(__file__).resolve().parents[2]


def sweep_env(data_dir: Path, **overrides: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    env.update({
        "GOVWATCH_GENERAL__DATA_DIR": str(data_dir), "GOVWATCH_STORE__BACKEND": "sqlite",
        "GOVWATCH_STORE__SQLITE_PATH": str(data_dir / "govwatch.db"),
        "GOVWATCH_SWEEP__TIMEOUT": "3",  # the imitation's slow page takes longer than this
        "GOVWATCH_SWEEP__RETRY_TIMES": "1", "GOVWATCH_SWEEP__RECHECK_DELAY": "1", "GOVWATCH_SWEEP__DELAY": "0",
        "GOVWATCH_SWEEP__MENU_SETTLE_MS": "1200", "GOVWATCH_SWEEP__WECHAT_OAUTH_PATTERN": OAUTH_PATTERN,
        # the imitation site (127.0.0.1) and its "external" host (localhost) are local: allow exactly those
        "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": '["127.0.0.1", "localhost"]',
    })
    env.update(overrides)
    return env


def run_cli(args: list[str], env: dict, timeout: float = 150) -> subprocess.CompletedProcess:
    return subprocess.run(GOVWATCH + args, env=env, capture_output=True, text=True, timeout=timeout, cwd=REPO)


@dataclass
class SweepOutput:
    site: Website
    proc: subprocess.CompletedProcess
    results: list[dict]
    data_dir: Path
    report: Path
    browser: bool

    def key(self, result: dict):
        if result.get("via") == "menu":
            return tuple(result["menu_path"])
        url = unquote(result["url"])
        if url.startswith(self.site.ext_base):
            return "EXT" + url[len(self.site.ext_base):]
        if self.site.int_base and url.startswith(self.site.int_base):
            return "INT" + url[len(self.site.int_base):]
        return url[len(self.site.base_url):] if url.startswith(self.site.base_url) else url

    def by_key(self, via: str) -> dict:
        return {self.key(r): r for r in self.results if r["via"] == via}


@pytest.fixture(scope="session")
def website():
    site = Website().start()
    yield site
    site.stop()


@pytest.fixture(scope="session")
def full_sweep(website, tmp_path_factory) -> SweepOutput:
    """``govwatch sweep BASE/ --menus`` once over the whole imitation site (links only without Chromium)."""
    data_dir = tmp_path_factory.mktemp("sweep") / "data"
    browser = find_executable() is not None
    out, report = data_dir.parent / "out.jsonl", data_dir.parent / "report.html"
    args = ["sweep", website.base_url + "/", "--out", str(out), "--report", str(report)]
    if browser:
        args.append("--menus")
    env = sweep_env(data_dir, GOVWATCH_SWEEP__RENDER_JS="auto" if browser else "never")
    proc = run_cli(args, env)
    assert out.exists(), f"sweep wrote no JSONL: {proc.stderr[-3000:]}"
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return SweepOutput(website, proc, results, data_dir, report, browser)
