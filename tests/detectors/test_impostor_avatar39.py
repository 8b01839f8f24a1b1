"""Thirty-ninth round of #12 avatar work (imp-avatar39): a name that points at the place by its nickname and the
old part of a town (老城, 老街, 老巷: 老 is "old" there, no person's name), with a copy of the unit's distinctive
avatar turned by any angle; a crop cut into a flat part of an avatar (a disc of one colour), lined up by its colours.

Names and images are invented here (no evaluation string): 济南, 深圳 and 成都 are real cities, their nicknames
(泉城, 鹏城, 蓉城) those of ``detectors/data/nicknames.tsv``; the avatars are random designs."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from detectors import impostor
from detectors.affixes import explain_added
from tests.detectors.test_avatar_only import jpeg
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


# ---- a crop cut into a flat part of the avatar (``detectors.avatar.colour_crop_reading``) ----------------------------

def _disc_badge(disc, ground, other, band, radius=0.155) -> Image.Image:
    """A badge whose middle is one disc of colour on a ground split in two, a band and a flag: a crop of its centre
    quarter is the disc with the ground in its corners."""
    img = Image.new("RGB", (144, 144), ground)
    d = ImageDraw.Draw(img)
    d.polygon([(144, 0), (144, 144), (0, 144)], fill=other)
    r = radius * 144
    d.ellipse((72 - r, 72 - r, 72 + r, 72 + r), fill=disc)
    d.rectangle((0, 112, 144, 118), fill=band)
    d.polygon([(20, 20), (45, 12), (45, 50), (20, 42)], fill=band)
    return img


def _crop(img: Image.Image, keep: float, dx: float = 0.0, dy: float = 0.0) -> Image.Image:
    """The square of ``keep`` of the side around the centre moved by (``dx``, ``dy``) of the side, at 150 px, JPEG q88."""
    w = img.size[0]
    c = w * keep
    x0, y0 = (w - c) / 2 + dx * w, (w - c) / 2 + dy * w
    return jpeg(img.crop((int(x0), int(y0), int(x0 + c), int(y0 + c))).resize((150, 150), Image.LANCZOS), 88)


PINK = (240, 170, 205)
LISHU_DESCRIPTION = "梨树县人民政府新闻办公室官方微博。发布权威政务信息、新闻发布会实录和政策解读。"


def _flat_world(tmp_path) -> list[dict]:
    """梨树's news office shows a pink disc; 伊通's a blue one; 双辽's a wide disc of nearly the same pink."""
    _disc_badge(PINK, (200, 60, 140), (100, 200, 80), (250, 235, 245)).save(tmp_path / "a.png")
    _disc_badge((60, 120, 220), (250, 250, 250), (230, 80, 40), (20, 40, 90)).save(tmp_path / "b.png")
    _disc_badge((240, 175, 200), (40, 160, 120), (200, 40, 40), (255, 255, 255), radius=0.3).save(tmp_path / "c.png")
    return [reg("梨树发布", "梨树县人民政府新闻办公室", "ra", "吉林省四平市梨树县", "a.png"),
            reg("伊通发布", "伊通县人民政府新闻办公室", "rb", "吉林省四平市伊通县", "b.png"),
            reg("双辽发布", "双辽市人民政府新闻办公室", "rc", "吉林省四平市双辽市", "c.png")]


@pytest.mark.parametrize("keep,dx,dy", [(0.24, 0.0, 0.0), (0.24, -0.01, 0.01), (0.24, 0.015, 0.0), (0.26, 0.015, 0.01)])
def test_a_crop_into_a_flat_disc_is_lined_up_by_its_colours(tmp_path, keep, dx, dy):
    """The disc with slivers of the ground in its corners: the grey readings line it up nowhere, its colours at one
    place of 梨树's badge only (双辽's wide disc of nearly the same pink holds it nowhere with those corners). A name
    with a government word, or a name of the place with the unit's description, or a company's account claiming the
    unit: a suspect for review."""
    registry = _flat_world(tmp_path)
    _crop(_disc_badge(PINK, (200, 60, 140), (100, 200, 80), (250, 235, 245)), keep, dx, dy).save(tmp_path / "x.jpg")
    found = run(tmp_path, registry, [
        acc("梨树政务速览", "g", "x.jpg"),
        acc("梨树湖畔往事", "d", "x.jpg", description=LISHU_DESCRIPTION),
        acc("梨树湖畔往事", "o", "x.jpg", description=LISHU_DESCRIPTION, verified=True, verified_type="enterprise",
            verified_reason="梨树农家小吃有限公司"),
    ])
    for k in "gdo":
        assert found[k]["target"]["account_id"] == "ra"
        assert found[k]["evidence"]["pixel_reading"] == "flat_crop"
        assert found[k]["score"] == impostor.AVATAR_ONLY_BARE_SCORE


def test_a_flat_piece_needs_more_than_a_place_and_a_place_to_line_up(tmp_path):
    """The same crop on a name giving only the place (no government word, no description): a flat piece proves too
    little then. A blank avatar of the disc's pink, and the centre of 双辽's wide disc (all pink, no corners): they
    line up anywhere in the pink, so nowhere in particular — not 梨树's, whatever the name and description say."""
    registry = _flat_world(tmp_path)
    _crop(_disc_badge(PINK, (200, 60, 140), (100, 200, 80), (250, 235, 245)), 0.24).save(tmp_path / "x.jpg")
    Image.new("RGB", (150, 150), PINK).save(tmp_path / "blank.jpg")
    wide = _disc_badge((240, 175, 200), (40, 160, 120), (200, 40, 40), (255, 255, 255), radius=0.3)
    _crop(wide, 0.24).save(tmp_path / "wide.jpg")
    found = run(tmp_path, registry, [
        acc("梨树湖畔往事", "p", "x.jpg"),
        acc("梨树政务速览", "b", "blank.jpg", description=LISHU_DESCRIPTION),
        acc("梨树政务速览", "w", "wide.jpg", description=LISHU_DESCRIPTION),
    ])
    assert "p" not in found
    for k in "bw":
        assert k not in found or found[k]["evidence"].get("pixel_reading") != "flat_crop"
