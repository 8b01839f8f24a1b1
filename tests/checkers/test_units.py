"""Pure logic of the checkers: soft-404 rules, decoding, error classes, Retry-After, findings, report escaping."""

from __future__ import annotations

import asyncio
import socket
import ssl
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import aiohttp
import pytest
from aiohttp.client_reqrep import ConnectionKey

from core.netguard import AddressPolicy
from crawler.checkers import pages, soft404
from crawler.checkers.errors import RobotsDenied, classify_exception
from crawler.checkers.findings import findings_for
from crawler.checkers.http import Guard, GuardedResolver
from crawler.checkers.politeness import retry_after_seconds
from crawler.checkers.results import make_result, screenshot_name


def judge(html: str, **kw):
    facts = pages.analyse(html, "http://gov.test/a/b.html")
    return soft404.judge(title=facts.title, headings=facts.headings, text=facts.text, plain_text=facts.plain_text,
                         has_media=facts.has_media, has_scripts=facts.has_scripts, **kw)


@pytest.mark.parametrize("html", [
    "<title>提示</title><body><p>对不起，您访问的页面不存在！</p></body>",
    "<title>404 Not Found</title><body>nginx</body>",
    "<body><h1>该信息已被删除</h1>" + "<p>其他栏目</p>" * 3 + "</body>",
    "<body> </body>",
])
def test_soft_404_pages(html):
    assert judge(html).is_soft_404


@pytest.mark.parametrize("html", [
    "<title>通知</title><body><p>" + "关于做好政务公开工作的通知。" * 60 + "文件中提到第404号令已被删除的条款。</p></body>",
    "<title>公告</title><body><p>联系电话 0531-4040404，地址某区。</p>" + "<p>正文内容。</p>" * 10 + "</body>",
    "<body><nav><a href='/x'>已删除的通知</a></nav><p>" + "正常的页面内容。" * 20 + "</p></body>",
    "<body><img src='/banner.jpg'></body>",
    "<title>文件404</title><body><h1>文件404</h1><p>" + "关于第404号文件的说明。" * 10 + "</p></body>",
])
def test_healthy_pages_are_not_soft_404(html):
    assert not judge(html).is_soft_404


def test_soft_404_by_similarity_to_catch_all_answer():
    catch_all = "欢迎访问政务门户 请选择栏目浏览信息。 主办单位：某市人民政府办公室"
    html = "<body><h1>欢迎访问政务门户</h1><p>请选择栏目浏览信息。</p><p>主办单位：某市人民政府办公室</p></body>"
    assert judge(html, baseline_text=catch_all).is_soft_404
    other = "<body><h1>门户首页</h1>" + "<p>新闻：某市召开会议部署工作。</p>" * 10 + "</body>"
    assert not judge(other, baseline_text=catch_all).is_soft_404


def test_soft_404_by_redirect_to_the_catch_all_landing_page():
    v = judge("<body>" + "<p>首页内容</p>" * 30 + "</body>", url="http://gov.test/old.html",
              final_url="http://gov.test/index.html", baseline_url="http://gov.test/zzz.html",
              baseline_final_url="http://gov.test/index.html")
    assert v.is_soft_404


def test_gbk_without_any_declaration_is_detected():
    html = "<html><body><h1>国标编码页面</h1><p>" + "关于进一步做好政务公开工作的通知。" * 10 + "</p></body></html>"
    text, encoding = pages.decode_html(html.encode("gbk"), "text/html")
    assert encoding == "gb18030" and "政务公开" in text


@pytest.mark.parametrize("ctype, body, expected", [
    ("text/html; charset=gbk", "<p>中文</p>", "gb18030"),
    ("text/html", '<meta charset="gb2312"><p>中文</p>', "gb18030"),
    ("text/html", "<p>中文</p>", "utf-8"),
])
def test_decoding_follows_header_then_meta_then_detection(ctype, body, expected):
    raw = body.encode("gbk" if expected == "gb18030" else "utf-8")
    text, encoding = pages.decode_html(raw, ctype)
    assert encoding == expected and "中文" in text


