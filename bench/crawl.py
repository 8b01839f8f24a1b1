"""Crawler benchmark against the local platform imitations (politeness off).

1. govwatch discover + refresh (Weibo, WeChat, Bilibili) over a scaled seed, one after the other in one
   ``python -m crawler.run discover refresh`` process as the nightly runs them: pages/s, items/s, CPU ms per page,
   peak RSS — versus a bare Scrapy spider fetching exactly the same URLs and writing JSONL (measured in the
   same run; the ratio is printed).
2. The Playwright path (Douyin + Kuaishou search pages): pages/min and peak RSS (browser included) over
   ``--pages`` page loads with context recycling (``browser.max_pages_per_context``).

    .venv/bin/python bench/crawl.py [--accounts 150] [--pages 500] [--skip-browser] [--distinct-avatars]

The cloned accounts share their originals' avatar images (17 different images among ~360 downloads), and the
crawler handles each image content once per process; ``--distinct-avatars`` gives every clone an image of its
own, so that every download is decoded and fingerprinted.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from imitations.platforms import PlatformServer, default_seed, registry_rows  # noqa: E402


def scaled_seed(per_platform: int, distinct_avatars: bool = False) -> dict:
    """The default seed, with each platform's accounts cloned to ``per_platform`` accounts (new ids/names); with
    ``distinct_avatars`` each clone's avatar shows its own number (a different image)."""
    seed = default_seed()
    for platform in ("weibo", "wechat", "bilibili", "douyin", "kuaishou"):
        base = [a for a in seed[platform] if not a.gone]
        out = list(seed[platform])
        i = 0
        while len(out) < per_platform:
            a = copy.deepcopy(base[i % len(base)])
            i += 1
            suffix = f"{i:04d}"
            a.id = (a.id[:-4] + suffix) if platform in ("weibo", "bilibili") else f"{a.id}{suffix}"
            a.alias = a.id if platform == "wechat" else a.alias
            a.uid = f"{a.uid}{suffix}" if a.uid else a.uid
            a.name = f"{a.name}{suffix}"
            if distinct_avatars and not a.avatar[0].startswith("_"):
                a.avatar = (a.avatar[0], suffix)
            a.registry = copy.deepcopy(a.registry) if a.registry else None
            out.append(a)
        seed[platform] = out
    return seed


class Sampler:
    """Polls a process tree: peak summed RSS and total CPU seconds (of processes seen)."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.peak_rss = 0
        self.peak_pss = 0  # proportional set size: shared pages (Chromium's processes) counted once
        self.n = 0
        self.cpu: dict[int, float] = {}

    def sample(self) -> None:
        try:
            procs = [self.root] + self.root.children(recursive=True)
        except psutil.NoSuchProcess:
            return
        rss = 0
        self.n += 1
        if self.n % 10 == 1:
            pss = 0
            for p in procs:
                try:
                    pss += p.memory_full_info().pss
                except (psutil.Error, AttributeError):
                    pass
            self.peak_pss = max(self.peak_pss, pss)
        for p in procs:
            try:
                rss += p.memory_info().rss
                t = p.cpu_times()
                self.cpu[p.pid] = t.user + t.system + getattr(t, "children_user", 0) + getattr(t, "children_system", 0)
            except psutil.Error:
                pass
        self.peak_rss = max(self.peak_rss, rss)


def run_measured(cmd: list[str], env: dict) -> tuple[subprocess.CompletedProcess, float, Sampler]:
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out_f, tempfile.TemporaryFile("w+") as err_f:  # a full pipe would stall
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=out_f, stderr=err_f, text=True)
        sampler = Sampler(proc.pid)
        while proc.poll() is None:
            sampler.sample()
            time.sleep(0.05)
        wall = time.perf_counter() - start
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    if proc.returncode != 0:
        raise SystemExit(f"command failed: {' '.join(cmd)}\n{err[-3000:]}")
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), wall, sampler


def crawl_env(srv: PlatformServer, data: Path, platforms: list[str], extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    env.update({"GOVWATCH_GENERAL__DATA_DIR": str(data), "GOVWATCH_STORE__SQLITE_PATH": str(data / "gw.db"),
                "GOVWATCH_STORE__BACKEND": "sqlite", "GOVWATCH_CRAWLER__DOWNLOAD_DELAY": "0",
                "GOVWATCH_CRAWLER__CONCURRENCY_PER_PLATFORM": "16", "GOVWATCH_CRAWLER__MAX_SEARCH_PAGES": "100",
                "GOVWATCH_CRAWLER__BASE_URLS": json.dumps(srv.urls),
                "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": json.dumps(["127.0.0.1"]),  # the imitations
                "GOVWATCH_CRAWLER__PLATFORMS": json.dumps(platforms), "PYTHONPATH": str(REPO), **(extra or {})})
    return env


def govwatch_run(spiders: list[str], env: dict, *args: str):
    """``python -m crawler.run`` with these spiders in one process, as the nightly runs them; one result each."""
    cmd = [sys.executable, "-m", "crawler.run", *spiders, "--json", "-s", "LOG_LEVEL=ERROR"]
    for a in args:
        cmd += ["-a", a]
    proc, wall, s = run_measured(cmd, env)
    results = [json.loads(ln) for ln in proc.stdout.split("\n") if ln.startswith("{")]
    return [r["stats"] for r in results], wall, s


def phase_seconds(stats: dict) -> float:
    """A crawl's own duration (spider opened to closed), from its stats."""
    return (datetime.fromisoformat(stats["finish_time"]) - datetime.fromisoformat(stats["start_time"])).total_seconds()


