"""Issue #12 item 5, the avatar side: a near copy of one unit's distinctive avatar counts on its own.

Covers what the grey-level hashes alone got wrong: one layout drawn in two units' colours (a template to the
hashes, two designs to a person), copies pasted into a screenshot frame, rotated copies that share no hash band
with the original, names that point at the unit's place without a government word, and the stricter rule for
names that neither sound governmental nor name a place.
"""

from __future__ import annotations

import io
import json
import random
import unicodedata

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from core.avatars import COLOUR_BINS, avatar_hashes, colour_signature, inner_box
from detectors import impostor
from detectors.avatar import AvatarIndex, colour_matrix, compare, hash_matrix, hex_column, quick_matrix
from detectors.context import DetectionContext
from detectors.government import GOV_NAME_WORDS, looks_governmental
from tests.detectors.evalset import _centered, _common_chars, png_bytes


def reg(name, unit, account_id, region, platform="weibo", **extra):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": "active",
            "region": region, **extra}


def acc(name, account_id, platform="weibo", **extra):
    return {"platform": platform, "account_id": account_id, "name": name, **extra}


def run(registry, accounts):
    return {f["account_id"]: f for f in impostor.detect(DetectionContext(registry=registry, accounts=accounts))}


def layout(ring, arch, back, label: str) -> Image.Image:
    """One badge layout (ring, arch, star, the unit's name) — units draw it in their own colours."""
    img = Image.new("RGB", (160, 160), back)
    d = ImageDraw.Draw(img)
    d.ellipse((10, 10, 150, 150), outline=ring, width=16)
    d.arc((30, 50, 130, 150), 180, 360, fill=arch, width=12)
    d.polygon([(80, 30), (88, 52), (110, 52), (92, 66), (99, 88), (80, 75), (61, 88), (68, 66), (50, 52),
               (72, 52)], fill=ring)
    _centered(d, (20, 104, 140, 134), label, 20, ring)
    return img


PURPLE = {"ring": (150, 40, 160), "arch": (60, 200, 190), "back": (250, 240, 250)}
GREEN = {"ring": (30, 150, 60), "arch": (230, 120, 40), "back": (240, 250, 240)}


def jpeg(img: Image.Image, quality: int = 60) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def screenshot(img: Image.Image) -> Image.Image:
    """The avatar scaled into an app page: a dark status bar, a light page, text lines under it, blurred, JPEG."""
    page = Image.new("RGB", (150, 150), (246, 246, 246))
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, 150, 9), fill=(20, 20, 20))
    page.paste(img.resize((78, 78)), (20, 22))
    for y in (108, 116, 124):
        d.rectangle((20, y, 20 + random.Random(y).randrange(60, 110), y + 3), fill=(200, 200, 200))
    return jpeg(page.filter(ImageFilter.GaussianBlur(0.8)), 70)


def rotated(img: Image.Image, angle: float) -> Image.Image:
    return img.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 220, 40))


@pytest.fixture(scope="module")
def twins():
    """Two units' avatars of one layout in different colours (and the grey hashes cannot tell them apart)."""
    jinan = layout(label="济南公安", **PURPLE)
    taian = layout(label="泰安公安", **GREEN)
    return jinan, taian


def _badge() -> Image.Image:
    """An unrelated design (random discs on a random ground)."""
    rng = random.Random(11)
    img = Image.new("RGB", (160, 160), tuple(rng.randrange(256) for _ in range(3)))
    d = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = rng.randrange(120), rng.randrange(120)
        d.ellipse((x, y, x + 40, y + 40), fill=tuple(rng.randrange(256) for _ in range(3)))
    return img


def registry_of(jinan: Image.Image, taian: Image.Image) -> list[dict]:
    return [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar_hashes=avatar_hashes(png_bytes(jinan))),
            reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", avatar_hashes=avatar_hashes(png_bytes(taian)))]


