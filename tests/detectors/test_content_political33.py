"""Political wording, thirty-third session (content-political33): relations read over whole inventories
(POLITICAL_CHECKLIST.md items 458–471).

* Taiwan paired with a state (台X / X台, 台湾与某国) given diplomacy;
* a trip to Hong Kong, Macao or Taiwan called going abroad;
* a leader's titles out of their protocol order;
* a present conflict under the name of a war;
* a SAR's head called 特区首长 / 首脑;
* a one-character people stem + 蛮 / 子;
* the national map called a map of the mainland; 三年自然灾害;
* 国家 (含港澳台); a body with HMT members counted in 国家; 港澳台 straight before 外籍;
* 国家 + a Party central organ, an organ's short name fused with its head's title;
* a leader's slip no longer hides a wrong organ beside it; a bare renamed bureau is an everyday word;
* the word list's state terms of Taiwan (台湾国旗, 台湾总统 …) after 所谓 are right.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from tests.detectors.content_case import check, political


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_taiwan_paired_with_a_state_given_diplomacy(rules):
    check(rules, [
        "岛内有人热衷“台英外交”，终将徒劳。",
        "某国议员叫嚣推动法台建交。",
        "台湾当局与巴拉圭的外交关系引发关注。",
        "有人炒作台菲邦交议题。",
    ], [
        "台湾当局与某国的所谓“外交关系”不值一提。",
        "有人炒作台菲所谓“邦交”议题。",
        "中法建交六十周年纪念活动举行。",
        "美台经贸往来不改变一个中国原则。",
        "新台币汇率波动。",
    ])


def test_a_trip_to_the_regions_called_abroad(rules):
    check(rules, [
        "学校组织师生赴港出国交流。",
        "考察团前往澳门出访三天。",
        "他们出国到台湾参观农场。",
    ], [
        "办理赴港澳、出国手续须提前预约。",
        "学校组织师生赴港交流。",
        "他们出国到新西兰参观农场。",
    ])


def test_a_leaders_titles_out_of_protocol_order(rules):
    check(rules, [
        "国务院总理、中央政治局常委王某某出席开幕式。",
        "全国政协主席、中共中央政治局常委王某某作报告。",
        "中共中央总书记、中央军委主席、国家主席签署命令。",
    ], [
        "中共中央政治局常委、国务院总理王某某出席开幕式。",
        "中共中央总书记、国家主席、中央军委主席签署命令。",
        "国家主席、副主席由全国人民代表大会选举。",
    ])


def test_a_present_conflict_named_a_war(rules):
    check(rules, [
        "受黎以战争影响，航线调整。",
        "泰柬大战牵动边境贸易。",
        "以哈战争导致物资紧张。",
    ], [
        "受黎以冲突影响，航线调整。",
        "1965年第二次印巴战争爆发。",
        "西方媒体所谓的“俄乌战争”说法并不准确。",
    ])


def test_a_sar_head_under_another_title(rules):
    check(rules, [
        "香港特区首脑出席论坛。",
        "澳门特别行政区首长率代表团访问。",
    ], [
        "行政长官是澳门特别行政区的首长。",
        "香港特别行政区政府的首长是行政长官。",
        "澳门特别行政区行政长官率代表团访问。",
    ])


def test_a_people_stem_with_a_slur(rules):
    check(rules, [
        "古书里讲述瑶蛮归附的故事，在今天的展演中重现。",
        "村里的侗子阿妹唱起了大歌。",
    ], [
        "基地培育了一批足球好苗子。",
        "这片树苗蛮多的。",
        "村里的侗族阿妹唱起了大歌。",
        "旧时对苗族有“苗子”等蔑称，今天不再使用。",
    ])


def test_the_national_map_and_a_period_under_other_names(rules):
    check(rules, [
        "展板上的中国大陆版图已撤下。",
        "三年大饥荒时期的档案整理完毕。",
    ], [
        "展板上的中国地图已更换为标准地图。",
        "三年困难时期的档案整理完毕。",
        "“三年自然灾害”的说法已改称三年困难时期。",
    ])


def test_regions_counted_within_states_or_beside_foreigners(rules):
    check(rules, [
        "周边国家（含台湾）的客商须登记。",
        "世贸组织164个国家的代表与会。",
        "向台港澳外国游客发放指南。",
    ], [
        "周边国家和地区（含台湾）的客商须登记。",
        "世贸组织164个成员的代表与会。",
        "向港澳台及外国游客发放指南。",
        "香港外籍人士参加慈善跑。",
    ])


def test_generated_nonexistent_organs(rules):
    check(rules, [
        "国家中央纪委通报了典型案例。",
        "最高检察长出席座谈会。",
    ], [
        "中央纪委国家监委通报了典型案例。",
        "最高检检察长出席座谈会。",
        "外交部长出席记者会。",
        "中央和国家机关工委召开会议。",
        "最高人民法院长期坚持司法为民。",
    ])


def test_a_leaders_slip_does_not_hide_a_wrong_organ(rules):
    text = "国家中央军委副主席张有侠出席活动。"
    assert political(rules, text) == ["国家中央军委"]
    assert any(h.cls == "typo" for h in _hits(text, rules, year=2026))
    # the slip alone stays the slip's finding (付 for 副), not also a title finding
    assert not political(rules, "国务院付总理张国清出席活动。")


def test_a_bare_renamed_bureau_is_an_everyday_word(rules):
    check(rules, [
        "县环保局开展执法检查。",
        "遵义国土局发布公告。",
    ], [
        "环保局门口的桂花开了。",
        "原县环保局办公楼改造完成。",
    ])


def test_taiwan_state_terms_of_the_word_list_quoted_or_so_called(rules):
    check(rules, [
        "活动现场出现台湾国旗。",
        "有人宣称台湾首都在台北。",
        "展板写着台湾国民党主席。",
        "岛内极少数人鼓吹“台湾国”。",  # quotes alone do not right it
    ], [
        "活动现场出现所谓“台湾国旗”。",
        "有人宣称所谓台湾首都在台北。",
        "岛内有人自称所谓“台湾总统”。",
    ])
    assert political(rules, "展板上竟写着所谓“台湾国民党”。")  # a wrong name of a party, not a state's attribute
