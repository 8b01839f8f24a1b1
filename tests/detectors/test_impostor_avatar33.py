"""Thirty-third round of #12 avatar work (imp-avatar33): the tiny screenshot reading on a name that gives the unit's
own place and nothing else of the unit.

A copy shrunk under a tenth of a screenshot is read finely in its colours (``detectors.avatar.tiny_shot_reading``)
for the units of the place the name gives as its own. It used to be read only when the name also sounded
governmental or repeated the unit's own words; a name of the place and a word of the account's own (湖边人家, 老乡)
left it unread. Such a name needs the place-only bar (``SHOT_COLOURED_MIN_PLACE_ONLY``) and its own colour limit,
set from the non-copies such names bring to that reading (``SHOT_TINY_COLOUR_GAP_PLACE_ONLY``). Images and names are
made here; none comes from an evaluation part."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw

from detectors import impostor
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_avatar27 import _registry
from tests.detectors.test_impostor_pixels import acc, run, save


def _page(img: Image.Image) -> Image.Image:
    """A message list: ``img`` at 12 px (0.08 of the 150-px page) beside two bubbles."""
    page = Image.new("RGB", (150, 150), (236, 236, 236))
    draw = ImageDraw.Draw(page)
    for y in (18, 70):
        page.paste(img.resize((12, 12), Image.LANCZOS), (6, y))
        draw.rounded_rectangle((22, y, 120, y + 22), 5, fill=(255, 255, 255))
    return page


def _tiny_copy(tmp_path, lift: int = 0) -> str:
    own = layout(label="梨树发布", **PURPLE)
    if lift:
        own = ImageChops.add(own, Image.new("RGB", own.size, (lift,) * 3))
    return save(tmp_path, f"shot{lift}.png", _page(own))


def test_a_tiny_copy_counts_on_a_name_of_the_units_place_alone(tmp_path):
    registry = _registry(tmp_path)
    found = run(tmp_path, registry, [acc("梨树湖边人家", "place", _tiny_copy(tmp_path))])
    assert set(found) == {"place"}
    f = found["place"]
    assert f["target"]["account_id"] == "l"
    assert f["evidence"]["pixel_reading"] == "shot_colours"
    assert f["evidence"]["pixel_similarity"] >= impostor.SHOT_COLOURED_MIN_PLACE_ONLY
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE and any("需人工复核" in r for r in f["reasons"])


def test_a_tiny_picture_in_other_colours_on_a_place_name_counts_for_nothing(tmp_path):
    """Lifted by 60 levels its colours are no longer the unit's own: the colours, not the correlation, decide."""
    registry = _registry(tmp_path)
    assert run(tmp_path, registry, [acc("梨树湖边人家", "place", _tiny_copy(tmp_path, 60))]) == {}


def test_pixels_never_decide_alone_on_a_tiny_copy(tmp_path):
    """The tiny reading is only read for a unit of the place the name gives: a name of no place, of another place,
    or of the place beside a person's word (a person's own picture of the place) finds nothing."""
    registry = _registry(tmp_path)
    shot = _tiny_copy(tmp_path)
    found = run(tmp_path, registry, [acc("湖边人家", "none", shot),
                                     acc("伊通湖边人家", "other", shot),
                                     acc("梨树老王", "person", shot)])
    assert found == {}


def test_another_countys_badge_in_its_own_colours_is_not_the_units(tmp_path):
    """伊通's badge shrunk into the page, named after 梨树: 梨树's badge is read finely but its colours never agree."""
    registry = _registry(tmp_path)
    shot = save(tmp_path, "y-shot.png", _page(layout(label="伊通发布", **GREEN)))
    assert run(tmp_path, registry, [acc("梨树湖边人家", "place", shot)]) == {}


def test_a_place_only_name_has_a_tighter_colour_limit_than_a_governmental_one(tmp_path):
    """Lifted by 30 levels the copy's colour gap is about 0.087: within the tiny reading's limit for a name that sounds
    governmental, over the place-only name's (set from the non-copies such names bring to that reading)."""
    assert impostor.SHOT_COLOUR_GAP <= impostor.SHOT_TINY_COLOUR_GAP_PLACE_ONLY < impostor.SHOT_TINY_COLOUR_GAP
    registry = _registry(tmp_path)
    shot = _tiny_copy(tmp_path, 30)
    found = run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot), acc("梨树湖边人家", "place", shot)])
    assert set(found) == {"gov"}
    assert found["gov"]["evidence"]["colour_gap"] > impostor.SHOT_TINY_COLOUR_GAP_PLACE_ONLY
