"""Reading and validating registry files (no store involved)."""

from __future__ import annotations

import datetime as dt

import pytest

from registry.read import header_field, parse_date, read_registry
from tests.registry.helpers import (
    EXPECTED,
    HEADERS_EN,
    HEADERS_ZH,
    ROWS_EN,
    ROWS_ZH,
    by_key,
    csv_text,
    problems_at,
    write_csv,
    write_xlsx,
)


def assert_expected(result):
    assert result.ok, [str(p) for p in result.errors]
    got = by_key(result.entries)
    assert set(got) == set(EXPECTED)
    for key, (status, filed_at) in EXPECTED.items():
        assert (got[key]["status"], got[key]["filed_at"]) == (status, filed_at), key
    assert got[("weibo", "1234567890")]["unit"] == "济南市公安局"
    assert got[("weibo", "1234567890")]["contact"] == "张三 0531-12345678"
    assert got[("wechat", "jngaj")]["url"] is None


# ---- encodings, delimiters, headers -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding,detected", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"),
                                               ("gb18030", "gb18030"), ("utf-16", "utf-16")])
def test_csv_encodings(tmp_path, encoding, detected):
    result = read_registry(write_csv(tmp_path / "r.csv", encoding=encoding))
    assert result.format == "csv" and result.encoding == detected
    assert_expected(result)


def test_gbk_bytes_are_not_valid_utf8(tmp_path):
    # Guard for the test above: the GBK file really is not UTF-8, so detection had to work.
    data = csv_text(HEADERS_ZH, ROWS_ZH).encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_delimiters(tmp_path, delimiter):
    result = read_registry(write_csv(tmp_path / "r.csv", delimiter=delimiter, encoding="gbk"))
    assert result.delimiter == delimiter
    assert_expected(result)


def test_english_headers_and_codes(tmp_path):
    assert_expected(read_registry(write_csv(tmp_path / "r.csv", HEADERS_EN, ROWS_EN)))


def test_headers_with_spaces_fullwidth_markers_and_any_order(tmp_path):
    order = [3, 0, 10, 2, 1, 6, 4, 5, 7, 8, 9]
    headers = [HEADERS_ZH[i] for i in order]
    headers[headers.index("账号ID")] = " 账号 ＩＤ "
    headers[headers.index("开办单位")] = "开办单位*"
    headers[headers.index("备案日期")] = "备案日期（年-月-日）"
    headers[headers.index("平台")] = "\ufeff平台"
    rows = [[row[i] for i in order] for row in ROWS_ZH]
    result = read_registry(write_csv(tmp_path / "r.csv", headers, rows))
    assert_expected(result)
    assert result.columns["account_id"] == "账号 ＩＤ"  # problems name the column as written (trimmed)


@pytest.mark.parametrize("text,field", [("账号ID", "account_id"), ("account_id", "account_id"),
                                        ("Account ID", "account_id"), ("ＵＲＬ", "url"), ("主管单位", "competent_unit"),
                                        ("备案时间", "filed_at"), ("备注", None), ("", None)])
def test_header_field(text, field):
    assert header_field(text) == field


def test_values_are_normalised(tmp_path):
    rows = [["  济南市公安局 ", " 微博 ", "１２３４５６７８９０\u200b", " 济南公安\u3000", "", "", " 正常", "", "", "", ""]]
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, rows))
    assert result.ok
    (entry,) = result.entries
    assert (entry["unit"], entry["platform"], entry["account_id"], entry["name"], entry["status"]) == \
        ("济南市公安局", "weibo", "1234567890", "济南公安", "active")


def test_missing_status_column_defaults_later_and_optional_columns_absent(tmp_path):
    headers = ["开办单位", "平台", "账号ID", "账号名称"]
    result = read_registry(write_csv(tmp_path / "r.csv", headers, [r[:4] for r in ROWS_ZH]))
    assert result.ok
    assert set(result.columns) == {"unit", "platform", "account_id", "name"}
    assert all("status" not in e for e in result.entries)  # the importer keeps an existing status


def test_empty_status_is_active(tmp_path):
    result = read_registry(write_csv(tmp_path / "r.csv"))
    assert by_key(result.entries)[("website", "www.shandong.gov.cn")]["status"] == "active"


# ---- XLSX ----------------------------------------------------------------------------------------------------


