"""A local government-style website with every failure a link or menu sweep must recognise.

``with serve_website() as base_url:`` starts it on 127.0.0.1 (ephemeral port) in a background thread.
``EXPECTED_LINKS`` / ``EXPECTED_MENUS`` say what a correct sweep must report for each case; tests and the
demo read them. Pages are Chinese, like the sites govwatch inspects.

Hosts: ``127.0.0.1:PORT`` is the site itself; ``localhost:PORT`` (same server) plays an *external* site, so a
sweep must check those links without recursing into them; ``127.0.0.2:PORT2`` plays an *internal* system of the
monitor's own network that a page links (and a redirect points) to: a sweep must report those links as blocked and
never request them unless the address is on ``security.allowed_private_hosts`` (tests allow 127.0.0.1 and
localhost only). It runs on Linux, where all of 127.0.0.0/8 is loopback; where it cannot bind, ``int_base`` is
None and the site does not link to it.
"""

from __future__ import annotations

import contextlib
import html
import threading
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, quote, unquote, urlsplit

from imitations.httpd import ImitationHTTPServer

OAUTH_PATH = "/oauth-imitation/connect/oauth2/authorize"
OAUTH_PATTERN = r"/oauth-imitation/connect/oauth2/"  # sweep.wechat_oauth_pattern for this site
SLOW_SECONDS = 8.0

# What a correct link sweep reports: path (relative to base_url) -> status. "skip" = recorded as skipped.
EXPECTED_LINKS = {
    "/": "ok",
    "/news/1.html": "ok",
    "/news/index.html": "ok",
    "/about/gone.html": "broken",
    "/broken-js.html": "ok",  # served fine; its script error is the menu sweep's finding
    "/news/1.html#sec2": "ok",
    "/news/1.html#no-such-anchor": "broken",
    "/redirect/ok": "ok",
    "/missing.html": "broken",
    "/soft404.html": "soft_404",
    "/empty.html": "soft_404",
    "/portal/old-notice.html": "soft_404",
    "/portal/index.html": "ok",
    "/loop/a": "redirect_loop",
    "/slow": "timeout",
    "/error500": "broken",
    "/files/report.pdf": "ok",
    "/files/notice.doc": "ok",
    "/ratelimited": "ok",
    "/flaky": "ok",
    "/gbk-meta.html": "ok",
    "/gbk-nometa.html": "ok",
    "/信息公开/目录.html": "ok",
    "/gbk-gone.html": "soft_404",
    "/spa.html": "ok",
    "/js-only/ok.html": "ok",
    "/js-only/gone.html": "broken",
    "/h5/index.html": "ok",
    "/about/leaders.html": "ok",
    "/private/page.html": "ok",
    "/hostile.html": "broken",  # its link text is a script tag: reports must escape it
    "mailto:xxgk@example.gov.cn": "skip",
    "tel:12345": "skip",
    "javascript:void(0)": "skip",
    "EXT/ext/page.html": "ok",  # EXT = http://localhost:PORT (external host)
    "EXT/ext/gone.html": "broken",
    "EXT/ext/head-hostile": "ok",
    "/topics/index.html": "ok",
    "/inline-script.html": "ok",
    "/written/by-script.html": "ok",  # written into /inline-script.html by a script after load
    "/written/gone.html": "broken",  # the same, and gone: a static-only sweep never sees it
    "/redirect/file": "broken",  # redirects to file:///etc/passwd: never fetched
    "/redirect/javascript": "broken",  # redirects to javascript:…: reported, not dropped
    "/redirect/data": "broken",
    "/redirect/internal": "blocked",  # redirects to the internal system (INT)
    "file:///etc/hosts": "broken",  # a link no browser opens from a web page: never fetched
    "ftp://ftp.example.gov.cn/pub/": "broken",
    "INT/internal/secret.html": "blocked",  # INT = http://127.0.0.2:PORT2 (an internal address)
}
NEEDS_WECHAT = {"/h5/index.html"}
# Links found only by rendering: path -> the page whose scripts write them.
SCRIPT_BUILT = {"/js-only/ok.html": "/spa.html", "/js-only/gone.html": "/spa.html",
                "/written/by-script.html": "/inline-script.html", "/written/gone.html": "/inline-script.html"}
