"""Which addresses a URL taken from crawled content may reach (SSRF guard).

Avatar URLs, links on crawled pages and redirect targets are written by whoever controls the page — including the
impostors govwatch hunts. Fetching them must never reach the monitor's own network: loopback, private ranges,
link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, reserved and unspecified addresses
are refused *after* DNS resolution, so a public name that resolves to 127.0.0.1 is refused too.

Only the schemes ``http`` and ``https`` may be fetched at all (``file:``, ``javascript:``, ``data:``, ``ftp:``… are
refused with a reason). Hosts listed in ``security.allowed_private_hosts`` (host names, IP addresses or CIDR
networks) are exempt; the local platform imitations used by tests and the demo run on 127.0.0.1 and are listed
there by their configuration, never by default.

URLs the operator configured (platform base URLs, registry homepages, sweep start URLs) are trusted and not
checked here; the guard is for URLs that came out of a response.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

FETCHABLE_SCHEMES = ("http", "https")

Resolver = Callable[[str], list[str]]


class UnsafeURL(ValueError):
    """A URL from crawled content that must not be fetched; the message (Chinese) says why."""


def resolve(host: str) -> list[str]:
    """The addresses ``host`` resolves to (blocking: a DNS lookup)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4 or IPv6, IPv4-mapped IPv6 judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class AddressPolicy:
    """The allow-list of private hosts and networks; ``check`` raises UnsafeURL for a refused URL."""

    allowed_hosts: frozenset[str] = frozenset()
    allowed_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    @classmethod
    def from_list(cls, entries: Iterable[str]) -> AddressPolicy:
        hosts, networks = set(), []
        for entry in entries:
            text = str(entry).strip().lower()
            if not text:
                continue
            try:
                networks.append(ipaddress.ip_network(text, strict=False))
            except ValueError:
                hosts.add(text.rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    @classmethod
    def from_config(cls, cfg) -> AddressPolicy:
        return cls.from_list(cfg["security.allowed_private_hosts"])

    def _allowed_address(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        return any(ip in net for net in self.allowed_networks)

    def check(self, url: str, resolver: Resolver = resolve) -> list[str]:
        """Raise UnsafeURL unless ``url`` is http(s) and every address its host resolves to is public or allowed.

        Returns the resolved addresses (empty for an allowed host name, which is not resolved)."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
        except ValueError as exc:
            raise UnsafeURL(f"网址无法解析：{exc}") from None
        scheme = (parts.scheme or "").lower()
        if scheme not in FETCHABLE_SCHEMES:
            raise UnsafeURL(f"不允许的网址协议 {scheme or '（无）'}:（只抓取 http/https）")
        if not host:
            raise UnsafeURL("网址没有主机名")
        host = host.rstrip(".").lower()
        if host in self.allowed_hosts:
            return []
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                addresses = resolver(host)
            except (OSError, UnicodeError) as exc:
                raise UnsafeURL(f"域名 {host} 无法解析：{exc}") from None
        if not addresses:
            raise UnsafeURL(f"域名 {host} 没有地址")
        for address in addresses:
            if not is_public_address(address) and not self._allowed_address(address):
                raise UnsafeURL(f"{host} 指向内部地址 {address}，已拒绝（来自抓取内容的网址只能访问公网地址）")
        return addresses
