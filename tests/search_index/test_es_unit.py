"""Unit tests of the Elasticsearch backend without Elasticsearch.

A fake server (``fake_es.py``, 127.0.0.1, ephemeral port) answers what the official client sends: the start-up
check, ``govwatch index setup``/``status``, bulk writes with 429 retries and per-item errors, routing of known ids
to older rollover generations, point-in-time paging. The filter translator and the search query are pure
functions, tested as data. The full storage contract runs against a real cluster in ``test_es_store.py`` when
``ELASTICSEARCH_URL`` is set.
"""

from __future__ import annotations

import json
import os
import socket
import time

import pytest

from core.settings import load_config
from govwatch.cli.main import main
from search_index import es_query
from search_index import es_templates as tpl
from search_index.base import COLLECTIONS, StoreError, StoreUnavailable, matches
from search_index.es_backend import ElasticsearchStore, StoreWriteError, redact_url, timestamp_of
from tests.search_index.fake_es import FakeElasticsearch

ACCOUNTS = COLLECTIONS["accounts"]
POSTS = COLLECTIONS["posts"]


@pytest.fixture
def fake():
    server = FakeElasticsearch().start()
    try:
        yield server
    finally:
        server.stop()


def es_config(url: str, **overrides):
    env = {"GOVWATCH_GENERAL__DATA_DIR": os.environ.get("GOVWATCH_GENERAL__DATA_DIR", "./data"),
           "GOVWATCH_STORE__BACKEND": "elasticsearch", "GOVWATCH_STORE__ELASTICSEARCH_URL": url,
           "GOVWATCH_STORE__BULK_INITIAL_BACKOFF": "0.01", "GOVWATCH_STORE__REQUEST_TIMEOUT": "5"}
    env.update({f"GOVWATCH_STORE__{k.upper()}": str(v) for k, v in overrides.items()})
    return load_config(env=env)


@pytest.fixture
def store(fake):
    s = ElasticsearchStore.from_config(es_config(fake.url))
    try:
        yield s
    finally:
        s.close()


# ---- start-up check ---------------------------------------------------------------------------------------

def test_start_up_check_accepts_elasticsearch_8_and_installs_layout(fake):
    s = ElasticsearchStore.from_config(es_config(fake.url))
    assert s.server_version == "8.15.3"
    assert set(fake.indices) == {f"govwatch-{c}-000001" for c in COLLECTIONS}  # first start: layout installed
    s.close()
    fake.requests.clear()
    ElasticsearchStore.from_config(es_config(fake.url)).close()
    assert not fake.find("PUT", "/")  # second start: nothing to install


def test_start_up_check_accepts_elasticsearch_9(fake):
    fake.version = "9.1.0"
    ElasticsearchStore.from_config(es_config(fake.url), setup=False).close()


def test_auth_failure_is_one_clear_message(fake):
    fake.fail_status = 401
    with pytest.raises(StoreError) as err:
        ElasticsearchStore.from_config(es_config(fake.url))
    assert not isinstance(err.value, StoreUnavailable)
    assert "拒绝登录（401）" in str(err.value) and "store.elasticsearch_api_key" in str(err.value)


def test_forbidden_names_the_privileges(fake):
    fake.fail_status = 403
    with pytest.raises(StoreError, match="权限不足（403）.*manage_ilm"):
        ElasticsearchStore.from_config(es_config(fake.url))


def test_server_without_product_header_is_rejected(fake):
    fake.product_header = False
    with pytest.raises(StoreError, match="不是 Elasticsearch.*X-Elastic-Product"):
        ElasticsearchStore.from_config(es_config(fake.url))


def test_opensearch_distribution_is_rejected(fake):
    fake.distribution, fake.version = "opensearch", "2.11.0"
    with pytest.raises(StoreError, match="opensearch 2.11.0，不是 Elasticsearch"):
        ElasticsearchStore.from_config(es_config(fake.url))


def test_old_version_is_rejected(fake):
    fake.version = "7.17.9"
    with pytest.raises(StoreError, match="版本 7.17.9 过旧.*8.x"):
        ElasticsearchStore.from_config(es_config(fake.url))
    assert not fake.find("PUT", "/")  # nothing installed on an unusable server


def test_closed_port_is_unavailable():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(StoreUnavailable, match="无法连接 Elasticsearch.*127.0.0.1"):
        ElasticsearchStore.from_config(es_config(f"http://127.0.0.1:{port}"))


def test_tls_failure_is_one_clear_message(fake):
    # speaking TLS to a plain-HTTP server fails the handshake, as a wrong CA or protocol would
    with pytest.raises(StoreError, match="不是 TLS（https）端口.*http://") as err:
        ElasticsearchStore.from_config(es_config(fake.url.replace("http://", "https://")))
    assert not isinstance(err.value, StoreUnavailable)


def test_missing_ca_file_and_bad_url_are_reported(tmp_path):
    with pytest.raises(StoreError, match="CA 证书文件不存在"):
        ElasticsearchStore.from_config(es_config("https://127.0.0.1:9", elasticsearch_ca_certs=tmp_path / "no.crt"))
    with pytest.raises(StoreError, match="应以 http:// 或 https:// 开头"):
        ElasticsearchStore.from_config(es_config("127.0.0.1:9200"))
    with pytest.raises(StoreError, match="缺少有效端口"):
        ElasticsearchStore.from_config(es_config("https://es.example"))


