"""Issue #12, twenty-fifth round: level forms written by the names of divisions that are gone — a division set up from
two or more in one change, written by one of them, or a district abolished into its neighbour, written by its old
name (read from the change links of the 民政部 code tables, ``scripts/build_former_divisions.py --lineage``: 美溪区 for
伊美区, 港闸区 for 崇川区); and a province written by the name of a province of 1945-1955 merged whole into it whose
name is today another place's (``detectors.places.former_namesakes``: 合江 for 黑龙江, the 合江省 of 1945-1949; 合江 is
Sichuan's 合江县) — read for review, never when the registry has a unit of that other place, when the name writes the
other place's level word, or when the account's own text places it there.

The change-table rows below are invented (甲山区, 乙水区 …); the account and registry names are written for these
tests (units of 黑龙江, 南通, 伊春), not taken from any evaluation part.
"""

from __future__ import annotations

from detectors.places import former_name_forms, former_namesakes, places_namesake, region_division
from scripts.build_former_divisions import lineage_rows, merge_rows
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("黑龙江农机", "黑龙江省农业机械化服务中心", "h1", "weibo", "黑龙江省"),
    reg("黑龙江省粮食储备", "黑龙江省粮食和物资储备局", "h2", "weibo", "黑龙江省"),
    reg("崇川城管", "南通市崇川区城市管理局", "n1", "weibo", "江苏省南通市崇川区"),
    reg("伊美林业", "伊春市伊美区林业和草原局", "y1", "weibo", "黑龙江省伊春市伊美区"),
    reg("金林林业", "伊春市金林区林业和草原局", "y2", "weibo", "黑龙江省伊春市金林区"),
]


def _read(name: str, registry=REGISTRY, **extra) -> tuple[str | None, float]:
    """(the registered name pointed at, the score) of one account named ``name``."""
    found = findings(registry, [acc(name, "x", **extra)]).get("x")
    return (found["target"]["name"], found["score"]) if found else (None, 0.0)


# ---- the change links of the code tables (build) --------------------------------------------------------------------

def _row(code, name, status, start, end="", new="", parent="丙市"):
    return {"代码": code, "二级行政区": parent, "名称": name, "级别": "县级", "状态": status, "启用时间": start,
            "变更/弃用时间": end, "新代码": new}


CURRENT = {"990100": "丙市", "990111": "甲水区", "990112": "丁山区", "990113": "丁河区", "990114": "戊原区",
           "990115": "己城区"}
ROWS = [
    # two districts abolished, one new district set up from them
    _row("990102", "甲山区", "弃用", "1983", "2019", "990111"),
    _row("990103", "乙水区", "弃用", "1983", "2019", "990111"),
    _row("990111", "甲水区", "在用", "2019"),
    # a district abolished into its neighbour, which lives on
    _row("990104", "丙河区", "弃用", "1983", "2016", "990112"),
    _row("990112", "丁山区", "在用", "1983"),
    # a county split in two: the district of its own name is its heir, the other only took a part
    _row("990121", "丁河县", "弃用", "1983", "2004", "990112;990113"),
    _row("990113", "丁河区", "在用", "2004"),
    # split in two new districts of other names: the name is each one's (read for none)
    _row("990122", "庚县", "弃用", "1983", "2010", "990114;990115"),
    _row("990114", "戊原区", "在用", "2010"),
    _row("990115", "己城区", "在用", "2010"),
    # a part given away earlier (the year marked) is no successor; a division in use with 新代码 gave a part away
    _row("990123", "辛县", "弃用", "1983", "2012", "990113[2005];990115"),
    _row("990124", "壬县", "在用", "1983", "", "990114[2011]"),
]


def test_a_division_set_up_from_two_has_both_names_before():
    names, parents = lineage_rows(ROWS, CURRENT)["990111"]
    assert sorted(names) == sorted(["甲山区", "乙水区"]) and parents == []  # 丙市 is its parent today


def test_a_district_abolished_into_its_neighbour_is_a_former_name_of_the_neighbour():
    assert "丙河区" in lineage_rows(ROWS, CURRENT)["990112"][0]


