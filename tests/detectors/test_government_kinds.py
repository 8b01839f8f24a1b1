"""Government body kinds read in verification text (issue #12, unregistered): mass organisations by their full names,
a township's own posts, a township's congress presidium and armed-forces department, the public health centre and the
12345 hotline. Invented units on real places (none from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors import unregistered
from detectors.context import DetectionContext
from detectors.government import government_unit_in, government_verification, is_government_body


@pytest.mark.parametrize("unit", [
    "诸暨市总工会", "诸暨市妇女联合会", "诸暨市科学技术协会", "诸暨市文学艺术界联合会", "诸暨市社会科学界联合会",
    "诸暨市残疾人联合会", "诸暨市红十字会", "诸暨市枫桥镇计划生育协会", "诸暨市归国华侨联合会",
])
def test_a_mass_organisation_by_its_full_name_is_a_government_body(unit):
    assert government_unit_in(f"{unit}官方账号") == unit


@pytest.mark.parametrize("unit", [
    "诸暨市某某行业协会", "诸暨市青年企业家联合会", "诸暨某某科技有限公司工会", "某某公司总工会",
])
def test_an_association_or_a_company_body_is_not(unit):
    assert not is_government_body(unit)


@pytest.mark.parametrize("unit", [
    "诸暨市枫桥镇统计站", "义乌市苏溪镇环境保护所", "义乌市稠城街道综治中心", "诸暨市枫桥镇农产品质量安全监管站",
    "诸暨市枫桥镇电子商务公共服务站", "诸暨市枫桥镇人民代表大会主席团", "诸暨市枫桥镇人民武装部", "诸暨市枫桥镇卫生院",
    "诸暨市12345政务服务便民热线", "诸暨市草原工作站", "四子王旗乌兰牧骑",
])
def test_a_township_post_and_the_hotline_are_government_bodies(unit):
    assert government_unit_in(unit) == unit


@pytest.mark.parametrize("unit", [
    "诸暨在外老乡服务站", "某某同乡联谊服务站", "枫桥镇某某汽修有限公司服务站", "义乌某某学校卫生所",
])
def test_a_station_without_a_real_township_or_of_a_business_is_not(unit):
    assert government_unit_in(unit) is None


def test_an_unverified_type_with_a_mass_organisation_text_is_reported_unregistered():
    registry = [{"unit": "诸暨市人民政府新闻办公室", "platform": "weibo", "account_id": "r1", "name": "诸暨发布",
                 "region": "浙江省绍兴市诸暨市"}]
    acc = {"platform": "wechat", "account_id": "u1", "name": "诸暨科协", "verified": True, "verified_type": None,
           "verified_reason": "诸暨市科学技术协会"}
    assert government_verification(acc) == "诸暨市科学技术协会"
    found = list(unregistered.detect(DetectionContext(registry=registry, accounts=[acc])))
    assert [f["account_id"] for f in found] == ["u1"] and found[0]["score"] == 0.9


# A kind character that also ends everyday words (局, 厅, 委, 办, 署) ends a government unit only after a department's
# function word or as a branch of a body named before it (``core.bodies``, shared with the crawlers).
@pytest.mark.parametrize("unit", [
    "诸暨市公安局", "某某省教育厅", "诸暨市卫健委", "诸暨市委办", "诸暨市发改委", "诸暨市大数据局", "某某行政公署",
    "国家税务总局诸暨市税务局", "诸暨市编办", "某某省人民政府办公厅",
])
def test_a_department_ending_in_an_everyday_kind_is_a_government_body(unit):
    assert is_government_body(unit)
    assert government_unit_in(f"{unit}官方账号") == unit


@pytest.mark.parametrize("text", [
    "湘味小馆餐厅", "锦绣大酒店宴会厅", "影视剧大结局", "空间布局", "歌唱比赛评委", "赛事主办", "项目部署", "美食局",
])
def test_an_everyday_word_ending_in_a_kind_is_no_government_unit(text):
    assert not is_government_body(text)
    assert government_unit_in(f"{text}官方账号") is None
    assert government_verification({"verified": True, "verified_type": "other", "verified_reason": text}) is None
