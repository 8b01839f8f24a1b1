"""Scrapy settings for govwatch's spiders, derived from govwatch's own settings (core/settings.py).

Every value a user may want to change is a govwatch setting (documented there); this module only
translates them into Scrapy's names so that ``scrapy crawl NAME`` and ``govwatch crawl`` behave the same.
``scrapy_settings(cfg)`` is the translation. Nothing here reads the configuration when the module is imported:
the module-level names are the few Scrapy needs before a crawler exists, and the ``GovwatchSettings`` add-on
(``crawler/addon.py``) applies the translation of the current configuration when ``scrapy crawl`` starts a
crawler (``govwatch crawl`` passes its own configuration directly, see ``crawler/run.py``).
"""

from __future__ import annotations

from typing import Any

from scrapy.settings.default_settings import EXTENSIONS_BASE

from core.browser import launch_options

REMOTE_CONTROL = "scrapy.extensions.remote_control.RemoteControl"


def scrapy_settings(cfg) -> dict[str, Any]:
    delay = float(cfg["crawler.download_delay"])
    per_platform = int(cfg["crawler.concurrency_per_platform"])
    platforms = list(cfg["crawler.platforms"])
    polite = delay > 0
    s: dict[str, Any] = {
        "BOT_NAME": "govwatch",
        "SPIDER_MODULES": ["crawler.spiders"],
        "NEWSPIDER_MODULE": "crawler.spiders",
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        # Scrapy's remote control (on by default since 2.19) runs an HTTP server that executes Python code sent
        # to it (token in a job file): no place in a crawler of hostile content, unused here, and importing it
        # (aiohttp) cost each crawl process ~0.25 s. Naming it in EXTENSIONS (even as None) imports it: Scrapy
        # loads every class named there or in EXTENSIONS_BASE to compare them, so the base list leaves it out.
        "REMOTE_CONTROL_ENABLED": False,
        "EXTENSIONS_BASE": {k: v for k, v in EXTENSIONS_BASE.items() if k != REMOTE_CONTROL},
        "LOG_LEVEL": cfg["general.log_level"],
        # politeness: ~1 request/s per platform with jitter; every adapter request names its platform's slot
        "DOWNLOAD_DELAY": delay,
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        "CONCURRENT_REQUESTS": max(16, per_platform * (len(platforms) + 2)),
        "CONCURRENT_REQUESTS_PER_DOMAIN": per_platform,
        # Scrapy's own downloader exceeds a slot's concurrency when there is no download delay (see the module)
        "DOWNLOADER": "crawler.downloader.SlotLimitedDownloader",
        "DOWNLOAD_SLOTS": {p: {"concurrency": per_platform, "delay": delay, "randomize_delay": True}
                           for p in platforms},
        "AUTOTHROTTLE_ENABLED": bool(cfg["crawler.autothrottle"]) and polite,
        "AUTOTHROTTLE_START_DELAY": max(delay, 0.5),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(per_platform),
        # retries: exponential backoff between attempts; 418/432 are blocks, not retried
        "RETRY_ENABLED": True,
        "RETRY_TIMES": int(cfg["crawler.retry_times"]),
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "GOVWATCH_RETRY_BACKOFF": float(cfg["crawler.retry_backoff"]) if polite else 0.0,
        "DOWNLOAD_TIMEOUT": int(cfg["crawler.download_timeout"]),
        "DOWNLOAD_MAXSIZE": int(cfg["crawler.max_response_bytes"]),
        "DOWNLOAD_WARNSIZE": int(cfg["crawler.max_response_bytes"]) // 2,
        "COOKIES_ENABLED": True,
        "FEED_EXPORT_ENCODING": "utf-8",
        # items handled at once per response: Scrapy starts this many worker tasks for *every* response (100 by
        # default, ~20 µs each); our pages carry at most a few dozen items, so 100 workers were pure overhead
        "CONCURRENT_ITEMS": 32,
        "REQUEST_FINGERPRINTER_CLASS": "crawler.fingerprint.SignatureAgnosticFingerprinter",
        # Scrapy reads the source of every new callback object (our callbacks are bound methods and partials,
        # new with each request: ~80 source reads and parses per crawl) to warn about generators returning a
        # value; tests/crawler/test_callbacks.py makes that check once over every spider and adapter instead
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        # SSRF guard: URLs from crawled content (meta gw_untrusted) are checked at every hop, and the resolver
        # refuses internal addresses for hosts that are not configured platform hosts (DNS rebinding)
        "DNS_RESOLVER": "crawler.resolver.GuardedResolver",
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.middlewares.BlockedPlatformMiddleware": 50,
            "crawler.middlewares.RequestStatsMiddleware": 55,
            "crawler.middlewares.AddressGuardMiddleware": 590,
            "crawler.middlewares.BackoffDelayMiddleware": 60,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "crawler.middlewares.BackoffRetryMiddleware": 550,
            "crawler.middlewares.EncodingMiddleware": 580,
        },
        "ITEM_PIPELINES": {
            "crawler.pipelines.NormalizePipeline": 100,
            "crawler.pipelines.ValidatePipeline": 200,
            "crawler.pipelines.AvatarPipeline": 300,
            "crawler.pipelines.StorePipeline": 900,
        },
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch_options(cfg),
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(cfg["browser.navigation_timeout_ms"]),
        "PLAYWRIGHT_MAX_CONTEXTS": 4,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": max(1, per_platform),
    }
    if _needs_browser(cfg):
        # Playwright (Douyin, Kuaishou, rendered generic profiles): only requests with meta["playwright"] use it;
        # HTTP-only crawls do not start the Playwright driver at all.
        s["DOWNLOAD_HANDLERS"] = {"http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
                                  "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"}
        s["DOWNLOADER_MIDDLEWARES"]["crawler.middlewares.BrowserContextMiddleware"] = 70
    if cfg["crawler.jobdir"]:
        s["JOBDIR"] = str(cfg.path("crawler.jobdir"))
    proxies = cfg["crawler.proxies"] or {}
    if proxies:
        s["HTTPPROXY_ENABLED"] = True
    if cfg["crawler.redis_url"]:
        # per-job queue/dupefilter keys, project fingerprints, close only when the whole job is idle
        s.update({"SCHEDULER": "crawler.distributed.JobScheduler",
                  "DUPEFILTER_CLASS": "crawler.distributed.RedisDupeFilter",
                  "SCHEDULER_PERSIST": True, "REDIS_URL": cfg["crawler.redis_url"]})
    return s


def _needs_browser(cfg) -> bool:
    from crawler.platforms import build_adapters

    try:
        return any(a.uses_browser for a in build_adapters(cfg).values())
    except ValueError:  # unknown platform names are reported by the commands; assume a browser may be needed
        return True


# What ``scrapy crawl`` reads through scrapy.cfg before any crawler exists; the rest comes from the add-on.
BOT_NAME = "govwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
ADDONS = {"crawler.addon.GovwatchSettings": 0}
