"""Unregistered: units of county-level statistical units that are no division (管理区, 新区, 行委 …) are placed in
their prefecture (``detectors.places.statistical_placement``, ``detectors/data/statistical_units.tsv``)."""

from __future__ import annotations

from detectors import unregistered
from detectors.context import DetectionContext
from detectors.government import in_jurisdiction
from detectors.places import gazetteer, placement, statistical_placement, statistical_units, unit_placement

HUNAN = [{"unit": "岳阳市人民政府新闻办公室", "platform": "weibo", "account_id": "r1", "name": "岳阳发布",
          "region": "湖南省岳阳市"},
         {"unit": "湖南省公安厅", "platform": "weibo", "account_id": "r2", "name": "湖南公安", "region": "湖南省"}]


def _names(groups):
    gaz = gazetteer()
    return [sorted(gaz.divisions[c].name for c in g) for g in groups]


def run(accounts, registry=HUNAN):
    return {f["account_id"]: f for f in unregistered.detect(DetectionContext(registry=registry, accounts=accounts))}


def test_a_management_area_is_placed_in_its_prefecture():
    assert placement("屈原管理区公安局") == ()  # no division of the gazetteer
    assert _names(statistical_placement("屈原管理区公安局")) == [["岳阳市"]]
    assert _names(statistical_placement("岳阳市屈原管理区管委会")) == [["岳阳市"]]
    assert _names(unit_placement("乌拉盖管理区人民法院")) == [["锡林郭勒盟"]]


def test_an_administrative_committee_is_read_in_its_short_forms():
    for text in ("大柴旦行政委员会", "大柴旦行委", "大柴旦行政区公安局"):
        assert _names(statistical_placement(text)) == [["海西蒙古族藏族自治州"]], text


def test_a_division_named_in_the_text_places_it_alone():
    assert unit_placement("衡水滨湖新区") == placement("衡水滨湖新区")
    assert statistical_placement("某某县人民政府") == ()


def test_a_kind_alone_or_a_name_two_prefectures_share_is_no_place():
    units = statistical_units()
    assert "经济技术开发区" not in units and "高新技术产业开发区" not in units
    assert "城乡一体化示范区" not in units  # of several prefectures' zones once their places are taken away
    assert all(len(codes) == 1 for codes in units.values())


def test_the_remit_reads_statistical_units():
    places = {"湖南省"}
    assert in_jurisdiction("屈原管理区人民政府办公室", places)
    assert not in_jurisdiction("屈原管理区人民政府办公室", {"湖北省"})
    assert not in_jurisdiction("乌拉盖管理区公安局", places)


def test_an_unregistered_account_of_a_management_area_is_reported():
    inside = {"platform": "douyin", "account_id": "u1", "name": "屈原公安", "verified": True,
              "verified_type": "government", "verified_reason": "屈原管理区公安局官方账号"}
    outside = {"platform": "douyin", "account_id": "u2", "name": "乌拉盖公安", "verified": True,
               "verified_type": "government", "verified_reason": "乌拉盖管理区公安局官方账号"}
    found = run([inside, outside])
    assert set(found) == {"u1"} and found["u1"]["unit"] == "屈原管理区公安局"
