"""refresh — profile and recent posts of every registered account and every discovered account.

Incremental: paging stops at the first page holding a post already stored (or after
``crawler.max_post_pages``). ``last_post_at`` / ``last_original_at`` ignore pinned posts. Accounts the
platform reports as deleted/banned get ``crawl_status: "gone"``; accounts of a blocked platform ``"blocked"``
(never "no posts"); unreadable answers ``"failed"``. ``crawl_status: "ok"`` is written only once the account's
posts were actually read, and ``refreshed_at`` (the last full refresh) is stamped only with that final outcome
or with a blocked/failed/gone status — never by the profile read alone (``profile_crawled_at``). Accounts still
unfinished when the spider closes are marked ``"failed"`` ("爬取结束时仍未完成").

Arguments: ``-a accounts=weibo:123,bilibili:456`` (only these), ``-a discovered=0`` (registry only),
``-a platforms=…``, ``-a run_id=…``.
"""

from __future__ import annotations

from core.records import PLATFORM_ZH, account_key
from crawler.platforms import record_platform
from crawler.platforms.base import Empty, PostsResult
from crawler.spiders.common import GovwatchSpider, _now, platform_outcome, split_arg


def interleaved(targets: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The targets taking turns by platform (each platform's own order kept): the downloader accepts only
    ``CONCURRENT_REQUESTS`` at once, and the first platform's accounts alone (stored accounts come back platform
    by platform) filled it while the other platforms waited."""
    by_platform: dict[str, list[tuple[str, str]]] = {}
    for target in targets:
        by_platform.setdefault(target[0], []).append(target)
    queues = list(by_platform.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


class RefreshSpider(GovwatchSpider):
    name = "refresh"

    def __init__(self, *args, accounts=None, discovered="1", **kwargs):
        super().__init__(*args, **kwargs)
        self.only = set(split_arg(accounts))
        self.include_discovered = str(discovered).lower() not in ("0", "false", "no", "off")
        self.known_posts: dict[str, set[str]] = {}

    def targets(self, store) -> list[tuple[str, str]]:
        """(adapter name, account id) for every account to refresh, registry first, no duplicates."""
        out, seen = [], set()
        candidates = [(r["platform"], r["account_id"]) for r in store.scan("registry")]
        if self.include_discovered:
            candidates += [(a["platform"], a["account_id"])
                           for a in store.scan("accounts", {"discovered_by": {"exists": True}})]
        candidates += [tuple(x.split(":", 1)) for x in self.only if ":" in x]
        for platform, account_id in candidates:
            key = account_key(platform, account_id)
            if key in seen or (self.only and key not in self.only):
                continue
            adapter = self.adapter_for_record_platform(platform)
            if adapter is None:
                continue
            seen.add(key)
            out.append((adapter.name, str(account_id)))
        return out

    async def start(self):
        store = self.open_store()
        try:
            targets = self.targets(store)
            for name, account_id in interleaved(targets):
                platform = record_platform(self.adapters[name])
                self.pending.setdefault(name, set()).add(account_id)
                stored = store.scan("posts", {"platform": platform, "account_id": account_id},
                                    sort=[("created_at", "desc")], limit=200)
                self.known_posts[account_key(name, account_id)] = {p["post_id"] for p in stored}
            keys = {account_key(record_platform(self.adapters[n]), a): (n, a) for n, a in targets}
            for key, record in store.get_many("accounts", list(keys)).items():
                if record and record.get("gone_suspected_at"):
                    self.gone_suspected[keys[key]] = {"at": record["gone_suspected_at"],
                                                      "run_id": record.get("gone_suspected_run")}
        finally:
            store.close()
        self.crawler.stats.set_value("govwatch/targets", len(targets))
        async for item in self.bootstrap():
            yield item
        for name, account_id in interleaved(targets):
            adapter = self.adapters[name]
            if name in self.blocked:
                yield self.status_item(adapter, account_id, "blocked", self.blocked[name])
                continue
            request = adapter.profile_request(account_id)
            request.meta.update({"gw_kind": "profile", "gw_account": account_id})
            yield request.replace(callback=self.parse_profile_page, errback=self.on_request_error)

    async def parse_profile_page(self, response):
        adapter, account_id = self.adapter(response), response.meta["gw_account"]
        try:
            result = await adapter.parse_profile(response, account_id)
        except Exception as exc:  # noqa: BLE001 - classified by handle_error
            for item in self.handle_error(adapter, exc, response, account_id):
                yield item
            return
        self.stat(f"profiles/{adapter.name}")
        self.answer_ok(adapter)
        # refreshed_at ("last full refresh", read by the detectors) is stamped only with the final outcome:
        # "ok" once the posts were read, or a blocked/failed/gone status; the profile read has its own time
        account = {**result.account, "account_id": account_id, "profile_crawled_at": _now()}
        yield {"_collection": "accounts", **account}
        if hasattr(adapter, "followers_request"):
            request = adapter.followers_request(account_id)
            request.meta["gw_account_info"] = account_id
            yield request.replace(callback=self.parse_followers, errback=self.on_request_error)
        state = {"page": 1, "last_post_at": None, "last_original_at": None, "posts": 0}
        if result.posts is not None:
            for item in self.posts_step(adapter, account_id, result.posts, state, final=True):
                yield item
            return
        request = adapter.posts_request(account_id, None)
        if request is None:
            yield self.status_item(adapter, account_id, "failed", "该平台无法读取发文列表")
            return
        yield self.posts_request(request, account_id, state)

    def posts_request(self, request, account_id: str, state: dict):
        request.meta.update({"gw_kind": "posts", "gw_account": account_id, "gw_state": state})
        return request.replace(callback=self.parse_posts_page, errback=self.on_request_error)

    async def parse_posts_page(self, response):
        adapter, account_id = self.adapter(response), response.meta["gw_account"]
        state = dict(response.meta["gw_state"])
        try:
            result = await adapter.parse_posts(response, account_id)
        except Empty as exc:
            # the profile answered a moment ago, so the account exists: an empty post list is no posts, not "gone"
            self.stat(f"empty_posts/{adapter.name}")
            self.logger.info("%s 账号 %s 的发文列表为空：%s", adapter.zh, account_id, exc.reason)
            result = PostsResult([])
        except Exception as exc:  # noqa: BLE001 - classified by handle_error
            for item in self.handle_error(adapter, exc, response, account_id):
                yield item
            return
        else:
            self.answer_ok(adapter)
        for item in self.posts_step(adapter, account_id, result, state):
            yield item

    def posts_step(self, adapter, account_id: str, result: PostsResult, state: dict, final: bool = False):
        """Yield the page's posts; then the next page's request, or the account's summary when done."""
        known = self.known_posts.get(account_key(adapter.name, account_id), set())
        reached_known = False
        for post in result.posts:
            self.stat(f"posts/{adapter.name}")
            state["posts"] += 1
            yield {"_collection": "posts", **post}
            if post.get("is_pinned"):
                continue
            if post["post_id"] in known:
                reached_known = True
            created = post.get("created_at")
            if created and (state["last_post_at"] is None or created > state["last_post_at"]):
                state["last_post_at"] = created
            if created and post.get("is_original") is True and (
                    state["last_original_at"] is None or created > state["last_original_at"]):
                state["last_original_at"] = created
        self.stat(f"post_pages/{adapter.name}")
        more = result.next_cursor is not None and not reached_known and not final \
            and state["page"] < int(self.cfg["crawler.max_post_pages"])
        if more:
            request = adapter.posts_request(account_id, result.next_cursor)
            if request is not None:
                state["page"] += 1
                yield self.posts_request(request, account_id, state)
                return
        self.pending.get(adapter.name, set()).discard(account_id)
        if (adapter.name, account_id) not in self.final_status:
            self.final_status[(adapter.name, account_id)] = "ok"
            self.stat(f"accounts_ok/{adapter.name}")
        done = {"_collection": "accounts", "platform": record_platform(adapter), "account_id": account_id,
                "crawl_status": "ok", "crawl_error": None, "last_post_at": state["last_post_at"],
                "last_original_at": state["last_original_at"], "posts_seen": state["posts"],
                "refreshed_at": _now()}
        if (adapter.name, account_id) in self.gone_suspected:
            done.update(gone_suspected_at="", gone_suspected_run="")  # it answered: the suspicion is over
        yield done

    def parse_followers(self, response):
        adapter = self.adapter(response)
        account_id = response.meta["gw_account_info"]
        try:
            followers = adapter.parse_followers(response)
        except Exception as exc:  # noqa: BLE001 - followers are optional; blocks still count
            yield from self.handle_error(adapter, exc, response)
            return
        self.answer_ok(adapter)
        if followers is not None:
            yield {"_collection": "accounts", "platform": record_platform(adapter), "account_id": account_id,
                   "followers": followers}

    def summary(self) -> dict:
        stats = self.crawler.stats.get_stats()
        return {"platforms": {name: {"zh": PLATFORM_ZH.get(name, name),
                                      "ok": stats.get(f"govwatch/accounts_ok/{name}", 0),
                                      "gone": stats.get(f"govwatch/accounts_gone/{name}", 0),
                                      "blocked": stats.get(f"govwatch/accounts_blocked/{name}", 0),
                                      "failed": stats.get(f"govwatch/accounts_failed/{name}", 0),
                                      "posts": stats.get(f"govwatch/posts/{name}", 0),
                                      "pages": stats.get(f"govwatch/profiles/{name}", 0)
                                      + stats.get(f"govwatch/post_pages/{name}", 0),
                                      "items": stats.get(f"govwatch/posts/{name}", 0),
                                      "blocked_signal": self.blocked.get(name), **platform_outcome(self, name)}
                              for name in self.adapters}}
