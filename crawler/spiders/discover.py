"""discover — keyword search on every enabled platform → account records with ``discovered_by``.

Keywords: ``-a keywords=济南发布,山东发布``, the ``crawler.keywords`` setting, and — with ``-a from_registry=1``
or by default when no keywords are given (``crawler.discover_from_registry``) — derived from the registry:
unit names, account names and region short names. Every result page is read up to ``crawler.max_search_pages``.
"""

from __future__ import annotations

import re

from core.records import PLATFORM_ZH
from crawler.spiders.common import GovwatchSpider, platform_outcome, split_arg

_REGION_PART = re.compile(r"(.+?(?:自治区|自治州|特别行政区|省|市|区|县|旗|盟))")
_SUFFIX = re.compile(r"(自治区|自治州|特别行政区|省|市|区|县|旗|盟)$")


def region_short_names(region: str) -> list[str]:
    """山东省济南市历下区 → [山东, 济南, 历下]."""
    out = []
    for part in _REGION_PART.findall(region or ""):
        short = _SUFFIX.sub("", part)
        if len(short) >= 2:
            out.append(short)
    return out


def registry_keywords(entries) -> list[str]:
    words: list[str] = []
    for e in entries:
        for w in (e.get("name"), e.get("unit"), *region_short_names(e.get("region") or "")):
            w = (w or "").strip()
            if w and w not in words:
                words.append(w)
    return words


class DiscoverSpider(GovwatchSpider):
    name = "discover"

    def __init__(self, *args, keywords=None, from_registry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.keywords_arg = split_arg(keywords)
        self.from_registry = str(from_registry).lower() in ("1", "true", "yes", "on") if from_registry else None

    def keywords(self) -> list[str]:
        words = list(self.keywords_arg) + [k for k in self.cfg["crawler.keywords"] if k]
        use_registry = self.from_registry if self.from_registry is not None else (
            not self.keywords_arg and self.cfg["crawler.discover_from_registry"])
        if use_registry:
            store = self.open_store()
            try:
                words += registry_keywords(store.scan("registry"))
            finally:
                store.close()
        seen, out = set(), []
        for w in words:
            if w not in seen:
                seen.add(w)
                out.append(w)
        return out

    async def start(self):
        keywords = self.keywords()
        self.crawler.stats.set_value("govwatch/keywords", len(keywords))
        if not keywords:
            self.logger.warning("没有关键词：请用 --keywords 指定，或先导入备案库再用 --from-registry")
        async for item in self.bootstrap():
            yield item
        for keyword in keywords:
            for name, adapter in self.adapters.items():
                if name in self.blocked:
                    continue
                yield self.search(adapter, keyword, 1)

    def search(self, adapter, keyword: str, page: int):
        request = adapter.search_request(keyword, page)
        request.meta.update({"gw_kind": "search", "gw_keyword": keyword, "gw_page": page})
        return request.replace(callback=self.parse_search_page, errback=self.on_request_error)

    async def parse_search_page(self, response):
        adapter = self.adapter(response)
        keyword, page = response.meta["gw_keyword"], response.meta["gw_page"]
        try:
            result = await adapter.parse_search(response, keyword, page)
        except Exception as exc:  # noqa: BLE001 - classified by handle_error
            for item in self.handle_error(adapter, exc, response):
                yield item
            return
        self.stat(f"search_pages/{adapter.name}")
        self.answer_ok(adapter)
        for account in result.accounts:
            self.stat(f"accounts_found/{adapter.name}")
            # a list: the store merges it with the keywords that found the account before (see pipelines)
            yield {"_collection": "accounts", **account, "discovered_by": [keyword]}
        if result.has_more and page < int(self.cfg["crawler.max_search_pages"]):
            yield self.search(adapter, keyword, page + 1)

    def summary(self) -> dict:
        stats = self.crawler.stats.get_stats()
        out = {}
        for name in self.adapters:
            outcome = platform_outcome(self, name)
            out[name] = {"zh": PLATFORM_ZH.get(name, name),
                         "accounts": stats.get(f"govwatch/accounts_found/{name}", 0),
                         "pages": stats.get(f"govwatch/search_pages/{name}", 0),
                         "items": stats.get(f"govwatch/accounts_found/{name}", 0),
                         **outcome, "blocked": self.blocked.get(name),
                         # why a platform that was not blocked could not be crawled (None when it was crawled)
                         "failed": None if self.blocked.get(name) else outcome["problem"],
                         **({"contexts_closed": self.adapters[name].contexts_closed}
                            if hasattr(self.adapters[name], "contexts_closed") else {})}
        return {"platforms": out}
