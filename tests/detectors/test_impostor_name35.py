"""Issue #12, thirty-fifth round (imp-name35): the profile read beside a respelt name, and a profile's denial.

- A name that writes a registered name with a look-alike or same-sound character among words of no class scores
  below the review floor on its name alone (each unknown character costs); a profile that disguises it a second time
  — a scam description, or a description introducing the account as that very unit (``detectors.government.
  claimed_government_bodies``) — floors it for review (``detectors.impostor.SCAM_RESPELT``, ``CLAIMED_RESPELT``), as
  ``_disguised_pairs`` already did for names ruled out by a business's words.
- A description that denies being the body (``detectors.government.denies_being_official``: 与…部门无关, 非官方, 并非)
  makes a registered name with words added, written as it is, another account about the unit — unless the
  description runs a scam; the registered name alone, or a respelt one, is still flagged.
- The great natural units of the west (三江源, 柴达木, 塔克拉玛干, 河西走廊 …, ``detectors/data/regions.tsv``) before a
  place's name are a region above the unit, as 南疆 is, not unknown characters.

Strings made for these tests (Hainan units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added
from detectors.government import denies_being_official
from detectors.impostor import CLAIMED_RESPELT, SCAM_RESPELT
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("屯昌发布", "屯昌县人民政府新闻办公室", "t1", "weibo", "海南省屯昌县"),
    reg("五指山发布", "五指山市人民政府新闻办公室", "w1", "weibo", "海南省五指山市"),
    reg("琼中文旅", "琼中黎族苗族自治县旅游和文化广电体育局", "q1", "weibo", "海南省琼中黎族苗族自治县"),
]
RESPELT = "屯冒发布椰丝鸡饭糕"  # 昌 → 冒 (look-alike) and five characters of no class
CLAIM = "屯昌县人民政府新闻办公室官方抖音号。发布政务信息和便民服务。"
SCAM = "椰子鸡节门票内部放号，加企鹅 31415926 先交定金"
DENIAL = "个人游记，记录环岛自驾和山里的民宿，与文旅部门无关。"


def _found(name, description=""):
    return findings(REGISTRY, [acc(name, "x", description=description)]).get("x")


def test_a_respelt_name_among_unknown_words_alone_is_below_the_floor():
    assert _found(RESPELT) is None
    assert _found(RESPELT, "椰子鸡饭的做法分享。") is None


@pytest.mark.parametrize("description, why", [(CLAIM, CLAIMED_RESPELT), (SCAM, SCAM_RESPELT)])
def test_a_profile_that_disguises_the_name_again_floors_it_for_review(description, why):
    found = _found(RESPELT, description)
    assert found and found["target"]["name"] == "屯昌发布"
    assert 0.6 <= found["score"] < 0.75
    assert any(why in reason for reason in found["reasons"])


def test_a_claim_of_another_unit_does_not_floor_the_name():
    assert _found(RESPELT, "五指山市人民政府新闻办公室官方抖音号。发布政务信息。") is None


def test_a_verified_account_is_not_floored_by_its_description():
    found = findings(REGISTRY, [acc(RESPELT, "x", description=CLAIM, verified=True, verified_reason="")]).get("x")
    assert found is None


@pytest.mark.parametrize("text", [DENIAL, "转发景区消息，非官方账号。", "旅游资讯栏目，并非文旅局账号。",
                                  "电视台民生栏目，记录窗口办事现场，不是税务机关账号。", "粉丝自建，不是官方"])
def test_denials_are_read(text):
    assert denies_being_official(text)


@pytest.mark.parametrize("text", [None, "", CLAIM, "个人游记，记录环岛自驾。", "欢迎关注，官方发布。", "这不是演习，请注意避险。",
                                  "如果不是本人操作，请修改密码。"])
def test_other_descriptions_deny_nothing(text):
    assert not denies_being_official(text)


def test_a_denying_profile_makes_added_words_another_account_about_the_unit():
    assert _found("琼中文旅随手拍", DENIAL) is None
    found = _found("琼中文旅随手拍")
    assert found and found["target"]["name"] == "琼中文旅"


def test_a_denial_does_not_excuse_the_name_itself_a_respelt_name_or_a_scam():
    assert _found("琼中文旅", DENIAL)["target"]["name"] == "琼中文旅"
    assert _found("屯冒发布", "屯昌发布的粉丝号，并非官方。")["target"]["name"] == "屯昌发布"
    assert _found("琼中文旅随手拍", "并非官方账号。" + SCAM)["target"]["name"] == "琼中文旅"


# The great natural units of the west before a place's name (``detectors/data/regions.tsv``, thirty-fifth round)
@pytest.mark.parametrize("region, places", [
    ("三江源", {"曲麻莱", "玉树", "青海"}), ("柴达木", {"德令哈", "海西", "青海"}), ("塔克拉玛干", {"温宿", "阿克苏", "新疆"}),
    ("河西走廊", {"临泽", "张掖", "甘肃"}), ("帕米尔", {"塔什库尔干", "喀什", "新疆"}), ("伊犁河谷", {"霍城", "伊犁", "新疆"}),
])
def test_a_natural_region_covering_the_unit_is_its_own_place_above_it(region, places):
    added = explain_added(region, frozenset(places))
    assert added.regions == [region] and added.unknown == ""


def test_a_natural_region_of_another_province_is_no_place_of_the_unit():
    assert explain_added("柴达木", frozenset({"临泽", "张掖", "甘肃"})).unknown == "柴达木"


def test_a_natural_region_before_a_registered_name_points_at_it_rather_than_a_reordered_neighbour():
    registry = [reg("玛多发布", "玛多县人民政府新闻办公室", "m1", "weibo", "青海省果洛藏族自治州玛多县"),
                reg("玛多三江源", "三江源国家公园黄河源园区管理委员会", "m2", "wechat", "青海省果洛藏族自治州玛多县")]
    found = findings(registry, [acc("三江源玛多发布", "x")]).get("x")
    assert found and found["target"]["name"] == "玛多发布"


def test_a_mediums_column_that_denies_being_the_unit_is_not_flagged():
    medium = {"verified": True, "verified_type": "media", "verified_reason": "某某广播电视台官方账号",
              "description": "电视台法治栏目，记录窗口办事现场，不是文旅部门账号。"}
    assert findings(REGISTRY, [acc("琼中文旅直击", "x", **medium)]).get("x") is None
