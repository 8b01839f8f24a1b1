"""Menu sweep: find a page's menu items and click each one on a fresh page load (the sweep's Chromium).

Menu items are links and buttons inside navigation/menu containers, anything with ``onclick``, and
``role=menuitem`` — including items that only appear while their parent is hovered or after it was clicked.

The parent menu is opened first (hover, then a click on the parent's own label if hovering did not show the item),
the item is hovered, and only then is the page measured; so what the menu does to open itself is never taken for
what the item does. A click *did something* when it caused one of:

- a navigation (``navigation``), a new page or pop-up (``popup``), a file download (``download``), a dialog;
- a URL change (pushState or hash) that came with new content (``route``);
- visible content that changed outside the item's own menu (``dom``), or its own submenu opening (``submenu``);
- a network request (``request``).

It is then classified:

- ``ok``        the click led somewhere that works (an H5 page redirecting to WeChat OAuth is ok + needs_wechat);
- ``broken``    the target answered HTTP ≥ 400 (or a dialog says the service is gone);
- ``soft_404``  the target says it does not exist, or is blank without script errors;
- ``js_error``  scripts failed and the result is blank (or nothing else happened);
- ``no_action`` nothing of the above happened (a URL change without new content included).

Every result says what the click did (``action``, ``action_detail``); every failure gets a screenshot under
``<data_dir>/screenshots/`` named by a hash and is clicked again after ``sweep.recheck_delay``; only failures that
persist are ``confirmed``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from crawler.checkers import soft404
from crawler.checkers.agents import OPEN_IN_WECHAT
from crawler.checkers.results import host_key, is_failure, make_result, screenshot_name

log = logging.getLogger(__name__)

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

# Marks the element a visitor clicks to open ancestor ``k`` of item ``i`` (its own label, not its submenu).
TOGGLE_JS = r"""([i, k]) => {
  const li = document.querySelector(`[data-gw-anc-${i}="${k}"]`);
  const item = document.querySelector(`[data-gw-item="${i}"]`);
  if (!li) return false;
  let toggle = Array.from(li.children).find(c => !c.matches('ul, ol, [role=menu]') && !c.contains(item)) || li;
  toggle.setAttribute('data-gw-toggle', `${i}-${k}`);
  return true;
}"""

VISIBLE_JS = r"""(i) => {
  const el = document.querySelector(`[data-gw-item="${i}"]`);
  return !!el && el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
}"""

# The state a click is measured against: visible text outside the item's own menu, the item's own submenu,
# the URL and the routes recorded by the init script.
VIEW_JS = r"""(i) => {
  const el = document.querySelector(`[data-gw-item="${i}"]`);
  const MENUS = 'ul, ol, [role=menu], [role=menubar], nav, [role=navigation]';
  let root = el;
  if (el) {
    const lis = [];
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
      if (p.matches('li, [role=menuitem]')) lis.push(p);
    const top = lis.length ? lis[lis.length - 1] : el;
    root = (top.parentElement && top.parentElement.closest(MENUS)) || el.closest(MENUS) || el;
  }
  const seen = (node) => {
    const p = node.parentElement;
    return !!p && p.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
  };
  const parts = [];
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (root && root.contains(n)) continue;
      const p = n.parentElement;
      if (!p || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(p.tagName)) continue;
      const t = n.textContent.replace(/\s+/g, ' ').trim();
      if (t && seen(n)) parts.push(t);
    }
  }
  let sub = '';
  const li = el && el.closest('li, [role=menuitem]');
  if (li) sub = Array.from(li.querySelectorAll('ul, ol, [role=menu]')).filter(s => !s.contains(el))
    .map(s => s.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) ? '1' : '0').join('');
  return {outside: parts.join(' '), sub, url: location.href, routes: window.__gwRoutes || 0};
}"""

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
OPEN_WAIT_S = 0.3  # how long a parent menu (CSS transition) is given to open before the page is measured


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
    action: str = "none"  # navigation | popup | route | dom | submenu | request | dialog | download | none
    detail: str = ""  # what the click did, for people (Chinese)
    status: str = "ok"
    http_status: int | None = None
    final_url: str | None = None
    error: str | None = None
    needs_wechat: bool = False
    screenshot_bytes: bytes | None = None
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class MenuSweeper:
    def __init__(self, cfg, run_id: str, browser):
        self.cfg = cfg
        self.run_id = run_id
        self.browser = browser  # crawler.checkers.browser.SweepBrowser
        self.settle_ms = cfg["sweep.menu_settle_ms"]
        self.timeout_ms = int(cfg["sweep.timeout"] * 1000)
        self.max_items = cfg["sweep.max_menu_items"]
        self.oauth_re = re.compile(cfg["sweep.wechat_oauth_pattern"])
        self.h5_res = [re.compile(p) for p in cfg["sweep.h5_patterns"]]
        self.data_dir = cfg.data_dir

    @property
    def doc_status(self) -> dict:
        return self.browser.doc_status

    def is_h5(self, url: str) -> bool:
        return any(r.search(url) for r in self.h5_res)

    # ---- discovery -------------------------------------------------------------------------------------
    async def discover(self, start_url: str, account_id: str) -> tuple[list[MenuItem], str | None]:
        ctx = await self.browser.context(self.is_h5(start_url))
        page = await ctx.new_page()
        try:
            response = await page.goto(start_url, wait_until="load")
            if response is not None and response.status >= 400:
                return [], f"起始页面 HTTP {response.status}"
            found = await page.evaluate(DISCOVER_JS, self.max_items)
        except Exception as exc:  # noqa: BLE001 - any failure to open the page is reported as such
            return [], f"起始页面无法打开：{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
        finally:
            await page.close()
        return [MenuItem(start_url, account_id, f["index"], f["path"], f["hover"], f.get("href") or "")
                for f in found], None

    # ---- one click -------------------------------------------------------------------------------------
    async def _open_parents(self, page, item: MenuItem, hover: list[int]) -> None:
        """Open the item's parent menus as a visitor would: hover each, click its label if hovering is not
        enough."""
        for k in hover:
            anc = f'[data-gw-anc-{item.index}="{k}"]'
            try:
                await page.hover(anc, timeout=3000)
            except Exception:  # noqa: BLE001 - covered by something else: try its label, then the item itself
                log.debug("cannot hover parent %s of %s", k, item.path)
            await asyncio.sleep(0.05)
            if await page.evaluate(VISIBLE_JS, item.index):
                continue
            if await page.evaluate(TOGGLE_JS, [item.index, k]):
                try:
                    await page.click(f'[data-gw-toggle="{item.index}-{k}"]', timeout=3000, no_wait_after=True)
                except Exception:  # noqa: BLE001 - a label that cannot be clicked: the item is clicked anyway
                    log.debug("cannot click the label of parent %s of %s", k, item.path)
        await asyncio.sleep(OPEN_WAIT_S if hover else 0)

    async def click(self, item: MenuItem) -> Outcome:
        ctx = await self.browser.context(self.is_h5(item.start_url))
        page = await ctx.new_page()
        out = Outcome()
        popups: list = []
        dialogs: list[str] = []
        nav_requests: list[str] = []
        other_requests: list[str] = []
        page_errors: list[str] = []
        recording = [False]
        page.on("popup", lambda p: popups.append(p))
        page.on("pageerror", lambda e: page_errors.append(str(e)))
        page.on("dialog", lambda d: (dialogs.append(d.message), asyncio.ensure_future(d.dismiss())))
        loads: list[int] = []
        page.on("load", lambda _: loads.append(1))
        downloads: list = []
        page.on("download", lambda d: downloads.append(d))

        def on_request(r) -> None:
            if not recording[0]:
                return
            if r.is_navigation_request() and r.frame == page.main_frame:
                nav_requests.append(r.url)
            elif r.url.startswith(("http://", "https://")):
                other_requests.append(r.url)

        page.on("request", on_request)
        try:
            await page.goto(item.start_url, wait_until="load")
            found = await page.evaluate(DISCOVER_JS, self.max_items)
            mine = next((f for f in found if f["index"] == item.index and f["path"] == item.path), None)
            if mine is None:
                out.status, out.error = "no_action", "刷新页面后找不到该菜单项（菜单结构不稳定）"
                out.detail = out.error
                return out
            await self._open_parents(page, item, mine["hover"])
            selector = f'[data-gw-item="{item.index}"]'
            try:
                await page.hover(selector, timeout=3000)
            except Exception:  # noqa: BLE001 - covered or animated: the click below forces it
                log.debug("cannot hover %s", item.path)
            before = await page.evaluate(VIEW_JS, item.index)
            loads_before = len(loads)
            page_errors.clear()
            recording[0] = True
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
                out.detail = f"下载文件 {downloads[0].url}"
                await downloads[0].cancel()
                return out
            if popups:
                out.action = "popup"
                await self._judge_target(popups[0], out, page_errors=[])
                out.detail = f"打开弹出窗口 {out.final_url}"
                return out
            if nav_requests:
                out.action = "navigation"
                await self._judge_target(page, out, page_errors=page_errors, loads_before=loads_before, loads=loads)
                out.detail = f"跳转到 {out.final_url}"
                return out
            return await self._judge_in_place(page, out, item, before, dialogs, other_requests, page_errors)
        except Exception as exc:  # noqa: BLE001 - whatever went wrong is this item's result
            name = type(exc).__name__
            out.status = "timeout" if "Timeout" in name else "broken"
            out.error = f"{name}: {str(exc).splitlines()[0][:200]}"
            out.detail = out.detail or f"点击时出错：{out.error}"
            try:
                out.screenshot_bytes = await page.screenshot()
            except Exception:  # noqa: BLE001 - a page that cannot even be photographed
                pass
            return out
        finally:
            for p in popups:
                await p.close()
            await page.close()

    async def _judge_in_place(self, page, out: Outcome, item: MenuItem, before: dict, dialogs: list[str],
                              requests: list[str], page_errors: list[str]) -> Outcome:
        """No navigation, pop-up or download: did the page itself change beyond the menu opening?"""
        after = await self._view(page, item.index)
        body = await self._body(page)
        errors = page_errors or body["errors"]
        out.final_url = page.url
        content = after["outside"] != before["outside"]
        moved = after["url"] != before["url"] or after["routes"] > before["routes"]
        if moved and content:
            out.action, out.detail = "route", f"页面地址变为 {page.url}，内容随之变化"
            return self._judge_content(out, body, errors)
        if dialogs:
            out.action, out.detail = "dialog", f"弹窗：{dialogs[0][:100]}"
            if FAILED_DIALOG.search(dialogs[0]):
                out.status, out.error = "broken", f"弹窗提示：{dialogs[0][:100]}"
                out.screenshot_bytes = await page.screenshot()
            else:
                out.error = f"弹窗：{dialogs[0][:100]}"
            return out
        if content:
            out.action, out.detail = "dom", "页面内容发生变化"
            return self._judge_content(out, body, errors)
        if after["sub"] != before["sub"]:
            out.action, out.detail = "submenu", "展开或收起了自己的子菜单"
            return out
        if requests:
            out.action, out.requests = "request", requests[:5]
            out.detail = f"发出请求 {requests[0]}（页面没有可见变化）"
            return out
        if errors:
            out.status, out.error = "js_error", f"点击后脚本报错且无反应：{errors[0][:200]}"
        elif moved:
            out.status, out.error = "no_action", f"地址变为 {page.url}，但页面内容没有变化"
        else:
            out.status, out.error = "no_action", "点击后没有任何反应"
        out.detail = out.error
        out.screenshot_bytes = await page.screenshot()
        return out

    @staticmethod
    async def _view(page, index: int) -> dict:
        try:
            return await page.evaluate(VIEW_JS, index)
        except Exception as exc:
            if "context was destroyed" not in str(exc):
                raise
            await page.wait_for_load_state("load")
            return await page.evaluate(VIEW_JS, index)

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
        if self._refused(target, out):
            return out
        try:
            if loads is not None:  # same page: wait for the new document, not the old one's load state
                deadline = time.monotonic() + self.timeout_ms / 1000.0
                while len(loads) <= (loads_before or 0) and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
            await target.wait_for_load_state("load", timeout=self.timeout_ms)
        except Exception as exc:  # noqa: BLE001 - a target that never loads is a timeout
            out.status, out.error = "timeout", f"目标页面加载超时：{type(exc).__name__}"
            out.final_url = target.url
            out.screenshot_bytes = await target.screenshot()
            return out
        if self._refused(target, out):
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

    def _refused(self, target, out: Outcome) -> bool:
        """The click led to an address the guard refused (see ``checkers.browser``): it was never opened."""
        refused = self.browser.refused_navigation.pop(target, None)
        if refused is None:
            return False
        out.final_url, why = refused
        out.status, out.error = "blocked", why
        return True

    async def _open_as_wechat(self, url: str) -> str | None:
        """Open ``url`` as WeChat's browser; the OAuth URL it redirects to, or None."""
        ctx = await self.browser.context(True)
        page = await ctx.new_page()
        seen: list[str] = []
        page.on("request", lambda r: seen.append(r.url) if r.is_navigation_request() else None)

        async def stop_at_oauth(route):
            await route.fulfill(status=200, content_type="text/html", body="<html><body>wechat oauth</body></html>")
        await page.route(self.oauth_re, stop_at_oauth)  # never contact WeChat itself
        try:
            await page.goto(url, wait_until="load")
        except Exception:  # noqa: BLE001 - only the requests it made matter
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
                           account_id=item.account_id, action=out.action, action_detail=out.detail,
                           action_requests=out.requests, host=host_key(item.start_url))

    async def check(self, item: MenuItem) -> dict:
        t0 = time.monotonic()
        out = await self.click(item)
        return self.result(item, out, int((time.monotonic() - t0) * 1000))


async def run_menu_sweep(cfg, starts: list[tuple[str, str]], run_id: str, browser, progress=None) -> list[dict]:
    """Click every menu item of every start page in the sweep's browser; re-check failures; return results."""
    sweeper = MenuSweeper(cfg, run_id, browser)
    results: list[dict] = []
    sem = asyncio.Semaphore(cfg["sweep.concurrency_per_host"])
    counts = {"phase": "menus", "menus": 0, "failures": 0}

    async def guarded(item):
        async with sem:
            result = await sweeper.check(item)
        counts["menus"] += 1
        counts["failures"] += is_failure(result)
        if progress is not None:
            progress(dict(counts))
        return result

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
    return results
