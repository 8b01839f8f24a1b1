"""Political wording, twenty-third session (``detectors/content_political_terms.py``; the claim gate, the Russian names
of the eastern boundary's islands and 黑瞎子 of ``content_political_territory`` / ``content_political_usage``; the
"Republic of Crimea" in ``content_political_status``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positives in
several forms and hard negatives: the right wording, the wrong word named or rejected, the other side's own usage,
and words that merely contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_fraudsters_claim_does_not_report_a_foreign_name(rules):
    check(rules, [
        "【提醒】有骗子声称能组织游客前往Pag-asa Island“观光”，切勿汇款。",
        "招募广告宣称可带队登上尖阁诸岛开展“科考”，请提高警惕。",
        "网上有人谎称代办前往Senkaku Islands的签证。",
    ], [
        "日方声称尖阁诸岛是其领土，完全是非法无效的。",
        "菲律宾宣称对Pag-asa Island拥有主权，中方坚决反对。",
        "有人声称钓鱼岛属于日本，纯属谎言。",
        "骗子声称可以组织游客前往钓鱼岛观光，请勿轻信。",
    ])


def test_russian_names_of_the_eastern_boundarys_islands(rules):
    check(rules, [
        "抚远的大乌苏里岛湿地风光迷人，吸引了众多游客。",
        "游客乘船登上塔拉巴罗夫岛，远眺界江。",
        "Tour to Bolshoy Ussuriysky Island starts in June.",
    ], [
        "黑瞎子岛，俄方称大乌苏里岛，2008年中方部分正式移交我国。",
        "游客乘船登上银龙岛，远眺界江。",
        "林区有黑瞎子出没，进山请结伴而行。",   # 黑瞎子 is the black bear, no slur
        "黑瞎子岛湿地公园开园迎客。",
    ])
    assert "黑瞎子岛" in suggestions(rules, "抚远的大乌苏里岛湿地风光迷人。")


def test_crimea_as_a_state(rules):
    check(rules, [
        "订货会吸引了来自白俄罗斯、克里米亚共和国等国家的客商。",
        "克里米亚共和国代表团参观了我市企业。",
    ], [
        "2014年克里米亚议会宣布成立所谓克里米亚共和国。",
        "克里米亚战争是19世纪中叶的一场战争。",
        "乌克兰克里米亚自治共和国曾与我省开展交流。",   # Ukraine's autonomous republic: 自治 between
        "克里米亚地区局势引发关注。",
    ])


def test_ethnic_groups_under_neighbours_or_old_names(rules):
    check(rules, [
        "民俗节上，满族、回族、高丽族群众身着盛装亮相。",
        "我省韩族同胞欢度传统节日。",
        "新疆的吉尔吉斯族牧民转场忙。",
        "各族群众中，鞑靼族人口较少。",
        "德宏州的泰族村寨迎来游客。",
        "我省西藏族群众欢度传统节日。",
    ], [
        "民俗节上，满族、回族、朝鲜族群众身着盛装亮相。",
        "韩国的韩族人口占绝大多数。",                 # a people's own name abroad
        "吉尔吉斯斯坦的吉尔吉斯族与我国柯尔克孜族同源。",
        "俄罗斯鞑靼斯坦的鞑靼族以伏尔加河流域为家园。",
        "高丽王朝的青瓷工艺精湛。",
        "西藏族群多样，各族群众和睦相处。",              # 西藏 + 族群
        "泰国的泰族人口占多数。",
        "这本韩族谱记载了家族的迁徙。",
    ])
    assert "朝鲜族" in suggestions(rules, "满族、回族、高丽族群众身着盛装亮相。")


def test_a_massacre_called_an_incident(rules):
    check(rules, [
        "北疃事件发生于1942年，日军向地道施放毒气，八百余名群众遇难。",
        "1943年，侵华日军制造厂窖事件，三万余人遇害。",
        "王家峪事件中，日军残杀村民三百余人。",          # an invented village: the sentence's shape
    ], [
        "1942年，日军制造了北疃惨案，八百余名群众遇难。",
        "日本右翼把厂窖惨案说成“事件”，企图淡化罪行。",
        "2003年齐齐哈尔“8·4”日军遗弃化学武器伤人事件造成一人死亡。",
        "王家峪事件调查组进驻，村民的诉求得到回应。",     # an incident of today: no killing by the Japanese army
        "1936年的西安事变促成了国共合作。",
        "1928年，日本关东军制造皇姑屯事件，张作霖遇难。",   # 皇姑屯事件 is the official name
    ])
    assert "北疃惨案" in suggestions(rules, "北疃事件发生于1942年，日军施放毒气，八百余名群众遇难。")


def test_elements_of_a_formulation_swapped_between_slots(rules):
    check(rules, [
        "总体国家安全观要求以经济安全为宗旨、以人民安全为基础、以政治安全为根本。",
        "坚持以深化供给侧结构性改革为主题，以推动高质量发展为主线。",
        "新时代党的建设要以党的政治建设为根基，以坚定理想信念宗旨为统领。",
    ], [
        "总体国家安全观要求以人民安全为宗旨、以政治安全为根本、以经济安全为基础。",
        "坚持以推动高质量发展为主题，以深化供给侧结构性改革为主线。",
        "以人民为中心，以改革创新为根本动力。",
        "不能把以人民安全为宗旨、以政治安全为根本颠倒成以政治安全为宗旨、以人民安全为根本。",
    ])


def test_numbers_of_numbered_formulations_swapped(rules):
    check(rules, [
        "全系统深入学习“十个坚持、十四个明确”。",
        "学懂弄通十四个明确和十个坚持。",
    ], [
        "全系统深入学习“十个明确、十四个坚持”。",
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "学习党的百年奋斗历史经验“十个坚持”。",
        "不能把“十个明确、十四个坚持”写成十个坚持、十四个明确。",
    ])
    assert "十四个坚持" in "".join(suggestions(rules, "深入学习十个坚持、十四个明确。"))
