"""Fixture findings and records for the alerts tests (hostile names included on purpose)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from PIL import Image

from core.findings import make_finding

SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = '"><img src=x onerror=alert(1)>'
T0 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)


def day(n: int) -> datetime:
    return T0 + timedelta(days=n)


def impostor(account_id="fake1", *, name="山东发布官方", avatar_distance=None, score=0.9, target_id="sdfb"):
    evidence = {"name": name, "official_name": "山东发布"}
    if avatar_distance is not None:
        evidence["avatar_distance"] = avatar_distance
    return make_finding("impostor", "weibo", account_id, score=score, reasons=["名称仅多后缀“官方”"],
                        evidence=evidence, target={"platform": "weibo", "account_id": target_id, "name": "山东发布"},
                        detected_at=T0)


def zombie(account_id="sdfb"):
    return make_finding("zombie", "weibo", account_id, score=1.0, reasons=["20 天没有发文"],
                        evidence={"last_post_at": "2026-10-01T00:00:00+08:00"}, detected_at=T0)


def png_bytes(color=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), color).save(buf, "PNG")
    return buf.getvalue()


SCREENSHOT = "screenshots/" + "5c" * 16 + ".png"  # named as the sweeps name theirs: a hash
AVATARS: dict[str, str] = {}  # "official"/"suspect" -> avatar-store path, set by seed_records


def seed_records(store, data_dir):
    """Registry entry + official and suspect accounts with avatars in the avatar store, screenshot, sweep, run."""
    from core.avatars import store_avatar

    for who, color in (("official", (200, 30, 30)), ("suspect", (205, 35, 30))):
        AVATARS[who] = store_avatar(png_bytes(color), data_dir, max_bytes=10**6, max_pixels=10**6)["avatar_path"]
    shots = data_dir / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    (data_dir / SCREENSHOT).write_bytes(png_bytes((240, 240, 240)))
    store.upsert("registry", [{"unit": "山东省人民政府办公厅", "platform": "weibo", "account_id": "sdfb",
                               "name": "山东发布", "url": "https://weibo.com/sdfb", "avatar": AVATARS["official"],
                               "status": "active", "region": "山东省", "competent_unit": "山东省政府办公厅"}])
    store.upsert("accounts", [
        {"platform": "weibo", "account_id": "sdfb", "name": "山东发布", "url": "https://weibo.com/sdfb",
         "avatar": AVATARS["official"], "followers": 100000, "verified": True, "verified_type": "government",
         "verified_reason": "山东省人民政府新闻办公室", "crawled_at": "2026-11-01T10:00:00+08:00",
         "raw": {"screen_name": "山东发布", "id": 1}},
        {"platform": "weibo", "account_id": "fake1", "name": SCRIPT_NAME, "url": "https://weibo.com/fake1",
         "avatar": AVATARS["suspect"], "followers": 12, "verified": False,
         "description": IMG_NAME, "crawled_at": "2026-11-01T10:05:00+08:00",
         "raw": {"screen_name": SCRIPT_NAME, "bio": IMG_NAME}, "screenshot": SCREENSHOT},
    ])
    store.upsert("sweeps", [{"run_id": "sweep-1", "url": "https://www.example.gov.cn/a", "found_on":
                             "https://www.example.gov.cn/", "via": "link", "status": "broken", "http_status": 404,
                             "checked_at": "2026-11-01T03:00:00+08:00", "screenshot": SCREENSHOT,
                             "menu_path": []}])
    store.upsert("runs", [{"run_id": "run-1", "kind": "nightly", "status": "ok",
                           "started_at": "2026-11-01T02:00:00+08:00", "finished_at": "2026-11-01T02:30:00+08:00"}])
    store.refresh()


def platform_blocked(platform="weibo", account_id=""):
    return make_finding("platform_blocked", platform, account_id, score=1.0, reasons=["平台拦截了爬取"],
                        evidence={"signal": "captcha", "url": f"https://{platform}.example/api"}, detected_at=T0)


def crawl_health(platform="weibo"):
    return make_finding("crawl_health", platform, "", score=0.8, reasons=[f"平台 {platform} 爬取异常"],
                        evidence={"accounts": 0}, detected_at=T0)


def zombie_on(platform, account_id):
    return {**zombie(account_id), "platform": platform}
