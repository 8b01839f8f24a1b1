"""The SQLite store's queued text-index maintenance (schema 3) and the upgrade of schema 2 files.

Writes leave new rows above a watermark and queue changed rows in ``p_X`` inside their own transaction; the
bigram index ``g_X`` is brought up to date in batches (``index_batch`` rows lacking at the end of a write call)
and always before a search, so a search sees every committed write, of this process or another, even one that
died before its catch-up.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from search_index.sqlite_backend import SCHEMA_VERSION, SQLiteStore, _bigrams
from tests.search_index import test_sqlite_store

REPO = Path(__file__).resolve().parents[2]


class TestSQLiteStoreIndexedAtOnce(test_sqlite_store.TestSQLiteStore):
    """The whole storage contract again with the index brought up to date at the end of every write call."""

    def make_store(self):
        return SQLiteStore(self.tmp_path / "store" / "govwatch.db", index_batch=1)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "govwatch.db"


def queued(store: SQLiteStore, collection: str) -> int:
    """Documents the index lacks: new rows above the watermark plus queued changes and removals."""
    return store.pending(collection)


def indexed(store: SQLiteStore, collection: str, word: str) -> list[int]:
    """The documents' row ids (the index keys them by -rid)."""
    return [-r[0] for r in store._conn.execute(f"SELECT rowid FROM g_{collection} WHERE g_{collection} MATCH ?",
                                               (f'"{word}"',))]


def post(i, text, **extra):
    return {"platform": "weibo", "account_id": "1", "post_id": str(i), "text": text, **extra}


def test_writes_are_queued_until_the_batch_fills_and_a_search_catches_up(db_path):
    with SQLiteStore(db_path, index_batch=5) as s:
        s.upsert("posts", [post(i, f"济南发布第{i}条") for i in range(3)])
        assert queued(s, "posts") == 3 and indexed(s, "posts", "济南") == []
        assert s.index_seconds == 0
        assert len(s.search("posts", "济南发布")) == 3  # the search brought the index up to date first
        assert queued(s, "posts") == 0 and len(indexed(s, "posts", "济南")) == 3 and s.index_seconds > 0
        s.upsert("posts", [post(i, f"青岛发布第{i}条") for i in range(3, 6)])
        assert queued(s, "posts") == 3
        s.upsert("posts", [post(i, f"烟台发布第{i}条") for i in range(6, 8)])  # 5 queued: this call indexes them
        assert queued(s, "posts") == 0 and len(indexed(s, "posts", "烟台")) == 2


def test_unchanged_text_is_not_queued_again(db_path):
    """A re-crawl that changes only counts does not re-tokenise the text."""
    with SQLiteStore(db_path, index_batch=10**6) as s:
        s.upsert("posts", [post(1, "防汛抗旱通知", reposts=1)])
        s.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "济南发布", "followers": 1}])
        s.refresh()
        s.upsert("posts", [post(1, "防汛抗旱通知", reposts=2)])
        s.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "济南发布", "followers": 2}])
        s.update("accounts", "weibo:1", {"followers": 3})
        assert queued(s, "posts") == 0 and queued(s, "accounts") == 0
        s.update("accounts", "weibo:1", {"description": "新简介"})  # a text field: queued
        assert queued(s, "accounts") == 1


def test_several_changes_of_one_row_before_the_catch_up(db_path):
    """The queue keeps, per row, what the index holds, so the catch-up removes exactly that."""
    with SQLiteStore(db_path, index_batch=10**6) as s:
        s.upsert("posts", [post(1, "上海发布消息"), post(2, "广州交警提醒"), post(3, "深圳气象预警")])
        s.refresh()
        s.upsert("posts", [post(1, "济南公安通报")])
        s.upsert("posts", [post(1, "青岛文旅推介")])
        s.update("posts", "weibo:1:2", {"text": "佛山消防演练"})
        s.delete("posts", ["weibo:1:2"])
        s.delete("posts", ["weibo:1:3"])
        s.upsert("posts", [post(4, "威海海洋牧场")])  # may reuse the deleted row's rowid
        assert queued(s, "posts") >= 3
        assert s.search("posts", "上海") == [] and s.search("posts", "济南") == []
        assert [d["post_id"] for d in s.search("posts", "青岛文旅")] == ["1"]
        assert s.search("posts", "广州") == [] and s.search("posts", "佛山") == [] and s.search("posts", "深圳") == []
        assert [d["post_id"] for d in s.search("posts", "海洋")] == ["4"]
        s._conn.execute("INSERT INTO g_posts(g_posts, rank) VALUES ('integrity-check', 0)")
        assert sorted(indexed(s, "posts", "发布") + indexed(s, "posts", "文旅") + indexed(s, "posts", "海洋")) == \
            sorted(r[0] for r in s._conn.execute("SELECT rid FROM c_posts"))


