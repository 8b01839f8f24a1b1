"""Douyin and Kuaishou imitations: HTML pages whose script fetches the data by XHR after load.

The JSON endpoints refuse any request without the ``X-Imitation-Sign`` header that the page's script
computes from a per-server seed embedded in the page (and, for Kuaishou, the ``did`` cookie the script sets),
so only a real browser running the page gets the data; a plain HTTP client gets an empty answer, as on the
real sites where ``a_bogus``/``msToken`` signatures are computed by the page.
"""

from __future__ import annotations

import html
import json
from urllib.parse import quote

from imitations.platforms.common import Req, Resp, as_int, html_resp, json_resp, keyword_matches, paginate, post_time

PAGE_SIZE_POSTS = 20

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div id="app">加载中…</div>
<script>
window.__SIGN_SEED = {seed};
function sign(path) {{
  let h = 7;
  const s = window.__SIGN_SEED + path;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h.toString(16);
}}
async function call(path, body) {{
  const opts = {{headers: {{"X-Imitation-Sign": sign(path)}}}};
  if (body !== undefined) {{ opts.method = "POST"; opts.body = JSON.stringify(body);
                            opts.headers["Content-Type"] = "application/json"; }}
  const r = await fetch(path, opts);
  return await r.json();
}}
async function load() {{
  document.cookie = "did=web_" + window.__SIGN_SEED.slice(0, 8) + "; path=/";
  const out = [];
  try {{
    {calls}
    document.getElementById("app").textContent = "共 " + out.length + " 组数据";
    document.body.setAttribute("data-loaded", "ok");
  }} catch (e) {{
    document.getElementById("app").textContent = "加载失败";
    document.body.setAttribute("data-loaded", "error");
  }}
}}
window.addEventListener("load", () => setTimeout(load, 30));
</script></body></html>"""


def js_sign(seed: str, path: str) -> str:
    h = 7
    for ch in seed + path:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return format(h, "x")


def _page(srv, title: str, calls: str) -> Resp:
    return html_resp(_PAGE.format(title=html.escape(title), seed=json.dumps(srv.js_seed), calls=calls))


def _signed(srv, req: Req, raw_path: str) -> bool:
    return req.headers.get("x-imitation-sign") == js_sign(srv.js_seed, raw_path)


def _refuse() -> Resp:
    # What the real endpoints answer to unsigned calls: 200 with an empty body.
    return Resp(200, b"", {"Content-Type": "application/json"})


# ---- Douyin ------------------------------------------------------------------------------------------------

def _dy_user(srv, a) -> dict:
    org = a.verified_type in ("government", "media", "enterprise")
    return {"uid": a.uid or a.id, "sec_uid": a.id, "nickname": a.name, "signature": a.description,
            "avatar_thumb": {"url_list": [srv.avatar_url("douyin", a)]},
            "avatar_larger": {"url_list": [srv.avatar_url("douyin", a)]},
            "follower_count": a.followers, "aweme_count": len(a.posts),
            "custom_verify": a.verified_reason if a.verified_type == "personal" else "",
            "enterprise_verify_reason": a.verified_reason if org else ""}


def douyin(srv, req: Req, raw_path: str) -> Resp | None:
    api = srv.prefix("douyin")
    if req.path.startswith("/search/"):
        kw = req.path[len("/search/"):]
        page = as_int(req.query.get("page"), 1)
        size = srv.page_size
        call = (f"{api}/aweme/v1/web/discover/search/?search_channel=aweme_user_web&keyword="
                f"{quote(kw, safe='')}&offset={(page - 1) * size}&count={size}")
        return _page(srv, f"{kw} - 抖音搜索", f"out.push(await call({json.dumps(call)}));")
    if req.path.startswith("/user/"):
        sec = req.path[len("/user/"):]
        calls = (f"out.push(await call({json.dumps(f'{api}/aweme/v1/web/user/profile/other/?sec_user_id={sec}')}));"
                 "out.push(await call("
                 + json.dumps(f"{api}/aweme/v1/web/aweme/post/?sec_user_id={sec}&max_cursor=0&count={PAGE_SIZE_POSTS}")
                 + "));")
        return _page(srv, "抖音用户", calls)
    if not req.path.startswith("/aweme/"):
        return None
    if not _signed(srv, req, raw_path):
        return _refuse()
    if req.path == "/aweme/v1/web/discover/search/":
        kw = req.query.get("keyword", "")
        found = [a for a in srv.seed["douyin"] if not a.gone and keyword_matches(kw, a.name, a.description)]
        offset, count = as_int(req.query.get("offset")), max(1, as_int(req.query.get("count"), 10))
        chunk = found[offset:offset + count]
        return json_resp({"status_code": 0, "has_more": int(offset + count < len(found)),
                          "cursor": offset + count, "user_list": [{"user_info": _dy_user(srv, a)} for a in chunk]})
    if req.path == "/aweme/v1/web/user/profile/other/":
        a = srv.find("douyin", req.query.get("sec_user_id", ""))
        if a is None or a.gone:
            return json_resp({"status_code": 0, "status_msg": "用户不存在", "user": None})
        return json_resp({"status_code": 0, "user": _dy_user(srv, a)})
    if req.path == "/aweme/v1/web/aweme/post/":
        a = srv.find("douyin", req.query.get("sec_user_id", ""))
        if a is None or a.gone:
            return json_resp({"status_code": 0, "aweme_list": [], "has_more": 0, "max_cursor": 0})
        chunk, more = paginate(a.posts, 1, PAGE_SIZE_POSTS)
        items = [{"aweme_id": f"7{a.uid}{len(a.posts) - i:05d}", "desc": p.text, "is_top": int(p.pinned),
                  "create_time": int(post_time(srv.started, p.age_hours).timestamp())} for i, p in enumerate(chunk)]
        return json_resp({"status_code": 0, "aweme_list": items, "has_more": int(more),
                          "max_cursor": items[-1]["create_time"] * 1000 if items else 0})
    return None


# ---- Kuaishou ----------------------------------------------------------------------------------------------

def _ks_profile(srv, a, *, verification: bool = True) -> dict:
    """A Kuaishou user. The profile page's own ``visionProfile`` query does not ask for verification fields (the
    real query text has none); the search query does."""
    out = {"user_id": a.id, "user_name": a.name, "headurl": srv.avatar_url("kuaishou", a), "user_text": a.description,
           "gender": "U", "user_profile_bg_url": ""}
    if verification:
        out.update({"verified": bool(a.verified_type), "verifiedDetail": {
            "description": a.verified_reason, "type": {"government": 1, "media": 2, "enterprise": 3,
                                                       "personal": 4}.get(a.verified_type, 0)}})
    return out


def ks_count(n: int) -> str:
    """Kuaishou's display counts: strings, ``"169.8w"`` from 10,000 on."""
    return str(n) if n < 10_000 else f"{n / 10_000:.1f}".rstrip("0").rstrip(".") + "w"


