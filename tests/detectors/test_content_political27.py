"""Political wording, twenty-seventh session (content-political27): typed readings (``detectors/content_political_typed.py``)
— an entity read as a type from an inventory and an attribute read as a type, flagged when the holder's type cannot
have the attribute whatever field word stands between: a region (Taiwan, Hong Kong, Macao) given a state's ministry of
any field, immigration service, Olympic committee, parliament or a division kind not its own; one of China's 56
peoples (full name, stem, stem + 人, alone or in a list) given a tribe's or an indigenous people's attribute; a
dissolved state given the present.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each reading has positives
over several entities, attributes and clause shapes, and hard negatives: the right wording, the names the regions
take part under, a central minister visiting, 部门 / 部分, the past, another country, a quote or a rejection.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_political_typed import typed_hits
from tests.detectors.content_case import check, political


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_region_given_a_ministry_of_any_field(rules):
    check(rules, [
        "两岸青年创新论坛开幕，台湾水利部长应邀致辞。",
        "据台湾地区的住建部发布的数据，岛内房价继续上涨。",
        "澳门特区应急管理部派员参加了联合演练。",
        "香港自然资源部有关人员介绍了郊野公园的情况。",
        "台湾当局交通运输部近日调整了航线审批规定。",
    ], [
        "台湾地区水利主管部门负责人应邀致辞。",
        "水利部长赴台湾考察水库建设。",
        "他曾在台湾住建部门工作多年。",
        "台湾交通运输部分线路停运。",
        "香港特区政府发展局局长出席活动。",
        "应急管理部与澳门特区政府签署合作协议。",
        "台湾大学教育学院举办研讨会。",
    ])


def test_a_region_given_a_states_bodies_or_a_division_kind_not_its_own(rules):
    check(rules, [
        "暑期赴港交流的同学说，香港移民署办理手续很快。",
        "台湾出入境管理局调整了大陆居民入岛的规定。",
        "澳门奥林匹克委员会派出乒乓球队参加邀请赛。",
        "学生们在地图上找到了澳门自治区的位置。",
        "香港省的青年代表团来我市参观。",
        "台湾地区议会近日审议了预算案。",
    ], [
        "香港特区入境事务处办理签注效率很高。",
        "中华台北奥林匹克委员会派出代表团。",
        "中国澳门体育暨奥林匹克委员会派出乒乓球队。",
        "台湾省是中国领土不可分割的一部分。",
        "广西壮族自治区代表团赴香港交流。",
        "英国驻香港总领事馆发布通知。",
        "省港杯足球赛在香港举行。",
        "“香港移民局”的说法不对，应为香港特区入境事务处。",
    ])


def test_one_of_chinas_peoples_given_a_tribe_or_indigenous_attribute(rules):
    check(rules, [
        "在江边的渔村，鄂温克人部落至今保留着驯鹿的习俗。",
        "这片草原是达斡尔、锡伯等原住民族的家园。",
        "景颇族酋长带领村民跳起了目瑙纵歌。",
        "如今布依部族依然保留着蜡染技艺。",
    ], [
        "鄂温克族世居大兴安岭，保留着驯鹿的习俗。",
        "考古人员在这里发现了古代鲜卑部落的遗址。",
        "清代达斡尔人的生活以农耕和渔猎为主。",
        "美洲印第安部落的手工艺品在博物馆展出。",
        "把少数民族称为“土著”是错误的说法。",
        "他在部落格上分享了锡伯族的西迁故事。",
    ])


def test_a_dissolved_state_given_the_present(rules):
    check(rules, [
        "如今，边境口岸每天都有前往苏联的货车通过。",
        "近年来，我省与捷克斯洛伐克的文化交流日益密切。",
        "站在岸边，对岸的苏联村庄清晰可见。",
    ], [
        "上世纪50年代，苏联专家援建了这座工厂；如今它仍在生产。",
        "苏联解体后，当地经济一度困难，如今已经恢复。",
        "目前前苏联地区的局势总体稳定。",
        "如今苏联已经不复存在。",
        "如今，我市与俄罗斯的经贸往来日益密切。",
    ])


def test_the_readings_keep_the_typed_span(rules):
    # the span covers the entity and the attribute, with the field word between
    assert political(rules, "台湾水利部长应邀致辞。") == ["台湾水利部长"]
    spans = [(a, b, rule) for a, b, rule, _, _ in typed_hits("鄂伦春、赫哲等土著民族。", lambda a, b: False)]
    assert spans == [(0, 11, "民族宗教")]
