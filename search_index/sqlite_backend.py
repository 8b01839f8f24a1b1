"""The embedded SQLite backend: one file, zero set-up, the default store.

Layout (schema version 7), one set per collection ``X`` of ``base.COLLECTIONS``:

* ``c_X(rid INTEGER PRIMARY KEY, id TEXT UNIQUE, doc TEXT)`` — the document as JSON, keyed by ``_id``;
  expression indexes on ``json_extract(doc, '$."field"')`` for the spec's keyword and time fields, or only those
  ``_INDEXES`` lists for the collection (an index stays only if a query needs it: accounts have none).
* ``g_X`` — a contentless FTS5 table over the spec's text and name fields holding their overlapping
  two-letter/digit words, folded by ``search_index.fold`` (NFKC, so full-width ＡＢＣ１２３ and （，） read as
  ABC123 and (,), then ``str.lower``) and handed to FTS5's ``ascii`` tokenizer ready-made (``gw_bigrams``). The
  fields form groups (``_Tables.groups``, one FTS column each): the text fields that are not
  names share the first group's plain words; each name field has a group of its own, whose words start with a
  private-use character of their own (so a search in the name reads only the name's doclists), plus one word for
  the whole folded name (``_exact_word``, a 64-bit hash: the "exact name" tier of search). No positions,
  columns (``detail=none``) or column sizes; rowid = ``-c_X.rid`` (FTS5 reads its doclists forwards much faster
  than backwards, and a search wants the newest, highest ``rid``, first).
* ``indexed_upto`` and ``p_X(rid, old)`` — what the index lacks: every row above the collection's watermark
  (written since the last catch-up; no bookkeeping on insert), and the changed or removed rows at or below it,
  queued by triggers on ``c_X`` with the values the index holds for them. Both are part of the writer's
  transaction (every write path, even raw SQL, is covered, and a crash loses nothing). ``SQLiteStore._catch_up``
  tokenises what is lacking in one transaction when a write call leaves ``index_batch`` rows behind, and always
  before a search, so a search sees every committed write.

Search is substring search of the folded query in the folded text (case, width and compatibility forms ignored,
as by Elasticsearch's ``cjk_width`` + ``lowercase``). A two-character query is one bigram: the index answers it
exactly (a search in some fields of a group checks each candidate in those fields). A longer query
uses the documents holding all its bigrams as candidates and checks the substring on each; a query without two
adjacent letters/digits (one character, punctuation) scans the fields with ``instr()``. A substring check folds a
stored text in Python only when it holds a character that folds into the query (``_contains``). Every route reads
newest (highest rowid) first and stops at ``limit``; ``relevance`` runs the tiers exact name, name contains, the
rest.

Concurrency: WAL journal, ``synchronous=NORMAL``, a busy timeout, one write connection behind a lock (shared by
threads), and pooled read-only connections for streaming ``scan`` so a consumer may write while it iterates.
Several processes may open the same file.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.files import PRIVATE_FILE_MODE, private_dir, private_file, tighten
from search_index.base import (
    COLLECTIONS,
    SEARCH_ORDERS,
    CollectionSpec,
    Doc,
    Filters,
    Sort,
    Store,
    StoreError,
    StoreUnavailable,
    spec,
)
from search_index.fold import fold, fold_all, folded_contains, preimages

SCHEMA_VERSION = 7
_BATCH = 2000  # documents per write transaction when upserting a long iterable
_FETCH = 500  # rows per fetch while streaming a scan
_MAX_VARS = 500  # ids per IN (...) statement
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_FIELD_RE = re.compile(r'^[^"\x00-\x1f.]+(\.[^"\x00-\x1f.]+)*$')
_RANGE_OPS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}
_NUMERIC_TYPES = "('integer', 'real', 'true', 'false')"


def _jpath(field: str) -> str:
    """The JSON path literal for a dotted field name (also used verbatim in index definitions)."""
    if not _FIELD_RE.match(field):
        raise StoreError(f"字段名 {field!r} 不合法（不能为空、不能含双引号或控制字符）")
    return "'$" + "".join(f'."{part}"' for part in field.split(".")).replace("'", "''") + "'"


def _jx(field: str, doc_col: str = "doc") -> str:
    return f"json_extract({doc_col}, {_jpath(field)})"


_BIGRAM = re.compile(r"(?=([^\W_]{2}))")  # every two adjacent letters/digits (str.isalnum), overlapping


def _bigram_list(text: str) -> list[str]:
    """The overlapping two-letter/digit words of ``text`` folded (``search_index.fold``: NFKC for width and
    compatibility forms, then ``str.lower`` in every script: the index holds folded words and its ``ascii``
    tokenizer folds nothing beyond ASCII, so text and query are folded here)."""
    return _BIGRAM.findall(fold(text))


def _sql_fold(text: Any) -> Any:
    """``fold`` for SQL (registered as ``gw_fold``): SQLite's own ``lower()`` folds ASCII letters only. An integer
    is folded as its digits (as SQLite's ``lower()`` and ``_exact_column`` take it)."""
    if isinstance(text, str):
        return fold(text)
    return str(text) if isinstance(text, int) else text


def _contains(expr: str, needle: str) -> tuple[str, list]:
    """SQL true when the stored text ``expr`` contains the folded query ``needle`` (``fold``), and its parameters.
    The text as it is (ASCII letters lower-cased by SQLite's ``lower()`` when the needle has any) is checked first,
    by SQLite alone; only a text failing that, when some character can fold into the needle (``preimages``: ＡＢＣ
    for abc, （ for ( …), goes to ``gw_folded_contains`` (``folded_contains``), which normalises it only when it
    holds such a character. So a post full of full-width commas is not normalised unless the query has a comma."""
    others = preimages(needle)
    if others is None:  # a combining mark in the query (rare): NFKC may move or absorb it, every text is folded
        return f"gw_folded_contains({expr}, ?)", [needle]
    plain = f"instr(lower({expr}), ?) > 0" if re.search(r"[a-z]", needle) else f"instr({expr}, ?) > 0"
    if not others:
        return plain, [needle]
    return f"({plain} OR gw_folded_contains({expr}, ?))", [needle, needle]


def _field_mark(field: int) -> str:
    """What the bigrams of a collection's text-index group number ``field`` (``_Tables.groups``: a name field, or
    all the other text fields together) start with in the index: nothing for the first group, a private-use
    character (a token character to FTS5's ``ascii`` tokenizer) for the others, so each group has its own words
    and a search in a name reads only that name's doclists."""
    return chr(0xE000 + field) if field else ""


# The exact-name hash (``_exact_column``): a 64-bit polynomial over the code points of the folded name, each code
# point first mixed by MurmurHash3's 64-bit finaliser, the sum mixed again with the length. Computed by numpy for a
# whole column at once (schema 5 called blake2b once per name: about an eighth of the accounts' catch-up CPU). It
# is stable (fixed constants, integer arithmetic modulo 2**64) but not cryptographic: a collision costs one more
# candidate, which search checks against the name itself (``SQLiteStore._exact_sql``), never a wrong result.
_HASH_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd
_FMIX1, _FMIX2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)
_hash_powers = np.ones(1, dtype=np.uint64)  # _HASH_BASE ** k modulo 2**64, grown on demand


