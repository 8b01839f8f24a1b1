"""Download failures → sweep status. TLS and DNS problems are told apart from timeouts and refusals."""

from __future__ import annotations

import asyncio
import re
import socket
import ssl

import aiohttp

_TLS_WORDS = ("ssl", "tls", "certificate", "handshake", "wrong version number", "record layer")
_DNS_WORDS = ("dns", "name resolution", "could not resolve", "no address associated", "name or service not known",
              "nodename nor servname", "getaddrinfo")
_SSL_SETTING = re.compile(r"ssl:(default|none|true|false|<[^>]*>)")
_TIMEOUTS = (TimeoutError, asyncio.TimeoutError, aiohttp.ServerTimeoutError)
_DNS = (socket.gaierror, aiohttp.ClientConnectorDNSError)
_TLS = (ssl.SSLError, ssl.CertificateError, aiohttp.ClientSSLError)


class RobotsDenied(Exception):
    """robots.txt forbids the URL (``sweep.obey_robots``)."""


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        inner = getattr(exc, "os_error", None)  # aiohttp's connector errors wrap the OSError
        if isinstance(inner, BaseException) and id(inner) not in seen:
            yield inner
        exc = exc.__cause__ or exc.__context__


def classify_exception(exc: BaseException) -> tuple[str, str]:
    """(status, short Chinese explanation) for an exception raised while downloading."""
    for e in _chain(exc):
        if isinstance(e, RobotsDenied):
            return "blocked", "robots.txt 禁止访问"
        if isinstance(e, _TIMEOUTS):
            return "timeout", "请求超时"
        if isinstance(e, _DNS):
            return "dns_error", "域名无法解析"
        if isinstance(e, _TLS):
            return "tls_error", f"TLS/证书错误：{_short(e)}"
        if isinstance(e, ConnectionRefusedError):
            return "broken", "连接被拒绝"
    # aiohttp names the TLS setting in every connection error ("ssl:default"): that is not a TLS failure
    text = _SSL_SETTING.sub("", " ".join(f"{type(e).__name__} {e}" for e in _chain(exc)).lower())
    if any(w in text for w in _TLS_WORDS):
        return "tls_error", f"TLS/证书错误：{_short(exc)}"
    if any(w in text for w in _DNS_WORDS):
        return "dns_error", "域名无法解析"
    if "timeout" in text or "timed out" in text:
        return "timeout", "请求超时"
    return "broken", f"连接失败：{_short(exc)}"


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]