BASELINE = r'''
import json, sys
import scrapy
from scrapy.crawler import CrawlerProcess

urls, out_path, cookie = sys.argv[1], sys.argv[2], sys.argv[3]

class Bare(scrapy.Spider):
    name = "bare"
    async def start(self):
        for line in open(urls, encoding="utf-8"):
            yield scrapy.Request(line.strip(), headers={"Cookie": cookie}, dont_filter=True,
                                 meta={"handle_httpstatus_all": True, "dont_merge_cookies": True})
    def parse(self, response):
        try:
            data = json.loads(response.body)
        except ValueError:
            data = response.text if hasattr(response, "text") else ""
        yield {"url": response.url, "status": response.status, "data": data}

p = CrawlerProcess({"LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
                    "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
                    "FEEDS": {out_path: {"format": "jsonlines", "encoding": "utf-8"}}, "TELNETCONSOLE_ENABLED": False})
p.crawl(Bare)
p.start()
'''


def machine() -> str:
    """Cores and load average (1, 5, 15 min): the figures mean little without them on a shared machine."""
    load = "、".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} 核，负载（1/5/15 分钟）{load}"


def bench_http(accounts: int, distinct_avatars: bool = False) -> None:
    print(f"开始时：{machine()}")
    srv = PlatformServer(scaled_seed(accounts, distinct_avatars), page_size=10).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            from search_index.sqlite_backend import SQLiteStore

            with SQLiteStore(tmp / "gw.db") as store:
                store.upsert("registry", registry_rows(srv.seed))
            env = crawl_env(srv, tmp, ["weibo", "wechat", "bilibili"])
            srv.request_log = []
            (d_stats, r_stats), wall, g_s = govwatch_run(
                ["discover", "refresh"], env, "discover:keywords=发布,公安,文旅,卫健,交警,生态", "discover:from_registry=0")
            d_wall, r_wall = phase_seconds(d_stats), phase_seconds(r_stats)
            paths = list(srv.request_log)
            avatars = sum(1 for p in paths if p.startswith("/avatar/"))
            images = {tuple(a.avatar) for p in paths if p.startswith("/avatar/") and p.count("/") == 3
                      for a in [srv.find(*p[len("/avatar/"):].removesuffix(".png").split("/"))] if a}
            srv.request_log = None
            pages = d_stats.get("response_received_count", 0) + r_stats.get("response_received_count", 0)
            items = d_stats.get("item_scraped_count", 0) + r_stats.get("item_scraped_count", 0)
            cpu = sum(g_s.cpu.values())
            peak = g_s.peak_rss
            url_file = tmp / "urls.txt"
            url_file.write_text("\n".join(srv.root + p for p in paths), encoding="utf-8")
            cookie = f"SUB={srv.visitor_token}; buvid3={srv.buvid}"
            script = tmp / "bare.py"
            script.write_text(BASELINE, encoding="utf-8")
            _proc, b_wall, b_s = run_measured([sys.executable, str(script), str(url_file), str(tmp / "bare.jsonl"),
                                              cookie], {**os.environ, "PYTHONPATH": str(REPO)})
            b_pages = sum(1 for _ in (tmp / "bare.jsonl").open(encoding="utf-8"))
            b_cpu = sum(b_s.cpu.values())
    finally:
        srv.stop()
    print(f"== HTTP 路径（微博、微信、B站，{accounts} 个账号/平台，不限速）==")
    print(f"govwatch discover+refresh: {pages} 页, {items} 条记录, {wall:.2f} s → {pages / wall:.1f} 页/s, "
          f"{items / wall:.1f} 条/s; CPU {1000 * cpu / max(pages, 1):.2f} ms/页; 峰值 RSS {peak / 2**20:.0f} MiB")
    print(f"  （其中头像 {avatars} 个、不同图片 {len(images)} 种：下载、校验、感知哈希；"
          f"一个进程依次运行 discover {d_wall:.1f} s、refresh {r_wall:.1f} s）")
    print(f"裸 Scrapy 同 URL 写 JSONL:   {b_pages} 页, {b_wall:.2f} s → {b_pages / b_wall:.1f} 页/s; "
          f"CPU {1000 * b_cpu / max(b_pages, 1):.2f} ms/页; 峰值 RSS {b_s.peak_rss / 2**20:.0f} MiB")
    print(f"比值（govwatch / 裸 Scrapy）：页/s {pages / wall / (b_pages / b_wall):.2f}，"
          f"CPU/页 {(cpu / max(pages, 1)) / (b_cpu / max(b_pages, 1)):.2f}")
    print(f"结束时：{machine()}")


