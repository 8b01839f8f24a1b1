"""Typing by the name's end (twenty-third session): centres, a government's public institutions and 企业 as an
owner, the same for the crawler (``classify_verification``) and the detectors (``is_government_body``). Every
example is invented for the test."""

from __future__ import annotations

import pytest

from core.bodies import government_kind
from crawler.platforms.base import classify_verification
from detectors.government import government_unit_in, is_government_body, organisation_in


@pytest.mark.parametrize("name", [
    "某丘县疾病预防控制中心",        # a public function (CENTRE_FUNCTIONS)
    "某丘县人民政府招商服务中心",    # a government owner before the centre
    "某丘省草原防火指挥中心",        # place + a public duty + 中心
    "某丘市河道管理中心",
    "某丘县土壤墒情监测分中心",      # a branch of a duty centre
    "某丘区古树名木保护中心",
])
def test_public_centres_are_units_to_both_layers(name):
    assert government_kind(name) is not None
    assert is_government_body(name)
    assert classify_verification(name + "官方微博") == "government"


@pytest.mark.parametrize("name", [
    "某丘市某区星光培训中心",        # a trade (培训) is no public duty
    "某丘市康宁健康管理中心",        # a duty businesses sell
    "某丘市物业管理中心",
    "星光艺术服务中心",              # no place, no body, no public function
    "某丘市青禾服务中心",
])
def test_business_centres_are_no_unit(name):
    assert government_kind(name) is None
    assert not is_government_body(name)
    assert government_unit_in(name + "官方账号") is None
    assert classify_verification(name) != "government"


@pytest.mark.parametrize("name", [
    "某丘省图书馆", "某丘市档案馆", "某丘县博物馆", "某丘县文化馆", "某丘市群众艺术馆", "某丘市烈士纪念馆",
    "某丘省地方史志研究院", "某丘市党史地方志研究室", "某丘县文化和旅游局文化馆",
])
def test_public_institutions_of_a_government_are_government(name):
    assert government_kind(name) is not None
    assert organisation_in(name + "官方微博") == name
    assert government_unit_in(name + "官方微博") == name
    assert classify_verification(name + "官方微博") == "government"


@pytest.mark.parametrize("name", ["星河红木博物馆", "某某收藏纪念馆", "青禾地方史志研究院", "某丘市茶馆", "某丘县饭馆"])
def test_institution_kinds_without_a_government_owner_are_not(name):
    assert government_kind(name) is None
    assert not is_government_body(name)
    assert classify_verification(name) != "government"


def test_enterprise_is_an_owner_only_right_before_the_kind():
    # the 企业 a government body serves
    assert classify_verification("某丘县人民政府企业服务中心") == "government"
    assert government_kind("某丘市企业服务局") is not None
    # an enterprise's own party committee, union or office
    for name in ("星河企业党委", "某丘星河企业工会委员会", "星河企业办公室"):
        assert government_kind(name) is None
        assert classify_verification(name) == "enterprise"
    # a business word outside the government body's name still makes the text an enterprise's
    assert classify_verification("星河商贸企业 某丘县公安局") == "enterprise"
    assert classify_verification("某丘县星河有限公司党委") == "enterprise"


def test_the_shop_of_a_place_in_a_body_is_no_shop_but_a_shop_beside_it_is():
    assert classify_verification("淄川市公安局张店分局") == "government"
    assert classify_verification("某丘小吃店，某丘县公安局") == "enterprise"
