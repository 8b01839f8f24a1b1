"""Unregistered: platform-verified government accounts within the remit, missing from the registry."""

from __future__ import annotations

from detectors import unregistered
from detectors.context import DetectionContext
from detectors.government import (
    government_unit_in,
    government_verification,
    jurisdiction_places,
    looks_governmental,
    organisation_in,
)

REGISTRY = [
    {"unit": "济南市人民政府新闻办公室", "platform": "weibo", "account_id": "r1", "name": "济南发布", "region": "山东省济南市"},
    {"unit": "广东省公安厅", "platform": "weibo", "account_id": "r2", "name": "广东公安", "region": "广东省"},
]


def run(accounts, registry=REGISTRY, cfg=None):
    ctx = DetectionContext(registry=registry, accounts=accounts, cfg=cfg)
    return {f["account_id"]: f for f in unregistered.detect(ctx)}


def test_verification_text_parsing():
    assert organisation_in("济南市公安局官方微博") == "济南市公安局"
    assert government_unit_in("认证信息：深圳市卫生健康委员会") == "深圳市卫生健康委员会"
    assert government_unit_in("济南日报社官方微博") is None  # media, not government
    assert government_unit_in("知名情感博主") is None
    assert government_verification({"verified": True, "verified_reason": ""}) is None  # bare badge
    assert government_verification({"verified_type": "government", "name": "某某发布"}) == "某某发布"
    assert looks_governmental("章丘发布") and not looks_governmental("青岛啤酒")
    assert {"山东", "济南", "广东"} <= jurisdiction_places(REGISTRY)


def test_verified_unit_in_remit_is_reported_with_unit():
    f = run([{"platform": "douyin", "account_id": "u1", "name": "章丘发布", "verified": True,
              "verified_reason": "济南市章丘区人民政府新闻办公室官方账号"}])["u1"]
    assert f["kind"] == "unregistered" and f["unit"] == "济南市章丘区人民政府新闻办公室"
    assert f["score"] == 0.9 and "备案库中没有此账号" in f["reasons"]


def test_registered_account_and_unverified_accounts_are_not_reported():
    accounts = [
        {"platform": "weibo", "account_id": "r1", "name": "济南发布", "verified_type": "government"},
        {"platform": "weibo", "account_id": "u2", "name": "济南发布", "verified": True, "verified_reason": ""},
        {"platform": "weibo", "account_id": "u3", "name": "济南美食", "verified": True, "verified_type": "enterprise",
         "verified_reason": "济南某某餐饮有限公司"},
    ]
    assert run(accounts) == {}


def test_other_places_are_outside_the_remit():
    jiyuan = {"platform": "weibo", "account_id": "u4", "name": "济源发布", "verified_type": "government",
              "verified_reason": "济源市人民政府新闻办公室"}
    assert run([jiyuan]) == {}
    assert set(run([jiyuan], cfg={"detect.jurisdiction": ["济源"]})) == {"u4"}


def test_second_account_of_a_registered_unit_lists_the_registered_ones():
    f = run([{"platform": "douyin", "account_id": "u5", "name": "济南发布", "verified_type": "government",
              "verified_reason": "济南市人民政府新闻办公室"}])["u5"]
    assert f["evidence"]["registered_accounts_of_unit"][0]["account_id"] == "r1"
    assert any("该单位已备案的账号" in r for r in f["reasons"])


def test_type_only_verification_scores_lower():
    f = run([{"platform": "weibo", "account_id": "u6", "name": "广东应急", "verified_type": "government"}])
    assert f["u6"]["score"] == 0.75 and f["u6"]["unit"] == "广东应急"


def test_a_township_station_is_a_government_body_placed_by_its_county():
    # 乡镇/街道站所: the unit is read from the verification text whole, and its county places it in the remit
    assert government_unit_in("历城区司法局港沟街道司法所官方微博") == "历城区司法局港沟街道司法所"
    assert government_unit_in("章丘区某镇退役军人服务站") == "章丘区某镇退役军人服务站"
    found = run([
        {"platform": "weibo", "account_id": "t1", "name": "港沟司法所", "verified_type": "government",
         "verified_reason": "历城区司法局港沟街道司法所官方微博"},
        {"platform": "douyin", "account_id": "t2", "name": "埠村市场监管所", "verified_type": "government",
         "verified_reason": "济南市章丘区市场监督管理局埠村市场监管所"},
    ])
    assert set(found) == {"t1", "t2"} and found["t1"]["unit"] == "历城区司法局港沟街道司法所"


def test_a_station_named_only_by_its_town_is_placed_by_the_verification_text():
    # the text names no body the parser knows, so the account's name stands in for the unit; the county that
    # places it is in the verification text
    inside = {"platform": "weibo", "account_id": "t3", "name": "港沟便民点", "verified_type": "government",
              "verified_reason": "历城区港沟街道便民点"}
    outside = {"platform": "weibo", "account_id": "t4", "name": "某镇便民点", "verified_type": "government",
               "verified_reason": "济源市某镇便民点"}
    assert set(run([inside, outside])) == {"t3"}


def test_a_shared_short_name_is_placed_by_the_verification_text():
    # 台江 is 台江县 of Guizhou and 台江区 of Fuzhou: the account's own name cannot place it, its verification can
    registry = [{"unit": "台江县公安局", "platform": "weibo", "account_id": "r9", "name": "台江公安",
                 "region": "贵州省黔东南苗族侗族自治州"}]
    guizhou = {"platform": "toutiao", "account_id": "u9", "name": "台江12345", "verified": True,
               "verified_type": "government", "verified_reason": "台江县12345政务服务便民热线官方账号"}
    fuzhou = dict(guizhou, account_id="u10", verified_reason="福州市台江区12345政务服务便民热线官方账号")
    assert set(run([guizhou, fuzhou], registry=registry)) == {"u9"}


def test_the_verification_text_places_a_unit_whose_name_reads_as_another_place():
    # 苍山西 contains 山西 and 港口 is 港口区 of Guangxi: the verifications name a town of Yunnan and one of Anhui
    registry = [{"unit": "漾濞彝族自治县人民政府", "platform": "weibo", "account_id": "r7", "name": "漾濞发布",
                 "region": "云南省大理白族自治州"},
                {"unit": "宁国市公安局", "platform": "weibo", "account_id": "r8", "name": "宁国公安", "region": "安徽省宣城市"}]
    accounts = [{"platform": "wechat", "account_id": "u7", "name": "苍山西妇联", "verified": True,
                 "verified_type": "government", "verified_reason": "漾濞彝族自治县苍山西镇妇女联合会"},
                {"platform": "kuaishou", "account_id": "u8", "name": "港口人大", "verified": True,
                 "verified_type": "government", "verified_reason": "宁国市港口镇人民代表大会主席团官方账号"},
                {"platform": "kuaishou", "account_id": "u6", "name": "港口发布", "verified": True,
                 "verified_type": "government", "verified_reason": "防城港市港口区人民政府新闻办公室"}]
    assert set(run(accounts, registry=registry)) == {"u7", "u8"}
