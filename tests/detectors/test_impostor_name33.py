"""Issue #12, thirty-third round (imp-name33): the name layers' blind spots on a tuning part, read as whole inventories.

- The scam reading (``detectors.profile_claims``): insider quotas in either order and allocations made in advance
  (名额内部转让, 内部放号, 提前选房, 内定); deposits (定金, 诚意金); forms and checks of the account a payment goes to
  (填报银行账户, 核对收款卡号, 工资卡); money paid out in a notice's words (下发, 拨付, 漏发) and fees paid back (返还, 退还);
  an old account in speech (原来的号, 之前的号不用了); business done online (网上代缴); a post arranged (安排岗位).
- A medium's column in the unit's voice (``detectors.affixes.medium_desk_words``): a verb of speaking beside the name
  (…说, …谈) on an account verified as a medium is its column, not a claim to be the unit.
- A scam description that names the unit (``detectors.impostor._disguised_pairs``): another place, a column's or a
  person's words around the registered name then give way as an owner's did, and a description in traditional
  characters names the unit too.

Strings made for these tests (Hainan and Inner Mongolia units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import medium_desk_words
from detectors.context import DetectionContext
from detectors.impostor import _Officials
from detectors.profile_claims import _triggered, read_scam, read_sentences
from detectors.textnorm import fold
from tests.detectors.impostor_cases import acc, findings, reg

SCAMS = {
    "quota goods before 内部 + wechat": "学位指标内部出让，加微信 xw2026ab",
    "内部 + release verb + qq": "音乐节门票内部放号，加QQ 31415926",
    "chosen in advance + private message": "经济适用房可提前选房，私信登记",
    "allocated inside + contact": "回迁楼层可以内定，联系扣扣 27182818",
    "quota + earnest money": "地下车位内部预留，先付诚意金锁定",
    "paid out + group + account form": "取暖补贴已下发，未到账的扫码进群填报收款账户",
    "check a bank account + wechat": "各户添加微信 nm2026xy 核对银行账号",
    "check a card number": "加企鹅 55667788 核实卡号后补发",
    "paid late + wage card": "高温津贴漏发人员，联系hw88991核对工资卡",
    "fee paid back + wechat": "供暖费按户返还，加微信 gn2026bc 登记",
    "old account in speech + V": "原来的账号作废了，地膜补贴都在这里报名，详情加V nm8899xy",
    "old account not used + wechat": "之前的号不用了，业务请加微信 abc12345 咨询",
    "fine paid online + qq": "交通罚款可网上代缴，联系QQ 66778899",
    "post arranged for a deposit": "志愿服务招募，缴纳押金后安排岗位",
    "claims paid + penguin + card": "台风理赔款已拨付，没收到的加企鹅 12121212 核对银行卡",
}

CLEAN = {
    "subsidy paid to the card": "补贴资金已下发至各户一卡通，请注意查收。",
    "no deposit warning": "本单位不收取任何定金，谨防诈骗。",
    "parking kept for residents": "车位内部预留给本小区业主，详情咨询物业。",
    "own account moved": "原来的号已停止更新，请关注新号。",
    "online fees at the portal": "罚款可网上缴纳，请登录政务服务网办理。",
    "studio deposit": "婚纱摄影预约请付定金，微信 hs88888",
    "tickets on sale": "演出门票现已开售，加微信 pw2026ab 订票",
    "payment notice": "第二批耕地地力保护补贴已拨付到户。",
}


@pytest.mark.parametrize("family", sorted(SCAMS))
def test_scam_descriptions_of_the_completed_inventories_are_read(family):
    assert read_scam(SCAMS[family]) is not None, family


@pytest.mark.parametrize("family", sorted(CLEAN))
def test_clean_descriptions_with_the_new_words_are_not_read(family):
    assert read_scam(CLEAN[family]) is None, family


def test_the_trigger_words_let_the_new_scams_through():
    for text in SCAMS.values():
        if read_sentences(fold(text)) is not None:
            assert _triggered(fold(text)), text


@pytest.mark.parametrize("added, word", [("说", "说"), ("谈发展", "谈"), ("聊", "聊")])
def test_a_verb_of_speaking_is_a_mediums_column(added, word):
    assert word in medium_desk_words(added)


@pytest.mark.parametrize("added", ["官方", "发布厅", "小店"])
def test_other_words_are_no_column_of_a_medium(added):
    assert medium_desk_words(added) == []


REGISTRY = [
    reg("琼中税务", "国家税务总局琼中黎族苗族自治县税务局", "q1", "weibo", "海南省琼中黎族苗族自治县"),
    reg("五指山发布", "五指山市人民政府新闻办公室", "w1", "weibo", "海南省五指山市"),
    reg("屯昌发布", "屯昌县人民政府新闻办公室", "t1", "weibo", "海南省屯昌县"),
    reg("阿拉善政务", "阿拉善盟行政公署", "a1", "weibo", "内蒙古自治区阿拉善盟"),
]
MEDIUM = {"verified": True, "verified_type": "media", "verified_reason": "某某晚报社官方账号",
          "description": "报社财经栏目，请专家解读减税政策。"}


def test_a_mediums_column_in_the_units_voice_is_not_flagged():
    assert findings(REGISTRY, [acc("琼中税务说", "x", **MEDIUM)]).get("x") is None


def test_the_same_name_without_a_mediums_badge_is_still_flagged():
    found = findings(REGISTRY, [acc("琼中税务说", "x")]).get("x")
    assert found and found["target"]["name"] == "琼中税务"


SCAM_OF_TUNCHANG = "屯昌发布：椰子鸡节门票内部放号，加企鹅 31415926 先交定金"


def test_a_scam_naming_the_unit_makes_another_places_word_a_disguise():
    found = findings(REGISTRY, [acc("屯昌发布五指山茶", "x", description=SCAM_OF_TUNCHANG)]).get("x")
    assert found and found["target"]["name"] == "屯昌发布"
    assert any("简介自称该单位并且是冒充政务的诈骗话术" in reason for reason in found["reasons"])


def test_without_the_scam_or_the_claim_another_place_still_rules_the_name_out():
    assert findings(REGISTRY, [acc("屯昌发布五指山茶", "x", description="屯昌发布：椰子鸡节明日开幕。")]).get("x") is None
    assert findings(REGISTRY, [acc("屯昌发布五指山茶", "x",
                                   description="椰子鸡节门票内部放号，加企鹅 31415926 先交定金")]).get("x") is None


def test_a_description_in_traditional_characters_names_the_unit():
    officials = _Officials(DetectionContext(registry=REGISTRY, accounts=[]))
    assert "阿拉善盟行政公署" in officials.claimed_units("阿拉善政務：補貼發放通知")
    assert "阿拉善盟行政公署" in officials.claimed_units("阿拉善政务：补贴发放通知")
