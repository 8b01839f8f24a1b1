"""Tiny helpers the hand-written post modules use (see build.py).

A post is written as ``P(account_key, text, ...)``; build.py turns the list into
posts.jsonl / labels.jsonl, assigns ids, times and URLs, and checks everything.
"""

CLASSES = ("typo", "political", "ad", "unsourced_repost", "entertainment")
DEFAULT = object()


def P(acct, text, cls=(), spans=(), hn=None, note="", orig=DEFAULT, src=None,
      copy=None, key=None, when=None):
    """One post.

    acct   key of the publishing account (accounts.py of the part)
    text   the post text, exactly as published
    cls    classes of wrong content (empty = clean)
    spans  tuples (class, offending text[, correct form])
    hn     for a clean post built to look like a bad class: the class it imitates
    orig   is_original (True/False/None); default depends on platform and class
    src    the platform's source field (for reposts)
    copy   key of the post this one copies (source document), if any
    key    a name for this post so that copies can point at it
    when   "MM-DD HH:MM" to pin the time (otherwise build.py picks one)
    """
    if isinstance(cls, str):
        cls = (cls,)
    for c in cls:
        assert c in CLASSES, c
    if hn:
        assert hn in CLASSES and not cls, (hn, text[:30])
    return dict(acct=acct, text=text.strip("\n"), cls=tuple(cls), spans=tuple(spans),
                hn=hn, note=note, orig=orig, src=src, copy=copy, key=key, when=when)
