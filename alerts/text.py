"""Crawled text made harmless to show: one function for every place govwatch displays it (review UI pages,
notifications).

Impostors write names and descriptions with characters that change how text *looks*: bidi overrides and
isolates (U+202A–U+202E, U+2066–U+2069) that display ``发布局安公`` as something else or flip a URL, zero-width
characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, U+061C) that make two different names look the same, line and
paragraph separators, and C0/C1 control characters. ``neutralise`` replaces every run of them with one space, so
the reviewer sees that something was there. Escaping for HTML is separate (Jinja2 autoescape).
"""

from __future__ import annotations

import re

_INVISIBLE = "\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_CONTROL = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_INVISIBLE}]+")
_CONTROL_KEEP_LINES = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_INVISIBLE}]+")


def neutralise(text: object, *, keep_lines: bool = False) -> str:
    """``text`` with every run of control, bidi and invisible characters replaced by a space; with
    ``keep_lines`` line feeds and tabs stay (multi-line descriptions in the review UI)."""
    pattern = _CONTROL_KEEP_LINES if keep_lines else _CONTROL
    return pattern.sub(" ", "" if text is None else str(text))
