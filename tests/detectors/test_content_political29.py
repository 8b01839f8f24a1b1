"""Political wording, twenty-ninth session (content-political29): more typed readings
(``detectors/content_political_typed.py``), a wider title inventory for the organ rule, the formulations' compressed
wording and a political reading that keeps its span against a longer typo span.

* a province-level region (data/divisions.tsv) given a division kind not its own (an autonomous region or a
  municipality called 省, a province called 自治区); the old kind told as history is right;
* an event of modern history whose official name ends in 事变 / 政变 given 事件, 冲突 …; the war named 事变 by the two
  states' names;
* a map said to leave out a part of China's territory; a statistical footnote and a warning about problem maps are right;
* a sovereign state called 我国's / 我省's as a whole;
* one of China's peoples under its colloquial 家 form with 族;
* Taiwan given a state's constitution and symbols;
* an organ with another system's head title (总法官);
* fixed formulations written with their inner 的 left out, and the 三个代表 / 四个不摘 items out of order;
* a renamed people's old name inside a county name that the typo layer reads as a slip.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, classes, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_region_given_a_division_kind_not_its_own(rules):
    check(rules, [
        "宁夏省农业农村厅发布春耕提示。",
        "西藏省委召开专题会议。",
        "新疆省的棉花丰收了。",
        "内蒙古省草原防火形势严峻。",
        "重庆省文旅部门推出冬季线路。",
        "河南自治区的小麦长势良好。",
    ], [
        "1950年，新疆省人民政府成立。",
        "民国时期的宁夏省会设在银川。",
        "宁夏回族自治区党委召开会议。",
        "北京、河北等省市联合开展执法。",
        "内蒙古省级机关开展节能行动。",
        "在重庆省钱又省力的出行方式。",
        "“西藏省”的说法是错误的，应称西藏自治区。",
        "河南省和广西壮族自治区签署协议。",
    ])
    assert suggestions(rules, "宁夏省农业农村厅发布春耕提示。") == ["宁夏回族自治区"]


def test_an_event_given_a_type_word_not_its_own(rules):
    check(rules, [
        "福建事件失败后，十九路军被改编。",
        "纪念馆介绍了1927年马日事件的经过。",
        "九一八冲突后，东北沦陷。",
        "华北事件后，日军加紧侵略。",
        "四一二事件后，国共合作破裂。",
        "华日事变期间，当地百姓深受其害。",
    ], [
        "西安事变是中国历史的转折点。",
        "马日事变后，湖南农民运动受挫。",
        "通州事件处置得当，交通恢复。",
        "福建冲突调解中心成立一周。",
        "8·13事故调查报告公布。",
        "卢沟桥事故路段已恢复通行。",
        "日方称为“支那事变”的，就是全面侵华战争。",
        "所谓“华北事件”，实为华北事变。",
    ])


def test_a_map_leaving_out_territory(rules):
    check(rules, [
        "这幅示意图没有标注钓鱼岛。",
        "教材配图漏绘了台湾岛。",
        "该图未包括藏南地区，仅供参考。",
        "地图上缺少南海断续线。",
    ], [
        "地图上不得漏绘南海诸岛。",
        "未标注钓鱼岛的地图属于问题地图。",
        "图中统计数据未包括台湾省。",
        "全国数据不含香港、澳门和台湾。",
        "中国地图另附南海诸岛插图。",
        "本图南海诸岛见右下角附图。",
        "这张地图没有标注台湾的高铁线路。",
    ])


def test_a_foreign_state_called_our_own(rules):
    check(rules, [
        "欢迎各位来到我国老挝。",
        "我省柬埔寨等地的游客持续增加。",
        "回到祖国新加坡，他感慨万千。",
    ], [
        "我市韩国游客增长较快。",
        "我国朝鲜族同胞欢度节日。",
        "我国和越南山水相连。",
        "我国蒙古族群众喜迎那达慕。",
        "我省老挝留学生参加了活动。",
        "我市韩国、日本游客增长较快。",
    ])


def test_a_people_under_its_colloquial_name_with_zu(rules):
    check(rules, [
        "侗家族村寨举办鼓楼文化节。",
        "瑶家族同胞欢度盘王节。",
    ], [
        "壮家儿女唱起了山歌。",
        "补水家族的新品上市了。",
        "土家族群众欢度节日。",
        "苗家族谱记载了迁徙经过。",
    ])
    assert suggestions(rules, "侗家族村寨举办鼓楼文化节。") == ["侗族"]


def test_taiwan_given_a_constitution_or_state_symbols(rules):
    check(rules, [
        "依照台湾的宪法，选举每四年举行一次。",
        "台湾国歌在活动现场响起。",
        "台湾地区国徽图案出现在文件上。",
    ], [
        "香港的宪法和基本法教育不断加强。",
        "所谓“台湾宪法”根本不成立。",
        "依照台湾地区有关规定，选举每四年举行一次。",
        "国家宪法日，香港各界举行活动。",
    ])


def test_an_organ_with_another_systems_head_title(rules):
    check(rules, [
        "最高人民检察院总检察官出席发布会。",
        "最高人民法院首席法官作报告。",
        "国务院首相会见外宾。",
    ], [
        "最高人民法院院长、首席大法官出席会议。",
        "最高人民检察院检察长、首席大检察官出席会议。",
        "最高人民法院大法官参加研讨。",
        "美国司法部总检察长发表声明。",
        "日本外务省官员与英国首相会面。",
    ])


def test_formulations_in_their_compressed_wording(rules):
    assert political(rules, "党始终代表最广大人民根本利益、代表先进生产力发展要求、代表先进文化前进方向。")
    assert political(rules, "坚持摘帽不摘帮扶、摘帽不摘责任、摘帽不摘政策、摘帽不摘监管。")
    assert not political(rules, "党始终代表先进生产力发展要求、代表先进文化前进方向、代表最广大人民根本利益。")
    assert not political(rules, "做到摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。")


def test_a_renamed_peoples_old_name_inside_a_county_name_stays_political(rules):
    text = "连山僮族瑶族自治县开展防火宣传。"  # (僮族: 壮族 since 1965; the typo layer reads the county name's slip)
    assert political(rules, text) == ["僮族"]
    assert "typo" not in classes(rules, text)
