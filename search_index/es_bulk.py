"""Buffered bulk writes for the Elasticsearch store: flush by size, by age, and when left idle."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from search_index.base import BulkWriter, Doc

log = logging.getLogger(__name__)

EMPTY_EXIT_SECONDS = 30.0  # the idle flusher stops after this long with nothing buffered; ``add`` restarts it


@dataclass
class ElasticsearchBulkWriter(BulkWriter):
    """``BulkWriter`` (flush by size, and by age on ``add``) that also flushes a buffer left idle: once the
    oldest buffered document is ``max_seconds`` + max(1 s, ``max_seconds``) old, a background thread writes it,
    so the last documents of a slow trickle do not wait for ``close``. A background failure is kept (the batch
    stays buffered) and raised by the next ``add``/``flush``/``close``."""

    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _error: BaseException | None = None

    def start(self) -> None:
        """Start the idle flusher (again, if it stopped after a long empty spell)."""
        with self._lock:
            if self._stop.is_set() or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._run, name=f"es-bulk-{self.collection}", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        # Writers that keep adding are flushed by ``add`` itself (base class); this thread only catches a
        # buffer left idle, after a grace period, so that callers' own add/flush timing stays as documented.
        # It ends after EMPTY_EXIT_SECONDS without anything buffered; the next ``add`` starts it again.
        idle = self.max_seconds + max(1.0, self.max_seconds)
        empty_since = time.monotonic()
        while not self._stop.wait(min(0.5, max(0.05, self.max_seconds / 2))):
            now = time.monotonic()
            with self._lock:
                if not self._buffer:
                    if now - empty_since >= EMPTY_EXIT_SECONDS:
                        self._thread = None
                        return
                    continue
                empty_since = now
                due = self._oldest is not None and now - self._oldest >= idle and self._error is None
            if due:
                try:
                    BulkWriter.flush(self)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller on its next call
                    self._error = exc
                    log.warning("后台批量写入集合 %s 失败：%s", self.collection, exc)

    def _raise_pending(self) -> None:
        if self._error is not None:
            exc, self._error = self._error, None
            raise exc

    def add(self, doc: Doc) -> None:
        self._raise_pending()
        super().add(doc)
        if self._thread is None:
            self.start()

    def flush(self) -> int:
        self._raise_pending()
        return super().flush()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self.flush()

    def __exit__(self, *exc: object) -> None:
        self.close()
