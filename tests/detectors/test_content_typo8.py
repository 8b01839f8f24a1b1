"""错敏字, ninth round (issue #18): a term written two ways in one post, the general classes of formal terms added
to ``lexicons/formal_terms.txt`` (five-year-plan periods, statutory festivals and commemoration days, ministries'
service terms) and the classic look-alike groups of ``lexicons/confusables.txt``.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has
positive sentences and hard negatives.
"""

from __future__ import annotations

import pytest

from detectors.charsim import confusion
from detectors.content import ContentRules, _hits
from detectors.content_typo import in_post_variants
from detectors.textnorm import fold_with_offsets


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "typo"]


def variants(finder, text):
    folded, offsets = fold_with_offsets(text)
    return [(h.wrong, h.correct) for h in in_post_variants(text, folded, offsets, finder.correct_forms)]


# ---- one term written two ways in the same post -----------------------------------------------------------------

def test_in_post_variant_takes_the_correct_form_from_the_post(rules, finder):
    text = "【冬季供暖保彰工作推进会召开】会议要求各供热企业做好供暖保障，确保群众温暖过冬。"
    assert "供暖保障" not in finder.correct_forms  # not a lexicon term: the post itself gives the right form
    assert variants(finder, text) == [("供暖保彰", "供暖保障")]
    assert typos(rules, text) == ["供暖保彰"]


def test_in_post_variant_either_order(finder):
    assert variants(finder, "【全县秸杆综合利用现场会召开】会议通报，今年全县秸秆综合利用率达到九成以上。") == [
        ("全县秸杆综合利用", "全县秸秆综合利用")]
    assert variants(finder, "【全市燃气安全专项整治推进】各区要把燃汽安全专项整治抓紧抓实。") == [
        ("燃汽安全专项整治", "燃气安全专项整治")]


@pytest.mark.parametrize("text", [
    "成绩公示结果已张贴；评分公式结果经复核无误。",                                 # two real words
    "本次比赛按计分规则评分。参赛选手须熟悉记分规则后再报名。",                     # two real words
    "学习二十届四中全会精神，回顾二十届三中全会精神。",                             # numbered plenums
    "张晓东同志任局长，张小东同志任副局长。",                                       # two people
    "华林村党支部和花林村党支部开展联建。",                                         # two villages
    "“一筹莫展”不是“一愁莫展”，家长要教孩子写对。",                               # a wrong form quoted
    "本市进入流感流行季，专家提醒：流感流行季要做好防护，流感流行期间少去人群密集场所。",  # the form used on purpose
    "2027年养老金会调整吗？退休人员领养老金需要注意什么？",                          # 年 ends a number
])
def test_in_post_variant_hard_negatives(finder, text):
    assert variants(finder, text) == []


def test_correction_notice_is_not_reported(rules):
    assert typos(rules, "更正：昨日推送中“供暖保彰”应为“供暖保障”，特此更正。") == []


# ---- general classes of formal terms ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("宣讲团围绕“十四五”时其重点任务作辅导。", "“十四五”时其"),
    ("“十五五”其间，全市将新建学校20所。", "“十五五”其间"),
    ("深入学习“十五五”规化纲要。", "“十五五”规化纲要"),
    ("12月4日是国家宪法曰，各地开展宪法宣传活动。", "国家宪法曰"),
    ("9月30日烈士纪念曰，各界群众向人民英雄敬献花篮。", "烈士纪念曰"),
    ("4月15日是第十一个全民国家安全教育曰。", "全民国家安全教育曰"),
    ("12月13日国家公祭曰，全市鸣放防空警报。", "国家公祭曰"),
    ("为重点优扶对象送去慰问品。", "重点优扶对象"),
    ("全市低保对像核查工作启动。", "低保对像"),
    ("特困人圆供养标准提高。", "特困人圆"),
    ("城乡居民医保报消比例提高到七成。", "医保报消"),
])
def test_formal_term_classes(rules, text, wrong):
    assert typos(rules, text) == [wrong]


@pytest.mark.parametrize("text", [
    "确保“十五五”开好局、起好步。",
    "“十四五”以来，全市新建学校30所。",
    "“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。",
    "12月13日南京大屠杀死难者国家公祭日，全市鸣放防空警报。",
    "端午假期全市接待游客50万人次。",
    "学生自助打印服务点投入使用。",
    "中国旅游目的地推介会在我市举行。",
    "家庭农产品展销会开幕。",
    "退役军人服务站为重点优抚对象、烈士遗属上门服务。",
    "最低生活保障标准、特困人员救助供养标准同步提高。",
])
def test_formal_term_classes_correct_forms(rules, text):
    assert typos(rules, text) == []


# ---- classic look-alike groups ----------------------------------------------------------------------------------

@pytest.mark.parametrize("pair", ["日曰", "己已", "已巳", "己巳", "戊戌", "戌戍", "戊戍", "末未", "拨拔", "炙灸",
                                  "戎戒", "仑仓", "甲申", "申由", "入八", "肓盲", "汆氽"])
def test_classic_shape_pairs(pair):
    assert confusion(pair[0], pair[1]) == "形近"


def test_an_everyday_word_for_a_word_of_the_term_is_no_slip():
    """社会救助 → 社会求助: 求 is a part of 救, but 求助 is an everyday word (向社会求助, 临时求助金 say something of
    their own). A sound-alike swap to a rarer word (共同富余) and a change inside a longer name (人名) stay slips."""
    from detectors.content import ContentRules, _hits

    rules = ContentRules.load()

    def typo_spans(text):
        return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "typo"]

    assert typo_spans("遇到困难可以向社会求助，也可以申请临时救助。") == []
    assert typo_spans("符合条件的家庭可申请临时求助金。") == []
    assert typo_spans("扎实推动共同富余取得实质性进展。") == ["共同富余"]
    assert typo_spans("热烈庆祝中华人名共和国成立。")


@pytest.mark.parametrize("text", [
    "【纠错】昨日推文“中华人名共和国”一处有误，特此说明。",
    "纠错：上期推送“供暖保彰”一处有误，向读者致歉。",
])
def test_a_notice_headed_jiucuo_is_a_correction_notice(rules, text):
    assert typos(rules, text) == []


def test_jiucuo_as_a_formal_term_does_not_silence_slips(rules):
    # 容错纠错机制 is a formal term, not a notice: the slip beside it is still reported
    assert typos(rules, "我市建立容错纠错机制，激励干部担当作为。供暖保彰工作稳步推进。") == ["保彰"]
