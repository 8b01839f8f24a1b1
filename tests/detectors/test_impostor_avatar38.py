"""Thirty-eighth round of #12 avatar work (imp-avatar38): which of a unit's accounts an avatar copy on a platform
imitates, and tiny screenshots saved as a profile picture.

Names and images are invented here (no evaluation string): 梨树 and 伊通 are real counties, their badges drawn."""

from __future__ import annotations

from detectors import impostor
from tests.detectors.test_avatar_only import GREEN, PURPLE, jpeg, layout
from tests.detectors.test_impostor_pixels import run, save


def _reg(name, unit, account_id, region, avatar, platform):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": "active",
            "region": region, "avatar": avatar}


def _health_unit(tmp_path) -> list[dict]:
    """梨树's health bureau files 健康梨树 on 微博 and 抖音 and 健康梨树12320 on 微信, one badge on all three; 伊通's
    news office another badge."""
    badge = save(tmp_path, "health.png", layout(label="健康梨树", **PURPLE))
    other = save(tmp_path, "yitong.png", layout(label="伊通发布", **GREEN))
    unit, region = "梨树县卫生健康局", "吉林省四平市梨树县"
    return [_reg("健康梨树", unit, "hw", region, badge, "weibo"),
            _reg("健康梨树", unit, "hd", region, badge, "douyin"),
            _reg("健康梨树12320", unit, "hx", region, badge, "wechat"),
            _reg("伊通发布", "伊通县人民政府新闻办公室", "y", "吉林省四平市伊通县", other, "weibo")]


def _suspect(name, account_id, avatar, platform="wechat"):
    return {"platform": platform, "account_id": account_id, "name": name, "avatar": avatar,
            "description": "旧改补偿款分批发放，添加abc12345报一下收款卡号再领"}


def test_a_name_reading_another_platforms_name_targets_the_own_platforms_holder_of_the_avatar(tmp_path):
    """A shop name around 梨树 + 健康 on 微信 (reads 健康梨树 with its halves turned and words added), the unit's badge
    copied: the unit's 微信 account shows that badge, so it is the profile imitated, not the 微博 one the words spell."""
    registry = _health_unit(tmp_path)
    copy = save(tmp_path, "copy.jpg", jpeg(layout(label="健康梨树", **PURPLE), 70))
    found = run(tmp_path, registry, [_suspect("梨树健康小吃铺", "x", copy)])
    assert found["x"]["target"]["account_id"] == "hx"
    assert any("目标取同平台的这个账号" in r for r in found["x"]["reasons"])


def test_a_name_copying_one_profile_keeps_that_profile(tmp_path):
    """健康梨树 written whole on 微信 with the badge: a copy of that name's profile, whatever the platform."""
    registry = _health_unit(tmp_path)
    copy = save(tmp_path, "copy.jpg", jpeg(layout(label="健康梨树", **PURPLE), 70))
    found = run(tmp_path, registry, [_suspect("健康梨树", "x", copy)])
    assert found["x"]["target"]["account_id"] in {"hw", "hd"}


def test_another_avatar_leaves_the_target_to_the_name(tmp_path):
    """The same shop name with a picture of its own (a street scene, far from the badge by hash): nothing moves the
    target to 微信."""
    from PIL import Image, ImageDraw
    registry = _health_unit(tmp_path)
    scene = Image.new("RGB", (160, 160), (120, 170, 230))
    d = ImageDraw.Draw(scene)
    d.rectangle((0, 100, 160, 160), fill=(90, 90, 90))
    for k in range(5):
        d.rectangle((10 + 30 * k, 40 + 7 * k, 30 + 30 * k, 100), fill=(200 - 25 * k, 120, 60 + 30 * k))
    other = save(tmp_path, "other.jpg", jpeg(scene, 70))
    found = run(tmp_path, registry, [_suspect("梨树健康小吃铺", "x", other)])
    assert "x" not in found or found["x"]["target"]["account_id"] != "hx"


# ---- a tiny copy lined up at its own size (``detectors.avatar.LOCATED_RESIZE_BELOW``) ------------------------------

