"""The evidence behind an alert: the suspect's and the official's records and the files recorded for them.

A recorded path never becomes a file by itself. Only two kinds of file are ever served or packed:

* avatars from the content-addressed avatar store — ``avatars/<sha256>.<ext>``, verified by
  ``core.avatars.stored_avatar_file`` (regular file, content hashes to its name, image of that type);
* screenshots the sweeps wrote — ``screenshots/<hex>.png`` (the name is a hash, see
  ``crawler.checkers.results.screenshot_name``), a regular file (not a symlink) in ``<data_dir>/screenshots/``
  that starts like a PNG.

Anything else a record names (``web-secret.key``, ``govwatch.db``, ``../x``, an absolute path, a symlink, a URL)
is ignored. Callers address files by *slot* (``suspect_avatar``, ``official_avatar``, ``screenshot_1``…), never
by a path from a request.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from core.avatars import sniff_image, stored_avatar_file
from core.records import account_key

AVATAR_KEYS = ("avatar_path", "avatar_file", "avatar")
SCREENSHOT_KEYS = ("screenshot", "screenshots", "screenshot_path")
_SCREENSHOT_RE = re.compile(r"screenshots/([0-9a-f]{16,64}\.png)")


def avatar_file(data_dir: Path, recorded: object) -> Path | None:
    """The verified avatar-store image ``recorded`` names, or None."""
    return stored_avatar_file(data_dir, recorded)


def screenshot_file(data_dir: Path, recorded: object) -> Path | None:
    """The screenshot ``recorded`` names when it is one the sweeps wrote (see the module docstring), or None."""
    match = _SCREENSHOT_RE.fullmatch(recorded) if isinstance(recorded, str) else None
    if match is None:
        return None
    try:
        path = (Path(data_dir) / "screenshots").resolve(strict=True) / match.group(1)
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            head = fh.read(8)
    except (OSError, RuntimeError):
        return None
    return path if head == b"\x89PNG\r\n\x1a\n" else None


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
    files: dict[str, Path] = field(default_factory=dict)  # slot -> verified avatar or screenshot
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
            found = next((p for p in (avatar_file(data_dir, r) for r in _paths(doc, AVATAR_KEYS)) if p), None)
            if found:
                ev.files[slot] = found
                break
    shots = _paths(alert.get("evidence") or {}, SCREENSHOT_KEYS) + _paths(ev.suspect, SCREENSHOT_KEYS)
    n = 0
    for recorded in dict.fromkeys(shots):
        path = screenshot_file(data_dir, recorded)
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
    """``png`` / ``jpeg`` / ``gif`` / ``webp`` / ``bmp`` from the file's content, or None when it is not an image."""
    with path.open("rb") as fh:
        kind = sniff_image(fh.read(16))
    return "jpeg" if kind == "jpg" else kind
