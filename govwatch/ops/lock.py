"""A run lock so two jobs of the same kind never overlap (fcntl advisory lock on a file in the data dir).

The lock is held by the open file description: it disappears when the last process holding it exits, even when
it is killed, so a crashed run never leaves a stale lock behind. Children a run starts (``core.procs.spawn`` with
``held_fds()``) hold it too: a run killed with SIGKILL keeps its lock until its crawlers are gone as well, so no
second run starts beside them.
"""

from __future__ import annotations

import fcntl
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import psutil

from core.files import private_dir, private_file

_HELD: dict[int, RunLock] = {}  # locks this process holds, by descriptor


def held_fds() -> tuple[int, ...]:
    """Descriptors of the run locks this process holds: children must inherit them (see the module docstring)."""
    return tuple(_HELD)


class LockBusy(RuntimeError):
    """Another process holds the lock; the message says which."""


class RunLock:
    def __init__(self, data_dir: str | os.PathLike, name: str):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"invalid lock name {name!r}")
        self.path = Path(data_dir) / "locks" / f"{name}.lock"
        self._fh = None

    def acquire(self) -> RunLock:
        private_dir(self.path.parent)
        fh = open(private_file(self.path), "a+", encoding="utf-8")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "未知进程"
            fh.close()
            raise LockBusy(f"另一个任务正在运行（{holder}{_orphan_note(holder)}），本次不启动。锁文件：{self.path}") from None
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "since": datetime.now(UTC).isoformat(timespec="seconds")}))
        fh.flush()
        self._fh = fh
        _HELD[fh.fileno()] = self
        return self

    def fileno(self) -> int | None:
        return self._fh.fileno() if self._fh is not None else None

    def release(self) -> None:
        """Close our descriptor. Children that inherited it keep the lock until they exit (no LOCK_UN, which
        would drop the lock for every holder at once)."""
        if self._fh is not None:
            _HELD.pop(self._fh.fileno(), None)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _orphan_note(holder: str) -> str:
    """When the process named in the lock file is gone, the lock is held by the children it left."""
    try:
        pid = int(json.loads(holder)["pid"])
    except (ValueError, KeyError, TypeError):
        return ""
    if psutil.pid_exists(pid):
        return ""
    return f"；进程 {pid} 已退出，它启动的子进程仍在运行并持有锁，结束后即可启动"
