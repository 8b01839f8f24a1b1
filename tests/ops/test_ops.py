"""Run lock, run records, crawl health checks and the scheduler."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from govwatch.ops import health
from govwatch.ops.lock import LockBusy, RunLock
from govwatch.ops.runs import RunRecord, previous_run
from govwatch.ops.scheduler import JOBS, JobRunner, ScheduleError, build_scheduler, trigger_for

TZ = ZoneInfo("Asia/Shanghai")


def test_lock_excludes_a_second_holder_even_in_another_process(tmp_path):
    with RunLock(tmp_path, "nightly"):
        with pytest.raises(LockBusy, match="另一个任务正在运行"):
            RunLock(tmp_path, "nightly").acquire()
        code = subprocess.run([sys.executable, "-c", (
            "import sys; from govwatch.ops.lock import RunLock, LockBusy\n"
            f"try:\n    RunLock({str(tmp_path)!r}, 'nightly').acquire()\nexcept LockBusy:\n    sys.exit(3)\n")],
            timeout=60).returncode
        assert code == 3
        RunLock(tmp_path, "sweep").acquire().release()  # other jobs are independent
    RunLock(tmp_path, "nightly").acquire().release()  # released on exit


def test_lock_is_released_when_the_holder_is_killed(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", (
        "import time; from govwatch.ops.lock import RunLock\n"
        f"l = RunLock({str(tmp_path)!r}, 'nightly').acquire(); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    with pytest.raises(LockBusy):
        RunLock(tmp_path, "nightly").acquire()
    proc.kill()
    proc.wait(timeout=30)
    RunLock(tmp_path, "nightly").acquire().release()


def test_run_record_stages_and_degradation(store):
    run = RunRecord(store, "nightly")
    with run.stage("discover") as info:
        info["accounts"] = 12
    with run.stage("detect"):
        raise RuntimeError("模拟故障")
    run.blocked("weibo", "HTTP 432")
    doc = run.finish()
    stored = store.get("runs", run.run_id)
    assert stored["status"] == doc["status"] == "degraded"
    assert stored["stages"]["discover"]["status"] == "ok" and stored["stages"]["discover"]["accounts"] == 12
    assert stored["stages"]["detect"]["status"] == "failed" and "模拟故障" in stored["stages"]["detect"]["error"]
    assert stored["blocked_platforms"] == ["weibo"]
    assert any("weibo" in r for r in stored["degraded_reasons"])
    with pytest.raises(RuntimeError):
        with RunRecord(store, "nightly").stage("refresh", critical=True):
            raise RuntimeError("boom")
    clean = RunRecord(store, "nightly")
    clean.finish()
    assert store.get("runs", clean.run_id)["status"] == "ok"
    assert previous_run(store, "nightly", clean.run_id)["run_id"] in (run.run_id,)


def test_health_flags_drops_and_error_spikes(cfg):
    now = datetime(2026, 11, 22, 3, 0, tzinfo=TZ)
    previous = {"weibo": {"accounts": 100, "posts": 1000, "errors": 2},
                "bilibili": {"accounts": 50, "posts": 400, "errors": 1},
                "wechat": {"accounts": 40, "posts": 0, "errors": 0}}
    current = {"weibo": {"accounts": 30, "posts": 990, "errors": 2},
               "bilibili": {"accounts": 49, "posts": 390, "errors": 30},
               "wechat": {"accounts": 38, "posts": 0, "errors": 0}}
    findings = {f["platform"]: f for f in health.check(current, previous, cfg, now)}
    assert set(findings) == {"weibo", "bilibili"}
    assert findings["weibo"]["kind"] == "crawl_health"
    assert any("下降 70%" in r for r in findings["weibo"]["reasons"])
    assert any("错误数 30" in r for r in findings["bilibili"]["reasons"])
    assert list(health.check(current, None, cfg, now)) == []


def test_cron_uses_standard_weekdays_and_timezone(cfg):
    after = datetime(2026, 11, 22, 12, 0, tzinfo=TZ)  # a Sunday
    sweep = cfg.with_overrides({"schedule.sweep": "0 3 * * 6"})
    assert trigger_for(sweep, "schedule.sweep").get_next_fire_time(None, after).strftime("%a %H:%M") == "Sat 03:00"
    sunday = cfg.with_overrides({"schedule.sweep": "30 1 * * 0"})
    assert trigger_for(sunday, "schedule.sweep").get_next_fire_time(None, after).strftime("%a %d") == "Sun 29"
    nightly = trigger_for(cfg, "schedule.nightly").get_next_fire_time(None, after)
    assert (nightly.hour, nightly.minute, nightly.utcoffset().total_seconds()) == (2, 0, 8 * 3600)
    for bad in ("0 2 * *", "61 * * * *", "0 2 * * funday"):
        with pytest.raises(ScheduleError, match="schedule.nightly"):
            trigger_for(cfg.with_overrides({"schedule.nightly": bad}), "schedule.nightly")


def test_scheduler_jobs_and_misfire_policy(cfg):
    scheduler = build_scheduler(cfg, JobRunner(cfg))
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == set(JOBS)
    for job in jobs.values():
        assert job.misfire_grace_time == cfg["schedule.misfire_grace_seconds"]
        assert job.coalesce is True and job.max_instances == 1


def test_job_runner_uses_argument_lists(cfg, tmp_path):
    runner = JobRunner(cfg, config_file=str(tmp_path / "g.toml"))
    cmd = runner.command("nightly")
    assert cmd[0] == sys.executable and cmd[-2:] == ["run", "nightly"] and "--config" in cmd


def test_schedule_command_stops_gracefully_on_sigterm(govwatch_bin):
    proc = subprocess.Popen([govwatch_bin, "schedule"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "调度器已启动" in line:
                break
        assert any("调度器已启动" in l for l in lines), lines
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_previous_quarter():
    from govwatch.ops.jobs import previous_quarter

    assert previous_quarter(datetime(2027, 1, 1, 6, tzinfo=TZ)) == "2026Q4"
    assert previous_quarter(datetime(2026, 11, 22, tzinfo=TZ)) == "2026Q3"


def test_report_job_writes_both_formats_and_a_run_record(cfg, store):
    from govwatch.ops.jobs import run_report_job

    store.upsert("registry", [{"unit": "济南市公安局", "platform": "weibo", "account_id": "1", "name": "济南公安",
                               "status": "active", "region": "山东省济南市"}])
    assert run_report_job(cfg, "2026Q3", now=datetime(2026, 10, 1, 6, tzinfo=TZ)) == 0
    files = sorted(p.name for p in (cfg.data_dir / "reports").iterdir())
    assert files == ["inspection-2026Q3.html", "inspection-2026Q3.xlsx"]
    (run,) = list(store.scan("runs", {"kind": "report"}))
    assert run["status"] == "ok" and run["period"] == "2026Q3" and run["stages"]["report"]["totals"]["accounts"] == 1


@pytest.mark.browser
def test_report_job_can_print_a_pdf(cfg, store, chromium_path):
    from govwatch.ops.jobs import run_report_job

    assert run_report_job(cfg, "2026Q3", now=datetime(2026, 10, 1, 6, tzinfo=TZ), pdf=True) == 0
    pdf = cfg.data_dir / "reports" / "inspection-2026Q3.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_health_counts_malformed_answers_and_discovery_drops(cfg):
    from govwatch.ops.pipeline import platform_counts, spooled

    discover = {"summary": {"platforms": {"weibo": {"accounts": 0, "failed": None}}},
                "stats": {"govwatch/malformed/weibo": 40, "govwatch/spooled": 3}}
    refresh = {"summary": {"platforms": {"weibo": {"ok": 90, "posts": 900, "failed": 1}}}, "stats": {}}
    current = platform_counts(discover, refresh)
    assert current["weibo"] == {"accounts": 90, "discovered": 0, "posts": 900, "errors": 41, "gone": 0, "blocked": 0}
    assert spooled(discover, refresh) == 3 and spooled(None, refresh) == 0
    previous = {"weibo": {"accounts": 92, "discovered": 60, "posts": 880, "errors": 2}}
    (finding,) = health.check(current, previous, cfg, datetime(2026, 11, 22, tzinfo=TZ))
    assert any("搜索发现的账号 0 个" in r for r in finding["reasons"]) and any("错误数 41" in r for r in finding["reasons"])


def test_nightly_skips_detection_while_crawl_data_waits_in_the_spool(cfg, store, monkeypatch):
    """Orchestration only (the crawls are replaced): data in the spool means the store is behind the crawl."""
    from govwatch.ops import pipeline

    store.close()
    calls = []

    class FakeChild:
        def __init__(self, cfg_, run_id, jobs, **kw):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def result(self, spider):
            calls.append(spider)
            return {"summary": {"platforms": {"weibo": {"accounts": 3, "ok": 3, "posts": 9}}},
                    "stats": {"govwatch/spooled": 5 if spider == "refresh" else 0}, "blocked": {}}

    monkeypatch.setattr(pipeline, "CrawlChild", FakeChild)
    doc = pipeline.run_nightly(cfg, notify=False)
    assert calls == ["discover", "refresh"]
    assert doc["status"] == "degraded" and doc["stages"]["detect"]["status"] == "skipped"
    assert any("补写队列" in r for r in doc["degraded_reasons"])
    assert doc["stages"]["alerts"]["status"] == "ok"


def test_a_new_run_marks_runs_whose_process_is_gone_as_interrupted(store):
    import socket

    from govwatch.ops.runs import mark_dead_runs

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = socket.gethostname()
    base = {"kind": "nightly", "status": "running", "started_at": "2026-11-22T02:00:00+08:00", "stages": {
        "refresh": {"status": "running"}}, "degraded_reasons": []}
    live = RunRecord(store, "report")  # this process: alive
    store.upsert("runs", [
        {**base, "run_id": "dead", "host": host, "pid": dead.pid, "pid_started": 1.0},
        {**base, "run_id": "reused-pid", "host": host, "pid": os.getpid(), "pid_started": 1.0},  # same pid, other start
        {**base, "run_id": "elsewhere", "host": "another-machine", "pid": dead.pid, "pid_started": 1.0},
        {**base, "run_id": "legacy-nightly"}, {**base, "run_id": "legacy-sweep", "kind": "sweep"},
    ])
    run = RunRecord(store, "nightly")
    assert sorted(run.noticed) == ["dead", "legacy-nightly", "reused-pid"]
    for run_id in run.noticed:
        doc = store.get("runs", run_id)
        assert doc["status"] == "interrupted" and doc["noticed_by"] == run.run_id
        assert doc["interrupted_noticed_at"] and "已不在运行" in doc["message"]
        assert doc["stages"]["refresh"]["status"] == "interrupted"
    for run_id in ("elsewhere", "legacy-sweep", live.run_id, run.run_id):
        assert store.get("runs", run_id)["status"] == "running", run_id
    assert mark_dead_runs(store, "nightly") == []  # nothing new to notice


def test_children_inherit_the_lock_and_hold_it_after_the_run_is_gone(tmp_path):
    from core import procs
    from govwatch.ops.lock import held_fds

    lock = RunLock(tmp_path, "nightly").acquire()
    assert held_fds() == (lock.fileno(),)
    child = procs.spawn([sys.executable, "-c", "import time; time.sleep(60)"], grace=1, pass_fds=held_fds())
    try:
        lock.release()  # the run lets go: its child still holds the lock
        assert held_fds() == ()
        with pytest.raises(LockBusy, match="另一个任务正在运行"):
            RunLock(tmp_path, "nightly").acquire()
    finally:
        procs.stop(child, grace=1)
    RunLock(tmp_path, "nightly").acquire().release()
