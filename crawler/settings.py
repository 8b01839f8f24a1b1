"""Scrapy settings for govwatch's spiders, derived from govwatch's own settings (govwatch/settings.py).

Every value a user may want to change is a govwatch setting (documented there); this module only
translates them into Scrapy's names so that ``scrapy crawl NAME`` and ``govwatch crawl`` behave the same.
"""

from govwatch.settings import load_config

_cfg = load_config()

BOT_NAME = "govwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
ROBOTSTXT_OBEY = False
DOWNLOAD_DELAY = _cfg["crawler.download_delay"]
RANDOMIZE_DOWNLOAD_DELAY = True
CONCURRENT_REQUESTS_PER_DOMAIN = _cfg["crawler.concurrency_per_platform"]
AUTOTHROTTLE_ENABLED = _cfg["crawler.autothrottle"]
RETRY_TIMES = _cfg["crawler.retry_times"]
DOWNLOAD_TIMEOUT = _cfg["crawler.download_timeout"]
DOWNLOAD_MAXSIZE = _cfg["crawler.max_response_bytes"]
FEED_EXPORT_ENCODING = "utf-8"
