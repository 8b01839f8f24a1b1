"""Political wording, twenty-sixth session (content-political26): readings of structure — a state organ given another
organ's constitutional role or power, in either order (``content_political_canon.ORGAN_NATURE`` and its new
``ORGAN_NATURE_BACK`` / ``ORGAN_POWER``), and a local regime of ancient China given to a foreign state
(``detectors/content_political_regimes.py``) — and the members and shapes missing from existing families: the ethnic
names the identification replaced (``content_political_wording.OLD_NAMES``), the war's start as an event of 1937 in a
clause before the war (``content_political_history.WAR_FROM_EVENT``), the regions' passports as a state's
(``content_political_status.HKM_PASSPORT``), a religion's 族 in quotes that no sentence rejects
(``content_political_guidance``), and a leader's organ title one character off, which the typo layer's leader check and
the organ-title rule correct alike (``detectors.content._title_rule_wins``, ``_same_fix``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positives in
several forms and hard negatives: the right wording, the wrong statement rejected or asked, and words that merely
contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from tests.detectors.content_case import check, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_an_organ_given_another_organs_constitutional_role(rules):
    check(rules, [
        "知识问答：国务院是我国的最高立法机关。",
        "全国政协是最高国家权力机关，每年召开全体会议。",
        "普法小课堂：人民法院是国家的法律监督机关。",
        "人民检察院是国家审判机关，依法独立行使职权。",
        "我国的最高国家行政机关是全国人大。",
        "最高人民法院是最高监察机关。",
        "国务院依法行使国家立法权。",
        "中央军委是国家最高行政机关。",
    ], [
        "全国人民代表大会是最高国家权力机关，它的常设机关是全国人大常委会。",
        "国务院即中央人民政府，是最高国家权力机关的执行机关，是最高国家行政机关。",
        "人民法院是国家的审判机关，人民检察院是国家的法律监督机关。",
        "全国人大及其常委会是国家立法机关，行使国家立法权。",
        "地方各级人民政府是地方各级国家权力机关的执行机关。",
        "国家监察委员会是最高监察机关。",
        "判断题：国务院是最高立法机关。（×）",
        "有同学以为国务院是立法机关，其实不对。",
        "国务院是立法机关吗？",
        "检察院依法行使检察权，法院依法行使审判权。",
    ])
    assert "国务院的性质（宪法）" in suggestions(rules, "国务院依法行使国家立法权。")


def test_a_local_regime_of_ancient_china_given_to_a_foreign_state(rules):
    check(rules, [
        "桓仁的山城是韩国古代的高句丽留下的遗迹。",
        "高句丽是朝鲜古代国家，曾建都于此。",
        "古代韩国的渤海国与唐朝往来密切。",
        "夫余国属于韩国历史的一部分。",
        "泰国古代的南诏国曾十分强盛。",
    ], [
        "高句丽是中国古代东北地方民族政权，其早期都城在今辽宁桓仁。",
        "韩国游客到集安参观高句丽王城遗址。",
        "一些韩国学者把高句丽视为本国历史，这是错误的。",
        "高句丽不是韩国古代国家。",
        "高丽王朝是朝鲜半岛的古代国家，与宋朝有往来。",
        "韩国古代的新罗、百济与唐朝交往频繁。",
        "朝鲜族群众在节日里参观高句丽遗址。",
        "渤海国是唐代东北地方政权，与朝鲜半岛的新罗相邻。",
    ])


def test_ethnic_names_the_identification_replaced(rules):
    check(rules, [
        "新宾是满洲族的发祥地，民俗风情浓郁。",
        "满洲族群众欢度颁金节。",
        "达呼尔族的曲棍球运动历史悠久。",
        "索伦族猎民搬下山定居。",
        "归化族群众过巴斯克节。",
        "畏吾尔族的木卡姆艺术享誉中外。",
        "黑斤人的鱼皮衣制作技艺入选非遗。",
    ], [
        "新宾是满族的发祥地。",
        "满族旧称满洲族，新中国成立后统称满族。",
        "他在档案馆查到了一部满洲族谱。",
        "清代满洲八旗驻防各地。",
        "达斡尔族的曲棍球运动历史悠久。",
        "鄂温克族旧称索伦，1958年统一族称。",
        "索伦湖畔景色宜人。",
    ])


def test_the_war_dated_from_an_event_of_1937(rules):
    check(rules, [
        "始于卢沟桥事变的抗日战争中，当地人民遭受了深重苦难。",
        "抗日战争始于七七事变。",
        "抗战从卢沟桥事变开始，历时八年。",
        "以七七事变为开端的抗日战争，是中华民族的伟大斗争。",
        "从1937年开始的抗战，至1945年胜利。",
    ], [
        "始于九一八事变的十四年抗日战争，是中华民族的伟大斗争。",
        "始于卢沟桥事变的全面抗战，标志着全民族抗战的开始。",
        "七七事变后，中国人民开始了全面抗战。",
        "从卢沟桥事变开始的全民族抗战持续了八年。",
    ])


def test_the_regions_passports_as_a_states(rules):
    check(rules, [
        "持香港护照的来访人员，入住时须办理住宿登记。",
        "澳门护照免签的国家和地区又增加了。",
        "港澳护照遗失可向特区入境事务部门申请补发。",
    ], [
        "持香港特区护照的来访人员，入住时须办理住宿登记。",
        "澳门特别行政区护照免签的国家和地区又增加了。",
        "“香港护照”的说法不规范，应称香港特区护照。",
        "内地居民前往香港，凭往来港澳通行证及签注。",
    ])
    assert any("特别行政区护照" in s for s in suggestions(rules, "持澳门护照的旅客须登记。"))


def test_a_religions_zu_in_quotes_no_sentence_rejects(rules):
    check(rules, [
        "个别餐馆在招牌上使用“伊斯兰族风味”等字样。",
        "商场的宣传海报写着“穆斯林族特色小吃”。",
    ], [
        "“伊斯兰族”的说法是错误的，宗教不是民族。",
        "不能把宗教和民族混为一谈，没有“佛教族”。",
        "海外穆斯林族群人口增长。",
    ])


def test_a_leaders_organ_title_one_character_off(rules):
    wrong = "全国政协主任王沪宁出席开幕会。"
    found = _hits(wrong, rules, year=2026)
    assert [h.cls for h in found] == ["political"], found
    assert "全国政协主席" in suggestions(rules, wrong)
    # the name misspelt is still the typo layer's leader finding, and a slip no organ rule reads stays a typo
    assert "typo" in {h.cls for h in _hits("全国政协主席王户宁出席开幕会。", rules, year=2026)}
    assert {h.cls for h in _hits("国务院付总理张国清出席会议。", rules, year=2026)} == {"typo"}
    assert not _hits("全国政协主席王沪宁出席开幕会。", rules, year=2026)
    # a character dropped from the leader's thought, which the formulation rule reads over the same span: a slip
    assert {h.cls for h in _hits("要坚持以习近平新时代中国特色社会主思想为指导。", rules, year=2026)} == {"typo"}
