"""Test-only Scrapy extension: appends one JSON line per request the downloader takes from the scheduler.

Enabled by the scale-out tests with ``-s EXTENSIONS={"tests.scaleout.fetchlog.FetchLog": 0}`` and
``-s GOVWATCH_FETCH_LOG=PATH``. Requests downloaded outside the scheduler (platform bootstrap, avatars; they
have no callback) are left out: each process legitimately makes those itself.
"""

from __future__ import annotations

import json
import os

from scrapy import signals
from scrapy.exceptions import NotConfigured


class FetchLog:
    def __init__(self, crawler, path: str):
        self.crawler = crawler
        self.file = open(path, "a", encoding="utf-8")  # closed at spider_closed

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("GOVWATCH_FETCH_LOG")
        if not path:
            raise NotConfigured("GOVWATCH_FETCH_LOG not set")
        ext = cls(crawler, path)
        crawler.signals.connect(ext.reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def reached(self, request, spider=None):
        if request.callback is None:
            return
        fp = self.crawler.request_fingerprinter.fingerprint(request).hex()
        self.file.write(json.dumps({"fp": fp, "url": request.url, "pid": os.getpid(),
                                    "kind": request.meta.get("gw_kind")}, ensure_ascii=False) + "\n")
        self.file.flush()

    def closed(self, spider=None, reason=None):
        self.file.close()
