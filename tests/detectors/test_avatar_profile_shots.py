"""Issue #12 item 5, round 10: an avatar shown at a third to three fifths of a screenshot (a profile page, a follow
list, a link preview) is found by the colour search (``SHOT_LARGE_SIZES``, refined by ``SHOT_REFINE``); a crowded
place lists only the units whose own words the name repeats; and a name points at the unit's place through a nickname,
a landmark, a native figure or its township's short form (the avatar rules only). Hard negatives: the same layout in
another unit's colours and name, another design, a scenic photo of the place that is no copy, a template."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageDraw, ImageFilter

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.avatar import SHOT_SIDE, SHOT_SIZES, ShotFrame, shot_pixels_for_record, shot_similarity
from detectors.context import DetectionContext
from detectors.places import gazetteer, nickname_places
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, _badge, layout
from tests.detectors.test_impostor_pixels import ORANGE, save


def reg(name, unit, account_id, region, avatar=None, **extra):
    out = {"unit": unit, "platform": "weibo", "account_id": account_id, "name": name, "status": "active",
           "region": region, **extra}
    if avatar:
        out["avatar"] = avatar
    return out


def acc(name, account_id, avatar=None, **extra):
    out = {"platform": "douyin", "account_id": account_id, "name": name, **extra}
    if avatar:
        out["avatar"] = avatar
    return out


def run(tmp_path, registry, accounts):
    ctx = DetectionContext(registry=registry, accounts=accounts, base_dir=tmp_path)
    return {f["account_id"]: f for f in impostor.detect(ctx)}


def profile(img: Image.Image, scale: float = 0.44, band=(120, 170, 220), seed: int = 2) -> Image.Image:
    """A profile page: a coloured header band, the avatar in a circle with a white ring at ``scale`` of the page,
    a name bar and grey lines under it; blurred, shrunk and saved as JPEG."""
    rng = random.Random(seed)
    side = 450
    page = Image.new("RGB", (side, side), (242, 242, 242))
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, side, int(side * 0.3)), fill=band)
    a = int(side * scale)
    x, y = rng.randrange(20, side - a - 20), int(side * 0.12)
    d.ellipse((x - 8, y - 8, x + a + 8, y + a + 8), fill=(255, 255, 255))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, a - 1, a - 1), fill=255)
    page.paste(img.resize((a, a), Image.BILINEAR), (x, y), mask)
    top = min(side - 40, y + a + 24)
    d.rectangle((side // 2 - 90, top, side // 2 + 90, top + 14), fill=(40, 40, 40))
    out = page.filter(ImageFilter.GaussianBlur(0.6)).resize((144, 144), Image.BILINEAR)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=85)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def scenic(seed: int = 7) -> Image.Image:
    """A landscape photo (sky, hills, a lake): a picture of the place, no copy of any avatar."""
    rng = random.Random(seed)
    img = Image.new("RGB", (160, 160), (135, 190, 235))
    d = ImageDraw.Draw(img)
    for k in range(3):
        base = 70 + 20 * k
        d.polygon([(0, base + 30)] + [(x, base - rng.randrange(0, 40)) for x in range(0, 161, 20)] + [(160, 160),
                                                                                                         (0, 160)],
                  fill=(40 + 30 * k, 110 + 20 * k, 50 + 10 * k))
    d.rectangle((0, 130, 160, 160), fill=(60, 120, 170))
    return img


@pytest.fixture
def designs(tmp_path):
    images = {"r1": layout(label="济南公安", **PURPLE), "r2": layout(label="泰安公安", **GREEN),
              "r3": layout(label="滨州发布", **ORANGE).rotate(90)}
    for k, img in images.items():
        img.save(tmp_path / f"{k}.png")
    return images


@pytest.mark.parametrize("scale", [0.30, 0.33, 0.44, 0.56])
def test_an_avatar_at_a_third_to_three_fifths_of_a_profile_page_is_found_in_colour(tmp_path, designs, scale):
    # the small sizes alone stop below a third of the frame
    assert max(SHOT_SIZES) / SHOT_SIDE < 0.3
    name = save(tmp_path, "p.png", profile(designs["r1"], scale))
    frame = ShotFrame(shot_pixels_for_record({"avatar": name}, tmp_path))

    def similarity(k: str) -> float:
        return shot_similarity(frame, shot_pixels_for_record({"avatar": f"{k}.png"}, tmp_path, 128))

    own = similarity("r1")
    # within half a pixel of the copy's scale (the sizes are whole pixels): ~0.96 for this blurred JPEG page
    assert own >= 0.95, scale
    # the same layout in another unit's colours and name, and another design: far below
    for other in ("r2", "r3"):
        assert similarity(other) < own - 0.1, (scale, other)


def test_a_profile_page_on_a_name_of_the_place_is_a_suspect_and_its_hard_negatives_are_not(tmp_path, designs):
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", "r1.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", "r2.png"),
                reg("滨州发布", "滨州市人民政府新闻办公室", "r3", "山东省滨州市", "r3.png")]
    shot = save(tmp_path, "p.png", profile(designs["r1"]))
    view = save(tmp_path, "v.png", profile(scenic()))
    found = run(tmp_path, registry, [acc("济南便民服务", "a", shot),
                                     acc("泰安便民服务", "b", shot),  # names another unit's place
                                     acc("济南风光随手拍", "c", view)])  # a scenic photo of the place: no copy
    assert set(found) == {"a"}
    f = found["a"]
    assert f["target"]["account_id"] == "r1" and f["evidence"]["layer"] == "avatar_pixels"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE


def _province_registry(tmp_path) -> list[dict]:
    """More than ``PIXEL_MAX_PER_PLACE`` province-level units of one province, each with a design of its own."""
    bodies = ["公安", "工会", "水利", "卫健", "教育", "文旅", "应急", "人社", "医保", "民政", "交通", "税务", "消防",
              "团委", "妇联", "气象", "农业", "商务", "科技", "林业"]
    assert len(bodies) > impostor.PIXEL_MAX_PER_PLACE
    out = []
    for k, body in enumerate(bodies):
        rng = random.Random(100 + k)
        img = Image.new("RGB", (160, 160), tuple(rng.randrange(40, 256) for _ in range(3)))
        d = ImageDraw.Draw(img)
        for _ in range(6):
            x, y, s = rng.randrange(120), rng.randrange(120), rng.randrange(20, 50)
            d.ellipse((x, y, x + s, y + s), fill=tuple(rng.randrange(256) for _ in range(3)))
        img.save(tmp_path / f"p{k}.png")
        out.append(reg(f"山东{body}", f"山东省{body}单位{k}", f"p{k}", "山东省", f"p{k}.png"))
    return out


def test_a_crowded_place_lists_the_units_whose_own_words_the_name_repeats(tmp_path, monkeypatch):
    monkeypatch.setattr(impostor, "PIXEL_NEAREST", 0)  # the hashes list nothing: only the name can
    registry = _province_registry(tmp_path)
    union = Image.open(tmp_path / "p1.png").convert("RGB")  # 山东工会
    shot = save(tmp_path, "s.png", profile(union))
    # each alone (the place's table of words is built on the first look) and together
    alone = run(tmp_path, registry, [acc("扩散！山东省级工会", "a", shot)])
    assert set(alone) == {"a"} and alone["a"]["target"]["account_id"] == "p1"
    assert run(tmp_path, registry, [acc("山东便民服务", "b", shot)]) == {}  # only the crowded place: nothing listed
    found = run(tmp_path, registry, [acc("山东便民服务", "b", shot), acc("扩散！山东省级工会", "a", shot)])
    assert set(found) == {"a"}


def test_nicknames_landmarks_and_native_figures_point_at_their_place():
    assert "颍上" in nickname_places("管仲故里家乡事")
    assert "安徽" in nickname_places("江淮大地数字生活")
    assert "青阳" in nickname_places("九华山风光")
    assert "华阴" not in nickname_places("九华山风光")  # 华山 inside 九华山 is no nickname of its own
    assert "华阴" in nickname_places("华山论剑")
    assert nickname_places("星河守望者") == []


def test_every_nickname_names_divisions_the_gazetteer_knows():
    from detectors.places import NICKNAMES

    gaz = gazetteer()
    known = {gaz.qualified_name(c) for c in gaz.divisions}
    seen = set()
    for line in NICKNAMES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        nick, divisions = line.split("\t")
        assert nick not in seen, nick
        seen.add(nick)
        assert divisions.split() and all(d in known for d in divisions.split()), line


def _town_registry(school: Image.Image, other: Image.Image) -> list[dict]:
    return [reg("天堂镇中心学校", "岳西县天堂镇中心学校", "t1", "安徽省安庆市岳西县天堂镇",
                avatar_hashes=avatar_hashes(png_bytes(school))),
            reg("颍上发布", "颍上县人民政府新闻办公室", "t2", "安徽省阜阳市颍上县",
                avatar_hashes=avatar_hashes(png_bytes(other)))]


def test_a_townships_short_form_or_the_units_own_words_point_at_the_unit_of_a_copied_avatar(tmp_path):
    school = layout(label="天堂中心学校", **PURPLE)
    registry = _town_registry(school, _badge())
    # recoloured: the colours do not agree, so a bare name is not enough
    blue = layout(label="天堂中心学校", ring=(40, 60, 200), arch=(200, 200, 40), back=(240, 240, 255))
    copy = avatar_hashes(png_bytes(blue))
    found = run(tmp_path, registry, [acc("天堂办事大全", "a", avatar_hashes=copy),  # 天堂 of 天堂镇
                                     acc("中心学校家长群", "b", avatar_hashes=copy),  # the unit's own words
                                     acc("星河办事大全", "c", avatar_hashes=copy),  # neither
                                     acc("颍上办事大全", "d", avatar_hashes=copy)])  # another place
    assert set(found) == {"a", "b"}
    assert found["a"]["score"] == impostor.AVATAR_ONLY_SCORE and "天堂" in found["a"]["evidence"]["name_places"]
    assert found["b"]["evidence"]["name_unit_words"] == ["中心学校"]


def test_a_template_never_counts_whatever_the_name_points_at(tmp_path):
    school = layout(label="天堂中心学校", **PURPLE)
    registry = _town_registry(school, school)  # one image for two units: a template
    copy = avatar_hashes(png_bytes(school))
    assert run(tmp_path, registry, [acc("天堂办事大全", "a", avatar_hashes=copy),
                                    acc("管仲故里家乡事", "b", avatar_hashes=copy)]) == {}
