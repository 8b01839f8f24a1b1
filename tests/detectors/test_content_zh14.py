"""Political wording, ninth round: the official usage lists item by item — offices and organs under foreign or
historical titles, the party system, the peninsula's name, the invasion called 进出 before any Chinese place, Hong
Kong, Macao and Taiwan students counted as foreign students, China's islands called disputed as a kind, Taiwan's
leaders heading a "government", the formula of the special administrative regions, and more items of the Xinhua list.

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms its rule generates in other words and places, and with hard negatives: the same words used correctly (other
states' premiers, cabinets and opposition parties, 朱德总司令 in history, 统帅, 首席大法官, 留学生 alone, 境外人员,
争议 of a match or of sea areas, 依赖政府, 台北市政府, 高度自治, 前苏联地区).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_heads_of_central_organs_under_foreign_titles(rules):
    check(rules, [
        "国务院首相李克强到基层考察。",
        "温家宝首相出席中外记者会。",
        "当时的朱镕基阁揆推动了国企改革。",
        "军委三军总司令胡锦涛签署通令。",
        "武装力量总司令江泽民检阅部队。",
        "全国人大常委会议长栗战书会见外宾。",
        "全国政协上院议长汪洋出席开幕式。",
        "中共中央第一书记习近平发表讲话。",
        "最高检总检察长应勇作工作报告。",
        "中国外相王毅会见来访客人。",
        "国防部防卫大臣董军出席论坛。",
        "河南省州长到防汛一线检查。",
        "中央军委副总司令张又侠视察部队。",
        "全国政协副议长出席开幕式。",
    ], [
        "八路军副总司令彭德怀指挥百团大战。",
        "美国副总统和众议院议长出席仪式。",
        "日本首相与英国首相举行会谈。",
        "朱德总司令率部挺进敌后。",
        "总司令部旧址今年对外开放。",
        "习近平主席是人民军队的统帅。",
        "最高人民法院院长、首席大法官出席会议。",
        "美国司法部总检察长发表声明。",
        "王毅外长会见日本外相。",
        "中美防长举行视频通话。",
        "延边州州长出席招商会。",
        "我国的总统套房入住率上升。",
        "李强总理主持召开国务院常务会议。",
    ])
    assert "中央军委主席" in suggestions(rules, "军委三军总司令胡锦涛签署通令。")
    assert "国务院总理" in suggestions(rules, "温家宝首相出席中外记者会。")


def test_state_council_and_party_system_under_foreign_names(rules):
    check(rules, [
        "李克强内阁推出减税降费措施。",
        "民盟、民进等在野党围绕教育建言。",
        "多党合作中，各民主党派发挥反对党作用。",
        "中国共产党和民主党派组成执政联盟。",
        "我国实行两党轮流执政。",
        "中国实行三权分立。",
    ], [
        "日本在野党要求解散众议院。",
        "韩国最大在野党发表声明。",
        "明代内阁首辅张居正推行改革。",
        "民主党派是参政党，不是在野党。",
        "我国坚决反对党内腐败，统一战线工作扎实推进。",
        "民主党派成员坚决反对党八股，积极参政议政。",
        "任何反对党的领导的言行都是错误的，我国多党合作制度优越。",
        "德国执政联盟出现分歧。",
        "我国实行中国共产党领导的多党合作和政治协商制度。",
    ])
    assert "参政党" in suggestions(rules, "民盟、民进等在野党围绕教育建言。")


def test_korean_peninsula_and_the_invaders_advance(rules):
    check(rules, [
        "维护韩国半岛和平稳定。",
        "韩半岛无核化进程受阻。",
        "1940年，日军进出鄂西，当地军民奋起抵抗。",
        "关东军大举进出热河。",
        "日本于1937年进出华中。",
        "侵华日军进出长沙后烧杀抢掠。",
        "日寇在1939年进出豫南，制造多起惨案。",
    ], [
        "日本右翼教科书把侵略改写为“进出”，日军进出华北被轻描淡写。",
        "朝鲜半岛局势总体稳定。",
        "韩半岛是韩国方面的叫法，我国称朝鲜半岛。",
        "鄂西地区进出口额增长。",
        "车辆进出鄂西高速须减速。",
        "日本企业进出中国市场更加便利。",
        "1945年苏军进入东北对日作战。",
    ])
    assert suggestions(rules, "韩半岛无核化进程受阻。") == ["朝鲜半岛"]


def test_hong_kong_macao_taiwan_students_are_not_foreign_students(rules):
    check(rules, [
        "学院今年录取国际学生（包括台湾学生）80人。",
        "外国留学生（含香港学生）参加了联欢。",
        "来自澳门等地的留学生参观了博物馆。",
        "港澳台留学生座谈会召开。",
        "外籍人才（含台湾地区）可申请补贴。",
        "包括澳门学生在内的国际学生共120人。",
    ], [
        "海外（含港澳台）高层次人才可申请补贴。",
        "学院今年录取留学生和港澳台学生80人。",
        "境外人员（含港澳台居民）须办理住宿登记。",
        "外资企业（含港澳台资企业）享受同等待遇。",
        "留学生参加了中秋联欢会。",
        "本市学子赴港澳台留学生人数增加。",
        "港澳台侨学生报名工作启动。",
    ])


def test_chinese_islands_called_disputed_as_a_kind(rules):
    check(rules, [
        "东海争议岛屿附近发现不明船只。",
        "南海有争议的岛礁上建设灯塔。",
        "中日争议岛屿问题再次升温。",
    ], [
        "中方主张搁置争议、共同开发争议海域资源。",
        "南海争议应由直接当事方协商解决。",
        "这次判罚引发很大争议。",
        "日方企图把钓鱼岛变成争议岛屿。",
    ])


def test_taiwan_leaders_heading_a_government(rules):
    check(rules, [
        "蔡政府执政八年，台湾经济停滞。",
        "马英九政府时期，两岸往来增加。",
        "扁政府推行“去中国化”，岛内争议不断。",
        "赖清德内阁改组，台湾舆论不满。",
        "台北政府宣布调整岛内电价。",
    ], [
        "赖清德当局推行“去中国化”，岛内民怨沸腾。",
        "台湾农户过度依赖政府补贴的问题突出。",
        "两岸群众信赖政府的政策。",
        "台北市政府举办灯会。",
        "巴拿马总统访华。",
    ])
    assert "蔡英文当局 / 民进党当局" in suggestions(rules, "蔡政府执政八年，台湾经济停滞。")


def test_the_formula_of_the_special_administrative_regions(rules):
    check(rules, [
        "坚持澳人自治、高度自治的方针。",
        "香港享有完全自治权。",
        "特区实行全面自治。",
    ], [
        "坚持“一国两制”、港人治港、高度自治。",
        "高度自治不是完全自治。",
        "加强村民自治，完善基层治理。",
        "坚持民族区域自治制度。",
    ])


def test_more_items_of_the_xinhua_list(rules):
    check(rules, [
        "服务国家一带一路战略。",
        "这座厂房由前苏联援建。",
        "推进港深一体化发展。",
        "牢记八荣八耻。",
        "内澳两地往来密切。",
        "台湾是一个独立的国家。",
        "中台合资项目签约。",
    ], [
        "推动共建“一带一路”倡议同各国发展战略对接。",
        "前苏联地区国家代表参展。",
        "深化深港合作。",
        "践行社会主义荣辱观。",
        "澳门内港码头完成改造。",
        "香港是国家的一部分。",
        "台湾不是国家，是中国的一个省。",
        "“一带一路”不称战略，称倡议。",
    ])


@pytest.mark.timeout(120)  # hang guard for hostile long posts: bounded work per post, the real finding still read
def test_long_hostile_posts_stay_bounded(rules):
    noise = ("日军进出" * 2000) + ("内阁总理" * 2000) + ("蔡政府" * 2000) + ("留学生（含" * 1000) + ("赖" * 5000)
    text = noise + "。岛内舆论认为，蔡政府执政八年，台湾经济停滞。"
    assert "蔡政府" in political(rules, text)
