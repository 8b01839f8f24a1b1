"""Schema 6 of the SQLite text index: a collection's text fields that are not names share one group of words (the
first, unmarked), each name field keeps its own; exact names are hashed by numpy for a whole column at once; and
the upgrade of a schema 5 file, which rebuilds only the indexes whose words changed."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3

import pytest

from search_index import sqlite_backend
from search_index.sqlite_backend import (
    SCHEMA_VERSION,
    SQLiteStore,
    _bigrams,
    _exact_column,
    _exact_word,
    _group_column,
)


def _group_words(texts, field=0, exact=0):
    """The definition ``_group_column`` computes for many documents at once: each text's ``_bigrams`` in order,
    the first (a name group has one text) with its ``_exact_word`` when ``exact``."""
    parts = [_bigrams(v, field, exact if i == 0 else 0) for i, v in enumerate(texts)]
    return " ".join(p for p in parts if p) or None


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "store.db"


def acct(i, name, description="", **extra):
    return {"platform": "weibo", "account_id": str(i), "name": name, "description": description, **extra}


def vocab(conn: sqlite3.Connection, table: str) -> set[str]:
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} USING fts5vocab(main, {table}, 'row')")
    return {r[0] for r in conn.execute(f"SELECT term FROM temp.v_{table}")}


def ids(docs):
    return [d["account_id"] for d in docs]


def test_the_groups_of_each_collection():
    """Names alone, everything else together and first (so its many words carry no mark)."""
    with pytest.raises(StopIteration):
        sqlite_backend._Tables(sqlite_backend.spec("posts")).group("nope")
    groups = {name: sqlite_backend._Tables(sqlite_backend.spec(name)).groups for name in ("accounts", "posts",
                                                                                         "registry", "alerts")}
    assert groups == {"accounts": (("description", "verified_reason"), ("name",)), "posts": (("text",),),
                      "registry": (("competent_unit",), ("name",), ("unit",)),
                      "alerts": (("title", "reasons_text"), ("name",))}


def test_other_text_fields_share_their_words(db_path):
    """A bigram in the description and in the verification reason is one word of the index (schema 5 held one per
    field), the name's words are marked, and the name's exact word is in the name's group."""
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", [acct(1, "济南发布", description="济南新闻", verified_reason="济南新闻办")])
        s.refresh()
        assert vocab(s._conn, "g_accounts") == {"济南", "南新", "新闻", "闻办", "\ue001济南", "\ue001南发",
                                                 "\ue001发布", _exact_word("济南发布", 1)}
        s._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")


def test_a_search_in_some_fields_of_a_group_checks_them(db_path):
    """A two-character query is one word of the index; when the fields asked for are only part of a group, the
    word also stands for the others, so each candidate is checked in the fields asked for."""
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", [acct(1, "甲", description="济南新闻"), acct(2, "乙", verified_reason="济南新闻"),
                              acct(3, "济南", description="青岛")])
        for fields, want in [(["description"], ["1"]), (["verified_reason"], ["2"]), (None, ["3", "2", "1"]),
                             (["description", "verified_reason"], ["2", "1"]), (["name"], ["3"]),
                             (["name", "description"], ["3", "1"])]:
            for q in ("济南", "济南新闻"):
                found = ids(s.search("accounts", q, fields=fields, order="newest"))
                assert found == [i for i in want if q == "济南" or i != "3"], (q, fields)
            assert s.last_search_path == "fts"
        assert ids(s.search("accounts", "济南", fields=["description"], filters={"account_id": "1"})) == ["1"]
        assert ids(s.search("accounts", "济南", fields=["verified_reason"], filters={"account_id": "1"})) == []
        assert s.last_search_path == "bigram"


GOLDEN = [("上海发布", 1, "\ue10159217cd96b42fd82"), ("Police", 1, "\ue101eaff0dade9aa89b7"),
          ("POLICE", 1, "\ue101eaff0dade9aa89b7"), ("Police", 2, "\ue102eaff0dade9aa89b7"),
          (110, 1, "\ue101e20319297aeca5fb"), ("110", 1, "\ue101e20319297aeca5fb"), ("a", 0, "\ue1006ee6e8206f4590e0"),
          ("\ud800x", 1, "\ue1015a2956acd97d38da")]


def test_the_exact_name_hash_is_stable():
    """The words are stored: a change of the hash must come with a new schema version (a rebuild), so its values
    are pinned here. One column at a time gives the same words as one name at a time."""
    for text, group, word in GOLDEN:
        assert _exact_word(text, group) == word, text
    values = [t for t, _, _ in GOLDEN] + [None, "", True, 1.5, "İstanbul", "ΣΊΣΥΦΟΣ", "x" * 3000]
    assert _exact_column(values, 1) == [_exact_word(v, 1) for v in values]
    assert _exact_column(values, 1)[len(GOLDEN):len(GOLDEN) + 4] == [None] * 4
    sigmas = ["ΣΑΣ", "Σ", "ΑΣ", "ΣΑ", "σας"]  # a final sigma folds to ς only at the end of its own name
    assert _exact_column(sigmas, 1) == [_exact_word(v, 1) for v in sigmas]
    assert _exact_word("ΣΑΣ", 1) == _exact_word("σας", 1) != _exact_word("σασ", 1)
    rng = random.Random(3)
    names = ["".join(rng.choice("上海发布济南公安ab1") for _ in range(rng.randrange(1, 12))) for _ in range(20000)]
    words = _exact_column(names, 1)
    assert len(set(words)) == len(set(names))  # no collision among 20,000 short names


