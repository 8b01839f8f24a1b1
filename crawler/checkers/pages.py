"""What a checker needs from an HTML page: its text decoded right, links, anchors, and a few facts.

Decoding follows the HTTP header, then a BOM or ``<meta charset>``, then detection: Chinese government pages
are often GBK with no charset anywhere, which a cp1252 fallback would garble.

Every link a page carries is accounted for: http(s) links are checked; links that start an action rather than
load a page (``mailto:``, ``tel:``, ``javascript:``, app schemes) and inline content (``data:``, ``about:``) are
recorded as skipped; links no browser will open from a web page (``file:``, ``ftp:``, a Windows path) and URLs that
cannot be parsed are recorded as broken with the reason. Nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom
from w3lib.url import safe_url_string

FETCHED_SCHEMES = ("http", "https")
# Not fetched, not a failure: actions (mail, phone, scripts, apps) and inline content.
SKIPPED_SCHEMES = ("mailto", "tel", "javascript", "sms", "data", "weixin", "about", "callto", "blob")
# Not fetched, and broken for every visitor: browsers do not open these from a web page (FTP support is gone).
REFUSED_SCHEMES = ("file", "ftp", "ftps", "sftp", "smb", "gopher")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_WS = re.compile(r"\s+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_NEEDS_QUOTING = re.compile(r"[^\x21-\x7e]|[\"<>\\^`{|}]")
_CHINESE_FAMILY = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "hz": "gb18030"}

_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or "
                    "ancestor::template)]")
_PLAIN_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or "
                          "ancestor::template or ancestor::a or ancestor::nav or ancestor::select)]")
_TITLE = etree.XPath("//title//text()")
_HEADINGS = etree.XPath("//h1//text()|//h2//text()")
_BASE = etree.XPath("//base/@href")
_LINKS = etree.XPath("//a[@href]|//area[@href]|//iframe[@src]|//frame[@src]|//img[@src]|//script[@src]|"
                     "//link[contains(@rel,'stylesheet')][@href]")
_ANCHORS = etree.XPath("//@id|//a/@name")
_MEDIA = etree.XPath("boolean(//img|//iframe|//embed|//object|//video|//canvas|//svg)")
_SCRIPTS = etree.XPath("boolean(//script[@src or normalize-space()])")
_SPA_ROOT = etree.XPath("boolean(//*[@id='app' or @id='root' or @id='__next' or @id='__nuxt']"
                        "[not(*) and normalize-space()=''])")
LINK_KINDS = {"a": ("href", "a"), "area": ("href", "a"), "iframe": ("src", "frame"), "frame": ("src", "frame"),
              "img": ("src", "resource"), "script": ("src", "resource"), "link": ("href", "resource")}


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str]:
    """(text, encoding) of an HTML body: header charset, then BOM / meta, then detection."""
    enc = http_content_type_encoding(content_type or "")
    if not enc:
        bom_enc, _ = read_bom(body)
        enc = bom_enc
    if not enc:
        enc = html_body_declared_encoding(body)
    if not enc:
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            import charset_normalizer  # only for pages that declare nothing and are not UTF-8

            best = charset_normalizer.from_bytes(body[:200_000]).best()
            enc = best.encoding if best is not None else "gb18030"
    enc = _CHINESE_FAMILY.get(enc.lower().replace("-", "").replace("_", ""), enc)
    try:
        return body.decode(enc, errors="replace"), enc
    except LookupError:
        return body.decode("utf-8", errors="replace"), "utf-8"


@dataclass(slots=True)
class Link:
    url: str  # absolute, fragment kept (as written for skipped and refused links)
    text: str
    kind: str  # a | frame | resource
    reason: str = ""  # why a refused link is broken


@dataclass
class PageFacts:
    title: str = ""
    headings: str = ""
    text: str = ""
    plain_text: str = ""  # visible text outside links, navigation and forms
    links: list[Link] = field(default_factory=list)
    skipped: list[Link] = field(default_factory=list)  # mailto:, tel:, javascript: …
    refused: list[Link] = field(default_factory=list)  # file:, ftp:, unparsable URLs: broken, never fetched
    anchors: set[str] = field(default_factory=set)
    has_media: bool = False
    has_scripts: bool = False
    spa_root_empty: bool = False


def _join(parts: list[str]) -> str:
    return _WS.sub(" ", " ".join(parts)).strip()


def parse(html: str):
    """The lxml document of a page (never raises: garbage parses to an empty document)."""
    html = _XML_DECL.sub("", html or "", count=1)
    try:
        return lxml.html.document_fromstring(html or "<html></html>")
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html></html>")


def analyse(html: str, base_url: str, *, links: bool = True) -> PageFacts:
    """Everything a checker reads from one page; ``links=False`` skips link extraction (targets that are only
    judged, never followed)."""
    root = parse(html)
    facts = PageFacts()
    facts.title = _join(_TITLE(root))
    facts.headings = _join(_HEADINGS(root))
    facts.text = _join(_TEXT(root))
    facts.plain_text = _join(_PLAIN_TEXT(root))
    facts.has_media = bool(_MEDIA(root))
    facts.has_scripts = bool(_SCRIPTS(root))
    facts.spa_root_empty = bool(_SPA_ROOT(root))
    facts.anchors = {str(a) for a in _ANCHORS(root)}
    if links:
        base = _BASE(root)
        if base:
            base_url = urljoin(base_url, str(base[0]).strip())
        seen: set[str] = set()
        for el in _LINKS(root):
            attribute, kind = LINK_KINDS[el.tag]
            raw = (el.get(attribute) or "").strip()
            if not raw:
                continue
            text = _join(list(el.itertext())) if kind != "resource" else ""
            text = text or el.get("title") or el.get("alt") or ""
            add_link(facts, raw, base_url, text[:200], kind, seen)
    return facts


def add_link(facts: PageFacts, raw: str, base_url: str, text: str, kind: str, seen: set[str]) -> None:
    """Classify one link as written (``raw``) into ``facts.links``, ``skipped`` or ``refused``."""
    m = _SCHEME.match(raw)
    scheme = m.group(1).lower() if m else ""
    if scheme and scheme not in FETCHED_SCHEMES:
        if scheme in REFUSED_SCHEMES or len(scheme) == 1:  # a single letter is a drive: C:\…
            facts.refused.append(Link(raw, text, kind, refused_reason(raw)))
        else:
            facts.skipped.append(Link(raw, text, kind))
        return
    absolute = absolute_url(base_url, raw)
    if absolute is None:
        facts.refused.append(Link(raw, text, kind, "网址无效，无法访问"))
        return
    if absolute not in seen:
        seen.add(absolute)
        facts.links.append(Link(absolute, text, kind))


def scheme_of(url: str) -> str:
    m = _SCHEME.match(url.strip())
    return m.group(1).lower() if m else ""


def refused_reason(url: str) -> str:
    """Why a non-http(s) target is broken (Chinese)."""
    scheme = scheme_of(url)
    if len(scheme) == 1:
        return "链接指向本机磁盘路径，访客无法打开（只检查 http/https，未访问）"
    return f"不允许的网址协议 {scheme or '（无）'}:，访客无法从网页打开（只检查 http/https，未访问）"


def absolute_url(base_url: str, raw: str) -> str | None:
    """An absolute http(s) URL (percent-encoded, fragment kept), or None for other schemes / garbage."""
    try:
        url = urljoin(base_url, raw)
        if _NEEDS_QUOTING.search(url):
            url = safe_url_string(url)
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port that is not a number or out of range
    except ValueError:
        return None
    if parts.scheme not in FETCHED_SCHEMES or not host:
        return None
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, parts.fragment))


def split_fragment(url: str) -> tuple[str, str]:
    base, _, fragment = url.partition("#")
    return base, fragment


def is_route_fragment(fragment: str) -> bool:
    """``#/path`` and ``#!`` are client-side routes of script-built pages, not anchors."""
    return fragment.startswith(("/", "!")) or fragment in ("", "top")


def looks_script_built(facts: PageFacts) -> bool:
    """A page whose content is probably written by scripts: rendered first when the render budget is short."""
    if not facts.has_scripts:
        return False
    return facts.spa_root_empty or len(facts.links) < 3 or len(facts.text) < 200


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.lower()
