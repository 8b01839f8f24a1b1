"""错字, thirty-eighth round: Tibet's named lakes, peaks, passes and glaciers; a transliterated three-character name
whose first character is written as a function word of the same sound; a landmark's character taken for its sibling
with the same phonetic part; an autonomous division's name with its level word left out before one of its bodies; a
national body's name with an inner word left out; a character doubled after its word before a number; the work
formulas of Tibet and the border-policy terms; and two everyday readings that are no slips (全链条, 新能源车).

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content_typo import TypoFinder, autonomous_stems, body_word_drops, load_terms
from detectors.content_typo_double import numeral_double_slips


@pytest.fixture(scope="module")
def finder():
    return TypoFinder(load_terms())


def found(finder, text, region=""):
    return [(h.wrong, h.correct) for h in finder.find(text, region=region)]


@pytest.mark.parametrize("text, wrong, right", [
    ("暑假我们自驾去了这古错，湖水清澈见底。", "这古错", "哲古错"),  # 这 / 哲: a function word for a transliteration
    ("阿里地区的搬公错是边境上的一个湖。", "搬公错", "班公错"),
    ("翻越刚巴拉山口就能看见远处的湖。", "刚巴拉山口", "岗巴拉山口"),
    ("登山队成功登顶桌奥友峰。", "桌奥友峰", "卓奥友峰"),
    ("米推冰川就在波密县境内。", "米推冰川", "米堆冰川"),
    ("清晨的南珈巴瓦峰在云海中若隐若现。", "南珈巴瓦峰", "南迦巴瓦峰"),  # 珈 / 迦: the phonetic part 加 kept
])
def test_tibet_natural_features(finder, text, wrong, right):
    assert (wrong, right) in found(finder, text)


@pytest.mark.parametrize("text", [
    "暑假我们自驾去了哲古错，湖水清澈见底。",
    "翻越岗巴拉山口就能看见远处的湖。",
    "纳木措湖畔的牧民正忙着转场。",  # both transliterations are written
    "他那天在湖边散步。",
])
def test_tibet_features_written_right(finder, text):
    assert found(finder, text) == []


@pytest.mark.parametrize("text, wrong, right", [
    ("来自宁夏回族自治人民政府的消息，今年冬季供暖全面启动。", "宁夏回族自治人民政府", "宁夏回族自治区人民政府"),
    ("延边朝鲜族自治人大常委会召开会议。", "延边朝鲜族自治人大常委会", "延边朝鲜族自治州人大常委会"),
])
def test_autonomous_level_word_left_out(finder, text, wrong, right):
    assert (wrong, right) in found(finder, text)


def test_autonomous_names_written_right_or_historical(finder):
    assert found(finder, "宁夏回族自治区人民政府发布通知。") == []
    assert found(finder, "1947年5月1日，内蒙古自治政府在王爷庙成立。") == []  # the 1947 body's own name
    stems = autonomous_stems()
    assert stems["西藏自治"] == "区" and stems["延边朝鲜族自治"] == "州" and len(stems) >= 150


@pytest.mark.parametrize("text, wrong, right", [
    ("中央全面深化委员会会议审议通过了多个文件。", "中央全面深化委员会", "中央全面深化改革委员会"),
    ("国务院国有资产监督委员会有关负责人介绍情况。", "国务院国有资产监督委员会", "国务院国有资产监督管理委员会"),
])
def test_national_body_word_left_out(finder, text, wrong, right):
    assert (wrong, right) in found(finder, text)


def test_national_body_short_forms_are_no_slips(finder):
    assert found(finder, "国家粮食和储备局有关负责人介绍了秋粮收购情况。") == []
    drops = body_word_drops(finder.correct_forms)
    assert "全国政协委员会" not in drops  # a kind alone is left: another name, not the body misspelt
    assert "中央金融委员会" not in drops  # 工作 tells two bodies apart
    assert drops["国务院国有资产管理委员会"] == "国务院国有资产监督管理委员会"


@pytest.mark.parametrize("text, expected", [
    ("全年共计计1200人次参加培训。", [(2, 5, "共计")]),
    ("他每天天天3次打卡。", []),
    ("2025年年底前完成改造。", []),
    ("请大家看看3号文件。", []),
])
def test_double_before_a_number(text, expected):
    assert numeral_double_slips(text) == expected


@pytest.mark.parametrize("text, wrong, right", [
    ("要坚持兴边复民，让边民富起来。", "兴边复民", "兴边富民"),
    ("全力做好稳定、发展、生态、强边四件大是。", "稳定、发展、生态、强边四件大是", "稳定、发展、生态、强边四件大事"),
    ("学习中央第六次西藏工作坐谈会精神。", "中央第六次西藏工作坐谈会", "中央第六次西藏工作座谈会"),
])
def test_tibet_work_formulas(finder, text, wrong, right):
    assert (wrong, right) in found(finder, text)


@pytest.mark.parametrize("text", [
    "推进食品安全全链条监管。",
    "新能源车下乡活动在全市展开。",
])
def test_everyday_readings_are_no_slips(finder, text):
    assert found(finder, text) == []


def test_in_post_variant_over_a_dictionary_misspelling(finder):
    # jieba lists 坐谈会 (3) beside 座谈会 (1114): its own misspelling, no word the post was written with
    text = "全县召开宣传工作座谈会\n\n会上传达了全县宣传工作坐谈会的安排，部署冬季工作。"
    assert ("宣传工作坐谈会", "宣传工作座谈会") in found(finder, text)
    assert found(finder, "全县开展安全检查工作，检察工作也同步推进。") == []  # two real words


@pytest.mark.parametrize("text, wrong, right", [
    ("广东人民政府日前印发通知，部署冬季森林防火。", "广东人民政府", "广东省人民政府"),
    ("拉萨人民政府召开常务会议。", "拉萨人民政府", "拉萨市人民政府"),
])
def test_government_level_word_left_out(finder, text, wrong, right):
    assert (wrong, right) in found(finder, text)


@pytest.mark.parametrize("text", [
    "广东省人民政府日前印发通知。",
    "县级以上地方各级人民政府应当加强领导。",
    "中央人民政府驻香港特别行政区联络办公室发表声明。",
])
def test_government_names_written_right(finder, text):
    assert found(finder, text) == []


@pytest.mark.parametrize("text", [
    "酒店湖边员工宿舍正在装修。",  # 湖边 + 员工: the text's own words, not 护边员 misspelt
    "他那木头做的桌子很结实。",
    "那木屋错落有致地排列在山坡上。",
    "羊卓雍错和纳木错都是圣湖。",
])
def test_text_read_as_its_own_words(finder, text):
    assert found(finder, text) == []


def test_border_guard_misspelt_without_the_right_form(finder):
    assert ("湖边员", "护边员") in found(finder, "全县湖边员队伍今年累计巡边三万余公里。")


@pytest.mark.parametrize("text", [
    "冬季岗巴拉山、米拉山路段易结冰，请谨慎驾驶。",  # the mountain of 岗巴拉山口, not the pass cut short
    "我们沿着长江，一路向东。",
])
def test_feature_of_a_longer_name_is_no_cut(finder, text):
    assert found(finder, text) == []
