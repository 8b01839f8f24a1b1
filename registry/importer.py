"""Importing a validated registry file into the store: plan (read-only diff), history, entries, avatars.

The entry id is ``platform:account_id``. Only entries that are new or changed are written, so re-importing the
same file writes nothing. Every new entry, changed field and (with ``full=True``) removed entry gets a
``registry_history`` document. Without ``full`` the entries in the store but absent from the file are only
reported; with ``full`` the file is the whole registry and they are removed.
"""


from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from core.records import REGISTRY_FIELDS, account_key, iso, now_utc, stable_hash
from core.settings import setting
from registry.read import (
    DEFAULT_MAX_CELL_CHARS,
    DEFAULT_MAX_COLUMNS,
    DEFAULT_MAX_MB,
    DEFAULT_MAX_NAME_CHARS,
    DEFAULT_MAX_ROWS,
    RegistryFile,
    looks_like_url,
    read_registry,
)

DEFAULT_AVATAR_MAX_BYTES: int = setting("crawler.avatar_max_bytes").default
DEFAULT_AVATAR_MAX_PIXELS: int = setting("crawler.avatar_max_pixels").default


def avatar_limits(cfg) -> dict[str, int]:
    """``import_registry``'s avatar limits from a configuration (``crawler.avatar_max_*``, as for crawled avatars)."""
    return {"avatar_max_bytes": cfg["crawler.avatar_max_bytes"], "avatar_max_pixels": cfg["crawler.avatar_max_pixels"]}


@dataclass
class ImportPlan:
    new: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict, list[tuple[str, Any, Any]]]] = field(default_factory=list)  # new, old, diffs
    unchanged: int = 0
    missing: list[dict] = field(default_factory=list)  # in the store, not in the file

    def summary(self) -> dict:
        return {"new": len(self.new), "changed": len(self.changed), "unchanged": self.unchanged,
                "missing": len(self.missing)}


def plan_import(store, parsed: RegistryFile) -> ImportPlan:
    """Compare the file's entries with the store (read-only)."""
    existing = {doc["_id"]: doc for doc in store.scan("registry")}
    plan = ImportPlan()
    in_file = set()
    for entry in parsed.entries:
        key = account_key(entry["platform"], entry["account_id"])
        in_file.add(key)
        old = existing.get(key)
        if old is None:
            plan.new.append(entry)
            continue
        diffs = [(name, old.get(name), entry.get(name)) for name in REGISTRY_FIELDS + ("avatar_sha256",)
                 if name in entry and name not in ("platform", "account_id") and old.get(name) != entry.get(name)]
        if diffs:
            plan.changed.append((entry, old, diffs))
        else:
            plan.unchanged += 1
    plan.missing = [doc for key, doc in sorted(existing.items()) if key not in in_file]
    return plan


@dataclass
class ImportResult:
    file: RegistryFile
    plan: ImportPlan | None = None
    written: bool = False
    removed: int = 0
    history: int = 0
    import_id: str | None = None

    def to_dict(self) -> dict:
        summary = self.plan.summary() if self.plan else {}
        summary["removed"] = self.removed
        return {
            "ok": self.file.ok, "file": str(self.file.path), "format": self.file.format,
            "encoding": self.file.encoding, "sheet": self.file.sheet, "rows": self.file.rows_read,
            "written": self.written, "summary": summary, "history": self.history, "import_id": self.import_id,
            "errors": [p.to_dict() for p in self.file.errors],
            "warnings": [p.to_dict() for p in self.file.warnings],
            "changes": [{"platform": e["platform"], "account_id": e["account_id"], "field": f, "old": o, "new": n}
                        for e, _, diffs in (self.plan.changed if self.plan else []) for f, o, n in diffs],
            "missing": [{"platform": d.get("platform"), "account_id": d.get("account_id"), "name": d.get("name")}
                        for d in (self.plan.missing if self.plan else [])],
        }


def _registry_doc(entry: Mapping[str, Any], old: Mapping[str, Any] | None, source: str, now: str) -> dict:
    doc = {name: (old or {}).get(name) for name in REGISTRY_FIELDS}
    doc.update({k: v for k, v in entry.items() if k in REGISTRY_FIELDS or k in AVATAR_FIELDS})
    doc["status"] = doc.get("status") or "active"
    doc["_id"] = account_key(doc["platform"], doc["account_id"])
    doc["source_file"] = source
    doc["source_row"] = entry.get("_row")
    doc["imported_at"] = (old or {}).get("imported_at") or now
    doc["updated_at"] = now
    doc["revision"] = _revision(old) + 1  # counts the writes of this entry: the base of its history ids
    return doc


