"""Deadlines on the rectification list: impostors the same day (鲁办便函〔2021〕226号 §四（二）“立即”), unregistered
accounts and registry problems within the filing deadline (5 working days, §一; Guangdong “3日内” calendar days,
粤办函〔2019〕90号 §四（二）), the rest from the report date; resolved alerts leave the list; dates past
chinese-calendar's range are estimated unless a holiday file covers them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from alerts.report.html import render_html
from alerts.report.inspection import build_report, parse_period
from core.findings import make_finding
from tests.report.helpers import TZ, account, entry, finding, seed

NOV = datetime(2026, 11, 20, 10, 0, tzinfo=TZ)  # a Friday
Q4 = parse_period("2026Q4")


def _rows(report, problem_prefix):
    return [r for r in report.rectification if r.problem.startswith(problem_prefix)]


def _impostor(e, at):
    return make_finding("impostor", "weibo", "fake1", score=0.9, reasons=["名称仿冒"], detected_at=at,
                        target={"platform": "weibo", "account_id": e["account_id"]}, evidence={"name": "假冒"})


def _unregistered(at):
    return make_finding("unregistered", "douyin", "dy1", score=0.9, unit="济南市文旅局", reasons=["政务认证但未备案"],
                        detected_at=at, evidence={"region": "山东省济南市", "name": "济南文旅"})


def test_impostor_deadline_is_the_day_it_was_found(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    seed(store, [e], [account(e, at=NOV)], [_impostor(e, NOV - timedelta(days=3))])
    today = build_report(store, cfg, Q4, seed=1, now=NOV - timedelta(days=3, hours=-1))
    (row,) = _rows(today, "发现仿冒账号")
    assert row.deadline.day == date(2026, 11, 17) and row.deadline.limit_zh == "当天" and not row.overdue
    later = build_report(store, cfg, Q4, seed=1, now=NOV)
    (row,) = _rows(later, "发现仿冒账号")
    assert row.deadline.day == date(2026, 11, 17) and row.overdue
    assert "已逾期" in render_html(later)


def test_unregistered_accounts_are_on_the_list_with_five_working_days(store, cfg):
    seed(store, [], findings=[_unregistered(NOV)])
    report = build_report(store, cfg, Q4, seed=1, now=NOV)
    (row,) = _rows(report, "发现未备案")
    assert row.unit == "济南市文旅局" and row.account_id == "dy1"
    assert row.deadline.day == date(2026, 11, 27)  # Fri + 5 working days
    assert row.limit == "5 个工作日（自 2026-11-20 首次发现起）" and not row.deadline.estimated


def test_guangdong_filing_deadline_is_three_calendar_days(store, cfg):
    gd = cfg.with_overrides({"report.province": "guangdong"})
    assert gd["registry.filing_deadline_unit"] == "day" and gd["registry.filing_deadline_workdays"] == 3
    e = entry(1, "广东省广州市", "广州市公安局")
    seed(store, [e], [account(e, at=NOV)],
         [_unregistered(NOV), finding("registry_mismatch", e, rule="name", first_seen_at=NOV.isoformat())])
    report = build_report(store, gd, Q4, seed=1, now=NOV)
    (row,) = _rows(report, "发现未备案")
    assert row.deadline.day == date(2026, 11, 23)  # Friday + 3 days = Monday, weekend included
    (mismatch,) = _rows(report, "备案信息不符")
    assert mismatch.deadline.day == date(2026, 11, 23) and mismatch.limit.startswith("3 日（自然日）")


def test_other_problems_count_from_the_report_date(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    seed(store, [e], [account(e, at=NOV)], [finding("zombie", e, at=NOV - timedelta(days=30))])
    (row,) = build_report(store, cfg, Q4, seed=1, now=NOV).rectification
    assert row.deadline.day == date(2026, 11, 27) and row.limit == "5 个工作日（自报告之日起）"


def test_resolved_and_taken_down_alerts_leave_the_list(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    zombie, impostor, unreg = finding("zombie", e, at=NOV), _impostor(e, NOV), _unregistered(NOV)
    seed(store, [e], [account(e, at=NOV)], [zombie, impostor, unreg])
    ids = {f["kind"]: f["_id"] for f in store.scan("findings")}
    store.upsert("alerts", [{"_id": ids["zombie"], "kind": "zombie", "state": "resolved"},
                            {"_id": ids["impostor"], "kind": "impostor", "state": "taken_down"},
                            {"_id": ids["unregistered"], "kind": "unregistered", "state": "confirmed",
                             "first_seen": (NOV - timedelta(days=7)).isoformat()}])
    report = build_report(store, cfg, Q4, seed=1, now=NOV)
    assert [(r.problem, r.alert_state) for r in report.rectification] == [("发现未备案的政务账号，应完成备案（或关停）",
                                                                            "confirmed")]
    # the open alert's first sighting is when the filing clock started: 11-13 + 5 working days
    assert report.rectification[0].deadline.day == date(2026, 11, 20)
    # a resolved problem still counts for the period's result
    assert report.results[0].verdict == "不合格"


def test_dates_past_the_calendar_data_are_estimated(store, cfg):
    late = datetime(2026, 12, 30, 10, 0, tzinfo=TZ)
    e = entry(1, "山东省济南市", "济南市公安局")
    seed(store, [e], [account(e, at=late)], [finding("zombie", e, at=late)])
    (row,) = build_report(store, cfg, Q4, seed=1, now=late).rectification
    assert row.deadline.estimated and row.deadline.text.endswith("（估算）") and "2027" in row.deadline.note
    assert "（估算）" in render_html(build_report(store, cfg, Q4, seed=1, now=late))


def test_a_holiday_file_extends_the_calendar(store, cfg, tmp_path):
    holidays = tmp_path / "holidays.csv"
    holidays.write_text("日期,类型,说明\n2027-01-01,休,元旦\n2027-01-04,休,假想的调休\n2027-01-09,班,调休上班\n",
                        encoding="utf-8")
    extended = cfg.with_overrides({"general.holiday_file": str(holidays)})
    late = datetime(2026, 12, 30, 10, 0, tzinfo=TZ)  # Wednesday
    e = entry(1, "山东省济南市", "济南市公安局")
    seed(store, [e], [account(e, at=late)], [finding("zombie", e, at=late)])
    (row,) = build_report(store, extended, Q4, seed=1, now=late).rectification
    # 12-31 (1), 01-01 off, 01-04 off, 01-05 (2), 01-06 (3), 01-07 (4), 01-08 (5)
    assert row.deadline.day == date(2027, 1, 8) and not row.deadline.estimated
