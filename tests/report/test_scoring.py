"""Inspection scoring by the rules (issue #18): vetoes, capped deductions, the pass line, per-province settings,
closed accounts still running, the publishable HTML. Each rule's source is in docs/SCORING.md."""

from __future__ import annotations

import re

import pytest

from alerts.report.html import render_html
from alerts.report.inspection import build_report, parse_period
from alerts.report.scoring import INDICATORS, Rules, classify
from core.findings import make_finding
from core.settings import PROVINCE_PROFILES, REPORT_INDICATORS, SETTINGS, ConfigError, load_config
from tests.conftest import REPO
from tests.report.helpers import IN_PERIOD, NOW, account, entry, finding, seed, start_result

Q4 = parse_period("2026Q4")
SCORING_MD = REPO / "docs" / "SCORING.md"


def _one(store, cfg, e, findings, *, record=True, sweeps=(), **kw):
    seed(store, [e], [account(e)] if record and e["platform"] not in ("website", "app", "miniprogram") else [],
         findings, sweeps)
    report = build_report(store, cfg, Q4, sample_share=0.1, seed=1, now=NOW, **kw)
    return report, report.results[0]


def test_a_serious_content_error_is_a_veto_not_three_points(store, cfg):
    """The issue's example: "习近乎总书记" cost 3 points and the account passed with 97."""
    e = entry(1, "山东省济南市", "济南市公安局")
    wrong = finding("content", e, category="sensitive", rule="sensitive:7", match="习近乎总书记", post_id="p1")
    _, r = _one(store, cfg, e, [wrong])
    assert r.verdict == "不合格" and r.vetoes == ["发布不当内容（错敏字、严重表述错误）"] and r.score == 100


@pytest.mark.parametrize("platform, kind, evidence, indicator", [
    ("weibo", "zombie", {"rule": "zombie"}, "not_updated"),
    ("weibo", "content", {"category": "sensitive", "post_id": "p"}, "improper_content"),
    ("app", "broken_link", {"url": "http://app.example/dl", "found_on": None}, "app_unusable"),
    ("miniprogram", "broken_link", {"url": "http://mp.example/", "found_on": None}, "app_unusable"),
    ("website", "site_unreachable", {"url": "http://site.example/"}, "site_unreachable"),
    ("weibo", "registry_mismatch", {"rule": "closed_but_live"}, "closure_unfinished"),
    ("weibo", "registry_mismatch", {"rule": "gone"}, "account_gone"),
])
def test_each_automated_veto_item_fails_the_account(store, cfg, platform, kind, evidence, indicator):
    url = "http://site.example/" if platform in ("website", "app", "miniprogram") else None
    e = entry(1, "山东省济南市", "济南市人民政府办公厅", platform=platform, url=url,
              status="closed" if indicator == "closure_unfinished" else "active")
    sweeps = [start_result(e)] if url else []
    _, r = _one(store, cfg, e, [finding(kind, e, **evidence)], sweeps=sweeps)
    assert [h.indicator.id for h in r.hits] == [indicator]
    assert r.hits[0].role == "veto" and r.verdict == "不合格"


def test_every_veto_of_the_list_has_an_indicator_and_the_manual_ones_say_so():
    """粤办函〔2019〕90号 §四（四）: 发布不当内容、2周未更新、APP无法下载使用、未提供有效互动、强制要求点赞."""
    vetoes = load_config(env={})["report.vetoes"]
    by_id = {i.id: i for i in INDICATORS}
    for name in ("not_updated", "improper_content", "app_unusable", "no_interaction", "forced_likes"):
        assert name in vetoes and "粤办函〔2019〕90号 §四（四）" in by_id[name].source
    assert not by_id["no_interaction"].automated and not by_id["forced_likes"].automated
    assert "人工复核" in by_id["no_interaction"].detected_by


