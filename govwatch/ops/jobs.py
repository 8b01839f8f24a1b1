"""The scheduled jobs other than the nightly pipeline: weekly sweep, availability probe, quarterly report."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from core.procs import Interrupted
from core.records import iso
from govwatch.ops.lock import RunLock
from govwatch.ops.runs import RunRecord


def previous_quarter(now: datetime) -> str:
    quarter = (now.month - 1) // 3 + 1
    return f"{now.year - 1}Q4" if quarter == 1 else f"{now.year}Q{quarter - 1}"


def run_report_job(cfg, period: str | None = None, *, now: datetime | None = None, pdf: bool = False) -> int:
    """Write the inspection report of ``period`` (default: the previous quarter) as XLSX and HTML (and PDF)."""
    from alerts.report.html import write_html
    from alerts.report.inspection import build_report, parse_period
    from alerts.report.xlsx import write_xlsx
    from search_index import open_store

    now = now or datetime.now(ZoneInfo(cfg["general.timezone"]))
    period = period or previous_quarter(now)
    with RunLock(cfg.data_dir, "report"), open_store(cfg) as store:
        run = RunRecord(store, "report", period=period)
        try:
            with run.stage("report", critical=True) as info:
                report = build_report(store, cfg, parse_period(period, cfg["general.timezone"]), now=now)
                base = cfg.data_dir / "reports" / f"inspection-{period}"
                info["files"] = [str(write_xlsx(report, base.with_suffix(".xlsx"))),
                                 str(write_html(report, base.with_suffix(".html")))]
                if pdf:
                    from alerts.report.pdf import PdfUnavailable, write_pdf

                    try:
                        info["files"].append(str(write_pdf(report, base.with_suffix(".pdf"), cfg)))
                    except PdfUnavailable as exc:
                        run.degrade(str(exc))
                info["seed"] = report.seed
                info["totals"] = report.totals()
                info["warnings"] = report.notes + report.sampling.warnings
        except (Interrupted, KeyboardInterrupt) as exc:
            run.interrupt(str(exc) or "收到中断信号")
            raise
        except Exception:
            run.finish(failed=True)  # not left "running"
            raise
        run.finish()
    for path in info["files"]:
        print(f"报告已写入：{path}")
    for warning in info["warnings"]:
        print(f"注意：{warning}")
    return 0


def unreachable_sites(results: list[dict]) -> set[tuple[str, str]]:
    """Sites whose start page failed: the sweep saw none of their other links or menus, so its silence about
    them must not resolve their alerts."""
    from crawler.checkers.results import is_failure

    return {("website", str(r.get("account_id") or r.get("host") or "")) for r in results
            if r.get("via") == "link" and not r.get("found_on") and is_failure(r)}


def run_sweep_job(cfg, *, menus: bool = True, as_json: bool = False) -> int:
    """Weekly sweep of the registry's websites/apps/mini-programs and ``sweep.start_urls``: results, confirmed
    ``broken_link``/``dead_menu`` findings, alerts and notifications, an HTML report. Exit 1 when failures
    were confirmed (cron/CI convention)."""
    import json

    from alerts.pipeline import process_run
    from crawler.checkers.report import print_summary, write_html_report
    from crawler.checkers.runner import run_sweep, save
    from search_index import open_store

    with RunLock(cfg.data_dir, "sweep"), open_store(cfg) as store:
        run = run_sweep(cfg, [], menus=menus, store=store)
        out = cfg.data_dir / "sweeps" / f"{run.run_id}.jsonl"
        save(run, store, out=out)
        report = write_html_report(run, cfg.data_dir / "reports" / f"{run.run_id}.html", cfg.data_dir)
        # Only kinds that were really checked may resolve alerts: without a browser no menu was clicked.
        from core.browser import find_executable

        kinds = ["broken_link"] + (["dead_menu"] if menus and find_executable(cfg["browser.executable_path"]) else [])
        ingest, _delivery = process_run(store, run.findings, run.run_id, cfg, kinds=kinds,
                                       unchecked=unreachable_sites(run.results))
    summary = {"run_id": run.run_id, "checked": len(run.results), "failures": len(run.failures),
               "confirmed": len(run.confirmed), "findings": len(run.findings), "alerts": ingest.summary(),
               "jsonl": str(out), "report": str(report), "notes": run.notes}
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print_summary(run)
        for note in run.notes:
            print(f"说明：{note}")
        print(f"结果：{out}\n报告：{report}")
    return 1 if run.confirmed else 0


def evaluate_availability(cfg, store, week: str, *, notify: bool = True) -> dict:
    """The weekly availability verdicts of ``week`` (ISO week) → ``site_unreachable`` findings and alerts.

    One run per week (run id ``availability-<week>``): evaluating the same week again updates it, and counts once
    for alerts. Sites without enough probes that week, and sites with an open alert that were not probed, are
    "unchecked": their alerts are neither confirmed nor resolved by this week."""
    from alerts.lifecycle import OPEN_STATES
    from alerts.pipeline import process_run
    from crawler.checkers.probes import evaluate_week

    run_id = f"availability-{week}"
    shares, findings, label = evaluate_week(store, cfg, week, run_id=run_id)
    if findings:
        store.upsert("findings", findings)
    judged = {s.account_id for s in shares if s.verdict != "insufficient"}
    unchecked = {("website", s.account_id) for s in shares if s.verdict == "insufficient"}
    unchecked |= {("website", a.get("account_id") or "") for a in
                  store.scan("alerts", {"kind": "site_unreachable", "state": list(OPEN_STATES)})
                  if a.get("account_id") not in judged}
    ingest, _delivery = process_run(store, findings, run_id, cfg, kinds=["site_unreachable"], notify=notify,
                                    unchecked=unchecked)
    summary = {"run_id": run_id, "kind": "availability", "week": week, "label": label, "status": "ok",
               "sites": len(shares), "unreachable": len(findings),
               "insufficient": sum(s.verdict == "insufficient" for s in shares), "alerts": ingest.summary()}
    store.upsert("runs", [{**summary, "started_at": iso(datetime.now(UTC)), "finished_at": iso(datetime.now(UTC))}])
    store.refresh()
    return summary


def run_probe_job(cfg, *, now: datetime | None = None) -> int:
    """One round of homepage availability probes (registry websites and ``sweep.start_urls``); the first round
    of a week also evaluates the week before (``evaluate_availability``)."""
    from crawler.checkers.probes import previous_week, probe_round
    from search_index import open_store

    now = now or datetime.now(ZoneInfo(cfg["general.timezone"]))
    with RunLock(cfg.data_dir, "probe"), open_store(cfg) as store:
        records = probe_round(cfg, store)
        week = previous_week(now, cfg["general.timezone"])
        evaluation = None
        if store.get("runs", f"availability-{week}") is None:
            evaluation = evaluate_availability(cfg, store, week)
    failed = sum(not r.get("ok") for r in records)
    print(f"探测 {len(records)} 个首页，失败 {failed} 个。")
    if evaluation is not None:
        print(f"已评估 {evaluation['label']}的可用性：{evaluation['sites']} 个网站，无法访问 {evaluation['unreachable']} 个，"
              f"探测次数不足 {evaluation['insufficient']} 个。")
    return 0
