"""Registry (备案库) files: read CSV/XLSX and validate every row.

Reading and validation never touch the store; a file with any *error* imports nothing. Problems carry the row
number as Excel shows it (the header is row 1) and the column name as written in the file.

Errors (the file is rejected):

====================  ==========================================================================
unreadable            the file cannot be opened or decoded, is an old ``.xls``, or is malformed
no_header             no header row with known columns
missing_column        a required column (开办单位、平台、账号ID、账号名称) is absent
duplicate_column      two columns mean the same field
too_many_rows         more data rows than ``registry.import_max_rows`` (empty rows count)
too_many_columns      a non-empty cell beyond ``registry.import_max_columns``
too_large             the CSV, or the XLSX's uncompressed content, is larger than ``registry.import_max_mb``
no_rows               the file has a header but no data
missing_value         a required field is empty in a row
unknown_platform      the platform is neither a code nor a known Chinese name
unknown_status        the status is neither a code nor 正常/变更/关停/注销
duplicate_account     the same platform + account ID appears twice (both rows are named)
bad_date              备案日期 is not a date or an impossible one (2026-02-30)
bad_url               主页链接 or a URL in 头像 has a scheme other than http/https
avatar_missing        头像 is a local path that does not exist next to the file
bad_avatar            头像 is an absolute path, leaves the file's folder (``..``, symlink), or is not an image
avatar_rejected       (on import) the 头像 image cannot be decoded, is too large or a decompression bomb
cell_too_long         a cell is longer than ``registry.import_max_cell_chars``
name_too_long         账号名称 is longer than ``registry.import_max_name_chars`` (a real name is a few dozen characters)
scientific_id         账号ID was turned into scientific notation by Excel (1.23457E+09)
====================  ==========================================================================

Warnings (the file is imported; the warning is shown):

====================  ==========================================================================
unknown_column        a column govwatch does not know (ignored)
url_no_scheme         主页链接 without http(s):// (``http://`` is added)
future_date           备案日期 is in the future
formula_cell          an XLSX cell holds a formula: its cached value (or, without one, its text) is used
guessed_encoding      a CSV is neither UTF-8 nor GB18030; charset-normalizer's guess is used
====================  ==========================================================================
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from core.records import (
    PLATFORM_ZH,
    REGISTRY_FIELDS,
    REGISTRY_HEADERS_ZH,
    REGISTRY_REQUIRED,
    account_key,
    platform_code,
    status_code,
)
from core.settings import DEFAULT_TIMEZONE, setting

FIELD_ZH: dict[str, str] = dict(zip(REGISTRY_FIELDS, REGISTRY_HEADERS_ZH))
DEFAULT_MAX_ROWS: int = setting("registry.import_max_rows").default
DEFAULT_MAX_CELL_CHARS: int = setting("registry.import_max_cell_chars").default
DEFAULT_MAX_NAME_CHARS: int = setting("registry.import_max_name_chars").default
DEFAULT_MAX_COLUMNS: int = setting("registry.import_max_columns").default
DEFAULT_MAX_MB: int = setting("registry.import_max_mb").default
HEADER_SCAN_ROWS = 10  # a title row or two above the header is common in Excel templates
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_DELIMITERS = (",", "\t", ";", "|", "，")

# Header aliases seen in real registry sheets, folded (see _fold_header).
_HEADER_ALIASES: dict[str, str] = {
    **{f: f for f in REGISTRY_FIELDS},
    **{zh.lower(): f for f, zh in FIELD_ZH.items()},
    "开设单位": "unit", "主办单位": "unit", "单位名称": "unit", "运营单位": "unit", "账号开办单位": "unit",
    "平台名称": "platform", "所属平台": "platform", "平台类型": "platform", "类型": "platform",
    "账号id": "account_id", "账号": "account_id", "帐号id": "account_id", "帐号": "account_id", "id": "account_id",
    "accountid": "account_id", "微信号": "account_id", "uid": "account_id",
    "账号名称": "name", "帐号名称": "name", "名称": "name", "账号名": "name", "昵称": "name",
    "主页": "url", "链接": "url", "网址": "url", "主页地址": "url", "地址": "url", "homepage": "url",
    "头像文件": "avatar", "头像路径": "avatar", "头像链接": "avatar",
    "账号状态": "status", "运行状态": "status",
    "所属地区": "region", "区域": "region", "行政区划": "region",
    "主管部门": "competent_unit", "主管单位名称": "competent_unit", "competentunit": "competent_unit",
    "联系人及电话": "contact", "联系方式": "contact", "负责人": "contact",
    "备案时间": "filed_at", "备案日期": "filed_at", "filedat": "filed_at", "filed": "filed_at",
}


def _fold_header(text: str) -> str:
    """NFKC, no spaces, no required-markers (*), no trailing note in brackets, lower case."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if ch not in _INVISIBLE)
    text = re.sub(r"\s+", "", text).strip("*").lower()
    text = re.sub(r"[(\[【].*[)\]】]$", "", text).strip("*")
    return text if text in _HEADER_ALIASES else text.replace("_", "").replace("-", "")


