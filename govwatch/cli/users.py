"""govwatch users — 审核界面用户管理（add / passwd / disable / enable / remove / list）

Passwords are read from a prompt (twice), or from standard input with ``--password-stdin``; ``--password`` on the
command line exists for scripts only (it is visible in the process list and shell history). Every password must
pass the policy of ``alerts.users.password_problem`` (minimum length ``web.password_min_length``). ``passwd``,
``disable`` and ``remove`` end every session of the user at once.
"""

from __future__ import annotations

import getpass
import json
import sys

from govwatch.cli.main import CliError
from search_index import open_store

ROLES_HELP = "viewer 只读 / reviewer 审核员 / admin 管理员"


def register(sub) -> None:
    p = sub.add_parser("users", help="审核界面用户管理（add / passwd / disable / enable / remove / list）",
                       description="审核界面用户管理。密码至少 web.password_min_length 个字符，不能是常见密码、"
                                   "全空白或同一字符重复。")
    actions = p.add_subparsers(dest="action", metavar="操作", title="操作")
    actions.required = True
    add = actions.add_parser("add", help="新增用户", description=f"新增审核界面用户。角色：{ROLES_HELP}。")
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--role", default="viewer", choices=("viewer", "reviewer", "admin"), help=ROLES_HELP)
    _password_args(add)
    add.set_defaults(handler=_add)
    pw = actions.add_parser("passwd", help="修改用户密码（该用户已登录的会话随即失效）",
                            description="修改用户密码；该用户已登录的会话随即失效。")
    pw.add_argument("username", metavar="USERNAME")
    pw.add_argument("--role", choices=("viewer", "reviewer", "admin"), help="同时修改角色")
    _password_args(pw)
    pw.set_defaults(handler=_passwd)
    for name, handler, text in (("disable", _disable, "停用用户：其所有会话立即失效，之后无法登录"),
                                ("enable", _enable, "重新启用已停用的用户"),
                                ("remove", _remove, "删除用户：其所有会话立即失效（审计日志保留其用户名）")):
        action = actions.add_parser(name, help=text, description=text + "。")
        action.add_argument("username", metavar="USERNAME")
        action.set_defaults(handler=handler)
    ls = actions.add_parser("list", help="列出用户", description="列出审核界面用户。")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(handler=_list)


def _password_args(p) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（第一行）")
    g.add_argument("--password", metavar="PASSWORD", help="直接给出密码（仅供脚本使用：会留在命令历史中）")


def _read_password(args) -> str:
    if args.password is not None:
        return args.password
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CliError("标准输入中没有密码")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("没有终端可输入密码：请用 --password-stdin 从标准输入读取")
    first = getpass.getpass("密码：")
    if getpass.getpass("再输入一次：") != first:
        raise CliError("两次输入的密码不一致")
    return first


def _add(args, cfg) -> int:
    from alerts.users import UserError, add_user

    password = _read_password(args)
    with open_store(cfg) as store:
        try:
            add_user(store, args.username, password, args.role, min_length=cfg["web.password_min_length"])
        except UserError as exc:
            raise CliError(str(exc)) from None
    print(f"已新增用户 {args.username}（{args.role}）")
    return 0


def _passwd(args, cfg) -> int:
    from alerts.users import UserError, set_password, set_role

    password = _read_password(args)
    with open_store(cfg) as store:
        try:
            set_password(store, args.username, password, min_length=cfg["web.password_min_length"])
            if args.role:
                set_role(store, args.username, args.role)
        except UserError as exc:
            raise CliError(str(exc)) from None
    print(f"已修改用户 {args.username} 的密码" + (f"，角色改为 {args.role}" if args.role else "")
          + "；该用户原有的会话均已失效")
    return 0


def _change(cfg, change, done: str) -> int:
    """Apply ``change(store)`` to the user store; a UserError is the command's error, ``done`` its report."""
    from alerts.users import UserError

    with open_store(cfg) as store:
        try:
            change(store)
        except UserError as exc:
            raise CliError(str(exc)) from None
    print(done)
    return 0


def _disable(args, cfg) -> int:
    from alerts.users import set_disabled

    return _change(cfg, lambda store: set_disabled(store, args.username, True),
                   f"已停用用户 {args.username}；其所有会话均已失效")


def _enable(args, cfg) -> int:
    from alerts.users import set_disabled

    return _change(cfg, lambda store: set_disabled(store, args.username, False), f"已启用用户 {args.username}")


def _remove(args, cfg) -> int:
    from alerts.users import remove_user

    return _change(cfg, lambda store: remove_user(store, args.username), f"已删除用户 {args.username}；其所有会话均已失效")


def _list(args, cfg) -> int:
    from alerts.users import ROLE_ZH, list_users

    with open_store(cfg) as store:
        users = list_users(store)
    if args.json:
        for u in users:
            print(json.dumps(u, ensure_ascii=False))
        return 0
    if not users:
        print("还没有用户：用 govwatch users add 用户名 --role admin 新增。")
        return 0
    for u in users:
        print(f"{u['username']}\t{ROLE_ZH.get(u.get('role'), u.get('role'))}\t创建于 {u.get('created_at')}"
              + ("\t已停用" if u.get("disabled") else ""))
    return 0
