"""m.weibo.cn imitation: getIndex containers (search 100103, profile 100505, posts 107603) + visitor cookies.

Served in the shapes of the real captures (tests/fixtures/real/weibo): follower counts of 10,000 and more as
display strings (``"326万"``, ``"4.5万"``), post lists paged by ``cardlistInfo.since_id`` only (no ``page``), post
times as m.weibo.cn writes them (relative, ``MM-DD``, and the full ``Tue Jun 08 09:35:04 +0800 2021`` form for
accounts whose id is odd), and a deleted account answering ``{"ok":0,"msg":"这里还没有内容","data":{"cards":[]}}``
(no errno: only a later run can tell it from a hiccup). The ``api_only`` mode (``srv.options``) answers the API
without a visitor cookie and 404 on the visitor paths; the ``empty_ok0`` failure mode answers every API call with
that empty answer (how a block can look).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from imitations.platforms.common import (
    Req,
    Resp,
    as_int,
    html_resp,
    json_resp,
    keyword_matches,
    paginate,
    post_time,
    weibo_created_at,
)

VERIFIED_TYPE = {"government": 1, "media": 3, "enterprise": 2, "personal": 0, None: -1}
POSTS_PER_PAGE = 10


EMPTY = {"ok": 0, "msg": "这里还没有内容", "data": {"cards": []}}


def display_count(n: int) -> int | str:
    """Weibo's display form of a count: plain below 10,000, then ``"4.5万"`` / ``"326万"`` / ``"1.2亿"``."""
    if n < 10_000:
        return n
    if n >= 100_000_000:
        return f"{n / 100_000_000:.1f}".rstrip("0").rstrip(".") + "亿"
    return f"{n / 10_000:.1f}".rstrip("0").rstrip(".") + "万"


def _user(srv, a) -> dict:
    vt = VERIFIED_TYPE.get(a.verified_type, -1)
    followers = display_count(a.followers)
    return {"id": int(a.id), "screen_name": a.name, "profile_image_url": srv.avatar_url("weibo", a),
            "avatar_hd": srv.avatar_url("weibo", a), "verified": vt >= 0, "verified_type": vt,
            "verified_reason": a.verified_reason if vt >= 0 else "", "description": a.description,
            "followers_count": followers, "followers_count_str": str(followers), "follow_count": 120,
            "statuses_count": len(a.posts) * 10, "profile_url": f"https://m.weibo.cn/u/{a.id}"}


def _mid(a, n: int) -> str:
    return f"{a.id[-6:]}{len(a.posts) - n:06d}"


def handle(srv, req: Req) -> Resp | None:
    api_only = srv.options.get("weibo_api_only")
    if api_only and req.path.startswith("/visitor/"):
        return Resp(404, b"not found")
    if req.path == "/visitor/genvisitor":
        token = srv.visitor_token
        return json_resp({"retcode": 20000000, "msg": "succ", "data": {"sub": token, "subp": "0033WrSXqPxfM72-"}},
                         headers={"Set-Cookie": f"SUB={token}; Path=/"})
    if req.path == "/visitor/genvisitor2":
        return json_resp({"retcode": 20000000, "data": {}}, headers={"Set-Cookie": "SUBP=0033WrSXqPxfM72-; Path=/"})
    if req.path != "/api/container/getIndex":
        return None
    if srv.failures.get("weibo") == "empty_ok0":
        return json_resp(EMPTY)
    if not api_only and req.cookies.get("SUB") != srv.visitor_token:
        # No visitor cookie: the real site sends the browser to the passport visitor page.
        return html_resp("<html><head><title>Sina Visitor System</title></head><body>"
                         "<script>window.location.href='/visitor/visitor?entry=miniblog'</script></body></html>")
    cid = unquote(req.query.get("containerid", ""))
    page = as_int(req.query.get("page"), 1)
    if cid.startswith("100103"):
        m = re.search(r"q=([^&]*)", cid)
        kw = m.group(1) if m else ""
        found = [a for a in srv.seed["weibo"] if not a.gone and keyword_matches(kw, a.name, a.description)]
        chunk, more = paginate(found, page, srv.page_size)
        cards = [{"card_type": 11, "title": "综合", "card_group": [{"card_type": 17, "desc": "热门"}]}]
        if chunk:
            cards.append({"card_type": 11, "title": "用户",
                          "card_group": [{"card_type": 10, "user": _user(srv, a), "desc1": a.description}
                                         for a in chunk]})
        return json_resp({"ok": 1, "data": {"cardlistInfo": {"page": page + 1 if more else None, "total": len(found)},
                                            "cards": cards}})
    if cid.startswith("100505"):
        a = srv.find("weibo", cid[6:])
        if a is None:
            return json_resp({"ok": 0, "errno": "20003", "msg": "用户不存在"})
        if a.gone:
            return json_resp(EMPTY)
        return json_resp({"ok": 1, "data": {"userInfo": _user(srv, a), "tabsInfo": {"tabs": [
            {"tab_type": "profile", "containerid": f"230283{a.id}"},
            {"tab_type": "weibo", "containerid": f"107603{a.id}"}]}}})
    if cid.startswith("107603"):
        a = srv.find("weibo", cid[6:])
        if a is None:
            return json_resp({"ok": 0, "errno": "20003", "msg": "用户不存在"})
        if a.gone or not a.posts:
            return json_resp(EMPTY)
        start = 0
        since = req.query.get("since_id")
        if since:
            ids = [_mid(a, n) for n in range(len(a.posts))]
            start = ids.index(since) if since in ids else len(ids)
        chunk = a.posts[start:start + POSTS_PER_PAGE]
        more = start + POSTS_PER_PAGE < len(a.posts)
        full_form = int(a.id) % 2 == 1
        cards = []
        for i, p in enumerate(chunk):
            n = start + i
            mid = _mid(a, n)
            mblog = {"id": mid, "mid": mid, "bid": f"P{mid}",
                     "created_at": weibo_created_at(srv.now(), post_time(srv.started, p.age_hours), full_form),
                     "text": f"<span>{p.text}</span>", "isLongText": False, "user": {"id": int(a.id)}}
            if p.pinned:
                mblog["mblogtype"] = 2
                mblog["isTop"] = 1
            if not p.original:
                mblog["retweeted_status"] = {"id": f"9{mid}", "text": p.text,
                                             "user": {"screen_name": p.source or "未知"}}
            cards.append({"card_type": 9, "itemid": mid, "mblog": mblog})
        cards.insert(0, {"card_type": 58, "desc": "全部微博"})
        info = {"containerid": cid, "v_p": 42, "show_style": 1, "total": len(a.posts) * 10}
        if more:  # the real newer lists: since_id (the next page's first post) and no page
            info["since_id"] = int(_mid(a, start + POSTS_PER_PAGE))
        return json_resp({"ok": 1, "data": {"cardlistInfo": info, "cards": cards}})
    return json_resp(EMPTY)
