"""govwatch alerts — 告警列表、查看、状态变更、证据包、导入发现与发送通知"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from core import inputs
from core.records import FINDING_KINDS, PLATFORMS, platform_code
from govwatch.cli.main import CliError
from search_index import open_store

STATE_HELP = "new 待审核 / confirmed 已确认 / takedown_requested 已申请下线 / taken_down 已下线 / " \
             "dismissed 已排除（误报）/ resolved 已解决"


def register(sub) -> None:
    p = sub.add_parser("alerts", help="告警列表、状态变更与证据包", description="告警列表、状态变更与证据包")
    actions = p.add_subparsers(dest="action", metavar="操作", title="操作")
    actions.required = True

    ls = actions.add_parser("list", help="列出告警", description="列出告警，可筛选、搜索。")
    ls.add_argument("--state", action="append", metavar="STATE", help=f"状态（可多次给出）：{STATE_HELP}")
    ls.add_argument("--open", action="store_true", help="只看未结告警（待审核、已确认、已申请下线）")
    ls.add_argument("--kind", action="append", metavar="KIND", help="类型：" + "、".join(FINDING_KINDS))
    ls.add_argument("--platform", metavar="PLATFORM", help="平台（代码或中文名）")
    ls.add_argument("--severity", metavar="LEVEL", help="严重度：low / medium / high / critical")
    ls.add_argument("--region", metavar="TEXT", help="地区（完全一致）")
    ls.add_argument("--search", metavar="TEXT", help="按名称、标题、理由搜索")
    ls.add_argument("--limit", type=int, default=100, metavar="N", help="最多显示条数（默认 100；0 为全部）")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出（一行一条）")
    ls.set_defaults(handler=_list)

    show = actions.add_parser("show", help="查看一条告警及其处理记录", description="查看一条告警及其处理记录。")
    show.add_argument("alert_id", metavar="ID", help="告警 ID（可用前 8 位以上的前缀）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=_show)

    st = actions.add_parser("set-state", help="变更告警状态（记录操作人与备注）",
                            description=f"变更告警状态。状态：{STATE_HELP}。")
    st.add_argument("alert_ids", nargs="+", metavar="ID", help="告警 ID（可多个）")
    st.add_argument("--state", required=True, metavar="STATE", help="新状态")
    st.add_argument("--note", default="", help="备注")
    st.add_argument("--user", default=None, help="操作人（默认当前系统用户名，记为 cli:用户名）")
    st.add_argument("--allowlist", choices=("alert", "account"),
                    help="与 dismissed 一起用：alert = 此问题不再告警；account = 此账号此类问题不再告警")
    st.set_defaults(handler=_set_state)

    ev = actions.add_parser("evidence", help="导出证据包（ZIP，含 SHA-256 清单）",
                            description="导出一条或多条告警的证据包：元数据、双方头像、截图、平台原始数据、"
                                        "抓取时间与 SHA-256 清单。")
    ev.add_argument("alert_ids", nargs="+", metavar="ID", help="告警 ID（可多个）")
    ev.add_argument("--out", required=True, metavar="FILE.zip", help="输出文件")
    ev.add_argument("--user", default=None, help="记录在证据包中的导出人（默认当前系统用户名）")
    ev.set_defaults(handler=_evidence)

    td = actions.add_parser("takedown", help="生成仿冒账号下线申请材料（DOCX、PDF）并标记为已申请下线",
                            description="为仿冒账号告警生成平台仿冒投诉渠道所需的材料：官方单位与备案信息、仿冒账号、"
                                        "名称对比（标出不同的字）、头像距离、头像与截图、抓取时间和证据包 SHA-256；"
                                        "每个平台一份 DOCX 和 PDF，证据包一并写出。然后把告警改为“已申请下线”，"
                                        "记录申请人和时间。")
    td.add_argument("alert_ids", nargs="+", metavar="ID", help="仿冒账号告警 ID（可多个，按平台各出一份）")
    td.add_argument("--out", default=None, metavar="DIR", help="输出目录（默认 alerts.takedown_dir，为空则为数据目录下的 takedowns）")
    td.add_argument("--note", default="", help="记入处理记录的备注")
    td.add_argument("--user", default=None, help="申请人（默认当前系统用户名，记为 cli:用户名）")
    td.add_argument("--no-pdf", action="store_true", help="不生成 PDF（没有 Chromium 时）")
    td.set_defaults(handler=_takedown)

    ing = actions.add_parser("ingest", help="把一次运行的发现（JSONL）导入为告警并发送通知",
                             description="把检测输出的发现文件（JSONL，一行一条）导入为告警：去重、更新状态、"
                                         "自动解决与重新打开，然后按配置发送通知。")
    ing.add_argument("file", metavar="FINDINGS.jsonl", help="发现文件（govwatch detect --out 的输出）")
    ing.add_argument("--run-id", required=True, metavar="RUN", help="本次运行的 ID（同一 ID 重复导入不重复计数）")
    ing.add_argument("--kinds", metavar="K1,K2",
                     help="本次运行检查过的发现类型，逗号分隔；只有这些类型的告警会因未出现而被计数、自动解决。"
                          "默认为文件中出现的类型（文件为空时必须给出）。可选：" + "、".join(FINDING_KINDS))
    ing.add_argument("--no-notify", action="store_true", help="只导入，不发送通知")
    ing.set_defaults(handler=_ingest)

    nt = actions.add_parser("notify", help="发送到期的再次提醒", description="发送到期的未处理告警提醒（alerts.renotify_hours）。")
    nt.set_defaults(handler=_notify)


def _resolve_id(store, given: str) -> str:
    if store.get("alerts", given):
        return given
    if len(given) >= 8:
        hits = [a["_id"] for a in store.scan("alerts") if a["_id"].startswith(given)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise CliError(f"告警 ID 前缀 {given} 不唯一，请给出更长的 ID")
    raise CliError(f"没有找到告警 {given}")


def _user(args) -> str:
    if args.user:
        return args.user
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name for this uid (containers)
        name = os.environ.get("USER") or "unknown"
    return f"cli:{name}"


def _list(args, cfg) -> int:
    from alerts.lifecycle import OPEN_STATES, STATE_ZH

    filters: dict = {}
    if args.state:
        filters["state"] = args.state
    elif args.open:
        filters["state"] = list(OPEN_STATES)
    if args.kind:
        filters["kind"] = args.kind
    if args.platform:
        code = platform_code(args.platform)
        if not code:
            raise CliError(f"未知的平台：{args.platform}")
        filters["platform"] = code
    if args.severity:
        filters["severity"] = args.severity
    if args.region:
        filters["region"] = args.region
    limit = args.limit or None
    with open_store(cfg) as store:
        if args.search:
            items = store.search("alerts", args.search, filters=filters, limit=limit or 10000)
        else:
            items = list(store.scan("alerts", filters, sort=[("severity_rank", "desc"), ("last_seen", "desc")],
                                    limit=limit))
    if args.json:
        for a in items:
            print(json.dumps({k: v for k, v in a.items() if k != "finding"}, ensure_ascii=False))
        return 0
    if not items:
        print("没有符合条件的告警。")
        return 0
    for a in items:
        target = f" → {a.get('target_name')}" if a.get("target_name") else ""
        print(f"{a['_id'][:12]}  [{a.get('severity_zh', a.get('severity'))}] {STATE_ZH.get(a.get('state'), a.get('state'))}"
              f"  {a.get('kind_zh')}  {a.get('platform_zh')}  {_safe(a.get('name'))}{_safe(target)}"
              f"  {_safe(a.get('region'))}  ×{a.get('occurrences')}  {a.get('last_seen')}")
    print(f"共 {len(items)} 条")
    return 0


def _safe(text) -> str:
    """Crawled text printed to a terminal: no control characters (escape sequences)."""
    return "".join(ch if ch.isprintable() else " " for ch in str(text or ""))


def _show(args, cfg) -> int:
    from alerts.lifecycle import STATE_ZH, history

    with open_store(cfg) as store:
        alert_id = _resolve_id(store, args.alert_id)
        alert = store.get("alerts", alert_id)
        hist = history(store, alert_id)
    if args.json:
        print(json.dumps({"alert": alert, "history": hist}, ensure_ascii=False, indent=2, default=str))
        return 0
    rows = [("ID", alert["_id"]), ("类型", alert.get("kind_zh")), ("严重度", alert.get("severity_zh")),
            ("状态", STATE_ZH.get(alert.get("state"))), ("平台", alert.get("platform_zh")),
            ("账号", f"{_safe(alert.get('name'))}（{_safe(alert.get('account_id'))}）"),
            ("疑仿冒", _safe(alert.get("target_name"))), ("单位", _safe(alert.get("unit"))),
            ("地区", _safe(alert.get("region"))), ("首次发现", alert.get("first_seen")),
            ("最近出现", alert.get("last_seen")), ("出现次数", alert.get("occurrences")),
            ("理由", "；".join(_safe(r) for r in alert.get("reasons") or [])),
            ("审核链接", f"{cfg['general.base_url'].rstrip('/')}/alerts/{alert['_id']}")]
    for label, value in rows:
        if value not in (None, ""):
            print(f"{label}：{value}")
    print("处理记录：")
    for h in hist:
        change = f"{STATE_ZH.get(h.get('from'), h.get('from') or '')} → {STATE_ZH.get(h.get('to'), h.get('to') or '')}"
        print(f"  {h.get('at')}  {h.get('user')}  {change}  {_safe(h.get('note'))}")
    return 0


def _set_state(args, cfg) -> int:
    from alerts.lifecycle import IllegalTransition, set_state

    failed = 0
    with open_store(cfg) as store:
        for given in args.alert_ids:
            try:
                alert_id = _resolve_id(store, given)
                set_state(store, alert_id, args.state, user=_user(args), note=args.note, cfg=cfg,
                          allowlist=args.allowlist)
                print(f"{alert_id[:12]}：已改为 {args.state}")
            except (IllegalTransition, CliError) as exc:
                print(f"{given}：{exc}", file=sys.stderr)
                failed += 1
    if failed:
        raise CliError(f"{failed} 条告警未能变更状态", code=1)
    return 0


def _evidence(args, cfg) -> int:
    from alerts.evidence import build_pack
    from core.files import atomic_output, check_output

    out = check_output(args.out, "证据包")  # before any work: an unwritable path is an input error (exit 2)
    with open_store(cfg) as store:
        alerts = [store.get("alerts", _resolve_id(store, given)) for given in args.alert_ids]
        data = build_pack(store, alerts, cfg, user=_user(args))
    with atomic_output(out, "证据包") as tmp:
        tmp.write_bytes(data)
    print(f"已写入证据包 {out}（{len(alerts)} 条告警，{len(data)} 字节）")
    return 0


def _takedown(args, cfg) -> int:
    from alerts.report.pdf import PdfUnavailable
    from alerts.takedown import TakedownError, file_takedown, takedown_dir

    out = Path(args.out) if args.out else takedown_dir(cfg)
    with open_store(cfg) as store:
        alerts = [store.get("alerts", _resolve_id(store, given)) for given in dict.fromkeys(args.alert_ids)]
        try:
            filed = file_takedown(store, alerts, cfg, out, user=_user(args), note=args.note, pdf=not args.no_pdf)
        except (TakedownError, PdfUnavailable) as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(f"无法写入 {out}：{exc.strerror or exc}") from None
    for path in filed.files:
        print(f"已写入 {path}")
    print(f"{len(filed.moved)} 条告警改为“已申请下线”" + (f"，{len(alerts) - len(filed.moved)} 条原已申请" if
                                                     len(alerts) > len(filed.moved) else ""))
    return 0


INGEST_PLATFORMS = frozenset(PLATFORMS) | {"website"}
MAX_REPORTED_LINES = 20


def _line_problem(doc) -> str | None:
    """What is wrong with one parsed line of a findings file (None when it is a usable finding)."""
    from detectors.io import FINDING_TYPES, field_problems

    if not isinstance(doc, dict):
        return "不是 JSON 对象"
    problems = field_problems(doc, FINDING_TYPES)
    if problems:
        return "；".join(problems)
    if not doc.get("kind") or not doc.get("platform"):
        return "缺少 kind 或 platform 字段"
    if doc["kind"] not in FINDING_KINDS:
        return f"kind “{_safe(doc['kind'])}” 未知（可选：{'、'.join(FINDING_KINDS)}）"
    if doc["platform"] not in INGEST_PLATFORMS:
        return f"platform “{_safe(doc['platform'])}” 未知（应为平台代码：{'、'.join(sorted(INGEST_PLATFORMS))}）"
    target = doc.get("target")
    if isinstance(target, dict) and target.get("platform") and target["platform"] not in INGEST_PLATFORMS:
        return f"target.platform “{_safe(target['platform'])}” 未知"
    return None


def _read_findings(path: Path) -> list[dict]:
    """All findings of a JSONL file, or a CliError listing every bad line (then nothing is ingested)."""
    if not path.is_file():
        raise CliError(f"发现文件不存在：{path}")
    findings, problems = [], []
    try:
        with path.open(encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    doc = inputs.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"第 {n} 行：不是有效的 JSON（{exc.msg}）")
                    continue
                except inputs.JSONTooDeep as exc:
                    problems.append(f"第 {n} 行：{exc}")
                    continue
                problem = _line_problem(doc)
                if problem:
                    problems.append(f"第 {n} 行：{problem}")
                else:
                    findings.append(doc)
    except UnicodeDecodeError:
        raise CliError(f"{path} 不是 UTF-8 编码的文本文件") from None
    if problems:
        shown = problems[:MAX_REPORTED_LINES]
        more = f"\n  ……另有 {len(problems) - len(shown)} 行有误" if len(problems) > len(shown) else ""
        raise CliError(f"{path} 有 {len(problems)} 行无效，未导入任何内容：\n  " + "\n  ".join(shown) + more)
    return findings


def _ingest(args, cfg) -> int:
    from alerts.pipeline import process_run

    findings = _read_findings(Path(args.file))
    if args.kinds:
        kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
        unknown = [k for k in kinds if k not in FINDING_KINDS]
        if unknown:
            raise CliError(f"未知的发现类型：{'、'.join(unknown)}（可选：{'、'.join(FINDING_KINDS)}）")
        if not kinds:
            raise CliError("--kinds 没有给出任何发现类型")
    elif findings:
        kinds = sorted({f["kind"] for f in findings})  # only what the file shows was checked
    else:
        raise CliError(f"发现文件 {args.file} 中没有任何发现。若本次运行确实检查过而没有发现问题，"
                       "请用 --kinds 指明检查过的类型（这些类型的未结告警将计为未出现）")
    with open_store(cfg) as store:
        result, report = process_run(store, findings, args.run_id, cfg, kinds=kinds, notify=not args.no_notify)
    s = result.summary()
    print(f"运行 {args.run_id}：{len(findings)} 条发现（检查类型：{'、'.join(kinds)}）；新增告警 {s['created']}，"
          f"更新 {s['updated']}，重新打开 {s['reopened']}，自动解决 {s['resolved']}，"
          f"白名单/已排除 {s['suppressed']}，无法核实（平台被拦截等，不计为未出现） {s['unverified']}")
    if report is not None:
        print(f"通知：发送 {len(report.sent)}，失败 {len(report.failed)}，此前已发送 {report.skipped}")
        if report.failed:
            return 1
    return 0


def _notify(args, cfg) -> int:
    from alerts.notify import deliver

    with open_store(cfg) as store:
        report = deliver(store, None, cfg)
    print(f"提醒：发送 {len(report.sent)}，失败 {len(report.failed)}")
    return 1 if report.failed else 0
