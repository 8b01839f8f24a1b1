"""Schema 5 of the SQLite text index: words folded in Python (schema 7: NFKC, then ``str.lower``) and handed to
FTS5's ``ascii`` tokenizer ready-made (no Unicode classification or folding inside FTS5), and the upgrade of a
schema 4 file."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest

from search_index import sqlite_backend
from search_index.sqlite_backend import SCHEMA_VERSION, SQLiteStore, _bigrams, _exact_word, _group_column


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "store.db"


def acct(i, name, description="", **extra):
    return {"platform": "weibo", "account_id": str(i), "name": name, "description": description, **extra}


def vocab(conn: sqlite3.Connection, table: str) -> set[str]:
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} USING fts5vocab(main, {table}, 'row')")
    return {r[0] for r in conn.execute(f"SELECT term FROM temp.v_{table}")}


def tokenizer(conn: sqlite3.Connection, table: str) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]


MIXED = ["ＧＯＶ发布", "ΣΊΣΥΦΟΣ 上海", "Police 110报警", "ÄÖÜ市", "é͂ß２³"]


def test_the_index_holds_exactly_the_folded_words(db_path):
    """What FTS5 stores is what ``_bigrams`` made, folded (full-width to half-width, lower-cased in every script):
    the tokenizer neither splits nor folds the words any further (so the query side, folding the same way, finds
    them)."""
    with SQLiteStore(db_path) as s:
        assert "tokenize='ascii'" in tokenizer(s._conn, "g_accounts")
        s.upsert("accounts", [acct(i, name) for i, name in enumerate(MIXED, 1)])
        s.refresh()
        want = set()
        for name in MIXED:  # the name is group 1 of the index (schema 6): its words carry the mark \ue001
            want |= set(_bigrams(name, 1, 1).split(" "))
        assert vocab(s._conn, "g_accounts") == want
        plain = {w[1:] for w in want}
        assert {"go", "ov", "σί", "äö", "po"} <= plain and not {"ＧＯ", "ｇｏ", "ΣΊ", "ÄÖ", "Po"} & plain
        for name in MIXED:  # the exact-name word of a folded name
            assert _exact_word(name, 1) in want


def test_search_finds_every_script_in_either_case(db_path):
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", [acct(i, name) for i, name in enumerate(MIXED, 1)])
        s.upsert("accounts", [acct(9, "某单位", description="ÄÖÜ街道ＧＯＶ")])
        for q, path, want in [("ｇｏ", "bigram", ["1", "9"]), ("ＧＯｖ", "fts", ["1", "9"]), ("ｇｏｖ发布", "fts", ["1"]),
                              ("σίσυφος", "fts", ["2"]), ("ΣΊ", "bigram", ["2"]), ("äöü", "fts", ["4", "9"]),
                              ("POLICE", "fts", ["3"]), ("街道ｇｏｖ", "fts", ["9"])]:
            assert [d["account_id"] for d in s.search("accounts", q)] == want, q
            assert s.last_search_path == path, q


def v4_bigrams(text, field=0, exact=0):
    """Schema 4's ``gw_bigrams``: the words in the text's own case (FTS5's unicode61 folded them)."""
    field = int(field or 0)
    import re
    words = re.findall(r"(?=([^\W_]{2}))", text) if isinstance(text, str) and len(text) >= 2 else []
    mark = chr(0xE000 + field) if field else ""
    words = [mark + w for w in words]
    if exact:
        whole = _exact_word(text, field)
        if whole:
            words.append(whole)
    return " ".join(words) if words else None


V4_SPEC = {"fields": ["name", "description", "verified_reason"], "columns": "c<i>",
           "bigrams": "unicode61 detail=none columnsize=0 field-marks", "rowid": "-rid",
           "maintenance": "watermark+queue", "exact": ["name"]}


def make_v4_file(db_path, docs):
    """A schema 4 file: today's tables, with schema 4's text index of accounts (unicode61, words in their own
    case) holding every document, and its text-index spec."""
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", docs)
        s.refresh()
    conn = sqlite3.connect(db_path)
    conn.create_function("gw_bigrams", 3, v4_bigrams, deterministic=True)
    conn.executescript("""
        DROP TABLE g_accounts;
        CREATE VIRTUAL TABLE g_accounts USING fts5(c0, c1, c2, content='', detail=none, columnsize=0,
          tokenize='unicode61 remove_diacritics 0');
        INSERT INTO g_accounts(rowid, c0, c1, c2) SELECT -rid, gw_bigrams(json_extract(doc, '$."name"'), 0, 1),
          gw_bigrams(json_extract(doc, '$."description"'), 1, 0),
          gw_bigrams(json_extract(doc, '$."verified_reason"'), 2, 0) FROM c_accounts ORDER BY rid DESC;
        UPDATE schema_version SET version = 4;
    """)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'fts:accounts'", (json.dumps(V4_SPEC),))
    conn.commit()
    assert "ＧＯ" in vocab(conn, "g_accounts") or "ｇｏ" in vocab(conn, "g_accounts")
    conn.close()


def test_a_version_4_file_is_rebuilt_once_with_folded_words(db_path):
    """A schema 4 file opens as schema 5: its text index is rebuilt with the ``ascii`` tokenizer and folded words,
    search, writes and deletes work on it, and reopening does not rebuild again."""
    db_path.parent.mkdir(parents=True)
    make_v4_file(db_path, [acct(i, name) for i, name in enumerate(MIXED, 1)])
    with SQLiteStore(db_path) as s:
        assert s._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION >= 5
        assert "tokenize='ascii'" in tokenizer(s._conn, "g_accounts")
        assert s.pending("accounts") == 0  # rebuilt while opening
        words = vocab(s._conn, "g_accounts")
        words = {w[1:] for w in words}  # the names' words carry their group's mark (schema 6)
        assert "go" in words and "σί" in words and not {"ＧＯ", "ｇｏ", "ΣΊ"} & words
        assert [d["account_id"] for d in s.search("accounts", "ｇｏｖ发布")] == ["1"]
        assert [d["account_id"] for d in s.search("accounts", "ΣΊΣΥΦΟΣ")] == ["2"]  # exact name, folded
        s.upsert("accounts", [acct(1, "ＧＯＶ通报")])  # a queued change: old words deleted, new ones added
        s.delete("accounts", ["weibo:2"])
        assert s.search("accounts", "ｇｏｖ发布") == [] and [d["account_id"] for d in s.search("accounts", "ｇｏｖ通")] == ["1"]
        assert s.search("accounts", "σί") == []
        s._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")
        spec_text = s._conn.execute("SELECT value FROM meta WHERE key = 'fts:accounts'").fetchone()[0]
    with SQLiteStore(db_path) as s:  # reopening keeps the index (same spec, nothing pending)
        assert s._conn.execute("SELECT value FROM meta WHERE key = 'fts:accounts'").fetchone()[0] == spec_text
        assert [d["account_id"] for d in s.search("accounts", "ｇｏｖ通")] == ["1"]


HOSTILE = ["a_b", "【济南】x", "é͂ß２³", "", "x", "ⅫⅦ", "🙂上海🙂海", "A\u0301B", "ＧＯＶ发布", "ΣΊΣΥΦΟΣ", "ab", "a b c",
           "abc def g hi", "İx", "ﬃx", None, 12, 1.5, True, "\ud800ab", "a\ud800b", "\x00ab\x00", "𠀀𠀁𠀂", "٣٤ab"]


def test_the_column_function_makes_the_same_words_as_the_row_function():
    """The catch-up tokenises whole columns at once (``_group_column``); deletions of queued rows and raw-SQL
    callers use ``gw_bigrams`` (``_bigrams``): both must give every text the same words, or a deletion would miss
    words the index holds."""
    rng = random.Random(5)
    alphabet = "上海发布ABCabc123 ，。_-ＧＯＶｇｏｖΣσςİıß\u0301\ud800🙂𠀀٣\x00\ue001"
    texts = HOSTILE + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    for field in (0, 1, 2):
        for exact in (0, 1):
            assert _group_column([texts], field, exact) == [_bigrams(t, field, exact) for t in texts]
    assert _group_column([[]]) == [] and _group_column([["x", None]]) == [None, None]


def test_a_catch_up_larger_than_one_chunk_indexes_every_row(db_path, monkeypatch):
    monkeypatch.setattr(sqlite_backend, "_CATCH_UP_ROWS", 7)
    with SQLiteStore(db_path, index_batch=10**6) as s:
        s.upsert("accounts", [acct(i, f"济南{i}号发布", description=f"第{i}个") for i in range(30)])
        s.refresh()
        s.upsert("accounts", [acct(i, f"青岛{i}号发布") for i in range(0, 30, 3)])  # queued changes
        for i in range(30):
            want = ["青岛" if i % 3 == 0 else "济南"]
            assert [d["name"][:2] for d in s.search("accounts", f"{i}号发布", fields=["name"])
                    if d["account_id"] == str(i)] == want, i
        assert s.search("accounts", "济南0号") == [] and s.pending("accounts") == 0
        s._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")
