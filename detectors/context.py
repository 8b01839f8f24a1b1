"""What every detector receives, and how it reports.

Detectors are pure functions over records (no network, no Scrapy, no store): each module exposes
``detect(ctx: DetectionContext) -> Iterator[dict]`` yielding findings in the docs/ARCHITECTURE.md shape, built with
``core.findings.make_finding``. ``detectors.run`` runs them; ``govwatch.ops.detection`` builds the context from
the store or from files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from core.records import LIVE_STATUSES, account_key
from core.schemas import Account, Finding, Post, RegistryEntry
from core.settings import defaults


@dataclass
class DetectionContext:
    registry: list[RegistryEntry]  # platform and status already as codes
    accounts: list[Account]  # crawled, or from a JSONL file
    posts: list[Post] = field(default_factory=list)
    as_of: datetime | None = None  # the check time ("now" of the inspection); timezone-aware
    cfg: Any = None  # core.settings.Config
    base_dir: Path | None = None  # avatar paths in records are relative to this (the JSONL file's folder)
    previous_findings: list[Finding] = field(default_factory=list)  # earlier findings (first-seen times)
    # What detectors report about the run itself, not about an account: a limit reached, work left undone. Notes in
    # Chinese for the run summary; numbers keyed "<kind>.<what>" (``detectors.run.RunResult.summary``).
    notes: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    # What failed on one record while the run went on (a post a rule could not screen): the run's errors (the command
    # exits non-zero), in Chinese, naming the record.
    errors: list[str] = field(default_factory=list)

    @cached_property
    def registry_by_key(self) -> dict[str, dict]:
        return {account_key(r["platform"], r["account_id"]): r for r in self.registry}

    @cached_property
    def accounts_by_key(self) -> dict[str, dict]:
        return {account_key(a["platform"], a["account_id"]): a for a in self.accounts}

    def crawled_registry(self) -> dict[str, dict]:
        """The crawled record of each registry entry, by key: ``accounts_by_key`` for the registry's keys only, without
        indexing every crawled account (a million at scale) for the hundred thousand a detector looks up, and not
        kept: call it once."""
        wanted = self.registry_by_key
        found = {}
        for a in self.accounts:
            key = account_key(a["platform"], a["account_id"])
            if key in wanted:
                found[key] = a  # the last record of a key wins, as in ``accounts_by_key``
        return found

    @cached_property
    def posts_by_account(self) -> dict[str, list[dict]]:
        grouped: dict[str, list[dict]] = defaultdict(list)
        for p in self.posts:
            grouped[account_key(p["platform"], p["account_id"])].append(p)
        return dict(grouped)

    @cached_property
    def live_registry(self) -> list[dict]:
        return [r for r in self.registry if (r.get("status") or "active") in LIVE_STATUSES]

    def is_registered(self, platform: str, account_id: str) -> bool:
        return account_key(platform, account_id) in self.registry_by_key

    def setting(self, key: str) -> Any:
        """A setting's value: from the configuration given, else its default (core/settings.py, never a literal)."""
        return (self.cfg or defaults())[key]
