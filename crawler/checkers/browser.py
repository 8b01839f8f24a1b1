"""The sweep's one Chromium (Playwright), shared by the link sweep (rendering pages that carry scripts) and the
menu sweep (clicking menu items). It is launched on first use, so a sweep of a site without scripts and without
``--menus`` never starts a browser.

Pages are written by whoever controls the site, so every http(s) request the browser makes — documents, frames,
images, scripts, XHR, a menu item's navigation — passes the sweep's address guard (``crawler.checkers.http.Guard``,
``core.netguard``) first: a request to a loopback, private, link-local or otherwise internal address that is not
in ``security.allowed_private_hosts`` is aborted before it leaves, and remembered with the reason (a menu item
whose navigation was refused is reported ``blocked``). The browser resolves host names again itself, so a name that
changes its answer between the two look-ups (DNS rebinding) is not covered; the HTTP path connects to the checked
addresses and is.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from core.browser import launch_options
from crawler.checkers.agents import DESKTOP_UA, WECHAT_UA

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

# Every link of the rendered document, as written (the attribute) — resolved and classified in Python exactly as
# static links are, so the two sets compare.
RENDERED_LINKS_JS = r"""() => {
  const out = [];
  const kinds = [['a[href], area[href]', 'href', 'a'], ['iframe[src], frame[src]', 'src', 'frame']];
  for (const [selector, attribute, kind] of kinds)
    for (const el of document.querySelectorAll(selector)) {
      const raw = (el.getAttribute(attribute) || '').trim();
      if (!raw) continue;
      const text = (el.innerText || el.textContent || el.title || el.getAttribute('alt') || '')
        .replace(/\s+/g, ' ').trim().slice(0, 200);
      out.push([raw, text, kind]);
    }
  return [document.baseURI, out];
}"""


class SweepBrowser:
    """Lazily launched Chromium with a desktop and a WeChat context."""

    def __init__(self, cfg, guard=None):
        self.cfg = cfg
        self.guard = guard  # crawler.checkers.http.Guard; None only where no crawled page is opened
        self.refused: dict[str, str] = {}  # URL -> why the guard aborted it
        self.refused_navigation: dict[object, tuple[str, str]] = {}  # page -> (URL, why) of its refused navigation
        self.timeout_ms = int(cfg["sweep.timeout"] * 1000)
        self.settle_ms = cfg["sweep.render_settle_ms"]
        self._pw = None
        self.browser = None
        self.contexts: dict[str, object] = {}
        self.doc_status: dict[str, tuple] = {}  # document URL (no fragment) -> (HTTP status, content type)

    async def launch(self):
        if self.browser is None:
            from playwright.async_api import async_playwright

            self._pw = await async_playwright().start()
            try:
                self.browser = await self._pw.chromium.launch(**launch_options(self.cfg))
            except BaseException:
                await self._pw.stop()
                self._pw = None
                raise
        return self.browser

    async def context(self, wechat: bool):
        key = "wechat" if wechat else "desktop"
        if key not in self.contexts:
            browser = await self.launch()
            kwargs = {"user_agent": WECHAT_UA if wechat else DESKTOP_UA, "locale": "zh-CN",
                      "ignore_https_errors": False}
            if wechat:
                kwargs.update(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                              device_scale_factor=2)
            ctx = await browser.new_context(**kwargs)
            ctx.set_default_navigation_timeout(self.timeout_ms)
            ctx.set_default_timeout(self.timeout_ms)
            await ctx.add_init_script(INIT_SCRIPT)
            ctx.on("response", self._on_response)
            if self.guard is not None:
                await ctx.route("**/*", self._guard_route)
            self.contexts[key] = ctx
        return self.contexts[key]

    async def _guard_route(self, route) -> None:
        """Abort a request the address guard refuses; let every other request go on unchanged."""
        request = route.request
        url = request.url
        why = None
        if urlsplit(url).scheme.lower() in ("http", "https"):
            try:
                why = await self.guard.refusal(url)
            except OSError:
                why = None  # the name does not resolve: Chromium reports its own DNS error
        try:
            if why is None:
                await route.continue_()
                return
            self.refused[url] = why
            if request.is_navigation_request():
                try:
                    if request.frame.parent_frame is None:  # the page's own document, not a frame inside it
                        self.refused_navigation[request.frame.page] = (url, why)
                except Exception:  # noqa: BLE001 - a navigation of a frame that is already gone
                    log.debug("refused navigation of a closed frame: %s", url)
            log.info("browser request refused: %s (%s)", url, why)
            await route.abort("blockedbyclient")
        except Exception:  # noqa: BLE001 - the page closed while the route was pending
            log.debug("route of a closed page: %s", url)

    def _on_response(self, response) -> None:
        """Remember the HTTP status of every document by URL (pop-ups' first requests have no frame yet)."""
        try:
            if response.request.resource_type == "document":
                ctype = (response.headers.get("content-type") or "").lower()
                self.doc_status[response.url.split("#", 1)[0]] = (response.status, ctype)
        except Exception:  # noqa: BLE001 - responses of closed pages
            pass

    async def rendered_links(self, url: str, *, wechat: bool = False) -> tuple[str, list]:
        """(document base URL, [(raw link, text, kind)]) of ``url`` once loaded and its scripts had
        ``sweep.render_settle_ms`` to write into the page (links written after load, without user action)."""
        ctx = await self.context(wechat)
        page = await ctx.new_page()
        try:
            await page.goto(url, wait_until="load")
            await page.wait_for_timeout(self.settle_ms)
            base, links = await page.evaluate(RENDERED_LINKS_JS)
            return base, links
        finally:
            await page.close()

    async def close(self) -> None:
        try:
            if self.browser is not None:
                await self.browser.close()
        finally:
            if self._pw is not None:
                await self._pw.stop()
            self.browser, self._pw, self.contexts = None, None, {}
