"""Review UI through Flask's test client: auth on every route, CSRF, rate limit, roles, escaping, files."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from argon2 import PasswordHasher

from alerts.evidence import verify_pack
from alerts.lifecycle import ingest
from alerts.web import create_app
from core.records import finding_key
from tests.alerts.fixtures import AVATARS, IMG_NAME, SCREENSHOT, SCRIPT_NAME, day, impostor, seed_records, zombie
from tests.conftest import BACKENDS, backend_fixture

backend = pytest.fixture(params=BACKENDS)(backend_fixture)  # every test on SQLite and on (fake) Elasticsearch

PASSWORD = "correct-horse-1"
_HASH = PasswordHasher().hash(PASSWORD)  # hashed once: Argon2 is slow on purpose


def seed_users(store):
    """The three roles, stored as add_user stores them (add_user itself is tested in test_cli)."""
    store.upsert("users", [{"_id": name, "username": name, "role": role, "password_hash": _HASH,
                            "created_at": "2026-11-01T00:00:00+08:00",
                            "password_changed_at": "2026-11-01T00:00:00+08:00", "disabled": False}
                           for name, role in (("viewer1", "viewer"), ("rev1", "reviewer"), ("admin1", "admin"))])


@pytest.fixture
def app(store, cfg):
    seed_records(store, cfg.data_dir)
    hostile = impostor("fake1", name=SCRIPT_NAME, avatar_distance=3)
    hostile["evidence"]["screenshot"] = SCREENSHOT
    hostile["evidence"]["note"] = IMG_NAME
    ingest(store, [hostile, impostor("fake2", name=IMG_NAME), zombie()], "run-1", day(0), cfg)
    seed_users(store)
    app = create_app(cfg, store)
    app.config["TESTING"] = True
    return app


def csrf_of(client, path="/login") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def login(client, user="rev1", password=PASSWORD):
    token = csrf_of(client)
    return client.post("/login", data={"username": user, "password": password, "csrf_token": token})


def _fill(rule) -> str:
    values = {"alert_id": finding_key(impostor("fake1")), "slot": "suspect_avatar", "sweep_id": "x",
              "filename": "app.css"}
    path = rule.rule
    for arg in rule.arguments:
        path = re.sub(rf"<(?:[a-z]+:)?{arg}>", values.get(arg, "x"), path)
    return path


def test_every_route_refuses_unauthenticated_requests(app):
    client = app.test_client()
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in ("session.login", "static"):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            resp = client.open(_fill(rule), method=method)
            assert resp.status_code in (302, 401), (rule.rule, method, resp.status_code)
            if resp.status_code == 302:
                assert "/login" in resp.headers["Location"]
            checked += 1
    assert checked >= 14
    # The exemptions are exactly the login form and the static CSS/JS.
    public = {r.endpoint for r in app.url_map.iter_rules()} - {
        r.endpoint for r in app.url_map.iter_rules() if client.get(_fill(r)).status_code in (302, 401, 405)}
    assert public <= {"session.login", "static"}


def test_login_sets_hardened_cookie_and_logout(app):
    client = app.test_client()
    resp = login(client)
    assert resp.status_code == 302
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get("/").status_code == 200
    token = csrf_of(client, "/")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302


def test_wrong_password_and_rate_limit(app, cfg):
    client = app.test_client()
    for _ in range(cfg["web.login_max_attempts"]):
        assert login(client, password="wrong-password").status_code == 401
    resp = login(client)  # right password, but blocked now
    assert resp.status_code == 429 and "次数过多" in resp.get_data(as_text=True)
    assert login(app.test_client(), user="admin1").status_code == 302  # another user is not blocked
    store = app.config["STORE"]
    assert store.count("audit", {"action": "login_failed", "user": "rev1"}) == cfg["web.login_max_attempts"]


def test_csrf_required_for_state_changes(app):
    client = app.test_client()
    assert client.post("/login", data={"username": "rev1", "password": PASSWORD}).status_code == 400
    login(client)
    key = finding_key(impostor("fake1"))
    resp = client.post(f"/alerts/{key}/state", data={"state": "confirmed"})
    assert resp.status_code == 400
    resp = client.post(f"/alerts/{key}/state", data={"state": "confirmed", "csrf_token": "forged"})
    assert resp.status_code == 400
    assert app.config["STORE"].get("alerts", key)["state"] == "new"
    token = csrf_of(client, "/")
    resp = client.post(f"/alerts/{key}/state", data={"state": "confirmed", "note": "核实", "csrf_token": token})
    assert resp.status_code == 303 and app.config["STORE"].get("alerts", key)["state"] == "confirmed"


def test_roles(app):
    key = finding_key(impostor("fake1"))
    viewer = app.test_client()
    login(viewer, "viewer1")
    token = csrf_of(viewer, "/")
    assert viewer.get(f"/alerts/{key}").status_code == 200
    assert viewer.post(f"/alerts/{key}/state", data={"state": "confirmed", "csrf_token": token}).status_code == 403
    assert viewer.post("/alerts/bulk", data={"ids": [key], "action": "confirmed", "csrf_token": token}
                       ).status_code == 403
    assert viewer.get(f"/alerts/{key}/evidence.zip").status_code == 403
    assert viewer.get("/audit").status_code == 403
    reviewer = app.test_client()
    login(reviewer, "rev1")
    assert reviewer.get("/audit").status_code == 403
    admin = app.test_client()
    login(admin, "admin1")
    page = admin.get("/audit").get_data(as_text=True)
    assert "login" in page and "rev1" in page


def test_illegal_transition_refused_in_ui(app):
    client = app.test_client()
    login(client)
    key = finding_key(impostor("fake1"))
    token = csrf_of(client, "/")
    resp = client.post(f"/alerts/{key}/state", data={"state": "taken_down", "csrf_token": token},
                       follow_redirects=True)
    assert "不能把告警" in resp.get_data(as_text=True)
    assert app.config["STORE"].get("alerts", key)["state"] == "new"


@pytest.mark.parametrize("path", ["/", "/alerts", "/alerts?q=script", "/alerts/{key}", "/alerts/{key2}",
                                  "/registry", "/sweeps", "/runs", "/audit", "/api/alerts"])
def test_hostile_text_is_escaped_everywhere(app, path):
    client = app.test_client()
    login(client, "admin1")
    # A hostile name in the registry and the sweep results too.
    store = app.config["STORE"]
    store.upsert("registry", [{"unit": IMG_NAME, "platform": "weibo", "account_id": "evil", "name": SCRIPT_NAME,
                               "url": "javascript:alert(1)", "status": "active", "region": SCRIPT_NAME}])
    store.upsert("sweeps", [{"run_id": "s", "url": "javascript:alert(1)", "found_on": IMG_NAME, "via": "menu",
                             "menu_path": [SCRIPT_NAME], "status": "broken", "checked_at": "2026-11-01T00:00:00+08:00",
                             "error": IMG_NAME}])
    path = path.format(key=finding_key(impostor("fake1")), key2=finding_key(impostor("fake2")))
    resp = client.get(path)
    assert resp.status_code == 200
    body = resp.get_data(as_text=True)
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert 'href="javascript:' not in body
    if path.startswith("/alerts/") and not path.startswith("/api"):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body or "&#34;&gt;&lt;img src=x" in body
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]


def test_detail_page_shows_diff_avatars_and_distance(app):
    client = app.test_client()
    login(client)
    key = finding_key(impostor("fake1"))
    body = client.get(f"/alerts/{key}").get_data(as_text=True)
    assert '<mark class="ins">' in body and "山东发布" in body
    assert f"/alerts/{key}/file/official_avatar" in body and f"/alerts/{key}/file/suspect_avatar" in body
    assert "<b>3</b> / 64" in body
    img = client.get(f"/alerts/{key}/file/suspect_avatar")
    assert img.status_code == 200 and img.mimetype == "image/png"
    assert client.get(f"/alerts/{key}/file/screenshot_1").status_code == 200


def test_file_route_serves_only_recorded_files_inside_data_dir(app, cfg, tmp_path):
    store = app.config["STORE"]
    secret = tmp_path / "secret.png"
    secret.write_bytes((cfg.data_dir / AVATARS["official"]).read_bytes())
    (cfg.data_dir / "link.png").symlink_to(secret)
    store.update("accounts", "weibo:fake1", {"avatar": "../secret.png", "screenshot": ["link.png", "/etc/passwd",
                                                                                         str(secret)]})
    client = app.test_client()
    login(client)
    key = finding_key(impostor("fake1"))
    for slot in ("suspect_avatar", "screenshot_2", "screenshot_3", "..%2F..%2Fetc%2Fpasswd", "nonexistent"):
        assert client.get(f"/alerts/{key}/file/{slot}").status_code == 404, slot
    assert client.get("/alerts/../../etc/passwd").status_code in (302, 404)


def test_bulk_actions_and_selection_evidence(app):
    client = app.test_client()
    login(client)
    keys = [finding_key(impostor("fake1")), finding_key(impostor("fake2"))]
    token = csrf_of(client, "/alerts")
    resp = client.post("/alerts/bulk", data={"ids": keys, "action": "confirmed", "note": "批量确认",
                                             "csrf_token": token, "back": "/alerts"})
    assert resp.status_code == 303
    assert {app.config["STORE"].get("alerts", k)["state"] for k in keys} == {"confirmed"}
    resp = client.post("/alerts/bulk", data={"ids": keys, "action": "evidence", "csrf_token": token})
    assert resp.mimetype == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(resp.data)).namelist()
    assert any(n.startswith("alert-01-") for n in names) and any(n.startswith("alert-02-") for n in names)
    assert verify_pack(resp.data) == []
    # open redirect through "back" is refused
    resp = client.post("/alerts/bulk", data={"ids": keys, "action": "resolved", "csrf_token": token,
                                             "back": "https://evil.example/"})
    assert resp.headers["Location"].endswith("/")


def test_list_filters_search_sort_pagination(app, cfg):
    client = app.test_client()
    login(client)
    body = client.get("/alerts?kind=zombie").get_data(as_text=True)
    assert "僵尸账号" in body and "仿冒账号</td>" not in body
    data = client.get("/api/alerts?kind=impostor&sort=severity_rank&order=desc").get_json()
    assert data["total"] == 2 and data["items"][0]["severity"] == "critical"
    data = client.get("/api/alerts?q=" + "山东发布").get_json()
    assert data["total"] >= 1
    store = app.config["STORE"]
    for n in range(60):
        ingest(store, [impostor(f"bulk{n}")], f"run-p{n}", day(1), cfg, kinds=[])
    page1 = client.get("/api/alerts?kind=impostor").get_json()
    page2 = client.get("/api/alerts?kind=impostor&page=2").get_json()
    assert page1["total"] == 62 and len(page1["items"]) == cfg["web.page_size"]
    assert len(page2["items"]) == 62 - cfg["web.page_size"]
    assert not {i["_id"] for i in page1["items"]} & {i["_id"] for i in page2["items"]}


def test_search_and_grouped_views_say_when_they_show_only_the_first_matches(app, cfg, monkeypatch):
    """A search or grouped view ranks at most SEARCH_LIMIT rows in memory; past that the page must say so instead of
    reporting the cut as the total."""
    import alerts.web.pages.alerts as alert_pages
    import alerts.web.pages.registry as registry_pages

    client = app.test_client()
    login(client)
    store = app.config["STORE"]
    for n in range(8):
        ingest(store, [impostor(f"many{n}")], f"run-m{n}", day(1), cfg, kinds=[])
    store.upsert("registry", [{"_id": f"weibo:r{n}", "platform": "weibo", "account_id": f"r{n}", "unit": "济南市公安局",
                               "name": f"济南公安{n}", "region": "济南", "status": "active"} for n in range(8)])
    for module in (alert_pages, registry_pages):
        monkeypatch.setattr(module, "SEARCH_LIMIT", 5)
    notice = "只显示前 5 条"
    grouped = client.get("/alerts?group=account").get_data(as_text=True)
    assert notice in grouped
    data = client.get("/api/alerts?group=account").get_json()
    assert data["truncated"] is True and data["total"] == 5
    assert notice in client.get("/registry?q=" + "济南公安").get_data(as_text=True)
    # Below the limit nothing is said, and the totals are the real ones.
    assert notice not in client.get("/alerts?kind=zombie&group=account").get_data(as_text=True)
    assert client.get("/api/alerts?kind=zombie&group=account").get_json()["truncated"] is False
    assert notice not in client.get("/registry?q=" + "济南公安7").get_data(as_text=True)


def test_password_change_ends_sessions(app):
    from alerts.users import set_password

    client = app.test_client()
    login(client)
    assert client.get("/").status_code == 200
    set_password(app.config["STORE"], "rev1", "another-password-2")
    assert client.get("/").status_code == 302


def test_login_next_is_same_site_only(app):
    client = app.test_client()
    token = csrf_of(client)
    for target, expected in (("//evil.example/x", "/"), ("https://evil.example/", "/"), ("/alerts?kind=zombie",
                                                                                        "/alerts?kind=zombie")):
        client = app.test_client()
        token = csrf_of(client)
        resp = client.post("/login?next=" + target.replace("?", "%3F").replace("=", "%3D"),
                           data={"username": "rev1", "password": PASSWORD, "csrf_token": token})
        assert resp.headers["Location"] == expected, target


def test_secure_cookie_when_served_over_https(store, cfg):
    seed_users(store)
    app = create_app(cfg.with_overrides({"general.base_url": "https://gw.example.gov.cn"}), store)
    client = app.test_client()
    resp = login(client)
    assert "Secure" in resp.headers["Set-Cookie"]


def test_templates_never_bypass_autoescape():
    from alerts.web import HERE

    for template in (HERE / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        for marker in ("|safe", "| safe", "autoescape false", "Markup("):
            assert marker not in text, f"{template.name} contains {marker}"


def test_link_alert_detail_shows_sweep_evidence(app, cfg):
    from core.findings import make_finding

    store = app.config["STORE"]
    finding = make_finding("dead_menu", "website", "www.example.gov.cn", score=0.8, reasons=["菜单无响应"],
                           evidence={"url": "javascript:alert(1)", "found_on": IMG_NAME,
                                     "menu_path": ["办事服务", SCRIPT_NAME], "status": "no_action",
                                     "screenshot": SCREENSHOT})
    ingest(store, [finding], "sweep-1", day(1), cfg, kinds=["dead_menu"])
    client = app.test_client()
    login(client)
    body = client.get(f"/alerts/{finding_key(finding)}").get_data(as_text=True)
    assert 'id="sweep-evidence"' in body and "办事服务 › &lt;script&gt;" in body
    assert 'href="javascript:' not in body and "<img src=x" not in body
    assert client.get(f"/alerts/{finding_key(finding)}/file/screenshot_1").status_code == 200


def test_trend_labels_show_the_time_when_runs_share_a_day(app, store, cfg):
    from datetime import timedelta

    ingest(store, [zombie()], "run-2", day(0) + timedelta(hours=5), cfg, kinds=["zombie"])
    client = app.test_client()
    login(client)
    html = client.get("/").get_data(as_text=True)
    labels = re.findall(r'<text[^>]*>(\d\d-\d\d(?: \d\d:\d\d)?)</text>', html)
    assert len(labels) == 2 and all(len(label) == 11 for label in labels) and labels[0] != labels[1]
