"""Douyin and Kuaishou through Playwright (system Chromium): the data exists only in the pages' XHR answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.records import parse_time

pytestmark = pytest.mark.browser


@pytest.fixture
def bcrawl(crawl, chromium_path):
    crawl.platforms = ["douyin", "kuaishou"]
    return crawl


def test_douyin_kuaishou_discover_and_refresh(bcrawl):
    rows = bcrawl.seed_registry()
    out = bcrawl.run("discover", keywords="山东发布,东莞,临沂", from_registry="0")
    assert out["finish_reason"] == "finished" and not out["blocked"]
    accounts = bcrawl.accounts()
    for key in ("douyin:MS4wLjABAAAAsdfb0001", "douyin:MS4wLjABAAAAfake0003", "douyin:MS4wLjABAAAAdgfb0004",
                "kuaishou:3xsdfb0001", "kuaishou:3xlygaj003"):
        assert key in accounts, key
    assert accounts["douyin:MS4wLjABAAAAdgfb0004"]["verified_type"] == "government"
    assert accounts["douyin:MS4wLjABAAAAfake0003"]["verified"] is False
    assert accounts["kuaishou:3xlygaj003"]["verified_type"] == "government"
    assert accounts["douyin:MS4wLjABAAAAsdfb0001"]["avatar_path"]
    out = bcrawl.run("refresh")
    assert out["finish_reason"] == "finished"
    accounts = bcrawl.accounts()
    now = datetime.now(UTC)
    for r in rows:
        if r["platform"] in ("douyin", "kuaishou"):
            assert accounts[f"{r['platform']}:{r['account_id']}"]["crawl_status"] == "ok"
    zombie = accounts["douyin:MS4wLjABAAAAjnga0002"]  # pinned yesterday, last real post 30 days ago
    assert now - parse_time(zombie["last_post_at"]) > timedelta(days=28)
    assert now - parse_time(accounts["kuaishou:3xsdfb0001"]["last_post_at"]) < timedelta(hours=1)
    with bcrawl.store() as s:
        assert s.count("posts", {"platform": "douyin", "is_pinned": True}) >= 1


@pytest.mark.parametrize("modes", [
    {"douyin": ("empty_body", "empty_body"), "kuaishou": ("captcha", "captcha")},  # XHR refused / slider page
    {"douyin": ("http_432", "http_432"), "kuaishou": ("login", "login_wall")},
], ids=["empty-captcha", "432-login"])
def test_browser_blocking_modes(bcrawl, server, modes):
    rows = bcrawl.seed_registry()
    for platform, (mode, _) in modes.items():
        server.set_failure(platform, mode)
    out = bcrawl.run("refresh")
    assert out["blocked"] == {p: signal for p, (_, signal) in modes.items()}
    accounts = bcrawl.accounts()
    for r in rows:
        if r["platform"] in ("douyin", "kuaishou"):
            a = accounts[f"{r['platform']}:{r['account_id']}"]
            assert a["crawl_status"] == "blocked" and a.get("last_post_at") is None
    assert {f["platform"] for f in bcrawl.findings(kind="platform_blocked")} == {"douyin", "kuaishou"}


def test_context_recycling(bcrawl):
    bcrawl.env_extra["GOVWATCH_BROWSER__MAX_PAGES_PER_CONTEXT"] = "2"
    out = bcrawl.run("discover", keywords="山东,济南,临沂,东莞,公安,发布", from_registry="0")
    stats = out["stats"]
    assert stats["playwright/page_count"] >= 12
    assert stats["playwright/context_count"] >= 6  # a fresh context every 2 pages per platform
    assert stats["playwright/context_count/max_concurrent"] <= 6
    for platform in ("douyin", "kuaishou"):  # retired contexts were closed, not left open
        assert out["summary"]["platforms"][platform]["contexts_closed"] >= 2


def test_generic_profile_with_rendering(bcrawl, tmp_path):
    """A site profile with ``render: true`` reads a page whose results exist only after its script ran."""
    import yaml

    from crawler.platforms.generic import BUILTIN_DIR

    prof = yaml.safe_load((BUILTIN_DIR / "gov_app_portal.yaml").read_text(encoding="utf-8"))
    prof.update({"name": "gov_app_rendered", "render": True})
    prof["search"]["url"] = "{base}/js/search?q={keyword}&page={page}"
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "rendered.yaml").write_text(yaml.safe_dump(prof, allow_unicode=True), encoding="utf-8")
    bcrawl.env_extra["GOVWATCH_CRAWLER__SITE_PROFILES_DIR"] = str(folder)
    bcrawl.platforms = ["gov_app_rendered"]
    out = bcrawl.run("discover", keywords="爱山东", from_registry="0")
    assert out["stats"]["govwatch/accounts_found/gov_app_rendered"] == 1
    assert bcrawl.accounts()["app:app-1001"]["verified_type"] == "government"
    # the same page without rendering has no results in its HTML
    prof["render"] = False
    (folder / "rendered.yaml").write_text(yaml.safe_dump(prof, allow_unicode=True), encoding="utf-8")
    out = bcrawl.run("discover", keywords="爱山东", from_registry="0")
    assert out["stats"].get("govwatch/accounts_found/gov_app_rendered", 0) == 0
