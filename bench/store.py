"""Benchmark of the embedded SQLite store: bulk upsert speed and Chinese substring search latency.

    python bench/store.py [--accounts 100000 --posts 500000 --batch 1000 --queries 300]

Writes synthetic (but realistic) government accounts and posts into a fresh store in a temporary directory:
records/s of ``SQLiteStore.upsert`` in batches, against a plain ``executemany`` of the same rows (id + JSON)
into a bare two-column table in the same run, batch by batch alternately (ratio = store / bare). The store queues
rows for its text index and tokenises them in batches (``store.sqlite_index_batch``, inside some upsert calls) and
before a search (here: one ``refresh`` after the load), so two ratios are printed: the writes alone, and writes
plus all the index catch-up; the catch-up seconds are printed too, and the CPU seconds of both sides with their
ratio (this process only: steadier than the wall clock when other work shares the machine). A re-crawl of the
accounts follows (every account written again with only its follower count changed: no searchable text changes,
so nothing is queued for the text index), against the same upsert into the bare table. Then p50/p95 latency of
``store.search`` with 2-, 3- and 5-character queries cut from the stored texts, in both result orders
(``relevance``: exact name, name contains, the rest, newest first within each; ``newest``), and the size of the
store's files.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search_index.base import spec
from search_index.sqlite_backend import SQLiteStore

PROVINCES = ["山东", "广东", "江苏", "浙江", "河南", "河北", "四川", "湖北", "湖南", "福建", "安徽", "江西",
             "辽宁", "吉林", "陕西", "山西", "云南", "贵州", "广西", "甘肃"]
CITIES = ["济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州",
          "聊城", "滨州", "菏泽", "广州", "深圳", "珠海", "汕头", "佛山", "韶关", "湛江", "肇庆", "江门", "茂名",
          "惠州", "梅州", "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮", "南京", "苏州",
          "杭州", "宁波", "郑州", "洛阳", "石家庄", "成都", "武汉", "长沙", "福州", "厦门", "合肥"]
PLACE_CHARS = "东西南北中平安宁和丰泰昌兴华阳山水河湖江海林石城新龙凤桃李青白金玉长永福寿德光明仁义"
COUNTY_SUFFIX = ["县", "区", "市", "镇", "街道"]
UNITS = [("发布", "人民政府新闻办公室"), ("公安", "公安局"), ("交警", "公安局交通警察大队"),
         ("市场监管", "市场监督管理局"), ("文旅", "文化和旅游局"), ("卫健", "卫生健康委员会"),
         ("教育", "教育局"), ("应急管理", "应急管理局"), ("税务", "税务局"), ("人社", "人力资源和社会保障局"),
         ("生态环境", "生态环境局"), ("融媒", "融媒体中心"), ("消防", "消防救援大队"), ("气象", "气象局"),
         ("司法", "司法局"), ("检察", "人民检察院"), ("法院", "人民法院"), ("共青团", "团委")]
PLATFORMS = ["weibo", "wechat", "douyin", "kuaishou", "bilibili"]
TOPICS = ["疫苗接种", "防汛抗旱", "安全生产", "交通管制", "天气预警", "招聘公告", "政策解读", "便民服务",
          "反诈宣传", "森林防火", "文明城市", "乡村振兴", "营商环境", "垃圾分类", "医保缴费", "义务教育招生",
          "养老服务", "食品安全", "消费维权", "志愿服务", "旅游推介", "非遗展示", "重点项目", "人才政策"]
PHRASES = ["为进一步做好相关工作", "现将有关事项通知如下", "请广大市民朋友相互转告", "切实保障人民群众生命财产安全",
           "欢迎社会各界监督", "咨询电话请拨打政务服务热线", "详情请点击阅读原文", "各相关单位要高度重视",
           "确保各项措施落实到位", "持续优化营商环境", "进一步提升群众满意度", "共同营造良好氛围",
           "近日，记者从有关部门获悉", "截至目前，已累计完成", "活动将持续到本月底", "请注意出行安全"]
BASE = datetime(2026, 11, 1, tzinfo=timezone(timedelta(hours=8)))


def place(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return rng.choice(CITIES)
    if kind < 0.35:
        return rng.choice(PROVINCES)
    return rng.choice(CITIES) + "".join(rng.sample(PLACE_CHARS, 2)) + rng.choice(COUNTY_SUFFIX)


def accounts(n: int, seed: int = 1) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        where = place(rng)
        short, full = rng.choice(UNITS)
        platform = rng.choice(PLATFORMS)
        yield {
            "platform": platform, "account_id": f"{1000000000 + i}", "name": f"{where}{short}",
            "description": f"{where}{full}官方账号，发布{rng.choice(TOPICS)}、{rng.choice(TOPICS)}等政务信息。",
            "verified": rng.random() < 0.8, "verified_type": "government",
            "verified_reason": f"{where}{full}", "followers": rng.randint(0, 3_000_000),
            "crawled_at": (BASE - timedelta(minutes=rng.randint(0, 60 * 24 * 30))).isoformat(timespec="seconds"),
            "crawl_status": "ok", "discovered_by": rng.choice(["registry", "keyword"]),
        }


def posts(n: int, n_accounts: int, seed: int = 2) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        where = place(rng)
        topic = rng.choice(TOPICS)
        body = "，".join(rng.sample(PHRASES, rng.randint(2, 5)))
        yield {
            "platform": rng.choice(PLATFORMS), "account_id": f"{1000000000 + rng.randrange(max(n_accounts, 1))}",
            "post_id": f"P{i}", "text": f"【{where}{topic}】{body}。#{topic}# 发布于{where}。",
            "created_at": (BASE - timedelta(minutes=rng.randint(0, 60 * 24 * 365))).isoformat(timespec="seconds"),
            "pinned": rng.random() < 0.02, "original": rng.random() < 0.7, "reposts": rng.randint(0, 5000),
        }


def batches(docs: Iterator[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Bare:
    """The same rows (deterministic id + JSON text) into a bare table with executemany, one transaction a batch."""

    def __init__(self, path: Path, collection: str):
        self.collection, self.id_of = collection, spec(collection).id_of
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {collection} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)")

    def write(self, batch: list[dict], upsert: bool = False) -> int:
        rows = [(self.id_of(d), json.dumps(d, ensure_ascii=False)) for d in batch]
        conflict = " ON CONFLICT(id) DO UPDATE SET doc = excluded.doc" if upsert else ""
        self.conn.execute("BEGIN")
        self.conn.executemany(f"INSERT INTO {self.collection} (id, doc) VALUES (?, ?){conflict}", rows)
        self.conn.execute("COMMIT")
        return len(rows)


def time_writes(store: SQLiteStore, bare: Bare, collection: str, docs: Iterator[dict], size: int,
                keep: list[str], rng: random.Random, field: str) -> tuple[int, float, float, float, float, float]:
    """Each batch into the store, then the same batch into the bare table, alternately, so both see the same load
    on a shared machine. Returns records, seconds in the store's ``upsert`` calls and final ``refresh``, of these
    the seconds spent bringing the text index up to date, and the bare table's seconds; then the CPU seconds
    (``time.process_time``: this process only, so other work on a shared machine does not count) of the store's
    calls and of the bare table's."""
    n, spent, bare_spent, cpu, bare_cpu = 0, 0.0, 0.0, 0.0, 0.0
    indexing = store.index_seconds
    for batch in batches(docs, size):
        for doc in rng.sample(batch, min(len(batch), 4)):  # texts to cut queries from
            keep.append(doc[field])
        c0, t0 = time.process_time(), time.perf_counter()
        n += store.upsert(collection, batch)
        c1, t1 = time.process_time(), time.perf_counter()
        bare.write(batch)
        bare_spent += time.perf_counter() - t1
        bare_cpu += time.process_time() - c1
        spent += t1 - t0
        cpu += c1 - c0
    c0, t0 = time.process_time(), time.perf_counter()
    store.refresh(collection)  # what the first search would otherwise do
    spent += time.perf_counter() - t0
    cpu += time.process_time() - c0
    bare.conn.close()
    return n, spent, store.index_seconds - indexing, bare_spent, cpu, bare_cpu


