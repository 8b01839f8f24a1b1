"""What the Playwright adapters (Douyin, Kuaishou) share: open the platform's own page in Chromium through
scrapy-playwright and read the JSON responses that page receives (signatures stay the browser's business).

Every page response is recorded by the spider's ``capture_response`` event handler into ``CAPTURES`` keyed by
the page; the adapter reads the bodies while the page is still open, then closes it. Browser contexts are
recycled after ``browser.max_pages_per_context`` pages to bound memory: new requests go to a fresh context and
the old one is closed when its last page closes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, ClassVar

from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from core import inputs as safe_json
from crawler.platforms.base import Adapter, Blocked, Malformed

CAPTURES: dict[int, list] = defaultdict(list)
DOCUMENT_STATUS: dict[str, int] = {}  # url → HTTP status of the last page document (Chromium fails navigation
#                                       on empty error answers such as a bare 432, so the errback needs it)
BLOCK_STATUSES = (412, 418, 432)


async def capture_response(response) -> None:
    """Playwright ``response`` event handler: remember every response of the page."""
    try:
        if response.request.resource_type == "document":
            if len(DOCUMENT_STATUS) > 10_000:
                DOCUMENT_STATUS.clear()
            DOCUMENT_STATUS[response.url] = response.status
        CAPTURES[id(response.frame.page)].append(response)
    except Exception:  # noqa: BLE001 - a detached frame has no page; nothing to capture
        pass


def blocked_navigation(adapter, url: str) -> Blocked | None:
    """The Blocked signal for a page whose navigation failed because the platform answered 412/418/432."""
    status = DOCUMENT_STATUS.pop(url, None)
    if status in BLOCK_STATUSES:
        return Blocked(f"http_{status}", f"{adapter.zh} 页面返回 HTTP {status}（反爬拦截）", url)
    return None


_DATA_READY = """() => !!document.body && (
    document.body.dataset.loaded !== undefined       // the page says its XHR round is over
    || document.scripts.length === 0                 // an error page or empty answer: nothing will load
    || !!document.querySelector('.captcha-verify, .login-guard, [class*="captcha"], [id*="captcha"]'))"""


async def wait_for_data(page, timeout_ms: int) -> None:
    """Page method: wait until the page has fetched its data, shows a block, or cannot load anything.

    Never raises: what the page holds (or not) is judged by the adapter, so a blocked page becomes a Blocked
    signal instead of a failed request."""
    try:
        await page.wait_for_function(_DATA_READY, timeout=timeout_ms)
    except Exception:  # noqa: BLE001 - timeout: the adapter sees whatever arrived
        pass


class BrowserAdapter(Adapter):
    uses_browser: ClassVar[bool] = True
    api_markers: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        self.generation = 0
        self.issued = 0
        self.open_pages: dict[str, int] = defaultdict(int)
        self.contexts_closed = 0

    @property
    def max_pages(self) -> int:
        return int(self.cfg["browser.max_pages_per_context"]) if self.cfg is not None else 50

    def context_name(self) -> str:
        if self.issued >= self.max_pages:
            self.generation += 1
            self.issued = 0
        self.issued += 1
        return f"{self.name}-{self.generation}"

    def page_request(self, url: str, **kwargs):
        timeout = int(self.cfg["browser.navigation_timeout_ms"]) if self.cfg is not None else 30000
        meta = {"playwright": True, "playwright_include_page": True,
                "playwright_page_event_handlers": {"response": "capture_response"},
                "playwright_page_goto_kwargs": {"wait_until": "load", "timeout": timeout},
                "playwright_page_methods": [PageMethod(wait_for_data, timeout)],
                **(kwargs.pop("meta", None) or {})}
        return self.request(url, meta=meta, **kwargs)

    def assign_context(self, meta: dict) -> None:
        """Called by BrowserContextMiddleware right before the download."""
        context = self.context_name()
        self.open_pages[context] += 1
        meta["playwright_context"] = context
        meta["gw_context_set"] = True

    async def captured_json(self, response: Response) -> list[tuple[str, Any]]:
        """Check the page for blocking, then return (url, json) for every API response it received; closes the page."""
        page = response.meta.get("playwright_page")
        try:
            self.check_blocked(response)
            got = []
            for r in list(CAPTURES.get(id(page), [])) if page is not None else []:
                if not any(m in r.url for m in self.api_markers):
                    continue
                if r.status in BLOCK_STATUSES:
                    raise Blocked(f"http_{r.status}", f"{self.zh} 数据接口返回 HTTP {r.status}", r.url)
                try:
                    body = await r.body()
                except Exception as exc:  # noqa: BLE001 - the body may be gone with a navigation
                    raise Malformed(f"{self.zh} 数据接口响应无法读取：{exc}") from None
                if not body.strip():
                    raise Blocked("empty_body", f"{self.zh} 数据接口返回空响应（签名被拒或被限流）", r.url)
                try:
                    got.append((r.url, safe_json.loads(body)))
                except ValueError as exc:  # JSONTooDeep is a ValueError
                    raise Malformed(f"{self.zh} 数据接口 JSON 无法解析：{exc}（{r.url}）") from None
            if not got:
                raise Blocked("no_data", f"{self.zh} 页面没有加载到数据（可能是登录弹窗或滑块验证）", response.url)
            return got
        finally:
            await self.close_page(response.meta)

    async def close_page(self, meta: dict) -> None:
        page = meta.get("playwright_page")
        if page is None:
            return
        CAPTURES.pop(id(page), None)
        context = page.context
        name = meta.get("playwright_context", "")
        try:
            await page.close()
        except Exception:  # noqa: BLE001 - already closed
            pass
        if name in self.open_pages:
            self.open_pages[name] -= 1
        current = f"{self.name}-{self.generation}"
        if name != current and self.open_pages.get(name, 0) <= 0:
            self.open_pages.pop(name, None)
            try:
                await context.close()
                self.contexts_closed += 1
            except Exception:  # noqa: BLE001 - closed already by scrapy-playwright
                pass
