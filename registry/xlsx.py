"""Reading the cells of an XLSX registry sheet with bounded memory and work, whatever the file holds.

An XLSX file is a zip of XML parts, and a small file can expand enormously: 50 million empty rows, a row of
5 million cells, hundreds of megabytes of shared strings, all in under 2 MB. This reader

1. checks the zip *before decompressing anything*: the number of parts and the sum of their declared
   uncompressed sizes (``registry.import_max_mb``; Python's zipfile never returns more than an entry declares,
   and a wrong CRC fails), so the XML it parses is bounded;
2. parses every part as a stream with expat under defusedxml's policy (a DTD, an entity declaration or an
   external reference is refused with defusedxml's exceptions), keeping no tree and at most
   ``registry.import_max_cell_chars`` + 1 characters of any text, so memory does not grow with the number of
   rows or cells, nor with the length of a string;
3. stops at the first row numbered beyond the row limit — empty rows count, as Excel numbers them — and at the
   first non-empty cell beyond the column limit (``registry.import_max_rows``, ``registry.import_max_columns``);
4. keeps the shared-string table packed in one UTF-8 buffer with an offset array (about its XML size; openpyxl
   keeps a Python string per entry: 54 MB of short strings took 515 MB there).

Why not openpyxl's read-only mode: it loads the whole shared-string table as Python objects when the workbook
opens, and hands over a row only after building all its cells, so neither limit can act before the memory is
spent. Why expat callbacks rather than ``defusedxml.ElementTree.iterparse``: the element tree keeps one Python
string per chunk of character data (a 30-million-character string took 2.7 GB) and costs twice the time; the SAX
layer of ``defusedxml.sax`` costs another 50 %. openpyxl still supplies what it is good at: which number formats
are dates, and Excel's date conversion.

Values are as openpyxl's: str, int, float, bool, datetime; an Excel error (``#N/A``) as its text. A formula cell
gives its cached value, or its text (``=…``) when there is none; its position and text are recorded in
``formulas`` so the caller can warn.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any
from xml.parsers import expat

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

MAX_PARTS = 10_000  # an XLSX written by Excel or WPS has a few dozen parts
CHUNK = 1 << 16
# what a damaged or hostile file raises while it is parsed (ValueError includes defusedxml's refusals)
BROKEN = (expat.ExpatError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, KeyError,
          ValueError, OSError)
_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d+)$")
_REL_ID = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships id",
           "http://purl.oclc.org/ooxml/officeDocument/relationships id")


class XlsxError(ValueError):
    """The file cannot be read, or goes beyond a limit. ``kind`` is the registry problem kind, the message is
    Chinese and names the setting of the limit."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class _Strings:
    """The shared-string table: one UTF-8 buffer and the offset where each string starts."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._starts = array("Q")

    def add(self, text: str) -> None:
        self._starts.append(len(self._buf))
        self._buf += text.encode("utf-8")

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> str:
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._buf)
        return self._buf[self._starts[index]:end].decode("utf-8")


class _Text:
    """Character data of one element, kept up to ``cap`` characters (a longer text is kept as its first
    ``cap + 1``, enough for the caller to see that it is too long)."""

    __slots__ = ("cap", "parts", "size")

    def __init__(self, cap: int):
        self.cap, self.parts, self.size = cap, [], 0

    def add(self, data: str) -> None:
        if self.size <= self.cap:
            self.parts.append(data[:self.cap + 1 - self.size])
            self.size += len(self.parts[-1])

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts, self.size = [], 0
        return text


def _refuse_dtd(name, sysid, pubid, has_internal_subset):
    raise DTDForbidden(name, sysid, pubid)


def _refuse_entity(name, is_parameter_entity, value, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation_name)


def _refuse_unparsed_entity(name, base, sysid, pubid, notation_name):
    raise EntitiesForbidden(name, None, base, sysid, pubid, notation_name)


def _refuse_external(context, base, sysid, pubid):
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def _parse(zf: zipfile.ZipFile, name: str, start: Callable[[str, dict], None], end: Callable[[str], None],
           chars: Callable[[str], None] | None = None) -> Iterator[None]:
    """Feed a part to an expat parser with defusedxml's policy (no DTD, no entity declarations, no external
    references), element names without their namespace; yields after every chunk so callers can stream."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_unparsed_entity
    parser.ExternalEntityRefHandler = _refuse_external
    parser.StartElementHandler = lambda tag, attrs: start(tag.rpartition(" ")[2], attrs)
    parser.EndElementHandler = lambda tag: end(tag.rpartition(" ")[2])
    if chars is not None:
        parser.CharacterDataHandler = chars
    with zf.open(name) as fh:
        while chunk := fh.read(CHUNK):
            parser.Parse(chunk, False)
            yield
    parser.Parse(b"", True)
    yield


