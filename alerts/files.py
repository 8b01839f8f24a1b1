"""The evidence behind an alert: the suspect's and the official's records and the files recorded for them.

Files are only ever those whose path a record in the store names (avatars, screenshots), resolved inside
``general.data_dir``; a recorded path that is a URL, absolute outside the data dir, or climbs out of it with
``..`` or a symlink is ignored. Callers address files by *slot* (``suspect_avatar``, ``official_avatar``,
``screenshot_1``…), never by a path from a request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core.records import account_key

AVATAR_KEYS = ("avatar_path", "avatar_file", "avatar")
SCREENSHOT_KEYS = ("screenshot", "screenshots", "screenshot_path")


def safe_data_path(data_dir: Path, recorded: object) -> Path | None:
    """The existing regular file ``recorded`` names inside ``data_dir``, or None."""
    if not isinstance(recorded, str) or not recorded.strip() or "\x00" in recorded:
        return None
    if "://" in recorded or recorded.startswith("data:"):
        return None
    root = data_dir.resolve()
    candidate = Path(recorded)
    if not candidate.is_absolute():
        candidate = root / candidate
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(root) or not resolved.is_file():
        return None
    return resolved


def _paths(doc: dict | None, keys: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for key in keys:
        value = (doc or {}).get(key)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, str))
    return out


@dataclass
class Evidence:
    alert: dict
    suspect: dict = field(default_factory=dict)  # account record of the account the alert is about
    official: dict = field(default_factory=dict)  # registry entry of the official account (target or itself)
    official_account: dict = field(default_factory=dict)  # crawled record of the official account
    files: dict[str, Path] = field(default_factory=dict)  # slot -> resolved path inside the data dir
    avatar_distance: int | None = None

    @property
    def screenshots(self) -> list[str]:
        return [slot for slot in self.files if slot.startswith("screenshot_")]


def _get(store, collection: str, platform, account_id) -> dict:
    if not platform or not account_id:
        return {}
    return store.get(collection, account_key(platform, account_id)) or {}


def gather(store, alert: dict, cfg) -> Evidence:
    data_dir = cfg.data_dir
    target = alert.get("target") if isinstance(alert.get("target"), dict) else {}
    ev = Evidence(alert)
    ev.suspect = _get(store, "accounts", alert.get("platform"), alert.get("account_id"))
    if target.get("account_id"):
        ev.official = _get(store, "registry", target.get("platform"), target.get("account_id"))
        ev.official_account = _get(store, "accounts", target.get("platform"), target.get("account_id"))
    else:
        ev.official = _get(store, "registry", alert.get("platform"), alert.get("account_id"))
    for slot, docs in (("suspect_avatar", [ev.suspect]), ("official_avatar", [ev.official_account, ev.official])):
        for doc in docs:
            found = next((p for p in (safe_data_path(data_dir, r) for r in _paths(doc, AVATAR_KEYS)) if p),
                         None)
            if found:
                ev.files[slot] = found
                break
    shots = _paths(alert.get("evidence") or {}, SCREENSHOT_KEYS) + _paths(ev.suspect, SCREENSHOT_KEYS)
    n = 0
    for recorded in dict.fromkeys(shots):
        path = safe_data_path(data_dir, recorded)
        if path:
            n += 1
            ev.files[f"screenshot_{n}"] = path
    ev.avatar_distance = _distance(ev, alert)
    return ev


def _distance(ev: Evidence, alert: dict) -> int | None:
    recorded = (alert.get("evidence") or {}).get("avatar_distance")
    if isinstance(recorded, int) and not isinstance(recorded, bool):
        return recorded
    a, b = ev.files.get("suspect_avatar"), ev.files.get("official_avatar")
    if not (a and b):
        return None
    try:
        import imagehash
        from PIL import Image

        with Image.open(a) as ia, Image.open(b) as ib:
            return int(imagehash.phash(ia) - imagehash.phash(ib))
    except Exception:  # noqa: BLE001 - PIL raises many types for corrupt files: shown as unreadable, not a crash
        return None


def image_type(path: Path) -> str | None:
    """``png`` / ``jpeg`` / ``gif`` / ``webp`` from the file's content, or None when it is not an image."""
    head = path.open("rb").read(16)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None
