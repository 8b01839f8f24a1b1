"""XLSX export of an inspection report (openpyxl): one sheet per section, formula-injection safe."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from alerts.report.charts import bar_chart
from alerts.report.inspection import INDICATORS, InspectionReport, kind_zh, status_zh
from alerts.report.safe_cells import write_row
from core.records import PLATFORM_ZH

HEADER_FILL = PatternFill("solid", fgColor="DDE6F3")


def _sheet(wb, title: str, header: list[str]):
    ws = wb.create_sheet(title)
    write_row(ws, header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    ws.freeze_panes = "A2"
    return ws


def _fit(ws) -> None:
    for i, column in enumerate(ws.columns, start=1):
        longest = max((len(str(c.value)) for c in column if c.value is not None), default=4)
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest * 1.6))


def write_xlsx(report: InspectionReport, path: str | Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "概况"
    totals = report.totals()
    rows = [
        ["检查期间", report.period.label], ["地区范围", report.region or "全部"],
        ["生成时间", report.generated_at.isoformat(timespec="seconds")],
        ["备案账号数（全覆盖）", totals["accounts"]], ["其中正常运行", totals["live"]],
        ["合格", totals["passed"]], ["不合格", totals["failed"]],
        ["抽查比例", f"{report.sample_share:.0%}"], ["抽查账号数", totals["sampled"]],
        ["抽样随机种子（可复现）", report.seed],
        ["发现仿冒账号", totals["impostors"]], ["发现未备案账号", totals["unregistered"]],
    ] + [[f"问题：{kind_zh(k)}", totals["kinds"].get(k, 0)] for k in INDICATORS]
    for row in rows:
        write_row(ws, row)
    _fit(ws)

    header = ["地区", "开办单位", "平台", "账号ID", "账号名称", "备案状态", "是否抽查", "结论", "得分", "单项否决",
              "扣分项", "其他说明", "仿冒账号数", "问题详情", "证据链接"]
    for title, results in (("逐账号结果", report.results), ("抽查样本", report.sample)):
        s = _sheet(wb, title, header)
        for r in results:
            e = r.entry
            write_row(s, [e.get("region") or "", e.get("unit") or "", PLATFORM_ZH.get(e["platform"], e["platform"]),
                          e["account_id"], e.get("name") or "", status_zh(e.get("status")), "是" if r.sampled else "",
                          r.verdict, r.score, "；".join(r.vetoes),
                          "；".join(f"{name}（-{pts}）" for name, pts in r.deductions), "；".join(r.notes),
                          len(r.impostors), "；".join("；".join(f.get("reasons") or []) for f in r.findings),
                          "\n".join(report.link(f) for f in r.findings + r.impostors)])
        _fit(s)

    for title, by in (("分地区统计", "region"), ("分单位统计", "unit"), ("分平台统计", "platform")):
        stats = report.stats(by)
        s = _sheet(wb, title, ["名称", "账号数", "合格", "不合格", "单项否决", "问题数", "仿冒账号"]
                   + [kind_zh(k) for k in INDICATORS])
        for row in stats:
            write_row(s, [row["name"], row["accounts"], row["passed"], row["failed"], row["vetoes"], row["problems"],
                          row["impostors"]] + [row[f"kind_{k}"] for k in INDICATORS])
        _fit(s)
        if stats and by != "unit":
            png = bar_chart(f"{title}：合格与不合格", [r["name"] for r in stats],
                            {"合格": [r["passed"] for r in stats], "不合格": [r["failed"] for r in stats]})
            img = XLImage(io.BytesIO(png))
            s.add_image(img, f"A{len(stats) + 4}")

    s = _sheet(wb, "整改清单", ["地区", "开办单位", "平台", "账号ID", "账号名称", "问题", "详情",
                              f"整改期限（{report.rectify_workdays} 个工作日）", "证据链接"])
    for row in report.rectification:
        write_row(s, [row["region"], row["unit"], PLATFORM_ZH.get(row["platform"], row["platform"]), row["account_id"],
                      row["name"], row["problem"], row["detail"], row["deadline"], row["link"]])
    _fit(s)

    s = _sheet(wb, "仿冒账号", ["被仿冒账号", "平台", "仿冒账号ID", "仿冒账号名称", "得分", "理由", "证据链接"])
    for r in report.results:
        for f in r.impostors:
            write_row(s, [r.entry.get("name") or "", PLATFORM_ZH.get(f.get("platform"), f.get("platform")),
                          f.get("account_id"), (f.get("evidence") or {}).get("name") or f.get("name") or "",
                          f.get("score"), "；".join(f.get("reasons") or []), report.link(f)])
    _fit(s)

    s = _sheet(wb, "未备案账号", ["平台", "账号ID", "账号名称", "认证单位", "理由", "证据链接"])
    for f in report.unregistered:
        write_row(s, [PLATFORM_ZH.get(f.get("platform"), f.get("platform")), f.get("account_id"),
                      (f.get("evidence") or {}).get("name") or f.get("name") or "", f.get("unit") or "",
                      "；".join(f.get("reasons") or []), report.link(f)])
    _fit(s)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