def test_colliding_exact_words_are_checked_out(db_path, monkeypatch):
    """The exact-name word is a 64-bit hash, not a proof: with a hash under which every name collides, search
    returns what it returns with the real hash (the collisions are candidates that the name check drops)."""
    docs = [acct(i, name) for i, name in enumerate(["青岛发布", "济南公安", "青岛发布厅", "上海发布", "青岛发布",
                                                   "QINGDAO", "qingdao", "烟台"], 1)]
    queries = ["青岛发布", "济南公安", "上海发布", "Qingdao", "烟台", "发布", "没有"]
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", docs)
        want = {q: ids(s.search("accounts", q)) for q in queries}
    assert want["青岛发布"] == ["5", "1", "3"] and want["Qingdao"] == ["7", "6"]

    def colliding(values, field):
        return [None if w is None else w[:1] + "0" * 16 for w in real(values, field)]

    real = sqlite_backend._exact_column
    monkeypatch.setattr(sqlite_backend, "_exact_column", colliding)
    other = db_path.parent / "colliding.db"
    with SQLiteStore(other) as s:
        s.upsert("accounts", docs)
        s.refresh()
        assert len({w for w in vocab(s._conn, "g_accounts") if w[:1] == "\ue101"}) == 1  # one word for all
        assert {q: ids(s.search("accounts", q)) for q in queries} == want


