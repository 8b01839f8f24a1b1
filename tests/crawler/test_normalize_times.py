"""NormalizePipeline's time stamps: the cached formatting gives exactly the uncached values."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.records import iso, parse_time
from crawler import pipelines


@pytest.mark.parametrize("value", ["2026-12-01T10:00:00Z", "2026-12-01 10:00:00", "2026-12-01T10:00:00.9+02:00",
                                   "2026-03-29T01:30:00-07:00", "2026-12-01"])
def test_normal_time_equals_the_uncached_conversion(value):
    expected = iso(parse_time(value).astimezone(pipelines.CST))
    assert pipelines._normal_time(value) == expected
    assert pipelines._normal_time(value) == expected  # from the cache


def test_unreadable_times_still_fail_every_time():
    for _ in range(2):
        with pytest.raises(ValueError):
            pipelines._normal_time("昨天 10:00")


def test_now_is_the_current_second(monkeypatch):
    clock = [1_764_633_599.999]
    monkeypatch.setattr(pipelines.time, "time", lambda: clock[0])
    monkeypatch.setattr(pipelines, "_now_cache", (-1, ""))
    assert pipelines._now_iso() == iso(datetime.fromtimestamp(1_764_633_599, pipelines.CST))
    clock[0] = 1_764_633_600.0  # the next second: a new stamp, not the cached one
    assert pipelines._now_iso() == iso(datetime.fromtimestamp(1_764_633_600, pipelines.CST))
    monkeypatch.undo()
    before = iso(datetime.now(pipelines.CST))
    stamp = pipelines._now_iso()
    after = iso(datetime.now(pipelines.CST))
    assert before <= stamp <= after
