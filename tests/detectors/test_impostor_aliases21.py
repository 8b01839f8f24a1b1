"""Issue #12, twenty-first round: a place written by its nickname (雅称, 别称) or a region of few provinces, plain or
disguised by one look-alike or same-sound character (``detectors.place_aliases``, ``_Officials.alias_matches``), and
strokes of the CJK Strokes block used as spacing.

Strings written for these tests (Shandong, Fujian, Shaanxi, Sichuan, Chongqing, Guangdong, Guangxi, Hebei units), not
taken from any evaluation part.
"""

from __future__ import annotations

from detectors.names import analyse_name
from detectors.place_aliases import alias_places, aliases
from detectors.places import standing_nicknames
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("山东发布", "山东省人民政府新闻办公室", "s1", "weibo", "山东省"),
    reg("莒县发布", "莒县人民政府新闻办公室", "s2", "weibo", "山东省日照市莒县"),
    reg("福建公安", "福建省公安厅", "f1", "weibo", "福建省"),
    reg("陕西12345", "陕西省12345政务服务便民热线", "w1", "weibo", "陕西省"),
    reg("四川文旅", "四川省文化和旅游厅", "c1", "weibo", "四川省"),
    reg("广东慈善", "广东省慈善总会", "g1", "weibo", "广东省"),
    reg("河北应急", "河北省应急管理厅", "h1", "weibo", "河北省"),
    reg("赵县应急", "赵县应急管理局", "h2", "weibo", "河北省石家庄市赵县"),
    reg("三河发布", "三河市人民政府新闻办公室", "h3", "weibo", "河北省廊坊市三河市"),
    reg("福州公安", "福州市公安局", "f2", "weibo", "福建省福州市"),
]


def _target(name: str, registry=REGISTRY, **extra) -> str | None:
    found = findings(registry, [acc(name, "x", **extra)]).get("x")
    return found["target"]["name"] if found else None


# ---- the tables -------------------------------------------------------------------------------------------------

def test_every_province_has_a_customary_name_and_landmarks_stand_for_no_place():
    provinces = {p for places in alias_places().values() for p in places if len(places) == 1}
    for short in ("河北", "山西", "山东", "福建", "陕西", "湖北", "湖南", "四川", "广西", "广东", "甘肃", "宁夏",
                  "西藏", "海南", "江西", "浙江", "安徽", "河南", "云南", "北京", "天津", "上海", "重庆",
                  "吉林", "辽宁", "香港", "台湾"):
        assert short in provinces, short
    standing = standing_nicknames()
    assert "齐鲁" in standing and "泉城" in standing
    assert "泰山" not in standing and "孔子" not in standing  # a landmark, a native: not the place's name


def test_disguised_nicknames_are_read_but_not_from_a_real_place_or_word():
    table = aliases()
    assert [a.nickname for a in table["三琴"]] == ["三秦"] and table["三琴"][0].change[2] == "音近"
    assert any(a.nickname == "京津冀" for a in table["京津及"])
    assert "齐河" not in table  # a county of Shandong, not 齐鲁 disguised
    assert "龙江" not in alias_places() and "中原" not in alias_places()  # 龙江县, 郑州's 中原区: places' own names
    assert "华中" not in alias_places()  # a direction, not another name of 湖北


# ---- readings ---------------------------------------------------------------------------------------------------

def test_a_customary_name_in_place_of_the_province():
    assert _target("齐鲁发布") == "山东发布"
    assert _target("八闽公安") == "福建公安"
    assert _target("巴蜀文旅") == "四川文旅"  # 巴蜀 is Sichuan and Chongqing: only Sichuan's entry reads


def test_a_city_nickname_alone_is_no_name_match_but_a_municipality_s_is_a_province_s():
    assert _target("榕城公安") is None  # a city's nickname is left to the avatar rule (test_impostor_bodies8.py)
    shanghai = REGISTRY + [reg("上海发布", "上海市人民政府新闻办公室", "u1", "weibo", "上海市")]
    assert _target("申城发布", shanghai) == "上海发布"


def test_the_nickname_is_read_whole_before_a_county_short_form_splits_it():
    assert _target("燕赵应急") == "河北应急"  # not 赵县应急 with 燕 added


def test_a_disguised_customary_name():
    assert _target("三琴12345") == "陕西12345"  # 琴 sounds as 秦
    assert _target("燕赳应急") == "河北应急"  # 赳 drawn as 赵


def test_a_region_of_few_provinces_reads_when_one_of_them_is_registered():
    assert _target("岭南慈善") == "广东慈善"
    both = REGISTRY + [reg("广西慈善", "广西壮族自治区慈善总会", "g2", "weibo", "广西壮族自治区")]
    assert _target("岭南慈善", both) is None  # 广东 or 广西: nothing says which


def test_a_disguised_region_before_a_county_of_it():
    assert _target("京津及三河发布") == "三河发布"
    assert _target("京津机三河发布") == "三河发布"


def test_other_names_of_the_province_that_are_not_its_units_stay_unflagged():
    for name in ("齐鲁晚报", "三秦都市报", "齐鲁银行", "燕赵生活分享", "岭南画派", "八闽茶叶店"):
        assert _target(name) is None, name


def test_a_stroke_of_the_cjk_strokes_block_is_spacing():
    form = analyse_name("山㇀东发布")
    assert form.core == "山东发布" and "㇀" in form.hidden
    assert analyse_name("福㇐建公安").core == "福建公安"  # ㇐ is not read as 一
    assert _target("山㇀东发布") == "山东发布"