WRITE_AND_DIE = """
import os, signal, sys
from search_index.sqlite_backend import SQLiteStore
s = SQLiteStore(sys.argv[1], index_batch=10**6)
s.upsert("posts", [{"platform": "weibo", "account_id": "9", "post_id": "1", "text": "临终写入的防汛通知"}])
s.upsert("accounts", [{"platform": "weibo", "account_id": "9", "name": "临终写入的账号"}])
os.kill(os.getpid(), signal.SIGKILL)  # dies after the writes committed, before any catch-up
"""


def test_a_process_killed_before_its_catch_up_loses_nothing(db_path):
    SQLiteStore(db_path).close()
    proc = subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(db_path)], cwd=REPO, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with SQLiteStore(db_path) as s:
        assert queued(s, "posts") == 1 and queued(s, "accounts") == 1  # committed with the documents
        assert [d["_id"] for d in s.search("posts", "防汛通知")] == ["weibo:9:1"]
        assert [d["_id"] for d in s.search("accounts", "临终")] == ["weibo:9"]
        assert [d["_id"] for d in s.search("accounts", "写入的账号", fields=["name"])] == ["weibo:9"]
        assert queued(s, "posts") == 0 and queued(s, "accounts") == 0


def test_another_process_sees_writes_not_yet_indexed(db_path):
    writer, reader = SQLiteStore(db_path, index_batch=10**6), SQLiteStore(db_path)
    try:
        writer.upsert("posts", [post(1, "乡村振兴重点项目")])
        assert [d["post_id"] for d in reader.search("posts", "振兴重点")] == ["1"]
        writer.upsert("posts", [post(1, "营商环境持续优化")])
        assert reader.search("posts", "振兴") == [] and len(reader.search("posts", "营商")) == 1
    finally:
        writer.close()
        reader.close()


ACCOUNTS = [
    {"platform": "weibo", "account_id": "1", "name": "济南发布", "description": "济南市人民政府新闻办公室官方微博"},
    {"platform": "weibo", "account_id": "2", "name": "济南公安", "description": "济南市公安局", "verified_reason": "济南市公安局"},
    {"platform": "douyin", "account_id": "3", "name": "泉城济南发布厅", "description": "发布城市资讯"},
    {"platform": "wechat", "account_id": "4", "name": "青岛交警", "description": "提醒：济南发布了暴雨预警"},
]
POSTS = [
    post(1, "【济南防汛】全市启动防汛四级应急响应"),
    post(2, "济南市公安局提醒您注意防范电信诈骗"),
    post(3, "青岛今天发布暴雨蓝色预警"),
    post(4, "防汛抗旱指挥部：济南防汛形势平稳"),
]


