"""A nightly run or the scheduler stopped by SIGTERM or killed by SIGKILL, with real processes (issue #13, item 7).

Every test starts ``govwatch run nightly`` (or ``govwatch schedule``) as a real child process against the local
platform imitations, answering slowly so the crawler child is busy, then signals the *parent* and checks, with
psutil, that no process it started survives, that the run lock is held until the last of them is gone, and that
the run record ends ``interrupted``. The processes under test run in a session of their own: the test runner's
process group is never signalled.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest

from govwatch.ops.lock import LockBusy, RunLock
from imitations.platforms import PlatformServer
from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

DEMO_REGISTRY = REPO / "imitations" / "data" / "demo_registry.csv"
GRACE = 20  # ops.stop_grace_seconds: long enough for the graceful stop we want to see
SLOW = 4  # seconds each imitation answer takes: the crawler is always busy when the signal comes


@pytest.fixture
def slow_platforms(tmp_path, monkeypatch):
    """Imitations answering slowly, the crawler pointed at them, the demo registry imported; yields the env."""
    from core.settings import load_config
    from registry.importer import import_registry
    from search_index import open_store

    server = PlatformServer(failures=dict.fromkeys(("weibo", "wechat", "bilibili"), f"slow:{SLOW}")).start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    env.update({
        "GOVWATCH_GENERAL__DATA_DIR": str(tmp_path / "data"),
        "GOVWATCH_STORE__SQLITE_PATH": str(tmp_path / "data" / "govwatch.db"),
        "GOVWATCH_STORE__BACKEND": "sqlite",
        "GOVWATCH_CRAWLER__BASE_URLS": json.dumps(server.urls),
        "GOVWATCH_CRAWLER__PLATFORMS": json.dumps(["weibo", "wechat", "bilibili"]),
        "GOVWATCH_CRAWLER__DOWNLOAD_DELAY": "0", "GOVWATCH_CRAWLER__AUTOTHROTTLE": "false",
        "GOVWATCH_CRAWLER__RETRY_TIMES": "0", "GOVWATCH_CRAWLER__DOWNLOAD_TIMEOUT": "30",
        "GOVWATCH_OPS__STOP_GRACE_SECONDS": str(GRACE),
        "PYTHONPATH": str(REPO),
    })
    for key, value in env.items():
        if key.startswith("GOVWATCH_"):
            monkeypatch.setenv(key, value)
    cfg = load_config(env=env)
    with open_store(cfg) as store:
        assert import_registry(store, DEMO_REGISTRY).file.ok
    yield server, env, cfg
    server.stop()


def _start(env, *args) -> subprocess.Popen:
    # a session of its own: signals meant for it never reach the test runner
    return subprocess.Popen([sys.executable, "-m", "govwatch.cli.main", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def _wait_for_crawler(top: subprocess.Popen, server: PlatformServer, seen: dict, timeout: float = 180) -> psutil.Process:
    """Wait until a ``crawler.run`` descendant of ``top`` is fetching from the imitations; every descendant seen
    meanwhile is recorded in ``seen`` (after the parent dies they can no longer be found through it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert top.poll() is None, f"exited early with {top.returncode}:\n{top.stdout.read()[-3000:]}"
        _record(top.pid, seen)
        crawlers = [p for p in seen.values() if _is_crawler(p)]
        if crawlers and sum(server.hits.values()) > 0:
            return crawlers[0]
        time.sleep(0.2)
    raise AssertionError("the crawler never started")


def _record(pid: int, seen: dict) -> None:
    try:
        for p in psutil.Process(pid).children(recursive=True):
            seen.setdefault(p.pid, p)
    except psutil.NoSuchProcess:
        pass


def _is_crawler(p: psutil.Process) -> bool:
    try:
        return "crawler.run" in p.cmdline()
    except psutil.Error:
        return False


def _alive(processes) -> list[psutil.Process]:
    out = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def _lock_held(cfg, name: str = "nightly") -> bool:
    try:
        RunLock(cfg.data_dir, name).acquire().release()
    except LockBusy:
        return True
    return False


def _lock_released(cfg, within: float = 15.0) -> bool:
    """The lock is free once the last process holding it has exited; on a loaded machine the kernel may close
    the exited process's files a moment after psutil stops listing it, so give it a few seconds."""
    deadline = time.monotonic() + within
    while _lock_held(cfg):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def _runs(cfg, kind: str = "nightly") -> list[dict]:
    from search_index import open_store

    with open_store(cfg) as store:
        return list(store.scan("runs", {"kind": kind}, sort=[("started_at", "asc")]))


def _cleanup(*procs: subprocess.Popen, seen: dict) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    for p in _alive(seen.values()):
        p.kill()


def test_sigterm_stops_the_crawler_gracefully_before_the_lock_is_released(slow_platforms):
    server, env, cfg = slow_platforms
    seen: dict[int, psutil.Process] = {}
    nightly = _start(env, "run", "nightly", "--no-notify")
    try:
        crawler = _wait_for_crawler(nightly, server, seen)
        os.kill(nightly.pid, signal.SIGTERM)
        held_while_crawler_lived = []
        while nightly.poll() is None:
            _record(nightly.pid, seen)
            if crawler.is_running() and crawler.status() != psutil.STATUS_ZOMBIE:
                held_while_crawler_lived.append(_lock_held(cfg))
            time.sleep(0.1)
        output = nightly.stdout.read()
        assert nightly.returncode == 128 + signal.SIGTERM, output[-3000:]
        assert held_while_crawler_lived and all(held_while_crawler_lived)
        assert _alive(seen.values()) == [], "a process the run started outlived it"
        assert not _lock_held(cfg)
        (run,) = _runs(cfg)
        assert run["status"] == "interrupted" and run["interrupted_at"] and "SIGTERM" in run["message"]
        assert run["stages"]["discover"]["status"] == "interrupted"
        # the crawler was stopped the graceful way (Scrapy's shutdown, which keeps JOBDIR state) and finished
        # on its own (it printed its result), it was not killed
        logs = cfg.data_dir / "logs"
        assert oct(logs.stat().st_mode & 0o777) == oct(0o700)  # crawl logs are not for other users
        assert "Received SIGTERM, shutting down gracefully" in (logs / f"{run['run_id']}-discover-refresh.log").read_text()
        result = (logs / f"{run['run_id']}-discover-refresh.json").read_text(encoding="utf-8")
        assert json.loads(result.splitlines()[-1])["run_id"] == run["run_id"]
        assert "已中断" in output
    finally:
        _cleanup(nightly, seen=seen)


def test_sigkill_leaves_no_orphan_and_the_next_run_marks_the_dead_one(slow_platforms):
    server, env, cfg = slow_platforms
    seen: dict[int, psutil.Process] = {}
    nightly = _start(env, "run", "nightly", "--no-notify")
    second = None
    try:
        crawler = _wait_for_crawler(nightly, server, seen)
        _record(nightly.pid, seen)
        os.kill(nightly.pid, signal.SIGKILL)
        crawler.suspend()  # hold the orphan still (SIGSTOP) while a second run tries to start beside it
        nightly.wait()
        assert _alive([crawler]), "the crawler should stop gracefully, not die with its parent"
        assert _lock_held(cfg), "the orphaned crawler must keep the run lock"
        second = _start(env, "run", "nightly", "--no-notify")
        assert second.wait(timeout=120) == 75, second.stdout.read()[-3000:]
        output = second.stdout.read()
        assert "另一个任务正在运行" in output and "启动的子进程仍在运行" in output
        crawler.resume()
        deadline = time.monotonic() + GRACE + 30
        while _alive(seen.values()) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _alive(seen.values()) == [], "the orphaned crawler never stopped"
        assert _lock_released(cfg), "the lock outlived every process of the run"
        (dead,) = _runs(cfg)
        assert dead["status"] == "running"  # nobody could say otherwise yet

        for name in ("weibo", "wechat", "bilibili"):
            server.set_failure(name, None)
        env = {**env, "GOVWATCH_CRAWLER__PLATFORMS": json.dumps(["weibo"])}
        third = subprocess.run([sys.executable, "-m", "govwatch.cli.main", "run", "nightly", "--no-notify",
                                "--json"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        assert third.returncode in (0, 1), third.stdout[-2000:] + third.stderr[-3000:]
        runs = {r["run_id"]: r for r in _runs(cfg)}
        marked = runs[dead["run_id"]]
        new_id = json.loads(third.stdout)["run_id"]
        assert marked["status"] == "interrupted" and marked["noticed_by"] == new_id
        assert marked["interrupted_noticed_at"] >= dead["started_at"]
        assert runs[new_id]["status"] in ("ok", "degraded")
    finally:
        _cleanup(nightly, *(p for p in (second,) if p is not None), seen=seen)


SCHEDULER = textwrap.dedent("""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from core.settings import load_config
    from govwatch.ops import scheduler

    cfg = load_config()
    build = scheduler.build_scheduler

    def build_with_nightly_now(cfg, runner):
        sched = build(cfg, runner)
        sched.modify_job("nightly", next_run_time=datetime.now(ZoneInfo(cfg["general.timezone"])))  # at once
        return sched

    scheduler.build_scheduler = build_with_nightly_now
    print("scheduler started", flush=True)
    scheduler.run_forever(cfg)  # what ``govwatch schedule`` runs
    print("scheduler stopped", flush=True)
""")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_scheduler_stopped_or_killed_leaves_no_job_behind(slow_platforms, sig):
    server, env, cfg = slow_platforms
    seen: dict[int, psutil.Process] = {}
    sched = subprocess.Popen([sys.executable, "-c", SCHEDULER], cwd=REPO, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        _wait_for_crawler(sched, server, seen)
        os.kill(sched.pid, sig)
        code = sched.wait(timeout=3 * GRACE + 60)
        if sig == signal.SIGTERM:
            assert code == 0 and "scheduler stopped" in sched.stdout.read()
        deadline = time.monotonic() + 2 * GRACE + 30
        while _alive(seen.values()) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _alive(seen.values()) == [], "a job or its crawler outlived the scheduler"
        assert not _lock_held(cfg)
        (run,) = _runs(cfg)
        # the job stopped itself in order (told by the scheduler, or on noticing the scheduler was gone)
        assert run["status"] == "interrupted" and "SIGTERM" in run["message"]
    finally:
        _cleanup(sched, seen=seen)


def test_sigterm_during_a_sweep_job_saves_no_partial_sweep(tmp_path):
    """Scrapy's own SIGTERM handler used to stop the link sweep "gracefully" and the job then saved the partial
    results as a complete sweep (whose silence resolves alerts): now the job is interrupted and saves nothing."""
    from urllib.parse import urlsplit

    from core.settings import load_config
    from imitations.website import serve_website

    with serve_website() as base:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
        env.update({
            "GOVWATCH_GENERAL__DATA_DIR": str(tmp_path / "data"),
            "GOVWATCH_STORE__SQLITE_PATH": str(tmp_path / "data" / "govwatch.db"),
            "GOVWATCH_STORE__BACKEND": "sqlite", "GOVWATCH_SWEEP__START_URLS": json.dumps([base + "/"]),
            "GOVWATCH_SWEEP__RENDER_JS": "never", "GOVWATCH_SWEEP__DELAY": "0", "GOVWATCH_SWEEP__TIMEOUT": "15",
            "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": json.dumps(["127.0.0.1", "localhost"]),
            "PYTHONPATH": str(REPO),
        })
        cfg = load_config(env=env)
        port = urlsplit(base).port
        sweep = _start(env, "run", "sweep", "--no-menus", "--json")
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:  # until it is fetching from the site (the /slow page takes 8 s)
                assert sweep.poll() is None, sweep.stdout.read()[-3000:]
                try:
                    conns = psutil.Process(sweep.pid).net_connections(kind="tcp")
                except psutil.Error:
                    conns = []
                if any(c.raddr and c.raddr.port == port for c in conns):
                    break
                time.sleep(0.1)
            time.sleep(1)
            os.kill(sweep.pid, signal.SIGTERM)
            code = sweep.wait(timeout=120)
            output = sweep.stdout.read()
        finally:
            _cleanup(sweep, seen={})
    assert code == 128 + signal.SIGTERM, output[-3000:]
    assert not list((cfg.data_dir / "sweeps").glob("*.jsonl"))
    from search_index import open_store

    with open_store(cfg) as store:
        assert store.count("sweeps") == 0 and store.count("runs", {"kind": "sweep"}) == 0
    assert not _lock_held(cfg, "sweep")
