"""registry_mismatch: name / avatar / verified unit differ, closed-but-live, active-but-gone, working days."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PIL import Image, ImageDraw, ImageOps

from core.records import finding_key, iso
from detectors.context import DetectionContext
from detectors.registry_mismatch import detect, verified_unit

SH = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=SH)
UNIT = "济南市人民政府新闻办公室"


def entry(account_id="u1", **kw):
    return {"unit": UNIT, "platform": "weibo", "account_id": account_id, "name": "济南发布", "status": "active",
            "filed_at": "2025-01-10", **kw}


def account(account_id="u1", **kw):
    return {"platform": "weibo", "account_id": account_id, "name": "济南发布", "crawl_status": "ok",
            "verified": True, "verified_reason": f"{UNIT}官方微博", **kw}


def run(cfg, registry, accounts, posts=(), as_of=AS_OF, previous=(), base_dir=None):
    ctx = DetectionContext(registry=list(registry), accounts=list(accounts), posts=list(posts), as_of=as_of,
                           cfg=cfg, base_dir=base_dir, previous_findings=list(previous))
    return list(detect(ctx))


def rules(findings):
    return sorted((f["account_id"], f["evidence"]["rule"]) for f in findings)


def test_matching_account_has_no_finding(cfg):
    assert run(cfg, [entry()], [account()]) == []
    assert run(cfg, [entry()], [account(name=" 济南 发布 ")]) == []  # spacing only


def test_real_rename_is_a_mismatch(cfg):
    [f] = run(cfg, [entry()], [account(name="泉城济南")])
    assert f["kind"] == "registry_mismatch" and f["evidence"]["rule"] == "name"
    assert "平台名称“泉城济南”与备案名称“济南发布”不一致" in f["reasons"]
    assert f["evidence"]["minor"] is False and f["score"] == 0.7
    assert f["unit"] == UNIT


@pytest.mark.parametrize("platform_name", ["【济南发布】官方", "濟南發布", "济南发布V"])
def test_decoration_only_difference_is_minor(cfg, platform_name):
    [f] = run(cfg, [entry()], [account(name=platform_name)])
    assert f["evidence"]["rule"] == "name" and f["evidence"]["minor"] is True
    assert f["score"] == 0.3 and "装饰性差异" in f["reasons_text"]


def _avatar_a() -> Image.Image:
    im = Image.new("RGB", (200, 200), "white")
    d = ImageDraw.Draw(im)
    d.ellipse((20, 20, 180, 180), fill=(200, 0, 0))
    d.rectangle((80, 60, 120, 150), fill="yellow")
    return im


def _avatar_b() -> Image.Image:
    im = Image.new("RGB", (200, 200), "white")
    d = ImageDraw.Draw(im)
    for x in range(0, 200, 40):
        d.rectangle((x, 0, x + 19, 200), fill=(0, 60, 160))
    d.polygon([(100, 10), (190, 190), (10, 190)], fill=(0, 160, 60))
    return im


@pytest.fixture
def avatars(tmp_path):
    folder = tmp_path / "files"
    (folder / "img").mkdir(parents=True)
    _avatar_a().save(folder / "img" / "registered.png")
    _avatar_b().save(folder / "img" / "other.png")
    framed = ImageOps.expand(_avatar_a().resize((120, 120)), border=10, fill="white")
    framed.save(folder / "img" / "framed.jpg", quality=80)
    return folder


def test_changed_avatar_is_a_mismatch(cfg, avatars):
    registry = [entry(avatar=str(avatars / "img" / "registered.png"))]
    [f] = run(cfg, registry, [account(avatar="img/other.png")], base_dir=avatars)
    assert f["evidence"]["rule"] == "avatar" and f["evidence"]["avatar_distance"] > 10
    assert "平台头像与备案头像不同" in f["reasons_text"]


def test_reframed_copy_of_the_same_avatar_is_not_a_change(cfg, avatars):
    registry = [entry(avatar=str(avatars / "img" / "registered.png"))]
    assert run(cfg, registry, [account(avatar="img/framed.jpg")], base_dir=avatars) == []


def test_avatar_unknown_on_either_side_is_not_compared(cfg, avatars):
    registry = [entry(avatar=str(avatars / "img" / "registered.png"))]
    assert run(cfg, registry, [account(avatar="https://tvax1.sinaimg.cn/x.jpg")], base_dir=avatars) == []
    assert run(cfg, registry, [account(avatar="img/missing.png")], base_dir=avatars) == []
    assert run(cfg, [entry()], [account(avatar="img/other.png")], base_dir=avatars) == []


def test_stored_hashes_are_used(cfg):
    registry = [entry(avatar_phash="ffff0000ffff0000")]
    [f] = run(cfg, registry, [account(avatar_hashes={"phash": "0000ffff0000ffff"})])
    assert f["evidence"]["avatar_distance"] == 64
    assert run(cfg, registry, [account(avatar_phash="ffff0000ffff0001")]) == []


def test_verification_naming_another_unit(cfg):
    [f] = run(cfg, [entry()], [account(verified_reason="济南市文化和旅游局官方微博")])
    assert f["evidence"]["rule"] == "verified_unit"
    assert "平台认证为“济南市文化和旅游局”，与备案的开办单位“济南市人民政府新闻办公室”不一致" in f["reasons"]


@pytest.mark.parametrize("reason", [
    "济南市政府新闻办公室官方微博",  # 人民政府 abbreviated
    "微博认证：济南市人民政府新闻办公室",
    "知名政务博主",  # names no unit
    "",
    None,
])
def test_verification_of_the_same_unit_or_no_unit(cfg, reason):
    assert run(cfg, [entry()], [account(verified_reason=reason)]) == []


def test_verified_unit_extraction():
    assert verified_unit("泰安市文化和旅游局官方抖音号") == "泰安市文化和旅游局"
    assert verified_unit("认证：中共济南市委宣传部") == "中共济南市委宣传部"
    assert verified_unit("美食博主") is None


def test_closed_but_still_posting(cfg):
    posts = [{"platform": "weibo", "account_id": "u1", "post_id": "1", "created_at": iso(AS_OF - timedelta(days=2)),
              "is_original": True, "is_pinned": False}]
    [f] = run(cfg, [entry(status="closed")], [account()], posts)
    assert f["evidence"]["rule"] == "closed_but_live" and f["score"] == 0.9
    assert "备案状态为“关停”，但账号仍在运行并发文" in f["reasons_text"]


def test_cancelled_but_still_exists(cfg):
    [f] = run(cfg, [entry(status="cancelled")], [account(last_post_at="2025-01-01T00:00:00+08:00")])
    assert f["evidence"]["rule"] == "closed_but_live" and f["score"] == 0.7
    assert "备案状态为“注销”，但平台上账号仍然存在" in f["reasons_text"]


def test_active_but_gone(cfg):
    [f] = run(cfg, [entry()], [account(crawl_status="gone")])
    assert f["evidence"]["rule"] == "gone" and "已不存在" in f["reasons_text"]


@pytest.mark.parametrize("registry_status, record", [
    ("closed", account(crawl_status="gone")),  # consistent
    ("active", account(crawl_status="blocked", name="别的名字")),  # unknown
    ("closed", account(crawl_status="failed")),  # unknown
    ("active", None),  # never crawled
])
def test_consistent_or_unknown_states_yield_nothing(cfg, registry_status, record):
    assert run(cfg, [entry(status=registry_status)], [record] if record else []) == []


def test_each_aspect_is_its_own_finding(cfg):
    found = run(cfg, [entry()], [account(name="泉城济南", verified_reason="济南市文化和旅游局官方微博")])
    assert rules(found) == [("u1", "name"), ("u1", "verified_unit")]
    assert len({finding_key(f) for f in found}) == 2


def test_working_days_since_first_seen_across_national_day(cfg):
    first_check = datetime(2026, 9, 30, 9, 0, tzinfo=SH)
    [first] = run(cfg, [entry()], [account(name="泉城济南")], as_of=first_check)
    assert first["evidence"]["first_seen_at"] == iso(first_check)
    assert first["evidence"]["workdays_since_first_seen"] == 0
    first["detected_at"] = iso(first_check)

    # 10-09: only 10-08 and 10-09 were working days (National Day holiday 10-01..07).
    [later] = run(cfg, [entry()], [account(name="泉城济南")], as_of=datetime(2026, 10, 9, 9, 0, tzinfo=SH),
                  previous=[first])
    assert later["evidence"]["first_seen_at"] == iso(first_check)
    assert later["evidence"]["workdays_since_first_seen"] == 2
    assert later["evidence"]["deadline_exceeded"] is False and later["score"] == 0.7
    assert later["evidence"]["calendar"] == "official"

    # 10-14: + Saturday 10-10 (adjusted workday), 10-12, 10-13, 10-14 = 6 > 5.
    [late] = run(cfg, [entry()], [account(name="泉城济南")], as_of=datetime(2026, 10, 14, 9, 0, tzinfo=SH),
                 previous=[later, first])
    assert late["evidence"]["workdays_since_first_seen"] == 6
    assert late["evidence"]["deadline_exceeded"] is True and late["score"] == pytest.approx(0.8)
    assert "自 2026-09-30 首次发现已 6 个工作日，超过 5 个工作日的报备时限" in late["reasons"]


def test_first_seen_only_from_findings_with_the_same_key(cfg):
    other = {"kind": "registry_mismatch", "platform": "weibo", "account_id": "u1", "target": None,
             "evidence": {"rule": "avatar", "first_seen_at": "2026-01-05T00:00:00+08:00"}}
    [f] = run(cfg, [entry()], [account(name="泉城济南")], previous=[other])
    assert f["evidence"]["first_seen_at"] == iso(AS_OF) and f["evidence"]["workdays_since_first_seen"] == 0


def test_filing_deadline_is_a_setting(cfg):
    previous = [{"kind": "registry_mismatch", "platform": "weibo", "account_id": "u1", "target": None,
                 "evidence": {"rule": "gone"}, "detected_at": "2026-11-16T09:00:00+08:00"}]  # Monday
    [f] = run(cfg, [entry()], [account(crawl_status="gone")], previous=previous)
    assert f["evidence"]["workdays_since_first_seen"] == 4 and not f["evidence"]["deadline_exceeded"]
    strict = cfg.with_overrides({"registry.filing_deadline_workdays": 3})
    [f] = run(strict, [entry()], [account(crawl_status="gone")], previous=previous)
    assert f["evidence"]["deadline_exceeded"] is True


def test_guangdong_filing_deadline_counts_calendar_days(cfg):
    """粤办函〔2019〕90号 §四（二）“3日内”: Friday → Monday is 3 days (1 working day)."""
    previous = [{"kind": "registry_mismatch", "platform": "weibo", "account_id": "u1", "target": None,
                 "evidence": {"rule": "gone"}, "detected_at": "2026-11-13T09:00:00+08:00"}]  # Friday
    gd = cfg.with_overrides({"report.province": "guangdong"})
    [f] = run(gd, [entry()], [account(crawl_status="gone")], previous=previous,
              as_of=datetime(2026, 11, 17, 9, 0, tzinfo=SH))  # Tuesday: 4 days, 2 working days
    assert f["evidence"]["filing_deadline_unit"] == "day" and f["evidence"]["days_since_first_seen"] == 4
    assert f["evidence"]["deadline_exceeded"] is True and "超过 3 日的报备时限" in f["reasons_text"]
    [f] = run(cfg, [entry()], [account(crawl_status="gone")], previous=previous,
              as_of=datetime(2026, 11, 17, 9, 0, tzinfo=SH))
    assert f["evidence"]["deadline_exceeded"] is False  # Shandong: 2 of 5 working days


def test_holiday_file_reaches_the_detector(cfg, tmp_path):
    holidays = tmp_path / "h.csv"
    holidays.write_text("2100-01-04,休\n", encoding="utf-8")
    previous = [{"kind": "registry_mismatch", "platform": "weibo", "account_id": "u1", "target": None,
                 "evidence": {"rule": "gone", "first_seen_at": "2099-12-31T09:00:00+08:00"}}]
    extended = cfg.with_overrides({"general.holiday_file": str(holidays)})
    [f] = run(extended, [entry()], [account(crawl_status="gone")], previous=previous,
              as_of=datetime(2100, 1, 8, 9, 0, tzinfo=SH))
    assert f["evidence"]["workdays_since_first_seen"] == 5 and f["evidence"]["calendar"] == "official"  # 6 without it


def test_outside_the_official_calendar_says_so(cfg):
    previous = [{"kind": "registry_mismatch", "platform": "weibo", "account_id": "u1", "target": None,
                 "evidence": {"rule": "gone", "first_seen_at": "2099-12-31T09:00:00+08:00"}}]
    [f] = run(cfg, [entry()], [account(crawl_status="gone")], previous=previous,
              as_of=datetime(2100, 1, 8, 9, 0, tzinfo=SH))
    assert f["evidence"]["workdays_since_first_seen"] == 6
    assert f["evidence"]["calendar"] == "weekday_fallback"
    assert any(r.startswith("注：2100 年没有官方节假日安排数据") for r in f["reasons"])


# ---- stale crawls ------------------------------------------------------------------------------------------------

STALE = iso(AS_OF - timedelta(days=20))
FRESH = iso(AS_OF - timedelta(hours=2))


def test_gone_on_a_stale_record_is_not_reported(cfg):
    assert run(cfg, [entry()], [account(crawl_status="gone", refreshed_at=STALE)]) == []
    assert run(cfg, [entry()], [account(crawl_status="gone", crawled_at=STALE)]) == []
    [f] = run(cfg, [entry()], [account(crawl_status="gone", refreshed_at=FRESH)])
    assert f["evidence"]["rule"] == "gone" and f["evidence"]["crawl_stale"] is False


def test_closed_but_live_on_a_stale_record_is_not_reported(cfg):
    posts = [{"platform": "weibo", "account_id": "u1", "post_id": "1", "created_at": iso(AS_OF - timedelta(days=21)),
              "is_original": True, "is_pinned": False}]
    assert run(cfg, [entry(status="closed")], [account(refreshed_at=STALE)], posts) == []
    [f] = run(cfg, [entry(status="closed")], [account(refreshed_at=FRESH)], posts)
    assert f["evidence"]["rule"] == "closed_but_live"


def test_crawl_age_boundary_for_gone(cfg):
    at_limit = iso(AS_OF - timedelta(hours=48))
    assert rules(run(cfg, [entry()], [account(crawl_status="gone", refreshed_at=at_limit)])) == [("u1", "gone")]
    over = iso(AS_OF - timedelta(hours=48, seconds=1))
    assert run(cfg, [entry()], [account(crawl_status="gone", refreshed_at=over)]) == []


def test_differences_in_a_stale_record_are_reported_as_of_that_crawl(cfg):
    [f] = run(cfg, [entry()], [account(name="泉城济南", refreshed_at="2026-10-31T08:00:00+08:00")])
    assert f["evidence"]["rule"] == "name" and f["score"] == 0.7
    assert f["evidence"]["crawl_stale"] is True and f["evidence"]["crawl_time_field"] == "refreshed_at"
    assert "依据 2026-10-31 08:00 的抓取数据（此后未成功重新抓取，平台上的现状未确认）" in f["reasons"]
    [fresh] = run(cfg, [entry()], [account(name="泉城济南", refreshed_at=FRESH)])
    assert fresh["evidence"]["crawl_stale"] is False and "抓取数据" not in fresh["reasons_text"]
    assert finding_key(fresh) == finding_key(f)  # same alert whether or not the crawl is stale


def test_gone_without_crawl_time_is_reported(cfg):
    # A user's file without crawl times is taken as current (offline mode keeps its behaviour).
    assert rules(run(cfg, [entry()], [account(crawl_status="gone")])) == [("u1", "gone")]
