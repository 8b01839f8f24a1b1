"""Run records (collection ``runs``): start, end, per-stage and per-platform counts, blocked platforms, errors.

A run is ``ok`` when every stage finished without problems, ``degraded`` when it finished but something was
incomplete (a platform blocked, a stage failed while the others went on) — with the reasons — and ``failed``
when it could not finish. ``interrupted`` means it did not finish: it was stopped by a signal (it says so itself)
or its process died (SIGKILL, a crash, a power cut) — then the next run that starts on the same machine notices
that the process named in the record is gone and marks it, with the time it noticed.
"""

from __future__ import annotations

import os
import socket
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psutil

from core.procs import Interrupted
from core.records import iso


def new_run_id(kind: str) -> str:
    return f"{kind}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-{uuid.uuid4().hex[:6]}"


def _process_identity(pid: int) -> float | None:
    """The start time of process ``pid`` (tells a live run from a reused pid), None when it does not exist."""
    try:
        return round(psutil.Process(pid).create_time(), 2)
    except psutil.Error:
        return None


def mark_dead_runs(store, kind: str, *, noticed_by: str | None = None) -> list[str]:
    """Mark ``running`` records whose process is gone as ``interrupted``; return their run ids.

    Judged only for records written on this machine: a record names its host, pid and the pid's start time (a
    reused pid is not the run). A record without them (written before they existed) is judged dead when it is of
    ``kind`` — the caller holds that kind's run lock, so no run of it is alive here."""
    host = socket.gethostname()
    now = iso(datetime.now(UTC))
    dead = []
    for doc in store.scan("runs", {"status": "running"}):
        pid = doc.get("pid")
        if isinstance(pid, int) and doc.get("host") == host:
            if _process_identity(pid) == doc.get("pid_started"):
                continue
        elif doc.get("host") or doc.get("kind") != kind:
            continue  # another machine's run, or not ours to judge
        doc = {**doc, "status": "interrupted", "interrupted_noticed_at": now, "noticed_by": noticed_by,
               "message": f"运行中断：进程 {pid or '（未记录）'} 已不在运行（被强行终止或崩溃），{now} 发现"}
        doc["degraded_reasons"] = [*(doc.get("degraded_reasons") or []), doc["message"]]
        for info in (doc.get("stages") or {}).values():
            if isinstance(info, dict) and info.get("status") == "running":
                info["status"] = "interrupted"
        store.upsert("runs", [doc])
        dead.append(doc["run_id"])
    return dead


class RunRecord:
    def __init__(self, store, kind: str, run_id: str | None = None, **fields: Any):
        self.store = store
        run_id = run_id or new_run_id(kind)
        self.noticed = mark_dead_runs(store, kind, noticed_by=run_id)
        pid = os.getpid()
        self.doc: dict[str, Any] = {
            "run_id": run_id, "kind": kind, "status": "running",
            "started_at": iso(datetime.now(UTC)), "finished_at": None, "stages": {}, "platforms": {},
            "blocked_platforms": [], "errors": [], "degraded_reasons": [],
            "host": socket.gethostname(), "pid": pid, "pid_started": _process_identity(pid), **fields,
        }
        self.save()

    @property
    def run_id(self) -> str:
        return self.doc["run_id"]

    def save(self) -> None:
        self.store.upsert("runs", [self.doc])

    @contextmanager
    def stage(self, name: str, *, critical: bool = False) -> Iterator[dict]:
        """Time a stage; its counts go in the yielded dict. A failing non-critical stage degrades the run."""
        info: dict[str, Any] = {"status": "running", "started_at": iso(datetime.now(UTC))}
        self.doc["stages"][name] = info
        self.save()
        t0 = time.monotonic()
        try:
            yield info
        except (Interrupted, KeyboardInterrupt):
            info["status"] = "interrupted"
            raise
        except Exception as exc:  # recorded, then re-raised only for critical stages
            info["status"] = "failed"
            info["error"] = f"{type(exc).__name__}: {exc}"
            self.doc["errors"].append({"stage": name, "error": info["error"],
                                       "trace": traceback.format_exc(limit=5)})
            self.degrade(f"阶段“{name}”失败：{exc}")
            if critical:
                raise
        else:
            info["status"] = info.get("status") if info.get("status") not in (None, "running") else "ok"
        finally:
            info["seconds"] = round(time.monotonic() - t0, 2)
            self.save()

    def degrade(self, reason: str) -> None:
        if reason not in self.doc["degraded_reasons"]:
            self.doc["degraded_reasons"].append(reason)

    def blocked(self, platform: str, reason: str) -> None:
        if platform not in self.doc["blocked_platforms"]:
            self.doc["blocked_platforms"].append(platform)
        self.degrade(f"平台 {platform} 被拦截：{reason}")

    def interrupt(self, reason: str) -> dict:
        """The run was stopped before its end (a signal): say so and when."""
        now = iso(datetime.now(UTC))
        self.doc.update(status="interrupted", finished_at=now, interrupted_at=now, message=f"运行中断：{reason}")
        self.degrade(self.doc["message"])
        self.save()
        return self.doc

    def finish(self, failed: bool = False) -> dict:
        self.doc["finished_at"] = iso(datetime.now(UTC))
        self.doc["status"] = "failed" if failed else ("degraded" if self.doc["degraded_reasons"] else "ok")
        self.save()
        return self.doc


def previous_run(store, kind: str, before_run_id: str) -> dict | None:
    for doc in store.scan("runs", {"kind": kind, "status": ["ok", "degraded"]}, sort=[("started_at", "desc")]):
        if doc["run_id"] != before_run_id:
            return doc
    return None
