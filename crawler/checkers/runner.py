"""One sweep, end to end: start URLs → link sweep → menu sweep → results to the store and JSONL → findings for
confirmed failures. Both sweeps run in one asyncio loop and share one lazily started browser."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from core.browser import find_executable
from core.files import atomic_output
from core.records import iso
from crawler.checkers.results import host_key, is_confirmed_failure, is_failure, new_run_id

log = logging.getLogger(__name__)
SWEEP_PLATFORMS = ("website", "app", "miniprogram")


@dataclass
class SweepRun:
    run_id: str
    results: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    started_at: str | None = None
    finished_at: str | None = None

    @property
    def failures(self) -> list[dict]:
        return [r for r in self.results if is_failure(r)]

    @property
    def confirmed(self) -> list[dict]:
        return [r for r in self.results if is_confirmed_failure(r)]


def registry_starts(store) -> list[tuple[str, str]]:
    """(url, account_id) of registry entries for websites, apps and mini-programs that have a URL."""
    out = []
    for entry in store.scan("registry", {"platform": list(SWEEP_PLATFORMS)}):
        if (entry.get("status") or "active") not in ("active", "changed"):
            continue
        url = (entry.get("url") or "").strip()
        if url.startswith(("http://", "https://")):
            out.append((url, str(entry.get("account_id") or host_key(url))))
    return out


def start_urls(cfg, urls: list[str], store=None) -> list[tuple[str, str]]:
    """Command-line URLs when given; otherwise the registry's and ``sweep.start_urls``."""
    if urls:
        return [(u, host_key(u)) for u in urls]
    starts = list(registry_starts(store)) if store is not None else []
    starts += [(u, host_key(u)) for u in cfg["sweep.start_urls"]]
    seen, unique = set(), []
    for url, account in starts:
        if url not in seen:
            seen.add(url)
            unique.append((url, account))
    return unique


def sweep_options(cfg) -> dict:
    return {
        "max_depth": cfg["sweep.max_depth"], "max_pages": cfg["sweep.max_pages"],
        "render_js": cfg["sweep.render_js"], "render_max_pages": cfg["sweep.render_max_pages"],
        "render_concurrency": cfg["sweep.concurrency_per_host"], "recheck_delay": cfg["sweep.recheck_delay"],
        "use_head": cfg["sweep.use_head"], "soft404_similarity": cfg["sweep.soft404_similarity"],
        "wechat_oauth_pattern": cfg["sweep.wechat_oauth_pattern"], "h5_patterns": cfg["sweep.h5_patterns"],
    }


def client_options(cfg) -> dict:
    """The link sweep's HTTP settings, all derived from govwatch settings."""
    return {
        "gate": {"per_host": cfg["sweep.concurrency_per_host"], "total": cfg["sweep.concurrency_total"],
                 "delay": cfg["sweep.delay"], "retries": cfg["sweep.retry_times"],
                 "backoff": max(cfg["sweep.delay"], 0.5), "max_retry_after": cfg["sweep.max_retry_after"]},
        "client": {"timeout": cfg["sweep.timeout"], "obey_robots": cfg["sweep.obey_robots"],
                   "connections": cfg["sweep.concurrency_total"]},
        "max_bytes": cfg["crawler.max_response_bytes"],
    }


async def sweep_async(cfg, run: SweepRun, starts: list[tuple[str, str]], *, links: bool, menus: bool,
                      progress: Callable[[dict], None] | None = None) -> None:
    """Both sweeps in the running loop; results, notes and stats go into ``run``."""
    from core.netguard import AddressPolicy
    from crawler.checkers.browser import SweepBrowser
    from crawler.checkers.http import Guard

    have_browser = find_executable(cfg["browser.executable_path"]) is not None
    guard = Guard(AddressPolicy.from_config(cfg), trusted={url for url, _ in starts})  # configured, not crawled
    browser = SweepBrowser(cfg, guard) if have_browser else None
    try:
        if links:
            from crawler.checkers.linksweep import LinkSweep

            render = cfg["sweep.render_js"] != "never"
            if render and browser is None:
                run.notes.append("未找到 Chromium：不渲染带脚本的页面（仅检查静态链接）。")

            def link_progress(p) -> None:
                if progress is not None:
                    progress({"phase": "links", "pages": p.pages, "links": p.links, "failures": p.failures,
                              "rendered": p.rendered})

            sweep = LinkSweep(starts=starts, run_id=run.run_id, options=sweep_options(cfg), guard=guard,
                              client_options=client_options(cfg), browser=browser if render else None,
                              progress=link_progress)
            run.results.extend(await sweep.run())
            run.notes.extend(sweep.notes())
            run.stats.update(sweep.stats)
        if menus:
            from crawler.checkers.menusweep import run_menu_sweep

            if browser is None:
                run.notes.append("未找到 Chromium：无法进行菜单点击巡检。")
            else:
                run.results.extend(await run_menu_sweep(cfg, starts, run.run_id, browser, progress=progress))
    finally:
        if browser is not None:
            await browser.close()


def run_sweep(cfg, urls: list[str], *, menus: bool = False, links: bool = True, store=None,
              progress: Callable[[dict], None] | None = None) -> SweepRun:
    """The whole sweep; writes nothing (see ``save``). ``progress`` is called with running counts."""
    run = SweepRun(run_id=new_run_id("sweep"), started_at=iso(datetime.now(UTC)))
    starts = start_urls(cfg, urls, store)
    if not starts:
        return run
    asyncio.run(sweep_async(cfg, run, starts, links=links, menus=menus, progress=progress))
    from crawler.checkers.findings import findings_for

    run.findings = findings_for(run.results, run.run_id)
    run.finished_at = iso(datetime.now(UTC))
    return run


def save(run: SweepRun, store=None, out: str | Path | None = None) -> None:
    """Results to the ``sweeps`` collection and the JSONL file; findings to ``findings``."""
    if out:
        with atomic_output(out, "巡检结果文件") as tmp, tmp.open("w", encoding="utf-8") as fh:
            for result in run.results:
                fh.write(json.dumps(result, ensure_ascii=False) + "\n")
    if store is not None:
        store.upsert("sweeps", run.results)
        if run.findings:
            store.upsert("findings", run.findings)
        store.upsert("runs", [{
            "run_id": run.run_id, "kind": "sweep", "started_at": run.started_at, "finished_at": run.finished_at,
            "status": "failures" if run.confirmed else "ok", "checked": len(run.results),
            "failures": len(run.failures), "confirmed": len(run.confirmed), "findings": len(run.findings),
            "notes": run.notes}])
        store.refresh()
