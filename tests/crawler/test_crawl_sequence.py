"""``python -m crawler.run discover refresh``: several crawls one after the other in one process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.crawler.conftest import REPO, Crawl


def _ids(crawl: Crawl, collection: str) -> set[str]:
    with crawl.store() as s:
        return {d["_id"] for d in s.scan(collection)}


def _sequence(crawl: Crawl, *args: str, timeout: int = 180) -> tuple[subprocess.CompletedProcess, list[dict]]:
    cmd = [sys.executable, "-m", "crawler.run", "discover", "refresh", "--json", "-s", "LOG_LEVEL=WARNING", *args]
    proc = subprocess.run(cmd, cwd=REPO, env=crawl.env(), capture_output=True, text=True, timeout=timeout)
    return proc, [json.loads(ln) for ln in proc.stdout.splitlines() if ln.startswith("{")]


@pytest.mark.slow
def test_discover_then_refresh_in_one_process_store_what_two_processes_store(crawl, server, tmp_path):
    """Each crawl of the sequence has its own statistics and summary, and the store ends up as after the two
    crawls run as processes of their own; with a JOBDIR each crawl keeps its state in a directory of its own, gone
    once the crawl has finished."""
    clean = Crawl(server, tmp_path / "clean")
    clean.seed_registry()
    clean_discover = clean.run("discover", from_registry="1")
    clean_refresh = clean.run("refresh")
    crawl.seed_registry()
    jobdir = tmp_path / "job"
    crawl.env_extra["GOVWATCH_CRAWLER__JOBDIR"] = str(jobdir)
    proc, (discover, refresh) = _sequence(crawl, "-a", "discover:from_registry=1", "-a", "run_id=seq-1")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert [discover["spider"], refresh["spider"]] == ["discover", "refresh"]
    assert discover["run_id"] == refresh["run_id"] == "seq-1"
    assert discover["finish_reason"] == refresh["finish_reason"] == "finished"
    assert discover["summary"]["platforms"] == clean_discover["summary"]["platforms"]
    assert refresh["summary"]["platforms"] == clean_refresh["summary"]["platforms"]
    assert refresh["stats"]["downloader/request_count"] == clean_refresh["stats"]["downloader/request_count"]
    assert not refresh["stats"].get("dupefilter/filtered")
    assert jobdir.is_dir() and not (jobdir / "discover").exists() and not (jobdir / "refresh").exists()  # finished
    for collection in ("accounts", "posts"):
        assert _ids(crawl, collection) == _ids(clean, collection)
    got, want = crawl.accounts(), clean.accounts()
    assert {k: a.get("crawl_status") for k, a in got.items()} == {k: a.get("crawl_status") for k, a in want.items()}


@pytest.mark.slow
def test_a_signal_during_the_first_crawl_ends_the_sequence(crawl, server):
    """SIGTERM stops discover gracefully (its result says ``shutdown``) and refresh is not started."""
    import signal
    import time

    crawl.seed_registry()
    for name in ("weibo", "wechat", "bilibili"):
        server.set_failure(name, "slow:0.05")
    cmd = [sys.executable, "-m", "crawler.run", "discover", "refresh", "--json", "-s", "LOG_LEVEL=WARNING",
           "-s", "CONCURRENT_REQUESTS=2", "-a", "discover:from_registry=1"]
    proc = subprocess.Popen(cmd, cwd=REPO, env=crawl.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if crawl.db.exists() and len(_ids(crawl, "accounts")) >= 3:
                break
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    lines = [json.loads(ln) for ln in out.splitlines() if ln.startswith("{")]
    assert [(r["spider"], r["finish_reason"]) for r in lines] == [("discover", "shutdown")], err[-3000:]
    assert proc.returncode == 0


def test_a_crawl_that_raised_is_reported_and_the_next_one_still_runs(crawl, server):
    """discover cannot even start (an unknown platform): its line carries the error, refresh runs, exit code 1."""
    crawl.seed_registry()
    crawl.platforms = ["weibo"]
    proc, lines = _sequence(crawl, "-a", "discover:platforms=nosuch", "-a", "discover:keywords=济南",
                            "-a", "refresh:accounts=weibo:2803301701")
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert [r["spider"] for r in lines] == ["discover", "refresh"]
    assert "nosuch" in lines[0]["error"]
    assert "error" not in lines[1], lines[1].get("error")
    assert lines[1]["finish_reason"] == "finished"
    assert crawl.accounts()["weibo:2803301701"]["crawl_status"] == "ok"


@pytest.mark.slow
def test_the_next_run_with_the_same_jobdir_crawls_again(crawl, tmp_path):
    """A finished crawl's JOBDIR state is removed: kept, its duplicate filter (``requests.seen``) made the next
    night's discover and refresh drop every request they had made before, an empty crawl that looked finished."""
    crawl.seed_registry()
    crawl.env_extra["GOVWATCH_CRAWLER__JOBDIR"] = str(tmp_path / "job")
    runs = [_sequence(crawl, "-a", "discover:from_registry=1") for _ in range(2)]
    for proc, _results in runs:
        assert proc.returncode == 0, proc.stderr[-3000:]
    (_, (discover1, refresh1)), (_, (discover2, refresh2)) = runs
    assert not discover2["stats"].get("dupefilter/filtered") and not refresh2["stats"].get("dupefilter/filtered")
    # the second refresh pages less (it stops at posts it already has) but reaches every account again
    assert discover2["summary"]["platforms"] == discover1["summary"]["platforms"]
    ok = [sum(p.get("ok", 0) for p in r["summary"]["platforms"].values()) for r in (refresh1, refresh2)]
    assert ok[0] > 0 and ok[1] == ok[0]
