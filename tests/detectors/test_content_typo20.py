"""错字, twentieth round (content-typo20): a reduplicated pair changed as one (久久为功 → 酒酒为功, 兢兢业业 → 竞竞业业),
a set saying's word replaced by an everyday word (防患于未然 → 防范于未然), a short term's edge written by sound where the
post writes the term's own word elsewhere (黄帝 … 皇帝陵), a character doubled inside a three-character name or a common
dictionary word (国歌歌法, 博物物馆), and the new lexicon sections (习语, 名胜俗语, 地方名吃, 科技创新平台); a character
left out whose neighbours make a plainer word of their own (森林草原防火) is no slip.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has positive
sentences and hard negatives: the right form, the written word in a context where it is right, ordinary text that
looks like the pattern.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo import fixed_sayings, load_terms
from detectors.content_typo_double import inner_double_slips
from detectors.content_typo_verse import idiom_slips


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026) if h.cls == "typo"]


# ---- a reduplicated pair changed as one ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("防沙治沙贵在酒酒为功，一任接着一任干。", "酒酒为功", "久久为功"),
    ("全体干部牢记段段嘱托，奋力谱写新篇章。", "段段嘱托", "殷殷嘱托"),
    ("我们要以盯盯子精神抓落实，确保项目按期完工。", "盯盯子精神", "钉钉子精神"),
])
def test_reduplicated_term_slip_found(rules, text, wrong, right):
    assert any(wrong in w and right in c for w, c in typos(rules, text)), typos(rules, text)


def test_reduplicated_idiom_slip_found(rules):
    text = "广大基层干部竞竞业业、任劳任怨，守护一方平安。"
    assert ("竞竞业业", "兢兢业业") in typos(rules, text)
    assert [(text[a:b], idiom) for a, b, idiom, _ in idiom_slips(text)] == [("竞竞业业", "兢兢业业")]


@pytest.mark.parametrize("text", [
    "全体干部牢记殷殷嘱托，奋力谱写新篇章。",
    "防沙治沙贵在久久为功，一任接着一任干。",
    "九九重阳节，社区为老人送上长寿面。",
    "广大基层干部兢兢业业、任劳任怨。",
    "他们轰轰烈烈地干了一场，好好学习，天天向上。",
])
def test_reduplicated_not_found(rules, text):
    assert typos(rules, text) == []


# ---- a set saying's word replaced by an everyday word -------------------------------------------------------------
def test_fixed_sayings_are_jieba_idioms():
    sayings = fixed_sayings()
    assert "防患于未然" in sayings and "未雨绸缪" in sayings
    assert "防范风险" not in sayings and all(len(w) >= 4 for w in sayings)


def test_saying_word_replaced_found(rules):
    text = "汛期将至，各乡镇务必防范于未然，提前转移低洼地带群众。"
    assert ("防范于未然", "防患于未然") in typos(rules, text)


@pytest.mark.parametrize("text", [
    "汛期将至，各乡镇务必防患于未然，提前转移低洼地带群众。",
    "要把防范风险挺在前面，做到未雨绸缪。",
])
def test_saying_word_not_found(rules, text):
    assert typos(rules, text) == []


# ---- a short term's edge written by sound, the term's own word right elsewhere in the post ------------------------
def test_edge_sound_with_right_word_elsewhere(rules):
    text = "轩辕黄帝是中华人文始祖，每年清明，海内外华人齐聚皇帝陵举行公祭。"
    assert ("皇帝陵", "黄帝陵") in typos(rules, text)


@pytest.mark.parametrize("text", [
    "每年清明，海内外华人齐聚皇帝陵举行公祭。",  # the post never writes 黄帝: 皇帝 may be meant
    "历代皇帝陵寝多在关中，而黄帝陵在桥山。",  # 陵寝 reads on as a word
    "明十三陵是明朝皇帝陵墓群，炎帝、黄帝则是人文始祖。",
])
def test_edge_sound_without_support_not_found(rules, text):
    assert typos(rules, text) == []


# ---- a character doubled inside a three-character name or a common word ---------------------------------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("各校组织学生学习宪法和国歌歌法，规范升旗仪式。", "国歌歌法", "国歌法"),
    ("周末带孩子参观省博物物馆，了解家乡历史。", "博物物馆", "博物馆"),
    ("市人民代表大会常务委员员会召开主任会议。", "委员员会", "委员会"),
])
def test_inner_double_found(rules, text, wrong, right):
    assert any(wrong in w and right in c for w, c in typos(rules, text)), typos(rules, text)


@pytest.mark.parametrize("text", [
    "大学生生活丰富多彩，社团活动很多。",
    "市委常委委员分别发言。",
    "坚持人民民主专政。",
    "好好学习，天天向上。",
    "这里山山水水都很美。",
    "中国国家博物馆馆长出席开幕式。",
    "研究员员工宿舍正在改造。",
])
def test_inner_double_not_found(rules, text):
    assert inner_double_slips(text) == []
    assert typos(rules, text) == []


# ---- a left-out character whose neighbours make a plainer word ------------------------------------------------------
def test_dropped_joins_word_not_reported(rules):
    assert typos(rules, "今冬明春是森林草原防火关键期，全市严禁野外用火。") == []


def test_dropped_inside_word_still_reported(rules):
    # 国产 is a word, but 国 belongs to 中国: a slip of 中国共产党
    assert ("中国产党", "中国共产党") in typos(rules, "始终坚持中国产党的领导。")


# ---- the twentieth round's lexicon sections -----------------------------------------------------------------------
def test_new_sections_loaded():
    forms = {t.correct for t in load_terms()}
    for form in ("砥砺前行", "殷殷嘱托", "自古华山一条路", "桂林山水甲天下", "肉夹馍", "螺蛳粉", "过桥米线", "秦创原",
                 "紫金山实验室"):
        assert form in forms, form
    # 戮力同心 and 勠力同心 are both accepted: neither is listed, so neither is reported as the other
    assert "勠力同心" not in forms and "戮力同心" not in forms


@pytest.mark.parametrize("text, wrong, right", [
    ("退役不褪色，砥励奋进新征程。", "砥励奋进", "砥砺奋进"),
    ("来柳州一定要尝一碗螺丝粉，酸辣鲜香。", "螺丝粉", "螺蛳粉"),
    ("游客登山前请记住：自古华山一条陆，量力而行。", "自古华山一条陆", "自古华山一条路"),
    ("市场监管部门抽检了肉夹膜、凉皮等小吃的原料。", "肉夹膜", "肉夹馍"),
    ("旅客可从肖山国际机场乘坐大巴直达景区。", "肖山国际机场", "萧山国际机场"),
    ("暑期到莫千山避暑的游客明显增多。", "莫千山", "莫干山"),
])
def test_new_sections_found(rules, text, wrong, right):
    assert (wrong, right) in typos(rules, text), typos(rules, text)


@pytest.mark.parametrize("text", [
    "退役不褪色，砥砺奋进新征程。",
    "来柳州一定要尝一碗螺蛳粉，酸辣鲜香。",
    "自古华山一条路，冬季登山更要注意安全。",
    "全市上下戮力同心、攻坚克难。",
    "鄱阳湖大闸蟹膏满黄肥。",
    "旅客可从萧山国际机场或新郑国际机场转机。",
    "暑期到莫干山避暑的游客明显增多。",
])
def test_new_sections_right_forms_not_found(rules, text):
    assert typos(rules, text) == []
