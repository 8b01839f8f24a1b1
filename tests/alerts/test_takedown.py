"""Takedown packages: DOCX (and PDF) with the complaint fields, hostile names neutralised and escaped, file names
never from crawled text, the state change recorded with who and when."""

from __future__ import annotations

import hashlib
import re
import zipfile

import pytest
from docx import Document as Docx

from alerts.evidence import verify_pack
from alerts.lifecycle import history, ingest, set_state
from alerts.takedown import TakedownError, build_documents, file_takedown, is_generated_name, render_html
from alerts.web import create_app
from govwatch.cli.main import main
from tests.alerts.fixtures import IMG_NAME, SCREENSHOT, day, impostor, seed_records, zombie
from tests.alerts.test_web import csrf_of, login, seed_users

# A name an impostor could pick: markup, a bidi override, a control character, path pieces.
HOSTILE = "<script>alert(1)</script>\u202e../../etc/passwd\x07山东发布"


@pytest.fixture
def seeded(store, cfg):
    seed_records(store, cfg.data_dir)
    store.update("accounts", "weibo:fake1", {"name": HOSTILE, "description": IMG_NAME})
    hostile = impostor("fake1", name=HOSTILE, avatar_distance=3)
    hostile["evidence"]["screenshot"] = SCREENSHOT
    ingest(store, [hostile, zombie()], "run-1", day(0), cfg)
    store.refresh()
    alert_id = next(a["_id"] for a in store.scan("alerts", {"kind": "impostor"}))
    return alert_id


