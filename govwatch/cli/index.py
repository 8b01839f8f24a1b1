"""govwatch index — Elasticsearch 索引模板、别名与生命周期策略

``govwatch index setup`` installs the ILM rollover policy, the component and composable index templates and the
first generation of every collection with its write alias (idempotent; safe to re-run after an upgrade).
``govwatch index status`` checks the installed layout (ILM policy, component and index templates present and of
this version, rollover steps without errors) and lists every collection's alias, indices, write index, health
and document count; it exits with 1 when anything is missing, outdated or failing.
"""

from __future__ import annotations

import json

from govwatch.cli.main import CliError
from search_index.base import StoreError


def _open(cfg):
    from search_index.es_backend import ElasticsearchStore

    if cfg["store.backend"] == "sqlite":
        raise CliError("当前配置使用内置 SQLite 存储（store.backend = sqlite），索引命令只用于 Elasticsearch："
                       "请把 store.backend 设为 elasticsearch 或 auto，并设置 store.elasticsearch_url")
    if not (cfg["store.elasticsearch_url"] or "").strip():
        raise CliError("没有配置 Elasticsearch 地址：请设置 store.elasticsearch_url（或环境变量 ELASTICSEARCH_URL）")
    try:
        return ElasticsearchStore.from_config(cfg, setup=False)
    except StoreError as exc:
        raise CliError(str(exc), code=1) from exc


def setup(args, cfg) -> int:
    store = _open(cfg)
    try:
        done = store.setup(update_mappings=args.update_mappings)
    except StoreError as exc:
        raise CliError(str(exc), code=1) from exc
    finally:
        store.close()
    if args.json:
        print(json.dumps({"prefix": store.prefix, "server_version": store.server_version, "installed": done},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"Elasticsearch {store.server_version}：已安装（前缀 {store.prefix}）")
    for line in done:
        print(f"  ✓ {line}")
    print("完成。可用 govwatch index status 查看各集合的索引与文档数。")
    return 0


def status(args, cfg) -> int:
    store = _open(cfg)
    try:
        rows = store.status()
        layout = store.layout_health()
    except StoreError as exc:
        raise CliError(str(exc), code=1) from exc
    finally:
        store.close()
    missing = [r["collection"] for r in rows if not r["exists"] or not r["write_index"]]
    problems = [r for r in layout if r["state"] != "ok"]
    if args.json:
        print(json.dumps({"prefix": store.prefix, "server_version": store.server_version, "layout": layout,
                          "collections": rows}, ensure_ascii=False, indent=2))
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        console = Console()
        if not console.is_terminal:
            console = Console(width=160)
        health = Table(title=f"Elasticsearch {store.server_version}，前缀 {store.prefix}：模板与生命周期策略",
                       title_justify="left")
        for column in ("类型", "名称", "状态", "说明"):
            health.add_column(column, no_wrap=column != "说明")
        labels = {"ok": "[green]正常[/green]", "missing": "[red]缺失[/red]", "outdated": "[yellow]过旧[/yellow]",
                  "error": "[red]出错[/red]"}
        for r in layout:
            health.add_row(r["kind"], escape(r["name"]), labels.get(r["state"], escape(r["state"])), escape(r["detail"]))
        console.print(health)
        table = Table(title="各集合的写入别名与索引", title_justify="left")
        for column, justify in (("集合（别名 = 前缀-集合）", "left"), ("写入索引", "left"), ("代数", "right"),
                                ("文档数", "right"), ("健康", "left"), ("滚动", "left")):
            table.add_column(column, justify=justify, no_wrap=True)
        for r in rows:
            if r["exists"]:
                table.add_row(r["collection"], r["write_index"] or "[red]（没有写入索引）[/red]", str(len(r["indices"])),
                              str(r["docs"]), r["health"], "ILM" if r["time_series"] else "-")
            else:
                table.add_row(r["collection"], "[red]（缺失）[/red]", "0", "-", "-", "-")
        console.print(table)
    code = 0
    if missing:
        print(f"缺少 {len(missing)} 个集合的索引或写入别名（{', '.join(missing)}）：请运行 govwatch index setup")
        code = 1
    if problems:
        print(f"模板或生命周期策略有 {len(problems)} 处问题（见上表）：缺失或过旧时请运行 govwatch index setup；"
              "滚动出错时请在 Kibana 或 GET _ilm/explain 查看原因")
        code = 1
    return code


def register(sub) -> None:
    p = sub.add_parser("index", help="Elasticsearch 索引模板、别名与生命周期策略",
                       description="Elasticsearch 索引模板、别名与生命周期策略（只用于 Elasticsearch 存储）")
    isub = p.add_subparsers(dest="index_command", metavar="子命令", title="子命令")
    isub.required = True
    s = isub.add_parser("setup", help="安装生命周期策略、索引模板和各集合的写入别名（可重复运行）",
                        description="安装 ILM 滚动策略、组件模板与可组合索引模板，并为缺少的集合创建第一代索引和写入别名。"
                                    "可重复运行：模板与策略会更新为当前版本，已有索引不受影响。")
    s.add_argument("--update-mappings", action="store_true",
                   help="同时把新增字段的映射推送到已有索引（不能修改已有字段的类型）")
    s.add_argument("--json", action="store_true", help="以 JSON 输出安装结果")
    s.set_defaults(handler=setup)
    st = isub.add_parser("status", help="检查模板、生命周期策略与写入别名，显示各集合的索引与文档数",
                         description="检查生命周期策略、组件模板和索引模板是否已安装且为当前版本、滚动是否出错，"
                                     "并显示各集合的写入别名、写入索引、滚动代数、健康状态与文档数；"
                                     "有缺失、过旧或出错时退出码为 1。")
    st.add_argument("--json", action="store_true", help="以 JSON 输出")
    st.set_defaults(handler=status)
