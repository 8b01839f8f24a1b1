"""Running the detectors over a context: import the selected detector modules, run them, stamp the findings.

Loading a context (from the store or from users' files) and writing findings are done above this package, in
``govwatch.ops.detection``: detectors never touch the store.

Each finding gets ``detected_at`` = the check time (``as_of``, so re-running a past inspection is reproducible
and first-seen times line up with the inspection calendar), ``run_id`` and ``run_at`` (the wall-clock time the
run started). Detector modules are imported only when selected: a missing one is a clear
``DetectorUnavailable`` before anything runs. A detector that crashes does not take the others down: its error
is recorded in ``RunResult.errors`` (the command then exits non-zero) and the others' findings are kept. What a
detector reports about the run itself (``DetectionContext.notes`` and ``stats``: a limit reached, suspects left
unchecked) is logged and kept in ``RunResult.notes``/``stats``, which the run summary carries.

Records reach a run from users' files (checked field by field when read, ``detectors.io``), from the crawler, or from
the store and in-memory callers, which nothing has checked. Before any detector runs, the records of the context are
checked for the field types the detectors rely on (``io.ACCOUNT_TYPES``, ``io.POST_TYPES``, the registry's key
fields): a malformed record (a number or a list where a name or a text belongs, a record without its platform or id)
is set aside with an error naming it and the field, so that one bad record neither crashes a detector for every
account nor disappears silently; the run's other records are detected as usual and the command exits non-zero.
"""

from __future__ import annotations

import importlib
import logging
import traceback
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from core.inputs import ANY, EXACT_TYPES, TEXT_LIST, TEXTS, brief, type_problems
from core.records import FINDING_KIND_ZH, iso
from detectors.context import DetectionContext
from detectors.io import ACCOUNT_TYPES, POST_TYPES

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


MAX_MALFORMED_LISTED = 20  # set-aside records named one by one in the run's errors; the rest counted
REGISTRY_KEY_TYPES = {"platform": ACCOUNT_TYPES["platform"], "account_id": ACCOUNT_TYPES["account_id"],
                      "name": ACCOUNT_TYPES["name"]}


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
    notes: list[str] = field(default_factory=list)  # what the detectors report about the run (limits reached)
    stats: dict[str, int] = field(default_factory=dict)  # numbers behind the notes, keyed "<kind>.<what>"

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self.kinds, 0)
        for f in self.findings:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
        return counts

    def summary(self) -> dict:
        return {"run_id": self.run_id, "as_of": iso(self.as_of), "kinds": list(self.kinds), "counts": self.counts,
                "total": len(self.findings), "errors": self.errors, "notes": self.notes, "stats": self.stats,
                "started_at": iso(self.started_at), "finished_at": iso(self.finished_at)}


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


def _record_problems(record, types: dict[str, str], required: tuple[str, ...]) -> list[str]:
    if not isinstance(record, dict):
        return [f"不是对象（{type(record).__name__}）"]
    missing = [f"缺少必填字段 {name}" for name in required if record.get(name) in (None, "")]
    return missing + type_problems(record, types)


def _well_formed(records: list, types: dict[str, str], required: tuple[str, ...], what: str,
                 errors: list[str]) -> list:
    """``records`` without the malformed ones; each one set aside is named in ``errors`` (the first
    ``MAX_MALFORMED_LISTED``, then a count)."""
    # the fast pass by record shape (``core.inputs.EXACT_TYPES``); a record failing it gets the full check
    allowed = {name: EXACT_TYPES[kind] | {type(None)} for name, kind in types.items() if kind != ANY}
    listed = tuple(name for name, kind in types.items() if kind in (TEXT_LIST, TEXTS))  # their items checked too
    shapes: dict[tuple, bool] = {}  # (field names, value types) -> well typed; records share a handful of shapes
    kept, bad = [], 0
    for i, record in enumerate(records):
        if type(record) is dict and all(record.get(name) not in (None, "") for name in required):
            shape = (tuple(record), tuple(map(type, record.values())))
            ok = shapes.get(shape)
            if ok is None:
                ok = shapes[shape] = all(t in allowed.get(name, (t,)) for name, t in zip(*shape, strict=True))
            if ok and all(type(item) is str for name in listed if type(value := record.get(name)) is list
                          for item in value):
                kept.append(record)
                continue
        problems = _record_problems(record, types, required)
        if not problems:
            kept.append(record)
            continue
        bad += 1
        if bad <= MAX_MALFORMED_LISTED:
            where = (f"{brief(record.get('platform'))}/{brief(record.get('account_id'))}" if isinstance(record, dict)
                     else f"第 {i + 1} 条")
            errors.append(f"{what} {where} 格式错误，已跳过、未检测：{'；'.join(problems)}")
    if bad > MAX_MALFORMED_LISTED:
        errors.append(f"另有 {bad - MAX_MALFORMED_LISTED} 条{what}格式错误，已跳过、未检测")
    return kept if bad else records


def checked_context(ctx: DetectionContext, errors: list[str]) -> DetectionContext:
    """``ctx`` itself when every record is well formed, else a copy without the malformed records (named in
    ``errors``)."""
    registry = _well_formed(ctx.registry, REGISTRY_KEY_TYPES, ("platform", "account_id"), "备案记录", errors)
    accounts = _well_formed(ctx.accounts, ACCOUNT_TYPES, ("platform", "account_id"), "账号记录", errors)
    posts = _well_formed(ctx.posts, POST_TYPES, ("platform", "account_id"), "帖子记录", errors)
    if registry is ctx.registry and accounts is ctx.accounts and posts is ctx.posts:
        return ctx
    return replace(ctx, registry=registry, accounts=accounts, posts=posts)


def run_detectors(ctx: DetectionContext, kinds: Iterable[str] | None = None, run_id: str | None = None) -> RunResult:
    """Run the selected detectors over ``ctx``; findings of other kinds a module yields are dropped."""
    selected = select_kinds(kinds)
    modules = load_detectors(selected)
    started = datetime.now(ZoneInfo("UTC"))
    as_of = ctx.as_of or started
    result = RunResult(run_id or new_run_id(started), as_of, selected, started_at=started)
    ctx = checked_context(ctx, result.errors)
    already = len(ctx.errors)  # a context run twice: this run's record errors only
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
    result.notes, result.stats = list(ctx.notes), dict(ctx.stats)
    result.errors += ctx.errors[already:]  # a record a detector could not handle (it went on with the others)
    for note in result.notes:
        log.warning("detection run %s: %s", result.run_id, note)
    result.finished_at = datetime.now(ZoneInfo("UTC"))
    return result
