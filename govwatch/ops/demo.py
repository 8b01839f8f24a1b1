"""``govwatch demo``: the whole product on local imitations, on the embedded store, in a few minutes.

1. Start the platform imitations (Weibo, Sogou WeChat, Bilibili, Douyin, Kuaishou … on 127.0.0.1; one platform
   answers with a captcha page so that a blocked crawl shows up as ``platform_blocked``) and a local
   government-style website with broken links and dead menus.
2. Import the demo registry (``imitations/data/demo_registry.csv`` plus the local website) through the same
   validating importer users use.
3. Run the nightly pipeline (discover → refresh → detect → alerts) and a link + menu sweep of the website,
   each as a child process exactly as the scheduler runs them, then the inspection report of this quarter.
4. Print counts by finding kind, where the reports are, and how to open the review UI with the demo login.

The data stays in the data directory for ``govwatch serve``. A data directory that holds a store not made by
the demo is refused, so the demo never mixes its invented accounts into real data.

With ``backend="elasticsearch"`` the store is the configured Elasticsearch cluster (``store.elasticsearch_*``),
under its own index prefix ``<store.index_prefix>-demo`` so that the invented accounts never mix with real
indices; reports, logs and avatars stay in the data directory.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
import subprocess
import sys
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from core import procs
from core.files import open_private, private_dir
from core.records import FINDING_KIND_ZH, FINDING_KINDS
from core.settings import load_config

DEMO_REGISTRY = Path(__file__).resolve().parents[2] / "imitations" / "data" / "demo_registry.csv"
MARKER = ".govwatch-demo"
DEMO_USER = "demo"
BLOCKED_PLATFORM = ("kuaishou", "captcha")  # the platform the demo shows as blocked, and how
REQUIRED_KINDS = ("impostor", "unregistered", "duplicate", "zombie", "registry_mismatch", "broken_link",
                  "dead_menu", "platform_blocked")


class DemoError(RuntimeError):
    pass


def _check_data_dir(data_dir: Path) -> None:
    db = data_dir / "govwatch.db"
    if db.exists() and not (data_dir / MARKER).exists():
        raise DemoError(f"数据目录 {data_dir} 中已有不是演示生成的数据（{db}）。演示不会写入真实数据："
                        f"请用 --data-dir 指定另一个目录。")
    private_dir(data_dir)
    (data_dir / MARKER).write_text("govwatch demo data\n", encoding="utf-8")


def _registry_with_website(data_dir: Path, site_url: str) -> Path:
    """The demo registry plus the local government website (its URL is only known once it runs)."""
    rows = list(csv.reader(DEMO_REGISTRY.read_text(encoding="utf-8-sig").splitlines()))
    header = rows[0]
    site = dict.fromkeys(header, "")
    site.update({"开办单位": "济南市人民政府办公厅", "平台": "网站", "账号ID": "jinan-gov-portal",
                 "账号名称": "济南市人民政府门户网站", "主页链接": site_url, "状态": "正常", "地区": "山东省济南市",
                 "主管单位": "山东省人民政府办公厅", "备案日期": "2024-03-01"})
    path = data_dir / "demo_registry.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows(rows)
        writer.writerow([site[h] for h in header])
    return path


def _demo_ports(data_dir: Path) -> dict[str, int]:
    """The ports an earlier demo in this data directory used (``demo-ports.json``; none when missing or damaged)."""
    try:
        wanted = json.loads((data_dir / "demo-ports.json").read_text(encoding="utf-8"))
        return {k: int(wanted.get(k, 0)) for k in ("website", "internal", "platforms")}
    except (OSError, ValueError, TypeError, AttributeError):
        return {"website": 0, "internal": 0, "platforms": 0}


def _remember_ports(data_dir: Path, **ports: int) -> None:
    path = data_dir / "demo-ports.json"
    path.write_text(json.dumps({**_demo_ports(data_dir), **ports}) + "\n", encoding="utf-8")


def _serve_platforms_again(stack: ExitStack, data_dir: Path, progress: Callable[[str], None]) -> dict[str, str]:
    """Start the platform imitations on the port an earlier demo in this data directory used, as the website
    (``_serve_website_again``): a blocked platform's finding is keyed by its URL, which carries the port."""
    from imitations.platforms import serve_platforms

    port = _demo_ports(data_dir)["platforms"]
    failures = {BLOCKED_PLATFORM[0]: BLOCKED_PLATFORM[1]}
    try:
        urls = stack.enter_context(serve_platforms(failures=failures, port=port))
    except OSError:
        progress(f"上次演示的平台仿真端口 {port} 被占用，改用新端口：上次的平台拦截告警（旧端口）会与新的并存。")
        urls = stack.enter_context(serve_platforms(failures=failures))
    _remember_ports(data_dir, platforms=int(next(iter(urls.values())).split("/")[2].rsplit(":", 1)[1]))
    return urls