def kuaishou(srv, req: Req, raw_path: str) -> Resp | None:
    api = srv.prefix("kuaishou")
    if req.path == "/search/author":
        kw = req.query.get("searchKey", "")
        page = as_int(req.query.get("page"), 1)
        body = {"operationName": "graphqlSearchUser", "variables": {"keyword": kw, "page": page}}
        query = json.dumps(body, ensure_ascii=False)
        return _page(srv, f"{kw} - 快手搜索", f"out.push(await call({json.dumps(api + '/graphql')}, {query}));")
    if req.path.startswith("/profile/"):
        uid = req.path[len("/profile/"):]
        b1 = {"operationName": "visionProfile", "variables": {"userId": uid}}
        b2 = {"operationName": "visionProfilePhotoList", "variables": {"userId": uid, "pcursor": ""}}
        g = json.dumps(api + "/graphql")
        return _page(srv, "快手用户", f"out.push(await call({g}, {json.dumps(b1)})); out.push(await call({g}, {json.dumps(b2)}));")
    if req.path != "/graphql":
        return None
    if not _signed(srv, req, raw_path) or not req.cookies.get("did", "").startswith("web_"):
        return _refuse()
    try:
        q = json.loads(req.body or b"{}")
    except ValueError:
        return json_resp({"errors": [{"message": "bad request"}]}, 400)
    op, var = q.get("operationName"), q.get("variables") or {}
    if op == "graphqlSearchUser":
        kw = var.get("keyword", "")
        found = [a for a in srv.seed["kuaishou"] if not a.gone and keyword_matches(kw, a.name, a.description)]
        chunk, more = paginate(found, as_int(str(var.get("page", 1)), 1), srv.page_size)
        users = [{**_ks_profile(srv, a), "fansCount": ks_count(a.followers), "photoCount": str(len(a.posts))}
                 for a in chunk]
        return json_resp({"data": {"visionSearchUser": {"result": 1, "users": users,
                                                        "pcursor": "more" if more else "no_more"}}})
    if op == "visionProfile":
        a = srv.find("kuaishou", var.get("userId", ""))
        if a is None or a.gone:
            return json_resp({"data": {"visionProfile": {"result": 2, "userProfile": None}}})
        # counts as display strings; the post count in photo_public while photo is null
        return json_resp({"data": {"visionProfile": {"result": 1, "hostName": "imitation", "userProfile": {
            "ownerCount": {"fan": ks_count(a.followers), "photo": None, "follow": "12",
                           "photo_public": str(len(a.posts))},
            "profile": _ks_profile(srv, a, verification=False), "isFollowing": False}}}})
    if op == "visionProfilePhotoList":
        a = srv.find("kuaishou", var.get("userId", ""))
        posts = [] if a is None or a.gone else a.posts
        # pinned photos are marked the way the real query asks: photo.profileUserTopPhoto
        feeds = [{"type": 1, "photo": {"id": f"3x{(a.id if a else '')}{len(posts) - i:05d}", "caption": p.text,
                                       "timestamp": int(post_time(srv.started, p.age_hours).timestamp() * 1000),
                                       "profileUserTopPhoto": p.pinned, "likeCount": "1.2w"},
                  "tags": []} for i, p in enumerate(posts[:PAGE_SIZE_POSTS])]
        return json_resp({"data": {"visionProfilePhotoList": {"result": 1, "feeds": feeds, "pcursor": "no_more"}}})
    return json_resp({"errors": [{"message": f"unknown operation {op}"}]}, 400)
