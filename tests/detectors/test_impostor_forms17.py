"""Thirteenth session, imp-forms17: letters of scripts no Chinese account name is written in (Bopomofo ㄧ drawn like
一, Georgian, Ogham …) as separators; version tags, intake and payout desks and a place's own brand (…八桂行, …壮乡通)
as added words; divisions renamed after the date of divisions.tsv (横县 → 横州市, 2021) read by their former name.
Names written for these tests (places outside the evaluation parts' registries where the rule allows; real other
places, businesses and longer numbers as negatives); none is taken from an evaluation part."""

from __future__ import annotations

import unicodedata

from detectors.affixes import explain_added
from detectors.names import analyse_name, lookalike_letters
from detectors.places import former_divisions, gazetteer
from detectors.textnorm import SEPARATOR_LETTERS, is_separator_mark
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("鄱阳发布", "鄱阳县人民政府新闻办公室", "r1", "江西省上饶市鄱阳县"),
    reg("武穴公安", "武穴市公安局", "r2", "湖北省黄冈市武穴市"),
    reg("修水12345", "修水县12345政务服务便民热线", "r3", "江西省九江市修水县"),
    reg("横州公安", "横州市公安局", "r4", "广西壮族自治区南宁市横州市"),
    reg("会理发布", "会理市人民政府新闻办公室", "r5", "四川省凉山彝族自治州会理市"),
    reg("鄱阳医保", "鄱阳县医疗保障局", "r6", "江西省上饶市鄱阳县"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- letters of scripts no name is written in -------------------------------------------------------------------

def test_letters_of_scripts_no_chinese_name_uses_are_separators():
    for ch in ("\u3127", "\u3105", "\u10e6", "\u1681", "\u2d4f", "\u13a0"):  # ㄧ ㄅ ღ ᚁ ⵏ Ꭰ
        assert ord(ch) in SEPARATOR_LETTERS and is_separator_mark(ch), unicodedata.name(ch)


def test_scripts_of_names_and_of_the_languages_of_china_stay_letters():
    # Latin, Greek, Cyrillic, kana, Hangul; Mongolian, Tibetan, Arabic (Uyghur), Yi, Lisu, Tai Le
    for ch in "aαжのカ한\u1820\u0f40\u0628\ua000\ua4d0\u1950":
        assert ord(ch) not in SEPARATOR_LETTERS, unicodedata.name(ch)
    # a Bopomofo letter drawn like an ideograph of more than one stroke is still read as that ideograph
    assert lookalike_letters()["ㄈ"] == "匚" and "ㄧ" not in lookalike_letters()
    assert analyse_name("鄱阳ㄈ发布").core == "鄱阳匚发布"


def test_bopomofo_and_other_foreign_letters_drop_out_of_a_name():
    assert analyse_name("鄱阳ㄧㄧ发布").core == "鄱阳发布"
    assert analyse_name("武ㄧ穴公安").core == "武穴公安"
    assert analyse_name("修水＋＋1234ㄧ5").core == "修水12345"
    assert analyse_name("ღ鄱阳发布ღ").core == "鄱阳发布"
    assert "\u3127" in analyse_name("鄱阳ㄧ发布").hidden
    assert analyse_name("一窗受理").core == "一窗受理"  # the ideograph 一 stays


def test_names_broken_by_bopomofo_are_flagged():
    found = run([acc("鄱阳ㄧㄧ发布", "a1"), acc("武ㄧ穴公安", "a2", platform="douyin"),
                 acc("修水1\u032d2\u032d3ㄧ\u032d4\u032d5\u032d", "a3", platform="toutiao")])
    assert found["a1"]["target"]["account_id"] == "r1"
    assert found["a2"]["target"]["account_id"] == "r2"
    assert found["a3"]["target"]["account_id"] == "r3"
    # another number broken the same way, and another place, stay unflagged
    assert not run([acc("修水1ㄧ2ㄧ3ㄧ4ㄧ6", "n1"), acc("武ㄧ汉公安", "n2")])


# ---- added words: version tags, intake desks, a place's brand ----------------------------------------------------

OWN = frozenset({"鄱阳", "上饶", "江西"})


def test_version_tags_after_the_name_are_generic_words():
    for tag in ("002", "2", "v2", "ver3", "ii", "iv", "xii"):
        added = explain_added(tag, OWN, name_end=0)
        assert added.generic == [tag] and not added.unknown, tag
    # before the name, or the tail of a longer number or word, it is not a tag
    assert explain_added("002", OWN, name_end=-1).unknown == "002"
    assert explain_added("12345", OWN, name_end=0).unknown == "12345"
    assert explain_added("abc1", OWN, name_end=0).unknown == "abc1"


def test_intake_and_payout_desks_are_service_words():
    for desk in ("初审组", "收件组", "代领点", "复核岗", "核发处", "兑付台", "受理组"):
        added = explain_added(desk, OWN, name_end=0)
        assert added.service == [desk] and not added.unknown, desk


def test_a_place_of_the_target_with_a_brand_ending_is_generic():
    added = explain_added("赣鄱行", OWN, name_end=0)  # 赣鄱, Jiangxi's customary name, + 行: a tour, not a firm
    assert added.regions == ["赣鄱"] and added.generic == ["行"] and not added.owner
    assert explain_added("鄱阳通", OWN, name_end=0).generic == ["通"]
    # another place's brand, and 行 after a word of no place, stay what they were
    assert explain_added("齐鲁行", OWN, name_end=0).owner == ["行"]
    assert explain_added("车行", OWN, name_end=0).owner == ["行"]


def test_added_tags_desks_and_brands_are_flagged():
    found = run([acc("鄱阳发布赣鄱行002", "b1"), acc("鄱阳医保初审组", "b2", platform="douyin"),
                 acc("鄱阳医保代领点", "b3", platform="toutiao"), acc("鄱阳发布v2", "b4", platform="douyin")])
    for key, target in (("b1", "r1"), ("b2", "r6"), ("b3", "r6"), ("b4", "r1")):
        assert found[key]["target"]["account_id"] == target, key
    # a business under the name stays a business
    assert not run([acc("鄱阳发布特产铺", "n1"), acc("鄱阳发布车行", "n2")])


# ---- divisions renamed after the data date -----------------------------------------------------------------------

def test_divisions_renamed_after_the_data_keep_their_old_name_as_a_former_name():
    gaz = gazetteer()
    assert gaz.divisions["450127"].name == "横州市" and gaz.divisions["450127"].short == "横州"
    assert "横县" in former_divisions()["450127"][0]
    assert gaz.divisions["513425"].name == "会理市" and "会理县" in former_divisions()["513425"][0]


def test_a_renamed_place_written_by_its_former_name_is_flagged():
    found = run([acc("横县公安", "c1", platform="douyin")])
    assert found["c1"]["target"]["account_id"] == "r4"
    # another county's police is no former name of 横州
    assert not run([acc("宾阳县公安", "n1", platform="douyin")])


def test_merged_divisions_are_gone_and_their_names_are_former_names_of_the_one_they_joined():
    gaz = gazetteer()
    assert "330103" not in gaz.divisions and gaz.full["拱墅区"] == ("330105",)
    assert "下城区" in former_divisions()["330105"][0]
    assert gaz.divisions["410322"].name == "孟津区" and {"吉利区", "孟津县"} <= set(former_divisions()["410322"][0])
    assert gaz.full["临平区"] == ("330113",) and gaz.divisions["330113"].parent == "330100"
    # a former name that is today's short form (沙县 of 沙县区) is no former way of writing it
    from detectors.places import former_name_forms
    assert "沙县" not in former_name_forms("350427") and "横县" in former_name_forms("450127")


def test_a_retired_name_in_a_post_is_a_place_not_a_slip():
    from detectors.content_typo import division_names
    assert "会理县" in division_names() and "会理市" in division_names() and "下城区" in division_names()
