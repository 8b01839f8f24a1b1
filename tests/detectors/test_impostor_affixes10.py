"""Issue #12, tenth round of added words: claims only an impostor needs to make — authority and genuineness (特许,
党政, 备案, 扩散, №1, GOV), the unit's own bodies and meeting halls (专班, 工作组, 志愿队, 议事厅) and official roles
claimed at the unit (联络员, 通讯员, 网格员) — are evidence; the audience of a unit (读者, 听众, 用户) and any other
person on 员/者 stay mentions; a person verified in the claimed role keeps the handle; unknown words beside a
look-alike no longer veto a name that also carries evidence words. Strings written for these tests (Yunnan and
Guizhou units), not taken from any evaluation part."""

from __future__ import annotations

import pytest

from detectors.affixes import (
    AUTHORITY_WORDS,
    BODY_WORDS,
    EVIDENCE_CLASSES,
    MENTION_CLASSES,
    ROLE_WORDS,
    UNKNOWN_FLOOR,
    explain_added,
    role_backed,
    role_stem,
)
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("曲靖公安", "曲靖市公安局", "q1", "weibo", "云南省曲靖市"),
    reg("遵义发布", "遵义市人民政府新闻办公室", "z1", "weibo", "贵州省遵义市"),
    reg("大理12345", "大理市12345政务服务便民热线", "d1", "weibo", "云南省大理白族自治州大理市"),
    reg("玉溪税务", "国家税务总局玉溪市税务局", "y1", "weibo", "云南省玉溪市"),
]


def _flagged(name: str, account_id: str = "x", **extra) -> dict | None:
    return findings(REGISTRY, [acc(name, account_id, **extra)]).get(account_id)


def _person(reason: str) -> dict:
    return {"verified": True, "verified_type": "personal", "verified_reason": reason}


# ---- the classes ------------------------------------------------------------------------------------------------

def test_the_new_classes_are_evidence_and_never_mentions():
    evidence = {w for ws in EVIDENCE_CLASSES.values() for w in ws}
    mention = {w for ws in MENTION_CLASSES.values() for w in ws}
    assert set(AUTHORITY_WORDS) | set(BODY_WORDS) | set(ROLE_WORDS) <= evidence
    assert not evidence & mention


@pytest.mark.parametrize("text, words", [
    ("特许党政", ["特许", "党政"]), ("备案", ["备案"]), ("实名认证", ["实名认证"]), ("扩散", ["扩散"]),
    ("郑重声明", ["郑重声明"]), ("no1", ["no1"]), ("govt", ["govt"]), ("verified", ["verified"]),
    ("genuine", ["genuine"]), ("头号", ["头号"]),
    ("专班", ["专班"]), ("领导小组", ["领导小组"]), ("志愿队", ["志愿队"]), ("议事厅", ["议事厅"]),
    ("工作号", ["工作号"]), ("政策宝", ["政策宝"]), ("办事宝", ["办事宝"]),
])
def test_authority_body_channel_and_tool_words_are_generic(text, words):
    added = explain_added(text)
    assert added.generic == words and not added.unknown and not added.rules_out and added.evidence


@pytest.mark.parametrize("text", ["联络员", "通讯员", "信息员", "宣传员", "网格员", "特约监督员", "观察员", "形象大使"])
def test_roles_claimed_at_a_unit_are_evidence(text):
    added = explain_added(text)
    assert added.roles == [text] and not added.persons and not added.rules_out and added.evidence


@pytest.mark.parametrize("text", ["读者", "老读者", "听众", "用户", "铁粉", "学习者", "志愿者", "讲解员", "政策解读员"])
def test_the_audience_and_other_persons_are_mentions(text):
    added = explain_added(text)
    assert added.persons and added.rules_out and not added.roles


def test_a_tool_ending_does_not_swallow_a_place():
    added = explain_added("政策宝鸡", other_places=frozenset({"宝鸡"}))
    assert added.generic == ["政策"] and added.other_places == ["宝鸡"] and added.rules_out


def test_role_stems_and_what_a_verification_backs():
    assert role_stem("联络员") == "联络" and role_stem("新闻官") == "新闻" and role_stem("形象大使") == "形象大使"
    assert role_backed("宣传员", "禁毒宣传志愿者", "曲靖公安", "曲靖市公安局") == ["宣传员"]
    assert role_backed("联络员", "曲靖市公安局工作人员", "曲靖公安", "曲靖市公安局") == ["联络员"]
    assert role_backed("联络员", "美食博主", "曲靖公安", "曲靖市公安局") == []
    assert role_backed("官方", "禁毒宣传志愿者", "曲靖公安", "曲靖市公安局") == []  # no role claimed
    assert role_backed("宣传员", None, "曲靖公安", "曲靖市公安局") == []


