"""``python -m crawler.run``: the process that runs one crawl."""

from __future__ import annotations


def test_crawl_process_tunes_the_garbage_collector_when_the_spider_opens(monkeypatch):
    """``python -m crawler.run`` is a process for one crawl: what exists when the spider opens (modules, engine)
    is frozen out of the collector's scans and young objects are collected less often; in-process callers
    (``govwatch crawl``, tests) keep the interpreter's settings unless they ask."""
    import gc
    import logging

    import crawler.run as run

    seen = {}
    monkeypatch.setattr(logging, "basicConfig", lambda **kw: None)
    monkeypatch.setattr(run, "crawl_sequence", lambda cfg, jobs, **kw: seen.update(kw) or [{"summary": {}}])
    assert run.main(["refresh"]) == 0
    assert seen["tune_gc"] is True
    before = gc.get_threshold()
    try:
        run._tune_gc_for_crawl(None)
        assert gc.get_threshold() == run.CRAWL_GC_THRESHOLDS and gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_crawls_run_no_remote_control_server(cfg):
    """Scrapy 2.19 starts, by default, an HTTP server executing Python code sent to it; govwatch's crawls (of
    hostile content) leave it out, and do not import it."""
    from scrapy.utils.test import get_crawler

    from crawler.settings import scrapy_settings

    crawler = get_crawler(settings_dict=scrapy_settings(cfg))
    crawler._apply_settings()
    names = [type(ext).__name__ for ext in crawler.extensions.middlewares]
    assert "CoreStats" in names and "RemoteControl" not in names
    assert "scrapy.extensions.remote_control.RemoteControl" not in crawler.extensions._get_mwlist_from_settings(
        crawler.settings)
