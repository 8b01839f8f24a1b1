"""The imitation HTTP server: one threading HTTP server on 127.0.0.1, one path prefix per platform.

Failure modes (per platform, set in the constructor or at run time through ``POST /_control``
``{"platform": "weibo", "mode": "http_432"}`` / ``set_failure``):

``http_432``, ``http_418``  the status code, empty body
``captcha``                 an antispider/captcha HTML page (Sogou: a redirect to /antispider/)
``login``                   a login wall HTML page
``bili_412``, ``bili_352``  Bilibili JSON ``code`` −412 / −352
``empty_json``              ``{"ok": 0}`` (Weibo) / ``{}`` with no data
``empty_body``              200 with nothing in it
``slow`` / ``slow:SECONDS`` delay, then the normal answer
``malformed_json``          a truncated JSON document
``huge``                    a ~3 MB answer
``gbk``                     (WeChat) pages encoded GBK with no charset header or meta tag — not a failure
``snuid_churn``             (WeChat) a fresh ``SNUID`` cookie on every Sogou answer, thinned and every other
                            page empty (normally Sogou sets ``SNUID`` once, for a request that carries none)
``empty_ok0``               (Weibo) every API answer is ``{"ok":0,"msg":"这里还没有内容","data":{"cards":[]}}``
``api_only``                (Weibo) the API answers without a visitor cookie; the visitor paths answer 404 —
                            a server that serves only the m.weibo.cn API (not a failure)
For the browser platforms (Douyin, Kuaishou) the body-level modes hit the XHR endpoints only, the page loads.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, unquote, urlsplit

from imitations.httpd import ImitationHTTPServer
from imitations.platforms import avatars, bilibili, browser_pages, generic, wechat, weibo
from imitations.platforms.common import Req, Resp, html_resp, json_resp
from imitations.platforms.seed import SeedAccount, default_seed

PLATFORM_PREFIXES = ("weibo", "wechat", "wechat_mp", "bilibili", "douyin", "kuaishou", "generic")
FAILURE_MODES = ("http_432", "http_418", "captcha", "login", "bili_412", "bili_352", "empty_json", "empty_body",
                 "slow", "malformed_json", "huge", "gbk", "snuid_churn", "empty_ok0", "api_only")
_BODY_MODES = ("empty_json", "empty_body", "malformed_json", "huge")


class PlatformServer:
    def __init__(self, seed: dict[str, list[SeedAccount]] | None = None, failures: dict[str, str] | None = None,
                 *, page_size: int = 4, host: str = "127.0.0.1", port: int = 0):
        self.seed = seed or default_seed()
        for name in PLATFORM_PREFIXES:
            self.seed.setdefault(name, [])
        self.failures: dict[str, str] = {}
        self.options: dict[str, object] = {}
        for platform, mode in (failures or {}).items():
            self.set_failure(platform, mode)
        self.page_size = page_size
        self.visitor_token = "_2A25" + secrets.token_hex(8)
        self.buvid = secrets.token_hex(8).upper() + "infoc"
        self.wbi_img_key = secrets.token_hex(16)
        self.wbi_sub_key = secrets.token_hex(16)
        self.js_seed = secrets.token_hex(12)
        self.started = datetime.now(UTC)
        self.hits: dict[str, int] = {}
        self.request_log: list[str] | None = None  # set to [] to record every request path (benchmarks)
        # set to a host name (e.g. "localhost") to serve avatar URLs on that name that redirect to the real
        # avatar on 127.0.0.1 (tests of the SSRF guard at redirect hops)
        self.avatar_redirect_via: str | None = None
        self._lock = threading.Lock()
        self._httpd = ImitationHTTPServer((host, port), _make_handler(self))
        self._thread: threading.Thread | None = None

    # ---- lifecycle ---------------------------------------------------------------------------------------
    @property
    def root(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def prefix(self, platform: str) -> str:
        return f"/{platform}"

    @property
    def urls(self) -> dict[str, str]:
        """Base URLs per platform in the shape of the ``crawler.base_urls`` setting."""
        r = self.root
        return {"weibo": f"{r}/weibo", "weibo_passport": f"{r}/weibo", "wechat": f"{r}/wechat",
                "wechat_mp": f"{r}/wechat_mp", "bilibili": f"{r}/bilibili", "bilibili_www": f"{r}/bilibili",
                "douyin": f"{r}/douyin", "kuaishou": f"{r}/kuaishou", "generic": f"{r}/generic"}

    @property
    def control_url(self) -> str:
        """``POST {"platform": …, "mode": …}`` here switches a failure mode at run time."""
        return f"{self.root}/_control"

    def start(self) -> PlatformServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="platform-imitation", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    # ---- state -------------------------------------------------------------------------------------------
    def now(self) -> datetime:
        return datetime.now(UTC)

    def set_failure(self, platform: str, mode: str | None) -> None:
        if mode and mode.split(":")[0] not in FAILURE_MODES:
            raise ValueError(f"unknown failure mode {mode!r}; one of {', '.join(FAILURE_MODES)}")
        if mode == "gbk":
            self.options["wechat_gbk"] = True
            return
        if mode == "api_only":
            self.options["weibo_api_only"] = True
            return
        if mode:
            self.failures[platform] = mode
        else:
            self.failures.pop(platform, None)
            if platform == "wechat":
                self.options.pop("wechat_gbk", None)
            if platform == "weibo":
                self.options.pop("weibo_api_only", None)

    def find(self, platform: str, account_id: str) -> SeedAccount | None:
        for a in self.seed.get(platform, []):
            if a.id == account_id:
                return a
        return None

    def avatar_url(self, platform: str, a: SeedAccount) -> str:
        if a.avatar[0].startswith("_"):  # edge cases: _corrupt, _bomb, _huge, _text
            return f"{self.root}/avatar/{a.avatar[0]}.png"
        if self.avatar_redirect_via:
            port = self._httpd.server_address[1]
            return f"http://{self.avatar_redirect_via}:{port}/avatar-redirect/{platform}/{a.id}.png"
        return f"{self.root}/avatar/{platform}/{a.id}.png"

    # ---- dispatch ----------------------------------------------------------------------------------------
    def dispatch(self, req_method: str, raw_path: str, headers: dict[str, str], body: bytes) -> Resp:
        parts = urlsplit(raw_path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        path = parts.path
        if path == "/_control":
            return self._control(req_method, query, body)
        if self.request_log is not None and req_method == "GET":
            self.request_log.append(raw_path)
        if path.startswith("/avatar/"):
            return self._avatar(path)
        if path.startswith("/avatar-redirect/"):
            return Resp(302, b"", {"Location": f"{self.root}/avatar/{path[len('/avatar-redirect/'):]}"})
        platform, _, rest = path.lstrip("/").partition("/")
        if platform not in PLATFORM_PREFIXES:
            return Resp(404, b"not found")
        with self._lock:
            self.hits[platform] = self.hits.get(platform, 0) + 1
        req = Req(req_method, "/" + unquote(rest), query, headers, body)
        failed = self._failure(platform, req)
        if failed is not None:
            return failed
        if platform == "weibo":
            out = weibo.handle(self, req)
        elif platform == "wechat":
            out = wechat.handle(self, req)
        elif platform == "wechat_mp":
            out = wechat.handle_mp(self, req)
        elif platform == "bilibili":
            out = bilibili.handle(self, req)
        elif platform == "douyin":
            out = browser_pages.douyin(self, req, raw_path)
        elif platform == "kuaishou":
            out = browser_pages.kuaishou(self, req, raw_path)
        else:
            out = generic.handle(self, req)
        return out or Resp(404, b"not found")

    def _failure(self, platform: str, req: Req) -> Resp | None:
        mode = self.failures.get(platform)
        if not mode:
            return None
        if mode.startswith("slow"):
            time.sleep(float(mode.split(":")[1]) if ":" in mode else 2.0)
            return None
        browser = platform in ("douyin", "kuaishou")
        is_api = req.path.startswith("/aweme/") or req.path == "/graphql"
        if browser and mode in _BODY_MODES and not is_api:
            return None
        if platform == "weibo" and req.path.startswith("/visitor/"):
            return None
        if platform == "bilibili" and req.path in ("/", "/x/web-interface/nav") and mode.startswith("bili_"):
            return None
        if mode == "http_432":
            return Resp(432, b"")
        if mode == "http_418":
            return Resp(418, b"")
        if mode == "captcha":
            if platform == "wechat" and req.path == "/weixin":
                return Resp(302, b"", {"Location": f"{self.root}/wechat/antispider/?from=%2fweixin"})
            return html_resp('<html><head><title>安全验证</title></head><body><div class="captcha-verify">'
                             '请完成下列验证后继续：拖动滑块 请输入验证码</div></body></html>')
        if mode == "login":
            return html_resp('<html><head><title>登录 - 请先登录</title></head><body><div class="login-guard">'
                             '登录后查看更多内容 <form action="/login"><input name="password"></form></div></body></html>')
        if mode in ("bili_412", "bili_352"):
            code = -412 if mode == "bili_412" else -352
            return json_resp({"code": code, "message": "请求被拦截" if code == -412 else "风控校验失败"})
        if mode == "empty_json":
            return json_resp({"ok": 0} if platform == "weibo" else {})
        if mode == "empty_body":
            return Resp(200, b"", {"Content-Type": "application/json"})
        if mode == "malformed_json":
            return Resp(200, b'{"ok": 1, "data": {"cards": [{"card_type": 9, "mblog": {"id": "12',
                        {"Content-Type": "application/json"})
        if mode == "huge":
            return Resp(200, b'{"ok": 1, "pad": "' + b"x" * 3_000_000 + b'"}', {"Content-Type": "application/json"})
        return None

    def _avatar(self, path: str) -> Resp:
        name = path[len("/avatar/"):]
        if name == "_corrupt.png":
            return Resp(200, avatars.corrupt_png(), {"Content-Type": "image/png"})
        if name == "_bomb.png":
            return Resp(200, avatars.bomb_png(), {"Content-Type": "image/png"})
        if name == "_huge.png":
            return Resp(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 6_000_000, {"Content-Type": "image/png"})
        if name == "_text.png":
            return Resp(200, b"<html>not an image</html>", {"Content-Type": "image/png"})
        platform, _, file = name.partition("/")
        a = self.find(platform, file.removesuffix(".png"))
        if a is None:
            return Resp(404, b"")
        return Resp(200, avatars.draw(*a.avatar), {"Content-Type": "image/png"})

    def _control(self, method: str, query: dict, body: bytes) -> Resp:
        if method == "POST":
            try:
                data = json.loads(body or b"{}")
                self.set_failure(data["platform"], data.get("mode"))
            except (ValueError, KeyError) as exc:
                return json_resp({"ok": False, "error": str(exc)}, 400)
        return json_resp({"ok": True, "failures": self.failures, "options": self.options, "hits": self.hits})


def _make_handler(srv: PlatformServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                resp = srv.dispatch(self.command, self.path, headers, body)
            except Exception as exc:  # noqa: BLE001 - an imitation bug must show as a 500, not a hang
                resp = Resp(500, f"imitation error: {exc!r}".encode())
            self.send_response(resp.status)
            for k, v in resp.headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(resp.body)))
            self.end_headers()
            if self.command != "HEAD":
                try:
                    self.wfile.write(resp.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        do_GET = do_POST = do_HEAD = _serve

        def log_message(self, *args) -> None:  # quiet
            pass

    return Handler
