"""Run records (collection ``runs``): start, end, per-stage and per-platform counts, blocked platforms, errors.

A run is ``ok`` when every stage finished without problems, ``degraded`` when it finished but something was
incomplete (a platform blocked, a stage failed while the others went on) — with the reasons — and ``failed``
when it could not finish.
"""

from __future__ import annotations

import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from core.records import iso


def new_run_id(kind: str) -> str:
    return f"{kind}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-{uuid.uuid4().hex[:6]}"


class RunRecord:
    def __init__(self, store, kind: str, run_id: str | None = None, **fields: Any):
        self.store = store
        self.doc: dict[str, Any] = {
            "run_id": run_id or new_run_id(kind), "kind": kind, "status": "running",
            "started_at": iso(datetime.now(UTC)), "finished_at": None, "stages": {}, "platforms": {},
            "blocked_platforms": [], "errors": [], "degraded_reasons": [], **fields,
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
