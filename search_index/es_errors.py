"""Errors of the Elasticsearch backend in plain Chinese: one clear sentence per failure, saying what to do.

Connection refused, timeouts and a busy cluster become ``StoreUnavailable`` (writers spool and replay later);
authentication, authorisation, TLS, wrong product and unsupported versions become ``StoreError``. URLs are
shown without credentials.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, SerializationError, TlsError, TransportError
from elasticsearch import ApiError, AuthenticationException, AuthorizationException, UnsupportedProductError

from search_index.base import StoreError, StoreUnavailable

MIN_MAJOR_VERSION = 8


class StoreWriteError(StoreError):
    """Some documents of a bulk write were rejected; ``failed`` lists (id, status, reason), ``written`` the rest."""

    def __init__(self, message: str, failed: list[tuple[str, int, str]], written: int):
        super().__init__(message)
        self.failed = failed
        self.written = written


def redact_url(url: str) -> str:
    """The URL without user:password, for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<无效地址>"
    if parts.username or parts.password:
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return url


def _reason(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, Mapping) else {}
    error = body.get("error")
    if isinstance(error, Mapping):
        root = (error.get("root_cause") or [error])[0]
        return f"{root.get('type', '')}: {root.get('reason', '')}".strip(": ")
    return str(error or exc.message or exc)


def explain_error(exc: Exception, url: str, action: str = "访问") -> StoreError:
    """One clear Chinese message for a client/transport error (StoreUnavailable when the store is down)."""
    where = redact_url(url) or "Elasticsearch"
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, TlsError):
        detail = str(getattr(exc, "message", exc))
        if "CERTIFICATE_VERIFY_FAILED" in detail or "certificate" in detail.lower():
            return StoreError(
                f"Elasticsearch（{where}）的 TLS 证书校验失败（{detail}）：请把 store.elasticsearch_ca_certs 设为集群的"
                " CA 证书（例如 Elasticsearch 生成的 config/certs/http_ca.crt）；仅在测试环境中可把"
                " store.elasticsearch_verify_certs 设为 false")
        if "WRONG_VERSION_NUMBER" in detail or "wrong version number" in detail:
            return StoreError(f"{where} 不是 TLS（https）端口（{detail}）：如果服务器未启用 TLS，地址应以 http:// 开头")
        return StoreError(f"无法与 Elasticsearch（{where}）建立 TLS 安全连接（{detail}）：请检查地址、端口与"
                          " store.elasticsearch_ca_certs / store.elasticsearch_verify_certs")
    if isinstance(exc, ConnectionTimeout):
        return StoreUnavailable(f"连接 Elasticsearch（{where}）超时：请检查服务是否运行、网络与防火墙，"
                                "或调大 store.request_timeout")
    if isinstance(exc, TransportConnectionError):
        hint = "；如果集群启用了 TLS（Elasticsearch 8 默认启用），地址应以 https:// 开头" \
            if where.startswith("http://") else ""
        return StoreUnavailable(f"无法连接 Elasticsearch（{where}）：连接被拒绝或中断，请检查服务是否运行、地址与端口{hint}")
    if isinstance(exc, UnsupportedProductError):
        return StoreError(f"{where} 上的服务不是 Elasticsearch（响应缺少 X-Elastic-Product: Elasticsearch 头）："
                          "govwatch 只支持 Elasticsearch 8.x 及以上版本，不支持 OpenSearch、7.14 以前的旧版本，"
                          "也不支持去掉了该响应头的代理")
    if isinstance(exc, AuthenticationException):
        return StoreError(f"Elasticsearch（{where}）拒绝登录（401）：请检查 store.elasticsearch_api_key，"
                          "或 store.elasticsearch_username 与 store.elasticsearch_password")
    if isinstance(exc, AuthorizationException):
        return StoreError(f"Elasticsearch（{where}）账号权限不足（403），无法{action}：{_reason(exc)}。"
                          "govwatch 需要集群权限 monitor、manage_index_templates、manage_ilm，"
                          "以及对前缀为 store.index_prefix 的索引的 all（或 read、write、manage）权限")
    if isinstance(exc, ApiError):
        if exc.status_code == 429:
            return StoreUnavailable(f"Elasticsearch（{where}）繁忙（429），{action}被拒绝：请稍后再试或扩容集群")
        if exc.status_code in (502, 503, 504):
            return StoreUnavailable(f"Elasticsearch（{where}）暂时不可用（{exc.status_code}）：{_reason(exc)}")
        return StoreError(f"Elasticsearch {action}失败（{exc.status_code}）：{_reason(exc)}")
    if isinstance(exc, SerializationError):
        return StoreError(f"Elasticsearch {action}失败：文档无法存为 JSON（{exc}）")
    if isinstance(exc, TransportError):
        return StoreUnavailable(f"与 Elasticsearch（{where}）通信失败：{exc}")
    return StoreError(f"Elasticsearch {action}失败：{exc}")


def version_problem(info: Mapping[str, Any]) -> str | None:
    """Why the server answering ``GET /`` cannot be used (None when it can)."""
    version = info.get("version") if isinstance(info, Mapping) else None
    number = str((version or {}).get("number", ""))
    distribution = (version or {}).get("distribution")
    if distribution and distribution != "elasticsearch":
        return f"服务器是 {distribution} {number}，不是 Elasticsearch：govwatch 只支持 Elasticsearch 8.x 及以上版本"
    try:
        major = int(number.split(".")[0])
    except ValueError:
        return f"无法识别 Elasticsearch 版本号 {number!r}：govwatch 需要 8.x 或更新版本"
    if major < MIN_MAJOR_VERSION:
        return f"Elasticsearch 版本 {number} 过旧：govwatch 需要 8.x 或更新版本（使用 composable 模板、ILM 与 point-in-time）"
    return None
