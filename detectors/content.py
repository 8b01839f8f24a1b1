"""Content screening of registered accounts' posts (kind ``content``).

Rules (REQUIREMENTS.md: 000 §2.1, §2.2, §3.1; 001 §3.5):

1. A post must not contain wrong forms of official names, titles and slogans or sensitive terms (错敏字):
   each match becomes a finding with the correct form as suggestion.
2. A post must not carry commercial advertising or over-entertaining wording (lexicon categories).
3. A repost must name its source.

Terms come from lexicon files (``detectors/lexicons/`` — a starter set — or ``detect.lexicon_dir``) and are
matched with one Aho-Corasick automaton (pyahocorasick) over text folded the same way as names
(``detectors.textnorm.fold``), so traditional characters, full-width forms and zero-width characters do not
hide a term. Each finding carries the post, the matched span with context, the rule and the suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from core.findings import make_finding
from core.records import LIVE_STATUSES, account_key
from detectors.context import DetectionContext
from detectors.textnorm import fold, fold_with_offsets

BUILTIN_LEXICONS = Path(__file__).with_name("lexicons")
CATEGORY_ZH = {"sensitive": "错敏字", "advertising": "商业广告", "entertainment": "过度娱乐化"}
CATEGORY_SCORE = {"sensitive": 0.9, "advertising": 0.6, "entertainment": 0.4}
REPOST_SCORE = 0.5
CONTEXT_CHARS = 15
# How a repost names its source: "来源：新华社", "转自人民日报", "转载自…", "via @…", "@新华社" at the start…
SOURCE_MARKERS = re.compile(r"(来源|來源|转自|轉自|转载自|轉載自|出处|出處|原文|作者|source|via)\s*[:：@]?\s*\S|^\s*[@＠]\S|//\s*@\S",
                            re.IGNORECASE)


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Rule:
    rule_id: str  # "<category>:<line>"
    category: str
    term: str  # as written in the lexicon
    folded: str
    suggestion: str
    note: str
    exceptions: tuple[str, ...]  # folded


def load_rules(lexicon_dir: str | Path | None = None) -> list[Rule]:
    """Rules from the built-in starter lexicons, with files in ``lexicon_dir`` replacing/adding categories."""
    files = {p.stem: p for p in sorted(BUILTIN_LEXICONS.glob("*.tsv"))}
    if lexicon_dir:
        custom = Path(lexicon_dir)
        if not custom.is_dir():
            raise LexiconError(f"词库目录不存在：{custom}")
        files.update({p.stem: p for p in sorted(custom.glob("*.tsv"))})
    rules: list[Rule] = []
    for category, path in files.items():
        for lineno, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > 4:
                raise LexiconError(f"{path.name} 第 {lineno} 行：最多 4 列（词条、建议、说明、例外），实际 {len(cols)} 列")
            term = cols[0].strip()
            folded = fold(term)
            if not folded:
                raise LexiconError(f"{path.name} 第 {lineno} 行：词条为空")
            cols += [""] * (4 - len(cols))
            exceptions = tuple(fold(e) for e in cols[3].split("|") if e.strip())
            rules.append(Rule(f"{category}:{lineno}", category, term, folded, cols[1].strip(), cols[2].strip(),
                              exceptions))
    return rules


class Screener:
    """One automaton over all rules; ``matches(text)`` yields (rule, start, end) in the original text."""

    def __init__(self, rules: Iterable[Rule]):
        self.rules = list(rules)
        self._automaton = ahocorasick.Automaton()
        by_term: dict[str, list[Rule]] = {}
        for rule in self.rules:
            by_term.setdefault(rule.folded, []).append(rule)
        for term, term_rules in by_term.items():
            self._automaton.add_word(term, (len(term), tuple(term_rules)))
        self.empty = not by_term
        if not self.empty:
            self._automaton.make_automaton()

    def has_match(self, text: str) -> bool:
        """Fast path: is there any term in ``text`` at all (before exceptions)?"""
        if self.empty or not text:
            return False
        for _ in self._automaton.iter(fold(text)):
            return True
        return False

    def matches(self, text: str) -> Iterator[tuple[Rule, int, int]]:
        if not self.has_match(text):
            return
        folded, offsets = fold_with_offsets(text)
        for end, (length, rules) in self._automaton.iter_long(folded):
            start = end - length + 1
            window = folded[max(0, start - 12):end + 13]
            for rule in rules:
                if any(exc in window for exc in rule.exceptions):
                    continue
                yield rule, offsets[start], offsets[end] + 1


def _context(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def _post_evidence(post: dict) -> dict:
    return {"post_id": post.get("post_id"), "post_url": post.get("url"), "created_at": post.get("created_at"),
            "text": (post.get("text") or "")[:2000]}


def screen_posts(posts: Iterable[dict], screener: Screener, names: dict[str, str] | None = None) -> Iterator[dict]:
    names = names or {}
    for post in posts:
        text = post.get("text") or ""
        key = account_key(post["platform"], post["account_id"])
        name = names.get(key, post["account_id"])
        seen: set[str] = set()
        for rule, start, end in screener.matches(text):
            if rule.rule_id in seen:  # one finding per post and rule
                continue
            seen.add(rule.rule_id)
            matched = text[start:end]
            zh = CATEGORY_ZH.get(rule.category, rule.category)
            reason = f"{zh}：“{matched}”" + (f"应为“{rule.suggestion}”" if rule.category == "sensitive" and
                                               rule.suggestion else "")
            yield make_finding(
                "content", post["platform"], post["account_id"], score=CATEGORY_SCORE.get(rule.category, 0.5),
                reasons=[reason, f"账号“{name}”发文 {post.get('created_at') or ''}".strip()],
                evidence={**_post_evidence(post), "rule": rule.rule_id, "category": rule.category,
                          "term": rule.term, "match": matched, "start": start, "end": end,
                          "context": _context(text, start, end), "suggestion": rule.suggestion, "note": rule.note})
        if not post.get("is_original", True) and not _names_source(post):
            yield make_finding(
                "content", post["platform"], post["account_id"], score=REPOST_SCORE,
                reasons=["转载未注明来源", f"账号“{name}”发文 {post.get('created_at') or ''}".strip()],
                evidence={**_post_evidence(post), "rule": "repost:no_source", "category": "repost_source"})


def _names_source(post: dict) -> bool:
    if (post.get("source") or "").strip():
        return True
    return bool(SOURCE_MARKERS.search(post.get("text") or ""))


def detect(ctx: DetectionContext) -> Iterator[dict]:
    """Screen the posts of registered live accounts (content rules apply to official accounts)."""
    rules = load_rules(ctx.setting("detect.lexicon_dir", "") or None)
    screener = Screener(rules)
    live = {account_key(r["platform"], r["account_id"]): r.get("name") or r["account_id"]
            for r in ctx.registry if (r.get("status") or "active") in LIVE_STATUSES}
    posts = (p for p in ctx.posts if account_key(p["platform"], p["account_id"]) in live)
    for finding in screen_posts(posts, screener, live):
        if ctx.as_of is not None:
            finding["detected_at"] = ctx.as_of.isoformat(timespec="seconds")
        yield finding
