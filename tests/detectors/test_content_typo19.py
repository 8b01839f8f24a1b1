"""错字, nineteenth round (content-typo19): typo mechanisms that need no list of slips — syllable-boundary slips of
pinyin input, set poems' lines and idioms one character off, a place name's last character doubled, a unit's head
noun misspelt by sound.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has positive
sentences and hard negatives: the right form, the written word in a context where it is right, a deliberate change in
quotation marks, ordinary text that looks like the pattern.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo_double import double_slips
from detectors.content_typo_heads import head_slips
from detectors.content_typo_split import _cut_twice, boundary_slips, syllables
from detectors.content_typo_verse import idiom_slips, set_lines, verse_slips
from detectors.textnorm import fold


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026) if h.cls == "typo"]


# ---- syllable-boundary slips (content_typo_split) ------------------------------------------------------------------
def test_syllable_table_is_pinyin():
    table = syllables()
    assert {"fang", "an", "fan", "gan", "yuan", "yu", "xi", "xian", "zhuang", "lv"} <= table
    assert not {"m", "n", "ng", "hm"} & table  # interjections without a vowel are not typed as syllables
    assert _cut_twice(("fang", "an")) and _cut_twice(("yu", "an")) and _cut_twice(("xi", "an"))
    assert not _cut_twice(("shi", "shi"))  # 实施: shishi has one cut only (gong zuo is gong zu o too)


@pytest.mark.parametrize("text, wrong, right", [
    # the corrected word completes a dictionary word with the written characters beside it
    ("市卫健委关于印发《冬季传染病防控实施反感》的通知", "反感", "方案"),
    ("退役军人人事单干转递须通过机要渠道办理。", "单干", "档案"),
    # the post writes it right elsewhere (title slipped, body right)
    ("关于修订森林火灾应急员的通知：现对我县森林火灾应急预案作相应修订，请于月底前反馈。", "员", "预案"),
    ("我镇举行防汛抢险实施反感培训会。会上解读了防汛抢险实施方案的主要内容。", "反感", "方案"),
])
def test_boundary_slips_found(rules, text, wrong, right):
    found = boundary_slips(fold(text))
    assert [(fold(text)[a:b], w) for a, b, w in found][:1] == [(wrong, right)]
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "部分群众对噪音扰民现象比较反感，城管部门已约谈施工单位。",  # 反感 is the word meant
    "改革开放前，也有农户单干的现象。",  # 单干 in its own sense
    "本方案由县应急管理局负责解释，应急员要熟悉方案内容。",  # 方案 written right, 应急员 with no 应急预案 anywhere
    "西安市文旅局发布冬季旅游线路。先到碑林，再去大雁塔。",  # 西安 and 先 both right
    "各单位要认真落实实施方案，确保各项措施落地见效。",
])
def test_boundary_slips_not_found(text):
    assert boundary_slips(fold(text)) == []


# ---- set poems and idioms (content_typo_verse) ------------------------------------------------------------------------
def test_set_lines_loaded():
    lines = set_lines()
    assert len(lines) > 500
    assert {"淡妆浓抹总相宜", "春风又绿江南岸", "谁知盘中餐", "先天下之忧而忧"} <= lines
    assert all(len(line) >= 5 for line in lines)


@pytest.mark.parametrize("text, wrong, right", [
    ("春游时节，同学们齐声背诵“春风又绿江南案，明月何时照我还”。", "春风又绿江南案", "春风又绿江南岸"),  # sound
    ("光盘行动倡议：谁知盘中餐，粒粒皆心苦。", "粒粒皆心苦", "粒粒皆辛苦"),  # sound
    ("登上城楼，才懂得“欲穷千里目，更上一屋楼”的意境。", "更上一屋楼", "更上一层楼"),  # shape
])
def test_verse_slips_found(rules, text, wrong, right):
    folded = fold(text)
    assert [(folded[a:b], line) for a, b, line, _ in verse_slips(folded)] == [(wrong, right)]
    # reported by this layer or, where the lexicon holds the saying (谁知盘中餐，粒粒皆辛苦), by the lexicon's rule
    assert any(wrong in w and right in c for w, c in typos(rules, text))


@pytest.mark.parametrize("text", [
    "欲把西湖比西子，淡妆浓抹总相宜。",  # right
    "鱼戏莲叶东，鱼戏莲叶西，鱼戏莲叶南，鱼戏莲叶北。",  # set lines one character apart from each other
    "广告语“春风十里不如你，淡妆浓抹总相依”引发热议。",  # a changed line quoted with more: a slogan, not a slip
    "谁知盘中餐，粒粒皆辛苦。",
    "各地春风又绿，江南岸边游人如织。",  # the characters cut by punctuation
])
def test_verse_slips_not_found(text):
    assert verse_slips(fold(text)) == []


@pytest.mark.parametrize("text, wrong, right", [
    ("社区网格员始终坚持全新全意为居民服务。", "全新全意", "全心全意"),
    ("全体干部一如继往地支持乡村振兴工作。", "一如继往", "一如既往"),
])
def test_idiom_slips_found(rules, text, wrong, right):
    folded = fold(text)
    assert [(folded[a:b], w) for a, b, w, _ in idiom_slips(folded)] == [(wrong, right)]
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "请于12月底前完成系统改造。",  # 月底 across the window's edge, not 提前完成
    "运动会上，孩子们奋勇拼搏、团结友爱。",  # two common words, not 奋力拼搏
    "宁可十防九空，不可失防万一。",  # the saying as it is: 失 / 以 share a rare reading only
    "本店推出“骑乐无穷”骑行套餐。",  # a pun in quotation marks
    "他全心全意为人民服务。",
])
def test_idiom_slips_not_found(text):
    assert idiom_slips(fold(text)) == []


# ---- a place name's last character doubled (content_typo_double) ------------------------------------------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("今年前三季度，舟山山港集装箱吞吐量同比增长。", "舟山山港", "舟山港"),
    ("从温州州站出发的动车将加开两趟。", "温州州站", "温州站"),
])
def test_double_slips_found(rules, text, wrong, right):
    folded = fold(text)
    assert [(folded[a:b], w) for a, b, w in double_slips(folded)] == [(wrong, right)]
    assert any(w == wrong for w, _ in typos(rules, text))


@pytest.mark.parametrize("text", [
    "舟山山区今天有小雨，黄山山顶出现雾凇。",  # 山区, 山顶: the second character starts a word
    "上海海关查获一批走私冻品。",
    "微山湖湖蟹上市了。",  # no place word after the pair
    "这里山山水水都是风景。",
])
def test_double_slips_not_found(text):
    assert double_slips(fold(text)) == []


# ---- a unit's head noun misspelt by sound (content_typo_heads) ---------------------------------------------------------
def test_head_slip_found(rules):
    text = "展览回顾了新四军苏中游击纵对的战斗历程。"
    folded = fold(text)
    assert [(folded[a:b], w) for a, b, w in head_slips(folded)] == [("纵对", "纵队")]
    assert ("纵对", "纵队") in typos(rules, text)


@pytest.mark.parametrize("text", [
    "1934年，国民党军对中央苏区发动第五次“围剿”。",  # 军 is a word of its own: 对 is the preposition
    "平台公布的社区规范中对站外导流作了限制。",
    "要加大对中小企业的支持力度。",
    "新四军浙东游击纵队在四明山区坚持斗争。",
])
def test_head_slip_not_found(text):
    assert head_slips(fold(text)) == []
