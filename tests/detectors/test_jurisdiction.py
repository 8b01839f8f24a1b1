"""The unregistered detector's remit knows the administrative divisions (county → city → province)."""

from __future__ import annotations

import pytest

from detectors import unregistered
from detectors.context import DetectionContext
from detectors.government import in_jurisdiction, jurisdiction_places
from detectors.places import DATA, division_changes, gazetteer, placement, short_form

# A registry of provincial units only: its remit is the two provinces with every county, town and street in them.
REGISTRY = [
    {"unit": "山东省自然资源厅", "platform": "weibo", "account_id": "r1", "name": "山东自然资源", "region": "山东省"},
    {"unit": "广东省公安厅", "platform": "weibo", "account_id": "r2", "name": "广东公安", "region": "广东省"},
]


def gov(account_id: str, unit: str, **extra) -> dict:
    return {"platform": "weibo", "account_id": account_id, "name": unit[:4], "verified": True,
            "verified_type": "government", "verified_reason": f"{unit}官方微博", **extra}


def reported(accounts, registry=REGISTRY, jurisdiction=None) -> set[str]:
    cfg = {"detect.jurisdiction": jurisdiction} if jurisdiction is not None else None
    ctx = DetectionContext(registry=registry, accounts=accounts, cfg=cfg)
    return {f["account_id"] for f in unregistered.detect(ctx)}


def qualified(text: str) -> list[list[str]]:
    gaz = gazetteer()
    return [sorted(gaz.qualified_name(c) for c in group) for group in placement(text)]


def test_county_town_and_street_units_of_the_registry_provinces_are_reported():
    accounts = [
        gov("county", "郯城县公安局"),
        gov("school", "遂溪县第一中学"),
        gov("street", "莒南县十字路街道办事处"),
        gov("hospital", "五华县人民医院"),
        gov("town", "饶平县公安局黄冈镇派出所"),
        gov("district", "济南市公安局莱芜分局"),
    ]
    assert reported(accounts) == {"county", "school", "street", "hospital", "town", "district"}


def test_another_provinces_county_is_outside_the_remit():
    accounts = [gov("ours", "郯城县公安局"), gov("jiangsu", "沛县公安局"), gov("nanjing", "南京市公安局六合分局"),
                gov("liaoning", "海城市人民政府新闻办公室"), gov("hubei", "公安县人民政府")]
    assert reported(accounts) == {"ours"}


def test_most_specific_division_wins_and_short_forms_need_their_parent():
    assert qualified("山东省临沂市郯城县马头镇人民政府") == [["山东省临沂市郯城县"]]
    assert qualified("济南市公安局莱芜分局") == [["山东省济南市莱芜区"]]
    # 东城 alone would be 北京's 东城区: beside 四会市 it is a street of 四会, not a district of 北京
    assert qualified("四会市公安局东城街道派出所") == [["广东省肇庆市四会市"]]
    # everyday words are no places: 公安局 is not 湖北's 公安县, 平安济南 is 济南
    assert qualified("郯城县公安局") == [["山东省临沂市郯城县"]]
    assert qualified("平安济南") == [["山东省济南市"]]
    assert qualified("济南市历下区文化和旅游局") == [["山东省济南市历下区"]]


def test_ambiguous_short_names_are_resolved_by_their_parent_or_left_undecided():
    assert qualified("市中区人民政府") == [sorted(["山东省济南市市中区", "山东省枣庄市市中区", "四川省乐山市市中区",
                                               "四川省内江市市中区"])]
    assert qualified("枣庄市市中区人民政府") == [["山东省枣庄市市中区"]]
    # 海城: 海城市 (辽宁鞍山) or 海城区 (广西北海)
    assert qualified("海城发布") == [["广西壮族自治区北海市海城区", "辽宁省鞍山市海城市"]]
    haicheng = {"platform": "weibo", "account_id": "hc", "name": "海城发布", "verified_type": "government"}
    assert reported([haicheng], jurisdiction=["广西"]) == set()  # maybe 辽宁's: undecided, not reported
    assert reported([haicheng], jurisdiction=["广西", "辽宁"]) == {"hc"}  # either way ours
    assert reported([haicheng], jurisdiction=["山东"]) == set()
    assert reported([gov("sz", "市中区人民政府")], jurisdiction=["山东"]) == set()
    assert reported([gov("zz", "枣庄市市中区人民政府")], jurisdiction=["山东"]) == {"zz"}


