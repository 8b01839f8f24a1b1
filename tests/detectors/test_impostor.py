"""The impostor rule: layered names, avatar as support only, and whole-registry reasoning."""

from __future__ import annotations

import pytest

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.context import DetectionContext
from tests.detectors.evalset import png_bytes, template_avatar


@pytest.fixture(scope="module")
def avatars():
    return {t: avatar_hashes(png_bytes(template_avatar(t, "济南"))) for t in ("fabu", "police", "own")}


def reg(name, unit, account_id, platform="weibo", status="active"):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": status,
            "region": "山东省济南市"}


def acc(name, account_id, platform="weibo", **extra):
    return {"platform": platform, "account_id": account_id, "name": name, **extra}


@pytest.fixture
def registry():
    return [reg("济南发布", "济南市人民政府新闻办公室", "r1"), reg("济宁发布", "济宁市人民政府新闻办公室", "r2"),
            reg("滨州发布", "滨州市人民政府新闻办公室", "r3"), reg("济南公安", "济南市公安局", "r4"),
            reg("济南卫健委", "济南市卫生健康委员会", "r5")]


def run(registry, accounts, **kw):
    ctx = DetectionContext(registry=registry, accounts=accounts, **kw)
    return {f["account_id"]: f for f in impostor.detect(ctx)}


def test_registered_account_is_official(registry):
    assert run(registry, [acc("济南发布", "r1")]) == {}


def test_same_name_elsewhere_is_flagged_with_target(registry):
    found = run(registry, [acc("济南发布", "x1", platform="douyin")])
    f = found["x1"]
    assert f["kind"] == "impostor" and f["score"] >= 0.9
    assert f["target"] == {"platform": "weibo", "account_id": "r1", "name": "济南发布"}
    assert "名称与备案账号“济南发布”完全相同" in f["reasons"]


def test_government_verified_account_is_never_an_impostor(registry):
    genuine = acc("济南发布", "x2", platform="douyin", verified=True, verified_type="government",
                  verified_reason="济南市人民政府新闻办公室官方账号")
    assert run(registry, [genuine]) == {}


def test_lookalike_place_verified_as_its_own_unit(registry):
    binzhou = acc("彬州发布", "x3", verified=True, verified_reason="彬州市人民政府新闻办公室")
    assert run(registry, [binzhou]) == {}
    unverified = acc("彬州发布", "x4")  # same pinyin as 滨州, no verification: a suspect
    f = run(registry, [unverified])["x4"]
    assert f["target"]["name"] == "滨州发布" and any("同音字" in r for r in f["reasons"])


def test_closer_registered_account_wins(registry):
    f = run(registry, [acc("济宁发布官方", "x5")])["x5"]
    assert f["target"]["account_id"] == "r2"


def test_badge_alone_proves_nothing(registry):
    f = run(registry, [acc("濟南發佈", "x6", verified=True, verified_reason="")])["x6"]
    assert any("认证标识" in r for r in f["reasons"])
    f = run(registry, [acc("济南发布✅", "x7", verified=True, verified_type="personal",
                           verified_reason="知名情感博主")])["x7"]
    assert f["score"] >= 0.9


def test_verified_as_another_organisation(registry):
    media = acc("济南发布厅", "x8", verified=True, verified_type="media", verified_reason="济南日报社官方微博")
    assert run(registry, [media]) == {}
    company = acc("济南公安", "x9", verified=True, verified_type="enterprise", verified_reason="济南某某科技有限公司")
    f = run(registry, [company])["x9"]
    assert any("认证为“济南某某科技有限公司”" in r for r in f["reasons"])


def test_avatar_alone_never_flags(registry, avatars):
    same_template = acc("青岛啤酒", "x10", avatar_hashes=avatars["police"], description="好喝的啤酒")
    lookalike = acc("济源发布", "x11", avatar_hashes=avatars["fabu"])
    assert run(registry, [same_template, lookalike]) == {}


def test_avatar_supports_a_weak_name(registry, avatars):
    officials = [acc("济南发布", "r1", avatar_hashes=avatars["fabu"])]
    assert run(registry, officials + [acc("济南发布会", "x12", avatar_hashes=avatars["own"])]) == {}
    f = run(registry, officials + [acc("济南发布会", "x13", avatar_hashes=avatars["fabu"])])["x13"]
    assert "头像与“济南发布”相似（汉明距离 0/64）" in f["reasons"]
    assert f["evidence"]["avatar_distance"] == 0


def test_avatar_and_copied_description_with_government_sounding_name(registry, avatars):
    desc = "济南市卫生健康委员会官方账号，发布卫生健康权威信息，热线 12345。"
    officials = [acc("济南卫健委", "r5", avatar_hashes=avatars["fabu"], description=desc)]
    copycat = acc("泉城卫健服务", "x14", avatar_hashes=avatars["fabu"], description=desc + "！")
    f = run(registry, officials + [copycat])["x14"]
    assert f["target"]["account_id"] == "r5" and f["evidence"]["layer"] == "avatar+description"
    assert any(r.startswith("简介") for r in f["reasons"])
    no_avatar = acc("泉城卫健服务", "x15", avatar_hashes=avatars["own"], description=desc)
    # a food blog with the unit's avatar but its own description (a copied description pointing at the unit as
    # well makes it a suspect: tests/detectors/test_impostor_described.py)
    not_gov_name = acc("泉城美食", "x16", avatar_hashes=avatars["fabu"], description="泉城美食探店，吃喝玩乐分享。")
    assert run(registry, officials + [no_avatar, not_gov_name]) == {}


def test_avatar_from_a_local_file(registry, tmp_path):
    (tmp_path / "av").mkdir()
    (tmp_path / "av" / "a.png").write_bytes(png_bytes(template_avatar("fabu", "济南")))
    officials = [acc("济南发布", "r1", avatar="av/a.png")]
    f = run(registry, officials + [acc("济南发布会", "x17", avatar="av/a.png")], base_dir=tmp_path)["x17"]
    assert f["evidence"]["avatar_distance"] == 0


def test_closed_registry_entries_are_not_targets(registry):
    registry = [reg("济南发布", "济南市人民政府新闻办公室", "r1", status="closed")]
    assert run(registry, [acc("济南发布", "x18", platform="douyin")]) == {}


def test_min_score_setting(registry):
    class Cfg(dict):
        pass
    cfg = Cfg({"detect.impostor_min_score": 0.9, "detect.avatar_max_distance": 10, "detect.name_decorations": None,
                "detect.avatar_pixel_max_pairs": 500, "detect.workers": 1})
    found = run(registry, [acc("济南发布", "x19", platform="douyin"), acc("SD发布", "x20")], cfg=cfg)
    assert set(found) == {"x19"}


def test_hostile_candidates(registry):
    hostile = [acc("<script>alert(1)</script>", "x21"), acc("", "x22"), acc(None, "x23"),
               acc("济南\u202e发布", "x24"), acc("🔥" * 500, "x25")]
    found = run(registry, hostile)
    assert set(found) <= {"x24"}
