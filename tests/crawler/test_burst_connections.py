"""Bursts of requests: a download slot's concurrency holds without a download delay, and the local imitations
take a burst of new connections without dropping any (the wall-clock stalls of ``bench/crawl.py``)."""

from __future__ import annotations

import select
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from imitations.platforms import PlatformServer
from imitations.website import Website


def connected_within(address: tuple[str, int], n: int = 64, timeout: float = 0.5) -> int:
    """How many of ``n`` connection attempts made at once complete within ``timeout`` while nobody accepts."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setblocking(False)
            s.connect_ex(address)
            socks.append(s)
        pending = set(socks)
        deadline = time.monotonic() + timeout
        while pending and time.monotonic() < deadline:
            _, writable, _ = select.select([], list(pending), [], max(0.0, deadline - time.monotonic()))
            pending -= set(writable)
        return n - len(pending)
    finally:
        for s in socks:
            s.close()


def test_a_plain_threading_server_drops_a_burst_of_connections():
    """The control: ``ThreadingHTTPServer``'s listen queue of 5 takes a handful; the kernel drops the other
    attempts, which wait for TCP's retransmission (1 s and more) — what the imitations must not do."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    try:
        assert connected_within(httpd.server_address[:2]) < 16
    finally:
        httpd.server_close()


def test_the_imitations_take_a_burst_of_connections():
    """A crawl opens dozens of connections at once (16 per platform, as many for avatars): the platform and
    website imitations queue them all while their accept thread is busy (here: not running at all)."""
    srv = PlatformServer()  # not started: nothing accepts
    site = Website()
    try:
        assert connected_within(srv._httpd.server_address[:2]) == 64
        assert connected_within(site.httpd.server_address[:2]) == 64
    finally:
        srv._httpd.server_close()
        site.httpd.server_close()
        if site.int_httpd is not None:
            site.int_httpd.server_close()


@pytest.mark.slow
@pytest.mark.e2e
def test_a_platform_gets_no_more_parallel_requests_than_configured_without_a_delay(crawl):
    """``crawler.concurrency_per_platform`` holds with ``download_delay`` 0: Scrapy's downloader dispatched a
    slot's whole queue at once under the asyncio reactor (up to ``CONCURRENT_REQUESTS``)."""
    server = crawl.server
    lock = threading.Lock()
    state = {"now": 0, "max": 0, "n": 0}
    dispatch = server.dispatch

    def counting(method, path, headers, body):
        api = path.startswith("/weibo/api/")
        if api:
            with lock:
                state["now"] += 1
                state["n"] += 1
                state["max"] = max(state["max"], state["now"])
            time.sleep(0.05)  # long enough for the crawler to start everything it means to start
        try:
            return dispatch(method, path, headers, body)
        finally:
            if api:
                with lock:
                    state["now"] -= 1

    server.dispatch = counting
    crawl.platforms = ["weibo"]
    crawl.env_extra["GOVWATCH_CRAWLER__CONCURRENCY_PER_PLATFORM"] = "2"
    crawl.seed_registry()
    result = crawl.run("refresh")
    assert result["stats"].get("govwatch/accounts_ok/weibo", 0) >= 3
    assert state["n"] >= 10  # enough requests queued at once to show a burst
    assert state["max"] <= 2, f"{state['max']} parallel requests to one platform (configured: 2)"