NOT_VISITED = {"/ext/deep.html"}
NEVER_REQUESTED = {"/internal/secret.html"}  # on the internal host: refused by the address guard
HOSTILE_TEXT = "<script>alert(1)</script>"  # linked from an external page: must not be requested

# What a correct menu sweep reports: menu_path (labels from the top) -> status.
EXPECTED_MENUS = {
    ("首页",): "ok",
    ("机构概况", "领导信息"): "ok",
    ("机构概况", "内设机构"): "broken",
    ("新闻动态",): "ok",
    ("政务服务",): "ok",
    ("办事指南",): "broken",
    ("网上大厅",): "ok",
    ("旧版大厅",): "broken",
    ("政策文件",): "ok",
    ("常见问题",): "ok",
    ("互动交流",): "js_error",
    ("数据开放",): "no_action",
    ("移动服务",): "ok",
    ("意见征集",): "ok",
    ("年度报告",): "ok",  # a file: the click starts a download
    ("专题专栏", "专题首页"): "ok",
    ("专题专栏", "往期专题"): "no_action",  # javascript:void(0), no handler, under a menu that opens on hover
    ("办事服务",): "ok",  # opens its own submenu (on click)
    ("办事服务", "在线办理"): "ok",
    ("办事服务", "预约服务"): "no_action",  # javascript:void(0), no handler, under a menu that opens on click
    ("网站地图",): "no_action",  # href="#": the address changes, nothing else does
    ("信息订阅",): "ok",  # sends a request and shows nothing: a request is an action
}
MENU_ACTIONS = {("办事服务",): "submenu", ("信息订阅",): "request", ("网站地图",): "none",
                ("专题专栏", "往期专题"): "none", ("办事服务", "预约服务"): "none"}
MENU_NEEDS_WECHAT = {("移动服务",)}

_STYLE = """<style>
body{font-family:sans-serif;margin:0}nav ul{list-style:none;margin:0;padding:0}
nav>ul>li{display:inline-block;position:relative;padding:8px 12px;background:#b00;color:#fff}
nav>ul>li a{color:#fff}
nav .sub{display:none;position:absolute;top:100%;left:0;background:#900;min-width:120px;z-index:10}
nav li:hover>.sub{display:block}
nav .sub li{display:block;padding:6px}
nav .csub{display:none;position:absolute;top:100%;left:0;background:#900;min-width:120px;list-style:none;padding:0;
z-index:10}
nav li.open>.csub{display:block}
nav .csub li{display:block;padding:6px}
</style>"""


def _page(title: str, body: str, *, charset_meta: str | None = "utf-8", head_extra: str = "") -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return (f"<!DOCTYPE html><html lang=\"zh-CN\"><head>{meta}<title>{title}</title>{head_extra}</head>"
            f"<body>{body}</body></html>")


def _article(title: str, extra: str = "") -> str:
    paragraphs = "".join(
        f"<p>{title}：根据有关工作部署，现将第{i}项事项公告如下，请各单位认真贯彻落实，按时报送材料。"
        f"联系电话 0531-{i:04d}，办公地址 某市某区政务服务中心{i}楼。</p>" for i in range(1, 8))
    return _page(title, f"<h1>{title}</h1><div class=\"content\">{paragraphs}{extra}</div>"
                        f"<p><a href=\"/\">返回首页</a></p>")


