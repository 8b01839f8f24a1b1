"""Issue #12, ninth round of added words: each class written whole from general vocabulary — persona words (小秘书,
发布君), feed and marketing badges (精选, 直击, 金牌, 今晨), predicate phrases (在这里, 为您服务), channel words (百家号),
the sections of a government portal (政策解读, 通知公告), service posts (工作站, 公告栏; 办证 + 处 by word formation;
专区 after the level word is taken out) — are evidence; agentive suffixes (解读员), spatial relations (…局对面),
commerce (同款), a person's handle (跟着…) and a record's ending (办事记) make a mention. Strings written for these
tests (Hunan and Sichuan units), not taken from any evaluation part."""

from __future__ import annotations

import pytest

from detectors.affixes import AGENT_SUFFIXES, EVIDENCE_CLASSES, MENTION_CLASSES, explain_added, peel_generic
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("岳阳公安", "岳阳市公安局", "y1", "weibo", "湖南省岳阳市"),
    reg("株洲发布", "株洲市人民政府新闻办公室", "z1", "weibo", "湖南省株洲市"),
    reg("绵阳12345", "绵阳市12345政务服务便民热线", "m1", "weibo", "四川省绵阳市"),
    reg("乐山税务", "国家税务总局乐山市税务局", "l1", "weibo", "四川省乐山市"),
]


def _flagged(name: str, account_id: str = "x", **extra) -> dict | None:
    return findings(REGISTRY, [acc(name, account_id, **extra)]).get(account_id)


# ---- the classes themselves ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("小管家", ["小管家"]), ("发布君", None), ("智能客服", ["智能客服"]),          # persona
    ("甄选", ["甄选"]), ("第一时间", ["第一时间"]), ("今晚", ["今晚"]), ("认准", ["认准"]),  # feed, marketing
    ("为您服务", ["为您服务"]), ("上线啦", ["上线啦"]),                          # predicates
    ("百家号", ["百家号"]), ("企鹅号", ["企鹅号"]),                              # channels
    ("通知公告", ["通知公告"]), ("领导信箱", ["领导信箱"]),                       # sections of a portal
])
def test_evidence_classes_are_generic_words(text, words):
    added = explain_added(text)
    assert not added.unknown and not added.rules_out
    if words is not None:
        assert added.generic == words


def test_a_persona_ending_after_a_generic_word_is_a_generic_word():
    assert explain_added("发布君").generic == ["发布", "君"]


def test_service_posts_and_word_formation_of_a_service_place():
    assert explain_added("联络站宣传栏").service == ["联络站", "宣传栏"]
    assert explain_added("缴费处").service == ["缴费处"]  # 缴费 + 处: the place where one pays
    assert explain_added("投诉台").service == ["投诉台"]  # a generic word + 台
    assert explain_added("办事专").service == ["办事专"]  # 办事专区 with 区 taken out: the word's stripped form
    assert explain_added("专").service == ["专"]


def test_one_character_stripped_forms_only_for_service_words_and_people():
    assert explain_added("心").unknown == "心"  # 省心 is a slogan, 心 alone is nothing
    assert explain_added("超").unknown == "超"  # 超市 is a shop, 超 alone is nothing
    assert explain_added("民").people == ["民"]  # 市民 with 市 taken out


# (宣传员 and 信息员 were persons here; since the tenth round they are roles claimed at the unit, ``ROLE_WORDS``:
# tests/detectors/test_impostor_affixes10.py)
@pytest.mark.parametrize("text", ["讲解员", "学习者", "使用者", "政策解读员"])
def test_an_agentive_suffix_makes_a_person(text):
    added = explain_added(text)
    assert added.persons and added.persons[-1][-1] in AGENT_SUFFIXES and added.rules_out and not added.owner


def test_persona_words_ending_like_a_person_are_read_whole():
    assert explain_added("客服专员").generic == ["客服专员"] and not explain_added("发言人").rules_out


