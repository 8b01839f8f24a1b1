"""Issue #12, eleventh round of added words: claims to act *for* or *as* the unit — notices stacked in front of a
name (注意, 警惕, 敬告), the platforms in Latin letters and their evasions (vx, wx), editions of the account on a
device (手机版, PC端), which account of the unit this one is (老号, 主号: a one-character adjective or distinguishing
word of jieba's dictionary before 号), and agency (…代理, …代办员, …总代理) — are evidence; agency with an object of
its own (会计代理, 企业代办, 社保代办) or a trade's ending (代理商, 代理费) is a business's name; a look-alike that
turns a verb of the unit's work into a noun of the dictionary names a thing of the place. Strings written for these
tests (Gansu and Ningxia units), not taken from any evaluation part."""

from __future__ import annotations

import pytest

from detectors.affixes import (
    AGENCY_WORDS,
    DEVICE_WORDS,
    EVIDENCE_CLASSES,
    MENTION_CLASSES,
    NOTICE_WORDS,
    PLATFORM_SPELLINGS,
    _account_modifiers,
    completes_a_trade,
    explain_added,
    names_a_thing,
)
from detectors.context import DetectionContext
from detectors.impostor import _Officials
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("兰州公安", "兰州市公安局", "l1", "weibo", "甘肃省兰州市"),
    reg("天水发布", "天水市人民政府新闻办公室", "t1", "weibo", "甘肃省天水市"),
    reg("银川12345", "银川市12345政务服务便民热线", "y1", "weibo", "宁夏回族自治区银川市"),
    reg("兰州税务", "国家税务总局兰州市税务局", "s1", "weibo", "甘肃省兰州市"),
]


def _flagged(name: str, account_id: str = "x", registry=REGISTRY, **extra) -> dict | None:
    return findings(registry, [acc(name, account_id, **extra)]).get(account_id)


# ---- the classes ------------------------------------------------------------------------------------------------

def test_the_new_classes_are_evidence_and_never_mentions():
    evidence = {w for ws in EVIDENCE_CLASSES.values() for w in ws}
    mention = {w for ws in MENTION_CLASSES.values() for w in ws}
    assert set(NOTICE_WORDS) | set(PLATFORM_SPELLINGS) | set(AGENCY_WORDS) <= evidence
    assert not evidence & mention
    assert not set(DEVICE_WORDS) & evidence - {"移动", "掌上"}  # a device alone is no evidence


def test_account_modifiers_come_from_jieba_s_parts_of_speech():
    modifiers = _account_modifiers()
    assert {"老", "新", "旧", "大", "主", "副", "总"} <= modifiers
    assert not {"张", "局", "市", "号", "的"} & modifiers  # a surname, nouns, a particle


@pytest.mark.parametrize("text, words", [
    ("注意", ["注意"]), ("警惕提醒", ["警惕", "提醒"]), ("敬告", ["敬告"]), ("vx", ["vx"]), ("wx", ["wx"]),
    ("手机版", ["手机版"]), ("pc端", ["pc端"]), ("官方版", ["官方版"]), ("移动端", ["移动端"]),
    ("老号", ["老号"]), ("主号", ["主号"]), ("副账号", ["副账号"]), ("老号宣传队", ["老号", "宣传队"]),
])
def test_notices_platforms_editions_and_account_claims_are_generic(text, words):
    added = explain_added(text)
    assert added.generic == words and not added.unknown and not added.rules_out and added.evidence


@pytest.mark.parametrize("text, agents", [
    ("代理", ["代理"]), ("代办员", ["代办员"]), ("代理人", ["代理人"]), ("代理点", ["代理点"]),
    ("总代理", ["总代理"]), ("总台代办员", ["代办员"]), ("官方代理", ["官方代理"]),
])
def test_agency_right_after_the_name_claims_to_act_for_the_unit(text, agents):
    added = explain_added(text)
    assert added.agents == agents and not added.unknown and not added.rules_out and added.evidence


@pytest.mark.parametrize("text", ["会计代理", "企业代办", "社保代办", "代理商", "代理费", "财会代理记账"])
def test_agency_with_an_object_or_a_trade_s_ending_is_a_business(text):
    added = explain_added(text)
    assert added.owner and added.rules_out and not added.agents


