"""Issue #12 item 5, copies the avatar hashes cannot see: an avatar cropped deep into its centre or shrunk into a
screenshot (a story frame with a round mask) is found by pixels (``detectors.avatar.pixel_similarity``), only for
suspects whose name points at the unit, only against distinctive avatars, and only for review."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.avatar import PIXEL_SIDE, compare, pixel_similarity, pixels_for_record
from detectors.context import DetectionContext
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import PURPLE, _badge, layout

ORANGE = {"ring": (220, 110, 20), "arch": (40, 90, 200), "back": (250, 245, 235)}


def reg(name, unit, account_id, region, avatar):
    return {"unit": unit, "platform": "weibo", "account_id": account_id, "name": name, "status": "active",
            "region": region, "avatar": avatar}


def acc(name, account_id, avatar, **extra):
    return {"platform": "douyin", "account_id": account_id, "name": name, "avatar": avatar, **extra}


def story(img: Image.Image, scale: float = 0.43, seed: int = 3) -> Image.Image:
    """The avatar shrunk into a phone story frame behind a round mask, with a dark bar and grey text lines."""
    rng = random.Random(seed)
    page = Image.new("RGB", (150, 150), (250, 250, 250))
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, 150, 14), fill=(25, 25, 25))
    side = int(150 * scale)
    small = img.resize((side, side))
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, side - 1, side - 1), fill=255)
    x, y = rng.randrange(10, 150 - side - 10), rng.randrange(20, 150 - side - 30)
    page.paste(small, (x, y), mask)
    d.ellipse((x - 3, y - 3, x + side + 3, y + side + 3), outline=(230, 60, 110), width=3)
    d.rectangle((20, 130, 120, 136), fill=(190, 190, 190))
    return page


def deep_crop(img: Image.Image, keep: float = 0.46) -> Image.Image:
    w, h = img.size
    m = (1 - keep) / 2
    return img.crop((int(w * m), int(h * m), int(w * (1 - m)), int(h * (1 - m)))).resize((150, 150))


@pytest.fixture
def world(tmp_path):
    # three designs (one layout in two colours is one design in grey levels: the pixels cannot tell them apart)
    images = {"r1": layout(label="济南公安", **PURPLE), "r2": _badge(),
              "r3": layout(label="滨州发布", **ORANGE).rotate(90)}
    for k, img in images.items():
        img.save(tmp_path / f"{k}.png")
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", "r1.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", "r2.png"),
                reg("滨州发布", "滨州市人民政府新闻办公室", "r3", "山东省滨州市", "r3.png")]
    return tmp_path, images, registry


def save(tmp_path, name, img) -> str:
    img.save(tmp_path / name)
    return name


def run(tmp_path, registry, accounts):
    ctx = DetectionContext(registry=registry, accounts=accounts, base_dir=tmp_path)
    return {f["account_id"]: f for f in impostor.detect(ctx)}


def test_pixel_similarity_finds_the_copy_inside_a_story_and_a_deep_crop(world):
    tmp_path, images, _ = world
    original = pixels_for_record({"avatar": "r1.png"}, tmp_path)
    assert original.shape == (PIXEL_SIDE, PIXEL_SIDE)
    shot = pixels_for_record({"avatar": save(tmp_path, "s.png", story(images["r1"]))}, tmp_path)
    crop = pixels_for_record({"avatar": save(tmp_path, "c.png", deep_crop(images["r1"]))}, tmp_path)
    other = pixels_for_record({"avatar": "r3.png"}, tmp_path)
    assert pixel_similarity(shot, original) >= impostor.PIXEL_MIN
    assert pixel_similarity(crop, original) >= impostor.PIXEL_MIN
    assert pixel_similarity(shot, other) < impostor.PIXEL_MIN
    blank = np.full((PIXEL_SIDE, PIXEL_SIDE), 0.5, dtype=np.float32)
    assert pixel_similarity(blank, original) < 0  # a blank page contains nothing


def test_a_story_screenshot_on_a_name_of_the_place_is_a_suspect_for_review(world):
    tmp_path, images, registry = world
    shot = save(tmp_path, "s.png", story(images["r1"]))
    far = compare(avatar_hashes((tmp_path / "s.png").read_bytes()), avatar_hashes(png_bytes(images["r1"])))
    assert far["distance"] > 10  # the hashes do not see it
    found = run(tmp_path, registry, [acc("济南便民服务", "a", shot)])
    f = found["a"]
    assert f["target"]["account_id"] == "r1" and f["evidence"]["layer"] == "avatar_pixels"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE and any("需人工复核" in r for r in f["reasons"])


def test_a_deep_crop_on_a_government_sounding_name_is_found(world):
    tmp_path, images, registry = world
    crop = save(tmp_path, "c.png", deep_crop(images["r3"]))
    found = run(tmp_path, registry, [acc("海滨警民联系", "b", crop)])
    assert found["b"]["target"]["account_id"] == "r3"


def test_pixels_never_decide_alone(world):
    tmp_path, images, registry = world
    shot = save(tmp_path, "s.png", story(images["r1"]))
    found = run(tmp_path, registry, [
        acc("泉城守望者", "x", shot),  # the name neither sounds governmental nor names a place
        acc("泰安便民服务", "y", shot),  # names another unit's place
        acc("济南便民服务", "z", shot, verified=True, verified_type="enterprise",
            verified_reason="济南某某科技有限公司"),  # verified as another organisation
        acc("济南便民服务", "w", save(tmp_path, "o.png", story(images["r3"]))),  # the copy is another place's
    ])
    assert found == {}


def test_a_template_shared_by_two_units_is_never_searched(world, tmp_path):
    _, images, _ = world
    images["r1"].save(tmp_path / "t1.png")
    images["r1"].save(tmp_path / "t2.png")
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", "t1.png"),
                reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", "t2.png")]
    shot = save(tmp_path, "s.png", story(images["r1"]))
    assert run(tmp_path, registry, [acc("济南便民服务", "a", shot)]) == {}


def _budget(pairs: int):
    from core.settings import load_config
    return load_config(None, env={"GOVWATCH_DETECT__AVATAR_PIXEL_MAX_PAIRS": str(pairs)})


def test_the_search_is_bounded_per_run_and_the_run_says_how_many_went_unchecked(world):
    """Past the run's budget a suspect is not searched; the run counts it and says so (it used to be silent)."""
    tmp_path, images, registry = world
    shot = save(tmp_path, "s.png", story(images["r1"]))
    crop = save(tmp_path, "c.png", deep_crop(images["r3"]))
    accounts = [acc("济南便民服务", "a", shot), acc("海滨警民联系", "b", crop), acc("泉城美食", "c", shot)]
    ctx = DetectionContext(registry=registry, accounts=accounts, base_dir=tmp_path, cfg=_budget(0))
    assert list(impostor.detect(ctx)) == []
    assert ctx.stats["impostor.pixel_unchecked"] == 2  # 泉城美食 would not have been searched at all
    assert ctx.stats["impostor.pixel_pairs"] == 0
    assert len(ctx.notes) == 1 and "2 个嫌疑账号未做像素比对" in ctx.notes[0]
    # a budget of three pairs (each suspect's short list holds the three distinctive avatars): one of the two
    ctx = DetectionContext(registry=registry, accounts=accounts, base_dir=tmp_path, cfg=_budget(3))
    assert len(list(impostor.detect(ctx))) == 1
    assert ctx.stats["impostor.pixel_pairs"] <= 3 and ctx.stats["impostor.pixel_unchecked"] == 1
    # within the default budget both are found and nothing is reported
    ctx = DetectionContext(registry=registry, accounts=accounts, base_dir=tmp_path)
    assert {f["account_id"] for f in impostor.detect(ctx)} == {"a", "b"}
    assert ctx.stats["impostor.pixel_unchecked"] == 0 and ctx.stats["impostor.pixel_searched"] == 2
    assert ctx.notes == []


