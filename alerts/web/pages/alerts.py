"""The alert list, one alert with its evidence, review actions (one or many) and evidence downloads."""

from __future__ import annotations

import math
from dataclasses import asdict

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, send_file, url_for

from alerts import evidence as packs
from alerts import takedown
from alerts.files import gather
from alerts.lifecycle import OPEN_STATES, STATES, TRANSITIONS, AlertNotFound, IllegalTransition, history, set_state
from alerts.report.pdf import PdfUnavailable
from alerts.severity import SEVERITIES
from alerts.subject import GROUPS, group_key, subject_of
from alerts.users import role_at_least
from alerts.web import auth
from alerts.web.helpers import name_diff
from alerts.web.pages.common import (
    SEARCH_LIMIT,
    alert_or_404,
    cfg,
    image_response,
    matching_rows,
    page_number,
    safe_next,
    store,
)
from core.records import FINDING_KINDS, PLATFORMS

bp = Blueprint("alerts", __name__)

SORTS = {"severity_rank": "严重度（再按最近出现）", "last_seen": "最近出现", "first_seen": "首次发现", "occurrences": "出现次数",
         "state_changed_at": "状态变更"}
FILTERS = ("state", "kind", "platform", "severity", "region")
PROFILE_FIELDS = (("name", "名称"), ("account_id", "账号ID"), ("url", "主页"), ("verified", "认证"),
                  ("verified_type", "认证类型"), ("verified_reason", "认证信息"), ("description", "简介"),
                  ("followers", "粉丝数"), ("posts_count", "发文数"), ("last_post_at", "最近发文"),
                  ("crawled_at", "抓取时间"), ("unit", "开办单位"), ("region", "地区"), ("status", "备案状态"))


def query_alerts(args) -> tuple[list[dict], int, dict]:
    """Filtered, searched, sorted page of alerts (+ total and the parsed query)."""
    filters = {}
    for name in FILTERS:
        values = [v for v in args.getlist(name) if v]
        if values:
            filters[name] = values if len(values) > 1 else values[0]
    if args.get("open") == "1" and "state" not in filters:
        filters["state"] = list(OPEN_STATES)
    sort = args.get("sort") if args.get("sort") in SORTS else "severity_rank"
    order = "asc" if args.get("order") == "asc" else "desc"
    group = args.get("group") if args.get("group") in GROUPS else ""
    q = (args.get("q") or "").strip()[:100]
    size = cfg()["web.page_size"]
    # Severity ties are broken by recency (newest first), every other sort by the id (a stable page order).
    order_by = [(sort, order)] + ([("last_seen", "desc")] if sort == "severity_rank" else []) + [("_id", "asc")]
    if q or group:
        hits, truncated = matching_rows("alerts", q, filters, SEARCH_LIMIT)
        for name, direction in reversed(order_by):
            hits.sort(key=lambda a, n=name: (a.get(n) is not None, a.get(n) or 0), reverse=(direction == "desc"))
        if group:
            hits = _grouped(hits, group)
        total = len(hits)
        page = page_number(total, size)
        items = hits[(page - 1) * size: page * size]
    else:
        truncated = False
        total = store().count("alerts", filters)
        page = page_number(total, size)
        items = list(store().scan("alerts", filters, sort=order_by, limit=size, offset=(page - 1) * size))
    for item in items:
        item["subject"] = asdict(subject_of(item))
    return items, total, {"filters": filters, "sort": sort, "order": order, "q": q, "page": page, "size": size,
                          "group": group, "truncated": truncated, "limit": SEARCH_LIMIT}


def _grouped(alerts: list[dict], by: str) -> list[dict]:
    """``alerts`` (already in display order) with each group's rows together, groups in the order of their first
    row; each row carries ``group_key``/``group_label`` so the page can print a header where a group starts."""
    groups: dict[str, list[dict]] = {}
    for alert in alerts:
        key, label = group_key(alert, by)
        groups.setdefault(key, []).append({**alert, "group_key": key, "group_label": label})
    out = []
    for rows in groups.values():
        for row in rows:
            row["group_size"] = len(rows)
        out.extend(rows)
    return out


@bp.route("/alerts")
def alert_list():
    items, total, query = query_alerts(request.args)
    regions = sorted({r for r in (a.get("region") for a in store().scan("alerts")) if r})
    pages = max(1, math.ceil(total / query["size"]))
    args = {k: v for k, v in request.args.items(multi=True) if k != "page"}
    return render_template("alerts.html", items=items, total=total, query=query, pages=pages,
                           regions=regions, sorts=SORTS, STATES=STATES, KINDS=FINDING_KINDS,
                           PLATFORMS=PLATFORMS, SEVERITIES=SEVERITIES, args=args, groups=GROUPS)


