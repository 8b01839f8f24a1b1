"""Working days on China's official calendar (chinese-calendar data for 2026: Mid-Autumn 9-25..27,
National Day 10-01..07, adjusted workdays Sunday 9-20 and Saturday 10-10)."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from core.workdays import is_workday, local_date, workday_status, workdays_between

SH = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize("day, expected", [
    (date(2026, 10, 1), False),   # National Day, Thursday
    (date(2026, 10, 5), False),   # holiday Monday
    (date(2026, 10, 8), True),    # first working day after the holiday
    (date(2026, 10, 10), True),   # Saturday, adjusted workday (调休上班)
    (date(2026, 10, 11), False),  # ordinary Sunday
    (date(2026, 9, 20), True),    # Sunday, adjusted workday
    (date(2026, 9, 25), False),   # Mid-Autumn Festival, Friday
])
def test_official_calendar_2026(day, expected):
    assert is_workday(day) is expected
    assert workday_status(day) == (expected, True)


def test_national_day_week_counts_two_workdays_not_seven():
    count = workdays_between(date(2026, 9, 30), date(2026, 10, 9))
    assert count.days == 2  # 10-08 and 10-09; Monday–Friday would give 7
    assert count.official and count.note is None


def test_adjusted_saturday_counts():
    assert workdays_between(date(2026, 10, 9), date(2026, 10, 12)).days == 2  # Sat 10-10 (adjusted) + Mon 10-12


def test_adjusted_sunday_counts():
    assert workdays_between(date(2026, 9, 18), date(2026, 9, 21)).days == 2  # Sun 9-20 (adjusted) + Mon 9-21


def test_interval_is_after_start_up_to_end():
    assert workdays_between(date(2026, 11, 20), date(2026, 11, 20)).days == 0
    assert workdays_between(date(2026, 11, 20), date(2026, 11, 23)).days == 1  # Fri → Mon
    assert workdays_between(date(2026, 11, 23), date(2026, 11, 20)).days == 0  # end before start


def test_datetimes_are_counted_on_local_dates():
    # 2026-10-09 23:30 UTC is already Saturday 10-10 in Shanghai: only Monday 10-12 follows it.
    start = datetime(2026, 10, 9, 23, 30, tzinfo=UTC)
    assert local_date(start) == date(2026, 10, 10)
    assert workdays_between(start, datetime(2026, 10, 12, 9, 0, tzinfo=SH)).days == 1
    assert workdays_between(start, datetime(2026, 10, 12, 9, 0, tzinfo=SH), tz="UTC").days == 2


def test_years_without_data_fall_back_to_weekdays_and_say_so():
    # No library will have 2100's arrangement: Friday 2100-01-01 counts as a working day.
    count = workdays_between(date(2099, 12, 31), date(2100, 1, 8))
    assert count.days == 6  # Fri 1-1, Mon 1-4 … Fri 1-8
    assert not count.official and count.fallback_years == (2100,)
    assert "2100" in count.note and "周一至周五" in count.note
    assert workday_status(date(2100, 1, 2)) == (False, False)


def test_deadline_in_working_days_is_estimated_past_the_data():
    from core.workdays import DEFAULT_CALENDAR

    inside = DEFAULT_CALENDAR.deadline(date(2026, 9, 30), 1)
    assert inside.day == date(2026, 10, 8) and not inside.estimated and inside.text == "2026-10-08"
    past = DEFAULT_CALENDAR.deadline(date(2026, 12, 30), 5)
    assert past.estimated and past.fallback_years == (2027,) and past.text.endswith("（估算）")
    assert "general.holiday_file" in past.note


def test_deadline_in_calendar_days_ignores_holidays():
    from core.workdays import DEFAULT_CALENDAR

    d = DEFAULT_CALENDAR.deadline(date(2026, 9, 30), 3, unit="day")
    assert d.day == date(2026, 10, 3) and d.limit_zh == "3 日（自然日）" and not d.estimated
    assert DEFAULT_CALENDAR.deadline(date(2026, 9, 30), 0, unit="day").limit_zh == "当天"


def test_holiday_file_extends_and_corrects_the_calendar(tmp_path):
    from core.workdays import calendar_for

    path = tmp_path / "h.csv"
    path.write_text("# 2027 年安排（示例）\n日期,类型\n2027-01-01,休,元旦\n2027-02-07,班\n2026-10-12,休,更正\n",
                    encoding="utf-8")
    cal = calendar_for(str(path))
    assert cal.status(date(2027, 1, 1)) == (False, True)
    assert cal.status(date(2027, 2, 7)) == (True, True)  # a Sunday made a working day
    assert cal.status(date(2027, 3, 1)) == (True, True)  # a listed year is published: weekdays are official
    assert cal.status(date(2026, 10, 12)) == (False, True)  # the file corrects a year the library has
    assert cal.status(date(2028, 3, 1)) == (True, False)
    assert workdays_between(date(2026, 12, 31), date(2027, 1, 4), calendar=cal).days == 1  # only Monday 01-04
    assert calendar_for("") is calendar_for(None)


@pytest.mark.parametrize("text, message", [
    ("2027-01-01\n", "第 1 行：应为"),
    ("2027/01/01,休\n", "第 1 行：日期应写作"),
    ("2027-01-01,放假啦\n", "第 1 行：第二列"),
    ("2027-01-01,休\n2027-01-01,班\n", "第 2 行：2027-01-01 前面已有相反的记录"),
])
def test_holiday_file_errors_name_the_line(tmp_path, text, message):
    from core.workdays import HolidayFileError, parse_holiday_file

    path = tmp_path / "h.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HolidayFileError, match=message):
        parse_holiday_file(path)
