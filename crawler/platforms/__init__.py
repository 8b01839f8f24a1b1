"""Platform adapters, one module each, behind ``crawler.platforms.base.Adapter``.

``build_adapters(cfg, names)`` gives the enabled adapters by name: the built-in platforms plus every generic
YAML site profile named in ``crawler.platforms`` (or in ``names``).
"""

from __future__ import annotations

from crawler.platforms.base import Adapter, Blocked, Gone, Malformed, PostsResult, ProfileResult, SearchResult
from crawler.platforms.bilibili import BilibiliAdapter
from crawler.platforms.douyin import DouyinAdapter
from crawler.platforms.generic import GenericAdapter, load_profiles
from crawler.platforms.kuaishou import KuaishouAdapter
from crawler.platforms.wechat import WechatAdapter
from crawler.platforms.weibo import WeiboAdapter

BUILTIN: dict[str, type[Adapter]] = {a.name: a for a in (WeiboAdapter, WechatAdapter, BilibiliAdapter,
                                                          DouyinAdapter, KuaishouAdapter)}

__all__ = [
    "BUILTIN",
    "Adapter",
    "Blocked",
    "Gone",
    "Malformed",
    "PostsResult",
    "ProfileResult",
    "SearchResult",
    "base_url_keys",
    "build_adapters",
    "check_base_urls",
    "record_platform",
]


class UnknownPlatform(ValueError):
    pass


class UnknownBaseUrlKey(ValueError):
    """``crawler.base_urls`` names a key no adapter reads (a typo would silently crawl the real platform)."""


def base_url_keys(cfg) -> list[str]:
    """Every key of ``crawler.base_urls`` an adapter reads: the built-in adapters' URL keys, ``generic`` and the
    names of the site profiles."""
    keys = [k for adapter in BUILTIN.values() for k in adapter.default_urls]
    keys.append("generic")
    keys += list(load_profiles(cfg["crawler.site_profiles_dir"] or None))
    return keys


def check_base_urls(cfg) -> None:
    """Raise UnknownBaseUrlKey for keys of ``crawler.base_urls`` that nothing reads.

    The site profiles are read only when a key is not a built-in one: every crawl process checks this, and
    reading them (PyYAML's import alone, ~0.14 s) bought nothing when only built-in keys are configured."""
    given = set(cfg["crawler.base_urls"] or {})
    if not given - {k for adapter in BUILTIN.values() for k in adapter.default_urls} - {"generic"}:
        return
    known = base_url_keys(cfg)
    unknown = sorted(given - set(known))
    if unknown:
        raise UnknownBaseUrlKey(f"配置项 crawler.base_urls 有未知的键：{', '.join(unknown)}（可用：{', '.join(known)}）")


def build_adapters(cfg, names=None) -> dict[str, Adapter]:
    names = list(names if names is not None else cfg["crawler.platforms"])
    check_base_urls(cfg)
    base_urls = dict(cfg["crawler.base_urls"] or {})
    profiles = None
    out: dict[str, Adapter] = {}
    for name in names:
        name = name.strip()
        if not name:
            continue
        if name in BUILTIN:
            out[name] = BUILTIN[name](cfg, base_urls)
            continue
        if profiles is None:
            profiles = load_profiles(cfg["crawler.site_profiles_dir"] or None)
        if name in profiles:
            out[name] = GenericAdapter.for_profile(profiles[name], cfg, base_urls)
            continue
        raise UnknownPlatform(f"未知的平台或站点描述：{name}（内置：{', '.join(BUILTIN)}；站点描述："
                              f"{', '.join(profiles) or '无'}）")
    return out


def record_platform(adapter: Adapter) -> str:
    """The platform code an adapter writes into records (a generic profile's ``platform``)."""
    return adapter.platform if isinstance(adapter, GenericAdapter) else adapter.name
