"""Level words misspelt by sound or shape (imp-level18). A long level word (自治区/州/县/旗, 特别行政区) written with
one character changed for one of the same sound or drawn alike (自致县, 自治洲, 自冶州, 白治旗, 特别行正区) is still
that level word, and 自治 + a level character is one wherever it stands: the name is compared without it, as with
省/市/县/区. The variants are generated from the level-word list and the sound and shape tables, not listed. Names
written for these tests; real divisions of other provinces than the dev part's (``detectors/data/divisions.tsv``)."""

from __future__ import annotations

import pytest

from detectors.names import _strip_levels, fold_misspelt_levels, level_words, misspelt_level_words
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("长阳发布", "长阳土家族自治县人民政府新闻办公室", "cy1", "湖北省宜昌市长阳土家族自治县"),
    reg("恩施文旅", "恩施土家族苗族自治州文化和旅游局", "es1", "湖北省恩施土家族苗族自治州"),
    reg("鄂伦春发布", "鄂伦春自治旗人民政府新闻办公室", "elc1", "内蒙古自治区呼伦贝尔市鄂伦春自治旗"),
    reg("自治县发展研究", "某研究会", "yj1", "湖北省"),
]


def test_the_table_is_generated_for_every_long_level_word():
    table = misspelt_level_words()
    assert set(table.values()) == {"自治区", "自治州", "自治县", "自治旗", "特别行政区"}
    assert table["自致县"] == "自治县" and table["自冶县"] == "自治县" and table["白治县"] == "自治县"
    assert table["自治洲"] == "自治州"  # a dictionary word, kept: 自治 and one more character is no other word
    assert table["特别行正区"] == "特别行政区"
    assert "自洁区" not in table  # a word of its own
    assert "自治省" not in table  # a level swap, not a misspelling
    assert not any(len(w) < 3 for w in table.values())  # 新曲, 接到 are words: short level words are not folded


@pytest.mark.parametrize(("text", "folded"), [
    ("宜昌长阳自致县发布", "宜昌长阳自治县发布"),
    ("恩施自治洲文旅", "恩施自治州文旅"),
    ("鄂伦春白治旗发布", "鄂伦春自治旗发布"),
    ("香港特别行正区政府", "香港特别行政区政府"),
    ("自治条例解读", "自治条例解读"),
    ("资治通鉴读书会", "资治通鉴读书会"),
    ("北京周报", "北京周报"),
])
def test_fold_misspelt_levels(text, folded):
    assert fold_misspelt_levels(text) == folded


@pytest.mark.parametrize(("text", "stripped"), [
    ("宜昌长阳自致县发布", "宜昌长阳发布"),
    ("长阳自冶县发布", "长阳发布"),
    ("恩施自治洲文旅", "恩施文旅"),
    ("常阳自治县发布", "常阳发布"),  # the place misspelt too: 自治县 is still the level word
    ("广西壮族自治曲气象", "广西壮族气象"),
    ("民族区域自治制度", "民族域自治制度"),  # 区 anywhere as before; 自治 without a level character stays
])
def test_strip_levels_takes_misspelt_and_autonomous_level_words_out(text, stripped):
    assert _strip_levels(text) == stripped


def test_level_words_name_the_level_word_written():
    assert level_words("长阳自致县发布") == ["自治县"]
    assert level_words("常阳自治县发布") == ["自治县"]
    assert level_words("寿光市发布") == ["市"]


@pytest.mark.parametrize(("name", "target"), [
    ("宜昌长阳自致县发布", "cy1"),
    ("常阳自治县发布", "cy1"),
    ("恩施自治洲文旅", "es1"),
    ("鄂伦春白治旗发布", "elc1"),
])
def test_impostors_with_a_misspelt_level_word_are_flagged(name, target):
    found = findings(REGISTRY, [acc(name, "x")])
    assert "x" in found, name
    assert found["x"]["target"]["account_id"] == target


@pytest.mark.parametrize(("name", "account_id"), [("长阳发布", "cy1"), ("恩施文旅", "es1"), ("鄂伦春发布", "elc1"),
                                               ("自治县发展研究", "yj1")])
def test_registered_accounts_are_not_flagged(name, account_id):
    assert findings(REGISTRY, [acc(name, account_id)]) == {}


@pytest.mark.parametrize("name", ["民族区域自治研究", "自治条例学习", "长江发布"])
def test_unrelated_names_are_not_flagged(name):
    assert findings(REGISTRY, [acc(name, "other")]) == {}
