"""govwatch demo — the whole product on local imitations, ending with alerts and a report."""

from __future__ import annotations

import json
import time
from pathlib import Path

from govwatch.cli.main import CliError


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help="演示：启动本地平台仿真，导入演示备案库，跑完整流程并生成报告",
        description="演示：在本机启动各平台与政府网站的仿真服务（只监听 127.0.0.1），导入演示备案库，运行夜间任务"
                    "（发现→刷新→检测→告警）和链接/菜单巡检，生成本季度检查报告，最后打印各类发现的数量、报告位置"
                    "和审核界面的演示登录方式。数据留在数据目录，供 govwatch serve 使用。")
    p.add_argument("--data-dir", help="演示数据目录（默认取配置 general.data_dir，即 ./data）；"
                                      "已有非演示数据的目录会被拒绝")
    p.add_argument("--store", choices=("sqlite", "elasticsearch"), default="sqlite",
                   help="演示数据存到哪里：sqlite（默认，数据目录中的 govwatch.db）或 elasticsearch（使用配置中的 "
                        "store.elasticsearch_*，索引前缀为 store.index_prefix 加 -demo，不会混入正式索引）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(handler=_demo)


def _demo(args, cfg) -> int:
    from rich.console import Console
    from rich.table import Table

    from govwatch.ops.demo import REQUIRED_KINDS, DemoError, kind_label, run_demo

    console = Console()
    data_dir = Path(args.data_dir) if args.data_dir else cfg.data_dir
    started = time.monotonic()
    progress = (lambda m: None) if args.json else (lambda m: console.print(f"[bold cyan]▶[/] {m}"))
    try:
        result = run_demo(data_dir, progress=progress, backend=args.store, cfg=cfg)
    except DemoError as exc:
        raise CliError(str(exc)) from None
    result["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        result.pop("nightly", None)
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 1 if result["missing_kinds"] else 0
    table = Table(title="演示结果：各类发现数量", show_lines=False)
    table.add_column("发现类型")
    table.add_column("数量", justify="right")
    for kind, count in result["counts"].items():
        if count or kind in REQUIRED_KINDS:
            table.add_row(kind_label(kind), str(count))
    console.print(table)
    nightly = result.get("nightly") or {}
    console.print(f"夜间任务状态：{nightly.get('status', '未知')}；" +
                  "；".join(nightly.get("degraded_reasons") or []))
    console.print(f"告警 {result['alerts']} 条。用时 {result['seconds']} 秒。日志：{result['log']}")
    for path in result["reports"] + result["sweep_reports"]:
        console.print(f"报告：{path}")
    console.print(f"\n打开审核界面：[bold]./run.sh govwatch serve[/]（或 .venv/bin/govwatch serve），浏览器访问 "
                  f"{cfg['general.base_url']}，演示登录 用户名 [bold]{result['user']}[/] 密码 [bold]{result['password']}[/]"
                  f"（也保存在 {Path(result['data_dir']) / 'demo-login.txt'}）。", markup=True, highlight=False)
    if args.data_dir or args.store == "elasticsearch":
        settings = {"GOVWATCH_GENERAL__DATA_DIR": result["data_dir"], **result["store_env"]}
        if args.store == "elasticsearch":
            settings = {k: v for k, v in settings.items()
                        if k in ("GOVWATCH_GENERAL__DATA_DIR", "GOVWATCH_STORE__BACKEND", "GOVWATCH_STORE__INDEX_PREFIX")}
        console.print("使用演示数据时请设置：" + " ".join(f"{k}={v}" for k, v in settings.items()),
                      markup=False, highlight=False)
    if result["missing_kinds"]:
        console.print(f"[red]缺少的发现类型：{', '.join(result['missing_kinds'])}[/]（详见日志）")
        return 1
    return 0
