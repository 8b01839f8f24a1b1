"""Download failures → sweep status. TLS and DNS problems are told apart from timeouts and refusals."""

from __future__ import annotations

import ssl

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)

try:  # the errors Twisted raises underneath Scrapy's own
    from OpenSSL.SSL import Error as OpenSSLError
    from twisted.internet import error as tx_error
    from twisted.internet.defer import TimeoutError as TxDeferTimeout
except ImportError:  # pragma: no cover
    tx_error = None
    TxDeferTimeout = TimeoutError
    OpenSSLError = ssl.SSLError

_TLS_WORDS = ("ssl", "tls", "certificate", "handshake", "wrong version number", "record layer")
_DNS_WORDS = ("dns", "name resolution", "could not resolve", "no address associated", "name or service not known",
              "nodename nor servname", "getaddrinfo")


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        reasons = getattr(exc, "reasons", None)  # twisted ResponseNeverReceived / _WrapperException
        if reasons:
            for r in reasons:
                yield getattr(r, "value", r)
        exc = exc.__cause__ or exc.__context__


def classify_exception(exc: BaseException) -> tuple[str, str]:
    """(status, short Chinese explanation) for an exception raised while downloading."""
    for e in _chain(exc):
        if isinstance(e, (DownloadTimeoutError, TimeoutError, TxDeferTimeout)) or (
                tx_error is not None and isinstance(e, tx_error.TimeoutError)):
            return "timeout", "请求超时"
        if isinstance(e, CannotResolveHostError) or (tx_error is not None and isinstance(e, tx_error.DNSLookupError)):
            return "dns_error", "域名无法解析"
        if isinstance(e, (ssl.SSLError, OpenSSLError)):
            return "tls_error", f"TLS/证书错误：{_short(e)}"
    text = " ".join(f"{type(e).__name__} {e}" for e in _chain(exc)).lower()
    if any(w in text for w in _TLS_WORDS):
        return "tls_error", f"TLS/证书错误：{_short(exc)}"
    if any(w in text for w in _DNS_WORDS):
        return "dns_error", "域名无法解析"
    if "timeout" in text or "timed out" in text:
        return "timeout", "请求超时"
    if isinstance(exc, IgnoreRequest) and "robots" in text:
        return "blocked", "robots.txt 禁止访问"
    for e in _chain(exc):
        if isinstance(e, DownloadConnectionRefusedError) or (
                tx_error is not None and isinstance(e, tx_error.ConnectionRefusedError)):
            return "broken", "连接被拒绝"
    return "broken", f"连接失败：{_short(exc)}"


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]
