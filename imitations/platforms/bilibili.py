"""api.bilibili.com imitation: nav (wbi keys), wbi-signed user search and profile, relation/stat, feed/space.

Signed endpoints check ``w_rid`` (md5 of the sorted, filtered query + the mixin salt) and answer −403 when it
is wrong or missing; requests without the ``buvid3`` cookie get −352 (risk control), as the real API does.

Shapes of the real answers (tests/fixtures/real/bilibili): nav answers code −101 with ``wbi_img``; profile
``official.role`` per the documented codes (6 government, 5 media, 3 enterprise, 2 personal); search
``official_verify.type`` 127 for "none" and protocol-relative ``upic``; feed items with ``desc: null`` and the text in
``major.archive.title`` (every third original post, as a video), a ``DYNAMIC_TYPE_LIVE_RCMD`` card at the top of
the first page (not a post), and reposts whose original was deleted (``orig.type: "DYNAMIC_TYPE_NONE"``, no author)
for a repost without a source.
"""

from __future__ import annotations

import hashlib
import html
import json
import time
from urllib.parse import quote

from imitations.platforms.common import Req, Resp, as_int, json_resp, keyword_matches, paginate, post_time

# The fixed permutation the web client uses to mix img_key + sub_key (public knowledge, documented widely).
_MIXIN = (46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49, 33, 9, 42, 19, 29, 28, 14,
          39, 12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40, 61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25, 54, 21, 56, 59, 6,
          63, 57, 62, 11, 36, 20, 34, 44, 52)
OFFICIAL_TYPE = {"government": 1, "media": 1, "enterprise": 1, "personal": 0, None: -1}
SEARCH_VERIFY_TYPE = {"government": 1, "media": 1, "enterprise": 1, "personal": 0, None: 127}
OFFICIAL_ROLE = {"government": 6, "media": 5, "enterprise": 3, "personal": 2, None: 0}
FEED_PAGE = 6


def expected_w_rid(params: dict[str, str], img_key: str, sub_key: str) -> str:
    salt = "".join((img_key + sub_key)[i] for i in _MIXIN)[:32]
    pairs = []
    for k in sorted(params):
        v = "".join(ch for ch in str(params[k]) if ch not in "!'()*")
        pairs.append(f"{quote(k, safe='')}={quote(v, safe='')}")
    return hashlib.md5(("&".join(pairs) + salt).encode("utf-8")).hexdigest()


def _signed_ok(srv, req: Req) -> bool:
    params = {k: v for k, v in req.query.items() if k != "w_rid"}
    wts = as_int(params.get("wts"), 0)
    if not req.query.get("w_rid") or abs(time.time() - wts) > 3600:
        return False
    return req.query["w_rid"] == expected_w_rid(params, srv.wbi_img_key, srv.wbi_sub_key)


def _err(code: int, message: str) -> Resp:
    return json_resp({"code": code, "message": message, "ttl": 1})