HOME_MENU = """
<nav class="main-nav"><ul>
  <li><a href="/">首页</a></li>
  <li class="has-sub"><span>机构概况</span>
    <ul class="sub">
      <li><a href="/about/leaders.html">领导信息</a></li>
      <li><a href="/about/gone.html">内设机构</a></li>
    </ul>
  </li>
  <li><a href="/news/index.html">新闻动态</a></li>
  <li><span onclick="location.href='/service/index.html'">政务服务</span></li>
  <li><span onclick="location.href='/service/closed.html'">办事指南</span></li>
  <li><a href="#" onclick="window.open('/hall/index.html');return false;">网上大厅</a></li>
  <li><a href="#" onclick="window.open('/hall/missing.html');return false;">旧版大厅</a></li>
  <li><a href="#" onclick="go('/spa/policy','政策文件列表：关于印发某市政务公开工作要点的通知');return false;">政策文件</a></li>
  <li><a href="#/faq">常见问题</a></li>
  <li><a href="/broken-js.html">互动交流</a></li>
  <li><a href="javascript:void(0)">数据开放</a></li>
  <li><a href="/h5/index.html">移动服务</a></li>
  <li role="menuitem" onclick="alert('意见征集系统：请通过邮箱提交意见')">意见征集</li>
  <li><a href="/files/report.pdf">年度报告</a></li>
  <li class="has-sub"><span>专题专栏</span>
    <ul class="sub">
      <li><a href="/topics/index.html">专题首页</a></li>
      <li><a href="javascript:void(0)">往期专题</a></li>
    </ul>
  </li>
  <li class="click-sub"><a href="javascript:void(0)" onclick="this.parentNode.classList.toggle('open');return false;">办事服务</a>
    <ul class="csub">
      <li><a href="/service/index.html">在线办理</a></li>
      <li><a href="javascript:void(0)">预约服务</a></li>
    </ul>
  </li>
  <li><a href="#">网站地图</a></li>
  <li><a href="javascript:void(0)" onclick="fetch('/api/stat?menu=subscribe');return false;">信息订阅</a></li>
</ul></nav>
<div id="view"></div>
<script>
function go(path, text){history.pushState({}, '', path); document.getElementById('view').textContent = text;}
window.addEventListener('hashchange', function(){
  if (location.hash === '#/faq') document.getElementById('view').textContent = '常见问题：如何办理居住证？请携带身份证到派出所。';
});
</script>
"""

HOME_LINKS = """
<div class="links"><h2>链接</h2><ul>
<li><a href="/news/1.html">新闻一</a></li>
<li><a href="/news/1.html#sec2">新闻一第二节</a></li>
<li><a href="/news/1.html#no-such-anchor">新闻一不存在的锚点</a></li>
<li><a href="/redirect/ok">跳转到新闻二</a></li>
<li><a href="/missing.html">已删除的通知</a></li>
<li><a href="/soft404.html">软404</a></li>
<li><a href="/empty.html">空白页</a></li>
<li><a href="/portal/index.html">门户</a></li>
<li><a href="/portal/old-notice.html">门户旧通知</a></li>
<li><a href="/loop/a">循环跳转</a></li>
<li><a href="/slow">很慢的页面</a></li>
<li><a href="/error500">服务器错误</a></li>
<li><a href="/files/report.pdf">年度报告（PDF）</a></li>
<li><a href="/files/notice.doc">通知（DOC）</a></li>
<li><a href="/ratelimited">限流页面</a></li>
<li><a href="/flaky">偶尔失败的页面</a></li>
<li><a href="/gbk-meta.html">GBK页面</a></li>
<li><a href="/gbk-nometa.html">GBK页面（无声明）</a></li>
<li><a href="/spa.html">脚本生成的页面</a></li>
<li><a href="/h5/index.html">H5服务</a></li>
<li><a href="/private/page.html">内部页面</a></li>
<li><a href="/hostile.html">&lt;script&gt;alert(1)&lt;/script&gt;</a></li>
<li><a href="mailto:xxgk@example.gov.cn">信箱</a></li>
<li><a href="tel:12345">热线</a></li>
<li><a href="javascript:void(0)">无操作</a></li>
<li><a href="EXT/ext/page.html">外部站点</a></li>
<li><a href="EXT/ext/gone.html">外部失效</a></li>
<li><a href="EXT/ext/head-hostile">外部HEAD不友好</a></li>
<li><a href="/inline-script.html">相关专题（脚本写入）</a></li>
<li><a href="/redirect/file">跳转到本地文件</a></li>
<li><a href="/redirect/javascript">跳转到脚本</a></li>
<li><a href="/redirect/data">跳转到 data 网址</a></li>
<li><a href="file:///etc/hosts">本机文件</a></li>
<li><a href="ftp://ftp.example.gov.cn/pub/">FTP 下载</a></li>
INTERNAL_LINKS
</ul></div>
"""
INTERNAL_LINKS = """<li><a href="/redirect/internal">跳转到内部系统</a></li>
<li><a href="INT/internal/secret.html">内部系统</a></li>"""