def test_xlsx_good(tmp_path):
    result = read_registry(write_xlsx(tmp_path / "r.xlsx"))
    assert result.format == "xlsx" and result.sheet == "备案"
    assert_expected(result)


def test_xlsx_typed_cells_title_row_and_row_numbers(tmp_path):
    rows = [list(r) for r in ROWS_EN]
    rows[0][2] = 1234567890  # a number cell: no ".0", no scientific notation
    rows[0][10] = dt.datetime(2026, 1, 5)  # an Excel date cell
    rows[1][10] = 46027  # a date serial in a cell without a date format (2026-01-05)
    rows[2][10] = dt.date(2026, 1, 5)
    rows.append(["某单位", "脸书", "x1", "某账号", "", "", "", "", "", "", ""])
    path = write_xlsx(tmp_path / "r.xlsx", HEADERS_EN, rows, title_rows=[["济南市政务新媒体备案表"], []])
    result = read_registry(path)
    assert result.header_row == 3
    # Row numbers are Excel's: title row 1, blank row 2, header row 3, data rows 4..8.
    assert problems_at(result, "unknown_platform") == {("error", "unknown_platform", 8, "platform")}
    entries = by_key(read_registry(write_xlsx(tmp_path / "ok.xlsx", HEADERS_EN, rows[:4])).entries)
    assert set(entries) == set(EXPECTED)
    for key, (status, filed_at) in EXPECTED.items():
        assert entries[key]["filed_at"] == filed_at


def test_xlsx_sheet_option(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", sheet="2026年备案", extra_sheet="说明")
    assert not read_registry(path).ok  # the first sheet is the notes sheet
    assert_expected(read_registry(path, sheet="2026年备案"))
    missing = read_registry(path, sheet="没有")
    assert [p.kind for p in missing.errors] == ["unreadable"] and "没有" in missing.errors[0].message


def test_xlsx_formula_cells_are_text_never_evaluated(tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "r.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    ws["D2"] = '=HYPERLINK("http://evil.example/","济南公安")'  # formula without a cached value
    wb.save(path)
    result = read_registry(path)
    assert result.ok
    entry = by_key(result.entries)[("weibo", "1234567890")]
    assert entry["name"] == '=HYPERLINK("http://evil.example/","济南公安")'
    assert problems_at(result, "formula_cell") == {("warning", "formula_cell", 2, "账号名称")}


# ---- errors: every kind with its row and column ----------------------------------------------------------------


def _bad(tmp_path, mutate, headers=HEADERS_ZH):
    rows = [list(r) for r in ROWS_ZH]
    mutate(rows)
    return read_registry(write_csv(tmp_path / "bad.csv", headers, rows, encoding="gbk"))


@pytest.mark.parametrize("row_index,col,value,kind", [
    (0, 1, "脸书", "unknown_platform"),
    (1, 6, "暂停", "unknown_status"),
    (2, 0, "", "missing_value"),
    (2, 1, "", "missing_value"),
    (2, 2, "  ", "missing_value"),
    (3, 3, "", "missing_value"),
    (0, 10, "2026-02-30", "bad_date"),
    (1, 10, "2026年13月1日", "bad_date"),
    (2, 10, "去年", "bad_date"),
    (0, 4, "javascript:alert(1)", "bad_url"),
    (1, 4, "ftp://example.org/", "bad_url"),
    (2, 5, "file:///etc/passwd", "bad_url"),
    (0, 2, "1.23457E+09", "scientific_id"),
])
def test_each_error_kind_names_row_and_column(tmp_path, row_index, col, value, kind):
    def mutate(rows):
        rows[row_index][col] = value

    result = _bad(tmp_path, mutate)
    assert not result.ok
    assert problems_at(result, kind) == {("error", kind, row_index + 2, HEADERS_ZH[col])}
    assert len(result.errors) == 1


def test_duplicate_names_both_rows(tmp_path):
    result = _bad(tmp_path, lambda rows: rows.append(["另一单位", "微博", "１２３４５６７８９０", "假济南公安", "", "", "", "",
                                                      "", "", ""]))
    (problem,) = result.errors
    assert (problem.kind, problem.row, problem.column) == ("duplicate_account", 6, "账号ID")
    assert "第 2 行" in problem.message and "第 6 行" in problem.message


def test_same_account_id_on_two_platforms_is_fine(tmp_path):
    result = _bad(tmp_path, lambda rows: rows.append(["济南市公安局", "抖音", "1234567890", "济南公安", "", "", "", "",
                                                      "", "", ""]))
    assert result.ok


def test_all_problems_are_collected(tmp_path):
    def mutate(rows):
        rows[0][1] = "脸书"
        rows[0][10] = "2026-02-30"
        rows[2][3] = ""
        rows[3][6] = "冻结"

    result = _bad(tmp_path, mutate)
    assert {(p.kind, p.row, p.column) for p in result.errors} == {
        ("unknown_platform", 2, "平台"), ("bad_date", 2, "备案日期"), ("missing_value", 4, "账号名称"),
        ("unknown_status", 5, "状态")}


def test_missing_required_column_and_unknown_column(tmp_path):
    headers = [h for h in HEADERS_ZH if h != "账号名称"] + ["备注"]
    rows = [[v for i, v in enumerate(r) if i != 3] + ["x"] for r in ROWS_ZH]
    result = read_registry(write_csv(tmp_path / "r.csv", headers, rows))
    assert problems_at(result) == {("error", "missing_column", 1, "账号名称"),
                                   ("warning", "unknown_column", 1, "备注")}


def test_english_header_names_in_problems(tmp_path):
    rows = [list(r) for r in ROWS_EN]
    rows[1][1] = "myspace"
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_EN, rows))
    assert problems_at(result) == {("error", "unknown_platform", 3, "platform")}