def test_credentials_never_appear_in_messages():
    assert redact_url("https://elastic:s3cret@es.example:9200/") == "https://es.example:9200/"
    with pytest.raises(StoreUnavailable) as err:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()
        ElasticsearchStore.from_config(es_config(f"http://elastic:s3cret@127.0.0.1:{port}"))
    assert "s3cret" not in str(err.value)


# ---- index layout and `govwatch index setup` ------------------------------------------------------------

def run_cli(monkeypatch, fake, *argv: str) -> int:
    monkeypatch.setenv("GOVWATCH_STORE__BACKEND", "elasticsearch")
    monkeypatch.setenv("GOVWATCH_STORE__ELASTICSEARCH_URL", fake.url)
    return main(list(argv))


def test_index_setup_installs_templates_policy_and_write_aliases(fake, monkeypatch, capsys):
    assert run_cli(monkeypatch, fake, "index", "setup") == 0
    out = capsys.readouterr().out
    assert "生命周期策略 govwatch-rollover" in out and "索引 govwatch-posts-000001" in out

    policy = fake.find("PUT", "/_ilm/policy/govwatch-rollover")[0].body["policy"]
    rollover = policy["phases"]["hot"]["actions"]["rollover"]
    assert rollover == {"max_age": "30d", "max_primary_shard_size": "50gb"}
    assert "delete" not in policy["phases"]  # retention_days = 0: keep everything

    settings = fake.find("PUT", "/_component_template/govwatch-settings")[0].body["template"]["settings"]["index"]
    assert settings["auto_expand_replicas"] == "0-1" and settings["mapping"]["ignore_malformed"] is True
    assert "analysis" not in settings  # the analyzers live with the mappings that name them

    common = fake.find("PUT", "/_component_template/govwatch-mappings")[0].body["template"]
    analysis = common["settings"]["index"]["analysis"]
    assert analysis["analyzer"][tpl.CJK_ANALYZER]["filter"] == ["cjk_width", "lowercase", "govwatch_cjk_bigram"]
    assert analysis["filter"]["govwatch_cjk_bigram"] == {"type": "cjk_bigram", "output_unigrams": True}
    assert analysis["analyzer"][tpl.CJK_SEARCH_ANALYZER]["filter"][-1] == "govwatch_cjk_bigram_only"
    assert analysis["filter"]["govwatch_cjk_bigram_only"] == {"type": "cjk_bigram", "output_unigrams": False}
    common = common["mappings"]
    assert common["properties"]["raw"] == {"type": "object", "enabled": False}
    assert common["properties"]["@timestamp"] == {"type": "date"}
    assert common["properties"]["@id"] == {"type": "keyword"}
    strings = next(t["strings"] for t in common["dynamic_templates"] if "strings" in t)
    assert strings["mapping"]["type"] == "keyword"
    assert strings["mapping"]["fields"]["text"]["analyzer"] == tpl.CJK_ANALYZER
    assert strings["mapping"]["fields"]["text"]["search_analyzer"] == tpl.CJK_SEARCH_ANALYZER

    accounts = fake.find("PUT", "/_index_template/govwatch-accounts")[0].body
    assert accounts["index_patterns"] == ["govwatch-accounts-*"]
    assert accounts["composed_of"] == ["govwatch-settings", "govwatch-mappings"]
    props = accounts["template"]["mappings"]["properties"]
    assert props["name"]["type"] == "keyword" and props["name"]["copy_to"] == ["name__suggest"]
    assert props["name"]["fields"]["text"]["analyzer"] == tpl.CJK_ANALYZER
    assert props["name__suggest"]["type"] == "search_as_you_type"
    assert props["description"] == {"type": "text", "analyzer": tpl.CJK_ANALYZER,
                                     "search_analyzer": tpl.CJK_SEARCH_ANALYZER,
                                     "fields": {"keyword": {"type": "keyword", "ignore_above": 8191}}}
    assert props["platform"]["type"] == "keyword" and props["crawled_at"] == {"type": "date"}
    assert "settings" not in accounts["template"]  # not time-series: never rolls over

    posts = fake.find("PUT", "/_index_template/govwatch-posts")[0].body
    assert posts["template"]["settings"]["index"]["lifecycle"] == {"name": "govwatch-rollover",
                                                                   "rollover_alias": "govwatch-posts"}
    assert posts["template"]["mappings"]["properties"]["created_at"] == {"type": "date"}

    for name, cs in COLLECTIONS.items():
        created = fake.find("PUT", f"/govwatch-{name}-000001")
        assert len(created) == 1, name
        assert created[0].body == {"aliases": {f"govwatch-{name}": {"is_write_index": True}}}
        assert fake.find("PUT", f"/_index_template/govwatch-{name}"), name
        lifecycle = fake.find("PUT", f"/_index_template/govwatch-{name}")[0].body["template"].get("settings")
        assert bool(lifecycle) == cs.time_series, name

    fake.requests.clear()
    assert run_cli(monkeypatch, fake, "index", "setup", "--json") == 0  # idempotent: no index created again
    assert not [r for r in fake.find("PUT", "/govwatch-") if "_alias" not in r.path]
    assert json.loads(capsys.readouterr().out)["server_version"] == "8.15.3"


