"""The SQLite store's B-tree indexes (schema 4): only those a query needs, exact names through the text index, and
the upgrade of schema 3 files (seven expression indexes on accounts, exact-name B-tree indexes)."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from search_index.sqlite_backend import SCHEMA_VERSION, SQLiteStore, _bigrams, _exact_word


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "store.db"


@pytest.fixture
def sq(db_path):
    s = SQLiteStore(db_path)
    yield s
    s.close()


def acct(i, name, **extra):
    return {"platform": "weibo", "account_id": str(i), "name": name, **extra}


def indexes(conn, table):
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                                       (table,))}


def plan(conn, sql, params):
    return "\n".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_accounts_have_no_expression_index(sq):
    """Every accounts query is by id, a whole scan, a scan for discovered_by present, or a search: the table keeps
    only its id index (each expression index cost every write a random B-tree insert)."""
    assert indexes(sq._conn, "c_accounts") == {"sqlite_autoindex_c_accounts_1"}
    assert "USING INDEX sqlite_autoindex_c_accounts_1" in plan(
        sq._conn, "SELECT doc FROM c_accounts WHERE id = ?", ["weibo:1"])
    # the refresh spider's targets: most accounts have discovered_by, a scan reads them in table order
    assert sq.explain("accounts", {"discovered_by": {"exists": True}}) == "SCAN c_accounts"


def test_posts_keep_the_indexes_their_queries_use(sq):
    """No index on platform or on time alone (no query filters posts by either alone; each write paid for them)."""
    assert indexes(sq._conn, "c_posts") == {"sqlite_autoindex_c_posts_1", "ix_posts__account_time"}
    # the refresh spider's known posts of an account, newest first
    got = sq.explain("posts", {"platform": "weibo", "account_id": "1"}, sort=[("created_at", "desc")], limit=200)
    assert "USING INDEX ix_posts__account_time" in got, got
    # the detectors' posts of a chunk of accounts since a time
    got = sq.explain("posts", {"platform": "weibo", "account_id": ["1", "2"], "created_at": {"gte": "2026-11-01"}})
    assert "USING INDEX ix_posts__account_time" in got, got


def test_an_older_files_posts_platform_and_time_indexes_are_dropped(db_path):
    db_path.parent.mkdir(parents=True)
    with SQLiteStore(db_path) as s:
        s._conn.execute('CREATE INDEX "ix_posts_platform" ON c_posts(json_extract(doc, \'$."platform"\'))')
        s._conn.execute('CREATE INDEX "ix_posts_created_at" ON c_posts(json_extract(doc, \'$."created_at"\'))')
    with SQLiteStore(db_path) as s:
        assert indexes(s._conn, "c_posts") == {"sqlite_autoindex_c_posts_1", "ix_posts__account_time"}


@pytest.mark.parametrize("collection", ["accounts", "registry", "alerts"])
def test_the_exact_name_tier_reads_the_text_index(sq, collection):
    """No B-tree on the name: the tier reads one word's doclist and looks the candidates up by row id."""
    t = sq._t(collection)
    assert not [n for n in indexes(sq._conn, t.main) if "name" in n]
    sql, params = sq._exact_sql(t, "上海发布", list(t.spec.name_fields), None, 20)
    got = plan(sq._conn, sql, params)
    assert "VIRTUAL TABLE INDEX" in got and "USING INTEGER PRIMARY KEY" in got and not re.search(r"SCAN c\b", got), got


def test_exact_names_rank_first_whatever_the_query_route(sq):
    """The exact-name tier holds for two-character, longer, one-character and punctuation queries, ignores ASCII
    case, and follows renames and deletions (the old name's word leaves the index)."""
    sq.upsert("accounts", [acct(1, "甲"), acct(2, "Police"), acct(3, "上海发布"), acct(4, "，发"), acct(5, "发布"),
                           acct(6, "甲乙", description="上海发布的老朋友"), acct(7, "police 110"),
                           acct(8, "上海发布厅"), acct(9, "乙", description="发布")])

    def ids(q):
        return [d["account_id"] for d in sq.search("accounts", q, limit=3)]

    assert ids("甲")[0] == "1"  # instr route
    assert ids("，发")[0] == "4"  # instr route, no bigram
    assert ids("发布")[0] == "5"  # one bigram
    assert ids("上海发布") == ["3", "8", "6"]  # exact, name contains, the rest
    assert ids("POLICE")[0] == "2"
    sq.update("accounts", "weibo:3", {"name": "上海发布厅"})
    assert ids("上海发布") == ["8", "3", "6"]  # no exact name any more: names containing it, newest first
    sq.delete("accounts", ["weibo:5"])
    assert "5" not in ids("发布")
    sq.upsert("accounts", [acct(10, "上海发布")])
    assert ids("上海发布")[0] == "10"
    sq._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")


