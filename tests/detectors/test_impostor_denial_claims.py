"""A description's denial (非官方, 与…部门无关) excuses added words that describe another account about the unit
(随手拍, 直击), never added words that claim the unit's own voice or desk (官方, 客服, 政务, 服务中心): a name that
says 官方客服 contradicts its own 本号非官方, and a disclaimer in small print must not buy an impersonation out."""

import pytest

from detectors.government import claims_official
from tests.detectors.test_impostor_name35 import DENIAL, _found


@pytest.mark.parametrize("name", ["琼中文旅官方客服", "琼中文旅客服", "琼中文旅政务服务中心", "琼中文旅官方号",
                                  "琼中文旅办事大厅", "琼中文旅official"])
def test_a_denial_does_not_excuse_added_words_that_claim_the_unit(name):
    assert _found(name, "本号非官方，仅供参考。")["target"]["name"] == "琼中文旅"
    assert _found(name, DENIAL)["target"]["name"] == "琼中文旅"


def test_a_denial_still_excuses_words_of_another_account_about_the_unit():
    assert _found("琼中文旅随手拍", DENIAL) is None


@pytest.mark.parametrize("added, claims", [("官方客服", True), ("OFFICIAL", True), ("政务服务中心", True), ("客服", True),
                                           ("随手拍", False), ("直击", False), ("", False), (None, False)])
def test_claims_official(added, claims):
    assert claims_official(added) is claims
