"""A local JSON endpoint that records what Apprise posts to it (json://127.0.0.1:PORT/…)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        status = 500 if self.path.startswith("/fail") else 200
        self.server.received.append({"path": self.path, "json": json.loads(body or b"{}")})
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def hook():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Endpoint:
        port = server.server_address[1]
        received = server.received

        def url(self, path="hook", fmt=None):
            return f"json://127.0.0.1:{self.port}/{path}" + (f"?format={fmt}" if fmt else "")

        def at(self, path):
            return [r["json"] for r in server.received if r["path"].split("?")[0] == "/" + path]

    yield Endpoint()
    server.shutdown()
    server.server_close()
