"""Issue #12 item 5, round 11: a recoloured copy of a unit's distinctive avatar keeps its drawing.

The edge map (``detectors.avatar.structure_of``) of a copy with its hue turned, a colour cast or its contrast raised
is the original's, where another unit's badge of the same layout (its own name on the banner) is not; rule 5 uses it
when colour cannot decide (a rival of the same layout as near by hash, or the bare rule's "same colours"). A copy
turned by a large angle on an account verified as an organisation is a suspect when its name writes the unit's own
place (a province-level unit: the province); a template never counts. All images are drawn here with Pillow."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from detectors import impostor
from detectors.avatar import structure_for_record, structure_of, structure_similarity
from detectors.context import DetectionContext
from tests.detectors.test_avatar_only import _badge, jpeg


def reg(name, unit, account_id, region, avatar, platform="weibo"):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": "active",
            "region": region, "avatar": avatar}


def acc(name, account_id, avatar, **extra):
    return {"platform": "douyin", "account_id": account_id, "name": name, "avatar": avatar, **extra}


def run(tmp_path, registry, accounts):
    ctx = DetectionContext(registry=registry, accounts=accounts, base_dir=tmp_path)
    return {f["account_id"]: f for f in impostor.detect(ctx)}


def hue_turned(img: Image.Image, shift: int) -> Image.Image:
    h, s, v = img.convert("HSV").split()
    h = h.point(lambda x: (x + shift) % 256)
    return Image.merge("HSV", (h, s, v)).convert("RGB")


def green_cast(img: Image.Image, factor: float = 1.18) -> Image.Image:
    r, g, b = img.split()
    return Image.merge("RGB", (r, g.point(lambda x: min(255, int(x * factor))), b))


def contrast(img: Image.Image, factor: float = 1.3) -> Image.Image:
    return ImageEnhance.Contrast(ImageEnhance.Color(img).enhance(1.4)).enhance(factor)


EDITS = {"hue": lambda img: hue_turned(img, 40), "cast": green_cast, "contrast": contrast}


def rgb(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB").resize((64, 64), Image.BILINEAR), dtype=np.float32) / 255.0


def emblem_badge(ring, back, emblem: str, label: str) -> Image.Image:
    """One badge layout (a ring, a banner with the unit's name) around each unit's own emblem."""
    from PIL import ImageDraw

    from tests.detectors.evalset import _centered
    img = Image.new("RGB", (160, 160), back)
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 152, 152), outline=ring, width=14)
    d.rectangle((22, 100, 138, 128), fill=ring)
    _centered(d, (22, 100, 138, 128), label, 18, back)
    if emblem == "tower":  # a pagoda: tiers narrowing upwards
        for k in range(4):
            w = 44 - 9 * k
            d.rectangle((80 - w, 84 - 14 * k, 80 + w, 92 - 14 * k), fill=ring)
    elif emblem == "leaf":  # a leaf with its vein
        d.ellipse((40, 36, 120, 90), fill=ring)
        d.line((44, 63, 116, 63), fill=back, width=4)
    else:  # a wheel
        d.ellipse((50, 30, 110, 90), outline=ring, width=8)
        for a in range(0, 180, 45):
            t = np.radians(a)
            d.line((80 - 30 * np.cos(t), 60 - 30 * np.sin(t), 80 + 30 * np.cos(t), 60 + 30 * np.sin(t)), fill=ring,
                   width=4)
    return img


@pytest.fixture
def twins(tmp_path):
    """Two units' badges of one layout, each with its own emblem and name in its own colours: the grey hashes are
    within a few bits of each other."""
    jinan = emblem_badge((40, 150, 140), (235, 250, 248), "tower", "济南文旅")
    taian = emblem_badge((200, 70, 60), (250, 236, 220), "leaf", "泰安农服")
    jinan.save(tmp_path / "r1.png")
    taian.save(tmp_path / "r2.png")
    return jinan, taian


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_recoloured_copy_keeps_its_drawing_and_another_units_badge_does_not(twins, edit):
    jinan, taian = twins
    copy = structure_of(rgb(jpeg(EDITS[edit](jinan), 80)))
    own = structure_similarity(copy, structure_of(rgb(jinan)))
    rival = structure_similarity(copy, structure_of(rgb(taian)))
    assert own >= impostor.STRUCTURE_BARE, edit
    assert own - rival >= impostor.STRUCTURE_MARGIN, (edit, own, rival)
    assert structure_similarity(copy, structure_of(rgb(_badge()))) < 0.5  # another design altogether


def test_a_blank_image_or_no_file_has_no_drawing(tmp_path):
    assert structure_of(np.full((64, 64, 3), 0.5, dtype=np.float32)) is None
    assert structure_for_record({"avatar": "missing.png"}, tmp_path) is None
    assert structure_similarity(None, structure_of(rgb(_badge()))) is None


def test_a_recoloured_copy_of_a_twin_singles_out_its_unit_when_files_are_local(tmp_path, twins):
    jinan, taian = twins
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", "r1.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", "r2.png")]
    hue_turned(jinan, 40).save(tmp_path / "a.png")
    hue_turned(contrast(jinan), 60).save(tmp_path / "b.png")
    hue_turned(taian, 40).save(tmp_path / "c.png")
    found = run(tmp_path, registry, [acc("泉城警务咨询", "a", "a.png"),  # a nickname of the unit's place
                                     acc("星河守望者", "b", "b.png"),  # a bare name: the drawing stands for colour
                                     acc("泉城美食", "m", "b.png"),  # a food blog: an owner word, never
                                     acc("济南反诈联盟", "c", "c.png")])  # the other unit's badge, another place
    assert set(found) == {"a", "b"}
    assert found["a"]["target"]["account_id"] == "r1" and found["a"]["score"] == impostor.AVATAR_ONLY_SCORE
    assert found["b"]["target"]["account_id"] == "r1" and found["b"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE
    assert found["b"]["evidence"]["structure_similarity"] >= impostor.STRUCTURE_BARE
    assert any("轮廓相关" in r for r in found["b"]["reasons"])


def test_another_design_of_the_layout_recoloured_is_not_the_units(tmp_path, twins):
    jinan, taian = twins
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", "r1.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", "r2.png")]
    # a third unit's badge of the same layout (its own emblem and name), in new colours: neither twin's drawing
    hue_turned(emblem_badge((40, 150, 140), (235, 250, 248), "wheel", "威海税务"), 40).save(tmp_path / "x.png")
    assert run(tmp_path, registry, [acc("星河守望者", "x", "x.png")]) == {}


def test_a_template_recoloured_never_counts(tmp_path, twins):
    jinan, _ = twins
    jinan.save(tmp_path / "t.png")
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", "t.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", "t.png")]
    hue_turned(jinan, 40).save(tmp_path / "a.png")
    assert run(tmp_path, registry, [acc("星河守望者", "a", "a.png"), acc("济南反诈联盟", "b", "a.png")]) == {}


def _province(tmp_path) -> list[dict]:
    """Province-level units of one province (more than ``PIXEL_MAX_PER_PLACE`` units in it with the cities'),
    each with a design of its own."""
    import random

    from PIL import ImageDraw
    out = []
    bodies = ["公安", "卫健", "文旅", "税务", "教育", "应急"]
    cities = ["济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂"]
    for k, name in enumerate([f"山东{b}" for b in bodies] + [f"{c}发布" for c in cities]):
        rng = random.Random(300 + k)
        img = Image.new("RGB", (160, 160), tuple(rng.randrange(40, 256) for _ in range(3)))
        d = ImageDraw.Draw(img)
        for _ in range(7):
            x, y, s = rng.randrange(110), rng.randrange(110), rng.randrange(24, 50)
            d.rectangle((x, y, x + s, y + s // 2), fill=tuple(rng.randrange(256) for _ in range(3)))
        img.save(tmp_path / f"p{k}.png")
        region = "山东省" if k < len(bodies) else f"山东省{name[:2]}市"
        out.append(reg(name, f"{name}单位", f"p{k}", region, f"p{k}.png"))
    assert len(out) > impostor.PIXEL_MAX_PER_PLACE
    return out


def test_a_turned_copy_on_an_organisations_account_naming_the_province_is_a_suspect(tmp_path, monkeypatch):
    monkeypatch.setattr(impostor, "PIXEL_NEAREST", 0)  # the hashes list nothing: only the name can
    registry = _province(tmp_path)
    health = Image.open(tmp_path / "p1.png").convert("RGB")  # 山东卫健, a province-level unit
    health.rotate(-40, resample=Image.BICUBIC, fillcolor=(255, 255, 255)).save(tmp_path / "t.png")
    org = {"verified": True, "verified_type": "other", "verified_reason": "山东老年协会"}
    found = run(tmp_path, registry, [acc("山东办件查询", "a", "t.png", **org),
                                     acc("山东老年协会官方商城", "b", "t.png", **org),  # an owner word
                                     acc("办件查询", "c", "t.png", **org)])  # no place: an organisation needs one
    assert set(found) == {"a"}
    f = found["a"]
    assert f["target"]["account_id"] == "p1" and f["evidence"]["layer"] == "avatar_pixels"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE
