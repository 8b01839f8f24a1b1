"""Issue #13 item 5 (and the malformed-XML part of item 9): XLSX bombs and broken XLSX files.

Each bomb is a small zip built in code (``xlsx_bombs``) that expands to hundreds of megabytes or millions of
rows/cells. It is read in a child process whose peak resident memory (``ru_maxrss``) is asserted to stay under
300 MB — a resource bound, not a timing — and it must be refused with the Chinese error that names the
setting of the limit. Malformed XML and XML with DTDs/entities give a clear Chinese error; the CLI exits 2 and
imports nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from govwatch.cli.main import main
from registry.read import read_registry
from tests.conftest import REPO
from tests.security.xlsx_bombs import header_and_row, inline, repeat, shared_xml, sheet_xml, write_xlsx

RSS_BOUND_MB = 300

# Peak RSS of this process image: VmHWM (ru_maxrss survives exec, so it would count the forking pytest process).
READ = """
import json, re, sys
from registry.read import read_registry
r = read_registry(sys.argv[1])
with open("/proc/self/status", encoding="ascii") as fh:
    peak_kb = int(re.search(r"VmHWM:\\s+(\\d+) kB", fh.read()).group(1))
print(json.dumps({"errors": [[p.kind, p.message] for p in r.errors], "entries": len(r.entries),
                  "rss_mb": peak_kb / 1024}))
