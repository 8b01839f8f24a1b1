"""Users of the review UI: kept in the store's ``users`` collection, passwords hashed with Argon2id.

Roles, each including the one before: ``viewer`` (read), ``reviewer`` (change alert states, download evidence),
``admin`` (also see the audit log and the user list).

Password policy (``password_problem``, applied wherever a password is set): at least ``web.password_min_length``
characters; not only whitespace; not one character repeated; not the user name; not one of the 20,000 most
common passwords (``data/common-passwords.txt.gz``, provenance in ``data/COMMON-PASSWORDS.md``), compared
lower-cased and trimmed.

Sessions: every login has a record in the store's ``sessions`` collection (``alerts.web.auth``). Changing the
password, disabling and removing a user delete all of that user's records, which ends every copy of every
session at its next request.
"""

from __future__ import annotations

import gzip
import re
from datetime import datetime
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from alerts.lifecycle import stamp
from core.settings import setting

ROLES = ("viewer", "reviewer", "admin")
ROLE_ZH = {"viewer": "只读", "reviewer": "审核员", "admin": "管理员"}
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")
MIN_PASSWORD: int = setting("web.password_min_length").default
COMMON_PASSWORDS = Path(__file__).resolve().parent / "data" / "common-passwords.txt.gz"

_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so timing does not reveal which names exist.
_DUMMY_HASH = _hasher.hash("govwatch-dummy-password")


class UserError(ValueError):
    """Bad username, password or role; the message is Chinese."""


def role_at_least(role: str | None, needed: str) -> bool:
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


@cache
def common_passwords() -> frozenset[str]:
    with gzip.open(COMMON_PASSWORDS, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def password_problem(password: str, username: str | None = None, min_length: int = MIN_PASSWORD) -> str | None:
    """Why ``password`` is not acceptable (Chinese), or None."""
    if not isinstance(password, str) or not password.strip():
        return "密码不能为空或全是空白"
    if len(password) < min_length:
        return f"密码至少 {min_length} 个字符（配置项 web.password_min_length）"
    if len(set(password)) == 1:
        return "密码不能由同一个字符重复组成"
    if username and password.strip().lower() == username.lower():
        return "密码不能与用户名相同"
    if password.strip().lower() in common_passwords():
        return "这是常见密码（在两万个最常用密码之列），请换一个"
    return None


def _check(username: str, password: str | None = None, role: str | None = None,
           min_length: int = MIN_PASSWORD) -> None:
    if not USERNAME_RE.match(username or ""):
        raise UserError("用户名只能包含字母、数字和 _ . @ -，长度 2–64")
    if password is not None:
        problem = password_problem(password, username, min_length)
        if problem:
            raise UserError(problem)
    if role is not None and role not in ROLES:
        raise UserError(f"角色应为 {' / '.join(ROLES)} 之一")


def _existing(store, username: str) -> dict:
    user = store.get("users", username) if USERNAME_RE.match(username or "") else None
    if user is None:
        raise UserError(f"用户 {username} 不存在")
    return user


def end_sessions(store, username: str) -> int:
    """Delete every login session of ``username``; returns how many there were."""
    ended = store.delete_where("sessions", {"user": username})
    store.refresh("sessions")
    return ended


def add_user(store, username: str, password: str, role: str = "viewer", now: datetime | None = None, *,
             min_length: int = MIN_PASSWORD) -> dict:
    _check(username, password, role, min_length)
    if store.get("users", username) is not None:
        raise UserError(f"用户 {username} 已存在")
    at = stamp(now)
    doc = {"_id": username, "username": username, "role": role, "password_hash": _hasher.hash(password),
           "created_at": at, "password_changed_at": at, "disabled": False}
    store.upsert("users", [doc])
    store.refresh()
    return doc


def set_password(store, username: str, password: str, now: datetime | None = None, *,
                 min_length: int = MIN_PASSWORD) -> dict:
    """A new password; every session of the user ends."""
    _check(username, password, min_length=min_length)
    _existing(store, username)
    doc = store.update("users", username, {"password_hash": _hasher.hash(password),
                                           "password_changed_at": stamp(now)})
    end_sessions(store, username)
    store.refresh()
    return doc


def set_role(store, username: str, role: str) -> dict:
    _check(username, role=role)
    _existing(store, username)
    return store.update("users", username, {"role": role})


def set_disabled(store, username: str, disabled: bool, now: datetime | None = None) -> dict:
    """Disable (every session ends, logins are refused) or enable a user."""
    _existing(store, username)
    doc = store.update("users", username, {"disabled": bool(disabled), "disabled_at": stamp(now) if disabled else None})
    if disabled:
        end_sessions(store, username)
    store.refresh()
    return doc


def remove_user(store, username: str) -> None:
    """Delete a user and every session of theirs (the audit log keeps their name)."""
    _existing(store, username)
    end_sessions(store, username)
    store.delete("users", [username])
    store.refresh()


def list_users(store) -> list[dict]:
    return [{k: v for k, v in u.items() if k != "password_hash"}
            for u in store.scan("users", sort=[("username", "asc")])]


def authenticate(store, username: str, password: str) -> dict | None:
    """The user when the password is right (re-hashing an outdated hash), else None."""
    user = store.get("users", username) if USERNAME_RE.match(username or "") else None
    stored = user.get("password_hash") if user else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or user.get("disabled"):
        return None
    if _hasher.check_needs_rehash(stored):
        store.update("users", username, {"password_hash": _hasher.hash(password)})
    return user