def handle(srv, req: Req) -> Resp | None:
    if req.path == "/":  # www.bilibili.com: hands out buvid3
        return Resp(200, b"<html><body>bilibili</body></html>",
                    {"Content-Type": "text/html; charset=utf-8", "Set-Cookie": f"buvid3={srv.buvid}; Path=/"})
    if req.path == "/x/web-interface/nav":
        return json_resp({"code": -101, "message": "账号未登录", "data": {"isLogin": False, "wbi_img": {
            "img_url": f"https://i0.hdslb.com/bfs/wbi/{srv.wbi_img_key}.png",
            "sub_url": f"https://i0.hdslb.com/bfs/wbi/{srv.wbi_sub_key}.png"}}})
    if not req.path.startswith("/x/"):
        return None
    if req.cookies.get("buvid3") != srv.buvid:
        return _err(-352, "风控校验失败")
    if "/wbi/" in req.path and not _signed_ok(srv, req):
        return _err(-403, "访问权限不足")
    if req.path == "/x/web-interface/wbi/search/type":
        kw = req.query.get("keyword", "")
        found = [a for a in srv.seed["bilibili"] if not a.gone and keyword_matches(kw, a.name, a.description)]
        if req.query.get("user_type") == "3":
            found = [a for a in found if a.verified_type]
        chunk, _ = paginate(found, as_int(req.query.get("page"), 1), srv.page_size)
        result = []
        for a in chunk:
            name = html.escape(a.name).replace(html.escape(kw), f'<em class="keyword">{html.escape(kw)}</em>') \
                if kw else a.name
            result.append({"type": "bili_user", "mid": int(a.id), "uname": name, "usign": a.description,
                           "fans": a.followers, "videos": len(a.posts),
                           "upic": srv.avatar_url("bilibili", a).split(":", 1)[1],  # protocol-relative
                           "official_verify": {"type": SEARCH_VERIFY_TYPE.get(a.verified_type, 127),
                                               "desc": a.verified_reason}})
        pages = max(1, -(-len(found) // srv.page_size))
        return json_resp({"code": 0, "message": "0", "data": {"page": as_int(req.query.get("page"), 1),
                                                             "numResults": len(found), "numPages": pages,
                                                             "result": result}})
    if req.path == "/x/space/wbi/acc/info":
        a = srv.find("bilibili", req.query.get("mid", ""))
        if a is None or a.gone:
            return _err(-404, "啥都木有")
        return json_resp({"code": 0, "message": "0", "data": {
            "mid": int(a.id), "name": a.name, "face": srv.avatar_url("bilibili", a), "sign": a.description,
            "official": {"role": OFFICIAL_ROLE.get(a.verified_type, 0), "title": a.verified_reason,
                         "desc": "", "type": OFFICIAL_TYPE.get(a.verified_type, -1)}}})
    if req.path == "/x/relation/stat":
        a = srv.find("bilibili", req.query.get("vmid", ""))
        if a is None or a.gone:
            return _err(-404, "啥都木有")
        return json_resp({"code": 0, "data": {"mid": int(a.id), "following": 10, "follower": a.followers}})
    if req.path == "/x/polymer/web-dynamic/v1/feed/space":
        a = srv.find("bilibili", req.query.get("host_mid", ""))
        if a is None or a.gone:
            return _err(-404, "啥都木有")
        page = as_int(req.query.get("offset"), 0) // FEED_PAGE + 1
        chunk, more = paginate(a.posts, page, FEED_PAGE)
        items = []
        if page == 1 and a.posts:  # "live now" recommendation card: not a post
            items.append({"id_str": f"8{a.id[-5:]}000000", "type": "DYNAMIC_TYPE_LIVE_RCMD", "modules": {
                "module_author": {"pub_ts": 0, "pub_time": "", "name": a.name, "mid": int(a.id)},
                "module_dynamic": {"desc": None, "major": {"type": "MAJOR_TYPE_LIVE_RCMD", "live_rcmd": {
                    "content": json.dumps({"live_play_info": {"title": f"{a.name}直播中"}}, ensure_ascii=False),
                    "reserve_type": 0}}}}})
        for i, p in enumerate(chunk):
            n = (page - 1) * FEED_PAGE + i
            video = p.original and n % 3 == 1
            kind = "DYNAMIC_TYPE_AV" if video else "DYNAMIC_TYPE_WORD" if p.original else "DYNAMIC_TYPE_FORWARD"
            dynamic = ({"desc": None, "major": {"type": "MAJOR_TYPE_ARCHIVE", "archive": {
                "title": p.text, "bvid": f"BV1{a.id[-5:]}{n:04d}", "desc": ""}}} if video
                else {"desc": {"text": p.text, "rich_text_nodes": []}, "major": None})
            item = {"id_str": f"9{a.id[-5:]}{len(a.posts) - n:06d}", "type": kind,
                    "modules": {"module_author": {"pub_ts": int(post_time(srv.started, p.age_hours).timestamp()),
                                                  "name": a.name, "mid": int(a.id)},
                                "module_dynamic": dynamic}}
            if p.pinned:
                item["modules"]["module_tag"] = {"text": "置顶"}
            if not p.original:
                item["orig"] = ({"type": "DYNAMIC_TYPE_AV", "modules": {"module_author": {"name": p.source}}}
                                if p.source else {"type": "DYNAMIC_TYPE_NONE", "modules": {"module_author": None}})
            items.append(item)
        return json_resp({"code": 0, "data": {"has_more": more, "offset": str(page * FEED_PAGE) if more else "",
                                              "items": items}})
    return None
