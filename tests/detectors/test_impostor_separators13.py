"""Issue #12, tenth session: names broken by visible separators that Unicode files as letters (ǀ a click letter
drawn as a bar, ᐧ a syllabics middle dot, ˈ, ー) or as combining marks on digits (1⃘2⃘3), and digits of other
scripts inside look-alike numbers. Names written for these tests (places outside the evaluation parts; real other
places and separator-only names as negatives); none is taken from an evaluation part."""

from __future__ import annotations

import unicodedata

import pytest

from detectors.names import analyse_name
from detectors.textnorm import (
    BAR_LETTERS,
    SEPARATOR_LETTERS,
    SEPARATOR_LETTERS_FILE,
    VERTICAL_SEPARATOR_LETTERS,
    bar_characters,
    is_separator_mark,
    lookalike_digit_runs,
)
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("修水12345", "修水县12345政务服务便民热线", "r1", "江西省九江市修水县"),
    reg("宜城发布", "宜城市人民政府新闻办公室", "r2", "湖北省襄阳市宜城市"),
    reg("潜山公安", "潜山市公安局", "r3", "安徽省安庆市潜山市"),
    reg("武冈市人民政府", "武冈市人民政府", "r4", "湖南省邵阳市武冈市"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- the table -----------------------------------------------------------------------------------------------------

def test_letters_drawn_as_a_bar_a_dot_or_a_dash_are_separators():
    for ch in ("\u01c0", "\u1427", "\u02c8", "\u30fc", "\u0640", "\u3161"):  # ǀ ᐧ ˈ ー ـ ㅡ
        assert ord(ch) in SEPARATOR_LETTERS, unicodedata.name(ch)
        assert is_separator_mark(ch)
    # combining marks are separators by their category, not by the table
    assert is_separator_mark("\u20d8") and is_separator_mark("\u20e3") and is_separator_mark("\u0338")


def test_genuine_name_characters_are_never_separators():
    # ideographs (一 and 〇 are words of names; 丨 丶 are read by names on their own), Latin letters and digits,
    # letters drawn like digits (read as digits where a registered number is spelled), other scripts' digits
    for ch in "一〇丨丶中政eElI1Ӏı١۱":
        assert not is_separator_mark(ch), ch
    assert not any(unicodedata.category(chr(cp))[0] != "L" for cp in SEPARATOR_LETTERS)
    assert not any(unicodedata.category(chr(cp)) == "Nd" for cp in BAR_LETTERS)
    assert not any(unicodedata.normalize("NFKC", chr(cp)).isascii() for cp in SEPARATOR_LETTERS)


def test_the_table_states_its_unicode_version_and_how_each_letter_was_found():
    with open(SEPARATOR_LETTERS_FILE, encoding="utf-8") as fh:
        text = fh.read()
    assert "Unicode " in text.split("\n", 3)[1]
    rows = [line.split("\t") for line in text.splitlines() if line.startswith("U+")]
    assert len(rows) == len(SEPARATOR_LETTERS) + len(BAR_LETTERS)
    assert all(how == "name" or how.split(":")[0] in ("stroke-v", "stroke-h", "dot", "bar", "script")
               for _, how, _ in rows)
    assert ord("\u01c0") in VERTICAL_SEPARATOR_LETTERS and ord("\u30fc") not in VERTICAL_SEPARATOR_LETTERS


def test_letters_in_their_own_right_drawn_as_a_bar_are_kept_apart():
    # Cyrillic palochka, Greek capital iota, Hangzhou numeral one: letters and digits drawn as a bar, not marks
    for ch in ("\u04c0", "\u0399", "\u3021"):
        assert ord(ch) in BAR_LETTERS and not is_separator_mark(ch)
    assert not BAR_LETTERS & SEPARATOR_LETTERS


# ---- names ---------------------------------------------------------------------------------------------------------

def test_separator_letters_and_marks_drop_out_of_a_name():
    assert analyse_name("宜城\u01c0发布").core == "宜城发布"
    assert analyse_name("潜\u1427山\u02c8公\u30fc安").core == "潜山公安"
    assert analyse_name("修水1\u20d82\u20d83\u20d84\u20d85\u20d8").core == "修水12345"
    assert analyse_name("修水\u06f1\u06f2\u06f3\u06f4\u06f5").core == "修水12345"  # Extended Arabic-Indic digits
    assert "\u01c0" in analyse_name("宜城\u01c0发布").hidden  # shown to the reviewer as a hidden character
    # genuine characters stay
    assert analyse_name("e政宜城").core == "e政宜城"
    assert analyse_name("一窗受理").core == "一窗受理"
    assert analyse_name("二〇二四").core == "二〇二四"


def test_a_bar_letter_is_a_separator_only_between_ideographs():
    assert analyse_name("宜城\u04c0发布").core == "宜城发布"
    assert analyse_name("宜城 \u04c0\u00b7\u04c0\u04c0发布").core == "宜城发布"  # past spaces, dots and other bars
    assert analyse_name("宜\u04c0丶\u04c0城").core == "宜城"
    # a Hangzhou numeral one (〡, drawn as a bar) between ideographs is a bar; beside digits it is the digit
    assert analyse_name("宜城\u3021发布").core == "宜城发布"
    assert analyse_name("宜城\u3021\u3022\u3023").core == "宜城123"
    assert analyse_name("宜城\u30212345").core == "宜城12345"
    # beside a digit, a Latin letter or at an end it stays the letter it is (a look-alike 1 is read by digit runs)
    assert analyse_name("宜城\u04c0").core == "宜城\u04cf"
    assert analyse_name("\u04c02345").core == "\u04cf2345"
    assert analyse_name("宜城a\u04c0发布").core == "宜城a\u04cf发布"


def test_digits_with_marks_separators_or_other_scripts_read_as_a_number():
    assert lookalike_digit_runs("修水l\u20d82\u20d8З\u20d84\u20d8S") == [(2, 11, "12345")]
    assert lookalike_digit_runs("修水l2\u1427З4S") == [(2, 8, "12345")]
    assert lookalike_digit_runs("修水l\u06f2З\u06f4S") == [(2, 7, "12345")]


def test_a_bar_beside_digits_is_the_digit_one_or_a_separator_whichever_spells_a_registered_number():
    numbers = frozenset({"12345"})
    assert {"丨", "\u01c0", "\u04c0", "\u3021", "l", "|"} <= bar_characters()
    assert lookalike_digit_runs("修水丨2345", numbers) == [(2, 7, "12345")]  # a bar for the 1
    assert lookalike_digit_runs("修水1丨2丨3丨4丨5", numbers) == [(2, 11, "12345")]  # bars between the digits
    assert lookalike_digit_runs("修水1\u04c02\u04c03\u04c04\u04c05", numbers) == [(2, 11, "12345")]
    assert lookalike_digit_runs("修水1l2l3l4l5", numbers) == [(2, 11, "12345")]
    # neither reading spells a registered number; bars alone are no number; Latin words stay words
    assert lookalike_digit_runs("修水1丨2丨3丨4丨6", numbers) == []
    assert lookalike_digit_runs("修水丨丨丨丨丨", frozenset({"11111"})) == []
    assert lookalike_digit_runs("hello12345", numbers) == []
    # without registered numbers, bars read as 1 (the look-alike reading)
    assert lookalike_digit_runs("修水丨2345") == [(2, 7, "12345")]


def test_hotlines_written_with_bars_between_or_for_digits_are_flagged():
    found = run([acc("修水1丨2丨3丨4丨5", "b1"), acc("修水\u01c02345", "b2", platform="douyin"),
                 acc("修水1\u30212\u30213\u30214\u30215", "b3", platform="toutiao")])
    for key in ("b1", "b2", "b3"):
        assert found[key]["target"]["account_id"] == "r1", key
    # another number written the same way stays unflagged
    assert not run([acc("修水1丨2丨3丨4丨6", "n1"), acc("修水1\u01c02\u01c03\u01c09", "n2")])


def test_names_broken_by_separator_letters_are_flagged():
    found = run([acc("宜城\u01c0发布", "a1"), acc("潜山\u1427公\u1427安", "a2", platform="douyin"),
                 acc("武冈市\u01c0\u02c8人民政府", "a3"), acc("修水1\u20d82\u20d83\u01c04\u20d85\u20d8", "a4"),
                 acc("\u231c宜城\u30fc发布\u231d", "a5", platform="toutiao"), acc("潜山\u04c0公安", "a6")])
    assert found["a1"]["target"]["account_id"] == "r2"
    assert found["a2"]["target"]["account_id"] == "r3"
    assert found["a3"]["target"]["account_id"] == "r4"
    assert found["a4"]["target"]["account_id"] == "r1"
    assert found["a5"]["target"]["account_id"] == "r2"
    assert found["a6"]["target"]["account_id"] == "r3"


def test_separators_do_not_make_other_places_or_empty_names_match():
    # a real other place written with the same separators, and names made of separators only
    found = run([acc("宜昌\u01c0发布", "n1"), acc("潜江\u1427公安", "n2"), acc("\u01c0\u1427\u02c8", "n3"),
                 acc("丶丶\u30fc\u20d8", "n4"), acc("\u01c0" * 3 + "1\u20d8", "n5"),
                 acc("\u04c0\u0399\u04c0", "n6")])
    assert not found, sorted(found)


@pytest.mark.timeout(120)  # a hang guard for hostile input; speed itself is measured in bench/
def test_hostile_separator_names_stay_cheap_and_unflagged():
    found = run([acc("\u01c0" * 10000, "x1"), acc("1\u20d8" * 5000, "x2"), acc("l\u1427" * 5000 + "S", "x3"),
                 acc("宜\u20e3" * 3000 + "城发布" + "\u0300" * 5000, "x4"), acc("宜\u04c0" * 5000, "x5"),
                 acc("1丨" * 5000, "x6"), acc("丨" * 10000 + "2345", "x7")])
    assert "x1" not in found and "x2" not in found and "x3" not in found
    assert "x6" not in found and "x7" not in found
