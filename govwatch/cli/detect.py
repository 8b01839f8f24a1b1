"""govwatch detect — 运行检测器（在存储上或离线处理文件）

Two modes:

* on the store (default): registry, accounts, posts and earlier findings come from the store; findings are
  written to its ``findings`` collection (unless ``--dry-run``) and, with ``--out``, to a JSONL file;
* offline (``--accounts`` given): everything comes from files (``--registry`` is then required) and the store
  is not touched; findings go to ``--out`` (``-`` for standard output).

Exit codes: 0 the detectors ran (findings are not an error); 1 a detector crashed or the store failed; 2 bad
input (the message names the file and line); 3 a selected detector is not installed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from core.records import FINDING_KIND_ZH
from govwatch.cli.main import CliError

EPILOG = """示例：
  govwatch detect                                   在存储上运行全部检测器，结果写入存储
  govwatch detect --kinds zombie,no_original --as-of 2026-11-01
  govwatch detect --registry 备案.csv --accounts 账号.jsonl --posts 发文.jsonl --out 发现.jsonl

离线文件格式见 docs/ARCHITECTURE.md：账号、发文为 JSONL（每行一个 JSON 对象），头像路径相对于账号文件所在目录。
任何一行有错，整个文件都不使用，并报告出错的行号。"""


def register(sub) -> None:
    from detectors.run import DETECT_KINDS

    p = sub.add_parser("detect", help="运行检测器（在存储上或离线处理文件）",
                       description="运行检测器（仿冒、未备案、重复、备案信息不符、僵尸、无原创）。"
                                   "不给 --accounts 时在存储上运行；给出时离线处理文件，不读写存储。",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--registry", metavar="FILE", help="备案库文件（CSV/XLSX）；离线模式必填，存储模式下代替存储中的备案库")
    p.add_argument("--accounts", metavar="FILE.jsonl", help="账号记录（JSONL）；给出即为离线模式")
    p.add_argument("--posts", metavar="FILE.jsonl", help="发文记录（JSONL，仅离线模式）")
    p.add_argument("--previous", metavar="FILE.jsonl",
                   help="以前运行得到的发现（JSONL，仅离线模式），用于计算“首次发现”以来的工作日")
    p.add_argument("--as-of", metavar="TIME",
                   help="检查时间（ISO-8601，如 2026-11-21T09:00 或 2026-11-21，只给日期即当天 0 点；"
                        "无时区按 general.timezone）；默认现在")
    p.add_argument("--out", metavar="FILE.jsonl", help="把发现写入 JSONL 文件（- 表示标准输出）")
    p.add_argument("--kinds", metavar="K1,K2", action="append",
                   help=f"只运行这些类型（逗号分隔，可重复）：{', '.join(DETECT_KINDS)}")
    p.add_argument("--dry-run", action="store_true", help="存储模式下不把发现写入存储")
    p.add_argument("--json", action="store_true", help="以 JSON 输出运行摘要")
    p.set_defaults(handler=handle)
    actions = p.add_subparsers(dest="detect_action", metavar="explain", required=False)
    e = actions.add_parser(
        "explain", help="解释一个名称为什么会或不会被判为仿冒",
        description="对给定的名称（可加头像、平台）逐层说明：最接近的备案条目、名称各层的判断、头像是否相似"
                    "（专属头像还是模板）、最终得分与阈值。备案库来自 --registry，未给出时来自存储。",
        epilog="示例：\n  govwatch detect explain --name 济南公安在线客服 --registry 备案.csv\n"
               "  govwatch detect explain --name 泉城警务咨询 --avatar 头像.png --platform douyin\n"
               "  govwatch detect explain --name 历下发布 --verified-type government --verified-reason 济南市历下区人民政府",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("--name", required=True, help="要解释的账号名称")
    e.add_argument("--avatar", metavar="FILE", help="账号头像图片文件（本地文件）")
    e.add_argument("--platform", help="账号所在平台（如 weibo、douyin），影响目标的选择")
    e.add_argument("--verified-type", choices=("government", "media", "enterprise", "personal", "other"),
                   help="账号的认证类型（与爬取记录的 verified_type 相同）；不写表示未认证")
    e.add_argument("--verified-reason", metavar="TEXT", help="认证说明（如“某某县公安局官方账号”），影响是否算政务认证")
    e.add_argument("--description", metavar="TEXT", help="账号简介（简介抄袭或点名单位、或是冒充政务的诈骗话术时会用到）")
    e.add_argument("--registry", metavar="FILE", dest="explain_registry", help="备案库文件（CSV/XLSX）；默认用存储中的备案库")
    e.add_argument("--top", type=int, default=5, help="列出最接近的备案条目数（默认 5）")
    e.add_argument("--json", action="store_true", dest="explain_json", help="以 JSON 输出")
    e.set_defaults(handler=handle_explain)


def handle_explain(args, cfg) -> int:
    from detectors.context import DetectionContext
    from detectors.impostor import explain

    if not args.name.strip():
        raise CliError("--name 不能为空")
    if not 1 <= args.top <= 50:
        raise CliError("--top 须在 1 到 50 之间")
    account: dict = {"name": args.name, "platform": args.platform or ""}
    if args.verified_type or args.verified_reason:  # as a crawled record: a verification text implies a badge
        account.update(verified=True, verified_type=args.verified_type, verified_reason=args.verified_reason or "")
    if args.description:
        account["description"] = args.description
    if args.avatar:
        from core.avatars import avatar_hashes_from_file
        try:
            account["avatar_hashes"] = avatar_hashes_from_file(args.avatar)
            account["avatar"] = str(Path(args.avatar).resolve())  # the pixel layer reads the file itself
        except OSError as exc:
            raise CliError(f"无法读取头像文件 {args.avatar}：{exc.strerror or exc}") from None
        except ValueError as exc:
            raise CliError(f"头像文件 {args.avatar} 不可用：{exc}") from None
    if args.explain_registry:
        from detectors.io import InputFileError
        from govwatch.ops.detection import load_registry_file
        try:
            registry, _notes = load_registry_file(args.explain_registry, cfg)
        except InputFileError as exc:
            raise CliError(str(exc)) from None
        base_dir = Path(args.explain_registry).resolve().parent
    else:
        from search_index import StoreError
        store = _open_store(cfg)
        try:
            registry = [{k: v for k, v in e.items() if k != "_id"} for e in store.scan("registry")]
        except StoreError as exc:
            raise CliError(f"从存储读取备案库失败：{exc}", code=1) from None
        finally:
            store.close()
        base_dir = Path(cfg["general.data_dir"])
    ctx = DetectionContext(registry=registry, accounts=[], cfg=cfg, base_dir=base_dir,
                           as_of=parse_as_of(None, cfg["general.timezone"]))
    result = explain(ctx, account, top=args.top)
    if args.explain_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_explanation(result)
    return 0


def _print_explanation(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=True, width=max(120, Console().width))
    out = lambda text: console.print(text, markup=False)  # noqa: E731 - crawled names are shown, never markup
    f = result["finding"]
    verdict = "会被标记为仿冒" if result["flagged"] else "不会被标记"
    score = f"{f['score']:.2f}" if f else "无匹配"
    out(f"名称：{result['name']}（规范化：{result['normalised'] or '空'}）")
    if result.get("numerals"):
        out(f"数字写法：{result['numerals']}")
    out(f"结论：{verdict}；得分 {score}，阈值 {result['threshold']:.2f}")
    if f:
        out(f"目标：{f['target'].get('name')}（{f['target']['platform']} {f['target']['account_id']}），"
            f"依据层：{f['evidence'].get('layer')}")
        for reason in f["reasons"]:
            out(f"  · {reason}")
    out(f"名称像政务账号：{'是' if result['looks_governmental'] else '否'}"
        + ("；已认证为政务账号（由未备案检测处理，不会判为仿冒）" if result["government_verified"] else "")
        + (f"；认证为“{result['verified_as']}”" if result["verified_as"] else ""))
    if result.get("avatar_layer"):
        out(f"头像层（仅凭头像）：{result['avatar_layer']}")
    if result.get("pixel_layer"):
        out(f"像素层（裁切、截图或旋转）：{result['pixel_layer']}")
    if result.get("profile_scam"):
        out(f"简介（诈骗话术）：{result['profile_scam']}")
    table = Table(title="最接近的备案条目（各层判断）", title_justify="left")
    for col in ("备案名称", "平台", "相似度", "整名比较", "包含/调序/全称", "头像"):
        table.add_column(col)
    for c in result["closest"]:
        whole = f"{c['name_layer']} {c['name_score']:.2f}" if c["name_layer"] else "不相关"
        affix = f"{c['affix_layer']} {c['affix_score']:.2f}" if c["affix_layer"] else (
            f"排除：{c['affix_ruled_out']}" if c.get("affix_ruled_out") else "—")
        if c.get("other_place"):  # the name writes another real division of that place name: no pair at all
            whole = f"排除：写的是另一地方“{c['other_place']}”"
            affix = "—"
        elif c.get("thing_of_place"):  # the place and a thing of it (a local product), one character off the name
            whole = f"排除：地名加物产、行业名词“{c['thing_of_place']}”，不是该单位的名称"
            affix = "—"
        if c["avatar_distance"] is None:
            avatar = "未比较" if c["avatar_kind"] != "无头像" else "备案无头像"
        else:
            avatar = f"距离 {c['avatar_distance']}（{'相似' if c['avatar_similar'] else '不相似'}，{c['avatar_kind']}）"
            if c.get("avatar_colour_distance") is not None:
                avatar += f"，颜色差异 {c['avatar_colour_distance']:.2f}"
        table.add_row(c["target"]["name"] or "", c["target"]["platform"], f"{c['similarity']:.2f}", whole, affix,
                      avatar)
    console.print(table)


def parse_as_of(text: str | None, tz: str) -> datetime:
    zone = ZoneInfo(tz)
    if not text:
        return datetime.now(zone).replace(microsecond=0)
    value = text.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise CliError(f"--as-of 的时间“{text}”无法解析：请用 ISO-8601，例如 2026-11-21T09:00:00+08:00 或 2026-11-21") from None
    if len(value) <= 10:  # a date alone: the start of that day
        parsed = datetime.combine(parsed.date(), time(0))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def handle(args, cfg) -> int:
    from core.files import atomic_output, check_output
    from detectors.io import InputFileError, write_stream
    from detectors.run import DetectorUnavailable, load_detectors, new_run_id, run_detectors, select_kinds
    from govwatch.ops.detection import context_from_files

    as_of = parse_as_of(args.as_of, cfg["general.timezone"])
    try:
        kinds = select_kinds(k for group in (args.kinds or []) for k in group.split(","))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    offline = bool(args.accounts)
    if not offline and (args.posts or args.previous):
        raise CliError("--posts 和 --previous 只能与 --accounts 一起使用（离线模式）；存储模式下这些数据来自存储。")
    if offline and not args.registry:
        raise CliError("离线模式（给出了 --accounts）需要同时给出 --registry 备案库文件。")
    if offline and not args.out:
        raise CliError("离线模式不写存储，请用 --out 指定发现的输出文件（- 表示标准输出）。")
    if args.out and args.out != "-":
        check_output(args.out, "发现输出文件")  # before anything runs or is stored
    try:
        load_detectors(kinds)
    except DetectorUnavailable as exc:
        raise CliError(str(exc), code=3) from None
    notes: list[str] = []
    store = None
    try:
        if offline:
            ctx, notes = context_from_files(cfg, args.registry, args.accounts, args.posts, args.previous, as_of)
        else:
            registry = None
            if args.registry:
                from govwatch.ops.detection import load_registry_file

                registry, notes = load_registry_file(args.registry, cfg)
            store = _open_store(cfg)
            ctx = _store_context(store, cfg, as_of, kinds, registry)
        result = run_detectors(ctx, kinds, run_id=new_run_id())
        if store is not None and not args.dry_run:
            _write_store(store, result)
    except InputFileError as exc:
        raise CliError(str(exc)) from None
    finally:
        if store is not None:
            store.close()
    to_stdout = args.out == "-"
    if args.out and not to_stdout:
        with atomic_output(args.out, "发现输出文件") as tmp, tmp.open("w", encoding="utf-8") as fh:
            write_stream(fh, result.findings)
    elif to_stdout:
        write_stream(sys.stdout, result.findings)
        sys.stdout.flush()
    summary = result.summary()
    summary.update({"mode": "offline" if offline else "store", "out": args.out,
                    "stored": bool(store is not None and not args.dry_run), "warnings": notes})
    stream = sys.stderr if to_stdout else sys.stdout
    for note in notes:
        print(f"提示：{note}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2), file=stream)
    else:
        _print_table(summary, stream)
    for error in result.errors:
        print(f"错误：{error}", file=sys.stderr)
    return 1 if result.errors else 0


def _open_store(cfg):
    from search_index import StoreError, open_store

    try:
        return open_store(cfg)
    except StoreError as exc:
        raise CliError(f"无法打开存储：{exc}", code=1) from None


def _store_context(store, cfg, as_of, kinds, registry):
    from govwatch.ops.detection import context_from_store
    from search_index import StoreError

    try:
        return context_from_store(store, cfg, as_of, kinds, registry)
    except StoreError as exc:
        raise CliError(f"从存储读取数据失败：{exc}", code=1) from None


def _write_store(store, result) -> None:
    from govwatch.ops.detection import write_findings_to_store
    from search_index import StoreError

    try:
        write_findings_to_store(store, result)
    except StoreError as exc:
        raise CliError(f"发现写入存储失败（可用 --out 先保存到文件）：{exc}", code=1) from None


def _print_table(summary: dict, stream) -> None:
    from rich.console import Console
    from rich.table import Table

    where = "离线文件" if summary["mode"] == "offline" else "存储"
    table = Table(title=f"检测结果（{where}，检查时间 {summary['as_of']}）", title_justify="left")
    table.add_column("类型")
    table.add_column("代码")
    table.add_column("数量", justify="right")
    for kind, count in summary["counts"].items():
        table.add_row(FINDING_KIND_ZH.get(kind, kind), kind, str(count))
    table.add_section()
    table.add_row("合计", "", str(summary["total"]))
    console = Console(file=stream, highlight=False, soft_wrap=True)
    console.print(table)
    targets = []
    if summary["out"] and summary["out"] != "-":
        targets.append(f"文件 {Path(summary['out'])}")
    if summary["stored"]:
        targets.append("存储的 findings 集合")
    console.print(f"运行编号 {summary['run_id']}；发现已写入：{'、'.join(targets) or '（未保存）'}", markup=False)
    for note in summary.get("notes") or []:  # limits a detector reached in this run (suspects left unchecked)
        console.print(f"注意：{note}", markup=False)
