"""Thirty-seventh round of #12 avatar work (imp-avatar36): a former name of the unit's place points at it.

The avatar rules' "same place" reading (rule 5 by hashes and the pixel search) reads a former name of the unit's
division or of a prefecture that governed it (``detectors.places.former_places``: the 民政部 code tables since 1980
and the names before them) as the unit's place, as a nickname or a township is read: it lists, it never rules out.
Images and account names are made here; none comes from an evaluation part."""

from __future__ import annotations

from PIL import Image

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.context import DetectionContext
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, acc, jpeg, layout, reg, run


def _hashes(img: Image.Image) -> dict:
    return avatar_hashes(png_bytes(img))


def _registry() -> tuple[list[dict], Image.Image]:
    puer = layout(label="普洱发布", **PURPLE)
    return [reg("普洱发布", "普洱市人民政府新闻办公室", "p", "云南省普洱市", avatar_hashes=_hashes(puer)),
            reg("临沧发布", "临沧市人民政府新闻办公室", "c", "云南省临沧市",
                avatar_hashes=_hashes(layout(label="临沧发布", **GREEN)))], puer


def test_a_former_name_of_the_units_place_points_at_the_unit():
    """思茅 was the prefecture's name before it became 普洱市: a name writing it gives the unit's place."""
    registry, puer = _registry()
    copy = _hashes(jpeg(puer, 85))
    found = run(registry, [acc("思茅山水间", "f", avatar_hashes=copy), acc("山水之间", "n", avatar_hashes=copy)])
    assert found["f"]["target"]["account_id"] == "p"
    assert found["f"]["score"] == impostor.AVATAR_ONLY_SCORE
    assert "普洱" in found["f"]["evidence"]["name_places"]
    assert found.get("n", {}).get("score") != impostor.AVATAR_ONLY_SCORE  # no place: at most the close-copy bar


def test_a_former_name_beside_a_business_word_points_nowhere():
    registry, puer = _registry()
    assert run(registry, [acc("思茅美食", "b", avatar_hashes=_hashes(jpeg(puer)))]) == {}


def test_area_places_in_lists_only_words_no_division_of_today_is_named_by():
    registry, _ = _registry()
    officials = impostor._Officials(DetectionContext(registry=registry, accounts=[]))
    assert officials.area_places_in("思茅山水间") == ["普洱"]
    assert officials.area_places_in("临沧山水间") == []  # a place of today: ``places_in`` reads it
    assert officials.area_pointed_at("思茅美食", []) == []


def test_a_division_beneath_the_units_place_that_no_entry_lies_in_points_at_the_unit():
    """墨江 is a county of 普洱 with no registered unit here: a name writing it gives 普洱's area; a county of the
    registry (临沧) is read as itself, and a county of neither lists nothing."""
    registry, puer = _registry()
    officials = impostor._Officials(DetectionContext(registry=registry, accounts=[]))
    assert officials.area_places_in("墨江山水间") == ["普洱"]
    assert officials.area_places_in("昆明山水间") == []
    found = run(registry, [acc("墨江山水间", "m", avatar_hashes=_hashes(jpeg(puer, 85)))])
    assert found["m"]["target"]["account_id"] == "p" and found["m"]["score"] == impostor.AVATAR_ONLY_SCORE


def test_a_thing_named_for_a_person_is_no_persons_handle():
    """老/阿 + one character + a noun closing the name is a thing named for a person (a drink, a dish): the pixel
    search's gate does not read it as a person's account; 老王, a verb after it, a longer word or a kin word stay a
    person's."""
    assert impostor.person_handle("梨树老爸茶") == []
    assert impostor.person_handle("梨树阿婆面") == []
    assert impostor.person_handle("梨树老王") == ["老"]
    assert impostor.person_handle("梨树老王说") == ["老"]
    assert impostor.person_handle("梨树老爸茶馆") == ["老"]
    assert impostor.person_handle("凯里酸汤妹") == ["妹"]


def test_a_deep_crop_on_a_name_of_the_place_and_a_thing_named_for_a_person_is_searched(tmp_path):
    from tests.detectors.test_impostor_pixels import acc as file_acc
    from tests.detectors.test_impostor_pixels import deep_crop, save
    from tests.detectors.test_impostor_pixels import run as file_run

    lishu, yitong = layout(label="梨树发布", **PURPLE), layout(label="伊通发布", **GREEN)
    registry = [reg("梨树发布", "梨树县人民政府新闻办公室", "l", "吉林省四平市梨树县", avatar=save(tmp_path, "l.png", lishu)),
                reg("伊通发布", "伊通满族自治县人民政府新闻办公室", "y", "吉林省四平市伊通满族自治县",
                    avatar=save(tmp_path, "y.png", yitong))]
    crop = save(tmp_path, "c.png", deep_crop(lishu))
    found = file_run(tmp_path, registry, [file_acc("梨树老爸茶", "t", crop), file_acc("梨树老王", "p", crop)])
    assert found["t"]["target"]["account_id"] == "l"
    assert "p" not in found  # a person's handle beside the place: not searched