def _fmix64(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser of each element (a bijection; arrays wrap modulo 2**64 silently)."""
    x = x ^ (x >> np.uint64(33))
    x = x * _FMIX1
    x = x ^ (x >> np.uint64(33))
    x = x * _FMIX2
    return x ^ (x >> np.uint64(33))


def _powers(n: int) -> np.ndarray:
    """``_HASH_BASE ** k`` for k < n. Threads may race to grow the table: each uses the table it read or made
    (never the global a second time, which another thread may have replaced with a shorter one)."""
    global _hash_powers
    powers = _hash_powers
    if powers.size < n:
        grown = np.full(max(n, 2 * powers.size), _HASH_BASE, dtype=np.uint64)
        grown[0] = 1
        powers = _hash_powers = np.cumprod(grown, dtype=np.uint64)
    return powers[:n]


def _exact_column(values: Sequence[Any], field: int) -> list[str | None]:
    """The one word the text index holds for each whole name (group number ``field``): a private-use mark of its
    own (never a bigram's) and 16 hex digits of the 64-bit hash of the folded name (``fold``; see ``_HASH_BASE``), so the
    "exact name" tier of search is one doclist read instead of a B-tree index on the documents table (which every
    write would pay for). An integer is hashed as its digits (SQLite's lower() of an integer); an empty or
    non-text value has no word."""
    texts = [v if v.__class__ is str else str(v) if v.__class__ is int else "" for v in values]
    # NUL between names: a final sigma folds as at the end of its own name
    folded_all, lengths = fold_all(texts)  # one call for the column: see _group_column
    out: list[str | None] = [None] * len(values)
    named = np.flatnonzero(lengths)
    if not named.size:
        return out
    codes = np.frombuffer(folded_all.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = np.delete(codes, (np.cumsum(lengths + 1) - 1)[:-1])  # without the NULs between names
    starts = np.cumsum(lengths) - lengths
    where = np.arange(codes.size, dtype=np.int64) - np.repeat(starts, lengths)  # position within its name
    terms = _fmix64(codes.astype(np.uint64) + np.uint64(1)) * _powers(int(lengths.max()))[where]
    sums = np.add.reduceat(terms, starts[named])
    digests = _fmix64(sums ^ (lengths[named].astype(np.uint64) * _FMIX2)).astype(">u8").tobytes().hex()
    mark = chr(0xE100 + field)
    words = [mark + digests[k:k + 16] for k in range(0, len(digests), 16)]
    if named.size == len(values):
        return words
    for k, i in enumerate(named.tolist()):
        out[i] = words[k]
    return out


def _exact_word(text: Any, field: int) -> str | None:
    """``_exact_column`` of one name (the query side of the exact-name tier)."""
    return _exact_column([text], field)[0]


def _bigrams(text: Any, field: int = 0, exact: int = 0) -> str | None:
    """The text's overlapping two-character words (letters and digits only), space-separated, for the bigram
    index: ``上海发布`` → ``上海 海发 发布`` (each marked for group ``field``, see ``_field_mark``); with
    ``exact``, also the name's ``_exact_word``. Registered as the SQL function ``gw_bigrams`` on every connection
    (for raw SQL and older files' migrations)."""
    field = int(field or 0)
    words = _bigram_list(text) if isinstance(text, str) and len(text) >= 2 else []
    mark = _field_mark(field)
    out = (mark + (" " + mark).join(words)) if words else ""  # one join, no per-word concatenation
    if exact:
        whole = _exact_word(text, field)
        if whole:
            out = f"{out} {whole}" if out else whole
    return out or None


_ALNUM_BLOCK = 4096  # code points per block of the str.isalnum table, filled when a text first uses the block
_alnum = np.zeros(0x110000, dtype=bool)
_alnum_filled = np.zeros(0x110000 // _ALNUM_BLOCK, dtype=bool)


def _alnum_of(codes: np.ndarray) -> np.ndarray:
    """``str.isalnum`` of each code point (what ``_BIGRAM``'s ``[^\\W_]`` matches), from a table filled block by
    block as texts use the blocks (idempotent writes: safe from several threads)."""
    for block in np.flatnonzero((np.bincount(codes // _ALNUM_BLOCK, minlength=_alnum_filled.size) > 0)
                                & ~_alnum_filled).tolist():
        start = block * _ALNUM_BLOCK
        _alnum[start:start + _ALNUM_BLOCK] = [chr(c).isalnum() for c in range(start, start + _ALNUM_BLOCK)]
        _alnum_filled[block] = True
    return _alnum[codes]


def _group_column(columns: Sequence[Sequence[Any]], field: int = 0, exact: int = 0) -> list[str | None]:
    """The words of each document's text-index group — each text's ``_bigrams`` (marked for group ``field``) in
    order, space-separated; ``exact`` (a name group has one text) adds the name's ``_exact_word`` — computed for
    the whole group at once: the texts folded and joined (row by row, field by field, NUL between any two) into
    one array of code points, the overlapping letter/digit pairs found and written out by numpy, one slice per row.
    The text index's catch-up runs this on thousands of rows at a time (per text it costs less than half of
    ``_bigrams``'s CPU, which stays the definition and the SQL function ``gw_bigrams``)."""
    width_of_row = len(columns)
    rows = len(columns[0]) if columns else 0
    out: list[str | None] = [None] * rows
    if not rows:
        return out
    flat = columns[0] if width_of_row == 1 else [v for row in zip(*columns) for v in row]
    texts = [v if v.__class__ is str else "" for v in flat]  # exactly str: what SQLite returns for text
    folded_all, lengths = fold_all(texts)  # one pass for the column, NUL between texts (``fold_all``)
    codes = np.frombuffer(folded_all.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size >= 2:
        letter = _alnum_of(codes)
        pos = np.flatnonzero(letter[:-1] & letter[1:])  # NUL between texts: no pair spans two texts
        if pos.size:
            owner = np.repeat(np.arange(len(texts)), lengths + 1)[pos]  # the text of each pair's first letter
            if width_of_row > 1:
                owner //= width_of_row
            mark = _field_mark(field)
            width = 4 if mark else 3  # [mark] first second space
            words = np.empty((pos.size, width), dtype=np.uint32)
            if mark:
                words[:, 0] = ord(mark)
            words[:, width - 3] = codes[pos]
            words[:, width - 2] = codes[pos + 1]
            words[:, width - 1] = 32
            text = words.tobytes().decode("utf-32-le", "surrogatepass")
            ends = np.cumsum(np.bincount(owner, minlength=rows) * width)
            begins = (ends - np.bincount(owner, minlength=rows) * width).tolist()
            out = [text[a:b - 1] if b > a else None for a, b in zip(begins, ends.tolist())]  # no last space
    if exact:
        for i, whole in enumerate(_exact_column(columns[0], field)):
            if whole:
                out[i] = f"{out[i]} {whole}" if out[i] else whole
    return out


def _json_default(value: Any) -> Any:
    if isinstance(value, _dt.datetime):  # the project's time format (naive = Asia/Shanghai)
        from core.records import iso
        return iso(value)
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, bytes):
        raise TypeError("二进制数据（bytes）不能存入文档，请先编码为文本")
    raise TypeError(f"类型 {type(value).__name__} 不能存为 JSON")


# What ``json.dumps(doc, ensure_ascii=..., separators=(",", ":"), allow_nan=False, default=_json_default)`` does,
# with the encoders made once: ``json.dumps`` with any argument builds a new encoder for every document (about a
# fifth of its cost on an account); an encoder keeps no state between calls, so threads may share it.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_json_default).encode
_ENCODE_ASCII = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False,
                                 default=_json_default).encode


def _dumps(doc: Doc) -> str:
    text = _ENCODE(doc)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from hostile text: keep them as JSON escapes
        text = _ENCODE_ASCII(doc)
    return text


# The documents table's B-tree indexes where the default (``_Tables.indexes``) was decided against: an index costs
# every write of the collection a random insert (and every changed document a delete and an insert), so it stays
# only if a real query needs it. Each entry lists the fields of one index.
_INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    # Accounts are read by id (get/get_many: the id column's own index), scanned whole (the detectors' input),
    # scanned for discovered_by present (the refresh spider's targets: most accounts, so a scan is as fast) and
    # searched (the text index, exact names included). No query needs an expression index; schema 3's seven
    # (platform, verified_type, crawl_status, discovered_by, crawled_at, account_id+crawled_at, name) cost the
    # writes more than half their speed (README "内置存储的检索与写入").
    "accounts": (),
    # Posts are read by account (the refresh spider's known posts, the detectors' recent posts: platform and
    # account_id, with or without a time range, newest first: the account_id + created_at pair; the platform
    # filter is checked on the account's few rows) and searched. No query filters by platform or by time alone,
    # so schema 5 dropped those two indexes, each of which cost every post written a random B-tree insert
    # (README "内置存储的检索与写入").
    "posts": (("account_id", "created_at"),),
}


class _Tables:
    """Names and SQL fragments of one collection."""

    def __init__(self, cs: CollectionSpec):
        if not _NAME_RE.match(cs.name):
            raise StoreError(f"集合名 {cs.name!r} 不能用作 SQLite 表名")
        self.spec = cs
        self.main = f"c_{cs.name}"
        self.fts = f"f_{cs.name}"
        self.bigram = f"g_{cs.name}"
        self.view = f"v_{cs.name}"  # schema v2's trigram table and its view: only dropped now
        self.pending = f"p_{cs.name}"
        cols: list[str] = []
        for f in cs.name_fields + cs.text_fields:
            if f not in cols:
                cols.append(f)
        for f in cols:
            _jpath(f)
        self.fts_cols: tuple[str, ...] = tuple(cols)  # the indexed fields
        # The index's groups of fields, FTS column i (named c<i>) holding group i's words: every text field that
        # is not a name together, first (one vocabulary: a search in all of them reads one doclist per bigram and
        # a catch-up writes fewer distinct words; a search in some of them checks the substring, see
        # ``_match_sql``; and being first, its many words carry no mark), then each name field on its own (the
        # name tiers of search read only its doclists).
        names = [f for f in cols if f in cs.name_fields]
        rest = tuple(f for f in cols if f not in cs.name_fields)
        self.groups: tuple[tuple[str, ...], ...] = ((rest,) if rest else ()) + tuple((f,) for f in names)
        # no positions: a two-character query is one token, a longer one is all its bigrams plus a substring
        # check; no columns either: each field's words are marked (``_field_mark``)
        self.bigram_detail = "none"
        # the words come ready-made, folded and space-separated (``_bigrams``): ``ascii`` only splits them at the
        # spaces (every non-ASCII character is a token character), about half the cost of ``unicode61``'s
        # Unicode classification and folding of each character (README "内置存储的检索与写入")
        self.tokenizer = "ascii"
        self.indexed = tuple(dict.fromkeys(cs.keyword_fields + ((cs.time_field,) if cs.time_field else ())))

    def group(self, field: str) -> int:
        """The number of the group (``groups``) holding ``field``: its FTS column and its words' mark."""
        return next(i for i, g in enumerate(self.groups) if field in g)

    def indexes(self) -> dict[str, str]:
        """The documents table's B-tree indexes: name → the indexed expressions. ``_INDEXES`` where the collection
        has an entry, else one per keyword field and the time field, with account_id and the time field as one
        pair (an account's documents by time; the pair also serves account_id alone)."""
        fields = _INDEXES.get(self.spec.name)
        if fields is None:
            pair = bool(self.spec.time_field) and "account_id" in self.spec.keyword_fields
            fields = tuple((f,) for f in self.indexed if not (pair and f == "account_id"))
            if pair:
                fields += (("account_id", self.spec.time_field),)
        out = {}
        for combo in fields:
            if len(combo) == 1:
                name = f"ix_{self.spec.name}_{combo[0]}"
            elif combo == ("account_id", self.spec.time_field):
                name = f"ix_{self.spec.name}__account_time"
            else:
                name = f"ix_{self.spec.name}__{'__'.join(combo)}"
            out[name] = ", ".join(_jx(f) for f in combo)
        return out

    def ddl(self) -> list[str]:
        out = [f"CREATE TABLE IF NOT EXISTS {self.main} (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
               f"doc TEXT NOT NULL)"]
        for name, exprs in self.indexes().items():
            out.append(f'CREATE INDEX IF NOT EXISTS "{name}" ON {self.main}({exprs})')
        return out

    def stale_indexes(self, conn: sqlite3.Connection) -> list[str]:
        """DROP statements for the indexes of the documents table that ``indexes`` no longer declares (an earlier
        version's, e.g. schema 3's seven on accounts and its exact-name indexes)."""
        want = self.indexes()
        have = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                           "AND name LIKE 'ix\\_%' ESCAPE '\\'", (self.main,))]
        return [f'DROP INDEX "{name}"' for name in have if name not in want]

    def exact(self, group: int) -> int:
        """1 when the text index holds the ``_exact_word`` of group number ``group`` (a name field), else 0."""
        fields = self.groups[group]
        return int(len(fields) == 1 and fields[0] in self.spec.name_fields)

    def fts_ddl(self) -> list[str]:
        """The bigram index, its queue and its watermark.

        The index is contentless (the text is not stored twice) and keeps no positions or columns
        (``detail=none``; each field's words are marked instead) and no column sizes (nothing ranks by bm25).
        Nothing tokenises on write. Rows above the watermark (``indexed_upto``: every row with a higher ``rid``
        was written since the last catch-up) need no bookkeeping at all; a change or removal of a row at or below
        it is queued by a trigger in ``p_X`` with the values the index holds for the row, in the writer's
        transaction. A row already queued keeps its first entry, whose old values are the indexed ones.
        ``SQLiteStore._catch_up`` runs ``catch_up_steps()``.
        """
        if not self.fts_cols:
            return []
        cols = ", ".join(f"c{i}" for i in range(len(self.groups)))
        old_vals = "json_array(" + ", ".join(_jx(f, "old.doc") for f in self.fts_cols) + ")"
        changed = " OR ".join(f'{_jx(f, "old.doc")} IS NOT {_jx(f, "new.doc")}' for f in self.fts_cols)
        indexed = f"old.rid <= (SELECT rid FROM indexed_upto WHERE collection = '{self.spec.name}')"
        # not INSERT OR IGNORE: an outer statement's conflict policy would override it
        queue = (f"INSERT INTO {self.pending}(rid, old) SELECT old.rid, {old_vals} WHERE NOT EXISTS "
                 f"(SELECT 1 FROM {self.pending} WHERE rid = old.rid);")
        return [
            "CREATE TABLE IF NOT EXISTS indexed_upto (collection TEXT PRIMARY KEY, rid INTEGER NOT NULL)",
            f"CREATE TABLE IF NOT EXISTS {self.pending} (rid INTEGER PRIMARY KEY, old TEXT NOT NULL)",
            f"INSERT OR IGNORE INTO indexed_upto(collection, rid) VALUES ('{self.spec.name}', 0)",
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.bigram} USING fts5({cols}, content='', "
            f"detail={self.bigram_detail}, columnsize=0, tokenize='{self.tokenizer}')",
            f"CREATE TRIGGER IF NOT EXISTS {self.main}_ad AFTER DELETE ON {self.main} WHEN {indexed} BEGIN "
            f"{queue} END",
            f"CREATE TRIGGER IF NOT EXISTS {self.main}_au AFTER UPDATE OF doc ON {self.main} WHEN {indexed} "
            f"AND ({changed}) BEGIN {queue} END",
        ]

    def drop_fts(self) -> list[str]:
        """Every text-index object of this and earlier schema versions (trigram table and its view, v1/v2)."""
        return [f"DROP TRIGGER IF EXISTS {self.main}_{t}" for t in ("ai", "ad", "au")] + [
            f"DROP TABLE IF EXISTS {self.fts}", f"DROP TABLE IF EXISTS {self.bigram}",
            f"DROP TABLE IF EXISTS {self.pending}", f"DROP VIEW IF EXISTS {self.view}"]  # fill_fts resets the mark

    @property
    def upto(self) -> str:
        return f"(SELECT rid FROM indexed_upto WHERE collection = '{self.spec.name}')"

    def pending_sql(self) -> str:
        """How many rows the index lacks: the queue (counted no further than the parameter) plus the span of row
        ids above the watermark (an upper bound when rows there were deleted; read from the b-tree's last key,
        not counted, so a write call does not scan the rows it just wrote)."""
        return (f"SELECT (SELECT count(*) FROM (SELECT 1 FROM {self.pending} LIMIT ?)) + "
                f"max(0, coalesce((SELECT max(rid) FROM {self.main}), 0) - {self.upto})")

    def catch_up_steps(self) -> tuple[list[tuple[str, str]], list[str]]:
        """Bring the index up to date (run by ``_catch_up_in``, in one transaction): remove what it holds for each
        queued row, add the current text of the queued rows and of every row above the watermark, empty the queue,
        raise (or, after the highest rows were deleted, lower) the watermark to the highest row id. Index rowids
        go in ascending. Returns (SELECT of index rowid and field values, INSERT of rowid and each group's words)
        pairs, whose words ``_group_column`` makes in Python, and the closing statements."""
        cols = ", ".join(f"c{i}" for i in range(len(self.groups)))
        marks = ", ".join("?" * (len(self.groups) + 1))
        old = ", ".join(f"json_extract(old, '$[{i}]')" for i in range(len(self.fts_cols)))
        new = ", ".join(_jx(f, "c.doc") for f in self.fts_cols)
        add = f"INSERT INTO {self.bigram}(rowid, {cols}) VALUES ({marks})"
        return ([(f"SELECT -rid, {old} FROM {self.pending} ORDER BY rid DESC",
                  f"INSERT INTO {self.bigram}({self.bigram}, rowid, {cols}) VALUES ('delete', {marks})"),
                 (f"SELECT -c.rid, {new} FROM {self.main} c WHERE c.rid > {self.upto} ORDER BY c.rid DESC", add),
                 (f"SELECT -c.rid, {new} FROM {self.pending} p JOIN {self.main} c ON c.rid = p.rid "
                  f"ORDER BY p.rid DESC", add)],
                [f"DELETE FROM {self.pending}",
                 f"UPDATE indexed_upto SET rid = (SELECT coalesce(max(rid), 0) FROM {self.main}) "
                 f"WHERE collection = '{self.spec.name}'"])

    def fill_fts(self) -> list[str]:
        """Before ``_catch_up_in``: index every document (a new or rebuilt index)."""
        return [f"UPDATE indexed_upto SET rid = 0 WHERE collection = '{self.spec.name}'"]


_CATCH_UP_ROWS = 10_000  # rows tokenised per numpy pass of the catch-up (bounds its memory)


def _catch_up_in(conn: sqlite3.Connection, t: _Tables) -> None:
    """Run ``t.catch_up_steps()`` on ``conn`` inside the caller's transaction: each SELECT's rows, a chunk at a
    time, tokenised group by group (``_group_column``) and written by its INSERT."""
    reads, closing = t.catch_up_steps()
    groups = [([1 + t.fts_cols.index(f) for f in fields], t.exact(g)) for g, fields in enumerate(t.groups)]
    for select, insert in reads:
        cur = conn.execute(select)
        while rows := cur.fetchmany(_CATCH_UP_ROWS):
            columns = list(zip(*rows))
            words = [_group_column([columns[i] for i in at], g, exact) for g, (at, exact) in enumerate(groups)]
            conn.executemany(insert, zip(columns[0], *words))
    for sql in closing:
        conn.execute(sql)


class _Where:
    """Compiles the filter language of ``base.py`` to SQL over the JSON column ``doc_col``."""

    def __init__(self, doc_col: str = "doc", id_col: str = "id"):
        self.doc_col, self.id_col = doc_col, id_col

    def value(self, field: str) -> str:
        return self.id_col if field == "_id" else _jx(field, self.doc_col)

    def jtype(self, field: str) -> str:
        return "'text'" if field == "_id" else f"json_type({self.doc_col}, {_jpath(field)})"

    def eq(self, field: str, arg: Any, params: list) -> str:
        """An expression true when ``get_path(doc, field) == arg`` (may be NULL where false)."""
        v = self.value(field)
        if arg is None:
            return f"{v} IS NULL"
        if isinstance(arg, str):
            params.append(arg)
            if arg[:1] in ("[", "{"):  # a nested array/object comes back as JSON text: not a string
                return f"({v} = ? AND {self.jtype(field)} = 'text')"
            return f"{v} = ?"
        if isinstance(arg, (bool, int, float)):
            params.append(arg)
            return f"{v} = ?"
        if isinstance(arg, (dict, list, tuple)):
            params.append(json.dumps(arg, ensure_ascii=False, separators=(",", ":")))
            return f"({v} = json(?) AND {self.jtype(field)} IN ('object', 'array'))"
        raise StoreError(f"字段 {field} 的过滤值类型 {type(arg).__name__} 不受支持")

    def cond(self, field: str, cond: Any, params: list) -> str:
        if isinstance(cond, Mapping):
            parts = []
            for op, arg in cond.items():
                v = self.value(field)
                if op == "exists":
                    parts.append(f"{v} IS {'NOT ' if arg else ''}NULL")
                elif op == "ne":
                    parts.append(f"NOT IFNULL({self.eq(field, arg, params)}, 0)")
                elif op in _RANGE_OPS:
                    if isinstance(arg, str):
                        parts.append(f"({v} {_RANGE_OPS[op]} ? AND {self.jtype(field)} = 'text')")
                    elif isinstance(arg, (int, float)):
                        parts.append(f"({v} {_RANGE_OPS[op]} ? AND {self.jtype(field)} IN {_NUMERIC_TYPES})")
                    else:
                        raise StoreError(f"字段 {field} 的范围条件 {op} 需要文本或数字，得到 {arg!r}")
                    params.append(arg)
                else:
                    raise StoreError(f"未知的过滤操作 {op!r}（字段 {field}）")
            return "(" + " AND ".join(parts) + ")" if parts else "1"
        if isinstance(cond, (list, tuple, set, frozenset)):
            values = list(cond)
            if not values:
                return "0"
            plain = [a for a in values if isinstance(a, (bool, int, float))
                     or (isinstance(a, str) and a[:1] not in ("[", "{"))]
            rest = [a for a in values if a is not None and not any(a is p for p in plain)]
            if not rest:  # one IN (...) the expression index can serve
                parts = []
                if plain:
                    parts.append(f"{self.value(field)} IN ({','.join('?' * len(plain))})")
                    params.extend(plain)
                if any(a is None for a in values):
                    parts.append(f"{self.value(field)} IS NULL")
                return "(" + " OR ".join(parts) + ")"
            return "(" + " OR ".join(f"IFNULL({self.eq(field, a, params)}, 0)" for a in values) + ")"
        return self.eq(field, cond, params)

    def build(self, filters: Filters | None, params: list) -> str:
        if filters is not None and not isinstance(filters, Mapping):
            raise StoreError(f"过滤条件必须是字典，得到 {type(filters).__name__}")
        parts = [self.cond(name, cond, params) for name, cond in (filters or {}).items()]
        return " AND ".join(parts) if parts else "1"


def _order_by(sort: Sort | None, where: _Where, tiebreak: str) -> str:
    parts = []
    for item in sort or ():
        if isinstance(item, str):
            item = (item, "asc")
        try:
            field, direction = item
        except (TypeError, ValueError):
            raise StoreError(f"排序项 {item!r} 应为 (字段, 'asc'|'desc')") from None
        direction = str(direction).lower()
        if direction not in ("asc", "desc"):
            raise StoreError(f"排序方向 {direction!r} 只能是 asc 或 desc")
        parts.append(f"{where.value(field)} {direction.upper()}")
    parts.append(tiebreak)
    return " ORDER BY " + ", ".join(parts)


def _limit(limit: int | None, offset: int, params: list) -> str:
    if limit is None and not offset:
        return ""
    if (limit is not None and limit < 0) or offset < 0:
        raise StoreError("limit 与 offset 不能为负数")
    params.extend([-1 if limit is None else int(limit), int(offset)])
    return " LIMIT ? OFFSET ?"


class SQLiteStore(Store):
    """``Store`` on one SQLite file (see the module docstring)."""

    backend_name = "sqlite"

    def __init__(self, path: str | os.PathLike, *, timeout: float = 30.0, index_batch: int | None = None):
        self.path = Path(path)
        self.timeout = float(timeout)
        if index_batch is None:
            from core.settings import defaults
            index_batch = defaults()["store.sqlite_index_batch"]
        self.index_batch = max(1, int(index_batch))  # queued rows that make a write call bring the index up to date
        self.index_seconds = 0.0  # time spent bringing the text index up to date (for bench/store.py)
        self._lock = threading.RLock()
        self._pool: list[sqlite3.Connection] = []
        self._pool_lock = threading.Lock()
        self._closed = False
        self.last_search_path: str | None = None  # "bigram", "fts" or "instr": how the latest search ran (for tests)
        self._tables = {name: _Tables(cs) for name, cs in COLLECTIONS.items()}
        try:
            self._private_files()
        except OSError as exc:
            raise StoreError(f"无法创建 SQLite 数据库 {self.path}：{exc.strerror or exc}") from exc
        with self._errors("打开"):
            self._conn = self._connect()
            try:
                self._migrate()
            except BaseException:
                self._conn.close()
                raise

    def _private_files(self) -> None:
        """The database holds password hashes and everything crawled: mode 0600 (its -wal/-shm files, which
        SQLite creates with the database's mode, too), in a directory created 0700; looser files are tightened."""
        if not self.path.parent.exists():
            private_dir(self.path.parent)
        private_file(self.path)  # an empty file is an empty SQLite database
        for suffix in ("-wal", "-shm", "-journal"):
            tighten(f"{self.path}{suffix}", PRIVATE_FILE_MODE)

    # ---- connections and errors ------------------------------------------------------------------------

    def _connect(self, readonly: bool = False) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self.path), timeout=self.timeout, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.create_function("gw_bigrams", 1, _bigrams, deterministic=True)
            conn.create_function("gw_bigrams", 2, _bigrams, deterministic=True)
            conn.create_function("gw_bigrams", 3, _bigrams, deterministic=True)
            conn.create_function("gw_fold", 1, _sql_fold, deterministic=True)
            conn.create_function("gw_folded_contains", 2, folded_contains, deterministic=True)
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            if readonly:
                conn.execute("PRAGMA query_only = ON")
            else:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise StoreError(f"SQLite 数据库 {self.path} 无法切换到 WAL 模式（当前 {mode}）")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache
            conn.execute("PRAGMA mmap_size = 268435456")
        except BaseException:
            conn.close()
            raise
        return conn

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn sqlite3 errors into StoreError/StoreUnavailable with a plain Chinese message."""
        try:
            yield
        except StoreError:
            raise
        except sqlite3.Error as exc:
            raise self._translate(exc, action) from exc
        except OverflowError as exc:  # a Python int beyond SQLite's 64 bits in a filter
            raise StoreError(f"数值超出 SQLite 的整数范围，无法{action}：{exc}") from exc

    def _translate(self, exc: sqlite3.Error, action: str) -> StoreError:
        msg = str(exc).lower()
        where = f"SQLite 数据库 {self.path}"
        if "locked" in msg or "busy" in msg:
            return StoreUnavailable(f"{where} 被其他连接或进程锁定，等待 {self.timeout:g} 秒后仍无法{action}")
        if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
            return StoreError(f"{where} 已损坏或不是 SQLite 数据库文件，无法{action}（{exc}）")
        if "readonly" in msg or "read-only" in msg:
            return StoreError(f"{where} 是只读的，无法{action}：请检查文件和目录的写权限")
        if "unable to open" in msg or "cannot open" in msg:
            return StoreUnavailable(f"无法打开 {where}：请检查路径是否存在且可读写（{exc}）")
        if "disk is full" in msg:
            return StoreError(f"{where} 所在磁盘已满，无法{action}")
        if "disk i/o" in msg:
            return StoreUnavailable(f"{where} 读写出错（磁盘 I/O 错误），无法{action}")
        return StoreError(f"{where} {action}失败：{exc}")

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"SQLite 存储 {self.path} 已关闭")

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT) on the shared connection."""
        with self._lock:
            self._check_open()
            conn = self._conn
            with self._errors(action):
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            conn.rollback()
                    raise

    @contextlib.contextmanager
    def _read(self, action: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._check_open()
            with self._errors(action):
                yield self._conn

    def _take_reader(self) -> sqlite3.Connection:
        with self._pool_lock:
            if self._pool:
                return self._pool.pop()
        return self._connect(readonly=True)

    def _give_reader(self, conn: sqlite3.Connection) -> None:
        with self._pool_lock:
            if not self._closed and len(self._pool) < 8 and not conn.in_transaction:
                self._pool.append(conn)
                return
        conn.close()

    # ---- schema ----------------------------------------------------------------------------------------

    def _migrate(self) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            version = row[0] or 0
            if version > SCHEMA_VERSION:
                raise StoreError(f"SQLite 数据库 {self.path} 的结构版本为 {version}，高于本程序支持的 "
                                 f"{SCHEMA_VERSION}：请升级 govwatch")
            # version 0 -> 1: the tables below. 1 -> 2: the bigram side index and the exact-name indexes. 2 -> 3:
            # the bigram index alone (no trigram table), queued maintenance. 3 -> 4: exact names in the text index
            # instead of B-tree indexes, and only the B-tree indexes a query needs (``_INDEXES``). The changed
            # text-index spec below drops the old text index objects and rebuilds the index of an existing file
            # once; indexes no longer declared are dropped. 4 -> 5: words folded by str.lower, ``ascii`` tokenizer
            # (every text index is rebuilt once). 5 -> 6: a collection's non-name text fields share one group of
            # the index, exact names hashed by numpy (the text indexes of collections with names or with several
            # text fields are rebuilt once). 6 -> 7: text and names folded by NFKC before str.lower (full-width
            # and half-width forms alike, ``search_index.fold``): every text index is rebuilt once, the documents
            # are untouched. Later versions add steps here.
            for t in self._tables.values():
                for sql in t.stale_indexes(conn) + t.ddl():
                    conn.execute(sql)
                key = f"fts:{t.spec.name}"
                row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
                fts_spec = {"fields": list(t.fts_cols), "columns": "c<i>",
                            "bigrams": f"{t.tokenizer} NFKC+str.lower detail={t.bigram_detail} columnsize=0 field-marks",
                            "rowid": "-rid",
                            "maintenance": "watermark+queue"}
                exact = [t.groups[g][0] for g in range(len(t.groups)) if t.exact(g)]
                if exact:  # only these changed since schema 3: a collection without names is not rebuilt
                    fts_spec["exact"] = exact
                    fts_spec["exact_hash"] = "poly64-fmix64"  # schema 6 (schema 5: blake2b)
                if any(len(g) > 1 for g in t.groups):  # schema 6: other text fields share a group
                    fts_spec["groups"] = [list(g) for g in t.groups]
                want = json.dumps(fts_spec)
                if row is not None and row[0] != want:  # the spec's text fields changed: rebuild the index
                    for sql in t.drop_fts():
                        conn.execute(sql)
                for sql in t.fts_ddl():
                    conn.execute(sql)
                if t.fts_cols and (row is None or row[0] != want):
                    for sql in t.fill_fts():
                        conn.execute(sql)
                    _catch_up_in(conn, t)
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, want))
            if version < SCHEMA_VERSION:
                conn.execute("DELETE FROM schema_version")
                conn.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise

    def _t(self, collection: str) -> _Tables:
        try:
            return self._tables[collection]
        except KeyError:
            spec(collection)  # raises the standard "unknown collection" error
            raise

    @staticmethod
    def _load(doc_id: str, text: str) -> Doc:
        doc = json.loads(text)
        doc["_id"] = doc_id
        return doc

    # ---- Store interface -------------------------------------------------------------------------------

    def _rows(self, collection: str, docs: Iterable[Doc]) -> Iterator[list[tuple[str, str]]]:
        batch: list[tuple[str, str]] = []
        id_of = spec(collection).id_of
        for n, doc in enumerate(docs, 1):
            if not isinstance(doc, Mapping):
                raise StoreError(f"写入集合 {collection} 的第 {n} 个文档不是字典，而是 {type(doc).__name__}")
            try:  # what base.with_id gives (a caller-given _id wins), without copying the document twice
                doc_id = str(doc.get("_id") or id_of(doc))
            except (KeyError, ValueError, TypeError) as exc:
                raise StoreError(f"集合 {collection} 的第 {n} 个文档无法计算 id：{exc}") from exc
            # the id is kept in the id column only (_load puts it back); the encoder takes a plain dict
            body = doc if type(doc) is dict and "_id" not in doc else {k: v for k, v in doc.items() if k != "_id"}
            try:
                batch.append((doc_id, _dumps(body)))
            except (TypeError, ValueError) as exc:
                raise StoreError(f"集合 {collection} 的文档 {doc_id} 无法存为 JSON：{exc}") from exc
            if len(batch) >= _BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    def upsert(self, collection: str, docs: Iterable[Doc]) -> int:
        t = self._t(collection)
        sql = (f"INSERT INTO {t.main}(id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc "
               f"WHERE doc IS NOT excluded.doc")
        written = 0
        if isinstance(docs, Mapping):
            docs = [docs]
        chunks: Iterable[list[tuple[str, str]]] = self._rows(collection, docs)
        if isinstance(docs, (list, tuple)):  # a bad document is reported before anything is written
            chunks = list(chunks)
        for batch in chunks:
            with self._write("写入") as conn:
                conn.executemany(sql, batch)
            written += len(batch)
        self._catch_up(t, self.index_batch)
        return written

    def update(self, collection: str, doc_id: str, fields: Mapping[str, Any]) -> Doc:
        t = self._t(collection)
        with self._write("更新") as conn:
            row = conn.execute(f"SELECT doc FROM {t.main} WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise StoreError(f"集合 {collection} 中没有 id 为 {doc_id!r} 的文档，无法更新")
            doc = self._load(doc_id, row[0])
            doc.update({k: v for k, v in fields.items() if k != "_id"})
            try:
                text = _dumps({k: v for k, v in doc.items() if k != "_id"})
            except (TypeError, ValueError) as exc:
                raise StoreError(f"集合 {collection} 的文档 {doc_id} 无法存为 JSON：{exc}") from exc
            conn.execute(f"UPDATE {t.main} SET doc = ? WHERE id = ?", (text, doc_id))
        self._catch_up(t, self.index_batch)
        return doc

    def get(self, collection: str, doc_id: str) -> Doc | None:
        t = self._t(collection)
        with self._read("读取") as conn:
            row = conn.execute(f"SELECT doc FROM {t.main} WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else self._load(doc_id, row[0])

    def get_many(self, collection: str, doc_ids: Iterable[str]) -> dict[str, Doc]:
        t = self._t(collection)
        ids = list(dict.fromkeys(doc_ids))
        found: dict[str, Doc] = {}
        with self._read("读取") as conn:
            for i in range(0, len(ids), _MAX_VARS):
                chunk = ids[i:i + _MAX_VARS]
                marks = ",".join("?" * len(chunk))
                for doc_id, text in conn.execute(f"SELECT id, doc FROM {t.main} WHERE id IN ({marks})", chunk):
                    found[doc_id] = self._load(doc_id, text)
        return {i: found[i] for i in ids if i in found}

    def scan(self, collection: str, filters: Filters | None = None, *, sort: Sort | None = None,
             limit: int | None = None, offset: int = 0) -> Iterator[Doc]:
        sql, params = self._select(collection, filters, sort, limit, offset)
        self._check_open()
        return self._stream(sql, params)

    def _select(self, collection: str, filters: Filters | None, sort: Sort | None = None,
                limit: int | None = None, offset: int = 0) -> tuple[str, list]:
        t = self._t(collection)
        params: list = []
        w = _Where()
        where = w.build(filters, params)
        # without a sort and a page, any order will do: let the planner pick the best index
        order = _order_by(sort, w, "rid") if sort or limit is not None or offset else ""
        return f"SELECT id, doc FROM {t.main} WHERE {where}{order}{_limit(limit, offset, params)}", params

    def explain(self, collection: str, filters: Filters | None = None, *, sort: Sort | None = None,
                limit: int | None = None) -> str:
        """SQLite's query plan for a ``scan`` (to check that a filter uses an index)."""
        sql, params = self._select(collection, filters, sort, limit)
        with self._read("分析查询") as conn:
            return "\n".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))

    def _stream(self, sql: str, params: list) -> Iterator[Doc]:
        self._check_open()
        with self._errors("读取"):
            conn = self._take_reader()
        try:
            with self._errors("读取"):
                cur = conn.execute(sql, params)
                while True:
                    rows = cur.fetchmany(_FETCH)
                    if not rows:
                        break
                    for doc_id, text in rows:
                        yield self._load(doc_id, text)
                cur.close()
        finally:
            if conn.in_transaction:  # abandoned mid-way: end the read snapshot
                with contextlib.suppress(sqlite3.Error):
                    conn.rollback()
            self._give_reader(conn)

    def count(self, collection: str, filters: Filters | None = None) -> int:
        t = self._t(collection)
        params: list = []
        sql = f"SELECT count(*) FROM {t.main} WHERE {_Where().build(filters, params)}"
        with self._read("计数") as conn:
            return conn.execute(sql, params).fetchone()[0]

    def delete(self, collection: str, doc_ids: Iterable[str]) -> int:
        t = self._t(collection)
        if isinstance(doc_ids, str):
            doc_ids = [doc_ids]
        ids = list(dict.fromkeys(doc_ids))
        n = 0
        with self._write("删除") as conn:
            for i in range(0, len(ids), _MAX_VARS):
                chunk = ids[i:i + _MAX_VARS]
                n += conn.execute(f"DELETE FROM {t.main} WHERE id IN ({','.join('?' * len(chunk))})",
                                  chunk).rowcount
        self._catch_up(t, self.index_batch)
        return n

    def delete_where(self, collection: str, filters: Filters) -> int:
        t = self._t(collection)
        params: list = []
        sql = f"DELETE FROM {t.main} WHERE {_Where().build(filters, params)}"
        with self._write("删除") as conn:
            n = conn.execute(sql, params).rowcount
        self._catch_up(t, self.index_batch)
        return n

    def search(self, collection: str, query: str, *, fields: Sequence[str] | None = None,
               filters: Filters | None = None, limit: int = 50, order: str = "relevance") -> list[Doc]:
        """Substring search (see ``Store.search`` for the order); an empty query lists filtered documents."""
        t = self._t(collection)
        q = (query or "").strip()
        if order not in SEARCH_ORDERS:
            raise StoreError(f"检索排序 {order!r} 只能是 {' / '.join(SEARCH_ORDERS)}")
        if not q:
            return list(self.scan(collection, filters, limit=limit))
        fields = list(dict.fromkeys(fields)) if fields else list(t.fts_cols)
        if not fields:
            raise StoreError(f"集合 {collection} 没有可检索的文本字段；请用 fields= 指定要检索的字段")
        limit = -1 if limit is None else int(limit)
        path = self._search_path(t, q, fields)
        name_fields = [f for f in t.spec.name_fields if f in fields] if order == "relevance" else []
        if path != "instr" or name_fields:
            self._catch_up(t)  # every committed write is searchable
        tiers: list[tuple[str, list]] = []
        if name_fields:
            tiers.append(self._exact_sql(t, q, name_fields, filters, limit))
            tiers.append(self._match_sql(t, q, name_fields, filters, limit, path))
        tiers.append(self._match_sql(t, q, fields, filters, limit, path))
        rids: list[int] = []
        seen: set[int] = set()
        with self._read("检索") as conn:
            for sql, params in tiers:
                for (rid,) in conn.execute(sql, params):
                    if rid not in seen:
                        seen.add(rid)
                        rids.append(rid)
                if 0 <= limit <= len(rids):
                    break
            if limit >= 0:
                rids = rids[:limit]
            docs: dict[int, Doc] = {}
            for i in range(0, len(rids), _MAX_VARS):
                chunk = rids[i:i + _MAX_VARS]
                for rid, doc_id, text in conn.execute(
                        f"SELECT rid, id, doc FROM {t.main} WHERE rid IN ({','.join('?' * len(chunk))})", chunk):
                    docs[rid] = self._load(doc_id, text)
        self.last_search_path = path
        return [docs[r] for r in rids if r in docs]

    @staticmethod
    def _exact_sql(t: _Tables, q: str, name_fields: list[str], filters: Filters | None,
                   limit: int) -> tuple[str, list]:
        """Row ids of documents whose name (one of ``name_fields``) is ``q`` (ignoring case), newest first: the
        documents holding the name's ``_exact_word`` in the text index, checked against the name itself (a hash
        collision is dropped there)."""
        filter_params: list = []
        filter_sql = _Where(doc_col="c.doc", id_col="c.id").build(filters, filter_params)
        words = [w for w in (_exact_word(q, t.group(f)) for f in name_fields) if w]
        match = " OR ".join(f'"{w}"' for w in words)
        # the word is a hash of the folded name; the check folds the stored name the same way (a few candidates)
        needle = fold(q)
        exact = " OR ".join(f"gw_fold({_jx(f, 'c.doc')}) = ?" for f in name_fields)
        return (f"SELECT -x.rowid FROM {t.bigram} x JOIN {t.main} c ON c.rid = -x.rowid WHERE {t.bigram} MATCH ? "
                f"AND ({exact}) AND {filter_sql} ORDER BY x.rowid LIMIT ?",
                [match, *[needle] * len(name_fields), *filter_params, limit])

    @staticmethod
    def _search_path(t: _Tables, q: str, fields: list[str]) -> str:
        """bigram: a two-letter/digit query, one token of the bigram index, exact; fts: a longer query with
        letters/digits, every bigram of it through the index, then a substring check; instr: a scan."""
        if t.fts_cols and all(f in t.fts_cols for f in fields) and _bigram_list(q):
            return "bigram" if len(fold(q)) == 2 else "fts"  # the folded query is then its one bigram
        return "instr"

    def _match_sql(self, t: _Tables, q: str, fields: list[str], filters: Filters | None, limit: int,
                   path: str) -> tuple[str, list]:
        """Row ids of documents whose ``fields`` contain ``q``, newest (highest rowid) first, at most ``limit``.

        FTS5 walks its doclists in ascending rowid order, which is newest first (index rowid = -rid), so with
        ``LIMIT`` it stops after the first matches instead of collecting every match; the substring check and the
        filters are applied row by row on the way.
        The index has no positions, so a document holding all the query's bigrams in other places is a candidate
        that the substring check drops."""
        filter_params: list = []
        filter_sql = _Where(doc_col="c.doc", id_col="c.id").build(filters, filter_params)
        needle = fold(q)
        checks = [_contains(_jx(f, "c.doc"), needle) for f in fields]
        contains = "(" + " OR ".join(sql for sql, _ in checks) + ")"
        contains_params = [p for _, params in checks for p in params]
        if path in ("fts", "bigram"):
            table = t.bigram
            grams = list(dict.fromkeys(_bigram_list(q)))
            touched = sorted({t.group(f) for f in fields})
            groups = [" ".join('"' + _field_mark(g) + w.replace('"', '""') + '"' for w in grams)
                      for g in touched]  # all the bigrams in one group, in any of the groups
            match = groups[0] if len(groups) == 1 else "(" + ") OR (".join(groups) + ")"
            # a two-character query is exact unless a group holds fields not asked for (their words are the same)
            whole = all(f in fields for g in touched for f in t.groups[g])
            if path == "bigram" and whole:
                check, check_params = "1", []
            else:
                check, check_params = contains, contains_params
            join = f" JOIN {t.main} c ON c.rid = -x.rowid" if filters or check != "1" else ""
            return (f"SELECT -x.rowid FROM {table} x{join} WHERE {table} MATCH ? AND {check} AND {filter_sql} "
                    f"ORDER BY x.rowid LIMIT ?", [match, *check_params, *filter_params, limit])
        return (f"SELECT c.rid FROM {t.main} c WHERE {contains} AND {filter_sql} ORDER BY c.rid DESC LIMIT ?",
                contains_params + filter_params + [limit])

    def _catch_up(self, t: _Tables, at_least: int = 1) -> None:
        """Tokenise what the text index of ``t`` lacks (see ``pending``) when that is at least ``at_least`` rows.

        Every search calls this first (``at_least`` 1), so it sees every committed write, this process's or
        another's; write calls call it with ``index_batch``, so the work is done in large, cheaper batches and
        the backlog (and a search's wait) stays bounded. The backlog is committed with the documents, so rows
        written by a process that died before its catch-up are indexed by the next one."""
        if not t.fts_cols:
            return
        self._check_open()
        started = time.perf_counter()
        if self.pending(t.spec.name, at_least) < at_least:
            return
        with self._write("更新全文索引") as conn:
            _catch_up_in(conn, t)
        self.index_seconds += time.perf_counter() - started

    def pending(self, collection: str, at_most: int = 2 ** 62) -> int:
        """How many documents of ``collection`` the text index does not cover yet (at most ``at_most``; new rows
        are counted by their span of row ids, so deleted ones may still count until the next catch-up)."""
        t = self._t(collection)
        if not t.fts_cols:
            return 0
        with self._read("检查全文索引") as conn:
            return min(conn.execute(t.pending_sql(), (at_most,)).fetchone()[0], at_most)

    def refresh(self, collection: str | None = None) -> None:
        """Bring the text index up to date (searches do this themselves; ``refresh`` does it now, e.g. at the end
        of a bulk load, so the first search does not wait)."""
        self._check_open()
        for t in ([self._t(collection)] if collection is not None else list(self._tables.values())):
            self._catch_up(t)

    def ping(self) -> None:
        self._check_open()
        if not self.path.exists():
            raise StoreUnavailable(f"SQLite 数据库文件 {self.path} 不存在（可能已被删除或移动）")
        if not os.access(self.path, os.R_OK | os.W_OK):
            raise StoreError(f"SQLite 数据库文件 {self.path} 不可读写：请检查权限")
        with self._read("访问") as conn:
            conn.execute("SELECT max(version) FROM schema_version").fetchone()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA analysis_limit = 400")  # bounded work, even on a big file
                self._conn.execute("PRAGMA optimize")  # keeps the planner's statistics current
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        with self._pool_lock:
            pool, self._pool = self._pool, []
        for conn in pool:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"