def test_the_run_summary_and_govwatch_detect_report_the_unchecked_suspects(world, capsys, monkeypatch):
    from detectors.run import run_detectors
    from govwatch.cli.main import main

    tmp_path, images, registry = world
    shot = save(tmp_path, "s.png", story(images["r1"]))
    ctx = DetectionContext(registry=registry, accounts=[acc("济南便民服务", "a", shot)], base_dir=tmp_path,
                           cfg=_budget(0))
    summary = run_detectors(ctx, ["impostor"]).summary()
    assert summary["stats"]["impostor.pixel_unchecked"] == 1 and "未做像素比对" in summary["notes"][0]
    (tmp_path / "registry.csv").write_text(
        "unit,platform,account_id,name,avatar,status,region\n"
        + "".join(f"{e['unit']},{e['platform']},{e['account_id']},{e['name']},{e['avatar']},active,{e['region']}\n"
                  for e in registry), encoding="utf-8")
    (tmp_path / "accounts.jsonl").write_text(json.dumps(acc("济南便民服务", "a", shot), ensure_ascii=False) + "\n",
                                             encoding="utf-8")
    monkeypatch.setenv("GOVWATCH_DETECT__AVATAR_PIXEL_MAX_PAIRS", "0")
    args = ["detect", "--kinds", "impostor", "--registry", str(tmp_path / "registry.csv"),
            "--accounts", str(tmp_path / "accounts.jsonl"), "--out", str(tmp_path / "found.jsonl")]
    assert main(args) == 0
    assert "另有 1 个嫌疑账号未做像素比对" in capsys.readouterr().out
    assert main(args + ["--json"]) == 0
    assert json.loads(capsys.readouterr().out)["stats"]["impostor.pixel_unchecked"] == 1
    monkeypatch.delenv("GOVWATCH_DETECT__AVATAR_PIXEL_MAX_PAIRS")
    assert main(args) == 0
    assert "未做像素比对" not in capsys.readouterr().out
    assert json.loads((tmp_path / "found.jsonl").read_text(encoding="utf-8"))["evidence"]["layer"] == "avatar_pixels"