def test_fingerprints_carry_inner_box_and_colour():
    img = layout(label="济南公安", **PURPLE)
    h = avatar_hashes(png_bytes(img))
    assert h["version"] == 2 and len(h["inner"]) == 16 and len(h["colour"]) == 2 * COLOUR_BINS
    grey = avatar_hashes(png_bytes(img.convert("L").convert("RGB")))
    assert "colour" not in grey  # a grey image has no hue to compare
    assert colour_signature(Image.new("RGB", (1, 1), (255, 0, 0))) is not None
    # the main object of a screenshot is the pasted avatar, not the page
    box = inner_box(screenshot(img))
    assert 70 <= box.size[0] <= 86 and 70 <= box.size[1] <= 86


def test_one_layout_in_two_colours_is_two_designs_not_a_template(twins):
    jinan, taian = twins
    grey = compare(avatar_hashes(png_bytes(jinan)), avatar_hashes(png_bytes(taian)))
    assert grey["distance"] <= impostor.TEMPLATE_DISTANCE  # the grey hashes alone call them one template
    assert grey["colour_distance"] > 0.5
    registry = registry_of(jinan, taian)
    copy = acc("泉城警务咨询", "a", avatar_hashes=avatar_hashes(png_bytes(jpeg(jinan))))
    found = run(registry, [copy])
    assert found["a"]["target"]["account_id"] == "r1" and found["a"]["evidence"]["layer"] == "avatar"
    assert found["a"]["evidence"]["colour_distance"] < 0.1
    assert any("颜色差异" in r for r in found["a"]["reasons"])


def test_a_grey_or_recoloured_copy_of_a_twin_singles_out_no_unit(twins):
    jinan, taian = twins
    registry = registry_of(jinan, taian)
    # (a name that gives no place: one that gives the unit's place picks it, ``test_avatar_layout_place``)
    grey = acc("警务咨询服务", "g", avatar_hashes=avatar_hashes(png_bytes(jinan.convert("L").convert("RGB"))))
    blue = layout(label="济南公安", ring=(40, 60, 200), arch=(200, 200, 40), back=(240, 240, 255))
    recoloured = acc("警务咨询服务", "b", avatar_hashes=avatar_hashes(png_bytes(blue)))
    assert run(registry, [grey, recoloured]) == {}


def test_the_same_image_for_two_units_stays_a_template(twins):
    jinan, _ = twins
    shared = avatar_hashes(png_bytes(jinan))
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar_hashes=shared),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", avatar_hashes=shared)]
    assert run(registry, [acc("泉城警务咨询", "a", avatar_hashes=shared)]) == {}


def test_a_screenshot_of_a_distinctive_avatar_is_found(twins):
    jinan, taian = twins
    registry = registry_of(jinan, taian)
    shot = avatar_hashes(png_bytes(screenshot(jinan)))
    found = run(registry, [acc("泉城警务咨询", "s", avatar_hashes=shot)])
    assert found["s"]["target"]["account_id"] == "r1"
    assert found["s"]["evidence"]["avatar_distance"] <= 8


@pytest.mark.parametrize("angle", [-9, 12])
def test_a_rotated_copy_is_found_through_every_variant(twins, angle):
    jinan, taian = twins
    registry = registry_of(jinan, taian)
    turned = avatar_hashes(png_bytes(rotated(jinan, angle)))
    found = run(registry, [acc("泉城警务咨询", "t", avatar_hashes=turned)])
    assert found["t"]["target"]["account_id"] == "r1"


def test_a_name_of_the_units_place_needs_no_government_word(twins):
    jinan, taian = twins
    registry = registry_of(jinan, taian)
    copy = avatar_hashes(png_bytes(jinan))
    assert not looks_governmental("济南反诈联盟")
    found = run(registry, [acc("济南反诈联盟", "p", avatar_hashes=copy),  # the unit's own place
                           acc("泰安反诈联盟", "q", avatar_hashes=copy)])  # another place: never
    assert set(found) == {"p"} and found["p"]["score"] == impostor.AVATAR_ONLY_SCORE


