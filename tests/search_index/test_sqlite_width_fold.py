"""Schema 7 of the SQLite text index: text, names and queries folded by NFKC before ``str.lower``
(``search_index.fold``), so full-width and half-width forms search alike as on Elasticsearch; the column fast path
and the substring check's pre-filter agree with the definition; a schema 6 file is rebuilt once."""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import unicodedata

import pytest

from search_index import fold as fold_module
from search_index import sqlite_backend
from search_index.fold import _LAST_FOLDING, fold, fold_all, folded_contains, preimages
from search_index.sqlite_backend import SCHEMA_VERSION, SQLiteStore, _bigrams, _exact_word, _group_column

# Everything whose NFKC form is not its characters' own forms put together, or is longer: combining marks (é as
# e + U+0301), Hangul jamo that compose (가 = ᄀ + ᅡ), half-width kana with voiced marks (ｶﾞ → ガ), enclosed and
# squared forms (㈱ → (株)), ligatures, Kangxi radicals, the ideographic space, lone surrogates and NUL.
ALPHABET = ("上海发布政务ABCabc123 ，。、_-()（）［］：；！？ＡＢＣａｂｃ１２３ＧＯＶｇｏｖΣσςİıßÅÄä\u0301\u0308\u3099ｶﾞﾟﾊ"
            "㈱①⑴ﬁ⼀㊤가\u1100\u1161\u11a8e\u3000\ud800🙂𠀀٣\x00\ue001℃№ᴬ")


def random_texts(seed: int, n: int, alphabet: str = ALPHABET, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, longest))) for _ in range(n)]


@pytest.mark.parametrize("alphabet", [ALPHABET, "上海发布，（）ＡＢＣ１２３abc。", "plain ASCII Text 123", "上海İ１"])
def test_the_column_fold_is_the_definition(alphabet):
    """``fold_all`` (a table per code point, ``unicodedata`` only for texts with context-dependent characters) gives
    every text exactly ``fold``: NFKC, then ``str.lower``. The alphabets reach each path: all-ASCII, all simple,
    simple with a growing lower-case (İ), and context-dependent characters."""
    texts = random_texts(3, 3000, alphabet)
    joined, lengths = fold_all(texts)
    want = [fold(t) for t in texts]
    assert joined == "\x00".join(want) and lengths.tolist() == [len(t) for t in want]
    assert fold_all([])[0] == "" and fold_all([""])[1].tolist() == [0]


def test_fold_is_nfkc_then_lower_and_keeps_chinese():
    assert fold("ＡＢＣ１２３（通知），") == "abc123(通知),"
    assert fold("ｶﾞ㈱①ﬁ⼀\u3000") == "ガ(株)1fi一 "
    assert fold("發佈上海发布") == "發佈上海发布"  # traditional and simplified stay distinct
    assert fold("e\u0301") == "é" and fold("ÄRZTE") == "ärzte"


def test_nothing_beyond_the_bound_folds():
    """``_LAST_FOLDING``: no code point at or above it has a decomposition or a lower-case form, so the tables stop
    there (guards a Python upgrade with a newer Unicode)."""
    assert all(not unicodedata.decomposition(chr(cp)) and chr(cp).lower() == chr(cp)
               for cp in range(_LAST_FOLDING, 0x110000) if not 0xD800 <= cp < 0xE000)


