"""End to end in real Chromium (Playwright): log in, filter, open an alert, confirm it with a note, download its
evidence pack, log out. Screenshots of the dashboard, list and detail pages go to test-artifacts/."""

from __future__ import annotations

import zipfile

import pytest

from alerts.evidence import verify_pack
from alerts.lifecycle import ingest
from alerts.users import add_user
from alerts.web import create_app
from alerts.web.server import make_server
from core.browser import launch_options
from core.records import finding_key
from tests.alerts.fixtures import IMG_NAME, SCREENSHOT, SCRIPT_NAME, day, impostor, seed_records, zombie
from tests.conftest import REPO

pytestmark = pytest.mark.browser
ARTIFACTS = REPO / "test-artifacts"
PASSWORD = "e2e-password-123"


@pytest.fixture
def server(store, cfg):
    seed_records(store, cfg.data_dir)
    hostile = impostor("fake1", name=SCRIPT_NAME, avatar_distance=3)
    hostile["evidence"]["screenshot"] = SCREENSHOT
    for n, when in enumerate((day(0), day(1), day(2))):
        findings = [hostile, impostor("fake2", name=IMG_NAME), zombie()]
        if n == 0:
            findings.append(impostor("fake3", name="山东发布厅", score=0.7))
        ingest(store, findings, f"run-{n + 1}", when, cfg)
    add_user(store, "reviewer", PASSWORD, "reviewer")
    srv = make_server(create_app(cfg, store), "127.0.0.1", 0, threads=4).start()
    yield srv
    srv.close()


def test_review_flow_in_chromium(server, cfg, chromium_path, tmp_path):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    dialogs = []
    key = finding_key(impostor("fake1"))
    with sync_playwright() as p:
        browser = p.chromium.launch(**launch_options(cfg))
        try:
            context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 820},
                                          locale="zh-CN")
            page = context.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(server.url + "/alerts")
            assert "/login" in page.url
            page.fill("input[name=username]", "reviewer")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url("**/alerts")
            page.goto(server.url + "/")
            assert page.locator(".tile b").first.inner_text() == "4"
            assert page.locator("svg.chart circle").count() == 3
            page.screenshot(path=str(ARTIFACTS / "alerts-dashboard.png"), full_page=True)

            page.goto(server.url + "/alerts")
            page.select_option("select[name=kind]", "impostor")  # auto-submits
            page.wait_for_url("**kind=impostor**")
            rows = page.locator("table.list tbody tr")
            assert rows.count() == 3
            assert SCRIPT_NAME in page.locator("table.list").inner_text()
            assert IMG_NAME in page.locator("table.list").inner_text()
            page.screenshot(path=str(ARTIFACTS / "alerts-list.png"), full_page=True)

            page.get_by_role("link", name=SCRIPT_NAME).click()
            page.wait_for_url(f"**/alerts/{key}")
            assert page.locator("#name-suspect mark").count() >= 1
            assert page.locator("#name-suspect").inner_text() == SCRIPT_NAME
            for img in page.locator("img.avatar").all():
                assert img.evaluate("el => el.naturalWidth") > 0
            page.screenshot(path=str(ARTIFACTS / "alerts-detail.png"), full_page=True)

            page.fill("textarea[name=note]", "已核实为仿冒，准备申请下线")
            page.click("button[name=state][value=confirmed]")
            page.wait_for_selector("#state:has-text('已确认')")
            assert "已核实为仿冒" in page.locator("table.history").inner_text()
            with page.expect_download() as info:
                page.click("#evidence-link")
            target = tmp_path / "pack.zip"
            info.value.save_as(target)
            data = target.read_bytes()
            assert verify_pack(data) == []
            names = zipfile.ZipFile(target).namelist()
            assert {"metadata.json", "avatars/suspect.png", "avatars/official.png", "screenshots/01.png",
                    "raw/suspect.json", "manifest-sha256.txt"} <= set(names)

            for name, path in (("registry", "/registry"), ("sweeps", "/sweeps"), ("runs", "/runs")):
                page.goto(server.url + path)
                assert page.locator("table.list tbody tr").count() >= 1
                page.screenshot(path=str(ARTIFACTS / f"alerts-{name}.png"), full_page=True)
            page.click("#logout")
            page.wait_for_url("**/login")
            page.goto(server.url + "/alerts")
            assert "/login" in page.url
        finally:
            browser.close()
    assert dialogs == [], f"crawled text ran as script: {dialogs}"
