"""错字, seventeenth round: misspellings outside the lexicons, found by a word-probability test
(``detectors.content_typo_lm``), and a place misspelt in its named experience or reform (长厅经验, 三名医改:
``content_typo.named_model_slips``).

A character is reported when a sound-alike or look-alike in its place makes the best segmentation of a short window
(jieba's own route over its frequency table) clearly more probable (``MARGIN`` nats), the corrected word is a
dictionary word and the written span none, and the correction leaves no stray character beside it. Names, shop names,
quoted slang, formal abbreviations jieba lacks (视情, 专享, 含绒量) and places of the gazetteer written right are not
corrected.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors import content_typo_lm
from detectors.charsim import principal_sound_similar, sound_similar
from detectors.content_typo import TypoFinder, division_forms, load_terms, named_model_slips
from detectors.content_typo_lm import alike, probable_slips
from detectors.textnorm import fold, fold_with_offsets


@pytest.fixture(scope="module")
def finder():
    return TypoFinder(load_terms())


def _slips(text, places=None):
    return [(fold(text)[a:b], word) for a, b, word, _how, _gain in
            probable_slips(fold(text), division_forms() if places is None else places)]


@pytest.mark.parametrize("text, wrong, right", [
    ("泉州是21世纪海上丝稠之路的重要节点城市。", "丝稠", "丝绸"),
    ("全市归国华桥和侨眷代表参加座谈会。", "华桥", "华侨"),
    ("社区组织志愿者开展垃圾分类宣传，引导居民养成良好习贯。", "习贯", "习惯"),
    ("医院开通绿色通道，为老年患者提供便捷就医服雾。", "服雾", "服务"),
    ("县人民政府办工室关于做好冬季供暖工作的通知。", "办工室", "办公室"),
])
def test_improbable_spelling_is_corrected(finder, text, wrong, right):
    assert (wrong, right) in _slips(text)
    # …and the typo rule reports it (an earlier rule may report a longer span: 良好习贯, 人民政府办工室)
    assert any(wrong in h.wrong and right in h.correct for h in finder.find(text))


@pytest.mark.parametrize("text, wrong, right", [
    ("泉州是21世纪海上丝稠之路的重要节点城市。", "丝稠", "丝绸"),
    ("全市归国华桥和侨眷代表参加座谈会。", "华桥", "华侨"),
    ("医院开通绿色通道，为老年患者提供便捷就医服雾。", "服雾", "服务"),
])
def test_only_the_probability_layer_finds_these(finder, monkeypatch, text, wrong, right):
    assert [(h.wrong, h.correct) for h in finder.find(text)] == [(wrong, right)]
    monkeypatch.setattr(TypoFinder, "_improbable", lambda self, text, folded, offsets: [])
    # the list-free layers of the nineteenth round (content_typo19) find 丝稠之路 too, as an idiom-like set phrase
    monkeypatch.setattr(TypoFinder, "_list_free", lambda self, text, folded, offsets: [])
    assert finder.find(text) == []


@pytest.mark.parametrize("text", [
    "编辑：黎敏 审核：谭雪",  # a byline name stands alone
    "“蚝情万丈”海鲜档口今日开业。",  # a quoted shop name
    "遇恶劣天气时，我支队将视情对相关道路采取限行措施。",  # 视情: a formal abbreviation jieba lacks
    "请在本条微博下方评论转发。",
    "直播间专享价49元，下单即送礼品。",
    "购买羽绒服时要看含绒量和充绒量。",
    "长汀县红色旅游持续升温，游客来自全国各地。",  # a county of the gazetteer written right
    "汕头市举办潮汕美食节，吸引大批游客。",
    "学思践悟新思想，奋进新征程。",
    "我们的法律顾问将为您提供专业的法律咨询服务。",
    "摩托车增驾冬季班火热报名中。",  # 驾 / 加: a part left out is no look-alike for this layer
    "村民王祥西说，今年收成不错。",  # a person's name jieba lists (王祥喜) is never the correction
])
def test_real_words_jieba_lacks_are_left_alone(finder, text):
    assert _slips(text) == []
    assert finder.find(text) == []


def test_quoted_text_is_not_corrected():
    # the same slip inside quotation marks or a hashtag is a name or a slogan as far as this layer knows
    assert _slips("泉州是“海上丝稠之路”的重要节点城市。") == []
    assert _slips("#海上丝稠之路#重要节点城市泉州。") == []


def test_a_division_name_written_right_is_never_corrected():
    text = "全市归国华桥和侨眷代表参加座谈会。"
    assert _slips(text, frozenset()) == [("华桥", "华侨")]
    assert _slips(text, frozenset({"华桥"})) == []  # were 华桥 a place of the gazetteer, it would stand


def test_margin_decides(monkeypatch):
    text = "医院开通绿色通道，为老年患者提供便捷就医服雾。"
    (gain,) = [g for _a, _b, _w, _h, g in probable_slips(fold(text))]
    assert gain >= content_typo_lm.MARGIN
    monkeypatch.setattr(content_typo_lm, "MARGIN", gain + 0.5)
    assert probable_slips(fold(text)) == []


def test_sound_by_principal_reading_only():
    # 柴 is zi only in old texts, 单 chan only in 单于: every reading makes them sound-alikes, the principal does not
    assert sound_similar("籽", "柴") and not principal_sound_similar("籽", "柴")
    assert sound_similar("单", "产") and not principal_sound_similar("单", "产")
    assert alike("籽", "柴") is None
    assert alike("拍", "派") == "音近"
    assert alike("桥", "侨") == "形近"
    assert alike("渍", "水") is None  # a part left out (charsim.component_of) is not enough here


def test_function_characters_and_numerals_are_never_the_slip():
    # 的 → 第 would make 第二 (党的二十届…), 二 is a numeral
    assert _slips("深入学习贯彻党的二十届四中全会精神。") == []


# ---- a place's named experience or reform (content_typo.named_model_slips) ------------------------------------

@pytest.mark.parametrize("text, region, wrong, right", [
    ("代表团赴长汀县参观水土流失治理成果，学习长厅经验。", "", "长厅", "长汀"),  # the county named in the post
    ("我市持续推广三名医改经验，推进医联体建设。", "福建省三明市", "三名", "三明"),  # the account's own city
    ("晋江市民营企业座谈会上，大家畅谈进江经验。", "", "进江", "晋江"),
])
def test_misspelt_place_of_a_named_experience(finder, text, region, wrong, right):
    # (the lexicon lists 晋江经验 whole and reports the longer span)
    assert any(wrong in h.wrong and right in h.correct for h in finder.find(text, region=region))
    folded, offsets = fold_with_offsets(text)
    assert (wrong, right) in [(h.wrong, h.correct) for h in named_model_slips(text, folded, offsets, region)]


@pytest.mark.parametrize("text, region", [
    ("我市持续推广三名医改经验，推进医联体建设。", "浙江省杭州市"),  # 三明 named nowhere: 三名 stays
    ("总结推广成功经验和先进模式。", "福建省三明市"),
    ("学习浦江经验，践行新时代群众路线。", "浙江省金华市"),  # 浦江 is a county: written right
    ("各地交流乡村振兴经验，打造共同富裕样板。", "浙江省"),
])
def test_named_experience_left_alone(finder, text, region):
    assert finder.find(text, region=region) == []
