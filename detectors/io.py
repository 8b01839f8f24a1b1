"""Reading account / post / finding JSONL files (the offline formats of docs/ARCHITECTURE.md) and writing findings.

Contract for users' files: **all or nothing**. A file with any bad line (not JSON, JSON nested absurdly deep, not
an object, a missing required field, a field of the wrong type — a list where text is expected, an object as
``name`` —, an unknown platform, an unreadable time or flag) is rejected as a whole with an
``InputFileError`` naming the file and the line numbers (up to ``MAX_REPORTED`` of them), and nothing from it
is used. Running detectors on a silently shortened account list would report zombies and unregistered
accounts that are merely missing lines, so skipping is not an option. Blank lines are allowed; the file may
start with a UTF-8 BOM.

Records are normalised on reading: ``platform`` accepts codes and Chinese names (``微博`` → ``weibo``), times
are checked to parse, flags accept true/false, 1/0 and 是/否.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from core import inputs
from core.inputs import ANY, ID, NUMBER, OBJECT, TEXT, TEXT_LIST, TEXTS, UserInputError, brief, type_problems
from core.records import parse_time, platform_code

MAX_REPORTED = 10

ACCOUNT_REQUIRED = ("platform", "account_id")
POST_REQUIRED = ("platform", "account_id", "post_id", "created_at")
ACCOUNT_TIMES = ("last_post_at", "last_original_at", "crawled_at")
POST_TIMES = ("created_at", "crawled_at")
ACCOUNT_FLAGS = ("verified",)
POST_FLAGS = ("is_original", "is_pinned")
CRAWL_STATUSES = ("ok", "blocked", "failed", "gone")

# JSON types of the fields (ARCHITECTURE.md plus what govwatch adds); flags are checked by ``_flag``, unknown
# fields pass through unchecked. Counts may be text ("1.2万") as platforms show them.
COUNT = ID
ACCOUNT_TYPES = {
    "platform": TEXT, "account_id": ID, "name": TEXT, "url": TEXT, "avatar": TEXT, "avatar_url": TEXT,
    "verified_type": TEXT, "verified_reason": TEXT, "description": TEXT, "followers": COUNT, "posts_count": COUNT,
    "last_post_at": TEXT, "last_original_at": TEXT, "crawled_at": TEXT, "discovered_by": TEXTS, "crawl_status": TEXT,
    "avatar_path": TEXT, "avatar_sha256": TEXT, "avatar_phash": TEXT, "raw": ANY,
}
POST_TYPES = {
    "platform": TEXT, "account_id": ID, "post_id": ID, "created_at": TEXT, "text": TEXT, "source": TEXT, "url": TEXT,
    "crawled_at": TEXT,
}
FINDING_TYPES = {
    "kind": TEXT, "platform": TEXT, "account_id": ID, "score": NUMBER, "target": OBJECT, "unit": TEXT,
    "reasons": TEXT_LIST, "evidence": OBJECT, "detected_at": TEXT, "name": TEXT, "region": TEXT, "url": TEXT,
    "severity": TEXT, "run_id": TEXT,
}
TARGET_TYPES = {"platform": TEXT, "account_id": ID, "name": TEXT}

_TRUE = {"true", "1", "yes", "y", "是", "t"}
_FALSE = {"false", "0", "no", "n", "否", "f", ""}


class InputFileError(UserInputError):
    """A user's file is unusable; ``problems`` are (line number, Chinese message) pairs."""

    def __init__(self, path: Path | str, problems: list[tuple[int | None, str]], total: int | None = None):
        self.path = str(path)
        self.problems = problems
        self.total = total if total is not None else len(problems)
        lines = [f"第 {n} 行：{msg}" if n else msg for n, msg in problems]
        more = f"\n  ……共 {self.total} 处错误，只列出前 {len(problems)} 处" if self.total > len(problems) else ""
        super().__init__(f"文件 {self.path} 有错误，未导入任何内容：\n  " + "\n  ".join(lines) + more)


