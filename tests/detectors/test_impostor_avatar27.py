"""Twenty-third session (imp-avatar27): a copy under a tenth of a screenshot's side, on a name that gives the unit's
own place.

The finer reading of a tiny screenshot (``detectors.avatar.tiny_shot_similarity``: the candidate read at twice the
side, the copy counted only where its colours are the unit's own) was read only for the unit a description names or
copies; a name giving the unit's own place (its deepest place: the county for a county's unit) points at the unit as
well, and its units are now read the same way. The bar stays the pixel layer's own (the lower one only for a
government-sounding name or a description pointing at the unit); the place never chooses a unit the colours do not
agree with, another place's name never reaches another place's unit, and a template stays a template.
The images and names are made here; none comes from an evaluation part."""

from __future__ import annotations

from detectors import impostor
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_avatar26 import chat
from tests.detectors.test_impostor_pixels import ORANGE, acc, reg, run, save


def _registry(tmp_path) -> list[dict]:
    """Three county units of one city, one layout of badge in each county's colours."""
    return [reg("梨树发布", "梨树县人民政府新闻办公室", "l", "吉林省四平市梨树县",
                save(tmp_path, "l.png", layout(label="梨树发布", **PURPLE))),
            reg("伊通发布", "伊通县人民政府新闻办公室", "y", "吉林省四平市伊通县",
                save(tmp_path, "y.png", layout(label="伊通发布", **GREEN))),
            reg("双辽发布", "双辽市人民政府新闻办公室", "s", "吉林省四平市双辽市",
                save(tmp_path, "s.png", layout(label="双辽发布", **ORANGE)))]


def test_a_tiny_screenshot_counts_on_a_name_giving_the_units_own_place(tmp_path):
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", chat(layout(label="梨树发布", **PURPLE), 0.085))
    found = run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot)])
    assert set(found) == {"gov"}
    assert found["gov"]["target"]["account_id"] == "l"
    assert found["gov"]["evidence"]["pixel_reading"] == "shot_colours"
    assert found["gov"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE


def test_a_tiny_screenshot_on_another_places_name_reaches_no_unit(tmp_path):
    """The copy of 梨树's badge named after 伊通: 伊通's badge is read finely but its colours never agree there, and
    梨树's unit is refused by the name's place."""
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", chat(layout(label="梨树发布", **PURPLE), 0.085))
    assert run(tmp_path, registry, [acc("伊通民生快讯", "other", shot)]) == {}


def test_a_tiny_screenshot_of_a_template_is_no_copy_of_a_unit(tmp_path):
    """One badge file shown by two counties' units is a template: not distinctive, never read for a copy."""
    registry = _registry(tmp_path)
    shared = save(tmp_path, "t.png", layout(label="公安", **PURPLE))
    registry += [reg("梨树公安", "梨树县公安局", "t1", "吉林省四平市梨树县", shared),
                 reg("伊通公安", "伊通县公安局", "t2", "吉林省四平市伊通县", shared)]
    shot = save(tmp_path, "shot.png", chat(layout(label="公安", **PURPLE), 0.085))
    found = run(tmp_path, registry, [acc("梨树民生快讯", "tpl", shot)])
    assert "tpl" not in found or found["tpl"]["target"]["account_id"] not in ("t1", "t2")


def test_a_tiny_screenshot_under_a_persons_name_is_not_read(tmp_path):
    """A place beside a person's nickname is the person's own picture of the place (a screenshot of the unit's
    page): the pixel layer does not judge it, however small the copy."""
    registry = _registry(tmp_path)
    shot = save(tmp_path, "shot.png", chat(layout(label="梨树发布", **PURPLE), 0.085))
    assert run(tmp_path, registry, [acc("梨树酸菜妹", "person", shot)]) == {}
