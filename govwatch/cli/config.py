"""govwatch config — show the effective configuration, check it, or print the documented settings."""

from __future__ import annotations

import json

from core.settings import SETTINGS, documentation_markdown


def register(sub) -> None:
    p = sub.add_parser("config", help="查看与检查配置", description="查看生效的配置、检查配置文件、列出全部配置项及默认值。")
    actions = p.add_subparsers(dest="action", metavar="操作")
    actions.required = True
    show = actions.add_parser("show", help="显示生效的配置及每项的来源")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=_show)
    check = actions.add_parser("check", help="检查配置（出错时返回非零）")
    check.set_defaults(handler=_check)
    doc = actions.add_parser("doc", help="输出全部配置项、默认值与说明（Markdown 表格）")
    doc.set_defaults(handler=_doc)


def _show(args, cfg) -> int:
    secret = ("password", "api_key", "secret", "cookie", "token")
    values = {k: ("***" if any(s in k for s in secret) and v else v) for k, v in cfg.values.items()}
    if args.json:
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return 0
    for s in SETTINGS:
        print(f"{s.key} = {json.dumps(values[s.key], ensure_ascii=False)}    # {cfg.source(s.key)}")
    return 0


def _check(args, cfg) -> int:
    from core.settings import ConfigError
    from crawler.platforms import UnknownBaseUrlKey, check_base_urls
    from crawler.platforms.generic import ProfileError, load_profiles

    try:
        check_base_urls(cfg)
        load_profiles(cfg["crawler.site_profiles_dir"] or None)  # every profile file must be valid
    except (UnknownBaseUrlKey, ProfileError) as exc:
        raise ConfigError(str(exc)) from None  # exit 2 with the key named
    print(f"配置有效（文件：{cfg.file or '无，使用默认值与环境变量'}）。")
    return 0


def _doc(args, cfg) -> int:
    print(documentation_markdown(), end="")
    return 0
