"""Political wording, twenty-fifth session (content-political25): the designations the existing families did not read
(``detectors/content_political_designations.py``) — the SAR offices under a state's titles, Taiwan's envoys with 当局
between, a provincial leader beside another provincial office, 少数族裔 and 原住民 for China's peoples, the colour names
of the Tibetan Buddhist schools, 清真 beyond food, a recognised state called 自治区 — and the members missing from two
families: the English chart names translated by meaning (``data/territory_names.tsv``) and the old Hui-type names of
the Dongxiang, Salar, Bonan and Uyghur peoples (``content_political_wording.OLD_NAMES``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positives in
several forms and hard negatives: the right wording, the wrong word named or rejected, history, and words that merely
contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_sar_offices_under_a_states_titles(rules):
    check(rules, [
        "澳门立法会议长一行到我市参观高新区。",
        "香港立法会副议长出席了签约仪式。",
        "香港终审法院首席大法官在典礼上致辞。",
        "香港律政司部长就修例答记者问。",
        "澳门特区政府旅游部长来我省推介旅游线路。",
        "香港卫生部发言人表示疫苗供应充足。",
    ], [
        "澳门立法会主席一行到我市参观高新区。",
        "香港立法会议员参观了我省的乡村振兴示范点。",
        "香港终审法院首席法官在典礼上致辞。",
        "香港特区律政司司长就修例答记者问。",
        "香港中联办经济部部长一行来我市考察。",          # a central body in the region has 部长
        "英国下议院议长会见我国代表团。",                  # no Hong Kong or Macao in the post
        "到访香港的教育部长出席了论坛。",                  # the central government's minister in the region
        "称“香港立法会议长”是错误的，应称立法会主席。",
        "港英时期立法局的首席议员曾多次访问伦敦。",
    ])
    assert "立法会主席 / 副主席" in suggestions(rules, "澳门立法会议长一行到我市参观。")


def test_taiwan_envoys_with_authorities_between(rules):
    check(rules, [
        "台湾当局驻菲律宾大使出席了当地的招待会。",
        "民进党当局的驻外使馆频频惹事。",
        "台湾方面的外交官在研讨会上发言。",
        "台北当局驻美总领事馆发表声明。",
    ], [
        "台湾当局在菲律宾设有所谓“代表处”。",
        "“台湾当局驻外大使”的说法不对，台湾地区没有大使。",
        "台湾地区在东京设立的是台北驻日经济文化代表处。",
        "中国驻菲律宾大使出席了当地的招待会。",
    ])


def test_a_provincial_leader_beside_another_provincial_office(rules):
    # the names are rows of lexicons/provincial_leaders.txt (public record); the sentences are invented
    check(rules, [
        "省长胡昌升到陇南检查防汛工作。",                  # the provincial party secretary since 2022
        "省委书记任振鹤主持召开专题会议。",                # the governor
        "甘肃省政协主席胡昌升出席开幕式。",
    ], [
        "省委书记胡昌升到陇南检查防汛工作。",
        "省长任振鹤主持召开省政府常务会议。",
        "时任黑龙江省长胡昌升到伊春调研。",                # a past post named as past
        "2021年，省长胡昌升到伊春调研林区改革。",          # a year in which he held it
        "原省长唐仁健出席座谈会。",
    ])


def test_foreign_context_terms_for_chinas_peoples(rules):
    check(rules, [
        "我市开展少数族裔学生资助工作，惠及藏族、回族学生1200名。",
        "学校开设少数族裔文化课程，介绍裕固族、保安族的传统。",
        "藏族原住民世代生活在高原上。",
        "当地的土著蒙古族牧民热情好客。",
    ], [
        "我市开展少数民族学生资助工作。",
        "美国少数族裔的就业率有所上升。",
        "海外少数族裔华人社团来访。",
        "澳大利亚原住民艺术展在省博物馆开幕。",
        "台湾少数民族（高山族）同胞来访。",
    ])
    assert "少数民族" in suggestions(rules, "我市开展少数族裔学生资助工作。")


def test_colour_names_of_tibetan_buddhist_schools(rules):
    check(rules, [
        "这座黄教寺院始建于明代，香火旺盛。",
        "红教僧人在寺内诵经。",
        "萨迦寺是花教的主寺。",
        "白教活佛出席了法会。",
    ], [
        "这座格鲁派寺院始建于明代，香火旺盛。",
        "格鲁派（俗称黄教）的寺院以黄色僧帽为特征。",
        "黄教授为学生讲解唐卡艺术。",                      # a surname
        "开展红教育基地参观活动。",
        "她教学生插花教学技巧。",
    ])
    assert "藏传佛教格鲁派" in suggestions(rules, "这座黄教寺院始建于明代。")


def test_halal_extended_beyond_food(rules):
    check(rules, [
        "超市新上架一批清真矿泉水。",
        "这款清真牙膏销量很好。",
        "某银行推出清真理财产品。",
        "景区新建了清真厕所。",
    ], [
        "清真寺是国家级文物保护单位。",
        "清真牛肉面是我市的名片。",
        "市场监管部门整治清真泛化问题，清理清真纸巾等违规标识。",
        "清真食品生产企业通过认证。",
        "这家清真药膳馆开业了。",                          # food
    ])


def test_a_recognised_state_called_self_governing(rules):
    check(rules, [
        "我市向巴勒斯坦自治区援助一批物资。",
        "来自巴勒斯坦自治地区的留学生参加了文化体验活动。",
    ], [
        "我市向巴勒斯坦援助一批物资。",
        "巴勒斯坦国驻华大使参观了我市。",
        "1994年，加沙和杰里科率先实行巴勒斯坦自治，巴勒斯坦自治区当时只是过渡安排。",
        "伊拉克库尔德自治区首府埃尔比勒。",
        "内蒙古自治区人民政府召开常务会议。",              # 蒙古 inside China's autonomous region
    ])
    assert "巴勒斯坦国" in suggestions(rules, "我市向巴勒斯坦自治区援助一批物资。")


def test_chart_names_translated_by_meaning(rules):
    check(rules, [
        "海军官兵在西沙孟买礁附近巡逻。",
        "南沙群岛中的威尔士亲王滩水产丰富。",
        "渔民在南海大发现礁附近捕鱼。",
        "科考船在南海调查者暗沙开展测量。",
    ], [
        "海军官兵在西沙浪花礁附近巡逻。",
        "渔民在南海发现礁石附近有沉船。",                  # 礁石 is a rock
        "华光礁的英文旧称译作“发现礁”。",
        "我国渔民世代在华光礁、大现礁作业。",
    ])
    assert "华光礁" in suggestions(rules, "海军官兵在南海发现礁执勤。")


def test_old_hui_type_names_of_peoples(rules):
    check(rules, [
        "东乡回的传统服饰亮相文化节。",
        "撒拉回群众欢度节日。",
        "缠回商人沿丝路往来。",
    ], [
        "东乡族的传统服饰亮相文化节。",
        "他从东乡回兰州过年。",                            # returning from 东乡
        "东乡族旧称“东乡回”，1950年正式定名。",
        "小区保安回到岗位上。",
    ])
