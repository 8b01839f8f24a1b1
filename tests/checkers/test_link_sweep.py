"""The link sweep over the imitation website: every case classified right, nothing healthy flagged."""

from __future__ import annotations

import re

import pytest

from crawler.checkers.results import is_failure
from imitations.website import EXPECTED_LINKS, NEEDS_WECHAT, NEVER_REQUESTED, NOT_VISITED, SCRIPT_BUILT


def _status(result):
    return "skip" if result.get("skipped_reason") else result["status"]


@pytest.mark.parametrize("path", sorted(EXPECTED_LINKS))
def test_each_link_case_is_classified_right(full_sweep, path):
    if path in SCRIPT_BUILT and not full_sweep.browser:
        pytest.skip("没有 Chromium：脚本生成的链接只能靠渲染发现")
    if ("INT/" in path or path == "/redirect/internal") and full_sweep.site.int_base is None:
        pytest.skip("本机不能绑定 127.0.0.2：没有“内部系统”可链接")
    links = full_sweep.by_key("link")
    assert path in links, f"{path} was not checked; checked: {sorted(map(str, links))}"
    assert _status(links[path]) == EXPECTED_LINKS[path], links[path]


def test_no_healthy_link_is_flagged(full_sweep):
    expected_failures = {p for p, s in EXPECTED_LINKS.items() if s not in ("ok", "skip")}
    flagged = {full_sweep.key(r) for r in full_sweep.results if r["via"] == "link" and is_failure(r)}
    assert flagged <= expected_failures, f"healthy links flagged: {flagged - expected_failures}"


def test_exit_code_is_1_when_failures_are_found(full_sweep):
    assert full_sweep.proc.returncode == 1, full_sweep.proc.stderr[-2000:]


def test_redirect_chain_is_recorded(full_sweep):
    r = full_sweep.by_key("link")["/redirect/ok"]
    assert r["final_url"].endswith("/news/2.html")
    assert [hop["status"] for hop in r["redirect_chain"]] == [301]
    loop = full_sweep.by_key("link")["/loop/a"]
    assert len(loop["redirect_chain"]) == 2


def test_head_hostile_handlers_fall_back_to_get(full_sweep):
    site = full_sweep.site
    for path in ("/files/report.pdf", "/files/notice.doc"):
        methods = [m for m, _ in site.requested(path)]
        assert methods[0] == "HEAD" and "GET" in methods, (path, methods)
        assert full_sweep.by_key("link")[path]["method"] == "GET"


def test_429_is_retried_after_retry_after(full_sweep):
    r = full_sweep.by_key("link")["/ratelimited"]
    assert r["status"] == "ok" and r["retries"] >= 1 and r["first_status"] == "ok"


def test_timeouts_and_5xx_are_retried_but_404_is_not(full_sweep):
    site = full_sweep.site
    links = full_sweep.by_key("link")
    assert links["/error500"]["retries"] == 1
    # 404: one request in the sweep and one in the re-check, never retried
    assert len(site.requested("/missing.html")) == 2


def test_external_links_are_checked_not_recursed(full_sweep):
    for path in NOT_VISITED:
        assert full_sweep.site.requested(path) == []


def test_gbk_page_without_charset_decodes(full_sweep):
    links = full_sweep.by_key("link")
    target = links["/信息公开/目录.html"]
    assert target["status"] == "ok" and target["found_on"].endswith(("/gbk-meta.html", "/gbk-nometa.html"))
    assert links["/gbk-nometa.html"]["encoding"] == "gb18030"
    assert links["/gbk-nometa.html"]["title"] == "国标编码页面（无声明）"


def test_h5_page_needs_wechat_and_was_asked_as_wechat(full_sweep):
    links = full_sweep.by_key("link")
    for path in NEEDS_WECHAT:
        assert links[path]["needs_wechat"] is True and not is_failure(links[path])
        assert any("MicroMessenger" in ua for _, ua in full_sweep.site.requested(path))


def test_flapping_link_produces_no_finding(full_sweep, website):
    r = full_sweep.by_key("link")["/flaky"]
    assert r["first_status"] == "broken" and r["status"] == "ok" and r["rechecked"] and not r["confirmed"]


def test_script_built_links_are_found_in_the_rendered_page_and_checked_alike(full_sweep):
    if not full_sweep.browser:
        pytest.skip("没有 Chromium：不渲染页面")
    links = full_sweep.by_key("link")
    for path, page in SCRIPT_BUILT.items():
        assert links[path]["found_by_render"] is True, path
        assert links[path]["found_on"].endswith(page), (path, links[path]["found_on"])
    # written by an inline script after load into a page with plenty of static links: the second miss
    gone = links["/written/gone.html"]
    assert gone["status"] == "broken" and gone["http_status"] == 404 and gone["rechecked"] and gone["confirmed"]
    # static links of rendered pages are not reported twice or marked as script-built
    assert links["/news/1.html"]["found_by_render"] is False
    assert sum(1 for r in full_sweep.results if full_sweep.key(r) == "/written/gone.html") == 1


