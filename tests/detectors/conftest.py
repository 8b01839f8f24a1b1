"""Fixtures shared by the detector tests."""

from __future__ import annotations

import pytest

from detectors.content_typo import TypoFinder, load_terms


@pytest.fixture(scope="session")
def finder():
    """The typo finder over the shipped lexicons (built once: the tests only read it)."""
    return TypoFinder(load_terms())