@bp.route("/alerts/<alert_id>")
def alert_detail(alert_id):
    alert = alert_or_404(alert_id)
    ev = gather(store(), alert, cfg())
    official_name = ev.official.get("name") or alert.get("target_name") or ""
    suspect_name = ev.suspect.get("name") or alert.get("name") or ""
    left, right = name_diff(official_name, suspect_name)
    transitions = sorted(TRANSITIONS.get(alert.get("state"), ()), key=STATES.index)
    return render_template("alert.html", a=alert, ev=ev, diff_official=left, diff_suspect=right,
                           history=list(history(store(), alert_id)), transitions=transitions,
                           profile_fields=PROFILE_FIELDS,
                           can_review=role_at_least(g.user.get("role"), "reviewer"))


@bp.route("/alerts/<alert_id>/state", methods=["POST"])
@auth.require_role("reviewer")
def alert_action(alert_id):
    alert_or_404(alert_id)
    state = request.form.get("state", "")
    note = (request.form.get("note") or "").strip()[:2000]
    allowlist = request.form.get("allowlist") or None
    try:
        set_state(store(), alert_id, state, user=g.user["username"], note=note, cfg=cfg(),
                  allowlist=allowlist if state == "dismissed" else None)
    except IllegalTransition as exc:
        flash(str(exc), "error")
        return redirect(url_for("alerts.alert_detail", alert_id=alert_id)), 303
    auth.audit("alert_state", detail={"alert_id": alert_id, "state": state, "note": note,
                                      "allowlist": allowlist})
    flash("已更新告警状态。")
    return redirect(url_for("alerts.alert_detail", alert_id=alert_id), 303)


@bp.route("/alerts/bulk", methods=["POST"])
@auth.require_role("reviewer")
def alert_bulk():
    ids = [i for i in request.form.getlist("ids") if i][:500]
    action = request.form.get("action", "")
    back = safe_next(request.form.get("back"))
    if not ids:
        flash("请先勾选告警。", "error")
        return redirect(back, 303)
    if action == "evidence":
        return _evidence_response([a for a in (store().get("alerts", i) for i in ids) if a])
    note = (request.form.get("note") or "").strip()[:2000]
    done, refused = 0, []
    for alert_id in ids:
        try:
            set_state(store(), alert_id, action, user=g.user["username"], note=note, cfg=cfg())
            done += 1
        except (IllegalTransition, AlertNotFound) as exc:
            refused.append(str(exc))
    auth.audit("alert_bulk_state", detail={"ids": ids, "state": action, "note": note, "done": done})
    flash(f"已更新 {done} 条告警。" + (f"{len(refused)} 条未更新：{refused[0]}" if refused else ""),
          "error" if refused else "info")
    return redirect(back, 303)


def _evidence_response(alerts: list[dict]) -> Response:
    if not alerts:
        abort(404)
    data = packs.build_pack(store(), alerts, cfg(), user=g.user["username"])
    auth.audit("evidence_download", detail={"ids": [a["_id"] for a in alerts]})
    return Response(data, mimetype="application/zip", headers={
        "Content-Disposition": f'attachment; filename="{packs.pack_filename(alerts, cfg=cfg())}"'})


@bp.route("/alerts/<alert_id>/evidence.zip")
@auth.require_role("reviewer")
def alert_evidence(alert_id):
    return _evidence_response([alert_or_404(alert_id)])


@bp.route("/alerts/<alert_id>/file/<slot>")
def alert_file(alert_id, slot):
    ev = gather(store(), alert_or_404(alert_id), cfg())
    return image_response(ev.files.get(slot))


@bp.route("/alerts/<alert_id>/takedown", methods=["POST"])
@auth.require_role("reviewer")
def alert_takedown(alert_id):
    """Write the takedown documents (DOCX, PDF) and evidence pack; move the alert to takedown_requested."""
    alert = alert_or_404(alert_id)
    note = (request.form.get("note") or "").strip()[:2000]
    try:
        filed = takedown.file_takedown(store(), [alert], cfg(), takedown.takedown_dir(cfg()),
                                       user=g.user["username"], note=note)
    except (takedown.TakedownError, PdfUnavailable) as exc:
        flash(str(exc), "error")
        return redirect(url_for("alerts.alert_detail", alert_id=alert_id), 303)
    auth.audit("alert_takedown", detail={"alert_id": alert_id, "files": [p.name for p in filed.files],
                                         "moved": filed.moved})
    flash("已生成下线申请材料" + ("，告警已改为“已申请下线”。" if filed.moved else "。"))
    return redirect(url_for("alerts.alert_detail", alert_id=alert_id), 303)


@bp.route("/alerts/<alert_id>/takedown/<name>")
@auth.require_role("reviewer")
def alert_takedown_file(alert_id, name):
    """One file written for this alert's takedown (only names the alert records, all generated by us)."""
    alert = alert_or_404(alert_id)
    if name not in (alert.get("takedown_files") or []) or not takedown.is_generated_name(name):
        abort(404)
    path = takedown.takedown_dir(cfg()) / name
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=name, max_age=0,
                     mimetype=takedown.MIME[name.rsplit(".", 1)[1]])