def header_field(text: str) -> str | None:
    """The registry field a column header means (``账号 ID*`` → ``account_id``), or None."""
    return _HEADER_ALIASES.get(_fold_header(text))


# ---------------------------------------------------------------------------------------------------------------
# Problems and results


@dataclass(frozen=True)
class Problem:
    level: str  # "error" | "warning"
    kind: str
    message: str  # Chinese, for people
    row: int | None = None  # as Excel shows it: the header is row 1
    column: str | None = None  # the header as written in the file

    def to_dict(self) -> dict:
        return {"level": self.level, "kind": self.kind, "row": self.row, "column": self.column,
                "message": self.message}

    def __str__(self) -> str:
        where = "，".join(p for p in ((f"第 {self.row} 行" if self.row else ""),
                                      (f"“{self.column}”列" if self.column else "")) if p)
        return f"{'错误' if self.level == 'error' else '警告'}：{where + '：' if where else ''}{self.message}"


@dataclass
class RegistryFile:
    """A read and validated registry file. ``entries`` are normalised and only meaningful when ``ok``."""

    path: Path
    format: str = ""  # "csv" | "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field -> header as written
    entries: list[dict] = field(default_factory=list)  # each with "_row"
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    headers: list[str] = field(default_factory=list)  # the header row as written
    formula_cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column index) -> formula

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, kind: str, message: str, row: int | None = None, column: str | None = None) -> None:
        self.problems.append(Problem("error", kind, message, row, column))

    def warn(self, kind: str, message: str, row: int | None = None, column: str | None = None) -> None:
        self.problems.append(Problem("warning", kind, message, row, column))


class RegistryFileError(ValueError):
    """The file cannot be read at all, or goes beyond a size limit (message in Chinese; ``kind`` the problem)."""

    def __init__(self, message: str, kind: str = "unreadable"):
        super().__init__(message)
        self.kind = kind


# ---------------------------------------------------------------------------------------------------------------
# Reading cells from CSV and XLSX

Row = tuple[int, list[Any]]  # (row number as Excel shows it, cell values)


