"""Sogou WeChat account search (HTML, optionally GBK without a charset header) and the credentialed
mp.weixin.qq.com article list (searchbiz + appmsg list_ex with ``copyright_stat``).

Result entries follow the real pages (tests/fixtures/real/wechat): the verification label is written by a script
before its text (``<script>document.write(authname('2'))</script>微信认证：``; every other account the older
``认证：``), avatars are protocol-relative (``//host/…``) and account links relative ``/link?url=…`` redirects."""

from __future__ import annotations

import html
import secrets

from imitations.platforms.common import Req, Resp, as_int, html_resp, json_resp, keyword_matches, paginate, post_time

MP_SID = "imitation-slave-sid"
MP_TOKEN = "1234567890"


def _highlight(name: str, kw: str) -> str:
    esc = html.escape(name)
    return esc.replace(html.escape(kw), f"<em><!--red_beg-->{html.escape(kw)}<!--red_end--></em>") if kw else esc


def _item(srv, a, kw: str, i: int) -> str:
    latest = ""
    if a.posts:
        p = a.posts[0]
        ts = int(post_time(srv.started, p.age_hours).timestamp())
        latest = (f'<dl><dt>最近文章：</dt><dd><a target="_blank" href="{srv.prefix("wechat")}/link?url=art{i}">{html.escape(p.text)}</a>'
                  f'<span><script>document.write(timeConvert(\'{ts}\'))</script></span></dd></dl>')
    label = "微信认证：" if i % 2 == 0 else "认证："
    verified = (f"<dl><dt>\n<script>document.write(authname('2'))</script>{label}</dt>"
                f'<dd>\n<i class="identify"></i>{html.escape(a.verified_reason)}</dd></dl>' if a.verified_type else "")
    avatar = srv.avatar_url("wechat", a).split(":", 1)[1]  # protocol-relative, as Sogou writes it
    # root-relative like Sogou's (under the imitation's /wechat prefix)
    link = f"{srv.prefix('wechat')}/link?url=dn9a_{a.id}&amp;type=1&amp;query={html.escape(kw)}&amp;token=IMITATION"
    return (f'<li id="sogou_vr_11002301_box_{i}" d="oIWsFt{a.id}">'
            f'<div class="gzh-box2"><div class="img-box"><a target="_blank" href="{link}">'
            f'<span></span><img src="{avatar}" onerror="errorHeadImg(this)"></a></div>'
            f'<div class="txt-box"><p class="tit"><a target="_blank" href="{link}">'
            f'{_highlight(a.name, kw)}</a></p>'
            f'<p class="info">微信号：<label name="em_weixinhao">{html.escape(a.alias or a.id)}</label></p>'
            f'</div></div>'
            f'<dl><dt>功能介绍：</dt><dd>{html.escape(a.description)}</dd></dl>{verified}{latest}</li>')


def issue_snuid(srv, req: Req) -> str | None:
    """Sogou's ``SNUID`` cookie: set once for a visitor that carries none; in ``snuid_churn`` mode (Sogou
    suspects a bot) a fresh value on every answer. Every issued value is kept in ``srv.wechat_snuids``."""
    churn = srv.failures.get("wechat") == "snuid_churn"
    if not churn and req.cookies.get("SNUID"):
        return None
    value = secrets.token_hex(16).upper()
    with srv._lock:
        if not hasattr(srv, "wechat_snuids"):
            srv.wechat_snuids = []
        srv.wechat_snuids.append(value)
    return value


