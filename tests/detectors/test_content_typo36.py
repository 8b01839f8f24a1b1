"""错字, thirty-sixth round (content-typo36): syllable-merge slips read anywhere, not only beside an improbable word
(``ImeModel.merges_anywhere``), with a division's name written for them left to the place the post or account is
(``content_typo._division_named``); weak slip relations held to a higher margin (``content_typo_ime.weak_relation``)
and words with a reading of their own left alone (``content_typo_ime._phrases``); a change with no slip relation that
makes the term's leading place a township's name (``_starts_with_other_place(towns=True)``); the feature-word swap asked
of places only (``_feature_word_swap``, ``_feature_swapped``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Tests that need the input
method's model skip with the reason when ``./run.sh setup`` has not fetched it (CI has it).
"""

from __future__ import annotations

import pytest

from detectors import content_typo_ime
from detectors.content_typo import (
    TypoFinder,
    TypoHit,
    _division_named,
    _feature_swapped,
    _feature_word_swap,
    _starts_with_other_place,
    division_form_places,
    load_terms,
)
from detectors.textnorm import fold

LM = content_typo_ime.load()
needs_model = pytest.mark.skipif(
    LM is None, reason="输入法语言模型或 kenlm 缺失（./run.sh setup 获取 libime-data-language-model 与 kenlm）")


@pytest.fixture(scope="module")
def finder():
    f = TypoFinder(load_terms())
    f.ime = LM
    return f


def slips(finder, text, region=""):
    return [(h.wrong, h.correct) for h in finder.find(text, region=region)]


def test_division_form_places_hold_the_division_and_the_one_above():
    table = division_form_places()
    assert {"西安市", "陕西省", "陕西"} <= table["西安"]
    assert "牡丹江" in table["西安"]  # 牡丹江市's 西安区 shares the short form
    assert "黑龙江" not in table["西安"]  # …but not all of its province


def test_division_named_reads_the_post_and_the_account():
    text = fold("各单位要勇于西安行，努力在全省作示范。")
    a = text.index("西安")
    assert not _division_named(text, a, a + 3, "")
    assert _division_named(text, a, a + 3, "陕西省西安市")  # an account of the city itself
    assert not _division_named(text, a, a + 3, "湖南省长沙市")
    other = fold("西安市代表团来访，双方同意勇于西安行。")
    b = other.rindex("西安")
    assert _division_named(other, b, b + 3, "")  # the post names the city elsewhere


@needs_model
def test_merge_slip_over_a_city_name_is_read_anywhere(finder):
    assert ("争西安", "争先") in slips(finder, "全区教育系统开展“争西安创优”活动，评选出优秀教师三十名。", "湖南省长沙市")
    assert ("率西安", "率先") in slips(finder, "我县在全市率西安完成农村公路提档升级。")


@needs_model
def test_merge_slip_over_a_city_name_stays_a_place_where_it_is_the_posts_own(finder):
    text = "全区教育系统开展“争西安创优”活动，评选出优秀教师三十名。"
    assert ("争西安", "争先") not in slips(finder, text, "陕西省西安市")
    assert ("争西安", "争先") not in slips(finder, "陕西省" + text)
    assert not [w for w, _c in slips(finder, "周末去哪儿？“西安行”旅游专列今日首发，沿途停靠八个站点。") if "西安" in w]
    assert not [w for w, _c in slips(finder, "代表团一行在西安考察学习先进经验，随后赴延安参观。") if "西安" in w]


@needs_model
def test_merges_anywhere_spares_a_quoted_name_but_reads_a_quoted_slogan():
    assert LM.merges_anywhere(fold("本周推出“西安行”栏目。")) == []
    found = LM.merges_anywhere(fold("开展“争西安创优、比学赶超”劳动竞赛。"))
    assert [(w, how) for _a, _b, w, how, _g in found] == [("争先", "拼音切分")]