@pytest.mark.parametrize("index_batch", [1, 10**6])
def test_chinese_queries_of_1_2_3_and_5_characters(db_path, index_batch):
    with SQLiteStore(db_path, index_batch=index_batch) as s:
        s.upsert("accounts", ACCOUNTS)
        s.upsert("posts", POSTS)
        cases = [
            ("accounts", "泉", "instr", ["3"], ["3"]),
            ("accounts", "济南", "bigram", ["3", "2", "1", "4"], ["4", "3", "2", "1"]),  # names first, newest first
            ("accounts", "济南发", "fts", ["3", "1", "4"], ["4", "3", "1"]),
            ("accounts", "济南发布", "fts", ["1", "3", "4"], ["4", "3", "1"]),  # the exact name first
            ("accounts", "市公安局", "fts", ["2"], ["2"]),
            ("accounts", "济南市公安", "fts", ["2"], ["2"]),
            ("accounts", "济南发布了暴", "fts", ["4"], ["4"]),
            ("posts", "汛", "instr", ["4", "1"], ["4", "1"]),
            ("posts", "防汛", "bigram", ["4", "1"], ["4", "1"]),
            ("posts", "济南防", "fts", ["4", "1"], ["4", "1"]),
            ("posts", "济南防汛", "fts", ["4", "1"], ["4", "1"]),
            ("posts", "暴雨蓝色预", "fts", ["3"], ["3"]),
            ("posts", "济南市公安", "fts", ["2"], ["2"]),
            ("posts", "防汛济南", "fts", [], []),  # every bigram but one is in post 1 and 4: still no match
        ]
        for collection, q, path, relevance, newest in cases:
            key = "account_id" if collection == "accounts" else "post_id"
            got = [d[key] for d in s.search(collection, q)]
            assert got == relevance, (collection, q)
            assert s.last_search_path == path, (collection, q)
            assert [d[key] for d in s.search(collection, q, order="newest")] == newest, (collection, q)
        assert [d["account_id"] for d in s.search("accounts", "济南发布", fields=["name"])] == ["1", "3"]
        assert [d["account_id"] for d in s.search("accounts", "济南发布", filters={"platform": "douyin"})] == ["3"]
        assert [d["post_id"] for d in s.search("posts", "济南防汛", limit=1, order="newest")] == ["4"]


V2_POSTS_DDL = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (2);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('fts:posts', '{"fields": ["text"], "columns": "c<i>", "tokenize": "trigram", '
  || '"content": "view", "bigrams": "unicode61 detail=none", "triggers": 4}');
