"""Issue #12, eleventh session: one character of a registered name replaced by a letter of another script drawn like
it (a katakana ロ for 口, カ for 力, エ for 工; a bopomofo ㄈ for 匚), alone and combined with other disguises, from the
generated table ``detectors/data/lookalike_letters.txt`` (``scripts/build_lookalike_letters.py``). Names written for
these tests (places outside the evaluation parts); Japanese words, other places and mentions as negatives; none is
taken from an evaluation part."""

from __future__ import annotations

import unicodedata

import pytest

from detectors.names import _is_cjk, analyse_name, compare_names, lookalike_letters
from detectors.textnorm import BAR_LETTERS, SEPARATOR_LETTERS
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("港口发布", "港口区人民政府新闻办公室", "r1", "广西壮族自治区防城港市港口区"),
    reg("江城人力资源", "江城区人力资源和社会保障局", "r2", "广东省阳江市江城区"),
    reg("乐山工信", "乐山市经济和信息化局", "r3", "四川省乐山市"),
    reg("口岸公安", "口岸公安局", "r4", "广西壮族自治区防城港市港口区"),
]

TABLE_FILE = "detectors/data/lookalike_letters.txt"


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- the table -----------------------------------------------------------------------------------------------------

def test_the_table_maps_letters_of_other_scripts_to_one_common_ideograph():
    table = lookalike_letters()
    assert table["ロ"] == "口" and table["カ"] == "力" and table["エ"] == "工" and table["ㄈ"] == "匚"
    for letter, ideograph in table.items():
        assert len(letter) == 1 and len(ideograph) == 1
        assert not _is_cjk(letter) and not letter.isascii()  # ASCII letters are genuine parts of names (B站, e政务)
        assert _is_cjk(ideograph) and ideograph.encode("gb2312")  # a target of GB 2312
        assert ord(letter) not in SEPARATOR_LETTERS and ord(letter) not in BAR_LETTERS
        assert unicodedata.normalize("NFKC", letter) == letter  # keyed as names carry it after NFKC


def test_letters_that_look_like_no_ideograph_are_not_listed():
    table = lookalike_letters()
    for letter in "あのんアスㅎЖλΩ":  # the build script's labelled non-pairs and everyday letters
        assert letter not in table or letter in "ㅎ", letter  # ㅎ/古 sits at the threshold (see the file header)
    assert "a" not in table and "T" not in table and "Ｔ" not in table


def test_the_table_states_how_it_was_made():
    with open(TABLE_FILE, encoding="utf-8") as fh:
        header = [line for line in fh.read().splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert "Unicode " in text and "Noto Sans CJK SC" in text and "threshold" in text
    assert "labelled pairs" in text and "labelled non-pairs" in text


# ---- names ---------------------------------------------------------------------------------------------------------

def test_a_lone_letter_between_ideographs_reads_as_the_ideograph():
    assert analyse_name("港ロ发布").core == "港口发布"
    assert analyse_name("江城人カ资源").core == "江城人力资源"
    assert analyse_name("乐山エ信").core == "乐山工信"
    assert analyse_name("ロ岸公安").core == "口岸公安"  # at the start, beside an ideograph
    assert analyse_name("港\u200bロ\u200b发布").core == "港口发布"  # past invisible characters
    assert analyse_name("港·ロ·发布").core == "港口发布"  # past symbols
    assert analyse_name("港ｰﾛ发布").core == "港口发布"  # halfwidth forms come through NFKC


def test_words_of_another_script_stay_words():
    assert analyse_name("ロフト").core == "ロフト"
    assert analyse_name("港口ロフト").core == "港口ロフト"
    assert analyse_name("东京タワー").core == "东京タワ"  # タ followed by ワ: a katakana word (ー drops as a dash)
    assert analyse_name("カラオケ港口店").core == "カラオケ港口店"
    assert analyse_name("港ロa").core == "港ロa"  # a Latin letter beside it: not among ideographs
    assert analyse_name("ロ").core == "ロ"  # no ideograph beside it


def test_the_reason_names_the_letter_and_its_script():
    match = compare_names(analyse_name("港ロ发布"), analyse_name("港口发布"))
    assert match.layer == "normalised"
    assert any("片假名" in r and "口→ロ" in r for r in match.reasons), match.reasons
    match = compare_names(analyse_name("港ㄈ发布"), analyse_name("港匚发布"))
    assert match is not None and any("注音符号" in r for r in match.reasons)


def test_a_letter_is_still_named_when_the_name_also_carries_a_variant_form():
    # 発 (a Japanese variant form) is read as 发 through the variant table; the letter's record must survive it
    form = analyse_name("港ロ発布")
    assert form.core == "港口发布"
    assert ("ロ", "口") in form.traditional and ("発", "发") in form.traditional
    match = compare_names(form, analyse_name("港口发布"))
    assert any("口→ロ" in r for r in match.reasons), match.reasons

@pytest.mark.timeout(120)
def test_hostile_long_names_stay_bounded():
    for name in ("港ロ" * 5000, "ロ" * 10000, "港\u200b" * 3000 + "ロ" + "发" * 3000):
        form = analyse_name(name)
        assert form.core


# ---- detection -----------------------------------------------------------------------------------------------------

def test_names_written_with_look_alike_letters_are_flagged():
    found = run([acc("港ロ发布", "a1"), acc("江城人カ资源", "a2", platform="douyin"),
                 acc("乐山エ信", "a3", platform="toutiao"), acc("ロ岸公安", "a4")])
    assert found["a1"]["target"]["account_id"] == "r1"
    assert found["a2"]["target"]["account_id"] == "r2"
    assert found["a3"]["target"]["account_id"] == "r3"
    assert found["a4"]["target"]["account_id"] == "r4"


def test_look_alike_letters_combined_with_other_disguises_are_flagged():
    found = run([acc("【官方】港\u200bロ发布", "b1"), acc("港 ロ 发 布", "b2", platform="douyin"),
                 acc("江城人カ资源服务平台", "b3", platform="toutiao"), acc("港ロ發佈", "b4", platform="kuaishou")])
    for key, target in (("b1", "r1"), ("b2", "r1"), ("b3", "r2"), ("b4", "r1")):
        assert key in found, key
        assert found[key]["target"]["account_id"] == target, key


def test_japanese_names_other_places_and_mentions_stay_clean():
    found = run([acc("港口ロフト", "n1"), acc("カラオケ港口店", "n2"), acc("东京タワー", "n3"),
                 acc("小李看港口发布", "n4", verified_type="personal")])
    assert "n1" not in found and "n2" not in found and "n3" not in found and "n4" not in found


# ---- one part drawn as two ------------------------------------------------------------------------------------------

def test_one_component_replaced_by_two_shares_a_part():
    from detectors.names import shares_part
    assert shares_part("亮", "京") and shares_part("京", "亮")  # 亠 口 over 小, over 冖 儿
    assert shares_part("亭", "京")  # 亠 口 over 丁 (冖 丁)
    # single strokes (the data decomposes 不 into 一 丿 丨 丶) are no shared part
    assert not shares_part("不", "布") and not shares_part("才", "不")


def test_a_name_with_a_character_one_part_away_is_flagged():
    match = compare_names(analyse_name("亮口公安"), analyse_name("京口公安"))
    assert match is not None and match.layer == "shape", match
    registry = [reg("京口公安", "镇江市公安局京口分局", "k1", "江苏省镇江市京口区")]
    found = run([acc("亮口公安", "c1"), acc("亮囗公安分局服务平台", "c2", platform="douyin")], registry)
    assert found["c1"]["target"]["account_id"] == "k1"
