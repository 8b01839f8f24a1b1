"""The 账号名称 column has its own cap (``registry.import_max_name_chars``, robust28): a real account name is a few
dozen characters; a runaway cell is refused with an error naming its row and column, below the general cell cap.
Names invented for these tests."""

from __future__ import annotations

from core.settings import load_config
from registry.read import limits, read_registry
from tests.registry.helpers import HEADERS_ZH, ROWS_ZH, problems_at, write_csv


def _rows_with_name(name: str) -> list[list[str]]:
    rows = [list(r) for r in ROWS_ZH]
    rows[2][3] = name  # the third data row: row 4 as Excel numbers it
    return rows


def test_a_name_over_the_cap_is_an_error_naming_row_and_column(tmp_path):
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, _rows_with_name("青禾" * 60)))
    assert problems_at(result) == {("error", "name_too_long", 4, "账号名称")}
    message = str(result.errors[0])
    assert "第 4 行" in message and "“账号名称”列" in message and "120 字" in message
    assert "registry.import_max_name_chars" in message
    assert not result.ok


def test_a_name_at_the_cap_is_read(tmp_path):
    result = read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, _rows_with_name("青" * 100)))
    assert result.ok, [str(p) for p in result.errors]


def test_other_columns_keep_the_cell_cap(tmp_path):
    rows = [list(r) for r in ROWS_ZH]
    rows[1][8] = "青禾县人民政府" * 100  # 700 characters of 主管单位: under the cell cap, over the name cap
    assert read_registry(write_csv(tmp_path / "r.csv", HEADERS_ZH, rows)).ok


def test_the_cap_is_a_setting(tmp_path):
    path = write_csv(tmp_path / "r.csv", HEADERS_ZH, _rows_with_name("青禾" * 60))
    cfg = load_config(env={"GOVWATCH_REGISTRY__IMPORT_MAX_NAME_CHARS": "500"})
    assert read_registry(path, **limits(cfg)).ok
    assert problems_at(read_registry(path, max_name_chars=20), "name_too_long") == {
        ("error", "name_too_long", 4, "账号名称")}
