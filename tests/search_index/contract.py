"""The storage contract: one test suite every ``Store`` backend must pass.

Use it as a mixin (the Wagtail search-backend pattern)::

    class TestMyStore(StoreContract):
        unsupported = {"capability": "why this backend cannot do it"}
        def make_store(self): return MyStore(...)

``make_store()`` is called once per test (``self.tmp_path`` is set before); ``destroy_store(store)`` runs after
it. A backend that cannot do something lists the capability in ``unsupported`` with the reason, and those tests
skip with that reason. Capabilities that may be declared: ``"exact_substring_search"`` (search returns only
documents that contain the query as a substring), ``"empty_any_of"`` (``{"f": []}`` matches nothing).

The contract calls ``store.refresh(collection)`` after every write before it reads or searches, as a caller
of a near-real-time backend (Elasticsearch) must. Expected results come from ``base.matches`` (the reference
semantics of the filter language) and from plain Python substring tests, never from hard-coded id lists.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from search_index.base import COLLECTIONS, Store, StoreError, get_path, matches, with_id

BASE_TIME = datetime(2026, 11, 1, 8, 0, tzinfo=timezone(timedelta(hours=8)))


def ts(days: float = 0, hours: float = 0) -> str:
    return (BASE_TIME + timedelta(days=days, hours=hours)).isoformat(timespec="seconds")


def sample(collection: str, i: int) -> dict[str, Any]:
    """A realistic document number ``i`` of ``collection`` (a generic one for collections added later)."""
    platform = ("weibo", "wechat", "douyin")[i % 3]
    acc = f"a{i:04d}"
    docs = {
        "registry": lambda: {"platform": platform, "account_id": acc, "name": f"测试发布{i}", "unit": f"某某市人民政府{i}",
                             "competent_unit": "某某省委网信办", "status": "active", "region": "山东省济南市"},
        "registry_history": lambda: {"platform": platform, "account_id": acc, "changed_at": ts(i), "field": "status",
                                     "old": "active", "new": "closed"},
        "accounts": lambda: {"platform": platform, "account_id": acc, "name": f"测试账号{i}",
                             "description": f"第{i}号测试账号的简介", "verified": i % 2 == 0,
                             "verified_type": "government", "verified_reason": f"某某县人民政府{i}",
                             "crawled_at": ts(i), "crawl_status": "ok", "discovered_by": "keyword"},
        "posts": lambda: {"platform": platform, "account_id": acc, "post_id": f"p{i}", "text": f"第{i}条发文内容",
                          "created_at": ts(i), "pinned": False, "original": True},
        "findings": lambda: {"kind": "impostor", "platform": platform, "account_id": acc, "score": 0.9,
                             "target": {"platform": platform, "account_id": f"t{i}", "name": "山东发布"},
                             "reasons": ["名称仅多后缀“官方”"], "reasons_text": f"名称仅多后缀“官方” 编号{i}",
                             "detected_at": ts(i), "run_id": "run-1"},
        "alerts": lambda: {"_id": f"alert-{i}", "kind": "impostor", "platform": platform, "account_id": acc,
                           "state": "new", "severity": "high", "region": "山东", "name": f"山东发布官方{i}",
                           "title": f"疑似冒充山东发布 {i}", "reasons_text": "名称相似", "last_seen": ts(i)},
        "alert_history": lambda: {"_id": f"h-{i}", "alert_id": f"alert-{i}", "user": "reviewer", "at": ts(i),
                                  "from": "new", "to": "confirmed", "note": "已核实"},
        "sweeps": lambda: {"run_id": "run-1", "url": f"https://www.example.gov.cn/page{i}.html", "via": "link",
                           "menu_path": ["首页", f"栏目{i}"], "found_on": "https://www.example.gov.cn/",
                           "status": "ok", "host": "www.example.gov.cn", "checked_at": ts(i), "http_status": 200},
        "probes": lambda: {"url": f"https://www.example{i}.gov.cn/", "checked_at": ts(i), "ok": i % 2 == 0,
                           "status": 200},
        "runs": lambda: {"run_id": f"run-{i}", "kind": "nightly", "status": "finished", "started_at": ts(i)},
        "users": lambda: {"username": f"user{i}", "role": "reviewer", "password_hash": "$argon2id$x"},
        "audit": lambda: {"_id": f"audit-{i}", "user": "admin", "action": "login", "at": ts(i)},
        "notifications": lambda: {"_id": f"n-{i}", "alert_id": f"alert-{i}", "kind": "new", "channel": "mail",
                                  "sent_at": ts(i)},
    }
    if collection in docs:
        return docs[collection]()
    cs = COLLECTIONS[collection]
    doc: dict[str, Any] = {"_id": f"{collection}-{i}"}
    for f in cs.keyword_fields:
        doc[f] = f"{f}-{i % 3}"
    for f in cs.name_fields + cs.text_fields:
        doc[f] = f"测试文本{i}"
    if cs.time_field:
        doc[cs.time_field] = ts(i)
    return doc


# A small data set for the filter language: values missing, null, false and "true" side by side.
def filter_docs() -> list[dict[str, Any]]:
    out = []
    for i in range(30):
        doc: dict[str, Any] = {
            "platform": ("weibo", "wechat", "douyin")[i % 3], "account_id": f"f{i:03d}",
            "name": ("上海发布", "山东发布", "济南公安", "广州交警", "青岛发布")[i % 5] + str(i),
            "followers": i * 100, "score": i / 10, "crawled_at": ts(i),
            "flag_text": "true" if i % 5 == 0 else "false",
        }
        verified = (True, False, None, "missing")[i % 4]
        if verified != "missing":
            doc["verified"] = verified
        if i % 7:
            doc["meta"] = {"region": ("山东", "广东", None)[i % 3], "level": i % 5}
        out.append(doc)
    return out


FILTER_CASES: list[dict[str, Any]] = [
    {},
    {"platform": "weibo"},
    {"platform": ["weibo", "douyin"]},
    {"platform": {"ne": "weibo"}},
    {"followers": {"gte": 500, "lt": 1500}},
    {"followers": {"gt": 2800}},
    {"score": {"lte": 0.5}},
    {"crawled_at": {"lt": ts(10)}},
    {"crawled_at": {"gte": ts(5), "lte": ts(8)}},
    # date-only bounds sort before every time of their day (Elasticsearch would round gt/lte to the day's end)
    {"crawled_at": {"gt": ts(5)[:10]}},
    {"crawled_at": {"lte": ts(5)[:10]}},
    {"crawled_at": {"gte": ts(5)[:10], "lt": ts(8)[:10]}},
    {"verified": True},
    {"verified": False},
    {"verified": None},
    {"verified": {"exists": True}},
    {"verified": {"exists": False}},
    {"verified": [True, None]},
    {"verified": {"ne": True}},
    {"flag_text": "true"},
    {"flag_text": True},
    {"meta.region": "山东"},
    {"meta.region": None},
    {"meta.region": {"exists": True}},
    {"meta.region": {"ne": "山东"}},
    {"meta.level": {"gte": 3}},
    {"meta.level": [0, 4]},
    {"meta": None},
    {"platform": "weibo", "verified": True},
    {"platform": ["wechat"], "followers": {"gt": 1000}, "meta.level": {"exists": True}},
    {"name": "上海发布0"},
    {"_id": "weibo:f003"},
    {"_id": ["weibo:f003", "wechat:f004", "nope:x"]},
]

SEARCH_DOCS = [
    # name, description, verified_reason
    ("上海发布", "上海市人民政府新闻办公室官方账号", "上海市人民政府新闻办公室"),
    ("山东发布", "山东省人民政府新闻办公室，驻上海联络处也在此发布消息", "山东省人民政府新闻办公室"),
    ("济南公安", "济南市公安局官方微博，常转发上海发布的消息", "济南市公安局"),
    ("广州交警", "广州市公安局交通警察支队", "广州市公安局交通警察支队"),
    ("上海市场监管", "上海市市场监督管理局", "上海市市场监督管理局"),
    ("中国上海", "城市门户", "上海市人民政府办公厅"),
    ("青岛发布", "青岛市委宣传部，转发山东发布山东发布山东发布的消息", "青岛市委宣传部"),
    ("SD发布", "Shandong release 英文名", ""),
    ("发布abc", "mixed 中英 text", ""),
    ('"引号" OR *星号* <script>alert(1)</script>', "恶意 -字符 (括号) NEAR(a b) 'single'", ""),
]


class StoreContract:
    """Mixin: subclass with a ``Test`` name and implement ``make_store``."""

    unsupported: dict[str, str] = {}
    tmp_path: Any = None

    def make_store(self) -> Store:
        raise NotImplementedError

    def destroy_store(self, store: Store) -> None:
        store.close()

    def requires(self, capability: str) -> None:
        if capability in self.unsupported:
            pytest.skip(self.unsupported[capability])

    @pytest.fixture
    def store(self, tmp_path):
        self.tmp_path = tmp_path
        s = self.make_store()
        try:
            yield s
        finally:
            self.destroy_store(s)

    # ---- helpers ---------------------------------------------------------------------------------------

    @staticmethod
    def write(store: Store, collection: str, docs: list[dict]) -> int:
        n = store.upsert(collection, docs)
        store.refresh(collection)
        return n

    @staticmethod
    def ids(docs) -> list[str]:
        return [d["_id"] for d in docs]

    def load_filter_docs(self, store: Store) -> list[dict]:
        docs = [with_id("accounts", d) for d in filter_docs()]
        self.write(store, "accounts", docs)
        return docs

    def load_search_docs(self, store: Store) -> list[dict]:
        docs = [with_id("accounts", {"platform": ("weibo", "wechat")[i % 2], "account_id": f"s{i}", "name": n,
                                     "description": d, "verified_reason": r})
                for i, (n, d, r) in enumerate(SEARCH_DOCS)]
        self.write(store, "accounts", docs)
        return docs

    @staticmethod
    def substring_ids(docs: list[dict], query: str, fields=("name", "description", "verified_reason")) -> set[str]:
        q = query.lower()
        return {d["_id"] for d in docs if any(q in str(d.get(f) or "").lower() for f in fields)}

    # ---- every collection ------------------------------------------------------------------------------

    @pytest.mark.parametrize("collection", sorted(COLLECTIONS))
    def test_collection_round_trip(self, store, collection):
        docs = [sample(collection, i) for i in range(4)]
        assert self.write(store, collection, docs) == 4
        assert self.write(store, collection, docs) == 4  # the same records again: no new documents
        assert store.count(collection) == 4
        for doc in docs:
            expected = with_id(collection, doc)
            got = store.get(collection, expected["_id"])
            assert got is not None, f"{collection}: {expected['_id']} not found"
            assert got == expected
        cs = COLLECTIONS[collection]
        if cs.keyword_fields:
            field = cs.keyword_fields[0]
            value = get_path(docs[1], field)
            want = {with_id(collection, d)["_id"] for d in docs if get_path(d, field) == value}
            assert {d["_id"] for d in store.scan(collection, {field: value})} == want
        if cs.time_field:
            got = self.ids(store.scan(collection, sort=[(cs.time_field, "desc")]))
            assert got == [with_id(collection, d)["_id"] for d in reversed(docs)]
        first = with_id(collection, docs[0])["_id"]
        merged = store.update(collection, first, {"note_extra": "补充说明"})
        assert merged["note_extra"] == "补充说明" and merged["_id"] == first
        store.refresh(collection)
        assert store.get(collection, first)["note_extra"] == "补充说明"
        assert store.delete(collection, [first]) == 1
        store.refresh(collection)
        assert store.count(collection) == 3
        assert store.get(collection, first) is None

    @pytest.mark.parametrize("collection", sorted(c for c in COLLECTIONS if COLLECTIONS[c].text_fields))
    def test_collection_text_search(self, store, collection):
        docs = [sample(collection, i) for i in range(3)]
        self.write(store, collection, docs)
        field = COLLECTIONS[collection].text_fields[0]
        target = with_id(collection, docs[2])
        text = str(target[field])
        for query in (text, text[-3:], text[:2], text[-1:]):
            want = {with_id(collection, d)["_id"] for d in docs if query in str(d.get(field, ""))}
            got = self.ids(store.search(collection, query, fields=[field]))
            assert target["_id"] in got, (collection, query)
            assert want <= set(got)

    # ---- ids and upsert --------------------------------------------------------------------------------

    def test_deterministic_ids(self, store):
        self.write(store, "accounts", [{"platform": "weibo", "account_id": "123", "name": "上海发布"}])
        self.write(store, "posts", [{"platform": "weibo", "account_id": "123", "post_id": "P9", "text": "你好"}])
        self.write(store, "registry", [{"_id": "custom-id", "platform": "weibo", "account_id": "9", "name": "x"}])
        assert store.get("accounts", "weibo:123")["name"] == "上海发布"
        assert store.get("posts", "weibo:123:P9")["text"] == "你好"
        assert store.get("registry", "custom-id")["account_id"] == "9"
        assert store.get("registry", "weibo:9") is None

    def test_upsert_is_idempotent_and_replaces(self, store):
        doc = {"platform": "weibo", "account_id": "1", "name": "济南公安", "description": "旧简介"}
        self.write(store, "accounts", [doc])
        self.write(store, "accounts", [doc, dict(doc)])
        assert store.count("accounts") == 1
        self.write(store, "accounts", [{"platform": "weibo", "account_id": "1", "name": "济南公安"}])
        got = store.get("accounts", "weibo:1")
        assert "description" not in got  # upsert replaces the whole document
        assert store.search("accounts", "旧简介") == []
        self.write(store, "accounts", [dict(doc, name="第一版"), dict(doc, name="第二版")])
        assert store.count("accounts") == 1
        assert store.get("accounts", "weibo:1")["name"] == "第二版"  # the later one in a batch wins

    def test_upsert_accepts_generators_and_returns_count(self, store):
        n = store.upsert("posts", (sample("posts", i) for i in range(7)))
        store.refresh("posts")
        assert n == 7 and store.count("posts") == 7

    def test_get_many(self, store):
        self.write(store, "runs", [sample("runs", i) for i in range(5)])
        got = store.get_many("runs", ["run-1", "run-3", "run-404"])
        assert set(got) == {"run-1", "run-3"}
        assert got["run-3"]["run_id"] == "run-3"
        assert store.get("runs", "run-404") is None

    def test_update_merges_shallow(self, store):
        self.write(store, "alerts", [sample("alerts", 1)])
        merged = store.update("alerts", "alert-1", {"state": "confirmed", "extra": {"by": "张三"}})
        store.refresh("alerts")
        assert merged["state"] == "confirmed" and merged["severity"] == "high"
        assert merged["extra"] == {"by": "张三"}
        assert store.get("alerts", "alert-1") == merged
        store.update("alerts", "alert-1", {"extra": {"note": "x"}})
        store.refresh("alerts")
        assert store.get("alerts", "alert-1")["extra"] == {"note": "x"}  # shallow: nested objects replaced
        assert store.count("alerts", {"state": "confirmed"}) == 1

    def test_update_missing_raises(self, store):
        with pytest.raises(StoreError):
            store.update("alerts", "no-such-alert", {"state": "closed"})

    def test_unknown_collection_raises(self, store):
        with pytest.raises(StoreError):
            store.upsert("no_such_collection", [{"_id": "x"}])
        with pytest.raises(StoreError):
            store.count("no_such_collection")

    # ---- filters, sort, pagination ---------------------------------------------------------------------

    @pytest.mark.parametrize("filters", FILTER_CASES, ids=[repr(f) for f in FILTER_CASES])
    def test_filter_language(self, store, filters):
        docs = self.load_filter_docs(store)
        want = {d["_id"] for d in docs if matches(d, filters)}
        got = self.ids(store.scan("accounts", filters))
        assert len(got) == len(set(got))
        assert set(got) == want
        assert store.count("accounts", filters) == len(want)

    def test_filter_empty_any_of_matches_nothing(self, store):
        self.requires("empty_any_of")
        self.load_filter_docs(store)
        assert list(store.scan("accounts", {"platform": []})) == []
        assert store.count("accounts", {"platform": []}) == 0

    def test_filter_cases_are_not_trivial(self):
        """Each reference case selects some documents but not all (bar the deliberate empty one)."""
        docs = [with_id("accounts", d) for d in filter_docs()]
        for filters in FILTER_CASES[1:]:
            n = sum(matches(d, filters) for d in docs)
            if filters == {"flag_text": True}:  # a boolean never equals the text "true"
                assert n == 0
            else:
                assert 0 < n < len(docs), filters

    def test_unknown_filter_operator_raises(self, store):
        self.load_filter_docs(store)
        with pytest.raises(StoreError):
            list(store.scan("accounts", {"followers": {"between": [1, 2]}}))

    @pytest.mark.parametrize("sort", [
        [("followers", "desc")], [("followers", "asc")], [("crawled_at", "desc")],
        [("platform", "asc"), ("followers", "desc")],
    ])
    def test_sort_and_pagination(self, store, sort):
        docs = self.load_filter_docs(store)
        expected = list(docs)
        for field, direction in reversed(sort):
            expected.sort(key=lambda d: get_path(d, field), reverse=direction == "desc")
        expected_ids = self.ids(expected)
        assert self.ids(store.scan("accounts", sort=sort)) == expected_ids
        pages = []
        for offset in range(0, len(docs), 7):
            pages.extend(self.ids(store.scan("accounts", sort=sort, limit=7, offset=offset)))
        assert pages == expected_ids
        assert self.ids(store.scan("accounts", sort=sort, limit=3)) == expected_ids[:3]

    @pytest.mark.parametrize("direction", ["asc", "desc"])
    def test_sort_with_id_tiebreaker(self, store, direction):
        """A stable order for pages (the review UI sorts every list this way), on every backend."""
        docs = self.load_filter_docs(store)
        sort = [("platform", direction), ("_id", "asc")]
        expected = sorted(docs, key=lambda d: d["_id"])
        expected.sort(key=lambda d: d["platform"], reverse=direction == "desc")
        assert self.ids(store.scan("accounts", sort=sort)) == self.ids(expected)
        pages = [d for offset in range(0, len(docs), 4) for d in store.scan("accounts", sort=sort, limit=4,
                                                                              offset=offset)]
        assert self.ids(pages) == self.ids(expected)
        assert self.ids(store.scan("accounts", sort=[("_id", "desc")], limit=3)) == sorted(
            self.ids(docs), reverse=True)[:3]

    def test_filter_values_of_another_kind_match_nothing(self, store):
        """A value that cannot equal what the field holds matches nothing (never an error, never a coercion)."""
        docs = self.load_filter_docs(store)
        for filters in ({"followers": "many"}, {"followers": "100"}, {"crawled_at": "不是时间"},
                        {"crawled_at": ["昨天"]}, {"platform": 5}, {"verified": "true"}):
            assert list(store.scan("accounts", filters)) == [], filters
            assert store.count("accounts", filters) == 0, filters
        assert store.count("accounts", {"followers": {"ne": "many"}}) == len(docs)
        assert store.count("accounts", {"followers": [100, "x"]}) == 1

    def test_sort_nested_with_filter(self, store):
        docs = self.load_filter_docs(store)
        flt = {"meta.level": {"exists": True}}
        sort = [("meta.level", "asc"), ("followers", "desc")]
        expected = sorted((d for d in docs if matches(d, flt)), key=lambda d: (d["meta"]["level"], -d["followers"]))
        assert self.ids(store.scan("accounts", flt, sort=sort)) == self.ids(expected)

    # ---- delete ----------------------------------------------------------------------------------------

    def test_delete_and_delete_where(self, store):
        docs = self.load_filter_docs(store)
        assert store.delete("accounts", [docs[0]["_id"], "weibo:not-there"]) == 1
        store.refresh("accounts")
        assert store.delete("accounts", [docs[0]["_id"]]) == 0
        want = sum(1 for d in docs[1:] if matches(d, {"platform": "wechat"}))
        assert store.delete_where("accounts", {"platform": "wechat"}) == want
        store.refresh("accounts")
        assert store.count("accounts") == len(docs) - 1 - want
        assert store.count("accounts", {"platform": "wechat"}) == 0
        gone = self.ids(store.search("accounts", docs[1]["name"], limit=100))  # docs[1] is on wechat
        assert docs[1]["_id"] not in gone and docs[0]["_id"] not in self.ids(store.search("accounts", "上海发布0"))

    # ---- Chinese search --------------------------------------------------------------------------------

    @pytest.mark.parametrize("query", [
        "海", "警", "上海", "发布", "公安", "上海发", "人民政", "上海市场监", "山东省人民", "驻上海",
        "sd发", "布ab", "Shandong", "中英 text",
    ])
    def test_search_finds_every_substring_match(self, store, query):
        docs = self.load_search_docs(store)
        want = self.substring_ids(docs, query)
        assert want, "the test data must contain the query"
        got = self.ids(store.search("accounts", query, limit=100))
        assert want <= set(got), f"{query!r}: missing {want - set(got)}"

    @pytest.mark.parametrize("query", ["海", "上海", "发布", "上海发", "上海市场监", "驻上海", "sd发"])
    def test_search_returns_only_matches(self, store, query):
        self.requires("exact_substring_search")
        docs = self.load_search_docs(store)
        got = self.ids(store.search("accounts", query, limit=100))
        assert set(got) == self.substring_ids(docs, query)

    def test_search_needs_adjacent_characters(self, store):
        """Characters adjacent in the query must be adjacent in the text: the query's character pairs scattered
        over the text do not match."""
        texts = {"adjacent": "驻上海发布会消息", "scattered": "上海市，海发公司，发布会", "reversed": "布发海上"}
        docs = [with_id("posts", {"platform": "weibo", "account_id": "a", "post_id": k, "text": v})
                for k, v in texts.items()]
        self.write(store, "posts", docs)
        assert [d["post_id"] for d in store.search("posts", "上海发布")] == ["adjacent"]
        assert {d["post_id"] for d in store.search("posts", "发布")} == {"adjacent", "scattered"}

    def test_search_long_chinese_query(self, store):
        """A 30-character query works (Elasticsearch: no token graph, no clause explosion) and finds only the
        text that contains it."""
        text = "国务院办公厅关于推进政府网站集约化建设和政务新媒体健康有序发展的指导意见全文发布"
        docs = [with_id("posts", {"platform": "weibo", "account_id": "a", "post_id": str(i), "text": t})
                for i, t in enumerate((f"转发：{text}。", text[::-1], text[:20], text[10:]))]
        self.write(store, "posts", docs)
        for query in (text[:30], text[5:35], text[10:40], text[:18]):
            want = {d["post_id"] for d in docs if query in d["text"]}
            assert want and {d["post_id"] for d in store.search("posts", query, limit=100)} == want, query

    def test_search_two_chars_in_the_middle_of_text(self, store):
        """SQLite 3.40's trigram LIKE '%上海%' finds nothing here; search must."""
        docs = self.load_search_docs(store)
        by_name = {d["name"]: d["_id"] for d in docs}
        got = self.ids(store.search("accounts", "上海", limit=100))
        assert by_name["山东发布"] in got  # "…驻上海联络处…" in the description
        assert by_name["中国上海"] in got  # at the end of the name

    @pytest.mark.parametrize("query", ["ＧＯＶ发布", "ｇｏｖ发布", "ＧＯＶ", "ｇｏｖ", "ＧＯ", "Ｇ", "ÄRZTE", "ärzte", "Ä"])
    def test_search_folds_case_of_every_script(self, store, query):
        """Impostors write names in full-width letters: searching the stored name as it is (or in the other case)
        finds it. SQLite's own lower() folds ASCII only; Elasticsearch's lowercase filter folds every letter."""
        self.write(store, "accounts", [
            {"platform": "weibo", "account_id": "fw", "name": "ＧＯＶ发布中心", "crawled_at": "2026-11-01T08:00:00+08:00"},
            {"platform": "weibo", "account_id": "de", "name": "Ärzte发布", "crawled_at": "2026-11-02T08:00:00+08:00"},
            {"platform": "weibo", "account_id": "zh", "name": "政务发布", "crawled_at": "2026-11-03T08:00:00+08:00"},
        ])
        want = {"fw"} if query.lower().startswith(("ｇ", "ｇｏ")) else {"de"}
        for order in ("relevance", "newest"):
            assert {d["account_id"] for d in store.search("accounts", query, order=order)} == want, (query, order)

    WIDTH_DOCS = [
        {"platform": "weibo", "account_id": "fw", "name": "ＡＢＣ１２３发布", "description": "通报（２０２６）第３号",
         "crawled_at": "2026-11-01T08:00:00+08:00"},
        {"platform": "weibo", "account_id": "hw", "name": "XYZ789发布", "description": "公告(1999)第8号",
         "crawled_at": "2026-11-02T08:00:00+08:00"},
        {"platform": "weibo", "account_id": "zh", "name": "政务发布", "description": "通报第五号",
         "crawled_at": "2026-11-03T08:00:00+08:00"},
    ]

    @pytest.mark.parametrize(("query", "want", "in_description"), [
        ("ABC123", {"fw"}, set()), ("abc123", {"fw"}, set()), ("ａｂｃ１２３", {"fw"}, set()),
        ("ＡＢＣ１２３", {"fw"}, set()), ("abc123发布", {"fw"}, set()), ("Ａbc１２3发布", {"fw"}, set()),
        ("XYZ789", {"hw"}, set()), ("ＸＹＺ７８９", {"hw"}, set()), ("ｘｙｚ７８９发布", {"hw"}, set()),
        ("2026", {"fw"}, {"fw"}), ("(2026)", {"fw"}, {"fw"}), ("（２０２６）", {"fw"}, {"fw"}),
        ("１９９９", {"hw"}, {"hw"}), ("（1999）", {"hw"}, {"hw"}), ("第８号", {"hw"}, {"hw"}), ("第3号", {"fw"}, {"fw"}),
        ("发布", {"fw", "hw", "zh"}, set()),
    ])
    def test_search_folds_full_and_half_width(self, store, query, want, in_description):
        """Full-width and half-width letters, digits and punctuation are the same to search, whichever side has
        which (Elasticsearch: ``cjk_width``; SQLite: NFKC): "ABC123" finds "ＡＢＣ１２３发布", "（２０２６）" finds
        "(2026)" and back, in names and in other text fields. Chinese characters are not changed."""
        self.write(store, "accounts", self.WIDTH_DOCS)
        for order in ("relevance", "newest"):
            assert {d["account_id"] for d in store.search("accounts", query, order=order)} == want, (query, order)
        assert {d["account_id"] for d in store.search("accounts", query, fields=["description"])} == in_description

    def test_search_exact_full_width_name_first(self, store):
        self.write(store, "accounts", [
            {"platform": "weibo", "account_id": "1", "name": "ＧＯＶ发布", "crawled_at": "2026-11-01T08:00:00+08:00"},
            {"platform": "weibo", "account_id": "2", "name": "ＧＯＶ发布厅", "crawled_at": "2026-11-02T08:00:00+08:00"},
        ])
        assert [d["account_id"] for d in store.search("accounts", "ＧＯＶ发布")] == ["1", "2"]

    @pytest.mark.parametrize("name", ["上海发布", "山东发布", "济南公安", "广州交警"])
    def test_search_exact_name_first(self, store, name):
        docs = self.load_search_docs(store)
        got = store.search("accounts", name, limit=10)
        assert got and got[0]["name"] == name
        assert got[0]["_id"] == next(d["_id"] for d in docs if d["name"] == name)

    @pytest.mark.parametrize("query", ["上", "上海", "上海发", "上海发布"])
    def test_search_fields_restrict(self, store, query):
        docs = self.load_search_docs(store)
        got = set(self.ids(store.search("accounts", query, fields=["name"], limit=100)))
        want = self.substring_ids(docs, query, fields=("name",))
        assert want <= got
        assert not (got - self.substring_ids(docs, query))  # nothing without the query anywhere
        outside = self.substring_ids(docs, query, fields=("description",)) - want
        assert outside and not (got & outside), "a description-only match came back for a name-only search"

    @pytest.mark.parametrize("order", ["relevance", "newest"])
    def test_search_order_is_tiers_then_newest(self, store, order):
        """Store.search's documented order: exact name, name contains, the rest, newest first in each (or all newest
        first). Documents are added in time order, so "newest" means the same on every backend."""
        self.write(store, "accounts", [
            {"platform": "weibo", "account_id": "1", "name": "甲", "description": "上海发布的老账号",
             "crawled_at": "2026-11-01T08:00:00+08:00"},
            {"platform": "weibo", "account_id": "2", "name": "上海发布", "crawled_at": "2026-11-02T08:00:00+08:00"},
            {"platform": "weibo", "account_id": "3", "name": "上海发布厅", "crawled_at": "2026-11-03T08:00:00+08:00"},
            {"platform": "weibo", "account_id": "4", "name": "乙", "description": "转发上海发布",
             "crawled_at": "2026-11-04T08:00:00+08:00"},
        ])
        for query in ("上海发布", "上海"):
            got = [d["account_id"] for d in store.search("accounts", query, order=order)]
            if order == "newest":
                assert got == ["4", "3", "2", "1"], query
            elif query == "上海发布":
                assert got == ["2", "3", "4", "1"]  # exact name, name contains, then the rest newest first
            else:
                assert got == ["3", "2", "4", "1"]  # no exact name: names containing it, newest first
        with pytest.raises(StoreError, match="检索排序"):
            store.search("accounts", "上海", order="bm25")

    def test_search_with_filters_and_limit(self, store):
        docs = self.load_search_docs(store)
        got = store.search("accounts", "发布", filters={"platform": "weibo"}, limit=100)
        assert got and all(d["platform"] == "weibo" for d in got)
        want = {d["_id"] for d in docs if d["platform"] == "weibo"} & self.substring_ids(docs, "发布")
        assert want <= set(self.ids(got))
        assert len(store.search("accounts", "发布", limit=2)) == 2

    @pytest.mark.parametrize("query", ['"', "'", "*", "OR", "AND", "NOT", "-", "(", ")", "上海 OR 山东", '"上海"',
                                      "<script>", "a*", "NEAR(a b)", "{name}: x", "^", ":", "\\", "%", "_", "——",
                                      '" OR "', "*星号*", "'single'"])
    def test_search_hostile_queries(self, store, query):
        docs = self.load_search_docs(store)
        got = store.search("accounts", query, limit=100)
        assert isinstance(got, list)
        hostile = next(d["_id"] for d in docs if d["name"].startswith('"引号"'))
        if query in ('"', "*", "OR", "<script>", "*星号*", "'single'", "NEAR(a b)"):
            assert hostile in self.ids(got), query

    def test_search_hostile_text_round_trip(self, store):
        docs = self.load_search_docs(store)
        hostile = next(d for d in docs if d["name"].startswith('"引号"'))
        got = store.search("accounts", "<script>alert(1)</script>", limit=5)
        assert got and got[0] == hostile

    # ---- values the index cannot hold as they are -----------------------------------------------------------

    def test_long_values_are_kept_and_count_as_present(self, store):
        """Over 8191 characters a keyword is not indexed on Elasticsearch (ignore_above); it still exists."""
        long_text = "长" * 9000
        docs = [with_id("accounts", {"platform": "weibo", "account_id": "long", "name": "长文", "bio": long_text,
                                     "description": long_text}),
                with_id("accounts", {"platform": "weibo", "account_id": "short", "name": "短文", "bio": "短"})]
        self.write(store, "accounts", docs)
        assert store.get("accounts", "weibo:long") == docs[0]
        assert store.count("accounts", {"bio": {"exists": True}}) == 2
        assert store.count("accounts", {"description": {"exists": True}}) == 1
        assert store.count("accounts", {"description": None}) == 1
        assert self.ids(store.scan("accounts", {"bio": {"ne": "短"}})) == ["weibo:long"]
        assert self.ids(store.search("accounts", "长长长", fields=["description"])) == ["weibo:long"]

    def test_malformed_times_are_kept_and_count_as_present(self, store):
        docs = [with_id("accounts", {"platform": "weibo", "account_id": "m", "name": "格式错", "crawled_at": "昨天",
                                     "followers": "很多"}),
                with_id("accounts", {"platform": "weibo", "account_id": "ok", "name": "格式对", "crawled_at": ts(1),
                                     "followers": 5})]
        self.write(store, "accounts", docs)
        assert store.get("accounts", "weibo:m") == docs[0]
        assert store.count("accounts", {"crawled_at": {"exists": True}}) == 2
        assert store.count("accounts", {"followers": None}) == 0
        assert self.ids(store.scan("accounts", {"crawled_at": ts(1)})) == ["weibo:ok"]

    @pytest.mark.parametrize("first,second", [("文本", {"省": "山东", "级": 2}), ({"省": "山东"}, "文本"),
                                              (["a", "b"], {"k": [{"x": 1}]}), ({"a": {"b": 1}}, {"a": "平"})])
    def test_a_field_that_changes_shape_keeps_every_document(self, store, first, second):
        """Crawled payloads vary: a string where an object was, or the reverse. Every document is kept, reads
        back as written, and counts as having the field."""
        docs = [with_id("accounts", {"platform": "weibo", "account_id": f"s{i}", "name": f"形状{i}", "extra": v,
                                     "note": "保留"})
                for i, v in enumerate((first, second, first))]
        for doc in docs:  # one by one: the second is written after the first fixed the field's mapping
            self.write(store, "accounts", [doc])
        for doc in docs:
            assert store.get("accounts", doc["_id"]) == doc
        assert store.count("accounts", {"extra": {"exists": True}}) == 3
        assert store.count("accounts", {"note": "保留"}) == 3
        assert set(self.ids(store.search("accounts", "形状"))) == {d["_id"] for d in docs}
        merged = store.update("accounts", docs[0]["_id"], {"extra": second})
        assert store.get("accounts", docs[0]["_id"]) == merged and merged["extra"] == second

    # ---- data --------------------------------------------------------------------------------------------

    def test_unicode_round_trip(self, store):
        doc = {"platform": "weibo", "account_id": "u1",
               "name": "🇨🇳政务👍發佈\u200b零宽\u202e反向 ＡＢＣ全角",
               "description": "换行\n制表\t引号\"'反斜杠\\ 𠀀扩展B 〇〡 é",
               "nested": {"list": [1, 2.5, None, True, "文"], "obj": {"深": {"更深": "值"}}},
               "big": 2 ** 53 + 1, "neg": -7, "float": 0.1, "empty": "", "none": None, "flag": False}
        self.write(store, "accounts", [doc])
        assert store.get("accounts", "weibo:u1") == with_id("accounts", doc)
        assert self.ids(store.search("accounts", "發佈")) == ["weibo:u1"]
        assert self.ids(store.search("accounts", "𠀀扩展")) == ["weibo:u1"]
        assert store.count("accounts", {"nested.obj.深.更深": "值"}) == 1

    def test_large_batch(self, store):
        docs = [{"platform": "weibo", "account_id": f"acc{i % 50}", "post_id": str(i),
                 "text": f"批量测试第{i}条：山东省政务信息编号{i:05d}", "created_at": ts(i / 1000)} for i in range(5000)]
        assert self.write(store, "posts", docs) == 5000
        assert store.count("posts") == 5000
        assert self.write(store, "posts", docs[:1000]) == 1000
        assert store.count("posts") == 5000
        assert sum(1 for _ in store.scan("posts")) == 5000
        assert store.count("posts", {"account_id": "acc7"}) == 100
        got = store.search("posts", "编号04321")
        assert self.ids(got) == ["weibo:acc21:4321"]
        page = list(store.scan("posts", {"account_id": "acc7"}, sort=[("created_at", "desc")], limit=5))
        assert [d["post_id"] for d in page] == ["4957", "4907", "4857", "4807", "4757"]

    # ---- BulkWriter ------------------------------------------------------------------------------------

    def test_bulk_writer_flushes_by_size(self, store):
        bw = store.bulk_writer("posts", max_docs=10, max_seconds=3600)
        for i in range(25):
            bw.add(sample("posts", i))
        assert bw.written == 20 and len(bw.pending()) == 5
        assert bw.flush() == 5
        store.refresh("posts")
        assert store.count("posts") == 25 and not bw.pending()

    def test_bulk_writer_flushes_by_time(self, store):
        bw = store.bulk_writer("posts", max_docs=1000, max_seconds=0.05)
        bw.add(sample("posts", 1))
        assert bw.written == 0
        time.sleep(0.1)
        bw.add(sample("posts", 2))
        assert bw.written == 2 and not bw.pending()
        store.refresh("posts")
        assert store.count("posts") == 2

    def test_bulk_writer_context_manager_flushes(self, store):
        with store.bulk_writer("posts", max_docs=1000, max_seconds=3600) as bw:
            for i in range(3):
                bw.add(sample("posts", i))
        store.refresh("posts")
        assert store.count("posts") == 3

    def test_bulk_writer_keeps_batch_on_error(self, store):
        bw = store.bulk_writer("posts", max_docs=1000, max_seconds=3600)
        good = [sample("posts", i) for i in range(3)]
        for doc in good:
            bw.add(doc)
        bw.add({"platform": "weibo", "text": "缺少 account_id 和 post_id"})
        with pytest.raises(StoreError):
            bw.flush()
        assert len(bw.pending()) == 4 and bw.written == 0
        retry = store.bulk_writer("posts", max_docs=1000, max_seconds=3600)
        for doc in bw.pending():  # the caller keeps the good documents and retries
            if "post_id" in doc:
                retry.add(doc)
        assert retry.flush() == 3
        store.refresh("posts")
        assert store.count("posts") == 3
