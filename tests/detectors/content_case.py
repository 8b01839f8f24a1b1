"""Helpers shared by the content-rule tests: one post, the classes screening gives it, the ad kinds in a text."""

from __future__ import annotations

from detectors.content import screen_posts
from detectors.content_ads import offer_and_channel
from detectors.content_patterns import quoted_spans
from detectors.textnorm import fold


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
