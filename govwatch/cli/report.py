"""govwatch report — inspection reports (检查报告) in XLSX and self-contained HTML."""

from __future__ import annotations

import json

from govwatch.cli.main import CliError


def register(sub) -> None:
    p = sub.add_parser("report", help="生成检查报告", description="生成检查报告（全覆盖检查 + 可复现的随机抽查）。")
    kinds = p.add_subparsers(dest="report_kind", metavar="报告")
    kinds.required = True
    insp = kinds.add_parser(
        "inspection", help="季度检查报告（XLSX / HTML）",
        description="按检查期间汇总备案账号的检查结果：单项否决、扣分项（每个指标有上限）、无法判定的账号及原因、"
                    "仿冒与未备案账号、分地区/单位/平台统计、按地市分层的抽查、整改清单。规则见 docs/SCORING.md，"
                    "省份规则由配置项 report.province 选择。")
    insp.add_argument("--period", required=True, help="检查期间：2026Q4、2026-11、2026 或 2026-10-01..2026-12-31")
    insp.add_argument("--region", help="只检查该地区（前缀匹配，如 “山东省济南市”）")
    insp.add_argument("--sample", type=float, help="每个地市的抽查比例（0..1），默认取配置 report.sample_share")
    insp.add_argument("--seed", type=int, help="抽样随机种子；给定相同种子可复现同一抽样")
    insp.add_argument("--out", required=True, help="输出文件：.xlsx、.html 或 .pdf（--both 另外输出同名的其他格式）")
    insp.add_argument("--both", action="store_true", help="同时输出 XLSX 和 HTML（输出 .pdf 时也一并输出）")
    insp.add_argument("--json", action="store_true", help="以 JSON 输出摘要")
    insp.add_argument("--links", action="store_true",
                      help="在 HTML / PDF 中带上指向审核界面（内部）的证据链接；默认不带，便于对外发布")
    insp.set_defaults(handler=_inspection)


def _inspection(args, cfg) -> int:
    from pathlib import Path

    from alerts.report.html import write_html
    from alerts.report.inspection import PeriodError, build_report, parse_period
    from alerts.report.pdf import PdfUnavailable, write_pdf
    from alerts.report.xlsx import write_xlsx
    from core.files import atomic_outputs, check_output
    from search_index import open_store

    try:
        period = parse_period(args.period, cfg["general.timezone"])
    except PeriodError as exc:
        raise CliError(str(exc)) from None
    if args.sample is not None and not 0 <= args.sample <= 1:
        raise CliError(f"抽查比例应在 0 到 1 之间：{args.sample}")
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".html", ".htm", ".pdf"):
        raise CliError(f"输出文件应以 .xlsx、.html 或 .pdf 结尾：{out}")
    writers = []  # (target, write(report, path)); all checked before the report is built, renamed in together
    if suffix == ".xlsx" or args.both:
        writers.append((out.with_suffix(".xlsx"), write_xlsx))
    if suffix in (".html", ".htm") or args.both:
        writers.append((out if suffix in (".html", ".htm") else out.with_suffix(".html"), write_html))
    if suffix == ".pdf":
        writers.append((out, lambda report, path: write_pdf(report, path, cfg)))
    targets = [check_output(target, "报告文件") for target, _ in writers]
    with open_store(cfg) as store:
        report = build_report(store, cfg, period, region=args.region, sample_share=args.sample, seed=args.seed,
                              include_links=True if args.links else None)
    with atomic_outputs(targets, "报告文件") as temps:
        for (_, write), tmp in zip(writers, temps):
            try:
                write(report, tmp)
            except PdfUnavailable as exc:
                raise CliError(str(exc)) from None
    written = targets
    totals = report.totals()
    if args.json:
        print(json.dumps({"period": report.period.label, "seed": report.seed, "province": report.province,
                          "files": [str(p) for p in written], "warnings": report.notes + report.sampling.warnings,
                          **totals}, ensure_ascii=False))
    else:
        rate = "—" if totals["pass_rate"] is None else f"{totals['pass_rate']:.1%}"
        print(f"检查期间：{report.period.label}（{report.province_zh}规则）；备案账号 {totals['accounts']} 个，"
              f"应检查 {totals['inspected']}：合格 {totals['passed']}，不合格 {totals['failed']}，"
              f"无法判定 {totals['undetermined']}，合格率 {rate}；抽查 {totals['sampled']} 个（随机种子 {report.seed}）；"
              f"仿冒账号 {totals['impostors']}，未备案账号 {totals['unregistered']}。")
        for warning in report.notes + report.sampling.warnings:
            print(f"注意：{warning}")
        for path in written:
            print(f"报告已写入：{path}")
    return 0
