"""Malformed answers, size cap, timeouts, GBK pages, store outages (spool + replay), JOBDIR resume."""

from __future__ import annotations

import json

from tests.crawler.conftest import Crawl


def test_malformed_json_is_counted_not_fatal(crawl, server):
    rows = crawl.seed_registry()
    server.set_failure("weibo", "malformed_json")
    out = crawl.run("refresh")
    assert out["finish_reason"] == "finished" and not out["blocked"]
    assert out["stats"]["govwatch/malformed/weibo"] >= 1
    accounts = crawl.accounts()
    weibo = [f"weibo:{r['account_id']}" for r in rows if r["platform"] == "weibo"]
    assert all(accounts[k]["crawl_status"] == "failed" for k in weibo)
    assert accounts["wechat:sdfb_gov"]["crawl_status"] == "ok"
    assert not crawl.findings(kind="platform_blocked")


def test_size_cap_and_timeout_fail_cleanly(crawl, server):
    crawl.seed_registry()
    crawl.env_extra["GOVWATCH_CRAWLER__MAX_RESPONSE_BYTES"] = "500000"
    crawl.env_extra["GOVWATCH_CRAWLER__DOWNLOAD_TIMEOUT"] = "1"
    crawl.platforms = ["weibo", "bilibili"]
    server.set_failure("weibo", "huge")
    server.set_failure("bilibili", "slow:2.5")
    out = crawl.run("refresh", accounts="weibo:2803301701,bilibili:1855498245")
    assert out["finish_reason"] == "finished"
    accounts = crawl.accounts()
    assert accounts["weibo:2803301701"]["crawl_status"] == "failed"
    assert accounts["bilibili:1855498245"]["crawl_status"] == "failed"
    assert out["stats"].get("govwatch/request_failed/weibo", 0) >= 1
    assert out["stats"].get("govwatch/bootstrap_failed/bilibili", 0) + out["stats"].get(
        "govwatch/request_failed/bilibili", 0) >= 1


def test_gbk_page_without_charset_header(crawl, server):
    server.set_failure("wechat", "gbk")
    crawl.platforms = ["wechat"]
    crawl.run("discover", keywords="山东发布", from_registry="0")
    accounts = crawl.accounts()
    assert accounts["wechat:sdfb_gov"]["name"] == "山东发布"
    assert accounts["wechat:sdfb_gov"]["verified_reason"] == "山东省人民政府新闻办公室"
    assert accounts["wechat:sdfb_gf2024"]["description"] == "山东省人民政府新闻办公室权威发布。"


def test_avatar_edge_cases_do_not_lose_the_account(crawl, server):
    bad = {"7712300001": "_bomb", "7712300002": "_corrupt", "7712300003": "_text", "7712300004": "_huge"}
    for a in server.seed["weibo"]:
        if a.id in bad:
            a.avatar = (bad[a.id], "")
    crawl.platforms = ["weibo"]
    crawl.env_extra["GOVWATCH_CRAWLER__AVATAR_MAX_BYTES"] = "1000000"
    out = crawl.run("discover", keywords="山东发布,廣東發布,济南", from_registry="0")
    accounts = crawl.accounts()
    for uid in bad:
        a = accounts[f"weibo:{uid}"]
        assert a.get("avatar_path") is None and a.get("avatar_error"), a
        assert a["name"]
    assert accounts["weibo:2803301701"]["avatar_path"]
    assert out["stats"].get("govwatch/avatar/rejected", 0) + out["stats"].get(
        "govwatch/avatar/download_failed", 0) == len(bad)


def _ids(c: Crawl, coll: str) -> set[str]:
    with c.store() as s:
        return {d["_id"] for d in s.scan(coll)}