def test_a_bare_name_needs_a_close_copy_in_the_same_colours_and_no_owner_word(twins):
    jinan, taian = twins
    registry = registry_of(jinan, taian)
    copy = avatar_hashes(png_bytes(jpeg(jinan)))
    blue = avatar_hashes(png_bytes(layout(label="济南公安", ring=(40, 60, 200), arch=(200, 200, 40),
                                          back=(240, 240, 255))))
    found = run(registry, [acc("星河守望者", "x", avatar_hashes=copy),  # neither a government word nor a place
                           acc("泉城美食", "y", avatar_hashes=copy),  # a food blog: an owner word
                           acc("泉城守望者", "z", avatar_hashes=blue)])  # recoloured: the colours do not agree
    assert set(found) == {"x"}
    assert found["x"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE < impostor.AVATAR_ONLY_SCORE
    assert any("需人工复核" in r for r in found["x"]["reasons"])
    assert found["x"]["evidence"]["name_governmental"] is False


def test_verified_other_organisations_and_government_accounts_are_never_avatar_suspects(twins):
    jinan, taian = twins
    registry = registry_of(jinan, taian)
    copy = avatar_hashes(png_bytes(jinan))
    media = acc("泉城警务咨询", "m", avatar_hashes=copy, verified=True, verified_type="media",
                verified_reason="济南日报社")
    gov = acc("泉城警务咨询", "g", avatar_hashes=copy, verified=True, verified_type="government",
              verified_reason="济南市公安局历下分局")
    assert run(registry, [media, gov]) == {}


def test_bad_colour_and_hash_fields_are_ignored_not_fatal(twins):
    jinan, _ = twins
    registry = registry_of(jinan, _badge())[:1] + registry_of(jinan, _badge())[1:]
    good = avatar_hashes(png_bytes(jinan))
    broken = dict(good, colour="zz" * COLOUR_BINS, inner="not-hex-at-all!")
    odd = dict(good, colour="00" * COLOUR_BINS, phash="g" * 16)
    assert np.isnan(colour_matrix([broken, odd, None, {"colour": 7}])).all()
    found = run(registry, [acc("泉城警务咨询", "b", avatar_hashes=broken), acc("泉城警务咨询", "o", avatar_hashes=odd)])
    assert found["b"]["target"]["account_id"] == "r1"  # the grey hashes still find it; colour just says nothing
    assert "colour_distance" not in found["b"]["evidence"]


def test_quick_matrix_reads_hex_like_hash_matrix():
    rng = random.Random(5)
    hashes = [{"phash": f"{rng.getrandbits(64):016x}", "content": f"{rng.getrandbits(64):016X}",
               "inner": f"{rng.getrandbits(64):016x}"} for _ in range(50)]
    hashes += [None, {}, {"phash": "x" * 16}, {"phash": "12"}, {"phash": 5}, {"phash": "é" * 16}]
    quick, full = quick_matrix(hashes), hash_matrix(hashes)
    assert (quick == full).all()
    values, valid = hex_column(["ffffffffffffffff", "0000000000000001", "", None])
    assert values.tolist()[:2] == [2 ** 64 - 1, 1] and valid.tolist() == [True, True, False, False]


def test_hits_find_every_variant_and_skip_crowded_bands(twins):
    jinan, _ = twins
    original = hash_matrix([avatar_hashes(png_bytes(jinan))])
    index = AvatarIndex(original, every_variant=True)
    turned = hash_matrix([avatar_hashes(png_bytes(rotated(jinan, 12)))])
    other = hash_matrix([avatar_hashes(png_bytes(layout(label="x", ring=(0, 0, 0), arch=(0, 0, 0),
                                                        back=(255, 255, 255)).rotate(45)))])
    assert index.hits(np.concatenate([turned, other])).tolist()[0] is True
    assert AvatarIndex(original[:0], every_variant=True).hits(turned).tolist() == [False]


def test_government_word_test_is_the_word_list():
    rng = random.Random(7)
    chars = _common_chars()[:800]
    names = ["".join(rng.choice(chars) for _ in range(rng.randrange(2, 6))) for _ in range(3000)]
    names += [f"{w}{n}" for w, n in zip(GOV_NAME_WORDS, names)] + ["", "  ", "１２３４５热线"]
    folded = [unicodedata.normalize("NFKC", n).strip() for n in names]
    assert [looks_governmental(n) for n in names] == [any(w in f for w in GOV_NAME_WORDS) for f in folded]
    assert looks_governmental(None) is False


@pytest.mark.e2e
def test_detect_explain_prints_the_avatar_layers_verdict(tmp_path, capsys, twins):
    from govwatch.cli.main import main
    jinan, taian = twins
    jinan.save(tmp_path / "jinan.png")
    taian.save(tmp_path / "taian.png")
    jpeg(jinan).save(tmp_path / "copy.jpg")
    jinan.convert("L").convert("RGB").save(tmp_path / "grey.png")
    (tmp_path / "registry.csv").write_text(
        "unit,platform,account_id,name,url,avatar,status,region\n"
        "济南市公安局,weibo,r1,济南公安,https://weibo.com/u/r1,jinan.png,active,山东省济南市\n"
        "泰安市公安局,weibo,r2,泰安公安,https://weibo.com/u/r2,taian.png,active,山东省泰安市\n", encoding="utf-8")
    reg_file = str(tmp_path / "registry.csv")
    assert main(["detect", "explain", "--name", "泉城警务咨询", "--avatar", str(tmp_path / "copy.jpg"),
                 "--registry", reg_file]) == 0
    text = capsys.readouterr().out
    assert "会被标记为仿冒" in text and "头像层（仅凭头像）：头像层：" in text and "颜色差异" in text
    assert main(["detect", "explain", "--name", "警务咨询服务", "--avatar", str(tmp_path / "grey.png"),
                 "--registry", reg_file, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["flagged"] is False and "另一单位" in result["avatar_layer"]
    assert main(["detect", "explain", "--name", "泰安警务咨询", "--avatar", str(tmp_path / "copy.jpg"),
                 "--registry", reg_file, "--json"]) == 0
    assert "名称指向其他地方（泰安）" in json.loads(capsys.readouterr().out)["avatar_layer"]


def test_small_sets_are_compared_exactly_where_bands_would_miss():
    x = random.Random(9).getrandbits(64)
    y = x ^ (1 | 1 << 16 | 1 << 32 | 1 << 48)  # four bits apart, one in each band: no band in common
    original = {"phash": f"{x:016x}", "content": f"{x:016x}"}
    copy = {"phash": f"{y:016x}", "content": f"{y:016x}"}
    index = AvatarIndex(hash_matrix([original]), every_variant=True)
    assert index.near(hash_matrix([copy])[0], 10) == [(0, 4)]
    assert index.hits(quick_matrix([copy]), 10).tolist() == [True]
    assert index.hits(quick_matrix([copy]), 3).tolist() == [False]
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar_hashes=original)]
    found = run(registry, [acc("济南反诈联盟", "e", avatar_hashes=copy)])  # no government word: found by the avatar
    assert found["e"]["target"]["account_id"] == "r1" and found["e"]["evidence"]["avatar_distance"] == 4


def test_large_runs_look_only_at_names_that_mention_a_place(twins, monkeypatch):
    jinan, taian = twins
    registry = registry_of(jinan, taian)
    copy = avatar_hashes(png_bytes(jinan))
    accounts = [acc("泉城守望者", "x", avatar_hashes=copy), acc("济南反诈联盟", "p", avatar_hashes=copy)]
    assert set(run(registry, accounts)) == {"x", "p"}  # a small run looks at every avatar
    monkeypatch.setattr(impostor, "EXACT_PAIRS", 0)  # as if a million suspects met many distinctive avatars
    assert set(run(registry, accounts)) == {"p"}


@pytest.mark.parametrize("size", [(1, 1), (1, 5000), (5000, 1), (3, 3), (9, 2)])
@pytest.mark.parametrize("mode", ["RGB", "L", "RGBA", "P", "1"])
def test_new_fingerprints_of_degenerate_images_do_not_crash(size, mode):
    buf = io.BytesIO()
    Image.new(mode, size).save(buf, "PNG")
    h = avatar_hashes(buf.getvalue())
    assert len(h["inner"]) == 16 and "colour" not in h  # black, white or grey: no hue
