"""Political wording, thirty-fourth session (content-political34): relations read over whole inventories
(POLITICAL_CHECKLIST.md items 472–480).

* a religion or its adherents given 民族, terrorism or extremism, or the name of halal food;
* a formulation of ``formal_terms.txt`` with 中华民族 / 中国化 replaced by a part or a generic word, or 人民 dropped;
* an armed movement China does not list called a terrorist organisation; 塔利班政府;
* a dynasty of China conquering a province-level region of today;
* the border regions' strategies out of their order; 国家和党 / 政府和党;
* 所谓 before a quoted word no longer lets the rest of its sentence through;
* 海峡 alone for the Strait + 两国.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_political_faiths import formula_variants
from tests.detectors.content_case import check, political


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_religion_given_a_peoples_name_terrorism_or_food(rules):
    check(rules, [
        "当地佛教民族的节庆活动丰富多彩。",
        "课堂上讲到了基督教民族的迁徙史。",
        "报道称一伙穆斯林极端分子策划袭击。",
        "外电渲染佛教恐怖主义的威胁。",
        "抽检了镇上两家伊斯兰餐馆的后厨。",
        "穆斯林食品专柜新上架一批糕点。",
    ], [
        "信仰伊斯兰教的民族在饮食上有一定禁忌。",
        "抽检了镇上两家清真餐馆的后厨。",
        "反对把恐怖主义同伊斯兰教挂钩。",
        "国际社会联手打击“伊斯兰国”恐怖组织。",
        "佛教、道教场所开展消防检查。",
        "市民宗局走访慰问穆斯林群众。",
    ])


def test_a_formulation_with_its_defining_word_replaced_or_dropped(rules):
    variants = formula_variants()
    assert "宗教本地化" in variants and "铸牢多民族共同体意识" in variants and "全过程民主" in variants
    assert "最高法院" not in variants and "全国代表大会" not in variants  # organs' short forms are not read
    check(rules, [
        "街道党工委组织学习，坚持我国宗教地方化方向。",
        "社区开展铸牢少数民族共同体意识主题宣讲。",
        "青年干部畅谈全过程民主的生动实践。",
        "为实现本民族伟大复兴而奋斗。",
    ], [
        "社区开展铸牢中华民族共同体意识主题宣讲。",
        "促进各民族交往交流交融。",
        "最高法院发布一批典型案例。",
        "全国代表大会代表选举工作顺利完成。",
        "“全过程民主”的说法不规范，应为全过程人民民主。",
    ])


def test_an_armed_movement_labelled_or_named_for_a_government(rules):
    check(rules, [
        "恐怖组织真主党与对方再度交火。",
        "胡塞武装恐怖组织袭击商船。",
        "塔利班政权宣布了新的教育规定。",
    ], [
        "真主党与对方再度交火。",
        "美国将胡塞武装列为恐怖组织，中方表示关切。",
        "阿富汗临时政府代表团到访。",
    ])


def test_a_dynasty_of_china_conquering_a_region_of_today(rules):
    check(rules, [
        "元军征服云南后设立行省。",
        "清军吞并青海以后设官管理。",
    ], [
        "元朝统一云南后设立行省。",
        "阿古柏入侵新疆，清军收复失地。",
        "清朝平定准噶尔部叛乱。",
    ])


def test_the_border_strategies_and_the_party_first(rules):
    check(rules, [
        "持续推进文化润疆、依法治疆。",
        "坚持长期建藏、富民兴藏、依法治藏。",
        "感谢国家和党的关怀。",
    ], [
        "持续推进依法治疆、文化润疆。",
        "坚持依法治藏、富民兴藏、长期建藏。",
        "感谢党和国家的关怀。",
    ])


def test_so_called_governs_only_its_quoted_word(rules):
    assert "台北政府" in political(rules, "台北政府又以所谓“安全”为由阻挠交流。")
    assert political(rules, "所谓“台北政府”又阻挠交流。") == []
    assert political(rules, "台湾当局又以所谓“安全”为由阻挠交流。") == []


def test_the_strait_alone_as_two_states(rules):
    check(rules, [
        "海峡两国的学生一起参观博物馆。",
    ], [
        "海峡两岸的学生一起参观博物馆。",
        "英吉利海峡两国合作修建隧道。",
    ])
