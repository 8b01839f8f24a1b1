"""The link sweep's HTTP path: one aiohttp session, the address guard, per-host politeness, robots.txt.

Link checks need status, headers and, for pages, the HTML — not a crawling framework. Requests are made one hop at
a time (redirects are followed by the sweep, so every hop is checked and recorded); bodies are read only when they
will be parsed, and then at most ``limit`` bytes; a body nobody reads is dropped with its connection unless it
is small enough to drain.

Addresses: URLs that came out of a response (links on pages, redirect targets) may reach only public addresses
or hosts on ``security.allowed_private_hosts`` (``core.netguard``). Names are resolved once per sweep, checked, and
the connector connects to exactly the addresses that were checked (``GuardedResolver``), so a name cannot resolve
to a public address for the check and to an internal one for the connection.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver

from core.netguard import AddressPolicy, UnsafeURL
from crawler.checkers.errors import RobotsDenied, classify_exception
from crawler.checkers.politeness import RETRY_CODES, HostGate, retry_after_seconds

DRAIN_BYTES = 64 * 1024  # an unread body this small is read to keep the connection; a larger one closes it
ROBOTS_AGENT = "govwatch-sweep"


class Guard:
    """Which URLs from crawled content may be fetched; resolves each host name once per sweep."""

    def __init__(self, policy: AddressPolicy, trusted: set[str] | None = None):
        self.policy = policy
        self.trusted = set(trusted or ())
        self._addresses: dict[str, asyncio.Future] = {}

    async def addresses(self, host: str) -> list[tuple[int, str]]:
        """(family, address) pairs of ``host``; raises OSError (socket.gaierror) when it does not resolve."""
        future = self._addresses.get(host)
        if future is None:
            future = self._addresses[host] = asyncio.ensure_future(self._resolve(host))
        return await asyncio.shield(future)

    @staticmethod
    async def _resolve(host: str) -> list[tuple[int, str]]:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        seen, out = set(), []
        for family, _, _, _, sockaddr in infos:
            if sockaddr[0] not in seen:
                seen.add(sockaddr[0])
                out.append((family, sockaddr[0]))
        return out

    async def refusal(self, url: str) -> str | None:
        """None when ``url`` may be fetched, else why not (Chinese). Raises OSError when its host does not
        resolve (a DNS error, not a refusal)."""
        if url in self.trusted:
            return None
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
        resolved: list[str] = []
        if host and host not in self.policy.allowed_hosts:
            try:
                ipaddress.ip_address(host)
            except ValueError:
                resolved = [address for _, address in await self.addresses(host)]
        try:
            self.policy.check(url, resolver=lambda _host: resolved)
        except UnsafeURL as exc:
            return f"{exc}；如确需检查，请把该主机加入 security.allowed_private_hosts"
        return None


class GuardedResolver(AbstractResolver):
    """aiohttp resolver answering from the guard's cache: connections go to the addresses that were checked."""

    def __init__(self, guard: Guard):
        self.guard = guard

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> list[dict]:
        out = []
        for fam, address in await self.guard.addresses(host):
            if family in (socket.AF_UNSPEC, fam):
                out.append({"hostname": host, "host": address, "port": port, "family": fam, "proto": 0,
                            "flags": socket.AI_NUMERICHOST | socket.AI_NUMERICSERV})
        if not out:
            raise OSError(f"{host} has no address of family {family}")
        return out

    async def close(self) -> None:
        return None


@dataclass(slots=True)
class Answer:
    url: str
    status: int
    content_type: str
    location: str | None
    body: bytes
    elapsed: float  # seconds, retries included
    retries: int
    method: str


class FetchError(Exception):
    """A request that got no answer; ``cause`` is the underlying exception."""

    def __init__(self, cause: BaseException, elapsed: float, retries: int):
        super().__init__(str(cause))
        self.cause = cause
        self.elapsed = elapsed
        self.retries = retries


async def read_upto(resp: aiohttp.ClientResponse, limit: int) -> bytes:
    """At most ``limit`` bytes of the body (streamed: a huge body is not held in memory)."""
    chunks, size = [], 0
    async for chunk in resp.content.iter_chunked(65536):
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit]


