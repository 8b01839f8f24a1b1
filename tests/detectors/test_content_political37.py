"""Political wording, thirty-seventh session (content-political37): a state's predicates read over every member of
every kind of region and unrecognised entity, in every surface form (POLITICAL_CHECKLIST.md item 511,
``detectors/content_political_kinds.py``) — the cells the kind × predicate matrix of ``bench/political_coverage.py``
(family 153) found empty.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_province_level_region_given_a_states_offices(rules):
    check(rules, [
        "宁夏总统出席了揭牌仪式。",
        "据报道，青海外交部长近日会见来宾。",
        "西藏首都的街道十分整洁。",
        "甘肃国家元首出席了活动。",
        "新疆维吾尔自治区的邦交国有所增加。",
        "新疆流亡政府发表声明。",
        "网上流传内蒙古独立建国的帖子。",
    ], [
        "宁夏回族自治区主席出席了揭牌仪式。",
        "新疆首府乌鲁木齐气候宜人。",
        "北京首都国际机场客流回升。",
        "国家领导人在甘肃考察调研。",
        "广东省外事办公室主任会见外宾。",
        "达赖集团所谓的“流亡政府”不被任何国家承认。",
    ])


def test_a_region_or_unrecognised_entity_called_a_state(rules):
    check(rules, [
        "阿布哈兹是一个风景优美的国家。",
        "澳门特区这个国家发展很快。",
        "西藏是一个古老的国家，历史悠久。",
    ], [
        "西藏是国家重要的生态安全屏障。",
        "新疆是我们国家的重要屏障。",
        "香港是一个开放的国际化城市。",
        "中国是一个统一的多民族国家。",
    ])


def test_missions_and_relations_of_a_region_or_unrecognised_entity(rules):
    check(rules, [
        "法国驻澳门特区大使馆发布提醒。",
        "索马里兰驻某国大使馆举行招待会。",
        "近年来与南奥塞梯建交的国家寥寥无几。",
    ], [
        "法国驻香港总领事馆发布提醒。",
        "中国与巴基斯坦建交七十多年来友谊深厚。",
    ])


def test_the_sars_long_forms_with_foreigners_predicates(rules):
    check(rules, [
        "香港特别行政区公民可以免签入境。",
        "澳门特区侨胞踊跃捐款。",
        "学校迎来了十名香港特区留学生。",
        "接待澳门特别行政区等外国游客两万人次。",
        "香港特区国家队夺得冠军。",
        "澳门特区青年代表团访华。",
    ], [
        "香港特别行政区居民可以办理该业务。",
        "澳门特区同胞踊跃捐款。",
        "学校迎来了十名香港特区学生。",
        "中国香港队夺得冠军。",
        "澳门特区青年代表团赴内地交流。",
    ])


def test_an_island_called_another_states_territory_and_a_people_called_indigenous_by_a_predicate(rules):
    check(rules, [
        "赤尾屿是外国的领土。",
        "有人说美济礁属于越南的领土。",
        "傈僳族是这片土地上的原住民。",
        "哈尼人是当地的土著。",
    ], [
        "赤尾屿是中国的固有领土。",
        "外方声称美济礁是其领土，我方坚决反对。",
        "傈僳族是当地的世居民族。",
        "新西兰的毛利人是当地的原住民。",
    ])