def test_a_hash_collision_is_not_an_exact_name(sq):
    """The word is a 64-bit hash of the name; a document holding the word but another name is checked out."""
    sq.upsert("accounts", [acct(1, "济南公安"), acct(2, "青岛发布")])
    sq.refresh()
    rid = sq._conn.execute("SELECT rid FROM c_accounts WHERE id = 'weibo:1'").fetchone()[0]
    t = sq._t("accounts")
    group = t.group("name")
    with sq._write("测试") as conn:  # plant 青岛发布's word on 济南公安's row
        conn.execute(f"INSERT INTO g_accounts(rowid, c{group}) VALUES (?, ?)", (-rid, _exact_word("青岛发布", group)))
    sql, params = sq._exact_sql(t, "青岛发布", ["name"], None, 10)
    assert [r[0] for r in sq._conn.execute(sql, params)] == [
        sq._conn.execute("SELECT rid FROM c_accounts WHERE id = 'weibo:2'").fetchone()[0]]


def test_exact_words_are_their_own_tokens():
    """One token for the whole name (FTS5's ascii tokenizer keeps private-use marks and hex digits together), distinct
    per field, none for a field that is not a name, and the same for the same name in any ASCII case."""
    assert _bigrams("上海发布", 0, 1) == "上海 海发 发布 " + _exact_word("上海发布", 0)
    assert _bigrams("甲", 0, 1) == _exact_word("甲", 0) and _bigrams("甲", 0) is None
    assert _exact_word("Police", 1) == _exact_word("POLICE", 1) != _exact_word("Police", 0)
    assert _exact_word("", 0) is None and _exact_word(None, 0) is None and _exact_word(110, 0) == _exact_word("110", 0)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE x USING fts5(c0, content='', detail=none, tokenize='ascii')")
    word = _exact_word("上海 发布！", 0)
    conn.execute("INSERT INTO x(rowid, c0) VALUES (1, ?)", (_bigrams("上海 发布！", 0, 1),))
    assert conn.execute("SELECT rowid FROM x WHERE x MATCH ?", (f'"{word}"',)).fetchall() == [(1,)]
    assert conn.execute("SELECT rowid FROM x WHERE x MATCH ?", (f'"{word[:8]}"',)).fetchall() == []


