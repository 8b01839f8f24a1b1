"""错敏字, fifteenth round (issue #18): complete inventories of names and domain terms, and two shape layers.

* ``leaders.txt`` lists the head of every State Council ministry, commission, bureau and directly affiliated body and
  of the Party centre's departments (third column ``部门负责人``: only the name is checked, anchored by the person's own
  titles only — a department head is no national leader, so no national title anchors it and its titles anchor no
  other name), and the past
  leaders of the Party and the state (third column ``历史人物``: anchored only by the words that remember them —
  同志诞辰, 纪念馆, 故居… — never by a title check, never in the office table of the political rules);
* ``formal_terms.txt`` gains the World Heritage categories and China's sites, the legal terms of cultural-relic
  protection, regional strategies, city clusters and metropolitan areas, health-policy terms, price and market
  regulations, the police and fire-rescue mottoes and poverty-alleviation terms;
* at the edge of a long term (7+ characters), whose inside already takes any character, a character keeping one part
  of the right one in place is a look-alike; the shape layer (``confusables.txt``) gains the look-alike groups that
  school exercises list and the tables missed (贫 / 盆 / 贪, 位 / 住 / 往, 营 / 萤 …).

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content_political_general import offices
from detectors.content_typo import leaders_table
from tests.detectors.content_case import typo_pairs


@pytest.mark.parametrize("text, wrong, right", [
    ("教育部部长怀进朋出席会议并讲话。", "怀进朋", "怀进鹏"),  # shape
    ("财政部部长蓝佛按介绍了有关情况。", "蓝佛按", "蓝佛安"),
    ("商务部部长王文滔表示，将继续扩大开放。", "王文滔", "王文涛"),  # sound
    ("中国人民银行行长潘功圣指出，要保持流动性合理充裕。", "潘功圣", "潘功胜"),
    ("民政部部长陆治源在会上讲话。", "陆治源", "陆治原"),
    ("水利部部长李国鹰赴现场指导防汛工作。", "李国鹰", "李国英"),
])
def test_minister_misnamed_beside_the_title(finder, text, wrong, right):
    found = typo_pairs(finder, text)
    assert any(w.endswith(wrong) and c.endswith(right) for w, c in found), found


@pytest.mark.parametrize("text, wrong, right", [
    ("今天是周恩莱同志诞辰纪念日。", "周恩莱同志诞辰", "周恩来同志诞辰"),
    ("学生们参观了刘少其同志纪念馆。", "刘少其同志纪念馆", "刘少奇同志纪念馆"),
    ("朱得故居位于四川仪陇。", "朱得故居", "朱德故居"),
])
def test_past_leader_misnamed_in_remembrance(finder, text, wrong, right):
    assert (wrong, right) in typo_pairs(finder, text)


@pytest.mark.parametrize("text", [
    "教育部部长陈宝生曾在此调研。",  # a former minister, not one character from a listed name
    "原交通运输部部长李小鹏、交通运输部部长刘伟先后到场。",  # a predecessor is listed too
    "村民王祥西说，今年收成不错。",  # a commoner without a title
    "毛泽民同志诞辰纪念活动在韶山举行。",  # the founding leader's brother, another person
    "毛泽东同志纪念馆、周恩来同志纪念馆都是爱国主义教育基地。",
    "毛岸英烈士陵园位于朝鲜。",
    "学习毛泽东思想和邓小平理论。",
])
def test_listed_and_other_people_stay_clean(finder, text):
    assert typo_pairs(finder, text) == []


def test_department_titles_anchor_their_own_heads_only(finder):
    # 国家统计局局长 is no national leader's title: a listed leader's misspelt name beside it is not checked by it
    assert typo_pairs(finder, "国家统计局局长何立锋介绍情况。") == []
    assert ("国家统计局局长康仪", "国家统计局局长康义") in typo_pairs(finder, "国家统计局局长康仪介绍情况。")


def test_past_leaders_are_not_office_holders():
    # remembered, not holding office: the political rules' office table and the checked titles leave them out
    assert "毛泽东" not in offices().persons
    assert "毛泽东" not in leaders_table()
    assert "怀进鹏" in offices().persons  # a minister checked by name is still a known person


@pytest.mark.parametrize("text, wrong, right", [
    ("这里是中国历史文化名材。", "中国历史文化名材", "中国历史文化名村"),  # 木 kept at the edge of a long term
    ("申报国家历史文化明城。", "国家历史文化明城", "国家历史文化名城"),
    ("加快成都都市权建设。", "成都都市权", "成都都市圈"),
    ("推动形成急慢分制格局。", "急慢分制", "急慢分治"),
    ("执行《明码标价和禁止价格期诈规定》。", "明码标价和禁止价格期诈规定", "明码标价和禁止价格欺诈规定"),
    ("对党忠诚、纪律严明、赴汤到火、竭诚为民。", "对党忠诚、纪律严明、赴汤到火、竭诚为民",
     "对党忠诚、纪律严明、赴汤蹈火、竭诚为民"),
    ("发放脱贫人口小额信代。", "脱贫人口小额信代", "脱贫人口小额信贷"),
    ("该景区是世界文化溃产。", "世界文化溃产", "世界文化遗产"),
    ("荣获全国文明单住称号。", "文明单住", "文明单位"),  # 位 / 住: a look-alike pair of the shape layer
    ("持续优化萤商环境。", "优化萤商环境", "优化营商环境"),  # 营 / 萤
])
def test_domain_term_misspelt(finder, text, wrong, right):
    assert (wrong, right) in typo_pairs(finder, text)


@pytest.mark.parametrize("text", [
    "张家界是我国首批世界自然遗产，武陵源风景名胜区闻名中外。",
    "长株潭城市群、长株潭都市圈建设加快推进。",
    "石鼓书院是全国重点文物保护单位，也是省级文物保护单位的申报样板。",
    "到公证处办理公证，坚持执法公正。",  # 公证 is a word of its own outside the motto
    "全省消防救援队伍开展冬季检查，国家综合性消防救援队伍勇挑重担。",
    "十八洞村是精准扶贫首倡地。",
    "城市医疗集团和县域医共体同步推进。",
    "今年以来，我们持续推进乡村振兴相关工作。",
    "他是单位的骨干，营造了良好的营商环境。",
    "做好职工基本医疗保障和城乡居民基本医疗保障。",  # the edge word became another word (保险 → 保障)
])
def test_correct_domain_terms_stay_clean(finder, text):
    assert typo_pairs(finder, text) == []
