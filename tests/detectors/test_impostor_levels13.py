"""Issue #12, tenth session: level forms and place abbreviations. A province written by its one-character
abbreviation (简称) before its level word or a department's name (鲁省发布, 鄂市监局, 皖文旅厅) is that province; a
department's name abbreviated the customary way (市监局, 政府新闻办, 新闻办: ``detectors/data/department_abbreviations.tsv``)
is the unit's other name, and points at the unit that holds the full word (the press office's 发布 account, not the
government's); a place written beneath the target's own prefecture with a wrong level word (宜宾长宁区 for 宜宾's
长宁县) is the target's. The names are written for these tests; real divisions from ``detectors/data/divisions.tsv``."""

from __future__ import annotations

import pytest

from detectors.departments import abbreviated_forms, department_abbreviations
from detectors.name_index import unit_aliases
from detectors.places import other_division, province_abbreviations, stands_alone
from detectors.systems import department_words, system_of
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("山东发布", "山东省人民政府新闻办公室", "sd1", "山东省"),
    reg("山东省人民政府", "山东省人民政府", "sd2", "山东省"),
    reg("湖北市场监管", "湖北省市场监督管理局", "hb1", "湖北省"),
    reg("安徽文旅", "安徽省文化和旅游厅", "ah1", "安徽省"),
    reg("湖南应急", "湖南省应急管理厅", "hn1", "湖南省"),
    reg("上海发布", "上海市人民政府新闻办公室", "sh1", "上海市"),
    reg("广西气象", "广西壮族自治区气象局", "gx1", "广西壮族自治区"),
    reg("新疆公安", "新疆维吾尔自治区公安厅", "xj1", "新疆维吾尔自治区"),
    reg("建湖发布", "建湖县人民政府新闻办公室", "jh1", "江苏省盐城市建湖县"),
    reg("建湖县人民政府", "建湖县人民政府", "jh2", "江苏省盐城市建湖县"),
    reg("长宁发布", "长宁县人民政府新闻办公室", "cn1", "四川省宜宾市长宁县"),
    reg("长沙县发布", "长沙县人民政府新闻办公室", "cs1", "湖南省长沙市长沙县"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- the data ---------------------------------------------------------------------------------------------------

def test_every_province_has_its_abbreviation_and_level_word():
    table = province_abbreviations()
    assert table["鲁"] == ("山东", ("省",)) and table["川"] == ("四川", ("省",)) and table["蜀"] == ("四川", ("省",))
    assert table["沪"] == ("上海", ("市",)) and table["渝"] == ("重庆", ("市",))
    assert table["桂"] == ("广西", ("自治区", "区")) and table["蒙"] == ("内蒙古", ("自治区", "区"))
    assert table["港"] == ("香港", ("特别行政区", "特区"))
    assert len({short for short, _ in table.values()}) == 34  # every provincial-level division


@pytest.mark.parametrize(("text", "i", "alone"), [
    ("鲁省发布", 0, True),
    ("粤公安厅", 0, True),
    ("山东省发布", 1, False),  # 东 of 山东
    ("江苏省发布", 1, False),  # 苏 of 江苏
    ("汶川县发布", 1, False),  # 汶川, a county
    ("津市发布", 0, False),  # 津市, a county-level city of 湖南
    ("吉林省发布", 0, False),
])
def test_an_abbreviation_stands_alone_only_outside_division_names(text, i, alone):
    assert stands_alone(text, i) is alone


def test_department_abbreviations_table():
    table = department_abbreviations()
    assert "市监局" in table["市场监督管理局"] and "新闻办" in table["人民政府新闻办公室"]
    for full, short in table.items():
        assert short and all(s != full and len(s) < len(full) for s in short), full


@pytest.mark.parametrize(("rest", "forms"), [
    ("场监督管理局", ["场监管局", "监局"]),  # 市场监督管理局 with the level word 市 removed, as names are compared
    ("人民政府新闻办公室", ["人民政府新闻办", "政府新闻办", "新闻办"]),
    ("文化和旅游厅", ["文旅厅"]),
    ("公安厅", []),  # no customary abbreviation
    ("发布", []),
])
def test_abbreviated_forms(rest, forms):
    assert abbreviated_forms(rest) == forms


def test_abbreviations_are_aliases_and_body_words():
    aliases = unit_aliases("湖北省市场监督管理局", ["湖北"])
    assert ("short", "湖北监局") in aliases and ("short", "湖北场监管局") in aliases
    assert ("short", "建湖新闻办") in unit_aliases("建湖县人民政府新闻办公室", ["江苏", "盐城", "建湖"])
    assert system_of("湖北监局") == "市场监管"
    words = department_words()
    assert "市监局" in words and "文旅厅" in words and "人民政府" in words
    assert "政府" not in words and "公安" not in words and "发布" not in words  # a line of work, not a department


# ---- detection --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "target"), [
    ("鲁省发布", "sd1"),
    ("鲁省省人民政府", "sd2"),
    ("湘省应急", "hn1"),
    ("鄂市监局", "hb1"),  # abbreviation + a department's abbreviated name
    ("鄂省市场监管", "hb1"),
    ("皖文旅厅", "ah1"),  # abbreviation + a department's name
    ("桂自治区气象", "gx1"),
    ("桂区气象", "gx1"),  # 广西区, as names write the region
    ("【官方】鲁省发布", "sd1"),
    ("鲁省\u200b发布", "sd1"),  # invisible characters
    ("魯省發布", "sd1"),  # traditional characters
])
def test_province_abbreviation_impostors_are_flagged(name, target):
    found = run([acc(name, "x")])
    assert "x" in found, name
    assert found["x"]["target"]["account_id"] == target
    assert 0.6 <= found["x"]["score"] <= 0.9
    assert any("简称" in r for r in found["x"]["reasons"]), found["x"]["reasons"]


