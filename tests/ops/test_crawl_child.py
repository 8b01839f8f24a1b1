"""``CrawlChild``: the nightly's crawls in one child process, one result (and one stage) per crawl."""

from __future__ import annotations

import pytest


@pytest.fixture
def child(cfg, tmp_path, monkeypatch):
    from govwatch.ops import pipeline

    starts = tmp_path / "starts.txt"
    monkeypatch.setattr(pipeline.CrawlChild, "module", "tests.ops.fake_crawl_run")
    monkeypatch.setenv("GW_FAKE_CRAWL_STARTS", str(starts))

    def make(mode: str = ""):
        monkeypatch.setenv("GW_FAKE_CRAWL", mode)
        jobs = [("discover", {"from_registry": "1"}), ("refresh", {})]
        return pipeline.CrawlChild(cfg, "run-1", jobs, log_dir=tmp_path / "logs")

    make.starts = lambda: starts.read_text(encoding="utf-8").splitlines()
    return make


def test_both_crawls_run_in_one_child_each_with_its_own_arguments(child):
    with child() as c:
        discover, refresh = c.result("discover"), c.result("refresh")
    assert child.starts() == ["discover refresh"]
    assert discover["args"] == ["run_id=run-1", "discover:from_registry=1"]
    assert refresh["args"] == ["run_id=run-1"]
    assert discover["summary"] == refresh["summary"] == {"platforms": {"weibo": {"zh": "新浪微博"}}}
    assert discover["log"] == refresh["log"] and discover["log"].endswith("run-1-discover-refresh.log")


def test_a_crawl_that_raised_fails_its_stage_and_the_next_one_runs_in_the_same_child(child):
    from govwatch.ops.pipeline import CrawlFailed

    with child("error:discover") as c:
        with pytest.raises(CrawlFailed, match="boom"):
            c.result("discover")
        assert c.result("refresh")["finish_reason"] == "finished"
    assert child.starts() == ["discover refresh"]


@pytest.mark.parametrize("mode", ["crash:discover", "shutdown:discover"])
def test_a_crawl_the_child_never_started_gets_a_child_of_its_own(child, mode):
    """The child died in discover (or a signal ended its sequence there): refresh still runs, as it did when
    every crawl had a process of its own."""
    from govwatch.ops.pipeline import CrawlFailed

    with child(mode) as c:
        with pytest.raises(CrawlFailed):
            c.result("discover")
        refresh = c.result("refresh")
    assert refresh["finish_reason"] == "finished" and refresh["args"] == ["run_id=run-1"]
    assert child.starts() == ["discover refresh", "refresh"]
    assert refresh["log"].endswith("run-1-refresh.log")


def test_a_crawl_that_took_the_child_down_is_a_failed_stage_not_a_restart(child):
    from govwatch.ops.pipeline import CrawlFailed

    with child("crash:refresh") as c:
        assert c.result("discover")["finish_reason"] == "finished"
        with pytest.raises(CrawlFailed, match="退出码 1"):
            c.result("refresh")
    assert child.starts() == ["discover refresh"]


def test_result_lines_holding_unicode_line_separators_are_read_whole(child):
    """The child prints results with ensure_ascii=False; a result line ends only at ``\\n``."""
    with child("separators") as c:
        discover, refresh = c.result("discover"), c.result("refresh")
    assert discover["summary"]["keyword"] == refresh["summary"]["keyword"] == "济南\u2028公安\u2029发布\x85交警\x1c税务"
    assert child.starts() == ["discover refresh"]
