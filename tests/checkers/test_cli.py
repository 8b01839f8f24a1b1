"""``govwatch sweep`` and ``govwatch probe`` as a user (or cron) runs them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.checkers.conftest import run_cli, sweep_env


def test_healthy_page_exits_0(website, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_cli(["sweep", website.base_url + "/news/1.html", "--depth", "0", "--out", str(out), "--no-store"],
                   sweep_env(tmp_path / "data", GOVWATCH_SWEEP__RENDER_JS="never"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert results and all(r["status"] == "ok" for r in results)
    assert "没有发现失效的链接或菜单" in proc.stdout and "巡检汇总" in proc.stdout
    assert "链接巡检：页面" not in proc.stdout + proc.stderr  # no progress when stdout is not a terminal


@pytest.mark.e2e
def test_progress_is_shown_on_a_terminal(website, tmp_path):
    """Under a pseudo-terminal the sweep redraws a progress line (pages, links, failures) and ends with tables."""
    import os
    import pty
    import subprocess

    from tests.checkers.conftest import GOVWATCH, REPO

    leader, follower = pty.openpty()
    proc = subprocess.Popen(GOVWATCH + ["sweep", website.base_url + "/news/1.html", "--depth", "0", "--no-store"],
                            env=sweep_env(tmp_path / "data", GOVWATCH_SWEEP__RENDER_JS="never", COLUMNS="120"),
                            stdout=follower, stderr=subprocess.PIPE, cwd=REPO)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(leader)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "链接巡检：页面" in shown and "链接 " in shown and "故障" in shown, shown[-2000:]
    assert "巡检汇总" in shown and proc.returncode == 0, shown[-2000:]


@pytest.mark.e2e
def test_json_output_is_one_document_for_machines(website, tmp_path):
    proc = run_cli(["sweep", website.base_url + "/news/1.html", "--depth", "0", "--no-store", "--json"],
                   sweep_env(tmp_path / "data", GOVWATCH_SWEEP__RENDER_JS="never", GOVWATCH_SWEEP__RECHECK_DELAY="0"))
    doc = json.loads(proc.stdout)  # nothing but the document on stdout
    assert proc.returncode == 0 and doc["confirmed"] == 0 and doc["run_id"].startswith("sweep-")
    assert doc["checked"] == len(doc["results"]) > 1
    assert doc["summary"]["正常"]["link"] == doc["checked"] and doc["stats"]["pages"] >= 1
    assert all(r["status"] == "ok" for r in doc["results"])


@pytest.mark.e2e
def test_start_urls_are_trusted_but_links_on_pages_pass_the_address_guard(website, tmp_path):
    """Without an allow-list, the configured start URL (127.0.0.1) is fetched, and what it links to on the same
    loopback address is reported as blocked, never requested."""
    before = len(website.requested("/"))
    proc = run_cli(["sweep", website.base_url + "/news/1.html", "--depth", "0", "--no-store", "--json"],
                   sweep_env(tmp_path / "data", GOVWATCH_SWEEP__RENDER_JS="never", GOVWATCH_SWEEP__RECHECK_DELAY="0",
                             GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS="[]"))
    results = {r["url"]: r for r in json.loads(proc.stdout)["results"]}
    assert results[website.base_url + "/news/1.html"]["status"] == "ok"
    home = results[website.base_url + "/"]
    assert home["status"] == "blocked" and "127.0.0.1" in home["error"] and home["confirmed"]
    assert proc.returncode == 1
    assert len(website.requested("/")) == before


def test_bad_url_is_a_usage_error(tmp_path):
    proc = run_cli(["sweep", "ftp://gov.test/"], sweep_env(tmp_path / "data"))
    assert proc.returncode == 2 and "http://" in proc.stderr


def test_no_urls_and_no_registry_is_explained(tmp_path):
    proc = run_cli(["sweep"], sweep_env(tmp_path / "data"))
    assert proc.returncode == 2 and "没有要巡检的网址" in proc.stderr


def test_robots_obeyed_when_configured_and_tls_errors_classified(website, tmp_path):
    before = len(website.requested("/private/page.html"))
    out = tmp_path / "out.jsonl"
    tls_url = website.base_url.replace("http://", "https://") + "/news/2.html"
    proc = run_cli(["sweep", website.base_url + "/private/page.html", tls_url, "--out", str(out), "--no-store"],
                   sweep_env(tmp_path / "data", GOVWATCH_SWEEP__OBEY_ROBOTS="true", GOVWATCH_SWEEP__RENDER_JS="never"))
    results = {r["url"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    private = results[website.base_url + "/private/page.html"]
    assert private["status"] == "blocked" and private["skipped_reason"] == "robots"
    assert len(website.requested("/private/page.html")) == before
    assert results[tls_url]["status"] == "tls_error" and results[tls_url]["confirmed"]
    assert proc.returncode == 1


def test_registry_websites_are_swept_with_their_account_id(website, tmp_path):
    from search_index.sqlite_backend import SQLiteStore

    data = tmp_path / "data"
    data.mkdir()
    with SQLiteStore(data / "govwatch.db") as store:
        store.upsert("registry", [
            {"unit": "某市政府", "platform": "website", "account_id": "site-001", "name": "某市政府网",
             "url": website.base_url + "/retired-site/index.html", "status": "active"},
            {"unit": "某市政府", "platform": "weibo", "account_id": "123", "name": "某市发布",
             "url": website.base_url + "/error500", "status": "active"}])
    proc = run_cli(["sweep"], sweep_env(data, GOVWATCH_SWEEP__RENDER_JS="never"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    with SQLiteStore(data / "govwatch.db") as store:
        findings = list(store.scan("findings", {"kind": "broken_link"}))
        swept = {r["url"] for r in store.scan("sweeps")}
    assert [f["account_id"] for f in findings] == ["site-001"]
    assert website.base_url + "/error500" not in swept  # weibo entries are not websites


def test_probe_run_and_weekly_report(website, tmp_path):
    data = tmp_path / "data"
    env = sweep_env(data, GOVWATCH_PROBE__TIMEOUT="1")
    proc = run_cli(["probe", "run", website.base_url + "/", website.base_url + "/error500",
                    website.base_url + "/slow"], env)
    assert proc.returncode == 0, proc.stderr
    from search_index.sqlite_backend import SQLiteStore

    with SQLiteStore(data / "govwatch.db") as store:
        got = {r["url"].rsplit("/", 1)[-1]: r for r in store.scan("probes")}
        assert got[""]["ok"] and not got["error500"]["ok"] and not got["slow"]["ok"]
        assert "1 秒" in got["slow"]["error"]
        # a full week of history: 24 probes a day; 9 of 168 failed (5.4 %) on one site, 4 on the other
        start = datetime(2026, 11, 2, tzinfo=timezone(timedelta(hours=8)))
        history = []
        for url, failures in (("http://a.gov.test/", 9), ("http://b.gov.test/", 4)):
            for i in range(7 * 24):
                at = (start + timedelta(hours=i, minutes=5)).astimezone(UTC)
                history.append({"url": url, "ok": i >= failures, "checked_at": at.isoformat(timespec="seconds"),
                                "account_id": url})
        for i in range(30):  # too few probes for a verdict
            at = (start + timedelta(hours=i)).astimezone(UTC).isoformat(timespec="seconds")
            history.append({"url": "http://c.gov.test/", "ok": False, "checked_at": at})
        store.upsert("probes", history)
    proc = run_cli(["probe", "report", "--week", "2026-W45", "--json"], env)
    assert proc.returncode == 1, proc.stderr
    verdicts = {s["url"]: (s["verdict"], s["probes"]) for s in json.loads(proc.stdout)}
    assert verdicts == {"http://a.gov.test/": ("unreachable", 168), "http://b.gov.test/": ("reachable", 168),
                        "http://c.gov.test/": ("insufficient", 30)}
    bad_week = run_cli(["probe", "report", "--week", "47"], env)
    assert bad_week.returncode == 2 and "ISO 周" in bad_week.stderr
