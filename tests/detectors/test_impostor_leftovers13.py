"""Issue #12, leftovers of the thirteenth round, each a rule that must not depend on the registry's size or order:

1. a decoration taken off a name (账号, 微博, 公众号: ``detectors.names.DEFAULT_DECORATIONS``) still completes the
   "which account" claim of the modifier before it (…旧账号, …老微博), and a character that makes jieba's adverbs of
   "originally" (原先, 原来) is such a modifier whatever its part of speech (原号, 原账号);
2. a character changed into a look-alike or same-sound one so that the name spells another real place (山西 for 陕西,
   常宁 for 长宁, 德庆 for 德清, 青河 for 清河) is that place's genuine account, in the affixed layer (where a
   character no registered name uses is folded, so a small registry folded more) and in the whole-name layers alike.

Strings written for these tests (Gansu, Ningxia, Shaanxi, Shanghai, Zhejiang and Hebei units), not taken from any
evaluation part."""

from __future__ import annotations

import pytest

from detectors.affixes import _account_modifiers, explain_added, names_the_account
from detectors.names import DEFAULT_DECORATIONS, analyse_name, following_decoration
from tests.detectors.impostor_cases import acc, findings, reg

# ---- 1. which account, with the account word taken off as a decoration ------------------------------------------

REGISTRY = [
    reg("兰州公安", "兰州市公安局", "l1", "weibo", "甘肃省兰州市"),
    reg("天水发布", "天水市人民政府新闻办公室", "t1", "weibo", "甘肃省天水市"),
    reg("银川12345", "银川市12345政务服务便民热线", "y1", "weibo", "宁夏回族自治区银川市"),
]


def _flagged(name: str, registry=REGISTRY, account_id: str = "x") -> dict | None:
    return findings(registry, [acc(name, account_id)]).get(account_id)


def test_the_decorations_that_are_words_for_the_account():
    assert {w for w in DEFAULT_DECORATIONS if names_the_account(w)} == {"服务号", "订阅号", "公众号", "微博", "账号",
                                                                        "官微", "官博"}
    assert not names_the_account("") and not names_the_account("新闻") and not names_the_account("频道")


def test_following_decoration_is_the_innermost_suffix_taken_off():
    assert following_decoration(analyse_name("兰州公安旧账号")) == "账号"
    assert following_decoration(analyse_name("兰州公安旧账号官方")) == "账号"  # 官方 went first, 账号 was beside 旧
    assert following_decoration(analyse_name("官方兰州公安")) == ""  # a prefix is not after the core
    assert following_decoration(analyse_name("兰州公安")) == ""


@pytest.mark.parametrize("text, following, words", [
    ("旧", "账号", ["旧账号"]), ("老", "账号", ["老账号"]), ("老", "微博", ["老微博"]), ("新", "公众号", ["新公众号"]),
    ("原", "账号", ["原账号"]), ("宣传队旧", "微博", ["宣传队", "旧微博"]),
    ("原号", "", ["原号"]), ("原账号", "", ["原账号"]),
])
def test_a_modifier_before_a_word_for_the_account_is_a_claim(text, following, words):
    added = explain_added(text, following=following)
    assert added.generic == words and not added.unknown and not added.rules_out and added.evidence


@pytest.mark.parametrize("text, following", [("老", ""), ("老", "新闻"), ("老", "频道"), ("老张", "账号")])
def test_without_a_word_for_the_account_old_still_begins_a_person(text, following):
    added = explain_added(text, following=following)
    assert added.owner and added.rules_out and not added.generic


def test_a_modifier_of_the_former_account_is_read_from_jieba_s_adverbs():
    modifiers = _account_modifiers()
    assert {"原", "从"} <= modifiers  # 原先/原来, 从来/从先: the account the unit had before, the secondary one
    assert not {"张", "局", "市", "号", "的", "县", "兰", "州"} & modifiers  # surnames, nouns, places, particles


@pytest.mark.parametrize("name, target", [
    ("兰州公安旧账号", "l1"), ("兰州公安老账号", "l1"), ("天水发布旧微博", "t1"), ("天水发布老公众号", "t1"),
    ("兰州公安原账号", "l1"), ("兰州公安原号", "l1"), ("银川12345新号", "y1"), ("天水发布原微博", "t1"),
    ("银川12345老账号官方", "y1"),
])
def test_which_account_claims_with_the_account_word_decorating_are_suspects(name, target):
    found = _flagged(name)
    assert found is not None and found["target"]["account_id"] == target and found["score"] >= 0.85
    assert any("通用词" in r for r in found["reasons"])


@pytest.mark.parametrize("name", ["兰州公安老张账号", "兰州公安老读者微博", "天水发布老新闻", "兰州公安老李公众号"])
def test_hard_negatives_a_person_s_account_stays_clean(name):
    assert _flagged(name) is None


# ---- 2. a same-sound or look-alike character that spells another real place -----------------------------------