def test_store_down_spools_then_replays(crawl, server, tmp_path):
    clean = Crawl(server, tmp_path / "clean")
    clean.seed_registry()
    clean.run("refresh")
    crawl.seed_registry()
    crawl.env_extra["GOVWATCH_STORE__BULK_MAX_DOCS"] = "20"
    crawl.env_extra["GWTEST_STORE_FAIL_AFTER"] = "2"
    out = crawl.run("refresh", "GOVWATCH_STORE_FACTORY=tests.crawler.flaky_store.factory")
    assert out["stats"]["govwatch/spooled"] > 0
    spool = list((crawl.data / "spool").glob("*.jsonl"))
    assert spool and all(json.loads(f.read_text().splitlines()[0])["_collection"] for f in spool)
    assert _ids(crawl, "posts") != _ids(clean, "posts")  # the outage really lost writes from the store
    # next start: the spool is replayed first; nothing is lost
    crawl.env_extra.pop("GWTEST_STORE_FAIL_AFTER")
    out2 = crawl.run("discover", keywords="不存在的关键词xyz", from_registry="0")
    assert out2["stats"]["govwatch/replayed"] > 0
    assert not list((crawl.data / "spool").glob("*.jsonl"))
    assert _ids(crawl, "posts") == _ids(clean, "posts")
    assert _ids(crawl, "accounts") == _ids(clean, "accounts")
    got = crawl.accounts()
    assert got["weibo:3301000001"]["crawl_status"] == "ok" and got["weibo:3301000001"]["last_post_at"]


def test_jobdir_resume_loses_and_duplicates_nothing(crawl, server, tmp_path):
    clean = Crawl(server, tmp_path / "clean")
    clean.seed_registry()
    clean_out = clean.run("discover", from_registry="1")
    crawl.seed_registry()
    jobdir = tmp_path / "job"
    crawl.env_extra["GOVWATCH_CRAWLER__JOBDIR"] = str(jobdir)
    first = crawl.run("discover", "CLOSESPIDER_ITEMCOUNT=10", "CONCURRENT_REQUESTS=2", from_registry="1")
    assert first["finish_reason"] == "closespider_itemcount"
    stopped = _ids(crawl, "accounts")
    assert 0 < len(stopped) < len(_ids(clean, "accounts"))
    second = crawl.run("discover", from_registry="1")
    assert second["finish_reason"] == "finished"
    assert _ids(crawl, "accounts") == _ids(clean, "accounts")
    # the resumed run did not repeat the requests the first run had finished
    total = first["stats"]["downloader/request_count"] + second["stats"]["downloader/request_count"]
    assert total <= clean_out["stats"]["downloader/request_count"] + 12  # bootstraps + in-flight at the stop
    assert second["stats"].get("dupefilter/filtered", 0) > 0



def test_killed_with_sigterm_and_restarted(crawl, server, tmp_path):
    """A crawl stopped by a signal midway (graceful Scrapy shutdown) and restarted with the same JOBDIR."""
    import signal
    import subprocess
    import sys
    import time

    from tests.crawler.conftest import REPO

    clean = Crawl(server, tmp_path / "clean")
    clean.seed_registry()
    clean.run("refresh")
    crawl.seed_registry()
    crawl.env_extra["GOVWATCH_CRAWLER__JOBDIR"] = str(tmp_path / "job")
    crawl.env_extra["GOVWATCH_STORE__BULK_MAX_DOCS"] = "5"
    for name in ("weibo", "wechat", "bilibili"):
        server.set_failure(name, "slow:0.05")  # long enough to stop it midway
    cmd = [sys.executable, "-m", "crawler.run", "refresh", "--json", "-s", "LOG_LEVEL=WARNING",
           "-s", "CONCURRENT_REQUESTS=4"]
    with (tmp_path / "out.txt").open("w") as out, (tmp_path / "err.txt").open("w") as err:
        proc = subprocess.Popen(cmd, cwd=REPO, env=crawl.env(), stdout=out, stderr=err)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if crawl.db.exists() and len(_ids(crawl, "posts")) >= 20:
                break
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    stopped = _ids(crawl, "posts")
    assert 0 < len(stopped) < len(_ids(clean, "posts"))
    for name in ("weibo", "wechat", "bilibili"):
        server.set_failure(name, None)
    crawl.run("refresh")
    assert _ids(crawl, "posts") == _ids(clean, "posts")
    assert _ids(crawl, "accounts") == _ids(clean, "accounts")
    got, want = crawl.accounts(), clean.accounts()
    assert {k: a.get("crawl_status") for k, a in got.items()} == {k: a.get("crawl_status") for k, a in want.items()}