def test_link_extraction_skips_other_schemes_and_keeps_text():
    facts = pages.analyse('<a href="mailto:a@b.cn">信箱</a><a href="tel:12345">电话</a>'
                          '<a href="javascript:void(0)">x</a><a href="/p.html#s">页面</a><img src="i.png">'
                          '<div id="s"></div><a name="n"></a>', "http://gov.test/dir/")
    assert [l.url for l in facts.links] == ["http://gov.test/p.html#s", "http://gov.test/dir/i.png"]
    assert facts.links[0].text == "页面"
    assert {l.url.split(":")[0] for l in facts.skipped} == {"mailto", "tel", "javascript"}
    assert facts.anchors == {"s", "n"}


def test_script_built_guess():
    spa = pages.analyse('<div id="app"></div><script src="/app.js"></script>', "http://gov.test/")
    static = pages.analyse("<p>" + "正文" * 200 + "</p>" + "".join(f"<a href='/a{i}'>a</a>" for i in range(5)) + "<script></script>",
                           "http://gov.test/")
    assert pages.looks_script_built(spa) and not pages.looks_script_built(static)


_KEY = ConnectionKey("gov.test", 443, True, True, None, None, None)


@pytest.mark.parametrize("exc, status", [
    (TimeoutError(), "timeout"),
    (aiohttp.ConnectionTimeoutError("connect"), "timeout"),
    (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "dns_error"),
    (aiohttp.ClientConnectorDNSError(_KEY, OSError("dns")), "dns_error"),
    (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"), "tls_error"),
    (aiohttp.ClientConnectorCertificateError(_KEY, ssl.SSLCertVerificationError("self-signed")), "tls_error"),
    (RobotsDenied("http://gov.test/private/"), "blocked"),
    (aiohttp.ClientConnectorError(_KEY, ConnectionRefusedError(111, "refused")), "broken"),
    (ConnectionRefusedError("refused"), "broken"),
])
def test_exceptions_are_classified(exc, status):
    assert classify_exception(exc)[0] == status


def test_links_are_classified_and_none_is_dropped():
    facts = pages.analyse('<a href="file:///etc/passwd">本地</a><a href="ftp://ftp.gov.test/">FTP</a>'
                          '<a href="C:\\公文\\通知.doc">盘符</a><a href="http://[::1">坏网址</a>'
                          '<a href="alipays://platformapi/startapp">支付宝</a><img src="data:image/png;base64,AA">'
                          '<iframe src="about:blank"></iframe><a href="/ok.html">正常</a>', "http://gov.test/")
    assert [l.url for l in facts.links] == ["http://gov.test/ok.html"]
    assert [l.text for l in facts.refused] == ["本地", "FTP", "盘符", "坏网址"]
    assert all("未访问" in l.reason or "无效" in l.reason for l in facts.refused)
    assert {pages.scheme_of(l.url) for l in facts.skipped} == {"alipays", "data", "about"}


def test_xhtml_with_an_xml_declaration_parses():
    html = '<?xml version="1.0" encoding="utf-8"?><html><head><title>通知</title></head><body><a href="/a">甲</a></body></html>'
    facts = pages.analyse(html, "http://gov.test/")
    assert facts.title == "通知" and [l.url for l in facts.links] == ["http://gov.test/a"]


def _guard(answers: dict[str, list[str]], allowed=()) -> tuple[Guard, list[str]]:
    calls: list[str] = []
    guard = Guard(AddressPolicy.from_list(allowed))

    async def resolve(host):
        calls.append(host)
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, a) for a in answers[host]]

    guard._resolve = resolve
    return guard, calls


