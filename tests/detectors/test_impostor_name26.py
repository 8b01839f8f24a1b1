"""Issue #12, twenty-sixth round: name layers that read a whole class.

- A character that sounds like 省/市/县/区 right after a unit's own place, breaking every dictionary word there, is
  the level word respelt (``detectors.names.short_level_sound_alikes``, ``detectors.name_index.SubPlaces``'s
  "sound_level" marker): read with words added around the name too, not only in a whole name.
- A word for persons on 员/者 right before a call to act (党员扫码报到) is the audience of a notice, not the owner.
- A first-person pronoun telling the reader (我跟你讲, 额给你说) is the speaker's turn of speech, no owner.
- A customary sub-region of the unit's own province that does not cover it (关中 before a unit of 陕北) is read as a
  region of its province, never as another place; the regions of ``regions.tsv`` include the customary names of a
  sub-region (西府, 秦川); an epithet of extent (八百里, 千里) before such a region or the own place is part of it.
- 老 ending a dictionary word with the character before it (养老, 敬老) begins no person's name.
- A government public-service number (123 + two digits) keeps a body's words as written: the look-alike folding reads
  such a name.

Strings made for these tests (Shanxi and Henan units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added, region_of_province, region_provinces
from detectors.names import short_level_sound_alikes
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("平遥发布", "平遥县人民政府新闻办公室", "p1", "weibo", "山西省晋中市平遥县"),
    reg("偏关12345", "偏关县政务服务便民热线", "g1", "weibo", "山西省忻州市偏关县"),
    reg("孟津文旅", "洛阳市孟津区文化广电和旅游局", "m1", "weibo", "河南省洛阳市孟津区"),
    reg("新密12366", "国家税务总局新密市税务局", "x1", "weibo", "河南省郑州市新密市"),
]
OWN_PINGYAO = frozenset({"山西", "晋中", "平遥"})


def _found(name: str) -> dict | None:
    return findings(REGISTRY, [acc(name, "x")]).get("x")


# ---- a level word respelt by sound -------------------------------------------------------------------------------

def test_short_level_sound_alikes_are_generated_from_the_readings():
    table = short_level_sound_alikes()
    assert table["现"] == "县" and table["线"] == "县" and table["是"] == "市" and table["曲"] == "区"
    assert not set("省市县区") & set(table)


@pytest.mark.parametrize("name, target", [
    ("平遥鲜发布补贴领取", "平遥发布"),  # 鲜 for 县 after the place, words added after the name
    ("偏关线12345在线办理", "偏关12345"),
])
def test_level_word_respelt_by_sound_beside_added_words(name, target):
    found = _found(name)
    assert found is not None and found["target"]["name"] == target
    assert any("代替行政级别词" in r for r in found["reasons"])


def test_level_word_respelt_by_sound_after_a_place_above():
    found = _found("晋中平遥仙发布")  # read by this layer or the whole-name insertion layer, whichever scores higher
    assert found is not None and found["target"]["name"] == "平遥发布"


@pytest.mark.parametrize("name", [
    "平遥现代农业发布",  # 现代 is a word: no level word respelt
    "孟津曲剧团发布",  # 曲剧 is a word
])
def test_a_sound_alike_that_makes_a_word_is_no_level_word(name):
    found = _found(name)
    assert found is None or not any("代替行政级别词" in r for r in found["reasons"])


# ---- the audience of a call, the speaker telling the reader ---------------------------------------------------------

@pytest.mark.parametrize("text", ["党员扫码报到", "退休人员请登记", "参保者注意"])
def test_persons_before_a_call_are_its_audience(text):
    added = explain_added(text, OWN_PINGYAO, frozenset(), name_end=0, place_things=True)
    assert not added.persons and not added.rules_out and added.generic


@pytest.mark.parametrize("text", ["读者", "爱好者小王"])
def test_persons_without_a_call_still_rule_out(text):
    added = explain_added(text, OWN_PINGYAO, frozenset(), name_end=0, place_things=True)
    assert added.rules_out


@pytest.mark.parametrize("text", ["我跟你讲", "额给你说", "俺给恁说", "咱跟大家唠"])
def test_a_pronoun_telling_the_reader_is_no_owner(text):
    added = explain_added(text, OWN_PINGYAO, frozenset(), place_things=True)
    assert added.people == [text] and not added.rules_out and not added.unknown


def test_a_named_speaker_telling_the_reader_is_still_a_commentary():
    assert explain_added("老王跟你说", OWN_PINGYAO, frozenset(), place_things=True).rules_out


@pytest.mark.parametrize("name, target", [
    ("平遥发布党员扫码报到", "平遥发布"),
    ("我跟你讲⎸孟津文旅", "孟津文旅"),
])
def test_names_with_an_audience_or_a_teller_are_flagged(name, target):
    found = _found(name)
    assert found is not None and found["target"]["name"] == target


# ---- regions of the unit's province ---------------------------------------------------------------------------------

def test_regions_within_one_province_know_their_province():
    provinces = region_provinces()
    assert provinces["晋北"] == frozenset({"山西"}) and provinces["豫西"] == frozenset({"河南"})
    assert "华北" not in provinces  # a region across provinces
    assert region_of_province("晋北", OWN_PINGYAO)  # 晋北 does not cover 晋中, but lies in 山西
    assert not region_of_province("豫西", OWN_PINGYAO)


def test_a_region_of_the_province_not_covering_the_unit_is_no_unknown_word():
    added = explain_added("晋北", OWN_PINGYAO, frozenset(), place_things=True)
    assert added.regions == ["晋北"] and not added.unknown and not added.rules_out


@pytest.mark.parametrize("text, region", [("八百里晋北", "八百里晋北"), ("千里平遥", "千里平遥")])
def test_an_epithet_of_extent_is_part_of_the_place(text, region):
    added = explain_added(text, OWN_PINGYAO, frozenset(), place_things=True)
    assert added.regions == [region] and not added.unknown


def test_an_epithet_before_another_province_s_region_is_not_read():
    added = explain_added("八百里豫西", OWN_PINGYAO, frozenset(), place_things=True)
    assert not added.regions and added.unknown


@pytest.mark.parametrize("name, target", [("晋北平遥发布", "平遥发布"), ("八百里晋北平遥发布", "平遥发布")])
def test_names_after_a_region_of_the_province_are_flagged(name, target):
    found = _found(name)
    assert found is not None and found["target"]["name"] == target and found["score"] >= 0.8


# ---- 老 ending a word, the public-service numbers ---------------------------------------------------------------------

def test_lao_ending_a_word_begins_no_name():
    added = explain_added("养老补缴", OWN_PINGYAO, frozenset(), name_end=0, place_things=True)
    assert not added.owner and not added.rules_out
    assert explain_added("老王", OWN_PINGYAO, frozenset(), place_things=True).owner  # 老 + a surname still is
    # 长老 is a word, but 老 + a surname is a person's name all the same (…局 + 长老李: 局长 and 老李)
    assert explain_added("长老李", OWN_PINGYAO, frozenset(), name_end=0, place_things=True).owner


def test_a_respelt_name_with_a_public_service_number_is_folded_after_a_region():
    found = _found("豫中新秘12366")  # 密 → 秘 by sound, 豫中 covers 郑州
    assert found is not None and found["target"]["name"] == "新密12366"
