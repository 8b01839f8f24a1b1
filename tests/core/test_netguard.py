"""The SSRF guard: only http(s), only public addresses after resolution, unless the host is allow-listed."""

import pytest

from core.netguard import AddressPolicy, UnsafeURL, is_public_address


def resolver(table):
    def resolve(host):
        if host not in table:
            raise OSError("no such host")
        return table[host]
    return resolve


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fc00::1",
                                     "::ffff:127.0.0.1", "255.255.255.255"])
def test_internal_addresses_are_not_public(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "202.108.22.5", "2400:3200::1"])
def test_public_addresses(address):
    assert is_public_address(address)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "data:image/png;base64,AA",
                                 "ftp://example.com/x", "gopher://x", "//example.com/a.png", "http:///nohost"])
def test_only_http_and_https_with_a_host(url):
    with pytest.raises(UnsafeURL):
        AddressPolicy().check(url, resolver({"example.com": ["93.184.216.34"]}))


def test_a_public_name_resolving_inside_is_refused():
    policy = AddressPolicy()
    table = {"img.example.cn": ["93.184.216.34"], "evil.example.cn": ["93.184.216.34", "10.0.0.5"]}
    assert policy.check("https://img.example.cn/a.png", resolver(table)) == ["93.184.216.34"]
    with pytest.raises(UnsafeURL, match="10.0.0.5"):
        policy.check("https://evil.example.cn/a.png", resolver(table))
    with pytest.raises(UnsafeURL, match="127.0.0.1"):
        policy.check("http://127.0.0.1:8080/login", resolver(table))
    with pytest.raises(UnsafeURL, match="无法解析"):
        policy.check("http://unknown.example.cn/", resolver(table))


def test_allow_list_by_host_ip_and_network():
    policy = AddressPolicy.from_list(["localhost", "127.0.0.1", "10.8.0.0/16"])
    table = {"intranet.example": ["10.8.1.2"], "other.example": ["10.9.1.2"]}
    assert policy.check("http://localhost:9/x", resolver(table)) == []
    assert policy.check("http://127.0.0.1:9/x", resolver(table)) == ["127.0.0.1"]
    assert policy.check("http://intranet.example/x", resolver(table)) == ["10.8.1.2"]
    with pytest.raises(UnsafeURL):
        policy.check("http://other.example/x", resolver(table))