def search_page(srv, kw: str, page: int, *, gbk: bool, thin: bool = False) -> Resp:
    found = [a for a in srv.seed["wechat"] if not a.gone and (
        keyword_matches(kw, a.name, a.description) or kw == (a.alias or a.id))]
    if thin:  # a suspected bot gets every other page empty, the rest with every other result
        with srv._lock:
            srv.wechat_churn_pages = getattr(srv, "wechat_churn_pages", 0) + 1
            empty = srv.wechat_churn_pages % 2 == 0
        found = [] if empty else found[::2]
    chunk, more = paginate(found, page, srv.page_size)
    more = more and not thin
    charset_meta = "" if gbk else '<meta charset="utf-8">'
    if chunk:
        items = "".join(_item(srv, a, kw, i) for i, a in enumerate(chunk))
        body = f'<ul class="news-list2">{items}</ul>'
        if more:
            body += f'<div class="p-fy"><a id="sogou_next" href="?type=1&query={html.escape(kw)}&page={page + 1}">下一页</a></div>'
    else:
        body = (f'<div class="no-sosuo" id="noresult_part1_container"><p>暂无与“{html.escape(kw)}”相关的官方认证订阅号。'
                f'</p></div>')
    text = (f'<!DOCTYPE html><html><head>{charset_meta}<title>{html.escape(kw)}的相关微信公众号 – 搜狗微信搜索</title>'
            f'</head><body><div class="news-box">{body}</div>'
            f'<script>function timeConvert(t){{return new Date(t*1000).toLocaleDateString()}}</script></body></html>')
    if gbk:
        return html_resp(text, encoding="gbk", charset_header=False)
    return html_resp(text)


def handle(srv, req: Req) -> Resp | None:
    if req.path == "/weixin":
        resp = search_page(srv, req.query.get("query", ""), as_int(req.query.get("page"), 1),
                           gbk=srv.options.get("wechat_gbk", False),
                           thin=srv.failures.get("wechat") == "snuid_churn")
        snuid = issue_snuid(srv, req)
        if snuid:
            resp.headers["Set-Cookie"] = f"SNUID={snuid}; path=/"
        return resp
    if req.path.startswith("/antispider"):
        return html_resp("<html><body><p>用户您好，您的访问过于频繁，为确认本次访问为正常用户行为，请输入验证码</p>"
                         '<img id="seccodeImage" src="/antispider/util/seccode.php"></body></html>')
    return None


def handle_mp(srv, req: Req) -> Resp | None:
    if req.cookies.get("slave_sid") != MP_SID or req.query.get("token") != MP_TOKEN:
        return json_resp({"base_resp": {"ret": 200003, "err_msg": "invalid session"}})
    if req.path == "/cgi-bin/searchbiz":
        q = req.query.get("query", "")
        found = [a for a in srv.seed["wechat"] if not a.gone and (q in (a.name, a.alias, a.id))]
        return json_resp({"base_resp": {"ret": 0, "err_msg": "ok"}, "total": len(found), "list": [
            {"fakeid": f"MzA{a.id}==", "nickname": a.name, "alias": a.alias or a.id,
             "round_head_img": srv.avatar_url("wechat", a), "service_type": 1, "signature": a.description}
            for a in found]})
    if req.path == "/cgi-bin/appmsg":
        fakeid = req.query.get("fakeid", "")
        a = srv.find("wechat", fakeid[3:-2]) if fakeid.startswith("MzA") else None
        if a is None:
            return json_resp({"base_resp": {"ret": 200002, "err_msg": "invalid args"}})
        begin, count = as_int(req.query.get("begin")), max(1, min(as_int(req.query.get("count"), 5), 20))
        chunk = a.posts[begin:begin + count]
        msgs = []
        for i, p in enumerate(chunk):
            ts = int(post_time(srv.started, p.age_hours).timestamp())
            aid = f"{len(a.posts) - begin - i:08d}_1"
            msgs.append({"aid": aid, "appmsgid": int(aid[:8]), "title": p.text, "digest": p.text[:20],
                         "link": f"https://mp.weixin.qq.com/s/{a.id}{aid}", "create_time": ts, "update_time": ts,
                         "copyright_stat": 11 if p.original else 100, "is_pinned": int(p.pinned)})
        return json_resp({"base_resp": {"ret": 0, "err_msg": "ok"}, "app_msg_cnt": len(a.posts),
                          "app_msg_list": msgs})
    return None