def test_weak_relation():
    assert content_typo_ime.weak_relation("储", "促", "音近")  # chu / cu: the fuzzy pair only
    assert not content_typo_ime.weak_relation("员", "院", "音近")  # yuan / yuan
    assert not content_typo_ime.weak_relation("契", "锲", "音近")  # 契 reads qie too
    assert content_typo_ime.weak_relation("雪", "扫", "形近")  # one part in common, drawn unlike, read unlike
    assert not content_typo_ime.weak_relation("洒", "酒", "形近")  # drawn alike
    assert not content_typo_ime.weak_relation("惯", "贯", "形近")  # read alike
    assert not content_typo_ime.weak_relation("雪", "扫", "拼音切分")  # other relations are not graded here


def test_phrase_table_holds_words_written_as_meant():
    assert "支棱" in content_typo_ime._phrases()
    assert all(len(w) >= 2 for w in list(content_typo_ime._phrases())[:1000])


@needs_model
def test_real_words_the_model_lacks_are_not_corrected_by_a_weak_pair(finder):
    for text in ("入冬以来，全县组织清雪队伍连夜清雪，保障道路畅通。",
                 "要持续完善化肥产供储销体系，保障春耕用肥。",
                 "周一早上大家都支棱起来了，办公室一片忙碌。"):
        assert slips(finder, text) == [], text


@needs_model
def test_same_reading_and_near_glyph_corrections_still_stand(finder):
    assert [c for w, c in slips(finder, "走进大别山革名老区，重温红色记忆。") if "革名" in w and "革命" in c]
    folded = fold("一以惯之抓落实，推动工作取得实效")
    assert ("一以惯之", "一以贯之") in [(folded[a:b], w) for a, b, w, _h, _g in LM.slips(folded)]  # one part, one reading


def test_no_slip_relation_making_a_township_name_is_that_place():
    # 湖 → 梁 is no look-alike or sound-alike: with the term's frame the only evidence, a township's name there is that
    # township's own memorial
    assert _starts_with_other_place("南湖革命纪念馆", "南梁革命纪念馆", towns=True)
    assert not _starts_with_other_place("南湖革命纪念馆", "南梁革命纪念馆")  # towns are asked for 错字 only
    assert not _starts_with_other_place("南湖革命纪念馆", "南粱革命纪念馆", towns=True)  # 南粱 is no place


def test_feature_word_swap_is_asked_of_places_only():
    assert _feature_word_swap("七星山", "七星峰")
    assert not _feature_word_swap("七星峰", "七星锋")
    assert _feature_swapped(TypoHit(0, 3, "九华峰", "九华山", "形近", False))  # a place of jieba's dictionary
    # a correction that is no place: the string relation alone no longer excuses it
    assert not _feature_swapped(TypoHit(0, 4, "金山银海", "金山银山", "错字", False))
    assert not _feature_swapped(TypoHit(0, 3, "何立岭", "何立峰", "形近", True))  # a leader's name


def test_cut_short_needs_a_last_word_to_split():
    from detectors.content_typo import _cut_short, _last_word_long

    assert _last_word_long("全面建成小康社会")  # 小康社会 | 社会: the cut splits a word
    assert not _last_word_long("注册会计师法")  # 法 is a word of its own: 注册会计师 is whole
    assert _cut_short("全面建成小康社，", 7, "全面建成小康社", "全面建成小康社会")
    assert not _cut_short("报考注册会计师：", 7, "注册会计师", "注册会计师法")


def test_part_and_whole_read_alike_is_a_homophone_slip(finder):
    from detectors.content_typo import _read_alike

    assert _read_alike("以人民为中心", "以人民为忠心")  # 忠 / 中: zhong
    assert not _read_alike("社会救助", "社会求助")  # 求 qiu / 救 jiu: another word the text meant
    assert ("以人民为忠心", "以人民为中心") in slips(finder, "各级医院坚持以人民为忠心，改善患者就医体验。")
    assert not [w for w, _c in slips(finder, "遇到困难可以向社会求助，也可拨打热线。") if "求助" in w]


def test_level_character_written_as_a_common_word_is_that_word(finder):
    text = "古城书院始建于明代，是诗人寓居儋州时讲学之所。▶ 儋州市文旅活动一览"
    assert not [w for w, _c in slips(finder, text, "海南省儋州市") if "儋州" in w]
    assert ("刘阳市", "浏阳市") in slips(finder, "刘阳市文旅局发布冬季出游提示。", "湖南省长沙市")