@pytest.mark.parametrize("text, field", [
    ("局对面", "locatives"), ("大楼旁边", "locatives"), ("门口", "locatives"),
    ("同款", "owner"), ("连锁", "owner"), ("跟着", "owner"), ("我家", "owner"),
    ("实录", "columns"), ("巡逻记", "columns"), ("访谈录", "columns"),
])
def test_mention_classes_rule_out(text, field):
    added = explain_added(text)
    assert getattr(added, field) and added.rules_out


def test_a_record_ending_only_at_the_end():
    assert explain_added("记").columns == []  # alone it ends nothing
    assert not explain_added("记住").columns


def test_every_class_is_listed_once_per_role():
    evidence = {w for ws in EVIDENCE_CLASSES.values() for w in ws}
    mention = {w for ws in MENTION_CLASSES.values() for w in ws}
    assert not evidence & mention


# ---- on accounts -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("株洲发布小管家", "z1"), ("岳阳公安君", "y1"), ("甄选岳阳公安", "y1"), ("第一时间株洲发布", "z1"),
    ("今晚绵阳12345", "m1"), ("乐山税务为您服务", "l1"), ("乐山税务百家号", "l1"), ("绵阳12345通知公告", "m1"),
    ("岳阳公安联络站宣传栏", "y1"), ("株洲发布缴费处", "z1"), ("株洲发布办事专区", "z1"), ("认准乐山税务", "l1"),
])
def test_added_words_of_evidence_classes_imitate_the_name(name, target):
    found = _flagged(name)
    assert found is not None and found["target"]["account_id"] == target and found["score"] >= 0.85


def test_a_reordered_name_with_a_feed_badge_and_a_portal_section():
    found = _flagged("甄选公安岳阳政策文件")
    assert found is not None and found["target"]["account_id"] == "y1" and found["evidence"]["layer"] == "reorder"


def test_a_feed_badge_before_a_changed_character_is_peeled():
    assert ("第一时间", "株州发布", "") in peel_generic("第一时间株州发布")


def test_an_organisation_adding_a_persona_word_is_flagged():
    found = _flagged("乐山税务小管家", verified=True, verified_type="other", verified_reason="乐山某行业协会")
    assert found is not None and found["target"]["account_id"] == "l1"


@pytest.mark.parametrize("name", [
    "岳阳公安局对面复印店", "岳阳公安大楼旁边停车场", "乐山税务同款计算器", "跟着株洲发布去旅游", "绵阳12345爱好者",
    "乐山税务政策解读员", "绵阳12345办事记", "株洲发布会实录", "我家岳阳公安",
])
def test_hard_negatives_of_the_mention_classes_are_not_flagged(name):
    assert _flagged(name) is None


def test_a_business_praising_itself_is_still_a_business():
    assert explain_added("金牌").generic == ["金牌"]  # a feed's badge before a unit's name
    assert _flagged("金牌株洲发布") is not None
    assert _flagged("绵阳12345金牌家政") is None and _flagged("甄选岳阳公安对面饭店") is None


def test_a_medium_s_column_with_a_feed_word_is_no_imitation():
    found = _flagged("聚焦岳阳公安", verified=True, verified_type="media", verified_reason="岳阳广播电视台官方账号")
    assert found is None


# ---- what an unknown added word means ---------------------------------------------------------------------------

def test_unknown_words_around_a_whole_name_never_veto_it():
    found = _flagged("株洲发布炎帝故里龙舟竞渡")  # eight characters of no class: no evidence, no veto
    assert found is not None and found["target"]["account_id"] == "z1"
    assert found["score"] == pytest.approx(0.60)
    assert any("按待复核计" in r for r in found["reasons"])


def test_unknown_words_do_not_reach_an_organisation_s_threshold():
    assert _flagged("株洲发布炎帝故里龙舟竞渡", verified=True, verified_type="enterprise",
                    verified_reason="株洲某文化传播有限公司") is None


def test_a_mention_class_still_rules_a_long_name_out():
    assert _flagged("株洲发布炎帝故里龙舟竞渡门店") is None and _flagged("跟着株洲发布炎帝故里龙舟竞渡") is None


def test_an_agentive_suffix_alone_or_in_a_whole_name_is_no_owner():
    assert explain_added("员").unknown == "员" and not explain_added("员").rules_out
    assert not explain_added("星河守望者").owner  # the avatar rules read owners in whole names