INLINE_SCRIPT = _article(
    "相关专题",
    '<h2>相关链接</h2><p><a href="/news/1.html">新闻一</a> <a href="/news/index.html">新闻动态</a>'
    ' <a href="file:///etc/hosts">本机文件</a></p><div id="related"></div>'
    '<script>window.addEventListener("load", function () { setTimeout(function () {'
    ' document.getElementById("related").innerHTML ='
    ' \'<a href="/written/by-script.html">专题回顾</a> <a href="/written/gone.html">往期回顾</a>\';'
    ' }, 300); });</script>')

SPA = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>专题</title></head><body><div id="app"></div>
<script>
var links = [['/js-only/ok.html','专题一'],['/js-only/gone.html','专题二']];
var app = document.getElementById('app');
links.forEach(function(l){var a=document.createElement('a');a.href=l[0];a.textContent=l[1];app.appendChild(a);});
</script></body></html>"""

BROKEN_JS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><div id="root"></div>
<script>var cfg = undefined; document.getElementById('root').innerHTML = cfg.render();</script></body></html>"""

H5_NOT_WECHAT = _page("提示", "<p>请在微信客户端打开链接</p>")


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}
        self.paths: list[tuple[str, str, str]] = []  # (method, path, user-agent)

    def hit(self, key: str) -> int:
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1
            return self.counts[key]


