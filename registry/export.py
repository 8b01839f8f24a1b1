"""Exporting the registry to XLSX (re-importable, formula-safe)."""


from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from core.records import PLATFORM_ZH, REGISTRY_FIELDS, REGISTRY_HEADERS_ZH, STATUS_ZH
from registry.read import CONTROL_CHARS_RE

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def export_rows(entries: Iterable[Mapping[str, Any]]) -> Iterator[list[str]]:
    """Rows in the order of REGISTRY_FIELDS with platform/status as Chinese names (re-importable)."""
    for e in entries:
        row = []
        for name in REGISTRY_FIELDS:
            value = e.get(name)
            if name == "platform":
                value = PLATFORM_ZH.get(value, value)
            elif name == "status":
                value = STATUS_ZH.get(value or "active", value)
            row.append("" if value is None else str(value))
        yield row


def export_registry(entries: Iterable[Mapping[str, Any]], out: str | os.PathLike) -> int:
    """Write an XLSX with Chinese headers, one row per entry; text is never stored as a formula.

    Cells whose text starts with = + - @ (or a tab/CR) are stored as strings with Excel's quote prefix, so Excel
    shows them literally and never evaluates them. The file is written to a temporary name and renamed."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    out = Path(out)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("备案库")
    ws.freeze_panes = "A2"
    widths = (28, 12, 22, 24, 40, 20, 8, 16, 24, 20, 12)
    for idx, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + idx)].width = width
    bold = Font(bold=True)
    header = []
    for title in REGISTRY_HEADERS_ZH:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    count = 0
    for row in export_rows(entries):
        cells = []
        for text in row:
            text = CONTROL_CHARS_RE.sub("", text) if text else text  # stored documents may predate the import rule
            cell = WriteOnlyCell(ws, value=text or None)
            if text:
                cell.data_type = "s"  # never "f" (formula) nor a number guessed from the text
                if text.startswith(_FORMULA_PREFIXES):
                    cell.quotePrefix = True
            cells.append(cell)
        ws.append(cells)
        count += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".govwatch-export-", suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
