"""Notifications through Apprise to a local JSON endpoint: routing, once-only, digest, resolved, reminders."""

from __future__ import annotations

from datetime import timedelta

from alerts.lifecycle import ingest
from alerts.notify import deliver, md
from tests.alerts.fixtures import IMG_NAME, SCRIPT_NAME, day, impostor, zombie


def _cfg(cfg, urls, **over):
    return cfg.with_overrides({"alerts.apprise_urls": urls, "general.base_url": "https://gw.example.gov.cn",
                               **over})


def test_immediate_and_digest_sent_once(store, cfg, hook):
    cfg = _cfg(cfg, [hook.url("a")])
    res = ingest(store, [impostor(avatar_distance=2), zombie()], "r1", day(0), cfg)
    report = deliver(store, res, cfg, day(0))
    msgs = hook.at("a")
    kinds = sorted(n["kind"] for n in report.sent)
    assert kinds == ["digest", "immediate"]  # zombie is medium: digest only
    immediate = [m for m in msgs if "新告警" in m["title"]]
    assert len(immediate) == 1 and "仿冒账号" in immediate[0]["title"] and "严重" in immediate[0]["title"]
    critical = next(a for a in store.scan("alerts") if a["severity"] == "critical")
    assert f"https://gw.example.gov.cn/alerts/{critical['_id']}" in immediate[0]["message"]
    digest = [m for m in msgs if "运行汇总" in m["title"]]
    assert len(digest) == 1 and "新增 2 条" in digest[0]["message"] and "僵尸账号" in digest[0]["message"]
    # Calling again (a re-run of the same delivery) sends nothing new.
    again = deliver(store, res, cfg, day(0))
    assert again.sent == [] and again.skipped == 2 and len(hook.at("a")) == 2
    # The next run with the same findings: one digest, no second immediate notice.
    res2 = ingest(store, [impostor(avatar_distance=2), zombie()], "r2", day(1), cfg)
    deliver(store, res2, cfg, day(1))
    titles = [m["title"] for m in hook.at("a")]
    assert sum("新告警" in t for t in titles) == 1 and sum("运行汇总" in t for t in titles) == 2


def test_routing_by_kind_region_severity(store, cfg, hook):
    routes = [{"urls": [hook.url("impostors")], "kinds": ["impostor"]},
              {"urls": [hook.url("shandong")], "regions": ["山东"], "min_severity": "critical"},
              {"urls": [hook.url("beijing")], "regions": ["北京"]}]
    cfg = _cfg(cfg, [], **{"alerts.routes": routes, "alerts.send_digest": False})
    store.upsert("registry", [{"unit": "山东省政府", "platform": "weibo", "account_id": "sdfb", "name": "山东发布",
                               "status": "active", "region": "山东省"}])
    res = ingest(store, [impostor(avatar_distance=2), impostor("fake2", avatar_distance=None)], "r1", day(0), cfg)
    deliver(store, res, cfg, day(0))
    assert len(hook.at("impostors")) == 2  # critical + high both reach the impostor desk
    assert len(hook.at("shandong")) == 1  # only the critical one
    assert hook.at("beijing") == []


def test_resolved_notice_and_reminder_interval(store, cfg, hook):
    cfg = _cfg(cfg, [hook.url("a")], **{"alerts.resolve_after_runs": 1, "alerts.renotify_hours": 24,
                                          "alerts.send_digest": False})
    res = ingest(store, [impostor(avatar_distance=2)], "r1", day(0), cfg)
    deliver(store, res, cfg, day(0))
    assert len(hook.at("a")) == 1
    deliver(store, None, cfg, day(0) + timedelta(hours=23))  # too early for a reminder
    assert len(hook.at("a")) == 1
    deliver(store, None, cfg, day(0) + timedelta(hours=25))
    deliver(store, None, cfg, day(0) + timedelta(hours=26))  # already reminded at 25 h
    titles = [m["title"] for m in hook.at("a")]
    assert sum("仍未处理" in t for t in titles) == 1
    deliver(store, None, cfg, day(0) + timedelta(hours=50))
    assert sum("仍未处理" in m["title"] for m in hook.at("a")) == 2
    res = ingest(store, [], "r2", day(3), cfg, kinds=["impostor"])
    deliver(store, res, cfg, day(3))
    deliver(store, res, cfg, day(3))
    resolved = [m for m in hook.at("a") if "已解决" in m["title"]]
    assert len(resolved) == 1 and "自动置为" in resolved[0]["message"]