# Sound-alike pairs of real places, one of each registered: provinces (陕西/山西), districts and cities (上海长宁区 /
# 湖南常宁市), counties (浙江德清县 / 广东德庆县, 河北清河县 / 新疆青河县).
SMALL = [
    reg("陕西发布", "陕西省人民政府新闻办公室", "sx", "weibo", "陕西省"),
    reg("长宁发布", "上海市长宁区人民政府新闻办公室", "cn", "weibo", "上海市长宁区"),
    reg("德清发布", "德清县人民政府新闻办公室", "dq", "weibo", "浙江省湖州市德清县"),
    reg("清河公安", "清河县公安局", "qh", "weibo", "河北省邢台市清河县"),
]
# The same with units whose names use the characters of the other places (山, 常, 庆, 青), so that nothing is folded
# in the affixed layer: the answer must not depend on which.
LARGER = SMALL + [
    reg("山东发布", "山东省人民政府新闻办公室", "sd", "weibo", "山东省"),
    reg("常州发布", "常州市人民政府新闻办公室", "cz", "weibo", "江苏省常州市"),
    reg("重庆发布", "重庆市人民政府新闻办公室", "cq", "weibo", "重庆市"),
    reg("青岛公安", "青岛市公安局", "qd", "weibo", "山东省青岛市"),
]
# and in the other order (the registry's order must not matter either)
REVERSED = list(reversed(LARGER))


@pytest.mark.parametrize("registry", [SMALL, LARGER, REVERSED], ids=["small", "larger", "reversed"])
@pytest.mark.parametrize("name", [
    "山西发布", "常宁发布", "德庆发布", "青河公安",  # the genuine accounts of the other places
    "山西发布平台", "常宁发布官方", "德庆发布官方微博", "青河公安服务号", "官方山西发布",  # with generic words
])
def test_hard_negatives_another_real_place_by_sound_or_shape_stays_clean(registry, name):
    assert _flagged(name, registry) is None


@pytest.mark.parametrize("registry", [SMALL, LARGER, REVERSED], ids=["small", "larger", "reversed"])
@pytest.mark.parametrize("name, target", [
    ("闪西发布", "sx"), ("陜西发布平台", "sx"), ("长柠发布", "cn"), ("长宁发部官方", "cn"), ("德青发布", "dq"),
    ("清河公按", "qh"), ("清和公安", "qh"), ("官方长柠发布", "cn"),
])
def test_impostors_a_swap_that_spells_no_real_place_are_still_found(registry, name, target):
    found = _flagged(name, registry)
    assert found is not None and found["target"]["account_id"] == target


@pytest.mark.timeout(120)
def test_hostile_long_names_with_decorations_stay_bounded():
    name = "兰州公安旧" * 2000 + "账号"
    assert _flagged(name) is None or _flagged(name)["target"]["account_id"] == "l1"


# ---- 3. the answer of the added-word layers does not depend on the registry's size ------------------------------

ALONE = [[entry] for entry in REGISTRY + LARGER]  # every entry as a registry of its own


@pytest.mark.parametrize("registry", [REGISTRY + LARGER, *ALONE],
                         ids=["all", *(f"alone-{entry[0]['account_id']}" for entry in ALONE)])
@pytest.mark.parametrize("name", [
    "兰州公安老张账号", "兰州公安老读者微博", "天水发布代理商", "天水发布代理费", "银川12345的朋友", "兰州公安附近美食",
    "兰州公安局长老李", "常宁发布官方账号", "山西发布旧账号", "德庆发布老号", "青河公安原账号",
])
def test_hard_negatives_stay_clean_against_every_entry_alone(registry, name):
    assert _flagged(name, registry) is None


@pytest.mark.parametrize("registry", [REGISTRY + LARGER, *ALONE[:3], *ALONE[3:7]],
                         ids=["all", *(f"alone-{entry[0]['account_id']}" for entry in ALONE[:7])])
def test_impostors_are_found_against_their_entry_alone_or_among_all(registry):
    names = {"l1": "兰州公安旧账号", "t1": "天水发布老微博", "y1": "银川12345原号", "sx": "闪西发布旧账号",
             "cn": "长柠发布原账号", "dq": "德青发布老号", "qh": "清河公按新账号"}
    ids = {entry["account_id"] for entry in registry}
    for target, name in names.items():
        if target in ids:
            found = _flagged(name, registry)
            assert found is not None and found["target"]["account_id"] == target, name


def test_explain_names_the_other_place_a_same_sound_name_writes():
    from detectors.context import DetectionContext
    from detectors.impostor import explain
    out = explain(DetectionContext(registry=SMALL, accounts=[]), acc("山西发布", "x"), top=1)
    assert out["finding"] is None and out["closest"][0]["other_place"] == "山西"
    out = explain(DetectionContext(registry=SMALL, accounts=[]), acc("闪西发布", "x"), top=1)
    assert out["finding"] is not None and out["closest"][0]["other_place"] is None
