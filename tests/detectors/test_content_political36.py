"""Political wording, thirty-sixth session (content-political36; POLITICAL_CHECKLIST.md items 498–499):

* a numbered formulation whose enumeration has a member missing or added (the count the label states and the members
  written disagree), over every formulation of ``lexicons/ordered_formulas.txt`` and any label N个X whose entries all
  hold X;
* a one-character people's stem + 民族 (回民族 → 回族) where the stem stands as a word of its own.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_a_numbered_formulation_with_a_member_missing_or_added(rules):
    check(rules, [
        "支部党员交流心得，表示要坚定“四个自信”，即道路自信、理论自信、制度自信。",
        "牢固树立“四个意识”：政治意识、大局意识、核心意识、看齐意识、责任意识。",
        "五个自信：道路自信、理论自信、制度自信、文化自信。",
        "讲座介绍了五位一体总体布局，包括经济建设、政治建设、文化建设和社会建设。",
        "牢记“三个务必”：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗。",
        "课堂上讲解新发展理念，即创新、协调、绿色、开放发展。",
        "落实“四个不摘”：摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶。",
        "推行“三个到位”工作法：宣传到位、排查到位。",
    ], [
        "支部党员交流心得，表示要坚定“四个自信”，即道路自信、理论自信、制度自信、文化自信。",
        "牢固树立“四个意识”：政治意识、大局意识、核心意识、看齐意识。",
        "讲座介绍了五位一体总体布局，包括经济建设、政治建设、文化建设、社会建设和生态文明建设。",
        "牢记“三个务必”：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。",
        "课堂上讲解新发展理念，即创新、协调、绿色、开放、共享发展。",
        "推行“三个到位”工作法：宣传到位、排查到位、整改到位。",
        "实现“三个提升”：服务质量提升、群众满意度提升等。",
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "家里有两个孩子：一个上小学、一个上初中。",
        "“四个意识”不能写成政治意识、大局意识、核心意识，而不是四项。",
    ])
    assert any("文化自信" in s for s in suggestions(rules, "要坚定“四个自信”，即道路自信、理论自信、制度自信。"))


def test_a_one_character_stem_with_minzu(rules):
    check(rules, [
        "市场监管所提醒商户尊重回民族饮食禁忌。",
        "壮民族传统节日三月三期间，各地举办歌圩。",
        "苗民族服饰展在县文化馆开幕。",
    ], [
        "挽回民族企业的声誉。",
        "现场充满民族自豪感。",
        "北京民族乐团来县演出。",
        "本土民族品牌亮相展会。",
        "藏民族和汉民族的交往源远流长。",
        "尊重回族群众饮食习惯。",
        "回民小吃街。",
    ])
    assert "回族" in suggestions(rules, "尊重回民族饮食禁忌。")


# ---- phase B (items 500–510): the layers of the newest part's misses, each read over an inventory or a class ----------


def test_a_central_organs_name_with_one_element_changed(rules):
    check(rules, [
        "会上传达学习了国家监察院通报的典型案例。",
        "中央纪律委员会近日公布了一批问题线索。",
        "全国人民代表大会常务委员长出席开幕式。",
        "国家民族事务局有关负责人介绍了情况。",
    ], [
        "会上传达学习了国家监察委员会通报的典型案例。",
        "中央纪律检查委员会近日公布了一批问题线索。",
        "全国人大常委会委员长出席开幕式。",
        "县纪委监委、县监察局旧址改建为廉政教育馆。",
        "市发展和改革局召开会议。",
        "国家矿山安全监察局发布通知。",
    ])


def test_groups_placed_within_a_recognised_people_called_peoples(rules):
    check(rules, [
        "临高族木偶戏在文化节上演出。",
        "回辉族同胞欢度节日。",
        "港湾里的蛋民世代以打鱼为生。",
    ], [
        "临高人木偶戏在文化节上演出。",
        "回辉人聚居的社区举办美食节。",
        "疍家人的咸水歌被列入非遗名录。",
        "鸡蛋民生价格保持稳定。",
        "鲁莽族人不可取。",
    ])


def test_region_short_forms_and_region_attributes(rules):
    check(rules, [
        "今年中国游客赴港人数明显回升。",
        "机场新开通两条港澳国际航线。",
        "学校今年迎来了20名台湾留学生。",
        "办理台湾签证需要准备哪些材料？",
        "据台湾中央社报道，两岸交流持续升温。",
        "世贸组织164个成员国代表出席会议。",
    ], [
        "今年内地游客赴港人数明显回升。",
        "中国游客到台州旅游。",
        "中国游客来澳旅游，感受南半球的夏天。",
        "机场新开通两条港澳地区航线。",
        "香港国际机场客流恢复。",
        "学校今年迎来了20名台湾学生。",
        "他在英国读书，是一名香港留学生。",
        "据台湾“中央社”报道，两岸交流持续升温。",
        "世贸组织164个成员代表出席会议。",
    ])


def test_occupation_sea_status_superseded_wording_and_names(rules):
    check(rules, [
        "海南的盐田在日本统治时期遭到掠夺性开采。",
        "南海部分岛礁主权待定，渔民出海要注意安全。",
        "协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。",
        "来自大英国协多个国家的青年参加活动。",
        "我们始终坚持一个中国政策，欢迎台湾同胞来投资。",
        "受冷空气影响，越南东海北部海域风力较大。",
        "香港宪法第二十三条立法工作完成。",
    ], [
        "海南的盐田在日本侵占时期遭到掠夺性开采。",
        "日本殖民统治时期的台湾。",
        "英国统治下的印度。",
        "南海诸岛是中国领土，主权无可争辩。",
        "党的十八大提出协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。",
        "我国已经全面建成小康社会，正在全面深化改革。",
        "来自英联邦多个国家的青年参加活动。",
        "广东协会召开年会。",
        "美国政府重申奉行一个中国政策。",
        "越南东海岸的港口城市岘港。",
        "根据宪法第三十一条设立特别行政区。",
    ])
