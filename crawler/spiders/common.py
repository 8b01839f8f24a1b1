"""What the discover and refresh spiders share: adapters, bootstrap, blocking, errors, run id, stats.

Spider arguments (``-a name=value``): ``platforms`` (comma list; default ``crawler.platforms``), ``run_id``.

Bootstrap steps (visitor cookies, signing keys) are preliminary: when one fails it is logged and reported, and the
platform is crawled anyway — only the platform's answers to real requests can say "blocked".

Empty answers (``Empty``: the platform said "nothing here" without a reason) are judged when the spider closes
(``closing_items``): a platform that gave *only* empty answers in this run (every account, every search) is
blocking us — one ``platform_blocked`` finding, its accounts ``blocked``, none ``gone``. Otherwise an account that
answered empty is "maybe gone": ``failed`` with ``gone_suspected_at`` set, and ``gone`` only when a later run
(a different run id) gets the empty answer again. Any normal answer clears the suspicion.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import scrapy
from scrapy import signals
from twisted.python.failure import Failure

from core.findings import make_finding
from core.records import stable_hash
from core.settings import DEFAULT_TIMEZONE
from crawler.middlewares import PlatformBlockedError, browser_adapters, platform_blocked
from crawler.platforms import Blocked, Gone, Malformed, build_adapters, record_platform
from crawler.platforms.base import Adapter, Empty
from crawler.platforms.browser import BrowserAdapter, blocked_navigation, capture_response

log = logging.getLogger(__name__)


def split_arg(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).replace("，", ",").split(",") if v.strip()]


class GovwatchSpider(scrapy.Spider):
    """Base class; subclasses implement ``start``."""

    def __init__(self, *args, platforms=None, run_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.platform_names = split_arg(platforms) or None
        self.run_id = run_id or datetime.now(UTC).strftime("crawl-%Y%m%dT%H%M%S")
        self.blocked: dict[str, str] = {}
        self.pending: dict[str, set[str]] = {}  # platform → accounts not finished yet (refresh)
        self.final_status: dict[tuple[str, str], str] = {}
        self.bootstrap_problems: dict[str, list[str]] = {}  # platform → failed preliminary steps (not fatal)
        self.answered: dict[str, int] = {}  # platform → answers that parsed and were not empty
        self.empty_answers: dict[str, int] = {}  # platform → Empty answers (searches and accounts)
        self.empty_accounts: dict[str, dict[str, str]] = {}  # platform → account → reason of its Empty answer
        self.gone_suspected: dict[tuple[str, str], dict] = {}  # (platform, account) → stored suspicion

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        from core.settings import load_config

        spider.cfg = crawler.settings.get("GOVWATCH_CONFIG_OBJECT") or load_config()
        spider.adapters = build_adapters(spider.cfg, spider.platform_names)
        spider._bootstrap_items = []
        crawler.signals.connect(spider._bootstrap_on_open, signal=signals.spider_opened)
        crawler.signals.connect(spider._on_request_dropped, signal=signals.request_dropped)
        return spider

    def _on_request_dropped(self, request, spider=None) -> None:
        """A profile request the dupefilter dropped was handled earlier (a resumed JOBDIR job, or another
        process of a distributed job): that account is not this run's to finish."""
        if request.meta.get("gw_kind") == "profile" and request.meta.get("gw_account"):
            self.pending.get(request.meta.get("gw_platform"), set()).discard(request.meta["gw_account"])

    def closing_items(self) -> list[dict]:
        """Items to write when the spider closes: the verdict on empty answers, then the unfinished accounts."""
        return self.judge_empty() + self.unfinished_items()

    def answer_ok(self, adapter: Adapter) -> None:
        """Count an answer of the platform that parsed and carried content (it is not blocking us)."""
        self.answered[adapter.name] = self.answered.get(adapter.name, 0) + 1

    def judge_empty(self) -> list[dict]:
        """See the module docstring: all-empty platform → blocked; else first empty → suspected, second → gone."""
        out: list[dict] = []
        for name, count in sorted(self.empty_answers.items()):
            adapter = self.adapters.get(name)
            if adapter is None or not count:
                continue
            accounts = self.empty_accounts.get(name, {})
            if not self.answered.get(name) and name not in self.blocked:
                exc = Blocked("all_empty", f"本次运行该平台的 {count} 个回答全部为空内容（每个账号、每次搜索都“没有内容”），"
                                           f"判定为拦截而非账号注销")
                for item in self.on_blocked(adapter, exc):
                    out.append(item)
                for account_id in sorted(accounts):
                    out.append(self._status_change(adapter, account_id, "blocked", exc.reason))
                continue
            if name in self.blocked:
                continue  # blocked later in the run: on_blocked already marked its accounts
            for account_id, why in sorted(accounts.items()):
                earlier = self.gone_suspected.get((name, account_id)) or {}
                if earlier.get("at") and earlier.get("run_id") != self.run_id:
                    out.append(self._status_change(adapter, account_id, "gone",
                                                   f"连续两次运行（首次 {earlier['at']}）接口返回空内容：{why}"))
                else:
                    item = self._status_change(adapter, account_id, "failed",
                                               f"接口返回空内容，可能已注销，待下次运行确认：{why}")
                    item["gone_suspected_at"] = earlier.get("at") or _now()
                    item["gone_suspected_run"] = earlier.get("run_id") or self.run_id
                    out.append(item)
        return out

    def _status_change(self, adapter: Adapter, account_id: str, status: str, why: str) -> dict:
        """A final status that replaces the one counted earlier for the account (stats follow)."""
        old = self.final_status.get((adapter.name, account_id))
        if old and old != status:
            self.crawler.stats.inc_value(f"govwatch/accounts_{old}/{adapter.name}", -1)
        if old != status:
            self.crawler.stats.inc_value(f"govwatch/accounts_{status}/{adapter.name}")
        self.final_status[(adapter.name, account_id)] = status
        self.pending.get(adapter.name, set()).discard(account_id)
        return {"_collection": "accounts", "platform": record_platform(adapter), "account_id": account_id,
                "crawl_status": status, "crawl_error": why or None, "refreshed_at": _now()}

    def unfinished_items(self) -> list[dict]:
        """Status items for the accounts still unfinished when the spider closes (lost requests, a shutdown,
        posts never read): "failed", so no account keeps an earlier "ok". Called by the store pipeline at close.

        Not in a distributed job: any request of an account (its next posts page too) may be handled by another
        process of the job, so this process cannot know which accounts are unfinished (known limit)."""
        if "distributed" in str(self.crawler.settings.get("SCHEDULER") or ""):
            return []
        out = []
        for name, accounts in sorted(self.pending.items()):
            adapter = self.adapters.get(name)
            if adapter is None:
                continue
            for account_id in sorted(accounts):
                out.append(self.status_item(adapter, account_id, "failed", "爬取结束时仍未完成"))
        if out:
            log.warning("爬取结束时仍有 %d 个账号未完成，已标记为失败", len(out))
        return out

    async def _bootstrap_on_open(self, spider=None) -> None:
        """Bootstrap before the scheduler hands out any request (also the ones a JOBDIR resume restores)."""
        browsers = {name: a for name, a in self.adapters.items() if a.uses_browser}
        if browsers:
            self.crawler.signals.send_catch_log(browser_adapters, adapters=browsers)
        await self._bootstrap()

    # ---- helpers ------------------------------------------------------------------------------------------
    def adapter(self, response_or_request) -> Adapter:
        return self.adapters[response_or_request.meta["gw_platform"]]

    def adapter_for_record_platform(self, platform: str) -> Adapter | None:
        for adapter in self.adapters.values():
            if record_platform(adapter) == platform:
                return adapter
        return None

    def stat(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"govwatch/{key}", n)

    async def capture_response(self, response) -> None:
        """Playwright page event handler (named in the browser adapters' request meta)."""
        await capture_response(response)

    def open_store(self):
        from crawler.pipelines import store_factory

        return store_factory(self.crawler.settings)(self.cfg)

    async def bootstrap(self):
        """The items (blocking findings) the bootstrap at spider_opened produced."""
        items, self._bootstrap_items = self._bootstrap_items, []
        for item in items:
            yield item

    async def _bootstrap(self) -> None:
        """Run each adapter's bootstrap requests (visitor cookies, signing keys). A failure is logged and reported
        (``bootstrap_problems``) but never stops the platform: its API is tried anyway, and only the API's own
        answers can say it is blocked."""
        for name, adapter in list(self.adapters.items()):
            for request in adapter.bootstrap_requests():
                request.meta["gw_bootstrap"] = True
                try:
                    response = await self.crawler.engine.download_async(request)
                    adapter.bootstrap(response)
                except Blocked as exc:
                    why = f"{exc.signal}: {exc.reason}"
                except Exception as exc:  # noqa: BLE001 - network failure, bad answer: reported, not fatal
                    why = f"{type(exc).__name__}: {exc}"
                else:
                    continue
                self.bootstrap_problems.setdefault(name, []).append(why[:300])
                self.stat(f"bootstrap_failed/{name}")
                log.warning("%s 初始化步骤失败（%s）：%s —— 仍按接口爬取，是否被拦截以接口的回答为准",
                            adapter.zh, request.url, why)

    # ---- blocking -----------------------------------------------------------------------------------------
    def on_blocked(self, adapter: Adapter, exc: Blocked, account_id: str | None = None):
        """Mark the platform blocked for the run; one platform_blocked finding; affected accounts "blocked"."""
        name = adapter.name
        platform = record_platform(adapter)
        if name not in self.blocked:
            self.blocked[name] = exc.signal
            self.crawler.signals.send_catch_log(platform_blocked, platform=name, code=exc.signal)
            self.stat(f"blocked/{name}")
            log.warning("%s 被拦截（%s）：%s —— 本次运行不再请求该平台", adapter.zh, exc.signal, exc.reason)
            finding = make_finding(
                "platform_blocked", platform, "", score=1.0,
                reasons=[f"{adapter.zh}拦截了爬取：{exc.reason}；本次运行该平台的账号状态未知（不是“没有发文”）"],
                # evidence.url is the platform's endpoint (stable, so the alert dedups across nightly runs);
                # the exact request that was refused is request_url
                evidence={"signal": exc.signal, "url": _endpoint(adapter), "request_url": exc.url,
                          "run_id": self.run_id},
                detected_at=datetime.now(UTC))
            finding["run_id"] = self.run_id
            yield {"_collection": "findings", **finding}
            affected = sorted(self.pending.get(name, set()))
            for other in affected:
                yield self.status_item(adapter, other, "blocked", exc.reason)
            if account_id and account_id not in affected:
                yield self.status_item(adapter, account_id, "blocked", exc.reason)
        elif account_id:
            yield self.status_item(adapter, account_id, "blocked", exc.reason)

    def status_item(self, adapter: Adapter, account_id: str, status: str, why: str = "") -> dict:
        self.pending.get(adapter.name, set()).discard(account_id)
        if (adapter.name, account_id) not in self.final_status:  # count each account once, by its first outcome
            self.final_status[(adapter.name, account_id)] = status
            self.stat(f"accounts_{status}/{adapter.name}")
        return {"_collection": "accounts", "platform": record_platform(adapter), "account_id": account_id,
                "crawl_status": status, "crawl_error": why or None, "refreshed_at": _now()}

    def handle_error(self, adapter: Adapter, exc: Exception, response, account_id: str | None = None):
        """Blocked → on_blocked; Malformed → counted, logged, account "failed"; Gone → "gone"; any other error
        (a changed payload) → counted as ``parse_error/<platform>``, logged with its traceback, account "failed"."""
        if isinstance(exc, Blocked):
            yield from self.on_blocked(adapter, exc, account_id)
        elif isinstance(exc, Empty):
            self.stat(f"empty/{adapter.name}")
            self.empty_answers[adapter.name] = self.empty_answers.get(adapter.name, 0) + 1
            log.info("%s 返回空内容（%s）：%s", adapter.zh, getattr(response, "url", ""), exc.reason)
            if account_id:
                self.empty_accounts.setdefault(adapter.name, {})[account_id] = exc.reason
                yield self.status_item(adapter, account_id, "failed", f"接口返回空内容（待本次运行结束时判断）：{exc.reason}")
        elif isinstance(exc, Malformed):
            self.stat(f"malformed/{adapter.name}")
            log.warning("无法解析 %s 的响应：%s", adapter.zh, exc)
            if account_id:
                yield self.status_item(adapter, account_id, "failed", str(exc))
        elif isinstance(exc, Gone):
            if account_id:
                yield self.status_item(adapter, account_id, "gone", str(exc))
        else:
            # an adapter bug or a payload whose shape changed (KeyError, AttributeError…): the account's state
            # is unknown, never left at an earlier "ok"
            self.stat(f"parse_error/{adapter.name}")
            log.error("解析 %s 的响应时出错（%s）：%s: %s", adapter.zh, getattr(response, "url", ""),
                      type(exc).__name__, exc, exc_info=(type(exc), exc, exc.__traceback__))
            if account_id:
                yield self.status_item(adapter, account_id, "failed",
                                       f"解析{adapter.zh}的响应时出错：{type(exc).__name__}: {exc}"[:300])

    async def on_request_error(self, failure: Failure):
        """Errback: network errors, size cap, ignored requests of blocked platforms."""
        request = failure.request
        adapter = self.adapters.get(request.meta.get("gw_platform"))
        if isinstance(adapter, BrowserAdapter):
            await adapter.close_page(request.meta)
        if adapter is None:
            return
        account_id = request.meta.get("gw_account")
        blocked = blocked_navigation(adapter, request.url) if isinstance(adapter, BrowserAdapter) else None
        if blocked is not None:
            for item in self.on_blocked(adapter, blocked, account_id):
                yield item
            return
        if failure.check(PlatformBlockedError):
            if account_id:
                yield self.status_item(adapter, account_id, "blocked", self.blocked.get(adapter.name, ""))
            return
        self.stat(f"request_failed/{adapter.name}")
        log.warning("%s 请求失败 %s：%s", adapter.zh, request.url, failure.getErrorMessage())
        if account_id:
            yield self.status_item(adapter, account_id, "failed", failure.getErrorMessage()[:300])


