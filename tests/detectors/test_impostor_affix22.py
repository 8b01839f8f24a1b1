"""Issue #12, twenty-second round of added words: a product named after another place in a shop's name, 老 of a
thing, a look-alike beside a scam description, the folks' dialects, deadlines and calls to forward, the provinces'
classical epithets, and a registered name that says more than its place against the avatar rule.

- A place, a noun of the dictionary and a trade's word (金华 + 火腿 + 铺) are a local product and its shop: the place
  is the product's, not another place the name points at. Beside a whole registered name the shop's words are then
  weighed against the profile like any shop sign (a scam, a copied description, no profile at all: a disguise; a
  verified company: a business of its own). A registered name that ends with a place running on into such a product
  (发布金华 + 火腿铺) has lent its place to the product and is no match.
- 老 begins a person's name (老张), not a longer dictionary word for a thing (老豆腐, 老字号).
- A look-alike of the name among words of no class is another name by its words alone; beside a scam description it
  is the name disguised twice and flagged for review. QQ written by its sound (扣扣) is a private chat channel.
- 我哋, 偶们 are the folks' first person plural; 老陕, 众街坊 forms of address; deadlines (到期无效, 即将截止),
  calls to forward to the family (转给爸妈) and "every other account is false" (其余均假) are claims of a notice.
- 天府之国, 三湘四水 are another name of their province.

Strings made for these tests (Sichuan, Zhejiang, Hunan, Hubei and Guizhou units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from core.settings import load_config
from detectors.affixes import UNKNOWN_FLOOR, explain_added, place_goods_across, trade_words_only
from detectors.context import DetectionContext
from detectors.impostor import SCAM_RESPELT, _Officials
from detectors.place_aliases import alias_places
from detectors.profile_claims import read_scam
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("成都发布", "成都市人民政府新闻办公室", "c1", "weibo", "四川省成都市"),
    reg("义乌发布", "义乌市人民政府新闻办公室", "y1", "weibo", "浙江省金华市义乌市"),
    reg("金华发布", "金华市人民政府新闻办公室", "j1", "weibo", "浙江省金华市"),
    reg("岳阳发布", "岳阳市人民政府新闻办公室", "h1", "weibo", "湖南省岳阳市"),
    reg("湖北汉江河务", "湖北省汉江河道管理局", "w1", "weibo", "湖北省"),
    reg("安顺发布", "安顺市人民政府新闻办公室", "a1", "weibo", "贵州省安顺市"),
]
REVIEW_BAND_TOP = 0.75
NO_PROFILE = {"verified": False, "verified_type": None, "verified_reason": "", "description": ""}
SCAM = "驾照扣分可代消，加扣扣31415926"
OTHERS = frozenset({"金华", "德州", "兰州", "泰安"})


def _found(name: str, **extra) -> dict | None:
    return findings(REGISTRY, [acc(name, "x", **extra)]).get("x")


# ---- a product named after a place -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, goods", [
    ("金华火腿铺", "金华火腿"), ("德州扒鸡店", "德州扒鸡"), ("兰州拉面馆", "兰州拉面"),
])
def test_a_place_a_noun_and_a_trade_are_a_product_and_its_shop(text, goods):
    added = explain_added(text, frozenset({"四川", "成都"}), OTHERS)
    assert not added.other_places and added.owner[0] == goods
    assert trade_words_only(text, frozenset({"四川", "成都"}), OTHERS)[0] == goods


@pytest.mark.parametrize("text", ["泰安公安", "泰安饭店", "金华火腿"])
def test_another_place_without_a_product_and_a_shop_is_still_another_place(text):
    # a place before a body's words, or before a trade's own word (饭店: a hotel of 泰安), or a product without a shop
    assert explain_added(text, frozenset({"四川", "成都"}), OTHERS).other_places


def test_the_target_s_own_place_before_its_goods_stays_its_own():
    added = explain_added("成都火锅店", frozenset({"四川", "成都"}), OTHERS)
    assert added.own_places == ["成都"]


def test_a_product_does_not_span_the_registered_name():
    # 金华 ending the words before the name and 火腿店 after it are no product: the name stands between them
    added = explain_added("金华火腿店", frozenset({"四川", "成都"}), OTHERS, name_end=2)
    assert "金华火腿" not in added.owner


def test_a_place_ending_the_name_lends_itself_to_the_product_after_it():
    assert place_goods_across("发布金华", "火腿铺", frozenset({"浙江", "金华"})) == "金华火腿"
    assert place_goods_across("发布金华", "官方号") == ""
    assert place_goods_across("成都发布", "火腿铺") == ""


@pytest.mark.parametrize("extra", [NO_PROFILE, {"description": SCAM}])
def test_a_whole_name_beside_another_place_s_product_shop_is_flagged_for_review(extra):
    found = _found("成都发布金华火腿铺", **extra)
    assert found is not None and found["target"]["name"] == "成都发布"
    assert UNKNOWN_FLOOR <= found["score"] < REVIEW_BAND_TOP + 0.1


@pytest.mark.parametrize("extra", [
    {"verified": True, "verified_type": "enterprise", "verified_reason": "成都某食品有限公司"},
    {"description": "正宗金华火腿，产地直发，店在武侯区。"},
])
def test_a_verified_or_described_business_keeps_its_name(extra):
    assert _found("成都发布金华火腿铺", **extra) is None


def test_the_name_holding_the_product_s_place_is_not_the_place_s_unit():
    # 义乌发布 + 金华火腿铺: 发布金华 would read as 金华发布 reordered; the place is the ham's
    found = _found("义乌发布金华火腿铺", description=SCAM)
    assert found is not None and found["target"]["name"] == "义乌发布"


# ---- 老 of a thing ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["老豆腐坊", "老字号店"])
def test_lao_beginning_a_word_for_a_thing_is_no_person(text):
    assert "老" not in explain_added(text).owner


@pytest.mark.parametrize("text", ["老陈说", "老张"])
def test_lao_before_a_surname_is_still_a_person(text):
    assert explain_added(text).owner == ["老"]


def test_a_whole_name_beside_a_thing_of_lao_is_for_review():
    found = _found("成都发布老豆腐坊")
    assert found is not None and found["target"]["name"] == "成都发布" and found["score"] >= UNKNOWN_FLOOR


# ---- a look-alike beside a scam description ---------------------------------------------------------------------

def test_qq_written_by_its_sound_is_a_private_channel():
    assert read_scam("驾照扣分可代消，扣扣31415926") is not None
    assert read_scam("本店扣扣：31415926，欢迎咨询") is None


def test_a_look_alike_among_words_of_no_class_needs_a_scam_description():
    name = "手工压榨岳羊发布山茶油礼盒"  # 羊 for 阳, among words of no class: too many alone
    assert _found(name, description="山茶油，自家榨的。") is None
    found = _found(name, description=SCAM)
    assert found is not None and found["target"]["name"] == "岳阳发布"
    assert any(SCAM_RESPELT in reason for reason in found["reasons"])


# ---- the folks' voice, deadlines, calls to forward ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["我哋", "偶们村", "老陕", "众街坊"])
def test_dialect_pronouns_and_forms_of_address_are_the_folks(text):
    added = explain_added(text)
    assert added.people == [text] and not added.rules_out and not added.unknown


@pytest.mark.parametrize("text", ["到期无效", "即将截止", "领取截止在即", "转给爸妈", "告诉家里老人", "他号皆假",
                                  "其余均假"])
def test_deadlines_forwarding_and_false_others_are_generic(text):
    assert explain_added(text).generic == [text]


# ---- the provinces' classical epithets ---------------------------------------------------------------------------

def test_classical_epithets_name_their_province():
    places = alias_places()
    assert places["三湘四水"] == ("湖南",) and places["天府之国"] == ("四川",)
    assert explain_added("天府之国", frozenset({"四川", "成都"})).regions == ["天府之国"]


def test_an_epithet_before_a_whole_name_costs_nothing():
    found = _found("天府之国成都发布")
    assert found is not None and found["target"]["name"] == "成都发布" and found["score"] >= 0.8


# ---- a registered name that says more than its place ---------------------------------------------------------------

def test_a_name_of_more_than_a_place_and_generic_words():
    ctx = DetectionContext(registry=REGISTRY, accounts=[], cfg=load_config(None, env={}))
    officials = _Officials(ctx)
    names = [e["name"] for e in officials.entries]
    assert officials.names_more_than_place(names.index("湖北汉江河务"))
    assert not officials.names_more_than_place(names.index("安顺发布"))
