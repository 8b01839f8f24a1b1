"""Crawls against the imitations in the real shapes (issue #11): what a new user meets on the real platforms.

- a Weibo server that serves only the m.weibo.cn API (the visitor-cookie host answers 404): discover and refresh
  work, the failed preliminary step is reported, not fatal;
- a platform whose every answer is "这里还没有内容": ``platform_blocked``, no account ``gone``;
- one account answering empty: "maybe gone" on the first run, ``gone`` only on a later run;
- ``discovered_by`` keeps every keyword that found an account;
- the SSRF guard: avatars on addresses not allowed are refused and recorded, never fetched, at every redirect hop.
"""

from __future__ import annotations

import json

import pytest

from tests.crawler.conftest import Crawl

pytestmark = pytest.mark.e2e


def test_weibo_api_only_server_discovers_and_refreshes(crawl, server):
    crawl.platforms = ["weibo"]
    server.set_failure("weibo", "api_only")
    rows = crawl.seed_registry()
    out = crawl.run("discover", keywords="济南", from_registry="0")
    assert out["blocked"] == {}
    row = out["summary"]["platforms"]["weibo"]
    assert row["crawled"] and row["accounts"] > 0 and row["requests"] > row["pages"] > 0
    assert row["bootstrap_problems"] and "visitor_cookie" in row["bootstrap_problems"][0]
    assert "weibo:1951382051" in crawl.accounts()
    out = crawl.run("refresh", run_id="r1")
    assert out["blocked"] == {}
    accounts = crawl.accounts()
    ok = [r for r in rows if r["platform"] == "weibo" and accounts[f"weibo:{r['account_id']}"]["crawl_status"] == "ok"]
    assert len(ok) >= len([r for r in rows if r["platform"] == "weibo"]) - 1  # all but the deleted one
    a = accounts["weibo:2803301701"]
    assert a["followers"] == 3260000 and a["last_post_at"]  # "326万" read as a number
    with crawl.store() as s:
        posts = list(s.scan("posts", {"platform": "weibo", "account_id": "2803301701"}))
    # since_id-only paging: more than the first page of 10 was read (max_post_pages 3)
    assert len(posts) > 10


def test_all_empty_platform_is_blocked_and_no_account_is_gone(crawl, server):
    crawl.platforms = ["weibo", "bilibili"]
    rows = crawl.seed_registry()
    server.set_failure("weibo", "empty_ok0")
    out = crawl.run("refresh", run_id="r-empty")
    assert out["blocked"] == {"weibo": "all_empty"}
    (finding,) = crawl.findings(kind="platform_blocked", platform="weibo")
    assert finding["evidence"]["signal"] == "all_empty"
    accounts = crawl.accounts()
    weibo = [accounts[f"weibo:{r['account_id']}"] for r in rows if r["platform"] == "weibo"]
    assert weibo and {a["crawl_status"] for a in weibo} == {"blocked"}
    assert not any(a.get("gone_suspected_at") for a in weibo)
    row = out["summary"]["platforms"]["weibo"]
    assert row["crawled"] is False and row["empty"] == len(weibo)
    assert out["summary"]["platforms"]["bilibili"]["crawled"]
    # a second run with the same answers: still blocked, still nobody gone
    crawl.run("refresh", run_id="r-empty-2")
    assert {crawl.accounts()[f"weibo:{r['account_id']}"]["crawl_status"] for r in rows
            if r["platform"] == "weibo"} == {"blocked"}


def test_discover_with_only_empty_searches_is_blocked(crawl, server):
    crawl.platforms = ["weibo", "wechat"]
    server.set_failure("weibo", "empty_ok0")
    out = crawl.run("discover", keywords="济南,山东", from_registry="0")
    assert out["blocked"] == {"weibo": "all_empty"}
    assert [f["platform"] for f in crawl.findings(kind="platform_blocked")] == ["weibo"]


def test_one_empty_account_is_gone_only_on_a_later_run(crawl, server):
    crawl.platforms = ["weibo"]
    crawl.seed_registry()
    crawl.run("refresh", run_id="night-1")
    first = crawl.accounts()["weibo:3301000005"]  # the seed's deleted account: ok:0 这里还没有内容
    assert first["crawl_status"] == "failed" and first["gone_suspected_at"] and first["gone_suspected_run"] == "night-1"
    assert crawl.accounts()["weibo:2803301701"]["crawl_status"] == "ok"
    crawl.run("refresh", run_id="night-1")  # the same run resumed: not a confirmation
    assert crawl.accounts()["weibo:3301000005"]["crawl_status"] == "failed"
    crawl.run("refresh", run_id="night-2")
    second = crawl.accounts()["weibo:3301000005"]
    assert second["crawl_status"] == "gone" and "连续两次" in second["crawl_error"]


def test_suspicion_ends_when_the_account_answers(crawl, server):
    crawl.platforms = ["weibo"]
    crawl.seed_registry()
    crawl.run("refresh", run_id="n1")
    assert crawl.accounts()["weibo:3301000005"]["gone_suspected_at"]
    server.find("weibo", "3301000005").gone = False  # it was a hiccup
    crawl.run("refresh", run_id="n2")
    a = crawl.accounts()["weibo:3301000005"]
    assert a["crawl_status"] == "ok" and not a["gone_suspected_at"]


def test_discovered_by_keeps_every_keyword(crawl):
    crawl.platforms = ["weibo"]
    crawl.run("discover", keywords="济南发布", from_registry="0")
    crawl.run("discover", keywords="济南", from_registry="0")
    assert crawl.accounts()["weibo:1951382051"]["discovered_by"] == ["济南发布", "济南"]


def test_avatars_on_internal_addresses_are_refused_when_not_allowed(server, tmp_path):
    server.request_log = []
    crawl = Crawl(server, tmp_path, platforms=["weibo"])
    crawl.env_extra["GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS"] = "[]"  # the imitation's 127.0.0.1 not allowed
    out = crawl.run("discover", keywords="济南发布", from_registry="0")
    a = crawl.accounts()["weibo:1951382051"]  # the API itself (a configured base URL) is trusted
    assert a["avatar_error"].startswith("头像网址被拒绝") and "127.0.0.1" in a["avatar_error"]
    assert not a.get("avatar_path")
    assert out["stats"]["govwatch/avatar/unsafe_url"] >= 1
    assert server.request_log and not any(path.startswith("/avatar/") for path in server.request_log)


def test_redirect_hop_to_an_internal_address_is_refused(server, tmp_path):
    """The first hop's host is allowed (by name), its redirect to 127.0.0.1 is not: refused at that hop."""
    server.request_log = []
    server.avatar_redirect_via = "localhost"
    crawl = Crawl(server, tmp_path, platforms=["weibo"])
    crawl.env_extra["GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS"] = json.dumps(["localhost"])
    crawl.run("discover", keywords="济南发布", from_registry="0")
    a = crawl.accounts()["weibo:1951382051"]
    assert a["avatar_error"].startswith("头像网址被拒绝") and "127.0.0.1" in a["avatar_error"]
    hits = [p for p in server.request_log if "avatar" in p]
    assert hits and all(p.startswith("/avatar-redirect/") for p in hits)  # the internal target never fetched
