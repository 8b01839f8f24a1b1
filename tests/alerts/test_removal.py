"""Removal confirmed by the crawler: two consecutive explicit "gone" answers (account records written by two
different runs) move a takedown_requested alert to taken_down; blocked, failed or unseen in between do not."""

from __future__ import annotations

import re

import pytest

from alerts.lifecycle import history, ingest, set_state
from alerts.removal import confirm_takedowns
from alerts.web import create_app
from tests.alerts.fixtures import day, impostor, seed_records
from tests.alerts.test_web import login, seed_users


@pytest.fixture
def filed(store, cfg):
    seed_records(store, cfg.data_dir)
    ingest(store, [impostor("fake1")], "run-0", day(0), cfg)
    alert_id = next(store.scan("alerts", {"kind": "impostor"}))["_id"]
    set_state(store, alert_id, "confirmed", user="rev1", now=day(0), cfg=cfg)
    set_state(store, alert_id, "takedown_requested", user="rev1", now=day(0), cfg=cfg)
    return alert_id


def crawl(store, run_id, status, error=None):
    """What the refresh spider leaves on the account record at the end of ``run_id``."""
    store.update("accounts", "weibo:fake1", {"crawl_status": status, "run_id": run_id, "crawl_error": error,
                                             "refreshed_at": f"2026-11-0{run_id[-1]}T02:10:00+08:00"})
    store.refresh()


def nightly(store, cfg, run_id, status, n, error=None):
    if status is not None:
        crawl(store, run_id, status, error)
    return confirm_takedowns(store, run_id, cfg, now=day(n))


def test_gone_twice_confirms_taken_down_with_the_evidence_of_absence(filed, store, cfg):
    r1 = nightly(store, cfg, "run-1", "gone", 1, "用户不存在")
    assert r1.gone_once == [filed] and store.get("alerts", filed)["state"] == "takedown_requested"
    r2 = nightly(store, cfg, "run-2", "gone", 2, "用户不存在")
    assert r2.confirmed == [filed]
    doc = store.get("alerts", filed)
    assert doc["state"] == "taken_down"
    assert [r["run_id"] for r in doc["takedown_absence"]["runs"]] == ["run-1", "run-2"]
    assert doc["takedown_absence"]["runs"][0]["note"] == "用户不存在"
    last = history(store, filed)[-1]
    assert (last["from"], last["to"], last["user"]) == ("takedown_requested", "taken_down", "system")
    assert "run-1" in last["note"] and "run-2" in last["note"]


@pytest.mark.parametrize("between", ["blocked", "failed", "ok", None])
def test_anything_but_gone_in_between_restarts_the_count(filed, store, cfg, between):
    nightly(store, cfg, "run-1", "gone", 1)
    r2 = nightly(store, cfg, "run-2", between, 2)  # None: the account was not refreshed by run-2 at all
    assert r2.not_gone == [filed]
    r3 = nightly(store, cfg, "run-3", "gone", 3)
    assert r3.confirmed == [] and r3.gone_once == [filed]
    assert store.get("alerts", filed)["state"] == "takedown_requested"
    assert nightly(store, cfg, "run-4", "gone", 4).confirmed == [filed]


def test_gone_once_is_not_yet_and_the_same_run_counts_once(filed, store, cfg):
    nightly(store, cfg, "run-1", "gone", 1)
    again = confirm_takedowns(store, "run-1", cfg, now=day(1))  # the same run re-processed
    assert again.checked == [] and store.get("alerts", filed)["state"] == "takedown_requested"
    assert store.get("alerts", filed)["takedown_gone_runs"] == 1


def test_a_blocked_record_from_an_older_run_never_counts(filed, store, cfg):
    crawl(store, "run-1", "gone")
    # run-2 did not write the record: the record still says gone, but from run-1
    assert confirm_takedowns(store, "run-1", cfg, now=day(1)).gone_once == [filed]
    assert confirm_takedowns(store, "run-2", cfg, now=day(2)).not_gone == [filed]
    assert store.get("alerts", filed)["state"] == "takedown_requested"


def test_a_taken_down_alert_is_not_reopened_by_the_stored_profile_of_a_gone_account(filed, store, cfg):
    nightly(store, cfg, "run-1", "gone", 1)
    nightly(store, cfg, "run-2", "gone", 2)
    # the impostor detector still judges the stored profile: the finding comes back while the account is gone
    ingest(store, [impostor("fake1")], "run-3", day(3), cfg)
    assert store.get("alerts", filed)["state"] == "taken_down"
    crawl(store, "run-4", "ok")  # the platform shows the account again
    ingest(store, [impostor("fake1")], "run-4", day(4), cfg)
    assert store.get("alerts", filed)["state"] == "new"
    assert history(store, filed)[-1]["note"] == "已下线的账号再次出现"


def test_overview_lists_open_takedowns_with_their_age(filed, store, cfg):
    nightly(store, cfg, "run-1", "gone", 1)
    seed_users(store)
    app = create_app(cfg, store)
    app.config["TESTING"] = True
    client = app.test_client()
    login(client)
    html = client.get("/").get_data(as_text=True)
    section = html.split('id="open-takedowns"', 1)[1].split("</section>", 1)[0]
    assert "fake1" in section and 'class="official-name">山东发布' in section
    assert "1/2 次" in section
    assert "没有待处理的下线申请" not in section
    age = int(re.search(r'class="num age">(\d+) 天', section).group(1))
    assert age >= 29  # filed on 2026-11-01; the test runs later than that
