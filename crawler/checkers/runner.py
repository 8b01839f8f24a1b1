"""One sweep, end to end: start URLs → link sweep (Scrapy, in this process) → menu sweep (Playwright) →
results to the store and JSONL → findings for confirmed failures.

The Twisted reactor cannot be restarted, so one Python process runs at most one link sweep; callers that need
several (tests, a long-lived scheduler) run ``govwatch sweep`` as a child.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from core.browser import find_executable, launch_options
from core.files import atomic_output
from core.procs import Interrupted
from core.records import iso
from crawler.checkers.results import host_key, is_confirmed_failure, is_failure, new_run_id

log = logging.getLogger(__name__)
SWEEP_PLATFORMS = ("website", "app", "miniprogram")


@dataclass
class SweepRun:
    run_id: str
    results: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    started_at: str | None = None
    finished_at: str | None = None

    @property
    def failures(self) -> list[dict]:
        return [r for r in self.results if is_failure(r)]

    @property
    def confirmed(self) -> list[dict]:
        return [r for r in self.results if is_confirmed_failure(r)]


def registry_starts(store) -> list[tuple[str, str]]:
    """(url, account_id) of registry entries for websites, apps and mini-programs that have a URL."""
    out = []
    for entry in store.scan("registry", {"platform": list(SWEEP_PLATFORMS)}):
        if (entry.get("status") or "active") not in ("active", "changed"):
            continue
        url = (entry.get("url") or "").strip()
        if url.startswith(("http://", "https://")):
            out.append((url, str(entry.get("account_id") or host_key(url))))
    return out


def start_urls(cfg, urls: list[str], store=None) -> list[tuple[str, str]]:
    """Command-line URLs when given; otherwise the registry's and ``sweep.start_urls``."""
    if urls:
        return [(u, host_key(u)) for u in urls]
    starts = list(registry_starts(store)) if store is not None else []
    starts += [(u, host_key(u)) for u in cfg["sweep.start_urls"]]
    seen, unique = set(), []
    for url, account in starts:
        if url not in seen:
            seen.add(url)
            unique.append((url, account))
    return unique


def sweep_options(cfg) -> dict:
    return {
        "max_depth": cfg["sweep.max_depth"], "max_pages": cfg["sweep.max_pages"],
        "render_js": cfg["sweep.render_js"], "recheck_delay": cfg["sweep.recheck_delay"],
        "use_head": cfg["sweep.use_head"], "soft404_similarity": cfg["sweep.soft404_similarity"],
        "wechat_oauth_pattern": cfg["sweep.wechat_oauth_pattern"], "h5_patterns": cfg["sweep.h5_patterns"],
    }


def scrapy_settings(cfg, *, render: bool) -> dict:
    """Scrapy settings for the link sweep, all derived from govwatch settings."""
    settings = {
        "BOT_NAME": "govwatch-sweep",
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "ROBOTSTXT_OBEY": cfg["sweep.obey_robots"],
        "CONCURRENT_REQUESTS": cfg["sweep.concurrency_total"],
        "CONCURRENT_REQUESTS_PER_DOMAIN": cfg["sweep.concurrency_per_host"],
        "DOWNLOAD_DELAY": cfg["sweep.delay"],
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "DOWNLOAD_TIMEOUT": cfg["sweep.timeout"],
        "DOWNLOAD_MAXSIZE": cfg["crawler.max_response_bytes"],
        "DOWNLOAD_WARNSIZE": 0,
        "COOKIES_ENABLED": True,
        "RETRY_ENABLED": False,  # replaced by PolitenessMiddleware (only timeouts, 5xx, 408, 429)
        "GOVWATCH_SWEEP_POLITENESS": True,
        "GOVWATCH_SWEEP_RETRIES": cfg["sweep.retry_times"],
        "GOVWATCH_SWEEP_MAX_RETRY_AFTER": cfg["sweep.max_retry_after"],
        "GOVWATCH_SWEEP_BACKOFF": max(cfg["sweep.delay"], 0.5),
        "DOWNLOADER_MIDDLEWARES": {"crawler.checkers.politeness.PolitenessMiddleware": 540},
        "DEPTH_LIMIT": 0,
        "CONCURRENT_ITEMS": 4,  # callbacks yield requests, not items; Scrapy starts this many tasks per callback
        "METAREFRESH_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "LOG_ENABLED": True,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOGSTATS_INTERVAL": 0,
        "HTTPERROR_ALLOW_ALL": True,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }
    if render:
        settings["DOWNLOAD_HANDLERS"] = {
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
        }
        settings["PLAYWRIGHT_LAUNCH_OPTIONS"] = launch_options(cfg)
        settings["PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT"] = cfg["browser.navigation_timeout_ms"]
        settings["PLAYWRIGHT_MAX_PAGES_PER_CONTEXT"] = cfg["browser.max_pages_per_context"]
    return settings