def _revision(doc: Mapping[str, Any] | None) -> int:
    value = (doc or {}).get("revision")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _history(platform: str, account_id: str, name: str, old: Any, new: Any, source: str, now: str,
             import_id: str, base: Any) -> dict:
    """One history record. Its id is derived from what changed and from the version of the entry the change was
    made to (``base``: the stored entry's ``revision``, or for an entry not in the store how often it was
    removed before), never from the time or the process of this import: an import killed after writing history but
    before the entries is re-run onto the same base version and overwrites those records instead of adding a
    second "added" event."""
    doc_id = stable_hash("registry-history", platform, account_id, name, json.dumps(old, sort_keys=True, default=str),
                         json.dumps(new, sort_keys=True, default=str), base)
    return {"_id": doc_id, "platform": platform, "account_id": account_id, "field": name, "old": old, "new": new,
            "changed_at": now, "source": source, "import_id": import_id}


def _removals(store) -> Counter:
    """platform:account_id -> how often the entry was removed from the registry (the base of a re-addition)."""
    return Counter(account_key(d["platform"], d["account_id"])
                   for d in store.scan("registry_history", {"field": "entry", "new": None}))


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def apply_import(store, parsed: RegistryFile, plan: ImportPlan, *, full: bool = False, batch: int = 500,
                 now: datetime | None = None, progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Write the plan: history first (so a crash never loses what changed), then entries, then removals.

    Idempotent under crashes on every backend: history ids are deterministic (``_history``), entries are keyed by
    ``platform:account_id``, so re-running an interrupted import writes the same records again."""
    if not parsed.ok:
        raise ValueError("refusing to import a file with errors")
    stamp = iso(now or now_utc())
    source = parsed.path.name
    import_id = stable_hash("registry-import", source, stamp, os.getpid(), datetime.now().timestamp())
    history: list[dict] = []
    docs: list[dict] = []
    removals = _removals(store) if plan.new else Counter()
    for entry in plan.new:
        p, a = entry["platform"], entry["account_id"]
        doc = _registry_doc(entry, None, source, stamp)
        docs.append(doc)
        base = f"added-after-{removals[doc['_id']]}-removals"
        history.append(_history(p, a, "entry", None, "present", source, stamp, import_id, base))
        history.append(_history(p, a, "status", None, doc["status"], source, stamp, import_id, base))
    for entry, old, diffs in plan.changed:
        docs.append(_registry_doc(entry, old, source, stamp))
        for name, before, after in diffs:
            history.append(_history(entry["platform"], entry["account_id"], name, before, after, source, stamp,
                                    import_id, _revision(old)))
    removed = plan.missing if full else []
    for doc in removed:
        history.append(_history(doc["platform"], doc["account_id"], "entry", "present", None, source, stamp,
                                import_id, _revision(doc)))
    total = len(history) + len(docs) + len(removed)
    done = 0
    for part in _chunks(history, batch):
        store.upsert("registry_history", part)
        done += len(part)
        if progress:
            progress(done, total)
    for part in _chunks(docs, batch):
        store.upsert("registry", part)
        done += len(part)
        if progress:
            progress(done, total)
    if removed:
        store.delete("registry", [d["_id"] for d in removed])
        done += len(removed)
        if progress:
            progress(done, total)
    store.upsert("runs", [{"run_id": f"registry-import-{import_id}", "kind": "registry_import", "status": "ok",
                           "started_at": stamp, "finished_at": iso(now_utc()), "source": source,
                           "summary": {**plan.summary(), "removed": len(removed)}}])
    store.refresh()
    return ImportResult(parsed, plan, written=True, removed=len(removed), history=len(history), import_id=import_id)


AVATAR_FIELDS = ("avatar_path", "avatar_sha256", "avatar_hashes")


def attach_avatars(parsed: RegistryFile, data_dir: str | os.PathLike, *, max_bytes: int, max_pixels: int,
                   write: bool = True) -> int:
    """Copy the entries' local avatar files into ``<data_dir>/avatars/`` (content-addressed, validated, hashed) so
    the detectors, the review UI and evidence packs have the official avatar. ``registry.read`` already refused
    paths that are not image files next to the registry; an image that cannot be decoded, is too large or a
    decompression bomb is an ``avatar_rejected`` error here (row, 头像 column), and then nothing is copied at all.
    Returns how many were attached."""
    import hashlib

    from core.avatars import AvatarRejected, avatar_hashes, check_image, store_avatar, stored_avatar_file

    column = parsed.columns.get("avatar") or "头像"
    checked: list[tuple[dict, str]] = []
    for entry in parsed.entries:  # validate every image before anything is written
        avatar = entry.get("avatar") or ""
        if not avatar or looks_like_url(avatar):
            continue
        if entry.pop("_avatar_store", False):
            if stored_avatar_file(data_dir, avatar, max_bytes=max_bytes) is None:
                parsed.error("avatar_missing", f"头像“{avatar[:120]}”既不在备案文件所在目录中，也不在头像库中",
                             entry.get("_row"), column)
                continue
            avatar = entry["avatar"] = str(Path(data_dir) / avatar)
        try:
            if Path(avatar).stat().st_size > max_bytes:
                raise AvatarRejected(f"头像过大（上限 {max_bytes} 字节，配置项 crawler.avatar_max_bytes）")
            ext = check_image(Path(avatar).read_bytes(), max_bytes, max_pixels)
        except (AvatarRejected, OSError) as exc:
            parsed.error("avatar_rejected", f"头像文件无法使用：{exc}", entry.get("_row"), column)
            continue
        checked.append((entry, ext))
    if not parsed.ok:
        return 0
    attached = 0
    for entry, ext in checked:
        data = Path(entry["avatar"]).read_bytes()
        try:
            if write:
                fields = store_avatar(data, Path(data_dir), max_bytes=max_bytes, max_pixels=max_pixels)
            else:
                digest = hashlib.sha256(data).hexdigest()
                fields = {"avatar_path": f"avatars/{digest}.{ext}", "avatar_sha256": digest,
                          "avatar_hashes": avatar_hashes(data)}
        except (AvatarRejected, ValueError) as exc:
            parsed.error("avatar_rejected", f"头像文件无法使用：{exc}", entry.get("_row"), column)
            continue
        entry.update({k: fields[k] for k in AVATAR_FIELDS if k in fields})
        entry["avatar"] = fields["avatar_path"]  # the stored entry names its avatar-store copy, never the source
        attached += 1
    return attached


def import_registry(store, path: str | os.PathLike, *, sheet: str | None = None, dry_run: bool = False,
                    full: bool = False, max_rows: int = DEFAULT_MAX_ROWS,
                    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS, max_mb: int = DEFAULT_MAX_MB,
                    max_columns: int = DEFAULT_MAX_COLUMNS, now: datetime | None = None,
                    max_name_chars: int = DEFAULT_MAX_NAME_CHARS,
                    read_progress: Callable[[int], None] | None = None,
                    write_progress: Callable[[int, int], None] | None = None,
                    data_dir: str | os.PathLike | None = None, avatar_max_bytes: int = DEFAULT_AVATAR_MAX_BYTES,
                    avatar_max_pixels: int = DEFAULT_AVATAR_MAX_PIXELS) -> ImportResult:
    """Read, validate fully, then (unless ``dry_run`` or any error) write. A file with errors writes nothing.

    With ``data_dir``, local avatar files are copied into it (see ``attach_avatars``)."""
    parsed = read_registry(path, sheet=sheet, max_rows=max_rows, max_cell_chars=max_cell_chars, max_mb=max_mb,
                           max_columns=max_columns, max_name_chars=max_name_chars,
                           progress=read_progress)
    if not parsed.ok:
        return ImportResult(parsed)
    if data_dir is not None:
        attach_avatars(parsed, data_dir, max_bytes=avatar_max_bytes, max_pixels=avatar_max_pixels,
                       write=not dry_run)
        if not parsed.ok:
            return ImportResult(parsed)
    plan = plan_import(store, parsed)
    if dry_run:
        return ImportResult(parsed, plan, removed=len(plan.missing) if full else 0)
    return apply_import(store, parsed, plan, full=full, now=now, progress=write_progress)
