"""Crawl capacity: refresh throughput of 1 and 2 crawler processes sharing a Redis queue, and accounts per night.

1. Measured (local platform imitations, politeness OFF, so the figure is the crawler's own CPU/IO limit):
   ``refresh`` of every registered account (profile + posts pages, Bilibili also its follower count) by
   - one process with Scrapy's own scheduler (reference),
   - one process on scrapy-redis (``crawler.redis_url``),
   - two processes sharing one Redis job (same run id),
   each into a fresh store; then an incremental refresh (second night: paging stops at stored posts).
   Printed: accounts/s, pages/s, the 2-process/1-process ratio, API requests per account per platform.
2. Derived: accounts per night per platform at the DEFAULT politeness read from ``core/settings.py``
   (``crawler.download_delay``, ``crawler.concurrency_per_platform``, ``crawler.max_post_pages``), for a night
   window of ``--hours``, and how it changes with N processes.

    .venv/bin/python bench/capacity.py [--accounts 300] [--polite-accounts 60] [--polite-scale 10] [--hours 8]
                                       [--platforms weibo,wechat,bilibili]

Needs ``redis-server`` (Debian package; ``./run.sh`` installs it). Everything binds 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.crawl import scaled_seed  # noqa: E402
from core.settings import setting  # noqa: E402
from imitations.platforms import PlatformServer, registry_rows  # noqa: E402
from tests.scaleout.conftest import REDIS_SERVER, start_redis, stop_redis  # noqa: E402

STATUSES = ("ok", "gone", "failed", "blocked")


class Bench:
    def __init__(self, srv: PlatformServer, tmp: Path, platforms: list[str], redis_url: str):
        self.srv, self.tmp, self.platforms, self.redis_url = srv, tmp, platforms, redis_url
        tmp.mkdir(parents=True, exist_ok=True)
        self.template = tmp / "template.db"
        from search_index.sqlite_backend import SQLiteStore

        with SQLiteStore(self.template) as store:
            store.upsert("registry", [r for r in registry_rows(srv.seed) if r["platform"] in platforms])

    def store_dir(self, name: str) -> Path:
        d = self.tmp / name
        d.mkdir()
        shutil.copy(self.template, d / "gw.db")
        return d

    def env(self, data: Path, redis: bool, polite_delay: float | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
        env.update({"GOVWATCH_GENERAL__DATA_DIR": str(data), "GOVWATCH_STORE__SQLITE_PATH": str(data / "gw.db"),
                    "GOVWATCH_STORE__BACKEND": "sqlite", "GOVWATCH_CRAWLER__DOWNLOAD_DELAY": "0",
                    "GOVWATCH_CRAWLER__CONCURRENCY_PER_PLATFORM": "8",
                    "GOVWATCH_CRAWLER__BASE_URLS": json.dumps(self.srv.urls),
                    "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": json.dumps(["127.0.0.1"]),  # the imitations
                    "GOVWATCH_CRAWLER__PLATFORMS": json.dumps(self.platforms),
                    "GOVWATCH_CRAWLER__REDIS_URL": self.redis_url if redis else "", "PYTHONPATH": str(REPO)})
        if polite_delay is not None:  # politeness ON: default concurrency and AutoThrottle, a scaled delay
            env["GOVWATCH_CRAWLER__DOWNLOAD_DELAY"] = str(polite_delay)
            del env["GOVWATCH_CRAWLER__CONCURRENCY_PER_PLATFORM"]
        return env

    def refresh(self, data: Path, processes: int, redis: bool, run_id: str, polite_delay: float | None = None) -> dict:
        """Run ``processes`` refresh processes on one job; wall time from first start to last exit."""
        cmd = [sys.executable, "-m", "crawler.run", "refresh", "--json", "-s", "LOG_LEVEL=ERROR",
               "-a", "discovered=0", "-a", f"run_id={run_id}"]
        self.srv.request_log = TimedLog()
        cpu0, server0 = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
        start = time.perf_counter()
        procs = []
        for i in range(processes):
            out = (data / f"{run_id}-{i}.out").open("w+")
            err = (data / f"{run_id}-{i}.err").open("w+")
            proc = subprocess.Popen(cmd, cwd=REPO, env=self.env(data, redis, polite_delay), stdout=out, stderr=err,
                                    text=True)
            procs.append((proc, out, err))
        results = []
        try:
            for proc, out, err in procs:
                proc.wait()
                out.seek(0)
                err.seek(0)
                text = out.read()
                if proc.returncode != 0:
                    raise SystemExit(f"refresh failed (rc {proc.returncode}):\n{err.read()[-3000:]}")
                results.append(json.loads([ln for ln in text.split("\n") if ln.startswith("{")][-1]))
        finally:
            for proc, out, err in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                out.close()
                err.close()
        wall = time.perf_counter() - start
        cpu, server_cpu = _cpu(resource.RUSAGE_CHILDREN) - cpu0, _cpu(resource.RUSAGE_SELF) - server0
        timed, self.srv.request_log = self.srv.request_log, None
        log = [path for _, path in timed]
        stats = [r["stats"] for r in results]
        per_platform = {p: sum(s.get(f"govwatch/accounts_{st}/{p}", 0) for s in stats for st in STATUSES)
                        for p in self.platforms}
        api = Counter(platform_of(path) for path in log if not path.startswith("/avatar/"))
        times: dict[str, list[float]] = {}
        for at, path in timed:
            if not path.startswith("/avatar/"):
                times.setdefault(platform_of(path), []).append(at)
        # requests/s each platform received while it was being crawled (first to last request)
        rates = {p: (len(ts) - 1) / (ts[-1] - ts[0]) for p, ts in times.items() if len(ts) > 2 and ts[-1] > ts[0]}
        # the crawl phase: first to last request the platforms received (excludes interpreter start-up and the
        # idle wait of a process whose queue ran dry before the others finished — at most one engine heartbeat)
        phase = timed[-1][0] - timed[0][0] if len(timed) > 1 else wall
        return {"wall": wall, "phase": phase, "processes": processes, "rates": rates, "cpu": cpu,
                "server_cpu": server_cpu, "accounts": sum(per_platform.values()), "per_platform": per_platform,
                "pages": sum(s.get("response_received_count", 0) for s in stats), "api_requests": api,
                "per_process_pages": [s.get("response_received_count", 0) for s in stats],
                "ok": sum(s.get(f"govwatch/accounts_ok/{p}", 0) for s in stats for p in self.platforms)}


class TimedLog(list):
    """The imitation server's request log, with the arrival time of each request."""

    def append(self, path) -> None:
        super().append((time.monotonic(), path))


