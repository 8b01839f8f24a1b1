"""Helpers shared by the content-rule tests: one post, the classes screening gives it, the ad kinds in a text, the
political spans and suggestions of a text, the typo finder's (written, correct) pairs and the positive/negative
check of the political-wording tests."""

from __future__ import annotations

from detectors.content import _hits, screen_posts
from detectors.content_ads import offer_and_channel
from detectors.content_patterns import quoted_spans
from detectors.textnorm import fold


def typo_pairs(finder, text):
    """(written, correct) of every slip the typo finder reports in ``text``."""
    return [(h.wrong, h.correct) for h in finder.find(text)]


def post(text, pid="p1", account="acct", created="2026-11-20T10:00:00+08:00", platform="weibo"):
    return {"platform": platform, "account_id": account, "post_id": pid, "created_at": created,
            "text": text, "is_original": True, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


def classes(rules, text, platform="weibo"):
    """The content classes (``evidence.class``) screening finds in one original post."""
    return {f["evidence"]["class"] for f in screen_posts([post(text, platform=platform)], rules)}


def kinds(text):
    """The offer and channel kinds ``offer_and_channel`` sees in ``text`` (outside quotation marks)."""
    folded = fold(text)
    return {k for k, _, _ in offer_and_channel(folded, quoted_spans(folded))}


def political(rules, text):
    """The spans of ``text`` the rules report as political wording (2026 as the current year)."""
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "political"]


def suggestions(rules, text):
    """The suggested right wording of each political finding in ``text``."""
    return [h.suggestion for h in _hits(text, rules, year=2026) if h.cls == "political"]


def check(rules, positives, negatives):
    """Every positive sentence has a political finding; no negative sentence has one."""
    for text in positives:
        assert political(rules, text), text
    for text in negatives:
        assert not political(rules, text), (text, political(rules, text))