def test_jurisdiction_setting_as_province_city_or_county():
    accounts = [gov("tancheng", "郯城县公安局"), gov("junan", "莒南县十字路街道办事处"),
                gov("laiwu", "济南市公安局莱芜分局"), gov("zhangqiu", "济南市章丘区人民政府"),
                gov("jiangsu", "沛县公安局")]
    registry = [{"unit": "济南市人民政府新闻办公室", "platform": "weibo", "account_id": "r9", "name": "济南发布"}]
    assert reported(accounts, registry, ["山东"]) == {"tancheng", "junan", "laiwu", "zhangqiu"}
    assert reported(accounts, registry, ["山东省"]) == {"tancheng", "junan", "laiwu", "zhangqiu"}
    assert reported(accounts, registry, ["临沂市"]) == {"tancheng", "junan"}
    assert reported(accounts, registry, ["临沂"]) == {"tancheng", "junan"}
    assert reported(accounts, registry, ["莱芜区"]) == {"laiwu"}
    assert reported(accounts, registry, ["郯城", "江苏"]) == {"tancheng", "jiangsu"}
    # no setting: the registry's own places (济南 with its districts; the unit names no province)
    assert reported(accounts, registry) == {"laiwu", "zhangqiu"}
    registry[0]["region"] = "山东省济南市"  # a region naming the province: all of 山东, as before
    assert reported(accounts, registry) == {"tancheng", "junan", "laiwu", "zhangqiu"}


def test_registry_places_are_qualified_divisions_expanded_beneath():
    places = jurisdiction_places([{"unit": "高密市人民政府新闻办公室", "region": "山东省潍坊市高密市"}])
    assert {"山东省", "山东省潍坊市", "山东省潍坊市高密市"} <= places
    assert in_jurisdiction("高密市朝阳街道办事处", places)
    assert not in_jurisdiction("湛江市公安局", places)
    # a short name the gazetteer reads two ways is not kept bare (海城 of 辽宁 is no licence for 广西's 海城区)
    places = jurisdiction_places([{"unit": "海城市人民政府", "region": "辽宁省鞍山市海城市"}])
    assert "海城" not in places and "辽宁省鞍山市海城市" in places
    assert in_jurisdiction("海城市公安局", places) and not in_jurisdiction("北海市海城区人民政府", places)


def test_unit_naming_no_division_is_judged_by_the_remit_names_as_text():
    assert not in_jurisdiction("某某发布", {"山东省"})
    assert in_jurisdiction("高新区管委会", {"高新区"})  # a remit entry the gazetteer does not know: plain text
    assert in_jurisdiction("沛县公安局", set())  # no remit known: everything is in scope


def test_media_verified_outlets_are_not_unregistered_government_accounts():
    outlet = {"platform": "weibo", "account_id": "m1", "name": "郯城之声", "verified": True,
              "verified_type": "media", "verified_reason": "郯城县融媒体中心官方微博"}
    enterprise = {"platform": "weibo", "account_id": "e1", "name": "郯城供水", "verified": True,
                  "verified_type": "enterprise", "verified_reason": "郯城县自来水管理中心"}
    registry = [{"unit": "郯城县人民政府新闻办公室", "platform": "weibo", "account_id": "r5", "name": "郯城发布",
                 "region": "山东省临沂市郯城县"}]
    assert reported([outlet, enterprise, gov("g1", "郯城县融媒体中心")], registry) == {"g1"}


