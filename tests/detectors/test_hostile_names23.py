"""Crawled names are written by the people we hunt: a name made only of characters the normaliser drops (a lone
stroke of the CJK Strokes block, invisible characters, spaces), an empty name or a very long one must not stop a run.
Before the twenty-third session ``names._clean`` raised ValueError (``max()`` of an empty text) on a name of CJK
strokes only, which would have ended the whole detection run on one account.

Strings written for these tests, not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.names import analyse_name, normalize_name
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [reg("山东发布", "山东省人民政府新闻办公室", "s1", "weibo", "山东省")]

HOSTILE = ["㇀", "㇀㇁㇂", "\u200b\u200d", "   ", "", "\u3000", "㇀\u200b㇁", "\U0001f150", "山" * 5000]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_name_the_normaliser_empties_is_read_not_raised(name):
    out = normalize_name(name)
    assert out == ("山" * 5000 if name == "山" * 5000 else "")  # nothing of a name is left to match
    analyse_name(name)  # no exception either


def test_a_run_with_such_accounts_still_finds_the_impostor_among_them():
    accounts = [acc(name, f"h{i}") for i, name in enumerate(HOSTILE)] + [acc("山㇀东发布", "x")]
    found = findings(REGISTRY, accounts)
    assert found["x"]["target"]["name"] == "山东发布"
    assert not any(f"h{i}" in found for i in range(len(HOSTILE)))
