"""A takedown carried to the end on the platform imitations: nightly run finds an impostor → takedown package
(CLI) → takedown_requested → the imitation removes the account → nightly runs see it gone → taken_down."""

from __future__ import annotations

import json
import os

import pytest

from core.settings import load_config
from govwatch.cli.main import main
from tests.conftest import REPO

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
DEMO_REGISTRY = REPO / "imitations" / "data" / "demo_registry.csv"


@pytest.fixture
def weibo(tmp_path, monkeypatch):
    from imitations.platforms import serve_platforms
    from registry.importer import import_registry
    from search_index import open_store

    servers: list = []
    with serve_platforms(server_out=servers) as urls:
        monkeypatch.setenv("GOVWATCH_CRAWLER__BASE_URLS", json.dumps(urls))
        monkeypatch.setenv("GOVWATCH_CRAWLER__PLATFORMS", json.dumps(["weibo"]))
        monkeypatch.setenv("GOVWATCH_CRAWLER__DOWNLOAD_DELAY", "0")
        monkeypatch.setenv("GOVWATCH_CRAWLER__AUTOTHROTTLE", "false")
        monkeypatch.setenv("GOVWATCH_CRAWLER__RETRY_TIMES", "1")
        monkeypatch.setenv("GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS", json.dumps(["127.0.0.1"]))
        cfg = load_config(env=dict(os.environ))
        with open_store(cfg) as store:
            assert import_registry(store, DEMO_REGISTRY).file.ok
        yield cfg, servers[0]


def test_impostor_from_takedown_package_to_taken_down(weibo, tmp_path):
    from govwatch.ops.pipeline import run_nightly
    from search_index import open_store

    cfg, srv = weibo
    run_nightly(cfg, notify=False)
    with open_store(cfg) as store:
        impostors = list(store.scan("alerts", {"kind": "impostor", "platform": "weibo"}))
    assert impostors, "the imitations serve impostors"
    alert = impostors[0]
    assert main(["alerts", "takedown", alert["_id"], "--out", str(tmp_path / "td"), "--no-pdf",
                 "--user", "审核员甲"]) == 0
    assert {p.suffix for p in (tmp_path / "td").iterdir()} == {".docx", ".zip"}

    srv.find("weibo", alert["account_id"]).gone = True  # the platform removes the imitation account
    states, statuses = [], []
    for _ in range(3):
        doc = run_nightly(cfg, notify=False)
        with open_store(cfg) as store:
            states.append(store.get("alerts", alert["_id"])["state"])
            statuses.append(store.get("accounts", f"weibo:{alert['account_id']}")["crawl_status"])
        assert doc["stages"]["alerts"]["takedowns"]["checked"] == 1
    # Weibo answers a removed account with an empty page: "maybe gone" the first night, "gone" from the second;
    # two consecutive gone answers confirm the removal.
    assert statuses == ["failed", "gone", "gone"]
    assert states == ["takedown_requested", "takedown_requested", "taken_down"]
    with open_store(cfg) as store:
        final = store.get("alerts", alert["_id"])
        assert final["takedown_filed_by"] == "审核员甲"
        assert len(final["takedown_absence"]["runs"]) == 2
    # a further night: the detector still sees the stored profile, the alert stays taken down
    run_nightly(cfg, notify=False)
    with open_store(cfg) as store:
        assert store.get("alerts", alert["_id"])["state"] == "taken_down"
