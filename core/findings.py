"""Findings: the one record every detector, checker and health check produces (docs/ARCHITECTURE.md).

``make_finding`` builds it; ``kind`` is one of ``core.records.FINDING_KINDS``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from core.records import iso
from core.schemas import Finding


def make_finding(kind: str, platform: str, account_id: str, *, score: float, reasons: Iterable[str],
                 evidence: dict | None = None, target: dict | None = None, unit: str | None = None,
                 detected_at: datetime | None = None, **extra: Any) -> Finding:
    """A finding record (docs/ARCHITECTURE.md). ``reasons`` are short Chinese sentences a reviewer can read."""
    if not 0.0 <= score <= 1.0:
        raise ValueError(f"score must be within 0..1, got {score}")
    reasons = [str(r) for r in reasons]
    finding: Finding = {
        "kind": kind,
        "platform": platform,
        "account_id": account_id,
        "score": round(float(score), 4),
        "target": target,
        "unit": unit,
        "reasons": reasons,
        "reasons_text": "；".join(reasons),
        "evidence": evidence or {},
        "detected_at": iso(detected_at) if detected_at else None,
    }
    finding.update(extra)
    return finding
