"""Evidence packs: contents, generated names, SHA-256 manifest, hostile paths ignored."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from alerts.evidence import build_pack, verify_pack
from alerts.files import avatar_file, screenshot_file
from alerts.lifecycle import ingest, set_state
from core.records import finding_key
from tests.alerts.fixtures import AVATARS, SCREENSHOT, SCRIPT_NAME, day, impostor, seed_records


def test_pack_for_one_alert(store, cfg):
    seed_records(store, cfg.data_dir)
    f = impostor("fake1", name=SCRIPT_NAME, avatar_distance=3)
    f["evidence"]["screenshot"] = SCREENSHOT
    ingest(store, [f], "run-1", day(0), cfg)
    key = finding_key(f)
    set_state(store, key, "confirmed", user="alice", note="核实", cfg=cfg)
    data = build_pack(store, [store.get("alerts", key)], cfg, user="alice", now=day(1))
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = set(zf.namelist())
    assert names == {"metadata.json", "avatars/suspect.png", "avatars/official.png", "screenshots/01.png",
                     "raw/suspect.json", "raw/official.json", "manifest-sha256.txt"}
    meta = json.loads(zf.read("metadata.json"))
    assert meta["alert"]["name"] == SCRIPT_NAME and meta["avatar_hash_distance"] == 3
    assert meta["crawl_times"]["suspect"] == "2026-11-01T10:05:00+08:00"
    assert [h["to"] for h in meta["history"]] == ["new", "confirmed"] and meta["generated_by"] == "alice"
    assert json.loads(zf.read("raw/suspect.json"))["screen_name"] == SCRIPT_NAME
    manifest = dict(reversed(line.split("  ", 1)) for line in zf.read("manifest-sha256.txt").decode().splitlines())
    assert set(manifest) == names - {"manifest-sha256.txt"}
    for name, digest in manifest.items():
        assert hashlib.sha256(zf.read(name)).hexdigest() == digest
    assert zf.read("avatars/suspect.png") == (cfg.data_dir / AVATARS["suspect"]).read_bytes()
    assert verify_pack(data) == []


def test_tampered_pack_detected(store, cfg):
    seed_records(store, cfg.data_dir)
    ingest(store, [impostor("fake1")], "run-1", day(0), cfg)
    data = build_pack(store, [store.get("alerts", finding_key(impostor("fake1")))], cfg)
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for name in src.namelist():
            out.writestr(name, b"changed" if name == "raw/suspect.json" else src.read(name))
    assert verify_pack(buf.getvalue()) == ["raw/suspect.json"]


def test_only_verified_store_files_are_ever_files(cfg, tmp_path):
    """Recorded paths name a file only in the avatar store (content = name) or as a sweep screenshot."""
    seed_records_dir = cfg.data_dir
    from core.avatars import store_avatar
    from tests.alerts.fixtures import png_bytes

    rel = store_avatar(png_bytes(), seed_records_dir, max_bytes=10**6, max_pixels=10**6)["avatar_path"]
    assert avatar_file(seed_records_dir, rel) == (seed_records_dir / rel).resolve()
    outside = tmp_path / "outside.png"
    outside.write_bytes(png_bytes((1, 2, 3)))
    (seed_records_dir / "ok.png").write_bytes(png_bytes())
    for bad in ("../outside.png", str(outside), "ok.png", "/etc/passwd", "https://x/y.png", "", None,
                rel + "\x00.txt", "file:///etc/passwd", ".", "avatars/" + "0" * 64 + ".png", "./" + rel,
                str(seed_records_dir / rel), rel.upper()):
        assert avatar_file(seed_records_dir, bad) is None, bad
        assert screenshot_file(seed_records_dir, bad) is None, bad