class WebsiteHandler(BaseHTTPRequestHandler):
    server_version = "GovSite/1.0"
    protocol_version = "HTTP/1.1"
    state: _State
    ext_base: str
    int_base: str | None = None
    internal = False  # True on the internal host's server

    def log_message(self, *args) -> None:  # quiet
        pass

    # ---- plumbing --------------------------------------------------------------------------------------
    def _send(self, status: int, body: bytes | str = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        try:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts): not our problem
            self.close_connection = True

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, "", headers={"Location": location})

    def do_HEAD(self) -> None:
        self._route()

    def do_GET(self) -> None:
        self._route()

    # ---- routes ----------------------------------------------------------------------------------------
    def _route(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        host = (self.headers.get("Host") or "").split(":")[0]
        ua = self.headers.get("User-Agent") or ""
        with self.state.lock:
            self.state.paths.append((self.command, path, ua))
        if host == "localhost":
            return self._external(path)
        if self.internal:
            return self._internal(path)
        if path in ("/", "/index.html"):
            links = HOME_LINKS.replace("INTERNAL_LINKS", INTERNAL_LINKS if self.int_base else "")
            body = HOME_MENU + links.replace("EXT/", self.ext_base + "/").replace("INT/", f"{self.int_base}/")
            return self._send(200, _page("某市人民政府门户网站", body, head_extra=_STYLE))
        if path == "/robots.txt":
            return self._send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/news/1.html":
            return self._send(200, _article("新闻一", '<h2 id="sec2">第二节</h2><a name="old-anchor"></a>'))
        if path in ("/news/2.html", "/news/index.html", "/about/leaders.html", "/service/index.html",
                    "/hall/index.html", "/js-only/ok.html", "/private/page.html", "/spa/policy",
                    "/topics/index.html", "/written/by-script.html"):
            return self._send(200, _article({"/news/2.html": "新闻二", "/news/index.html": "新闻动态",
                                             "/about/leaders.html": "领导信息", "/service/index.html": "政务服务",
                                             "/hall/index.html": "网上办事大厅", "/js-only/ok.html": "专题一",
                                             "/private/page.html": "内部页面",
                                             "/spa/policy": "政策文件", "/topics/index.html": "专题专栏",
                                             "/written/by-script.html": "专题回顾"}[path]))
        if path == "/redirect/ok":
            return self._redirect("/news/2.html", 301)
        if path == "/redirect/file":
            return self._redirect("file:///etc/passwd")
        if path == "/redirect/javascript":
            return self._redirect("javascript:alert(document.cookie)")
        if path == "/redirect/data":
            return self._redirect("data:text/html,<h1>data</h1>")
        if path == "/redirect/internal" and self.int_base:
            return self._redirect(self.int_base + "/internal/secret.html")
        if path == "/inline-script.html":
            return self._send(200, INLINE_SCRIPT)
        if path == "/api/stat":
            return self._send(204, b"", ctype="")
        if path == "/soft404.html":
            return self._send(200, _page("提示信息", "<div class=\"tip\"><h1>对不起，您访问的页面不存在或已被删除！</h1>"
                                                  "<p><a href=\"/\">返回首页</a></p></div>"))
        if path == "/empty.html":
            return self._send(200, "<html><head><title></title></head><body> </body></html>")
        if path == "/portal/index.html":
            return self._send(200, _article("门户首页"))
        if path.startswith("/portal/"):  # catch-all: 200 with the same generic page for anything unknown
            return self._send(200, _page("门户", "<h1>欢迎访问政务门户</h1><p>请选择栏目浏览信息。</p>"
                                                  "<p>主办单位：某市人民政府办公室</p>"))
        if path == "/loop/a":
            return self._redirect("/loop/b")
        if path == "/loop/b":
            return self._redirect("/loop/a")
        if path == "/slow":
            time.sleep(SLOW_SECONDS)
            return self._send(200, _article("慢页面"))
        if path == "/error500":
            return self._send(500, _page("错误", "<h1>Internal Server Error</h1>"))
        if path == "/files/report.pdf":
            if self.command == "HEAD":
                return self._send(405, "", headers={"Allow": "GET"})
            return self._send(200, b"%PDF-1.4\n" + b"0" * 2048, "application/pdf")
        if path == "/files/notice.doc":
            if self.command == "HEAD":  # a wrong answer to HEAD: the file is there for GET
                return self._send(404, "")
            return self._send(200, b"\xd0\xcf\x11\xe0" + b"0" * 2048, "application/msword")
        if path == "/ratelimited":
            if self.state.hit("ratelimited") == 1:
                return self._send(429, _page("请求过多", "<p>请求过于频繁</p>"), headers={"Retry-After": "1"})
            return self._send(200, _article("限流后的页面"))
        if path == "/flaky":
            if self.state.hit("flaky") == 1:  # fails the first check, then recovers
                return self._send(404, _page("未找到", "<h1>404 Not Found</h1>"))
            return self._send(200, _article("偶尔失败的页面"))
        if path == "/gbk-meta.html":
            body = _page("国标编码页面", "<h1>国标编码页面</h1><p>本页使用GBK编码，政务公开目录如下。</p>"
                                        "<a href=\"/信息公开/目录.html\">信息公开目录</a>" + "<p>政务公开内容。</p>" * 20,
                         charset_meta="gbk")
            return self._send(200, body.encode("gbk"), "text/html")
        if path == "/gbk-nometa.html":
            body = _page("国标编码页面（无声明）", "<h1>国标编码页面</h1><p>本页使用GBK编码但没有声明字符集。</p>"
                                              "<a href=\"/信息公开/目录.html\">信息公开目录</a>"
                                              "<a href=\"/gbk-gone.html\">已撤下的文件</a>"
                                              + "<p>关于进一步做好政务公开工作的通知，请各单位认真落实。</p>" * 20,
                         charset_meta=None)
            return self._send(200, body.encode("gbk"), "text/html")
        if path == "/gbk-gone.html":
            body = _page("提示", "<h1>该信息已被删除</h1><p>返回首页</p>", charset_meta=None)
            return self._send(200, body.encode("gbk"), "text/html")
        if path == "/信息公开/目录.html":
            return self._send(200, _article("信息公开目录"))
        if path == "/spa.html":
            return self._send(200, SPA)
        if path == "/broken-js.html":
            return self._send(200, BROKEN_JS)
        if path == "/h5/index.html":
            if "MicroMessenger" in (self.headers.get("User-Agent") or ""):
                redirect_uri = quote(f"http://{self.headers.get('Host')}/h5/index.html", safe="")
                return self._redirect(f"{OAUTH_PATH}?appid=wx0000&redirect_uri={redirect_uri}"
                                      "&response_type=code&scope=snsapi_base#wechat_redirect")
            return self._send(200, H5_NOT_WECHAT)
        if path == OAUTH_PATH:
            q = parse_qs(parts.query)
            return self._send(200, _page("微信授权", "<p>请在微信中授权登录：" + html.escape(q.get("appid", [""])[0])
                                         + "</p>"))
        return self._send(404, _page("404 Not Found", "<h1>404 Not Found</h1><p>页面不存在</p>"))

    def _internal(self, path: str) -> None:
        if path == "/internal/secret.html":
            return self._send(200, _article("内部系统（不应被访问）"))
        return self._send(404, _page("404", "<h1>Not Found</h1>"))

    def _external(self, path: str) -> None:
        if path == "/ext/page.html":
            return self._send(200, _article("外部站点", '<a href="/ext/deep.html">不应被访问</a>'))
        if path == "/ext/head-hostile":
            if self.command == "HEAD":
                return self._send(501, "")
            return self._send(200, _article("外部站点二"))
        if path == "/ext/deep.html":
            return self._send(200, _article("外部深层页面"))
        return self._send(404, _page("404", "<h1>Not Found</h1>"))


class Website:
    """A running test site: ``base_url``, ``ext_base`` (the external host), ``int_base`` (the internal host, or
    None), and the request log of all three."""

    INTERNAL_HOST = "127.0.0.2"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, internal_port: int = 0):
        self.state = _State()
        handler = type("Handler", (WebsiteHandler,), {"state": self.state, "ext_base": ""})
        self.httpd = ImitationHTTPServer((host, port), handler)
        self.port = self.httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.ext_base = f"http://localhost:{self.port}"
        handler.ext_base = self.ext_base
        internal = type("InternalHandler", (handler,), {"internal": True})
        self.int_httpd: ImitationHTTPServer | None = None
        self.int_base: str | None = None
        # not every system routes all of 127.0.0.0/8 to loopback; a wanted port may be taken: then any port
        for wanted in dict.fromkeys((internal_port, 0)):
            try:
                self.int_httpd = ImitationHTTPServer((self.INTERNAL_HOST, wanted), internal)
            except OSError:
                continue
            self.int_base = f"http://{self.INTERNAL_HOST}:{self.int_httpd.server_address[1]}"
            break
        handler.int_base = self.int_base
        self.threads = [threading.Thread(target=server.serve_forever, name="imitation-website", daemon=True)
                        for server in (self.httpd, self.int_httpd) if server is not None]

    def url(self, path: str) -> str:
        if path.startswith("EXT/"):
            return self.ext_base + path[3:]
        if path.startswith("INT/"):
            return f"{self.int_base}{path[3:]}"
        return self.base_url + path if path.startswith("/") else path

    def requested(self, path: str) -> list[tuple[str, str]]:
        """(method, user-agent) of every request for ``path`` so far."""
        with self.state.lock:
            return [(m, ua) for m, p, ua in self.state.paths if p == path]

    def start(self) -> Website:
        for thread in self.threads:
            thread.start()
        return self

    def stop(self) -> None:
        for server in (self.httpd, self.int_httpd):
            if server is not None:
                server.shutdown()
                server.server_close()


@contextlib.contextmanager
def serve_website(host: str = "127.0.0.1", port: int = 0, *, internal_port: int = 0, site: bool = False):
    """Run the test site; yields its base URL (or the ``Website`` object when ``site=True``). ``port`` 0 takes any
    free port; a given port that is taken raises ``OSError``. ``internal_port`` is only a wish (any port if taken)."""
    web = Website(host, port, internal_port).start()
    try:
        yield web if site else web.base_url
    finally:
        web.stop()


if __name__ == "__main__":  # python -m imitations.website [PORT]
    import sys

    with serve_website(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0, site=True) as w:
        print(f"测试网站：{w.base_url}/  （外部站点：{w.ext_base}/，内部系统：{w.int_base}/）", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
