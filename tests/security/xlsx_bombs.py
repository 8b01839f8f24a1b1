"""Small XLSX files that expand enormously, built in code: a minimal workbook whose sheet and shared-string XML
are streamed into the zip from repeated pieces (deflate squeezes each to a few kilobytes or megabytes)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="备案" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>')
HEADER = ("开办单位", "平台", "账号ID", "账号名称")


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_and_row(first_row: int = 1) -> str:
    """A header row and one valid data row (inline strings)."""
    cols = "ABCD"
    head = "".join(inline(f"{c}{first_row}", h) for c, h in zip(cols, HEADER))
    data = "".join(inline(f"{c}{first_row + 1}", v) for c, v in zip(cols, ("济南市政府", "微博", "1001", "济南发布")))
    return f'<row r="{first_row}">{head}</row><row r="{first_row + 1}">{data}</row>'


def write_xlsx(path: Path, sheet: Iterable[str | bytes], shared: Iterable[str | bytes] | None = None,
               *, parts: dict[str, str] | None = None) -> Path:
    """Write an XLSX whose sheet XML (and shared-string XML) are the concatenation of the given pieces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, text in (parts or {}).items():
            zf.writestr(name, text)
        for name, pieces in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared)):
            if pieces is None:
                continue
            with zf.open(name, "w", force_zip64=True) as fh:
                for piece in _flat(pieces):
                    fh.write(piece)
    return path


def _flat(pieces) -> Iterable[bytes]:
    for piece in pieces:
        if isinstance(piece, str):
            yield piece.encode("utf-8")
        elif isinstance(piece, bytes):
            yield piece
        else:
            yield from _flat(piece)


def shared_xml(*body: Iterable[str | bytes] | str) -> Iterable[str | bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
    yield from body
    yield "</sst>"


def sheet_xml(*body: Iterable[str | bytes] | str) -> Iterable[str | bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
    yield from body
    yield "</sheetData></worksheet>"


def repeat(piece: str, times: int, chunk: int = 100_000) -> Iterable[bytes]:
    block = piece.encode("utf-8") * min(times, chunk)
    full, rest = divmod(times, chunk)
    for _ in range(full):
        yield block
    if rest:
        yield piece.encode("utf-8") * rest
