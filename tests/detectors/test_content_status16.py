"""Political wording, twelfth round (checklist 250–279): Taiwan's authorities from a complete inventory
(``data/tw_authorities.tsv``), its leader's spouse and 行政院 under a state's names, Hong Kong, Macao and Taiwan written
as foreign, entities China does not recognise written as states, and more Chinese renderings of chart names of China's
islands.

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms in other words and places, and with hard negatives that use the same words correctly.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_political import TW_AUTHORITIES_FILE, tw_authority_forms
from tests.detectors.content_case import check, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_the_inventory_of_taiwan_bodies_is_read_whole():
    alone, shared = tw_authority_forms()
    rows = [line.split("\t") for line in TW_AUTHORITIES_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(len(r) == 4 and r[3] in ("tw", "shared") for r in rows), [r for r in rows if len(r) != 4]
    forms = {r[0] for r in rows}
    assert forms <= set(alone) | set(shared)
    assert not set(alone) & set(shared)
    # the 14 部 of the 2023 行政院 and the short forms posts write
    for form in ("卫福部", "数发部", "环境部", "农业部", "陆委会", "国科会", "食药署", "疾管署", "高教司", "移民署", "海巡署"):
        assert form in forms, form
    # a name the mainland or another state also bears is never Taiwan's alone
    for form in ("外交部", "教育部", "高教司", "移民署", "央行", "调查局", "民用航空局", "能源署"):
        assert form in shared, form


def test_taiwan_bodies_after_a_taiwan_word_and_alone_in_a_taiwan_sentence(rules):
    check(rules, [
        "台湾卫福部食药署日前公布抽检结果，岛内舆论哗然。",
        "台湾地区教育部高教司宣布调整招生名额。",
        "台当局国发会公布最新经济预测。",
        "岛内数位发展部被曝采购弊案。",
        "据台湾媒体报道，疾管署通报新增病例。",
        "民进党当局上台以来，原民会预算屡遭删减，台湾少数民族民众不满。",
        "台湾的劳动部公布失业率。",
        "台湾海委会海巡署船只在金门附近海域巡逻。",
        "据台媒报道，中选会公布了投票结果。",
        "有网帖称“台湾卫福部检出某品牌饮料超标”，经核实该产品未在本地销售。",
    ], [
        "台湾地区“卫福部”食药署日前公布抽检结果。",
        "台湾地区教育主管部门宣布调整招生名额。",
        "台湾当局“国发会”公布最新经济预测。",
        "民进党当局所谓“数位发展部”被曝采购弊案。",
        "教育部高教司负责人介绍今年的招生计划。",
        "国家移民管理局出台便利台胞往来大陆的措施。",
        "国际能源署发布全球能源展望报告。",
        "外交部发言人表示，台湾是中国领土不可分割的一部分。",
        "台湾省公路局旧址位于台北。",
        "1928年，中央研究院在南京成立。",
        "海峡两岸公平会谈的基础是一个中国原则。",
        "两岸青年在台湾农业部落体验采茶。",
    ])


def test_taiwan_leaders_spouse_and_the_executive_yuan_as_a_cabinet(rules):
    check(rules, [
        "台湾第一夫人出席岛内公益活动。",
        "赖清德执政后，第一夫人的行程备受岛内关注。",
        "卓荣泰内阁上任后，岛内物价持续上涨。",
        "台湾内阁改组，多个部门负责人换人。",
        "民进党当局内阁总辞，岛内政局动荡。",
        "台湾总理出席岛内经济论坛。",
        "岛内选举中，民进党候选人当选总统。",
        "马英九以前总统身份出席岛内论坛。",
        "台湾第一家庭成员出席活动。",
    ], [
        "美国总统当选人发表讲话。",
        "巴拿马总统访华，重申台湾是中国领土不可分割的一部分。",
        "1912年孙中山在南京就任临时大总统。",
        "赖清德以所谓“总统”身份过境美国，遭到中方强烈反对。",
        "台湾当局称蒋经国为先总统。",
        "岛内媒体称她为第一夫人，这种叫法不符合一个中国原则。",
        "美国第一夫人访问学校。",
        "法国总统和第一夫人出席国宴。",
        "台湾地区领导人配偶出席活动。",
        "日本内阁宣布总辞职。",
        "英国首相改组内阁，台湾问题未被提及。",
        "台湾地区行政管理机构负责人卓荣泰出席活动。",
        "明朝内阁首辅张居正推行改革。",
        "宋美龄曾被称为“第一夫人”。",
    ])
    assert suggestions(rules, "台湾第一夫人出席岛内公益活动。") == ["台湾地区领导人配偶"]


def test_hong_kong_macao_taiwan_post_flights_calls_and_roaming_are_not_international(rules):
    check(rules, [
        "寄往香港的国际快递时效缩短。",
        "飞往澳门的国际航班恢复运营。",
        "开通往返台北的国际航线。",
        "在台湾使用国际漫游流量套餐更优惠。",
        "拨打香港的国际长途资费下调。",
        "邮寄到高雄的国际包裹需要报关。",
    ], [
        "寄往新加坡的国际快递时效缩短。",
        "香港国际机场客流量回升。",
        "澳门国际机场新航站楼启用。",
        "邮政部门开通国际及港澳台快递业务。",
        "飞往澳门的地区航班恢复运营。",
        "香港是国际航运中心和国际金融中心。",
        "在香港使用港澳台漫游流量套餐更优惠。",
    ])


def test_chinese_citizens_set_beside_hong_kong_macao_taiwan_residents(rules):
    check(rules, [
        "中国公民及台湾居民均可在线申请。",
        "本次招聘面向中国公民和香港居民。",
        "澳门居民与中国公民享有同等待遇。",
    ], [
        "大陆居民及台湾居民均可在线申请。",
        "本次招聘面向内地居民和香港居民。",
        "中国公民（含港澳台居民）均可报名。",
        "香港居民中的中国公民依法参与国家事务的管理。",
        "中国公民和外国人均须遵守本规定。",
    ])


def test_entities_china_does_not_recognise_are_not_states(rules):
    check(rules, [
        "科索沃共和国代表团来我市考察。",
        "我市企业与索马里兰共和国签订合作协议。",
        "北塞浦路斯土耳其共和国旅游推介会举行。",
        "阿布哈兹共和国的葡萄酒亮相博览会。",
        "顿涅茨克人民共和国领导人发表讲话。",
        "产品出口到塞尔维亚、科索沃等国。",
    ], [
        "所谓“科索沃共和国”不被联合国承认。",
        "2008年，科索沃单方面宣布独立，中方不承认。",
        "科索沃地区局势总体稳定。",
        "巴勒斯坦国总统访华，中方重申支持巴勒斯坦人民恢复民族合法权利。",
        "塞浦路斯共和国总统会见中国代表团。",
        "摩尔多瓦共和国外长访华。",
        "产品出口到塞尔维亚、科索沃等国家和地区。",
        "1999年科索沃战争期间，北约轰炸我国驻南联盟使馆。",
    ])
    assert political(rules, "科索沃共和国代表团来我市考察。") == ["科索沃共和国"]


def test_more_chinese_renderings_of_chart_names(rules):
    check(rules, [
        "十字火礁附近海域发现外国船只。",
        "苏比礁附近海域出现外国船只。",
        "麦克斯菲尔德浅滩是我国渔民的传统渔场。",
    ], [
        "永暑礁附近海域发现外国船只。",
        "渚碧礁是南沙群岛中的一个珊瑚礁。",
        "菲方所谓“十字火礁”就是我国永暑礁。",
        "中沙群岛是我国渔民的传统渔场。",
    ])


@pytest.mark.timeout(120)  # hang guard for hostile posts (no wall-clock assert)
def test_hostile_long_posts_stay_bounded(rules):
    # one sentence repeating an office word: one finding for the sentence, the Taiwan reading done once
    assert len([s for s in political(rules, "台湾" + "总统" * 5000) if s == "总统"]) <= 1
    for text in ("寄往香港的国际" * 1500, "科索沃" * 3000 + "共和国", "台湾" * 5000, "内阁改组" * 2500 + "台湾"):
        political(rules, text)
