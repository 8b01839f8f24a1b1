"""Benchmark: govwatch's link sweep vs LinkChecker on the same generated local site, in the same run.

    .venv/bin/python bench/sweep.py [--pages 2200] [--concurrency 4] [--linkchecker PATH]

The site (served from a separate process on 127.0.0.1) has ≥ 2,000 pages and ≥ 10,000 links: a tree of pages
(8 children each) with cross links, fragments, files, hard 404s and soft 404s. Both tools crawl it with the same
per-host concurrency and no rate limit (the server sends a ``LinkChecker`` header, which lifts LinkChecker's
per-host limit of 10 requests/second, and ``maxrequestspersecond`` is raised to 1000). Printed: wall time, pages/s,
links/s and peak RSS of each, their ratio,
and the difference in what each reported as broken.

LinkChecker is taken from ``--linkchecker``, else ``linkchecker`` on PATH, else a temporary venv made with
``pip install linkchecker``; when none works, only govwatch's numbers are printed, and the reason is said.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import psutil

REPO = Path(__file__).resolve().parent.parent
BRANCH = 8


def site_links(i: int, n: int) -> list[str]:
    """Links on page i (relative URLs), deterministic."""
    links = [f"/p/{c}.html" for c in range(BRANCH * i + 1, min(BRANCH * i + BRANCH + 1, n))]
    links += [f"/p/{(i * 37 + k * 101) % n}.html" for k in range(4)]
    links.append("/")
    if i % 25 == 7:
        links.append(f"/missing/{i}.html")
    if i % 40 == 3:
        links.append(f"/gone/{i}.html")
    if i % 30 == 11:
        links.append(f"/files/{i}.pdf")
    if i % 50 == 5:
        links.append(f"/p/{(i + 1) % n}.html#sec")
    return links


def expected_broken(n: int) -> tuple[set[str], set[str]]:
    hard = {f"/missing/{i}.html" for i in range(n) if i % 25 == 7}
    soft = {f"/gone/{i}.html" for i in range(n) if i % 40 == 3}
    return hard, soft


def _page(title: str, body: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1>'
            f"{body}</body></html>").encode()


def serve(n: int, port_queue) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def _send(self, status: int, body: bytes, ctype="text/html; charset=utf-8"):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Powered-By", "LinkChecker")
            self.send_header("LinkChecker", "unthrottled")  # LinkChecker lifts its per-host rate limit on this
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_HEAD(self):
            self.do_GET()

        def do_GET(self):
            path = unquote(urlsplit(self.path).path)
            if path in ("/", "/index.html"):
                links = "".join(f'<li><a href="/p/{c}.html">栏目{c}</a></li>' for c in range(0, BRANCH))
                return self._send(200, _page("政府门户（基准站点）", f"<ul>{links}</ul>" + "<p>首页内容。</p>" * 20))
            if path.startswith("/p/") and path.endswith(".html"):
                try:
                    i = int(path[3:-5])
                except ValueError:
                    return self._send(404, _page("404", "<p>页面不存在</p>"))
                if not 0 <= i < n:
                    return self._send(404, _page("404", "<p>页面不存在</p>"))
                links = "".join(f'<li><a href="{u}">链接{k}</a></li>' for k, u in enumerate(site_links(i, n)))
                text = f"<p>第{i}号文件：关于做好第{i}项工作的通知，请各单位认真贯彻落实。</p>" * 8
                return self._send(200, _page(f"文件{i}", f'{text}<h2 id="sec">附件</h2><ul>{links}</ul>'))
            if path.startswith("/gone/"):
                return self._send(200, _page("提示", "<p>对不起，您访问的页面不存在或已被删除。</p>"))
            if path.startswith("/files/"):
                return self._send(200, b"%PDF-1.4\n" + b"0" * 4096, "application/pdf")
            return self._send(404, _page("404 Not Found", "<p>页面不存在</p>"))

    class Server(ThreadingHTTPServer):
        def handle_error(self, request, client_address):  # clients closing keep-alive connections: not news
            pass

    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.request_queue_size = 256
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever()


def run_measured(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> tuple[float, int, str, str]:
    """(wall seconds, peak RSS bytes of the process tree, stdout, stderr)."""
    out_f, err_f = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out_f, stderr=err_f)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    out_f.seek(0)
    err_f.seek(0)
    return wall, peak, out_f.read().decode("utf-8", "replace"), err_f.read().decode("utf-8", "replace")


def find_linkchecker(explicit: str | None) -> tuple[str | None, str]:
    if explicit:
        return (explicit, "") if Path(explicit).exists() else (None, f"{explicit} 不存在")
    found = shutil.which("linkchecker")
    if found:
        return found, ""
    venv = Path(tempfile.gettempdir()) / "govwatch-bench-linkchecker"
    exe = venv / "bin" / "linkchecker"
    if not exe.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True, timeout=120)
            subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "linkchecker"], check=True,
                           capture_output=True, timeout=600)
        except (subprocess.SubprocessError, OSError) as exc:
            return None, f"无法安装 LinkChecker：{exc}"
    return (str(exe), "") if exe.exists() else (None, "LinkChecker 安装后仍找不到可执行文件")


def main() -> int:
    ap = argparse.ArgumentParser(description="链接巡检基准：govwatch 对比 LinkChecker")
    ap.add_argument("--pages", type=int, default=2200)
    ap.add_argument("--concurrency", type=int, default=4, help="每主机并发（两者相同）")
    ap.add_argument("--linkchecker", help="LinkChecker 可执行文件路径")
    args = ap.parse_args()
    n = args.pages
    total_links = sum(len(site_links(i, n)) for i in range(n)) + BRANCH
    hard, soft = expected_broken(n)

    queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(n, queue), daemon=True)
    server.start()
    port = queue.get(timeout=10)
    base = f"http://127.0.0.1:{port}"
    print(f"站点：{base}/  页面 {n + 1}，链接 {total_links}，其中 404 {len(hard)}、软404 {len(soft)}；"
          f"每主机并发 {args.concurrency}")
    work = Path(tempfile.mkdtemp(prefix="govwatch-bench-"))
    rows = []
    try:
        # ---- govwatch ---------------------------------------------------------------------------------
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
        env.update({"GOVWATCH_GENERAL__DATA_DIR": str(work / "data"), "GOVWATCH_SWEEP__DELAY": "0",
                    "GOVWATCH_SWEEP__CONCURRENCY_PER_HOST": str(args.concurrency),
                    "GOVWATCH_SWEEP__CONCURRENCY_TOTAL": str(args.concurrency),
                    "GOVWATCH_SWEEP__RENDER_JS": "never", "GOVWATCH_SWEEP__MAX_PAGES": str(n * 2),
                    "GOVWATCH_SWEEP__MAX_DEPTH": "50", "GOVWATCH_SWEEP__RECHECK_DELAY": "0"})
        out = work / "govwatch.jsonl"
        cmd = [sys.executable, "-c", "import sys; from govwatch.cli.main import main; sys.exit(main())",
               "sweep", base + "/", "--no-store", "--out", str(out)]
        wall, peak, _, err = run_measured(cmd, env=env, cwd=REPO)
        results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
        ours_pages = {urlsplit(r["url"]).path for r in results if urlsplit(r["url"]).path.startswith("/p/")
                      and r["via"] == "link" and "#" not in r["url"]}
        ours_bad = {urlsplit(r["url"]).path for r in results if r["status"] != "ok" and not r.get("skipped_reason")}
        for r in results:
            path = urlsplit(r["url"]).path
            if r["status"] != "ok" and not path.startswith(("/missing/", "/gone/")):
                print(f"  govwatch 报告 {r['url']}：{r['status']} {r.get('error') or ''}")
        rows.append(("govwatch", wall, peak, len(ours_pages), ours_bad))
        if not results:
            print("govwatch 巡检没有输出：\n" + err[-3000:])
            return 2

        # ---- LinkChecker ------------------------------------------------------------------------------
        exe, why = find_linkchecker(args.linkchecker)
        if exe is None:
            print(f"未运行 LinkChecker：{why}。以下只有 govwatch 的数据。")
        else:
            conf = work / "linkcheckerrc"
            conf.write_text("[checking]\nmaxrequestspersecond=1000\n[output]\n", encoding="utf-8")
            os.chmod(work, 0o755)
            os.chmod(conf, 0o644)
            cmd = [exe, "-f", str(conf), "--no-robots", "--no-status", "-v", "-t", str(args.concurrency), "-o", "csv",
                   base + "/"]
            wall, peak, stdout, err = run_measured(cmd, env={**os.environ, "HOME": str(work)})
            lines = [line for line in stdout.splitlines() if line and not line.startswith("#")]
            reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")
            lc_pages, lc_bad = set(), set()
            for row in reader:
                path = urlsplit(row.get("url") or "").path
                if path.startswith("/p/"):
                    lc_pages.add(path)
                if (row.get("valid") or "").strip().lower() == "false":
                    lc_bad.add(path)
            if not lc_pages:
                print("LinkChecker 没有给出结果：\n" + err[-2000:])
            rows.append(("LinkChecker", wall, peak, len(lc_pages), lc_bad))
    finally:
        server.terminate()
        server.join(5)
        shutil.rmtree(work, ignore_errors=True)

    print(f"\n{'工具':<12}{'耗时(秒)':>10}{'页面/秒':>10}{'链接/秒':>10}{'峰值RSS(MB)':>13}{'覆盖页面':>10}{'报告失效':>10}")
    for name, wall, peak, pages_seen, bad in rows:
        print(f"{name:<12}{wall:>10.1f}{(n + 1) / wall:>10.1f}{total_links / wall:>10.1f}{peak / 2**20:>13.1f}"
              f"{pages_seen:>10}{len(bad):>10}")
    if len(rows) == 2:
        (_, w1, p1, _, b1), (_, w2, p2, _, b2) = rows
        print(f"\n速度比（govwatch / LinkChecker，越大越快）：{w2 / w1:.2f}×；内存比：{p1 / p2:.2f}×")
        only_ours, only_lc = sorted(b1 - b2), sorted(b2 - b1)
        print(f"两者都报告：{len(b1 & b2)}；只有 govwatch 报告：{len(only_ours)}"
              f"（其中软404 {len(set(only_ours) & soft)}）；只有 LinkChecker 报告：{len(only_lc)}")
        for label, items in (("只有 govwatch", only_ours), ("只有 LinkChecker", only_lc)):
            if items:
                print(f"  {label}（前 5 个）：{', '.join(items[:5])}")
    missed = (hard | soft) - rows[0][4]
    wrong = sorted(rows[0][4] - hard - soft)
    print(f"govwatch 漏报：{len(missed)}；误报：{len(wrong)}" + (f"（{', '.join(wrong[:5])}）" if wrong else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
