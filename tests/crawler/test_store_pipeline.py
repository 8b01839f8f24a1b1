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


def account(i, **fields):
    return {"_collection": "accounts", "platform": "weibo", "account_id": str(i), "name": f"账号{i}", **fields}


def test_avatar_checks_of_one_turn_are_one_read_on_the_store_thread(pipeline, cfg):
    """Each account item asks whether its avatar is already stored: the questions of one loop turn are answered
    by one ``get_many`` on the store thread (not one ``get`` per item contending with the writer)."""
    import asyncio
    import threading

    from crawler.pipelines import AvatarPipeline

    p = pipeline()
    (cfg.data_dir / "avatars").mkdir(parents=True)
    (cfg.data_dir / "avatars" / "a.png").write_bytes(b"png")
    known = {"avatar_url": "http://img.example/a.png", "avatar_path": "avatars/a.png", "avatar_hashes": {"phash": "0"}}
    p._write_batches({"accounts": [account(i, **known) for i in (1, 2, 3)]})
    reads = []
    get_many = p.store.get_many

    def counting_get_many(coll, ids):
        reads.append((coll, sorted(ids), threading.current_thread().name))
        return get_many(coll, ids)

    def no_get(*_args):
        raise AssertionError("one read per item")

    p.store.get_many, p.store.get = counting_get_many, no_get
    avatars = AvatarPipeline(p.crawler)

    async def run():
        items = [account(i, avatar_url="http://img.example/a.png") for i in (1, 2, 3)]
        return await asyncio.gather(*(avatars.process_item(it) for it in items))

    try:
        out = asyncio.run(run())  # no engine: a download attempt would fail the test
    finally:
        avatars.close_spider()
    assert [o["account_id"] for o in out] == ["1", "2", "3"] and not any("avatar_error" in o for o in out)
    assert reads == [("accounts", ["weibo:1", "weibo:2", "weibo:3"], reads[0][2])]
    assert reads[0][2].startswith("govwatch-store")


def test_lookup_sees_earlier_writes_and_answers_none_when_the_store_is_down(pipeline):
    import asyncio

    from core.records import account_key

    p = pipeline()

    async def after_write():
        p.executor.submit(p._write_batches, {"accounts": [account(5)]})  # queued, not awaited
        return await asyncio.gather(p.lookup("accounts", account_key("weibo", "5")),
                                    p.lookup("accounts", account_key("weibo", "6")))

    found, missing = asyncio.run(after_write())
    assert found["name"] == "账号5" and missing is None

    def unavailable(*_args):
        raise StoreUnavailable("测试：存储已断开")

    p.store.get_many = unavailable
    assert asyncio.run(_lookup(p, account_key("weibo", "5"))) is None
    p.down = True  # spooling: the store is not asked at all
    p.store.get_many = None
    assert asyncio.run(_lookup(p, account_key("weibo", "5"))) is None


async def _lookup(p, key):
    return await p.lookup("accounts", key)


def test_avatar_bytes_already_handled_are_not_decoded_again(pipeline, cfg, monkeypatch):
    """Accounts sharing an avatar image (a template, a copy, another URL for the same file): the image is checked
    and fingerprinted once per process, the same bytes being hashed at the same moment included; a rejection is
    remembered too, a disk error is not."""
    import asyncio
    from types import SimpleNamespace

    from scrapy.http import Response

    import crawler.pipelines as pipelines
    from imitations.platforms import avatars as drawn

    p = pipeline()
    files = {"a": drawn.draw("police", "公安"), "b": drawn.draw("police", "公安"), "c": drawn.draw("release", "发布"),
             "bad": drawn.corrupt_png(), "bad2": drawn.corrupt_png(), "disk": drawn.draw("plain", "x"),
             "disk2": drawn.draw("plain", "x")}

    async def download_async(request):
        return Response(request.url, status=200, body=files[request.url.rsplit("/", 1)[1]])

    p.crawler.engine = SimpleNamespace(download_async=download_async)
    calls = []
    real_store = pipelines.store_avatar
    fail_disk = [True]

    def counting_store(data, *args, **kwargs):
        calls.append(data)
        if data == files["disk"] and fail_disk[0]:
            fail_disk[0] = False
            raise OSError("磁盘已满")
        return real_store(data, *args, **kwargs)

    monkeypatch.setattr(pipelines, "store_avatar", counting_store)
    avatars = pipelines.AvatarPipeline(p.crawler)

    async def run(names):
        items = [account(i, avatar_url=f"http://img.example/{n}") for i, n in enumerate(names)]
        return await asyncio.gather(*(avatars.process_item(it) for it in items))

    try:
        out = asyncio.run(run(["a", "b", "c", "bad", "bad2"]))
        assert len(calls) == 3  # a and b are one image, bad and bad2 one broken file
        assert out[0]["avatar_hashes"] == out[1]["avatar_hashes"] != out[2]["avatar_hashes"]
        assert out[0]["avatar_path"] == out[1]["avatar_path"] and out[0]["avatar_error"] == ""
        assert out[3]["avatar_error"] == out[4]["avatar_error"] and "无法解码" in out[3]["avatar_error"]
        assert (cfg.data_dir / out[0]["avatar_path"]).is_file()
        assert p.crawler.stats.get_value("govwatch/avatar/same_content") == 2
        out = asyncio.run(run(["disk"]))
        assert "头像保存失败" in out[0]["avatar_error"]
        out = asyncio.run(run(["disk2"]))  # the same bytes again: tried again, not the remembered failure
        assert out[0]["avatar_error"] == "" and out[0]["avatar_hashes"]
        assert len(calls) == 5
    finally:
        avatars.close_spider()
