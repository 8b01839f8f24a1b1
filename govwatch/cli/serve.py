"""govwatch serve — 启动审核网页界面（waitress）"""

from __future__ import annotations

from govwatch.cli.main import CliError


def register(sub) -> None:
    p = sub.add_parser("serve", help="启动审核网页界面",
                       description="启动审核网页界面（需要先用 govwatch users add 新增用户）。"
                                   "在办公网内提供服务；对外请放在 HTTPS 反向代理之后并设置 web.cookie_secure。")
    p.add_argument("--host", help="监听地址（默认 web.host）")
    p.add_argument("--port", type=int, help="端口（默认 web.port）")
    p.set_defaults(handler=_serve)


def _serve(args, cfg) -> int:
    from alerts.web import create_app
    from alerts.web.server import make_server
    from search_index import open_store

    host = args.host or cfg["web.host"]
    port = cfg["web.port"] if args.port is None else args.port
    store = open_store(cfg)
    if store.count("users") == 0:
        print("提示：还没有任何用户，请先运行 govwatch users add 用户名 --role admin")
    app = create_app(cfg, store)
    try:
        server = make_server(app, host, port, threads=cfg["web.threads"])
    except OSError as exc:
        raise CliError(f"无法监听 {host}:{port}：{exc.strerror or exc}") from None
    print(f"审核界面已启动：http://{host}:{server.port}/（按 Ctrl+C 停止）")
    try:
        server.run()
    finally:
        server.close()
        store.close()
    return 0