def detect_encoding(data: bytes) -> str:
    """BOM → utf-8-sig / utf-16; valid UTF-8 → utf-8; valid GB18030 → gb18030; else charset-normalizer's guess."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode 文本" export
    for encoding in ("utf-8", "gb18030"):
        try:
            data.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise RegistryFileError("无法识别文件编码；请另存为 UTF-8 或 GBK 编码的 CSV，或 XLSX。")
    return best.encoding


def _pick_delimiter(text: str) -> str:
    """The delimiter under which a header-looking line splits into the most known columns; else Sniffer; else ','."""
    lines = [ln for ln in text[:65536].splitlines()[:HEADER_SCAN_ROWS] if ln.strip()]
    best, best_score = None, 0
    for delim in _DELIMITERS:
        for line in lines:
            try:
                cells = next(csv.reader([line], delimiter=delim))
            except (csv.Error, StopIteration):
                continue
            score = sum(1 for c in cells if header_field(c))
            if score > best_score:
                best, best_score = delim, score
    if best and best_score >= 2:
        return best
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        return ","


def _csv_rows(path: Path, result: RegistryFile, max_bytes: int) -> Iterator[Row]:
    size = path.stat().st_size
    if size > max_bytes:
        raise RegistryFileError(f"文件过大（{size // (1024 * 1024)} MB），超过上限 {max_bytes // (1024 * 1024)} MB"
                                "（配置项 registry.import_max_mb）。", "too_large")
    data = path.read_bytes()
    result.encoding = detect_encoding(data)
    if result.encoding not in ("utf-8", "utf-8-sig", "utf-16", "gb18030"):
        result.warn("guessed_encoding", f"文件既不是 UTF-8 也不是 GBK，按猜测的编码 {result.encoding} 读取；"
                    "若内容是乱码，请另存为 UTF-8 编码的 CSV")
    try:
        text = data.decode(result.encoding)
    except (UnicodeDecodeError, LookupError):
        raise RegistryFileError(f"文件无法按 {result.encoding} 解码；请另存为 UTF-8 编码的 CSV。") from None
    text = text.lstrip("\ufeff")
    result.delimiter = _pick_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=result.delimiter)
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            why = (f"有超长的单元格（超过 {csv.field_size_limit()} 字符）" if "field limit" in str(exc)
                   else f"格式错误（{exc}）")
            raise RegistryFileError(f"CSV 第 {number + 1} 行{why}，无法读取") from None
        number += 1
        yield number, cells


def _xlsx_rows(path: Path, result: RegistryFile, sheet: str | None, *, max_rows: int, max_columns: int,
               max_bytes: int, max_cell_chars: int) -> Iterator[Row]:
    """Non-empty rows of the sheet with Excel's row numbers, read with bounded memory (``registry.xlsx``).
    Formula cells: cached value, else the formula text (recorded in ``result.formula_cells``)."""
    from registry.xlsx import XlsxError, XlsxSheet

    try:
        book = XlsxSheet(path, sheet=sheet, max_rows=max_rows, max_columns=max_columns, max_bytes=max_bytes,
                         max_cell_chars=max_cell_chars)
        result.sheet = book.title
        result.formula_cells = book.formulas
        yield from book.rows()
    except XlsxError as exc:
        raise RegistryFileError(str(exc), exc.kind) from None


CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cell_text(value: Any) -> str:
    """A cell as text, never evaluated: numbers without a spurious ``.0``, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    text = "".join(ch for ch in text if ch not in _INVISIBLE)
    # C0 control characters (other than tab/newline) are never meaningful in a registry and XLSX cannot hold them
    text = CONTROL_CHARS_RE.sub("", text)
    return text.strip()


# ---------------------------------------------------------------------------------------------------------------
# Value normalisation

_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                      r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT_DATE_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SCIENTIFIC_RE = re.compile(r"^\d(?:\.\d+)?[eE]\+\d+$")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: Any) -> tuple[str | None, str | None]:
    """(ISO date, None) or (None, why) — accepts 2026-01-05, 2026/1/5, 2026年1月5日, 20260105, Excel dates."""
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel serial date in a cell without a date format
            return (_EXCEL_EPOCH + timedelta(days=int(value))).isoformat(), None
        text = _cell_text(value)
    else:
        text = unicodedata.normalize("NFKC", _cell_text(value))
    match = _DATE_RE.match(text) or _COMPACT_DATE_RE.match(text)
    if not match:
        return None, f"无法识别的日期“{text}”（应如 2026-01-05、2026/1/5 或 2026年1月5日）"
    y, m, d = (int(g) for g in match.groups())
    try:
        return date(y, m, d).isoformat(), None
    except ValueError:
        return None, f"日期不存在：“{text}”"


