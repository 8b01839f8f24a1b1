"""Every blocking mode → one platform_blocked finding, the platform's accounts "blocked" — never "no posts"."""

from __future__ import annotations

import pytest

GROUPS = [
    {"weibo": ("http_432", "http_432"), "wechat": ("captcha", "antispider"), "bilibili": ("bili_412", "code_-412")},
    {"weibo": ("http_418", "http_418"), "wechat": ("empty_body", "empty_body"), "bilibili": ("bili_352", "code_-352")},
    {"weibo": ("captcha", "captcha"), "wechat": ("login", "login_wall"), "bilibili": ("empty_json", "empty_json")},
    {"weibo": ("login", "login_wall"), "wechat": ("http_418", "http_418"), "bilibili": ("http_432", "http_432")},
    {"weibo": ("empty_json", "ok_0"), "bilibili": ("empty_body", "empty_body")},
    {"weibo": ("empty_body", "empty_body")},
]


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: "+".join(f"{p}={m}" for p, (m, _) in g.items()))
def test_refresh_blocked_modes(crawl, server, group):
    rows = crawl.seed_registry()
    for platform, (mode, _) in group.items():
        server.set_failure(platform, mode)
    out = crawl.run("refresh", run_id="run-block")
    assert out["finish_reason"] == "finished"
    assert set(out["blocked"]) == set(group)
    accounts = crawl.accounts()
    for platform, (mode, signal) in group.items():
        found = crawl.findings(kind="platform_blocked", platform=platform)
        assert len(found) == 1, (platform, found)
        f = found[0]
        assert f["evidence"]["signal"] == signal and f["score"] == 1.0 and f["account_id"] == ""
        assert f["evidence"]["url"] == server.urls[platform] and f["evidence"]["request_url"].startswith(server.root)
        assert f["run_id"] == "run-block" and any("\u4e00" <= ch <= "\u9fff" for ch in f["reasons"][0])
        mine = [f"{r['platform']}:{r['account_id']}" for r in rows if r["platform"] == platform]
        row = out["summary"]["platforms"][platform]
        assert row["blocked"] == len(mine) and row["ok"] == 0 and row["posts"] == 0
        for key in mine:
            a = accounts[key]
            assert a["crawl_status"] == "blocked", (key, a)
            assert a.get("last_post_at") is None  # never a "no recent posts" record
    # platforms that were not blocked are crawled normally: exactly "gone" for the seed's deleted accounts,
    # "ok" for every other one (a block misread as "gone" fails here)
    gone = {f"{p}:{a.id}" for p, seed in server.seed.items() for a in seed if a.gone}
    checked = 0
    for r in rows:
        if r["platform"] not in group and r["platform"] in ("weibo", "wechat", "bilibili"):
            key = f"{r['platform']}:{r['account_id']}"
            assert accounts[key]["crawl_status"] == ("gone" if key in gone else "ok"), (key, accounts[key])
            checked += 1
    assert checked or set(group) >= {"weibo", "wechat", "bilibili"}
    with crawl.store() as s:
        for platform in group:
            assert s.count("posts", {"platform": platform}) == 0


def test_discover_blocked_is_not_no_accounts(crawl, server):
    server.set_failure("weibo", "http_432")
    out = crawl.run("discover", keywords="山东发布", from_registry="0")
    assert out["blocked"] == {"weibo": "http_432"}
    assert out["summary"]["platforms"]["weibo"]["blocked"] == "http_432"
    found = crawl.findings(kind="platform_blocked")
    assert [f["platform"] for f in found] == ["weibo"]
    accounts = crawl.accounts()
    assert "weibo:2803301701" not in accounts
    assert "wechat:sdfb_gov" in accounts, (sorted(accounts), {k: v for k, v in out["stats"].items() if "govwatch" in k})


def test_block_midway_keeps_earlier_results(crawl, server):
    """Blocked after some accounts were refreshed: those stay ok, the rest are blocked."""
    crawl.seed_registry()
    crawl.run("refresh", accounts="weibo:2803301701")
    server.set_failure("weibo", "http_432")
    crawl.run("refresh")
    accounts = crawl.accounts()
    assert accounts["weibo:2803301701"]["crawl_status"] == "blocked"
    assert accounts["weibo:2803301701"]["last_post_at"]  # earlier data is kept, not erased