CREATE TABLE c_posts (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE INDEX "ix_posts_platform" ON c_posts(json_extract(doc, '$."platform"'));
CREATE INDEX "ix_posts_created_at" ON c_posts(json_extract(doc, '$."created_at"'));
CREATE INDEX "ix_posts__account_time" ON c_posts(json_extract(doc, '$."account_id"'),
  json_extract(doc, '$."created_at"'));
CREATE VIEW v_posts AS SELECT rid, json_extract(doc, '$."text"') AS c0 FROM c_posts;
CREATE VIRTUAL TABLE f_posts USING fts5(c0, content='v_posts', content_rowid='rid', tokenize='trigram');
CREATE VIRTUAL TABLE g_posts USING fts5(c0, content='', detail=none, tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER c_posts_ai AFTER INSERT ON c_posts BEGIN INSERT INTO f_posts(rowid, c0) VALUES (new.rid,
  json_extract(new.doc, '$."text"')); INSERT INTO g_posts(rowid, c0) VALUES (new.rid,
  gw_bigrams(json_extract(new.doc, '$."text"'))); END;
CREATE TRIGGER c_posts_ad AFTER DELETE ON c_posts BEGIN INSERT INTO f_posts(f_posts, rowid, c0) VALUES ('delete',
  old.rid, json_extract(old.doc, '$."text"')); INSERT INTO g_posts(g_posts, rowid, c0) VALUES ('delete', old.rid,
  gw_bigrams(json_extract(old.doc, '$."text"'))); END;
CREATE TRIGGER c_posts_au AFTER UPDATE OF doc ON c_posts WHEN json_extract(old.doc, '$."text"') IS NOT
  json_extract(new.doc, '$."text"') BEGIN INSERT INTO f_posts(f_posts, rowid, c0) VALUES ('delete', old.rid,
  json_extract(old.doc, '$."text"')); INSERT INTO g_posts(g_posts, rowid, c0) VALUES ('delete', old.rid,
  gw_bigrams(json_extract(old.doc, '$."text"'))); INSERT INTO f_posts(rowid, c0) VALUES (new.rid,
  json_extract(new.doc, '$."text"')); INSERT INTO g_posts(rowid, c0) VALUES (new.rid,
  gw_bigrams(json_extract(new.doc, '$."text"'))); END;
"""


def v2_bigrams(text):
    """Schema 2's bigram function, as it was written (the v2 triggers call it)."""
    if not isinstance(text, str) or len(text) < 2:
        return None
    words = [text[i:i + 2] for i in range(len(text) - 1) if text[i].isalnum() and text[i + 1].isalnum()]
    return " ".join(words) if words else None


def test_a_version_2_file_is_upgraded_in_place(db_path):
    """A file written by schema 2 (trigram table over a view plus the bigram side index, both kept by triggers
    that tokenise) opens: the old text-index objects go, the new index holds every document, writes keep it."""
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.create_function("gw_bigrams", 1, v2_bigrams, deterministic=True)
    conn.executescript(V2_POSTS_DDL)
    for p in POSTS:
        conn.execute("INSERT INTO c_posts(id, doc) VALUES (?, ?)", (f"weibo:1:{p['post_id']}",
                                                                   json.dumps(p, ensure_ascii=False)))
    conn.execute("UPDATE c_posts SET doc = json_set(doc, '$.text', '青岛今天发布暴雨蓝色预警，注意安全') "
                 "WHERE id = 'weibo:1:3'")
    conn.commit()
    conn.close()
    with SQLiteStore(db_path) as s:
        assert s._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in s._conn.execute("SELECT name FROM sqlite_master")}
        assert not {"f_posts", "v_posts", "c_posts_ai"} & names and {"g_posts", "p_posts", "c_posts_au"} <= names
        assert queued(s, "posts") == 0  # the upgrade indexed every document
        assert [d["post_id"] for d in s.search("posts", "汛")] == ["4", "1"]
        assert [d["post_id"] for d in s.search("posts", "防汛")] == ["4", "1"]
        assert [d["post_id"] for d in s.search("posts", "济南防")] == ["4", "1"]
        assert [d["post_id"] for d in s.search("posts", "注意安全")] == ["3"]
        assert [d["post_id"] for d in s.search("posts", "暴雨蓝色预")] == ["3"]
        s.upsert("posts", [post(1, "济南市文明城市创建")])
        s.delete("posts", ["weibo:1:4"])
        assert s.search("posts", "防汛") == [] and [d["post_id"] for d in s.search("posts", "文明城市")] == ["1"]
        s._conn.execute("INSERT INTO g_posts(g_posts, rank) VALUES ('integrity-check', 0)")
    with SQLiteStore(db_path) as s:  # reopening does not rebuild again
        assert [d["post_id"] for d in s.search("posts", "文明城市")] == ["1"]


def test_bigram_function_is_the_schema_2_definition_of_the_folded_text():
    """The words are schema 2's bigrams of the folded text (schema 5: ``str.lower``; schema 7: NFKC first; each
    upgrade rebuilds every text index, so no index holds words of both definitions, and a queued row's old words
    are deleted with the same function that wrote them)."""
    for text in ["上海发布", "Police 110报警", "a_b", "【济南】x", "é͂ß２³", "", "x", "ⅫⅦ", "🙂上海🙂海", "A\u0301B",
                 "ＧＯＶ发布", "ΣΊΣΥΦΟΣ"]:
        assert _bigrams(text) == v2_bigrams(unicodedata.normalize("NFKC", text).lower()), text


def test_row_ids_freed_at_the_top_are_indexed_when_reused(db_path):
    """SQLite reuses the highest row id after that row is deleted; the watermark follows it down."""
    with SQLiteStore(db_path, index_batch=10**6) as s:
        s.upsert("posts", [post(1, "东营黄河口"), post(2, "日照海滨")])
        s.refresh()
        s.delete("posts", ["weibo:1:2"])
        s.refresh()  # the watermark drops to the highest remaining row
        s.upsert("posts", [post(3, "聊城江北水城")])  # takes the freed row id
        assert s._conn.execute("SELECT rid FROM c_posts WHERE id = 'weibo:1:3'").fetchone()[0] == 2
        assert queued(s, "posts") == 1
        assert [d["post_id"] for d in s.search("posts", "江北水城")] == ["3"] and s.search("posts", "日照") == []
        s.delete("posts", ["weibo:1:3"])  # deleted and reused again before any catch-up
        s.upsert("posts", [post(4, "菏泽牡丹")])
        assert [d["post_id"] for d in s.search("posts", "牡丹")] == ["4"] and s.search("posts", "江北") == []
        s._conn.execute("INSERT INTO g_posts(g_posts, rank) VALUES ('integrity-check', 0)")
