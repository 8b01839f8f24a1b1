"""Issue #12, twentieth round of added words: the folks' voice, bait, a service hall's windows, and the words that say
an account is a business's, a person's or a medium's.

- The speaker's home place and the folks addressed as a whole (老家, 家乡, 老少爷们, 乡党) and the first person plural
  with the place it calls its own (咱村, 俺们县, 咱老家) are read like the words for the people of a place: no owner
  (老 of 老家 begins no person's name), no evidence, no penalty.
- Bait — a payout straight to the reader (直领, 到账, 到卡) or a payout noun with its verb (补贴发放) — is a claim of the
  unit's own, and outweighs a trade's word beside it (…米线铺补贴直领); a trade's word before a service hall's window
  (代开 + 窗, 代缴 + 专席) makes a desk of the unit. Without either the trade's word still rules the match out.
- Lodging and catering trades (民宿, 客栈, 农家乐) are owners' words; a verb closed by the experiential 过 before the
  name (打过…, 去过…) makes a person's account of what they did with the unit; a noun and 迷 (考古迷) names a person,
  and such a name is not judged by the avatar on its place alone; a question-and-answer column (…问答) on an account
  verified as a medium is the medium's.
- A takeover story told as 停更 (原号已停更) is read as one by the description reader.

Strings written for these tests (Shandong, Shaanxi, Sichuan and Jiangxi units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from core.avatars import avatar_hashes
from detectors.affixes import (
    EVIDENCE_CLASSES,
    HOMETOWN_WORDS,
    LODGING_WORDS,
    MENTION_CLASSES,
    experience_act,
    explain_added,
    person_words,
    reader_act,
)
from detectors.profile_claims import read_scam
from tests.detectors.evalset import png_bytes
from tests.detectors.impostor_cases import acc, findings, reg
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout

REGISTRY = [
    reg("临沂发布", "临沂市人民政府新闻办公室", "s1", "weibo", "山东省临沂市"),
    reg("临沂税务", "国家税务总局临沂市税务局", "s2", "weibo", "山东省临沂市"),
    reg("宝鸡发布", "宝鸡市人民政府新闻办公室", "w1", "weibo", "陕西省宝鸡市"),
    reg("宝鸡12345", "宝鸡市12345政务服务便民热线", "w2", "weibo", "陕西省宝鸡市"),
    reg("绵阳公安", "绵阳市公安局", "c1", "weibo", "四川省绵阳市"),
    reg("婺源文旅", "婺源县文化广电新闻出版旅游局", "j1", "weibo", "江西省上饶市婺源县"),
]


def _target(name: str, registry=REGISTRY, **extra) -> str | None:
    found = findings(registry, [acc(name, "x", **extra)]).get("x")
    return found["target"]["name"] if found else None


# ---- the classes ------------------------------------------------------------------------------------------------

def test_the_new_words_sit_in_one_class_each():
    evidence = {w for ws in EVIDENCE_CLASSES.values() for w in ws}
    mention = {w for ws in MENTION_CLASSES.values() for w in ws}
    assert not set(HOMETOWN_WORDS) & (evidence | mention)  # neither: the folks' voice
    assert set(LODGING_WORDS) <= mention and not set(LODGING_WORDS) & evidence


@pytest.mark.parametrize("text, people", [
    ("老家", ["老家"]), ("家乡", ["家乡"]), ("老少爷们", ["老少爷们"]), ("乡党们", ["乡党们"]), ("咱村", ["咱村"]),
    ("俺们县", ["俺们县"]), ("咱老家", ["咱老家"]), ("咱们", ["咱们"]),
])
def test_the_folks_voice_is_no_owner_and_no_penalty(text, people):
    added = explain_added(text)
    assert added.people == people
    assert not added.rules_out and not added.unknown and not added.evidence


@pytest.mark.parametrize("text, bait", [
    ("补贴直领", "补贴直领"), ("到账", "到账"), ("补助发放", "补助发放"), ("红包秒到", "红包秒到"), ("津贴到卡", "津贴到卡"),
])
def test_bait_is_a_service_word_and_a_claim(text, bait):
    added = explain_added(text)
    assert added.service == [bait] and added.claims == [bait]


def test_a_payout_noun_alone_is_a_service_word_but_no_claim():
    added = explain_added("补贴")
    assert added.service == ["补贴"] and not added.claims


@pytest.mark.parametrize("text", ["代缴窗", "代开专席", "代缴窗口"])
def test_a_trade_s_word_before_a_hall_window_is_a_desk(text):
    added = explain_added(text)
    assert added.service == [text] and added.claims == [text] and not added.owner


def test_a_trade_s_word_without_a_window_stays_an_owner_s():
    assert explain_added("代缴").owner == ["代缴"]
    assert explain_added("代缴点").owner  # 点 is any shop's outlet, not a hall's window
    assert explain_added("维修窗户").owner == ["维修"]  # 窗户, a house's window


@pytest.mark.parametrize("before, verb", [("大周打过", "打过"), ("我去过", "去过"), ("小王办过", "办过"),
                                          ("老陈找过", "找过")])
def test_an_experiential_verb_before_the_name_is_a_person_s_account(before, verb):
    assert experience_act(before) == verb
    assert reader_act(before) == verb


@pytest.mark.parametrize("before", ["认证过", "备案过", "官方", "过", "经过"])
def test_claims_and_prepositions_before_guo_are_no_experience(before):
    assert experience_act(before) == ""


def test_a_fan_is_a_person():
    assert person_words("泰山考古迷") == ["考古迷"]
    assert explain_added("迷你版").persons == []  # 迷你 is a word, 迷 begins it


# ---- whole names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("老家临沂发布", "临沂发布"), ("家乡宝鸡发布", "宝鸡发布"), ("乡党们宝鸡发布", "宝鸡发布"), ("咱老家绵阳公安", "绵阳公安"),
    ("俺们临沂发布", "临沂发布"),
])
def test_the_folks_voice_before_an_intact_name_is_flagged(name, target):
    assert _target(name) == target


@pytest.mark.parametrize("name, target", [
    ("宝鸡发布米线铺补贴直领", "宝鸡发布"), ("绵阳公安代开窗", "绵阳公安"), ("临沂发布煎饼店红包到账", "临沂发布"),
])
def test_bait_and_hall_windows_outweigh_a_trade_s_word(name, target):
    assert _target(name) == target


@pytest.mark.parametrize("name", ["宝鸡发布米线铺", "老家临沂美食", "婺源文旅客栈", "婺源文旅农家乐"])
def test_a_business_without_a_claim_is_not_flagged(name):
    assert _target(name) is None


def test_a_lodging_business_verified_as_a_company_is_not_flagged():
    assert _target("婺源文旅民宿", verified=True, verified_type="enterprise", verified_reason="上饶某酒店管理有限公司") is None


@pytest.mark.parametrize("name", ["大周打过宝鸡12345", "小王去过临沂税务"])
def test_a_person_s_experience_with_the_unit_is_not_flagged(name):
    assert _target(name) is None


def test_a_claim_before_the_name_still_flags():
    assert _target("官方宝鸡12345") == "宝鸡12345"


def test_a_medium_s_question_and_answer_column_is_its_own():
    medium = {"verified": True, "verified_type": "media", "verified_reason": "临沂日报社官方账号"}
    assert _target("临沂税务问答", **medium) is None
    assert _target("临沂税务问答") == "临沂税务"  # unverified, the same words speak as the unit


def test_a_person_s_name_with_a_place_is_not_judged_by_a_recoloured_avatar_alone():
    registry = [reg("宝鸡发布", "宝鸡市人民政府新闻办公室", "w1", "weibo", "陕西省宝鸡市")
                | {"avatar_hashes": avatar_hashes(png_bytes(layout(label="宝鸡发布", **PURPLE)))}]
    recoloured = avatar_hashes(png_bytes(layout(label="宝鸡发布", **GREEN)))
    # the same name without the fan's word gives the place and is judged by the avatar (rule 5)
    assert findings(registry, [acc("宝鸡周原遗址", "a", "weibo", avatar_hashes=recoloured)]).get("a") is not None
    assert findings(registry, [acc("宝鸡周原考古迷", "a", "weibo", avatar_hashes=recoloured)]).get("a") is None
    # 老 before a word (老照片, old photographs) names no person: the place still vouches
    assert findings(registry, [acc("宝鸡老照片", "a", "weibo", avatar_hashes=recoloured)]).get("a") is not None


# ---- the description ---------------------------------------------------------------------------------------------

def test_a_stopped_account_handing_off_to_a_private_chat_is_a_scam():
    reading = read_scam("临沂发布原号已停更，以后只认本号，咨询办事加微信lyfb2024")
    assert reading is not None and "takeover" in reading.kinds


def test_a_stopped_account_pointing_at_its_public_account_is_no_scam():
    assert read_scam("本号已停更，请关注临沂发布官方微博获取最新信息") is None