def _serve_website_again(stack: ExitStack, data_dir: Path, progress: Callable[[str], None]) -> str:
    """Start the imitation website on the ports an earlier demo in this data directory used (``demo-ports.json``).

    Broken-link and dead-menu findings are keyed by URL, and the URLs carry the port: on new ports a re-run would
    report every broken link again beside the old, never re-checked findings (49 alerts became 79). A real site's
    URLs do not move, so the demo keeps its site where it was; if the port is taken, any port, with a note."""
    from imitations.website import serve_website

    wanted = _demo_ports(data_dir)
    port, internal = wanted["website"], wanted["internal"]
    try:
        site = stack.enter_context(serve_website(port=port, internal_port=internal, site=True))
    except OSError:
        progress(f"上次演示的网站端口 {port} 被占用，改用新端口：上次巡检的链接告警（旧端口）会与新的并存。")
        site = stack.enter_context(serve_website(internal_port=internal, site=True))
    _remember_ports(data_dir, website=site.port,
                    internal=int(site.int_base.rsplit(":", 1)[1]) if site.int_base else 0)
    return site.base_url


def _demo_password(data_dir: Path, min_length: int) -> str:
    """A random password that passes the policy (kept in demo-login.txt; an older one too short is replaced)."""
    from alerts.users import password_problem

    path = data_dir / "demo-login.txt"
    if path.exists():
        kept = path.read_text(encoding="utf-8").split()[-1]
        if password_problem(kept, DEMO_USER, min_length) is None:
            return kept
    password = secrets.token_urlsafe(max(16, min_length))
    with open_private(path) as fh:  # 0600 from the start, never readable by others even for a moment
        fh.write(f"用户名 {DEMO_USER} 密码 {password}\n")
    return password


def _child(args: list[str], env: dict, log: Path, grace: float) -> int:
    """Run ``govwatch ARGS`` as a child process (as the scheduler does); output to ``log``."""
    with log.open("a", encoding="utf-8") as fh:
        proc = procs.spawn([sys.executable, "-m", "govwatch.cli.main", *args], grace=grace, env=env, stdout=fh,
                           stderr=subprocess.STDOUT)
        try:
            return proc.wait(timeout=1800)
        except BaseException:  # timed out or interrupted: the child and what it started end with us
            procs.stop(proc, grace)
            raise


ES_PASSED_ON = ("elasticsearch_url", "elasticsearch_api_key", "elasticsearch_username", "elasticsearch_password",
                "elasticsearch_verify_certs", "elasticsearch_refresh", "request_timeout")


def store_overrides(store: str, data_dir: Path, cfg=None) -> dict[str, str]:
    """The environment the demo's processes use for the store: SQLite in the data directory, or the configured
    Elasticsearch cluster under the demo's own index prefix."""
    if store != "elasticsearch":
        return {"GOVWATCH_STORE__BACKEND": "sqlite", "GOVWATCH_STORE__SQLITE_PATH": str(data_dir / "govwatch.db")}
    cfg = cfg or load_config()
    if not (cfg["store.elasticsearch_url"] or "").strip():
        raise DemoError("在 Elasticsearch 上运行演示需要先配置 store.elasticsearch_url（或环境变量 ELASTICSEARCH_URL）")
    env = {"GOVWATCH_STORE__BACKEND": "elasticsearch",
           "GOVWATCH_STORE__INDEX_PREFIX": f"{cfg['store.index_prefix']}-demo"}
    for key in ES_PASSED_ON:
        value = cfg[f"store.{key}"]
        env[f"GOVWATCH_STORE__{key.upper()}"] = str(value).lower() if isinstance(value, bool) else str(value)
    if cfg["store.elasticsearch_ca_certs"]:
        env["GOVWATCH_STORE__ELASTICSEARCH_CA_CERTS"] = str(cfg.path("store.elasticsearch_ca_certs").resolve())
    return env


