"""Issue #12, thirty-sixth round: a company-verified account whose added words are its own company's words (a
customary sub-region before the unit's name, the same sub-region in the company's name) and whose description
introduces the account as the unit's government body itself. The own words explain a company's name beside the
unit's; they do not explain a description that says it *is* the unit. Names and descriptions written for these
tests (invented companies), none taken from an evaluation part."""

from __future__ import annotations

import pytest

from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("江安发布", "江安县人民政府新闻办公室", "r1", "四川省宜宾市江安县"),
]
CLAIM = "江安县人民政府新闻办公室官方快手号。发布权威政务信息。"


def company(name, account_id, description, reason):
    return acc(name, account_id, platform="kuaishou", verified=True, verified_type="enterprise",
               verified_reason=reason, description=description)


@pytest.mark.parametrize("name,reason", [
    ("八百里川南江安发布", "江安川南数码科技有限公司"),
    ("千里川南江安发布", "川南数码科技有限公司"),
    ("川南江安发布", "江安川南数码科技有限公司"),
])
def test_company_with_its_own_words_added_that_claims_the_units_body_is_flagged(name, reason):
    found = findings(REGISTRY, [company(name, "c1", CLAIM, reason)])
    assert found["c1"]["target"]["account_id"] == "r1"
    assert found["c1"]["evidence"]["claims_to_be"] == "江安县人民政府新闻办公室"


def test_company_with_its_own_words_added_and_no_claim_keeps_its_veto():
    reason = "江安川南数码科技有限公司"
    found = findings(REGISTRY, [
        company("八百里川南江安发布", "h1", "川南数码科技，本地生活资讯每日更新。", reason),
        company("八百里川南江安发布", "h2", "民营广告公司，与江安县人民政府新闻办公室无关。", reason),
        company("八百里川南江安发布", "h3", "江安县人民政府新闻办公室合作媒体服务商。", reason),
    ])
    assert not found.get("h1") and not found.get("h2") and not found.get("h3")


def test_the_units_own_place_in_the_added_words_is_not_the_companys_own_word():
    # a company named after its county adds a phrase on the county's own place before the name and runs a takeover
    # story with a private contact: the place is the unit's, so the company's badge does not excuse the scam
    found = findings(REGISTRY, [
        company("江安城下江安发布", "c1", "江安发布原账号停更，优惠券由本号发放，加Vabc12345领券",
                "江安长江数码科技有限公司"),
    ])
    assert found["c1"]["target"]["account_id"] == "r1"
    assert "profile_scam" in found["c1"]["evidence"]


def test_a_company_word_beside_the_place_keeps_its_veto_without_a_scam():
    found = findings(REGISTRY, [
        company("长江数码江安发布", "h1", "数码产品，本地生活资讯每日更新。", "江安长江数码科技有限公司"),
    ])
    assert not found.get("h1")
