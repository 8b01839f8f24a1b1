"""One real-Chromium test per review page a reviewer works in (overview, alert list, impostor alert, takedown):
log in, check what the reviewer must see, save a screenshot under this test run's folder in test-artifacts/."""

from __future__ import annotations

import os
import time

import pytest
from docx import Document as Docx

from alerts.lifecycle import ingest, set_state
from alerts.removal import confirm_takedowns
from alerts.users import add_user
from alerts.web import create_app
from alerts.web.server import make_server
from core.browser import launch_options
from core.records import finding_key
from tests.alerts.fixtures import SCREENSHOT, SCRIPT_NAME, day, impostor, seed_records
from tests.alerts.test_list_rows import SITE, link, menu
from tests.conftest import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PASSWORD = "pages-password-123"
FILED = "fake9"  # an impostor whose takedown was requested a while ago


@pytest.fixture(scope="session")
def run_artifacts():
    """This test run's screenshot folder (test-artifacts/ is git-ignored)."""
    path = REPO / "test-artifacts" / f"review-pages-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def server(store, cfg):
    seed_records(store, cfg.data_dir)
    hostile = impostor("fake1", name=SCRIPT_NAME, avatar_distance=3)
    hostile["evidence"]["screenshot"] = SCREENSHOT
    ingest(store, [link(n) for n in range(13)] + [menu(), hostile, impostor(FILED, name="山东发布厅", score=0.8)],
           "run-1", day(0), cfg)
    filed = finding_key(impostor(FILED))
    set_state(store, filed, "confirmed", user="reviewer", now=day(0), cfg=cfg)
    set_state(store, filed, "takedown_requested", user="reviewer", now=day(1), cfg=cfg)
    add_user(store, "reviewer", PASSWORD, "reviewer")
    srv = make_server(create_app(cfg, store), "127.0.0.1", 0, threads=4).start()
    yield srv
    srv.close()


@pytest.fixture
def page(server, cfg, chromium_path):
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(**launch_options(cfg))
        try:
            context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 860},
                                          locale="zh-CN")
            pg = context.new_page()
            pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            pg.goto(server.url + "/")
            assert "/login" in pg.url
            pg.fill("input[name=username]", "reviewer")
            pg.fill("input[name=password]", PASSWORD)
            pg.click("button[type=submit]")
            pg.wait_for_selector("#logout")
            pg.base = server.url
            yield pg
        finally:
            browser.close()
    assert dialogs == [], f"crawled text ran as script: {dialogs}"


def test_overview_page(page, run_artifacts):
    page.goto(page.base + "/")
    top = page.locator("table.top-alerts").inner_text()
    assert SCRIPT_NAME in top and "山东发布" in top  # impostor name beside the official one, as text
    assert f"https://{SITE}/page-" in top  # a failing link by its URL
    takedowns = page.locator("#open-takedowns")
    assert takedowns.locator("tbody tr").count() == 1
    row = takedowns.locator("tbody tr").first.inner_text()
    assert "山东发布厅" in row and "0/2" in row
    assert int(takedowns.locator("td.age").inner_text().split()[0]) >= 1
    page.screenshot(path=str(run_artifacts / "overview.png"), full_page=True)


def test_alert_list_page(page, run_artifacts):
    page.goto(page.base + "/alerts?kind=broken_link")
    cells = page.locator("table.list tbody td.subject").all_inner_texts()
    assert len(cells) == 13
    assert sorted(c.split("\n")[0] for c in cells) == sorted(f"链接 https://{SITE}/page-{n}.html"
                                                                   for n in range(13))
    page.screenshot(path=str(run_artifacts / "alert-list-links.png"), full_page=True)
    page.goto(page.base + "/alerts")
    page.select_option("select[name=group]", "site")  # auto-submits
    page.wait_for_url("**group=site**")
    heads = page.locator("tr.group-head").all_inner_texts()
    assert any(SITE in h and "14 条" in h for h in heads)
    assert "政务公开 › 政策文件" in page.locator("table.list").inner_text()
    page.screenshot(path=str(run_artifacts / "alert-list-by-site.png"), full_page=True)


def test_impostor_alert_page(page, run_artifacts):
    key = finding_key(impostor("fake1"))
    page.goto(page.base + f"/alerts/{key}")
    assert page.locator("#name-suspect").inner_text() == SCRIPT_NAME
    assert page.locator("#name-suspect mark").count() >= 1
    for img in page.locator("img.avatar").all():
        assert img.evaluate("el => el.naturalWidth") > 0
    assert page.locator("#takedown-button").is_visible()
    page.screenshot(path=str(run_artifacts / "impostor-alert.png"), full_page=True)


def test_takedown_page(page, run_artifacts, store, cfg, tmp_path):
    key = finding_key(impostor("fake1"))
    page.goto(page.base + f"/alerts/{key}")
    page.fill("#takedown-form input[name=note]", "微博投诉单 2026-001")
    page.click("#takedown-button")
    page.wait_for_selector("#takedown-files")
    assert "已申请下线" in page.locator("#state").inner_text()
    assert "微博投诉单 2026-001" in page.locator("table.history").inner_text()
    links = page.locator("#takedown-files li a")
    assert sorted(t.rsplit(".", 1)[1] for t in links.all_inner_texts()) == ["docx", "pdf", "zip"]
    with page.expect_download() as info:
        page.locator("#takedown-files li a", has_text=".docx").click()
    target = tmp_path / "complaint.docx"
    info.value.save_as(target)
    doc = Docx(str(target))
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert SCRIPT_NAME in text and "山东省人民政府办公厅" in text and "fake1" in text
    page.screenshot(path=str(run_artifacts / "takedown-requested.png"), full_page=True)

    # Two nightly runs get an explicit "gone" from the platform: the alert is confirmed taken down.
    for n in (1, 2):
        store.update("accounts", "weibo:fake1", {"crawl_status": "gone", "run_id": f"night-{n}",
                                                 "crawl_error": "用户不存在"})
        store.refresh()
        confirm_takedowns(store, f"night-{n}", cfg, now=day(2 + n))
    page.reload()
    assert "已下线" in page.locator("#state").inner_text()
    assert "night-1" in page.locator("table.history").inner_text()
    page.screenshot(path=str(run_artifacts / "takedown-confirmed.png"), full_page=True)