def platform_of(path: str) -> str:
    name = path.lstrip("/").split("/", 1)[0]
    return "wechat" if name == "wechat_mp" else name


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def show(label: str, r: dict, startup_cpu: float, base: dict | None = None) -> None:
    """Throughput over the crawl phase (first → last request served), CPU net of process start-up."""
    rate = r["accounts"] / r["phase"]
    net_cpu = max(r["cpu"] - r["processes"] * startup_cpu, 1e-6)
    r["rate"], r["per_cpu"] = rate, r["accounts"] / net_cpu
    ratio = f"；相对单进程 {rate / base['rate']:.2f}×" if base else ""
    split = "+".join(str(n) for n in r["per_process_pages"])
    print(f"{label:<24}{r['accounts']:>5} 账号 {r['pages']:>5} 页  爬取 {r['phase']:6.2f} s（含启动 {r['wall']:6.2f} s）"
          f" → {rate:6.1f} 账号/s {r['pages'] / r['phase']:6.1f} 页/s；CPU {net_cpu:5.1f} s → {r['per_cpu']:5.1f} 账号/CPU秒"
          f"（各进程页数 {split}）{ratio}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, default=300, help="每个平台的账号数（仿真数据扩展到该数量）")
    ap.add_argument("--polite-accounts", type=int, default=60, help="限速校验时每个平台的账号数")
    ap.add_argument("--polite-scale", type=float, default=10.0,
                    help="限速校验把默认请求间隔缩小的倍数（10 → 0.1 s），以便几十秒内测完")
    ap.add_argument("--hours", type=float, default=8.0, help="夜间爬取窗口（小时）")
    ap.add_argument("--platforms", default="weibo,wechat,bilibili", help="参与测量的平台（HTTP 平台）")
    args = ap.parse_args()
    platforms = [p.strip() for p in args.platforms.split(",") if p.strip()]
    binary = REDIS_SERVER if Path(REDIS_SERVER).exists() else shutil.which("redis-server")
    if not binary:
        raise SystemExit("需要 redis-server（Debian 软件包 redis-server；./run.sh 会安装）")
    delay = float(setting("crawler.download_delay").default)
    conc = int(setting("crawler.concurrency_per_platform").default)
    max_pages = int(setting("crawler.max_post_pages").default)
    check_delay = delay / args.polite_scale

    tmp = Path(tempfile.mkdtemp(prefix="gw-capacity-"))
    (tmp / "redis").mkdir()
    redis = start_redis(binary, tmp / "redis")
    redis_url = f"redis://127.0.0.1:{redis.port}/0"
    servers = []
    try:
        srv = PlatformServer(scaled_seed(args.accounts), page_size=10).start()
        servers.append(srv)
        bench = Bench(srv, tmp / "fast", platforms, redis_url)
        empty = bench.store_dir("empty")
        (empty / "gw.db").unlink()
        startup = bench.refresh(empty, 1, True, "cap-empty")  # no accounts: process start-up and bootstrap only
        plain = bench.refresh(bench.store_dir("plain"), 1, False, "cap-plain")
        one = bench.refresh(bench.store_dir("one"), 1, True, "cap-one")
        two_dir = bench.store_dir("two")
        two = bench.refresh(two_dir, 2, True, "cap-two")
        incremental = bench.refresh(two_dir, 1, False, "cap-incr")
        polite_srv = PlatformServer(scaled_seed(args.polite_accounts), page_size=10).start()
        servers.append(polite_srv)
        polite = Bench(polite_srv, tmp / "polite", platforms, redis_url)
        p_one = polite.refresh(polite.store_dir("one"), 1, True, "pol-one", check_delay)
        p_two = polite.refresh(polite.store_dir("two"), 2, True, "pol-two", check_delay)
    finally:
        for s in servers:
            s.stop()
        stop_redis(redis.process)
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"== 1. 刷新吞吐（仿真平台 {'、'.join(platforms)}，每平台扩展到 {args.accounts} 个账号，不限速，"
          f"{os.cpu_count()} 核）==")
    cpu0 = startup["cpu"]
    print(f"进程启动（导入、平台初始化请求，无账号）：{startup['wall']:.2f} s，CPU {cpu0:.2f} s —— 下面的 CPU 已扣除")
    show("单进程（Scrapy 调度器）", plain, cpu0)
    show("单进程（scrapy-redis）", one, cpu0)
    show("两进程共享 Redis 队列", two, cpu0, one)
    show("增量刷新（第二晚）", incremental, cpu0)
    if two["accounts"] != one["accounts"] or two["ok"] != one["ok"]:
        print(f"警告：两进程刷新的账号数 {two['accounts']}（ok {two['ok']}）与单进程 {one['accounts']}"
              f"（ok {one['ok']}）不一致")
    print(f"两进程/单进程吞吐比 {two['rate'] / one['rate']:.2f}；每 CPU 秒账号数之比 {two['per_cpu'] / one['per_cpu']:.2f}"
          f"（≈1：共享队列几乎没有额外开销）；scrapy-redis/Scrapy 调度器（单进程）吞吐比 {one['rate'] / plain['rate']:.2f}，"
          f"每 CPU 秒 {one['per_cpu'] / plain['per_cpu']:.2f}")
    load = os.getloadavg()[0]
    print(f"注意：本机 {os.cpu_count()} 核、当前负载 {load:.1f}，同时运行爬虫进程、仿真服务与 Redis（及其他任务）。"
          f"负载高于核数时墙钟比值主要反映多个进程分到更多 CPU 份额；每 CPU 秒账号数之比才是共享队列的真实开销。")

    print(f"\n== 2. 限速校验（请求间隔 {check_delay:g} s = 默认值/{args.polite_scale:g}，默认并发与 AutoThrottle，"
          f"每平台 {args.polite_accounts} 个账号）==")
    print(f"{'平台':<10}{'模型 请求/s':>12}{'单进程 实测':>12}{'达成率':>8}{'两进程（同一出口）':>18}")
    efficiency = {}
    for p in platforms:
        r1, r2 = p_one["rates"].get(p, 0.0), p_two["rates"].get(p, 0.0)
        efficiency[p] = r1 * check_delay
        print(f"{p:<10}{1 / check_delay:>12.1f}{r1:>12.1f}{efficiency[p]:>8.0%}{r2:>14.1f}（{r2 / max(r1, 1e-9):.2f}×）")
    print("两进程共用一个出口时，平台看到的请求速率约为单进程的两倍：限速按进程计算。")

    night = args.hours * 3600
    print(f"\n== 3. 默认限速下每晚可刷新的账号数（{args.hours:g} 小时窗口，每个平台）==")
    print(f"默认设置：crawler.download_delay = {delay:g} s，crawler.concurrency_per_platform = {conc}，"
          f"crawler.max_post_pages = {max_pages}")
    print(f"Scrapy 的下载延迟按平台槽位计：每个进程对每个平台约每 {delay:g} s 发一个请求（±50% 抖动，均值不变），"
          f"并发数不提高速率，AutoThrottle 只会把间隔调大 → 每进程每平台至多 {night / delay:,.0f} 个请求/晚；"
          f"下表再乘以第 2 节实测的达成率（间隔越长达成率越高，故偏保守）。")
    print(f"每账号请求数：1 个主页 + 最多 {max_pages} 页发文（B站另加 1 个粉丝数请求）；首晚按实测请求数/账号，"
          f"之后的增量刷新在遇到已存发文时停止翻页。")
    print(f"{'平台':<10}{'首晚 请求/账号':>14}{'增量 请求/账号':>14}{'首晚 账号/晚':>14}{'增量 账号/晚':>14}")
    capacity = {}
    for p in platforms:
        first = plain["api_requests"].get(p, 0) / max(plain["per_platform"][p], 1)
        incr = incremental["api_requests"].get(p, 0) / max(incremental["per_platform"][p], 1)
        budget = efficiency[p] * night / delay
        capacity[p] = (budget / first, budget / incr)
        print(f"{p:<10}{first:>14.2f}{incr:>14.2f}{capacity[p][0]:>14,.0f}{capacity[p][1]:>14,.0f}")
    cpu_rate = two["per_cpu"]
    print(f"对比：不限速时每 CPU 秒约 {cpu_rate:.0f} 个账号（≈ {cpu_rate * night:,.0f} 账号/晚/核，各平台合计）："
          f"HTTP 平台的瓶颈是礼貌限速，不是 CPU。发现爬取（关键词×搜索页）占用同一限速预算。")

    print("\n== 4. 增加爬虫进程（N 个进程共享一个 Redis 作业）==")
    print("- 限速按进程、按平台计算。N 个进程从同一出口 IP 访问同一平台，平台看到 N 倍请求速率；要保持默认礼貌程度，"
          "须把 crawler.download_delay 设为 N×默认值，每晚账号数不变（多进程只带来容错与 CPU 余量）。")
    print("- 每个进程用各自的出口 IP/代理（crawler.proxies）时，每个出口各自保持默认限速，容量随 N 线性增长：")
    for n in (1, 2, 4, 8):
        cells = "；".join(f"{p} {n * capacity[p][0]:,.0f}–{n * capacity[p][1]:,.0f}" for p in platforms)
        print(f"  N={n}：{cells} 账号/晚（首晚–增量）")


if __name__ == "__main__":
    main()
