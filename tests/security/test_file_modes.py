"""The data directory and its secrets are private whatever the umask (issue #13, item 9): the directory 0700; the
SQLite store with its -wal/-shm files, the spool, the session key and the run locks 0600; files left open to
others by an older version are tightened, with a warning."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys

import pytest
from scrapy.utils.test import get_crawler

from search_index.base import StoreUnavailable
from search_index.sqlite_backend import SQLiteStore
from tests.conftest import REPO


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def gw(*args, umask: int = 0o000) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govwatch.cli.main", *args], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=300,
                          preexec_fn=lambda: os.umask(umask))


@pytest.mark.e2e
def test_a_fresh_data_dir_is_private_even_with_umask_0(cfg):
    proc = gw("run", "report", "--period", "2026Q3")
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = cfg.data_dir
    db = cfg.path("store.sqlite_path")
    assert mode(data) == 0o700
    assert mode(db) == 0o600
    for suffix in ("-wal", "-shm"):
        if os.path.exists(f"{db}{suffix}"):
            assert mode(f"{db}{suffix}") == 0o600, suffix
    assert mode(data / "locks") == 0o700 and mode(data / "locks" / "report.lock") == 0o600
    assert "已收紧" not in proc.stderr  # nothing was loose


@pytest.mark.e2e
def test_loose_store_files_are_tightened_on_open_with_a_warning(cfg):
    db = cfg.path("store.sqlite_path")
    with SQLiteStore(db) as store:  # -wal and -shm exist while it is open
        store.upsert("registry", [{"platform": "weibo", "account_id": "1", "name": "济南发布", "unit": "u"}])
        os.chmod(cfg.data_dir, 0o755)
        loose = [p for p in (db, f"{db}-wal", f"{db}-shm") if os.path.exists(p)]
        for p in loose:
            os.chmod(p, 0o644)
        proc = gw("registry", "list", "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert mode(cfg.data_dir) == 0o700 and all(mode(p) == 0o600 for p in loose if os.path.exists(p))
    assert proc.stderr.count("已收紧") >= 1 + len(loose) and "0644" in proc.stderr and "0755" in proc.stderr


def test_store_opened_directly_creates_private_files(tmp_path):
    old = os.umask(0)
    try:
        with SQLiteStore(tmp_path / "new" / "govwatch.db") as store:
            store.upsert("registry", [{"platform": "weibo", "account_id": "1", "name": "n", "unit": "u"}])
            files = list((tmp_path / "new").iterdir())
            modes = {p.name: mode(p) for p in files}
    finally:
        os.umask(old)
    assert mode(tmp_path / "new") == 0o700
    assert modes and set(modes.values()) == {0o600}, modes


def test_session_key_created_private_and_an_old_loose_one_tightened(cfg, caplog):
    from alerts.web import secret_key

    old = os.umask(0)
    try:
        key = secret_key(cfg)
    finally:
        os.umask(old)
    path = cfg.data_dir / "web-secret.key"
    assert mode(path) == 0o600 and mode(cfg.data_dir) == 0o700
    os.chmod(path, 0o644)
    with caplog.at_level(logging.WARNING):
        assert secret_key(cfg) == key
    assert mode(path) == 0o600 and "web-secret.key" in caplog.text and "已收紧" in caplog.text


class DownStore(SQLiteStore):
    def upsert(self, collection, docs):
        raise StoreUnavailable("测试：存储已断开")


def test_spool_is_private_and_an_old_loose_spool_is_tightened(cfg, caplog):
    from crawler.pipelines import StorePipeline

    crawler = get_crawler(settings_dict={"GOVWATCH_CONFIG_OBJECT": cfg,
                                         "GOVWATCH_STORE_FACTORY": lambda c: DownStore(c.path("store.sqlite_path"))})
    old = os.umask(0)
    try:
        p = StorePipeline(crawler)
        p.open_spider()
        p._write_batches({"posts": [{"_collection": "posts", "platform": "weibo", "account_id": "1", "post_id": "1",
                                     "text": "x"}]})
        p.close_spider()
    finally:
        os.umask(old)
    spool = cfg.data_dir / "spool"
    (spooled,) = list(spool.glob("*.jsonl"))
    assert mode(spool) == 0o700 and mode(spooled) == 0o600
    os.chmod(spool, 0o755)
    with caplog.at_level(logging.WARNING):
        q = StorePipeline(crawler)
        q.open_spider()  # replays (the store is still down: the file stays) and tightens the old spool
        q.close_spider()
    assert mode(spool) == 0o700 and "spool" in caplog.text and "已收紧" in caplog.text