def test_website_availability_is_a_veto_for_websites_only(store, cfg):
    site = entry(1, "山东省济南市", "济南市人民政府办公厅", platform="website", url="http://site.example/")
    down = make_finding("site_unreachable", "website", "website1", score=0.9, reasons=["无法访问"], detected_at=IN_PERIOD,
                        evidence={"url": "http://site.example/"})
    _, r = _one(store, cfg, site, [down], sweeps=[start_result(site)])
    assert r.verdict == "不合格" and r.vetoes == ["网站无法访问"]
    assert classify({"kind": "site_unreachable"}, "app", ()) == "app_unusable"


def test_other_registry_mismatches_are_deductions(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    _, r = _one(store, cfg, e, [finding("registry_mismatch", e, rule="name"), finding("registry_mismatch", e,
                                                                                    rule="avatar")])
    assert [(h.indicator.id, h.points) for h in r.hits] == [("registry", 10)] and r.verdict == "合格"


def test_deductions_are_capped_at_the_indicators_weight(store, cfg):
    """Nine broken links alone no longer fail an account: 功能无法使用 costs at most its weight (20)."""
    e = entry(1, "山东省济南市", "济南市公安局")
    links = [finding("broken_link", e, url=f"http://x/{i}", found_on="http://x/") for i in range(9)]
    _, r = _one(store, cfg, e, links)
    (hit,) = r.hits
    assert (hit.uncapped, hit.points, hit.cap, hit.capped) == (45, 20, 20, True)
    assert r.score == 80 and r.verdict == "合格" and "已达上限 20 分" in hit.label


def test_caps_apply_per_indicator_and_deductions_add_up_to_a_fail(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    found = [finding("broken_link", e, url=f"http://x/{i}", found_on="http://x/") for i in range(9)]
    found += [finding("content", e, category="advertising", post_id=f"a{i}") for i in range(4)]  # 20 → cap 15
    found += [finding("no_original", e)]  # 5
    found += [finding("duplicate", e, rule="same_unit")]  # 5
    _, r = _one(store, cfg, e, found)
    assert {h.indicator.id: h.points for h in r.hits} == {"service_broken": 20, "advertising": 15,
                                                          "no_original": 5, "duplicate": 5}
    assert r.score == 55 and r.verdict == "不合格" and not r.vetoes


def test_pass_line_is_a_setting_and_printed(store, cfg):
    strict = cfg.with_overrides({"report.pass_score": 85})
    e = entry(1, "山东省济南市", "济南市公安局")
    links = [finding("broken_link", e, url=f"http://x/{i}", found_on="http://x/") for i in range(9)]
    report, r = _one(store, strict, e, links)
    assert r.score == 80 and r.verdict == "不合格"
    html = render_html(report)
    assert "合格线</td><td>85 分" in html and "本地设定（report.pass_score）" in html


def test_scoring_rules_table_in_the_report_gives_sources(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    report, _ = _one(store, cfg, e, [])
    rows = {row["id"]: row for row in report.indicator_rows()}
    assert rows["service_broken"]["rule"] == "扣分：每项 5 分，最多 20 分"
    assert rows["not_updated"]["rule"] == "单项否决"
    html = render_html(report)
    for row in rows.values():
        assert row["source"] in html


@pytest.mark.parametrize("env, key", [
    ({"GOVWATCH_REPORT__VETOES": '["not_updated", "made_up"]'}, "report.vetoes"),
    ({"GOVWATCH_REPORT__DEDUCTIONS": '{"made_up": {"points": 1, "cap": 2}}'}, "report.deductions"),
    ({"GOVWATCH_REPORT__DEDUCTIONS": '{"duplicate": {"points": 1}}'}, "report.deductions"),
    ({"GOVWATCH_REPORT__DEDUCTIONS": '{"duplicate": {"points": -1, "cap": 2}}'}, "report.deductions"),
    ({"GOVWATCH_REPORT__PROVINCE": "hainan"}, "report.province"),
])
def test_bad_scoring_settings_are_refused_naming_the_key(env, key):
    with pytest.raises(ConfigError, match=re.escape(key)):
        load_config(env=env)


def test_an_indicator_can_be_moved_between_veto_deduction_and_listed(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    ads = [finding("content", e, category="advertising", post_id="a1")]
    veto = cfg.with_overrides({"report.vetoes": ["advertising"]})
    assert _one(store, veto, e, ads)[1].verdict == "不合格"
    rules = Rules.from_cfg(cfg.with_overrides({"report.deductions": {}, "report.vetoes": []}))
    assert rules.role("advertising") == "listed" and rules.describe("advertising") == "只列出，不计分"


def test_original_post_rule_per_province(store, cfg):
    """鲁办便函〔2021〕226号 §二（四）: one original post every 2 weeks; 粤办函〔2019〕90号 has no such rule."""
    e = entry(1, "广东省广州市", "广州市公安局")
    shandong = _one(store, cfg, e, [finding("no_original", e)])[1]
    assert shandong.score == 95 and shandong.hits[0].role == "deduction"
    guangdong = cfg.with_overrides({"report.province": "guangdong"})
    r = build_report(store, guangdong, Q4, sample_share=0.3, seed=1, now=NOW).results[0]
    assert r.score == 100 and r.hits[0].role == "listed" and "不计分" in r.hits[0].label


def test_closed_account_still_publishing_is_counted_and_fails(store, cfg):
    """Closed in the registry but still posting: the closure is unfinished, it is inspected, not dropped."""
    closed = entry(1, "山东省烟台市", "烟台市公安局交通警察支队", status="closed")
    quiet = entry(2, "山东省烟台市", "烟台市公安局交通警察支队", status="cancelled")
    seed(store, [closed, quiet], [account(closed)],
         [finding("registry_mismatch", closed, rule="closed_but_live", last_post_at="2026-11-19T10:00:00+08:00")])
    report = build_report(store, cfg, Q4, sample_share=0.1, seed=1, now=NOW)
    by = {r.entry["account_id"]: r for r in report.results}
    assert by["weibo1"].verdict == "不合格" and by["weibo1"].inspected and by["weibo1"].closure_unfinished
    assert by["weibo2"].verdict == "已关停/注销" and not by["weibo2"].inspected
    totals = report.totals()
    assert totals["inspected"] == 1 and totals["failed"] == 1 and totals["closure_unfinished"] == 1
    assert totals["closed"] == 1


def test_publishable_html_has_no_internal_links_unless_asked(store, cfg):
    e = entry(1, "山东省济南市", "济南市公安局")
    seed(store, [e], [account(e)], [finding("zombie", e)])
    plain = render_html(build_report(store, cfg, Q4, sample_share=1, seed=1, now=NOW))
    assert "/alerts/" not in plain and cfg["general.base_url"] not in plain and "<a " not in plain
    linked = render_html(build_report(store, cfg, Q4, sample_share=1, seed=1, now=NOW, include_links=True))
    assert f'href="{cfg["general.base_url"]}/alerts/' in linked
    by_setting = render_html(build_report(store, cfg.with_overrides({"report.internal_links": True}), Q4,
                                          sample_share=1, seed=1, now=NOW))
    assert "/alerts/" in by_setting


# ---- docs/SCORING.md is the table of every rule ---------------------------------------------------------------------

def test_catalogue_and_settings_vocabulary_agree():
    assert tuple(i.id for i in INDICATORS) == REPORT_INDICATORS


def test_scoring_md_lists_every_indicator_with_its_source_and_every_setting():
    text = SCORING_MD.read_text(encoding="utf-8")
    for indicator in INDICATORS:
        assert f"`{indicator.id}`" in text, indicator.id
        assert indicator.source in text, f"{indicator.id}: source differs from docs/SCORING.md"
    keys = {s.key for s in SETTINGS if s.key.startswith("report.")}
    keys |= {k for profile in PROVINCE_PROFILES.values() for k in profile}
    keys |= {"general.holiday_file", "detect.zombie_days", "detect.no_original_days", "detect.max_crawl_age_hours",
             "probe.unreachable_share", "probe.min_per_day"}
    for key in sorted(keys):
        assert f"`{key}`" in text, f"docs/SCORING.md does not mention {key}"
    defaults = load_config(env={})
    for indicator, rule in defaults["report.deductions"].items():
        assert re.search(rf"`{indicator}`[^\n]*\| {rule['points']} \| {rule['cap']} \|", text), indicator
