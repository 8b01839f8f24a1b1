"""Alert list and overview rows say what failed (URL, menu path, impostor vs official name, offending span),
escaped; grouping by site or official account; default order severity, then recency."""

from __future__ import annotations

import re

import pytest

from alerts.lifecycle import ingest
from alerts.web import create_app
from core.findings import make_finding
from tests.alerts.fixtures import IMG_NAME, SCRIPT_NAME, T0, day, impostor, seed_records, zombie
from tests.alerts.test_web import login, seed_users

SITE = "www.example.gov.cn"


def link(n: int, status="broken", http=404):
    return make_finding("broken_link", "website", SITE, score=0.9, reasons=["链接失效（HTTP 404）"],
                        evidence={"url": f"https://{SITE}/page-{n}.html", "found_on": f"https://{SITE}/",
                                  "menu_path": [], "status": status, "http_status": http}, detected_at=T0,
                        unit="示例市人民政府")


def menu():
    return make_finding("dead_menu", "website", SITE, score=0.85, reasons=["菜单失效"],
                        evidence={"url": f"https://{SITE}/zwgk/", "menu_path": ["政务公开", "政策文件"],
                                  "status": "js_error"}, detected_at=T0, unit="示例市人民政府")


def content(span="<b>习近平同志</b>"):
    return make_finding("content", "weibo", "sdfb", score=1.0, reasons=["称谓错误"],
                        evidence={"post_id": "p1", "rule": "leader", "match": span, "context": f"……{span}……"},
                        detected_at=T0)


@pytest.fixture
def client(store, cfg):
    seed_records(store, cfg.data_dir)
    # run-1 holds a high alert, run-2 a medium one: newest-first alone would not be severity-first
    ingest(store, [link(n) for n in range(13)] + [menu(), content(), impostor("fake2", name=IMG_NAME, score=0.95)],
           "run-1", day(0), cfg)
    ingest(store, [impostor("fake1", name=SCRIPT_NAME), zombie()], "run-2", day(1), cfg, kinds=["impostor", "zombie"])
    seed_users(store)
    app = create_app(cfg, store)
    app.config["TESTING"] = True
    c = app.test_client()
    login(c)
    return c


def rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr class=\"sev-[a-z]+\">(.*?)</tr>", body, re.S)


def test_each_link_row_names_its_url(client):
    html = client.get("/alerts?kind=broken_link").get_data(as_text=True)
    listed = rows(html)
    assert len(listed) == 13
    for n in range(13):
        assert sum(f"https://{SITE}/page-{n}.html" in r for r in listed) == 1, n
    assert "所在页面" in listed[0] and "HTTP 404" in listed[0]


def test_menu_row_names_its_path(client):
    html = client.get("/alerts?kind=dead_menu").get_data(as_text=True)
    (row,) = rows(html)
    assert "政务公开 › 政策文件" in row
    assert f"https://{SITE}/zwgk/" in row


def test_impostor_row_names_itself_beside_the_official_name_escaped(client):
    html = client.get("/alerts?kind=impostor").get_data(as_text=True)
    assert SCRIPT_NAME not in html and IMG_NAME not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for row in rows(html):
        assert re.search(r'class="suspect-name">[^<]+</span> <span class="muted">≈ 官方</span> '
                         r'<span class="official-name">山东发布</span>', row)


def test_content_row_shows_the_offending_span_escaped(client):
    html = client.get("/alerts?kind=content").get_data(as_text=True)
    (row,) = rows(html)
    assert "&lt;b&gt;习近平同志&lt;/b&gt;" in row
    assert "<b>习近平同志" not in row


def test_default_order_is_severity_then_recency(client, store):
    listed = [a["_id"] for a in client.get("/api/alerts").get_json()["items"]]
    docs = [store.get("alerts", i) for i in listed]
    keys = [(d["severity_rank"], d["last_seen"]) for d in docs]
    assert keys == sorted(keys, reverse=True)
    assert len({d["severity_rank"] for d in docs}) > 1  # the fixture really mixes severities
    # within one severity the newer run comes first
    by_rank: dict[int, list[str]] = {}
    for d in docs:
        by_rank.setdefault(d["severity_rank"], []).append(d["last_seen"])
    assert any(len(set(v)) > 1 for v in by_rank.values())


def test_group_by_site_puts_the_sites_rows_together(client):
    html = client.get("/alerts?group=site&kind=broken_link&kind=dead_menu&kind=zombie").get_data(as_text=True)
    heads = re.findall(r'<tr class="group-head"><th colspan="11">(.*?)</th></tr>', html, re.S)
    assert len(heads) == 2
    site_head = next(h for h in heads if SITE in h)
    assert "示例市人民政府" in site_head and "14 条" in site_head


def test_group_by_account_gathers_impostors_under_the_official_account(client):
    html = client.get("/alerts?group=account&kind=impostor&kind=zombie&kind=content").get_data(as_text=True)
    heads = re.findall(r'<tr class="group-head"><th colspan="11">(.*?)</th></tr>', html, re.S)
    assert len(heads) == 1 and "山东发布" in heads[0] and "4 条" in heads[0]
    assert "&lt;script&gt;" in html and SCRIPT_NAME not in html


def test_overview_rows_say_what_failed(client):
    html = client.get("/").get_data(as_text=True)
    top = html.split('class="list top-alerts"', 1)[1].split("</table>", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in top and SCRIPT_NAME not in html
    assert 'class="official-name">山东发布' in top
    assert f"https://{SITE}/page-" in top
