"""错敏字, fourth round: politically wrong wording as rule families (``detectors/content_political.py``) and the
typo generator's new knowledge (leadership titles, fixed names of bodies, full forms and numbers that are no slips).

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political import countries


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text, cls):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == cls]


def political(rules, text):
    return found(rules, text, "political")


# ---- Taiwan treated as a state: titles and symbols only a state has ------------------------------------------

@pytest.mark.parametrize("text", [
    "国台办回应台湾防长涉军售言论。",
    "岛内媒体称台湾地区的外交部长将出访。",
    "台外长近日窜访欧洲。",
    "台湾的国家元首一说毫无根据。",  # 毫无根据 rejects nothing of the title: still the wrong title
    "民进党当局在台湾国庆日举办活动。",
    "台湾阁揆宣布新政策。",
])
def test_taiwan_state_titles(rules, text):
    assert political(rules, text)


@pytest.mark.parametrize("text", [
    "国台办回应台湾地区防务部门负责人涉军售言论。",
    "台湾所谓“外长”近日窜访欧洲。",
    "台湾地区“防长”的言论遭到驳斥。",
    "烟台外长途客运站今日恢复运营。",  # 烟台 is a place; 台外长 is not Taiwan's minister here
    "丰台国庆期间开放公园。",
    "孙中山被尊为国父的历史背景，1925年。",
])
def test_taiwan_state_titles_hard_negatives(rules, text):
    assert political(rules, text) == []


# ---- Hong Kong and Macao given a state's or a colony's titles and bodies -------------------------------------

@pytest.mark.parametrize("text", [
    "市领导会见澳门特区总理一行。",
    "香港市长出席论坛开幕式。",
    "珠海市与香港行政院签署协议。",
    "澳门国会通过新法案。",
    "澳门总督府附近道路今起施工。",
])
def test_sar_state_titles(rules, text):
    assert political(rules, text)


@pytest.mark.parametrize("text", [
    "市领导会见香港特别行政区行政长官一行。",
    "澳门特区立法会通过新法案。",
    "澳门回归前，澳门总督府是澳葡政府的所在地。",
    "香港区议会选举顺利举行。",
    "香港国安法实施以来社会稳定。",
])
def test_sar_state_titles_hard_negatives(rules, text):
    assert political(rules, text) == []


# ---- Taiwan, Hong Kong or Macao counted among countries or nationalities -------------------------------------

@pytest.mark.parametrize("text", [
    "学校与台湾、日本两国的高校建立合作。",
    "面向澳门、泰国、越南3国招收学员。",
    "港资、德资等外资企业代表参会。",
    "美资、台企等外国企业踊跃参展。",
    "涉案人员有越南籍、香港籍人员。",
    "嫌疑人中有中国籍和台湾籍人员。",
])
def test_hmt_counted_among_countries(rules, text):
    assert political(rules, text)


@pytest.mark.parametrize("text", [
    "学校与台湾地区和日本的高校建立合作。",
    "面向香港、澳门与东盟十国招收学员。",  # 十国 counts ASEAN, not the list
    "香港、澳门和新加坡三地的学生参加交流。",
    "美国、日本、韩国三国代表出席。",
    "外资企业和港澳台资企业代表参会。",
    "港资、台资等境外资本持续流入。",
    "涉案人员有越南籍人员和香港居民。",
    "香港籍男子在深圳被抓获。",  # no nationality of a state beside it
])
def test_hmt_counted_among_countries_hard_negatives(rules, text):
    assert political(rules, text) == []


def test_the_country_list_is_states_only():
    names = countries()
    assert {"菲律宾", "新加坡", "中国", "日本"} <= names
    assert not names & {"台湾", "香港", "澳门", "中国台湾", "中国香港"}


# ---- foreign, colonial or separatist names of China's territory ---------------------------------------------

@pytest.mark.parametrize("text", [
    "两地同胞在福尔摩沙共度佳节。",
    "渔民在东京湾海域作业时注意安全。",
    "中印边界东段以麦克马洪线为准。",
    "两岸一边一国，互不隶属。",
    "警惕“东突厥斯坦”分裂势力的渗透。",
])
def test_foreign_or_separatist_names(rules, text):
    assert political(rules, text)


@pytest.mark.parametrize("text", [
    "葡萄牙航海者曾称台湾为福尔摩沙。",
    "日本东京湾沿岸举行烟花大会。",
    "中国从不承认非法的“麦克马洪线”。",
    "坚决反对“台独”分裂势力制造“一边一国”。",
    "依法打击“东突厥斯坦伊斯兰运动”恐怖组织。",
    "北部湾渔场开海，湛江渔民出海作业。",
])
def test_foreign_or_separatist_names_hard_negatives(rules, text):
    assert political(rules, text) == []


# ---- China beside Taiwan as two parties; China's people beside Taiwan's compatriots -------------------------

def test_china_beside_taiwan_needs_taiwan_in_the_sentence(rules):
    assert political(rules, "医院接待台湾参访团，双方签署中台中医药合作协议。")
    assert political(rules, "企业推进数据中台合作建设。") == []
    assert political(rules, "五台山中台禅寺举办文化交流活动。") == []


def test_compatriots_of_hmt_are_not_overseas_chinese(rules):
    assert political(rules, "欢迎港澳台华侨回乡投资。")
    assert political(rules, "广大港澳台侨胞心系家乡。") == []  # 港澳台同胞和海外侨胞


# ---- 中华台北: the name agreed for sport, not Taiwan's name elsewhere ----------------------------------------

def test_chinese_taipei(rules):
    assert political(rules, "中华台北代表团在亚运会上获得三枚金牌。") == []
    assert political(rules, "中华台北的新任负责人宣布了新政策。")


# ---- leaders' titles and the Party's bodies -----------------------------------------------------------------

def test_a_party_chairman_no_longer_exists(rules):
    assert political(rules, "中国共产党主席习近平出席会议。")
    assert political(rules, "1976年，中共中央主席华国锋……") == []  # the chairman's office until 1982
    assert political(rules, "中国共产党总书记习近平出席会议。") == []


def test_colonial_and_retired_names_of_bodies(rules):
    assert political(rules, "澳督出席了今天的仪式。")
    assert political(rules, "市地税局开展纳税服务月活动。")
    assert political(rules, "2015年，市地税局开展纳税服务月活动。") == []  # before the 2018 merger
    assert political(rules, "国家税务总局发布新规。") == []


# ---- typos --------------------------------------------------------------------------------------------------

def test_a_leadership_title_misspelt_without_the_name(rules):
    assert found(rules, "传达学习中共中央总书计、国家主席讲话精神。", "typo") == ["中共中央总书计"]
    assert found(rules, "中央军委付主席出席。", "typo") == ["中央军委付主席"]
    # 副 added or left out makes another title, not a slip
    assert found(rules, "国家主席、国家副主席、国务院副总理出席。", "typo") == []


def test_a_body_name_is_fixed(rules):
    assert found(rules, "区退伍军人事务局走访慰问优抚对象。", "typo") == ["退伍军人事务局"]
    assert found(rules, "区退役军人事务局走访慰问退伍军人。", "typo") == []


def test_full_form_and_numbers_are_no_slips(rules):
    assert found(rules, "中共某市委十二届八次全体会议召开。", "typo") == []
    assert found(rules, "请于今日18时前完成填报。", "typo") == []
    assert found(rules, "各单位要提前完成填报。", "typo") == []
