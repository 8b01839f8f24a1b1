"""Issue #12, twenty-fifth round of added words: another place's product after the name, 老 before a common noun,
phrases parted from the name by separators.

- Another place followed on its side of the name by words of no class (章丘 + 大葱) names a thing of that place — a
  local product, a slogan — and says nothing about whose the account is: read as unknown words beside a registered
  name, not as another place. Where the place stands in the account's own place (right before the name, ending the
  words, before a channel's or a government body's word: 章丘发布, 章丘公安) it still rules the match out.
- 老 before a common noun of jieba's dictionary (老工人, 老物件) is the adjective "old", not a person's name; before a
  surname (老张, 老王家) it is one.
- Phrases parted from the registered name by a separator (⎸, ｜, 丨, ·, an emoji) are slogans or calls beside the name:
  their unknown words cost nothing, and the name is searched segment by segment too, so a respelt character is folded
  by its own neighbours rather than by the last character of another phrase. Every class of mention in them (a
  person's 老张, a medium's 日报) still rules the match out.

Strings made for these tests (Shandong units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import (
    UNKNOWN_FLOOR,
    UNKNOWN_PENALTY,
    apart_lengths,
    explain_added,
    name_segments,
)
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("曲阜发布", "曲阜市人民政府新闻办公室", "q1", "weibo", "山东省济宁市曲阜市"),
    reg("章丘发布", "济南市章丘区人民政府新闻办公室", "z1", "weibo", "山东省济南市章丘区"),
    reg("邹城公安", "邹城市公安局", "c1", "weibo", "山东省济宁市邹城市"),
]
OWN = frozenset({"山东", "济宁", "曲阜"})
OTHERS = frozenset({"章丘", "济南", "邹城"})


def _found(name: str) -> dict | None:
    return findings(REGISTRY, [acc(name, "x")]).get("x")


# ---- another place's thing ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, thing", [("章丘大葱", "章丘大葱"), ("章丘大葱真地道", "章丘大葱")])
def test_another_place_before_words_of_no_class_names_a_thing_of_it(text, thing):
    added = explain_added(text, OWN, OTHERS, name_end=0, place_things=True)
    assert not added.other_places and added.things == [thing]
    assert thing in added.unknown  # read as unknown words: no evidence, no veto


@pytest.mark.parametrize("text, name_end", [
    ("章丘", 0),  # ending the words after the name: the account's place
    ("章丘公安", 0),  # another place's government body
    ("章丘发布", 0),  # another place's channel
    ("章丘", -1),  # right before the name
    ("章丘大葱", 2),  # 章丘 before the name, 大葱 after it: the name stands between them
])
def test_another_place_in_the_account_s_own_place_still_rules_out(text, name_end):
    assert explain_added(text, OWN, OTHERS, name_end=name_end, place_things=True).other_places


def test_the_longest_place_is_read_before_its_thing():
    # a banner's short form (科尔沁右翼前, of 科尔沁右翼前旗) begins with a registry place (科尔沁): the place is the
    # whole, and nothing follows it on its side of the name
    others = OTHERS | {"科尔沁"}
    assert explain_added("科尔沁右翼前", OWN, others, name_end=0, place_things=True).other_places
    assert not explain_added("科尔沁右翼前", OWN, others, name_end=0, place_things=True).things


def test_a_place_is_what_a_whole_name_is_about():
    # read without a registered name (the avatar rules): the place is the name's
    assert explain_added("章丘大葱", OWN, OTHERS).other_places


def test_a_registered_name_before_another_place_s_product_is_flagged_for_review():
    found = _found("曲阜发布章丘大葱")
    assert found and found["target"]["name"] == "曲阜发布" and found["score"] >= UNKNOWN_FLOOR
    assert "章丘大葱" in found["reasons_text"]


@pytest.mark.parametrize("name", ["曲阜发布章丘公安", "曲阜发布章丘", "章丘曲阜发布", "曲阜发布章丘发布"])
def test_a_registered_name_beside_another_place_s_unit_or_channel_is_not(name):
    found = _found(name)
    assert not found or found["target"]["name"] != "曲阜发布"


# ---- 老 before a common noun --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["老工人", "老干部", "老物件"])
def test_old_before_a_common_noun_begins_no_person_s_name(text):
    assert not explain_added(text, OWN, OTHERS).owner


@pytest.mark.parametrize("text", ["老张", "老王家", "老马路"])
def test_old_before_a_surname_is_a_person_s_name(text):
    assert explain_added(text, OWN, OTHERS).owner == ["老"]


# ---- phrases parted by separators ---------------------------------------------------------------------------------

def test_segments_are_parted_by_drawn_separators_not_by_hidden_marks():
    assert name_segments("咋回事⎸曲阜发布·真中") == ["咋回事", "曲阜发布", "真中"]
    assert name_segments("曲阜\u200b发布") == ["曲阜发布"]  # a zero-width space hides inside a word
    assert name_segments("曲阜发布") == ["曲阜发布"]
    assert name_segments("咋回事\u31c0曲阜发布") == ["咋回事", "曲阜发布"]  # a CJK stroke as spacing, dropped whole


@pytest.mark.parametrize("raw, before, text, after, apart", [
    ("咋回事⎸曲阜发布", "咋回事", "曲阜发布", "", (3, 0)),
    ("咋回事丨这事儿丨曲阜发布丨真中", "咋回事这事儿", "曲阜发布", "真中", (6, 2)),
    ("咋回事曲阜发布⎸真中", "咋回事", "曲阜发布", "真中", (0, 2)),  # 咋回事 is in the name's own segment
    ("咋回事曲阜发布", "咋回事", "曲阜发布", "", (0, 0)),
    ("咋回事⎸曲阜发布", "回事", "曲阜发布", "", (0, 0)),  # the segments do not make the text: no reading
])
def test_apart_lengths(raw, before, text, after, apart):
    assert apart_lengths(raw, before, text, after) == apart


def test_parted_phrases_do_not_dilute_a_disguised_name():
    # a same-sound character (阜 → 附) among ten unknown characters: parted by separators it stays near the name's own
    # score; run together with it the unknown words make it another name
    parted = _found("巴适得很⎸这事儿⎸曲附发布⎸咋回事")
    assert parted and parted["target"]["name"] == "曲阜发布" and parted["score"] >= 0.8
    assert "单独成段" in parted["reasons_text"]
    joined = _found("巴适得很这事儿曲附发布咋回事")
    assert not joined or joined["score"] < parted["score"] - 5 * UNKNOWN_PENALTY


def test_parted_group_of_old_ones_before_the_whole_name():
    found = _found("老工人⎸曲阜发布")
    assert found and found["target"]["name"] == "曲阜发布" and found["score"] >= 0.85


@pytest.mark.parametrize("name", ["老张⎸曲阜发布", "济宁日报⎸曲阜发布", "章丘公安⎸曲阜发布"])
def test_a_mention_in_a_parted_phrase_still_rules_out(name):
    found = _found(name)
    assert not found or found["target"]["name"] != "曲阜发布"
