"""Website availability: a week of probes → ``site_unreachable`` findings and alerts → the report's veto.

The sites are on 127.0.0.1 port 1 (closed): the probe job really probes the registry's websites."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from alerts.report.inspection import build_report, parse_period
from crawler.checkers.probes import canonical_week, evaluate_week, previous_week
from govwatch.ops.jobs import evaluate_availability, run_probe_job
from tests.checkers.conftest import run_cli, sweep_env

SH = ZoneInfo("Asia/Shanghai")
W45 = datetime(2026, 11, 2, tzinfo=SH)  # Monday of ISO week 2026-W45


def _history(url, account_id, failures, start=W45, per_day=24, days=7):
    out = []
    for i in range(days * per_day):
        at = (start + timedelta(hours=24 * i / per_day, minutes=5)).astimezone(UTC)
        out.append({"url": url, "ok": i >= failures, "checked_at": at.isoformat(timespec="seconds"),
                    "account_id": account_id, "host": "x"})
    return out


def _site(account_id, url):
    return {"unit": "某市人民政府办公厅", "platform": "website", "account_id": account_id, "name": "某市政府网", "url": url,
            "status": "active", "region": "山东省济南市"}


def _seed(store):
    store.upsert("registry", [_site("down", "http://127.0.0.1:1/down/"), _site("up", "http://127.0.0.1:1/up/"),
                              _site("few", "http://127.0.0.1:1/few/")])
    store.upsert("probes", _history("http://127.0.0.1:1/down/", "down", 9) + _history("http://127.0.0.1:1/up/", "up", 4)
                 + _history("http://127.0.0.1:1/few/", "few", 30, per_day=4))
    store.refresh()


def test_week_verdicts_become_findings_for_unreachable_sites_only(store, cfg):
    _seed(store)
    shares, findings, label = evaluate_week(store, cfg, "2026-W45")
    assert {s.account_id: s.verdict for s in shares} == {"down": "unreachable", "up": "reachable", "few": "insufficient"}
    (f,) = findings
    assert f["kind"] == "site_unreachable" and f["platform"] == "website" and f["account_id"] == "down"
    assert f["evidence"]["url"] == "http://127.0.0.1:1/down/" and f["evidence"]["failed"] == 9
    assert f["detected_at"] == "2026-11-08T23:59:59+08:00"  # the week's last second: counted in the week's quarter
    assert "失败 9 次（5.4%）" in f["reasons"][0] and label == "2026 年第 45 周"


def test_evaluation_makes_alerts_once_per_week_and_unknown_sites_are_not_resolved(store, cfg):
    _seed(store)
    first = evaluate_availability(cfg, store, "2026-W45", notify=False)
    again = evaluate_availability(cfg, store, "2026-W45", notify=False)
    assert first["unreachable"] == 1 and first["insufficient"] == 1 and again["run_id"] == "availability-2026-W45"
    (alert,) = list(store.scan("alerts", {"kind": "site_unreachable"}))
    assert alert["state"] == "new" and alert["occurrences"] == 1
    # the next week nobody probed "down": its alert is not counted as absent
    evaluate_availability(cfg, store, "2026-W46", notify=False)
    assert store.get("alerts", alert["_id"]).get("missed_runs") in (None, 0)


def test_the_probe_job_evaluates_the_previous_week_once(store, cfg, capsys):
    _seed(store)
    store.close()
    now = datetime(2026, 11, 10, 9, 0, tzinfo=SH)  # in W46
    assert previous_week(now, "Asia/Shanghai") == "2026-W45"
    assert run_probe_job(cfg, now=now) == 0
    assert "已评估 2026 年第 45 周的可用性：3 个网站，无法访问 1 个" in capsys.readouterr().out
    run_probe_job(cfg, now=now + timedelta(hours=1))
    assert "已评估" not in capsys.readouterr().out
    from search_index.sqlite_backend import SQLiteStore

    with SQLiteStore(cfg.path("store.sqlite_path")) as s:
        assert s.get("runs", "availability-2026-W45")["unreachable"] == 1
        assert s.count("findings", {"kind": "site_unreachable"}) == 1


def test_an_unreachable_site_fails_the_inspection(store, cfg):
    _seed(store)
    evaluate_availability(cfg, store, "2026-W45", notify=False)
    start = {"url": "", "found_on": None, "via": "link", "status": "ok", "run_id": "s1",
             "checked_at": "2026-11-20T02:00:00+08:00", "host": "x"}
    store.upsert("sweeps", [{**start, "url": f"http://127.0.0.1:1/{a}/", "account_id": a} for a in ("down", "up", "few")])
    store.refresh()
    report = build_report(store, cfg, parse_period("2026Q4"), seed=1, now=datetime(2026, 12, 1, tzinfo=SH))
    by = {r.entry["account_id"]: r for r in report.results}
    assert by["down"].verdict == "不合格" and by["down"].vetoes == ["网站无法访问"]
    assert by["up"].verdict == "合格" and by["few"].verdict == "合格"
    assert not report.notes  # an availability evaluation ran: no warning about missing probes


def test_report_warns_when_no_availability_was_evaluated(store, cfg):
    store.upsert("registry", [_site("s", "http://127.0.0.1:1/s/")])
    store.refresh()
    report = build_report(store, cfg, parse_period("2026Q4"), seed=1, now=datetime(2026, 12, 1, tzinfo=SH))
    assert report.notes and "govwatch probe report --record" in report.notes[0]


def test_canonical_week():
    assert canonical_week("2026w7") == canonical_week("2026-W07") == "2026-W07"


@pytest.mark.e2e
def test_cli_probe_report_record(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    from search_index.sqlite_backend import SQLiteStore

    with SQLiteStore(data / "govwatch.db") as store:
        _seed(store)
    env = sweep_env(data)
    proc = run_cli(["probe", "report", "--week", "2026W45", "--record"], env)
    assert proc.returncode == 1, proc.stderr  # an unreachable site was found
    assert "已记录：无法访问 1 个网站" in proc.stdout
    with SQLiteStore(data / "govwatch.db") as store:
        assert [f["account_id"] for f in store.scan("findings", {"kind": "site_unreachable"})] == ["down"]
        assert store.get("runs", "availability-2026-W45") is not None
    missing = run_cli(["probe", "report", "--record"], env)
    assert missing.returncode == 2 and "--week" in missing.stderr
