"""What a checker needs from an HTML page: its text decoded right, links, anchors, and a few facts.

Decoding follows the HTTP header, then a BOM or ``<meta charset>``, then detection: Chinese government pages
are often GBK with no charset anywhere, which Scrapy's fallback (cp1252) would garble.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import charset_normalizer
from parsel import Selector
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom
from w3lib.url import safe_url_string

SKIPPED_SCHEMES = ("mailto", "tel", "javascript", "sms", "data", "weixin", "about", "callto")
LINK_XPATHS = (  # (elements, attribute, kind)
    ("//a[@href]", "href", "a"), ("//area[@href]", "href", "a"), ("//iframe[@src]", "src", "frame"),
    ("//frame[@src]", "src", "frame"), ("//img[@src]", "src", "resource"), ("//script[@src]", "src", "resource"),
    ("//link[contains(@rel,'stylesheet')][@href]", "href", "resource"),
)
_WS = re.compile(r"\s+")
_CHINESE_FAMILY = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "hz": "gb18030"}


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
            best = charset_normalizer.from_bytes(body[:200_000]).best()
            enc = best.encoding if best is not None else "gb18030"
    enc = _CHINESE_FAMILY.get(enc.lower().replace("-", "").replace("_", ""), enc)
    if enc.lower() in ("gb2312", "gbk"):
        enc = "gb18030"
    try:
        return body.decode(enc, errors="replace"), enc
    except LookupError:
        return body.decode("utf-8", errors="replace"), "utf-8"


@dataclass
class Link:
    url: str  # absolute, fragment kept
    text: str
    kind: str  # a | frame | resource


@dataclass
class PageFacts:
    title: str = ""
    headings: str = ""
    text: str = ""
    plain_text: str = ""  # visible text outside links, navigation and forms
    links: list[Link] = field(default_factory=list)
    skipped: list[Link] = field(default_factory=list)  # mailto:, tel:, javascript: …
    anchors: set[str] = field(default_factory=set)
    has_media: bool = False
    has_scripts: bool = False
    spa_root_empty: bool = False


def visible_text(sel: Selector) -> str:
    parts = sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
                      " and not(ancestor::template)]").getall()
    return _WS.sub(" ", " ".join(parts)).strip()


def analyse(html: str, base_url: str) -> PageFacts:
    """Everything a checker reads from one page."""
    sel = Selector(text=html or "<html></html>")
    facts = PageFacts()
    facts.title = _WS.sub(" ", " ".join(sel.xpath("//title//text()").getall())).strip()
    facts.headings = _WS.sub(" ", " ".join(sel.xpath("//h1//text()|//h2//text()").getall())).strip()
    facts.text = visible_text(sel)
    facts.plain_text = _WS.sub(" ", " ".join(sel.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript) and "
        "not(ancestor::a) and not(ancestor::nav) and not(ancestor::select) and not(ancestor::template)]").getall())
    ).strip()
    base = sel.xpath("//base/@href").get()
    base_url = urljoin(base_url, base.strip()) if base else base_url
    seen: set[str] = set()
    for xpath, attribute, kind in LINK_XPATHS:
        for owner in sel.xpath(xpath):
            raw = (owner.attrib.get(attribute) or "").strip()
            if not raw:
                continue
            text = _WS.sub(" ", " ".join(owner.xpath(".//text()").getall())).strip() or (
                owner.xpath("@title|@alt").get() or "")
            scheme = raw.split(":", 1)[0].lower() if ":" in raw else ""
            if scheme in SKIPPED_SCHEMES:
                facts.skipped.append(Link(raw, text[:200], kind))
                continue
            absolute = absolute_url(base_url, raw)
            if absolute is None or absolute in seen:
                continue
            seen.add(absolute)
            facts.links.append(Link(absolute, text[:200], kind))
    facts.anchors = set(sel.xpath("//@id").getall()) | set(sel.xpath("//a/@name").getall())
    facts.has_media = bool(sel.xpath("//img|//iframe|//embed|//object|//video|//canvas|//svg"))
    facts.has_scripts = bool(sel.xpath("//script"))
    facts.spa_root_empty = bool(sel.xpath(
        "//*[@id='app' or @id='root' or @id='__next' or @id='__nuxt'][not(*) and normalize-space()='']"))
    return facts


def absolute_url(base_url: str, raw: str) -> str | None:
    """An absolute http(s) URL (percent-encoded, fragment kept), or None for other schemes / garbage."""
    try:
        url = safe_url_string(urljoin(base_url, raw))
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, parts.fragment))


def split_fragment(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, "")), parts.fragment


def is_route_fragment(fragment: str) -> bool:
    """``#/path`` and ``#!`` are client-side routes of script-built pages, not anchors."""
    return fragment.startswith(("/", "!")) or fragment in ("", "top")


def looks_script_built(facts: PageFacts) -> bool:
    """A page whose content is probably written by scripts: worth rendering to find its links."""
    if not facts.has_scripts:
        return False
    return facts.spa_root_empty or len(facts.links) < 3 or len(facts.text) < 200


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.lower()
