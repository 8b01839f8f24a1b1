"""m.weibo.cn imitation: getIndex containers (search 100103, profile 100505, posts 107603) + visitor cookies."""

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


def _user(srv, a) -> dict:
    vt = VERIFIED_TYPE.get(a.verified_type, -1)
    return {"id": int(a.id), "screen_name": a.name, "profile_image_url": srv.avatar_url("weibo", a),
            "avatar_hd": srv.avatar_url("weibo", a), "verified": vt >= 0, "verified_type": vt,
            "verified_reason": a.verified_reason if vt >= 0 else "", "description": a.description,
            "followers_count": a.followers, "follow_count": 120, "statuses_count": len(a.posts) * 10,
            "profile_url": f"https://m.weibo.cn/u/{a.id}"}


def handle(srv, req: Req) -> Resp | None:
    if req.path == "/visitor/genvisitor":
        token = srv.visitor_token
        return json_resp({"retcode": 20000000, "msg": "succ", "data": {"sub": token, "subp": "0033WrSXqPxfM72-"}},
                         headers={"Set-Cookie": f"SUB={token}; Path=/"})
    if req.path == "/visitor/genvisitor2":
        return json_resp({"retcode": 20000000, "data": {}}, headers={"Set-Cookie": "SUBP=0033WrSXqPxfM72-; Path=/"})
    if req.path != "/api/container/getIndex":
        return None
    if req.cookies.get("SUB") != srv.visitor_token:
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
        if a is None or a.gone:
            return json_resp({"ok": 0, "errno": "20003", "msg": "用户不存在"})
        return json_resp({"ok": 1, "data": {"userInfo": _user(srv, a), "tabsInfo": {"tabs": []}}})
    if cid.startswith("107603"):
        a = srv.find("weibo", cid[6:])
        if a is None or a.gone:
            return json_resp({"ok": 0, "errno": "20003", "msg": "用户不存在"})
        chunk, more = paginate(a.posts, page, POSTS_PER_PAGE)
        cards = []
        for i, p in enumerate(chunk):
            n = (page - 1) * POSTS_PER_PAGE + i
            mid = f"{a.id[-6:]}{len(a.posts) - n:06d}"
            mblog = {"id": mid, "mid": mid, "bid": f"P{mid}", "created_at": weibo_created_at(srv.now(),
                                                                                          post_time(srv.started, p.age_hours)),
                     "text": f"<span>{p.text}</span>", "isLongText": False, "user": {"id": int(a.id)}}
            if p.pinned:
                mblog["mblogtype"] = 2
                mblog["isTop"] = 1
            if not p.original:
                mblog["retweeted_status"] = {"id": f"9{mid}", "text": p.text,
                                             "user": {"screen_name": p.source or "未知"}}
            cards.append({"card_type": 9, "itemid": mid, "mblog": mblog})
        cards.insert(0, {"card_type": 58, "desc": "全部微博"})
        return json_resp({"ok": 1, "data": {"cardlistInfo": {"page": page + 1 if more else None,
                                                             "since_id": int(cards[-1].get("itemid", 0) or 0)},
                                            "cards": cards}})
    return json_resp({"ok": 0, "msg": "这里还没有内容"})
