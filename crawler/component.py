"""Base class for Scrapy components (pipelines, middlewares) that only need the crawler."""

from __future__ import annotations


class CrawlerComponent:
    """Built by Scrapy through ``from_crawler``; keeps the crawler (settings, stats, spider) as ``self.crawler``."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)
