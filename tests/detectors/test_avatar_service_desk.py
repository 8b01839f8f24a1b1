"""Avatar-only impostors named as an office's service desk, and copies pasted into frames of other shapes.

Issue #12 item 5: a near copy of one unit's distinctive avatar is a suspect on its own when the name sounds like a
government account. A name made of a service desk's words (办事咨询, 百事帮, 诉求直通车) sounds like one once the
avatar has singled the unit out, unless a word of a business, a person or a column says whose desk it is. A copy
pasted large into a diamond or hexagon frame keeps its centre, which the pixel layer reads through a small window.
"""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.avatar import frame_similarity, pixel_similarity, pixels_for_record
from detectors.context import DetectionContext
from detectors.government import looks_governmental, offers_public_service
from detectors.names import analyse_name
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, _badge, acc, layout, reg, run


@pytest.mark.parametrize("name", ["有事帮", "百事帮", "政策咨询", "办事咨询台", "诉求直通车", "民意直通", "接诉即办",
                                  "政策一点通"])
def test_service_desk_words_sound_official_to_the_avatar_rules(name):
    assert not looks_governmental(name)  # not a government word on its own …
    assert offers_public_service(name)
    assert impostor.sounds_official({"name": name}, analyse_name(name, None))  # … but a desk's


@pytest.mark.parametrize("name", ["美食咨询", "打卡指南", "装修咨询公司", "百事帮志愿者", "门口办事", "星河咨询",
                                  "星河办事大全"])
def test_a_business_a_person_or_a_column_owns_the_desk(name):
    assert not impostor.sounds_official({"name": name}, analyse_name(name, None))


@pytest.fixture(scope="module")
def badges():
    return layout(label="济南公安", **PURPLE), layout(label="泰安公安", **GREEN)


def registry_of(jinan, taian):
    return [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar_hashes=avatar_hashes(png_bytes(jinan))),
            reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", avatar_hashes=avatar_hashes(png_bytes(taian)))]


def test_a_service_desk_name_with_a_distinctive_copy_is_a_suspect(badges):
    jinan, taian = badges
    copy = avatar_hashes(png_bytes(jinan))
    found = run(registry_of(jinan, taian), [
        acc("有事帮", "a", avatar_hashes=copy),  # no place, no government word: the desk's words
        acc("泰安办事咨询", "b", avatar_hashes=copy),  # another unit's place: never
        acc("美食咨询", "c", avatar_hashes=copy),  # a food consultancy: a business's desk
    ])
    assert set(found) == {"a"}
    assert found["a"]["target"]["account_id"] == "r1"
    assert found["a"]["score"] == impostor.AVATAR_ONLY_SCORE  # no longer only the bare rule's review score
    assert found["a"]["evidence"]["name_governmental"] is True


def test_a_service_desk_name_on_a_template_avatar_is_never_a_suspect(badges):
    jinan, _ = badges
    shared = avatar_hashes(png_bytes(jinan))
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar_hashes=shared),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", avatar_hashes=shared)]  # one image, two units
    assert run(registry, [acc("百事帮", "a", avatar_hashes=shared)]) == {}


def framed(img: Image.Image, shape: str, scale: float = 0.86, ground=(60, 170, 90)) -> Image.Image:
    """The avatar pasted large into a frame of another shape (a diamond standing on its corner, a hexagon)."""
    side = 150
    page = Image.new("RGB", (side, side), ground)
    inner = int(side * scale)
    off = (side - inner) // 2
    mask = Image.new("L", (side, side), 0)
    d = ImageDraw.Draw(mask)
    c, h = side / 2, side / 2 - 1
    if shape == "diamond":
        d.polygon([(c, c - h), (c + h, c), (c, c + h), (c - h, c)], fill=255)
    else:
        d.polygon([(c - h / 2, c - h * 0.87), (c + h / 2, c - h * 0.87), (c + h, c), (c + h / 2, c + h * 0.87),
                   (c - h / 2, c + h * 0.87), (c - h, c)], fill=255)
    big = Image.new("RGB", (side, side), ground)
    big.paste(img.resize((inner, inner)), (off, off))
    page.paste(big, (0, 0), mask)
    return page


