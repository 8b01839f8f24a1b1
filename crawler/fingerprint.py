"""Request fingerprints that ignore volatile signature parameters (Bilibili's ``wts``/``w_rid``), so a resumed
crawl (JOBDIR) and the duplicate filter recognise a re-signed request as the same request."""

from __future__ import annotations

from scrapy.utils.request import fingerprint
from w3lib.url import url_query_cleaner

VOLATILE_PARAMS = ("wts", "w_rid")


class SignatureAgnosticFingerprinter:
    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def fingerprint(self, request) -> bytes:
        if "w_rid=" in request.url:
            request = request.replace(url=url_query_cleaner(request.url, VOLATILE_PARAMS, remove=True))
        return fingerprint(request)
