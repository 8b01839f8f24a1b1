"""Issue #12, twenty-fourth round: which of a unit's accounts a copy on a platform where the unit has none imitates.

The evidence comes first, in the order ``_target_rank`` always read it: the registered name the copy reproduces most
exactly, the copied description, the nearer avatar. When a unit files one name and one avatar everywhere, nothing in
the copy tells its accounts apart; then the rule reads what an impersonator does — it re-posts the unit's output to
look genuine, which it can only take from the unit's account publishing the same form (videos for a copy on 抖音,
posts and articles for one on 头条), and it borrows the standing of the unit's best-known account (the most
followers as crawled) — and the finding says which of these chose the row.

Names written for these tests (an invented Hubei county), not taken from any evaluation part.
"""

from __future__ import annotations

from detectors import impostor
from detectors.context import DetectionContext
from tests.detectors.impostor_cases import acc, reg

UNIT, REGION = "江城县人民政府新闻办公室", "湖北省武汉市江城县"
REGISTRY = [reg("江城发布", UNIT, "w1", "weibo", REGION), reg("江城发布", UNIT, "k1", "kuaishou", REGION),
            reg("江城发布", UNIT, "x1", "wechat", REGION)]
CRAWLED = [acc("江城发布", "w1", "weibo", followers=5000, description="江城县人民政府新闻办公室官方微博。发布权威信息。"),
           acc("江城发布", "k1", "kuaishou", followers=800, description="江城县人民政府新闻办公室官方快手号。江城短视频。"),
           acc("江城发布", "x1", "wechat", followers=12000, description="江城县人民政府新闻办公室官方公众号。政务服务。")]


def _finding(name: str, platform: str, registry=REGISTRY, crawled=CRAWLED, **extra) -> dict:
    ctx = DetectionContext(registry=registry, accounts=[*crawled, acc(name, "copy", platform, **extra)])
    return next(f for f in impostor.detect(ctx) if f["account_id"] == "copy")


def test_a_copy_on_a_video_platform_points_at_the_units_video_account():
    found = _finding("江城发布", "douyin")
    assert found["target"]["account_id"] == "k1"  # not the first row (weibo), not the most followed (wechat)
    assert "同为视频平台的快手账号" in found["reasons"][-1]
    assert found["evidence"]["equally_near"]  # the others are still named for the analyst to check


def test_a_copy_on_a_text_platform_points_at_the_most_followed_text_account():
    found = _finding("江城发布", "toutiao")
    assert found["target"]["account_id"] == "x1"
    assert "同为图文平台、粉丝最多（12000）的微信公众号" in found["reasons"][-1]
    # with the follower counts the other way round, the other text account
    flipped = [dict(CRAWLED[0], followers=30000), *CRAWLED[1:]]
    assert _finding("江城发布", "toutiao", crawled=flipped)["target"]["account_id"] == "w1"


def test_without_a_platform_form_the_followers_decide_and_without_followers_the_registry_order():
    assert _finding("江城发布", "website")["target"]["account_id"] == "x1"
    bare = [dict(a, followers=None) for a in CRAWLED]
    found = _finding("江城发布", "website", crawled=bare)
    assert found["target"]["account_id"] == "w1"
    assert "在备案表中排在前面的新浪微博账号" in found["reasons"][-1]


def test_evidence_that_singles_out_one_account_comes_before_the_copy_rule():
    # the copied description is the wechat account's own: the description names it, whatever the platform's form
    found = _finding("江城发布", "douyin", description=CRAWLED[2]["description"])
    assert found["target"]["account_id"] == "x1"
    # a unit whose accounts are named differently: the name reproduced exactly is the one copied
    named = [reg("江城发布", UNIT, "w1", "weibo", REGION), reg("江城视频", UNIT, "k1", "kuaishou", REGION)]
    assert _finding("江城发布", "douyin", registry=named, crawled=[])["target"]["account_id"] == "w1"


def test_a_copy_on_a_platform_where_the_unit_has_an_account_points_at_that_account():
    registry = [*REGISTRY, reg("江城发布", UNIT, "d1", "douyin", REGION)]
    found = _finding("江城发布", "weibo", registry=registry)
    assert found["target"]["account_id"] == "w1"
    assert "目标取同平台的账号" in found["reasons"][-1]


def test_copy_source_rank_reads_descriptions_and_follower_counts_as_crawled():
    crawled = [dict(CRAWLED[0], followers="4,000"), dict(CRAWLED[1], followers="900"), dict(CRAWLED[2], followers=-3)]
    officials = impostor._Officials(DetectionContext(registry=REGISTRY, accounts=crawled))
    assert officials.followers == [0, 900, 0]  # unreadable or negative counts are unknown
    assert impostor.copy_source_rank(officials, acc("江城发布", "c", "bilibili"), 1) == (0.0, True, 900)
    assert impostor.copy_source_rank(officials, acc("江城发布", "c", "weibo"), 1) == (0.0, False, 900)
    assert impostor.copy_source_rank(officials, acc("江城发布", "c", None), 0) == (0.0, False, 0)
    # the unit's descriptions follow one template and differ in the platform they name: the copied one is nearest
    copy = acc("江城发布", "c", "douyin", description=CRAWLED[0]["description"])
    ratios = [impostor.copy_source_rank(officials, copy, r)[0] for r in range(3)]
    assert ratios[0] == 100 and ratios[0] > max(ratios[1:])


def test_a_description_copied_from_one_account_outweighs_the_platform_form():
    found = _finding("江城发布", "douyin", description=CRAWLED[0]["description"])
    assert found["target"]["account_id"] == "w1"
    # with the description index unable to single it out (templates shared by many units), the tie-break reads it
    officials = impostor._Officials(DetectionContext(registry=REGISTRY, accounts=CRAWLED))
    copy = acc("江城发布", "c", "douyin", description=CRAWLED[0]["description"])
    pairs = {r: ((0.9, 0.0, False, 0, -64, 1.0, -1), r, None, 64, None) for r in range(3)}
    chosen = impostor._copied_entry(officials, copy, pairs[1], ((0.9, 0.0), pairs))
    assert chosen[1] == 0
    assert "简介被照抄的新浪微博账号" in impostor.copy_source_reason(officials, copy, 0, [1, 2])


def test_explain_tells_the_analyst_why_that_account():
    ctx = DetectionContext(registry=REGISTRY, accounts=CRAWLED)
    out = impostor.explain(ctx, {"name": "江城发布", "platform": "douyin"})
    assert out["flagged"] and out["finding"]["target"]["account_id"] == "k1"
    assert any("同为视频平台的快手账号" in reason for reason in out["finding"]["reasons"])