# What schema 3 wrote for accounts (its DDL, as sqlite_master held it), and its text-index spec.
V3_ACCOUNTS_DDL = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (3);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE indexed_upto (collection TEXT PRIMARY KEY, rid INTEGER NOT NULL);
INSERT INTO indexed_upto VALUES ('accounts', 0);
CREATE TABLE c_accounts (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE INDEX "ix_accounts_platform" ON c_accounts(json_extract(doc, '$."platform"'));
CREATE INDEX "ix_accounts_verified_type" ON c_accounts(json_extract(doc, '$."verified_type"'));
CREATE INDEX "ix_accounts_crawl_status" ON c_accounts(json_extract(doc, '$."crawl_status"'));
CREATE INDEX "ix_accounts_discovered_by" ON c_accounts(json_extract(doc, '$."discovered_by"'));
CREATE INDEX "ix_accounts_crawled_at" ON c_accounts(json_extract(doc, '$."crawled_at"'));
CREATE INDEX "ix_accounts__account_time" ON c_accounts(json_extract(doc, '$."account_id"'),
  json_extract(doc, '$."crawled_at"'));
CREATE INDEX "ix_accounts__name_name" ON c_accounts(lower(json_extract(doc, '$."name"')));
CREATE TABLE p_accounts (rid INTEGER PRIMARY KEY, old TEXT NOT NULL);
CREATE VIRTUAL TABLE g_accounts USING fts5(c0, c1, c2, content='', detail=none, columnsize=0,
  tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER c_accounts_ad AFTER DELETE ON c_accounts WHEN old.rid <= (SELECT rid FROM indexed_upto WHERE
  collection = 'accounts') BEGIN INSERT INTO p_accounts(rid, old) SELECT old.rid, json_array(json_extract(old.doc,
  '$."name"'), json_extract(old.doc, '$."description"'), json_extract(old.doc, '$."verified_reason"')) WHERE NOT
  EXISTS (SELECT 1 FROM p_accounts WHERE rid = old.rid); END;
CREATE TRIGGER c_accounts_au AFTER UPDATE OF doc ON c_accounts WHEN old.rid <= (SELECT rid FROM indexed_upto WHERE
  collection = 'accounts') AND (json_extract(old.doc, '$."name"') IS NOT json_extract(new.doc, '$."name"') OR
  json_extract(old.doc, '$."description"') IS NOT json_extract(new.doc, '$."description"') OR
  json_extract(old.doc, '$."verified_reason"') IS NOT json_extract(new.doc, '$."verified_reason"')) BEGIN
  INSERT INTO p_accounts(rid, old) SELECT old.rid, json_array(json_extract(old.doc, '$."name"'),
  json_extract(old.doc, '$."description"'), json_extract(old.doc, '$."verified_reason"')) WHERE NOT EXISTS
  (SELECT 1 FROM p_accounts WHERE rid = old.rid); END;
"""
V3_SPEC = ('{"fields": ["name", "description", "verified_reason"], "columns": "c<i>", "bigrams": "unicode61 '
           'detail=none columnsize=0 field-marks", "rowid": "-rid", "maintenance": "watermark+queue"}')
# schema 3's catch-up of new rows (gw_bigrams with two arguments: no exact-name words)
V3_CATCH_UP = """
INSERT INTO g_accounts(rowid, c0, c1, c2) SELECT -c.rid, gw_bigrams(json_extract(c.doc, '$."name"'), 0),
  gw_bigrams(json_extract(c.doc, '$."description"'), 1), gw_bigrams(json_extract(c.doc, '$."verified_reason"'), 2)
  FROM c_accounts c WHERE c.rid > (SELECT rid FROM indexed_upto WHERE collection = 'accounts') ORDER BY c.rid DESC;
UPDATE indexed_upto SET rid = (SELECT coalesce(max(rid), 0) FROM c_accounts) WHERE collection = 'accounts';
"""


def test_a_version_3_file_is_upgraded_on_open(db_path):
    """A schema 3 file (seven expression indexes on accounts, an exact-name B-tree, a text index without exact-name
    words, a queued change) opens as the current schema: the indexes no query needs are dropped, the text index is
    rebuilt once with the exact names, and searches, writes and reopening work."""
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.create_function("gw_bigrams", 2, _bigrams, deterministic=True)
    conn.executescript(V3_ACCOUNTS_DDL)
    conn.execute("INSERT INTO meta VALUES ('fts:accounts', ?)", (V3_SPEC,))
    docs = [acct(1, "上海发布", crawl_status="ok"), acct(2, "上海发布厅"), acct(3, "青岛发布")]
    for d in docs:
        conn.execute("INSERT INTO c_accounts(id, doc) VALUES (?, ?)", (f"weibo:{d['account_id']}",
                                                                       json.dumps(d, ensure_ascii=False)))
    conn.executescript(V3_CATCH_UP)
    conn.execute("""UPDATE c_accounts SET doc = json_set(doc, '$.name', '烟台发布') WHERE id = 'weibo:3'""")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM p_accounts").fetchone()[0] == 1  # a change schema 3 had queued
    conn.close()
    with SQLiteStore(db_path) as s:
        assert s._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        assert indexes(s._conn, "c_accounts") == {"sqlite_autoindex_c_accounts_1"}
        assert "exact" in json.loads(s._conn.execute("SELECT value FROM meta WHERE key = 'fts:accounts'").fetchone()[0])
        # schema 5 folds the words itself: every collection's text index is rebuilt, names or not
        assert "ascii" in json.loads(s._conn.execute("SELECT value FROM meta WHERE key = 'fts:posts'").fetchone()[0])[
            "bigrams"]
        assert s.pending("accounts") == 0  # rebuilt while opening
        assert [d["account_id"] for d in s.search("accounts", "上海发布")] == ["1", "2"]  # exact name first
        assert [d["account_id"] for d in s.search("accounts", "烟台发布")] == ["3"]
        assert s.search("accounts", "青岛发布") == []
        assert [d["account_id"] for d in s.scan("accounts", {"crawl_status": "ok"})] == ["1"]
        s.upsert("accounts", [acct(4, "上海发布")])
        assert [d["account_id"] for d in s.search("accounts", "上海发布")] == ["4", "1", "2"]
        s._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")
    with SQLiteStore(db_path) as s:  # reopening neither rebuilds nor recreates anything
        assert indexes(s._conn, "c_accounts") == {"sqlite_autoindex_c_accounts_1"}
        assert [d["account_id"] for d in s.search("accounts", "上海发布")] == ["4", "1", "2"]
