"""Name normalisation and each similarity layer, with Chinese examples and hostile input."""

from __future__ import annotations

import pytest

from detectors.names import (
    analyse_name,
    compare_names,
    is_shape_similar,
    latin_initials_keys,
    latin_match,
    normalize_name,
    same_sound,
    shape_neighbours,
)


def match(candidate: str, registered: str):
    return compare_names(analyse_name(candidate), analyse_name(registered))


@pytest.mark.parametrize("raw, expected", [
    ("山东发布", "山东发布"),
    ("山東發佈", "山东发布"),  # traditional → simplified
    ("【官方】山东发布✅", "山东发布"),  # brackets, badge emoji, decoration
    ("山东发布官方微博", "山东发布"),  # stacked decorations
    ("山东发布V", "山东发布"),  # blue-V imitation
    ("2024山东发布", "山东发布"),  # year
    ("山\u200d东\u200b发布", "山东发布"),  # zero-width joiner / space
    ("山 东　发 布", "山东发布"),  # ASCII and ideographic spaces
    ("ＳＤ发布", "sd发布"),  # full-width Latin, lower-cased
    ("济南公安🚓", "济南公安"),  # emoji
    ("\u202e布发东山", "山东发布"),  # right-to-left override: compare what is shown
    ("官方", "官方"),  # a decoration alone is not stripped to nothing
])
def test_normalize(raw, expected):
    assert normalize_name(raw) == expected


def test_custom_decorations():
    assert normalize_name("济南公安服务窗", ["服务窗"]) == "济南公安"
    assert normalize_name("济南公安服务窗", []) == "济南公安服务窗"


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "\u200d\u200d", "🔥🔥🔥", "", "\x00\x07",
                                     "a" * 10000, "山东\u202e\u202d发布", "'; DROP TABLE accounts; --"])
def test_hostile_names_do_not_crash(hostile):
    form = analyse_name(hostile)
    assert "<" not in form.core and ">" not in form.core
    assert all(c.isalnum() for c in form.core)
    compare_names(form, analyse_name("山东发布"))


def test_non_text_names():
    assert normalize_name(None) == "" and normalize_name(12345) == "12345"


def test_script_tag_is_not_a_match():
    assert match("<script>alert(1)</script>", "山东发布") is None


def test_identical_and_normalised_layers():
    m = match("山东发布", "山东发布")
    assert m.layer == "identical" and m.score >= 0.9
    m = match("山东发布官方", "山东发布")
    assert m.layer == "normalised" and "名称仅多后缀“官方”" in m.reasons
    m = match("山東發佈", "山东发布")
    assert m.layer == "normalised" and any(r.startswith("繁体字替换：") and "發→发" in r for r in m.reasons)
    m = match("济南\u200d公安", "济南公安")
    assert any("U+200D" in r for r in m.reasons)


def test_shape_layer_uses_the_data_table():
    assert "末" in shape_neighbours("未") and is_shape_similar("己", "已")
    m = match("山东发市", "山东发布")
    assert m.layer == "shape" and "形近字替换：布→市" in m.reasons


def test_sound_layer_scores_a_different_tone_lower():
    assert same_sound("山", "陕") is None  # shan1 / shan3
    m = match("陕西发布", "山西发布")  # a real 陕西 account is platform-verified and never compared
    assert m.layer == "sound" and m.score < match("济楠发布", "济南发布").score and "声调不同" in m.reasons[-1]
    assert match("日照法布", "日照发布").layer == "sound"  # fa3 / fa1
    m = match("济楠发布", "济南发布")
    assert m.layer == "sound" and any("同音字替换：南→楠" in r and "nan2" in r for r in m.reasons)
    assert match("彬州发布", "滨州发布").layer == "sound"  # same pinyin: only verification tells them apart


def test_level_word_layer():
    m = match("山东省发布", "山东发布")
    assert m.layer == "level" and "插入行政级别字“省”" in m.reasons
    assert match("济南公安", "济南市公安").layer == "level"


def test_pinyin_and_initials_layers():
    assert match("shandongfabu", "山东发布").layer == "pinyin"
    assert match("ShanDong发布", "山东发布").layer == "pinyin"
    m = match("SD发布", "山东发布")
    assert m.layer == "initials" and m.score < 0.8
    assert latin_match("shanxifabu", "山东发布") is None
    assert "sdfb" in latin_initials_keys("shandongfabu")


def test_swap_drop_insert_layers():
    assert match("东山发布", "山东发布").layer == "swap"
    m = match("济南卫委", "济南卫健委")
    assert m.layer == "drop" and "名称少了一个字“健”" in m.reasons
    m = match("济南发布会", "济南发布")
    assert m.layer == "insert" and m.score < 0.6  # never enough on its own


def test_edit_distance_is_last_and_weak():
    m = match("济源发布", "济南发布")  # a genuine neighbour, not a substitution of the same shape or sound
    assert m.layer == "edit" and m.score < 0.5
    assert match("广州吃喝玩乐", "广州发布") is None or match("广州吃喝玩乐", "广州发布").score < 0.5
    assert match("青岛啤酒", "山东发布") is None


def test_blocking_finds_every_family_and_skips_unrelated_names():
    from detectors.name_index import NameIndex
    registry = ["山东发布", "济南公安", "山东省济南市卫健委", "广州发布", "深圳交警"]
    index = NameIndex([analyse_name(n) for n in registry])
    expect = {"山東發佈": 0, "山东发市": 0, "山东省发布": 0, "shandongfabu": 0, "SD发布": 0, "东山发布": 0,
              "济南公": 1, "济南公安局": 1, "山东济南卫健委": 2, "廣州發佈✅": 3, "深圳交警\u200d": 4}
    for name, position in expect.items():
        assert position in index.block(analyse_name(name)), name
    assert index.block(analyse_name("青岛啤酒")) == set()
    ci, ri = index.pairs([analyse_name("深圳交警"), analyse_name("烟台苹果")])
    assert list(zip(ci.tolist(), ri.tolist())) == [(0, 4)]
    sims = index.similarities(["深圳交警"], ci[:1], ri[:1])
    assert sims[0] == 1.0


def test_bare_place_name_is_not_an_imitation_of_a_decorated_name():
    assert match("济南", "济南新闻").score < 0.6
    assert match("济南新闻✅", "济南新闻").score >= 0.9
