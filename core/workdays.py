"""Working days on China's official calendar (法定节假日 and 调休 adjusted workdays), via chinese-calendar.

Filing deadlines ("备案信息变更后 5 个工作日内报备") are counted in working days as the State Council publishes
them each year: holidays are not working days, and the adjusted weekend days (调休上班) are.

chinese-calendar only knows the years whose arrangement has been published (and ships in the installed version).
For a date outside that range we fall back to Monday–Friday and say so: ``WorkdayCount.fallback_years`` lists the
years counted that way and ``note`` is a Chinese sentence to put in a finding's reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import chinese_calendar


@dataclass(frozen=True)
class WorkdayCount:
    """Working days in the half-open interval (start, end]: the days after ``start`` up to and including ``end``."""

    days: int
    start: date
    end: date
    fallback_years: tuple[int, ...] = ()  # years without official data, counted as Monday–Friday

    @property
    def official(self) -> bool:
        return not self.fallback_years

    @property
    def note(self) -> str | None:
        if self.official:
            return None
        years = "、".join(str(y) for y in self.fallback_years)
        return f"{years} 年没有官方节假日安排数据，按周一至周五计算工作日"


@lru_cache(maxsize=4096)
def workday_status(day: date) -> tuple[bool, bool]:
    """(is a working day, decided by the official calendar). Outside the library's years: weekdays, False."""
    try:
        return bool(chinese_calendar.is_workday(day)), True
    except NotImplementedError:
        return day.weekday() < 5, False


def is_workday(day: date) -> bool:
    """Whether ``day`` is a working day (official calendar; Monday–Friday for years without data)."""
    return workday_status(day)[0]


def local_date(value: date | datetime, tz: str = "Asia/Shanghai") -> date:
    """The calendar date of ``value`` in ``tz`` (naive datetimes are taken as already local)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(ZoneInfo(tz))
        return value.date()
    return value


def workdays_between(start: date | datetime, end: date | datetime, tz: str = "Asia/Shanghai") -> WorkdayCount:
    """Working days elapsed from ``start`` to ``end``: those in (start, end], counted on local dates.

    A change first seen on a Friday and checked the next Monday has been pending 1 working day; the
    same day gives 0. ``end`` before ``start`` gives 0.
    """
    first, last = local_date(start, tz), local_date(end, tz)
    count = 0
    fallback: set[int] = set()
    day = first + timedelta(days=1)
    while day <= last:
        workday, official = workday_status(day)
        count += workday
        if not official:
            fallback.add(day.year)
        day += timedelta(days=1)
    return WorkdayCount(count, first, last, tuple(sorted(fallback)))
