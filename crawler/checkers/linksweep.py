"""Link sweep: check every link a visitor of a site can reach.

Pages on the site's own host(s) are fetched with GET and parsed (up to ``sweep.max_depth`` and
``sweep.max_pages``); links to other hosts and to files are checked with HEAD first (GET when HEAD is refused or
answers with an error) and never recursed into. Redirects are followed one hop at a time so the chain is recorded,
loops are seen, and every hop is checked before it is requested: only http(s) is ever fetched (a redirect to
``file:``, ``javascript:``, ``data:`` … is a broken link with the reason), and a URL that came out of a response
must pass the address guard (``core.netguard``; refused → ``blocked`` with the reason). An H5 page that sends a
WeChat browser to WeChat's OAuth page is "needs WeChat".

Links that exist only in the rendered page (written by scripts, with no user action) are found by rendering pages
that carry scripts in the sweep's browser (``sweep.render_js``, at most ``sweep.render_max_pages`` per site) and
comparing the rendered links with the static ones; the new ones are checked like any other link.

Every URL is checked once; a failure is checked again after ``sweep.recheck_delay`` seconds and only a failure
that persists is ``confirmed`` (and becomes a finding). ``LinkSweep.run()`` returns the sweep results.

Where the time goes (profiled with py-spy on ``bench/sweep.py``; see its docstring): the HTTP exchange and the
HTML parse. Hence one aiohttp session (C HTTP parser, keep-alive), lxml with precompiled XPath, no parse at all
for answers that are not HTML or only checked, and work queued per host so in-flight tasks stay bounded.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

from crawler.checkers import pages, soft404
from crawler.checkers.agents import DESKTOP_UA, OPEN_IN_WECHAT, WECHAT_UA
from crawler.checkers.errors import classify_exception
from crawler.checkers.http import Client, FetchError, Guard
from crawler.checkers.politeness import HostGate
from crawler.checkers.results import is_failure, make_result

log = logging.getLogger(__name__)

MAX_REDIRECTS = 10
JUDGE_BYTES = 512 * 1024  # enough of a page that is only judged (soft 404), not followed
FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".wps", ".ofd",
                   ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".svg", ".webp", ".mp4", ".mp3", ".avi", ".flv",
                   ".txt", ".csv", ".css", ".js", ".ico", ".apk")


@dataclass(slots=True)
class Check:
    """One URL (without fragment) being checked, and where it was seen."""

    url: str
    found_on: str | None
    link_text: str
    account_id: str
    kind: str
    depth: int
    mode: str  # page (GET + parse) | get (GET, no recursion) | head (HEAD, GET fallback)
    trusted: bool = False  # a configured start URL (not taken from crawled content)
    also_found_on: list[str] = field(default_factory=list)
    fragments: dict[str, str] = field(default_factory=dict)  # fragment -> found_on
    result: dict | None = None
    anchors: set[str] | None = None
    recheck: dict | None = None
    recheck_anchors: set[str] | None = None
    found_by_render: bool = False
    done: bool = False


@dataclass(slots=True)
class _Lane:
    queue: deque = field(default_factory=deque)
    workers: int = 0


@dataclass(slots=True)
class _Render:
    url: str
    check: Check
    static: set[str]  # every link of the static page, as the page wrote or resolved it
    wechat: bool


@dataclass
class Progress:
    pages: int = 0  # pages fetched and parsed
    links: int = 0  # links checked (or recorded: skipped, refused)
    failures: int = 0  # failures so far (before the re-check)
    rendered: int = 0


class LinkSweep:
    """One link sweep over the start URLs; ``await run()`` returns the results."""

    def __init__(self, *, starts: list[tuple[str, str]], run_id: str, options: dict, guard: Guard, client_options:
                 dict, browser=None, progress=None):
        self.starts = starts  # (url, account_id)
        self.run_id = run_id
        self.opt = options
        self.guard = guard
        self.client_options = client_options
        self.browser = browser
        self.on_progress = progress
        self.progress = Progress()
        self._last_progress = 0.0
        self.checks: dict[str, Check] = {}
        self.extra: list[dict] = []  # skipped links, per page (never fetched)
        self.refused: dict[str, dict] = {}  # links no visitor can open (file:, ftp:, garbage), per URL
        self._extra_seen: set[tuple[str, str]] = set()
        self.site_hosts: dict[str, str] = {}  # host -> account_id of the start URL
        self.pages_per_host: dict[str, int] = {}
        self.head_hostile: set[str] = set()
        self.lanes: dict[str, _Lane] = {}
        self.tasks: set[asyncio.Task] = set()
        self.pending = 0
        self.idle = asyncio.Event()
        self._baselines: dict[str, asyncio.Future] = {}
        self.oauth_re = re.compile(options["wechat_oauth_pattern"])
        self.h5_res = [re.compile(p) for p in options.get("h5_patterns", [])]
        self.renders: tuple[deque, deque] = (deque(), deque())  # (looks script-built, other pages with scripts)
        self.render_workers = 0
        self.render_budget: dict[str, int] = {}  # host -> renders queued or done
        self.render_skipped = 0
        self.render_failed: list[str] = []
        self.render_found = 0
        self.client: Client | None = None
        self.stats: dict = {}

    # ---- running ---------------------------------------------------------------------------------------
    async def run(self) -> list[dict]:
        gate = HostGate(**self.client_options["gate"])
        async with Client(gate=gate, guard=self.guard, **self.client_options["client"]) as client:
            self.client = client
            for url, account_id in self.starts:
                absolute = pages.absolute_url(url, url)
                if absolute is None:
                    self.extra.append(make_result(run_id=self.run_id, url=url, found_on=None, via="link",
                                                  status="broken", error="不是有效的 http(s) 网址",
                                                  account_id=account_id, confirmed=True))
                    continue
                self.site_hosts.setdefault(pages.host_of(pages.split_fragment(absolute)[0]), account_id)
            for url, account_id in self.starts:
                absolute = pages.absolute_url(url, url)
                if absolute is not None:
                    self.guard.trusted.add(pages.split_fragment(absolute)[0])
                    self.discover(absolute, found_on=None, text="", kind="a", depth=0, account_id=account_id,
                                  trusted=True)
            await self._drain()
            failing = [c for c in self.checks.values() if self._needs_recheck(c)]
            if failing:
                await asyncio.sleep(float(self.opt.get("recheck_delay", 0)))
                for check in failing:
                    self._enqueue(check, "recheck")
                await self._drain()
            self.stats = {"requests": client.requests, "pages": self.progress.pages,
                          "rendered": self.progress.rendered, "render_found": self.render_found,
                          "render_skipped": self.render_skipped}
        self._report(force=True)
        return self.results()

    async def _drain(self) -> None:
        while self.pending:
            self.idle.clear()
            await self.idle.wait()

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def _enqueue(self, check: Check, purpose: str) -> None:
        host = pages.host_of(check.url)
        lane = self.lanes.get(host)
        if lane is None:
            lane = self.lanes[host] = _Lane()
        lane.queue.append((check, purpose))
        self.pending += 1
        if lane.workers < self.client_options["gate"]["per_host"]:
            lane.workers += 1
            self._spawn(self._work(lane))

    async def _work(self, lane: _Lane) -> None:
        try:
            while lane.queue:
                check, purpose = lane.queue.popleft()
                try:
                    await self._check(check, purpose)
                except Exception as exc:  # a bug costs this one link (reported as such), never the sweep
                    log.exception("巡检 %s 时出错", check.url)
                    self._finish(check, purpose, status="broken", http_status=None, final_url=check.url, chain=[],
                                 elapsed=0.0, method="GET", retries=0, error=f"检查出错：{type(exc).__name__}: {exc}")
                finally:
                    self._settle()
        finally:
            lane.workers -= 1

    def _settle(self) -> None:
        self.pending -= 1
        self._report()
        if self.pending == 0:
            self.idle.set()

    def _report(self, force: bool = False) -> None:
        if self.on_progress is None:
            return
        now = time.monotonic()
        if force or now - self._last_progress >= 0.2:
            self._last_progress = now
            self.on_progress(self.progress)

    # ---- discovery -------------------------------------------------------------------------------------
    def is_site_host(self, url: str) -> bool:
        return pages.host_of(url) in self.site_hosts

    def is_h5(self, url: str) -> bool:
        return any(r.search(url) for r in self.h5_res)

    def discover(self, url: str, *, found_on: str | None, text: str, kind: str, depth: int, account_id: str,
                 by_render: bool = False, trusted: bool = False) -> None:
        """Register a link and queue its check (once per URL without fragment)."""
        base, fragment = pages.split_fragment(url)
        check = self.checks.get(base)
        if check is not None:
            if found_on and found_on != check.found_on and len(check.also_found_on) < 20 \
                    and found_on not in check.also_found_on:
                check.also_found_on.append(found_on)
            if fragment and not pages.is_route_fragment(fragment) and fragment not in check.fragments:
                check.fragments[fragment] = found_on or ""
                if check.done and check.anchors is None and check.result and check.result["status"] == "ok":
                    self._enqueue(check, "anchors")
            return
        host = pages.host_of(base)
        internal = host in self.site_hosts
        is_file = urlsplit(base).path.lower().endswith(FILE_EXTENSIONS)
        if internal and kind in ("a", "frame") and not is_file and depth <= self.opt["max_depth"] \
                and self.pages_per_host.get(host, 0) < self.opt["max_pages"]:
            mode = "page"
            self.pages_per_host[host] = self.pages_per_host.get(host, 0) + 1
        elif internal and kind in ("a", "frame") and not is_file:
            mode = "get"
        else:
            mode = "head" if self.opt.get("use_head", True) else "get"
        check = Check(url=base, found_on=found_on, link_text=text, account_id=account_id, kind=kind, depth=depth,
                      mode=mode, trusted=trusted, found_by_render=by_render)
        if fragment and not pages.is_route_fragment(fragment):
            check.fragments[fragment] = found_on or ""
            if check.mode == "head":
                check.mode = "get"
        self.checks[base] = check
        self._enqueue(check, "check")

    def _follow(self, check: Check, facts: pages.PageFacts, page_url: str, by_render: bool = False) -> None:
        for link in facts.skipped:
            if self._first_time(link.url, page_url):
                scheme = pages.scheme_of(link.url)
                self.extra.append(make_result(run_id=self.run_id, url=link.url, found_on=page_url, via="link",
                                              status="ok", skipped_reason=scheme, account_id=check.account_id,
                                              link_text=link.text, found_by_render=by_render))
                self.progress.links += 1
        for link in facts.refused:  # one result per URL, like fetched links, however many pages carry it
            known = self.refused.get(link.url)
            if known is not None:
                if page_url != known["found_on"] and page_url not in known["also_found_on"] \
                        and len(known["also_found_on"]) < 20:
                    known["also_found_on"].append(page_url)
                continue
            # Never fetched; nothing transient about it, so there is nothing for a re-check to confirm.
            self.refused[link.url] = make_result(
                run_id=self.run_id, url=link.url, found_on=page_url, via="link", status="broken",
                error=link.reason, account_id=check.account_id, link_text=link.text, also_found_on=[],
                found_by_render=by_render, first_status="broken", rechecked=False, confirmed=True)
            self.progress.links += 1
            self.progress.failures += 1
        for link in facts.links:
            self.discover(link.url, found_on=page_url, text=link.text, kind=link.kind, depth=check.depth + 1,
                          account_id=check.account_id, by_render=by_render)

    def _first_time(self, url: str, page_url: str) -> bool:
        key = (url, page_url)
        if key in self._extra_seen:
            return False
        self._extra_seen.add(key)
        return True

    # ---- one check -------------------------------------------------------------------------------------
    def _first_method(self, check: Check, purpose: str) -> str:
        if purpose == "anchors":
            return "GET"
        return "HEAD" if check.mode == "head" and pages.host_of(check.url) not in self.head_hostile else "GET"

    def _read_limit(self, check: Check, purpose: str, follow: bool) -> int:
        if follow or purpose == "anchors" or check.fragments:
            return self.client_options["max_bytes"]
        return min(JUDGE_BYTES, self.client_options["max_bytes"])

    async def _check(self, check: Check, purpose: str) -> None:
        url, method, chain = check.url, self._first_method(check, purpose), []
        wechat = self.is_h5(url)
        elapsed, retries = 0.0, 0
        if not check.trusted:
            refusal = await self._refusal(url)
            if refusal is not None:
                status, why = refusal
                return self._finish(check, purpose, status=status, http_status=None, final_url=url, chain=[],
                                    elapsed=0.0, method=None, retries=0, error=why)
        while True:
            follow = purpose == "check" and check.mode == "page"
            try:
                answer = await self.client.fetch(url, method=method, user_agent=WECHAT_UA if wechat else DESKTOP_UA,
                                                 read=self._read_limit(check, purpose, follow) if method == "GET"
                                                 else 0)
            except FetchError as err:
                status, why = classify_exception(err.cause)
                if method == "HEAD" and status == "broken":  # some servers drop HEAD: try GET before judging
                    method = "GET"
                    continue
                return self._finish(check, purpose, status=status, http_status=None, final_url=url, chain=chain,
                                    elapsed=elapsed + err.elapsed, method=method, retries=retries + err.retries,
                                    error=why, skipped_reason="robots" if why.startswith("robots") else None)
            elapsed += answer.elapsed
            retries += answer.retries
            done = {"check": check, "purpose": purpose, "http_status": answer.status, "method": method, "retries": retries}

            if 300 <= answer.status < 400 and answer.location:
                target = urljoin(answer.url, answer.location.strip())
                new_chain = chain + [{"url": answer.url, "status": answer.status}]
                ms = elapsed
                if self.oauth_re.search(target):
                    return self._finish(**done, status="ok", final_url=target, chain=new_chain, elapsed=ms,
                                        needs_wechat=True, error="跳转到微信授权页（需在微信中打开）")
                if pages.scheme_of(target) not in pages.FETCHED_SCHEMES:
                    scheme = pages.scheme_of(target) or "（无）"
                    return self._finish(**done, status="broken", final_url=target[:500], chain=new_chain,
                                        elapsed=ms, error=f"跳转到不允许的网址协议 {scheme}:（只访问 http/https，未访问）")
                absolute = pages.absolute_url(target, target)
                if absolute is None:
                    return self._finish(**done, status="broken", final_url=target[:500], chain=new_chain,
                                        elapsed=ms, error="跳转目标网址无效")
                target_base = pages.split_fragment(absolute)[0]
                if check.depth == 0 and purpose == "check":  # a start URL moving to https:// or www. stays "the site"
                    self.site_hosts.setdefault(pages.host_of(target_base), check.account_id)
                if target_base in {hop["url"] for hop in new_chain} or len(new_chain) > MAX_REDIRECTS:
                    return self._finish(**done, status="redirect_loop", final_url=absolute, chain=new_chain,
                                        elapsed=ms, error=f"循环跳转（{len(new_chain)} 次）")
                refusal = await self._refusal(target_base)
                if refusal is not None:
                    return self._finish(**done, status=refusal[0], final_url=target_base, chain=new_chain,
                                        elapsed=ms, error=f"跳转目标：{refusal[1]}")
                url, chain = target_base, new_chain
                continue

            if method == "HEAD" and answer.status >= 400:
                if answer.status == 501:  # the server has no HEAD at all (405 is about this resource only)
                    self.head_hostile.add(pages.host_of(url))
                method = "GET"
                continue

            if answer.status >= 400:
                status = "blocked" if answer.status in (401, 403, 429, 451) else "broken"
                return self._finish(**done, status=status, final_url=url, chain=chain, elapsed=elapsed,
                                    error=f"HTTP {answer.status}")

            is_html = "html" in answer.content_type or (not answer.content_type and answer.body[:1] == b"<")
            if method == "HEAD" or not is_html:
                return self._finish(**done, status="ok", final_url=url, chain=chain, elapsed=elapsed)

            text, encoding = pages.decode_html(answer.body, answer.content_type)
            follow = follow and self.is_site_host(url)
            facts = pages.analyse(text, url, links=follow)
            if not wechat and OPEN_IN_WECHAT.search(facts.text[:2000]):
                wechat, url, method, chain = True, check.url, "GET", []
                continue
            verdict = await self._soft404(url, check.url, chain, facts)
            status = "soft_404" if verdict.is_soft_404 else "ok"
            self._finish(**done, status=status, final_url=url, chain=chain, elapsed=elapsed,
                         error=verdict.reason or None, anchors=facts.anchors, encoding=encoding,
                         title=facts.title[:200])
            if follow:
                self.progress.pages += 1
                if status == "ok":
                    self._follow(check, facts, url)
                    self._maybe_render(check, facts, url, wechat)
            return

    async def _refusal(self, url: str) -> tuple[str, str] | None:
        """(status, why) when ``url`` must not be fetched (address guard, DNS), else None."""
        try:
            why = await self.guard.refusal(url)
        except OSError as exc:
            return classify_exception(exc)
        return None if why is None else ("blocked", why)

    # ---- soft 404 --------------------------------------------------------------------------------------
    async def _soft404(self, final_url: str, url: str, chain: list, facts: pages.PageFacts) -> soft404.Verdict:
        baseline = await self._baseline(url) if self.is_site_host(url) else {}
        return soft404.judge(title=facts.title, headings=facts.headings, text=facts.text,
                             plain_text=facts.plain_text, has_media=facts.has_media,
                             has_scripts=facts.has_scripts, url=url, final_url=final_url,
                             baseline_text=baseline.get("text"), baseline_url=baseline.get("url"),
                             baseline_final_url=baseline.get("final_url"),
                             threshold=self.opt.get("soft404_similarity", 0.95))

    @staticmethod
    def section_of(url: str) -> str:
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        prefix = "/" + segments[0] + "/" if len(segments) >= 2 else "/"
        return urlunsplit((parts.scheme, parts.netloc, prefix, "", ""))

    async def _baseline(self, url: str) -> dict:
        """The site's answer for a URL that cannot exist, in the same section (cached per section)."""
        section = self.section_of(url)
        future = self._baselines.get(section)
        if future is None:
            future = self._baselines[section] = asyncio.ensure_future(self._fetch_baseline(section))
        return await asyncio.shield(future)

    async def _fetch_baseline(self, section: str) -> dict:
        probe = f"{section}govwatch-no-such-page-{secrets.token_hex(6)}.html"
        url, chain = probe, set()
        for _ in range(MAX_REDIRECTS):  # follow the catch-all's redirects, each hop checked like any other
            try:
                answer = await self.client.fetch(url, method="GET", user_agent=DESKTOP_UA, read=JUDGE_BYTES)
            except FetchError:
                return {}
            if not (300 <= answer.status < 400 and answer.location):
                break
            chain.add(url)
            target = pages.absolute_url(url, answer.location.strip())
            if target is None or target in chain or await self._refusal(target) is not None:
                return {}
            url = pages.split_fragment(target)[0]
        else:
            return {}
        if answer.status != 200 or "html" not in answer.content_type:
            return {}
        text, _ = pages.decode_html(answer.body, answer.content_type)
        facts = pages.analyse(text, url, links=False)
        return {"url": probe, "final_url": url, "text": facts.text}

    # ---- rendering -------------------------------------------------------------------------------------
    def _maybe_render(self, check: Check, facts: pages.PageFacts, url: str, wechat: bool) -> None:
        mode = self.opt.get("render_js", "never")
        if self.browser is None or mode == "never" or (mode == "auto" and not facts.has_scripts):
            return
        host = pages.host_of(url)
        if self.render_budget.get(host, 0) >= self.opt["render_max_pages"]:
            self.render_skipped += 1
            return
        self.render_budget[host] = self.render_budget.get(host, 0) + 1
        static = {link.url for link in facts.links} | {link.url for link in facts.skipped} | \
                 {link.url for link in facts.refused}
        self.renders[0 if pages.looks_script_built(facts) else 1].append(_Render(url, check, static, wechat))
        self.pending += 1
        if self.render_workers < self.opt["render_concurrency"]:
            self.render_workers += 1
            self._spawn(self._render_work())

    async def _render_work(self) -> None:
        try:
            while self.renders[0] or self.renders[1]:
                job = (self.renders[0] or self.renders[1]).popleft()
                try:
                    await self._render(job)
                except Exception as exc:  # noqa: BLE001 - a page that does not render keeps its static links
                    log.warning("渲染页面失败：%s（%s）", job.url, exc)
                    self.render_failed.append(job.url)
                finally:
                    self._settle()
        finally:
            self.render_workers -= 1

    async def _render(self, job: _Render) -> None:
        base_url, raw_links = await self.browser.rendered_links(job.url, wechat=job.wechat or self.is_h5(job.url))
        self.progress.rendered += 1
        facts = pages.PageFacts()
        seen: set[str] = set()
        for raw, text, kind in raw_links:
            pages.add_link(facts, raw, base_url, text[:200], kind, seen)
        facts.links = [link for link in facts.links if link.url not in job.static]
        facts.skipped = [link for link in facts.skipped if link.url not in job.static]
        facts.refused = [link for link in facts.refused if link.url not in job.static]
        self.render_found += len(facts.links) + len(facts.refused)
        self._follow(job.check, facts, job.url, by_render=True)

    # ---- results and re-check --------------------------------------------------------------------------
    def _finish(self, check: Check, purpose: str, *, status: str, http_status, final_url, chain, elapsed: float,
                method: str | None, retries: int, error=None, needs_wechat=False, anchors=None,
                skipped_reason=None, **extra) -> None:
        result = make_result(run_id=self.run_id, url=check.url, found_on=check.found_on, via="link", status=status,
                             http_status=http_status, final_url=final_url, elapsed_ms=int(elapsed * 1000),
                             error=error, redirect_chain=chain, needs_wechat=needs_wechat,
                             skipped_reason=skipped_reason, account_id=check.account_id, link_text=check.link_text,
                             method=method, retries=retries, found_by_render=check.found_by_render, **extra)
        if purpose == "recheck":
            check.recheck = result
            check.recheck_anchors = anchors
        elif purpose == "anchors":
            check.anchors = anchors
        else:
            check.result = result
            check.anchors = anchors
            check.done = True
            self.progress.links += 1
            if is_failure(result):
                self.progress.failures += 1

    def _needs_recheck(self, check: Check) -> bool:
        if check.result is None:
            return False
        if is_failure(check.result):
            return True
        return bool(check.anchors is not None and any(f not in check.anchors for f in check.fragments))

    def notes(self) -> list[str]:
        out = []
        if self.progress.rendered:
            out.append(f"用浏览器渲染了 {self.progress.rendered} 个带脚本的页面，发现 {self.render_found} 个只在渲染后"
                       "才出现的链接（已按同样规则检查）。")
        if self.render_skipped:
            out.append(f"另有 {self.render_skipped} 个带脚本的页面超出渲染预算（sweep.render_max_pages），"
                       "只检查了其静态链接。")
        if self.render_failed:
            out.append(f"{len(self.render_failed)} 个页面渲染失败，只检查了其静态链接（例如 {self.render_failed[0]}）。")
        return out

    def results(self) -> list[dict]:
        """Every sweep result: one per URL, one per checked fragment, plus the links that were not fetched."""
        out = []
        for check in self.checks.values():
            if check.result is None:
                continue
            first = check.result
            final = check.recheck or first  # updated in place: results are built once, at the end
            first_status = first["status"]
            final["first_status"] = first_status
            final["rechecked"] = check.recheck is not None
            final["confirmed"] = check.recheck is not None and final["status"] != "ok"
            if check.recheck is not None and first_status != "ok" and final["status"] == "ok":
                final["error"] = f"首次检查为“{first_status}”，复查已恢复"
            final["also_found_on"] = check.also_found_on
            out.append(final)
            if final["status"] != "ok":  # the page itself failed: its anchors add nothing
                continue
            for fragment, found_on in check.fragments.items():
                out.append(self._fragment_result(check, final, fragment, found_on))
        return out + list(self.refused.values()) + self.extra

    def _fragment_result(self, check: Check, base: dict, fragment: str, found_on: str) -> dict:
        result = dict(base)
        result["url"] = f"{check.url}#{fragment}"
        result["found_on"] = found_on or check.found_on
        result["also_found_on"] = []
        first_anchors = check.anchors
        later = check.recheck_anchors if check.recheck_anchors is not None else check.anchors
        if first_anchors is None:
            result["error"] = "未能读取目标页面，锚点未检查"
            return result
        missing_first = fragment not in first_anchors
        missing_now = later is None or fragment not in later
        if missing_first:
            result["first_status"] = "broken"
        if missing_first and missing_now:
            result.update(status="broken", error=f"目标页面没有锚点 #{fragment}",
                          confirmed=check.recheck_anchors is not None)
        return result
