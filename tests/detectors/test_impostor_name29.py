"""Issue #12, twenty-fourth session (imp-name29): the company-verification gate reads the description first.

- An account verified as a company, under a look-alike of a unit's name, whose description copies the unit's own
  description, is no business of that name: the badge no longer clears it (``_score_pair``, ``copied``). A company
  whose description sells its own goods keeps its veto.
- The scam reader knows three more wordings of moves it already reads: 点 or 戳 written alone before a mini-program
  or link (进主页点小程序, 戳首页小程序), an expired certification (认证过期) as a false alarm, and an insider
  allotment (内部认购, 内部登记) as a quota sold through a private message.

Every name and description here is written for these tests (Hunan, Jiangxi); none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from detectors.profile_claims import read_scam
from tests.detectors.test_avatar_only import acc, reg, run

UNIT_DESCRIPTION = "桃江县乡村振兴服务中心官方公众号。发布竹笋收购价格、农资补贴政策和技术培训信息。"
REG = [reg("桃江振兴", "桃江县乡村振兴服务中心", "r1", "湖南省益阳市桃江县"),
       reg("铅山发布", "铅山县人民政府新闻办公室", "r2", "江西省上饶市铅山县")]
# the registered accounts as crawled: their own descriptions are read from the crawl
OWN = [acc("桃江振兴", "r1", description=UNIT_DESCRIPTION),
       acc("铅山发布", "r2", description="铅山县人民政府新闻办公室主办。发布县内权威信息、重要活动与政策解读。")]
BADGE = {"verified": True, "verified_type": "enterprise", "verified_reason": "桃江某某科技服务有限公司"}


def _flag(name, description=None, **badge):
    extra = dict(badge or BADGE)
    if description is not None:
        extra["description"] = description
    return run(REG, [*OWN, acc(name, "x", **extra)]).get("x")


def test_a_company_whose_description_copies_the_units_own_is_flagged():
    name = "桃江振兴笋干"  # the registered name with a product added (two unknown characters)
    assert _flag(name) is None  # the badge alone still clears it
    found = _flag(name, UNIT_DESCRIPTION)
    assert found and found["target"]["name"] == "桃江振兴", found
    assert any("简介也照搬该单位的" in r for r in found["reasons"]), found["reasons"]


@pytest.mark.parametrize("description", [
    "桃江本地竹笋批发零售，企业账号，与政府部门无关。",
    "竹制品加工销售，欢迎来厂参观订购。",
    "",
])
def test_a_company_selling_its_own_goods_keeps_its_veto(description):
    assert _flag("桃江振兴笋干", description) is None


def test_a_medium_copying_the_description_is_not_turned_over():
    media = {"verified": True, "verified_type": "media", "verified_reason": "桃江融媒体中心"}
    assert _flag("桃江振兴笋干", UNIT_DESCRIPTION, **media) is None


@pytest.mark.parametrize("description, kinds", [
    ("铅山便民：医保认证过期了，进主页点小程序再刷一次脸才能领补贴", {"alarm", "link"}),
    ("铅山12345：社保账号异常会影响待遇发放，戳首页小程序做人脸年审", {"alarm", "link"}),
    ("【铅山发布】保障房剩余房源内部登记，私信abc12345排号", {"quota", "handoff"}),
    ("【铅山发布】棚改安置房内部认购，名额不多，私信xyz67890预约", {"quota", "handoff"}),
])
def test_the_new_wordings_are_read_as_scams(description, kinds):
    found = read_scam(description)
    assert found is not None and kinds <= set(found.kinds), found


@pytest.mark.parametrize("description", [
    "养老金资格认证过期的，请到社保大厅窗口重新认证",   # the official channel
    "谨防诈骗：认证过期、点小程序刷脸领补贴都是骗局",     # a warning
    "景点二维码导览，点小程序看讲解",                     # a link and nothing to claim
    "本店内部装修升级，欢迎私信abc12345预约",             # 内部 of a shop, no allotment
    "小区内部登记车辆信息，请业主到物业办理",             # no private contact
])
def test_plain_or_warning_sentences_with_the_new_words_are_no_scam(description):
    assert read_scam(description) is None


def test_a_company_badge_no_longer_covers_a_face_scan_call():
    badge = {"verified": True, "verified_type": "enterprise", "verified_reason": "铅山某某网络科技有限公司"}
    name = "铅山发希鸭"  # 布 → 希 (drawn alike), a product added
    assert _flag(name, "铅山特产茶油，产地直发。", **badge) is None
    found = _flag(name, "铅山发布：医保认证过期了，进主页点小程序再刷一次脸才能领补贴", **badge)
    assert found and found["target"]["name"] == "铅山发布", found


# ---- 乾 kept where it is a place's (or OpenCC's own word's) character -----------------------------------------

@pytest.mark.parametrize("written, normalised", [
    ("乾安发布", "乾安发布"),      # a county of the gazetteer written in simplified characters
    ("乾縣發布", "乾县发布"),      # ... and in traditional ones: the same form
    ("乾县公安", "乾县公安"),
    ("乾潭镇便民", "乾潭镇便民"),  # a township of towns.tsv
    ("乾清宫文创", "乾清宫文创"),  # OpenCC's own phrase, written with the simplified 宫
    ("乾燥剂批发", "干燥剂批发"),  # 乾 of 干燥 (dry) is still folded
    ("乾淨衣物", "干净衣物"),
])
def test_qian_is_kept_in_the_words_that_keep_it(written, normalised):
    from detectors.names import normalize_name
    assert normalize_name(written) == normalised


def test_a_county_written_with_qian_is_matched_as_written():
    registry = [reg("乾县发布", "乾县人民政府新闻办公室", "q1", "陕西省咸阳市乾县")]
    found = run(registry, [acc("乾縣發布", "a")]).get("a")
    assert found and found["evidence"]["layer"] == "normalised", found
    # a same-sound character for 乾 (qián) now reads against the place as written
    found = run(registry, [acc("钱县发布", "b")]).get("b")
    assert found and found["evidence"]["layer"] == "sound", found