def _flag(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        folded = value.strip().lower()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False if folded else None
    raise ValueError(f"无法理解的布尔值 {brief(value)}（应为 true/false）")


def field_problems(record: dict, types: dict[str, str]) -> list[str]:
    """Wrongly typed fields of a record (a finding's ``target`` is checked inside too)."""
    problems = type_problems(record, types)
    if types is FINDING_TYPES and isinstance(record.get("target"), dict):
        problems += [p.replace("字段 ", "字段 target.", 1) for p in type_problems(record["target"], TARGET_TYPES)]
    return problems


def _normalise(record: dict, required: tuple[str, ...], times: tuple[str, ...], flags: tuple[str, ...],
               types: dict[str, str]) -> dict:
    problems = field_problems(record, types)
    if problems:
        raise ValueError("；".join(problems))
    missing = [f for f in required if record.get(f) in (None, "")]
    if missing:
        raise ValueError(f"缺少必填字段 {', '.join(missing)}")
    out = dict(record)
    code = platform_code(str(record["platform"]))
    if code is None:
        raise ValueError(f"未知的平台 {brief(record['platform'])}")
    out["platform"] = code
    out["account_id"] = str(record["account_id"])
    if "post_id" in record and record["post_id"] is not None:
        out["post_id"] = str(record["post_id"])
    for name in times:
        value = record.get(name)
        if value in (None, ""):
            out[name] = None
            continue
        try:
            parse_time(value)
        except (TypeError, ValueError):
            raise ValueError(f"字段 {name} 的时间 {brief(value)} 无法解析（应为 ISO-8601，例如 2026-10-29T08:00:00+08:00）") from None
    for name in flags:
        if name in record:
            try:
                out[name] = _flag(record[name])
            except ValueError as exc:
                raise ValueError(f"字段 {name}：{exc}") from None
    status = record.get("crawl_status")
    if status not in (None, "") and status not in CRAWL_STATUSES:
        raise ValueError(f"字段 crawl_status 的值 {brief(status)} 无效（应为 {'/'.join(CRAWL_STATUSES)}）")
    return out


def read_jsonl(path: str | os.PathLike, normalise: Callable[[dict], dict] | None = None,
               unique: tuple[str, ...] = ()) -> list[dict]:
    """All records of a JSONL file, or ``InputFileError`` naming every bad line (nothing is returned then).

    ``unique``: fields whose combination must not repeat (a second record for the same account is an error:
    which one is right?)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(path, [(None, f"无法读取：{exc.strerror or exc}")]) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records: list[dict] = []
    problems: list[tuple[int, str]] = []
    seen: dict[tuple, int] = {}
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            problems.append((number, "不是 UTF-8 编码的文本"))
            continue
        if not line:
            continue
        try:
            record = inputs.loads(line)
        except json.JSONDecodeError as exc:
            problems.append((number, f"不是合法的 JSON（第 {exc.colno} 列：{exc.msg}）"))
            continue
        except inputs.JSONTooDeep as exc:
            problems.append((number, str(exc)))
            continue
        if not isinstance(record, dict):
            problems.append((number, "应为一个 JSON 对象 {…}"))
            continue
        try:
            record = normalise(record) if normalise else record
        except ValueError as exc:
            problems.append((number, str(exc)))
            continue
        if unique:
            key = tuple(record.get(f) for f in unique)
            if key in seen:
                problems.append((number, f"与第 {seen[key]} 行重复（{'/'.join(str(k) for k in key)}）"))
                continue
            seen[key] = number
        records.append(record)
    if problems:
        raise InputFileError(path, problems[:MAX_REPORTED], total=len(problems))
    return records


def read_accounts(path: str | os.PathLike) -> list[dict]:
    """Account records (docs/ARCHITECTURE.md); the same platform+account_id twice is an error."""
    return read_jsonl(path, lambda r: _normalise(r, ACCOUNT_REQUIRED, ACCOUNT_TIMES, ACCOUNT_FLAGS, ACCOUNT_TYPES),
                      unique=("platform", "account_id"))


def read_posts(path: str | os.PathLike) -> list[dict]:
    """Post records (docs/ARCHITECTURE.md); a repeated platform+account_id+post_id is an error."""
    return read_jsonl(path, lambda r: _normalise(r, POST_REQUIRED, POST_TIMES, POST_FLAGS, POST_TYPES),
                      unique=("platform", "account_id", "post_id"))


def read_findings(path: str | os.PathLike) -> list[dict]:
    """Findings written by an earlier run (``--previous``), used for first-seen times."""
    def check(record: dict) -> dict:
        problems = field_problems(record, FINDING_TYPES)
        if problems:
            raise ValueError("；".join(problems))
        if not record.get("kind"):
            raise ValueError("缺少必填字段 kind")
        return record
    return read_jsonl(path, check)


def dump_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False, default=str) + "\n"


def write_jsonl(path: str | os.PathLike, records: Iterable[dict]) -> int:
    """Write records atomically (a temporary file renamed into place): a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            count = write_stream(fh, records)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def write_stream(fh: TextIO, records: Iterable[dict]) -> int:
    count = 0
    for record in records:
        fh.write(dump_line(record))
        count += 1
    return count
