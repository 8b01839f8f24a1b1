"""Twenty-ninth round of #12 (imp-avatar29): the colour limit of the tiny-screenshot reading, set from non-copies.

Under a tenth of the frame a copy's edge pixels blend with the page and a screenshot's display shifts its levels a
little, so its colour gap at the best size runs larger than a larger copy's; on the tuning parts no non-copy that
reached the tiny reading (correlation 0.80 or more) had a gap under 0.11, so the tiny reading's limit
(``SHOT_TINY_COLOUR_GAP``) is that less a margin, above the coarse shot reading's ``SHOT_COLOUR_GAP``. The copies here
are made lighter by a constant (the correlation does not see it; the colour gap does). Images and names are made here;
none comes from an evaluation part."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from detectors import impostor
from tests.detectors.test_avatar_only import PURPLE, layout
from tests.detectors.test_impostor_avatar26 import chat
from tests.detectors.test_impostor_avatar27 import _registry
from tests.detectors.test_impostor_pixels import acc, run, save


def _lifted_shot(tmp_path, lift: int) -> str:
    own = layout(label="梨树发布", **PURPLE)
    lifted = ImageChops.add(own, Image.new("RGB", own.size, (lift,) * 3))
    return save(tmp_path, "shot.png", chat(lifted, 0.085))


def test_the_tiny_reading_allows_more_colour_gap_than_the_coarse_one():
    assert impostor.SHOT_COLOUR_GAP < impostor.SHOT_TINY_COLOUR_GAP < 0.11


def test_a_tiny_copy_a_little_lighter_than_its_unit_counts(tmp_path):
    """Lifted by 30 levels the copy's gap is about 0.08: over the coarse limit, within the tiny reading's."""
    registry = _registry(tmp_path)
    found = run(tmp_path, registry, [acc("梨树民生快讯", "gov", _lifted_shot(tmp_path, 30))])
    assert set(found) == {"gov"}
    assert found["gov"]["target"]["account_id"] == "l"
    assert found["gov"]["evidence"]["pixel_reading"] == "shot_colours"


def test_a_tiny_picture_in_other_colours_still_counts_for_nothing(tmp_path):
    """Lifted by 60 levels the colours are no longer the unit's own (gap well over the limit): no finding."""
    registry = _registry(tmp_path)
    assert run(tmp_path, registry, [acc("梨树民生快讯", "gov", _lifted_shot(tmp_path, 60))]) == {}


def _faint_shot(tmp_path) -> str:
    """梨树's badge at 0.08 of a 150-px notice page, softened and re-encoded: in its colours it correlates about 0.83
    with its unit's avatar (under ``SHOT_COLOURED_MIN``), the other counties' badges never agree in colour there."""
    page = Image.new("RGB", (150, 150), (236, 236, 236))
    draw = ImageDraw.Draw(page)
    side = 12
    for y in (18, 70):
        page.paste(layout(label="梨树发布", **PURPLE).resize((side, side), Image.LANCZOS), (6, y))
        draw.rounded_rectangle((10 + side, y, 120, y + 22), 5, fill=(255, 255, 255))
    buf = io.BytesIO()
    page.filter(ImageFilter.GaussianBlur(0.5)).save(buf, "JPEG", quality=85)
    return save(tmp_path, "faint.png", Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def test_a_faint_tiny_copy_counts_where_the_description_names_the_unit(tmp_path):
    registry = _registry(tmp_path)
    shot = _faint_shot(tmp_path)
    accounts = [acc("湖边邻里", "claimed", shot, description="【梨树发布】补贴名额紧张，私信登记"),
                acc("湖边邻里", "silent", shot, description="湖边的日常"),
                acc("湖边邻里", "other", shot, description="【伊通发布】补贴名额紧张，私信登记")]
    found = run(tmp_path, registry, accounts)
    assert set(found) == {"claimed"}
    assert found["claimed"]["target"]["account_id"] == "l"
    assert found["claimed"]["evidence"]["pixel_reading"] == "shot_colours"
    assert impostor.SHOT_COLOURED_MIN_CLAIMED <= found["claimed"]["evidence"]["pixel_similarity"] \
        < impostor.SHOT_COLOURED_MIN