def test_the_name_s_last_word_and_an_agency_word_can_make_a_trade():
    assert completes_a_trade("兰州税务", "代理人") == "税务代理"  # a word of jieba's dictionary
    assert completes_a_trade("天水发布", "代理") == "" and completes_a_trade("兰州公安", "代办员") == ""
    assert completes_a_trade("兰州税务", "总代理") == ""  # the claim of the relationship, not the trade


def test_a_device_alone_and_an_old_person_are_no_claims():
    assert explain_added("手机").unknown == "手机" and not explain_added("手机").evidence
    assert explain_added("老张").owner == ["老"]  # 老 before a name is a person, not an old account
    assert explain_added("老读者").persons == ["老读者"]


# ---- on accounts -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("注意！兰州公安", "l1"), ("【警惕】提醒：天水发布", "t1"), ("敬告：银川12345", "y1"),
    ("vx兰州公安", "l1"), ("手机版天水发布", "t1"), ("兰州公安PC端", "l1"),
    ("兰州公安老号", "l1"), ("银川12345主号", "y1"),
    ("天水发布代理", "t1"), ("兰州公安总台代办员", "l1"), ("银川12345总代理", "y1"), ("天水发布代理人", "t1"),
])
def test_claims_to_act_for_or_as_the_unit_are_suspects(name, target):
    found = _flagged(name)
    assert found is not None and found["target"]["account_id"] == target and found["score"] >= 0.85


def test_the_reasons_name_the_agency_claim():
    found = _flagged("天水发布代理")
    assert any("代理" in r and "代该单位办事" in r for r in found["reasons"])


def test_a_company_verified_by_the_platform_with_a_notice_in_front_is_flagged():
    found = _flagged("「注意！银川12345宣传队』", verified=True, verified_type="enterprise",
                     verified_reason="银川某政务咨询服务有限公司")
    assert found is not None and found["target"]["account_id"] == "y1"


@pytest.mark.parametrize("name", [
    "兰州税务会计代理", "兰州公安企业代办", "天水发布代理商", "兰州税务社保代办", "天水发布代理费",
    "兰州税务代理", "兰州税务代理人",  # 税务 + 代理: a tax agent's trade (jieba's 税务代理)
    "兰州公安老读者", "兰州公安老张", "兰州手机",
])
def test_hard_negatives_trades_and_persons_are_not_flagged(name):
    assert _flagged(name) is None


# ---- a look-alike that names a thing of the place ---------------------------------------------------------------

def test_names_a_thing_reads_jieba_s_parts_of_speech():
    assert names_a_thing("职务", "服务")  # a verb of the unit's work → a noun, one character apart
    assert not names_a_thing("公案", "公安")  # a noun for a noun: a disguise
    assert not names_a_thing("服务", "服务") and not names_a_thing("职务员", "服务员")
    assert not names_a_thing("服饰", "职务")  # two characters apart


THING_REGISTRY = [
    reg("庆阳服务", "庆阳市政务服务中心", "q1", "weibo", "甘肃省庆阳市"),
    reg("兰州公安", "兰州市公安局", "l1", "weibo", "甘肃省兰州市"),
]


def test_the_place_and_a_thing_one_character_off_is_not_the_unit():
    assert _flagged("庆阳职务", registry=THING_REGISTRY) is None
    officials = _Officials(DetectionContext(registry=THING_REGISTRY, accounts=[]))
    assert officials.thing_of_place("庆阳职务", 0) == "职务"


def test_a_disguised_noun_of_the_unit_is_still_a_suspect():
    found = _flagged("兰州公案", registry=THING_REGISTRY)  # 公案 is a noun in a noun's place
    assert found is not None and found["target"]["account_id"] == "l1"


def test_a_word_some_registered_name_writes_is_a_government_word():
    registry = THING_REGISTRY + [reg("职务天地", "某单位", "z1", "weibo", "甘肃省")]
    officials = _Officials(DetectionContext(registry=registry, accounts=[]))
    assert officials.thing_of_place("庆阳职务", 0) == ""


@pytest.mark.timeout(120)
def test_hostile_long_added_text_is_read_in_bounded_work():
    text = "老号代理注意手机版vx企业代办" * 700  # some 10k characters of every new formation
    added = explain_added(text)
    assert added.generic and added.agents and added.owner
    assert _flagged("兰州公安" + text) is None  # the trades in it rule the match out
