"""Issue #13 item 1: a registry 头像 path must never turn the data directory into an evidence download.

The attack: a registry row whose 头像 is ``web-secret.key`` or ``govwatch.db`` (relative paths that exist in the
data dir), ``../…``, an absolute path or a symlink. The import refuses each with a row/column error and writes
nothing; and whatever a record names (old records, crawled fields), the evidence ZIP and the review UI only ever
serve verified images from the avatar store or screenshots the sweeps wrote.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from alerts.evidence import build_pack
from alerts.lifecycle import ingest
from alerts.web import create_app, secret_key
from core.records import finding_key
from registry.importer import import_registry
from tests.alerts.fixtures import day, impostor, png_bytes, seed_records

SECRET_NAMES = ("web-secret.key", "govwatch.db")


@pytest.fixture
def data_dir(cfg, store):
    """A data dir holding the session key and the store, with the registry file written inside it (as the demo
    does): the worst case for relative paths."""
    secret_key(cfg)
    store.upsert("runs", [{"run_id": "x", "kind": "nightly", "status": "ok"}])
    store.refresh()
    for name in SECRET_NAMES:
        assert (cfg.data_dir / name).is_file()
    return cfg.data_dir


def _registry(path, avatar: str):
    path.write_text("开办单位,平台,账号ID,账号名称,头像\n"
                    "济南市政府,微博,1,济南发布,\n"
                    f"济南市公安局,微博,2,济南公安,{avatar}\n", encoding="utf-8")
    return path


def _hostile_avatars(data_dir, tmp_path) -> list[str]:
    outside = tmp_path / "outside.png"
    outside.write_bytes(png_bytes())
    (data_dir / "link-out.png").symlink_to(outside)
    (data_dir / "key-link.png").symlink_to(data_dir / "web-secret.key")
    return [*SECRET_NAMES, "./web-secret.key", "avatars/../web-secret.key", "../outside.png", str(outside),
            str(data_dir / "web-secret.key"), "link-out.png", "key-link.png", "~/.ssh/id_rsa", "..\\outside.png",
            "C:\\Windows\\win.ini", "."]


def test_import_refuses_every_path_that_is_not_an_image_next_to_the_registry(data_dir, store, tmp_path, cfg):
    for avatar in _hostile_avatars(data_dir, tmp_path):
        result = import_registry(store, _registry(data_dir / "reg.csv", avatar), data_dir=data_dir)
        assert not result.written, avatar
        assert [(p.row, p.column) for p in result.file.errors] == [(3, "头像")], (avatar, result.file.errors)
        assert store.count("registry") == 0 and store.count("registry_history") == 0, avatar


def test_an_image_next_to_the_registry_is_copied_into_the_avatar_store(data_dir, store, tmp_path):
    (data_dir / "imgs").mkdir()
    (data_dir / "imgs" / "jn.png").write_bytes(png_bytes())
    result = import_registry(store, _registry(data_dir / "reg.csv", "imgs/jn.png"), data_dir=data_dir)
    assert result.written
    entry = store.get("registry", "weibo:2")
    assert entry["avatar"] == entry["avatar_path"] and entry["avatar_path"].startswith("avatars/")
    assert (data_dir / entry["avatar_path"]).read_bytes() == png_bytes()


@pytest.mark.parametrize("recorded", ["web-secret.key", "govwatch.db", "../outside.png", "ABS_OUTSIDE",
                                      "ABS_KEY", "link-out.png", "avatars/KEYHASH.png", "avatars/LINKED.png"])
def test_evidence_pack_and_ui_never_serve_what_a_record_names(data_dir, store, cfg, tmp_path, recorded):
    """Records written before the fix, or by anything else, still cannot make the pack or the UI leak a file."""
    import hashlib

    seed_records(store, data_dir)
    outside = tmp_path / "outside.png"
    outside.write_bytes(png_bytes())
    (data_dir / "link-out.png").symlink_to(outside)
    key_bytes = (data_dir / "web-secret.key").read_bytes()
    key_hash = hashlib.sha256(key_bytes).hexdigest()
    (data_dir / "avatars" / f"{key_hash}.png").write_bytes(key_bytes)  # right name, not an image
    linked = hashlib.sha256(png_bytes((1, 1, 1))).hexdigest()
    other = tmp_path / "x.png"
    other.write_bytes(png_bytes((1, 1, 1)))
    (data_dir / "avatars" / f"{linked}.png").symlink_to(other)  # right name and content, but a symlink
    recorded = (recorded.replace("ABS_OUTSIDE", str(outside)).replace("ABS_KEY", str(data_dir / "web-secret.key"))
                .replace("KEYHASH", key_hash).replace("LINKED", linked))
    for collection, key in (("registry", "weibo:sdfb"), ("accounts", "weibo:sdfb"), ("accounts", "weibo:fake1")):
        store.update(collection, key, {"avatar": recorded, "avatar_path": recorded, "avatar_file": recorded,
                                       "screenshot": recorded})
    finding = impostor("fake1")
    finding["evidence"]["screenshot"] = recorded
    ingest(store, [finding], "run-1", day(0), cfg)
    alert = store.get("alerts", finding_key(finding))
    pack = zipfile.ZipFile(io.BytesIO(build_pack(store, [alert], cfg)))
    assert not [n for n in pack.namelist() if n.startswith(("avatars/", "screenshots/"))], pack.namelist()
    secrets = [key_bytes, (data_dir / "govwatch.db").read_bytes()[:100]]
    for name in pack.namelist():
        data = pack.read(name)
        assert not any(s in data for s in secrets), name

    from tests.alerts.test_web import login, seed_users

    seed_users(store)
    app = create_app(cfg, store)
    client = app.test_client()
    login(client)
    for slot in ("suspect_avatar", "official_avatar", "screenshot_1"):
        assert client.get(f"/alerts/{alert['_id']}/file/{slot}").status_code == 404, slot
    sweep = next(store.scan("sweeps"))
    store.update("sweeps", sweep["_id"], {"screenshot": recorded})
    assert client.get(f"/sweeps/{sweep['_id']}/screenshot").status_code == 404