"""


def read_in_child(path) -> dict:
    proc = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, timeout=600,
                          cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


BOMBS = {
    # 50 million empty rows: 300 MB of XML in a 0.4 MB file; refused from the zip's declared sizes
    "empty_rows_50M": (lambda: sheet_xml(header_and_row(), repeat("<row/>", 50_000_000)), None,
                       "too_large", "registry.import_max_mb"),
    # 15 million empty rows inside the size limit: the streamed row count stops at the row limit
    "empty_rows_15M": (lambda: sheet_xml(header_and_row(), repeat("<row/>", 15_000_000)), None,
                       "too_many_rows", "registry.import_max_rows"),
    # one row numbered 50,000,000 (Excel numbers empty rows too)
    "far_row": (lambda: sheet_xml(header_and_row(), '<row r="50000000">' + inline("A50000000", "x") + "</row>"),
                None, "too_many_rows", "registry.import_max_rows"),
    # a row of 5 million cells
    "wide_row_5M": (lambda: sheet_xml(header_and_row(), '<row r="3">', repeat("<c><v>1</v></c>", 5_000_000),
                                      "</row>"), None, "too_many_columns", "registry.import_max_columns"),
    # a 30-million-character shared string (90 MB of XML)
    "huge_string": (lambda: sheet_xml(header_and_row(), '<row r="3"><c r="A3" t="s"><v>0</v></c></row>'),
                    lambda: shared_xml("<si><t>", repeat("长", 30_000_000), "</t></si>"),
                    "cell_too_long", "registry.import_max_cell_chars"),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_bomb_is_refused_with_bounded_memory(tmp_path, name):
    sheet, shared, kind, setting = BOMBS[name]
    path = write_xlsx(tmp_path / f"{name}.xlsx", sheet(), shared() if shared else None)
    assert path.stat().st_size < 2 * 1024 * 1024
    got = read_in_child(path)
    assert got["entries"] == 0 or kind == "cell_too_long"
    kinds = [k for k, _ in got["errors"]]
    assert kind in kinds, got["errors"]
    message = dict(got["errors"])[kind]
    assert setting in message and "上限" in message
    assert got["rss_mb"] < RSS_BOUND_MB, got


@pytest.mark.slow
def test_many_shared_strings_within_the_limits_stay_in_bounded_memory(tmp_path):
    """Two million shared strings (36 MB of XML, inside the size limit) are read without a Python object each."""
    path = write_xlsx(tmp_path / "ss.xlsx", sheet_xml(header_and_row()), shared_xml(repeat("<si><t>甲</t></si>",
                                                                                            2_000_000)))
    got = read_in_child(path)
    assert got["errors"] == [] and got["entries"] == 1
    assert got["rss_mb"] < 150, got


def test_empty_rows_count_toward_the_row_limit(tmp_path):
    path = write_xlsx(tmp_path / "gap.xlsx", sheet_xml(header_and_row(), repeat("<row/>", 30),
                                                       '<row r="40">' + inline("A40", "单位") + "</row>"))
    result = read_registry(path, max_rows=20)
    assert [p.kind for p in result.errors] == ["too_many_rows"]
    assert read_registry(path, max_rows=40).errors[0].kind != "too_many_rows"
    csv_path = tmp_path / "gap.csv"
    csv_path.write_text("开办单位,平台,账号ID,账号名称\n济南市政府,微博,1,济南发布\n" + "\n" * 30 + "x,微博,2,y\n",
                        encoding="utf-8")
    assert [p.kind for p in read_registry(csv_path, max_rows=20).errors] == ["too_many_rows"]
    assert read_registry(csv_path, max_rows=40).ok


def test_declared_size_is_checked_before_anything_is_decompressed(tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", sheet_xml(header_and_row(), repeat("<row/>", 400_000)))
    result = read_registry(path, max_mb=1)
    assert [p.kind for p in result.errors] == ["too_large"] and "registry.import_max_mb" in result.errors[0].message


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@pytest.mark.parametrize("sheet,why", [
    (f"<worksheet {MAIN}><sheetData><row r=\"1\"><c r=\"A1\"", "XML 格式错误"),  # truncated
    (f"<worksheet {MAIN}><sheetData><row></c></sheetData></worksheet>", "XML 格式错误"),  # not well-formed
    (BILLION_LAUGHS + f"<worksheet {MAIN}><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol3;</t></is></c>"
     "</row></sheetData></worksheet>", "不安全的 XML"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
     f"<worksheet {MAIN}><sheetData><row><c t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>",
     "不安全的 XML"),
    (f"<worksheet {MAIN}><sheetData><row><c t=\"s\"><v>7</v></c></row></sheetData></worksheet>",
     "不存在的共享字符串"),
])
def test_malformed_xml_is_a_clear_chinese_error_and_the_cli_exits_2(tmp_path, capsys, cfg, sheet, why):
    path = write_xlsx(tmp_path / "bad.xlsx", [sheet])
    result = read_registry(path)
    assert [p.kind for p in result.errors] == ["unreadable"], result.errors
    assert why in result.errors[0].message and "XLSX" in result.errors[0].message
    code = main(["registry", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and why in out + err and "Traceback" not in out + err
    from search_index import open_store

    with open_store(cfg) as store:
        assert store.count("registry") == 0 and store.count("registry_history") == 0


def test_damaged_zip_and_shared_strings_part(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", sheet_xml(header_and_row()))
    assert read_registry(good).ok
    data = bytearray(good.read_bytes())
    start = data.find(b"xl/worksheets/sheet1.xml") + len("xl/worksheets/sheet1.xml")
    data[start + 5:start + 40] = b"\xff" * 35  # corrupt the deflated sheet
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(bytes(data))
    result = read_registry(broken)
    assert [p.kind for p in result.errors] == ["unreadable"] and "XLSX" in result.errors[0].message
    bad_ss = write_xlsx(tmp_path / "ss.xlsx", sheet_xml(header_and_row()), ["<sst><si><t>x</sst>"])
    assert [p.kind for p in read_registry(bad_ss).errors] == ["unreadable"]


def test_cli_names_the_setting_and_honours_it(tmp_path, capsys, monkeypatch):
    path = write_xlsx(tmp_path / "wide.xlsx", sheet_xml(header_and_row(), '<row r="3">',
                                                        repeat("<c><v>1</v></c>", 30), "</row>"))
    monkeypatch.setenv("GOVWATCH_REGISTRY__IMPORT_MAX_COLUMNS", "20")
    code = main(["registry", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and "registry.import_max_columns" in out
    monkeypatch.setenv("GOVWATCH_REGISTRY__IMPORT_MAX_COLUMNS", "40")
    assert main(["registry", "import", str(path)]) == 2  # now the row is read: its first cells are not valid
    out, err = capsys.readouterr()
    assert "registry.import_max_columns" not in out
