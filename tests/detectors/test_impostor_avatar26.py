"""Twenty-second session (imp-avatar26): avatar-only copies whose failing layer was not the image reading itself.

- A copy turned by 40° or more is as far by hash from its original as from any other design, so the pixel search's
  short list (nearest by hash, the name's place, the description's unit) left it out whenever the name gave no place:
  the registry files nearest by what a turn leaves of an image (``detectors.avatar.turn_signature``) are listed too;
  and on a name that says nothing (no government word, no place, no description pointing at a unit) a turned copy
  read almost perfectly and clearly ahead of every other listed file counts, as the hash rule's close copy does
  (``detectors.impostor._PixelSearch._turned``) — never on a name with a business's or a person's word, never by an
  account verified as another body, never for a template.
- A description naming the unit by its registered account name must be read as written: the name normalisation folds
  a few characters a description keeps (乾 to 干), and the folded form alone never occurs in the description.
- A copy under a tenth of a screenshot's side (a chat thread's sender picture) is read at twice the side, only for the
  unit the description points at, and counts only where the colours are the unit's own.
The images and names are made here; none comes from an evaluation part."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from detectors import impostor
from detectors.avatar import (
    SHOT_FINE_SIDE,
    ShotFrame,
    pixels_for_record,
    shot_pixels_for_record,
    shot_templates,
    tiny_shot_similarity,
    turn_signature,
    turn_similarities,
)
from detectors.context import DetectionContext
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_pixels import ORANGE, acc, reg, run, save
from tests.detectors.test_impostor_rotated import design, turned


def _registry(tmp_path) -> list[dict]:
    """Four units of four places, each with its own design (random discs and bars), one unit's badge besides."""
    rows = []
    for k, (name, unit, region) in enumerate([("抚松发布", "抚松县人民政府新闻办公室", "吉林省白山市抚松县"),
                                              ("靖宇文旅", "靖宇县文化和旅游局", "吉林省白山市靖宇县"),
                                              ("临江应急", "临江市应急管理局", "吉林省白山市临江市"),
                                              ("长白水务", "长白县水务局", "吉林省白山市长白县")]):
        rows.append(reg(name, unit, f"r{k}", region, save(tmp_path, f"r{k}.png", design(300 + k))))
    return rows


@pytest.mark.parametrize("angle,fill", [(42, "ground"), (-51, "white"), (97, "square"), (-150, "circle")])
def test_the_turn_signature_puts_a_turned_copy_next_to_its_original(tmp_path, angle, fill):
    originals = [design(300 + k) for k in range(6)]
    matrix = np.stack([turn_signature(_grey(tmp_path, f"o{k}.png", img)) for k, img in enumerate(originals)])
    for k, img in enumerate(originals):
        sims = turn_similarities(turn_signature(_grey(tmp_path, f"t{k}.png", turned(img, angle, fill))), matrix)
        assert int(np.argmax(sims)) == k
        assert sims[k] >= impostor.TURN_SIGNATURE_MIN


def test_a_blank_image_has_no_turn_signature():
    assert turn_signature(np.full((64, 64), 0.5, dtype=np.float32)) is None


def test_a_turned_copy_on_a_name_that_says_nothing_is_a_suspect_for_review(tmp_path):
    registry = _registry(tmp_path)
    copy = save(tmp_path, "c.png", turned(design(301), -48, "ground"))
    found = run(tmp_path, registry, [acc("松花江畔闲话", "a", copy)])
    f = found["a"]
    assert f["target"]["account_id"] == "r1"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE
    assert f["evidence"]["pixel_reading"] == "turned" and abs(abs(f["evidence"]["turn_angle"]) - 48) < 3
    assert any("转过约" in r for r in f["reasons"])


def test_a_turned_copy_on_a_government_name_without_a_place_is_listed_by_its_turn(tmp_path):
    """A government word passes the name gate but names no place: the nearest by hash are other designs, the turn
    signature lists the unit copied."""
    registry = _registry(tmp_path)  # and more designs than the nearest by hash list (``PIXEL_NEAREST``)
    towns = ["露水河", "泉阳", "万良", "北岗", "东岗", "漫江", "松江河", "兴参", "仙人桥", "抽水"]
    registry += [reg(f"{t}发布", f"{t}镇人民政府", f"x{k}", "吉林省白山市抚松县",
                     save(tmp_path, f"x{k}.png", design(400 + k))) for k, t in enumerate(towns)]
    copy = save(tmp_path, "c.png", turned(design(302), 55, "white"))
    found = run(tmp_path, registry, [acc("民生发布厅", "a", copy)])
    assert found["a"]["target"]["account_id"] == "r2"


def test_a_turned_copy_is_not_enough_for_a_business_a_person_or_another_body(tmp_path):
    registry = _registry(tmp_path)
    copy = save(tmp_path, "c.png", turned(design(301), -48, "ground"))
    accounts = [acc("松花江畔烧烤店", "shop", copy), acc("老王的松花江", "person", copy),
                acc("松花江畔闲话", "org", copy, verified=True, verified_type="enterprise",
                    verified_reason="白山某某贸易有限公司")]
    assert run(tmp_path, registry, accounts) == {}