def _run(parsing: Iterator[None]) -> None:
    for _ in parsing:
        pass


def _target(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target))


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Id -> (type suffix, part name) of a part's relationships."""
    rels_name = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    out: dict[str, tuple[str, str]] = {}
    if rels_name not in zf.NameToInfo:
        return out

    def start(tag, attrs):
        if tag == "Relationship" and attrs.get("Target"):
            out[attrs.get("Id") or ""] = ((attrs.get("Type") or "").rsplit("/", 1)[-1],
                                          _target(part, attrs["Target"]))

    _run(_parse(zf, rels_name, start, lambda tag: None))
    return out


def _date_styles(zf: zipfile.ZipFile, part: str | None) -> set[int]:
    """Indices of the cell formats (``s`` of a cell) whose number format is a date or time."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if not part or part not in zf.NameToInfo:
        return set()
    custom: dict[int, str] = {}
    formats: list[int] = []
    in_xfs = [False]

    def start(tag, attrs):
        if tag == "cellXfs":
            in_xfs[0] = True
        elif tag == "numFmt" and (attrs.get("numFmtId") or "").isdigit():
            custom[int(attrs["numFmtId"])] = attrs.get("formatCode") or ""
        elif tag == "xf" and in_xfs[0]:
            fmt = attrs.get("numFmtId") or "0"
            formats.append(int(fmt) if fmt.isdigit() else 0)

    def end(tag):
        if tag == "cellXfs":
            in_xfs[0] = False

    _run(_parse(zf, part, start, end))
    return {i for i, fmt in enumerate(formats) if is_date_format(custom.get(fmt, BUILTIN_FORMATS.get(fmt)))}


def _shared_strings(zf: zipfile.ZipFile, part: str | None, cap: int) -> _Strings:
    """The table of shared strings; the text of an item is its ``<t>`` runs, phonetic runs (``<rPh>``) left out."""
    strings = _Strings()
    if not part or part not in zf.NameToInfo:
        return strings
    text = _Text(cap)
    state = {"t": False, "rPh": 0}

    def start(tag, attrs):
        if tag == "t":
            state["t"] = not state["rPh"]
        elif tag == "rPh":
            state["rPh"] += 1

    def end(tag):
        if tag == "t":
            state["t"] = False
        elif tag == "rPh":
            state["rPh"] -= 1
        elif tag == "si":
            strings.add(text.take())

    def chars(data):
        if state["t"]:
            text.add(data)

    _run(_parse(zf, part, start, end, chars))
    return strings


class XlsxSheet:
    """One sheet of an XLSX file, checked against the limits; ``rows()`` streams its non-empty rows."""

    def __init__(self, path, *, sheet: str | None, max_rows: int, max_columns: int, max_bytes: int,
                 max_cell_chars: int):
        self.max_rows, self.max_columns, self.max_cell_chars = max_rows, max_columns, max_cell_chars
        self.formulas: dict[tuple[int, int], str] = {}
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise XlsxError("unreadable", f"无法读取 XLSX 文件（不是有效的 zip 压缩包：{exc}）") from None
        try:
            self._open(sheet, max_bytes)
        except XlsxError:
            self._zf.close()
            raise
        except BROKEN as exc:
            self._zf.close()
            raise self._broken(exc) from None

    @staticmethod
    def _broken(exc: BaseException) -> XlsxError:
        if isinstance(exc, (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden)):
            why = "含有 DTD、实体定义或外部引用（不安全的 XML，已拒绝）"
        elif isinstance(exc, expat.ExpatError):
            why = f"XML 格式错误（{expat.ErrorString(exc.code)}，第 {exc.lineno} 行第 {exc.offset} 列）"
        elif isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError)):
            why = f"压缩数据损坏（{exc}）"
        elif isinstance(exc, (NotImplementedError, RuntimeError)):
            why = f"使用了不支持的压缩或加密（{exc}）"
        else:
            why = f"{type(exc).__name__}：{exc}"
        return XlsxError("unreadable", f"XLSX 文件内容损坏，无法读取：{why}。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。")

    def _open(self, sheet: str | None, max_bytes: int) -> None:
        infos = self._zf.infolist()
        if len(infos) > MAX_PARTS:
            raise XlsxError("unreadable", f"XLSX 文件结构异常：压缩包内有 {len(infos)} 个文件（正常的工作簿只有几十个）。")
        total = sum(i.file_size for i in infos)
        if total > max_bytes:
            raise XlsxError("too_large", f"XLSX 文件解压后有 {total // (1024 * 1024)} MB，超过上限 "
                                         f"{max_bytes // (1024 * 1024)} MB（配置项 registry.import_max_mb），"
                                         "疑似压缩炸弹，整个文件未导入。")
        package = _rels(self._zf, "")
        book = next((p for kind, p in package.values() if kind == "officeDocument"), "xl/workbook.xml")
        if book not in self._zf.NameToInfo:
            raise XlsxError("unreadable", "无法读取 XLSX 文件：缺少工作簿（xl/workbook.xml），不是 Excel 工作簿。")
        parts = _rels(self._zf, book)
        sheets: list[tuple[str, str]] = []
        self.epoch_1904 = False

        def start(tag, attrs):
            if tag == "sheet":
                rel = parts.get(next((attrs[k] for k in _REL_ID if k in attrs), ""))
                if rel:
                    sheets.append((attrs.get("name") or "", rel[1]))
            elif tag == "workbookPr":
                self.epoch_1904 = (attrs.get("date1904") or "").lower() in ("1", "true")

        _run(_parse(self._zf, book, start, lambda tag: None))
        if not sheets:
            raise XlsxError("unreadable", "工作簿中没有工作表。")
        if sheet is None:
            self.title, self._part = sheets[0]
        else:
            found = [s for s in sheets if s[0] == sheet]
            if not found:
                raise XlsxError("unreadable", f"工作簿中没有名为“{sheet}”的工作表（现有：{'、'.join(s[0] for s in sheets)}）。")
            self.title, self._part = found[0]
        if self._part not in self._zf.NameToInfo:
            raise XlsxError("unreadable", f"XLSX 文件结构异常：缺少工作表“{self.title}”的内容。")
        by_kind = dict(parts.values())
        self._dates = _date_styles(self._zf, by_kind.get("styles"))
        self._strings = _shared_strings(self._zf, by_kind.get("sharedStrings"), self.max_cell_chars)

    def close(self) -> None:
        self._zf.close()

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """(row number as Excel shows it, values from column A) of every row with a non-empty value."""
        try:
            yield from self._rows()
        except XlsxError:
            raise
        except BROKEN as exc:
            raise self._broken(exc) from None
        finally:
            self.close()

    def _rows(self) -> Iterator[tuple[int, list[Any]]]:
        from openpyxl.utils.cell import column_index_from_string

        row_limit = self.max_rows + 10  # title rows above the header; the caller checks the exact count
        done: list[tuple[int, list[Any]]] = []
        cell: dict[str, Any] = {}
        values: dict[int, Any] = {}
        text = _Text(self.max_cell_chars)
        pos = {"row": 0, "col": 0, "in": "", "rPh": 0, "end": False}

        def start(tag, attrs):
            if tag == "c":
                ref = _CELL_REF.match(attrs.get("r") or "")
                pos["col"] = column_index_from_string(ref.group(1).upper()) if ref else pos["col"] + 1
                cell.clear()
                cell.update(type=attrs.get("t") or "n", s=attrs.get("s"))
            elif tag == "row":
                r = attrs.get("r") or ""
                pos["row"] = int(r) if r.isdigit() else pos["row"] + 1
                if pos["row"] > row_limit:
                    raise XlsxError("too_many_rows", f"工作表的行数（含空行）超过上限 {self.max_rows} 行"
                                                     "（配置项 registry.import_max_rows），整个文件未导入。")
                pos["col"] = 0
                values.clear()
            elif tag in ("v", "f") or (tag == "t" and not pos["rPh"]):
                pos["in"] = tag
                if tag == "f":
                    cell["f"] = ""
            elif tag == "rPh":
                pos["rPh"] += 1

        def end(tag):
            if tag == pos["in"]:
                cell[tag] = cell.get(tag, "") + text.take() if tag == "t" else text.take()
                pos["in"] = ""
            elif tag == "rPh":
                pos["rPh"] -= 1
            elif tag == "c":
                value = self._value(cell, pos["row"], pos["col"])
                if value is not None and value != "":
                    if pos["col"] > self.max_columns:
                        raise XlsxError("too_many_columns", f"第 {pos['row']} 行第 {pos['col']} 列有内容，超过列数上限 "
                                                            f"{self.max_columns}（配置项 registry.import_max_columns），"
                                                            "整个文件未导入。")
                    values[pos["col"]] = value
            elif tag == "row" and values:
                done.append((pos["row"], [values.get(i) for i in range(1, max(values) + 1)]))
            elif tag == "sheetData":
                pos["end"] = True

        def chars(data):
            if pos["in"]:
                text.add(data)

        for _ in _parse(self._zf, self._part, start, end, chars):
            yield from done
            done.clear()
            if pos["end"]:
                return

    def _value(self, cell: dict[str, Any], row: int, col: int) -> Any:
        kind, raw = cell["type"], cell.get("v") or None
        if kind == "inlineStr":
            value: Any = cell.get("t")
        elif raw is None:
            value = None
        elif kind == "s":
            try:
                value = self._strings[int(raw)]
            except (ValueError, IndexError):
                raise XlsxError("unreadable", f"XLSX 文件内容损坏：第 {row} 行的单元格引用了不存在的共享字符串“{raw[:20]}”。"
                                ) from None
        elif kind in ("str", "e"):
            value = raw
        elif kind == "b":
            value = raw.strip() in ("1", "true")
        elif kind == "d":
            try:
                value = datetime.fromisoformat(raw.strip())
            except ValueError:
                value = raw
        else:
            value = self._number(raw, cell.get("s"))
        if "f" in cell:
            formula = "=" + (cell["f"] or "（共享公式）")
            self.formulas[(row, col - 1)] = formula
            if value in (None, ""):
                value = formula
        return value

    def _number(self, raw: str, style: str | None) -> Any:
        try:
            number: Any = float(raw)
        except ValueError:
            return raw
        if number.is_integer() and "." not in raw and "e" not in raw.lower():
            number = int(raw)
        if style and style.isdigit() and int(style) in self._dates:
            from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

            try:
                return from_excel(number, MAC_EPOCH if self.epoch_1904 else WINDOWS_EPOCH)
            except (ValueError, OverflowError, TypeError):
                return number
        return number