def test_index_setup_update_mappings_and_retention(fake, monkeypatch):
    monkeypatch.setenv("GOVWATCH_STORE__RETENTION_DAYS", "400")
    assert run_cli(monkeypatch, fake, "index", "setup") == 0
    policy = fake.find("PUT", "/_ilm/policy/govwatch-rollover")[0].body["policy"]
    assert policy["phases"]["delete"] == {"min_age": "400d", "actions": {"delete": {}}}
    assert run_cli(monkeypatch, fake, "index", "setup", "--update-mappings") == 0
    assert len([r for r in fake.find("PUT", "/govwatch-") if r.path.endswith("/_mapping")]) == len(COLLECTIONS)


def test_index_setup_refuses_a_concrete_index_in_the_way(fake, monkeypatch, capsys):
    fake.add_index("govwatch-accounts", docs={"x": {"name": "old"}})
    assert run_cli(monkeypatch, fake, "index", "setup") == 1
    assert "已存在名为 govwatch-accounts 的普通索引" in capsys.readouterr().err
    assert fake.indices["govwatch-accounts"].sources() == {"x": {"name": "old"}}  # nothing lost


def test_index_status_lists_collections(fake, monkeypatch, capsys):
    assert run_cli(monkeypatch, fake, "index", "status") == 1  # nothing installed yet
    assert "请运行 govwatch index setup" in capsys.readouterr().out
    run_cli(monkeypatch, fake, "index", "setup")
    fake.put_docs("govwatch-posts-000001", {"a": {}, "b": {}})
    capsys.readouterr()
    assert run_cli(monkeypatch, fake, "index", "status", "--json") == 0
    rows = {r["collection"]: r for r in json.loads(capsys.readouterr().out)["collections"]}
    assert rows["posts"]["docs"] == 2 and rows["posts"]["write_index"] == "govwatch-posts-000001"
    assert rows["accounts"]["docs"] == 0 and rows["accounts"]["exists"]


def test_index_status_reports_template_and_ilm_health(fake, monkeypatch, capsys):
    run_cli(monkeypatch, fake, "index", "setup")
    capsys.readouterr()
    assert run_cli(monkeypatch, fake, "index", "status", "--json") == 0
    layout = json.loads(capsys.readouterr().out)["layout"]
    assert {r["state"] for r in layout} == {"ok"}
    assert {r["name"] for r in layout} >= {"govwatch-rollover", "govwatch-settings", "govwatch-mappings",
                                           "govwatch-posts"}
    # an outdated component template, a missing index template, a failing rollover: each reported, exit 1
    fake.component_templates["govwatch-mappings"]["version"] = tpl.TEMPLATE_VERSION - 1
    del fake.index_templates["govwatch-alerts"]
    fake.ilm_errors["govwatch-posts-000001"] = "index.lifecycle.rollover_alias [govwatch-posts] does not point to index"
    assert run_cli(monkeypatch, fake, "index", "status", "--json") == 1
    bad = {r["name"]: r for r in json.loads(capsys.readouterr().out.split("\n模板")[0])["layout"] if r["state"] != "ok"}
    assert bad["govwatch-mappings"]["state"] == "outdated" and bad["govwatch-alerts"]["state"] == "missing"
    assert bad["govwatch-posts-000001"]["state"] == "error" and "does not point" in bad["govwatch-posts-000001"]["detail"]
    assert run_cli(monkeypatch, fake, "index", "status") == 1
    out = capsys.readouterr().out
    assert "过旧" in out and "缺失" in out and "出错" in out and "模板或生命周期策略有 3 处问题" in out


def test_each_component_template_is_valid_on_its_own():
    """Elasticsearch validates a component template standalone (its mappings with its own settings); version 1
    put the analyzers in the settings component and named them in the mappings component: 400 on every cluster."""
    layout = tpl.layout("govwatch")
    for name, body in layout["component_templates"].items():
        fresh = FakeElasticsearch().start()
        try:
            es = ElasticsearchStore.from_config(es_config(fresh.url), setup=False).client
            es.cluster.put_component_template(name=name, template=body["template"], version=body["version"])
        finally:
            fresh.stop()
    # the version-1 split is refused, as on a real cluster
    fresh = FakeElasticsearch().start()
    try:
        es = ElasticsearchStore.from_config(es_config(fresh.url), setup=False).client
        mappings = layout["component_templates"]["govwatch-mappings"]["template"]["mappings"]
        from elasticsearch import BadRequestError

        with pytest.raises(BadRequestError, match="has not been configured in mappings|dynamic template"):
            es.cluster.put_component_template(name="govwatch-mappings", template={"mappings": mappings})
    finally:
        fresh.stop()


def test_writes_never_auto_create_an_index_without_the_analyzers(fake, store):
    """A bulk write to a missing alias would auto-create a plain index (default dynamic mapping, no Chinese
    analyzer): the backend sends require_alias, so the write fails with a clear message instead."""
    store.upsert("accounts", [{"platform": "weibo", "account_id": "0", "name": "济南发布"}])  # generations known
    for name in [n for n in fake.indices if n.startswith("govwatch-accounts")]:
        del fake.indices[name]  # removed behind the running process's back
    with pytest.raises(StoreWriteError, match="写入别名 govwatch-accounts 不存在.*govwatch index setup"):
        store.upsert("accounts", [{"platform": "weibo", "account_id": "1", "name": "上海发布"}])
    assert "govwatch-accounts" not in fake.indices
    action = bulk_requests(fake)[-1].body[0]["index"]
    assert action["_index"] == "govwatch-accounts" and action["require_alias"] is True


