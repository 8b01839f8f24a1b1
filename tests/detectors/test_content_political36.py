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