def test_duplicate_column(tmp_path):
    headers = HEADERS_ZH + ["account_id"]
    rows = [r + [r[2]] for r in ROWS_ZH]
    result = read_registry(write_csv(tmp_path / "r.csv", headers, rows))
    assert problems_at(result) == {("error", "duplicate_column", 1, "account_id")}


def test_not_a_registry(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("姓名,电话\n张三,123\n", encoding="utf-8")
    result = read_registry(path)
    assert "no_header" in {p.kind for p in result.errors}


@pytest.mark.parametrize("content,kind", [(b"", "no_header"), ("开办单位,平台,账号ID,账号名称\n".encode(), "no_rows"),
                                          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "unreadable"),
                                          (b"PK\x03\x04 not really a zip", "unreadable")])
def test_unusable_files(tmp_path, content, kind):
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    result = read_registry(path)
    assert [p.kind for p in result.errors] == [kind]


def test_missing_file(tmp_path):
    result = read_registry(tmp_path / "nope.csv")
    assert [p.kind for p in result.errors] == ["unreadable"]


def test_row_cap(tmp_path):
    rows = [["单位", "微博", str(1000 + i), f"账号{i}", "", "", "", "", "", "", ""] for i in range(30)]
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, rows), max_rows=20)
    assert [p.kind for p in result.errors] == ["too_many_rows"]
    xlsx = read_registry(write_xlsx(tmp_path / "r.xlsx", HEADERS_ZH, rows), max_rows=20)
    assert [p.kind for p in xlsx.errors] == ["too_many_rows"]


def test_cell_cap(tmp_path):
    def mutate(rows):
        rows[1][8] = "长" * 3000

    result = _bad(tmp_path, mutate)
    assert problems_at(result) == {("error", "cell_too_long", 3, "主管单位")}


def test_blank_lines_keep_excel_row_numbers(tmp_path):
    text = csv_text(HEADERS_ZH, ROWS_ZH[:1]) + "\r\n\r\n" + csv_text(HEADERS_ZH, [["x", "脸书", "1", "n"] + [""] * 7]
                                                                      ).split("\r\n", 1)[1]
    path = tmp_path / "r.csv"
    path.write_text(text, encoding="utf-8")
    assert problems_at(read_registry(path)) == {("error", "unknown_platform", 5, "平台")}


def test_multiline_cell_counts_as_one_row(tmp_path):
    rows = [list(r) for r in ROWS_ZH]
    rows[0][9] = "张三\n李四"
    rows[1][1] = "脸书"
    result = _bad(tmp_path, lambda r: r.__setitem__(slice(None), rows))
    assert problems_at(result) == {("error", "unknown_platform", 3, "平台")}
    assert result.entries[0]["contact"] == "张三\n李四"


# ---- warnings -------------------------------------------------------------------------------------------------