def _ring_badge():
    """A pale badge with a wide ring near its edge and a blob and band inside (its rim fades into a light page)."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (144, 144), (250, 222, 205))
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 136, 136), outline=(220, 60, 60), width=12)
    d.ellipse((45, 35, 100, 95), fill=(110, 230, 170))
    d.rectangle((0, 92, 144, 100), fill=(110, 230, 170))
    return img


def _settings_page(img, side: int = 25):
    """A settings page of 450 px (a blue header, white rows), ``img`` pasted as a ``side`` px tile on the grey page
    below the rows, shrunk to 150 px and saved as JPEG: a copy of ``side`` / 3 px."""
    import io

    from PIL import Image, ImageDraw
    page = Image.new("RGB", (450, 450), (242, 243, 245))
    d = ImageDraw.Draw(page)
    d.rectangle((0, 0, 450, 48), fill=(30, 110, 200))
    for k in range(4):
        d.rectangle((0, 70 + 70 * k, 450, 126 + 70 * k), fill=(255, 255, 255))
    page.paste(img.resize((side, side), Image.LANCZOS), (30, 400))
    buf = io.BytesIO()
    page.resize((150, 150), Image.LANCZOS).save(buf, "JPEG", quality=75)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def test_a_tiny_copy_found_at_a_smaller_template_is_lined_up_at_its_own_size(monkeypatch):
    """The ring badge at 8.3 px: the whole-pixel search fits a 7 px template best (its disc leaves the pale rim out),
    and lining up from there stays under 8 px; lined up again from the next sizes up, the copy reads better at 8 px."""
    import numpy as np

    from detectors import avatar
    badge = _ring_badge()
    page = np.asarray(_settings_page(badge), dtype=np.float32) / 255.0
    templates = avatar.shot_templates(np.asarray(badge.resize((avatar.SHOT_REGISTRY_SIDE,) * 2), dtype=np.float32)
                                      / 255.0)
    monkeypatch.setattr(avatar, "LOCATED_RESIZE_STEPS", ())
    before = avatar.located_copy(page, templates)
    monkeypatch.setattr(avatar, "LOCATED_RESIZE_STEPS", (1, 2))
    after = avatar.located_copy(page, templates)
    assert before[2] < impostor.LOCATED_OBJECT_MIN_PX <= after[2] <= 9
    assert after[0] > before[0]
    assert after[1] <= impostor.LOCATED_OBJECT_COLOUR_GAP
    assert avatar.object_margin(page, *after[2:]) <= impostor.LOCATED_OBJECT_SPREAD


def _three_units(tmp_path) -> list[dict]:
    from tests.detectors.test_impostor_avatar27 import ORANGE
    return [_reg("梨树发布", "梨树县人民政府新闻办公室", "l", "吉林省四平市梨树县",
                 save(tmp_path, "l.png", _ring_badge()), "weibo"),
            _reg("伊通发布", "伊通县人民政府新闻办公室", "y", "吉林省四平市伊通县",
                 save(tmp_path, "y.png", layout(label="伊通发布", **GREEN)), "weibo"),
            _reg("双辽发布", "双辽市人民政府新闻办公室", "s", "吉林省四平市双辽市",
                 save(tmp_path, "s.png", layout(label="双辽发布", **ORANGE)), "weibo")]


def test_the_tiny_copy_names_its_unit_only_through_its_own_size(tmp_path, monkeypatch):
    from detectors import avatar
    from tests.detectors.test_impostor_pixels import acc
    registry = _three_units(tmp_path)
    shot = save(tmp_path, "shot.jpg", _settings_page(_ring_badge()))
    monkeypatch.setattr(avatar, "LOCATED_RESIZE_STEPS", ())
    assert run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot)]) == {}
    monkeypatch.setattr(avatar, "LOCATED_RESIZE_STEPS", (1, 2))
    found = run(tmp_path, registry, [acc("梨树民生快讯", "gov", shot)])
    assert found["gov"]["target"]["account_id"] == "l"
    assert found["gov"]["evidence"]["pixel_reading"] == "shot_colours"


def test_the_tiny_copy_under_another_places_name_reaches_no_unit(tmp_path):
    from tests.detectors.test_impostor_pixels import acc
    registry = _three_units(tmp_path)
    shot = save(tmp_path, "shot.jpg", _settings_page(_ring_badge()))
    assert run(tmp_path, registry, [acc("伊通民生快讯", "other", shot)]) == {}
