"""Writing files safely.

Output files a user names (``--out``): ``check_output`` refuses, before any work starts, a path that cannot be
written (a directory, a path under a file, a location without write permission or on a read-only file system);
``atomic_outputs`` writes every file to a temporary name in its target directory and renames them into place
only when all were written, so a failure never leaves half a file or half of a set of files. Missing parent
directories are created.

The data directory holds the store, the spool of unwritten crawl results, the session-signing key and other
secrets: ``private_dir`` creates it (and the directories made for it) with mode 0700 and ``private_file``
creates files with mode 0600, whatever the umask; an existing directory or file open to other users is tightened,
with a warning.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from core.inputs import UserInputError

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

# errors that say the path itself is unusable (the user's input), as opposed to a disk that filled up
_PATH_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EISDIR, errno.ENOENT, errno.ELOOP,
                errno.ENAMETOOLONG, errno.EEXIST}


class OutputError(UserInputError):
    """An output file cannot be written; the message (Chinese) names it and says why. ``code`` is the exit code:
    2 when the path is unusable, 1 when the write failed for another reason (a full disk)."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _reason(exc: OSError) -> str:
    return {
        errno.EACCES: "没有写权限", errno.EPERM: "没有写权限", errno.EROFS: "所在文件系统是只读的",
        errno.ENOTDIR: "路径中有一段不是目录", errno.EISDIR: "这是一个目录", errno.ENOSPC: "磁盘已满",
        errno.ENAMETOOLONG: "路径过长", errno.ELOOP: "符号链接层数过多",
    }.get(exc.errno, exc.strerror or str(exc))


def check_output(path: str | os.PathLike, what: str = "输出文件") -> Path:
    """Raise ``OutputError`` unless ``path`` can be written; return it. Creates nothing."""
    p = Path(path)
    if str(path).strip() == "":
        raise OutputError(f"{what}路径为空")
    if p.is_dir():
        raise OutputError(f"{what} {p} 是一个目录，请给出文件名")
    if p.exists() and not p.is_file():
        if not os.access(p, os.W_OK):
            raise OutputError(f"无法写入{what} {p}：没有写权限")
        return p  # a device or pipe (/dev/null): written in place
    if p.exists() and not os.access(p, os.W_OK):
        raise OutputError(f"无法写入{what} {p}：文件是只读的")
    parent = p.parent
    while not parent.exists():
        if parent.is_symlink():
            raise OutputError(f"无法写入{what} {p}：{parent} 是指向不存在位置的符号链接")
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"无法写入{what} {p}：{parent} 是文件，不是目录")
    if not os.access(parent, os.W_OK | os.X_OK):
        reason = "所在文件系统是只读的" if _read_only_fs(parent) else "没有写权限"
        raise OutputError(f"无法写入{what} {p}：{parent} {reason}")
    if parent == p.parent:
        try:  # the real test: create a file where the output will be created
            fd, probe = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".probe", dir=parent)
        except OSError as exc:
            raise OutputError(f"无法写入{what} {p}：{_reason(exc)}") from None
        os.close(fd)
        os.unlink(probe)
    return p


def _read_only_fs(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _umask() -> int:
    try:  # Linux ≥ 4.7 shows it; reading it elsewhere means setting it, racing other threads' file creation
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_outputs(paths: Sequence[str | os.PathLike], what: str = "输出文件") -> Iterator[list[Path]]:
    """Yield one temporary path per target (same directory, same suffix); rename them all into place when the
    block succeeds, remove them when it fails. Targets that are devices or pipes are yielded as they are."""
    targets = [check_output(p, what) for p in paths]
    temps: list[Path] = []
    try:
        for target in targets:
            if target.exists() and not target.is_file():
                temps.append(target)
                continue
            real = Path(os.path.realpath(target))
            try:
                real.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=f".{real.stem}.", suffix=f".tmp{real.suffix}", dir=real.parent)
            except OSError as exc:
                raise OutputError(f"无法写入{what} {target}：{_reason(exc)}",
                                  2 if exc.errno in _PATH_ERRNOS else 1) from None
            os.close(fd)
            # the mode a plain open() would give (mkstemp makes 0600), or the replaced file's
            mode = stat.S_IMODE(real.stat().st_mode) if real.is_file() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
            temps.append(Path(tmp))
        yield temps
        for target, tmp in zip(targets, temps):
            if tmp != target:
                os.replace(tmp, os.path.realpath(target))
    except OSError as exc:
        raise OutputError(f"写入{what}失败：{_reason(exc)}（{exc.filename or ''}）",
                          2 if exc.errno in _PATH_ERRNOS else 1) from None
    finally:
        for target, tmp in zip(targets, temps):
            if tmp != target:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, what: str = "输出文件") -> Iterator[Path]:
    """``atomic_outputs`` for one file."""
    with atomic_outputs([path], what) as (tmp,):
        yield tmp


# ---- private files in the data directory ---------------------------------------------------------------------


def tighten(path: str | os.PathLike, mode: int) -> bool:
    """Remove permissions beyond ``mode`` from an existing file or directory, with a warning; True if changed."""
    p = Path(path)
    try:
        current = stat.S_IMODE(p.stat().st_mode)
    except FileNotFoundError:
        return False
    if not current & ~mode:
        return False
    kind = "目录" if p.is_dir() else "文件"
    try:
        os.chmod(p, current & mode)
    except OSError as exc:
        log.warning("%s %s 的权限为 %04o（其他用户可访问），无法收紧：%s", kind, p, current, exc.strerror or exc)
        return False
    log.warning("%s %s 的权限为 %04o（其他用户可访问），已收紧为 %04o", kind, p, current, current & mode)
    return True


def private_dir(path: str | os.PathLike) -> Path:
    """Create ``path`` (and its missing parents) with mode 0700, or tighten it when it exists; return it."""
    p = Path(path)
    missing = []
    parent = p
    while not parent.exists():
        missing.append(parent)
        if parent.parent == parent:
            break
        parent = parent.parent
    for d in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            d.mkdir(mode=PRIVATE_DIR_MODE)
            os.chmod(d, PRIVATE_DIR_MODE)  # exactly, whatever the umask
    if not missing:
        tighten(p, PRIVATE_DIR_MODE)
    return p


def private_file(path: str | os.PathLike) -> Path:
    """Create an empty ``path`` with mode 0600 when missing, or tighten it when it exists; return it."""
    p = Path(path)
    try:
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        tighten(p, PRIVATE_FILE_MODE)
        return p
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)
    return p


def open_private(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8"):
    """Open a file for writing (``w``: truncated, ``a``: appended) with mode 0600, whatever the umask."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    os.fchmod(fd, PRIVATE_FILE_MODE)
    return os.fdopen(fd, mode, encoding=None if "b" in mode else encoding)
