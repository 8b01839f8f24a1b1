"""Issue #12 item 5, round 20: what chooses among units the pixel readings leave level, a township's short name
pointing at its unit, and a copy shrunk small into a screenshot whose colours are the unit's own.

- One layout drawn for two units in their own colours is one drawing to grey levels: a deep crop of one correlates
  as well with the other. The colours of the copy then say whose it is (``_PixelSearch._settled``), as in rule 5 by
  hashes; a copy in grey (no colour) stays level with both.
- Two units' avatars the pixels cannot tell apart at all: the name giving one unit's own place chooses it; a province
  named does not choose between the province's unit and a city's (the city is in the province as well).
- A township's short form (赊店 of 赊店镇) lists the township's avatars for the pixel search; a township of a registered
  county (by its full name, or a short form no other township has) lists the county's.
- A thin-line badge at a tenth of a screenshot correlates under ``PIXEL_MIN``; where it lies, its colours are the
  unit's own (``ShotFrame.colour_gap``), and it counts from ``SHOT_COLOURED_MIN`` then; another unit's badge of the
  layout in its own colours does not.
The images and names are made here; none comes from an evaluation part."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFilter, ImageOps

from detectors import impostor
from detectors.avatar import SHOT_REGISTRY_SIDE, ShotFrame, shot_pixels_for_record, shot_reading
from detectors.context import DetectionContext
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_pixels import ORANGE, deep_crop, save

RED = {"ring": (200, 30, 50), "arch": (250, 200, 60), "back": (255, 240, 235)}


def reg(name, unit, account_id, region, avatar):
    return {"unit": unit, "platform": "weibo", "account_id": account_id, "name": name, "status": "active",
            "region": region, "avatar": avatar}


def acc(name, account_id, avatar, **extra):
    return {"platform": "douyin", "account_id": account_id, "name": name, "avatar": avatar, **extra}


def run(tmp_path, registry, accounts):
    ctx = DetectionContext(registry=registry, accounts=accounts, base_dir=tmp_path)
    return {f["account_id"]: f for f in impostor.detect(ctx)}


def jpeg(img: Image.Image, quality: int = 80) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def bordered(img: Image.Image) -> Image.Image:
    """The avatar shrunk onto a patterned ground (a tiled wall), as a frame some impostors add."""
    page = Image.new("RGB", (150, 150), (120, 120, 120))
    d = ImageDraw.Draw(page)
    for y in range(0, 150, 12):
        for x in range(-12 if y % 24 else 0, 150, 24):
            d.rectangle((x + 1, y + 1, x + 22, y + 10), fill=(150, 148, 145))
    page.paste(img.resize((96, 96)), (27, 27))
    return jpeg(page)


def test_colours_choose_between_two_units_drawing_one_layout(tmp_path):
    """山东公安 (province) and 济南公安 (a city of the province) draw one layout in their own colours: a deep crop of
    the province's is as like the city's in grey levels, and 山东 is both units' place. The crop's colours choose."""
    save(tmp_path, "p.png", layout(label="山东公安", **PURPLE))
    save(tmp_path, "c.png", layout(label="济南公安", **GREEN))
    registry = [reg("山东公安", "山东省公安厅", "p", "山东省", "p.png"),
                reg("济南公安", "济南市公安局", "c", "山东省济南市", "c.png")]
    crop = layout(label="山东公安", **PURPLE)
    accounts = [acc("山东百姓说事", "a", save(tmp_path, "a.png", jpeg(deep_crop(crop, 0.4)))),
                acc("山东百姓说事", "b", save(tmp_path, "b.png", jpeg(bordered(crop)))),
                # the same crop in grey: no colour to tell the two units apart
                acc("山东百姓说事", "g", save(tmp_path, "g.png", ImageOps.grayscale(deep_crop(crop, 0.4)).convert("RGB")))]
    found = run(tmp_path, registry, accounts)
    assert set(found) == {"a", "b"}
    assert found["b"]["target"]["account_id"] == "p"  # the border: by hashes or by pixels, the province's
    f = found["a"]
    assert f["target"]["account_id"] == "p" and f["evidence"]["layer"] == "avatar_pixels", f
    assert f["evidence"]["pixel_settled_by"] == "colour"
    assert any("颜色与该单位的一致" in r for r in f["reasons"])


def test_the_description_then_the_name_giving_one_units_own_place_choose_among_level_units(tmp_path):
    """``_settled`` on readings that leave three units level (the province's unit, two cities'), a candidate in grey
    (no colour to read): the description's unit first; else the name giving a city's own place (滨州) chooses that
    city's unit; a province named (山东) chooses nothing, the cities are in it as well; a unit behind by the margin
    or more is not level."""
    for k, (label, colours) in {"p": ("山东文旅", ORANGE), "c": ("滨州发布", PURPLE), "j": ("济南公安", GREEN)}.items():
        save(tmp_path, f"{k}.png", layout(label=label, **colours))
    registry = [reg("山东文旅", "山东省文化和旅游厅", "p", "山东省", "p.png"),
                reg("滨州发布", "滨州市人民政府新闻办公室", "c", "山东省滨州市", "c.png"),
                reg("济南公安", "济南市公安局", "j", "山东省济南市", "j.png")]
    grey = save(tmp_path, "g.png", ImageOps.grayscale(layout(label="滨州发布", **PURPLE)).convert("RGB"))
    ctx = DetectionContext(registry=registry, accounts=[], base_dir=tmp_path)
    search = impostor._PixelSearch(impostor._Officials(ctx), tmp_path, 1000)
    search._indexes()
    at = {e["account_id"]: r for r, e in enumerate(search.officials.entries)}
    ranked = [(0.98, at["p"]), (0.975, at["c"]), (0.97, at["j"])]
    candidate = acc("x", "x", grey)
    margin = impostor.PIXEL_MARGIN

    def settle(claimed=(), named=()):
        out, how = search._settled(candidate, ranked, margin, set(claimed), list(named))
        return [r for _, r in out], how

    assert settle(claimed={"济南市公安局"}) == ([at["j"], at["p"], at["c"]], "description")
    assert settle(named=["滨州"]) == ([at["c"]], "place")
    assert settle(named=["山东"]) == ([at["p"], at["c"], at["j"]], "")
    assert settle() == ([at["p"], at["c"], at["j"]], "")
    alone = [(0.99, at["p"]), (0.95, at["c"])]  # one unit leads by the margin already
    assert search._settled(candidate, alone, margin, set(), ["滨州"]) == (alone, "")


def test_a_townships_short_name_lists_its_avatar_for_the_pixel_search(tmp_path):
    save(tmp_path, "t.png", layout(label="石桥交管", **RED))
    save(tmp_path, "o.png", layout(label="平阳发布", **GREEN))
    registry = [reg("石桥交管站", "平阳县石桥镇交通管理站", "t", "浙江省温州市平阳县石桥镇", "t.png"),
                reg("平阳发布", "平阳县人民政府新闻办公室", "o", "浙江省温州市平阳县", "o.png")]
    crop = jpeg(deep_crop(layout(label="石桥交管", **RED), 0.45))
    accounts = [acc("石桥乡亲热线", "a", save(tmp_path, "a.png", crop)),
                acc("乡亲热线", "b", save(tmp_path, "b.png", crop))]  # no place, nothing official: not searched
    found = run(tmp_path, registry, accounts)
    assert set(found) == {"a"}
    f = found["a"]
    assert f["target"]["account_id"] == "t" and f["evidence"]["layer"] == "avatar_pixels"
    assert "石桥镇" in f["evidence"]["name_places"]


def test_a_township_of_a_registered_county_points_at_the_countys_units(tmp_path):
    """稠城 (稠城街道, no other township of China has the name) lies in 义乌: a name writing it lists 义乌's avatars
    for the pixel search, as 义乌 written out would; a name with no place is not searched."""
    save(tmp_path, "y.png", layout(label="义乌公安", **PURPLE))
    save(tmp_path, "o.png", layout(label="东阳发布", **GREEN))
    registry = [reg("义乌公安", "义乌市公安局", "y", "浙江省金华市义乌市", "y.png"),
                reg("东阳发布", "东阳市人民政府新闻办公室", "o", "浙江省金华市东阳市", "o.png")]
    crop = jpeg(deep_crop(layout(label="义乌公安", **PURPLE), 0.45))
    accounts = [acc("稠城邻里守望", "a", save(tmp_path, "a.png", crop)),
                acc("邻里守望", "b", save(tmp_path, "b.png", crop))]
    found = run(tmp_path, registry, accounts)
    assert set(found) == {"a"}
    f = found["a"]
    assert f["target"]["account_id"] == "y" and f["evidence"]["layer"] == "avatar_pixels"
    assert "义乌" in f["evidence"]["name_places"]


def _notice(img: Image.Image | None, scale: float = 0.13) -> Image.Image:
    """A work-order page: a blue title bar with the unit's logo small in its corner, white form rows, a button."""
    side = 450
    page = Image.new("RGB", (side, side), (240, 243, 248))
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, side, 66), fill=(30, 100, 210))
    for k in range(5):
        y = 90 + 52 * k
        d.rectangle((20, y, side - 20, y + 40), fill=(255, 255, 255))
        d.rectangle((34, y + 16, 34 + 70 + 23 * k % 60, y + 24), fill=(150, 150, 150))
    d.rounded_rectangle((40, 380, side - 40, 412), radius=14, fill=(30, 100, 210))
    if img is not None:
        a = int(side * scale)
        page.paste(img.resize((a, a), Image.BILINEAR), (8, 8))
    return jpeg(page.filter(ImageFilter.GaussianBlur(0.6)).resize((150, 150), Image.BILINEAR), 85)