def test_redirects_to_other_schemes_are_broken_never_fetched_never_dropped(full_sweep):
    links = full_sweep.by_key("link")
    for path, scheme in (("/redirect/file", "file"), ("/redirect/javascript", "javascript"),
                         ("/redirect/data", "data")):
        r = links[path]
        assert r["status"] == "broken" and r["confirmed"], r
        assert f"{scheme}:" in r["error"] and "未访问" in r["error"]
        assert r["final_url"].startswith(f"{scheme}:") and [h["status"] for h in r["redirect_chain"]] == [302]
        assert "title" not in r  # nothing was read from the target


def test_links_with_schemes_no_browser_opens_are_broken_not_dropped(full_sweep):
    links = full_sweep.by_key("link")
    for url in ("file:///etc/hosts", "ftp://ftp.example.gov.cn/pub/"):
        r = links[url]
        assert r["status"] == "broken" and r["confirmed"] and r["found_on"] == full_sweep.site.base_url + "/"
        assert "http/https" in r["error"] and r["link_text"]
    # one result per URL however many pages carry it (one finding, not one per page)
    assert sum(1 for r in full_sweep.results if r["url"] == "file:///etc/hosts") == 1
    assert any(p.endswith("/inline-script.html") for p in links["file:///etc/hosts"]["also_found_on"])


def test_internal_addresses_from_pages_and_redirects_are_blocked_and_never_requested(full_sweep):
    if full_sweep.site.int_base is None:
        pytest.skip("本机不能绑定 127.0.0.2：没有“内部系统”可链接")
    links = full_sweep.by_key("link")
    for key in ("INT/internal/secret.html", "/redirect/internal"):
        r = links[key]
        assert r["status"] == "blocked" and "security.allowed_private_hosts" in r["error"], r
    assert links["/redirect/internal"]["final_url"] == full_sweep.site.int_base + "/internal/secret.html"
    for path in NEVER_REQUESTED:
        assert full_sweep.site.requested(path) == [], path


def test_fragments_are_checked_against_anchors(full_sweep):
    links = full_sweep.by_key("link")
    assert links["/news/1.html#sec2"]["status"] == "ok"
    missing = links["/news/1.html#no-such-anchor"]
    assert missing["status"] == "broken" and "no-such-anchor" in missing["error"] and missing["confirmed"]


def test_results_have_the_contract_fields(full_sweep):
    fields = {"url", "found_on", "via", "menu_path", "status", "http_status", "final_url", "elapsed_ms", "error",
              "checked_at", "run_id", "host", "redirect_chain", "screenshot", "needs_wechat", "skipped_reason"}
    run_ids = {r["run_id"] for r in full_sweep.results}
    assert len(run_ids) == 1
    for r in full_sweep.results:
        assert fields <= set(r), fields - set(r)


def test_store_holds_sweeps_and_confirmed_findings(full_sweep):
    from search_index.sqlite_backend import SQLiteStore

    with SQLiteStore(full_sweep.data_dir / "govwatch.db") as store:
        assert store.count("sweeps") == len(full_sweep.results)
        findings = list(store.scan("findings"))
        run = store.get("runs", full_sweep.results[0]["run_id"])
    confirmed = [r for r in full_sweep.results if is_failure(r) and r["confirmed"]]
    assert len(findings) == len(confirmed) > 0
    assert run["kind"] == "sweep" and run["status"] == "failures" and run["findings"] == len(findings)
    kinds = {f["kind"] for f in findings}
    assert "broken_link" in kinds
    assert not any(f["evidence"]["url"].endswith("/flaky") for f in findings)
    for f in findings:
        assert f["platform"] == "website" and f["account_id"] in ("127.0.0.1", "localhost")
        assert {"url", "found_on", "menu_path", "status", "http_status", "screenshot"} <= set(f["evidence"])


def test_html_report_escapes_crawled_text(full_sweep):
    from imitations.website import HOSTILE_TEXT

    html = full_sweep.report.read_text(encoding="utf-8")
    assert "/hostile.html" in html
    assert "javascript:alert(document.cookie)" in html  # shown as text, escaped where needed, never a link
    assert HOSTILE_TEXT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_screenshots_are_named_by_hash(full_sweep):
    shots = [r["screenshot"] for r in full_sweep.results if r.get("screenshot")]
    if full_sweep.browser:
        assert shots
    for shot in shots:
        assert re.fullmatch(r"screenshots/[0-9a-f]{32}\.png", shot)
        assert (full_sweep.data_dir / shot).is_file()
