"""The sweep's browser passes every request through the address guard (SSRF): a hostile government page cannot make
Chromium fetch an internal address — not as an image, a script, a frame, nor as a menu item's navigation."""

from __future__ import annotations

import asyncio
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.settings import load_config
from crawler.checkers.runner import SweepRun, sweep_async


class _Site(BaseHTTPRequestHandler):
    """Served on 127.0.0.1 and reached as ``localhost``; the page points at ``127.0.0.1`` — the same server under
    an address the guard must refuse (only the host name ``localhost`` is allowed)."""

    seen: list[str] = []

    def do_GET(self):
        type(self).seen.append(self.path)
        port = self.server.server_address[1]
        inside = f"http://127.0.0.1:{port}"
        if self.path == "/":
            body = (f'<html><head><title>某市人民政府</title><script src="{inside}/probe.js"></script></head><body>'
                    f'<nav class="menu"><ul><li><a href="/ok">政务公开</a></li>'
                    f'<li><a href="{inside}/internal">内部系统</a></li></ul></nav>'
                    f'<img src="{inside}/secret.png" alt="x"><iframe src="{inside}/frame"></iframe>'
                    + "<p>本市政务服务事项办理指南与最新政策解读。</p>" * 20 + "</body></html>")
        else:
            body = "<html><head><title>政务公开</title></head><body>" + "<p>政府信息公开目录与年度报告。</p>" * 20 \
                   + "</body></html>"
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        return None


@pytest.fixture
def site():
    _Site.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def _sweep(tmp_path, start: str, allowed: str) -> SweepRun:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    env.update({"GOVWATCH_GENERAL__DATA_DIR": str(tmp_path), "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": allowed,
                "GOVWATCH_SWEEP__RENDER_JS": "always", "GOVWATCH_SWEEP__TIMEOUT": "5",
                "GOVWATCH_SWEEP__RECHECK_DELAY": "0", "GOVWATCH_SWEEP__DELAY": "0",
                "GOVWATCH_SWEEP__MENU_SETTLE_MS": "800"})
    run = SweepRun(run_id="guard-test")
    asyncio.run(sweep_async(load_config(env=env), run, [(start, "site")], links=True, menus=True))
    return run


def test_browser_never_fetches_internal_addresses_from_a_page(site, tmp_path, chromium_path):
    run = _sweep(tmp_path, site, '["localhost"]')
    internal = {p for p in _Site.seen if p in ("/probe.js", "/secret.png", "/frame", "/internal")}
    assert internal == set(), f"the browser fetched internal addresses: {internal}"
    assert "/" in _Site.seen and "/ok" in _Site.seen  # the allowed host was swept, links and menus alike
    menu = {r["menu_path"][-1]: r for r in run.results if r["via"] == "menu"}
    assert menu["内部系统"]["status"] == "blocked" and "内部地址" in menu["内部系统"]["error"]
    assert menu["政务公开"]["status"] == "ok"


def test_the_same_page_is_fetched_in_full_when_the_address_is_allowed(site, tmp_path, chromium_path):
    """The control: with 127.0.0.1 allowed, the browser does request what the page points at (so the test above
    measures the guard, not a page that never loads its resources)."""
    run = _sweep(tmp_path, site, '["localhost", "127.0.0.1"]')
    assert {"/probe.js", "/secret.png", "/frame", "/internal"} <= set(_Site.seen)
    menu = {r["menu_path"][-1]: r for r in run.results if r["via"] == "menu"}
    assert menu["内部系统"]["status"] == "ok"