def test_colour_gap_is_small_where_a_copy_lies_and_large_for_another_units_colours(tmp_path):
    own = layout(label="洛阳发布", **ORANGE)
    other = layout(label="开封发布", **PURPLE)
    page = ShotFrame(shot_pixels_for_record({"avatar": save(tmp_path, "s.png", _notice(own))}, tmp_path))
    mine = shot_reading(page, shot_pixels_for_record({"avatar": save(tmp_path, "o.png", own)}, tmp_path,
                                                     SHOT_REGISTRY_SIDE))
    theirs = shot_reading(page, shot_pixels_for_record({"avatar": save(tmp_path, "t.png", other)}, tmp_path,
                                                       SHOT_REGISTRY_SIDE))
    assert mine[1] <= impostor.SHOT_COLOUR_GAP < theirs[1], (mine, theirs)


def test_a_thin_badge_small_in_a_screenshot_counts_when_its_colours_are_the_units(tmp_path):
    save(tmp_path, "r1.png", layout(label="洛阳发布", **ORANGE))
    save(tmp_path, "r2.png", layout(label="开封发布", **PURPLE))
    registry = [reg("洛阳发布", "洛阳市人民政府新闻办公室", "r1", "河南省洛阳市", "r1.png"),
                reg("开封发布", "开封市人民政府新闻办公室", "r2", "河南省开封市", "r2.png")]
    told = "洛阳市人民政府新闻办公室官方账号，发布权威政务信息"
    accounts = [acc("洛阳百姓说事", "a", save(tmp_path, "a.png", _notice(layout(label="洛阳发布", **ORANGE))),
                    description=told),
                # the other unit's badge in its own colours, on a name of the first unit's place: no copy of either
                acc("洛阳百姓说事", "b", save(tmp_path, "b.png", _notice(layout(label="开封发布", **PURPLE)))),
                acc("洛阳百姓说事", "c", save(tmp_path, "c.png", _notice(None)), description=told)]  # no logo
    found = run(tmp_path, registry, accounts)
    assert set(found) == {"a"}, {k: f["reasons"] for k, f in found.items()}
    f = found["a"]
    assert f["target"]["account_id"] == "r1" and f["evidence"]["layer"] == "avatar_pixels"
    if f["evidence"].get("pixel_reading") == "shot_colours":
        assert f["evidence"]["colour_gap"] <= impostor.SHOT_COLOUR_GAP
