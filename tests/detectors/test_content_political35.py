"""Political wording, thirty-fifth session (content-political35): statements of fact read against a complete
inventory of the right answer (POLITICAL_CHECKLIST.md items 481–497; phase B items 487–497 are listed in the tests below).

* a state's capital named as another of the inventory's cities;
* an extreme of the territory put at a place short of it;
* an invader's regime given a dynasty's or a state's dignity;
* a settled land boundary said to be open, an open one said to be settled;
* a historical exonym or slur given as the name of one of China's peoples.
* a present-day slur offered as a fond name, read through quotation marks and the naming verb.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_states_capital_named_as_another_city(rules):
    check(rules, [
        "交流团一行抵达加拿大首都多伦多，参观了当地的职业院校。",
        "据介绍，土耳其的首都是伊斯坦布尔，冬季气候湿润。",
        "摄影展展出了印度首都孟买的街景。",
        "老挝首都琅勃拉邦的夜市吸引了不少游客。",
    ], [
        "交流团一行抵达加拿大首都渥太华。",
        "美国首都华盛顿与纽约相距约三百公里。",
        "墨西哥首都墨西哥城举办了博览会。",
        "1923年以前，伊斯坦布尔曾是奥斯曼帝国的都城。",
        "当时日本的首都在京都。",
    ])
    assert "加拿大首都渥太华" in suggestions(rules, "交流团一行抵达加拿大首都多伦多。")


def test_an_extreme_of_the_territory_put_short_of_it(rules):
    check(rules, [
        "同学们了解到，我国领土最北端在漠河，最南端是海南岛的天涯海角。",
        "我国国土的最东端位于上海，最西端在帕米尔高原。",
    ], [
        "我国领土最南端是南沙群岛的曾母暗沙。",
        "徐闻县地处中国大陆最南端，与海南岛隔海相望。",
        "我国领土最北端在黑龙江省漠河市以北的黑龙江主航道中心线上。",
        "海南岛的最南端是三亚。",
    ])


def test_an_invaders_regime_given_a_dynastys_dignity(rules):
    check(rules, [
        "展板介绍了清军击败阿古柏王国、收复南疆的经过。",
        "阿古柏建立了哲德沙尔汗国，盘踞南疆十余年。",
        "郑经时期的东宁王国推行屯田。",
    ], [
        "1877年，清军消灭阿古柏入侵政权。",
        "阿古柏建立所谓“哲德沙尔汗国”。",
        "阿古柏政权覆灭后，新疆于1884年建省。",
    ])


def test_a_land_boundary_said_open_or_settled_against_the_treaties(rules):
    check(rules, [
        "讲座中，嘉宾称中朝边界至今尚未划定。",
        "中国与蒙古国之间的边界仍有争议。",
        "有文章说中印边界已经全部划定。",
    ], [
        "中俄边界已全部划定，界江航运日益繁忙。",
        "中印边界问题尚未解决，双方同意通过谈判解决。",
        "1960年代，中苏边界尚未划定。",
        "中越海上边界尚未划定。",
    ])


def test_a_historical_exonym_given_as_a_peoples_name(rules):
    check(rules, [
        "展览介绍了被称作西番的藏族先民的游牧生活。",
        "讲解员说，古时叫倮倮的彝族先民在此定居。",
    ], [
        "“鞑子”是旧时对蒙古族的蔑称，今天不能再用。",
        "蒙古族先民在这片草原上留下了丰富的文化遗产。",
    ])


def test_a_slur_offered_as_a_fond_name_even_in_quotation_marks(rules):
    check(rules, [
        "边境口岸附近有几户中俄混血家庭，街坊们亲切地叫他们“二毛子”。",
        "追星的年轻人亲昵地称韩国人“思密达”。",
    ], [
        "“二毛子”是旧时对中俄混血居民的蔑称，不应再用。",
        "义和团时期，教民被称为“二毛子”。",
    ])


# ---- phase B (items 487–497) ------------------------------------------------------------------------------------


def test_an_abolished_central_organ_named_as_current(rules):
    check(rules, [
        "会上传达了国家监察部的通知精神。",
        "信息产业部近日印发指导意见。",
    ], [
        "县纪检监察部门开展专项检查。",
        "2015年，监察部通报了一批典型案例。",
    ])


def test_a_regimes_site_given_to_a_foreign_state(rules):
    check(rules, [
        "渤海国古城是古代朝鲜的王城遗存。",
    ], [
        "高句丽遗址是我国古代东北地方民族政权的遗存。",
    ])


def test_compatriots_coming_to_our_country(rules):
    check(rules, [
        "热烈欢迎香港青年来我国参观交流。",
    ], [
        "热烈欢迎香港青年来内地参观交流。",
        "澳门学生到中国人民大学研学。",
    ])


def test_a_colonial_name_of_a_chinese_place(rules):
    check(rules, [
        "纪录片讲述了北间岛一带的垦荒往事。",
    ], [
        "日本殖民者制造所谓“间岛问题”。",
        "课间岛上的孩子们在操场上奔跑。",
    ])


def test_a_formulation_with_two_blocks_swapped(rules):
    check(rules, [
        "论坛倡议共同推动构建人类共同命运体。",
    ], [
        "论坛倡议共同推动构建人类命运共同体。",
    ])


def test_one_of_chinas_peoples_called_emigrants(rules):
    check(rules, [
        "县里召开蒙古族侨胞座谈会。",
    ], [
        "县里召开蒙古族同胞座谈会。",
        "旅居海外的朝鲜族侨胞回乡探亲。",
    ])


def test_a_state_without_a_president_given_one(rules):
    check(rules, [
        "新闻提到越南总统将出席峰会。",
        "日本总统发表讲话。",
    ], [
        "韩国总统发表讲话。",
        "酒店的总统套房已预订，泰国游客入住。",
    ])


def test_the_republics_premier_title_for_the_state_council(rules):
    check(rules, [
        "国务副总理到企业调研。",
    ], [
        "1913年，熊希龄出任国务总理。",
        "国务院副总理到企业调研。",
    ])


def test_a_land_border_with_a_state_china_has_none_with(rules):
    check(rules, [
        "游客在中日边境拍照留念。",
    ], [
        "游客在中朝边境拍照留念。",
        "中韩海上划界谈判举行新一轮会谈。",
    ])


def test_taiwans_representative_to_a_state_by_its_short_name(rules):
    check(rules, [
        "台湾驻美代表处发布消息。",
    ], [
        "所谓“台湾驻美代表处”发布消息。",
    ])


def test_a_pair_with_a_field_between_it_and_the_relation(rules):
    check(rules, [
        "推进中港文化交流走深走实。",
    ], [
        "推进内地与香港文化交流走深走实。",
        "企业搭建数据中台科技合作平台。",
    ])