def test_guard_refuses_internal_addresses_after_resolution_and_connects_to_what_it_checked():
    guard, calls = _guard({"www.gov.test": ["202.108.22.5"], "evil.test": ["10.1.2.3"], "mixed.test":
                           ["202.108.22.6", "127.0.0.1"], "ok.local": ["10.9.9.9"]}, allowed=["ok.local", "192.168.0.0/16"])

    async def scenario():
        assert await guard.refusal("http://www.gov.test/a.html") is None
        assert "10.1.2.3" in await guard.refusal("http://evil.test/")
        assert "127.0.0.1" in await guard.refusal("https://mixed.test/")  # one internal address is enough
        assert "169.254.169.254" in await guard.refusal("http://169.254.169.254/latest/meta-data/")
        assert await guard.refusal("http://192.168.3.4/") is None and await guard.refusal("http://ok.local/") is None
        assert "file" in await guard.refusal("file:///etc/passwd")
        with pytest.raises(OSError):
            await guard.refusal("http://no-such-host.test/")
        guard.trusted.add("http://10.0.0.5/")
        assert await guard.refusal("http://10.0.0.5/") is None  # a configured start URL
        assert "10.0.0.5" in await guard.refusal("http://10.0.0.5/other.html")  # what it links to is not
        resolved = await GuardedResolver(guard).resolve("www.gov.test", 80, socket.AF_UNSPEC)
        return [r["host"] for r in resolved]

    assert asyncio.run(scenario()) == ["202.108.22.5"]
    assert calls.count("www.gov.test") == 1  # the connection uses the addresses the check saw


def test_retry_after_header_forms():
    now = datetime(2026, 11, 22, tzinfo=UTC)
    assert retry_after_seconds(b"7") == 7
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30
    assert retry_after_seconds("not a date") is None and retry_after_seconds(None) is None


def test_only_confirmed_failures_become_findings():
    base = {"run_id": "r1", "found_on": "http://gov.test/", "via": "link", "account_id": "gov.test"}
    flapping = dict(make_result(url="http://gov.test/a", status="ok", **base), first_status="broken",
                    confirmed=False)
    confirmed = dict(make_result(url="http://gov.test/b", status="broken", http_status=404, **base), confirmed=True)
    menu = dict(make_result(url="http://gov.test/c", status="js_error", menu_path=["服务", "查询"],
                            **{**base, "via": "menu"}), confirmed=True)
    skipped = dict(make_result(url="mailto:a@b.cn", status="ok", skipped_reason="mailto", **base), confirmed=False)
    found = findings_for([flapping, confirmed, menu, skipped], "r1")
    assert [(f["kind"], f["evidence"]["url"]) for f in found] == [("broken_link", "http://gov.test/b"),
                                                                 ("dead_menu", "http://gov.test/c")]
    assert found[1]["evidence"]["menu_path"] == ["服务", "查询"] and found[0]["account_id"] == "gov.test"


def test_unknown_status_is_rejected_and_screenshots_are_hashed():
    with pytest.raises(ValueError):
        make_result(run_id="r", url="http://x/", found_on=None, via="link", status="weird")
    name = screenshot_name("r", "http://x/", "../../etc/passwd")
    assert name.startswith("screenshots/") and ".." not in name and "passwd" not in name


def test_html_report_escapes_hostile_text(tmp_path: Path):
    from crawler.checkers.report import render_html
    from crawler.checkers.runner import SweepRun

    hostile = "<script>alert(1)</script>"
    r = dict(make_result(run_id="r", url="http://gov.test/x?<b>", found_on="http://gov.test/", via="menu",
                         status="no_action", menu_path=[hostile, "子菜单"], error=hostile,
                         screenshot="../../etc/passwd"), confirmed=True, link_text=hostile)
    run = SweepRun(run_id="r", results=[r], findings=findings_for([r]), notes=[hostile])
    html = render_html(run, tmp_path)
    assert hostile not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "passwd" not in html  # a screenshot path outside the data dir is never read