def run_demo(data_dir: Path, *, progress: Callable[[str], None] = print, backend: str = "sqlite",
             cfg=None) -> dict:
    from alerts.users import add_user, set_password
    from registry.importer import avatar_limits, import_registry
    from registry.read import limits
    from search_index import open_store

    data_dir = data_dir.resolve()
    _check_data_dir(data_dir)
    log = data_dir / "logs" / "demo.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")
    with ExitStack() as stack:
        progress("启动本地平台仿真与政府网站仿真（仅 127.0.0.1）…")
        urls = _serve_platforms_again(stack, data_dir, progress)
        site = _serve_website_again(stack, data_dir, progress)
        overrides = {
            "GOVWATCH_GENERAL__DATA_DIR": str(data_dir),
            **store_overrides(backend, data_dir, cfg),
            "GOVWATCH_CRAWLER__BASE_URLS": json.dumps(urls),
            "GOVWATCH_CRAWLER__DOWNLOAD_DELAY": "0",
            "GOVWATCH_CRAWLER__AUTOTHROTTLE": "false",
            "GOVWATCH_CRAWLER__RETRY_TIMES": "1",
            "GOVWATCH_SWEEP__DELAY": "0",
            "GOVWATCH_SWEEP__RECHECK_DELAY": "0.5",
            "GOVWATCH_SWEEP__TIMEOUT": "5",
            # the imitations (platforms, their avatars, the website and its "external" host localhost) run on
            # 127.0.0.1: allowed for the SSRF guard here only; the website's link to 127.0.0.2 stays refused
            "GOVWATCH_SECURITY__ALLOWED_PRIVATE_HOSTS": '["127.0.0.1", "localhost"]',
            "GOVWATCH_ALERTS__APPRISE_URLS": "[]",
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_") or k == "GOVWATCH_CONFIG"}
        env.update(overrides)
        cfg = load_config(env=env)

        progress("导入演示备案库…")
        registry = _registry_with_website(data_dir, site)
        with open_store(cfg) as store:
            outcome = import_registry(store, registry, data_dir=data_dir, **limits(cfg), **avatar_limits(cfg))
            if not outcome.file.ok:
                raise DemoError(f"演示备案库导入失败：{outcome.to_dict()}")
            min_length = cfg["web.password_min_length"]
            password = _demo_password(data_dir, min_length)
            if store.get("users", DEMO_USER) is None:
                add_user(store, DEMO_USER, password, role="reviewer", min_length=min_length)
            else:
                set_password(store, DEMO_USER, password, min_length=min_length)

        progress("夜间任务：发现 → 刷新 → 检测 → 告警（爬虫在子进程中运行，日志见 logs/）…")
        nightly_code = _child(["run", "nightly", "--no-notify"], env, log, cfg["ops.stop_grace_seconds"])
        progress("链接与菜单巡检（浏览器点击菜单）…")
        sweep_code = _child(["run", "sweep"], env, log, cfg["ops.stop_grace_seconds"])
        progress("本季度检查报告…")
        now = datetime.now(ZoneInfo(cfg["general.timezone"]))
        period = f"{now.year}Q{(now.month - 1) // 3 + 1}"
        report_code = _child(["run", "report", "--period", period], env, log, cfg["ops.stop_grace_seconds"])

        with open_store(cfg) as store:
            counts = {kind: store.count("findings", {"kind": kind}) for kind in FINDING_KINDS}
            alerts = store.count("alerts")
            runs = list(store.scan("runs", {"kind": "nightly"}, sort=[("started_at", "desc")], limit=1))
    reports = sorted(str(p) for p in (data_dir / "reports").glob(f"inspection-{period}.*"))
    return {"data_dir": str(data_dir), "counts": counts, "alerts": alerts, "reports": reports,
            "sweep_reports": sorted(str(p) for p in (data_dir / "reports").glob("sweep-*.html")),
            "nightly": runs[0] if runs else None, "exit_codes": {"nightly": nightly_code, "sweep": sweep_code,
                                                                 "report": report_code},
            "user": DEMO_USER, "password": password, "log": str(log), "store": backend,
            "store_env": {k: v for k, v in overrides.items() if k.startswith("GOVWATCH_STORE__")
                          and not k.endswith(("PASSWORD", "API_KEY"))},
            "missing_kinds": [k for k in REQUIRED_KINDS if not counts.get(k)]}


def kind_label(kind: str) -> str:
    return f"{FINDING_KIND_ZH.get(kind, kind)}（{kind}）"
