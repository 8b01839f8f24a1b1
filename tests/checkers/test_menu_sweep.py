"""The menu sweep over the imitation website (needs Chromium)."""

from __future__ import annotations

import pytest

from crawler.checkers.results import is_failure
from imitations.website import EXPECTED_MENUS, MENU_ACTIONS, MENU_NEEDS_WECHAT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def menus(full_sweep):
    if not full_sweep.browser:
        pytest.skip("没有找到 Chromium（系统 chromium 或 playwright install chromium）：无法点击菜单")
    return full_sweep.by_key("menu")


@pytest.mark.parametrize("path", sorted(EXPECTED_MENUS), ids=lambda p: "›".join(p))
def test_each_menu_case_is_classified_right(menus, path):
    assert path in menus, f"menu {path} not found; found {sorted(menus)}"
    assert menus[path]["status"] == EXPECTED_MENUS[path], menus[path]


def test_no_healthy_menu_is_flagged(menus):
    flagged = {p for p, r in menus.items() if is_failure(r)}
    expected = {p for p, s in EXPECTED_MENUS.items() if s != "ok"}
    assert flagged == expected


def test_menu_actions_are_captured(menus):
    assert menus[("网上大厅",)]["action"] == "popup"
    assert menus[("政策文件",)]["action"] == "route"
    assert menus[("常见问题",)]["action"] == "route"
    assert menus[("意见征集",)]["action"] == "dialog"
    assert menus[("机构概况", "领导信息")]["action"] == "navigation"
    assert menus[("数据开放",)]["action"] == "none"
    assert menus[("年度报告",)]["action"] in ("download", "navigation")  # Chromium may show a PDF inline
    for path, action in MENU_ACTIONS.items():
        assert menus[path]["action"] == action, (path, menus[path])
    assert any("/api/stat" in u for u in menus[("信息订阅",)]["action_requests"])


def test_an_item_is_not_live_because_its_parent_menu_opened(menus):
    """javascript:void(0) items under menus that open on hover and on click: measured with the parent open."""
    for path in (("专题专栏", "往期专题"), ("办事服务", "预约服务")):
        r = menus[path]
        assert r["status"] == "no_action" and r["confirmed"] and r["action"] == "none", r
    # their healthy siblings, reached the same way, still navigate
    assert menus[("专题专栏", "专题首页")]["action"] == "navigation"
    assert menus[("办事服务", "在线办理")]["action"] == "navigation"


def test_each_click_says_what_it_did(menus):
    for path, r in menus.items():
        assert r["action_detail"], path
    assert menus[("机构概况", "领导信息")]["action_detail"].startswith("跳转到 http")
    assert menus[("网上大厅",)]["action_detail"].startswith("打开弹出窗口 http")
    assert "/api/stat" in menus[("信息订阅",)]["action_detail"]
    assert "没有变化" in menus[("网站地图",)]["action_detail"]


def test_menu_report_lists_every_click_with_screenshots_of_failures(menus, full_sweep):
    from markupsafe import escape

    page = full_sweep.report.read_text(encoding="utf-8")
    assert "菜单点击明细" in page
    section = page[page.index("菜单点击明细"):]
    for path, r in menus.items():
        assert str(escape(" › ".join(path))) in section, path
        assert str(escape(r["action_detail"])) in section, path
    failing = sum(1 for r in menus.values() if is_failure(r))
    assert section.count('<img src="data:image/png;base64,') >= failing


def test_wechat_oauth_is_needs_wechat_not_broken(menus):
    for path in MENU_NEEDS_WECHAT:
        assert menus[path]["needs_wechat"] is True and menus[path]["status"] == "ok"


def test_every_menu_failure_has_a_screenshot_and_is_confirmed(menus, full_sweep):
    for path, r in menus.items():
        if is_failure(r):
            assert r["screenshot"] and (full_sweep.data_dir / r["screenshot"]).stat().st_size > 0, path
            assert r["confirmed"] and r["rechecked"], path


def test_dead_menu_findings_carry_the_menu_path(full_sweep, menus):
    from search_index.sqlite_backend import SQLiteStore

    with SQLiteStore(full_sweep.data_dir / "govwatch.db") as store:
        dead = list(store.scan("findings", {"kind": "dead_menu"}))
    assert {tuple(f["evidence"]["menu_path"]) for f in dead} == {p for p, s in EXPECTED_MENUS.items() if s != "ok"}
    assert all(f["evidence"]["screenshot"] for f in dead)
