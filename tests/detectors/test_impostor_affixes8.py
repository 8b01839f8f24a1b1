"""Issue #12, eighth round of added words: the people of a place addressed before a name (老表, 乡亲), slogans,
service windows, fan clubs and numbered copies are evidence or neutral; a possessive 的 makes a mention; a
medium's programme words (直通车, 在线) name its column. Strings written for these tests (Jiangxi units), not taken
from any evaluation part."""

from __future__ import annotations

import pytest

from detectors import impostor
from detectors.affixes import explain_added, possessive_mention, programme_words
from detectors.context import DetectionContext
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("赣州公安", "赣州市公安局", "g1", "weibo", "江西省赣州市"),
    reg("南昌发布", "南昌市人民政府新闻办公室", "n1", "weibo", "江西省南昌市"),
    reg("九江12345", "九江市12345政务服务便民热线", "j1", "weibo", "江西省九江市"),
    reg("上饶发布", "上饶市人民政府新闻办公室", "s1", "weibo", "江西省上饶市"),
]


# ---- the people of a place --------------------------------------------------------------------------------------

def test_names_for_the_people_of_a_place_are_neither_owners_nor_unknown():
    for word in ("老表", "老乡们", "父老乡亲", "街坊", "老铁", "家人们"):
        added = explain_added(word)
        assert added.people == [word] and not added.owner and not added.unknown and not added.rules_out
    assert explain_added("老王").owner  # 老X is still the start of a person's name


@pytest.mark.parametrize("name", ["江西老表赣州公安", "乡亲们上饶发布", "老铁南昌发布"])
def test_a_name_addressing_the_locals_before_a_registered_name_imitates_it(name):
    found = findings(REGISTRY, [acc(name, "x")])
    assert found["x"]["score"] >= 0.85
    assert any("对当地人的称呼" in r for r in found["x"]["reasons"])


def test_addressing_the_locals_before_a_reordered_name_imitates_it():
    found = findings(REGISTRY, [acc("江西老表公安赣州", "x")])
    assert found["x"]["target"]["account_id"] == "g1" and found["x"]["evidence"]["layer"] == "reorder"


def test_a_person_named_old_x_who_talks_about_a_unit_is_still_no_imitation():
    assert findings(REGISTRY, [acc("老王聊赣州公安", "x1"), acc("老表饭店南昌发布", "x2")]) == {}


# ---- slogans, service windows, fan clubs, numbered copies --------------------------------------------------------

def test_slogans_are_generic_words():
    assert explain_added("暖心官方指定").generic == ["暖心", "官方指定"]
    found = findings(REGISTRY, [acc("暖心南昌发布", "x1"), acc("官方授权九江12345", "x2"), acc("诚信为民上饶发布", "x3")])
    assert {f["target"]["account_id"] for f in found.values()} == {"n1", "j1", "s1"}
    assert all(f["score"] >= 0.85 for f in found.values())


def test_a_shop_s_own_praise_is_a_feed_badge_and_a_shop_is_still_a_shop():
    # ninth round: 金牌/优选/精品 are feed and marketing badges (``detectors.affixes.FEED_WORDS``); a shop that
    # praises itself so still names itself by an owner word, which rules the match out
    assert explain_added("金牌").generic == ["金牌"]
    assert explain_added("金牌饭店").rules_out


def test_service_windows_and_benefit_programmes_are_service_words():
    added = explain_added("惠企专窗网上大厅")
    assert added.service == ["惠企", "专窗", "网上大厅"] and not added.unknown
    found = findings(REGISTRY, [acc("赣州公安惠企专窗", "x1"), acc("九江12345服务专席", "x2"), acc("南昌发布办税窗", "x3")])
    assert found["x1"]["score"] >= 0.85 and found["x2"]["target"]["account_id"] == "j1"
    assert "x3" in found


def test_a_fan_club_named_after_the_account_imitates_it_but_a_fan_does_not():
    found = findings(REGISTRY, [acc("上饶发布后援会", "x1"), acc("南昌发布2号粉丝团", "x2"), acc("赣州公安十二号粉丝站", "x3"),
                                acc("上饶发布粉丝", "x4")])
    assert found["x1"]["target"]["account_id"] == "s1" and found["x2"]["target"]["account_id"] == "n1"
    assert found["x3"]["score"] >= 0.85
    assert "x4" not in found  # 粉丝 alone: a fan, a person


def test_a_numbered_copy_is_one_generic_word():
    assert explain_added("3号").generic == ["3号"] and explain_added("十二号").generic == ["十二号"]
    assert explain_added("3").unknown == "3" and explain_added("号外").generic == ["号"]


# ---- a possessive 的: a mention -------------------------------------------------------------------------------

def test_a_registered_name_before_de_and_a_noun_is_a_mention():
    assert possessive_mention("的忠实读者") == "的忠实读者"
    assert possessive_mention("的官方号") == ""  # 的 then only generic words still claims to be the account
    assert possessive_mention("的") == "" and possessive_mention("官方的号") == ""
    found = findings(REGISTRY, [acc("赣州公安的忠实读者", "x1"), acc("南昌发布的小跟班", "x2"), acc("赣州公安的官方号", "x3")])
    assert set(found) == {"x3"}


def test_explain_says_why_a_possessive_is_no_imitation():
    ctx = DetectionContext(registry=REGISTRY, accounts=[])
    out = impostor.explain(ctx, acc("赣州公安的忠实读者", "x"))
    assert not out["flagged"]
    assert any("的”字结构" in (c["affix_ruled_out"] or "") for c in out["closest"])


# ---- a medium's programme ---------------------------------------------------------------------------------------

def test_programme_words_are_found_longest_first():
    assert programme_words("直播间在线") == ["直播间", "在线"]
    assert programme_words("官方") == []


def test_a_medium_names_its_column_after_a_unit_but_an_unverified_account_imitates_it():
    medium = {"verified": True, "verified_type": "media", "verified_reason": "赣州广播电视台官方账号"}
    found = findings(REGISTRY, [acc("赣州公安直通车", "x1", **medium), acc("南昌发布在线", "x2", **medium),
                                acc("赣州公安直通车", "x3"), acc("南昌发布官方", "x4", **medium)])
    assert "x1" not in found and "x2" not in found
    assert found["x3"]["target"]["account_id"] == "g1"  # the same words on an unverified account: a channel
    assert "x4" in found  # a medium using only officialness words still claims the unit's account


def test_explain_shows_the_new_classes():
    ctx = DetectionContext(registry=REGISTRY, accounts=[])
    out = impostor.explain(ctx, acc("江西老表赣州公安直通车", "x"))
    assert out["flagged"]
    reasons = " ".join(out["finding"]["reasons"])
    assert "对当地人的称呼" in reasons and "栏目或节目用语" in reasons
