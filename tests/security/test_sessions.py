"""Issue #13 item 2: sessions end for real — logout, password change, disable/remove, idle timeout, absolute
lifetime — for every copy of the cookie, on both store backends; and the password policy."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from alerts.users import UserError, add_user, password_problem, remove_user, set_disabled, set_password
from alerts.web import create_app
from core.records import iso, now_utc
from govwatch.cli.main import main
from tests.alerts.test_web import PASSWORD, csrf_of, login, seed_users


@pytest.fixture
def app(any_store, cfg):
    seed_users(any_store)
    app = create_app(cfg, any_store)
    app.config["TESTING"] = True
    return app


def copy_of(client, app):
    """Another client holding a copy of ``client``'s session cookie (a stolen or backed-up cookie)."""
    other = app.test_client()
    cookie = client.get_cookie("govwatch_session")
    other.set_cookie("govwatch_session", cookie.value)
    return other


def test_logout_ends_every_copy_of_the_session(app):
    client = app.test_client()
    assert login(client).status_code == 302
    stolen = copy_of(client, app)
    assert stolen.get("/").status_code == 200
    assert client.post("/logout", data={"csrf_token": csrf_of(client, "/")}).status_code == 302
    assert stolen.get("/").status_code == 302 and stolen.get("/api/stats").status_code == 401
    assert app.config["STORE"].count("sessions") == 0


@pytest.mark.parametrize("action", ["passwd", "disable", "remove"])
def test_password_change_disable_and_remove_end_all_sessions_of_the_user(app, action):
    store = app.config["STORE"]
    one, two, other_user = app.test_client(), app.test_client(), app.test_client()
    login(one)
    login(two)
    login(other_user, "admin1")
    stolen = copy_of(one, app)
    assert all(c.get("/").status_code == 200 for c in (one, two, stolen, other_user))
    {"passwd": lambda: set_password(store, "rev1", "a-brand-new-pass-7"),
     "disable": lambda: set_disabled(store, "rev1", True),
     "remove": lambda: remove_user(store, "rev1")}[action]()
    assert [c.get("/").status_code for c in (one, two, stolen)] == [302, 302, 302]
    assert other_user.get("/").status_code == 200
    assert store.count("sessions", {"user": "rev1"}) == 0
    if action == "disable":
        assert login(app.test_client()).status_code == 401
        set_disabled(store, "rev1", False)
        assert login(app.test_client()).status_code == 302


def test_idle_timeout_and_absolute_lifetime(app, cfg):
    store = app.config["STORE"]
    client = app.test_client()
    login(client)
    (record,) = list(store.scan("sessions"))
    idle = timedelta(minutes=cfg["web.session_idle_minutes"])
    store.update("sessions", record["_id"], {"last_seen": iso(now_utc() - idle + timedelta(minutes=1))})
    store.refresh()
    assert client.get("/").status_code == 200  # active within the idle timeout (and last_seen moves on)
    store.update("sessions", record["_id"], {"last_seen": iso(now_utc() - idle - timedelta(seconds=1))})
    store.refresh()
    assert client.get("/").status_code == 302
    login(client)
    (record,) = list(store.scan("sessions"))
    store.update("sessions", record["_id"], {"expires_at": iso(now_utc() - timedelta(seconds=1))})
    store.refresh()
    assert client.get("/").status_code == 302


def test_a_signing_key_alone_cannot_make_a_session(app):
    """Even with web-secret.key (item 1's leak), a forged cookie needs a live session record."""
    client = app.test_client()
    login(client, "admin1")
    (record,) = list(app.config["STORE"].scan("sessions"))
    cookie = client.get_cookie("govwatch_session").value
    assert record["_id"] not in cookie  # the store keeps only the token's hash
    serializer = app.session_interface.get_signing_serializer(app)
    for token in ("guess", record["_id"]):  # a guess, and the record id (what a store dump shows)
        forged = app.test_client()
        forged.set_cookie("govwatch_session", serializer.dumps({"_user_id": "admin1", "gw_session": token,
                                                                "_fresh": True}))
        assert forged.get("/audit").status_code == 302


def test_password_policy():
    assert password_problem("correct-horse-1") is None
    for bad in ("short-1", " " * 12, "\t\n" * 6, "a" * 16, "password1234", "qwertyuiop123", "Iloveyou123",
                "zhangsan-2026", "ZhangSan-2026 "):
        assert password_problem(bad, "zhangsan-2026"), bad


def test_policy_everywhere_passwords_are_set(store, monkeypatch, capsys):
    with pytest.raises(UserError, match="常见密码"):
        add_user(store, "dora", "password1234")
    add_user(store, "dora", PASSWORD)
    with pytest.raises(UserError, match="同一个字符"):
        set_password(store, "dora", "x" * 20)
    with pytest.raises(UserError, match="web.password_min_length"):
        add_user(store, "erin", "abc-123-xy", min_length=12)
    monkeypatch.setenv("GOVWATCH_WEB__PASSWORD_MIN_LENGTH", "20")
    assert main(["users", "add", "erin", "--password", "still-too-short-1"]) == 2
    assert "web.password_min_length" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("          \n"))
    assert main(["users", "passwd", "dora", "--password-stdin"]) == 2
    assert "空白" in capsys.readouterr().err


def test_cli_disable_enable_remove(store, capsys):
    add_user(store, "fred", PASSWORD)
    store.upsert("sessions", [{"_id": "s1", "user": "fred", "created_at": iso(now_utc())}])
    assert main(["users", "disable", "fred"]) == 0 and store.get("users", "fred")["disabled"] is True
    assert store.count("sessions", {"user": "fred"}) == 0
    assert main(["users", "list"]) == 0 and "已停用" in capsys.readouterr().out
    assert main(["users", "enable", "fred"]) == 0 and store.get("users", "fred")["disabled"] is False
    assert main(["users", "remove", "fred"]) == 0 and store.get("users", "fred") is None
    assert main(["users", "remove", "fred"]) == 2 and "不存在" in capsys.readouterr().err
    assert main(["users", "disable", "../../etc"]) == 2
