"""govwatch alerts / users / serve commands."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from govwatch.cli.main import main
from tests.alerts.fixtures import SCRIPT_NAME, impostor, zombie


@pytest.fixture
def findings_file(tmp_path):
    path = tmp_path / "findings.jsonl"
    rows = [impostor("fake1", name=SCRIPT_NAME, avatar_distance=2), zombie()]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_ingest_list_show_set_state_evidence(findings_file, tmp_path, capsys, store):
    assert main(["alerts", "ingest", str(findings_file), "--run-id", "r1"]) == 0
    assert main(["alerts", "ingest", str(findings_file), "--run-id", "r2"]) == 0
    out = capsys.readouterr().out
    assert "新增告警 2" in out and "更新 2" in out
    assert main(["alerts", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and {r["occurrences"] for r in rows} == {2}
    impostor_id = next(r["_id"] for r in rows if r["kind"] == "impostor")
    assert main(["alerts", "list"]) == 0
    assert SCRIPT_NAME in capsys.readouterr().out
    assert main(["alerts", "set-state", impostor_id[:10], "--state", "confirmed", "--note", "核实",
                 "--user", "alice"]) == 0
    assert main(["alerts", "set-state", impostor_id, "--state", "taken_down"]) == 1
    assert "不能把告警" in capsys.readouterr().err
    assert main(["alerts", "show", impostor_id]) == 0
    out = capsys.readouterr().out
    assert "alice" in out and "已确认" in out and "/alerts/" + impostor_id in out
    pack = tmp_path / "out" / "pack.zip"
    assert main(["alerts", "evidence", impostor_id, "--out", str(pack)]) == 0
    assert "manifest-sha256.txt" in zipfile.ZipFile(io.BytesIO(pack.read_bytes())).namelist()
    assert main(["alerts", "show", "nosuchid"]) == 2


def test_bad_findings_file_named(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "impostor", "platform": "weibo"}\nnot json\n', encoding="utf-8")
    assert main(["alerts", "ingest", str(bad), "--run-id", "r"]) == 2
    assert "第 2 行" in capsys.readouterr().err
    assert main(["alerts", "ingest", str(tmp_path / "missing.jsonl"), "--run-id", "r"]) == 2


def test_users_add_passwd_list(monkeypatch, capsys, store):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-password\n"))
    assert main(["users", "add", "alice", "--role", "reviewer", "--password-stdin"]) == 0
    assert main(["users", "add", "alice", "--password", "another-pass"]) == 2
    assert "已存在" in capsys.readouterr().err
    assert main(["users", "add", "bob", "--password", "short"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["users", "add", "carol"]) == 2  # no terminal, no --password-stdin
    assert "--password-stdin" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("new-password-1\n"))
    assert main(["users", "passwd", "alice", "--password-stdin", "--role", "admin"]) == 0
    assert main(["users", "list", "--json"]) == 0
    users = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert [(u["username"], u["role"]) for u in users] == [("alice", "admin")]
    assert all("password_hash" not in u for u in users)
    from alerts.users import authenticate

    assert authenticate(store, "alice", "new-password-1") and not authenticate(store, "alice", "s3cret-password")
    assert authenticate(store, "nobody", "whatever-pass") is None


def test_serve_refuses_busy_port(capsys):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    try:
        port = sock.getsockname()[1]
        assert main(["serve", "--host", "127.0.0.1", "--port", str(port)]) == 2
        assert "无法监听" in capsys.readouterr().err
    finally:
        sock.close()


def _write(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_ingest_without_kinds_checks_only_the_kinds_in_the_file(findings_file, tmp_path, capsys, store,
                                                                 monkeypatch):
    monkeypatch.setenv("GOVWATCH_ALERTS__RESOLVE_AFTER_RUNS", "1")
    assert main(["alerts", "ingest", str(findings_file), "--run-id", "r1", "--no-notify"]) == 0
    partial = _write(tmp_path / "zombies.jsonl", [zombie()])
    assert main(["alerts", "ingest", str(partial), "--run-id", "r2", "--no-notify"]) == 0
    assert "自动解决 0" in capsys.readouterr().out
    assert {a["kind"]: a["state"] for a in store.scan("alerts")} == {"impostor": "new", "zombie": "new"}
    empty = _write(tmp_path / "empty.jsonl", [])
    assert main(["alerts", "ingest", str(empty), "--run-id", "r3", "--no-notify"]) == 2
    assert "--kinds" in capsys.readouterr().err
    assert {a["state"] for a in store.scan("alerts")} == {"new"}
    assert main(["alerts", "ingest", str(empty), "--run-id", "r4", "--kinds", "impostor", "--no-notify"]) == 0
    assert {a["kind"]: a["state"] for a in store.scan("alerts")} == {"impostor": "resolved", "zombie": "new"}


def test_ingest_help_states_the_kinds_default(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["alerts", "ingest", "--help"])
    assert exc.value.code == 0
    assert "默认为文件中出现的类型" in " ".join(capsys.readouterr().out.split())


def test_ingest_refuses_unknown_platforms_naming_every_line(tmp_path, capsys, store):
    bad = _write(tmp_path / "bad.jsonl", [impostor(), {**zombie(), "platform": "<img src=x onerror=alert(1)>"},
                                          "", {**zombie("b"), "platform": "微博"}])
    assert main(["alerts", "ingest", str(bad), "--run-id", "r1", "--no-notify"]) == 2
    err = capsys.readouterr().err
    assert "第 2 行" in err and "第 4 行" in err and "第 1 行" not in err
    assert "platform" in err and "未导入" in err
    assert list(store.scan("alerts")) == []
    website = _write(tmp_path / "site.jsonl", [{**zombie("site1"), "platform": "website"}])
    assert main(["alerts", "ingest", str(website), "--run-id", "r2", "--no-notify"]) == 0
