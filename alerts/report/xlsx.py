"""XLSX export of an inspection report (openpyxl): one sheet per section, formula-injection safe.

The workbook is the inspectors' working file: it always carries the evidence links into the review UI, and the
sample sheet has the columns for the manual re-check (人工复核结论 with a drop-down, note, who, when)."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from alerts.report.charts import bar_chart
from alerts.report.html import verdict_series
from alerts.report.inspection import UNDETERMINED_ZH, InspectionReport, kind_zh, report_kinds, status_zh
from alerts.report.safe_cells import write_row
from core.records import PLATFORM_ZH

HEADER_FILL = PatternFill("solid", fgColor="DDE6F3")
RECHECK_CHOICES = ("合格", "不合格", "无法判定")
RECHECK_HEADER = ["人工复核结论", "复核说明", "复核人", "复核日期"]


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


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _reasons(counts: dict) -> str:
    return "；".join(f"{UNDETERMINED_ZH[code]} {n}" for code, n in counts.items())


def write_xlsx(report: InspectionReport, path: str | Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "概况"
    totals = report.totals()
    rows = [
        ["检查期间", report.period.label], ["地区范围", report.region or "全部"], ["规则（省份档案）", report.province_zh],
        ["生成时间", report.generated_at.isoformat(timespec="seconds")],
        ["检查时点", report.as_of.isoformat(timespec="seconds")],
        ["备案账号数（全覆盖）", totals["accounts"]], ["应检查账号", totals["inspected"]],
        ["合格", totals["passed"]], ["不合格", totals["failed"]], ["无法判定", totals["undetermined"]],
        ["无法判定的原因", _reasons(totals["undetermined_reasons"])],
        ["合格率（合格 ÷ 应检查账号，无法判定计入分母）", _rate(totals["pass_rate"])],
        ["已关停/注销", totals["closed"]], ["已报关停但仍在运行（关停未完成，判为不合格）", totals["closure_unfinished"]],
        ["合格线（本地设定）", f"{report.rules.pass_score} 分"],
        ["抽查比例（每个地市）", f"{report.sample_share:.0%}"], ["抽查账号数", totals["sampled"]],
        ["抽样随机种子（可复现）", report.seed],
        ["发现仿冒账号", totals["impostors"]], ["发现未备案账号", totals["unregistered"]],
    ] + [[f"问题：{kind_zh(k)}", totals["kinds"].get(k, 0)] for k in report_kinds()]
    rows += [["说明", note] for note in report.notes + report.sampling.warnings]
    for row in rows:
        write_row(ws, row)
    _fit(ws)

    header = ["地区", "抽查分层（地市）", "开办单位", "平台", "账号ID", "账号名称", "备案状态", "是否抽查", "结论", "得分",
              "单项否决", "扣分项", "不计分的问题", "无法判定原因", "其他说明", "仿冒账号数", "问题详情", "证据链接"]
    for title, results, recheck in (("逐账号结果", report.results, False), ("抽查样本", report.sample, True)):
        s = _sheet(wb, title, header + (RECHECK_HEADER if recheck else []))
        for r in results:
            e = r.entry
            scored = r.verdict in ("合格", "不合格")
            write_row(s, [e.get("region") or "", r.stratum, e.get("unit") or "",
                          PLATFORM_ZH.get(e["platform"], e["platform"]), e["account_id"], e.get("name") or "",
                          status_zh(e.get("status")), "是" if r.sampled else "", r.verdict, r.score if scored else "",
                          "；".join(h.label for h in r.hits if h.role == "veto"),
                          "；".join(h.label for h in r.hits if h.role == "deduction"),
                          "；".join(h.label for h in r.hits if h.role == "listed"), r.undetermined_text,
                          "；".join(r.notes), len(r.impostors),
                          "；".join("；".join(f.get("reasons") or []) for f in r.findings),
                          "\n".join(report.link(f) for f in r.findings + r.impostors)]
                      + ([r.recheck, "", "", ""] if recheck else []))
        _fit(s)
        if recheck:
            column = get_column_letter(len(header) + 1)
            validation = DataValidation(type="list", formula1='"' + ",".join(RECHECK_CHOICES) + '"', allow_blank=True,
                                        showErrorMessage=True, errorTitle="人工复核结论",
                                        error="请选择：" + "、".join(RECHECK_CHOICES))
            s.add_data_validation(validation)
            validation.add(f"{column}2:{column}{max(2, len(results) + 1)}")

    s = _sheet(wb, "抽查分层", ["地市", "类别", "账号数", "应抽", "实抽", "是否全部抽查", "差额"])
    for st in report.sampling.strata:
        write_row(s, [st.city, st.group_zh, st.population, st.target, st.drawn, "是" if st.full else "", st.short])
    for warning in report.sampling.warnings:
        write_row(s, ["说明", warning])
    _fit(s)

    for title, by in (("分地区统计", "region"), ("分单位统计", "unit"), ("分平台统计", "platform")):
        stats = report.stats(by)
        s = _sheet(wb, title, ["名称", "账号数", "应检查", "合格", "不合格", "无法判定", "无法判定原因", "合格率",
                               "已关停/注销", "单项否决", "问题数", "仿冒账号"] + [kind_zh(k) for k in report_kinds()])
        for row in stats:
            write_row(s, [row["name"], row["accounts"], row["inspected"], row["passed"], row["failed"],
                          row["undetermined"], _reasons(row["undetermined_reasons"]), _rate(row["pass_rate"]),
                          row["closed"], row["vetoes"], row["problems"], row["impostors"]]
                      + [row[f"kind_{k}"] for k in report_kinds()])
        _fit(s)
        if stats and by != "unit":
            png = bar_chart(f"{title}：合格、不合格与无法判定", [r["name"] for r in stats], verdict_series(stats))
            s.add_image(XLImage(io.BytesIO(png)), f"A{len(stats) + 4}")

    s = _sheet(wb, "无法判定", ["地区", "开办单位", "平台", "账号ID", "账号名称", "原因"])
    for r in report.results:
        if r.verdict == "无法判定":
            e = r.entry
            write_row(s, [e.get("region") or "", e.get("unit") or "", PLATFORM_ZH.get(e["platform"], e["platform"]),
                          e["account_id"], e.get("name") or "", r.undetermined_text])
    _fit(s)

    s = _sheet(wb, "整改清单", ["地区", "开办单位", "平台", "账号ID", "账号名称", "问题", "详情", "期限", "截止日期",
                              "截止日期为估算", "已逾期", "告警状态", "证据链接"])
    for row in report.rectification:
        write_row(s, [row.region, row.unit, PLATFORM_ZH.get(row.platform, row.platform), row.account_id, row.name,
                      row.problem, row.detail, row.limit, row.deadline.day.isoformat(),
                      row.deadline.note or "", "是" if row.overdue else "", row.alert_state or "", row.link])
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

    s = _sheet(wb, "评分规则", ["指标编号", "指标", "计分", "依据", "检查方式"])
    for row in report.indicator_rows():
        write_row(s, [row["id"], row["name"], row["rule"], row["source"], row["detected_by"]])
    write_row(s, ["pass_score", "合格线", f"{report.rules.pass_score} 分", "本地设定（report.pass_score）", ""])
    _fit(s)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
