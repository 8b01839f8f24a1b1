"""The generic adapter: a platform described in YAML (URL templates + CSS/XPath/JSON paths per field), so a
user can add a regional app or site without code. See ``crawler/site_profiles/gov_app_portal.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

from parsel import Selector
from scrapy.http import Response, TextResponse

from core import inputs as safe_json
from core.records import PLATFORMS, iso, parse_time
from crawler.platforms.base import (
    Adapter,
    Blocked,
    Gone,
    Malformed,
    PostsResult,
    ProfileResult,
    SearchResult,
    account_record,
    classify_verification,
    parse_count,
    post_record,
    strip_tags,
)

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "site_profiles"
REQUIRED = ("name", "platform", "search")


class ProfileError(ValueError):
    """A site profile is invalid; the message names the file and the key."""


def load_profiles(extra_dir: str | Path | None = None) -> dict[str, dict]:
    """Every site profile: the built-in ones, then those in ``extra_dir`` (same name wins later)."""
    import yaml  # here: PyYAML's import (~0.14 s) is paid only by processes that read profiles

    out: dict[str, dict] = {}
    for folder in (BUILTIN_DIR, Path(extra_dir) if extra_dir else None):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            try:
                prof = yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                raise ProfileError(f"站点描述 {path} 不是合法的 YAML：{exc}") from None
            except RecursionError:
                raise ProfileError(f"站点描述 {path} 嵌套层数过多") from None
            if not isinstance(prof, dict):
                raise ProfileError(f"站点描述 {path} 应为键值表")
            missing = [k for k in REQUIRED if not prof.get(k)]
            if missing:
                raise ProfileError(f"站点描述 {path} 缺少 {', '.join(missing)}")
            if prof["platform"] not in PLATFORMS:
                raise ProfileError(f"站点描述 {path} 的 platform “{prof['platform']}”不是已知平台代码")
            prof["_file"] = str(path)
            out[prof["name"]] = prof
    return out


def _json_path(doc: Any, path: str) -> Any:
    cur = doc
    for part in [p for p in path.split(".") if p]:
        if isinstance(cur, list):
            try:
                cur = cur[int(part)]
            except (ValueError, IndexError):
                return None
        elif isinstance(cur, dict):
            cur = cur.get(part)
        else:
            return None
    return cur


def extract(node: Any, selector: str) -> Any:
    """One field from a parsel node (CSS / ``xpath:``) or a JSON value (``json:``)."""
    if selector.startswith("json:"):
        return _json_path(node, selector[5:])
    if selector.startswith("xpath:"):
        value = node.xpath(selector[6:]).get()
    elif selector.startswith("::"):
        value = _self_css(node, selector)
    else:
        value = node.css(selector).get()
    return strip_tags(value) if isinstance(value, str) else value


def _self_css(node: Selector, selector: str) -> str | None:
    """``::attr(x)`` / ``::text`` of the node itself."""
    if selector.startswith("::attr(") and selector.endswith(")"):
        return node.attrib.get(selector[7:-1])
    if selector == "::text":
        return "".join(node.css("::text").getall())
    return None


class GenericAdapter(Adapter):
    name: ClassVar[str] = "generic"
    default_urls: ClassVar[dict[str, str]] = {}
    profile: dict = None  # type: ignore[assignment]

    @classmethod
    def for_profile(cls, profile: dict, cfg, base_urls: dict) -> GenericAdapter:
        sub = type(f"Generic_{profile['name']}", (cls,), {"name": profile["name"],
                                                         "default_urls": {profile["name"]: profile.get("base_url", "")}})
        adapter = sub(cfg, base_urls)
        adapter.profile = profile
        return adapter

    @property
    def platform(self) -> str:
        return self.profile["platform"]

    @property
    def uses_browser(self) -> bool:  # type: ignore[override]
        return bool(self.profile.get("render"))

    def url(self, key: str | None = None) -> str:
        base = self.base_urls.get(self.name) or self.base_urls.get("generic") or self.profile.get("base_url", "")
        return base.rstrip("/")

    def _req(self, url: str):
        meta = {"playwright": True} if self.uses_browser else {}
        return self.request(url, meta=meta)

    def _page(self, response: Response) -> Any:
        structure = (self.profile.get("search") or {}).get("items", "")
        page_ok = bool(isinstance(response, TextResponse) and response.body.strip() and structure
                       and not structure.startswith(("json:", "xpath:")) and response.css(structure))
        self.check_blocked(response, page_ok=page_ok)
        if not isinstance(response, TextResponse):
            raise Malformed(f"{self.name} 返回的不是文本（{response.url}）")
        for marker in self.profile.get("blocked_markers") or []:
            if not page_ok and marker in response.text:
                raise Blocked("captcha", f"{self.name} 页面出现拦截提示“{marker}”", response.url)
        if self.profile.get("format") == "json":
            try:
                return safe_json.loads(response.text)
            except ValueError as exc:
                raise Malformed(f"{self.name} JSON 无法解析：{exc}") from None
        return Selector(text=response.text)

    def _items(self, root: Any, selector: str) -> list:
        if selector.startswith("json:"):
            return _json_path(root, selector[5:]) or []
        if selector.startswith("xpath:"):
            return root.xpath(selector[6:])
        return root.css(selector)

    def _account(self, node: Any, fields: dict, response: Response) -> dict | None:
        values = {k: extract(node, sel) for k, sel in (fields or {}).items()}
        aid = values.pop("account_id", None)
        if not aid:
            return None
        reason = values.pop("verified_reason", None) or None
        followers = parse_count(values.pop("followers", None))
        avatar = values.pop("avatar_url", None)
        template = self.profile.get("url_template") or (self.profile.get("profile") or {}).get("url", "")
        return account_record(self.platform, str(aid), name=values.pop("name", None),
                              url=template.format(base=self.url(), account_id=aid) if template else None,
                              avatar_url=response.urljoin(avatar) if avatar else None, verified=bool(reason),
                              verified_type=classify_verification(reason), verified_reason=reason,
                              description=values.pop("description", None), followers=followers,
                              raw={"profile": self.name, **values})

    def search_request(self, keyword: str, page: int):
        return self._req(self.profile["search"]["url"].format(base=self.url(), keyword=quote(keyword, safe=""),
                                                              page=page))

    async def parse_search(self, response: Response, keyword: str, page: int) -> SearchResult:
        root = self._page(response)
        spec = self.profile["search"]
        out = [a for node in self._items(root, spec["items"]) if (a := self._account(node, spec["fields"], response))]
        more = spec.get("has_more")
        has_more = bool(extract(root, more)) if more and more.startswith("json:") else bool(
            more and self._items(root, more))
        return SearchResult(out, has_more=has_more and bool(out))

    def profile_request(self, account_id: str, known: dict | None = None):
        spec = self.profile.get("profile") or {}
        if not spec.get("url"):
            raise NotImplementedError(f"站点描述 {self.name} 没有 profile.url")
        return self._req(spec["url"].format(base=self.url(), account_id=quote(account_id, safe="")))

    async def parse_profile(self, response: Response, account_id: str) -> ProfileResult:
        spec = self.profile.get("profile") or {}
        if response.status in (spec.get("gone_status") or [404, 410]):
            raise Gone(f"{self.name} 账号页面不存在（HTTP {response.status}）")
        root = self._page(response)
        node = self._items(root, spec["root"])[0] if spec.get("root") and self._items(root, spec["root"]) else root
        account = self._account(node, spec.get("fields") or {}, response)
        if account is None:
            raise Malformed(f"{self.name} 账号页面缺少 account_id")
        account["account_id"] = account_id
        posts = None
        pspec = self.profile.get("posts")
        if pspec:
            posts = []
            for pn in self._items(root, pspec["items"]):
                v = {k: extract(pn, sel) for k, sel in pspec["fields"].items()}
                if not v.get("post_id"):
                    continue
                try:
                    created = iso(parse_time(v.get("created_at"))) if v.get("created_at") else None
                except ValueError:
                    created = None
                posts.append(post_record(self.platform, account_id, str(v["post_id"]), created_at=created,
                                         text=v.get("text") or "", is_original=True,
                                         is_pinned=str(v.get("is_pinned") or "") not in ("", "0", "false", "None")))
            posts = PostsResult(posts)
        return ProfileResult(account, posts)