def _url_scheme(text: str) -> str:
    try:
        return urlsplit(text).scheme.lower()
    except ValueError:
        return "?"


def looks_like_url(text: str) -> bool:
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text)) and not re.match(r"^[A-Za-z]:[\\/]", text)


def _looks_like_host(text: str) -> bool:
    return bool(re.match(r"^(www\.|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)([/:?#]|$)", text))


# ---------------------------------------------------------------------------------------------------------------
# Reading + validation


def limits(cfg) -> dict[str, int]:
    """The ``read_registry`` limits from a configuration (``registry.import_*``)."""
    return {"max_rows": cfg["registry.import_max_rows"], "max_cell_chars": cfg["registry.import_max_cell_chars"],
            "max_name_chars": cfg["registry.import_max_name_chars"],
            "max_mb": cfg["registry.import_max_mb"], "max_columns": cfg["registry.import_max_columns"]}


def read_registry(path: str | os.PathLike, *, sheet: str | None = None, max_rows: int = DEFAULT_MAX_ROWS,
                  max_cell_chars: int = DEFAULT_MAX_CELL_CHARS, max_mb: int = DEFAULT_MAX_MB,
                  max_columns: int = DEFAULT_MAX_COLUMNS, today: date | None = None,
                  progress: Callable[[int], None] | None = None,
                  max_name_chars: int = DEFAULT_MAX_NAME_CHARS) -> RegistryFile:
    """Read and validate a registry file; never raises for bad content (problems are collected).

    Limits (settings ``registry.import_*``): ``max_mb`` the CSV file's size or the XLSX's uncompressed content,
    ``max_rows`` data rows *counting empty ones* (as Excel numbers them), ``max_columns``, ``max_cell_chars``,
    ``max_name_chars`` (the 账号名称 column)."""
    path = Path(path)
    max_bytes = max_mb * 1024 * 1024
    result = RegistryFile(path=path)
    try:
        with open(path, "rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        result.error("unreadable", f"无法打开文件：{exc.strerror or exc}")
        return result
    try:
        if magic.startswith(b"PK\x03\x04"):
            result.format = "xlsx"
            rows: Iterable[Row] = _xlsx_rows(path, result, sheet, max_rows=max_rows, max_columns=max_columns,
                                             max_bytes=max_bytes, max_cell_chars=max_cell_chars)
        elif magic.startswith(b"\xd0\xcf\x11\xe0"):
            raise RegistryFileError("不支持旧版 Excel（.xls）文件；请在 Excel 中另存为 .xlsx 或 CSV。")
        else:
            if sheet is not None:
                raise RegistryFileError("--sheet 只适用于 XLSX 文件。")
            result.format = "csv"
            rows = _csv_rows(path, result, max_bytes)
        _validate(result, iter(rows), max_rows=max_rows, max_cell_chars=max_cell_chars, max_columns=max_columns,
                  today=today or datetime.now(ZoneInfo(DEFAULT_TIMEZONE)).date(), progress=progress,
                  max_name_chars=max_name_chars)
    except RegistryFileError as exc:
        result.error(exc.kind, str(exc))
    for (number, col), text in sorted(result.formula_cells.items()):
        header = result.headers[col] if col < len(result.headers) else None
        result.warn("formula_cell", f"单元格是公式“{text[:60]}”，按其计算结果（或原文）作为文本导入",
                    number, header or None)
    order = {text: idx for idx, text in reversed(list(enumerate(result.headers)))}
    result.problems.sort(key=lambda p: (p.row or 0, order.get(p.column, -1), p.level != "error"))
    return result


def _find_header(buffered: list[Row]) -> tuple[int, list[str]] | None:
    best = None
    for number, cells in buffered:
        texts = [_cell_text(c) for c in cells]
        score = sum(1 for t in texts if header_field(t))
        if score >= 2 and (best is None or score > best[2]):
            best = (number, texts, score)
    if best is None:
        for number, cells in buffered:
            texts = [_cell_text(c) for c in cells]
            if any(texts):
                return number, texts
        return None
    return best[0], best[1]


def _validate(result: RegistryFile, rows: Iterator[Row], *, max_rows: int, max_cell_chars: int, max_columns: int,
              today: date,
              progress: Callable[[int], None] | None, max_name_chars: int = DEFAULT_MAX_NAME_CHARS) -> None:
    buffered: list[Row] = []
    for row in rows:
        buffered.append(row)
        if len(buffered) >= HEADER_SCAN_ROWS:
            break
    found = _find_header(buffered)
    if found is None:
        result.error("no_header", "文件是空的：没有表头行")
        return
    header_row, headers = found
    result.header_row = header_row
    headers = headers[:max_columns]
    result.headers = headers
    col_of: dict[str, int] = {}
    for col, text in enumerate(headers):
        if not text:
            continue
        name = header_field(text)
        if name is None:
            result.warn("unknown_column", f"未知的列“{text}”，已忽略", header_row, text)
        elif name in col_of:
            result.error("duplicate_column", f"列“{text}”与“{headers[col_of[name]]}”含义相同（{FIELD_ZH[name]}）",
                         header_row, text)
        else:
            col_of[name] = col
    result.columns = {name: headers[col] for name, col in col_of.items()}
    missing = [f for f in REGISTRY_REQUIRED if f not in col_of]
    for name in missing:
        result.error("missing_column", f"缺少必填列“{FIELD_ZH[name]}”（或英文 {name}）", header_row, FIELD_ZH[name])
    if sum(1 for f in REGISTRY_REQUIRED if f in col_of) < 2:
        # Probably not a registry at all: one message is more useful than an error per row.
        result.error("no_header", "找不到备案表头：第一行应为 开办单位、平台、账号ID、账号名称 等列名")
        return

    def data_rows() -> Iterator[Row]:
        for number, cells in buffered:
            if number > header_row:
                yield number, cells
        yield from rows

    seen: dict[str, int] = {}
    base_dir = result.path.parent
    data_count = 0
    for number, cells in data_rows():
        if number - header_row > max_rows:  # empty rows count: a sheet of millions of blank rows is refused
            result.error("too_many_rows", f"数据行（含空行）超过上限 {max_rows} 行（配置项 registry.import_max_rows），"
                                          "整个文件未导入")
            break
        if any(c not in (None, "") for c in cells[max_columns:]):
            result.error("too_many_columns", f"第 {max_columns + 1} 列之后还有内容，超过列数上限 {max_columns}"
                                             "（配置项 registry.import_max_columns），整个文件未导入", number)
            break
        texts = [_cell_text(c) for c in cells[:max_columns]]
        if not any(texts):
            continue
        data_count += 1
        if progress and data_count % 1000 == 0:
            progress(data_count)
        errors_before = len(result.errors)
        entry = _validate_row(result, number, cells, texts, col_of, headers, max_cell_chars, today, base_dir,
                              max_name_chars)
        valid = len(result.errors) == errors_before
        if not (entry.get("platform") and entry.get("account_id")):
            continue
        key = account_key(entry["platform"], entry["account_id"])
        if key in seen:  # also between rows that have other errors: every problem is reported at once
            result.error("duplicate_account",
                         f"平台 {PLATFORM_ZH.get(entry['platform'], entry['platform'])} 的账号ID“{entry['account_id']}”"
                         f"重复：第 {seen[key]} 行与第 {number} 行", number, headers[col_of["account_id"]])
            continue
        seen[key] = number
        if valid:
            result.entries.append(entry)
    result.rows_read = data_count
    if progress:
        progress(data_count)
    if data_count == 0 and not result.errors:
        result.error("no_rows", "文件只有表头，没有数据行")


def _validate_row(result: RegistryFile, number: int, cells: Sequence[Any], texts: list[str], col_of: Mapping[str, int],
                  headers: list[str], max_cell_chars: int, today: date, base_dir: Path,
                  max_name_chars: int = DEFAULT_MAX_NAME_CHARS) -> dict:
    """The normalised entry of one row; problems are added to ``result``."""
    raw: dict[str, Any] = {}
    values: dict[str, str] = {}
    for name, col in col_of.items():
        raw[name] = cells[col] if col < len(cells) else None
        values[name] = texts[col] if col < len(texts) else ""
        if len(values[name]) > max_cell_chars:
            result.error("cell_too_long", f"内容过长：超过上限 {max_cell_chars} 字（配置项 registry.import_max_cell_chars）",
                         number, headers[col])
            values[name] = ""
        elif name == "name" and len(values[name]) > max_name_chars:
            # (a real account name is a few dozen characters; a runaway cell is a mistake or a hostile file)
            result.error("name_too_long", f"账号名称过长：{len(values[name])} 字，超过上限 {max_name_chars} 字"
                         "（配置项 registry.import_max_name_chars）", number, headers[col])
            # (the name is kept, not blanked as an over-long cell is: it is not also a missing required value)

    def column(name: str) -> str:
        return headers[col_of[name]] if name in col_of else FIELD_ZH[name]

    for name in REGISTRY_REQUIRED:
        if name in col_of and not values[name]:
            result.error("missing_value", f"必填项“{FIELD_ZH[name]}”为空", number, column(name))

    entry: dict[str, Any] = {"_row": number}
    for name in col_of:
        entry[name] = values[name] or None

    if values.get("platform"):
        code = platform_code(values["platform"])
        if code is None:
            result.error("unknown_platform", f"未知的平台“{values['platform']}”（可用："
                         f"{'、'.join(PLATFORM_ZH.values())} 或代码 weibo、wechat…）", number, column("platform"))
        entry["platform"] = code
    if "status" in col_of:
        if values["status"]:
            code = status_code(values["status"])
            if code is None:
                result.error("unknown_status", f"未知的状态“{values['status']}”（可用：正常、变更、关停、注销 或 "
                             "active、changed、closed、cancelled）", number, column("status"))
            entry["status"] = code
        else:
            entry["status"] = "active"
    if values.get("account_id"):
        account_id = unicodedata.normalize("NFKC", values["account_id"]).strip()
        if _SCIENTIFIC_RE.match(account_id) and isinstance(raw.get("account_id"), str):
            result.error("scientific_id", f"账号ID“{account_id}”被 Excel 转成了科学计数法；请把该列设为“文本”后"
                         "重新填写并导出", number, column("account_id"))
        entry["account_id"] = account_id
    if values.get("filed_at"):
        typed = raw["filed_at"]  # an XLSX date or number cell keeps its type; text is parsed
        parsed, why = parse_date(values["filed_at"] if isinstance(typed, str) else typed)
        if why:
            result.error("bad_date", why, number, column("filed_at"))
        elif parsed and parsed > today.isoformat():
            result.warn("future_date", f"备案日期 {parsed} 晚于今天", number, column("filed_at"))
        entry["filed_at"] = parsed
    if values.get("url"):
        url = values["url"]
        if looks_like_url(url):
            if _url_scheme(url) not in ("http", "https"):
                result.error("bad_url", f"主页链接只能是 http:// 或 https:// 开头，而不是“{url[:80]}”", number,
                             column("url"))
        elif _looks_like_host(url):
            result.warn("url_no_scheme", f"主页链接“{url[:80]}”缺少 http(s)://，已按 http:// 处理", number,
                        column("url"))
            entry["url"] = "http://" + url
        else:
            result.error("bad_url", f"主页链接不是网址：“{url[:80]}”", number, column("url"))
    if values.get("avatar"):
        avatar = values["avatar"]
        if looks_like_url(avatar):
            if _url_scheme(avatar) not in ("http", "https"):
                result.error("bad_url", f"头像应为文件路径或 http(s) 网址，而不是“{avatar[:80]}”", number,
                             column("avatar"))
        else:
            local, why = avatar_source(avatar, base_dir)
            if local is not None:
                entry["avatar"] = str(local)
            elif why == MISSING and AVATAR_STORE_RE.fullmatch(avatar):
                entry["_avatar_store"] = True  # an export's reference into the avatar store: checked on import
            else:
                result.error("bad_avatar" if why != MISSING else "avatar_missing", f"头像“{avatar[:120]}”{why}",
                             number, column("avatar"))
    return entry


MISSING = "不存在（路径相对于备案文件所在目录）"
AVATAR_STORE_RE = re.compile(r"avatars/[0-9a-f]{64}\.(?:png|jpg|gif|webp|bmp)")


def avatar_source(text: str, base_dir: Path) -> tuple[Path | None, str]:
    """The image file a 头像 path names, or (None, why in Chinese).

    The rule: a path *relative to the registry file's folder* (``/`` or ``\\`` as separators) that stays inside
    that folder after following symlinks, names an existing regular file, and whose first bytes are a PNG, JPEG,
    GIF, WebP or BMP image. Absolute paths, ``..`` out of the folder, symlinks leading out of it, folders, missing
    files and files that are not images (``web-secret.key``, ``govwatch.db``) are refused. The import then copies
    the image into the content-addressed avatar store (``registry.importer.attach_avatars``); only that copy is
    ever served or packed, and the stored entry's 头像 becomes its name ``avatars/<sha256>.<ext>``. Such a name in
    a file (an export re-imported) that is not next to the file refers to the avatar store: the import accepts it
    only when the store holds that verified image."""
    from core.avatars import sniff_image

    rel = text.replace("\\", "/")
    if "\x00" in rel or Path(rel).is_absolute() or re.match(r"^[A-Za-z]:", rel) or rel.startswith("~"):
        return None, "不能是绝对路径：头像文件须放在备案文件所在目录（或其子目录）中，并写相对路径"
    root = base_dir.resolve()
    try:
        local = (root / rel).resolve(strict=True)
    except FileNotFoundError:
        return None, MISSING
    except (OSError, RuntimeError):
        return None, "无法访问"
    if not local.is_relative_to(root):
        return None, "指向备案文件所在目录之外（“..”或符号链接），已拒绝"
    try:
        if not local.is_file():
            return None, "不是文件"
        with open(local, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return None, f"无法读取（{exc.strerror or exc}）"
    if sniff_image(head) is None:
        return None, "不是图片文件（应为 PNG、JPEG、GIF、WebP 或 BMP）"
    return local, ""


def load_registry(path: str | os.PathLike, **options: Any) -> list[dict]:
    """The entries of a registry file as full documents (every field, ``_id``, status defaulting to active), for
    offline use (``govwatch detect --registry FILE``). Raises RegistryFileError listing the problems on any error."""
    parsed = read_registry(path, **options)
    if not parsed.ok:
        shown = "；".join(str(p) for p in parsed.errors[:10])
        more = f"；……共 {len(parsed.errors)} 个错误" if len(parsed.errors) > 10 else ""
        raise RegistryFileError(f"备案文件 {Path(path).name} 有错误：{shown}{more}")
    docs = []
    for entry in parsed.entries:
        doc = {name: entry.get(name) for name in REGISTRY_FIELDS}
        doc["status"] = doc["status"] or "active"
        doc["_id"] = account_key(doc["platform"], doc["account_id"])
        docs.append(doc)
    return docs
