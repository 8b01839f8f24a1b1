"""错字, twenty-sixth round (content-typo26): the input method's language model as the judge of syllable-boundary
slips the text does not vouch for, a division of the gazetteer as the right one of two names one character apart in
a post, an interior doubled character between two whole words, and an idiom table's old variant of a common idiom.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has positive
sentences and hard negatives.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo import _division_over, _double_between_words
from detectors.content_typo_split import boundary_slips, changed_part
from detectors.content_typo_verse import _outdated_variant, idiom_slips
from detectors.textnorm import fold


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026) if h.cls == "typo"]


def needs_model(rules):
    if rules.typos.ime is None:
        pytest.skip("输入法语言模型未安装（./run.sh setup）")


# ---- syllable-boundary slips judged by the input method's model ----------------------------------------------------
def test_changed_part_is_the_recut_syllables():
    assert changed_part("反感", ("fan", "gan"), ("fang", "an")) == "反感"
    assert changed_part("西安进", ("xi", "an", "jin"), ("xian", "jin")) == "西安"
    assert changed_part("员", ("yuan",), ("yu", "an")) == "员"


@pytest.mark.parametrize("text, wrong, right", [
    # a document name no dictionary holds as one word: 活动方案
    ("会议讨论了《全县秋季防火宣传活动反感》，要求各乡镇抓好落实。", "反感", "方案"),
    # ming'e typed and read min'ge
    ("各学校推荐民歌不超过两人。", "民歌", "名额"),
])
def test_model_judges_boundary_slips(rules, text, wrong, right):
    needs_model(rules)
    assert boundary_slips(fold(text)) == []  # the text alone vouches for nothing here
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "部分群众对噪音扰民现象比较反感，城管部门已约谈施工单位。",  # 反感 is the word meant
    "非遗民歌展演在县文化馆举行，欢迎市民观看。",  # 民歌 in its own sense
    "本方案由县应急管理局负责解释，应急员要熟悉方案内容。",  # one written character (员) is not judged
    "北京至吉安的列车明日起恢复运行。",  # a division's name is no correction
    "改革开放前，也有农户单干的现象。",
])
def test_model_leaves_right_words(rules, text):
    needs_model(rules)
    assert typos(rules, text) == []


def test_judge_sees_the_candidate_and_its_changed_part(rules):
    needs_model(rules)
    seen = []

    def judge(f, a, b, word, changed):
        seen.append((f[a:b], word, changed))
        return rules.typos.ime.vouches_split(f, a, b, word, changed)

    found = boundary_slips(fold("请各单位于月底前报送冬季供暖保障反感。"), judge)
    assert ("反感", "方案", "反感") in seen
    assert [w for _a, _b, w in found] == ["方案"]


# ---- a division of the gazetteer as the right one of two forms in a post ---------------------------------------------
def test_division_name_is_the_right_form(rules):
    text = "海成博物馆冬季开放时间调整。即日起每周一闭馆。海城博物馆位于市中心，馆藏文物三千余件。"
    assert ("海成博物馆", "海城博物馆") in typos(rules, text)


def test_division_over():
    f = fold("海城博物馆和海成博物馆")
    assert _division_over(f, 1, 0, 5, 7)  # 海城 is a division, 海成 none
    f = fold("张晓东和张小东")
    assert not _division_over(f, 1, 0, 3, 5)


def test_two_people_stay_two(rules):
    assert typos(rules, "张晓东同志到村里调研。张小东同志参加了调研。") == []


# ---- an interior doubled character between two whole words -----------------------------------------------------------
@pytest.mark.parametrize("window, between", [
    ("峨眉山山门", True),  # 峨眉山 + 山门
    ("社会主义义核心价值观", False),  # 义核 is no word
    ("核心价值值观", False),
    ("泰山山顶", False),  # two characters before the pair: the edge rule's (_double_makes_word)
])
def test_double_between_words(window, between):
    assert _double_between_words(window) is between


def test_doubled_character_in_a_term_still_found(rules):
    assert ("社会主义义核心价值观", "社会主义核心价值观") in typos(rules, "坚持社会主义义核心价值观，弘扬时代新风。")


# ---- an idiom table's old variant of a common idiom ------------------------------------------------------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("与先进地区相比，我们的工作相形见拙。", "相形见拙", "相形见绌"),
    ("节后餐桌上杯盘狼籍，志愿者主动清理。", "杯盘狼籍", "杯盘狼藉"),
])
def test_outdated_variant_found(rules, text, wrong, right):
    assert [(fold(text)[a:b], w) for a, b, w, _how in idiom_slips(fold(text))] == [(wrong, right)]
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "游客在这里留连忘返。",  # a variant jieba counts as an idiom (留连忘返) is accepted
    "他对批评不以为意。",  # two common idioms one character apart (不以为然)
    "游客在这里流连忘返。",
])
def test_accepted_forms_stay(rules, text):
    assert idiom_slips(fold(text)) == []
    assert typos(rules, text) == []


def test_outdated_variant_needs_a_common_idiom():
    from detectors.content_typo_split import _freq, idioms

    common, freq = idioms(), _freq()
    assert _outdated_variant("相形见拙", "相形见绌", common, freq)
    assert not _outdated_variant("留连忘返", "流连忘返", common, freq)


# ---- what news says of a leader after the name: 发来 (贺信, 视频致辞) -------------------------------------------------
def test_name_before_sends_is_whole(rules):
    # 启发 is a word, but 发来 after a title and a name says what the leader did: the name ends before it
    text = "论坛开幕，中央书记处书记蔡启发来贺信。"
    assert ("中央书记处书记蔡启", "中央书记处书记蔡奇") in typos(rules, text)
    assert typos(rules, "论坛开幕，中央书记处书记蔡奇发来贺信。") == []


# ---- a prefecture-level city's stem of three characters without 市 ------------------------------------------------
def region_typos(rules, text, region):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


def test_prefecture_stems():
    from detectors.content_typo import prefecture_stems

    stems = prefecture_stems()
    assert {"秦皇岛", "张家口", "驻马店"} <= set(stems)
    assert "河北" in stems["秦皇岛"] and "秦皇岛市" in stems["秦皇岛"]
    assert all(len(s) >= 3 for s in stems)


def test_prefecture_stem_misspelt_in_its_province(rules):
    assert ("秦皇鸟", "秦皇岛") in region_typos(rules, "冬日的秦皇鸟，海鸥又飞回来了。", "河北省秦皇岛市")
    assert ("张家扣", "张家口") in region_typos(rules, "来张家扣过冬天，滑雪泡温泉。", "河北省张家口市")


@pytest.mark.parametrize("text, region", [
    ("来张家扣过冬天，滑雪泡温泉。", "江苏省南京市"),  # neither the account's province nor the city named
    ("冬日的秦皇岛，海鸥又飞回来了。", "河北省秦皇岛市"),
    ("张家界的冬天，云雾缭绕。", "河北省张家口市"),  # another city's own name
])
def test_prefecture_stem_left_alone(rules, text, region):
    assert region_typos(rules, text, region) == []
