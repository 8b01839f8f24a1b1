"""End to end: discover and refresh against the imitations into a tmp SQLite store (subprocess crawls)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.records import parse_time
from tests.crawler.conftest import REPO


def test_discover_then_refresh(crawl):
    rows = crawl.seed_registry()
    out = crawl.run("discover", keywords="济南发布,山东发布,公安,爱山东,潍坊", from_registry="0", run_id="run-d1")
    assert out["finish_reason"] == "finished" and not out["blocked"]
    accounts = crawl.accounts()
    # search found the officials, the impostors and the unregistered account, with discovered_by
    for key in ("weibo:2803301701", "weibo:7712300001", "weibo:7712300003", "weibo:5501234567",
                "wechat:sdfb_gov", "wechat:sdfb_gf2024", "bilibili:3546700001", "app:app-1001"):
        assert key in accounts, key
        assert accounts[key]["discovered_by"] and accounts[key]["run_id"] == "run-d1"
    gov = accounts["weibo:2803301701"]
    assert gov["verified"] is True and gov["verified_type"] == "government"
    assert "新闻办公室" in gov["verified_reason"] and isinstance(gov["raw"], dict)
    assert accounts["weibo:7712300001"]["verified"] is False and accounts["weibo:7712300001"]["verified_type"] is None
    assert accounts["weibo:1700000002"]["verified_type"] == "enterprise"
    # Sogou gives the verified subject only, no category: the detectors read the subject
    assert accounts["wechat:sdfb_gov"]["verified_type"] is None and accounts["wechat:sdfb_gov"]["verified"]
    assert accounts["app:app-1001"]["verified_type"] == "government"
    # highlight markup is stripped from names
    assert all("<" not in (a["name"] or "") for a in accounts.values())
    # discovery alone never claims a crawl status (that would read as "refreshed, no posts")
    assert all(a.get("crawl_status") is None for a in accounts.values())
    # avatars: content-addressed, relative to the data dir, same template → same file
    avatar = accounts["weibo:2803301701"]["avatar_path"]
    assert avatar.startswith("avatars/") and avatar.endswith(".png") and len(Path(avatar).stem) == 64
    assert (crawl.data / avatar).is_file()
    assert accounts["weibo:2803301701"]["avatar_hashes"]  # the detectors' perceptual hashes, computed once here
    assert accounts["weibo:7712300001"]["avatar_sha256"] == accounts["weibo:2803301701"]["avatar_sha256"]

    out = crawl.run("refresh", run_id="run-r1")
    assert out["finish_reason"] == "finished" and not out["blocked"]
    accounts = crawl.accounts()
    now = datetime.now(UTC)
    registered = {f"{r['platform']}:{r['account_id']}" for r in rows if r["platform"] in ("weibo", "wechat", "bilibili")}
    for key in registered:
        assert accounts[key]["crawl_status"] in ("ok", "gone", "failed"), (key, accounts[key].get("crawl_status"))
        if accounts[key]["crawl_status"] == "failed":  # only the deleted Weibo account: empty answer, maybe gone
            assert key == "weibo:3301000005" and accounts[key]["gone_suspected_at"], key
        assert accounts[key]["run_id"] == "run-r1"
    healthy = accounts["weibo:2803301701"]
    assert healthy["crawl_status"] == "ok" and now - parse_time(healthy["last_post_at"]) < timedelta(hours=1)
    # zombie: a pinned post from yesterday is ignored, the last real post is 30 days old
    zombie = accounts["weibo:3301000001"]
    assert now - parse_time(zombie["last_post_at"]) > timedelta(days=28)
    # repost-only account: recent last_post_at, old last_original_at
    no_orig = accounts["weibo:3301000002"]
    assert now - parse_time(no_orig["last_post_at"]) < timedelta(days=1)
    assert now - parse_time(no_orig["last_original_at"]) > timedelta(days=30)
    # deleted on the platform: Bilibili says so (−404) → gone; Weibo answers only "这里还没有内容" → maybe gone,
    # confirmed by a later run (below); discover data of other accounts kept by the merge
    assert accounts["weibo:3301000005"]["crawl_status"] == "failed"
    assert accounts["bilibili:3546700003"]["crawl_status"] == "gone"
    assert accounts["weibo:7712300001"]["discovered_by"]
    assert accounts["bilibili:1855498245"]["followers"] == 210000
    # renamed account: the platform's current name is stored (registry has the old one)
    assert accounts["weibo:3301000003"]["name"] == "东营市政府发布"
    with crawl.store() as s:
        posts = list(s.scan("posts", {"platform": "weibo", "account_id": "3301000001"}))
        pinned = [p for p in posts if p["is_pinned"]]
        assert len(pinned) == 1 and now - parse_time(pinned[0]["created_at"]) < timedelta(days=2)
        reposts = list(s.scan("posts", {"platform": "weibo", "account_id": "3301000002", "is_original": False}))
        assert reposts and all(p["source"] == "新华社" for p in reposts)
        n_posts = s.count("posts")
    # incremental: a second refresh stops at stored posts (one page per account) and duplicates nothing
    out2 = crawl.run("refresh", run_id="run-r2")
    pages1 = out["stats"].get("govwatch/post_pages/weibo", 0)
    pages2 = out2["stats"].get("govwatch/post_pages/weibo", 0)
    assert pages2 < pages1
    with crawl.store() as s:
        assert s.count("posts") == n_posts
    assert crawl.accounts()["weibo:3301000005"]["crawl_status"] == "gone"  # empty again on a later run


def test_scrapy_crawl_command_from_repo_root(crawl):
    """``scrapy crawl discover`` works from the repository root with the same settings."""
    cmd = [str(Path(sys.executable).parent / "scrapy"), "crawl", "discover", "-a", "keywords=广东发布",
           "-a", "from_registry=0", "-s", "LOG_LEVEL=WARNING"]
    proc = subprocess.run(cmd, cwd=REPO, env=crawl.env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    accounts = crawl.accounts()
    assert "weibo:2612249974" in accounts and accounts["weibo:2612249974"]["discovered_by"] == ["广东发布"]


def test_registry_derived_keywords(crawl):
    crawl.seed_registry()
    out = crawl.run("discover", from_registry="1")
    assert out["stats"]["govwatch/keywords"] > 20
    accounts = crawl.accounts()
    # region short names (潍坊 is not in the registry but 济南/淄博 are) find accounts that names alone would not
    assert "weibo:1951382051" in accounts and "weibo:3301000001" in accounts


def test_configuration_is_read_when_a_crawler_starts_not_on_import(crawl):
    """A bad GOVWATCH_* value: importing the Scrapy settings module still works (nothing is read on import);
    ``scrapy crawl`` stops when the crawler starts, naming the key and where the value came from."""
    env = {**crawl.env(), "GOVWATCH_CRAWLER__DOWNLOAD_DELAY": "fast"}
    imported = subprocess.run([sys.executable, "-c", "import crawler.settings as s; print(s.BOT_NAME)"], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=60)
    assert imported.returncode == 0 and imported.stdout.strip() == "govwatch", imported.stderr[-2000:]
    cmd = [str(Path(sys.executable).parent / "scrapy"), "crawl", "discover", "-a", "keywords=广东发布"]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "crawler.download_delay" in proc.stderr and "GOVWATCH_CRAWLER__DOWNLOAD_DELAY" in proc.stderr
    assert "import crawler" not in proc.stderr and "crawler/settings.py" not in proc.stderr, proc.stderr[-3000:]
