"""Working days on China's official calendar (法定节假日 and 调休 adjusted workdays), via chinese-calendar.

Filing deadlines ("备案信息变更后 5 个工作日内报备") are counted in working days as the State Council publishes
them each year: holidays are not working days, and the adjusted weekend days (调休上班) are.

chinese-calendar only knows the years whose arrangement has been published (and ships in the installed version).
For a date outside that range we fall back to Monday–Friday and say so: ``WorkdayCount.fallback_years`` lists the
years counted that way and ``note`` is a Chinese sentence to put in a finding's reasons; a deadline computed that
way is *estimated* (``Deadline.estimated``).

A holiday file (setting ``general.holiday_file``) extends the calendar before the library has a year, or corrects
it: one line per day, ``日期,休`` (a holiday or a weekend day off) or ``日期,班`` (an adjusted working day), an
optional third column for a note, ``#`` comments and an optional header line. A year that appears in the file is
taken as fully published by it: its days not listed follow Monday–Friday and count as official.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import chinese_calendar

from core.settings import DEFAULT_TIMEZONE


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


class HolidayFileError(ValueError):
    """The holiday file cannot be read; the message names the file and line (Chinese)."""


_OFF = {"休", "假", "节假日", "休息", "holiday", "off"}
_ON = {"班", "上班", "调休上班", "工作日", "workday", "work"}


def parse_holiday_file(path: str | os.PathLike) -> dict[date, bool]:
    """``{day: is a working day}`` from a holiday file (see the module docstring)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise HolidayFileError(f"无法读取节假日文件 {path}：{exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise HolidayFileError(f"节假日文件 {path} 不是 UTF-8 编码") from None
    days: dict[date, bool] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cols = [c.strip() for c in line.replace("，", ",").replace("\t", ",").split(",")]
        if cols[0].lower() in ("日期", "date"):  # a header line
            continue
        if len(cols) < 2:
            raise HolidayFileError(f"节假日文件 {path} 第 {lineno} 行：应为“日期,休”或“日期,班”：{line}")
        try:
            day = date.fromisoformat(cols[0])
        except ValueError:
            raise HolidayFileError(f"节假日文件 {path} 第 {lineno} 行：日期应写作 2027-01-01：{cols[0]}") from None
        kind = cols[1].lower()
        if kind not in _OFF | _ON:
            raise HolidayFileError(f"节假日文件 {path} 第 {lineno} 行：第二列应为“休”或“班”：{cols[1]}")
        if day in days and days[day] != (kind in _ON):
            raise HolidayFileError(f"节假日文件 {path} 第 {lineno} 行：{day} 前面已有相反的记录")
        days[day] = kind in _ON
    return days


@lru_cache(maxsize=4096)
def _library_status(day: date) -> tuple[bool, bool]:
    try:
        return bool(chinese_calendar.is_workday(day)), True
    except NotImplementedError:
        return day.weekday() < 5, False


class WorkCalendar:
    """China's official calendar (chinese-calendar), extended or corrected by the days of a holiday file."""

    def __init__(self, extra: Mapping[date, bool] | None = None, source: str | None = None):
        self.extra = dict(extra or {})
        self.extra_years = frozenset(d.year for d in self.extra)
        self.source = source

    def status(self, day: date) -> tuple[bool, bool]:
        """(is a working day, decided by published data). Outside the data: Monday–Friday, False."""
        if day in self.extra:
            return self.extra[day], True
        if day.year in self.extra_years:
            return day.weekday() < 5, True
        return _library_status(day)

    def between(self, start: date | datetime, end: date | datetime, tz: str = DEFAULT_TIMEZONE) -> WorkdayCount:
        first, last = local_date(start, tz), local_date(end, tz)
        count = 0
        fallback: set[int] = set()
        day = first + timedelta(days=1)
        while day <= last:
            workday, official = self.status(day)
            count += workday
            if not official:
                fallback.add(day.year)
            day += timedelta(days=1)
        return WorkdayCount(count, first, last, tuple(sorted(fallback)))

    def deadline(self, start: date | datetime, amount: int, unit: str = "workday",
                 tz: str = DEFAULT_TIMEZONE) -> Deadline:
        """The last day of a time limit of ``amount`` working days (``unit="workday"``) or calendar days
        (``unit="day"``) counted from ``start``; 0 is the same day."""
        first = local_date(start, tz)
        if unit == "day":
            return Deadline(first + timedelta(days=amount), amount, unit)
        if unit != "workday":
            raise ValueError(f"unknown deadline unit {unit!r}")
        current, left, fallback = first, amount, set()
        while left > 0:
            current += timedelta(days=1)
            workday, official = self.status(current)
            if not official:
                fallback.add(current.year)
            left -= workday
        return Deadline(current, amount, unit, tuple(sorted(fallback)))


@dataclass(frozen=True)
class Deadline:
    """A time limit's last day; ``estimated`` when it was counted over years without published data."""

    day: date
    amount: int
    unit: str  # workday | day
    fallback_years: tuple[int, ...] = ()

    @property
    def estimated(self) -> bool:
        return bool(self.fallback_years)

    @property
    def limit_zh(self) -> str:
        if self.amount == 0:
            return "当天"
        return f"{self.amount} 个工作日" if self.unit == "workday" else f"{self.amount} 日（自然日）"

    @property
    def text(self) -> str:
        """``2027-01-08``, or ``2027-01-08（估算）`` when counted over years without holiday data."""
        return self.day.isoformat() + ("（估算）" if self.estimated else "")

    @property
    def note(self) -> str | None:
        if not self.estimated:
            return None
        years = "、".join(str(y) for y in self.fallback_years)
        return (f"{years} 年的节假日安排尚未收录，按周一至周五估算；可用配置项 general.holiday_file "
                f"提供节假日文件补充")


DEFAULT_CALENDAR = WorkCalendar()


@lru_cache(maxsize=8)
def _file_calendar(path: str, mtime_ns: int) -> WorkCalendar:
    return WorkCalendar(parse_holiday_file(path), source=path)


def calendar_for(holiday_file: str | os.PathLike | None) -> WorkCalendar:
    """The calendar extended by ``holiday_file`` (setting ``general.holiday_file``); the plain one when empty."""
    if not holiday_file:
        return DEFAULT_CALENDAR
    path = Path(holiday_file).expanduser()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise HolidayFileError(f"无法读取节假日文件 {path}：{exc.strerror or exc}") from None
    return _file_calendar(str(path), mtime)


def workday_status(day: date) -> tuple[bool, bool]:
    """(is a working day, decided by the official calendar). Outside the library's years: weekdays, False."""
    return DEFAULT_CALENDAR.status(day)


def is_workday(day: date) -> bool:
    """Whether ``day`` is a working day (official calendar; Monday–Friday for years without data)."""
    return workday_status(day)[0]


def local_date(value: date | datetime, tz: str = DEFAULT_TIMEZONE) -> date:
    """The calendar date of ``value`` in ``tz`` (naive datetimes are taken as already local)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(ZoneInfo(tz))
        return value.date()
    return value


def workdays_between(start: date | datetime, end: date | datetime, tz: str = DEFAULT_TIMEZONE,
                     calendar: WorkCalendar | None = None) -> WorkdayCount:
    """Working days elapsed from ``start`` to ``end``: those in (start, end], counted on local dates.

    A change first seen on a Friday and checked the next Monday has been pending 1 working day; the
    same day gives 0. ``end`` before ``start`` gives 0.
    """
    return (calendar or DEFAULT_CALENDAR).between(start, end, tz)
