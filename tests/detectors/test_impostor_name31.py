"""Issue #12, thirty-first round (imp-name31): the name layers' blind spots on a tuning part, read as whole inventories.

- The scam reading (``detectors.profile_claims``): 微 of 微信 written alone or by its sound before an id (加薇 abc123,
  加威 abc123); the household register by its official name (户口簿), the passbook (存折) and the card subsidies are
  paid to (一卡通) as credentials, sent by 发 alone or as a picture (户口簿照片); a benefit threatened (养老金冻结,
  低保停发) and a verification failed in everyday words (没通过, 没过) as false alarms; interest subsidies and
  awards-for-subsidies (贴息, 奖补) as bait; 报 right before a card number as a secret asked for.
- The person prefixes (``detectors.affixes``): 老/阿 + one character + a particle of aspect or mood (阿门了, 老李呢)
  is a phrase of speech, not a person's name; before 的 or nothing it still is one (阿强的, 阿强).

Strings made for these tests (Gansu units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added
from detectors.profile_claims import _triggered, read_scam, read_sentences
from detectors.textnorm import fold
from tests.detectors.impostor_cases import acc, findings, reg

SCAMS = {
    "wei by sound + register photo": "加威qwe88990，发社保卡和户口簿照片核对名单",
    "wei alone + passbook": "加微 lz2026abc 发存折照片登记",
    "benefit frozen + group": "低保下个月起冻结，扫码入群重新登记",
    "failed check + group": "人脸认证没通过的老人，进群补录",
    "interest subsidy + penguin + card number": "养殖贴息开始申领，加企鹅 99887766 报卡号",
    "awards for subsidies + contact": "草原奖补今日发放，私信登记姓名和手机号",
}

CLEAN = {
    "subsidy card notice": "惠民惠农补贴通过一卡通发放，请关注本号",
    "new cards at the branch": "发放第三代社保卡，请到网点领取",
    "pension check at the hall": "养老金资格认证请到社区办理，逾期将暂停发放",
    "copies brought in person": "携带身份证复印件和户口簿到村委会领取补贴",
    "interest subsidy policy": "创业担保贷款贴息政策解读，详见官网",
}


@pytest.mark.parametrize("family", sorted(SCAMS))
def test_scam_descriptions_of_the_new_inventories_are_read(family):
    assert read_scam(SCAMS[family]) is not None, family


@pytest.mark.parametrize("family", sorted(CLEAN))
def test_clean_descriptions_with_the_new_words_are_not_read(family):
    assert read_scam(CLEAN[family]) is None, family


def test_the_trigger_words_let_the_new_scams_through():
    for text in SCAMS.values():
        if read_sentences(fold(text)) is not None:
            assert _triggered(fold(text)), text


@pytest.mark.parametrize("text", ["阿门了", "老李呢", "阿福哇", "河湟阿门了"])
def test_a_person_prefix_before_a_particle_of_speech_names_nobody(text):
    assert not explain_added(text).owner, text


@pytest.mark.parametrize("text", ["阿强的", "阿强", "老张"])
def test_a_person_prefix_before_a_structural_particle_or_nothing_is_a_name(text):
    assert "阿" in explain_added(text).owner or "老" in explain_added(text).owner, text


REGISTRY = [
    reg("临夏发布", "临夏市人民政府新闻办公室", "l1", "weibo", "甘肃省临夏回族自治州临夏市"),
    reg("榆中发布", "榆中县人民政府新闻办公室", "y1", "weibo", "甘肃省兰州市榆中县"),
]


def test_a_greeting_parted_from_the_name_is_flagged():
    found = findings(REGISTRY, [acc("阿门了｜临夏发布", "x")]).get("x")
    assert found and found["target"]["name"] == "临夏发布"


def test_a_scam_description_makes_a_product_after_the_name_a_disguise():
    found = findings(REGISTRY, [acc("榆中发布百合酒", "x", description="百合种植奖补开始申领，加薇yz20261发一卡通照片")]).get("x")
    assert found and found["target"]["name"] == "榆中发布"
