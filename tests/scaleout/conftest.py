"""Fixtures of the scale-out tests: a real ``redis-server`` (Debian package) on 127.0.0.1, ephemeral port.

The server runs without persistence (``--save '' --appendonly no``) in a tmp dir and is stopped after the
session. ``./run.sh`` installs the package on fresh machines; without the binary the tests are skipped.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

REDIS_SERVER = "/usr/bin/redis-server"


@dataclass
class RedisServer:
    port: int
    process: subprocess.Popen
    dir: Path

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self):
        import redis

        return redis.Redis.from_url(self.url)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_redis(binary: str, workdir: Path, timeout: float = 10.0) -> RedisServer:
    import redis

    port = _free_port()
    log = workdir / "redis.log"
    proc = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(workdir), "--logfile", str(log), "--protected-mode", "yes", "--daemonize", "no"],
        cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=0.5, socket_timeout=1)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:  # exited: port taken in between, or a bad option
            break
        try:
            if client.ping():
                return RedisServer(port, proc, workdir)
        except redis.ConnectionError:
            time.sleep(0.05)
    stop_redis(proc)
    detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise RuntimeError(f"redis-server did not answer PING on 127.0.0.1:{port}:\n{detail}")


def stop_redis(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    binary = REDIS_SERVER if Path(REDIS_SERVER).exists() else shutil.which("redis-server")
    if not binary:
        pytest.skip("redis-server 未安装（Debian 软件包 redis-server；./run.sh 会安装）：跳过分布式爬取测试")
    workdir = tmp_path_factory.mktemp("redis")
    last: Exception | None = None
    for _ in range(3):  # the ephemeral port may be taken between choosing and binding it
        try:
            server = start_redis(binary, workdir)
            break
        except RuntimeError as exc:
            last = exc
    else:
        raise last  # type: ignore[misc]
    try:
        yield server
    finally:
        stop_redis(server.process)


@pytest.fixture
def redis_db(redis_server):
    """The session's server, emptied before each test."""
    client = redis_server.client()
    client.flushall()
    yield redis_server
    client.close()
