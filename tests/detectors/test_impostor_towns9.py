"""Issue #12, eighth session: places below the registered place. A township (乡、镇、街道) of a registered county-level
unit's county, written where the place sits (浏阳淮川发布 for 浏阳发布), is a suspect for review; the township's own
bodies, another county's township of the same name and accounts that only mention it are not. Real counties and
townships from ``detectors/data/towns.tsv``; the names are written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from detectors import impostor, unregistered
from detectors.context import DetectionContext
from detectors.places import town_short, towns_beneath
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

ROOT = Path(__file__).resolve().parents[2]


REGISTRY = [
    reg("浏阳发布", "浏阳市人民政府新闻办公室", "r1", "湖南省长沙市浏阳市"),
    reg("浏阳公安", "浏阳市公安局", "r2", "湖南省长沙市浏阳市"),
    reg("内乡发布", "内乡县人民政府新闻办公室", "r3", "河南省南阳市内乡县"),
    reg("长沙发布", "长沙市人民政府新闻办公室", "r4", "湖南省长沙市"),
    reg("官渡党建", "中共浏阳市官渡镇委员会", "r5", "湖南省长沙市浏阳市官渡镇"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- the township table -----------------------------------------------------------------------------------------

def test_township_short_forms():
    assert town_short("淮川街道") == "淮川"
    assert town_short("官渡镇") == "官渡"
    assert town_short("郭庄回族乡") == "郭庄"
    assert town_short("鹤溪畲族乡") == "鹤溪"
    assert town_short("淮川街道办事处") == "淮川"
    assert town_short("石镇") == ""  # one character left is no place name


def test_towns_beneath_reads_only_the_counties_asked_for():
    towns = towns_beneath({"430181"})
    assert towns and {t.county for t in towns} == {"430181"}
    by_short = {t.short: t for t in towns}
    assert by_short["淮川"].name == "淮川街道" and by_short["淮川"].code.startswith("430181")
    assert by_short["淮川"].unique  # no other township of China is called 淮川
    assert not by_short["官渡"].unique  # 官渡 is a township in several counties
    assert towns_beneath(set()) == []


def test_build_script_keeps_townships_proper(tmp_path):
    spec = importlib.util.spec_from_file_location("build_towns", ROOT / "scripts" / "build_towns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.town_name("淮川街道") == "淮川街道"
    assert module.town_name("（工业园区）城南街道") == "城南街道"
    assert module.town_name("科技城（东渚街道）") == "东渚街道"
    assert module.town_name("国营农场") == ""
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "town.csv").write_text("code,name,province,city,area,town\n"
                                   "430181,淮川街道,43,01,81,001000\n430181,大围山林场,43,01,81,400000\n"
                                   "130171,某开发区街道,13,01,71,001000\n", encoding="utf-8")
    divisions = tmp_path / "divisions.tsv"
    divisions.write_text("430000\t湖南省\t\n430100\t长沙市\t430000\n430181\t浏阳市\t430100\n", encoding="utf-8")
    assert module.build(dist, divisions) == [("430181001", "淮川街道", "430181")]


# ---- suspects ---------------------------------------------------------------------------------------------------

def test_a_township_after_the_place_is_a_suspect_for_review():
    found = run([acc("浏阳淮川发布", "x1"), acc("瀏陽集里公安", "x2"), acc("浏阳荷花街道发布", "x3"),
                 acc("内乡城关发布", "x4"), acc("刘阳淮川发布", "x5")])
    assert {k: f["target"]["name"] for k, f in found.items()} == {
        "x1": "浏阳发布", "x2": "浏阳公安", "x3": "浏阳发布", "x4": "内乡发布", "x5": "浏阳发布"}
    first = found["x1"]
    assert first["evidence"]["layer"] == "subplace"
    assert 0.6 <= first["score"] <= impostor.SUB_PLACE_MAX < 0.95  # for review, below an identical copy
    assert "淮川" in first["reasons"][0] and "湖南省长沙市浏阳市淮川街道" in first["reasons"][0]
    assert "430181001" in first["reasons"][0]
    assert any("繁体" in r for r in found["x2"]["reasons"])
    assert any("同音" in r for r in found["x5"]["reasons"])
    # 城关 is an everyday word and a township in a hundred counties, but it is 内乡's 城关镇 after 内乡
    assert "内乡县城关镇" in found["x4"]["reasons"][0]


def test_a_township_written_first_or_instead_of_the_place():
    found = run([acc("淮川浏阳发布", "x1"), acc("淮川发布", "x2"), acc("集里公安", "x3")])
    assert found["x1"]["target"]["name"] == "浏阳发布"
    assert found["x2"]["target"]["name"] == "浏阳发布" and "代替“浏阳”" in found["x2"]["reasons"][0]
    assert found["x3"]["target"]["name"] == "浏阳公安"


def test_a_company_using_the_name_with_a_township_inserted_is_flagged_a_medium_is_not():
    found = run([acc("浏阳淮川发布", "x1", verified=True, verified_type="enterprise", verified_reason="某某信息咨询有限公司"),
                 acc("浏阳淮川发布", "x2", verified=True, verified_type="media", verified_reason="某某传媒有限公司"),
                 acc("浏阳淮川发布", "x3", verified=True, verified_type="enterprise",
                     verified_reason="浏阳市淮川文化传播有限公司")])
    assert set(found) == {"x1"}  # x3: the township is its own name


# ---- hard negatives ---------------------------------------------------------------------------------------------

def test_townships_own_bodies_and_accounts_are_not_impostors():
    found = run([
        acc("内乡城关镇人民政府", "n1"),  # the township's government
        acc("浏阳淮川街道办事处", "n2"),  # the subdistrict office
        acc("官渡发布", "n3"),  # a township with its own registered unit (官渡党建)
        acc("浏阳官渡发布", "n4"),
        acc("淮川街道党工委", "n5"),
    ])
    assert found == {}


def test_another_countys_township_or_a_mention_is_not_a_suspect():
    found = run([
        acc("城关发布", "n1"),  # 城关: a township in 132 counties, no place written
        acc("王店发布", "n2"),  # 王店: 内乡's and six other counties'
        acc("浏阳王店发布", "n3"),  # 王店 is no township of 浏阳
        acc("浏阳城关发布", "n4"),  # nor 城关
        acc("浏阳淮川美食", "n5"),  # a business that names the township
        acc("我在浏阳淮川发布会现场", "n6"),  # a sentence: the township is not where a place sits
        acc("桐城城关发布", "n7"),  # another real county: not 浏阳 or 内乡 disguised
    ])
    assert found == {}
    # a province or prefecture target has no townships of its own: 长沙 + 淮川 is not 长沙发布 below the place
    assert "n8" not in run([acc("长沙淮川发布", "n8")]) or \
        run([acc("长沙淮川发布", "n8")])["n8"]["evidence"]["layer"] != "subplace"


def test_a_verified_township_account_is_unregistered_never_an_impostor():
    account = acc("淮川发布", "g1", verified=True, verified_type="government", verified_reason="浏阳市淮川街道办事处")
    ctx = DetectionContext(registry=REGISTRY, accounts=[account])
    assert list(impostor.detect(ctx)) == []
    found = list(unregistered.detect(DetectionContext(registry=REGISTRY, accounts=[account])))
    assert [f["account_id"] for f in found] == ["g1"]


def test_registry_without_county_units_never_reads_the_township_table(monkeypatch):
    import detectors.name_index as name_index

    def fail(_counties):
        raise AssertionError("township table read")

    monkeypatch.setattr(name_index, "towns_beneath", fail)
    registry = [reg("长沙发布", "长沙市人民政府新闻办公室", "r4", "湖南省长沙市")]
    assert set(run([acc("长沙城关发布", "x1"), acc("长沙发布", "x2")], registry)) == {"x2"}


def test_explain_names_the_township_and_its_division():
    out = impostor.explain(DetectionContext(registry=REGISTRY, accounts=[]), {"name": "浏阳淮川发布", "platform": "weibo"})
    assert out["flagged"]
    top = out["closest"][0]
    assert top["target"]["name"] == "浏阳发布" and top["affix_layer"] == "subplace"
    assert "湖南省长沙市浏阳市淮川街道" in top["affix_reasons"][0]


@pytest.mark.parametrize("name", ["浏阳淮川" + "发" * 200_000, "淮川" * 100_000, "浏阳淮川发布" * 30_000])
@pytest.mark.timeout(120)  # a hang guard for hostile input; speed itself is measured in bench/
def test_a_200000_character_name_stays_fast(name):
    from detectors.names import analyse_name
    officials = impostor._Officials(DetectionContext(registry=REGISTRY, accounts=[]))
    form = analyse_name(name)
    assert impostor._sub_place_pairs(officials, [form], [], 0.6) == []  # a text, not a name: not looked at
    assert officials.sub_place_matches_of(form) == {}
    found = run([acc(name, "h1")])
    assert "h1" not in found or found["h1"]["evidence"]["layer"] != "subplace"
