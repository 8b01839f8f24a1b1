"""Menu sweep: find a page's menu items and click each one on a fresh page load (Playwright, system Chromium).

Menu items are links and buttons inside navigation/menu containers, anything with ``onclick``, and
``role=menuitem`` — including items that only appear while their parent is hovered. For each click we capture
what happened — a navigation, a pop-up (``window.open``), a pushState/hash route, a dialog, a change of the page,
or nothing — and classify it:

- ``ok``        the click led somewhere that works (an H5 page redirecting to WeChat OAuth is ok + needs_wechat);
- ``broken``    the target answered HTTP ≥ 400 (or a dialog says the service is gone);
- ``soft_404``  the target says it does not exist, or is blank without script errors;
- ``js_error``  scripts failed and the result is blank (or nothing else happened);
- ``no_action`` nothing happened at all.

Every failure gets a screenshot under ``<data_dir>/screenshots/`` named by a hash, and is clicked again after
``sweep.recheck_delay``; only failures that persist are ``confirmed``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from core.browser import launch_options
from crawler.checkers import soft404
from crawler.checkers.linksweep import DESKTOP_UA, OPEN_IN_WECHAT, WECHAT_UA
from crawler.checkers.results import host_key, is_failure, make_result, screenshot_name

log = logging.getLogger(__name__)

# Records uncaught errors and history routes before any page script runs (also in pop-ups).
INIT_SCRIPT = r"""
(() => {
  window.__gwErrors = [];
  window.__gwRoutes = 0;
  window.addEventListener('error', e => window.__gwErrors.push(String(e.message || e)));
  window.addEventListener('unhandledrejection', e => window.__gwErrors.push(String(e.reason)));
  for (const name of ['pushState', 'replaceState']) {
    const orig = history[name];
    history[name] = function () { window.__gwRoutes++; return orig.apply(this, arguments); };
  }
  window.addEventListener('hashchange', () => window.__gwRoutes++);
})();
"""

DISCOVER_JS = r"""
(maxItems) => {
  const CONTAINERS = 'nav, [role=navigation], [role=menu], [role=menubar], header, [class*="nav"], [class*="menu"], ' +
                     '[id*="nav"], [id*="menu"]';
  const ITEMS = 'a[href], button, [onclick], [role=menuitem], [role=tab]';
  const set = new Set();
  for (const c of document.querySelectorAll(CONTAINERS)) for (const el of c.querySelectorAll(ITEMS)) set.add(el);
  for (const el of document.querySelectorAll('[onclick], [role=menuitem]')) set.add(el);
  const all = Array.from(set);
  let items = all.filter(el => !all.some(o => o !== el && el.contains(o)));
  items = items.filter(el => {
    const href = (el.getAttribute('href') || '').trim().toLowerCase();
    return !(href.startsWith('mailto:') || href.startsWith('tel:'));
  });
  items.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1);
  const clean = s => (s || '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const ownLabel = el => {
    let s = '';
    for (const n of el.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) s += n.textContent;
      else if (n.nodeType === Node.ELEMENT_NODE && !n.querySelector('li, [role=menuitem]') &&
               !['UL', 'OL', 'SCRIPT', 'STYLE'].includes(n.tagName)) s += ' ' + n.textContent;
      if (clean(s)) break;
    }
    return clean(s);
  };
  const label = el => clean(el.textContent) || clean(el.getAttribute('aria-label')) || clean(el.title) ||
                      clean(el.getAttribute('alt')) || '(无文字)';
  const shown = el => {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  return items.slice(0, maxItems).map((el, i) => {
    el.setAttribute('data-gw-item', String(i));
    const chain = [];
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
      if (p.matches('li, [role=menuitem]')) chain.unshift(p);
    const path = [], hover = [];
    chain.forEach((li, k) => {
      const l = ownLabel(li);
      if (l) path.push(l);
      li.setAttribute('data-gw-anc-' + i, String(k));
      hover.push(k);
    });
    const own = label(el);
    if (!path.length || path[path.length - 1] !== own) path.push(own);
    return {index: i, path, hover: shown(el) ? [] : hover, tag: el.tagName.toLowerCase(),
            href: el.getAttribute('href') || '', visible: shown(el)};
  });
}
"""

BODY_JS = r"""() => ({
  text: document.body ? document.body.innerText.replace(/\s+/g, ' ').trim() : '',
  title: document.title || '',
  headings: Array.from(document.querySelectorAll('h1, h2')).map(h => h.innerText).join(' '),
  plain: (() => {
    if (!document.body) return '';
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('a, nav, script, style, select, noscript, template').forEach(n => n.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  })(),
  media: !!document.querySelector('img, iframe, embed, object, video, canvas, svg'),
  errors: (window.__gwErrors || []).slice(0, 5),
  routes: window.__gwRoutes || 0,
})"""

FAILED_DIALOG = re.compile(r"维护|暂停|停止服务|未开通|已关闭|已下线|不存在|无法访问|出错|错误")


@dataclass
class MenuItem:
    start_url: str
    account_id: str
    index: int
    path: list[str]
    hover: list[int]
    href: str = ""


@dataclass
class Outcome:
    action: str = "none"  # navigation | popup | route | dialog | dom | download | none
    status: str = "ok"
    http_status: int | None = None
    final_url: str | None = None
    error: str | None = None
    needs_wechat: bool = False
    screenshot_bytes: bytes | None = None
    errors: list[str] = field(default_factory=list)


class MenuSweeper:
    def __init__(self, cfg, run_id: str):
        self.cfg = cfg
        self.run_id = run_id
        self.settle_ms = cfg["sweep.menu_settle_ms"]
        self.timeout_ms = int(cfg["sweep.timeout"] * 1000)
        self.max_items = cfg["sweep.max_menu_items"]
        self.oauth_re = re.compile(cfg["sweep.wechat_oauth_pattern"])
        self.h5_res = [re.compile(p) for p in cfg["sweep.h5_patterns"]]
        self.data_dir = cfg.data_dir
        self.browser = None
        self.contexts: dict[str, object] = {}
        self.doc_status: dict[str, tuple] = {}  # document URL (no fragment) -> (HTTP status, content type)

    # ---- browser set-up --------------------------------------------------------------------------------
    async def context(self, wechat: bool):
        key = "wechat" if wechat else "desktop"
        if key not in self.contexts:
            kwargs = {"user_agent": WECHAT_UA if wechat else DESKTOP_UA, "locale": "zh-CN",
                      "ignore_https_errors": False}
            if wechat:
                kwargs.update(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                              device_scale_factor=2)
            ctx = await self.browser.new_context(**kwargs)
            ctx.set_default_navigation_timeout(self.timeout_ms)
            ctx.set_default_timeout(self.timeout_ms)
            await ctx.add_init_script(INIT_SCRIPT)
            ctx.on("response", self._on_response)
            self.contexts[key] = ctx
        return self.contexts[key]

    def _on_response(self, response) -> None:
        """Remember the HTTP status of every document by URL (pop-ups' first requests have no frame yet)."""
        try:
            if response.request.resource_type == "document":
                ctype = (response.headers.get("content-type") or "").lower()
                self.doc_status[response.url.split("#", 1)[0]] = (response.status, ctype)
        except Exception:  # noqa: BLE001 - responses of closed pages
            pass

    def is_h5(self, url: str) -> bool:
        return any(r.search(url) for r in self.h5_res)

    # ---- discovery -------------------------------------------------------------------------------------
    async def discover(self, start_url: str, account_id: str) -> tuple[list[MenuItem], str | None]:
        ctx = await self.context(self.is_h5(start_url))
        page = await ctx.new_page()
        try:
            response = await page.goto(start_url, wait_until="load")
            if response is not None and response.status >= 400:
                return [], f"起始页面 HTTP {response.status}"
            found = await page.evaluate(DISCOVER_JS, self.max_items)
        except Exception as exc:  # noqa: BLE001
            return [], f"起始页面无法打开：{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
        finally:
            await page.close()
        return [MenuItem(start_url, account_id, f["index"], f["path"], f["hover"], f.get("href") or "")
                for f in found], None

    # ---- one click -------------------------------------------------------------------------------------
    async def click(self, item: MenuItem) -> Outcome:
        ctx = await self.context(self.is_h5(item.start_url))
        page = await ctx.new_page()
        out = Outcome()
        popups: list = []
        dialogs: list[str] = []
        nav_requests: list[str] = []
        page_errors: list[str] = []
        page.on("popup", lambda p: popups.append(p))
        page.on("pageerror", lambda e: page_errors.append(str(e)))
        page.on("dialog", lambda d: (dialogs.append(d.message), asyncio.ensure_future(d.dismiss())))
        loads: list[int] = []
        page.on("load", lambda _: loads.append(1))
        downloads: list = []
        page.on("download", lambda d: downloads.append(d))
        try:
            await page.goto(item.start_url, wait_until="load")
            found = await page.evaluate(DISCOVER_JS, self.max_items)
            mine = next((f for f in found if f["index"] == item.index and f["path"] == item.path), None)
            if mine is None:
                out.status, out.error = "no_action", "刷新页面后找不到该菜单项（菜单结构不稳定）"
                return out
            before = await page.evaluate(BODY_JS)
            url_before = page.url
            loads_before = len(loads)
            page_errors.clear()
            page.on("request", lambda r: nav_requests.append(r.url)
                    if r.is_navigation_request() and r.frame == page.main_frame else None)
            for k in mine["hover"]:
                await page.hover(f'[data-gw-anc-{item.index}="{k}"]', timeout=3000)
            selector = f'[data-gw-item="{item.index}"]'
            try:
                await page.click(selector, timeout=3000, no_wait_after=True)
            except Exception:  # noqa: BLE001 - covered or animated: click where it is
                await page.click(selector, timeout=3000, force=True, no_wait_after=True)
            deadline = time.monotonic() + self.settle_ms / 1000.0
            while time.monotonic() < deadline and not (popups or nav_requests or dialogs or downloads):
                await asyncio.sleep(0.05)
            if not downloads and nav_requests:  # a link to a file starts a download, not a page
                await asyncio.sleep(0.3)
            if downloads:
                out.action, out.final_url = "download", downloads[0].url
                out.error = f"下载文件：{downloads[0].suggested_filename[:100]}"
                await downloads[0].cancel()
                return out
            if popups:
                out.action = "popup"
                return await self._judge_target(popups[0], out, page_errors=[])
            if nav_requests:
                out.action = "navigation"
                return await self._judge_target(page, out, page_errors=page_errors, loads_before=loads_before,
                                                loads=loads)
            after = await self._body(page)
            errors = page_errors or after["errors"]
            if after["routes"] > before["routes"] or page.url != url_before:
                out.action = "route"
                out.final_url = page.url
                return self._judge_content(out, after, errors)
            if dialogs:
                out.action = "dialog"
                out.final_url = page.url
                if FAILED_DIALOG.search(dialogs[0]):
                    out.status, out.error = "broken", f"弹窗提示：{dialogs[0][:100]}"
                    out.screenshot_bytes = await page.screenshot()
                else:
                    out.error = f"弹窗：{dialogs[0][:100]}"
                return out
            if after["text"] != before["text"]:
                out.action = "dom"
                return self._judge_content(out, after, errors)
            out.final_url = page.url
            if errors:
                out.status, out.error = "js_error", f"点击后脚本报错且无反应：{errors[0][:200]}"
            else:
                out.status, out.error = "no_action", "点击后没有任何反应"
            out.screenshot_bytes = await page.screenshot()
            return out
        except Exception as exc:  # noqa: BLE001
            name = type(exc).__name__
            out.status = "timeout" if "Timeout" in name else "broken"
            out.error = f"{name}: {str(exc).splitlines()[0][:200]}"
            try:
                out.screenshot_bytes = await page.screenshot()
            except Exception:  # noqa: BLE001
                pass
            return out
        finally:
            for p in popups:
                await p.close()
            await page.close()

    @staticmethod
    async def _body(page) -> dict:
        for attempt in range(3):  # a script redirect may replace the document while we read it
            try:
                return await page.evaluate(BODY_JS)
            except Exception as exc:
                if "context was destroyed" not in str(exc) or attempt == 2:
                    raise
                await page.wait_for_load_state("load")
        raise AssertionError("unreachable")

    async def _judge_target(self, target, out: Outcome, page_errors: list[str], loads_before: int | None = None,
                            loads: list | None = None) -> Outcome:
        try:
            if loads is not None:  # same page: wait for the new document, not the old one's load state
                deadline = time.monotonic() + self.timeout_ms / 1000.0
                while len(loads) <= (loads_before or 0) and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
            await target.wait_for_load_state("load", timeout=self.timeout_ms)
        except Exception as exc:  # noqa: BLE001
            out.status, out.error = "timeout", f"目标页面加载超时：{type(exc).__name__}"
            out.final_url = target.url
            out.screenshot_bytes = await target.screenshot()
            return out
        out.final_url = target.url
        if self.oauth_re.search(target.url):
            out.needs_wechat, out.error = True, "跳转到微信授权页（需在微信中打开）"
            return out
        out.http_status, ctype = self.doc_status.get(target.url.split("#", 1)[0], (None, ""))
        body = await self._body(target)
        if out.http_status and out.http_status >= 400:
            out.status, out.error = "broken", f"目标页面 HTTP {out.http_status}"
            out.screenshot_bytes = await target.screenshot()
            return out
        if ctype and "html" not in ctype and "xml" not in ctype:  # a file shown inline (PDF, image…)
            out.error = f"文件（{ctype.split(';')[0]}）"
            return out
        if OPEN_IN_WECHAT.search(body["text"][:2000]) or self.is_h5(target.url):
            verdict = await self._open_as_wechat(target.url)
            if verdict is not None:
                out.final_url, out.needs_wechat, out.error = verdict, True, "跳转到微信授权页（需在微信中打开）"
                return out
        self._judge_content(out, body, page_errors or body["errors"])
        if out.status != "ok":
            out.screenshot_bytes = await target.screenshot()
        return out

    async def _open_as_wechat(self, url: str) -> str | None:
        """Open ``url`` as WeChat's browser; the OAuth URL it redirects to, or None."""
        ctx = await self.context(True)
        page = await ctx.new_page()
        seen: list[str] = []
        page.on("request", lambda r: seen.append(r.url) if r.is_navigation_request() else None)

        async def stop_at_oauth(route):
            await route.fulfill(status=200, content_type="text/html", body="<html><body>wechat oauth</body></html>")
        await page.route(self.oauth_re, stop_at_oauth)  # never contact WeChat itself
        try:
            await page.goto(url, wait_until="load")
        except Exception:  # noqa: BLE001
            pass
        finally:
            await page.close()
        return next((u for u in seen if self.oauth_re.search(u)), None)

    @staticmethod
    def _judge_content(out: Outcome, body: dict, errors: list[str]) -> Outcome:
        text = body["text"]
        blank = soft404.is_near_empty(text, body["media"], has_scripts=False)
        if blank and errors:
            out.status, out.error = "js_error", f"脚本错误且页面空白：{errors[0][:200]}"
        elif blank:
            out.status, out.error = "soft_404", "页面空白"
        else:
            phrase = soft404.says_missing(body["title"], body["headings"], body.get("plain", text))
            if phrase:
                out.status, out.error = "soft_404", f"页面内容表明不存在（“{phrase}”）"
        return out

    # ---- results ---------------------------------------------------------------------------------------
    def result(self, item: MenuItem, out: Outcome, elapsed_ms: int) -> dict:
        shot = None
        if out.screenshot_bytes and out.status != "ok":
            shot = screenshot_name(self.run_id, item.start_url, "\x1e".join(item.path), out.status)
            path = Path(self.data_dir) / shot
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(out.screenshot_bytes)
        url = out.final_url or item.start_url
        return make_result(run_id=self.run_id, url=url, found_on=item.start_url, via="menu", status=out.status,
                           menu_path=item.path, http_status=out.http_status, final_url=out.final_url,
                           elapsed_ms=elapsed_ms, error=out.error, screenshot=shot, needs_wechat=out.needs_wechat,
                           account_id=item.account_id, action=out.action, host=host_key(item.start_url))

    async def check(self, item: MenuItem) -> dict:
        t0 = time.monotonic()
        out = await self.click(item)
        return self.result(item, out, int((time.monotonic() - t0) * 1000))


async def run_menu_sweep(cfg, starts: list[tuple[str, str]], run_id: str) -> list[dict]:
    """Click every menu item of every start page; re-check failures; return sweep results."""
    from playwright.async_api import async_playwright

    sweeper = MenuSweeper(cfg, run_id)
    results: list[dict] = []
    sem = asyncio.Semaphore(cfg["sweep.concurrency_per_host"])

    async def guarded(item):
        async with sem:
            return await sweeper.check(item)

    async with async_playwright() as pw:
        sweeper.browser = await pw.chromium.launch(**launch_options(cfg))
        try:
            for start_url, account_id in starts:
                items, problem = await sweeper.discover(start_url, account_id)
                if problem:
                    log.warning("菜单巡检 %s：%s", start_url, problem)
                    results.append(dict(make_result(
                        run_id=run_id, url=start_url, found_on=None, via="menu", status="broken",
                        error=f"无法进行菜单巡检：{problem}", account_id=account_id), confirmed=False,
                        rechecked=False, first_status="broken"))
                    continue
                first = await asyncio.gather(*(guarded(i) for i in items))
                failing = [(i, r) for i, r in zip(items, first) if is_failure(r)]
                if failing:
                    await asyncio.sleep(cfg["sweep.recheck_delay"])
                    again = await asyncio.gather(*(guarded(i) for i, _ in failing))
                    rechecked = {id(r): a for (_, r), a in zip(failing, again)}
                else:
                    rechecked = {}
                for r in first:
                    second = rechecked.get(id(r))
                    final = dict(second or r)
                    final["first_status"] = r["status"]
                    final["rechecked"] = second is not None
                    final["confirmed"] = second is not None and is_failure(second)
                    if second is not None and not is_failure(second):
                        final["error"] = f"首次点击为“{r['status']}”，复查已恢复"
                    if second is not None and not final.get("screenshot"):
                        final["screenshot"] = r.get("screenshot")
                    results.append(final)
        finally:
            await sweeper.browser.close()
    return results
