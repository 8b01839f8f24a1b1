"""Fetch a Scrapy request with urllib (no reactor) and build the Scrapy response, with a tiny cookie jar —
enough to drive the HTTP adapters against the imitations in plain unit tests."""

from __future__ import annotations

import urllib.error
import urllib.request
from http.cookies import SimpleCookie

from scrapy.http import HtmlResponse, Response, TextResponse

from crawler.middlewares import EncodingMiddleware


class Fetcher:
    def __init__(self):
        self.cookies: dict[str, str] = {}

    def __call__(self, request) -> Response:
        headers = {k.decode(): b", ".join(v).decode() for k, v in request.headers.items()}
        if self.cookies and not request.meta.get("dont_merge_cookies"):  # as Scrapy's cookie middleware
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        req = urllib.request.Request(request.url, headers=headers, method=request.method,
                                     data=request.body or None)
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            raw = opener.open(req, timeout=10)
            status, body, rh = raw.status, raw.read(), raw.headers
        except urllib.error.HTTPError as exc:
            status, body, rh = exc.code, exc.read(), exc.headers
        for value in rh.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(value)
            self.cookies.update({k: m.value for k, m in jar.items()})
        resp_headers = dict(rh.items())
        ctype = rh.get("Content-Type", "")
        cls = HtmlResponse if "html" in ctype else TextResponse if ("json" in ctype or "text" in ctype) else Response
        response = cls(url=request.url, status=status, headers=resp_headers, body=body, request=request)
        return EncodingMiddleware().process_response(request, response)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
