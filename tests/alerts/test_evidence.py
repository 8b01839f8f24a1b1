"""Evidence packs: contents, generated names, SHA-256 manifest, hostile paths ignored."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from alerts.evidence import build_pack, verify_pack
from alerts.files import safe_data_path
from alerts.lifecycle import ingest, set_state
from core.records import finding_key
from tests.alerts.fixtures import SCRIPT_NAME, day, impostor, seed_records


def test_pack_for_one_alert(store, cfg):
    seed_records(store, cfg.data_dir)
    f = impostor("fake1", name=SCRIPT_NAME, avatar_distance=3)
    f["evidence"]["screenshot"] = "screenshots/s1.png"
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
    assert zf.read("avatars/suspect.png") == (cfg.data_dir / "avatars" / "suspect.png").read_bytes()
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


def test_hostile_recorded_paths_never_leave_the_data_dir(cfg, tmp_path):
    data_dir = cfg.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "ok.png").write_bytes(b"\x89PNG\r\n\x1a\nxx")
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"secret")
    (data_dir / "sneaky.png").symlink_to(outside)
    assert safe_data_path(data_dir, "ok.png") == (data_dir / "ok.png").resolve()
    assert safe_data_path(data_dir, str((data_dir / "ok.png").resolve())) is not None
    for bad in ("../outside.png", str(outside), "sneaky.png", "/etc/passwd", "https://x/y.png", "", None,
                "ok.png\x00.txt", "file:///etc/passwd", "."):
        assert safe_data_path(data_dir, bad) is None, bad
