"""Run govwatch spiders in this process (``govwatch crawl``, the nightly's child process and the tests use this).

``python -m crawler.run discover -a keywords=济南发布 [-s KEY=VALUE …] [--json]`` prints the spider's summary;
``python -m crawler.run discover refresh -a run_id=R -a discover:from_registry=1 --json`` runs both, one after the
other, in one process and one reactor, and prints one JSON line per spider as soon as it is done.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import shutil
import sys
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.settings import SETTINGS_PRIORITIES, Settings
from scrapy.utils.reactor import install_reactor
from twisted.python.failure import Failure

from crawler.settings import scrapy_settings

log = logging.getLogger(__name__)
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
    """Run one spider to completion; return ``{"summary", "stats", "blocked", "run_id", "finish_reason"}``
    (and ``"error"`` when the crawl itself raised).

    ``tune_gc``: for a process that exists to run this crawl (``python -m crawler.run``), see
    ``_tune_gc_for_crawl``."""
    return crawl_sequence(cfg, [(spider_name, spider_args)], extra_settings=extra_settings, tune_gc=tune_gc)[0]


def crawl_sequence(cfg, jobs: list[tuple[str, dict]], *, extra_settings: dict | None = None,
                   tune_gc: bool = False, on_result: Callable[[str, dict], None] | None = None) -> list[dict]:
    """Run several spiders one after the other in this process and its one reactor (Scrapy's reactor cannot be
    restarted, so a second ``crawl`` call in one process is impossible): the nightly's discover and refresh pay
    the interpreter's start-up, the imports and the reactor's set-up once.

    Each crawler has its own settings, pipelines, store connection, spool replay and statistics, exactly as in a
    process of its own. With ``crawler.jobdir`` set, a crawl run through this function keeps its state in
    ``<jobdir>/<spider>`` (a resumed refresh never sees discover's requests as already done), removed when that
    crawl has finished (a JOBDIR given with ``-s`` is the caller's and left as it is). ``on_result`` is
    called with each spider's result as soon as that spider has closed. A crawl stopped by a signal
    (finish reason ``shutdown``) ends the sequence: the spiders after it are not started and have no result. A
    crawl that raised gets a result with ``"error"`` and the next one still runs."""
    from importlib import import_module

    for name, _args in jobs:
        if name not in SPIDERS:
            raise ValueError(f"unknown spider {name!r}")
    settings = Settings()
    settings.setdict(scrapy_settings(cfg), priority="project")
    settings.set("GOVWATCH_CONFIG_OBJECT", cfg, priority="project")
    for key, value in (extra_settings or {}).items():
        settings.set(key, value, priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning)
    process = CrawlerProcess(settings)
    # Scrapy installs the reactor when the first crawler's settings are applied, which comes after its spider is
    # created: a first spider that fails to start would leave the next crawler without a reactor.
    install_reactor(settings["TWISTED_REACTOR"], settings["ASYNCIO_EVENT_LOOP"])
    # after CrawlerProcess: Scrapy's logging set-up puts its own loggers back to DEBUG
    level = logging.getLevelName(str(settings.get("LOG_LEVEL", "INFO")).upper())
    for name in ("scrapy", "scrapy-playwright", "scrapy_playwright", "twisted", "py.warnings", "crawler"):
        logging.getLogger(name).setLevel(level if isinstance(level, int) else logging.INFO)
    # Importing Scrapy's TLS modules defines deprecated aliases, each of which reads the source of every frame
    # on the stack (``inspect.stack()``). The HTTP handler imports them deep inside the running reactor (~0.2 s
    # CPU of reading and tokenising files); here the stack is a few frames deep.
    import_module("scrapy.core.downloader.contextfactory")
    results: list[dict] = []
    started: list = []
    jobdir = settings.get("JOBDIR")
    own_jobdir = bool(jobdir) and settings.getpriority("JOBDIR") < SETTINGS_PRIORITIES["cmdline"]

    def start(index: int) -> None:
        name, args = jobs[index]
        module, _, cls_name = SPIDERS[name].rpartition(".")
        crawler = process.create_crawler(getattr(import_module(module), cls_name))
        if own_jobdir:
            # above the process's own priority: ``process.crawl`` merges the process settings into the crawler's
            crawler.settings.set("JOBDIR", str(Path(jobdir) / name), priority="spider")
        if tune_gc:
            crawler.signals.connect(_tune_gc_for_crawl, signal=signals.spider_opened)
        started.append(crawler)
        process.crawl(crawler, **args).addBoth(finished, index, crawler)

    def finished(outcome, index: int, crawler, chain: bool = True) -> None:
        if len(results) > index:
            return
        name = jobs[index][0]
        result = _result(crawler)
        if isinstance(outcome, Failure):
            log.error("爬虫 %s 出错：%s", name, outcome.getTraceback())
            result["error"] = f"{outcome.type.__name__}: {outcome.getErrorMessage()}"
        result["spider"] = name
        if own_jobdir and result.get("finish_reason") == "finished" and "error" not in result:
            # A finished job is done: its state (the duplicate filter's ``requests.seen`` above all) would make the
            # next run of this spider drop every request it made this time, i.e. crawl nothing and look fine.
            # Only a crawl stopped before its end (a signal, a time limit) keeps its state to be resumed.
            shutil.rmtree(Path(jobdir) / name, ignore_errors=True)
        results.append(result)
        if on_result is not None:
            on_result(name, result)
        if chain and index + 1 < len(jobs) and result.get("finish_reason") != "shutdown":
            start(index + 1)

    start(0)
    process.start()  # returns when the crawls started so far (each one starts the next) have ended
    # A crawl stopped by a signal: the reactor may stop before its Deferred fires. Its statistics are final.
    for index, crawler in enumerate(started[len(results):], start=len(results)):
        finished(None, index, crawler, chain=False)
    return results


def _result(crawler) -> dict:
    collector = getattr(crawler, "_stats", None)  # None when the crawl failed before its settings were applied
    stats = {k: (v.isoformat() if isinstance(v, datetime) else v)
             for k, v in (collector.get_stats() if collector is not None else {}).items()}
    spider = getattr(crawler, "spider", None)
    return {"summary": spider.summary() if spider else {}, "stats": stats,
            "blocked": dict(getattr(spider, "blocked", {}) or {}), "run_id": getattr(spider, "run_id", None),
            "finish_reason": stats.get("finish_reason")}


def main(argv=None) -> int:
    from core.procs import follow_parent
    from core.settings import load_config

    follow_parent()  # started by a govwatch run: stop (gracefully, as on SIGTERM) when it is gone
    ap = argparse.ArgumentParser(description="在本进程运行 govwatch 爬虫（可依次运行多个，例如 discover refresh）")
    ap.add_argument("spiders", nargs="+", choices=sorted(SPIDERS), metavar="spider",
                    help=f"爬虫名（{'、'.join(sorted(SPIDERS))}），多个时在同一进程中依次运行")
    ap.add_argument("-a", dest="args", action="append", default=[], metavar="[SPIDER:]NAME=VALUE",
                    help="爬虫参数；写成 爬虫名:NAME=VALUE 时只给该爬虫")
    ap.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE", help="Scrapy 设置")
    ap.add_argument("--json", action="store_true", help="以 JSON 输出结果（每个爬虫结束时输出一行）")
    args = ap.parse_args(argv)
    if len(set(args.spiders)) != len(args.spiders):
        ap.error("同一个爬虫不能在一次运行中出现两次")
    jobs: list[tuple[str, dict]] = [(name, {}) for name in args.spiders]
    for item in args.args:
        if "=" not in item:
            ap.error(f"爬虫参数应写成 NAME=VALUE：{item}")
        key, value = item.split("=", 1)
        target, _, key = key.rpartition(":")
        if target and target not in args.spiders:
            ap.error(f"参数 {item} 指定的爬虫 {target} 不在本次运行中")
        for name, spider_args in jobs:
            if not target or target == name:
                spider_args[key] = value
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    extra = {}
    for s in args.settings:
        k, v = s.split("=", 1)
        extra[k] = int(v) if v.isdigit() else v

    def report(_name: str, result: dict) -> None:  # each spider's line as soon as it is done (the parent reads it)
        if args.json:
            print(json.dumps(result, ensure_ascii=False, default=str), flush=True)
        else:
            print(json.dumps(result["summary"], ensure_ascii=False, indent=2), flush=True)

    results = crawl_sequence(load_config(), jobs, extra_settings=extra, tune_gc=True, on_result=report)
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    gc.freeze()  # the process ends now: no final collection over everything the crawl left behind
    sys.exit(code)