def test_unturned_other_designs_and_turned_templates_are_not_suspects(tmp_path):
    registry = _registry(tmp_path)
    # one file shown by two units of different places: a template
    shared = save(tmp_path, "t.png", design(320))
    registry += [reg("江源公安", "江源区公安分局", "t1", "吉林省白山市江源区", shared),
                 reg("浑江公安", "浑江区公安分局", "t2", "吉林省白山市浑江区", shared)]
    accounts = [acc("松花江畔闲话", "other", save(tmp_path, "o.png", design(340))),
                acc("松花江畔闲话", "other-turned", save(tmp_path, "ot.png", turned(design(341), 50, "white"))),
                acc("松花江畔闲话", "template", save(tmp_path, "tt.png", turned(design(320), 50, "ground")))]
    assert run(tmp_path, registry, accounts) == {}


def test_a_description_naming_the_unit_as_registered_is_read_as_written(tmp_path):
    """乾 folds to 干 in names (one character of the two is simplified to the other); the description keeps 乾."""
    registry = [reg("乾安发布", "乾安县人民政府新闻办公室", "q", "吉林省松原市乾安县", "q.png"),
                reg("扶余发布", "扶余市人民政府新闻办公室", "f", "吉林省松原市扶余市", "f.png")]
    ctx = DetectionContext(registry=registry, accounts=[], base_dir=tmp_path)
    officials = impostor._Officials(ctx)
    assert officials.claimed_units("【乾安发布】安置房内部认购，私信预约") == {"乾安县人民政府新闻办公室"}
    assert officials.claimed_units("本号转载乾安发布的消息") == {"乾安县人民政府新闻办公室"}
    assert officials.claimed_units("扶余大小事，欢迎投稿") == set()


def chat(img: Image.Image, scale: float) -> Image.Image:
    """A chat thread: the sender's picture at ``scale`` of a 150-px page beside two message bubbles, JPEG."""
    page = Image.new("RGB", (150, 150), (236, 236, 236))
    d = ImageDraw.Draw(page)
    side = max(8, round(150 * scale))
    for y in (18, 70):
        page.paste(img.resize((side, side), Image.LANCZOS), (6, y))
        d.rounded_rectangle((10 + side, y, 120, y + 22), 5, fill=(255, 255, 255))
        d.rounded_rectangle((60, y + 28, 144, y + 48), 5, fill=(150, 225, 110))
    buf = io.BytesIO()
    page.filter(ImageFilter.GaussianBlur(0.4)).save(buf, "JPEG", quality=85)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _grey(tmp_path, name, img):
    img.save(tmp_path / name)
    return pixels_for_record({"avatar": name}, tmp_path)


def test_a_copy_under_a_tenth_of_a_screenshot_is_read_finer_in_its_colours(tmp_path):
    own, other = layout(label="前郭发布", **PURPLE), layout(label="宁江发布", **GREEN)
    save(tmp_path, "own.png", own)
    save(tmp_path, "other.png", other)
    frame_rgb = shot_pixels_for_record({"avatar": save(tmp_path, "s.png", chat(own, 0.085))}, tmp_path,
                                       SHOT_FINE_SIDE)
    frame = ShotFrame(frame_rgb)
    theirs = shot_templates(shot_pixels_for_record({"avatar": "own.png"}, tmp_path, 128))
    rival = shot_templates(shot_pixels_for_record({"avatar": "other.png"}, tmp_path, 128))
    assert tiny_shot_similarity(frame, theirs, impostor.SHOT_COLOUR_GAP) >= impostor.SHOT_COLOURED_MIN
    # the other unit's badge of the layout, in its own colours, never agrees in colour there
    assert tiny_shot_similarity(frame, rival, impostor.SHOT_COLOUR_GAP) < impostor.SHOT_COLOURED_MIN


def test_a_tiny_screenshot_counts_where_the_description_points_at_the_unit(tmp_path):
    registry = [reg("前郭发布", "前郭县人民政府新闻办公室", "p", "吉林省松原市前郭县",
                    save(tmp_path, "p.png", layout(label="前郭发布", **PURPLE))),
                reg("宁江发布", "宁江区人民政府新闻办公室", "g", "吉林省松原市宁江区",
                    save(tmp_path, "g.png", layout(label="宁江发布", **GREEN))),
                reg("长岭发布", "长岭县人民政府新闻办公室", "o", "吉林省松原市长岭县",
                    save(tmp_path, "o.png", layout(label="长岭发布", **ORANGE)))]
    shot = save(tmp_path, "s.png", chat(layout(label="前郭发布", **PURPLE), 0.085))
    accounts = [acc("查干湖边邻里", "claimed", shot, description="【前郭发布】补贴名额紧张，私信登记"),
                acc("查干湖边邻里", "silent", shot, description="湖边的日常")]
    found = run(tmp_path, registry, accounts)
    assert set(found) == {"claimed"}
    assert found["claimed"]["target"]["account_id"] == "p"
    assert found["claimed"]["evidence"]["pixel_reading"] == "shot_colours"
