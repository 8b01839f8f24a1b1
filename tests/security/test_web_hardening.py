"""Issue #13 item 9 (review UI): atomic password-guess counting, throttling by user and address with a back-off
instead of a lock, a login rate per address, the Origin check, huge ``?page=``, and bidi/invisible characters
neutralised on every page."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

from alerts.lifecycle import ingest
from alerts.web import create_app
from alerts.web.auth import LoginThrottle
from alerts.web.server import make_server
from core.records import finding_key
from tests.alerts.fixtures import day, impostor, seed_records, zombie
from tests.alerts.test_web import csrf_of, login, seed_users

RLO, LRI, ZWSP = "\u202e", "\u2066", "\u200b"


@pytest.fixture
def app(store, cfg):
    seed_records(store, cfg.data_dir)
    seed_users(store)
    app = create_app(cfg, store)
    app.config["TESTING"] = True
    return app


def test_a_concurrent_burst_gets_exactly_the_allowed_guesses(app, cfg):
    """20 wrong passwords at once through the real server (8 threads): exactly web.login_max_attempts are tried."""
    server = make_server(app, "127.0.0.1", 0, threads=8).start()
    try:
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(f"{server.url}/login", timeout=30).read().decode()
        token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        body = urllib.parse.urlencode({"username": "rev1", "password": "wrong-password-x",
                                       "csrf_token": token}).encode()
        codes: list[int] = []
        start = threading.Barrier(20)

        def guess():
            start.wait()
            try:
                codes.append(opener.open(f"{server.url}/login", data=body, timeout=60).status)
            except urllib.error.HTTPError as exc:
                codes.append(exc.code)

        threads = [threading.Thread(target=guess) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        server.close()
    assert sorted(codes) == [401] * cfg["web.login_max_attempts"] + [429] * (20 - cfg["web.login_max_attempts"])
    assert app.config["STORE"].count("audit", {"action": "login_failed"}) == cfg["web.login_max_attempts"]


def _from(app, addr):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = addr
    return client


def test_guesses_from_elsewhere_do_not_lock_the_user_out(app, cfg):
    attacker = _from(app, "198.51.100.7")
    for _ in range(cfg["web.login_max_attempts"]):
        assert login(attacker, password="wrong-password-x").status_code == 401
    resp = login(attacker)  # even the right password waits now, from the attacker's address
    assert resp.status_code == 429 and "秒后再试" in resp.get_data(as_text=True)
    assert login(_from(app, "203.0.113.5")).status_code == 302  # the user, from their own address


def test_back_off_grows_and_is_never_a_lock():
    now = [1000.0]
    t = LoginThrottle(free=5, window=900, base=30, cap=300, clock=lambda: now[0])
    for _ in range(5):
        assert t.acquire("u", "a") == 0
    waits = []
    for _ in range(6):
        wait = t.acquire("u", "a")
        waits.append(round(wait))
        now[0] += wait
        assert t.acquire("u", "a") == 0  # after the wait, one more attempt (it fails: counted)
    assert waits == [30, 60, 120, 240, 300, 300]
    # many addresses against one user: after 3 × free failures the user backs off everywhere, at most `cap`
    t2 = LoginThrottle(free=5, window=900, base=30, cap=300, clock=lambda: now[0])
    for i in range(15):
        assert t2.acquire("v", f"10.0.0.{i}") == 0
    assert 0 < t2.acquire("v", "192.0.2.1") <= 300
    now[0] += 901  # a quiet window forgets everything
    assert t2.acquire("v", "192.0.2.1") == 0 and t.acquire("u", "a") == 0
    t.succeeded("u", "a")  # a success clears the (user, address) counter
    assert all(t.acquire("u", "a") == 0 for _ in range(4))


def test_login_form_rate_per_address(store, cfg):
    seed_users(store)
    app = create_app(cfg.with_overrides({"web.login_requests_per_minute": 3, "web.login_max_attempts": 50}), store)
    client = _from(app, "198.51.100.9")
    codes = [login(client, user=f"nobody{i}", password="wrong-password-x").status_code for i in range(4)]
    assert codes == [401, 401, 401, 429]
    assert login(_from(app, "198.51.100.10")).status_code == 302


def test_origin_is_checked_on_state_changes(app, cfg):
    client = app.test_client()
    login(client)
    token = csrf_of(client, "/")
    key = finding_key(impostor("fake1"))
    ingest(app.config["STORE"], [impostor("fake1"), zombie()], "run-1", day(0), cfg)
    for origin in ("https://evil.example", "null", "http://localhost.evil.example", "file://"):
        resp = client.post(f"/alerts/{key}/state", data={"state": "confirmed", "csrf_token": token},
                           headers={"Origin": origin})
        assert resp.status_code == 403, origin
    assert app.config["STORE"].get("alerts", key)["state"] == "new"
    assert app.config["STORE"].count("audit", {"action": "origin_refused"}) == 4
    resp = client.post(f"/alerts/{key}/state", data={"state": "confirmed", "csrf_token": token},
                       headers={"Origin": "http://localhost"})  # the test client's own origin
    assert resp.status_code == 303
    resp = client.post("/logout", data={"csrf_token": token}, headers={"Origin": cfg["general.base_url"]})
    assert resp.status_code == 302  # general.base_url is this site too; no Origin at all is accepted as before


@pytest.mark.parametrize("path", ["/alerts", "/api/alerts", "/registry", "/sweeps", "/audit", "/alerts?q=山东"])
@pytest.mark.parametrize("page", ["99999999999999999999999", "-5", "2.5", "abc", "1e9", "0", "999999999"])
def test_huge_or_junk_page_numbers_are_clamped(app, path, page):
    client = app.test_client()
    login(client, "admin1")
    sep = "&" if "?" in path else "?"
    assert client.get(f"{path}{sep}page={page}").status_code == 200


HOSTILE = f"山东{RLO}布发{LRI}x{ZWSP}公安\x1b[2J"


@pytest.mark.parametrize("path", ["/", "/alerts", "/alerts/{key}", "/registry", "/sweeps", "/runs", "/audit",
                                  "/alerts?q=山东"])
def test_bidi_and_invisible_characters_are_neutralised_on_every_page(app, cfg, path):
    store = app.config["STORE"]
    ingest(store, [impostor("fake1", name=HOSTILE)], "run-1", day(0), cfg)
    store.update("accounts", "weibo:fake1", {"name": HOSTILE, "description": HOSTILE + "\n第二行"})
    store.upsert("registry", [{"unit": HOSTILE, "platform": "weibo", "account_id": "evil", "name": HOSTILE,
                               "status": "active", "region": HOSTILE}])
    store.upsert("sweeps", [{"run_id": "s", "url": "https://x.example/" + RLO, "found_on": HOSTILE, "via": "menu",
                             "menu_path": [HOSTILE], "status": "broken", "checked_at": "2026-11-01T00:00:00+08:00",
                             "error": HOSTILE}])
    store.upsert("runs", [{"run_id": HOSTILE, "kind": "nightly", "status": "ok",
                           "started_at": "2026-11-02T02:00:00+08:00"}])
    store.refresh()
    login(app.test_client(), user=HOSTILE[:10], password="wrong-password-x")  # a hostile name in the audit log
    client = app.test_client()
    login(client, "admin1")
    body = client.get(path.format(key=finding_key(impostor("fake1")))).get_data(as_text=True)
    assert "山东" in body
    for ch in (RLO, LRI, ZWSP, "\x1b"):
        assert ch not in body, (path, hex(ord(ch)))
