"""Thirty-fourth round of #12 avatar work (imp-avatar34): the avatar rule's "same place" reading and its target.

* A township of the unit's county (``detectors/data/towns.tsv``, every township of the county whose short form no
  other township of China has, not only the registry's own townships) points at the unit's place once the avatar
  has singled the unit out, as the pixel search already read it (``_Officials.town_county_places``).
* A name that names a department and fits another unit's registered name yields to the avatar when the avatar is a
  near copy of the distinctive avatar of the unit the description names, and the description does not name the
  name's unit (``_described_owner``).

Images and names are made here; none comes from an evaluation part."""

from __future__ import annotations

from PIL import Image

from core.avatars import avatar_hashes
from detectors import impostor
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, acc, jpeg, layout, reg, run


def _hashes(img: Image.Image) -> dict:
    return avatar_hashes(png_bytes(img))


def _county_registry() -> tuple[list[dict], Image.Image]:
    lishu = layout(label="梨树发布", **PURPLE)
    return [reg("梨树发布", "梨树县人民政府新闻办公室", "l", "吉林省四平市梨树县", avatar_hashes=_hashes(lishu)),
            reg("伊通发布", "伊通满族自治县人民政府新闻办公室", "y", "吉林省四平市伊通满族自治县",
                avatar_hashes=_hashes(layout(label="伊通发布", **GREEN)))], lishu


def test_a_township_of_the_units_county_points_at_the_unit(tmp_path):
    """孟家岭 is a township of 梨树县 that the registry does not list: the name gives the unit's place by it."""
    registry, lishu = _county_registry()
    copy = _hashes(lishu)
    found = run(registry, [acc("孟家岭风物", "t", avatar_hashes=copy), acc("星河风物", "n", avatar_hashes=copy)])
    assert found["t"]["target"]["account_id"] == "l"
    assert found["t"]["score"] == impostor.AVATAR_ONLY_SCORE
    assert "梨树" in found["t"]["evidence"]["name_places"]
    assert found["n"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE  # no place: only the close-copy bar


def test_a_township_beside_a_business_word_points_nowhere(tmp_path):
    """孟家岭美食 is a restaurant named after its township: the township lists nothing, and the owner word keeps the
    close-copy bar closed."""
    registry, lishu = _county_registry()
    assert run(registry, [acc("孟家岭美食", "b", avatar_hashes=_hashes(jpeg(lishu)))]) == {}


def test_described_owner_needs_the_description_to_name_the_avatars_unit_only():
    """``_described_owner``: the avatar's unit named by the description and the name pair's unit not."""

    class _Stub:
        units = ["梨树县人民政府新闻办公室", "伊通满族自治县人民政府新闻办公室"]

        @staticmethod
        def claimed_units(description):
            return {u for u in _Stub.units if u[:2] in (description or "")}

    stub = _Stub()
    evidence = {"description_points_at_unit": True}
    assert impostor._described_owner(stub, {"description": "梨树县官方"}, 1, 0, evidence)
    assert not impostor._described_owner(stub, {"description": "梨树县、伊通县"}, 1, 0, evidence)
    assert not impostor._described_owner(stub, {"description": "梨树县官方"}, 1, 0, {})
    assert not impostor._described_owner(stub, {"description": "伊通县官方"}, 1, 0, evidence)


def test_a_turned_copy_of_the_described_units_emblem_outranks_another_units_name(tmp_path):
    """梨树发布厅 fits 梨树发布's name, but its avatar is 梨树文旅's emblem turned by 30° (no hash sees it) and its
    description is 梨树文旅's unit's: the pixel search, led by the unit the description names, finds the emblem, and
    that unit is the target; the name pair is named beside it. Without the description the name pair stands."""
    from tests.detectors.test_avatar_only import _badge, rotated
    from tests.detectors.test_impostor_pixels import acc as file_acc
    from tests.detectors.test_impostor_pixels import run as file_run
    from tests.detectors.test_impostor_pixels import save

    tour = layout(label="梨树文旅", **PURPLE)
    registry = [reg("梨树文旅", "梨树县文化和旅游局", "t", "吉林省四平市梨树县", avatar=save(tmp_path, "t.png", tour),
                    description="梨树县文化和旅游局官方账号。发布文化旅游资讯、景区动态和节庆活动信息。"),
                reg("梨树发布", "梨树县人民政府新闻办公室", "p", "吉林省四平市梨树县",
                    avatar=save(tmp_path, "p.png", _badge()),
                    description="梨树县人民政府新闻办公室官方账号。发布权威政务信息和政策解读。")]
    turned = save(tmp_path, "turned.png", rotated(tour, 30))
    found = file_run(tmp_path, registry, [
        file_acc("梨树发布厅", "c", turned, description="梨树县文化和旅游局官方账号。发布文化旅游资讯、景区动态和节庆活动信息。"),
        file_acc("梨树发布厅", "n", turned)])
    assert found["c"]["target"]["account_id"] == "t"
    assert found["c"]["evidence"]["name_pair"]["target"]["account_id"] == "p"
    assert found["n"]["target"]["account_id"] == "p"
