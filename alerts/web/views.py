"""Pages and JSON endpoints of the review UI. Everything here runs behind ``auth`` (see ``create_app``)."""

from __future__ import annotations

import math
from collections import Counter
from urllib.parse import urlsplit

from flask import Response, abort, current_app, flash, g, redirect, render_template, request, send_file, url_for

from alerts import evidence as packs
from alerts.files import gather, image_type, safe_data_path
from alerts.lifecycle import (
    OPEN_STATES,
    RUN_SUMMARY_ALERT_ID,
    STATES,
    TRANSITIONS,
    AlertNotFound,
    IllegalTransition,
    history,
    set_state,
)
from alerts.severity import SEVERITIES
from alerts.users import ROLE_ZH, authenticate, list_users, role_at_least
from alerts.web import auth
from alerts.web.helpers import local_time, name_diff, trend_svg
from core.records import FINDING_KINDS, PLATFORMS

SORTS = {"last_seen": "最近出现", "first_seen": "首次发现", "severity_rank": "严重度", "occurrences": "出现次数",
         "state_changed_at": "状态变更"}
FILTERS = ("state", "kind", "platform", "severity", "region")
PROFILE_FIELDS = (("name", "名称"), ("account_id", "账号ID"), ("url", "主页"), ("verified", "认证"),
                  ("verified_type", "认证类型"), ("verified_reason", "认证信息"), ("description", "简介"),
                  ("followers", "粉丝数"), ("posts_count", "发文数"), ("last_post_at", "最近发文"),
                  ("crawled_at", "抓取时间"), ("unit", "开办单位"), ("region", "地区"), ("status", "备案状态"))
MIME = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}


def _store():
    return current_app.config["STORE"]


def _cfg():
    return current_app.config["GW"]


def _page() -> int:
    try:
        return max(1, int(request.args.get("page", 1)))
    except ValueError:
        return 1


def _alert_or_404(alert_id: str) -> dict:
    alert = _store().get("alerts", alert_id)
    if alert is None:
        abort(404)
    return alert


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths (no open redirect)."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc \
            and "\\" not in target:
        return target
    return url_for("dashboard")


def query_alerts(args) -> tuple[list[dict], int, dict]:
    """Filtered, searched, sorted page of alerts (+ total and the parsed query)."""
    filters = {}
    for name in FILTERS:
        values = [v for v in args.getlist(name) if v]
        if values:
            filters[name] = values if len(values) > 1 else values[0]
    if args.get("open") == "1" and "state" not in filters:
        filters["state"] = list(OPEN_STATES)
    sort = args.get("sort") if args.get("sort") in SORTS else "last_seen"
    order = "asc" if args.get("order") == "asc" else "desc"
    q = (args.get("q") or "").strip()[:100]
    size = _cfg()["web.page_size"]
    page = _page()
    store = _store()
    if q:
        hits = store.search("alerts", q, filters=filters, limit=2000)
        hits.sort(key=lambda a: (a.get(sort) is None, a.get(sort) or 0), reverse=(order == "desc"))
        total = len(hits)
        items = hits[(page - 1) * size: page * size]
    else:
        total = store.count("alerts", filters)
        items = list(store.scan("alerts", filters, sort=[(sort, order), ("_id", "asc")], limit=size,
                                offset=(page - 1) * size))
    return items, total, {"filters": filters, "sort": sort, "order": order, "q": q, "page": page, "size": size}