def test_sorting_across_generations_that_mapped_a_field_differently(fake, store):
    """Rollover generations map dynamic fields independently: unmapped_type is the type the field has elsewhere,
    numbers of different types compare as doubles, a text/number clash is refused with a clear message."""
    fake.indices["govwatch-posts-000001"].aliases["govwatch-posts"] = {"is_write_index": False}
    store.upsert("posts", [{"platform": "weibo", "account_id": "a", "post_id": str(i), "reposts": i, "share": i,
                            "kind": "x"} for i in range(3)])
    fake.add_index("govwatch-posts-000002", aliases={"govwatch-posts": {"is_write_index": True}})
    fake.indices["govwatch-posts-000001"].aliases["govwatch-posts"] = {"is_write_index": False}
    store.upsert("posts", [{"platform": "weibo", "account_id": "b", "post_id": "9", "share": 1.5, "kind": 7}])
    got = [d["post_id"] for d in store.scan("posts", sort=[("reposts", "desc"), ("_id", "asc")])]
    assert got == ["2", "1", "0", "9"]  # reposts unmapped in the new generation: sorted last, no 400
    got = [d["post_id"] for d in store.scan("posts", sort=[("share", "asc")])]
    assert got == ["0", "1", "9", "2"]  # long and float: compared as doubles
    with pytest.raises(StoreError, match="kind 在集合的不同索引（滚动代）中被映射成了不同类型"):
        list(store.scan("posts", sort=[("kind", "asc")]))
    # what the old clause (unmapped_type keyword, no numeric_type) gets from Elasticsearch
    from elasticsearch import BadRequestError

    with pytest.raises(BadRequestError) as err:
        store.client.search(index="govwatch-posts", sort=[{"reposts": {"order": "desc", "unmapped_type": "keyword"}}])
    assert "incompatible sort types" in str(err.value.body)


def test_drop_layout_deletes_only_this_prefix(fake, store):
    fake.add_index("govwatch-test-accounts-000001", aliases={"govwatch-test-accounts": {"is_write_index": True}})
    fake.add_index("other-index")
    done = store.drop_layout()
    assert len(done) == len(COLLECTIONS)
    assert set(fake.indices) == {"govwatch-test-accounts-000001", "other-index"}
    assert fake.find("DELETE", "/_index_template/govwatch-posts") and fake.find("DELETE", "/_ilm/policy/")


def test_index_commands_need_elasticsearch(monkeypatch, capsys):
    monkeypatch.setenv("GOVWATCH_STORE__BACKEND", "sqlite")
    assert main(["index", "setup"]) == 2
    assert "只用于 Elasticsearch" in capsys.readouterr().err
    monkeypatch.setenv("GOVWATCH_STORE__BACKEND", "elasticsearch")
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    assert main(["index", "status"]) == 2
    assert "没有配置 Elasticsearch 地址" in capsys.readouterr().err


def test_bad_prefix_and_replicas_are_reported():
    with pytest.raises(StoreError, match="index_prefix"):
        tpl.layout("Gov Watch")
    with pytest.raises(StoreError, match="store.replicas"):
        tpl.layout("govwatch", replicas="some")
    assert tpl.layout("govwatch", replicas="2")["component_templates"]["govwatch-settings"]["template"][
        "settings"]["index"]["number_of_replicas"] == 2


# ---- writes ------------------------------------------------------------------------------------------------

def bulk_requests(fake) -> list:
    return fake.find("PUT", "/_bulk") + fake.find("POST", "/_bulk")


def test_bulk_retries_429_and_documents_arrive_once(fake, store):
    fake.requests.clear()
    fake.bulk_429 = 1
    docs = [{"platform": "weibo", "account_id": f"a{i}", "post_id": str(i), "text": f"第{i}条",
             "created_at": "2026-11-01T08:00:00+08:00"} for i in range(3)]
    assert store.upsert("posts", docs) == 3
    bulks = bulk_requests(fake)
    assert len(bulks) == 2  # rejected once with 429, then accepted
    assert bulks[0].body == bulks[1].body  # the same documents were sent again, nothing else
    assert sorted(fake.all_docs("govwatch-posts")) == ["weibo:a0:0", "weibo:a1:1", "weibo:a2:2"]
    assert bulks[1].query.get("refresh") == "wait_for"


def test_bulk_still_busy_after_retries_is_unavailable(fake):
    s = ElasticsearchStore.from_config(es_config(fake.url, bulk_max_retries=2))
    fake.bulk_429 = 10
    with pytest.raises(StoreUnavailable, match="繁忙（429）"):
        s.upsert("accounts", [{"platform": "weibo", "account_id": "1"}])
    assert fake.bulk_429 == 7  # the first attempt and two retries


def test_per_item_errors_are_surfaced(fake, store):
    fake.reject_ids["weibo:bad"] = (400, "document_parsing_exception")
    docs = [{"platform": "weibo", "account_id": i, "name": i} for i in ("ok1", "bad", "ok2")]
    with pytest.raises(StoreWriteError) as err:
        store.upsert("accounts", docs)
    assert err.value.written == 2
    assert [(i, status) for i, status, _ in err.value.failed] == [("weibo:bad", 400)]
    assert "document_parsing_exception" in str(err.value) and "weibo:bad" in str(err.value)
    assert sorted(fake.all_docs("govwatch-accounts")) == ["weibo:ok1", "weibo:ok2"]


