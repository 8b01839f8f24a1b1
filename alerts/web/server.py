"""Serve the review UI with waitress (a production WSGI server), in the foreground or in a thread."""

from __future__ import annotations

import threading

from waitress import wasyncore
from waitress.server import create_server


class Server:
    def __init__(self, app, host: str, port: int, threads: int = 8):
        self._server = create_server(app, host=host, port=port, threads=threads, ident="govwatch",
                                     clear_untrusted_proxy_headers=True)
        self.host = host
        self.port = self._server.effective_port
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def run(self) -> None:
        """Serve in the foreground until interrupted (Ctrl+C)."""
        self._server.run()

    def _loop(self) -> None:
        srv = self._server
        while not self._stop.is_set():
            srv.asyncore.loop(timeout=0.2, map=srv._map, use_poll=srv.adj.asyncore_use_poll, count=1)

    def start(self) -> Server:
        """Serve in a background thread (tests, embedding); ``close()`` stops it."""
        self._thread = threading.Thread(target=self._loop, name="govwatch-web", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server.task_dispatcher.shutdown()
        wasyncore.close_all(self._server._map)


def make_server(app, host: str, port: int, threads: int = 8) -> Server:
    return Server(app, host, port, threads)
