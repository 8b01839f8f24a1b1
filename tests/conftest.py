"""Fixtures shared by the whole suite: an isolated configuration and store per test, browser discovery.

Every test runs with its own data directory (``tmp_path``) so nothing touches ./data, and with
``GOVWATCH_*`` variables from the developer's shell removed, so results do not depend on the machine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from core.browser import find_executable
from core.settings import load_config

REPO = Path(__file__).resolve().parent.parent
GOVWATCH_BIN = Path(sys.executable).parent / "govwatch"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    for name in list(os.environ):
        if name.startswith("GOVWATCH_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GOVWATCH_GENERAL__DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GOVWATCH_STORE__SQLITE_PATH", str(tmp_path / "data" / "govwatch.db"))
    monkeypatch.setenv("GOVWATCH_STORE__BACKEND", "sqlite")


BACKENDS = ("sqlite", "elasticsearch")


def backend_fixture(request, monkeypatch):
    """The store backend a test runs on: SQLite, or Elasticsearch imitated by the fake server on 127.0.0.1
    (``tests/search_index/fake_es.py``), set in the environment so that child processes use it too.

    Tests run on SQLite; a module runs its tests on both backends with
    ``backend = pytest.fixture(params=BACKENDS)(backend_fixture)``."""
    name = getattr(request, "param", "sqlite")
    if name != "elasticsearch":
        yield name
        return
    from tests.search_index.fake_es import FakeElasticsearch

    server = FakeElasticsearch().start()
    monkeypatch.setenv("GOVWATCH_STORE__BACKEND", "elasticsearch")
    monkeypatch.setenv("GOVWATCH_STORE__ELASTICSEARCH_URL", server.url)
    monkeypatch.setenv("GOVWATCH_STORE__BULK_INITIAL_BACKOFF", "0.01")
    try:
        yield name
        refused = [(r.method, r.path, r.status, r.error) for r in server.refused()]
        assert not refused, f"Elasticsearch would have refused these requests: {refused}"
    finally:
        server.stop()


backend = pytest.fixture(backend_fixture)


@pytest.fixture
def cfg(tmp_path, backend):
    """The configuration a test runs with: defaults + the isolated data dir, the store in tmp_path (SQLite) or
    on the fake Elasticsearch server (``backend``)."""
    return load_config(env=dict(os.environ))


@pytest.fixture
def store(cfg, backend):
    from search_index import open_store

    s = open_store(cfg)
    yield s
    s.close()


@pytest.fixture(scope="session")
def chromium_path():
    """Path of a usable Chromium, or skip the test with the reason."""
    path = find_executable()
    if not path:
        pytest.skip("没有找到 Chromium（系统 chromium 或 playwright install chromium）：浏览器测试无法运行")
    return path


@pytest.fixture(scope="session")
def govwatch_bin():
    if not GOVWATCH_BIN.exists():
        pytest.skip(f"govwatch 命令未安装在 {GOVWATCH_BIN}（请先运行 ./run.sh setup）")
    return str(GOVWATCH_BIN)


# ---- markers: what each test needs and costs (pyproject.toml declares them) -------------------------------------
# Whole modules whose tests each start servers, subprocess crawls, browsers or large data. ``-m "not slow"`` (the
# quick loop in the README) leaves them out; ``./run.sh test`` and CI run everything.
SLOW_MODULES = (
    "tests/alerts/test_browser.py",
    "tests/checkers/test_cli.py",
    "tests/checkers/test_link_sweep.py",
    "tests/checkers/test_menu_sweep.py",
    "tests/crawler/test_blocking.py",
    "tests/crawler/test_browser.py",
    "tests/crawler/test_cli_crawl.py",
    "tests/crawler/test_crawl_e2e.py",
    "tests/crawler/test_crawl_reality.py",
    "tests/crawler/test_outcomes.py",
    "tests/crawler/test_robustness.py",
    "tests/crawler/test_snuid_churn.py",
    "tests/ops/test_pipeline.py",
    "tests/scaleout/",
    "tests/search_index/test_bench_store.py",
    "tests/search_index/test_lucene_analysis.py",
    "tests/security/test_cli_inputs.py",
    "tests/security/test_nightly_processes.py",
    "tests/security/test_xlsx_bombs.py",
    "tests/core/test_procs.py",
)
E2E_MODULES = ("tests/crawler/test_crawl_e2e.py", "tests/crawler/test_cli_crawl.py", "tests/ops/test_pipeline.py",
               "tests/scaleout/", "tests/test_cli_smoke.py")


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        if path.startswith(SLOW_MODULES):
            item.add_marker(pytest.mark.slow)
        if path.startswith(E2E_MODULES):
            item.add_marker(pytest.mark.e2e)
        fixtures = getattr(item, "fixturenames", ())
        if "chromium_path" in fixtures:  # starting Chromium takes seconds: a browser test is a slow test too
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)
        if "redis_server" in fixtures or "redis_db" in fixtures:
            item.add_marker(pytest.mark.redis)
        if path.startswith("tests/search_index/test_es_store.py"):
            item.add_marker(pytest.mark.elasticsearch)  # a real cluster at ELASTICSEARCH_URL