def test_documents_get_timestamp_and_lose_metadata_keys(fake, store):
    store.upsert("posts", [{"platform": "weibo", "account_id": "a", "post_id": "1", "text": "你好",
                            "created_at": "2026-11-01T08:00:00+08:00", "_score": 3.2}])
    stored = fake.all_docs("govwatch-posts")["weibo:a:1"]
    assert stored["@timestamp"] == "2026-11-01T00:00:00.000Z"
    assert "_id" not in stored and "_score" not in stored
    got = store.get("posts", "weibo:a:1")
    assert got == {"_id": "weibo:a:1", "platform": "weibo", "account_id": "a", "post_id": "1", "text": "你好",
                   "created_at": "2026-11-01T08:00:00+08:00"}
    assert timestamp_of("2026-11-01 08:00:00", "Asia/Shanghai") == "2026-11-01T00:00:00.000Z"
    assert timestamp_of("不是时间", "Asia/Shanghai") is None and timestamp_of(None, "UTC") is None


def test_same_id_twice_is_one_document(fake, store):
    doc = {"platform": "weibo", "account_id": "1", "name": "济南公安"}
    store.upsert("accounts", [doc])
    store.upsert("accounts", [doc, dict(doc, name="第二版")])
    assert fake.all_docs("govwatch-accounts") == {"weibo:1": dict(doc, name="第二版", **{"@id": "weibo:1"})}
    assert store.get("accounts", "weibo:1")["name"] == "第二版"


def test_known_ids_go_to_the_generation_holding_them(fake, store):
    """After a rollover an upsert must update the document where it lives, not add a copy to the new index."""
    fake.indices["govwatch-posts-000001"].aliases["govwatch-posts"] = {"is_write_index": False}
    fake.put_docs("govwatch-posts-000001", {"weibo:a:1": {"text": "旧"}})
    fake.add_index("govwatch-posts-000002", aliases={"govwatch-posts": {"is_write_index": True}})
    docs = [{"platform": "weibo", "account_id": "a", "post_id": p, "text": "新"} for p in ("1", "2")]
    assert store.upsert("posts", docs) == 2
    assert fake.indices["govwatch-posts-000001"].sources()["weibo:a:1"]["text"] == "新"
    assert list(fake.indices["govwatch-posts-000002"].docs) == ["weibo:a:2"]
    assert len(fake.all_docs("govwatch-posts")) == 2  # also asserts no id is in two generations
    merged = store.update("posts", "weibo:a:1", {"text": "改", "extra": {"a": 1}})
    assert merged["text"] == "改" and merged["_id"] == "weibo:a:1"
    written = [r for r in bulk_requests(fake) if r.body[0].get("index", {}).get("_id") == "weibo:a:1"][-1].body[0]
    assert written["index"]["_index"] == "govwatch-posts-000001" and "require_alias" not in written["index"]
    assert store.get_many("posts", ["weibo:a:1", "weibo:a:2", "nope"]).keys() == {"weibo:a:1", "weibo:a:2"}
    assert store.delete("posts", ["weibo:a:1", "nope"]) == 1
    assert list(fake.all_docs("govwatch-posts")) == ["weibo:a:2"]


def test_update_is_a_guarded_read_modify_write_without_scripts(fake, store):
    store.upsert("alerts", [{"_id": "al-1", "state": "new", "extra": {"x": 1}, "last_seen": "2026-11-01T08:00:00Z"}])
    fake.requests.clear()
    store.update("alerts", "al-1", {"state": "confirmed", "last_seen": "2026-11-02T08:00:00Z"})
    assert not [r for r in fake.requests if "/_update/" in r.path]  # no Painless on the cluster
    action, body = bulk_requests(fake)[-1].body
    assert action["index"]["_id"] == "al-1" and action["index"]["if_seq_no"] == 0 and action["index"][
        "if_primary_term"] == 1
    assert body == {"state": "confirmed", "extra": {"x": 1}, "last_seen": "2026-11-02T08:00:00Z",
                    "@timestamp": "2026-11-02T08:00:00.000Z", "@id": "al-1"}
    with pytest.raises(StoreError, match="没有 id 为 'nope' 的文档"):
        store.update("alerts", "nope", {"state": "x"})


def test_update_retries_when_another_writer_changed_the_document(fake, store, monkeypatch):
    store.upsert("alerts", [{"_id": "al-1", "state": "new", "note": "甲"}])
    real = store._current
    calls = []

    def stale(collection, doc_id):
        found = real(collection, doc_id)
        if not calls:  # another process writes between our read and our write
            fake.put_docs(found[0], {"al-1": {"state": "new", "note": "乙", "@id": "al-1"}})
        calls.append(found)
        return found

    monkeypatch.setattr(store, "_current", stale)
    merged = store.update("alerts", "al-1", {"state": "confirmed"})
    assert len(calls) == 2 and merged == {"_id": "al-1", "state": "confirmed", "note": "乙"}
    assert store.get("alerts", "al-1") == merged


def test_bad_documents_raise_before_anything_is_sent(fake, store):
    fake.requests.clear()
    with pytest.raises(StoreError, match="第 2 个文档无法计算 id"):
        store.upsert("posts", [{"platform": "weibo", "account_id": "a", "post_id": "1"}, {"platform": "weibo"}])
    with pytest.raises(StoreError, match="不是字典"):
        store.upsert("posts", ["text"])
    assert not bulk_requests(fake)


