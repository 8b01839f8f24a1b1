"""Thirty-ninth round of #12 avatar work (imp-avatar39): a name that points at the place by its nickname and the
old part of a town (老城, 老街, 老巷: 老 is "old" there, no person's name), with a copy of the unit's distinctive
avatar turned by any angle.

Names and images are invented here (no evaluation string): 济南, 深圳 and 成都 are real cities, their nicknames
(泉城, 鹏城, 蓉城) those of ``detectors/data/nicknames.tsv``; the avatars are random designs."""

from __future__ import annotations

import pytest

from detectors import impostor
from detectors.affixes import explain_added
from tests.detectors.test_impostor_pixels import acc, reg, run
from tests.detectors.test_impostor_rotated import design, turned


@pytest.mark.parametrize("name", ["泉城老街记忆", "鹏城老巷晚风", "蓉城老宅时光", "羊城老城晨光", "津门老站", "古城老井"])
def test_old_before_a_settlement_or_a_built_place_is_no_person(name):
    """老 + 城/街/巷/宅/站/井 is the old part of a place, not 老 + a person's name."""
    assert "老" not in explain_added(name).owner


@pytest.mark.parametrize("name", ["泉城老张", "老王家烟火", "老李说", "老周逛老街"])
def test_old_before_a_person_stays_a_persons_name(name):
    """老 + a surname stays a person (老张, 老王, 老周 before the old street he walks), and a commentary verb after a
    person (老李说) too."""
    added = explain_added(name)
    assert added.owner or added.persons


def _world(tmp_path):
    registry = []
    for k, (name, unit, region) in enumerate((("济南发布", "济南市人民政府新闻办公室", "山东省济南市"),
                                              ("深圳发布", "深圳市人民政府新闻办公室", "广东省深圳市"),
                                              ("成都发布", "成都市人民政府新闻办公室", "四川省成都市"),
                                              ("滨州发布", "滨州市人民政府新闻办公室", "山东省滨州市"))):
        design(11 + k).save(tmp_path / f"r{k}.png")
        registry.append(reg(name, unit, f"r{k}", region, f"r{k}.png"))
    return registry


@pytest.mark.parametrize("k,name,angle", [(0, "泉城老街记忆", 52), (1, "鹏城老巷晚风", -47), (2, "蓉城老宅时光", 61)])
def test_a_turned_copy_on_a_nickname_and_an_old_quarter_is_a_suspect(tmp_path, k, name, angle):
    """The city's nickname and its old quarter's word, the city's news office's avatar turned about its centre: the
    name points at the place, so the turned copy is the news office's (for review)."""
    registry = _world(tmp_path)
    turned(design(11 + k), angle, "ground").save(tmp_path / "t.jpg")
    found = run(tmp_path, registry, [acc(name, "a", "t.jpg")])
    assert found["a"]["target"]["account_id"] == f"r{k}"
    assert found["a"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE


def test_a_nickname_and_an_old_quarter_with_a_picture_of_its_own_is_no_suspect(tmp_path):
    """A nostalgia account with its own picture (a design no unit shows), and a person's handle (老张) with the unit's
    avatar turned: neither is flagged."""
    registry = _world(tmp_path)
    turned(design(97), 52, "ground").save(tmp_path / "own.jpg")
    turned(design(11), 52, "ground").save(tmp_path / "t.jpg")
    found = run(tmp_path, registry, [acc("泉城老街记忆", "a", "own.jpg"), acc("泉城老张", "b", "t.jpg")])
    assert found == {}