class Client:
    """``fetch`` one hop with politeness and retries; ``async with Client(...)`` owns the session."""

    def __init__(self, *, gate: HostGate, guard: Guard, timeout: float, obey_robots: bool, connections: int):
        self.gate = gate
        self.guard = guard
        self.timeout = timeout
        self.obey_robots = obey_robots
        self.connections = connections
        self.session: aiohttp.ClientSession | None = None
        self._robots: dict[str, asyncio.Future] = {}
        self.requests = 0

    async def __aenter__(self) -> Client:
        connector = aiohttp.TCPConnector(limit=self.connections, limit_per_host=0, use_dns_cache=False,
                                         resolver=GuardedResolver(self.guard), keepalive_timeout=15)
        self.session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True),
            timeout=aiohttp.ClientTimeout(total=self.timeout), auto_decompress=True,
            headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Language": "zh-CN,zh;q=0.9"})
        return self

    async def __aexit__(self, *exc) -> None:
        if self.session is not None:
            await self.session.close()

    async def fetch(self, url: str, *, method: str, user_agent: str, read: int = 0) -> Answer:
        """One request, no redirect following. ``read``: at most this many body bytes when the answer is HTML
        (0: none). Timeouts and 408/429/5xx are retried per the gate's policy; raises FetchError."""
        key = urlsplit(url).netloc.lower()
        if self.obey_robots and not await self._robots_allow(url, user_agent):
            raise FetchError(RobotsDenied(url), 0.0, 0)
        attempt, elapsed = 0, 0.0
        while True:
            started = time.monotonic()
            try:
                async with self.gate.slot(key):
                    started = time.monotonic()
                    self.requests += 1
                    async with self.session.request(method, url, allow_redirects=False,
                                                    headers={"User-Agent": user_agent}) as resp:
                        body = await self._read(resp, read if method != "HEAD" else 0)
                        status, ctype = resp.status, resp.headers.get("Content-Type", "")
                        location = resp.headers.get("Location")
                        retry_after = retry_after_seconds(resp.headers.get("Retry-After"))
            except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as exc:
                elapsed += time.monotonic() - started
                if classify_exception(exc)[0] == "timeout":
                    wait = self.gate.retry_wait(attempt)
                    if wait is not None:
                        self.gate.hold(key, wait)
                        attempt += 1
                        continue
                raise FetchError(exc, elapsed, attempt) from exc
            elapsed += time.monotonic() - started
            self.gate.answered(key, status)
            if status in RETRY_CODES:
                wait = self.gate.retry_wait(attempt, retry_after)
                if wait is not None:
                    self.gate.hold(key, wait)
                    attempt += 1
                    continue
            return Answer(url, status, ctype.lower(), location, body, elapsed, attempt, method)

    async def _read(self, resp: aiohttp.ClientResponse, limit: int) -> bytes:
        ctype = resp.headers.get("Content-Type", "").lower()
        wanted = limit > 0 and resp.status < 300 and ("html" in ctype or not ctype)
        length = resp.content_length
        if not wanted:
            if length is not None and length <= DRAIN_BYTES:
                await resp.read()  # cheap, and the connection stays open for the next request
            return b""
        if length is not None and length <= limit:
            return await resp.read()
        return await read_upto(resp, limit)

    async def _robots_allow(self, url: str, user_agent: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        future = self._robots.get(origin)
        if future is None:
            future = self._robots[origin] = asyncio.ensure_future(self._load_robots(origin, user_agent))
        rules = await asyncio.shield(future)
        return rules is None or rules.can_fetch(url, ROBOTS_AGENT)

    async def _load_robots(self, origin: str, user_agent: str):
        from protego import Protego

        try:
            answer = await self.fetch_plain(origin + "/robots.txt", user_agent)
        except FetchError:
            return None  # no robots.txt to be read: everything is allowed
        if answer.status != 200:
            return None
        return Protego.parse(answer.body.decode("utf-8", errors="replace"))

    async def fetch_plain(self, url: str, user_agent: str, limit: int = 512 * 1024) -> Answer:
        """GET a small text resource (robots.txt) whatever its content type; no robots rules, no redirects."""
        key = urlsplit(url).netloc.lower()
        started = time.monotonic()
        try:
            async with self.gate.slot(key):
                self.requests += 1
                async with self.session.get(url, allow_redirects=False, headers={"User-Agent": user_agent}) as resp:
                    body = await read_upto(resp, limit)
                    return Answer(str(resp.url), resp.status, resp.headers.get("Content-Type", "").lower(), None,
                                  body, time.monotonic() - started, 0, "GET")
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as exc:
            raise FetchError(exc, time.monotonic() - started, 0) from exc
