"""Issue #12, thirty-eighth helper round: the target is the unit the whole name points at. A registered name of a
place's zone or body (X 高新区) followed by added words that, with the zone word read as a word inserted after the
place, spell another registered name of the same place (X + 税务 = X税务) points at that other unit, read from the
registry's own entries; added words that spell no registered name leave the target alone. Real places from
``detectors/data/divisions.tsv``; the names are written for these tests."""

from __future__ import annotations

from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("浏阳发布", "浏阳市人民政府新闻办公室", "r1", "湖南省长沙市浏阳市"),
    reg("浏阳税务", "国家税务总局浏阳市税务局", "r2", "湖南省长沙市浏阳市"),
    reg("浏阳高新区", "浏阳高新技术产业开发区管理委员会", "r3", "湖南省长沙市浏阳市"),
    reg("浏阳12345", "浏阳市12345政务服务便民热线", "r4", "湖南省长沙市浏阳市"),
    reg("浏阳税务", "国家税务总局浏阳市税务局", "r5", "湖南省长沙市浏阳市", platform="toutiao"),
]


def targets(accounts):
    return {k: (f["target"]["name"], f["target"]["account_id"]) for k, f in findings(REGISTRY, accounts).items()}


def test_zone_name_plus_a_department_word_points_at_the_department():
    got = targets([acc("浏阳高新区税务", "a"), acc("浏阳高新区12345", "b")])
    assert got["a"][0] == "浏阳税务"
    assert got["b"][0] == "浏阳12345"


def test_the_department_entry_on_the_accounts_own_platform_is_chosen():
    got = targets([acc("浏阳高新区税务", "a", platform="toutiao")])
    assert got["a"] == ("浏阳税务", "r5")


def test_the_reason_says_which_registered_name_the_whole_name_spells():
    found = findings(REGISTRY, [acc("浏阳高新区税务", "a")])["a"]
    assert any("另一备案名称“浏阳税务”" in why for why in found["reasons"])


def test_added_words_that_spell_no_registered_name_leave_the_target():
    got = targets([acc("浏阳高新区官方", "a"), acc("浏阳高新区", "b", platform="douyin")])
    assert got.get("a", ("浏阳高新区",))[0] == "浏阳高新区"
    assert got.get("b", ("浏阳高新区",))[0] == "浏阳高新区"


def test_registered_accounts_are_never_flagged():
    accounts = [acc(r["name"], r["account_id"], platform=r["platform"]) for r in REGISTRY]
    assert findings(REGISTRY, accounts) == {}


def test_a_class_word_that_completes_another_registered_name_points_at_it_too():
    got = targets([acc("浏阳高新区发布", "a")])
    assert got["a"][0] == "浏阳发布"
