"""Impostor detection must not depend on the provinces of the tuning data (Shandong, Guangdong): issue #12.

Synthetic registries of other provinces (``tests/detectors/provinces_gen.py``, written alongside the detector: the
absolute figures are optimistic; what is checked is that other provinces do as well as the Shandong/Guangdong
baseline built the same way, and that the hard negatives — genuine accounts of places one character or one sound
away — stay unflagged everywhere). Plus unit tests of the place forms the detector reads for any province.
"""

from __future__ import annotations

import pytest

from detectors.name_index import places_of
from detectors.names import normalize_name
from detectors.places import gazetteer, region_places, shorten_long_names
from tests.detectors import provinces_gen as gen

# ---- place forms ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("region", "places"), [
    ("山东省济南市历下区", ("山东", "济南", "历下")),
    ("湖北省恩施土家族苗族自治州恩施市", ("湖北", "恩施州", "恩施")),
    ("海南省白沙黎族自治县", ("海南", "白沙县", "白沙")),
    ("新疆维吾尔自治区伊犁哈萨克自治州", ("新疆区", "新疆", "伊犁州", "伊犁")),
    ("湖北省神农架林区", ("湖北", "神农架林区", "神农架区", "神农架")),
    ("黑龙江省大兴安岭地区", ("黑龙江", "大兴安岭地区", "大兴安岭区", "大兴安岭")),
    ("内蒙古自治区鄂尔多斯市达拉特旗", ("内蒙古区", "内蒙古", "鄂尔多斯", "达拉特旗", "达拉特")),
    ("上海市浦东新区", ("上海", "浦东新区", "浦东区", "浦东")),
    ("山西省太原市万柏林区", ("山西", "太原", "万柏林")),
    ("山东省济南市历下区泉城路街道", ("山东", "济南", "历下", "泉城路街道")),
])
def test_region_places_read_division_names_whole(region, places):
    assert region_places(region) == places
    assert places_of({"region": region}) == list(places)


@pytest.mark.parametrize(("code", "short"), [
    ("140109", "万柏林"),  # 万柏林区 is 万柏林 + 区, not a 林区
    ("610103", "碑林"),
    ("441803", "清新"),  # 清新区: 新区 would leave one character
    ("210113", "沈北"),  # 沈北新区
    ("429021", "神农架"),  # the 林区 directly under 湖北
    ("232700", "大兴安岭"),
    ("654000", "伊犁"),  # 伊犁哈萨克自治州: the ethnic name without 族
    ("652700", "博尔塔拉"),
    ("653000", "克孜勒苏"),
    ("422800", "恩施"),
])
def test_short_forms_of_long_suffixes(code, short):
    assert gazetteer().divisions[code].short == short


@pytest.mark.parametrize(("text", "shortened"), [
    ("白沙黎族自治县发布", "白沙县发布"),
    ("恩施土家族苗族自治州公安", "恩施州公安"),
    ("广西壮族自治区公安", "广西区公安"),
    ("神农架林区发布", "神农架区发布"),
    ("大兴安岭地区发布", "大兴安岭区发布"),
    ("万柏林区发布", "万柏林区发布"),  # an ordinary district: unchanged
    ("高新区发布", "高新区发布"),  # no division of that name
    ("济南公安", "济南公安"),
])
def test_long_division_names_are_written_as_short_form_and_level_word(text, shortened):
    assert shorten_long_names(text) == shortened


def test_full_autonomous_name_matches_the_short_registered_name():
    assert normalize_name("白沙黎族自治县发布") == normalize_name("白沙县发布")
    assert normalize_name("湘西土家族苗族自治州文旅") == normalize_name("湘西州文旅")


# ---- the synthetic province sets --------------------------------------------------------------------------------

def test_province_sample_covers_every_region_and_leaves_out_the_tuning_provinces():
    sample = gen.province_sample(12)
    assert len(sample) == len(gen.REGIONS)
    assert not set(sample) & set(gen.BASELINE)
    assert all(code in codes for code, codes in zip(sample, gen.REGIONS.values()))


def test_tactics_change_the_name():
    import random
    place = gen.divisions()["422800"]
    rng = random.Random(1)
    for tactic in gen.TACTICS:
        out = gen.apply_tactic(tactic, "恩施发布", place, rng)
        assert out is None or out != "恩施发布", tactic
    assert gen.apply_tactic("full_place", "恩施发布", place, rng) == "恩施土家族苗族自治州发布"
    assert gen.apply_tactic("province_abbrev", "恩施发布", place, rng) == "鄂恩施发布"
    assert {gen.apply_tactic("level_word", "恩施发布", place, random.Random(s)) for s in range(20)} == {
        "恩施州发布", "恩施市发布"}
    prefixed = {gen.apply_tactic("ancestor_prefix", "恩施发布", place, random.Random(s)) for s in range(40)}
    assert {"【湖北省】恩施发布", "[鄂]恩施发布"} <= prefixed and all(p.endswith("恩施发布") for p in prefixed)


def test_other_ancestor_prefix_hard_negatives_are_made():
    ps = gen.build("150000")
    assert any(lab.get("family") == "other_ancestor_prefix" for lab in ps.labels.values())


# ---- level words of every kind, and ancestors of any level before the name ------------------------------------