def test_explain_runs_the_pixel_layer_on_the_avatar_file(world, capsys):
    from govwatch.cli.main import main

    tmp_path, images, registry = world
    save(tmp_path, "s.png", story(images["r1"]))
    (tmp_path / "registry.csv").write_text(
        "unit,platform,account_id,name,avatar,status,region\n"
        + "".join(f"{e['unit']},{e['platform']},{e['account_id']},{e['name']},{e['avatar']},active,{e['region']}\n"
                  for e in registry), encoding="utf-8")
    base = ["detect", "explain", "--avatar", str(tmp_path / "s.png"), "--registry", str(tmp_path / "registry.csv")]
    assert main(base + ["--name", "济南便民服务", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["flagged"] is True and result["finding"]["evidence"]["layer"] == "avatar_pixels"
    assert result["pixel_layer"].startswith("像素层：头像像是“济南公安”专属头像的副本（裁切、截图或旋转")
    assert main(base + ["--name", "泰安便民服务"]) == 0
    text = capsys.readouterr().out
    assert "不会被标记" in text and "像素层（裁切、截图或旋转）：" in text and "名称指向其他地方（泰安）" in text


def test_a_company_whose_description_names_the_unit_is_searched_by_pixels_too(world):
    """As rule 5 by hashes: an account verified as a company has no use for a unit's own emblem, and its description
    points at that unit; a medium is never judged by its avatar."""
    tmp_path, images, registry = world
    shot = save(tmp_path, "s.png", story(images["r1"]))
    company = {"verified": True, "verified_type": "enterprise", "verified_reason": "济南某某科技有限公司"}
    found = run(tmp_path, registry, [
        acc("泉城便民通", "a", shot, description="本号为济南公安授权合作账号，办理请私聊", **company),
        acc("泉城便民通", "b", shot, description="济南本地生活服务", **company),
        acc("泉城便民通", "c", shot, description="本号为济南公安授权合作账号", verified=True, verified_type="media",
            verified_reason="济南日报社"),
    ])
    assert set(found) == {"a"} and found["a"]["target"]["account_id"] == "r1"
    assert found["a"]["evidence"]["verified_as"] == "济南某某科技有限公司"