def run_link_sweep(cfg, starts: list[tuple[str, str]], run_id: str, notes: list[str]) -> tuple[list[dict], dict]:
    """Run the Scrapy link sweep in this process and return (results, stats)."""
    from scrapy.crawler import CrawlerProcess

    from crawler.checkers.linksweep import LinkSweepSpider


    render = cfg["sweep.render_js"] != "never"
    if render and not find_executable(cfg["browser.executable_path"]):
        notes.append("未找到 Chromium：不渲染脚本生成的页面（仅检查静态链接）。")
        render = False
    options = sweep_options(cfg)
    if not render:
        options["render_js"] = "never"
    root_level = logging.root.level
    process = CrawlerProcess(settings=scrapy_settings(cfg, render=render), install_root_handler=False)
    logging.root.setLevel(root_level)  # Scrapy resets it to NOTSET
    if root_level > logging.DEBUG:  # Scrapy's INFO chatter is not for inspectors
        for name in ("scrapy", "scrapy-playwright", "scrapy_playwright", "py.warnings", "twisted", "asyncio"):
            logging.getLogger(name).setLevel(logging.WARNING)
    crawler = process.create_crawler(LinkSweepSpider)
    process.crawl(crawler, starts=starts, run_id=run_id, options=options)
    # Scrapy replaces the SIGTERM/SIGINT handlers for the crawl (first signal: stop gracefully) and leaves them
    # behind, pointing at a stopped reactor: put ours back, and report a crawl cut short by a signal as the
    # interruption it is — a partial sweep must not be saved as a complete one (its silence would resolve alerts).
    handlers = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        process.start()
    finally:
        if threading.current_thread() is threading.main_thread():
            for s, h in handlers.items():
                signal.signal(s, h)
    spider = crawler.spider
    stats = crawler.stats.get_stats() if crawler.stats else {}
    if stats.get("finish_reason") == "shutdown":
        raise Interrupted(signal.SIGTERM)
    return spider.results(), stats


def run_sweep(cfg, urls: list[str], *, menus: bool = False, links: bool = True, store=None) -> SweepRun:
    """The whole sweep; writes nothing (see ``save``)."""
    run = SweepRun(run_id=new_run_id("sweep"), started_at=iso(datetime.now(UTC)))
    starts = start_urls(cfg, urls, store)
    if not starts:
        return run
    if links:
        results, stats = run_link_sweep(cfg, starts, run.run_id, run.notes)
        run.results.extend(results)
        run.stats.update({k: v for k, v in stats.items() if isinstance(v, (int, float, str))})
    if menus:
        from crawler.checkers.menusweep import run_menu_sweep

        if not find_executable(cfg["browser.executable_path"]):
            run.notes.append("未找到 Chromium：无法进行菜单点击巡检。")
        else:
            run.results.extend(asyncio.run(run_menu_sweep(cfg, starts, run.run_id)))
    from crawler.checkers.findings import findings_for

    run.findings = findings_for(run.results, run.run_id)
    run.finished_at = iso(datetime.now(UTC))
    return run


def save(run: SweepRun, store=None, out: str | Path | None = None) -> None:
    """Results to the ``sweeps`` collection and the JSONL file; findings to ``findings``."""
    if out:
        with atomic_output(out, "巡检结果文件") as tmp, tmp.open("w", encoding="utf-8") as fh:
            for result in run.results:
                fh.write(json.dumps(result, ensure_ascii=False) + "\n")
    if store is not None:
        store.upsert("sweeps", run.results)
        if run.findings:
            store.upsert("findings", run.findings)
        store.upsert("runs", [{
            "run_id": run.run_id, "kind": "sweep", "started_at": run.started_at, "finished_at": run.finished_at,
            "status": "failures" if run.confirmed else "ok", "checked": len(run.results),
            "failures": len(run.failures), "confirmed": len(run.confirmed), "findings": len(run.findings),
            "notes": run.notes}])
        store.refresh()
