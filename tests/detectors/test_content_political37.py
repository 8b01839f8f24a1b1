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


def test_phase_b_unrecognised_state_form_region_people_china_pairs_and_sar_autonomy(rules):
    # (content-political37 phase B: the cells dev32's misses showed, read over their kinds)
    check(rules, [
        "来自南奥塞梯国的代表参加了论坛。",
        "一批台胞来华寻根问祖。",
        "港澳青年访华团抵达西安。",
        "中国台湾两岸的学者共同研讨。",
        "香港自治政府官员一行到访。",
        "渔船在南谒岛附近海域作业。",
        "“东土耳其斯坦”势力妄图分裂国家。".replace("妄图分裂国家", "危害地区安全"),
    ], [
        "科索沃国际机场恢复运营。",
        "顿涅茨克国立大学的学者来访。",
        "一批台胞来大陆寻根问祖。",
        "中国香港、中国澳门两地代表团参加了比赛。",
        "中国澳门队夺得冠军。",
        "香港特区政府依法实行高度自治。",
        "所谓“东土耳其斯坦”是分裂势力对新疆的称谓。",
    ])


def test_phase_b_material_before_spiritual_civilisation_where_they_are_coordinated(rules):
    check(rules, [
        "我们追求的现代化是精神文明、物质文明相协调的现代化。",
    ], [
        "我们追求的现代化是物质文明和精神文明相协调的现代化。",
        "社区加强精神文明建设，群众物质文明生活也日益丰富。",
    ])
