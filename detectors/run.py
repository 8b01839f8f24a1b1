"""Running the detectors: load a context (from the store, or from users' files), run every selected detector,
stamp the findings, write them (JSONL and/or the store's ``findings`` collection).

Each finding gets ``detected_at`` = the check time (``as_of``, so re-running a past inspection is reproducible
and first-seen times line up with the inspection calendar), ``run_id`` and ``run_at`` (the wall-clock time the
run started). Detector modules are imported only when selected: a missing one is a clear
``DetectorUnavailable`` before anything runs. A detector that crashes does not take the others down: its error
is recorded in ``RunResult.errors`` (the command then exits non-zero) and the others' findings are kept.
"""

from __future__ import annotations

import importlib
import logging
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable
from zoneinfo import ZoneInfo

from detectors.context import DetectionContext
from detectors.io import InputFileError, read_accounts, read_findings, read_posts
from core.records import FINDING_KIND_ZH, LIVE_STATUSES, account_key, iso, parse_time

log = logging.getLogger(__name__)

# Finding kind -> the module that yields it. One module may yield several kinds (zombie + no_original).
DETECTOR_MODULES: dict[str, str] = {
    "impostor": "detectors.impostor",
    "unregistered": "detectors.unregistered",
    "duplicate": "detectors.duplicate",
    "registry_mismatch": "detectors.registry_mismatch",
    "zombie": "detectors.zombie",
    "no_original": "detectors.zombie",
    "content": "detectors.content",
}
DETECT_KINDS = tuple(DETECTOR_MODULES)
_ID_CHUNK = 500  # account ids per "any of" filter when loading posts from the store


class DetectorUnavailable(RuntimeError):
    """A selected detector's module is not installed (message in Chinese)."""


@dataclass
class RunResult:
    run_id: str
    as_of: datetime
    kinds: tuple[str, ...]
    findings: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # detectors that crashed (Chinese, with the exception)
    failed_kinds: list[str] = field(default_factory=list)  # kinds whose detector crashed (findings incomplete)
    started_at: datetime | None = None
    finished_at: datetime | None = None

    @property
    def counts(self) -> dict[str, int]:
        counts = {kind: 0 for kind in self.kinds}
        for f in self.findings:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
        return counts

    def summary(self) -> dict:
        return {"run_id": self.run_id, "as_of": iso(self.as_of), "kinds": list(self.kinds), "counts": self.counts,
                "total": len(self.findings), "errors": self.errors, "started_at": iso(self.started_at),
                "finished_at": iso(self.finished_at)}


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(ZoneInfo("UTC"))
    return f"detect-{now.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def select_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    """Validated kinds in the canonical order; all of them when ``kinds`` is empty."""
    wanted = [k.strip() for k in (kinds or ()) if k and k.strip()]
    unknown = [k for k in wanted if k not in DETECTOR_MODULES]
    if unknown:
        raise ValueError(f"未知的检测类型：{', '.join(unknown)}（可选：{', '.join(DETECT_KINDS)}）")
    return tuple(k for k in DETECT_KINDS if not wanted or k in wanted)


def load_detectors(kinds: Iterable[str]) -> list[tuple[str, object]]:
    """Import the modules of the selected kinds (each once), or raise DetectorUnavailable naming what is missing."""
    modules: list[tuple[str, object]] = []
    missing: list[str] = []
    for name in dict.fromkeys(DETECTOR_MODULES[k] for k in kinds):
        try:
            modules.append((name, importlib.import_module(name)))
        except ModuleNotFoundError as exc:
            if exc.name not in (name, *_parents(name)):
                raise  # a dependency of the detector is missing: a real bug, show it
            served = "、".join(FINDING_KIND_ZH.get(k, k) for k, m in DETECTOR_MODULES.items() if m == name)
            missing.append(f"{served}（{name.replace('.', '/')}.py）")
    if missing:
        raise DetectorUnavailable(f"以下检测器尚未可用：{'；'.join(missing)}。可用 --kinds 只运行其他检测器。")
    return modules


def _parents(name: str) -> tuple[str, ...]:
    parts = name.split(".")
    return tuple(".".join(parts[:i]) for i in range(1, len(parts)))


def run_detectors(ctx: DetectionContext, kinds: Iterable[str] | None = None, run_id: str | None = None) -> RunResult:
    """Run the selected detectors over ``ctx``; findings of other kinds a module yields are dropped."""
    selected = select_kinds(kinds)
    modules = load_detectors(selected)
    started = datetime.now(ZoneInfo("UTC"))
    as_of = ctx.as_of or started
    result = RunResult(run_id or new_run_id(started), as_of, selected, started_at=started)
    stamp = {"detected_at": iso(as_of), "run_id": result.run_id, "run_at": iso(started)}
    for name, module in modules:
        try:
            for finding in module.detect(ctx):  # type: ignore[attr-defined]
                if finding.get("kind") in selected:
                    finding.update(stamp)
                    result.findings.append(finding)
        except Exception as exc:  # noqa: BLE001 — one broken detector must not lose the others' findings
            log.error("detector %s failed:\n%s", name, traceback.format_exc())
            result.errors.append(f"检测器 {name} 运行出错：{type(exc).__name__}: {exc}")
            result.failed_kinds += [k for k in selected if DETECTOR_MODULES[k] == name]
    result.finished_at = datetime.now(ZoneInfo("UTC"))
    return result


# ---- loading -----------------------------------------------------------------------------------------------

def load_registry_file(path: str | Path, cfg=None) -> tuple[list[dict], list[str]]:
    """Registry entries from a CSV/XLSX file (validated by ``registry.read``) and its warnings.

    Any error rejects the file (InputFileError naming rows and columns)."""
    from registry.read import read_registry

    limits = {}
    if cfg is not None:
        limits = {"max_rows": cfg["registry.import_max_rows"], "max_cell_chars": cfg["registry.import_max_cell_chars"]}
    parsed = read_registry(path, **limits)
    if not parsed.ok:
        problems = [(p.row, f"{'“' + p.column + '”列：' if p.column else ''}{p.message}") for p in parsed.errors]
        raise InputFileError(path, problems[:10], total=len(problems))
    entries = [{k: v for k, v in e.items() if k != "_row"} for e in parsed.entries]
    base = Path(path).resolve().parent
    for entry in entries:  # ARCHITECTURE.md: a registry avatar is a URL or a path relative to the registry file
        avatar = entry.get("avatar") or ""
        if avatar and "://" not in avatar and not Path(avatar).is_absolute():
            entry["avatar"] = str(base / avatar)
    return entries, [str(p) for p in parsed.warnings]


def context_from_files(cfg, registry: str | Path, accounts: str | Path, posts: str | Path | None = None,
                       previous: str | Path | None = None, as_of: datetime | None = None
                       ) -> tuple[DetectionContext, list[str]]:
    """Offline context (ARCHITECTURE.md formats); avatar paths in accounts are relative to the accounts file."""
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
        # with microseconds: runs are ordered by it (previous_findings_from_store)
        "started_at": result.started_at.isoformat(), "finished_at": result.finished_at.isoformat(),
    }])
    store.refresh("findings")
    return written
