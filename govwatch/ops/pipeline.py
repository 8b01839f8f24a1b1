"""The nightly pipeline: discover → refresh → health check → detect → alerts → notify, in one command.

- A run lock (``govwatch.ops.lock``) keeps two nightly runs from overlapping.
- The crawls (discover, then refresh) run in one child process (``python -m crawler.run discover refresh``, see
  ``CrawlChild``): Scrapy's reactor cannot be restarted in one process, and a crashed crawl must not take the run
  down; one child for both pays the start-up once. Its log goes to ``<data_dir>/logs/``.
- The child never outlives the run (``core.procs``): on SIGTERM/SIGINT the run stops it gracefully (Scrapy keeps
  its JOBDIR state), kills it after ``ops.stop_grace_seconds``, marks itself ``interrupted`` and only then
  releases its lock; a run killed with SIGKILL leaves the lock to the child, which stops itself, and the next run
  marks the dead one ``interrupted``.
- Partial failure is handled: a blocked platform does not stop the others, a failed stage does not stop the
  later ones; the run is then ``degraded`` and says why. Only a failure to open the store fails the run.
- The run record (collection ``runs``) keeps start, end, per-stage and per-platform counts, blocked platforms and
  errors; the health check compares the per-platform counts with the previous run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from core import procs
from core.files import private_dir
from govwatch.ops import health
from govwatch.ops.lock import RunLock, held_fds
from govwatch.ops.runs import RunRecord, previous_run

Progress = Callable[[str], None]


class CrawlFailed(RuntimeError):
    pass


def run_spider(cfg, spider: str, run_id: str, args: dict[str, str] | None = None, *, timeout: float | None = None,
               log_dir: Path | None = None) -> dict:
    """Run a spider in a child process; return its result dict (summary, stats, blocked, finish_reason)."""
    with CrawlChild(cfg, run_id, [(spider, args or {})], timeout=timeout, log_dir=log_dir) as child:
        return child.result(spider)


class CrawlChild:
    """Crawls run one after the other in one child process (``python -m crawler.run discover refresh``): the
    interpreter's start-up, the imports and the reactor's set-up are paid once, not once per crawl.

    ``result(spider)`` waits for that spider's result line (the child prints one as each crawl ends), so the
    caller can time and record each crawl as a stage of its own. Each crawl has ``ops.job_timeout_minutes`` from
    the end of the one before. The child inherits the run locks this process holds and is stopped with
    everything it started when this process is interrupted or a crawl times out (``core.procs``). When the child
    ends without having started a crawl (an earlier one took the process down), that crawl gets a child of its
    own: a failed crawl does not stop the later ones."""

    module = "crawler.run"  # what the child runs (``python -m``)

    def __init__(self, cfg, run_id: str, jobs: list[tuple[str, dict]], *, timeout: float | None = None,
                 log_dir: Path | None = None):
        self.cfg, self.run_id, self.jobs = cfg, run_id, list(jobs)
        self.log_dir = private_dir(log_dir or cfg.data_dir / "logs")
        self.grace = cfg["ops.stop_grace_seconds"]
        self.timeout = timeout or cfg["ops.job_timeout_minutes"] * 60
        self.results: dict[str, dict] = {}
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> CrawlChild:
        self._spawn(self.jobs)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.proc is not None and self.proc.poll() is None:
            if exc_type is None:
                self._wait_for_exit()
            else:  # interrupted (SIGTERM/SIGINT) or failed: the crawl must not outlive the run
                procs.stop(self.proc, self.grace)

    def _spawn(self, jobs: list[tuple[str, dict]]) -> None:
        names = [name for name, _ in jobs]
        cmd = [sys.executable, "-m", self.module, *names, "-a", f"run_id={self.run_id}", "--json"]
        for name, args in jobs:
            for key, value in (args or {}).items():
                cmd += ["-a", f"{name}:{key}={value}" if len(jobs) > 1 else f"{key}={value}"]
        stem = f"{self.run_id}-{'-'.join(names)}"
        self.log_path = self.log_dir / f"{stem}.log"
        self.out_path = self.log_dir / f"{stem}.json"  # a file, not a pipe: a child being stopped never blocks on it
        env = dict(os.environ)
        if self.cfg.file is not None:
            env["GOVWATCH_CONFIG"] = str(self.cfg.file)
        self.names = names
        self.finish_reasons: dict[str, str | None] = {}  # spiders of this child whose result line has been read
        self.read_at = 0
        with open(self.log_path, "w", encoding="utf-8") as log, open(self.out_path, "w", encoding="utf-8") as out:
            self.proc = procs.spawn(cmd, grace=self.grace, pass_fds=held_fds(), stdout=out, stderr=log, env=env)

    def _wait_for_exit(self) -> None:
        try:
            self.proc.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            procs.stop(self.proc, self.grace)

    def _read_lines(self) -> None:
        """Results the child has printed so far (complete lines only)."""
        with open(self.out_path, "rb") as f:
            f.seek(self.read_at)
            data = f.read()
        end = data.rfind(b"\n") + 1
        self.read_at += end
        for raw in data[:end].split(b"\n"):  # not str.splitlines: crawled text in a result may hold U+2028, NEL…
            line = raw.decode("utf-8")
            if line.strip().startswith("{"):
                result = json.loads(line)
                name = result.get("spider") or self.names[0]
                self.results[name] = result
                self.finish_reasons[name] = result.get("finish_reason")

    def result(self, spider: str, *, poll: float = 0.2) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            self._read_lines()
            if spider in self.results:
                return self._checked(spider, self.results.pop(spider))
            code = self.proc.poll()
            if code is not None:
                self._read_lines()
                if spider in self.results:
                    return self._checked(spider, self.results.pop(spider))
                if spider in self.names[1:] and not self._started(spider):
                    self._spawn(self.jobs[[n for n, _ in self.jobs].index(spider):])
                    continue
                raise CrawlFailed(f"爬虫 {spider} 退出码 {code}，日志见 {self.log_path}")
            if time.monotonic() > deadline:
                procs.stop(self.proc, self.grace)
                raise CrawlFailed(f"爬虫 {spider} 超过 {self.timeout / 60:g} 分钟未结束，已终止；日志见 {self.log_path}")
            try:
                self.proc.wait(timeout=poll)
            except subprocess.TimeoutExpired:
                pass

    def _started(self, spider: str) -> bool:
        """Whether the child got as far as this spider: every crawl before it printed its result, and none of
        them was stopped by a signal (which ends the child's sequence)."""
        return all(name in self.finish_reasons and self.finish_reasons[name] != "shutdown"
                   for name in self.names[:self.names.index(spider)])

    def _checked(self, spider: str, result: dict) -> dict:
        if result.get("error"):
            raise CrawlFailed(f"爬虫 {spider} 出错：{result['error']}；日志见 {self.log_path}")
        if result.get("finish_reason") == "shutdown":  # stopped by a signal from outside: a partial crawl
            raise CrawlFailed(f"爬虫 {spider} 被信号中止，结果不完整；日志见 {self.log_path}")
        result["log"] = str(self.log_path)
        return result


ERROR_STATS = ("malformed", "request_failed", "bootstrap_failed")  # per-platform crawler stats counted as errors


def platform_counts(discover: dict | None, refresh: dict | None) -> dict[str, dict]:
    """Per-platform accounts / posts / errors of this run, for the run record and the health check.

    Errors are failed accounts plus malformed answers, failed requests and failed session set-ups of both
    crawls: a changed page layout shows up as malformed answers, not as failed accounts."""
    counts: dict[str, dict] = {}
    for result in (discover, refresh):
        for name in ((result or {}).get("summary", {}).get("platforms") or {}):
            c = counts.setdefault(name, {"accounts": 0, "discovered": 0, "posts": 0, "errors": 0})
            stats = (result or {}).get("stats") or {}
            c["errors"] += sum(int(stats.get(f"govwatch/{key}/{name}", 0) or 0) for key in ERROR_STATS)
    for name, info in ((discover or {}).get("summary", {}).get("platforms") or {}).items():
        counts[name]["discovered"] = info.get("accounts", 0)
        counts[name]["errors"] += 1 if info.get("failed") else 0
    for name, info in ((refresh or {}).get("summary", {}).get("platforms") or {}).items():
        c = counts[name]
        c["accounts"] = info.get("ok", 0)
        c["posts"] = info.get("posts", 0)
        c["gone"] = info.get("gone", 0)
        c["blocked"] = info.get("blocked", 0)
        c["errors"] += info.get("failed", 0)
    return counts


def spooled(*results: dict | None) -> int:
    """Records the crawls could not write to the store (kept in the spool, replayed by the next crawl)."""
    return sum(int(((r or {}).get("stats") or {}).get("govwatch/spooled", 0) or 0) for r in results)


def _blocked(result: dict | None) -> dict[str, str]:
    return {p: str(reason) for p, reason in ((result or {}).get("blocked") or {}).items() if reason}


def run_nightly(cfg, *, keywords: list[str] | None = None, notify: bool = True, as_of: datetime | None = None,
                run_id: str | None = None, progress: Progress = lambda message: None) -> dict:
    """Run the whole nightly job; return the finished run record.

    ``run_id`` names the crawl job: with ``crawler.redis_url`` set, every machine given the same id (for example
    ``nightly-2026-11-22``) shares one scrapy-redis job; without it each run gets a fresh id."""
    from search_index import open_store

    tz = ZoneInfo(cfg["general.timezone"])
    with RunLock(cfg.data_dir, "nightly"), open_store(cfg) as store:
        run = RunRecord(store, "nightly", run_id=run_id)
        for dead in run.noticed:
            progress(f"上次的运行 {dead} 已中断（进程不在了），已标记为 interrupted")
        progress(f"运行 {run.run_id} 开始")
        try:
            return _nightly_stages(cfg, store, run, keywords, notify, as_of, tz, progress)
        except (procs.Interrupted, KeyboardInterrupt) as exc:
            run.interrupt(str(exc) or "收到中断信号")
            progress(f"运行 {run.run_id} 已中断")
            raise


def _nightly_stages(cfg, store, run, keywords, notify, as_of, tz, progress) -> dict:
    from alerts.pipeline import process_run
    from alerts.removal import confirm_takedowns
    from detectors.run import run_detectors
    from govwatch.ops.detection import context_from_store, write_findings_to_store

    results: dict[str, dict | None] = {"discover": None, "refresh": None}
    jobs = [("discover", {"from_registry": "1", **({"keywords": ",".join(keywords)} if keywords else {})}),
            ("refresh", {})]
    with CrawlChild(cfg, run.run_id, jobs) as child:
        for spider, _args in jobs:
            progress(f"{'发现账号' if spider == 'discover' else '刷新账号与发文'}…")
            with run.stage(spider) as info:
                result = child.result(spider)
                results[spider] = result
                info["platforms"] = result.get("summary", {}).get("platforms", {})
                info["finish_reason"] = result.get("finish_reason")
                info["log"] = result.get("log")
                for platform, reason in _blocked(result).items():
                    run.blocked(platform, reason)
    store.refresh()

    progress("健康检查…")
    health_findings: list[dict] = []
    with run.stage("health") as info:
        current = platform_counts(results["discover"], results["refresh"])
        run.doc["platforms"] = current
        before = previous_run(store, "nightly", run.run_id)
        health_findings = list(health.check(current, (before or {}).get("platforms"), cfg, datetime.now(tz)))
        for f in health_findings:
            f["run_id"] = run.run_id
            run.degrade("；".join(f["reasons"]))
        if health_findings:
            store.upsert("findings", health_findings)
        info["findings"] = len(health_findings)

    pending = spooled(results["discover"], results["refresh"])
    if pending:
        # The store failed during the crawl: part of tonight's data is only in the spool. Detecting on the
        # store now would judge accounts on yesterday's data (a refreshed account could look like a zombie).
        run.degrade(f"存储在爬取期间不可用，{pending} 条记录暂存在补写队列（下次爬取时补写）；本次不运行检测器")
        progress("存储不可用，跳过检测（数据已暂存，下次补写）。")
    detect_result = None
    if pending:
        run.doc["stages"]["detect"] = {"status": "skipped", "reason": "存储在爬取期间不可用"}
    else:
        progress("运行检测器…")
        with run.stage("detect") as info:
            ctx = context_from_store(store, cfg, as_of or datetime.now(tz))
            detect_result = run_detectors(ctx, run_id=f"{run.run_id}-detect")
            write_findings_to_store(store, detect_result, mode="nightly")
            info["counts"] = detect_result.counts
            if detect_result.notes:
                info["notes"] = detect_result.notes
            for error in detect_result.errors:
                run.degrade(error)

    progress("生成告警与通知…")
    with run.stage("alerts") as info:
        info["takedowns"] = confirm_takedowns(store, run.run_id, cfg).summary()
        blocked_findings = list(store.scan("findings", {"kind": "platform_blocked", "run_id": run.run_id}))
        findings = (detect_result.findings if detect_result else []) + health_findings + blocked_findings
        kinds = ["platform_blocked", "crawl_health"]
        if detect_result:
            kinds += [k for k in detect_result.kinds if k not in detect_result.failed_kinds]
        ingest_result, delivery = process_run(store, findings, run.run_id, cfg, kinds=kinds, notify=notify)
        info["ingest"] = _summary(ingest_result)
        info["notifications"] = _summary(delivery) if delivery is not None else None
    doc = run.finish()
    progress(f"运行 {run.run_id} 结束：{doc['status']}")
    return doc


def _summary(obj) -> dict:
    """A JSON-friendly summary of an IngestResult / DeliveryReport (counts of its list fields)."""
    if hasattr(obj, "summary") and callable(obj.summary):
        return obj.summary()
    out = {}
    for name, value in vars(obj).items():
        out[name] = len(value) if isinstance(value, (list, set, tuple, dict)) else value
    return out