def test_avatar_paths(tmp_path):
    (tmp_path / "avatars").mkdir()
    (tmp_path / "avatars" / "jn.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    rows = [list(r) for r in ROWS_ZH]
    rows[0][5] = "avatars/jn.png"
    rows[2][5] = "https://example.org/a.png"
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, rows))
    assert result.ok and problems_at(result) == set()
    got = by_key(result.entries)
    assert got[("weibo", "1234567890")]["avatar"] == str((tmp_path / "avatars" / "jn.png").resolve())
    assert got[("douyin", "dy_jnedu")]["avatar"] == "https://example.org/a.png"
    rows[1][5] = "avatars/missing.png"  # a missing avatar file is an error: the file imports nothing
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, rows))
    assert problems_at(result) == {("error", "avatar_missing", 3, "头像")}


def test_url_without_scheme_and_future_date_are_warnings(tmp_path):
    def mutate(rows):
        rows[1][4] = "www.jnga.gov.cn/wx"
        rows[2][10] = "2099-01-01"

    result = _bad(tmp_path, mutate)
    assert result.ok
    assert problems_at(result) == {("warning", "url_no_scheme", 3, "主页链接"), ("warning", "future_date", 4, "备案日期")}
    assert by_key(result.entries)[("wechat", "jngaj")]["url"] == "http://www.jnga.gov.cn/wx"


# ---- dates -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value,expected", [
    ("2026-01-05", "2026-01-05"), ("2026/1/5", "2026-01-05"), ("2026年1月5日", "2026-01-05"),
    ("2026.01.05", "2026-01-05"), ("20260105", "2026-01-05"), ("2026/1/5 0:00", "2026-01-05"),
    ("２０２６－０１－０５", "2026-01-05"), (dt.datetime(2026, 1, 5, 9, 30), "2026-01-05"), (46027, "2026-01-05"),
    ("2024-02-29", "2024-02-29"),
])
def test_parse_date_accepts(value, expected):
    assert parse_date(value) == (expected, None)


@pytest.mark.parametrize("value", ["2026-02-30", "2025-02-29", "2026-13-01", "2026年1月", "1/5/2026", "明天"])
def test_parse_date_rejects(value):
    parsed, why = parse_date(value)
    assert parsed is None and why


def test_hostile_csv_cells_stay_text(tmp_path):
    rows = [list(r) for r in ROWS_ZH]
    rows[0][3] = "=cmd|' /C calc'!A0"
    rows[1][9] = "@SUM(1+1)*cmd"
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, rows))
    assert result.ok
    got = by_key(result.entries)
    assert got[("weibo", "1234567890")]["name"] == "=cmd|' /C calc'!A0"
    assert got[("wechat", "jngaj")]["contact"] == "@SUM(1+1)*cmd"


def test_giant_csv_field_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(csv_text(HEADERS_ZH, ROWS_ZH) + '某单位,微博,9,"' + "长" * 300_000 + '",,,,,,,\r\n',
                    encoding="utf-8")
    result = read_registry(path)
    assert not result.ok and {p.kind for p in result.errors} <= {"unreadable", "cell_too_long"}


def test_sheet_option_needs_xlsx(tmp_path):
    result = read_registry(write_csv(tmp_path / "r.csv"), sheet="备案")
    assert [p.kind for p in result.errors] == ["unreadable"] and "XLSX" in result.errors[0].message


def test_duplicate_reported_even_when_first_row_has_other_errors(tmp_path):
    def mutate(rows):
        rows[0][6] = "暂停"
        rows.append(["某单位", "微博", "1234567890", "假冒", "", "", "", "", "", "", ""])

    result = _bad(tmp_path, mutate)
    assert {(p.kind, p.row) for p in result.errors} == {("unknown_status", 2), ("duplicate_account", 6)}


def test_load_registry_for_offline_use(tmp_path):
    from registry.read import RegistryFileError, load_registry

    headers = ["开办单位", "平台", "账号ID", "账号名称"]
    docs = load_registry(write_csv(tmp_path / "r.csv", headers, [r[:4] for r in ROWS_ZH]))
    assert {d["_id"] for d in docs} == {f"{p}:{a}" for p, a in EXPECTED}
    assert all(d["status"] == "active" and d["url"] is None for d in docs)
    rows = [list(r) for r in ROWS_ZH]
    rows[1][1] = "脸书"
    with pytest.raises(RegistryFileError, match="第 3 行"):
        load_registry(write_csv(tmp_path / "bad.csv", HEADERS_ZH, rows))
