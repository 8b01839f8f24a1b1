"""Users of the review UI: kept in the store's ``users`` collection, passwords hashed with Argon2id.

Roles, each including the one before: ``viewer`` (read), ``reviewer`` (change alert states, download evidence),
``admin`` (also see the audit log and the user list).
"""

from __future__ import annotations

import re
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from alerts.lifecycle import stamp

ROLES = ("viewer", "reviewer", "admin")
ROLE_ZH = {"viewer": "只读", "reviewer": "审核员", "admin": "管理员"}
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")
MIN_PASSWORD = 8

_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so timing does not reveal which names exist.
_DUMMY_HASH = _hasher.hash("govwatch-dummy-password")


class UserError(ValueError):
    """Bad username, password or role; the message is Chinese."""


def role_at_least(role: str | None, needed: str) -> bool:
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def _check(username: str, password: str | None = None, role: str | None = None) -> None:
    if not USERNAME_RE.match(username or ""):
        raise UserError("用户名只能包含字母、数字和 _ . @ -，长度 2–64")
    if password is not None and len(password) < MIN_PASSWORD:
        raise UserError(f"密码至少 {MIN_PASSWORD} 个字符")
    if role is not None and role not in ROLES:
        raise UserError(f"角色应为 {' / '.join(ROLES)} 之一")


def add_user(store, username: str, password: str, role: str = "viewer", now: datetime | None = None) -> dict:
    _check(username, password, role)
    if store.get("users", username) is not None:
        raise UserError(f"用户 {username} 已存在")
    at = stamp(now)
    doc = {"_id": username, "username": username, "role": role, "password_hash": _hasher.hash(password),
           "created_at": at, "password_changed_at": at, "disabled": False}
    store.upsert("users", [doc])
    store.refresh()
    return doc


def set_password(store, username: str, password: str, now: datetime | None = None) -> dict:
    _check(username, password)
    if store.get("users", username) is None:
        raise UserError(f"用户 {username} 不存在")
    doc = store.update("users", username, {"password_hash": _hasher.hash(password),
                                           "password_changed_at": stamp(now)})
    store.refresh()
    return doc


def set_role(store, username: str, role: str) -> dict:
    _check(username, role=role)
    if store.get("users", username) is None:
        raise UserError(f"用户 {username} 不存在")
    return store.update("users", username, {"role": role})


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
