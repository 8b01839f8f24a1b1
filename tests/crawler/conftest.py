"""Fixtures of the crawler tests: the platform imitations, crawls run as subprocesses into a tmp SQLite store.

A crawl runs in its own process (``python -m crawler.run``) because Twisted's reactor cannot be restarted
inside one test process; politeness is off (no delay, no backoff) so the suite stays fast.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from imitations.platforms import PlatformServer, registry_rows

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def server():
    srv = PlatformServer().start()
    yield srv
    srv.stop()


class Crawl:
    """Runs spiders against ``server`` with an isolated data dir and store."""

    def __init__(self, server, tmp_path: Path, platforms=("weibo", "wechat", "bilibili", "gov_app_portal")):
        self.server = server
        self.data = tmp_path / "data"
        self.db = self.data / "govwatch.db"
        self.platforms = list(platforms)
        self.env_extra: dict[str, str] = {}

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
        env.update({
            "GOVWATCH_GENERAL__DATA_DIR": str(self.data), "GOVWATCH_STORE__SQLITE_PATH": str(self.db),
            "GOVWATCH_STORE__BACKEND": "sqlite", "GOVWATCH_CRAWLER__DOWNLOAD_DELAY": "0",
            "GOVWATCH_CRAWLER__RETRY_TIMES": "1", "GOVWATCH_CRAWLER__DOWNLOAD_TIMEOUT": "10",
            "GOVWATCH_CRAWLER__BASE_URLS": json.dumps(self.server.urls),
            "GOVWATCH_CRAWLER__PLATFORMS": json.dumps(self.platforms),
            # the imitations and their avatars are on 127.0.0.1: allowed for the SSRF guard in these tests only
            "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": json.dumps(["127.0.0.1"]),
            "PYTHONPATH": str(REPO),
        })
        env.update(self.env_extra)
        return env

    def run(self, spider: str, *settings: str, timeout: int = 120, **args) -> dict:
        cmd = [sys.executable, "-m", "crawler.run", spider, "--json", "-s", "LOG_LEVEL=WARNING"]
        for s in settings:
            cmd += ["-s", s]
        for k, v in args.items():
            cmd += ["-a", f"{k}={v}"]
        proc = subprocess.run(cmd, cwd=REPO, env=self.env(), capture_output=True, text=True, timeout=timeout)
        assert proc.returncode == 0, f"crawl failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        assert lines, f"no JSON result:\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
        result = json.loads(lines[-1])
        result["stderr"] = proc.stderr
        return result

    def store(self):
        from search_index.sqlite_backend import SQLiteStore

        return SQLiteStore(self.db)

    def seed_registry(self, rows=None) -> list[dict]:
        rows = rows if rows is not None else registry_rows(self.server.seed)
        self.data.mkdir(parents=True, exist_ok=True)
        with self.store() as s:
            s.upsert("registry", rows)
        return rows

    def accounts(self) -> dict[str, dict]:
        with self.store() as s:
            return {a["_id"]: a for a in s.scan("accounts")}

    def findings(self, **filters) -> list[dict]:
        with self.store() as s:
            return list(s.scan("findings", filters or None))


@pytest.fixture
def crawl(server, tmp_path):
    return Crawl(server, tmp_path)
