"""``govwatch schedule``: a long-running scheduler with cron expressions from the configuration.

Each job runs as its own ``govwatch run JOB`` child process (argument list, no shell): Scrapy's reactor cannot be
restarted inside one process, a crashed job cannot take the scheduler down, and the per-job run lock still
prevents overlaps when a cron/systemd timer runs the same command. Misfires within
``schedule.misfire_grace_seconds`` are run late (coalesced into one run); SIGTERM/SIGINT stop the scheduler
gracefully: no new job starts and a running job gets SIGTERM, on which it stops its crawler (Scrapy closes
cleanly and keeps its JOBDIR state so the next run resumes where it stopped) and marks its run ``interrupted``.
A job still alive after twice ``ops.stop_grace_seconds`` (its own grace for its children, plus as much for
itself) is killed with everything it started. Jobs are started with ``core.procs.spawn``: a scheduler killed
with SIGKILL leaves no job behind (each job stops itself when its parent is gone).
"""

from __future__ import annotations

import logging
import re
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from core import procs

log = logging.getLogger(__name__)

JOBS = {  # job name → (setting with its cron expression, Chinese description)
    "nightly": ("schedule.nightly", "夜间爬取、检测、告警与通知"),
    "sweep": ("schedule.sweep", "链接与菜单巡检"),
    "probe": ("schedule.probe", "首页可用性探测"),
    "report": ("schedule.report", "季度检查报告"),
}


class ScheduleError(ValueError):
    pass


_DOW = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _crontab_dow(field_: str) -> str:
    """Standard crontab weekdays (0 or 7 = Sunday) → APScheduler names (APScheduler 3 counts 0 as Monday)."""
    def convert(part: str) -> str:
        base, _, step = part.partition("/")
        base = re.sub(r"\d+", lambda m: _DOW[int(m.group())] if int(m.group()) <= 7 else m.group(), base)
        return base + (f"/{step}" if step else "")
    return ",".join(convert(p) for p in field_.split(","))


def trigger_for(cfg, setting: str) -> CronTrigger:
    """A trigger from a standard 5-field crontab expression in the configured timezone."""
    expr = cfg[setting]
    fields = expr.split()
    try:
        if len(fields) != 5:
            raise ValueError("应为 5 个字段：分 时 日 月 周")
        minute, hour, day, month, dow = fields
        return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=_crontab_dow(dow),
                           timezone=cfg["general.timezone"])
    except ValueError as exc:
        raise ScheduleError(f"配置项 {setting} 的 cron 表达式无效：{expr!r}（{exc}）") from None


@dataclass
class JobRunner:
    cfg: object
    config_file: str | None = None
    stopping: threading.Event = field(default_factory=threading.Event)
    current: subprocess.Popen | None = None

    def command(self, job: str) -> list[str]:
        cmd = [sys.executable, "-m", "govwatch.cli.main"]
        if self.config_file:
            cmd += ["--config", str(self.config_file)]
        return cmd + ["run", job]

    @property
    def grace(self) -> float:
        """How long a job may take to stop: its own grace for its children, plus as much for itself."""
        return 2 * self.cfg["ops.stop_grace_seconds"]

    def __call__(self, job: str) -> int | None:
        if self.stopping.is_set():
            return None
        log.info("开始任务 %s", job)
        proc = procs.spawn(self.command(job), grace=self.cfg["ops.stop_grace_seconds"])
        self.current = proc
        if self.stopping.is_set():  # a signal came while it was starting
            procs.stop(proc, self.grace)
        try:
            code = proc.wait(timeout=self.cfg["ops.job_timeout_minutes"] * 60)
        except subprocess.TimeoutExpired:
            log.error("任务 %s 超时，终止", job)
            code = procs.stop(proc, self.grace)
        finally:
            self.current = None
        if self.stopping.is_set():  # stop() may be ending it right now: wait until it has
            code = proc.wait()
        log.info("任务 %s 结束，退出码 %s", job, code)
        return code

    def stop(self) -> None:
        """No new job; the running one (if any) is stopped gracefully, then killed (see the module docstring)."""
        self.stopping.set()
        proc = self.current
        if proc is not None:
            procs.stop(proc, self.grace)


def build_scheduler(cfg, runner: JobRunner) -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone=cfg["general.timezone"])
    for job, (setting, description) in JOBS.items():
        scheduler.add_job(runner, trigger_for(cfg, setting), args=[job], id=job, name=description,
                          misfire_grace_time=cfg["schedule.misfire_grace_seconds"], coalesce=True, max_instances=1)
    return scheduler


def run_forever(cfg, config_file: str | None = None) -> None:
    runner = JobRunner(cfg, config_file)
    serve(cfg, runner, build_scheduler(cfg, runner))


def serve(cfg, runner: JobRunner, scheduler: BlockingScheduler) -> None:
    """Run ``scheduler`` until SIGTERM/SIGINT; then stop the running job (see the module docstring) and return."""
    def stop(signum, frame):
        if runner.stopping.is_set():
            procs.HURRY.set()  # a second signal: don't wait for the grace period
            return
        log.info("收到信号 %s，停止调度；正在运行的任务收到 SIGTERM 后保存进度退出", signum)
        runner.stopping.set()

        def shutdown() -> None:
            runner.stop()
            scheduler.shutdown(wait=True)

        threading.Thread(target=shutdown, name="scheduler-stop", daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for job in scheduler.get_jobs():
        log.info("已安排：%s（%s），下次运行 %s", job.id, job.name, job.trigger.get_next_fire_time(None, _now(cfg)))
    scheduler.start()


def _now(cfg):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(cfg["general.timezone"]))
