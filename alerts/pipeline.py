"""One call for the end of a run: findings → alerts → notifications (used by ``govwatch run`` / the scheduler)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from alerts.lifecycle import IngestResult, ingest
from alerts.notify import DeliveryReport, deliver
from core.schemas import Finding


def process_run(store, findings: Iterable[Finding], run_id: str, cfg, *, now: datetime | None = None,
                kinds: Iterable[str] | None = None, notify: bool = True,
                unchecked: Iterable[tuple[str, str]] = ()) -> tuple[IngestResult, DeliveryReport | None]:
    """Ingest one run's findings (``kinds``: the kinds the run checked; ``unchecked``: (platform, account_id)
    pairs it could not look at) and send what that calls for."""
    result = ingest(store, findings, run_id, now, cfg, kinds=kinds, unchecked=unchecked)
    report = deliver(store, result, cfg, now) if notify else None
    return result, report
