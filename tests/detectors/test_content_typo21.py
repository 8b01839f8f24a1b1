"""错字, twenty-first round (content-typo21): inventories of correct forms — the famous anthologies (唐诗三百首,
宋词三百首, 千家诗) as set lines, a quotation misquoting two lines of one poem, county-level stems without their level
word (雨花台 of 雨花台区), a short term with a sound-alike edge written right elsewhere in the post (中山陵), and the
names of departments' campaigns and slogans (明厨亮灶, 勇挑大梁).

Every sentence here was written for these tests (none is taken from the evaluation sets); each mechanism has hard
negatives: the right form, the same characters read as other words, a fuzzy sound only, a stem before a zone word.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo import county_stems, rare_twin_slips
from detectors.content_typo_verse import CLASSICAL, famous_lines, set_lines, verse_slips
from detectors.textnorm import fold, fold_with_offsets


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text, region=""):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


# ---- famous anthologies (data/famous_verses.txt) -------------------------------------------------------------------
def test_famous_lines_loaded():
    lines = famous_lines()
    assert len(lines) > 4000
    assert {"二十四桥明月夜", "青山隐隐水迢迢", "此情可待成追忆", "身无彩凤双飞翼"} <= lines
    # lines of the school poems stay the school's (famous_lines holds the rest of the anthologies)
    assert {"烟笼寒水月笼沙", "明月几时有", "众里寻他千百度"} <= set_lines()
    assert lines <= set_lines()
    assert not any(c in CLASSICAL for line in lines for c in line)  # 折戟沈沙: the classical form is left out


@pytest.mark.parametrize("text, wrong, right", [
    ("夜游古运河，正是“烟龙寒水月笼沙”的意境。", "烟龙寒水月笼沙", "烟笼寒水月笼沙"),  # sound (笼 → 龙)
    ("东坡先生写道：但愿人长久，千里共蝉娟。", "千里共蝉娟", "千里共婵娟"),  # shape (婵 → 蝉)
    ("青山隐隐水迢迢，秋尽江南草未雕。", "秋尽江南草未雕", "秋尽江南草未凋"),  # sound (凋 → 雕)
    ("草原上天苍苍，野茫茫，风吹草低现牛羊。", "风吹草低现牛羊", "风吹草低见牛羊"),  # 见 / 现 is no edition pair
])
def test_famous_line_slips(rules, text, wrong, right):
    folded = fold(text)
    assert [(folded[a:b], line) for a, b, line, _ in verse_slips(folded)] == [(wrong, right)]
    assert any(wrong in w and right in c for w, c in typos(rules, text))


@pytest.mark.parametrize("text", [
    "折戟沉沙铁未销，自将磨洗认前朝。",  # today's 沉 where the corpus writes 沈
    "银烛秋光冷画屏，轻罗小扇扑流萤。",  # one edition of 秋夕 (红烛 in the other): both are set lines
    "烟笼寒水月笼沙，夜泊秦淮近酒家。商女不知亡国恨，隔江犹唱后庭花。",
    "但愿人长久，千里共婵娟。今年中秋，全市共发放慰问金二百万元。",
    "东风夜放花千树，更吹落、星如雨。",
    "钟鼓馔玉不足贵，但愿长醉不复醒。古来圣贤皆寂寞，唯有饮者留其名。",  # 惟 / 唯: editions differ
    "千金散尽还复来。莫使金尊空对月。",  # 尊 / 樽: editions differ
    "广告牌上写着“烟笼寒水月笼沙，夜泊秦淮吃大虾”，引来游客拍照。",  # a changed line quoted with more: a pun
])
def test_famous_lines_not_found(text):
    assert verse_slips(fold(text)) == []


def test_quotation_with_two_misquoted_lines(rules):
    """Two lines of one quoted poem each one character off: the other misquoted line is no 'more' in the quotation."""
    text = "导游说：“少小离家老大回，乡音无改鬓毛衰。儿童相见不相试，笑问客从何处来。”说的正是游子心境。"
    assert typos(rules, text) and any("儿童相见不相试" in w for w, _ in typos(rules, text))
    text = "“羌笛何须怨扬柳，春风不度玉门官”，这首诗写尽了边塞风光。"
    folded = fold(text)
    assert [folded[a:b] for a, b, _, _ in verse_slips(folded)] == ["羌笛何须怨扬柳", "春风不度玉门官"]


# ---- county-level stems (content_typo.county_stems) ---------------------------------------------------------------
def test_county_stems():
    stems = county_stems()
    assert "雨花台" in stems and "南京" in stems["雨花台"] and "石景山" in stems
    assert all(len(s) >= 3 for s in stems)
    assert "江宁" not in stems  # two characters: a word as often as a district


@pytest.mark.parametrize("text, region, wrong, right", [
    ("地铁新线开通后，将连接江宁、雨化台两个城区。", "江苏省南京市", "雨化台", "雨花台"),
    ("周末去门头勾的古道走一走，感受京西风光。", "北京市", "门头勾", "门头沟"),
])
def test_county_stem_slips(rules, text, region, wrong, right):
    assert (wrong, right) in typos(rules, text, region)


@pytest.mark.parametrize("text, region", [
    ("地铁新线开通后，将连接江宁、雨花台两个城区。", "江苏省南京市"),  # right
    ("地铁新线开通后，将连接江宁、雨化台两个城区。", "广东省广州市"),  # not the province's post, no place named
    ("门头沟区今冬供暖工作有序推进。", "北京市"),
])
def test_county_stems_not_found(rules, text, region):
    assert not [t for t in typos(rules, text, region) if t[1] in ("雨花台", "门头沟")]


# ---- a short term written right elsewhere (content_typo._term_written_elsewhere) ------------------------------------
def test_short_term_edge_written_elsewhere(rules):
    text = "清晨登中山凌祭堂，远眺紫金山。游览中山陵请提前预约。"
    assert ("中山凌", "中山陵") in typos(rules, text)


@pytest.mark.parametrize("text", [
    "清晨登中山凌祭堂，远眺紫金山。",  # the right form nowhere in the post: the edge guard stands
    "韶关市发布冬季农业生产指导意见。韶关丝苗米获评地理标志产品。",  # a fuzzy sound only (si / shi)
    "中山陵景区发布公告。中山凌晨时分气温较低，请游客注意保暖。",  # 凌晨 is a word: the text's own
])
def test_short_term_edge_not_found(rules, text):
    assert not [t for t in typos(rules, text) if t[1] in ("中山陵", "韶关市")]


# ---- campaign names and slogans (formal_terms.txt, 第二十一轮) ------------------------------------------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("区市场监管局推动学校食堂“明厨亮照”全覆盖。", "明厨亮照", "明厨亮灶"),
    ("我县制造业要在稳增长中勇挑大粱。", "勇挑大粱", "勇挑大梁"),
    ("今年我市将全面推行路长治，落实道路管护责任。", "路长治", "路长制"),
])
def test_campaign_slips(rules, text, wrong, right):
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "区市场监管局推动学校食堂“明厨亮灶”全覆盖。",
    "青年干部要敢于挑重担、勇挑大梁。",
    "县农业农村局部署春耕备耕和三夏生产工作，倡导光盘行动、文明餐桌。",
    "本市全面推行路长制，街巷长制同步实施。",
])
def test_campaign_names_right(rules, text):
    assert typos(rules, text) == []


# ---- a rare dictionary twin of a word written right in the post (content_typo.rare_twin_slips) ----------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("湿地公园的糜鹿群冬季迁徙。园区现有麋鹿三百余头，游客请勿投喂。", "糜鹿", "麋鹿"),
    ("全市运输企业开展冬季安全检查，严查违规运数危险品行为。", "运数", "运输"),
])
def test_rare_twin_found(rules, text, wrong, right):
    folded, offsets = fold_with_offsets(text)
    assert [(h.wrong, h.correct) for h in rare_twin_slips(text, folded, offsets)] == [(wrong, right)]
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "湿地公园的糜鹿群冬季迁徙，游客请勿投喂。",  # the right word nowhere in the post
    "个体工商户既要管好财务，又要处理账务报表。",  # 账务 is a word of its own (jieba 15)
    "直播间下单立享优惠？各单位要提醒职工核实商家资质，保护自身权益。",  # 下单 + 立享, not 单位
    "市场监管部门提醒：“运数”是错误写法，正确写法是运输。",  # quoted to be put right
])
def test_rare_twin_not_found(text):
    folded, offsets = fold_with_offsets(text)
    assert rare_twin_slips(text, folded, offsets) == []


def test_short_term_edge_after_a_word(rules):
    """The span's first characters pairing with the text before it (从中) do not hide a changed last character."""
    text = "从中山凌北门拾级而上，两侧雪松苍翠。中山陵陵寝周一闭馆。"
    assert ("中山凌", "中山陵") in typos(rules, text)


@pytest.mark.parametrize("text", [
    "本通知所称重点单位，通指辖区内人员密集场所。",  # 通指: an abbreviation of jieba's (j), a word of its own
    "规定期间届满后，期日另行通知。",  # 期日: a time word (t)
])
def test_rare_twin_own_words(text):
    folded, offsets = fold_with_offsets(text)
    assert rare_twin_slips(text, folded, offsets) == []
