"""Issue #12, twenty-fourth round: digit and letter forms the run's Unicode data does not fold.

Python's ``unicodedata`` is frozen at its interpreter's Unicode version; a code point assigned later (Unicode 16's
OUTLINED DIGIT ONE … U+1CCF1) is unassigned to it, so NFKC keeps it and a hotline written with it read as no number.
``detectors/data/unicode_newer.txt`` (scripts/build_newer_unicode.py, from a newer Unicode Character Database) folds
the whole difference; enclosed Latin letters that Unicode gives no decomposition (🅰, 🅐) fold by their names.

The coverage checks below walk every code point of the blocks that hold digit and letter forms and compare what the
name reader makes of each with what its Unicode name says it is — independent of how the fold tables are built.
Names written for these tests (invented Hubei and Yunnan units), not taken from any evaluation part.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from detectors.names import analyse_name
from detectors.textnorm import (
    enclosed_letters,
    fold,
    fold_with_offsets,
    is_separator_mark,
    lookalike_digit_runs,
    newer_fold_table,
    newer_unicode,
    nfkc,
)
from tests.detectors.impostor_cases import acc, findings, reg

OUTLINED = {d: chr(0x1CCF0 + d) for d in range(10)}  # OUTLINED DIGIT ZERO … NINE (Unicode 16.0)


def outlined(digits: str) -> str:
    return "".join(OUTLINED[int(d)] for d in digits)


REGISTRY = [
    reg("汉川12345", "汉川市12345政务服务便民热线", "h1", "weibo", "湖北省孝感市汉川市"),
    reg("汉川发布", "汉川市人民政府新闻办公室", "h2", "weibo", "湖北省孝感市汉川市"),
    reg("弥勒12366", "国家税务总局弥勒市税务局", "m1", "wechat", "云南省红河哈尼族彝族自治州弥勒市"),
]


def test_the_run_does_not_know_the_newer_digits_but_the_fold_does():
    assert unicodedata.category(OUTLINED[1]) == "Cn" or unicodedata.normalize("NFKC", OUTLINED[1]) == "1"
    assert nfkc(outlined("12345")) == "12345"
    assert fold("汉川" + outlined("12345") + "热线") == "汉川12345热线"
    assert fold_with_offsets("汉川" + outlined("123")) == ("汉川123", [0, 1, 2, 3, 4])
    assert analyse_name("汉川" + outlined("12345")).core == "汉川12345"


def test_a_hotline_in_outlined_digits_points_at_the_hotline():
    found = findings(REGISTRY, [acc("汉川" + outlined("12345"), "x1"), acc("弥勒" + outlined("12366") + "办税服务", "x2"),
                                acc("【汉川" + outlined("12345") + "】便民", "x3")])
    assert found["x1"]["target"]["account_id"] == "h1"
    assert found["x2"]["target"]["account_id"] == "m1"
    assert found["x3"]["target"]["account_id"] == "h1"
    # the digits are what tells the hotline from the county's other accounts: without them it is the 发布 it is not
    assert found["x1"]["target"]["name"] != "汉川发布"


def test_newer_rows_cover_only_what_the_run_does_not_assign():
    table = newer_unicode()
    assert table, "data/unicode_newer.txt is read"
    assert all(unicodedata.category(chr(cp)) == "Cn" for cp in table)
    kinds = {kind for kind, *_ in table.values()}
    assert {"nfkc", "digit", "number", "mark"} <= kinds
    # a newer script's decimal digit reads as its value, a newer combining mark is a mark between digits
    digit = next(cp for cp, (kind, *_rest) in table.items() if kind == "digit")
    assert newer_fold_table()[digit].isdigit() and newer_fold_table()[digit].isascii()
    mark = next(cp for cp, (kind, *_rest) in table.items() if kind == "mark")
    assert is_separator_mark(chr(mark))
    assert analyse_name("汉川1" + chr(mark) + "2345").core == "汉川12345"


def test_a_newer_modifier_letter_drawn_like_a_digit_reads_as_one_inside_a_number():
    # MODIFIER LETTER CAPITAL S (Unicode 15.0) folds to S under the newer data, and S is drawn like 5
    capital_s = next(cp for cp, (kind, fold_, _c, name) in newer_unicode().items()
                     if kind == "nfkc" and fold_ == "S")
    assert lookalike_digit_runs("汉川1234" + chr(capital_s), frozenset({"12345"})) == [(2, 7, "12345")]


def test_enclosed_letters_without_a_decomposition_fold_by_their_names():
    letters = enclosed_letters()
    assert letters[0x1F170] == "A" and letters[0x1F150] == "A"  # 🅰 NEGATIVE SQUARED, 🅐 NEGATIVE CIRCLED
    assert 0x24B6 not in letters  # Ⓐ decomposes already: NFKC reads it
    assert analyse_name("🅗🅒发布").core == "hc发布" and analyse_name("汉川🅷🅲").core == "汉川hc"
    assert analyse_name("🅿️汉川发布").core == "汉川发布"  # a lone one is a sign, an emoji: dropped like a symbol
    assert fold("🅿️停车") == "🅿停车"  # in posts the emoji stays an emoji


# ---- generated coverage: every code point of the blocks of digit and letter forms ---------------------------------

BLOCKS = {
    "Superscripts and Subscripts": (0x2070, 0x209F), "Letterlike Symbols": (0x2100, 0x214F),
    "Number Forms": (0x2150, 0x218F), "Enclosed Alphanumerics": (0x2460, 0x24FF), "Dingbats": (0x2700, 0x27BF),
    "Enclosed CJK Letters and Months": (0x3200, 0x32FF), "CJK Compatibility": (0x3300, 0x33FF),
    "Vertical Forms": (0xFE10, 0xFE1F), "Small Form Variants": (0xFE50, 0xFE6F),
    "Halfwidth and Fullwidth Forms": (0xFF00, 0xFFEF),
    "Symbols for Legacy Computing Supplement": (0x1CC00, 0x1CEBF),
    "Mathematical Alphanumeric Symbols": (0x1D400, 0x1D7FF), "Enclosed Alphanumeric Supplement": (0x1F100, 0x1F1FF),
    "Symbols for Legacy Computing": (0x1FB00, 0x1FBFF),
}
# Words of a Unicode name that only say how a digit or a letter is drawn (size, enclosure, typeface).
STYLE = ("FULLWIDTH", "HALFWIDTH", "CIRCLED", "NEGATIVE", "SQUARED", "CROSSED", "PARENTHESIZED", "DOUBLE", "DINGBAT",
         "SANS-SERIF", "OUTLINED", "SEGMENTED", "MATHEMATICAL", "BOLD", "ITALIC", "SCRIPT", "FRAKTUR", "DOUBLE-STRUCK",
         "MONOSPACE", "SUPERSCRIPT", "SUBSCRIPT", "BLACK-LETTER", "TORTOISE", "SHELL", "BRACKETED")
DIGITS = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()
_STYLED = f"(?:(?:{'|'.join(map(re.escape, STYLE))}) )*"
_DIGIT_NAME = re.compile(f"{_STYLED}DIGIT ({'|'.join(DIGITS)})")
_LETTER_NAME = re.compile(f"{_STYLED}(?:LATIN )?(CAPITAL|SMALL) (?:LETTER )?([A-Z])")
_WORD = re.compile(r"[^0-9a-z\u4e00-\u9fff]")


def _name_and_category(cp: int) -> tuple[str, str]:
    ch = chr(cp)
    if unicodedata.category(ch) != "Cn":
        return unicodedata.name(ch, ""), unicodedata.category(ch)
    row = newer_unicode().get(cp)
    return (row[3], row[2]) if row else ("", "Cn")


def _coverage(block: str) -> tuple[int, list[str]]:
    lo, hi = BLOCKS[block]
    checked, wrong = 0, []
    for cp in range(lo, hi + 1):
        ch = chr(cp)
        name, category = _name_and_category(cp)
        if (m := _DIGIT_NAME.fullmatch(name)) is not None:
            checked += 1
            want = "汉川" + str(DIGITS.index(m.group(1))) + "2345"
            # posts keep punctuation (⑴ folds to (1)): the digit is what must be there
            if analyse_name("汉川" + ch + "2345").core != want or _WORD.sub("", fold("汉川" + ch + "2345")) != want:
                wrong.append(f"U+{cp:04X} {name}")
        elif (m := _LETTER_NAME.fullmatch(name)) is not None and category != "Sm":
            checked += 1
            # two in a row: a lone enclosed letter without a decomposition (🅿) is a sign, and is dropped
            if analyse_name("汉" + ch * 2 + "川").core != "汉" + m.group(2).lower() * 2 + "川":
                wrong.append(f"U+{cp:04X} {name}")
    return checked, wrong


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_every_digit_and_latin_letter_form_of_the_block_reads_as_what_its_name_says(block):
    checked, wrong = _coverage(block)
    assert not wrong, f"{block}: {len(wrong)} of {checked} forms escape: {wrong[:8]}"


def test_the_coverage_check_sees_the_forms():
    # the blocks hold the forms the check is about (a name pattern that matched nothing would pass vacuously)
    assert _coverage("Halfwidth and Fullwidth Forms")[0] == 10 + 52
    assert _coverage("Symbols for Legacy Computing Supplement")[0] >= 10 + 26  # outlined digits and capitals
    assert _coverage("Mathematical Alphanumeric Symbols")[0] >= 13 * 52 + 5 * 10 - 30  # 13 alphabets (a few letters
    # live in Letterlike Symbols: ℎ, ℬ …) and five digit sets
    assert _coverage("Enclosed Alphanumeric Supplement")[0] >= 3 * 26


def test_compatibility_ideographs_radicals_and_selectors_fold_whole_blocks():
    for cp in [*range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)]:  # CJK Compatibility Ideographs (+ Supplement)
        ch = chr(cp)
        if unicodedata.decomposition(ch):  # 12 of the block are unified ideographs in their own right (﨎)
            assert fold(ch) == fold(unicodedata.normalize("NFKC", ch)) and fold(ch) != ch, f"U+{cp:04X}"
    for cp in range(0x2F00, 0x2FD6):  # Kangxi Radicals: each is its ideograph
        assert unicodedata.category(fold(chr(cp))) == "Lo" and fold(chr(cp)) != chr(cp), f"U+{cp:04X}"
    for cp in [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]:  # variation selectors: nothing
        assert fold("汉" + chr(cp) + "川") == "汉川" and analyse_name("汉" + chr(cp) + "川").core == "汉川"