def test_bulk_writer_flushes_by_size_and_when_idle(fake, store):
    with store.bulk_writer("posts", max_docs=2, max_seconds=0.05) as bw:
        for i in range(3):
            bw.add({"platform": "weibo", "account_id": "a", "post_id": str(i)})
        assert bw.written == 2  # flushed by size
        deadline = time.monotonic() + 10
        while bw.written < 3 and time.monotonic() < deadline:  # the idle flush writes the third
            time.sleep(0.05)
        assert not bw.pending() and bw.written == 3
    assert len(fake.all_docs("govwatch-posts")) == 3


def test_scan_streams_over_a_point_in_time(fake, store):
    fake.put_docs("govwatch-posts-000001", {f"id{i}": {"n": i} for i in range(2345)})
    fake.requests.clear()
    got = [d["n"] for d in store.scan("posts")]
    assert got == list(range(2345))
    assert len(fake.find("POST", "/_search")) == 3  # pages of 1,000
    assert fake.find("DELETE", "/_pit")  # the point in time is released
    assert [d["n"] for d in store.scan("posts", limit=3, offset=20_000 - 3)] == []
    assert [d["n"] for d in store.scan("posts", limit=5, offset=2)] == [2, 3, 4, 5, 6]
    assert [d["n"] for d in store.scan("posts", offset=2340)] == [2340, 2341, 2342, 2343, 2344]


# ---- the filter language as query DSL -------------------------------------------------------------------------

def q(filters, spec=ACCOUNTS, **kw):
    return es_query.filter_clauses(spec, filters, time_zone="Asia/Shanghai", **kw)


def present(field, name=None):
    """The exists clause of a field: indexed, or kept but not indexed (_ignored, moved aside)."""
    name = name or field
    return {"bool": {"should": [{"exists": {"field": field}}, {"term": {"_ignored": name}},
                                {"term": {"@unindexed_paths": name}}, {"prefix": {"@unindexed_paths": name + "."}}],
                     "minimum_should_match": 1}}


def absent(field, name=None):
    return {"bool": {"must_not": [present(field, name)]}}


def test_equality_any_of_and_bools():
    assert q({"platform": "weibo"}) == [{"term": {"platform": "weibo"}}]
    assert q({"verified": True}, types={"verified": {"boolean"}}) == [{"term": {"verified": True}}]
    assert q({"followers": 5}, types={"followers": {"long"}}) == [{"term": {"followers": 5}}]
    assert q({"platform": ["weibo", "douyin"]}) == [{"terms": {"platform": ["weibo", "douyin"]}}]
    assert q({"platform": []}) == [es_query.MATCH_NONE]
    assert q({"verified": [True, None]}, types={"verified": {"boolean"}}) == [{"bool": {"should": [
        {"terms": {"verified": [True]}}, absent("verified")], "minimum_should_match": 1}}]
    assert q({"verified": None}) == [absent("verified")]


def test_text_fields_filter_on_their_keyword_subfield_and_names_on_themselves():
    assert q({"description": "简介"}) == [{"term": {"description.keyword": "简介"}}]
    assert q({"name": "上海发布"}) == [{"term": {"name": "上海发布"}}]  # a name: keyword main field
    assert es_query.sort_clause(ACCOUNTS, [("description", "desc")]) == [
        {"description.keyword": {"order": "desc", "missing": "_last", "unmapped_type": "keyword"}}]
    # a text field's presence is its own (always indexed); a keyword's includes values over ignore_above
    assert q({"description": {"exists": True}}) == [present("description")]
    assert q({"name": None}) == [absent("name")]


def test_ranges_ne_exists():
    assert q({"followers": {"gte": 500, "lt": 1500}}, types={"followers": {"long"}}) == [
        {"range": {"followers": {"gte": 500, "lt": 1500}}}]
    assert q({"platform": {"ne": "weibo"}}) == [{"bool": {"must_not": [{"term": {"platform": "weibo"}}]}}]
    assert q({"platform": {"ne": None}}) == [present("platform")]
    assert q({"region": {"exists": True}}) == [present("region")]
    assert q({"region": {"exists": False}}) == [absent("region")]
    assert q({"followers": {"gt": 1, "ne": 5}}, types={"followers": {"long"}}) == [
        {"bool": {"must_not": [{"term": {"followers": 5}}]}}, {"range": {"followers": {"gt": 1}}}]


def test_date_bounds_become_full_instants_in_the_configured_zone():
    """Elasticsearch rounds a gt/lte bound up to the end of what it leaves out ("2026-11-01" → 23:59:59.999);
    in the reference semantics a date-only bound sorts before every time of its day."""
    assert q({"crawled_at": {"lt": "2026-11-01"}}) == [{"range": {"crawled_at": {"lt": "2026-11-01T00:00:00.000+08:00"}}}]
    assert q({"crawled_at": {"gt": "2026-11-01"}}) == [{"range": {"crawled_at": {"gte": "2026-11-01T00:00:00.000+08:00"}}}]
    assert q({"crawled_at": {"lte": "2026-11-01"}}) == [{"range": {"crawled_at": {"lt": "2026-11-01T00:00:00.000+08:00"}}}]
    assert q({"crawled_at": {"gte": "2026-11"}}) == [{"range": {"crawled_at": {"gte": "2026-11-01T00:00:00.000+08:00"}}}]
    assert q({"last_post_at": {"gt": "2026-11-01T08:00:00+08:00", "lte": "2026-11-02T08:00:00Z"}}) == [
        {"range": {"last_post_at": {"gt": "2026-11-01T08:00:00.000+08:00", "lte": "2026-11-02T08:00:00.000+00:00"}}}]
    assert q({"crawled_at": {"gt": "2026-11-01", "gte": "2026-11-03"}}) == [
        {"range": {"crawled_at": {"gte": "2026-11-03T00:00:00.000+08:00"}}}]  # the stricter bound wins
    for bad in ({"crawled_at": {"gt": "昨天"}}, {"crawled_at": {"gt": "2026-11-01 08:00"}}, {"crawled_at": {"lt": 5}}):
        with pytest.raises(StoreError, match="ISO-8601"):
            q(bad)
    assert q({"crawled_at": "2026-11-01T08:00:00+08:00"}) == [
        {"term": {"crawled_at": "2026-11-01T08:00:00.000+08:00"}}]
    assert q({"crawled_at": "不是时间"}) == [es_query.MATCH_NONE]  # nothing indexed can equal it: no 400


