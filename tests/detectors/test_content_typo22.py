"""错字, twenty-second round (content-typo22): natural features and landmarks (jieba's ``ns`` place names ending in a
feature word; two-character lakes and mountains by province), the full names of local departments, the provinces'
positioning slogans, public-health slogans and landmark couplets, and a parallel phrase reworded on purpose.

Every sentence here was written for these tests (none is taken from the evaluation sets); each mechanism has hard
negatives: the right form, the written character as a common word, a landmark without its province.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo import (
    Term,
    TypoFinder,
    classify,
    department_words,
    landmark_names,
    landmark_pairs,
    load_terms,
)


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text, region=""):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


# ---- a parallel phrase reworded on purpose --------------------------------------------------------------------------
def test_same_change_twice_is_a_rewording():
    term = Term("一任接着一任干", "一任接着一任干", None)
    assert classify(term, "一年接着一年干") is None
    assert classify(term, "一代接着一代干") is None
    # two different slips stay two slips
    assert classify(Term("中华人民共和国", "中华人民共和国", None), "中华仁民共合国") == "两处错字"


def test_reworded_saying_not_flagged(rules):
    assert typos(rules, "乡村振兴要一年接着一年干，把蓝图变成实景。") == []
    assert typos(rules, "各级干部一任接着一任干，久久为功。") == []


# ---- jieba's landmarks ----------------------------------------------------------------------------------------------
def test_landmark_names_from_jieba():
    names = set(landmark_names())
    assert {"哀牢山", "高黎贡山", "日月潭", "虎跳峡"} <= names
    assert "平顶山" not in names and "缙云山" not in names  # divisions (缙云县): the division rules check them
    assert all(len(n) >= 3 for n in names)


@pytest.mark.parametrize("text, wrong, right", [
    ("周末到武汉珞枷山看樱花。", "珞枷山", "珞珈山"),
    ("暑期组织学生赴哀牢仙考察植被。", None, None),  # the feature word changed: not this rule's
])
def test_landmark_slip(rules, text, wrong, right):
    found = typos(rules, text)
    if wrong is None:
        assert not any("哀牢山" in t for _w, t in found)
    else:
        assert (wrong, right) in found


def test_landmark_terms_alone_find_the_slip():
    finder = TypoFinder([t for t in load_terms() if t.landmark])
    assert [(h.wrong, h.correct) for h in finder.find("周末到武汉珞枷山看樱花。")] == [("珞枷山", "珞珈山")]
    assert finder.find("周末到武汉珞珈山看樱花，早高峰错峰出行。") == []


@pytest.mark.parametrize("text", [
    "周末到武汉珞珈山看樱花。",
    "志愿者爬上到山顶捡拾垃圾。",  # 到 is a common word: no 上刀山
    "早高峰期间地铁加开列车。",  # 早 + 高峰: no 日高峰 misspelt
    "哀牢山区的茶农喜获丰收。",
])
def test_landmark_right_or_words_not_flagged(rules, text):
    assert typos(rules, text) == []


# ---- two-character landmarks by province ----------------------------------------------------------------------------
def test_landmark_pairs_have_places():
    table = landmark_pairs()
    assert "昆明" in table["池"]["滇池"] and "云南省" in table["池"]["滇池"]
    assert "杭州市" in table["湖"]["西湖"]


def test_pair_slip_needs_the_province(rules):
    text = "环巅池绿道周末开放，市民可骑行游览。"
    assert ("巅池", "滇池") in typos(rules, text, region="云南省昆明市")
    assert ("巅池", "滇池") not in typos(rules, text)  # no province named: two characters one off are often another word
    assert ("巅池", "滇池") in typos(rules, "昆明环巅池绿道周末开放。")


@pytest.mark.parametrize("text", [
    "昆明新能源电池产业园开工。",  # a word of its own
    "滇池治理成效明显，昆明市民点赞。",
    "云南偶尔海边的游客也不少。",  # 偶尔 + 海: the character before makes a word
    "黑龙江绥芬河市口岸通关顺畅，山西客商到访。",  # 芬河 inside a city's name: no 汾河
])
def test_pair_not_flagged(rules, text):
    assert typos(rules, text, region="云南省昆明市") == []


# ---- department names -----------------------------------------------------------------------------------------------
def test_department_words():
    words = set(department_words())
    assert {"民族宗教事务委员会", "退役军人事务局", "住房和城乡建设厅"} <= words
    assert all(len(w) >= 5 for w in words)


def test_department_slip(rules):
    assert ("退役军人事物局", "退役军人事务局") in typos(rules, "市退役军人事物局开展走访慰问。")
    assert ("住房和城乡建没厅", "住房和城乡建设厅") in typos(rules, "省住房和城乡建没厅发布通知。")
    assert typos(rules, "省住房和城乡建设厅、市退役军人事务局联合发文。") == []


# ---- positioning slogans, public-health slogans, couplets and sayings -----------------------------------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("努力打造国家清洁能源产业高第。", "国家清洁能源产业高第", "国家清洁能源产业高地"),
    ("建设面向南亚东南亚辐射中新。", "面向南亚东南亚辐射中新", "面向南亚东南亚辐射中心"),
    ("开展防艾禁读宣传进社区。", "防艾禁读", "防艾禁毒"),
    ("苍山不墨千秋话，引得游人纷至沓来。", "苍山不墨千秋话", "苍山不墨千秋画"),
    ("夜游金马碧机坊。", "金马碧机坊", "金马碧鸡坊"),
])
def test_slogan_and_landmark_slips(rules, text, wrong, right):
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "争当生态文明建设排头兵，建设面向南亚东南亚辐射中心。",
    "打好绿色能源牌、绿色食品牌、健康生活目的地牌。",
    "禁毒防艾，你我同行。",
    "香港特区政府文化体育及旅游局发布消息。",  # 及 for 和: another body's name, a conjunction is style
    "苍山不墨千秋画，洱海无弦万古琴。",
    "四季无寒暑，一雨便成冬。",
    "夜游金马碧鸡坊，再去大观楼看海鸥。",
])
def test_right_forms_not_flagged(rules, text):
    assert typos(rules, text) == []
