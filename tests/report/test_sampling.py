"""The spot check: ≥ 10% of each city's results (鲁办便函〔2021〕226号 §三（三）, provincial departments all),
≥ 30% per city (粤办函〔2019〕90号 §三（四）); stratified; closed and undetermined apart; warnings; re-check field."""

from __future__ import annotations

import math

import pytest
from openpyxl import load_workbook

from alerts.report.html import render_html
from alerts.report.inspection import build_report, parse_period
from alerts.report.sampling import city_of, draw
from alerts.report.xlsx import write_xlsx
from tests.report.helpers import NOW, account, entry, seed

Q4 = parse_period("2026Q4")


@pytest.mark.parametrize("region, city", [
    ("山东省济南市历城区", "山东省济南市"), ("山东省济南市", "山东省济南市"), ("山东省", "山东省（省直）"),
    ("广东省深圳市", "广东省深圳市"), ("北京市朝阳区", "北京市"), ("", "（未填写地区）"),
    ("新疆维吾尔自治区乌鲁木齐市", "新疆维吾尔自治区乌鲁木齐市"),
])
def test_city_of_region(region, city):
    assert city_of(region) == city


def _registry(counts: dict[str, int], platform="weibo", status="active"):
    out, i = [], 0
    for region, n in counts.items():
        for _ in range(n):
            out.append(entry(i, region, f"{region}单位", platform=platform, status=status))
            i += 1
    return out


def _sampled_by_city(report):
    counts: dict[str, int] = {}
    for r in report.sample:
        counts[r.stratum] = counts.get(r.stratum, 0) + 1
    return counts


def test_shandong_takes_at_least_10_percent_of_each_city_and_all_provincial_accounts(store, cfg):
    sizes = {"山东省济南市": 23, "山东省青岛市": 9, "山东省淄博市": 41, "山东省": 4}
    reg = _registry(sizes)
    seed(store, reg, [account(e) for e in reg])
    report = build_report(store, cfg, Q4, seed=11, now=NOW)  # report.sample_share: the Shandong profile, 10%
    got = _sampled_by_city(report)
    for city, n in (("山东省济南市", 23), ("山东省青岛市", 9), ("山东省淄博市", 41)):
        assert got[city] == math.ceil(0.1 * n) and got[city] / n >= 0.1
    assert got["山东省（省直）"] == 4  # 省直部门：全覆盖检查
    assert not report.sampling.warnings


def test_guangdong_takes_30_percent_per_city_and_provincial_by_share(store, cfg):
    gd = cfg.with_overrides({"report.province": "guangdong"})
    sizes = {"广东省广州市": 10, "广东省深圳市": 7, "广东省": 5}
    reg = _registry(sizes)
    seed(store, reg, [account(e) for e in reg])
    got = _sampled_by_city(build_report(store, gd, Q4, seed=2, now=NOW))
    assert got == {"广东省广州市": 3, "广东省深圳市": 3, "广东省（省直）": 2}


def test_closed_and_undetermined_are_sampled_apart(store, cfg):
    live = _registry({"山东省济南市": 10})
    blocked = [entry(100 + i, "山东省济南市", "济南市单位", platform="kuaishou") for i in range(5)]
    closed = [entry(200 + i, "山东省济南市", "济南市单位", status="closed") for i in range(3)]
    seed(store, live + blocked + closed, [account(e) for e in live] + [account(e, "blocked") for e in blocked])
    report = build_report(store, cfg, Q4, sample_share=0.3, seed=5, now=NOW)
    strata = {(s.city, s.group): s for s in report.sampling.strata}
    result = strata[("山东省济南市", "result")]
    assert result.population == 10 and result.target == math.ceil(0.3 * 15) and result.drawn == 5
    assert strata[("山东省济南市", "undetermined")].drawn == 2  # ceil(0.3 * 5), counted apart
    assert strata[("山东省济南市", "closed")].drawn == 1
    groups = {r.entry["account_id"][:4] for r in report.sample}
    assert groups == {"weib", "kuai"}


def test_a_city_that_cannot_reach_its_share_is_warned_about(store, cfg):
    live = [entry(0, "山东省青岛市", "青岛市单位")]
    blocked = [entry(10 + i, "山东省青岛市", "青岛市单位", platform="kuaishou") for i in range(19)]
    seed(store, live + blocked, [account(live[0])] + [account(e, "blocked") for e in blocked])
    report = build_report(store, cfg, Q4, sample_share=0.1, seed=5, now=NOW)
    assert any(w.startswith("山东省青岛市：应抽查 2 个") and "差 1 个" in w for w in report.sampling.warnings)
    assert "山东省青岛市：应抽查 2 个" in render_html(report)


def test_a_share_below_the_provinces_minimum_is_warned_about(store, cfg):
    reg = _registry({"广东省广州市": 10})
    seed(store, reg, [account(e) for e in reg])
    gd = cfg.with_overrides({"report.province": "guangdong"})
    report = build_report(store, gd, Q4, sample_share=0.1, seed=1, now=NOW)
    assert "抽查比例 10% 低于广东规定的不低于 30%。" in report.sampling.warnings


def test_the_sample_is_reproducible_per_stratum():
    members = [(f"k{i}", "甲市" if i % 2 else "乙市", "result") for i in range(40)]
    a = draw(members, 0.3, 9, provincial_full=False)
    b = draw(list(reversed(members)), 0.3, 9, provincial_full=False)
    c = draw(members, 0.3, 10, provincial_full=False)
    assert a.keys == b.keys and a.keys != c.keys and len(a.keys) == 12


def test_sampled_accounts_have_a_manual_recheck_field(store, cfg, tmp_path):
    reg = _registry({"山东省济南市": 5})
    seed(store, reg, [account(e) for e in reg])
    report = build_report(store, cfg, Q4, sample_share=0.5, seed=1, now=NOW)
    wb = load_workbook(write_xlsx(report, tmp_path / "r.xlsx"))
    ws = wb["抽查样本"]
    header = [c.value for c in ws[1]]
    assert header[-4:] == ["人工复核结论", "复核说明", "复核人", "复核日期"]
    column = header.index("人工复核结论") + 1
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].formula1 == '"合格,不合格,无法判定"'
    assert str(validations[0].sqref) == f"{ws.cell(2, column).coordinate}:{ws.cell(4, column).coordinate}"
    assert "人工复核结论" in render_html(report) and "待复核" in render_html(report)


@pytest.mark.parametrize("region, city", [
    ("广东省广州市天河区", "广东省广州市"), ("浙江省杭州市", "浙江省杭州市"),
    ("湖北省恩施土家族苗族自治州恩施市", "湖北省恩施土家族苗族自治州"),
])
def test_city_names_ending_in_zhou_are_not_cut(region, city):
    assert city_of(region) == city