def bench_browser(pages: int, per_context: int) -> None:
    n_kw = max(1, pages // 2)
    srv = PlatformServer(page_size=10).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            env = crawl_env(srv, tmp, ["douyin", "kuaishou"],
                            {"GOVWATCH_BROWSER__MAX_PAGES_PER_CONTEXT": str(per_context),
                             "GOVWATCH_CRAWLER__CONCURRENCY_PER_PLATFORM": "2"})
            keywords = ",".join(f"山东{i}" for i in range(n_kw))
            (stats,), wall, s = govwatch_run(["discover"], env, f"keywords={keywords}", "from_registry=0")
    finally:
        srv.stop()
    n = stats.get("playwright/page_count", 0)
    print(f"== Playwright 路径（抖音+快手搜索页，每上下文 {per_context} 页后回收）==")
    print(f"{n} 页, {wall:.1f} s → {60 * n / wall:.0f} 页/分钟; 峰值内存（含浏览器）PSS {s.peak_pss / 2**20:.0f} MiB"
          f"（各进程 RSS 之和 {s.peak_rss / 2**20:.0f} MiB）; "
          f"上下文 {stats.get('playwright/context_count', 0)} 个（同时最多 "
          f"{stats.get('playwright/context_count/max_concurrent', 0)}）")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, default=150, help="每个平台的账号数（HTTP 路径）")
    ap.add_argument("--pages", type=int, default=500, help="Playwright 路径的页面数")
    ap.add_argument("--per-context", type=int, default=50, help="每个浏览器上下文处理多少页后回收")
    ap.add_argument("--skip-browser", action="store_true", help="不测 Playwright 路径")
    ap.add_argument("--distinct-avatars", action="store_true", help="每个克隆账号用自己的头像图片（每个头像都要解码和哈希）")
    args = ap.parse_args()
    bench_http(args.accounts, args.distinct_avatars)
    if not args.skip_browser:
        bench_browser(args.pages, args.per_context)


if __name__ == "__main__":
    main()