def docx_text(path) -> str:
    doc = Docx(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_docx_holds_the_complaint_fields_and_the_state_change_is_recorded(seeded, store, cfg, tmp_path):
    alert = store.get("alerts", seeded)
    filed = file_takedown(store, [alert], cfg, tmp_path / "out", user="rev1", note="投诉单号 123", now=day(1),
                          pdf=False)
    names = sorted(p.name for p in filed.files)
    assert all(is_generated_name(n) for n in names), names
    assert not any("passwd" in n or "script" in n for n in names)
    (docx_path,) = [p for p in filed.files if p.suffix == ".docx"]
    (pack_path,) = [p for p in filed.files if p.suffix == ".zip"]
    assert docx_path.name.startswith("takedown-weibo-")
    text = docx_text(docx_path)
    for expected in ("山东省人民政府办公厅", "山东省政府办公厅", "山东省", "sdfb", "https://weibo.com/sdfb",  # official + filing
                     "fake1", "https://weibo.com/fake1",  # impostor id and URL
                     "名称对比", "头像相似度", "3",  # side by side, avatar distance
                     "2026-11-01T10:05:00+08:00",  # capture time
                     hashlib.sha256(pack_path.read_bytes()).hexdigest(), pack_path.name, "新浪微博"):
        assert expected in text, expected
    assert "不同之处：多出“<script>alert(1)</script> ../../etc/passwd ”" in text  # the differing characters
    # hostile name: present as text, but with the bidi override and the control character neutralised
    assert "\u202e" not in text and "\x07" not in text
    assert "<script>alert(1)</script> ../../etc/passwd 山东发布" in text
    # avatars and the screenshot are embedded
    assert len(Docx(str(docx_path)).inline_shapes) == 3
    # the evidence pack is the one build_pack makes, intact
    assert verify_pack(pack_path.read_bytes()) == []
    with zipfile.ZipFile(pack_path) as zf:
        assert "metadata.json" in zf.namelist()
    # state: new -> confirmed -> takedown_requested, by rev1, at day(1)
    doc = store.get("alerts", seeded)
    assert doc["state"] == "takedown_requested"
    assert doc["takedown_filed_by"] == "rev1" and doc["takedown_filed_at"].startswith("2026-11-02")
    steps = [(h["from"], h["to"], h["user"]) for h in history(store, seeded) if h["event"] == "state"]
    assert steps == [("new", "confirmed", "rev1"), ("confirmed", "takedown_requested", "rev1")]
    assert any(h.get("note") == "投诉单号 123" for h in history(store, seeded))


def test_html_for_the_pdf_escapes_hostile_names(seeded, store, cfg):
    (d,) = build_documents(store, [store.get("alerts", seeded)], cfg, user="rev1")
    html = render_html(d)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\u202e" not in html
    assert re.search(r"<mark>[^<]*&lt;script&gt;", html)  # the differing characters are marked


def test_only_impostor_alerts_in_open_states_can_be_filed(seeded, store, cfg, tmp_path):
    zombie_alert = next(store.scan("alerts", {"kind": "zombie"}))
    with pytest.raises(TakedownError, match="不是仿冒账号告警"):
        file_takedown(store, [zombie_alert], cfg, tmp_path / "o", user="rev1", pdf=False)
    set_state(store, seeded, "dismissed", user="rev1")
    with pytest.raises(TakedownError, match="不能申请下线"):
        file_takedown(store, [store.get("alerts", seeded)], cfg, tmp_path / "o", user="rev1", pdf=False)
    assert not (tmp_path / "o").exists()  # nothing written


def test_cli_takedown_writes_and_records(seeded, store, tmp_path, capsys):
    out = tmp_path / "td"
    assert main(["alerts", "takedown", seeded[:10], "--out", str(out), "--no-pdf", "--user", "张三"]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".zip"]
    store.refresh()
    doc = store.get("alerts", seeded)
    assert doc["state"] == "takedown_requested" and doc["takedown_filed_by"] == "张三"
    zombie_id = next(store.scan("alerts", {"kind": "zombie"}))["_id"]
    assert main(["alerts", "takedown", zombie_id, "--out", str(tmp_path / "z"), "--no-pdf"]) == 2
    assert "不是仿冒账号告警" in capsys.readouterr().err
    assert not (tmp_path / "z").exists()


@pytest.mark.browser
@pytest.mark.slow
def test_pdf_is_printed_from_the_same_content(seeded, store, cfg, tmp_path, chromium_path):
    filed = file_takedown(store, [store.get("alerts", seeded)], cfg, tmp_path / "pdf", user="rev1")
    (pdf,) = [p for p in filed.files if p.suffix == ".pdf"]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 20_000  # text + three embedded images


@pytest.fixture
def web(seeded, store, cfg):
    seed_users(store)
    app = create_app(cfg, store)
    app.config["TESTING"] = True
    return app


def test_takedown_post_needs_reviewer_and_csrf(web, seeded, store):
    viewer = web.test_client()
    login(viewer, "viewer1")
    page = viewer.get(f"/alerts/{seeded}").get_data(as_text=True)
    assert 'id="takedown-form"' not in page
    assert viewer.post(f"/alerts/{seeded}/takedown",
                       data={"csrf_token": csrf_of(viewer, f"/alerts/{seeded}")}).status_code == 403
    reviewer = web.test_client()
    login(reviewer)
    assert 'id="takedown-form"' in reviewer.get(f"/alerts/{seeded}").get_data(as_text=True)
    assert reviewer.post(f"/alerts/{seeded}/takedown").status_code == 400  # no CSRF token
    assert store.get("alerts", seeded)["state"] == "new"
    # a file the alert does not list is never served, whatever its name
    for name in ("..%2F..%2Fetc%2Fpasswd", "takedown-weibo-0000000000000000.docx", "store.sqlite"):
        assert reviewer.get(f"/alerts/{seeded}/takedown/{name}").status_code == 404


@pytest.mark.browser
@pytest.mark.slow
def test_takedown_button_files_and_serves_the_documents(web, seeded, store, chromium_path):
    client = web.test_client()
    login(client)
    token = csrf_of(client, f"/alerts/{seeded}")
    resp = client.post(f"/alerts/{seeded}/takedown", data={"csrf_token": token, "note": "已在平台投诉"})
    assert resp.status_code == 303
    doc = store.get("alerts", seeded)
    assert doc["state"] == "takedown_requested" and doc["takedown_filed_by"] == "rev1"
    page = client.get(f"/alerts/{seeded}").get_data(as_text=True)
    assert "已申请下线" in page and "已在平台投诉" in page
    names = doc["takedown_files"]
    assert sorted(n.rsplit(".", 1)[1] for n in names) == ["docx", "pdf", "zip"]
    for name in names:
        assert name in page
        got = client.get(f"/alerts/{seeded}/takedown/{name}")
        assert got.status_code == 200 and len(got.data) > 1000
        assert name in got.headers["Content-Disposition"]