def test_values_of_another_kind_never_equal_and_never_reach_elasticsearch():
    types = {"followers": {"long"}, "verified": {"boolean"}, "flag_text": {"keyword"}}
    assert q({"followers": "many"}, types=types) == [es_query.MATCH_NONE]  # would be a 400 on a long field
    assert q({"followers": "12"}, types=types) == [es_query.MATCH_NONE]  # a string never equals a number
    assert q({"followers": {"ne": "many"}}, types=types) == []  # every document differs from it
    assert q({"verified": "true"}, types=types) == [es_query.MATCH_NONE]
    assert q({"flag_text": 5}, types=types) == [es_query.MATCH_NONE]  # Elasticsearch would match "5"
    assert q({"followers": [1, "x", 2]}, types=types) == [{"terms": {"followers": [1, 2]}}]
    with pytest.raises(StoreError, match="数字字段 followers 的范围条件需要数字"):
        q({"followers": {"gt": "10"}}, types=types)
    with pytest.raises(StoreError, match="不同类型"):
        q({"mixed": 1}, types={"mixed": {"long", "keyword"}})
    long_value = "长" * 9000
    with pytest.raises(StoreError, match="超过 Elasticsearch 精确匹配的上限 8191"):
        q({"description": long_value})


def test_a_boolean_never_equals_a_string_field():
    types = {"flag_text": {"keyword"}, "verified": {"boolean"}}
    assert q({"flag_text": True}, types=types) == [es_query.MATCH_NONE]
    assert q({"flag_text": [True, "true"]}, types=types) == [{"terms": {"flag_text": ["true"]}}]
    assert q({"flag_text": {"ne": True}}, types=types) == []
    assert q({"verified": True}, types=types) == [{"term": {"verified": True}}]
    # declared keyword fields may hold booleans (probes.ok): they keep matching them
    assert q({"ok": True}, COLLECTIONS["probes"], types={"ok": {"keyword"}}) == [{"term": {"ok": True}}]
    assert es_query.fields_needing_types(ACCOUNTS, {"a": True, "platform": "x", "_id": "y"}, [("b", "asc")]) == [
        "a", "b"]


def test_field_types_are_looked_up_and_cached(fake, store):
    store.upsert("accounts", [{"platform": "weibo", "account_id": "1", "flag_text": "true", "followers": 3}])
    fake.requests.clear()
    assert store._query(ACCOUNTS, {"flag_text": True}) == {"bool": {"filter": [es_query.MATCH_NONE]}}
    assert store._query(ACCOUNTS, {"flag_text": "true"}) == {"bool": {"filter": [{"term": {"flag_text": "true"}}]}}
    assert len(fake.find("GET", "/govwatch-accounts/_mapping/field/")) == 1  # cached after the first lookup
    assert store.count("accounts", {"followers": "3"}) == 0 and store.count("accounts", {"followers": 3}) == 1


def test_bad_filters_raise():
    for bad in ({"followers": {"between": [1, 2]}}, {"followers": {"gt": None}}, {"x": {"a": 1}},
                {"x": object()}, {"_id": {"gt": "a"}}):
        with pytest.raises(StoreError):
            q(bad)
    with pytest.raises(StoreError, match="必须是字典"):
        q(["platform"])


def test_sort_clause():
    types = {"followers": {"long"}, "score": {"long", "float"}, "mixed": {"keyword", "long"}, "flag": {"boolean"}}
    assert es_query.sort_clause(ACCOUNTS, [("followers", "desc"), ("crawled_at", "asc")], types) == [
        {"followers": {"order": "desc", "missing": "_last", "unmapped_type": "long"}},
        {"crawled_at": {"order": "asc", "missing": "_first", "unmapped_type": "date"}}]
    # _id sorts on the keyword copy of the id: Elasticsearch refuses field data on _id
    assert es_query.sort_clause(ACCOUNTS, [("_id", "asc")]) == [
        {"@id": {"order": "asc", "missing": "_first", "unmapped_type": "keyword"}}]
    # long in one rollover generation, float in another: compared as doubles
    assert es_query.sort_clause(ACCOUNTS, [("score", "asc")], types) == [
        {"score": {"order": "asc", "missing": "_first", "unmapped_type": "double", "numeric_type": "double"}}]
    assert es_query.sort_clause(ACCOUNTS, [("flag", "asc")], types)[0]["flag"]["unmapped_type"] == "boolean"
    assert es_query.sort_clause(ACCOUNTS, [("nowhere", "asc")], types)[0]["nowhere"]["unmapped_type"] == "keyword"
    for bad in ([("x", "up")], ["a", ("b",)], [("mixed", "asc")]):
        with pytest.raises(StoreError):
            es_query.sort_clause(ACCOUNTS, bad, types)