def test_failed_delivery_is_retried_not_recorded(store, cfg, hook):
    cfg = _cfg(cfg, [hook.url("fail")], **{"alerts.send_digest": False})
    res = ingest(store, [impostor(avatar_distance=2)], "r1", day(0), cfg)
    report = deliver(store, res, cfg, day(0))
    assert report.failed and not report.sent and store.count("notifications") == 0
    deliver(store, res, cfg, day(0))
    assert len(hook.at("fail")) == 2


def test_hostile_names_escaped_in_html_and_neutralised_in_markdown(store, cfg, hook):
    cfg = _cfg(cfg, [hook.url("html", "html"), hook.url("md", "markdown"), hook.url("text")])
    res = ingest(store, [impostor(name=SCRIPT_NAME, avatar_distance=2), impostor("fake2", name=IMG_NAME)],
                 "r1", day(0), cfg)
    deliver(store, res, cfg, day(0))
    html_bodies = " ".join(m["message"] for m in hook.at("html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_bodies
    assert "<script" not in html_bodies and "<img" not in html_bodies and "&quot;&gt;&lt;img" in html_bodies
    md_bodies = " ".join(m["message"] for m in hook.at("md"))
    assert "<script" not in md_bodies and "<img" not in md_bodies and "＜script＞alert（1）" in md_bodies
    text_bodies = " ".join(m["message"] for m in hook.at("text"))
    assert SCRIPT_NAME in text_bodies  # plain text shows the name as it is (nothing renders it)
    for m in hook.at("html") + hook.at("md"):
        assert "<script" not in m["title"]


def test_markdown_neutraliser():
    out = md("[点我](http://evil.example/x)\n# 标题 **粗** <b>")
    assert "[" not in out and "](" not in out and "://" not in out and "\n" not in out
    assert "<" not in out and "*" not in out and "#" not in out


def test_every_part_of_an_html_line_is_escaped(store, cfg, hook):
    """Stored kind / platform fields are not ours either: escaped in bodies, kept out of titles."""
    from alerts.lifecycle import IngestResult

    cfg = _cfg(cfg, [hook.url("html", "html"), hook.url("md", "markdown")])
    evil_kind, evil_platform = "<svg onload=alert(1)>", '"><img src=x onerror=alert(2)>'
    alert = {"_id": "evil1", "kind": evil_kind, "kind_zh": evil_kind, "platform": evil_platform,
             "platform_zh": evil_platform, "account_id": "x", "name": "某账号", "severity": "critical",
             "severity_rank": 4, "state": "new", "reopen_count": 0}
    store.upsert("alerts", [alert])
    store.refresh()
    report = deliver(store, IngestResult("r1", created=["evil1"]), cfg, day(0))
    assert report.failed == [] and len(hook.at("html")) == 2  # immediate + digest
    for m in hook.at("html"):
        assert "<svg" not in m["message"] and "<img" not in m["message"], m["message"]
        assert "<svg" not in m["title"] and "<img" not in m["title"]
    bodies = " ".join(m["message"] for m in hook.at("html"))
    assert "&lt;svg onload=alert(1)&gt;" in bodies and "&quot;&gt;&lt;img" in bodies
    md_bodies = " ".join(m["message"] for m in hook.at("md"))
    assert "<svg" not in md_bodies and "<img" not in md_bodies and "＜svg onload＝alert（1）＞" in md_bodies


def test_known_platform_shown_in_our_words(store, cfg, hook):
    cfg = _cfg(cfg, [hook.url("html", "html")])
    res = ingest(store, [zombie()], "r1", day(0), cfg)
    store.update("alerts", res.created[0], {"platform_zh": "<b>伪造</b>"})
    store.refresh()
    deliver(store, res, cfg, day(0))
    body = hook.at("html")[0]["message"]
    assert "新浪微博" in body and "伪造" not in body
