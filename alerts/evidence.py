"""Evidence packs: a ZIP per alert (or for a selection) to attach to a takedown request.

Layout of a pack for one alert (every name is generated here, never taken from crawled text)::

    metadata.json            the alert, its history, both sides' profiles, crawl times, avatar hash distance
    raw/suspect.json         the platform payload of the suspect account
    raw/official.json        the platform payload of the official account (when crawled)
    avatars/suspect.png      both avatars (extension from the file content)
    avatars/official.jpeg
    screenshots/01.png …
    manifest-sha256.txt      "<sha256>  <name>" for every file above (``sha256sum -c`` checks it)

A selection puts each alert's files under ``alert-01-<id>/`` and one manifest at the top.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime

from alerts.files import Evidence, gather, image_type
from alerts.lifecycle import history, stamp

MANIFEST = "manifest-sha256.txt"
_PROFILE_SKIP = ("raw",)


def _profile(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in _PROFILE_SKIP}


def _json(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True, default=str).encode("utf-8")


def _entries(store, alert: dict, cfg, generated_at: str, user: str | None) -> list[tuple[str, bytes]]:
    ev: Evidence = gather(store, alert, cfg)
    files: list[tuple[str, bytes]] = []
    included: dict[str, str] = {}
    for slot, path in ev.files.items():
        kind = image_type(path) or "bin"
        if slot.endswith("_avatar"):
            name = f"avatars/{slot.removesuffix('_avatar')}.{kind}"
        else:
            name = f"screenshots/{int(slot.split('_')[1]):02d}.{kind}"
        files.append((name, path.read_bytes()))
        included[slot] = name
    if ev.suspect.get("raw") is not None:
        files.append(("raw/suspect.json", _json(ev.suspect["raw"])))
    if ev.official_account.get("raw") is not None:
        files.append(("raw/official.json", _json(ev.official_account["raw"])))
    alert_meta = {k: v for k, v in alert.items() if k != "finding"}
    metadata = {
        "generated_at": generated_at, "generated_by": user, "alert": alert_meta,
        "finding": alert.get("finding"), "history": history(store, alert["_id"]),
        "suspect_account": _profile(ev.suspect), "official_registry_entry": ev.official,
        "official_account": _profile(ev.official_account),
        "crawl_times": {"suspect": ev.suspect.get("crawled_at"), "official": ev.official_account.get("crawled_at")},
        "avatar_hash_distance": ev.avatar_distance, "files": included,
    }
    return [("metadata.json", _json(metadata))] + files


def build_pack(store, alerts: list[dict], cfg, *, user: str | None = None, now: datetime | None = None) -> bytes:
    """The ZIP (bytes) for one alert or a selection."""
    generated_at = stamp(now, cfg)
    entries: list[tuple[str, bytes]] = []
    if len(alerts) == 1:
        entries = _entries(store, alerts[0], cfg, generated_at, user)
    else:
        for n, alert in enumerate(alerts, 1):
            prefix = f"alert-{n:02d}-{alert['_id'][:12]}/"
            entries += [(prefix + name, data) for name, data in _entries(store, alert, cfg, generated_at, user)]
    manifest = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in entries)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
        zf.writestr(MANIFEST, manifest.encode("utf-8"))
    return buf.getvalue()


def verify_pack(data: bytes) -> list[str]:
    """Names whose content does not match the manifest (empty when the pack is intact)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        lines = zf.read(MANIFEST).decode("utf-8").splitlines()
        listed = {}
        for line in lines:
            digest, name = line.split("  ", 1)
            listed[name] = digest
        bad = [n for n, d in listed.items() if hashlib.sha256(zf.read(n)).hexdigest() != d]
        unlisted = [n for n in zf.namelist() if n != MANIFEST and n not in listed]
    return bad + unlisted


def pack_filename(alerts: list[dict], now: datetime | None = None, cfg=None) -> str:
    day = stamp(now, cfg)[:10].replace("-", "")
    if len(alerts) == 1:
        return f"govwatch-evidence-{alerts[0]['_id'][:12]}-{day}.zip"
    return f"govwatch-evidence-{len(alerts)}-alerts-{day}.zip"