def test_reference_semantics_agree_on_missing_values():
    """The translator's None/ne/exists choices are the ones base.matches makes."""
    docs = [{"v": 1}, {"v": None}, {}]
    assert [matches(d, {"v": {"ne": 1}}) for d in docs] == [False, True, True]  # must_not term keeps missing
    assert [matches(d, {"v": None}) for d in docs] == [False, True, True]  # must_not exists
    assert [matches(d, {"v": {"gt": 0}}) for d in docs] == [True, False, False]  # range skips missing


# ---- search ------------------------------------------------------------------------------------------------

def fulltext(field, query):
    return {"bool": {"must": [{"match": {field: {"query": query, "operator": "and"}}},
                              {"match_phrase": {field: {"query": query, "analyzer": tpl.CHAR_ANALYZER}}}]}}


def tiered(clause: dict, boost: float) -> dict:
    return {"constant_score": {"filter": clause, "boost": boost}}


def test_search_query_for_short_chinese_queries(store):
    query = store.search_query(ACCOUNTS, "海", ["name", "description", "verified_reason"], {"platform": "weibo"})
    should = query["bool"]["must"][0]["bool"]["should"]
    assert {"constant_score": {"filter": {"term": {"name": "海"}}, "boost": 1000.0}} in should
    for field, tier in (("name.text", 100.0), ("description", 1.0), ("verified_reason", 1.0)):
        assert tiered(fulltext(field, "海"), tier) in should  # Store.search's tiers: a name match outranks the rest
    assert tiered({"match_phrase_prefix": {"name__suggest": {"query": "海"}}}, 100.0) in should
    assert tiered({"wildcard": {"name": {"value": "*海*", "case_insensitive": True}}}, 100.0) in should
    assert query["bool"]["filter"] == [{"term": {"platform": "weibo"}}]
    assert not [c for c in should if "multi_match" in c]  # no query analyzed with the unigram+bigram graph


def test_search_query_for_punctuation_uses_exact_substrings(store):
    should = store.search_query(ACCOUNTS, '"*', ["name", "description"], None)["bool"]["must"][0]["bool"]["should"]
    assert tiered({"wildcard": {"description.keyword": {"value": '*"\\**', "case_insensitive": True}}}, 1.0) in should
    assert tiered({"wildcard": {"name": {"value": '*"\\**', "case_insensitive": True}}}, 100.0) in should


def test_search_fields_restrict_and_collections_without_text(store):
    should = store.search_query(ACCOUNTS, "上海", ["description"], None)["bool"]["must"][0]["bool"]["should"]
    assert should == [tiered(fulltext("description", "上海"), 1.0)]
    with pytest.raises(StoreError, match="没有可检索的文本字段"):
        store.search("runs", "x")
    assert tpl.fulltext_fields(POSTS) == ["text"] and tpl.suggest_fields(POSTS) == []


def test_a_thirty_character_query_builds_no_graph(fake, store):
    """The old query (multi_match with the unigram+bigram analyzer) built one phrase per path through the token
    graph: Fibonacci(31) = 1,346,269 clauses for 30 characters. The fake refuses more than 1,024 leaf clauses,
    as Elasticsearch's floor of the clause limit does."""
    text = "国务院办公厅关于推进政府网站集约化建设和政务新媒体健康有序发展的指导意见全文发布"
    store.upsert("posts", [{"platform": "weibo", "account_id": "a", "post_id": "1", "text": f"转发：{text}。"},
                           {"platform": "weibo", "account_id": "a", "post_id": "2", "text": text[::-1]}])
    got = store.search("posts", text[:30])
    assert [d["post_id"] for d in got] == ["1"]
    old = {"multi_match": {"query": text[:30], "fields": ["text"], "type": "best_fields", "operator": "and",
                           "analyzer": tpl.CJK_ANALYZER}}
    from elasticsearch import BadRequestError

    with pytest.raises(BadRequestError) as err:
        store.client.search(index="govwatch-posts", query=old)
    assert err.value.body["error"]["caused_by"]["type"] == "too_many_nested_clauses"


def api_error(status: int, kind: str = "error"):
    from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
    from elasticsearch import ApiError

    meta = ApiResponseMeta(status=status, http_version="1.1", headers=HttpHeaders(), duration=0.0,
                           node=NodeConfig("http", "localhost", 9200))
    return ApiError(kind, meta, {"error": {"type": kind, "reason": "why"}, "status": status})


def test_error_translation_of_other_failures():
    from elastic_transport import ConnectionTimeout, TlsError

    from search_index.es_errors import explain_error

    url = "https://u:pw@es.example:9200"
    cert = explain_error(TlsError("[SSL: CERTIFICATE_VERIFY_FAILED] self-signed certificate"), url)
    assert type(cert) is StoreError and "证书校验失败" in str(cert) and "pw" not in str(cert)
    assert isinstance(explain_error(ConnectionTimeout("timed out"), url), StoreUnavailable)
    assert isinstance(explain_error(api_error(429, "es_rejected_execution_exception"), url), StoreUnavailable)
    assert isinstance(explain_error(api_error(503, "unavailable"), url), StoreUnavailable)
    bad = explain_error(api_error(400, "mapper_parsing_exception"), url, "写入集合 posts")
    assert type(bad) is StoreError and "写入集合 posts失败（400）：mapper_parsing_exception: why" in str(bad)
