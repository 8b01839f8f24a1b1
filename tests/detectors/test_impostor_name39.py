"""Issue #12, thirty-ninth round (imp-name39): which unit a name points at when it could be read two ways, former
divisions by the approvals that abolished them, and the words of housing, allotment, pass and fair frauds.

- A registered name written whole — respelt by sound or shape, or reordered — outranks a township read in place of
  its county that leaves characters over (``detectors.impostor._written_whole_target``): the township reading
  substitutes a place the name does not write and leaves unexplained the one it does.
- A former division's successor is the one the approval says took it whole (``scripts/build_former_divisions.py``,
  ``_approved_whole``: 以原X的行政区域为Y的行政区域), not one set up the same year that took a township of it.
- A former name written with look-alike or same-sound characters of its own is read like a respelt place; a real
  division so written, or a one-character stem, is not.
- 人才公寓/公租房 (the state's housing), 内部房源/特批名额 (allotments from inside), 入场证/通行证 (passes) and the
  state's fairs and games (博览会, 亚运会 …) are no shop's words; 魔都/帝都 are nicknames of their cities.

Strings made for these tests, not taken from any evaluation part (the divisions and approvals are real inventory).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("海淀公安", "北京市公安局海淀分局", "a1", "weibo", "北京市海淀区"),
    reg("顺义公安", "北京市公安局顺义分局", "a2", "weibo", "北京市顺义区"),
    reg("通州发布", "北京市通州区人民政府新闻办公室", "a3", "weibo", "北京市通州区"),
    reg("海淀发布", "北京市海淀区人民政府新闻办公室", "a4", "weibo", "北京市海淀区"),
    reg("永定发布", "张家界市永定区人民政府新闻办公室", "b1", "weibo", "湖南省张家界市永定区"),
    reg("武陵源发布", "张家界市武陵源区人民政府新闻办公室", "b2", "weibo", "湖南省张家界市武陵源区"),
    reg("濠江发布", "汕头市濠江区人民政府新闻办公室", "c1", "weibo", "广东省汕头市濠江区"),
    reg("金平发布", "汕头市金平区人民政府新闻办公室", "c2", "weibo", "广东省汕头市金平区"),
    reg("叙州发布", "宜宾市叙州区人民政府新闻办公室", "d1", "weibo", "四川省宜宾市叙州区"),
    reg("闵行发布", "上海市闵行区人民政府新闻办公室", "e1", "weibo", "上海市闵行区"),
    reg("浦东发布", "上海市浦东新区人民政府新闻办公室", "e2", "weibo", "上海市浦东新区"),
    reg("萧山公安", "杭州市公安局萧山区分局", "f1", "weibo", "浙江省杭州市萧山区"),
    reg("萧山发布", "杭州市萧山区人民政府新闻办公室", "f2", "weibo", "浙江省杭州市萧山区"),
]


def _found(name):
    return findings(REGISTRY, [acc(name, "x")]).get("x")


def _target(name):
    found = _found(name)
    return found["target"]["name"] if found and found["score"] >= 0.6 else None


# -- a registered name written whole against a township standing for its county -----------------------------------

def test_a_name_written_whole_outranks_a_township_read_for_its_county():
    # 中关村 (海淀) read as 海淀 leaves 顺意 over; 公安顺意 is 顺义公安 reordered with 意 for 义
    found = _found("中关村公安顺意")
    assert found and found["target"]["name"] == "顺义公安"
    assert any("完整写出备案名称" in r for r in found["reasons"])


@pytest.mark.parametrize("name", ["中关村公安", "中关村公安发布"])
def test_a_township_reading_that_leaves_nothing_over_stays(name):
    assert _target(name) == "海淀公安"


# -- former divisions: the successor the approval names ----------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("上海县发布", "闵行发布"),  # 撤销上海县和闵行区，设立新的闵行区 (1992); 浦东新区 took only 三林乡
    ("大庸县发布", "永定发布"),  # 以原大庸市的行政区域为永定区的行政区域 (1988); 武陵源区 took two townships
    ("大庸发布", "永定发布"),
    ("达濠区发布", "濠江发布"),  # 达濠区 into 濠江区 (2003), not 金平区
    ("宜宾县发布", "叙州发布"),
])
def test_a_former_division_points_at_the_successor_its_approval_names(name, target):
    assert _target(name) == target


def _build_script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_former_divisions.py"
    spec = importlib.util.spec_from_file_location("build_former_divisions_39", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_approval_names_the_successor_that_took_the_division_whole():
    build = _build_script()
    row = {"代码": "310221", "名称": "上海县", build.APPROVAL: (
        "同意撤销上海县和闵行区，设立新的闵行区，以原上海县和闵行区的行政区域为新的闵行区的行政区域。\n"
        "同意设立上海市浦东新区，撤销川沙县，浦东新区的行政区域包括原川沙县，上海县的三林乡")}
    minhang, pudong = {"名称": "闵行区", "代码": "310112"}, {"名称": "浦东新区", "代码": "310115"}
    assert build._approved_whole(row, [pudong, minhang]) == [minhang]
    # a township of the division named with it is a part, not the division whole (庐山区牯岭镇, 原大庸市的协合)
    row = {"代码": "360402", "名称": "庐山区", build.APPROVAL: "以原星子县和庐山区牯岭镇的行政区域为庐山市的行政区域"}
    assert build._approved_whole(row, [{"名称": "庐山市", "代码": "360483"}]) == []
    row = {"代码": "522201", "名称": "铜仁市", build.APPROVAL: (
        "以原县级铜仁市（不含茶店镇、鱼塘乡、大坪乡）的行政区域为碧江区的行政区域\n"
        "铜仁市设立万山区，以原万山特区和原县级铜仁市的茶店镇、鱼塘乡、大坪乡的行政区域为万山区的行政区域")}
    bijiang, wanshan = {"名称": "碧江区", "代码": "520602"}, {"名称": "万山区", "代码": "520603"}
    assert build._approved_whole(row, [bijiang, wanshan]) == [bijiang]


def test_the_inventory_lists_each_former_county_under_its_successor_only():
    from detectors.places import former_name_forms
    assert any(w.startswith("上海县") or w == "上海县" for w in former_name_forms("310112"))
    assert not any(w.startswith("上海县") for w in former_name_forms("310115"))


# -- former names respelt -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["宜滨县发布", "宜宾县发步"])
def test_a_former_name_respelt_is_read_like_a_respelt_place(name):
    assert _target(name) == "叙州发布"


def test_a_real_division_one_character_from_a_former_name_is_that_division():
    assert _found("道县发布") is None  # Hunan's 道县, not 通县 (通州) respelt
    assert _target("通县发布") == "通州发布"


# -- housing, allotments, passes, fairs, nicknames ------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("萧山公安人才公寓", "萧山公安"),  # the state's housing, not a lodging business
    ("萧山公安公租房内部名额", "萧山公安"),  # an allotment from inside: bait
    ("萧山发布亚运会通行证", "萧山发布"),  # a fair and its pass
    ("萧山发布博览会", "萧山发布"),
    ("帝都海淀发布", "海淀发布"),  # 帝都: Beijing's nickname, the unit's own city
])
def test_words_of_housing_allotment_and_pass_frauds_are_no_shop_words(name, target):
    assert _target(name) == target


def test_a_lodging_business_near_the_unit_is_still_a_business():
    assert _found("萧山公安附近公寓出租") is None


def test_a_respelt_former_name_weighs_less_unless_it_writes_its_own_level_word():
    from detectors.impostor import FORMER_RESPELT_PENALTY
    plain, bare, levelled = _found("川沙发布"), _found("川莎发布"), _found("川莎县发布")  # 川沙县, today 浦东新区
    assert all(f and f["target"]["name"] == "浦东发布" for f in (plain, bare, levelled))
    # the bare stem respelt: two steps from today's name; with 县 written, the old county is written
    assert bare["score"] == pytest.approx(levelled["score"] - FORMER_RESPELT_PENALTY)
    assert bare["score"] < levelled["score"] < plain["score"]
