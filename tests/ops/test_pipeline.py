"""The nightly pipeline end to end on the platform imitations, and the demo."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from core.settings import load_config
from govwatch.ops.lock import RunLock
from tests.conftest import BACKENDS, REPO, backend_fixture

DEMO_REGISTRY = REPO / "imitations" / "data" / "demo_registry.csv"


backend = pytest.fixture(params=BACKENDS)(backend_fixture)  # the nightly run on SQLite and on (fake) Elasticsearch


@pytest.fixture
def imitation_env(tmp_path, monkeypatch, backend):
    """Platform imitations running, crawler pointed at them (politeness off), demo registry imported."""
    from imitations.platforms import serve_platforms
    from registry.importer import import_registry
    from search_index import open_store

    with serve_platforms(failures={"bilibili": "bili_412"}) as urls:
        monkeypatch.setenv("GOVWATCH_CRAWLER__BASE_URLS", json.dumps(urls))
        monkeypatch.setenv("GOVWATCH_CRAWLER__PLATFORMS", json.dumps(["weibo", "wechat", "bilibili"]))
        monkeypatch.setenv("GOVWATCH_CRAWLER__DOWNLOAD_DELAY", "0")
        monkeypatch.setenv("GOVWATCH_CRAWLER__AUTOTHROTTLE", "false")
        monkeypatch.setenv("GOVWATCH_CRAWLER__RETRY_TIMES", "2")
        # the imitations and their avatars are on 127.0.0.1: allowed for the SSRF guard in these tests only
        monkeypatch.setenv("GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS", json.dumps(["127.0.0.1"]))
        cfg = load_config(env=dict(os.environ))
        with open_store(cfg) as store:
            assert import_registry(store, DEMO_REGISTRY).file.ok
        yield cfg


@pytest.mark.slow
@pytest.mark.e2e
def test_nightly_twice_degraded_by_a_blocked_platform_and_idempotent(imitation_env):
    from govwatch.ops.pipeline import run_nightly
    from search_index import open_store

    cfg = imitation_env
    first = run_nightly(cfg, notify=False)
    assert first["status"] == "degraded" and first["blocked_platforms"] == ["bilibili"]
    assert all(first["stages"][s]["status"] == "ok" for s in ("discover", "refresh", "health", "detect", "alerts"))
    assert first["platforms"]["weibo"]["accounts"] > 0 and first["platforms"]["weibo"]["posts"] > 0
    with open_store(cfg) as store:
        alerts_after_first = {a["_id"]: a for a in store.scan("alerts")}
        kinds = {a["kind"] for a in alerts_after_first.values()}
        assert {"impostor", "zombie", "platform_blocked"} <= kinds
        # a blocked platform never makes its registered accounts look dead
        bili_registered = {e["account_id"] for e in store.scan("registry", {"platform": "bilibili"})}
        assert bili_registered
        assert not [a for a in alerts_after_first.values()
                    if a["kind"] in ("zombie", "no_original") and a["platform"] == "bilibili"]
        assert {a["crawl_status"] for a in store.scan("accounts", {"platform": "bilibili"})} <= {"blocked"}

    second = run_nightly(cfg, notify=False)
    assert second["run_id"] != first["run_id"]
    with open_store(cfg) as store:
        alerts_after_second = {a["_id"]: a for a in store.scan("alerts")}
        # the one new alert a re-run may bring: the deleted Weibo account answers only "这里还没有内容", which is
        # "maybe gone" on the first night and "gone" (registry says active) once a second night agrees
        new = {k: a for k, a in alerts_after_second.items() if k not in alerts_after_first}
        assert [(a["kind"], a["platform"], a["account_id"]) for a in new.values()] == \
            [("registry_mismatch", "weibo", "3301000005")], "a re-run must not create other new alerts"
        assert set(alerts_after_first) <= set(alerts_after_second)
        assert [(a["kind"], a["account_id"], a["occurrences"]) for a in alerts_after_second.values()
                if a["occurrences"] != 2 and a["_id"] not in new] == []
        nightly_runs = list(store.scan("runs", {"kind": "nightly"}))
        assert len(nightly_runs) == 2


def test_nightly_refuses_to_overlap(govwatch_bin, cfg):
    with RunLock(cfg.data_dir, "nightly"):
        proc = subprocess.run([govwatch_bin, "run", "nightly"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 75 and "另一个任务正在运行" in proc.stderr


def test_demo_refuses_a_data_dir_with_real_data(govwatch_bin, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "govwatch.db").write_bytes(b"")
    proc = subprocess.run([govwatch_bin, "demo", "--data-dir", str(real)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2 and "不是演示生成的数据" in proc.stderr


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.e2e
def test_demo_produces_every_finding_kind(govwatch_bin, chromium_path, tmp_path, backend):
    proc = subprocess.run([govwatch_bin, "demo", "--data-dir", str(tmp_path / "demo"), "--json", "--store", backend],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result["store"] == backend
    assert result["missing_kinds"] == []
    for kind in ("impostor", "unregistered", "duplicate", "zombie", "registry_mismatch", "broken_link", "dead_menu",
                 "platform_blocked"):
        assert result["counts"][kind] > 0, kind
    assert result["alerts"] >= sum(result["counts"].values()) * 0.5
    assert len(result["reports"]) == 2 and all(os.path.exists(p) for p in result["reports"])
    assert result["exit_codes"] == {"nightly": 1, "sweep": 1, "report": 0}  # degraded (blocked), failures found
    login = (tmp_path / "demo" / "demo-login.txt").read_text(encoding="utf-8")
    assert result["password"] in login and oct((tmp_path / "demo" / "demo-login.txt").stat().st_mode)[-3:] == "600"
    # issue #17: the blocked Kuaishou account is 无法判定 with its reason, never 合格 (and the page links nowhere)
    html = next(p for p in result["reports"] if p.endswith(".html"))
    text = open(html, encoding="utf-8").read()
    undetermined = text[text.index("四、无法判定的账号"):text.index("五、整改清单")]
    assert "快手" in undetermined and "山东发布" in undetermined and "平台拦截" in undetermined
    rows = [row for row in text[text.index("附二"):].split("<tr>") if "<td>快手</td>" in row]
    assert len(rows) == 1 and "无法判定" in rows[0] and ">合格<" not in rows[0]
    assert "/alerts/" not in text
    if backend == "sqlite":  # the stored documents, read straight from the SQLite file
        assert_alert_list_names_each_failing_link(tmp_path / "demo")
        assert_records_follow_the_schemas(tmp_path / "demo" / "govwatch.db")


def assert_alert_list_names_each_failing_link(data_dir):
    """Issue #17: every broken-link / dead-menu row of the demo's alert list (the page a reviewer opens) shows
    its own URL or menu path."""
    from markupsafe import escape

    from alerts.web import create_app
    from search_index.sqlite_backend import SQLiteStore
    from tests.alerts.test_web import login, seed_users

    cfg = load_config(env={**os.environ, "GOVWATCH_GENERAL__DATA_DIR": str(data_dir),
                           "GOVWATCH_STORE__SQLITE_PATH": str(data_dir / "govwatch.db"),
                           "GOVWATCH_WEB__PAGE_SIZE": "500"})
    store = SQLiteStore(data_dir / "govwatch.db")
    try:
        failures = list(store.scan("alerts", {"kind": ["broken_link", "dead_menu"]}))
        assert failures
        seed_users(store)
        client = create_app(cfg, store).test_client()
        login(client)
        html = client.get("/alerts?kind=broken_link&kind=dead_menu").get_data(as_text=True)
        rows = html.split("<tbody>", 1)[1].split('<tr class="sev-')[1:]
        assert len(rows) == len(failures)
        for alert in failures:
            ev = alert["evidence"]
            shown = " › ".join(ev["menu_path"]) if alert["kind"] == "dead_menu" and ev["menu_path"] else ev["url"]
            row = next(r for r in rows if f"/alerts/{alert['_id']}" in r)
            assert str(escape(shown)) in row, (alert["_id"], shown)
    finally:
        store.close()


def assert_records_follow_the_schemas(db_path):
    """Every document the demo wrote uses only the fields core/schemas.py defines (and docs/ARCHITECTURE.md prints)."""
    from core.schemas import RECORDS, fields
    from search_index.sqlite_backend import SQLiteStore

    store = SQLiteStore(db_path)
    try:
        for collection, record in RECORDS.items():
            known = set(fields(record))
            seen = set().union(*(doc.keys() for doc in store.scan(collection)))
            assert seen, f"the demo wrote no {collection}"
            assert seen <= known, f"{collection}: fields not in core/schemas.py {record.__name__}: {sorted(seen - known)}"
    finally:
        store.close()


def test_demo_on_elasticsearch_keeps_to_its_own_index_prefix(tmp_path):
    from govwatch.ops.demo import DemoError, store_overrides

    with pytest.raises(DemoError, match="store.elasticsearch_url"):
        store_overrides("elasticsearch", tmp_path, load_config(env={}))
    (tmp_path / "ca.crt").write_text("x")
    cfg = load_config(env={"GOVWATCH_STORE__ELASTICSEARCH_URL": "https://es.example:9200",
                           "GOVWATCH_STORE__ELASTICSEARCH_PASSWORD": "pw", "GOVWATCH_STORE__INDEX_PREFIX": "gw",
                           "GOVWATCH_STORE__ELASTICSEARCH_CA_CERTS": str(tmp_path / "ca.crt")})
    env = store_overrides("elasticsearch", tmp_path, cfg)
    assert env["GOVWATCH_STORE__BACKEND"] == "elasticsearch" and env["GOVWATCH_STORE__INDEX_PREFIX"] == "gw-demo"
    assert env["GOVWATCH_STORE__ELASTICSEARCH_URL"] == "https://es.example:9200"
    assert env["GOVWATCH_STORE__ELASTICSEARCH_PASSWORD"] == "pw"
    assert env["GOVWATCH_STORE__ELASTICSEARCH_CA_CERTS"] == str(tmp_path / "ca.crt")
    assert store_overrides("sqlite", tmp_path) == {"GOVWATCH_STORE__BACKEND": "sqlite",
                                                   "GOVWATCH_STORE__SQLITE_PATH": str(tmp_path / "govwatch.db")}
