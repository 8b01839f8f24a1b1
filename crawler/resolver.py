"""The DNS resolver of the crawl: Scrapy's caching resolver, refusing internal addresses for untrusted hosts.

``AddressGuardMiddleware`` checks each URL from crawled content before the download, but the download resolves
the name again; a hostile DNS server can answer a public address to the check and 127.0.0.1 to the connection
(DNS rebinding). This resolver checks the address the connection will really use: for every host that is not a
configured platform host (``crawler.base_urls`` and the adapters' built-in URLs) nor listed in
``security.allowed_private_hosts``, a non-public answer fails the lookup (``DNSLookupError``), so nothing is
connected. The answer that passed is the one cached and connected to.

It covers HTTP downloads through Scrapy's own handlers (IPv4 lookups, as Scrapy's default resolver); IP-literal
URLs are never resolved and are left to the middleware; proxies and the Playwright browser resolve names
themselves and are not covered (see ``AddressGuardMiddleware``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from core.netguard import AddressPolicy, is_public_address


def trusted_hosts(cfg) -> set[str]:
    """Host names of the configured platform URLs (trusted: the operator chose them)."""
    from crawler.platforms import BUILTIN

    urls = list((cfg["crawler.base_urls"] or {}).values())
    for adapter in BUILTIN.values():
        urls += list(adapter.default_urls.values())
    hosts = set()
    for url in urls:
        try:
            host = urlsplit(str(url)).hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.rstrip(".").lower())
    return hosts


class GuardedResolver(CachingThreadedResolver):
    def __init__(self, reactor, cache_size: int, timeout: float, trusted: set[str], policy: AddressPolicy):
        super().__init__(reactor, cache_size, timeout)
        self.trusted, self.policy = trusted, policy

    @classmethod
    def from_crawler(cls, crawler, reactor):
        from core.settings import load_config

        cfg = crawler.settings.get("GOVWATCH_CONFIG_OBJECT") or load_config()
        size = crawler.settings.getint("DNSCACHE_SIZE") if crawler.settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, size, crawler.settings.getfloat("DNS_TIMEOUT"), trusted_hosts(cfg),
                   AddressPolicy.from_config(cfg))

    def getHostByName(self, name, timeout=()):
        d = super().getHostByName(name, timeout)
        d.addCallback(self._check, name)
        return d

    def _check(self, address: str, name: str) -> str:
        host = name.rstrip(".").lower()
        if host in self.trusted or host in self.policy.allowed_hosts:
            return address
        if is_public_address(address) or self.policy._allowed_address(address):
            return address
        raise DNSLookupError(f"{name} 解析到内部地址 {address}，已拒绝（来自抓取内容的网址只能访问公网地址）")
