"""The shared request queue against a real redis-server: platforms in turn, priorities, atomic pops."""

from __future__ import annotations

import scrapy

from crawler.distributed import PlatformFairQueue, job_keys


def make_queue(redis_db, run_id="q-1"):
    spider = scrapy.Spider(name="discover")
    return PlatformFairQueue(redis_db.client(), spider, job_keys("discover", run_id)["requests"])


def request(platform: str, n: int, priority: int = 0) -> scrapy.Request:
    return scrapy.Request(f"http://127.0.0.1:1/{platform}/search?page={n}", priority=priority,
                          meta={"download_slot": platform, "gw_page": n})


def test_platforms_are_served_in_turn_not_one_after_another(redis_db):
    q = make_queue(redis_db)
    # queued grouped by platform (the order a single sorted set would also hand them out in)
    for platform in ("bilibili", "wechat", "weibo"):
        for n in range(4):
            q.push(request(platform, n))
    assert len(q) == 12
    popped = [q.pop() for _ in range(12)]
    slots = [r.meta["download_slot"] for r in popped]
    # every window of three consecutive pops touches all three platforms
    assert all(len(set(slots[i:i + 3])) == 3 for i in range(0, 12, 3)), slots
    assert sorted((r.meta["download_slot"], r.meta["gw_page"]) for r in popped) == \
        sorted((p, n) for p in ("bilibili", "wechat", "weibo") for n in range(4))
    assert q.pop() is None and len(q) == 0


def test_priority_within_a_platform_and_shared_between_processes(redis_db):
    a, b = make_queue(redis_db), make_queue(redis_db)  # two processes, same job
    a.push(request("weibo", 1, priority=0))
    a.push(request("weibo", 2, priority=10))
    b.push(request("weibo", 3, priority=-5))
    assert len(a) == len(b) == 3
    assert b.pop().meta["gw_page"] == 2  # highest priority first, whoever pushed it
    assert a.pop().meta["gw_page"] == 1
    assert a.pop().meta["gw_page"] == 3
    assert a.pop() is None and b.pop() is None


def test_jobs_do_not_share_queues_and_clear_removes_all_keys(redis_db):
    one, two = make_queue(redis_db, "job-1"), make_queue(redis_db, "job-2")
    one.push(request("weibo", 1))
    one.push(request("bilibili", 1))
    assert len(one) == 2 and len(two) == 0 and two.pop() is None
    one.clear()
    client = redis_db.client()
    assert len(one) == 0 and not list(client.scan_iter(job_keys("discover", "job-1")["requests"] + "*"))