def register(app) -> None:
    @app.route("/login", methods=["GET", "POST"])
    def login():
        error = None
        status = 200
        if request.method == "POST":
            username = (request.form.get("username") or "").strip()[:64]
            password = request.form.get("password") or ""
            if auth.login_blocked(username):
                auth.audit("login_blocked", user=username)
                error, status = "登录失败次数过多，请稍后再试。", 429
            else:
                user = authenticate(_store(), username, password)
                if user is None:
                    auth.audit("login_failed", user=username)
                    error, status = "用户名或密码错误。", 401
                else:
                    auth.start_session(user)
                    auth.audit("login", user=user["username"])
                    return redirect(_safe_next(request.args.get("next")))
        return render_template("login.html", error=error), status

    @app.route("/logout", methods=["POST"])
    def logout():
        auth.audit("logout")
        from flask import session

        session.clear()
        flash("已退出登录。")
        return redirect(url_for("login"))

    @app.route("/")
    def dashboard():
        alerts = list(_store().scan("alerts"))
        counts = {name: Counter(a.get(name) or "" for a in alerts) for name in ("kind", "state", "platform", "region")}
        open_alerts = [a for a in alerts if a.get("state") in OPEN_STATES]
        by_severity = Counter(a.get("severity") for a in open_alerts)
        runs = list(_store().scan("alert_history", {"alert_id": RUN_SUMMARY_ALERT_ID}, sort=[("at", "desc")],
                                  limit=30))[::-1]
        stamps = [local_time(r.get("at"), _cfg()["general.timezone"]) for r in runs]
        # "MM-DD", or "MM-DD HH:MM" when several runs share a day (a chart of identical labels says nothing)
        same_day = len({t[:10] for t in stamps}) < len(stamps)
        points = [{"label": t[5:16] if same_day else t[5:10], "open": r.get("open"), "created": r.get("created")}
                  for t, r in zip(stamps, runs)]
        return render_template("dashboard.html", counts=counts, total=len(alerts), open_count=len(open_alerts),
                               by_severity=by_severity, chart=trend_svg(points), runs=runs[::-1][:5])

    @app.route("/alerts")
    def alert_list():
        items, total, query = query_alerts(request.args)
        regions = sorted({r for r in (a.get("region") for a in _store().scan("alerts")) if r})
        pages = max(1, math.ceil(total / query["size"]))
        args = {k: v for k, v in request.args.items(multi=True) if k != "page"}
        return render_template("alerts.html", items=items, total=total, query=query, pages=pages,
                               regions=regions, sorts=SORTS, STATES=STATES, KINDS=FINDING_KINDS,
                               PLATFORMS=PLATFORMS, SEVERITIES=SEVERITIES, args=args)

    @app.route("/alerts/<alert_id>")
    def alert_detail(alert_id):
        alert = _alert_or_404(alert_id)
        ev = gather(_store(), alert, _cfg())
        official_name = ev.official.get("name") or alert.get("target_name") or ""
        suspect_name = ev.suspect.get("name") or alert.get("name") or ""
        left, right = name_diff(official_name, suspect_name)
        transitions = sorted(TRANSITIONS.get(alert.get("state"), ()), key=STATES.index)
        return render_template("alert.html", a=alert, ev=ev, diff_official=left, diff_suspect=right,
                               history=list(history(_store(), alert_id)), transitions=transitions,
                               profile_fields=PROFILE_FIELDS,
                               can_review=role_at_least(g.user.get("role"), "reviewer"))

    @app.route("/alerts/<alert_id>/state", methods=["POST"])
    @auth.require_role("reviewer")
    def alert_action(alert_id):
        _alert_or_404(alert_id)
        state = request.form.get("state", "")
        note = (request.form.get("note") or "").strip()[:2000]
        allowlist = request.form.get("allowlist") or None
        try:
            set_state(_store(), alert_id, state, user=g.user["username"], note=note, cfg=_cfg(),
                      allowlist=allowlist if state == "dismissed" else None)
        except IllegalTransition as exc:
            flash(str(exc), "error")
            return redirect(url_for("alert_detail", alert_id=alert_id)), 303
        auth.audit("alert_state", detail={"alert_id": alert_id, "state": state, "note": note,
                                          "allowlist": allowlist})
        flash("已更新告警状态。")
        return redirect(url_for("alert_detail", alert_id=alert_id), 303)

    @app.route("/alerts/bulk", methods=["POST"])
    @auth.require_role("reviewer")
    def alert_bulk():
        ids = [i for i in request.form.getlist("ids") if i][:500]
        action = request.form.get("action", "")
        back = _safe_next(request.form.get("back"))
        if not ids:
            flash("请先勾选告警。", "error")
            return redirect(back, 303)
        if action == "evidence":
            return _evidence_response([a for a in (_store().get("alerts", i) for i in ids) if a])
        note = (request.form.get("note") or "").strip()[:2000]
        done, refused = 0, []
        for alert_id in ids:
            try:
                set_state(_store(), alert_id, action, user=g.user["username"], note=note, cfg=_cfg())
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
        data = packs.build_pack(_store(), alerts, _cfg(), user=g.user["username"])
        auth.audit("evidence_download", detail={"ids": [a["_id"] for a in alerts]})
        return Response(data, mimetype="application/zip", headers={
            "Content-Disposition": f'attachment; filename="{packs.pack_filename(alerts, cfg=_cfg())}"'})

    @app.route("/alerts/<alert_id>/evidence.zip")
    @auth.require_role("reviewer")
    def alert_evidence(alert_id):
        return _evidence_response([_alert_or_404(alert_id)])

    @app.route("/alerts/<alert_id>/file/<slot>")
    def alert_file(alert_id, slot):
        ev = gather(_store(), _alert_or_404(alert_id), _cfg())
        return _image(ev.files.get(slot))

    def _image(path):
        kind = image_type(path) if path else None
        if not kind:
            abort(404)
        return send_file(path, mimetype=MIME[kind], max_age=0)

    @app.route("/registry")
    def registry():
        q = (request.args.get("q") or "").strip()[:100]
        filters = {k: request.args[k] for k in ("platform", "region", "status") if request.args.get(k)}
        size, page = _cfg()["web.page_size"], _page()
        if q:
            hits = _store().search("registry", q, filters=filters, limit=1000)
            total, items = len(hits), hits[(page - 1) * size: page * size]
        else:
            total = _store().count("registry", filters)
            items = list(_store().scan("registry", filters, sort=[("region", "asc"), ("unit", "asc"), ("_id", "asc")],
                                       limit=size, offset=(page - 1) * size))
        args = {k: v for k, v in request.args.items() if k != "page"}
        return render_template("registry.html", items=items, total=total, q=q, page=page, args=args,
                               pages=max(1, math.ceil(total / size)), PLATFORMS=PLATFORMS)

    @app.route("/sweeps")
    def sweeps():
        status = request.args.get("status") or ""
        filters = {"status": status} if status else {"status": {"ne": "ok"}} if request.args.get("all") != "1" else {}
        size, page = _cfg()["web.page_size"], _page()
        total = _store().count("sweeps", filters)
        items = list(_store().scan("sweeps", filters, sort=[("checked_at", "desc"), ("_id", "asc")], limit=size,
                                   offset=(page - 1) * size))
        shots = {s["_id"] for s in items if safe_data_path(_cfg().data_dir, s.get("screenshot"))}
        args = {k: v for k, v in request.args.items() if k != "page"}
        return render_template("sweeps.html", items=items, total=total, page=page, args=args, shots=shots,
                               pages=max(1, math.ceil(total / size)), status=status)

    @app.route("/sweeps/<sweep_id>/screenshot")
    def sweep_screenshot(sweep_id):
        doc = _store().get("sweeps", sweep_id)
        if doc is None:
            abort(404)
        return _image(safe_data_path(_cfg().data_dir, doc.get("screenshot")))

    @app.route("/runs")
    def runs():
        items = list(_store().scan("runs", sort=[("started_at", "desc")], limit=100))
        summaries = {r.get("run_id"): r for r in _store().scan("alert_history", {"alert_id": RUN_SUMMARY_ALERT_ID},
                                                                sort=[("at", "desc")], limit=200)}
        return render_template("runs.html", items=items, summaries=summaries)

    @app.route("/audit")
    @auth.require_role("admin")
    def audit_log():
        page, size = _page(), 100
        total = _store().count("audit")
        items = list(_store().scan("audit", sort=[("at", "desc"), ("_id", "asc")], limit=size,
                                   offset=(page - 1) * size))
        return render_template("audit.html", items=items, page=page, pages=max(1, math.ceil(total / size)),
                               users=list_users(_store()), ROLE_ZH=ROLE_ZH, args={})

    @app.route("/api/alerts")
    def api_alerts():
        items, total, query = query_alerts(request.args)
        return {"total": total, "page": query["page"],
                "items": [{k: v for k, v in a.items() if k not in ("finding", "evidence")} for a in items]}

    @app.route("/api/stats")
    def api_stats():
        alerts = list(_store().scan("alerts"))
        return {name: dict(Counter(a.get(name) or "" for a in alerts))
                for name in ("kind", "state", "platform", "region", "severity")}

    @app.errorhandler(400)
    @app.errorhandler(403)
    @app.errorhandler(404)
    @app.errorhandler(429)
    def _error(exc):
        messages = {400: "请求无效", 403: "没有权限执行此操作", 404: "页面或记录不存在", 429: "请求过于频繁"}
        code = getattr(exc, "code", 400)
        if request.path.startswith("/api/"):
            return {"error": messages.get(code, "错误")}, code
        return render_template("error.html", code=code, message=messages.get(code, "错误"),
                               detail=getattr(exc, "description", "")), code
