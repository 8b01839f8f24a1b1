"""Political wording, thirty-first session (content-political31): the layers the dev27 misses showed unread, each
read over its inventory (POLITICAL_CHECKLIST.md items 445–457).

* a commission's name with its head's 长 in the place of 会, and the judicial organs under 国家 / 中央;
* foreign states under a name given up in a renaming or a merger (蒙古人民共和国, 锡金王国);
* the 1951 directive's other old names (番僧, 番民, 回回 before a word of people or dwelling);
* one of the 56 peoples given 教 as if a religion;
* Hong Kong and Taiwan people under their short 籍 forms, or after 外籍, counted as foreigners;
* the Taiwan Strait's two sides called two states;
* Taiwan given an Olympic delegation of its own, or the palace museum and 中央研究院 under its name;
* the short names of the four island groups given 争议; a province-level region named as a state (西藏国);
* a map whose quoted title leaves out territory;
* the two halves of 党政军民学，东西南北中 swapped;
* a dynasty of China said to invade China.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_commissions_head_title_fused_and_courts_under_another_prefix(rules):
    check(rules, [
        "中央军事委员长签署命令。",
        "国家发展和改革委员长出席发布会。",
        "国家法院公布了年度工作报告。",
        "中央检察院部署专项监督。",
    ], [
        "国家监察委员会主任出席会议。",
        "全国人民代表大会常务委员会委员长主持会议。",
        "最高人民检察院发布典型案例。",
        "全国法院系统开展集中执行行动。",
        "法国国家法院作出裁决。",
    ])
    assert suggestions(rules, "中央军事委员长签署命令。") == ["中央军事委员会主席"]


def test_a_state_under_a_name_given_up_by_renaming_or_merger(rules):
    check(rules, [
        "代表团访问蒙古人民共和国首都乌兰巴托。",
        "锡金王国的茶园吸引游客。",
        "锡金政府发布旅游公告。",
        "缅甸联邦政府代表出席论坛。",
    ], [
        "1952年，我国与蒙古人民共和国签订协定。",
        "1960年代的锡金王国仍有国王。",
        "锡金邦的茶园吸引游客。",
        "缅甸联邦共和国总统会见代表团。",
        "蒙古国总统会见代表团。",
    ])


def test_other_old_names_of_the_1951_directive(rules):
    check(rules, [
        "寺里的番僧为游客讲解经文。",
        "番民聚居的村庄通了公路。",
        "这里曾住着鞑子的后代。",
        "回回群众欢度开斋节。",
        "回回村新建了卫生室。",
    ], [
        "他回回都第一个到岗。",
        "元代回回炮威力巨大。",
        "史书记载，当时称回族为回回。",
        "藏传佛教僧人为游客讲解经文。",
    ])


def test_a_people_called_a_religion(rules):
    check(rules, [
        "节日期间尊重维吾尔族教的习俗。",
        "关于回族教的讲座在社区举行。",
    ], [
        "藏族教师扎根牧区三十年。",
        "回族教育事业发展迅速。",
        "回族群众信仰伊斯兰教。",
        "不能把伊斯兰教称为“回族教”。",
    ])
    assert suggestions(rules, "关于回族教的讲座在社区举行。") == ["回族群众信仰的伊斯兰教（写出宗教的名称）"]


def test_compatriots_under_short_forms_counted_as_foreigners(rules):
    check(rules, [
        "论坛邀请了港籍外宾和美国学者。",
        "台籍外国专家参加了研讨。",
        "全市外籍港人创办企业20家。",
        "外国台胞参观了工业园区。",
    ], [
        "港籍人士和外籍人士分别登记。",
        "澳籍外宾参观了牧场。",
        "港澳台同胞和外籍人士参加了活动。",
    ])


def test_the_strait_called_two_states(rules):
    check(rules, ["台海两国的渔民常年往来。"], [
        "台海局势与中美两国关系密切相关。",
        "台海两岸的渔民常年往来。",
    ])


def test_taiwan_given_an_olympic_delegation_or_a_national_museum(rules):
    check(rules, [
        "台湾奥运代表团抵达东京。",
        "展览将在台湾故宫博物院举行。",
        "学者赴台湾的故宫参观。",
        "台湾中央研究院发布报告。",
    ], [
        "展览将在台北故宫博物院举行。",
        "台湾同胞参观了北京故宫博物院。",
        "台湾“中央研究院”发布报告。",
        "台湾地区选手在亚运会上夺冠。",
    ])


def test_island_groups_by_short_name_as_disputed_and_a_region_as_a_state(rules):
    check(rules, [
        "考察船在西沙争议海域作业。",
        "中沙是有争议的岛礁。",
        "有商家销售印有“新疆国”字样的商品。",
        "境外组织自称西藏国政府。",
    ], [
        "南沙区争议调解中心揭牌。",
        "所谓“西沙争议海域”是别国炒作。",
        "西藏国际冬季旅游节开幕。",
        "新疆国民经济持续增长。",
        "所谓“西藏国”是分裂势力的捏造。",
    ])


def test_a_quoted_map_title_that_leaves_out_territory(rules):
    check(rules, ["课件里的“中国地图（未含南海诸岛）”可以下载。"], [
        "“不含台湾”的地图属于问题地图。",
        "图中统计数据“不含台湾”。",
    ])


def test_the_halves_of_a_fixed_statement_swapped(rules):
    check(rules, ["东西南北中、党政军民学，党是领导一切的。"], [
        "党政军民学，东西南北中，党是领导一切的。",
    ])


def test_a_dynasty_of_china_said_to_invade_china(rules):
    check(rules, [
        "清军入侵中原以后，这里设立了驿站。",
        "金兵侵占中原，百姓南迁。",
    ], [
        "清军入关以后，这里设立了驿站。",
        "元朝统一全国后，这里设立了驿站。",
        "日军入侵中国东北。",
        "把元朝统一说成“入侵中原”是错误的。",
    ])