def test_preimages_let_no_folded_match_through():
    """The substring check reads a text as it is (ASCII lower-cased) and folds it in Python only when it holds one
    of ``preimages(needle)``: that must never lose a match. For random texts and every piece of their folded
    form, a text whose fold contains the piece but whose plain form does not holds one of its preimages, and
    ``folded_contains`` (the SQL function behind the check) finds it."""
    for text in random_texts(9, 600):
        folded = fold(text)
        plain = "".join(c.lower() if c.isascii() else c for c in text)
        for i, size in itertools.product(range(len(folded)), (1, 2, 3)):
            needle = folded[i:i + size]
            others = preimages(needle)
            if others is None:  # a combining mark in the needle: every text is folded
                assert any(unicodedata.combining(c) for c in needle) and folded_contains(text, needle) == 1
            elif needle not in plain:
                assert set(others) & set(text) and folded_contains(text, needle) == 1, (text, needle)
            assert folded_contains(text, needle + "鑫") == 0
    assert "ａ" in preimages("a") and "Ａ" in preimages("a") and "A" not in preimages("a")
    assert "，" in preimages(",") and "（" in preimages("(") and preimages("上海") == "".join(sorted(
        c for c in map(chr, range(0x80, _LAST_FOLDING)) if c not in "上海" and set(fold(c)) & set("上海")))
    assert preimages("\u0301x") is None and "\u0301" in preimages("é") and "ﾞ" in preimages("ガ")
    assert preimages("x发") == "".join(sorted(set(preimages("x")) | set(preimages("发"))))


def test_the_column_words_are_the_row_words_of_folded_text():
    """The catch-up's column function and the row function ``gw_bigrams`` (deletions, raw SQL) agree on every
    text, with characters of every kind of fold."""
    texts = random_texts(5, 3000) + ["ＡＢＣ１２３", "ｶﾞｷﾞ", "㈱ﬁ", "\x00ＡＢ\x00", "ᄀ\u1161\u11a8"]
    for field in (0, 1, 2):
        for exact in (0, 1):
            assert _group_column([texts], field, exact) == [_bigrams(t, field, exact) for t in texts]
    assert _bigrams("ＡＢＣ１２３", 0) == "ab bc c1 12 23" == _bigrams("abc123", 0)
    assert _exact_word("ＧＯＶ发布", 1) == _exact_word("gov发布", 1) != _exact_word("GOV發佈", 1)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "store.db"


def vocab(conn: sqlite3.Connection, table: str) -> set[str]:
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} USING fts5vocab(main, {table}, 'row')")
    return {r[0] for r in conn.execute(f"SELECT term FROM temp.v_{table}")}


ACCOUNTS = [{"platform": "weibo", "account_id": "1", "name": "ＧＯＶ发布中心", "description": "通报（２０２６）第３号"},
            {"platform": "weibo", "account_id": "2", "name": "gov发布", "description": "公告(1999)"},
            {"platform": "weibo", "account_id": "3", "name": "济南发布", "description": "泉城"}]
POSTS = [{"platform": "weibo", "account_id": "1", "post_id": "p1", "text": "ＡＰＰ下载：ｗｗｗ．ｇｏｖ．ｃｎ"}]


def lower_only(texts):
    """Schema 6's folding of a column: ``str.lower`` alone."""
    folded = [t.lower() for t in texts]
    return "\x00".join(folded), fold_module.np.fromiter(map(len, folded), dtype=fold_module.np.int64,
                                                        count=len(folded))


def make_v6_file(db_path, monkeypatch):
    """A schema 6 file: today's tables and documents, every text index holding schema 6's words (folded by
    ``str.lower`` only: "ｇｏ", not "go") under schema 6's text-index spec."""
    with monkeypatch.context() as m:
        m.setattr(sqlite_backend, "fold_all", lower_only)
        m.setattr(sqlite_backend, "fold", str.lower)
        with SQLiteStore(db_path) as s:
            s.upsert("accounts", ACCOUNTS)
            s.upsert("posts", POSTS)
            s.refresh()
            assert "\ue001ｇｏ" in vocab(s._conn, "g_accounts") and "\ue001go" in vocab(s._conn, "g_accounts")
    conn = sqlite3.connect(db_path)
    for key, value in conn.execute("SELECT key, value FROM meta WHERE key LIKE 'fts:%'").fetchall():
        spec = json.loads(value)
        spec["bigrams"] = spec["bigrams"].replace("NFKC+str.lower", "str.lower")
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(spec), key))
    conn.execute("UPDATE schema_version SET version = 6")
    conn.commit()
    conn.close()


