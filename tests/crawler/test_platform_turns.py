"""A refresh of several platforms keeps every platform busy: one platform's accounts must not take up all of
``CONCURRENT_REQUESTS`` while the others wait (stored accounts come back platform by platform)."""

from __future__ import annotations

from crawler.spiders.refresh import interleaved


def test_targets_take_turns_by_platform_keeping_each_platforms_order():
    targets = [("weibo", "1"), ("weibo", "2"), ("weibo", "3"), ("bilibili", "7"), ("wechat", "9"), ("bilibili", "8")]
    assert interleaved(targets) == [("weibo", "1"), ("bilibili", "7"), ("wechat", "9"), ("weibo", "2"),
                                    ("bilibili", "8"), ("weibo", "3")]
    assert interleaved([]) == []
