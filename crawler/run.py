"""Run a govwatch spider in this process (``govwatch crawl`` and the tests use this).

``python -m crawler.run discover -a keywords=济南发布 [--set KEY=VALUE …] [--json]`` prints the spider's summary.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
import warnings
from datetime import datetime

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.settings import Settings

from crawler.settings import scrapy_settings

SPIDERS = {"discover": "crawler.spiders.discover.DiscoverSpider", "refresh": "crawler.spiders.refresh.RefreshSpider"}


# A crawl allocates container objects (requests, responses, items, Deferreds, coroutines) quickly: with Python's
# default thresholds (700, 10, 10) the collector ran ~700 times in a 1,000-page refresh, every full collection
# walking the ~150,000 objects of the imported modules again.
CRAWL_GC_THRESHOLDS = (5000, 20, 10)


def _tune_gc_for_crawl(spider) -> None:
    """When the spider opens (everything imported, the engine built): put the objects that exist now out of the
    collector's reach (``gc.freeze``) and collect the young generation less often. Cyclic garbage made during the
    crawl is still collected."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*CRAWL_GC_THRESHOLDS)


def crawl(cfg, spider_name: str, *, extra_settings: dict | None = None, tune_gc: bool = False,
          **spider_args) -> dict:
    """Run one spider to completion; return ``{"summary", "stats", "blocked", "finish_reason"}``.

    ``tune_gc``: for a process that exists to run this crawl (``python -m crawler.run``), see
    ``_tune_gc_for_crawl``."""
    from importlib import import_module

    if spider_name not in SPIDERS:
        raise ValueError(f"unknown spider {spider_name!r}")
    module, _, cls_name = SPIDERS[spider_name].rpartition(".")
    spider_cls = getattr(import_module(module), cls_name)
    settings = Settings()
    settings.setdict(scrapy_settings(cfg), priority="project")
    settings.set("GOVWATCH_CONFIG_OBJECT", cfg, priority="project")
    for key, value in (extra_settings or {}).items():
        settings.set(key, value, priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning)
    process = CrawlerProcess(settings)
    # after CrawlerProcess: Scrapy's logging set-up puts its own loggers back to DEBUG
    level = logging.getLevelName(str(settings.get("LOG_LEVEL", "INFO")).upper())
    for name in ("scrapy", "scrapy-playwright", "scrapy_playwright", "twisted", "py.warnings", "crawler"):
        logging.getLogger(name).setLevel(level if isinstance(level, int) else logging.INFO)
    crawler = process.create_crawler(spider_cls)
    if tune_gc:
        crawler.signals.connect(_tune_gc_for_crawl, signal=signals.spider_opened)
    process.crawl(crawler, **spider_args)
    process.start()
    stats = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in crawler.stats.get_stats().items()}
    spider = crawler.spider
    return {"summary": spider.summary() if spider else {}, "stats": stats,
            "blocked": dict(getattr(spider, "blocked", {}) or {}), "run_id": getattr(spider, "run_id", None),
            "finish_reason": stats.get("finish_reason")}


def main(argv=None) -> int:
    from core.procs import follow_parent
    from core.settings import load_config

    follow_parent()  # started by a govwatch run: stop (gracefully, as on SIGTERM) when it is gone
    ap = argparse.ArgumentParser(description="在本进程运行 govwatch 爬虫")
    ap.add_argument("spider", choices=sorted(SPIDERS))
    ap.add_argument("-a", dest="args", action="append", default=[], metavar="NAME=VALUE", help="爬虫参数")
    ap.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE", help="Scrapy 设置")
    ap.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    spider_args = dict(a.split("=", 1) for a in args.args)
    extra = {}
    for s in args.settings:
        k, v = s.split("=", 1)
        extra[k] = int(v) if v.isdigit() else v
    result = crawl(load_config(), args.spider, extra_settings=extra, tune_gc=True, **spider_args)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, default=str))
    else:
        print(json.dumps(result["summary"], ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    gc.freeze()  # the process ends now: no final collection over everything the crawl left behind
    sys.exit(code)
