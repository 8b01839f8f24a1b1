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
    monkeypatch.setattr(run, "crawl", lambda cfg, spider, **kw: seen.update(kw) or {"summary": {}})
    assert run.main(["refresh"]) == 0
    assert seen["tune_gc"] is True
    before = gc.get_threshold()
    try:
        run._tune_gc_for_crawl(None)
        assert gc.get_threshold() == run.CRAWL_GC_THRESHOLDS and gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
