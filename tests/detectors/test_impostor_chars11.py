"""Issue #12, ninth session: hotline numbers read aloud (幺两洞拐勾), the sound and shape of the traditional character a
name wrote (乾 simplified to 干 still reads qián), and two changed characters of which one still makes a word.
Names written for these tests (registered-style names of places outside the evaluation parts, real other places from
the gazetteer as hard negatives); none is taken from an evaluation part."""

from __future__ import annotations

import pytest

from detectors.names import analyse_name, compare_names
from detectors.textnorm import numeral_runs
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("潜山发布", "潜山市人民政府新闻办公室", "r1", "安徽省安庆市潜山市"),
    reg("修水12345", "修水县12345政务服务便民热线", "r2", "江西省九江市修水县"),
    reg("广东交警", "广东省公安厅交通管理局", "r3", "广东省"),
    reg("安徽发布", "安徽省人民政府新闻办公室", "r4", "安徽省"),
    reg("武冈公安", "武冈市公安局", "r5", "湖南省邵阳市武冈市"),
    reg("宜城发布", "宜城市人民政府新闻办公室", "r6", "湖北省襄阳市宜城市"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


def match(cand: str, registered: str):
    return compare_names(analyse_name(cand), analyse_name(registered))


# ---- spoken digit readings -----------------------------------------------------------------------------------

def test_spoken_digits_read_as_digits_only_inside_a_run():
    assert numeral_runs("修水幺两三四五") == [(2, 7, "12345")]
    assert numeral_runs("修水么两三拐勾") == [(2, 7, "12379")]
    assert numeral_runs("幺幺洞") == [(0, 3, "110")]
    # the same characters in ordinary words or place names stay characters
    for text in ("洞头发布", "两当县", "拐角", "勾选", "什么"):
        assert numeral_runs(text) == [], text


def test_a_hotline_read_aloud_in_traditional_form_with_a_homophone_is_flagged():
    found = run([acc("修氺幺兩叁肆伍", "a1"), acc("脩水么两三四五", "a2", platform="douyin")])
    assert found["a1"]["target"]["account_id"] == "r2"
    assert found["a2"]["target"]["account_id"] == "r2"
    # the hotline of another real county written the same way stays that county's
    assert run([acc("武宁幺两三四五", "n1")]) == {}


# ---- the traditional character as written -----------------------------------------------------------------------

def test_sound_and_shape_are_read_on_the_traditional_character_the_name_wrote():
    m = match("乾山发布", "潜山发布")  # 乾 qián is simplified to 干 gān: only the written form sounds like 潜
    assert m.layer == "sound" and "乾" in m.reasons[-1]
    m = match("安徵发布", "安徽发布")  # 徵 is drawn like 徽, its simplified form 征 is not
    assert m.layer == "shape" and "徵" in m.reasons[-1]
    assert run([acc("乾山發佈", "a1")])["a1"]["target"]["account_id"] == "r1"


def test_the_simplified_character_is_tried_first():
    m = match("宜城發布", "宜城发布")
    assert m.layer == "normalised"
    m = match("宜成發布", "宜城发布")
    assert m.layer in ("shape", "sound") and "简化后" not in m.reasons[-1]


# ---- two substitutions, one of them making a word ---------------------------------------------------------------

def test_two_look_alikes_where_one_still_makes_a_word_are_a_double():
    m = match("扩东郊警", "广东交警")  # 扩 holds 广 (breaks 扩东), 郊 holds 交 (东郊 is a word)
    assert m is not None and m.layer == "double" and m.score >= 0.6
    assert run([acc("扩东郊警", "a1")])["a1"]["target"]["account_id"] == "r3"


def test_two_changes_into_another_real_place_are_not_a_double():
    # 舞钢 (a real city) for 武冈: both characters sound alike, both make words, and they spell a division
    m = match("舞钢公安", "武冈公安")
    assert m is None or m.score < 0.6
    assert run([acc("舞钢公安", "n1", verified=True, verified_type="government",
                    verified_reason="舞钢市公安局")]) == {}
    assert run([acc("舞钢公安", "n2")]) == {}


def test_a_word_made_by_an_unrelated_character_is_not_a_double():
    # 广东 → 山东 changes the place into another real province; 交警 → 郊警 alone would not be enough either
    m = match("山东郊警", "广东交警")
    assert m is None or m.layer != "double"
    # two characters that neither look nor sound like the registered ones
    m = match("扩东巡警", "广东交警")
    assert m is None or m.layer != "double"


@pytest.mark.timeout(120)  # a hang guard for hostile input; speed itself is measured in bench/
def test_hostile_long_names_stay_cheap():
    long_name = "幺两" * 5000 + "乾" * 5000 + "郊" * 5000
    found = run([acc(long_name, "x1"), acc("乾" * 300 + "山发布", "x2")])
    assert "x1" not in found


# ---- stroke ideographs used as separators ----------------------------------------------------------------------

def test_separator_strokes_are_dropped_and_reported():
    form = analyse_name("安丨徽发布")
    assert form.core == "安徽发布" and "丨" in form.hidden
    assert analyse_name("宜城发布丶").core == "宜城发布"
    assert analyse_name("修水丨2345").core == "修水12345"  # beside digits it is the 1 it is drawn as
    found = run([acc("≪｜安丨徵发布≫", "a1"), acc("宜丨城丨发丨布", "a2", platform="douyin")])
    assert found["a1"]["target"]["account_id"] == "r4"
    assert found["a2"]["target"]["account_id"] == "r6"
    # a real other province written with a separator stays that province
    assert run([acc("安丨庆发布", "n1", verified=True, verified_type="government",
                    verified_reason="安庆市人民政府新闻办公室")]) == {}
