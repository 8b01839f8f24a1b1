"""The storage contract on the embedded SQLite backend, plus what only SQLite has (WAL, files, processes)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from search_index.base import StoreError, StoreUnavailable, with_id
from search_index.sqlite_backend import SCHEMA_VERSION, SQLiteStore
from tests.search_index.contract import StoreContract, sample

REPO = Path(__file__).resolve().parents[2]


class TestSQLiteStore(StoreContract):
    def make_store(self):
        return SQLiteStore(self.tmp_path / "store" / "govwatch.db")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "nested" / "dir" / "govwatch.db"


@pytest.fixture
def sq(db_path):
    s = SQLiteStore(db_path)
    yield s
    s.close()


def test_creates_parent_directories_and_uses_wal(sq, db_path):
    assert db_path.is_file()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert sq._conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_reopen_keeps_data_and_index(db_path):
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "上海发布", "description": "新闻"}])
    with SQLiteStore(db_path) as s:
        assert s.get("accounts", "weibo:1")["name"] == "上海发布"
        assert [d["_id"] for d in s.search("accounts", "上海发布")] == ["weibo:1"]
        assert [d["_id"] for d in s.search("accounts", "上海")] == ["weibo:1"]


def test_query_length_picks_the_index(sq):
    sq.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "山东发布",
                            "description": "驻上海联络处"}])
    for query, path in [("上", "instr"), ("上海", "bigram"), ("上海联", "fts"), ("驻上海联络", "fts")]:
        assert [d["_id"] for d in sq.search("accounts", query)] == ["weibo:1"], query
        assert sq.last_search_path == path, query
    # a field outside the full-text index is searched by scanning, whatever the length
    sq.upsert("accounts", [{"platform": "weibo", "account_id": "2", "name": "x", "crawl_status": "正常抓取中"}])
    assert [d["_id"] for d in sq.search("accounts", "正常抓取", fields=["crawl_status"])] == ["weibo:2"]
    assert sq.last_search_path == "instr"


def test_one_text_index_without_positions(sq):
    """Schema 3 keeps one text index per collection: bigrams, no positions for one field, no column sizes."""
    names = {r[0] for r in sq._conn.execute("SELECT name FROM sqlite_master")}
    assert "f_posts" not in names and "v_posts" not in names and {"g_posts", "p_posts"} <= names
    ddl = sq._conn.execute("SELECT sql FROM sqlite_master WHERE name = 'g_posts'").fetchone()[0]
    assert "detail=none" in ddl and "columnsize=0" in ddl
    sq.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "济南发布", "description": "济南新闻"}])
    sq.refresh()
    # the name has its own words (marked), the other text fields share the plain ones, so the name tier of
    # search does not walk the doclists of words that are common in descriptions (schema 6)
    grams = [r[0] for r in sq._conn.execute("SELECT gw_bigrams(json_extract(doc, '$.name'), 1) FROM c_accounts")]
    assert grams == ["\ue001济南 \ue001南发 \ue001发布"]
    count = "SELECT count(*) FROM g_accounts WHERE g_accounts MATCH ?"
    assert sq._conn.execute(count, ('"\ue001新闻"',)).fetchone()[0] == 0
    assert sq._conn.execute(count, ('"新闻"',)).fetchone()[0] == 1
    assert [d["_id"] for d in sq.search("accounts", "济南", fields=["name"])] == ["weibo:1"]
    assert sq.search("accounts", "新闻", fields=["name"]) == []
    assert [d["_id"] for d in sq.search("accounts", "南新闻")] == ["weibo:1"]


def test_bigrams_of_a_query_are_only_candidates(sq):
    """Without positions, a document holding every bigram of the query elsewhere must not match."""
    sq.upsert("posts", [
        {"platform": "weibo", "account_id": "1", "post_id": "1", "text": "上海发布会，发布上海新闻"},  # 上海 海发 发布
        {"platform": "weibo", "account_id": "1", "post_id": "2", "text": "海发集团在上海召开发布会"},  # 海发, 上海, 发布
        {"platform": "weibo", "account_id": "1", "post_id": "3", "text": "Police 110 报警"}])
    assert [d["post_id"] for d in sq.search("posts", "上海发布")] == ["1"] and sq.last_search_path == "fts"
    assert [d["post_id"] for d in sq.search("posts", "上海发布", order="newest")] == ["1"]
    assert [d["post_id"] for d in sq.search("posts", "POLICE 1")] == ["3"]  # ASCII case folded, a digit run
    assert [d["post_id"] for d in sq.search("posts", "ce 110 报")] == ["3"]
    assert sq.search("posts", "ce 111") == []
    assert [d["post_id"] for d in sq.search("posts", "，发")] == ["1"] and sq.last_search_path == "instr"


def test_two_connections_see_each_other(db_path):
    a, b = SQLiteStore(db_path), SQLiteStore(db_path)
    try:
        a.upsert("runs", [sample("runs", 1)])
        assert b.get("runs", "run-1")["kind"] == "nightly"
        b.update("runs", "run-1", {"status": "failed"})
        assert a.get("runs", "run-1")["status"] == "failed"
        assert a.count("runs", {"status": "failed"}) == 1
    finally:
        a.close()
        b.close()


WRITER = """
import sys
from search_index.sqlite_backend import SQLiteStore
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with SQLiteStore(path) as s:
    for i in range(0, n, 50):
        s.upsert("posts", [{"platform": "weibo", "account_id": tag, "post_id": str(j), "text": f"进程{tag}第{j}条"}
                           for j in range(i, min(n, i + 50))])
