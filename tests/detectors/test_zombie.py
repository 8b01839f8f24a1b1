"""Zombie and no_original: pinned posts, reposts, the 14-day boundary, unknown accounts, never-posted accounts."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.records import iso
from detectors.context import DetectionContext
from detectors.zombie import detect

SH = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=SH)


def entry(account_id="u1", **kw):
    return {"unit": "济南市人民政府新闻办公室", "platform": "weibo", "account_id": account_id, "name": "济南发布",
            "status": "active", "filed_at": "2025-01-10", **kw}


def account(account_id="u1", **kw):
    return {"platform": "weibo", "account_id": account_id, "name": "济南发布", "crawl_status": "ok", **kw}


def post(post_id, when, account_id="u1", original=True, pinned=False):
    return {"platform": "weibo", "account_id": account_id, "post_id": post_id, "created_at": iso(when),
            "is_original": original, "is_pinned": pinned, "text": "…"}


def run(cfg, registry, accounts, posts=(), as_of=AS_OF, **overrides):
    if overrides:
        cfg = cfg.with_overrides(overrides)
    ctx = DetectionContext(registry=list(registry), accounts=list(accounts), posts=list(posts), as_of=as_of, cfg=cfg)
    return list(detect(ctx))


def kinds(findings):
    return sorted((f["kind"], f["account_id"]) for f in findings)


def test_pinned_post_does_not_keep_an_account_alive(cfg):
    posts = [post("old", datetime(2026, 10, 28, 9, 0, tzinfo=SH)),
             post("pin", datetime(2026, 11, 19, 9, 0, tzinfo=SH), pinned=True)]
    [finding] = run(cfg, [entry()], [account()], posts)
    assert finding["kind"] == "zombie"
    assert "已 23 天未更新（最后发文 2026-10-28）" in finding["reasons"]
    assert finding["evidence"]["days_since_last_post"] == 23
    assert finding["evidence"]["pinned_ignored"] == ["pin"]
    assert finding["evidence"]["last_post_source"] == "posts"
    assert 0.6 <= finding["score"] <= 1.0


def test_last_post_at_that_is_a_pinned_post_is_ignored(cfg):
    pinned_at = datetime(2026, 11, 19, 9, 0, tzinfo=SH)
    posts = [post("old", datetime(2026, 10, 1, 9, 0, tzinfo=SH)), post("pin", pinned_at, pinned=True)]
    [finding] = run(cfg, [entry()], [account(last_post_at=iso(pinned_at))], posts)
    assert finding["kind"] == "zombie" and finding["evidence"]["days_since_last_post"] == 50


def test_newer_last_post_at_from_the_crawler_counts(cfg):
    posts = [post("old", datetime(2026, 10, 1, 9, 0, tzinfo=SH))]
    recent = iso(datetime(2026, 11, 15, 9, 0, tzinfo=SH))
    assert run(cfg, [entry()], [account(last_post_at=recent, last_original_at=recent)], posts) == []


def test_account_record_alone_without_posts(cfg):
    [finding] = run(cfg, [entry()], [account(last_post_at="2026-10-29T12:00:00+08:00")])
    assert finding["kind"] == "zombie"
    assert "已 22 天未更新（最后发文 2026-10-29）" in finding["reasons"]
    assert finding["evidence"]["last_post_source"] == "account"


def test_exactly_fourteen_days_is_still_inside_the_window(cfg):
    at_boundary = [post("p", AS_OF - timedelta(days=14))]
    assert run(cfg, [entry()], [account()], at_boundary) == []
    just_outside = [post("p", AS_OF - timedelta(days=14, seconds=1))]
    [finding] = run(cfg, [entry()], [account()], just_outside)
    assert finding["kind"] == "zombie" and finding["evidence"]["days_since_last_post"] == 14


def test_posts_after_the_check_time_are_ignored(cfg):
    posts = [post("old", datetime(2026, 10, 1, tzinfo=SH)), post("later", AS_OF + timedelta(hours=1))]
    [finding] = run(cfg, [entry()], [account()], posts)
    assert finding["kind"] == "zombie" and finding["evidence"]["posts_after_as_of_ignored"] == 1
    # The same data checked a day later: the later post counts.
    assert run(cfg, [entry()], [account()], posts, as_of=AS_OF + timedelta(days=1)) == []


def test_zombie_days_is_a_setting(cfg):
    posts = [post("p", AS_OF - timedelta(days=20))]
    assert kinds(run(cfg, [entry()], [account()], posts)) == [("zombie", "u1")]
    assert run(cfg, [entry()], [account()], posts, **{"detect.zombie_days": 30, "detect.no_original_days": 30}) == []


@pytest.mark.parametrize("record", [
    account(crawl_status="blocked"),
    account(crawl_status="failed"),
    account(crawl_status="gone"),
    None,  # never crawled: no account record at all
])
def test_unknown_or_gone_accounts_are_never_zombies(cfg, record):
    registry = [entry(filed_at="2020-01-01")]
    assert run(cfg, registry, [record] if record else []) == []
    old = [post("p", datetime(2026, 1, 1, tzinfo=SH), original=False)]
    assert run(cfg, registry, [record] if record else [], old) == []


def test_never_posted_account_filed_long_ago_is_a_zombie(cfg):
    [finding] = run(cfg, [entry(filed_at="2026-10-01")], [account(posts_count=0)])
    assert finding["kind"] == "zombie" and finding["evidence"]["never_posted"] is True
    assert finding["evidence"]["days_since_filed"] == 50
    assert "从未发文" in finding["reasons_text"] and "2026-10-01" in finding["reasons_text"]


def test_never_posted_account_filed_recently_is_not_yet(cfg):
    assert run(cfg, [entry(filed_at="2026-11-10")], [account(posts_count=0)]) == []
    # Only a pinned post: still "never posted" for the rule.
    pinned = [post("pin", datetime(2026, 11, 12, tzinfo=SH), pinned=True)]
    assert run(cfg, [entry(filed_at="2026-11-10")], [account(posts_count=1)], pinned) == []
    [finding] = run(cfg, [entry(filed_at="2026-01-10")], [account(posts_count=1)], pinned)
    assert finding["kind"] == "zombie" and finding["evidence"]["pinned_ignored"] == ["pin"]


def test_never_posted_without_filing_date_says_so(cfg):
    [finding] = run(cfg, [entry(filed_at=None)], [account(posts_count=0)])
    assert "备案日期不详" in finding["reasons_text"] and finding["score"] < 0.8


def test_posts_we_cannot_date_are_unknown_not_never_posted(cfg):
    assert run(cfg, [entry(filed_at="2020-01-01")], [account(posts_count=57)]) == []


def test_a_record_that_says_nothing_about_posting_is_unknown(cfg):
    assert run(cfg, [entry(filed_at="2020-01-01")], [account()]) == []
    pinned = [post("pin", datetime(2026, 1, 1, tzinfo=SH), pinned=True)]
    assert run(cfg, [entry(filed_at="2020-01-01")], [account()], pinned) == []


def test_only_live_registry_entries_are_checked(cfg):
    old = [post("p", datetime(2026, 1, 1, tzinfo=SH), account_id="c1")]
    registry = [entry("c1", status="closed"), entry("x1", status="cancelled")]
    assert run(cfg, registry, [account("c1"), account("x1", posts_count=0)], old) == []
    assert kinds(run(cfg, [entry("c1", status="changed")], [account("c1")], old)) == [("zombie", "c1")]


def test_unregistered_accounts_are_not_checked(cfg):
    old = [post("p", datetime(2026, 1, 1, tzinfo=SH), account_id="stranger")]
    assert run(cfg, [entry()], [account(last_post_at=iso(AS_OF)), account("stranger")], old) == []


def test_reposts_keep_it_alive_but_report_no_original(cfg):
    posts = [post("r1", datetime(2026, 11, 18, tzinfo=SH), original=False),
             post("r2", datetime(2026, 11, 10, tzinfo=SH), original=False),
             post("o1", datetime(2026, 10, 31, 8, 0, tzinfo=SH), original=True)]
    [finding] = run(cfg, [entry()], [account()], posts)
    assert finding["kind"] == "no_original"
    assert "已 20 天无原创发文（最后原创 2026-10-31）" in finding["reasons"]
    assert finding["evidence"]["days_since_last_original"] == 20
    assert finding["evidence"]["last_post_at"].startswith("2026-11-18")


def test_only_reposts_ever(cfg):
    posts = [post("r1", datetime(2026, 11, 18, tzinfo=SH), original=False)]
    [finding] = run(cfg, [entry()], [account()], posts)
    assert finding["kind"] == "no_original" and finding["evidence"]["days_since_last_original"] is None
    assert "没有原创" in finding["reasons_text"]


def test_original_inside_the_window_is_fine(cfg):
    posts = [post("r1", datetime(2026, 11, 18, tzinfo=SH), original=False),
             post("o1", datetime(2026, 11, 7, tzinfo=SH), original=True)]
    assert run(cfg, [entry()], [account()], posts) == []


def test_pinned_original_does_not_count_as_original(cfg):
    posts = [post("r1", datetime(2026, 11, 18, tzinfo=SH), original=False),
             post("pin", datetime(2026, 11, 17, tzinfo=SH), original=True, pinned=True)]
    assert kinds(run(cfg, [entry()], [account()], posts)) == [("no_original", "u1")]


def test_unknown_originality_is_not_reported(cfg):
    posts = [post("a", datetime(2026, 11, 18, tzinfo=SH), original=None)]
    assert run(cfg, [entry()], [account()], posts) == []


def test_a_zombie_is_not_also_reported_as_no_original(cfg):
    posts = [post("r", datetime(2026, 9, 1, tzinfo=SH), original=False)]
    assert kinds(run(cfg, [entry()], [account()], posts)) == [("zombie", "u1")]


def test_score_grows_with_the_time_since_the_last_post(cfg):
    scores = []
    for days in (15, 21, 28, 60):
        [finding] = run(cfg, [entry()], [account()], [post("p", AS_OF - timedelta(days=days))])
        scores.append(finding["score"])
    assert scores == sorted(scores) and scores[0] == 0.6 and scores[-1] == 1.0


def test_several_accounts_in_one_run(cfg):
    registry = [entry("a"), entry("b"), entry("c"), entry("d", filed_at="2026-11-18")]
    accounts = [account("a"), account("b"), account("c", crawl_status="blocked"), account("d", posts_count=0)]
    posts = [post("1", datetime(2026, 11, 19, tzinfo=SH), account_id="a"),
             post("2", datetime(2026, 10, 19, tzinfo=SH), account_id="b")]
    assert kinds(run(cfg, registry, accounts, posts)) == [("zombie", "b")]


# ---- stale crawls: an old "ok" record says nothing about today ------------------------------------------------

OLD_POST = datetime(2026, 7, 1, 9, 0, tzinfo=SH)  # far beyond zombie_days and no_original_days


def test_stale_ok_record_is_unknown_not_a_zombie(cfg):
    # The audit's case: crawled 113 days before the check, status still "ok" from that run.
    stale = account(refreshed_at=iso(AS_OF - timedelta(days=113)), crawled_at=iso(AS_OF - timedelta(days=113)),
                    last_post_at=iso(OLD_POST))
    assert run(cfg, [entry()], [stale], [post("p", OLD_POST, original=False)]) == []
    never_posted = account(posts_count=0, crawled_at=iso(AS_OF - timedelta(days=3)))
    assert run(cfg, [entry(filed_at="2020-01-01")], [never_posted]) == []


def test_fresh_ok_record_is_a_zombie(cfg):
    fresh = account(refreshed_at=iso(AS_OF - timedelta(hours=5)), last_post_at=iso(OLD_POST))
    [finding] = run(cfg, [entry()], [fresh])
    assert finding["kind"] == "zombie"
    assert finding["evidence"]["crawl_time_field"] == "refreshed_at"
    assert finding["evidence"]["crawl_age_hours"] == 5.0 and finding["evidence"]["crawl_stale"] is False


def test_no_original_needs_a_fresh_crawl_too(cfg):
    reposts = [post("r", AS_OF - timedelta(days=1), original=False), post("o", OLD_POST)]
    fresh = account(refreshed_at=iso(AS_OF - timedelta(hours=1)))
    assert kinds(run(cfg, [entry()], [fresh], reposts)) == [("no_original", "u1")]
    stale = account(refreshed_at=iso(AS_OF - timedelta(days=4)))
    assert run(cfg, [entry()], [stale], reposts) == []


def test_crawl_age_boundary_is_inclusive(cfg):
    at_limit = account(refreshed_at=iso(AS_OF - timedelta(hours=48)), last_post_at=iso(OLD_POST))
    assert kinds(run(cfg, [entry()], [at_limit])) == [("zombie", "u1")]
    just_over = account(refreshed_at=iso(AS_OF - timedelta(hours=48, seconds=1)), last_post_at=iso(OLD_POST))
    assert run(cfg, [entry()], [just_over]) == []


def test_max_crawl_age_is_a_setting(cfg):
    record = account(crawled_at=iso(AS_OF - timedelta(hours=72)), last_post_at=iso(OLD_POST))
    assert run(cfg, [entry()], [record]) == []
    assert kinds(run(cfg, [entry()], [record], **{"detect.max_crawl_age_hours": 96})) == [("zombie", "u1")]


def test_refreshed_at_wins_over_a_newer_crawled_at(cfg):
    # Discovery re-stamps crawled_at without reading posts; only the refresh spider's time counts then.
    record = account(refreshed_at=iso(AS_OF - timedelta(days=10)), crawled_at=iso(AS_OF - timedelta(hours=1)),
                     last_post_at=iso(OLD_POST))
    assert run(cfg, [entry()], [record]) == []


def test_unreadable_crawl_time_is_stale(cfg):
    assert run(cfg, [entry()], [account(refreshed_at="昨天", last_post_at=iso(OLD_POST))]) == []


def test_record_without_crawl_time_is_taken_as_current(cfg):
    # A user's own file (govwatch detect --accounts) often has no crawl time: it is their truth at the check time.
    [finding] = run(cfg, [entry()], [account(last_post_at=iso(OLD_POST))])
    assert finding["kind"] == "zombie" and finding["evidence"]["crawl_time_field"] is None


def test_crawl_after_the_check_time_is_fresh(cfg):
    # Re-running a past inspection on data crawled later.
    record = account(refreshed_at=iso(AS_OF + timedelta(days=30)), last_post_at=iso(OLD_POST))
    assert kinds(run(cfg, [entry()], [record])) == [("zombie", "u1")]