@pytest.mark.parametrize("shape", ["diamond", "hexagon"])
def test_a_copy_in_a_frame_of_another_shape_is_found_by_its_centre(tmp_path, badges, shape):
    jinan, _ = badges
    design = _badge()
    for k, img in {"r1": jinan, "r3": design}.items():
        img.save(tmp_path / f"{k}.png")
    framed(design, shape).save(tmp_path / "f.png")
    copy, original = (pixels_for_record({"avatar": f"{k}.png"}, tmp_path) for k in ("f", "r3"))
    other = pixels_for_record({"avatar": "r1.png"}, tmp_path)
    assert max(pixel_similarity(copy, original), frame_similarity(copy, original)) >= impostor.PIXEL_MIN
    assert max(pixel_similarity(copy, other), frame_similarity(copy, other)) < impostor.PIXEL_MIN
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar="r1.png"),
                reg("滨州发布", "滨州市人民政府新闻办公室", "r3", "山东省滨州市", avatar="r3.png")]
    found = {f["account_id"]: f for f in impostor.detect(DetectionContext(
        registry=registry, accounts=[acc("滨州办事咨询", "a", avatar="f.png"),
                                     acc("济南办事咨询", "b", avatar="f.png")],  # the copy is another place's
        base_dir=tmp_path))}
    assert set(found) == {"a"} and found["a"]["target"]["account_id"] == "r3"


def test_the_disc_alone_misses_a_diamond_framed_copy_and_the_window_finds_it(tmp_path):
    """Why the window: a rhombus keeps half the square, and the round mask reads the frame's ground too."""
    design = _badge()
    design.save(tmp_path / "o.png")
    framed(design, "diamond").save(tmp_path / "f.png")
    copy, original = (pixels_for_record({"avatar": f"{k}.png"}, tmp_path) for k in ("f", "o"))
    assert pixel_similarity(copy, original) < impostor.PIXEL_MIN
    assert frame_similarity(copy, original) >= impostor.PIXEL_MIN


def test_one_badge_layout_in_a_frame_does_not_join_two_units(tmp_path, badges):
    """Two units' badges of one layout share their centre (ring, star): by the window alone the copy may not lead
    by the margin, and then the detector names no unit rather than the wrong one."""
    jinan, taian = badges
    jinan.save(tmp_path / "j.png")
    taian.save(tmp_path / "t.png")
    framed(taian, "diamond").save(tmp_path / "f.png")
    copy = pixels_for_record({"avatar": "f.png"}, tmp_path)
    own = frame_similarity(copy, pixels_for_record({"avatar": "t.png"}, tmp_path))
    other = frame_similarity(copy, pixels_for_record({"avatar": "j.png"}, tmp_path))
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar="j.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", avatar="t.png")]
    found = {f["account_id"]: f for f in impostor.detect(DetectionContext(
        registry=registry, accounts=[acc("山东办事咨询", "a", avatar="f.png")], base_dir=tmp_path))}
    assert own >= impostor.PIXEL_MIN and other >= impostor.PIXEL_MIN - 0.1  # the centres are alike indeed
    assert all(f["target"]["account_id"] == "r2" for f in found.values())  # never the other unit


def test_the_window_is_read_only_among_the_units_a_place_or_description_lists(tmp_path):
    """Without a place or a description the pixel layer lists the avatars nearest by hash, which may leave out the
    unit copied; the centre alone is too weak to choose among them."""
    design = _badge()
    design.save(tmp_path / "r3.png")
    framed(design, "diamond").save(tmp_path / "f.png")
    registry = [reg("滨州发布", "滨州市人民政府新闻办公室", "r3", "山东省滨州市", avatar="r3.png")]
    found = list(impostor.detect(DetectionContext(registry=registry, accounts=[acc("警务直通", "a", avatar="f.png")],
                                                  base_dir=tmp_path)))
    assert not any(f["evidence"].get("pixel_reading") == "frame_centre" for f in found)
