"""Inspection report: numbers traced back to findings, reproducible sample, escaping, no formula injection."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from alerts.report.html import render_html, write_html
from alerts.report.inspection import PeriodError, add_workdays, build_report, parse_period
from alerts.report.xlsx import write_xlsx
from core.findings import make_finding
from tests.report.helpers import NOW, TZ, account, entry

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>\x07'


@pytest.fixture
def populated(store):
    registry = [entry(i, "山东省济南市", "济南市公安局") for i in range(6)]
    registry += [entry(i, "广东省广州市", "广州市交通运输局", platform="wechat") for i in range(6, 10)]
    registry.append(entry(10, "广东省广州市", "=HYPERLINK(\"http://evil\")", platform="wechat", name=HOSTILE))
    registry.append(entry(11, "广东省广州市", "广州市已撤销单位", status="closed"))
    store.upsert("registry", registry)
    store.upsert("accounts", [account(e) for e in registry if e["status"] == "active"])
    at = datetime(2026, 11, 20, 2, 0, tzinfo=TZ)
    findings = [
        make_finding("zombie", "weibo", "weibo0", score=1.0, reasons=["已 20 天未更新"], detected_at=at),
        make_finding("broken_link", "weibo", "weibo1", score=0.8, reasons=["链接失效"], detected_at=at,
                     evidence={"url": "http://127.0.0.1/a"}),
        make_finding("dead_menu", "weibo", "weibo1", score=0.8, reasons=["菜单失效"], detected_at=at,
                     evidence={"url": "http://127.0.0.1/", "menu_path": ["办事", "社保"]}),
        make_finding("content", "wechat", "wechat6", score=0.9, reasons=["错敏字"], detected_at=at,
                     evidence={"post_id": "p1", "rule": "sensitive:3"}),
        make_finding("impostor", "weibo", "fake1", score=0.9, reasons=[HOSTILE], detected_at=at,
                     target={"platform": "weibo", "account_id": "weibo2", "name": "济南市公安局2"},
                     evidence={"name": HOSTILE}),
        make_finding("unregistered", "douyin", "dy9", score=0.9, unit="济南市文旅局", reasons=["政务认证但未备案"],
                     detected_at=at, evidence={"region": "山东省济南市"}),
        make_finding("zombie", "wechat", "wechat10", score=1.0, reasons=["-1+2"], detected_at=at),
        # the whole platform was blocked: a note on each of its accounts, not a deduction
        make_finding("platform_blocked", "wechat", "", score=1.0, reasons=["验证码"], detected_at=at,
                     evidence={"signal": "captcha"}),
        # outside the period: must not count
        make_finding("zombie", "weibo", "weibo3", score=1.0, reasons=["旧发现"],
                     detected_at=datetime(2026, 9, 1, tzinfo=TZ)),
        # dismissed by a reviewer: must not count
        make_finding("zombie", "weibo", "weibo4", score=1.0, reasons=["误报"], detected_at=at),
    ]
    store.upsert("findings", findings)
    dismissed = next(iter(store.scan("findings", {"account_id": "weibo4"})))
    store.upsert("alerts", [{"_id": dismissed["_id"], "state": "dismissed", "kind": "zombie"}])
    return store


def test_parse_period():
    q4 = parse_period("2026Q4")
    assert q4.start == datetime(2026, 10, 1, tzinfo=TZ) and q4.end == datetime(2027, 1, 1, tzinfo=TZ)
    assert parse_period("2026-02").end == datetime(2026, 3, 1, tzinfo=TZ)
    assert parse_period("2026-10-01..2026-10-31").end == datetime(2026, 11, 1, tzinfo=TZ)
    for bad in ("2026Q5", "去年", "2026-13", "2026-10-31..2026-10-01"):
        with pytest.raises(PeriodError):
            parse_period(bad)


def test_add_workdays_uses_official_calendar():
    # 2026-09-30 (Wed) + 1 working day skips the National Day holiday (Oct 1–7 are holidays in 2026).
    assert add_workdays(date(2026, 9, 30), 1) > date(2026, 10, 7)
    assert add_workdays(date(2026, 11, 20), 1) == date(2026, 11, 23)  # Friday → Monday


def test_numbers_come_from_findings(populated, cfg):
    report = build_report(populated, cfg, parse_period("2026Q4"), sample_share=0.3, seed=42, now=NOW)
    by_id = {r.entry["account_id"]: r for r in report.results}
    assert len(report.results) == 12
    assert by_id["weibo0"].vetoes and by_id["weibo0"].verdict == "不合格"
    assert by_id["weibo1"].score == 90 and by_id["weibo1"].verdict == "合格"
    assert by_id["wechat6"].score == 97  # a content finding without a category: "其他内容问题", -3
    assert by_id["weibo3"].findings == [] and by_id["weibo4"].findings == []  # out of period / dismissed
    assert len(by_id["weibo2"].impostors) == 1
    assert by_id["weibo11"].verdict == "已关停/注销"
    totals = report.totals()
    assert totals["failed"] == 2 and totals["impostors"] == 1 and totals["unregistered"] == 1
    assert totals["undetermined"] == 0 and totals["inspected"] == 11 and totals["passed"] == 9
    assert totals["kinds"] == {"zombie": 2, "broken_link": 1, "dead_menu": 1, "content": 1, "platform_blocked": 1}
    # the platform was blocked before the accounts' last successful crawl: a note, not a gap in coverage
    assert by_id["wechat7"].notes == ["平台拦截（2026-11-20 02:00）：验证码"] and by_id["wechat7"].score == 100
    assert by_id["wechat7"].verdict == "合格"
    assert by_id["weibo5"].notes == []
    regions = {row["name"]: row for row in report.stats("region")}
    assert regions["山东省济南市"]["accounts"] == 6 and regions["山东省济南市"]["failed"] == 1
    assert regions["广东省广州市"]["kind_zombie"] == 1
    problems = [(r.account_id, r.problem) for r in report.rectification]
    assert ("weibo1", "功能无法使用（链接、菜单失效）") in problems
    assert ("fake1", "发现仿冒账号，应立即商请平台依法处置") in problems
    other = [r for r in report.rectification if r.problem.startswith("功能无法使用")]
    assert all(r.deadline.day == add_workdays(NOW.date(), cfg["report.rectify_workdays"]) for r in other)


def test_sample_is_reproducible_from_seed(populated, cfg):
    period = parse_period("2026Q4")
    a = build_report(populated, cfg, period, sample_share=0.3, seed=7, now=NOW)
    b = build_report(populated, cfg, period, sample_share=0.3, seed=7, now=NOW)
    c = build_report(populated, cfg, period, sample_share=0.3, seed=8, now=NOW)
    keys = lambda r: sorted(x.key for x in r.sample)  # noqa: E731
    assert len(a.sample) == 5  # per city: 济南 ceil(0.3*6)=2, 广州 ceil(0.3*5)=2, and 广州's closed account apart: 1
    assert keys(a) == keys(b)
    assert keys(a) != keys(c) or keys(a) != keys(build_report(populated, cfg, period, sample_share=0.3, seed=9,
                                                               now=NOW))
    region = build_report(populated, cfg, period, region="山东", sample_share=0.1, seed=7, now=NOW)
    assert len(region.results) == 6 and len(region.sample) == 1


def test_html_escapes_hostile_text(populated, cfg, tmp_path):
    report = build_report(populated, cfg, parse_period("2026Q4"), sample_share=1.0, seed=1, now=NOW)
    html = render_html(report)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "data:image/png;base64," in html  # charts are inlined: the page is self-contained
    assert 'src="http' not in html and "<link " not in html
    write_html(report, tmp_path / "r.html")
    assert (tmp_path / "r.html").stat().st_size > 1000


def test_xlsx_sections_and_no_formula_injection(populated, cfg, tmp_path):
    report = build_report(populated, cfg, parse_period("2026Q4"), sample_share=0.3, seed=3, now=NOW)
    path = write_xlsx(report, tmp_path / "r.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["概况", "逐账号结果", "抽查样本", "抽查分层", "分地区统计", "分单位统计", "分平台统计",
                             "无法判定", "整改清单", "仿冒账号", "未备案账号", "评分规则"]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} became a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@")), (ws.title, cell.value)
    units = [c.value for c in wb["逐账号结果"]["C"]]
    assert "'=HYPERLINK(\"http://evil\")" in units
    assert len(list(wb["抽查样本"].iter_rows())) == 1 + 5
    summary = {r[0].value: r[1].value for r in wb["概况"].iter_rows()}
    assert summary["抽样随机种子（可复现）"] == 3 and summary["不合格"] == 2


@pytest.mark.slow
@pytest.mark.e2e
def test_cli_report(populated, govwatch_bin, tmp_path):
    populated.close()
    out = tmp_path / "q4.xlsx"
    proc = subprocess.run([govwatch_bin, "report", "inspection", "--period", "2026Q4", "--sample", "0.3", "--seed",
                           "5", "--out", str(out), "--both", "--json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["seed"] == 5 and summary["accounts"] == 12 and summary["sampled"] == 5
    assert out.exists() and out.with_suffix(".html").exists()
    assert "/alerts/" not in out.with_suffix(".html").read_text(encoding="utf-8")
    bad = subprocess.run([govwatch_bin, "report", "inspection", "--period", "2026Q9", "--out", str(out)],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "2026Q9" in bad.stderr
    linked = subprocess.run([govwatch_bin, "report", "inspection", "--period", "2026Q4", "--links", "--out",
                             str(tmp_path / "linked.html")], capture_output=True, text=True, timeout=120)
    assert linked.returncode == 0, linked.stderr
    assert "/alerts/" in (tmp_path / "linked.html").read_text(encoding="utf-8")
    holidays = tmp_path / "holidays.csv"
    holidays.write_text("2027-01-01,休\n2027-01-02\n", encoding="utf-8")
    env = {**os.environ, "GOVWATCH_GENERAL__HOLIDAY_FILE": str(holidays)}
    broken = subprocess.run([govwatch_bin, "report", "inspection", "--period", "2026Q4", "--out",
                             str(tmp_path / "never.xlsx")], capture_output=True, text=True, timeout=120, env=env)
    assert broken.returncode == 2 and "第 2 行" in broken.stderr and not (tmp_path / "never.xlsx").exists()


@pytest.mark.browser
def test_pdf_export_prints_the_html_page(populated, cfg, tmp_path, chromium_path):
    from alerts.report.pdf import write_pdf

    report = build_report(populated, cfg, parse_period("2026Q4"), sample_share=0.3, seed=3, now=NOW)
    path = write_pdf(report, tmp_path / "q4.pdf", cfg)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.count(b"/Type /Page") >= 2 and len(data) > 20_000
