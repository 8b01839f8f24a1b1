"""Issue #12, fourteenth session: one badge layout used by units of several places, copied with its colours changed.

The hashes find the layout and colour cannot say whose copy it is (the impostor recoloured it); the name's place,
written out or by its nickname (泉城 for 济南), then picks the unit — as a description naming one unit does. A rival of
the named place too, a name giving no place, a persona's nickname name, or a template shared by several units keep
the image ambiguous, and the name's place never hands the copy to a unit of another place; a province picks none of
its cities' units.
"""

from __future__ import annotations

from core.avatars import avatar_hashes
from detectors import impostor
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, acc, layout, reg, run

BLUE = {"ring": (40, 60, 200), "arch": (200, 200, 40), "back": (240, 240, 255)}


def _registry(*extra):
    jinan = layout(label="济南卫健", **PURPLE)
    dezhou = layout(label="德州卫健", **GREEN)
    return [reg("济南卫健委", "济南市卫生健康委员会", "r1", "山东省济南市", avatar_hashes=avatar_hashes(png_bytes(jinan))),
            reg("德州卫健委", "德州市卫生健康委员会", "r2", "山东省德州市", avatar_hashes=avatar_hashes(png_bytes(dezhou))),
            *extra]


def _recoloured(label="济南卫健"):
    return avatar_hashes(png_bytes(layout(label=label, **BLUE)))


def test_the_names_place_picks_the_unit_among_one_layouts_recoloured_copies():
    found = run(_registry(), [acc("泉城健康便民通", "n", avatar_hashes=_recoloured()),  # the city's nickname
                              acc("济南健康服务", "w", avatar_hashes=_recoloured()),  # the city written out
                              acc("德州健康服务", "d", avatar_hashes=_recoloured("德州卫健"))])
    assert {k: f["target"]["account_id"] for k, f in found.items()} == {"n": "r1", "w": "r1", "d": "r2"}
    for f in found.values():
        assert f["evidence"]["layer"] == "avatar" and f["evidence"]["layout_shared_by_places"] is True
        assert f["score"] == impostor.AVATAR_ONLY_SCORE
        assert any("名称中的地方指明了是哪一个" in r for r in f["reasons"])


def test_one_layout_stays_ambiguous_without_a_single_place():
    grey = avatar_hashes(png_bytes(layout(label="济南卫健", **PURPLE).convert("L").convert("RGB")))
    accounts = [acc("健康便民服务", "a", avatar_hashes=_recoloured()),  # no place
                acc("泉城守望者", "b", avatar_hashes=_recoloured()),  # a persona named after the city's nickname
                acc("聊城健康服务", "c", avatar_hashes=_recoloured()),  # another place: never handed to these units
                acc("济南德州健康服务", "e", avatar_hashes=grey)]  # both places
    assert run(_registry(), accounts) == {}
    # a second unit of the named place with the same layout: the place no longer picks one unit
    jinan2 = reg("济南疾控", "济南市疾病预防控制中心", "r3", "山东省济南市",
                 avatar_hashes=avatar_hashes(png_bytes(layout(label="济南卫健", ring=(200, 40, 40), arch=(40, 40, 40),
                                                                back=(255, 255, 255)))))
    assert run(_registry(jinan2), [acc("泉城健康便民通", "n", avatar_hashes=_recoloured())]) == {}


def test_a_template_stays_a_template_whatever_place_the_name_gives():
    shared = avatar_hashes(png_bytes(layout(label="卫生健康", **PURPLE)))
    registry = [reg("济南卫健委", "济南市卫生健康委员会", "r1", "山东省济南市", avatar_hashes=shared),
                reg("德州卫健委", "德州市卫生健康委员会", "r2", "山东省德州市", avatar_hashes=shared)]
    assert run(registry, [acc("济南健康服务", "a", avatar_hashes=shared),
                          acc("泉城健康便民通", "b", avatar_hashes=_recoloured("卫生健康"))]) == {}


def test_a_registered_account_is_never_flagged_by_the_layout_rule():
    registry = _registry()
    registered = dict(registry[0])
    registered["avatar_hashes"] = _recoloured()
    assert run(registry, [acc(registered["name"], registered["account_id"], avatar_hashes=_recoloured())]) == {}


def test_a_province_does_not_pick_one_of_its_cities_units():
    province = reg("山东卫健委", "山东省卫生健康委员会", "r0", "山东省",
                   avatar_hashes=avatar_hashes(png_bytes(layout(label="山东卫健", ring=(200, 40, 40),
                                                                arch=(40, 40, 40), back=(255, 255, 255)))))
    registry = _registry(province)
    assert run(registry, [acc("跟着山东健康去旅行", "a", avatar_hashes=_recoloured()),
                          acc("山东健康服务", "b", avatar_hashes=_recoloured())]) == {}
    # the province's own badge recoloured: its cities' units are within the province too, so still no single unit
    assert run(registry, [acc("山东健康服务", "p", avatar_hashes=_recoloured("山东卫健"))]) == {}
