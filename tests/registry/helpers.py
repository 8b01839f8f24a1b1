"""Registry files for tests, built in code: CSV bytes in any encoding, XLSX through openpyxl."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from core.records import REGISTRY_FIELDS, REGISTRY_HEADERS_ZH

HEADERS_ZH = list(REGISTRY_HEADERS_ZH)
HEADERS_EN = list(REGISTRY_FIELDS)

# Four entries as an office would type them: Chinese platform/status names and three date styles.
ROWS_ZH = [
    ["济南市公安局", "新浪微博", "1234567890", "济南公安", "https://weibo.com/u/1234567890", "", "正常", "山东省济南市",
     "山东省公安厅", "张三 0531-12345678", "2026-01-05"],
    ["济南市公安局", "微信公众号", "jngaj", "济南公安", "", "", "变更", "山东省济南市", "", "", "2026/1/5"],
    ["济南市教育局", "抖音", "dy_jnedu", "济南教育", "https://www.douyin.com/user/jnedu", "", "关停", "山东省济南市", "",
     "", "2026年1月5日"],
    ["山东省人民政府办公厅", "网站", "www.shandong.gov.cn", "山东省人民政府门户网站", "http://www.shandong.gov.cn", "",
     "", "山东省", "", "", ""],
]
# The same entries with codes, for English-header files.
ROWS_EN = [
    ["济南市公安局", "weibo", "1234567890", "济南公安", "https://weibo.com/u/1234567890", "", "active", "山东省济南市",
     "山东省公安厅", "张三 0531-12345678", "2026-01-05"],
    ["济南市公安局", "wechat", "jngaj", "济南公安", "", "", "changed", "山东省济南市", "", "", "2026-01-05"],
    ["济南市教育局", "douyin", "dy_jnedu", "济南教育", "https://www.douyin.com/user/jnedu", "", "closed", "山东省济南市",
     "", "", "2026-01-05"],
    ["山东省人民政府办公厅", "website", "www.shandong.gov.cn", "山东省人民政府门户网站", "http://www.shandong.gov.cn",
     "", "active", "山东省", "", "", ""],
]
# What either file normalises to: (platform, account_id) -> (status, filed_at).
EXPECTED = {
    ("weibo", "1234567890"): ("active", "2026-01-05"),
    ("wechat", "jngaj"): ("changed", "2026-01-05"),
    ("douyin", "dy_jnedu"): ("closed", "2026-01-05"),
    ("website", "www.shandong.gov.cn"): ("active", None),
}


def csv_text(headers, rows, delimiter=",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buf.getvalue()


def write_csv(path: Path, headers=HEADERS_ZH, rows=ROWS_ZH, *, encoding="utf-8", delimiter=",") -> Path:
    path.write_bytes(csv_text(headers, rows, delimiter).encode(encoding))
    return path


def write_xlsx(path: Path, headers=HEADERS_ZH, rows=ROWS_ZH, *, title_rows=(), sheet="备案", extra_sheet=None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    if extra_sheet:
        wb.active.title = extra_sheet
        wb.active.append(["这不是备案表"])
        ws = wb.create_sheet(sheet)
    else:
        ws = wb.active
        ws.title = sheet
    for title in title_rows:
        ws.append(list(title))
    ws.append(list(headers))
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    wb.save(path)
    return path


def by_key(entries) -> dict:
    return {(e["platform"], e["account_id"]): e for e in entries}


def problems_at(result, kind=None) -> set:
    """{(level, kind, row, column)} — what the tests assert on."""
    return {(p.level, p.kind, p.row, p.column) for p in result.problems if kind is None or p.kind == kind}
