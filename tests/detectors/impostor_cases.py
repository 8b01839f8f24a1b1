"""Small builders shared by the impostor rule tests: a registry row, a crawled account, and the findings of the
impostor detector on them keyed by account id."""

from __future__ import annotations

from detectors import impostor
from detectors.context import DetectionContext


def reg(name, unit, account_id, platform, region):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": "active",
            "region": region}


def acc(name, account_id, platform="douyin", **extra):
    return {"platform": platform, "account_id": account_id, "name": name, **extra}


def findings(registry, accounts):
    ctx = DetectionContext(registry=registry, accounts=accounts)
    return {f["account_id"]: f for f in impostor.detect(ctx)}


def registered_at(name, unit, account_id, region, platform="weibo"):
    """A registry row with the region before the platform (the later impostor tests' order; Weibo by default)."""
    return reg(name, unit, account_id, platform, region)


def crawled(name, account_id, platform="weibo", **extra):
    """A crawled account, Weibo by default."""
    return acc(name, account_id, platform, **extra)


def target_name(registry, name):
    """The registered name the impostor detector points one account named ``name`` at (None: not flagged)."""
    found = findings(registry, [acc(name, "x")]).get("x")
    return found["target"]["name"] if found else None