# ---- on accounts -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("曲靖公安联络员", "q1"), ("遵义发布通讯员", "z1"), ("大理12345网格员", "d1"), ("玉溪税务特约监督员", "y1"),
])
def test_an_unverified_account_claiming_a_role_at_the_unit_is_a_suspect(name, target):
    found = _flagged(name)
    assert found is not None and found["target"]["account_id"] == target and found["score"] >= 0.85
    assert any("职务、岗位" in r for r in found["reasons"])


def test_a_role_with_a_person_s_name_is_still_a_claim_when_unverified():
    found = _flagged("遵义发布宣传员小李")
    assert found is not None and found["target"]["account_id"] == "z1" and found["score"] < 0.85


def test_a_person_verified_otherwise_claiming_the_role_is_a_suspect():
    found = _flagged("遵义发布宣传员", **_person("美食博主"))
    assert found is not None and found["target"]["account_id"] == "z1"


@pytest.mark.parametrize("name, reason", [
    ("曲靖公安宣传员", "禁毒宣传志愿者"),              # verified in the post
    ("遵义发布联络员", "遵义市人民政府新闻办公室工作人员"),  # verified as the unit's staff
])
def test_a_person_verified_in_the_role_keeps_the_handle(name, reason):
    assert _flagged(name, **_person(reason)) is None


@pytest.mark.parametrize("name", [
    "曲靖公安老读者", "遵义发布听众", "大理12345用户小王", "玉溪税务爱好者", "曲靖公安志愿者",
])
def test_hard_negatives_the_audience_and_persons_are_not_flagged(name):
    assert _flagged(name) is None


@pytest.mark.parametrize("name, target", [
    ("特许曲靖公安", "q1"), ("党政遵义发布", "z1"), ("备案大理12345", "d1"), ("扩散！玉溪税务", "y1"),
    ("№1曲靖公安", "q1"), ("GOV·遵义发布", "z1"), ("OFFICIAL大理12345", "d1"), ("实名认证遵义发布", "z1"),
    ("郑重声明曲靖公安", "q1"),
])
def test_authority_claims_in_front_imitate_the_name(name, target):
    found = _flagged(name)
    assert found is not None and found["target"]["account_id"] == target and found["score"] >= 0.85


@pytest.mark.parametrize("name", ["正品玉溪税务同款计算器", "曲靖公安对面特许经营店", "特许遵义发布会实录"])
def test_hard_negatives_a_claim_does_not_outweigh_a_mention(name):
    assert _flagged(name) is None


@pytest.mark.parametrize("name, target", [
    ("大理12345专班", "d1"), ("遵义发布议事厅", "z1"), ("曲靖公安志愿队", "q1"), ("玉溪税务工作组", "y1"),
    ("玉溪税务政策宝", "y1"), ("曲靖公安工作号", "q1"),
])
def test_the_unit_s_bodies_and_halls_imitate_the_name(name, target):
    found = _flagged(name)
    assert found is not None and found["target"]["account_id"] == target and found["score"] >= 0.85


def test_a_company_naming_a_hall_of_the_unit_is_flagged():
    found = _flagged("遵义发布议事厅", verified=True, verified_type="enterprise",
                     verified_reason="遵义某信息技术有限公司")
    assert found is not None and found["target"]["account_id"] == "z1"


# ---- unknown words beside a look-alike ---------------------------------------------------------------------------

def test_a_look_alike_with_evidence_words_is_held_at_the_review_floor():
    found = _flagged("正牌遵乂发布荷花池畔春色")  # 乂 for 义, 正牌, and six characters of no class
    assert found is not None and found["target"]["account_id"] == "z1"
    assert found["score"] == pytest.approx(UNKNOWN_FLOOR)
    assert any("按待复核计" in r for r in found["reasons"])


def test_a_look_alike_with_only_unknown_words_is_not_floored():
    assert _flagged("遵乂发布荷花池畔春色") is None


# ---- a medium verified by the platform, whatever its verification text names ---------------------------------------

def test_a_medium_whose_verification_names_a_programme_is_a_medium():
    medium = {"verified": True, "verified_type": "media", "verified_reason": "贵州卫视健康栏目官方微博"}
    assert _flagged("遵义发布科普课", **medium) is None  # its column about the unit, unknown words and all
    found = _flagged("遵义发布", **medium)  # the name itself is still a near-certain copy
    assert found is not None and found["target"]["account_id"] == "z1"
    assert _flagged("遵义发布科普课") is not None  # the same name unverified: for review