@pytest.mark.parametrize(("name", "target"), [
    ("湖北省市监局", "hb1"),
    ("湖北市场监管局", "hb1"),
    ("建湖县政府新闻办", "jh1"),  # the press office's 发布 account, not the government's
    ("建湖县人民政府新闻办", "jh1"),  # holds 建湖县人民政府 whole, but the 新闻办 makes it the press office
    ("建湖新闻办", "jh1"),
    ("宜宾长宁区发布", "cn1"),  # 长宁区 is Shanghai's, but 宜宾 places it: 长宁县 written wrongly
])
def test_abbreviated_departments_and_misplaced_levels_are_flagged(name, target):
    found = run([acc(name, "x")])
    assert "x" in found, name
    assert found["x"]["target"]["account_id"] == target


@pytest.mark.parametrize("name", [
    "晋省发布",  # 山西: no unit of that province in the registry
    "赣省市监局",  # 江西
    "陕省发布",
    "汶川县发布",  # 川 of 汶川, a county
    "川省美食",  # 四川: no registry unit of that province, and no registered name after it anyway
    "鲁菜馆",  # an abbreviation with neither a level word nor a department after it
    "鲁省美食推荐",  # the province written out names no registered name
    "沪市发布",  # 沪市 is the Shanghai stock market
    "新区公安",  # 新区 (a new district) is a word: not 新疆区
    "新区公安厅",
    "长宁区发布",  # 上海's 长宁区
    "上海长宁区发布",
    "湖南长沙市发布",  # the city, not 长沙县: 湖南 is above both
])
def test_other_provinces_and_words_stay_clean(name):
    assert run([acc(name, "x")]) == {}, name


def test_verified_government_accounts_are_never_impostors():
    accounts = [acc("鲁省发布", "v1", verified=True, verified_type="government", verified_reason="山东省人民政府新闻办公室"),
                acc("湖北省市监局", "v2", verified=True, verified_type="government",
                    verified_reason="湖北省市场监督管理局")]
    assert run(accounts) == {}


@pytest.mark.parametrize(("text", "region", "other"), [
    ("宜宾长宁区发布", "四川省宜宾市长宁县", ""),
    ("四川长宁区发布", "四川省宜宾市长宁县", ""),  # 四川 is above 宜宾's 长宁县, not above Shanghai's 长宁区
    ("长宁区发布", "四川省宜宾市长宁县", "长宁区"),
    ("上海长宁区发布", "四川省宜宾市长宁县", "长宁区"),
    ("湖南长沙市发布", "湖南省长沙市长沙县", "长沙市"),  # 湖南 is above the city too
])
def test_other_division_reads_the_place_written_before(text, region, other):
    assert other_division(text, region) == other


@pytest.mark.timeout(120)  # a hang guard for hostile input; speed itself is measured in bench/
def test_hostile_long_name_is_bounded():
    assert run([acc("鲁省" * 50_000, "x"), acc("鄂市监局" * 30_000, "y")]) == {}
    assert stands_alone("鲁省" * 50_000, 99_998)
