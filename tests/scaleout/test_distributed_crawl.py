"""Distributed discovery for real: two ``python -m crawler.run discover`` processes share one job through a
local redis-server (scrapy-redis queue + dupefilter) and one SQLite store, against the platform imitations.

Witnesses: each process logs the requests its downloader took from the scheduler (``fetchlog.FetchLog``), and
the imitation server records every path it served. The reference is a single-process run of the same job
(plain Scrapy scheduler, no Redis) into a separate store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from crawler.distributed import KEY_TTL, job_keys
from imitations.platforms import PlatformServer, registry_rows

REPO = Path(__file__).resolve().parents[2]
PLATFORMS = ["weibo", "wechat", "bilibili"]
EXTENSIONS = json.dumps({"tests.scaleout.fetchlog.FetchLog": 0})
SIGNATURE_PARAMS = {"wts", "w_rid"}  # Bilibili signs each request: same request, new signature


STARTED: list[subprocess.Popen] = []  # every crawler process a test started; killed at the test's end
WORKER_STALE = 30  # seconds a silent "busy" peer is waited for (production: 600)


@pytest.fixture(autouse=True)
def reap_crawlers():
    """No crawler process outlives its test, whatever happened in it (assertion, timeout, interrupt)."""
    STARTED.clear()
    try:
        yield STARTED
    finally:
        for proc in STARTED:
            if proc.poll() is None:
                proc.kill()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        STARTED.clear()


@pytest.fixture
def platforms():
    # two results per search page → several pages per keyword; a small server-side latency stands in for the
    # network, so the job lasts long enough for both processes to take part (politeness stays off)
    srv = PlatformServer(page_size=2).start()
    for name in PLATFORMS:
        srv.set_failure(name, "slow:0.08")
    yield srv
    srv.stop()


class Job:
    """One data dir + SQLite store, the registry seeded, crawls as subprocesses."""

    def __init__(self, srv: PlatformServer, root: Path, redis_url: str = ""):
        self.srv, self.root, self.redis_url = srv, root, redis_url
        self.db = root / "govwatch.db"
        root.mkdir(parents=True)
        from search_index.sqlite_backend import SQLiteStore

        with SQLiteStore(self.db) as store:
            store.upsert("registry", registry_rows(srv.seed))

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
        env.update({
            "GOVWATCH_GENERAL__DATA_DIR": str(self.root), "GOVWATCH_STORE__SQLITE_PATH": str(self.db),
            "GOVWATCH_STORE__BACKEND": "sqlite", "GOVWATCH_CRAWLER__DOWNLOAD_DELAY": "0",
            "GOVWATCH_CRAWLER__RETRY_TIMES": "1", "GOVWATCH_CRAWLER__DOWNLOAD_TIMEOUT": "10",
            "GOVWATCH_CRAWLER__BASE_URLS": json.dumps(self.srv.urls),
            "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": json.dumps(["127.0.0.1"]),  # the imitations
            "GOVWATCH_CRAWLER__PLATFORMS": json.dumps(PLATFORMS),
            "GOVWATCH_CRAWLER__REDIS_URL": self.redis_url, "PYTHONPATH": str(REPO)})
        return env

    def start(self, tag: str, run_id: str) -> Crawl:
        """Start one crawler process; its output goes to files (a full pipe would stall it)."""
        fetch_log = self.root / f"fetch-{tag}.jsonl"
        cmd = [sys.executable, "-m", "crawler.run", "discover", "--json", "-s", "LOG_LEVEL=WARNING",
               "-s", f"EXTENSIONS={EXTENSIONS}", "-s", f"GOVWATCH_FETCH_LOG={fetch_log}",
               "-s", f"GOVWATCH_REDIS_WORKER_STALE={WORKER_STALE}",
               "-a", "from_registry=1", "-a", f"run_id={run_id}"]
        out, err = (self.root / f"{tag}.out").open("w+"), (self.root / f"{tag}.err").open("w+")
        proc = subprocess.Popen(cmd, cwd=REPO, env=self.env(), stdout=out, stderr=err, text=True)
        STARTED.append(proc)
        return Crawl(proc, fetch_log, out, err)

    def run(self, tag: str, run_id: str) -> dict:
        return self.start(tag, run_id).finish()

    def accounts(self) -> dict[str, tuple]:
        from search_index.sqlite_backend import SQLiteStore

        with SQLiteStore(self.db) as store:
            return {a["_id"]: (a["platform"], a["account_id"], a.get("name"), a.get("verified_type"),
                               a.get("avatar_sha256"))
                    for a in store.scan("accounts")}


class Crawl:
    def __init__(self, proc: subprocess.Popen, fetch_log: Path, out, err):
        self.proc, self.fetch_log, self.out, self.err = proc, fetch_log, out, err

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def result(self, timeout: int = 90) -> dict:
        """Wait for the process (killed after ``timeout``), then its JSON result."""
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
        finally:
            self.stop()
            self.out.seek(0)
            self.err.seek(0)
            out, err = self.out.read(), self.err.read()
            self.out.close()
            self.err.close()
        rc = self.proc.returncode
        assert rc == 0, f"crawl failed or hung (rc {rc}):\n{out[-2000:]}\n{err[-4000:]}"
        lines = [ln for ln in out.splitlines() if ln.startswith("{")]
        assert lines, f"no JSON result:\n{out[-2000:]}\n{err[-3000:]}"
        return json.loads(lines[-1])

    def finish(self, timeout: int = 90) -> dict:
        result = self.result(timeout)
        assert result["finish_reason"] == "finished" and not result["blocked"], result
        text = self.fetch_log.read_text(encoding="utf-8") if self.fetch_log.exists() else ""
        result["fetched"] = [json.loads(ln) for ln in text.splitlines()]
        return result


def unsigned(path_or_url: str) -> str:
    """Path + query without the volatile signature parameters (what identifies a request)."""
    parts = urlsplit(path_or_url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in SIGNATURE_PARAMS]
    return f"{parts.path}?{urlencode(sorted(query))}"


def test_two_processes_share_one_discovery_job(platforms, redis_db, tmp_path):
    # reference: one process, no Redis
    single_job = Job(platforms, tmp_path / "single")
    single = single_job.run("single", "single-job")
    single_fps = Counter(r["fp"] for r in single["fetched"])
    assert len(single_fps) > 100 and max(single_fps.values()) == 1

    # the same job by two processes sharing Redis and one store; the server records every path it serves
    shared = Job(platforms, tmp_path / "shared", redis_url=redis_db.url)
    platforms.request_log = []
    crawls = [shared.start("a", "job-1"), shared.start("b", "job-1")]
    try:
        a, b = [c.finish() for c in crawls]
    finally:
        for c in crawls:
            c.stop()
    served = list(platforms.request_log)
    platforms.request_log = None

    # (c) both processes fetched something, from the shared queue
    assert a["fetched"] and b["fetched"], (len(a["fetched"]), len(b["fetched"]))
    assert a["stats"].get("scheduler/dequeued/redis", 0) > 0 and b["stats"].get("scheduler/dequeued/redis", 0) > 0
    assert {r["pid"] for r in a["fetched"]}.isdisjoint({r["pid"] for r in b["fetched"]})

    # (a) no request fetched twice across the processes — by fingerprint, by URL, and by the server's log
    fetched = a["fetched"] + b["fetched"]
    dupes = [fp for fp, n in Counter(r["fp"] for r in fetched).items() if n > 1]
    assert not dupes, [r["url"] for r in fetched if r["fp"] in dupes][:10]
    fetched_paths = Counter(unsigned(r["url"]) for r in fetched)
    assert max(fetched_paths.values()) == 1
    served_paths = Counter(unsigned(p) for p in served)
    assert {p: served_paths[p] for p in fetched_paths if served_paths[p] != 1} == {}
    # … and together they did exactly the work of the single process (nothing skipped)
    assert set(fetched_paths) == {unsigned(r["url"]) for r in single["fetched"]}
    # each process seeded all start requests; the shared dupefilter dropped the other's copies
    assert a["stats"]["govwatch/keywords"] == b["stats"]["govwatch/keywords"] == single["stats"]["govwatch/keywords"]

    # (b) no lost items: the shared store holds exactly the accounts of the single-process store
    single_accounts = single_job.accounts()
    shared_accounts = shared.accounts()
    assert len(single_accounts) > 20
    assert shared_accounts == single_accounts
    found = sum(r["stats"].get(f"govwatch/accounts_found/{p}", 0) for r in (a, b) for p in PLATFORMS)
    assert found == sum(single["stats"].get(f"govwatch/accounts_found/{p}", 0) for p in PLATFORMS)

    # the job's keys persist for a resume, with an expiry; no worker left registered
    client = redis_db.client()
    keys = job_keys("discover", "job-1")
    queue_keys = list(client.scan_iter(keys["requests"] + ":slot:*"))
    assert sum(client.zcard(k) for k in queue_keys) == 0
    assert {k.decode() for k in client.smembers(keys["requests"] + ":slots")} == set(PLATFORMS)
    assert client.scard(keys["dupefilter"]) == len(fetched)
    assert 0 < client.ttl(keys["dupefilter"]) <= KEY_TTL
    assert client.hlen(keys["workers"]) == 0



def test_same_run_id_resumes_new_run_id_starts_fresh(platforms, redis_db, tmp_path):
    job = Job(platforms, tmp_path / "jobs", redis_url=redis_db.url)
    first = job.run("first", "night-1")
    urls = {unsigned(r["url"]) for r in first["fetched"]}
    assert len(urls) > 100
    # the same run id again: the job's dupefilter persisted, so a resumed (here: finished) job fetches nothing
    again = job.run("again", "night-1")
    assert again["fetched"] == [] and again["stats"].get("scheduler/dequeued/redis", 0) == 0
    # a new run id is a new job with its own empty keys: everything is fetched again
    fresh = job.run("fresh", "night-2")
    assert {unsigned(r["url"]) for r in fresh["fetched"]} == urls
    client = redis_db.client()
    assert client.scard(job_keys("discover", "night-1")["dupefilter"]) == \
        client.scard(job_keys("discover", "night-2")["dupefilter"]) == len(urls)


def test_redis_lost_midway_stops_the_process_instead_of_hanging(platforms, tmp_path):
    """Redis stopped under a running job (e.g. the test session ended): the process must end by itself."""
    from tests.scaleout.conftest import REDIS_SERVER, start_redis, stop_redis

    if not Path(REDIS_SERVER).exists():
        pytest.skip("redis-server 未安装：跳过")
    workdir = tmp_path / "redis"
    workdir.mkdir()
    server = start_redis(REDIS_SERVER, workdir)
    try:
        job = Job(platforms, tmp_path / "job", redis_url=server.url)
        crawl = job.start("lost", "lost-1")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and crawl.proc.poll() is None:  # well into the crawl loop
            if crawl.fetch_log.exists() and crawl.fetch_log.read_text(encoding="utf-8").count("\n") >= 20:
                break
            time.sleep(0.05)
        assert crawl.proc.poll() is None, "the crawl ended before Redis could be stopped"
    finally:
        stop_redis(server.process)
    result = crawl.result(timeout=60)  # before the fix: the engine's heartbeat died, the process idled forever
    assert result["finish_reason"] == "redis_unavailable", result["finish_reason"]
    assert result["stats"].get("govwatch/redis/error")


def test_job_keys_are_per_spider_and_run_and_safe():
    keys = job_keys("refresh", "crawl-20261122T020000")
    assert keys["requests"] == "govwatch:refresh:crawl-20261122T020000:requests"
    assert keys["dupefilter"] == "govwatch:refresh:crawl-20261122T020000:dupefilter"
    assert job_keys("discover", "crawl-20261122T020000")["requests"] != keys["requests"]
    # hostile run ids cannot reach other keys or glob patterns
    assert job_keys("discover", "x:*\n{y}")["requests"] == "govwatch:discover:x____y_:requests"
    assert job_keys("discover", None)["requests"] == "govwatch:discover:default:requests"


def test_redis_lost_while_start_still_yields_ends_as_redis_unavailable():
    """Redis gone while ``start()`` is still yielding requests: the error is raised inside ``enqueue_request``
    (the dupefilter), where Scrapy's engine would log it and stop as a plain "shutdown". It must count as the job's
    Redis being lost, the request not be recorded, and the next idle check close with ``redis_unavailable``."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from scrapy import Request
    from scrapy.exceptions import CloseSpider

    from crawler.distributed import JobScheduler

    class GoneDupefilter:
        def request_seen(self, request):
            raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    scheduler = JobScheduler.__new__(JobScheduler)  # only the state enqueue_request and the idle check read
    scheduler.redis_error, scheduler.stats, scheduler.df = None, None, GoneDupefilter()
    assert scheduler.enqueue_request(Request("http://127.0.0.1:1/account/1")) is False
    assert "Connection refused" in scheduler.redis_error
    assert scheduler.enqueue_request(Request("http://127.0.0.1:1/account/2")) is False  # no second attempt
    with pytest.raises(CloseSpider) as closed:
        scheduler._on_idle()
    assert closed.value.reason == "redis_unavailable"
