"""Soft 404: a page that answers 200 but is really "not found".

Three rules, each enough on its own:

1. the page says so — its title or heading, or the whole of a short page, contains a "missing" phrase
   (页面不存在, 已被删除, 找不到, 404 …);
2. the page is (nearly) empty — almost no visible text and nothing else to show (no image, frame, media);
3. the page is almost identical to what the site answers for a URL that cannot exist (a catch-all page),
   or it redirected to the same place such a URL redirects to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

MISSING_PHRASES = (
    "页面不存在", "网页不存在", "页面已被删除", "已被删除", "已删除", "已被撤销", "已撤稿", "已下线", "找不到", "未找到",
    "无法找到", "不存在或已", "信息不存在", "文章不存在", "内容不存在", "栏目不存在", "文件不存在", "资源不存在",
    "链接已失效", "链接失效", "访问的页面走丢", "页面走丢", "页面丢失", "page not found", "not found",
)
_MISSING_RE = re.compile("|".join(re.escape(p) for p in MISSING_PHRASES), re.I)
# A bare "404" only counts next to an error word ("404 错误", "错误页面 404") or alone: "文件404" is a title.
_BARE_404 = re.compile(r"(?<!\d)404(?!\d)")
_ERROR_WORDS = re.compile(r"错误|出错|error|页面|not\s*found|找不到|不存在", re.I)
SHORT_PAGE_CHARS = 600  # on a page this short, a missing phrase anywhere counts
NEAR_EMPTY_CHARS = 12


@dataclass(frozen=True)
class Verdict:
    is_soft_404: bool
    reason: str = ""


def _missing_phrase(part: str) -> str:
    m = _MISSING_RE.search(part)
    if m:
        return m.group(0)
    if _BARE_404.search(part) and (_ERROR_WORDS.search(part) or part.strip(" -_|:：!！。.") == "404"):
        return "404"
    return ""


def says_missing(title: str, headings: str, text: str) -> str:
    """The phrase that says the page is missing, or ''."""
    for part in (title, headings):
        phrase = _missing_phrase(part or "")
        if phrase:
            return phrase
    if len(text or "") <= SHORT_PAGE_CHARS:
        return _missing_phrase(text or "")
    return ""


def is_near_empty(text: str, has_media: bool, has_scripts: bool) -> bool:
    """Almost no visible text and nothing else to show. Script-built pages are judged after rendering only."""
    return len((text or "").strip()) < NEAR_EMPTY_CHARS and not has_media and not has_scripts


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two pages' visible text."""
    if not a and not b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def judge(*, title: str, headings: str, text: str, plain_text: str | None = None, has_media: bool, has_scripts: bool,
          baseline_text: str | None = None, threshold: float = 0.95, url: str = "", final_url: str = "",
          baseline_final_url: str | None = None, baseline_url: str | None = None) -> Verdict:
    """Apply the three rules to a 200 page. ``baseline_*`` describe the site's answer for a non-existent URL
    (None when that answer was a real error, i.e. the site has no catch-all page)."""
    phrase = says_missing(title, headings, text if plain_text is None else plain_text)
    if phrase:
        return Verdict(True, f"页面内容表明不存在（“{phrase}”）")
    if is_near_empty(text, has_media, has_scripts):
        return Verdict(True, "页面几乎是空白的")
    if baseline_final_url and baseline_url and baseline_final_url != baseline_url \
            and final_url == baseline_final_url and final_url != url:
        return Verdict(True, "跳转到了网站对不存在网址的统一落地页")
    if baseline_text is not None and text and len(text) >= 1:
        score = similarity(text, baseline_text)
        if score >= threshold:
            return Verdict(True, f"与网站对不存在网址的回应几乎相同（相似度 {score:.2f}）")
    return Verdict(False)