def test_the_column_function_is_the_row_function_of_a_group():
    """The catch-up tokenises each group of a chunk at once (``_group_column``); a queued deletion needs the same
    words, so it must agree with ``_group_words`` (each field's ``_bigrams``) on every text, with and without a
    text whose folding makes it longer (İ → i̇: the column is then folded text by text)."""
    rng = random.Random(11)
    plain = "上海发布ABCabc123 ，。_-ＧＯＶｇｏｖΣσςß\u0301🙂𠀀٣\x00\ue001"
    for alphabet in (plain, plain + "İ"):
        rows = [["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3)]
                for _ in range(2000)]
        rows += [[None, "ab", 12], ["x", None, "ΣΊΣ"], ["", "", ""], [True, 1.5, "a\ud800b"]]
        columns = [list(c) for c in zip(*rows)]
        assert any("İ" in str(v) for r in rows for v in r) == (alphabet != plain)
        for group in (0, 1, 2):
            assert _group_column(columns, group) == [_group_words(r, group) for r in rows]
            assert _group_column(columns[:1], group, 1) == [_group_words(r[:1], group, 1) for r in rows]
            assert _group_column(columns[:1], group, 1) == [_bigrams(r[0], group, 1) for r in rows]
    assert _group_column([[]]) == [] and _group_column([["x", None], ["y", ""]]) == [None, None]


def test_lower_never_shortens_a_character():
    """``_group_column`` folds a whole column with one ``str.lower`` and keeps each text's place in it when the
    length did not change: true only because no character folds to less than one character."""
    assert all(len(chr(c).lower()) >= 1 for c in range(0x110000))
    assert "ΣΑΣ\x00Σ".lower() == "\x00".join(t.lower() for t in ("ΣΑΣ", "Σ"))  # final sigma stops at NUL


def v5_words(text, field, exact):
    """Schema 5's words of one field: marked by the field's number, exact names hashed by blake2b."""
    out = _bigrams(text, field) or ""
    if exact and isinstance(text, str) and text:
        digest = hashlib.blake2b(text.lower().encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
        out = f"{out} {chr(0xE100 + field)}{digest}" if out else chr(0xE100 + field) + digest
    return out or None


V5_ACCOUNTS_SPEC = {"fields": ["name", "description", "verified_reason"], "columns": "c<i>",
                    "bigrams": "ascii str.lower detail=none columnsize=0 field-marks", "rowid": "-rid",
                    "maintenance": "watermark+queue", "exact": ["name"]}


def make_v5_file(db_path, accounts, posts):
    """A schema 5 file: today's tables, with schema 5's text index of accounts (one column per field, field-marked
    words, blake2b exact names) and its spec; the posts index is the same in both versions."""
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", accounts)
        s.upsert("posts", posts)
        s.refresh()
    conn = sqlite3.connect(db_path)
    conn.create_function("v5_words", 3, v5_words, deterministic=True)
    conn.executescript("""
        DROP TABLE g_accounts;
        CREATE VIRTUAL TABLE g_accounts USING fts5(c0, c1, c2, content='', detail=none, columnsize=0,
          tokenize='ascii');
        INSERT INTO g_accounts(rowid, c0, c1, c2) SELECT -rid, v5_words(json_extract(doc, '$."name"'), 0, 1),
          v5_words(json_extract(doc, '$."description"'), 1, 0),
          v5_words(json_extract(doc, '$."verified_reason"'), 2, 0) FROM c_accounts ORDER BY rid DESC;
        UPDATE schema_version SET version = 5;
    """)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'fts:accounts'", (json.dumps(V5_ACCOUNTS_SPEC),))
    conn.commit()
    assert "\ue002新闻" in vocab(conn, "g_accounts")
    conn.close()


def test_a_version_5_file_is_rebuilt_once(db_path, monkeypatch):
    """A schema 5 file opens as schema 6 (or later): the accounts' index is rebuilt with the shared group and the new exact
    words, the posts' index (written by today's code with today's spec here) is kept, and reopening rebuilds
    nothing."""
    db_path.parent.mkdir(parents=True)
    accounts = [acct(1, "济南发布", description="济南新闻", verified_reason="济南新闻办"),
                acct(2, "Police", verified_reason="公安机关")]
    make_v5_file(db_path, accounts, [{"platform": "weibo", "account_id": "1", "post_id": "p1", "text": "暴雨预警"}])
    rebuilt: list[str] = []
    real = sqlite_backend._catch_up_in

    def recording(conn, t):
        rebuilt.append(t.spec.name)
        return real(conn, t)

    monkeypatch.setattr(sqlite_backend, "_catch_up_in", recording)
    with SQLiteStore(db_path) as s:
        assert s._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION >= 6
        assert "accounts" in rebuilt and "posts" not in rebuilt and "findings" not in rebuilt
        assert s.pending("accounts") == 0
        want = set()
        for doc in accounts:
            want |= set(_group_column([[doc["description"]], [doc.get("verified_reason")]])[0].split(" "))
            want |= set(_group_column([[doc["name"]]], 1, 1)[0].split(" "))
        assert vocab(s._conn, "g_accounts") == want
        assert ids(s.search("accounts", "police")) == ["2"] and ids(s.search("accounts", "暴雨")) == []
        assert [d["post_id"] for d in s.search("posts", "暴雨")] == ["p1"]
        assert ids(s.search("accounts", "新闻", fields=["verified_reason"])) == ["1"]
        s.upsert("accounts", [acct(1, "济南通报", description="济南要闻")])  # queued: old words removed
        s.delete("accounts", ["weibo:2"])
        assert s.search("accounts", "新闻") == [] and s.search("accounts", "公安") == []
        assert ids(s.search("accounts", "济南通报")) == ["1"]
        s._conn.execute("INSERT INTO g_accounts(g_accounts, rank) VALUES ('integrity-check', 0)")
    rebuilt.clear()
    with SQLiteStore(db_path) as s:
        assert rebuilt == [] and ids(s.search("accounts", "要闻")) == ["1"]


def test_documents_are_encoded_as_json_dumps_would():
    """``_dumps`` keeps its encoders (``json.dumps`` with arguments builds one per document): the same text for
    every kind of value, lone surrogates escaped, and the same errors."""
    import datetime as dt

    from search_index.sqlite_backend import _dumps, _json_default

    def reference(doc):
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_json_default)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = json.dumps(doc, ensure_ascii=True, separators=(",", ":"), allow_nan=False, default=_json_default)
        return text

    docs = [{"name": "济南发布", "n": 1, "f": 1.5, "ok": True, "none": None, "list": [1, "二", {"三": [4]}]},
            {"at": dt.datetime(2026, 12, 2, 8, 0), "day": dt.date(2026, 12, 2), "tags": {"b", "a"}},
            {"bad": "a\ud800b", "name": "上海"}, {}]
    for doc in docs:
        assert _dumps(doc) == reference(doc)
    assert "\\ud800" in _dumps(docs[2])
    for bad, error in [({"x": float("nan")}, ValueError), ({"x": b"raw"}, TypeError), ({"x": object()}, TypeError)]:
        with pytest.raises(error):
            _dumps(bad)


def test_rows_are_what_with_id_gives(db_path):
    """Writes take the id as ``base.with_id`` does (a given ``_id`` wins, a missing or empty one is computed) and
    store the document without it, from any mapping, with the document's key order."""
    from types import MappingProxyType

    from search_index.base import with_id

    docs = [acct(1, "甲"), {"_id": "given", **acct(2, "乙")}, {"_id": "", **acct(3, "丙")},
            MappingProxyType(acct(4, "丁")), {**acct(5, "戊"), "_id": None}]
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", docs)
        stored = dict(s._conn.execute("SELECT id, doc FROM c_accounts"))
    for doc in docs:
        full = with_id("accounts", dict(doc))
        doc_id = str(full.pop("_id"))
        assert stored[doc_id] == json.dumps(full, ensure_ascii=False, separators=(",", ":"))
    assert set(stored) == {"weibo:1", "given", "weibo:3", "weibo:4", "weibo:5"}
