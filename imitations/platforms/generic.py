"""A regional government-app portal with plain HTML search and profile pages (for the generic YAML adapter)."""

from __future__ import annotations

import html
import json

from imitations.platforms.common import Req, Resp, as_int, html_resp, keyword_matches, paginate, post_time


def handle(srv, req: Req) -> Resp | None:
    e = html.escape
    if req.path == "/search":
        kw = req.query.get("q", "")
        found = [a for a in srv.seed["generic"] if not a.gone and keyword_matches(kw, a.name, a.description)]
        chunk, more = paginate(found, as_int(req.query.get("page"), 1), srv.page_size)
        items = "".join(
            f'<div class="account" data-id="{e(a.id)}"><img class="logo" src="{srv.avatar_url("generic", a)}">'
            f'<a class="name" href="/u/{e(a.id)}">{e(a.name)}</a><p class="intro">{e(a.description)}</p>'
            + (f'<span class="badge gov">{e(a.verified_reason)}</span>' if a.verified_type else "") + "</div>"
            for a in chunk)
        nxt = '<a class="next" href="#">下一页</a>' if more else ""
        return html_resp(f'<html><head><meta charset="utf-8"></head><body><div id="results">{items}</div>{nxt}'
                         f'</body></html>')
    if req.path == "/js/search":  # the same results, built by script after load (needs a rendering profile)
        inner = handle(srv, Req(req.method, "/search", req.query, req.headers)).body.decode("utf-8")
        start, end = inner.index('<div id="results">'), inner.rindex("</body>")
        payload = json.dumps(inner[start:end]).replace("<", "\\u003c")
        return html_resp('<html><head><meta charset="utf-8"></head><body><div id="app"></div><script>'
                         f'window.addEventListener("load", () => {{ document.getElementById("app").innerHTML = {payload}; }});'
                         '</script></body></html>')
    if req.path.startswith("/u/"):
        a = srv.find("generic", req.path[3:])
        if a is None or a.gone:
            return html_resp("<html><body><h1>页面不存在</h1></body></html>", 404)
        posts = "".join(
            f'<li class="post" data-id="{e(a.id)}-{len(a.posts) - i}" data-time="'
            f'{post_time(srv.started, p.age_hours).isoformat(timespec="seconds")}"'
            f'{" data-top=1" if p.pinned else ""}><span class="text">{e(p.text)}</span></li>'
            for i, p in enumerate(a.posts))
        badge = f'<span class="badge gov">{e(a.verified_reason)}</span>' if a.verified_type else ""
        return html_resp(f'<html><head><meta charset="utf-8"></head><body><div class="profile" data-id="{e(a.id)}">'
                         f'<h1 class="name">{e(a.name)}</h1><img class="logo" src="{srv.avatar_url("generic", a)}">'
                         f'<p class="intro">{e(a.description)}</p>{badge}<span class="fans">{a.followers}</span></div>'
                         f'<ul class="posts">{posts}</ul></body></html>')
    return None
