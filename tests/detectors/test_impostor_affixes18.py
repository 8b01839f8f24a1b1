"""Issue #12, fourteenth round of added words: read by word formation, and a province written by its abbreviation.

- A desk named by what is done there (a verb of jieba's dictionary, or a one-character verb and noun, before 处, 点,
  组, 台, 间, 窗口 …: 认领处, 兑奖处, 领卡处) is a service word; a word of a class keeps its class (维修点, 打卡点).
- After the name, a verb closed by an aspect particle (搬家了, 改名啦, 回来了) is the unit telling of its account, and a
  verb pointing at the account (认这个, 加这个) asks the reader to take it for the unit: evidence. Before the name,
  搬家 stays a moving firm's word.
- One to three characters and 通 or 办 ending the words after the name make a service brand (天府通, 彩云办, 三秦通),
  unless they make a dictionary word with it (畅通, 举办).
- A place of the target's and 货 is the place's product brand, with a shop ending its product shop (川货铺); 带货 (live
  sales) is the unit's own channel like 直播间.
- A province's one-character abbreviation (both where it has two: 川/蜀, 云/滇, 陕/秦 …) at the start of a name, before
  what a registered name of that province writes after the province's name, is that name written short (川发布,
  滇交警, 秦移民). Not an abbreviation that is itself an added word (新发布 is news, not 新疆发布).

Strings written for these tests (Sichuan, Yunnan, Shaanxi and Gansu units), not taken from any evaluation part.
"""

from __future__ import annotations

import re

import pytest

from detectors.affixes import explain_added
from detectors.context import DetectionContext
from detectors.impostor import _Officials, _trie_pattern
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("四川发布", "四川省人民政府新闻办公室", "s1", "weibo", "四川省"),
    reg("四川交警", "四川省公安厅交通警察总队", "s2", "weibo", "四川省"),
    reg("云南交警", "云南省公安厅交通管理局", "y1", "weibo", "云南省"),
    reg("云南发布", "云南省人民政府新闻办公室", "y2", "weibo", "云南省"),
    reg("陕西移民", "陕西省移民搬迁工作办公室", "x1", "weibo", "陕西省"),
    reg("甘肃公安", "甘肃省公安厅", "g1", "weibo", "甘肃省"),
    reg("成都公安", "成都市公安局", "c1", "weibo", "四川省成都市"),
    reg("大理文旅", "大理白族自治州文化和旅游局", "d1", "weibo", "云南省大理白族自治州"),
    reg("汉中发布", "汉中市人民政府新闻办公室", "h1", "weibo", "陕西省汉中市"),
]
OWN = frozenset({"四川", "成都"})


def _flagged(name: str, account_id: str = "x") -> dict | None:
    return findings(REGISTRY, [acc(name, account_id)]).get(account_id)


# ---- desks, claims about the account, service brands, a place's goods ------------------------------------------

@pytest.mark.parametrize("text, desk", [
    ("认领处", "认领处"), ("补录处", "补录处"), ("兑奖处", "兑奖处"), ("认领组", "认领组"), ("签到台", "签到台"),
    ("领卡处", "领卡处"), ("验证处", "验证处"), ("登记窗口", "登记窗口"), ("带货间", "带货间"),
])
def test_a_desk_named_by_what_is_done_there_is_a_service_word(text, desk):
    added = explain_added(text, OWN, name_end=0)
    assert added.service == [desk] and not added.unknown and not added.rules_out


@pytest.mark.parametrize("text", ["维修点", "打卡点", "家电维修", "装备商城", "酒店", "纪实", "回音壁", "使用心得"])
def test_words_of_a_mention_class_keep_their_class_before_a_desk_ending(text):
    assert explain_added(text, OWN, name_end=0).rules_out


@pytest.mark.parametrize("text", ["搬家了", "换号了", "改名啦", "回来了", "认这个", "加这个"])
def test_the_account_speaking_of_itself_after_the_name_is_evidence(text):
    added = explain_added(text, OWN, name_end=0)
    assert added.generic == [text] and not added.rules_out


def test_a_claim_about_the_account_is_read_only_after_the_name():
    assert explain_added("搬家了", OWN).rules_out  # 搬家 of a moving firm, the name being no subject here
    assert explain_added("搬家公司", OWN, name_end=0).rules_out
    assert explain_added("搬家了20", OWN, name_end=0).generic == ["搬家了", "20"]


@pytest.mark.parametrize("text", ["天府通", "彩云办", "三秦通", "补录处陇原通"])
def test_a_service_brand_ends_the_words_after_the_name(text):
    added = explain_added(text, OWN, name_end=0)
    assert added.generic and added.generic[-1].endswith(("通", "办")) and not added.unknown


@pytest.mark.parametrize("text", ["畅通", "举办", "交通"])
def test_a_dictionary_word_on_the_brand_ending_is_no_brand(text):
    assert text not in explain_added(text, OWN, name_end=0).generic


def test_the_target_s_place_and_its_goods_make_its_product_brand():
    added = explain_added("川货铺", OWN, name_end=0)
    assert added.own_places == ["川"] and added.generic == ["货铺"] and not added.rules_out
    assert explain_added("特产店", OWN, name_end=0).rules_out  # a shop of no place of the target's stays a shop


# ---- the whole detector -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("成都公安｜搬家了2.0", "c1"), ("大理文旅｜认这个带货间", "d1"), ("大理文旅认领处带货间", "d1"),
    ("成都公安带货间预约处", "c1"), ("汉中发布⁓补录处", "h1"), ("汉中发布三秦通", "h1"),
])
def test_added_words_of_the_families_are_found(name, target):
    found = _flagged(name)
    assert found is not None and found["score"] >= 0.6
    assert found["target"]["account_id"] == target


@pytest.mark.parametrize("name, target", [
    ("川发布", "s1"), ("蜀发布", "s1"), ("川交警", "s2"), ("滇交警", "y1"), ("秦移民", "x1"), ("陇公安", "g1"),
    ("☙秦移民｜搬家了❧", "x1"),
])
def test_a_province_s_abbreviation_before_a_registered_name_s_rest(name, target):
    found = _flagged(name)
    assert found is not None and found["score"] >= 0.6
    assert found["target"]["account_id"] == target


@pytest.mark.parametrize("name", [
    "新发布", "成都公安纪实", "老张聊四川发布", "四川公安装备商城", "大理文旅酒店", "成都公安家电维修",
    "川菜馆", "滇池旅游", "秦腔剧社",
])
def test_hard_negatives_stay_clean(name):
    assert _flagged(name) is None


def test_the_trie_pattern_matches_exactly_its_words():
    words = {"发布", "发布会", "交警", "12345", "人民政府", "移民"}
    pattern = re.compile(f"(?:{_trie_pattern(words)})$")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ("发", "交通", "人民", "1234", "移"))


def test_an_abbreviation_that_is_an_added_word_gets_no_tails():
    ctx = DetectionContext(registry=[*REGISTRY, reg("新疆交警", "新疆维吾尔自治区公安厅交通管理局", "n1", "weibo",
                                                     "新疆维吾尔自治区")], accounts=[])
    officials = _Officials(ctx)
    assert officials.province_tails["四川"] == {"发布", "交警"} and "新疆" not in officials.province_tails
    heads = officials.province_abbreviations.pattern.split("|[", 1)[1].split("]", 1)[0]
    assert set(heads) == {"川", "蜀", "滇", "秦", "陕", "陇", "甘"}  # not 云 (a cloud) nor 新 (new)
