"""zombie, duplicate and registry_mismatch read the registry's crawled records through ``crawled_registry()``:
the same findings as through ``accounts_by_key`` (every crawled account by key, ~66 MB at a million accounts),
which they no longer build."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.records import iso
from detectors import duplicate, registry_mismatch, zombie
from detectors.context import DetectionContext

SH = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=SH)
CRAWLED = iso(AS_OF - timedelta(hours=3))


class EveryAccountByKey(DetectionContext):
    """The detectors' former input: every crawled account indexed by key."""

    def crawled_registry(self) -> dict[str, dict]:
        return self.accounts_by_key


def entry(account_id, name, unit, status="active", platform="weibo"):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": status,
            "filed_at": "2025-01-10"}


def account(account_id, name, platform="weibo", **kw):
    return {"platform": platform, "account_id": account_id, "name": name, "crawl_status": "ok",
            "crawled_at": CRAWLED, **kw}


def post(account_id, post_id, days_ago, original=True):
    return {"platform": "weibo", "account_id": account_id, "post_id": post_id, "is_original": original,
            "created_at": iso(AS_OF - timedelta(days=days_ago)), "text": "…"}


REGISTRY = [
    entry("z1", "济南发布", "济南市人民政府新闻办公室"),  # posted 40 days ago: zombie
    entry("z2", "济南公安", "济南市公安局"),  # only reposts lately: no_original
    entry("z3", "济南公安服务", "济南市公安局"),  # a second active account of the unit: duplicate
    entry("g1", "历下发布", "历下区委宣传部"),  # crawled as gone: registry_mismatch
    entry("c1", "槐荫发布", "槐荫区委宣传部", status="closed"),  # closed but still live: registry_mismatch
    entry("r1", "天桥发布", "天桥区委宣传部"),  # renamed on the platform: registry_mismatch
    entry("s1", "市中发布", "市中区委宣传部"),  # its first crawl said gone, the later one ok: the later wins
    entry("u1", "长清发布", "长清区委宣传部"),  # never crawled: unknown, no finding
]
ACCOUNTS = [
    account("s1", "市中发布", crawl_status="gone"),
    account("z1", "济南发布", followers=10), account("z2", "济南公安"), account("z3", "济南公安服务"),
    account("g1", "历下发布", crawl_status="gone"), account("c1", "槐荫发布", filed_at="2025-01-10"),
    account("r1", "泉城天桥"), account("s1", "市中发布"),
    # discovered accounts, one of them verified as a registered unit (joins the unit's duplicate group)
    account("d1", "济南公安局", verified_type="government", verified_reason="济南市公安局官方微博"),
    *[account(f"x{i}", f"路人{i}") for i in range(50)],
]
POSTS = [post("z1", "p1", 40), post("z2", "p2", 3, original=False), post("z2", "p3", 30), post("z3", "p4", 1),
         post("s1", "p5", 2), post("r1", "p6", 1)]


@pytest.mark.parametrize("module", [zombie, duplicate, registry_mismatch])
def test_findings_are_those_of_every_account_by_key(cfg, module):
    args = {"registry": REGISTRY, "accounts": ACCOUNTS, "posts": POSTS, "as_of": AS_OF, "cfg": cfg}
    ctx = DetectionContext(**args)
    found = list(module.detect(ctx))
    assert "accounts_by_key" not in ctx.__dict__  # the million-key map is never built
    before = list(module.detect(EveryAccountByKey(**args)))
    assert json.dumps(found, ensure_ascii=False, sort_keys=True, default=str) == \
        json.dumps(before, ensure_ascii=False, sort_keys=True, default=str)
    kinds = {(f["kind"], f["account_id"]) for f in found}
    want = {zombie: {("zombie", "z1"), ("no_original", "z2")},
            duplicate: {("duplicate", "d1")},  # one finding per unit and platform, the unregistered one named
            registry_mismatch: {("registry_mismatch", a) for a in ("g1", "c1", "r1")}}[module]
    assert want <= kinds and ("registry_mismatch", "s1") not in kinds and not {k for k in kinds if k[1] == "u1"}
