"""Checking what users and crawled pages give us: JSON nesting, field types, URLs.

Every check raises (or returns) a Chinese message that names what is wrong; the command line turns a
``UserInputError`` into exit code 2 without a traceback.

- ``loads``: ``json.loads`` that refuses documents nested deeper than ``MAX_JSON_DEPTH`` with a ``JSONTooDeep``
  (a ``ValueError``, like a syntax error) instead of letting Python's recursion limit end the process with a
  ``RecursionError`` — during parsing or later, in code that walks the document. Real documents (platform
  answers, our own records) nest a few levels; a hundred is already absurd.
- ``type_problem``: a field of a user's record has the wrong JSON type (a list where text is expected…).
- ``check_http_url``: a URL given by the user is a usable http(s) URL with a host.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

MAX_JSON_DEPTH = 100


class UserInputError(ValueError):
    """Bad input from the user (a file, an argument, a path): a Chinese message, exit code 2."""

    code = 2


class JSONTooDeep(ValueError):
    """A JSON document nests deeper than ``MAX_JSON_DEPTH``."""


def _too_deep(limit: int) -> JSONTooDeep:
    return JSONTooDeep(f"JSON 嵌套层数超过 {limit} 层，拒绝处理")


def depth(value: Any, stop_above: int | None = None) -> int:
    """Nesting depth of a parsed JSON value (a scalar is 0, ``[]`` is 1), level by level — no recursion, so any
    depth is safe; stops counting once past ``stop_above``."""
    level = [value] if type(value) in (list, dict) else []
    deepest = 0
    while level and (stop_above is None or deepest <= stop_above):
        deepest += 1
        below: list = []
        for node in level:
            below.extend([c for c in (node.values() if type(node) is dict else node) if type(c) in (list, dict)])
        level = below
    return deepest


def loads(data: str | bytes | bytearray, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` with a nesting limit (``JSONTooDeep``); other errors as ``json.loads`` raises them."""
    try:
        value = json.loads(data)
    except RecursionError:
        raise _too_deep(max_depth) from None
    # fewer opening brackets than the limit cannot nest deeper than it: skip the walk for ordinary documents
    text = data if isinstance(data, str) else bytes(data)
    opening = (text.count("[") + text.count("{")) if isinstance(text, str) else (text.count(b"[") + text.count(b"{"))
    if opening > max_depth and depth(value, stop_above=max_depth) > max_depth:
        raise _too_deep(max_depth)
    return value


# ---- field types --------------------------------------------------------------------------------------------------

TEXT, ID, INT, NUMBER, OBJECT, TEXT_LIST, ANY = "text", "id", "int", "number", "object", "text_list", "any"
TEXTS = "texts"  # a text or a list of texts (an account's ``discovered_by``: the keyword, or every keyword that found it)

_EXPECTED = {TEXT: "文本", ID: "文本或整数", INT: "整数", NUMBER: "数字", OBJECT: "对象 {…}",
             TEXT_LIST: "文本的列表 […]", TEXTS: "文本或文本的列表"}


def json_type_zh(value: Any) -> str:
    """The JSON type of ``value`` in Chinese (for error messages; never the value itself, which may be huge)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "布尔值"
    if isinstance(value, int):
        return "整数"
    if isinstance(value, float):
        return "小数"
    if isinstance(value, str):
        return "文本"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, dict):
        return "对象"
    return type(value).__name__


def brief(value: Any, limit: int = 60) -> str:
    """``repr`` of a scalar, shortened, for an error message; containers by their type (never walked)."""
    if isinstance(value, (list, dict)):
        return f"（{json_type_zh(value)}）"
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"…（共 {len(text)} 个字符）"


def type_problem(name: str, value: Any, kind: str) -> str | None:
    """What is wrong with field ``name`` of a record, or None. ``null`` is always allowed (a missing value)."""
    if value is None or kind == ANY:
        return None
    ok = {
        TEXT: isinstance(value, str),
        ID: isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)),
        INT: isinstance(value, int) and not isinstance(value, bool),
        NUMBER: isinstance(value, (int, float)) and not isinstance(value, bool),
        OBJECT: isinstance(value, dict),
        TEXT_LIST: isinstance(value, list) and all(isinstance(v, str) for v in value),
        TEXTS: isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)),
    }[kind]
    if ok:
        return None
    if kind in (TEXT_LIST, TEXTS) and isinstance(value, list):
        return f"字段 {name} 应为{_EXPECTED[kind]}，其中有{json_type_zh(next(v for v in value if not isinstance(v, str)))}"
    return f"字段 {name} 应为{_EXPECTED[kind]}，实际是{json_type_zh(value)}"


# The exact Python types of a value each kind accepts besides null (``type(value) in``: a bool is no integer; a list's
# items not looked at): the fast form of ``type_problem`` for a reader that checks millions of records by their shape
# (``detectors.run``); a value it rejects gets ``type_problem``, whose message says what is wrong.
EXACT_TYPES = {TEXT: frozenset({str}), ID: frozenset({str, int}), INT: frozenset({int}), NUMBER: frozenset({int, float}),
               OBJECT: frozenset({dict}), TEXT_LIST: frozenset({list}), TEXTS: frozenset({str, list})}


def type_problems(record: dict, types: dict[str, str]) -> list[str]:
    """Every wrongly typed field of ``record`` (fields not in ``types`` are not checked)."""
    return [p for name, kind in types.items() if name in record
            for p in [type_problem(name, record[name], kind)] if p]


# ---- URLs -----------------------------------------------------------------------------------------------------


class BadURL(UserInputError):
    """Not a usable http(s) URL; the message says why."""


def check_http_url(text: str) -> str:
    """``text`` stripped when it is an http(s) URL with a valid host and port, else ``BadURL``."""
    url = str(text).strip()
    shown = url[:200]
    if not url:
        raise BadURL("网址为空")
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise BadURL(f"网址中不能有空白或控制字符：{shown!r}")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadURL(f"网址格式错误：{shown}（{exc}）") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise BadURL(f"网址必须以 http:// 或 https:// 开头：{shown}")
    host = parts.hostname
    if not host:
        raise BadURL(f"网址缺少主机名：{shown}")
    if port == 0:
        raise BadURL(f"网址的端口无效：{shown}")
    if not host.startswith("[") and ":" not in host:
        try:
            host.encode("idna")
        except UnicodeError:
            raise BadURL(f"网址的主机名无效：{shown}") from None
    return url