def platform_outcome(spider: GovwatchSpider, name: str) -> dict:
    """What happened to one platform in the run: requests sent, answers read, and whether it could be crawled.

    ``crawled`` is False when the platform was blocked, or when requests were sent (beyond the bootstrap steps)
    and not one answer could be read (every request failed, every answer was unreadable)."""
    stats = spider.crawler.stats.get_stats()
    requests = stats.get(f"govwatch/requests/{name}", 0)
    work = requests - stats.get(f"govwatch/bootstrap_requests/{name}", 0)
    answered = spider.answered.get(name, 0)
    problem = None
    if spider.blocked.get(name):
        problem = f"被拦截（{spider.blocked[name]}）"
    elif work > 0 and not answered and not spider.empty_answers.get(name):
        problem = "所有请求都失败或无法解析"
    return {"requests": requests, "responses": stats.get(f"govwatch/responses/{name}", 0), "answered": answered,
            "empty": spider.empty_answers.get(name, 0), "request_failed": stats.get(f"govwatch/request_failed/{name}", 0),
            "malformed": stats.get(f"govwatch/malformed/{name}", 0),
            "parse_errors": stats.get(f"govwatch/parse_error/{name}", 0),
            "bootstrap_problems": spider.bootstrap_problems.get(name, []), "crawled": problem is None,
            "problem": problem}


def _endpoint(adapter: Adapter) -> str:
    try:
        return adapter.url()
    except (KeyError, AttributeError):
        return ""


def _now() -> str:
    from zoneinfo import ZoneInfo

    from core.records import iso

    return iso(datetime.now(ZoneInfo(DEFAULT_TIMEZONE)))


def request_key(*parts) -> str:
    return stable_hash(*parts)[:16]