def test_gazetteer_data_is_complete_and_consistent():
    gaz = gazetteer()
    levels = [d.level for d in gaz.divisions.values()]
    assert levels.count(1) == 34 and levels.count(2) > 330 and levels.count(3) > 2800
    assert all(not d.parent or d.parent in gaz.divisions for d in gaz.divisions.values())
    assert gaz.qualified_name(gaz.full["济源市"][0]) == "河南省济源市"  # a county-level city under its province
    assert gaz.qualified_name(gaz.full["东城区"][0]) == "北京市东城区"
    # every row of the data, less the divisions merged away since and with the new ones (divisions_changed.tsv)
    kinds = [c.kind for c in division_changes()]
    assert (DATA.read_text(encoding="utf-8").count("\n") - kinds.count("merged") + kinds.count("new")
            == len(gaz.divisions))


@pytest.mark.parametrize(("name", "province", "short"), [
    ("广西壮族自治区", True, "广西"), ("新疆维吾尔自治区", True, "新疆"), ("山东省", True, "山东"),
    ("恩施土家族苗族自治州", False, "恩施"), ("长阳土家族自治县", False, "长阳"), ("沛县", False, "沛"),
    ("莫力达瓦达斡尔族自治旗", False, "莫力达瓦"), ("锡林郭勒盟", False, "锡林郭勒"), ("神农架林区", False, "神农架"),
])
def test_short_forms(name, province, short):
    assert short_form(name, province) == short


def test_build_script_turns_the_package_tables_into_the_data_file(tmp_path):
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_divisions.py"
    spec = importlib.util.spec_from_file_location("build_divisions", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "province.csv").write_text("code,name,province\n370000,山东省,37\n410000,河南省,41\n", encoding="utf-8")
    (tmp_path / "city.csv").write_text("code,name,province,city\n371300,临沂市,37,13\n"
                                       "419000,河南省-省直辖县级行政区划,41,90\n", encoding="utf-8")
    (tmp_path / "area.csv").write_text("code,name,province,city,area\n371322,郯城县,37,13,22\n"
                                       "419001,济源市,41,90,01\n", encoding="utf-8")
    out = tmp_path / "divisions.tsv"
    assert module.main([str(tmp_path), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [
        "370000\t山东省\t", "410000\t河南省\t", "371300\t临沂市\t370000", "371322\t郯城县\t371300", "419001\t济源市\t410000"]


def test_a_name_shared_across_the_remits_border_is_read_by_the_registrys_own_prefectures():
    # 新华区 is a district of 平顶山 (河南) and of 沧州 and 石家庄 (河北): partly inside a remit of 河北
    xinhua = gov("xh", "新华区市场监督管理局")
    cangzhou = [{"unit": "沧州市运河区人民政府", "platform": "weibo", "account_id": "r1", "name": "运河发布",
                 "region": "河北省沧州市运河区"}]
    assert reported([xinhua], cangzhou) == {"xh"}  # the registry's units are in 沧州: its 新华区 is meant
    pingdingshan = [{"unit": "平顶山市卫东区人民政府", "platform": "weibo", "account_id": "r2", "name": "卫东发布",
                     "region": "河南省平顶山市卫东区"}]
    assert reported([xinhua], pingdingshan) == {"xh"}  # a remit of 河南 with units of 平顶山: 平顶山's
    # a registry of provincial units, or of a prefecture none of the candidates lies in, says nothing: undecided
    province = [{"unit": "河北省人民政府办公厅", "platform": "weibo", "account_id": "r3", "name": "河北政务",
                 "region": "河北省"}]
    assert reported([xinhua], province) == set()
    handan = [{"unit": "邯郸市人民政府新闻办公室", "platform": "weibo", "account_id": "r4", "name": "邯郸发布",
               "region": "河北省邯郸市"}]
    assert reported([xinhua], handan) == set()
    # the registry's prefectures narrow a shared name, they never widen the remit: 平顶山's units with a remit of 河北
    assert reported([xinhua], pingdingshan, ["河北"]) == set()
    # a name the verification qualifies is placed by it, as before
    assert reported([gov("pd", "平顶山市新华区市场监督管理局")], cangzhou) == set()