def test_a_split_goes_to_the_heir_by_name_else_to_each():
    rows = lineage_rows(ROWS, CURRENT)
    assert "丁河县" in rows["990113"][0] and "丁河县" not in rows["990112"][0]
    assert "庚县" in rows["990114"][0] and "庚县" in rows["990115"][0]


def test_a_part_given_away_is_no_former_name():
    rows = lineage_rows(ROWS, CURRENT)
    assert "辛县" not in rows.get("990113", ([], []))[0] and "辛县" in rows["990115"][0]
    assert "壬县" not in rows.get("990114", ([], []))[0]


def test_the_change_links_overrule_a_slip_of_the_name_and_code_linking():
    # the name-and-code linking read a code used again for another county as the same division (庚县 for 丁山区,
    # with its prefecture); the change table has 庚县 leading elsewhere: the slip goes with its parents
    rows = [("990112", "丁山区", ["庚县"], ["癸地区"]), ("990111", "甲水区", [], ["癸地区"])]
    merged = {c: (fn, fp) for c, _n, fn, fp in merge_rows(
        rows, lineage_rows(ROWS, CURRENT), CURRENT, {("99", r["名称"]) for r in ROWS})}
    assert "庚县" not in merged["990112"][0] and merged["990112"][1] == []
    assert sorted(merged["990111"][0]) == sorted(["甲山区", "乙水区"]) and merged["990111"][1] == ["癸地区"]


# ---- merged districts in the detector's data and names ---------------------------------------------------------------

def test_the_data_holds_the_districts_a_reformed_one_was_set_up_from():
    forms = former_name_forms(region_division("黑龙江省伊春市伊美区"))
    assert "美溪区" in forms and "伊春区" in forms
    assert "伊春" not in forms  # the short form is 伊春市's, today's prefecture
    # a district whose name ends in 林 keeps it (西林区, not the 林区 level of 神农架)
    assert "西林区" in former_name_forms(region_division("黑龙江省伊春市金林区"))


def test_a_merged_or_absorbed_district_written_for_the_one_of_today():
    for name, registered in (("美溪区林业", "伊美林业"), ("伊春区林业", "伊美林业"), ("西林区林业", "金林林业"),
                             ("港闸区城管", "崇川城管")):
        assert _read(name)[0] == registered, name


# ---- a dissolved province whose name is today another place's --------------------------------------------------------

def test_the_namesakes_of_a_province():
    got = dict(former_namesakes("230000"))
    assert set(got) == {"松江", "合江"}  # not 嫩江: the province's own 嫩江市
    assert former_namesakes("150000") == ()  # 绥远 names no place of today: an ordinary former name
    assert former_namesakes(region_division("江苏省南通市崇川区")) == ()  # provinces only


def test_the_account_text_that_places_it_at_the_namesake():
    codes = dict(former_namesakes("230000"))["合江"]
    assert places_namesake("四川省泸州市合江县农业农村局", codes)
    assert places_namesake("合江县农机推广站官方账号", codes)
    assert places_namesake("泸州农机服务", codes)  # the prefecture above it
    assert not places_namesake("合江农机官方账号", codes)  # the name again says nothing of where it is
    assert not places_namesake("黑龙江省农机", codes)


def test_the_old_province_written_for_the_province_is_for_review():
    target, score = _read("合江农机")
    assert target == "黑龙江农机" and 0.6 <= score < 0.8
    assert _read("合江粮食储备")[0] == "黑龙江省粮食储备"
    assert _read("合降农机")[0] == "黑龙江农机"  # respelt by sound as well


def test_the_namesake_with_its_own_level_word_is_that_place():
    assert _read("合江县农机")[0] is None
    assert _read("嫩江农机")[0] is None  # 嫩江市 of the province itself


def test_an_account_placed_at_the_namesake_is_its_own():
    assert _read("合江农机", description="泸州市合江县农业机械化技术推广站")[0] is None
    assert _read("合江农机", verified=True, verified_reason="合江县农业农村局")[0] is None


def test_a_registry_with_a_unit_of_the_namesake_reads_the_name_as_that_unit():
    registry = [*REGISTRY, reg("合江发布", "合江县人民政府新闻办公室", "s1", "weibo", "四川省泸州市合江县")]
    assert _read("合江农机", registry)[0] != "黑龙江农机"