def time_recrawl(store: SQLiteStore, bare: Bare, docs: Iterator[dict], size: int) -> tuple[int, float, float]:
    """Every account again with a new follower count (a re-crawl that changes no searchable text), batch by batch
    alternately into the store and as an upsert into the bare table. Returns records, the store's seconds (with
    any index catch-up, of which there should be none) and the bare table's seconds."""
    n, spent, bare_spent = 0, 0.0, 0.0
    for batch in batches(docs, size):
        for doc in batch:
            doc["followers"] += 1
        t0 = time.perf_counter()
        n += store.upsert("accounts", batch)
        store.refresh("accounts")
        t1 = time.perf_counter()
        bare.write(batch, upsert=True)
        bare_spent += time.perf_counter() - t1
        spent += t1 - t0
    bare.conn.close()
    return n, spent, bare_spent


def make_queries(texts: list[str], length: int, count: int, rng: random.Random) -> list[str]:
    out = []
    pool = [t for t in texts if len(t) >= length]
    while pool and len(out) < count:
        text = rng.choice(pool)
        start = rng.randrange(len(text) - length + 1)
        q = text[start:start + length]
        if all("\u4e00" <= ch <= "\u9fff" for ch in q):  # Chinese characters only
            out.append(q)
    return out


def pct(values: list[float], p: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="SQLite 存储基准：批量写入速度与中文子串检索延迟")
    ap.add_argument("--accounts", type=int, default=100_000, help="账号记录数（默认 100000）")
    ap.add_argument("--posts", type=int, default=500_000, help="发文记录数（默认 500000）")
    ap.add_argument("--batch", type=int, default=1000, help="每批写入的记录数（默认 1000）")
    ap.add_argument("--queries", type=int, default=300, help="每种长度、每个集合的检索次数（默认 300）")
    ap.add_argument("--limit", type=int, default=20, help="每次检索返回的最多条数（默认 20）")
    ap.add_argument("--dir", help="数据库放在这个目录（默认临时目录，结束后删除）")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="govwatch-bench-", dir=args.dir) as tmp:
        root = Path(tmp)
        print(f"SQLite {sqlite3.sqlite_version}; {args.accounts} accounts, {args.posts} posts, "
              f"batch {args.batch}; dir {root}")
        rng = random.Random(7)
        texts: dict[str, list[str]] = {"accounts": [], "posts": []}
        store = SQLiteStore(root / "store.db")
        try:
            plan = [("accounts", lambda: accounts(args.accounts), "name"),
                    ("posts", lambda: posts(args.posts, args.accounts), "text")]
            for collection, gen, field in plan:
                bare = Bare(root / f"bare-{collection}.db", collection)
                n, spent, indexing, bspent, cpu, bcpu = time_writes(store, bare, collection, gen(), args.batch,
                                                                    texts[collection], rng, field)
                rate, wrate, brate = n / spent, n / (spent - indexing), n / bspent
                print(f"upsert {collection}: {n} records in {spent:.2f} s, of which index catch-up {indexing:.2f} s; "
                      f"writes {wrate:,.0f} records/s, writes + index {rate:,.0f} records/s; "
                      f"bare executemany {brate:,.0f} records/s; "
                      f"ratio store/bare: writes {wrate / brate:.2f}, writes + index {rate / brate:.2f}")
                print(f"cpu upsert {collection}: store {cpu:.2f} s (writes + index), bare {bcpu:.2f} s; "
                      f"ratio store/bare: writes + index {bcpu / cpu:.2f}")
            indexing = store.index_seconds
            n, spent, bspent = time_recrawl(store, Bare(root / "bare-accounts.db", "accounts"),
                                            accounts(args.accounts), args.batch)
            print(f"re-crawl accounts (follower counts only): {n} records, store {n / spent:,.0f} records/s "
                  f"(index catch-up {store.index_seconds - indexing:.2f} s), bare upsert {n / bspent:,.0f} records/s; "
                  f"ratio store/bare {bspent / spent:.2f}")
            for collection in ("accounts", "posts"):
                if collection == "accounts":  # names and descriptions both count
                    texts[collection] += [d["description"] for d in
                                          store.scan(collection, limit=max(len(texts[collection]), 1))]
                for length in (2, 3, 5):
                    queries = make_queries(texts[collection], length, args.queries, rng)
                    if not queries:
                        print(f"search {collection} {length} chars: no queries (too little data)")
                        continue
                    # how many documents such queries match (what a ranking of every match would have to sort)
                    matched = sorted(len(store.search(collection, q, limit=None)) for q in queries[:10])
                    for order in ("relevance", "newest"):
                        lat, hits = [], 0
                        for q in queries:
                            t0 = time.perf_counter()
                            found = store.search(collection, q, limit=args.limit, order=order)
                            lat.append((time.perf_counter() - t0) * 1000)
                            hits += len(found)
                            if not found:
                                raise SystemExit(f"检索 {q!r} 没有结果，但它取自已存的文本：存储有误")
                        print(f"search {collection} {length} chars, {order}: p50 {pct(lat, 50):.2f} ms, "
                              f"p95 {pct(lat, 95):.2f} ms ({len(queries)} queries via {store.last_search_path}, "
                              f"{hits / len(queries):.1f} hits avg; median {matched[len(matched) // 2]} matching docs)")
        finally:
            store.close()
        size = sum(p.stat().st_size for p in root.glob("store.db*"))
        print(f"store file: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
