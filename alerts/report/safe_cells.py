"""Spreadsheet cells that can never become formulas (CSV/Excel formula injection).

Crawled names and posts are written by the impostors we hunt; a name like ``=HYPERLINK(…)`` or ``@SUM(…)``
must reach the sheet as text. Text starting with ``= + - @`` (or a tab / carriage return) is prefixed with an
apostrophe and stored with the string data type, so neither openpyxl nor Excel treats it as a formula.
Control characters, which XLSX cannot hold (openpyxl refuses them), become U+FFFD instead of failing the report.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_value(value: Any) -> Any:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)  # control characters cannot be stored in XLSX
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    if isinstance(value, (list, tuple)):
        return safe_value("；".join(str(v) for v in value))
    if isinstance(value, dict):
        return safe_value(str(value))
    return value


def write_row(ws, row: list[Any]) -> None:
    """Append a row; strings are always stored as strings (data type 's'), never as formulas."""
    ws.append([safe_value(v) for v in row])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
