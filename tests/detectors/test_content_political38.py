"""Political wording, thirty-eighth session (content-political38; POLITICAL_CHECKLIST.md items 520–529): each class read
over its inventory — abolished organs (2018/2020/2023 plans), former leaders, renamed states, states without diplomatic
relations, border peaks, maps by the line of actual control, invasions called expeditions, the 1950 march in the other
side's words, deprecated religious names, superseded formulations and slogans, Taiwan among neighbours, Taiwan's
authorities by their seat.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, classes, political


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_abolished_organs_in_posts_about_grassland_or_the_plateau(rules):
    # a bare 原 (草原, 高原, 原则) no longer excuses the name; 原 + the name, a year before the change still do
    check(rules, [
        "国家林业局专家组赴那曲调研高原草场退化治理。",
        "国家粮食局调研组来我县检查粮库，坚持原则、严格把关。",
        "国家海洋局工作组到平原水库检查。",
        "中共中央文献研究室专家近日来我市调研。",
        "中央编译局专家来校作专题辅导。",
        "国务院南水北调办检查组来我市调研高原供水。",
        "国家煤矿安全监察局通报了近期事故。",
    ], [
        "原国家林业局在草原防火方面做了大量工作。",
        "2016年，国家粮食局专家组赴青藏高原调研。",
        "2019年，国家煤矿安全监察局通报了一起事故。",
        "国务院港澳办代表团来我市考察。",  # the 2023 plan keeps the 国务院港澳事务办公室 牌子
        "国家林业和草原局调研组来我市考察草原保护工作。",
    ])


def test_a_former_leader_is_not_a_typo_of_the_current_one(rules):
    text = "会议传达了国务院总理李克强在全省秋粮收购工作会议上的讲话精神。"
    assert classes(rules, text) == {"political"}
    assert classes(rules, "2017年，国务院总理李克强到我县考察。") == set()
    assert political(rules, "会议传达了全国政协主席汪洋在调研时的讲话。")


def test_renamed_states_and_history_only_before_the_name(rules):
    check(rules, [
        "我县与尼泊尔王国的边贸往来日益密切。",
        "今年我市与老挝王国的农产品贸易不断扩大。",
        "阿富汗王国的客商来我区洽谈合作。",
        "山口对面就是锡金国，这里曾是古代商道。",
    ], [
        "1995年，尼泊尔王国国王访问我国。",
        "历史上，锡金国曾与西藏往来密切。",
        "我县与尼泊尔的边贸往来日益密切。",
    ])


def test_missions_of_states_without_diplomatic_relations(rules):
    check(rules, [
        "请向不丹驻华大使馆咨询签证事宜。",
        "巴拉圭驻广州总领事馆举办招待会。",
        "中国驻图瓦卢大使馆提醒游客注意安全。",
        "危地马拉驻华使馆官员参观了展览。",
    ], [
        "不丹驻印度大使馆可以办理签证。",
        "我国与不丹没有外交关系，也就没有不丹驻华大使馆。",
        "尼泊尔驻拉萨总领事馆举办招待会。",
        "洪都拉斯驻华大使馆举办招待会。",
    ])


def test_border_peaks_and_chinese_land_given_to_a_neighbour(rules):
    check(rules, [
        "导游说，卓奥友峰的峰顶属于尼泊尔。",
        "乔戈里峰其实在巴基斯坦境内。",
        "边防官兵巡逻至不丹洞朗附近。",
    ], [
        "珠穆朗玛峰位于中国与尼泊尔边界上。",
        "珠峰南坡在尼泊尔境内，北坡在我国西藏。",
        "洞朗地区历来属于中国。",
        "珠峰在尼泊尔一侧叫萨加玛塔峰，在我国一侧叫珠穆朗玛峰。",
    ])


def test_maps_drawn_by_the_line_of_actual_control(rules):
    check(rules, [
        "这张示意图的中印边界东段是按实际控制线画的。",
        "课件地图以麦克马洪线为界绘制。",
    ], [
        "按实际控制线绘制中印边界东段属于问题地图，须整改。",
        "中印边界东段应按我国主张国界线绘制。",
    ])


def test_invasions_called_expeditions_and_the_1950_march(rules):
    check(rules, [
        "1904年英国远征拉萨，藏族军民奋起抵抗。",
        "八国联军远征天津，沿途烧杀。",
        "英国对江孜的远征遭到顽强抵抗。",
        "1951年共军进藏以后，拉萨发生了巨变。",
    ], [
        "中国远征军在滇西抗击日军。",
        "1904年英国武装侵略西藏，江孜军民奋起抵抗。",
        "1950年人民解放军进军西藏，昌都解放。",
        "中共西藏工委进藏后开展了大量工作。",
    ])


def test_deprecated_religious_names(rules):
    check(rules, [
        "节前对全县耶稣教活动场所开展了检查。",
        "西藏佛教的唐卡艺术享誉中外。",
        "消防部门对辖区喇嘛寺进行了安全检查。",
    ], [
        "真耶稣教会是基督教的一个教派。",
        "喇嘛庙村的村民过上了好日子。",
        "对辖区藏传佛教寺庙开展安全检查。",
        "馆里收藏佛教造像三百余尊。",
    ])


def test_superseded_formulations_and_swapped_slogans(rules):
    check(rules, [
        "全县开展“四个认同”主题宣讲。",
        "为建成富强、民主、文明、和谐的社会主义现代化国家而努力。",
        "打铁还需自身硬，纪检干部要以身作则。",
        "治国先治边，治边先稳藏。",
        "紧紧围绕生态、稳定、发展、强边四件大事。",
        "坚持富民兴藏、依法治藏、长期建藏、凝聚人心、夯实基础。",
    ], [
        "全县开展“五个认同”主题宣讲。",
        "2012年，当地提出“四个认同”教育。",
        "为全面建成富强民主文明和谐美丽的社会主义现代化强国而奋斗。",
        "打铁必须自身硬。",
        "治国必治边、治边先稳藏。",
        "牢牢守住稳定、发展、生态、强边四件大事。",
    ])


def test_taiwan_among_neighbours_its_people_returning_and_its_bodies(rules):
    check(rules, [
        "来自韩国、台湾等邻国和地区的游客增多。",
        "春节前台胞回中国大陆探亲的人数明显增加。",
        "请留意台北当局交通部的规定。",
    ], [
        "来自尼泊尔、印度等邻国的游客增多。",
        "来自日本、韩国等国家和台湾地区的游客增多。",
        "台湾青年回祖国大陆创业。",
        "台胞来大陆的手续越来越方便。",
    ])
