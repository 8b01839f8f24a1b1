"""错敏字, ninth session (issue #18): precision of the generated slips and recall of formal terms whose wrong form is
itself a real word.

Precision: a span one character from a short term is no slip when jieba's segmentation of the text reads a longer word
across its edge (国防教育|周, 主城|都市区), when it names a campaign period in an event (开展…教育周活动), or — for a
form the post itself offers as the right one — when the two characters sound alike only by a rare reading (官方 / 官网:
方 is read wang only in an old word). Recall: formal terms holding one member of a commonly confused pair (法治/法制,
权力/权利, 监察/监查/检察/检查, 形势/形式, 部署/布署), with the pairs that are both right elsewhere kept out or anchored
by their context.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has
positive sentences and hard negatives.
"""

from __future__ import annotations

import pytest

from detectors.charsim import heard_as
from detectors.content import ContentRules, _hits
from detectors.content_typo import (
    _cuts_longer_word,
    _event_period,
    confusion_in,
    readings_in,
)


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def slips(finder, text):
    return [(h.wrong, h.correct) for h in finder.find(text)]


def typos(rules, text):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026) if h.cls == "typo"]


# ---- a span cut from longer words of the text ---------------------------------------------------------------------

def test_cuts_longer_word_reads_the_segmentation():
    text = "我市启动全民国防教育周系列活动"
    start = text.index("教育周")
    assert _cuts_longer_word(text, start, start + 3)  # 国防教育 runs across the start
    text = "市教育周召开全市校长会议"
    start = text.index("教育周")
    assert not _cuts_longer_word(text, start, start + 3)  # 市|教育|周: nothing crosses the edges
    text = "重庆主城都市区新增三条轨道线路"
    start = text.index("城都市")
    assert _cuts_longer_word(text, start, start + 3)  # 都市区 runs across the end


@pytest.mark.parametrize("text", [
    "我市启动全民国防教育周系列活动，各校同步上好主题课。",
    "重庆主城都市区新增三条轨道线路。",
])
def test_span_inside_longer_words_is_no_slip(rules, text):
    assert typos(rules, text) == []


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("市教育周召开全市校长会议，部署寒假安全工作。", "教育周", "教育局"),  # no longer word around: still the office
    ("四川城都市举办春季招聘会。", "城都市", "成都市"),
    ("持续深化作风建没，驰而不息纠治“四风”。", "作风建没", "作风建设"),
    ("新中国共产当员的故事", "中国共产当", "中国共产党"),  # a long term: a chance word across its edge (新中国) is ignored
])
def test_slip_with_no_word_across_its_edge_is_still_reported(finder, text, wrong, right):
    assert (wrong, right) in slips(finder, text)


# ---- a campaign named by its period ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "县里开展纪律教育周活动，干部逐一签订承诺书。",
    "学校举办法治教育周，邀请法官进校园。",
    "法治教育周期间，各班召开主题班会。",
])
def test_event_week_is_no_slip(rules, text):
    assert typos(rules, text) == []


def test_event_period_needs_the_event_and_the_term_otherwise_intact():
    text = "县里开展纪律教育周活动"
    start = text.index("教育周")
    assert _event_period(text, start, start + 3, "教育局")
    text = "市教育周局长讲话"
    assert not _event_period(text, 1, 4, "教育局")  # no event around it: the office misspelt
    text = "县里开展纪律教首周活动"
    start = text.index("教首周")
    assert not _event_period(text, start, start + 3, "教育局")  # not the term with its last character changed


# ---- a sound-alike by the reading the character has in its word --------------------------------------------------

def test_readings_in_context():
    assert readings_in("银行") == ("yin", "hang")
    assert readings_in("行政") == ("xing", "zheng")
    assert readings_in("自由、平等") == ("zi", "you", None, "ping", "deng")
    assert confusion_in("官方", 1, "网") == "拼音输入"  # 方 is wang only in 方良: no sound-alike, one letter off
    assert confusion_in("优抚", 1, "扶") == "音近"
    assert confusion_in("教育局", 2, "居") == "形近"  # look-alikes as they are
    assert heard_as("fang", "网") == "拼音输入" and heard_as("fang", "体") is None
    assert heard_as("fu", "扶") == "音近" and heard_as("fang", "房") == "音近"


def test_in_post_variant_by_a_rare_reading_is_no_slip(rules):
    text = "请通过航空公司官网值机，有疑问可拨打航空公司官方热线咨询，不要轻信陌生来电。"
    assert typos(rules, text) == []


def test_in_post_variant_by_the_reading_in_context_is_reported(rules):
    text = "【做好退役军人优扶工作】各地把退役军人优抚工作列入年度考核。"
    assert ("退役军人优扶工作", "退役军人优抚工作") in typos(rules, text)


# ---- formal terms whose wrong form is a real word ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("各区县纪检监查机构开展专项检查。", "纪检监查", "纪检监察"),
    ("全省监查机关持续深化以案促改。", "监查机关", "监察机关"),
    ("稳步推进国家监查体制改革。", "国家监查体制改革", "国家监察体制改革"),
    ("市检查机关依法提起公诉。", "检查机关", "检察机关"),
    ("善于运用法制思维和法制方式化解矛盾。", "法制思维", "法治思维"),
    ("把各项工作纳入法制轨道。", "法制轨道", "法治轨道"),
    ("全面推行权利清单制度。", "权利清单制度", "权力清单制度"),
    ("规范权利运行，强化监督。", "权利运行", "权力运行"),
    ("依法判处有期徒刑，剥夺政治权力三年。", "剥夺政治权力", "剥夺政治权利"),
    ("准确把握当前国际形式。", "国际形式", "国际形势"),
    ("不折不扣落实党中央决策布署。", "决策布署", "决策部署"),
    ("为企业打造法制化营商环境。", "法制化营商环境", "法治化营商环境"),
])
def test_formal_term_written_with_another_real_word(rules, text, wrong, right):
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "领导到现场检查工作，要求立行立改。",  # 检察工作 is not listed bare: 检查工作 is right
    "请检查官网信息是否已经更新。",
    "出入境边防检查机关依法查验证件。",  # a body's own name
    "检察机关依法提起公益诉讼，监察机关依法开展调查。",  # two bodies, neither misspelt
    "市场监管局发布消费者权利清单。",  # 权利清单 is right for consumers' rights
    "研究政治权力的运行规律。",
    "坚持公有制为主体、多种经济形式共同发展。",
    "本报记者从法制日报获悉。",
    "临床试验监查员持证上岗。",
    "市纪委监委派驻纪检监察组开展谈话。",
])
def test_the_other_real_word_in_its_own_context_is_no_slip(rules, text):
    assert typos(rules, text) == []


# ---- hostile input -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "../../etc/passwd 纪检监查 <script>alert('国防教育周')</script>",
    "周" * 500 + "教育周" * 200,
    "\u200b纪\u200b检监查\u202e开展国防教育周\x00活动",
    "开展" * 300 + "教育周",
    "👍👍法制思维🔥" + "\ud7ff" + "航空公司官网航空公司官方",
    "",
    "、、、，，，“”“”",
])
def test_hostile_text_never_breaks_the_finder(finder, text):
    for hit in finder.find(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start:hit.end] == hit.wrong


def test_hostile_text_still_finds_the_slip(finder):
    text = "<b>../纪检监查</b>" + "周" * 50
    assert ("纪检监查", "纪检监察") in slips(finder, text)
