"""The store pipeline's failure handling: a document the store refuses is set aside (the rest is stored, the
store is not "down"), only an unreachable store spools, and a corrupt spool file does not stop later crawls."""

from __future__ import annotations

import json

import pytest
from scrapy.utils.test import get_crawler

from crawler.pipelines import StorePipeline
from search_index.base import StoreError, StoreUnavailable
from search_index.sqlite_backend import SQLiteStore


class PickyStore(SQLiteStore):
    """Refuses (like a mapping conflict in Elasticsearch) any batch holding a post whose text is "BAD"."""

    down = False

    def upsert(self, collection, docs):
        docs = list(docs)
        if PickyStore.down:
            raise StoreUnavailable("测试：存储已断开")
        if any(d.get("text") == "BAD" for d in docs):
            raise StoreError("测试：文档被拒绝（字段类型冲突）")
        return super().upsert(collection, docs)


@pytest.fixture
def pipeline(cfg):
    PickyStore.down = False
    crawler = get_crawler(settings_dict={"GOVWATCH_CONFIG_OBJECT": cfg,
                                         "GOVWATCH_STORE_FACTORY": lambda c: PickyStore(c.path("store.sqlite_path"))})
    made = []

    def make():
        p = StorePipeline(crawler)
        p.open_spider()
        made.append(p)
        return p

    yield make
    for p in made:
        p.close_spider()


def post(i, text="ok"):
    return {"_collection": "posts", "platform": "weibo", "account_id": "1", "post_id": str(i), "text": text}


def stored_posts(cfg) -> set[str]:
    with SQLiteStore(cfg.path("store.sqlite_path")) as s:
        return {p["post_id"] for p in s.scan("posts")}


def test_refused_document_is_set_aside_not_store_down(pipeline, cfg, caplog):
    p = pipeline()
    p._write_batches({"posts": [post(1), post(2, "BAD"), post(3)]})
    assert not p.down
    assert stored_posts(cfg) == {"1", "3"}
    spool = cfg.data_dir / "spool"
    assert not list(spool.glob("*.jsonl"))  # nothing waits for a replay that would fail again
    [rejected] = list((spool / "rejected").glob("*.jsonl"))
    record = json.loads(rejected.read_text(encoding="utf-8"))
    assert record["post_id"] == "2" and "字段类型冲突" in record["_rejected_reason"]
    assert p.crawler.stats.get_value("govwatch/rejected/posts") == 1
    assert "存储拒绝写入" in caplog.text
    # later batches are still written
    p._write_batches({"posts": [post(4)]})
    assert stored_posts(cfg) == {"1", "3", "4"}


def test_unreachable_store_spools_and_replay_sets_refused_documents_aside(pipeline, cfg):
    p = pipeline()
    PickyStore.down = True
    p._write_batches({"posts": [post(1), post(2, "BAD")]})
    assert p.down and len(list((cfg.data_dir / "spool").glob("*.jsonl"))) == 1
    PickyStore.down = False
    q = pipeline()  # the next crawl: the replay stores what it can and is not blocked by the refused document
    assert not q.down
    assert stored_posts(cfg) == {"1"}
    assert not list((cfg.data_dir / "spool").glob("*.jsonl"))
    assert len(list((cfg.data_dir / "spool" / "rejected").glob("*.jsonl"))) == 1
    r = pipeline()  # and the crawl after that is not "down" either
    assert not r.down


def test_corrupt_spool_line_is_moved_aside(pipeline, cfg, caplog):
    spool = cfg.data_dir / "spool"
    spool.mkdir(parents=True)
    path = spool / "00000000000000000001-1-000001-posts-run.jsonl"
    lines = [json.dumps(post(1)), '{"_collection": "posts", "platform": "wei', json.dumps(post(3)), "[1, 2]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = pipeline()
    assert not p.down
    assert stored_posts(cfg) == {"1", "3"}  # the good lines were replayed
    assert not path.exists() and (spool / "corrupt" / path.name).read_text(encoding="utf-8").count("\n") == 4
    assert "无法解析" in caplog.text and p.crawler.stats.get_value("govwatch/spool_corrupt_lines") == 2
    pipeline()  # later starts do not trip over it again


def test_store_down_classification():
    from crawler.pipelines import store_down

    assert store_down(StoreUnavailable("x")) and store_down(ConnectionRefusedError())
    assert not store_down(StoreError("refused"))
    try:
        try:
            raise TimeoutError("t")
        except TimeoutError as exc:
            raise StoreError("wrapped") from exc
    except StoreError as exc:
        assert store_down(exc)