def test_a_version_6_file_is_rebuilt_once_with_width_folded_words(db_path, monkeypatch):
    """A schema 6 file opens as schema 7: each text index is rebuilt once from the documents (kept as they were),
    full-width text is then found by half-width queries and back, writes and deletes keep the index right, and
    reopening rebuilds nothing."""
    db_path.parent.mkdir(parents=True)
    make_v6_file(db_path, monkeypatch)
    rebuilt: list[str] = []
    real = sqlite_backend._catch_up_in

    def recording(conn, t):
        rebuilt.append(t.spec.name)
        return real(conn, t)

    monkeypatch.setattr(sqlite_backend, "_catch_up_in", recording)
    with SQLiteStore(db_path) as s:
        assert s._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION == 7
        assert {"accounts", "posts"} <= set(rebuilt) and s.pending("accounts") == s.pending("posts") == 0
        words = vocab(s._conn, "g_accounts")
        assert "\ue001go" in words and "\ue001ｇｏ" not in words and "20" in words and "２０" not in words
        assert [d["account_id"] for d in s.search("accounts", "GOV发布")] == ["2", "1"]  # exact name, then contains
        assert [d["account_id"] for d in s.search("accounts", "ｇｏｖ发布中心")] == ["1"]
        assert [d["account_id"] for d in s.search("accounts", "(2026)")] == ["1"]
        assert [d["account_id"] for d in s.search("accounts", "（１９９９）")] == ["2"]
        assert [d["post_id"] for d in s.search("posts", "www.gov.cn")] == ["p1"]
        assert [d["post_id"] for d in s.search("posts", "app下载:")] == ["p1"]
        assert s.get("accounts", "weibo:1")["name"] == "ＧＯＶ发布中心"  # documents are not rewritten
        rebuilt.clear()
        s.upsert("accounts", [{**ACCOUNTS[0], "name": "ＡＢＣ通报"}])  # queued: the old folded words are deleted
        s.delete("accounts", ["weibo:2"])
        assert s.search("accounts", "gov发布") == [] and [d["account_id"] for d in s.search("accounts", "abc通报")] == ["1"]
        for table in ("g_accounts", "g_posts"):
            s._conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")
    rebuilt.clear()
    with SQLiteStore(db_path) as s:  # reopening keeps the index
        assert rebuilt == [] and [d["account_id"] for d in s.search("accounts", "ＡＢＣ")] == ["1"]


@pytest.mark.parametrize(("query", "want"), [("\u0301", []), ("1", ["1", "3"]), ("１", ["1", "3"]), ("(", ["1", "2"]),
                                             ("，", ["3"]), (",", ["3"]), ("ａ", ["2"]), ("ガ", ["1"]), ("一", ["3"]),
                                             ("株", ["2"]), ("é", ["3"])])
def test_short_queries_scan_with_the_folded_check(db_path, query, want):
    """Queries without two letters/digits are scans (``instr``): the check folds the text only when it holds a
    character that folds into the query, and finds the same documents a fold of every text would."""
    docs = [{"platform": "weibo", "account_id": "1", "name": "①号ｶﾞｲﾄﾞ", "description": "（说明）"},
            {"platform": "weibo", "account_id": "2", "name": "Ａ㈱", "description": "x"},
            {"platform": "weibo", "account_id": "3", "name": "⼀号，e\u0301", "description": "第1"}]
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", docs)
        got = [d["account_id"] for d in s.search("accounts", query, order="newest")]
        assert s.last_search_path == "instr"
        assert sorted(got) == want == sorted(d["account_id"] for d in docs
                                             if any(fold(query) in fold(v) for k, v in d.items()
                                                    if k in ("name", "description")))


def test_an_integer_name_is_an_exact_name_in_either_width(db_path):
    """A name stored as a number (hostile or odd crawls) is hashed as its digits; the exact tier's check folds it
    the same way, so it comes first for its digits in half or full width."""
    with SQLiteStore(db_path) as s:
        s.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": 12345},
                              {"platform": "weibo", "account_id": "2", "name": "号12345"}])
        for query in ("12345", "１２３４５"):
            assert [d["account_id"] for d in s.search("accounts", query)] == ["1", "2"], query
