"""Political wording, tenth round: the rest of the official inventories item by item — the Basic Laws called the
SARs' "constitution", 少数民族上层人士 outside its period, 省省委 / 市市委 書记, five-year 计划 after the tenth, the
working offices of the central and provincial organs (办公厅), 中央纪委监察部 after 2018, Japan's East China Sea "median
line", the Taiwan Strait as "international waters"; and the right sentences of the same inventories that an older rule
flagged (港澳台和外国游客来华, 伊斯兰国际).

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms in other words and places, and with hard negatives that use the same words correctly.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_the_basic_law_is_not_a_constitution_of_the_region(rules):
    check(rules, [
        "根据澳门宪法，特区居民享有言论自由。",
        "这次讲座介绍了香港特别行政区宪法的主要内容。",
        "香港的宪法保障居民的各项权利。",
    ], [
        "根据澳门基本法，特区居民享有言论自由。",
        "宪法和澳门基本法共同构成澳门特别行政区的宪制基础。",
        "香港宪法和基本法推广督导委员会举办活动。",
        "在香港，宪法日主题活动吸引了众多市民。",
        "基本法不是香港的小宪法，而是全国性法律。",
    ])


def test_upper_strata_of_minorities_only_of_their_period(rules):
    check(rules, [
        "县里召开少数民族上层人士迎春茶话会。",
    ], [
        "民主改革前，少数民族上层占有大部分牧场。",
        "1956年，州里团结争取了一批少数民族上层人士。",
        "迎春茶话会邀请了少数民族代表人士和宗教界人士。",
    ])


def test_party_secretary_without_the_doubled_level(rules):
    check(rules, [
        "洛阳市市委副书记到企业调研。",
        "金水区区委书记走访困难群众。",
    ], [
        "洛阳市委副书记到企业调研。",
        "全市市委系统的信息工作会议召开。",
        "各省省委书记出席座谈会。",
        "该市市委书记曾在省里工作。",
        "这个县级市市委书记曾在省里工作。",
        "浦东新区区委书记出席了开工仪式。",
        "长阳土家族自治县县委书记走访群众。",
    ])
    assert "市委副书记" in suggestions(rules, "洛阳市市委副书记到企业调研。")


def test_five_year_plans_are_plans_of_a_new_name_from_the_eleventh(rules):
    check(rules, [
        "十三五计划的目标任务全面完成。",
        "十一五国民经济和社会发展计划期间，全县修通了公路。",
    ], [
        "十三五规划的目标任务全面完成。",
        "“十五”计划期间，全县修通了公路。",
        "“十四五”生态环境保护行动计划印发。",
        "第一个五年计划期间建成了这座工厂。",
    ])


def test_working_offices_of_central_and_provincial_organs(rules):
    check(rules, [
        "湖北省人民政府办公室转发了这份意见。",
        "全国政协办公室发出通知。",
        "自治区党委办公室印发方案。",
    ], [
        "湖北省人民政府办公厅转发了这份意见。",
        "宜昌市人民政府办公室转发了这份意见。",
        "国务院新闻办公室今天举行新闻发布会。",
        "国务院侨务办公室原主任出席活动。",
        "省委外事工作委员会办公室召开会议。",
        "县委办公室主任参加了调研。",
    ])
    assert "办公厅" in suggestions(rules, "全国政协办公室发出通知。")


def test_the_supervision_ministry_merged_in_2018(rules):
    check(rules, [
        "中央纪委监察部发布了节前廉洁提醒。",
    ], [
        "中央纪委国家监委发布了节前廉洁提醒。",
        "2016年，中央纪委监察部网站开设曝光专区。",
        "原中央纪委监察部机关的干部参加了培训。",
    ])


def test_no_median_line_in_the_east_china_sea_and_no_international_waters_in_the_strait(rules):
    check(rules, [
        "我国渔船在东海中间线以西作业。",
        "外国舰船以台湾海峡属于国际水域为由过航。",
    ], [
        "中方从未承认日方单方面主张的东海“中间线”。",
        "台湾海峡不是所谓国际水域。",
        "公海属于国际水域，各国享有航行自由。",
        "台湾海峡的中间是一条航道。",
    ])


def test_international_section_of_the_xinhua_list(rules):
    check(rules, [
        "当地的阿拉伯民兵与政府军交火。",
        "本届亚太经合组织峰会聚焦数字经济。",
        "两名人质遭绑匪斩首。",
        "人们得知，被扣押的人质已遭斩首。",
    ], [
        "当地的部族武装与政府军交火。",
        "本届亚太经合组织领导人非正式会议聚焦数字经济。",
        "金砖国家领导人峰会聚焦数字经济。",
        "史书记载，项羽斩首数千。",
        "报道人质事件不用“斩首”，用“被砍头杀害”。",
    ])


def test_right_sentences_of_the_same_inventories_stay_clean(rules):
    check(rules, [
        "台湾同胞来华投资兴业。",
        "伊斯兰国发动了新的袭击。",
    ], [
        "今年港澳台和外国游客来华人数都有增长。",
        "伊斯兰国际救援组织向灾区捐款。",
        "伊斯兰国家的外长们举行会议。",
    ])


@pytest.mark.timeout(120)  # hang guard for hostile long posts: bounded work per post, the real finding still read
def test_long_hostile_posts_stay_bounded(rules):
    noise = ("省省" * 3000) + ("十一五" * 2000) + ("香港宪" * 2000) + ("东海中" * 2000) + ("台湾海峡是" * 1000)
    text = noise + "。洛阳市市委书记到企业调研。"
    assert "市市委书记" in political(rules, text)