"""


def test_processes_write_the_same_file(sq, db_path):
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), tag, "400"], cwd=REPO)
             for tag in ("p1", "p2")]
    for i in range(0, 200, 20):  # this process writes at the same time
        sq.upsert("posts", [{"platform": "weibo", "account_id": "main", "post_id": str(j), "text": "主进程"}
                            for j in range(i, i + 20)])
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    assert sq.count("posts") == 1000
    assert sq.count("posts", {"account_id": "p2"}) == 400
    assert [d["_id"] for d in sq.search("posts", "进程p1第399条")] == ["weibo:p1:399"]


def test_threads_share_one_store(sq):
    errors = []

    def work(tag):
        try:
            for i in range(20):
                sq.upsert("posts", [{"platform": "weibo", "account_id": tag, "post_id": str(i), "text": "并发"}])
                sq.count("posts", {"account_id": tag})
                sq.search("posts", "并发", limit=5)
        except Exception as exc:  # noqa: BLE001 - any error in a thread is reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"t{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sq.count("posts") == 80


def test_scan_streams_and_allows_writes_while_iterating(sq):
    sq.upsert("posts", [sample("posts", i) for i in range(1200)])
    seen = 0
    for doc in sq.scan("posts", sort=[("created_at", "asc")]):
        if seen % 100 == 0:
            sq.update("posts", doc["_id"], {"seen": True})
        seen += 1
    assert seen == 1200
    assert sq.count("posts", {"seen": True}) == 12
    it = sq.scan("posts")  # an abandoned scan does not block writers
    next(it)
    sq.upsert("posts", [sample("posts", 5000)])
    it.close()
    assert sq.count("posts") == 1201


def test_booleans_numbers_and_text_are_distinct(sq):
    sq.upsert("probes", [{"_id": "a", "url": "u", "ok": True}, {"_id": "b", "url": "u", "ok": "true"},
                         {"_id": "c", "url": "u", "ok": False}, {"_id": "d", "url": "u", "ok": 0},
                         {"_id": "e", "url": "u", "ok": "0"}, {"_id": "f", "url": "u", "ok": ["x"]},
                         {"_id": "g", "url": "u", "ok": '["x"]'}, {"_id": "h", "url": "u"}])
    ids = lambda f: sorted(d["_id"] for d in sq.scan("probes", f))  # noqa: E731
    assert ids({"ok": True}) == ["a"]
    assert ids({"ok": "true"}) == ["b"]
    assert ids({"ok": False}) == ["c", "d"]  # Python: False == 0
    assert ids({"ok": "0"}) == ["e"]
    assert ids({"ok": '["x"]'}) == ["g"]
    assert ids({"ok": None}) == ["h"]
    assert ids({"ok": {"gt": "0"}}) == ["b", "g"]  # text ranges ignore numbers, booleans and arrays
    assert ids({"ok": {"lt": 1}}) == ["c", "d"]


def test_lone_surrogates_and_nul_round_trip(sq):
    doc = {"_id": "x", "alert_id": "a", "note": "坏\ud800字符\x00结尾"}
    sq.upsert("alert_history", [doc])
    assert sq.get("alert_history", "x") == doc


def test_bad_documents_raise_clear_errors(sq):
    with pytest.raises(StoreError, match="无法计算 id"):
        sq.upsert("posts", [{"platform": "weibo"}])
    with pytest.raises(StoreError, match="不是字典"):
        sq.upsert("posts", ["text"])
    with pytest.raises(StoreError, match="JSON"):
        sq.upsert("runs", [{"run_id": "1", "x": float("nan")}])
    with pytest.raises(StoreError, match="JSON"):
        sq.upsert("runs", [{"run_id": "1", "x": b"bytes"}])
    with pytest.raises(StoreError, match="字段名"):
        list(sq.scan("runs", {'a"b': 1}))
    assert sq.count("runs") == 0 and sq.count("posts") == 0


def test_datetimes_are_stored_as_iso(sq):
    from datetime import datetime

    sq.upsert("runs", [{"run_id": "1", "started_at": datetime(2026, 11, 1, 8, 30)}])
    assert sq.get("runs", "1")["started_at"] == "2026-11-01T08:30:00+08:00"


def test_locked_database_raises_store_unavailable(db_path):
    s = SQLiteStore(db_path, timeout=0.2)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreUnavailable, match="锁定"):
            s.upsert("runs", [sample("runs", 1)])
        blocker.execute("ROLLBACK")
        s.upsert("runs", [sample("runs", 1)])  # usable again once the lock is gone
        assert s.count("runs") == 1
    finally:
        blocker.close()
        s.close()


def test_corrupt_file_raises_store_error(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match="损坏"):
        SQLiteStore(path)


def test_impossible_paths_raise_store_error(tmp_path):
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(StoreError, match="无法创建"):
        SQLiteStore(tmp_path / "a_file" / "x.db")
    (tmp_path / "a_dir.db").mkdir()
    with pytest.raises(StoreError, match="无法打开"):
        SQLiteStore(tmp_path / "a_dir.db")


@pytest.mark.skipif(os.geteuid() == 0, reason="以 root 运行时文件权限不起作用，无法测试只读目录")
def test_unwritable_location_raises_store_error(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(StoreError):
            SQLiteStore(ro / "sub" / "x.db")
        with pytest.raises(StoreError):
            SQLiteStore(ro / "x.db")
    finally:
        ro.chmod(0o700)


def test_newer_schema_is_refused(db_path):
    SQLiteStore(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="升级"):
        SQLiteStore(db_path)


def test_full_text_index_rebuilt_when_its_fields_change(db_path):
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "广州交警", "description": "交通"}])
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE meta SET value = '{\"fields\": [\"name\"]}' WHERE key = 'fts:accounts'")
    conn.execute("INSERT INTO g_accounts(g_accounts) VALUES ('delete-all')")  # as if built for other fields
    conn.commit()
    conn.close()
    with SQLiteStore(db_path) as s:
        assert [d["_id"] for d in s.search("accounts", "广州交警")] == ["weibo:1"]
        s.upsert("accounts", [{"platform": "weibo", "account_id": "2", "name": "济南公安"}])
        assert [d["_id"] for d in s.search("accounts", "济南公安")] == ["weibo:2"]


def test_fts_stays_in_sync(sq):
    sq.upsert("accounts", [with_id("accounts", {"platform": "weibo", "account_id": str(i), "name": f"账号{i}号",
                                                "description": "简介"}) for i in range(50)])
    sq.update("accounts", "weibo:3", {"name": "改名后的账号"})
    sq.update("accounts", "weibo:7", {"followers": 10})  # no text changed: the index row stays as it is
    sq.delete("accounts", ["weibo:4"])
    sq.delete_where("accounts", {"account_id": ["5", "6"]})
    sq.refresh("accounts")
    assert sq._conn.execute("SELECT count(*) FROM p_accounts").fetchone()[0] == 0
    sq._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")
    assert sq._conn.execute("SELECT count(*) FROM g_accounts WHERE g_accounts MATCH '\"简介\"'").fetchone()[0] == 47
    assert [d["_id"] for d in sq.search("accounts", "改名后")] == ["weibo:3"]
    assert sq.search("accounts", "账号3号") == []
    assert [d["_id"] for d in sq.search("accounts", "账号7号")] == ["weibo:7"]


def test_ping_close_and_refresh(sq, db_path):
    sq.ping()
    sq.refresh()
    sq.refresh("posts")
    with pytest.raises(StoreError):
        sq.refresh("nope")
    sq.close()
    sq.close()
    with pytest.raises(StoreError, match="已关闭"):
        sq.count("posts")
    with pytest.raises(StoreError, match="已关闭"):
        sq.ping()


def test_ping_notices_a_removed_file(db_path):
    s = SQLiteStore(db_path)
    try:
        os.remove(db_path)
        with pytest.raises(StoreUnavailable, match="不存在"):
            s.ping()
    finally:
        s.close()


def test_empty_query_returns_filtered_documents(sq):
    sq.upsert("accounts", [sample("accounts", i) for i in range(5)])
    got = sq.search("accounts", "  ", filters={"platform": "weibo"}, limit=10)
    assert {d["_id"] for d in got} == {d["_id"] for d in sq.scan("accounts", {"platform": "weibo"})}


def test_open_store_picks_sqlite(cfg):
    from search_index import open_store

    with open_store(cfg) as s:
        assert isinstance(s, SQLiteStore)
        assert s.path == cfg.path("store.sqlite_path")
        s.ping()


@pytest.mark.parametrize("collection,filters", [
    ("posts", {"account_id": "a1"}),
    ("posts", {"account_id": ["a1", "a2"]}),
    ("posts", {"platform": "weibo", "account_id": "a1"}),  # never by platform alone: no index on it
    ("posts", {"account_id": ["a1", "a2"], "created_at": {"gte": "2026-11-01"}}),  # never by time alone
    ("posts", {"account_id": "a1", "created_at": {"lt": "2026-11-01"}}),
    ("registry", {"platform": "weibo"}),
    ("findings", {"run_id": "r1", "kind": "impostor"}),
    ("alerts", {"state": ["new", "confirmed"]}),
    ("registry", {"status": "active"}),
])
def test_filters_on_keyword_and_time_fields_use_indexes(sq, collection, filters):
    plan = sq.explain(collection, filters)
    assert "USING INDEX" in plan and "SCAN" not in plan, plan
    assert "SCAN" in sq.explain(collection, {"unindexed_field": "x"})


def test_a_bad_document_in_a_list_writes_nothing(sq):
    good = [sample("posts", i) for i in range(3000)]
    with pytest.raises(StoreError, match="第 3001 个文档"):
        sq.upsert("posts", good + [{"platform": "weibo"}])
    assert sq.count("posts") == 0


def test_full_text_fields_with_reserved_names(tmp_path):
    from search_index.base import CollectionSpec
    from search_index.sqlite_backend import _bigrams, _catch_up_in, _Tables

    t = _Tables(CollectionSpec("odd", lambda d: d["k"], text_fields=("rank", "rowid", "a.b"), name_fields=("rank",)))
    conn = sqlite3.connect(tmp_path / "odd.db")
    conn.create_function("gw_bigrams", 1, _bigrams, deterministic=True)  # what every govwatch connection does
    conn.create_function("gw_bigrams", 2, _bigrams, deterministic=True)
    conn.create_function("gw_bigrams", 3, _bigrams, deterministic=True)
    for sql in t.ddl() + t.fts_ddl():
        conn.execute(sql)
    conn.execute("INSERT INTO c_odd(id, doc) VALUES ('1', ?)", ('{"rank": "排名第一", "a": {"b": "嵌套字段"}}',))
    _catch_up_in(conn, t)
    assert conn.execute("SELECT rowid FROM g_odd WHERE g_odd MATCH '\"嵌套\" \"套字\"'").fetchall() == [(-1,)]
    assert conn.execute("SELECT rowid FROM g_odd WHERE g_odd MATCH '\"\ue001排名\"'").fetchall() == [(-1,)]
    conn.close()


def test_raw_sql_writes_are_queued_for_the_index(sq):
    """A writer outside govwatch (the sqlite3 shell) does not leave the index stale: its rows are queued by the
    triggers, which need no govwatch function, and the next search indexes them."""
    sq.upsert("accounts", [{"platform": "weibo", "account_id": "8", "name": "青岛发布"}])
    sq.refresh()
    raw = sqlite3.connect(sq.path)
    try:
        raw.execute("INSERT INTO c_accounts(id, doc) VALUES ('weibo:9', '{\"name\": \"上海发布\"}')")
        raw.execute("UPDATE c_accounts SET doc = '{\"name\": \"烟台发布\"}' WHERE id = 'weibo:8'")
        raw.commit()
    finally:
        raw.close()
    assert [d["_id"] for d in sq.search("accounts", "上海发布")] == ["weibo:9"]
    assert [d["_id"] for d in sq.search("accounts", "烟台")] == ["weibo:8"] and sq.search("accounts", "青岛") == []


def test_bigram_index_follows_updates_and_deletes(sq):
    sq.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "上海发布"}])
    assert [d["_id"] for d in sq.search("accounts", "上海")] == ["weibo:1"]
    sq.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "济南公安"}])
    assert sq.search("accounts", "上海") == [] and [d["_id"] for d in sq.search("accounts", "济南")] == ["weibo:1"]
    assert sq.last_search_path == "bigram"
    sq.delete("accounts", ["weibo:1"])
    assert sq.search("accounts", "济南") == []
    integrity = sq._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")
    assert integrity.fetchall() == []


@pytest.mark.parametrize("order", ["relevance", "newest"])
def test_search_order_is_tiers_then_newest(sq, order):
    sq.upsert("accounts", [
        {"platform": "weibo", "account_id": "1", "name": "甲", "description": "上海发布的老账号"},
        {"platform": "weibo", "account_id": "2", "name": "上海发布"},
        {"platform": "weibo", "account_id": "3", "name": "上海发布厅"},
        {"platform": "weibo", "account_id": "4", "name": "乙", "description": "转发上海发布"},
    ])
    for query in ("上海发布", "上海"):
        got = [d["account_id"] for d in sq.search("accounts", query, order=order)]
        if order == "newest":
            assert got == ["4", "3", "2", "1"], query
        elif query == "上海发布":
            assert got == ["2", "3", "4", "1"]  # exact name, name contains, then the rest newest first
        else:
            assert got == ["3", "2", "4", "1"]  # no exact name: names containing it newest first
    with pytest.raises(StoreError, match="检索排序"):
        sq.search("accounts", "上海", order="bm25")


def test_numbers_beyond_64_bits(sq):
    sq.upsert("runs", [{"run_id": "1", "big": 2 ** 70, "small": -2 ** 80, "x": 1e308}])
    assert sq.get("runs", "1")["big"] == 2 ** 70
    assert sq.count("runs", {"big": {"gt": 5}}) == 1
    with pytest.raises(StoreError, match="整数范围"):
        sq.count("runs", {"big": 2 ** 70})


def test_a_version_1_file_is_upgraded_in_place(db_path):
    """Files written by schema version 1 (trigram table with its own copy of the text, no bigram index)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path)
    conn.executescript("""
        CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('fts:accounts', '{"fields": ["name", "description", "verified_reason"], '
                                 || '"columns": "c<i>", "tokenize": "trigram", "triggers": 2}');
        CREATE TABLE c_accounts (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
        CREATE VIRTUAL TABLE f_accounts USING fts5(c0, c1, c2, tokenize='trigram');
        CREATE TRIGGER c_accounts_ai AFTER INSERT ON c_accounts BEGIN
          INSERT INTO f_accounts(rowid, c0, c1, c2) VALUES (new.rid, json_extract(new.doc, '$."name"'),
            json_extract(new.doc, '$."description"'), json_extract(new.doc, '$."verified_reason"')); END;
        INSERT INTO c_accounts(id, doc) VALUES
          ('weibo:1', '{"platform": "weibo", "account_id": "1", "name": "上海发布", "description": "新闻"}');
    """)
    conn.close()
    with SQLiteStore(db_path) as s:
        assert [d["_id"] for d in s.search("accounts", "上海")] == ["weibo:1"] and s.last_search_path == "bigram"
        assert [d["_id"] for d in s.search("accounts", "上海发")] == ["weibo:1"]
        s.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "济南公安"}])
        assert s.search("accounts", "上海") == [] and len(s.search("accounts", "济南公安")) == 1
        assert s._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
