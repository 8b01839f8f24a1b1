"""The imitation server itself: it must refuse what the real platforms refuse, or the adapters' tests mean nothing."""

from __future__ import annotations

import csv
import json
import urllib.request
from pathlib import Path

import pytest

from core.records import REGISTRY_HEADERS_ZH, platform_code
from imitations.platforms import FAILURE_MODES, registry_rows, serve_platforms
from imitations.platforms.browser_pages import js_sign

REPO = Path(__file__).resolve().parents[2]


def get(url, headers=None, data=None):
    req = urllib.request.Request(url, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_serve_platforms_context_manager_and_control():
    box = []
    with serve_platforms(failures={"weibo": "http_432"}, server_out=box) as urls:
        assert urls["weibo"].startswith("http://127.0.0.1:")
        status, _, _ = get(urls["weibo"] + "/api/container/getIndex?containerid=1005051")
        assert status == 432
        body = json.dumps({"platform": "weibo", "mode": None}).encode()
        status, _, out = get(box[0].control_url, {"Content-Type": "application/json"}, body)
        assert status == 200 and json.loads(out)["failures"] == {}
        status, _, out = get(box[0].control_url, {"Content-Type": "application/json"},
                             json.dumps({"platform": "weibo", "mode": "nonsense"}).encode())
        assert status == 400
    with pytest.raises(OSError):
        get(urls["weibo"] + "/visitor/genvisitor")


def test_browser_json_needs_the_page_signature(server):
    base = server.urls["douyin"]
    path = "/douyin/aweme/v1/web/discover/search/?search_channel=aweme_user_web&keyword=%E5%B1%B1%E4%B8%9C&offset=0&count=4"
    status, _, body = get(server.root + path)
    assert status == 200 and body == b""  # plain HTTP gets nothing
    status, _, body = get(server.root + path, {"X-Imitation-Sign": js_sign(server.js_seed, path)})
    assert json.loads(body)["user_list"]
    page = get(base + "/search/%E5%B1%B1%E4%B8%9C")[2]
    assert b"user_list" not in page and b"fetch(" in page  # the page itself holds no data
    ks = server.root + "/kuaishou/graphql"
    body = json.dumps({"operationName": "visionProfile", "variables": {"userId": "3xsdfb0001"}}).encode()
    sig = js_sign(server.js_seed, "/kuaishou/graphql")
    assert get(ks, {"X-Imitation-Sign": sig, "Content-Type": "application/json"}, body)[2] == b""  # no did cookie
    out = get(ks, {"X-Imitation-Sign": sig, "Cookie": "did=web_x", "Content-Type": "application/json"}, body)[2]
    assert json.loads(out)["data"]["visionProfile"]["userProfile"]["profile"]["user_name"] == "山东发布"


def test_gbk_mode_has_no_charset_anywhere(server):
    server.set_failure("wechat", "gbk")
    status, headers, body = get(server.urls["wechat"] + "/weixin?type=1&query=%E5%B1%B1%E4%B8%9C&page=1")
    assert "charset" not in headers["Content-Type"] and b"charset" not in body.lower()
    assert "山东发布".encode("gbk") in body


def test_every_failure_mode_is_accepted(server):
    for mode in FAILURE_MODES:
        server.set_failure("weibo", mode)
    with pytest.raises(ValueError):
        server.set_failure("weibo", "no-such-mode")


def test_demo_registry_csv_matches_seed():
    path = REPO / "imitations" / "data" / "demo_registry.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == REGISTRY_HEADERS_ZH
    keys = {(platform_code(r[1]), r[2]) for r in rows[1:]}
    assert keys == {(r["platform"], r["account_id"]) for r in registry_rows()}
    statuses = {r[6] for r in rows[1:]}
    assert {"正常", "关停"} <= statuses
    units = [(r[0], r[1]) for r in rows[1:]]
    assert len(units) != len(set(units))  # the duplicate (one unit, two accounts on one platform) is there
