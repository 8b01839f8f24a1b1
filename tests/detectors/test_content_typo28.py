"""错字, twenty-eighth round (content-typo28): the formal terms' own syllable-boundary slips (``TermCuts``: a term of the
lexicon with the letters of one or two syllables cut another way by the input method — 预案 yu'an typed as yuan, 先
xian as xi'an) and a common idiom with one adjacent pair written as another word of the same sound
(``idiom_pair_slips``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has positive
sentences and hard negatives.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo_split import TermCuts
from detectors.content_typo_verse import idiom_pair_slips


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026) if h.cls == "typo"]


# ---- TermCuts: a correct form's letters cut another way -------------------------------------------------------------
def test_two_syllables_merged_into_one_character():
    cuts = TermCuts(["防汛应急预案"])
    assert cuts.slips("县里印发防汛应急元，请遵照执行") == [(4, 9, "防汛应急预案", (8, 9))]
    assert cuts.slips("县里印发防汛应急院。") == [(4, 9, "防汛应急预案", (8, 9))]


def test_one_syllable_split_into_a_word_of_two():
    cuts = TermCuts(["先行先试改革"])
    assert cuts.slips("推进西安行先试改革工作") == [(2, 9, "先行先试改革", (2, 4))]


def test_boundary_moved_between_two_syllables():
    cuts = TermCuts(["安置方案编制"])
    assert cuts.slips("做好安置反感编制工作") == [(2, 8, "安置方案编制", (4, 6))]


def test_the_correct_form_and_other_characters_are_no_slip():
    cuts = TermCuts(["防汛应急预案", "先行先试改革"])
    assert cuts.slips("县里印发防汛应急预案，请遵照执行") == []
    assert cuts.slips("推进先行先试改革工作") == []
    # the kept characters must stand as the term writes them: 防讯 is another slip, not this one
    assert cuts.slips("县里印发防讯应急员") == []


def test_two_written_characters_must_make_a_word():
    # 先 split as xi + an: 夕安 is no word an input method offers for the letters
    assert TermCuts(["先行先试改革"]).slips("推进夕安行先试改革") == []


def test_edge_window_making_a_word_beyond_is_the_texts_own():
    # 院 at the start of 预案管理制度 reads with the 医 before it: 医院管理制度 is no slip of the term
    cuts = TermCuts(["预案管理制度"])
    assert cuts.slips("完善医院管理制度") == []
    assert cuts.slips("完善应急元管理制度") == [(4, 9, "预案管理制度", (4, 5))]


def test_short_terms_are_not_generated():
    assert TermCuts(["先行区"]).slips("建设西安行区") == []


def test_screener_reports_a_lexicon_term_cut_another_way(rules):
    assert ("应急元", "应急预案") in typos(rules, "区应急管理局组织修订《区防汛应急元》，明确各部门职责。")
    assert ("深圳西安行示范区", "深圳先行示范区") in typos(rules, "全力建设深圳西安行示范区，推动改革落地见效。")


def test_screener_leaves_correct_prose_alone(rules):
    assert typos(rules, "区应急管理局组织修订《区防汛应急预案》，明确各部门职责。") == []
    assert typos(rules, "西安行政学院举办专题培训班。") == []
    assert typos(rules, "市第一人民医院管理制度汇编印发。") == []


# ---- idiom_pair_slips: an idiom's adjacent pair written as another word of the same sound -------------------------
def test_idiom_pair_written_as_a_same_sound_word():
    assert idiom_pair_slips("各单位务必居安思危、未雨筹谋。") == [(10, 14, "未雨绸缪", "音近")]


def test_idiom_pair_negatives():
    assert idiom_pair_slips("各单位务必未雨绸缪。") == []
    assert idiom_pair_slips("专栏“未雨筹谋”第三期") == []  # quoted: a play on the idiom
    # same letters, but 愁眸 is no dictionary word: an input method offers words for two syllables typed together
    assert idiom_pair_slips("各单位务必未雨愁眸。") == []


def test_screener_reports_the_idiom_pair(rules):
    assert ("未雨筹谋", "未雨绸缪") in typos(rules, "汛期将至，各乡镇要未雨筹谋，提前转移危险区群众。")


# ---- a place's named history and sights: X起义, X纪念馆, X古城 … after a division's short form misspelt ------------
def test_place_misspelt_before_its_uprising_when_the_post_names_it(rules):
    assert ("白色", "百色") in typos(rules, "百色市今天晴，白色起义纪念馆照常开放。")


def test_place_word_before_a_sight_without_the_place_named_is_no_slip(rules):
    assert typos(rules, "今天南宁晴，白色起义纪念馆开放。") == []  # 百色 named nowhere, not the account's own
    assert typos(rules, "遵义市今日多云，红色旧址游客较多。") == []  # 红色 is one off no short form named here


def test_merged_syllables_as_a_persons_noun_are_a_word():
    # 员 for the last two syllables makes an agent noun of what is kept (a worker), not the document misspelt
    assert TermCuts(["防汛应急预案"]).slips("防汛应急员要熟悉预案内容") == []


def test_a_correct_form_inside_the_kept_characters_leaves_the_slip(rules):
    # 一个中国 (a correct form of its own) stands inside the kept characters: only a correct form over the changed
    # characters excuses the span; a numeral kept is compared as written
    assert ("一个中国预案则", "一个中国原则") in typos(rules, "各方应恪守一个中国预案则，这是国际社会的普遍共识。")
    assert TermCuts(["一个中国原则"]).slips("恪守三个中国预案则") == []
