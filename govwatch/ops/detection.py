"""Detection against the store or users' files: build the detectors' context, write findings and the run record.

The detectors themselves (``detectors``) are pure; this module is where they meet the store (``search_index``)
and users' registry files (``registry.read``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from core.records import LIVE_STATUSES, account_key, iso, parse_time
from detectors.context import DetectionContext
from detectors.io import InputFileError, read_accounts, read_findings, read_posts
from detectors.run import RunResult, select_kinds
from registry.read import limits, read_registry

log = logging.getLogger(__name__)
_ID_CHUNK = 500  # account ids per "any of" filter when loading posts from the store


# ---- loading -----------------------------------------------------------------------------------------------

def load_registry_file(path: str | Path, cfg=None) -> tuple[list[dict], list[str]]:
    """Registry entries from a CSV/XLSX file (validated by ``registry.read``) and its warnings.

    Any error rejects the file (InputFileError naming rows and columns)."""
    parsed = read_registry(path, **(limits(cfg) if cfg is not None else {}))
    if not parsed.ok:
        problems = [(p.row, f"{'“' + p.column + '”列：' if p.column else ''}{p.message}") for p in parsed.errors]
        raise InputFileError(path, problems[:10], total=len(problems))
    entries = [{k: v for k, v in e.items() if k != "_row"} for e in parsed.entries]
    base = Path(path).resolve().parent
    for entry in entries:  # docs/ARCHITECTURE.md: a registry avatar is a URL or a path relative to the registry file
        avatar = entry.get("avatar") or ""
        if avatar and "://" not in avatar and not Path(avatar).is_absolute():
            entry["avatar"] = str(base / avatar)
    return entries, [str(p) for p in parsed.warnings]


def context_from_files(cfg, registry: str | Path, accounts: str | Path, posts: str | Path | None = None,
                       previous: str | Path | None = None, as_of: datetime | None = None
                       ) -> tuple[DetectionContext, list[str]]:
    """Offline context (docs/ARCHITECTURE.md formats); avatar paths in accounts are relative to the accounts file."""
    entries, warnings = load_registry_file(registry, cfg)
    ctx = DetectionContext(
        registry=entries,
        accounts=read_accounts(accounts),
        posts=read_posts(posts) if posts else [],
        as_of=as_of,
        cfg=cfg,
        base_dir=Path(accounts).resolve().parent,
        previous_findings=read_findings(previous) if previous else [],
    )
    return ctx, warnings


def _not_after(value, as_of: datetime, tz: str) -> bool:
    try:
        created = parse_time(value, tz)
    except (TypeError, ValueError):
        return False
    return created is not None and created <= as_of


def _strip_ids(docs: Iterable[dict]) -> list[dict]:
    return [{k: v for k, v in d.items() if k != "_id"} for d in docs]


def context_from_store(store, cfg, as_of: datetime, kinds: Iterable[str] | None = None,
                       registry: list[dict] | None = None) -> DetectionContext:
    """Context from the store: the registry (unless given), all accounts, the posts the zombie and registry
    detectors need, and earlier findings of the selected kinds (for first-seen times).

    Posts: those of registered accounts since the longest activity window (plus a day of margin for
    timestamps written with different offsets), and, for registered accounts with no post in that window,
    their newest posts, newest original posts and pinned posts — so the newest post is known however old it
    is, without reading the whole posts collection. Those per-account queries are skipped when the account record
    already has the crawler's ``last_post_at`` / ``last_original_at`` (computed ignoring pinned posts), and for
    accounts whose state is unknown or gone (they are never zombies). Content screening (``content``) thus sees
    the registered accounts' posts of that window, which suits a nightly run."""
    registry = _strip_ids(store.scan("registry")) if registry is None else registry
    accounts = _strip_ids(store.scan("accounts"))
    window = max(int(cfg["detect.zombie_days"]), int(cfg["detect.no_original_days"])) + 1
    since = iso(as_of - timedelta(days=window))
    by_platform: dict[str, list[str]] = {}
    for entry in registry:
        by_platform.setdefault(entry["platform"], []).append(str(entry["account_id"]))
    posts: dict[str, dict] = {}
    for platform, ids in by_platform.items():
        for i in range(0, len(ids), _ID_CHUNK):
            chunk = ids[i:i + _ID_CHUNK]
            for p in store.scan("posts", {"platform": platform, "account_id": chunk, "created_at": {"gte": since}}):
                posts[p["_id"]] = p
    tz = cfg["general.timezone"]
    covered = {account_key(p["platform"], p["account_id"]) for p in posts.values()
               if not p.get("is_pinned") and p.get("is_original") and _not_after(p.get("created_at"), as_of, tz)}
    records = {account_key(a["platform"], a["account_id"]): a for a in accounts}
    for entry in registry:
        key = account_key(entry["platform"], entry["account_id"])
        record = records.get(key)
        if (key in covered or record is None or (entry.get("status") or "active") not in LIVE_STATUSES
                or record.get("crawl_status") in ("blocked", "failed", "gone")):
            continue  # enough known, or unknown/gone/closed: the detectors need no older posts
        queries = []
        if not _not_after(record.get("last_post_at"), as_of, tz):  # the crawler's value (pinned excluded) is enough
            queries += [{"is_pinned": {"ne": True}}, {"is_pinned": True}]
        if not _not_after(record.get("last_original_at"), as_of, tz):
            queries.append({"is_pinned": {"ne": True}, "is_original": True})
        base = {"platform": entry["platform"], "account_id": str(entry["account_id"])}
        for extra in queries:
            for p in store.scan("posts", {**base, **extra}, sort=[("created_at", "desc")], limit=5):
                posts[p["_id"]] = p
    previous = previous_findings_from_store(store, select_kinds(kinds))
    return DetectionContext(registry=registry, accounts=accounts, posts=_strip_ids(posts.values()), as_of=as_of,
                            cfg=cfg, base_dir=cfg.data_dir, previous_findings=previous)


def previous_findings_from_store(store, kinds: Iterable[str]) -> list[dict]:
    """Findings still current before this run: per kind, those of the latest detect run that completed that
    kind (``runs.kinds``; a kind whose detector crashed is left out of it). A finding absent from that run was
    resolved in between, so if it comes back its first-seen time starts again (the findings collection keeps the
    stale document, its id being the dedup key)."""
    latest: dict[str, str] = {}
    for run in store.scan("runs", {"kind": "detect"}, sort=[("started_at", "desc")], limit=200):
        for kind in run.get("kinds") or ():
            latest.setdefault(kind, run["run_id"])
    out = []
    for kind in kinds:
        if kind in latest:
            out.extend(_strip_ids(store.scan("findings", {"kind": kind, "run_id": latest[kind]})))
    return out


# ---- writing -----------------------------------------------------------------------------------------------

def write_findings_to_store(store, result: RunResult, mode: str = "store") -> int:
    """Upsert the findings (id = dedup key, so a re-run replaces rather than duplicates) and record the run."""
    written = store.upsert("findings", result.findings) if result.findings else 0
    completed = [k for k in result.kinds if k not in result.failed_kinds]
    store.upsert("runs", [{
        "run_id": result.run_id, "kind": "detect", "mode": mode, "status": "error" if result.errors else "ok",
        "kinds": completed, "as_of": iso(result.as_of), "counts": result.counts, "errors": result.errors,
        "notes": result.notes, "stats": result.stats,
        # with microseconds: runs are ordered by it (previous_findings_from_store)
        "started_at": result.started_at.isoformat(), "finished_at": result.finished_at.isoformat(),
    }])
    store.refresh("findings")
    return written
