"""Scrapy's per-callback source check (``WARN_ON_GENERATOR_RETURN_VALUE``) is off in govwatch's crawls
(crawler/settings.py): this test makes the same check once over every spider and adapter."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from scrapy.utils.misc import is_generator_with_return_value

import crawler.platforms
import crawler.spiders


def _generator_functions():
    for package in (crawler.spiders, crawler.platforms):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ != module.__name__:
                    continue
                for attr, func in vars(cls).items():
                    if inspect.isgeneratorfunction(func):
                        yield f"{module.__name__}.{cls.__name__}.{attr}", func


def test_no_spider_or_adapter_generator_returns_a_value():
    functions = dict(_generator_functions())
    assert "crawler.spiders.refresh.RefreshSpider.parse_followers" in functions  # the scan finds callbacks
    assert [name for name, func in functions.items() if is_generator_with_return_value(func)] == []


def test_the_check_would_catch_a_generator_returning_a_value():
    def callback(response):
        yield 1
        return 2

    assert is_generator_with_return_value(callback)


def test_crawls_skip_scrapys_per_callback_source_check(cfg):
    from crawler.settings import scrapy_settings

    assert scrapy_settings(cfg)["WARN_ON_GENERATOR_RETURN_VALUE"] is False
