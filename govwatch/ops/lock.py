"""A run lock so two jobs of the same kind never overlap (fcntl advisory lock on a file in the data dir).

The lock is held by the open file descriptor: it disappears when the process exits, even when it is killed,
so a crashed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import json
import os
from datetime import UTC, datetime
from pathlib import Path


class LockBusy(RuntimeError):
    """Another process holds the lock; the message says which."""


class RunLock:
    def __init__(self, data_dir: str | os.PathLike, name: str):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"invalid lock name {name!r}")
        self.path = Path(data_dir) / "locks" / f"{name}.lock"
        self._fh = None

    def acquire(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "未知进程"
            fh.close()
            raise LockBusy(f"另一个任务正在运行（{holder}），本次不启动。锁文件：{self.path}") from None
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "since": datetime.now(UTC).isoformat(timespec="seconds")}))
        fh.flush()
        self._fh = fh
        return self

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