@pytest.mark.parametrize(("cand", "reg", "reason"), [
    ("兴安盟发布", "兴安发布", "插入行政级别字“盟”"),  # 盟 written out after the registered short name
    ("迪庆州发布", "迪庆发布", "插入行政级别字“州”"),
    ("迪庆自治州公安", "迪庆公安", "插入行政级别字“自治州”"),
    ("达拉特发布", "达拉特旗发布", "去掉行政级别字“旗”"),  # dropped where the registered name carries it
    ("大兴安岭发布", "大兴安岭地区发布", "去掉行政级别字“区”"),
    ("寿光县发布", "寿光市发布", "行政级别字“市”换成了“县”"),  # 撤县设市
    ("恩施市公安", "恩施州公安", "行政级别字“州”换成了“市”"),
    ("锡林郭勒市文旅", "锡林郭勒盟文旅", "行政级别字“盟”换成了“市”"),
])
def test_level_words_of_every_kind(cand, reg, reason):
    from detectors.names import analyse_name, compare_names
    match = compare_names(analyse_name(cand), analyse_name(reg))
    assert match is not None and match.layer == "level", match
    assert reason in match.reasons


@pytest.mark.parametrize(("text", "stripped"), [
    ("兴安盟乌兰浩特发布", "兴安乌兰浩特发布"),
    ("内蒙古自治区卫健", "内蒙古卫健"),
    ("广州发布", "广州发布"),  # one-character stem: 州 is part of the name
    ("渭南华州文旅", "渭南华州文旅"),  # 华州 is read whole, not 南华 + 州
    ("杭州西湖发布", "杭州西湖发布"),
])
def test_level_words_are_read_only_after_a_place(text, stripped):
    from detectors.names import _strip_levels
    assert _strip_levels(text) == stripped


def test_ancestor_in_any_form_is_own_place_and_another_division_is_not():
    from detectors.affixes import explain_added
    own = frozenset(region_places("江苏省苏州市吴中区"))
    for prefix in ("江苏省", "江苏", "苏", "苏州市", "苏州", "中国江苏", "全国苏州", "省级", "市级"):
        added = explain_added(prefix, own, frozenset())
        assert not added.unknown and not added.rules_out, (prefix, added)
    mongolia = frozenset(region_places("内蒙古自治区兴安盟"))
    assert explain_added("锡林郭勒盟", mongolia).rules_out  # not an ancestor: another prefecture
    assert explain_added("桂林", mongolia).other_places == ["桂林"]  # 兴安县 of 桂林 is the other 兴安
    assert explain_added("内蒙古", mongolia).own_places == ["内蒙古"]
    # a division elsewhere in the country whose name is an everyday word is not read as another place
    jiangsu = frozenset(region_places("江苏省苏州市吴中区"))
    for word in ("和平", "城关", "东方"):
        added = explain_added(word, jiangsu)
        assert not added.other_places and added.unknown == word, (word, added)


def _detect(registry, names):
    from detectors import impostor
    from detectors.context import DetectionContext
    accounts = [{"platform": e["platform"], "account_id": e["account_id"], "name": e["name"], "verified": True,
                 "verified_type": "government"} for e in registry]
    accounts += [{"platform": "douyin", "account_id": f"x{k}", "name": n} for k, n in enumerate(names)]
    found = impostor.detect(DetectionContext(registry=registry, accounts=accounts))
    return {f["account_id"] for f in found}


def test_level_word_and_ancestor_prefix_flagged_other_ancestor_not():
    registry = [{"unit": "兴安盟行政公署新闻办公室", "platform": "weibo", "account_id": "r1", "name": "兴安发布",
                 "status": "active", "region": "内蒙古自治区兴安盟"},
                {"unit": "鄂尔多斯市达拉特旗公安局", "platform": "weibo", "account_id": "r2", "name": "达拉特旗公安",
                 "status": "active", "region": "内蒙古自治区鄂尔多斯市达拉特旗"}]
    flagged = _detect(registry, ["兴安盟发布", "内蒙古·兴安发布", "【蒙】兴安发布", "达拉特公安", "鄂尔多斯市达拉特公安",
                                 "桂林兴安发布", "广西兴安发布"])
    assert {"x0", "x1", "x2", "x3", "x4"} <= flagged
    assert not {"x5", "x6"} & flagged  # 兴安县 of 桂林, 广西: another 兴安 under another ancestor


@pytest.fixture(scope="module")
def baseline():
    results = [gen.score(ps, gen.run(ps)) for ps in (gen.build(code) for code in gen.BASELINE)]
    n = sum(r["impostors"] for r in results)
    return sum(r["recall"] * r["impostors"] for r in results) / n


# Provinces whose divisions the tuning data never had: autonomous prefectures and counties, 盟/旗, 林区, 地区,
# municipalities' districts and counties, minority-language names.
SPECIAL = ("150000", "420000", "430000", "460000", "500000", "530000", "620000", "650000", "110000", "230000")


@pytest.mark.slow
@pytest.mark.parametrize("code", sorted(set(gen.province_sample(12)) | set(SPECIAL)))
def test_other_provinces_do_as_well_as_the_baseline(code, baseline):
    ps = gen.build(code)
    res = gen.score(ps, gen.run(ps))
    assert res["impostors"] >= 150
    # Known gap left: a look-alike inside 自治 (内蒙古吉治区卫健) is missed; one per province at most.
    assert res["recall"] >= baseline - 0.025, res["misses"]
    assert res["right_target"] >= baseline - 0.03
    for tactic, (n, hit) in res["by_tactic"].items():
        assert hit >= n - 1, (tactic, res["misses"])
    assert res["false_positives"] == [], res["false_positives"]
    assert sum(n for n, _ in res["hard"].values()) >= 20
    assert res["registered_flagged"] == 0
    assert res["unregistered_as_impostor"] == 0
    assert res["unregistered_reported"] == res["unregistered"]
