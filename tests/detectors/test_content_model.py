"""The learned second opinion on ads and entertainment (detectors/content_model.py) and how content.py uses it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from core.settings import load_config
from detectors.content import CATEGORY_SCORE, MODEL_SCORE, ContentRules, detect, screen_posts
from detectors.content_model import MODEL_PATH, ContentModel, features, load_model
from detectors.context import DetectionContext
from tests.detectors.content_model_cases import CLEAN_LOOKALIKES, MODEL_ONLY, NEW_WORDING


def post(text, pid="p1", account="1001"):
    return {"platform": "weibo", "account_id": account, "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": True, "is_pinned": False, "source": None,
            "url": f"https://m.weibo.cn/detail/{pid}"}


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.fixture(scope="module")
def with_model():
    return ContentRules.load(model=True)


def test_model_file_is_plain_json_loaded_once():
    raw = MODEL_PATH.read_bytes()
    data = json.loads(raw.decode("utf-8"))  # JSON, not a pickle
    assert set(data["classes"]) == {"ad", "entertainment"}
    assert data["trained_on"] == ["dev", "dev2", "dev3", "dev4", "dev5"]  # never heldout
    for m in data["classes"].values():
        assert len(m["weights"]) == len(data["features"]) and 0.5 <= m["threshold"] < 1
    assert load_model() is load_model()
    assert ContentRules.load(model=True).model is load_model()


def test_malformed_model_is_refused():
    with pytest.raises(ValueError, match="weights"):
        ContentModel.from_dict({"name": "x", "features": ["c:a", "c:b"],
                                "classes": {"ad": {"intercept": 0, "threshold": 0.5, "weights": [1.0]}}})


def test_features_carry_shapes_not_lone_latin_letters():
    f = features("加vx：shop_2026 下单，原价199元，现价99元！！详情 https://m.tb.cn/x 电话13812345678")
    assert {"s:wxid", "s:price", "s:url", "s:phone", "s:excl2"} <= f
    assert "c:0元" in f  # digits read as 0, so a new price is a known feature
    assert not any(x[2:].isascii() and x[2:].isalnum() and len(x) == 3 for x in f if x.startswith("c:"))


def test_threshold_decides():
    data = {"name": "t", "features": ["c:元"],
            "classes": {"ad": {"intercept": 0.0, "threshold": 0.6, "weights": [3.0]}}}
    model = ContentModel.from_dict(data)
    (op,) = model.opinions("元")  # z = 3 → 0.95
    assert op.cls == "ad" and op.score > 0.9 and op.top == [("c:元", 3.0)]
    data["classes"]["ad"]["threshold"] = 0.99
    assert ContentModel.from_dict(data).opinions("元") == []


@pytest.mark.parametrize(("cls", "text"), NEW_WORDING + MODEL_ONLY)
def test_new_wording_found(with_model, cls, text):
    assert any(f["evidence"]["class"] == cls for f in screen_posts([post(text)], with_model)), text


@pytest.mark.parametrize(("cls", "text"), MODEL_ONLY)
def test_model_finding_says_why_in_the_review_band(rules, with_model, cls, text):
    assert not any(f["evidence"]["class"] == cls for f in screen_posts([post(text)], rules))  # rules miss it
    (f,) = [f for f in screen_posts([post(text)], with_model) if f["evidence"]["class"] == cls]
    ev = f["evidence"]
    assert ev["review"] is True and ev["model"] == load_model().name
    assert ev["model_score"] >= ev["threshold"]
    assert f["score"] == MODEL_SCORE < CATEGORY_SCORE[cls]
    assert ev["features"] and all(x["feature"] in features(text) and x["contribution"] > 0
                                  for x in ev["features"])
    assert "模型判断，待人工复核" in f["reasons"][0] and f"{ev['model_score']:.2f}" in f["reasons"][0]
    assert ev["category"] == {"ad": "advertising", "entertainment": "entertainment"}[cls]


def test_no_model_finding_where_a_rule_of_the_class_fires(with_model):
    text = "淘宝搜索店铺下单立减，点击链接 https://m.tb.cn/h.abc 领优惠券，全网最低价，私信客服加微信 shop2026"
    findings = list(screen_posts([post(text)], with_model))
    ads = [f for f in findings if f["evidence"]["class"] == "ad"]
    assert ads and not any(f["evidence"]["rule"].startswith("model:") for f in ads)


def test_rule_findings_unchanged_by_the_model(rules, with_model):
    posts = [post(t, pid=f"c{i}") for i, t in enumerate(CLEAN_LOOKALIKES)]
    posts += [post(t, pid=f"n{i}") for i, (_c, t) in enumerate(NEW_WORDING + MODEL_ONLY)]
    without = list(screen_posts(posts, rules))
    with_ = [f for f in screen_posts(posts, with_model) if not f["evidence"]["rule"].startswith("model:")]
    assert without == with_


def test_clean_lookalikes_rarely_flagged_by_the_model():
    # 40 clean look-alikes written for this test (consumer and anti-fraud warnings, ticket notices, job fairs,
    # subsidies and vouchers, serious posts with emoji). Measured at training time: 4 of 40 reach a threshold
    # (fee tables and price monitoring read as ads; two short emoji posts as entertainment). Guard that level.
    flagged = [t for t in CLEAN_LOOKALIKES if load_model().opinions(t)]
    assert len(CLEAN_LOOKALIKES) == 40
    assert len(flagged) <= 4, flagged


def test_setting_turns_the_model_off():
    registry = [{"platform": "weibo", "account_id": "1001", "name": "某县发布", "status": "active"}]
    ctx_posts = [post(MODEL_ONLY[1][1])]  # entertainment wording no rule knows

    def run(value):
        cfg = load_config(env={"GOVWATCH_DETECT__CONTENT_MODEL": value})
        ctx = DetectionContext(registry=registry, accounts=[], posts=ctx_posts, cfg=cfg,
                               as_of=datetime(2026, 11, 21, tzinfo=UTC))
        return [f["evidence"]["rule"] for f in detect(ctx)]

    assert any(r.startswith("model:") for r in run("true"))
    assert not any(r.startswith("model:") for r in run("false"))


def test_report_does_not_score_a_review_band_finding(with_model):
    from alerts.report.scoring import classify

    (f,) = [f for f in screen_posts([post(MODEL_ONLY[0][1])], with_model) if f["evidence"]["class"] == "ad"]
    assert classify(f, "weibo", ("sensitive",)) is None
    rule = {"kind": "content", "evidence": {"category": "advertising", "class": "ad", "rule": "advertising:售价"}}
    assert classify(rule, "weibo", ("sensitive",)) == "advertising"


def test_model_not_asked_where_the_rules_stand_down(with_model):
    # An anti-fraud warning quotes the sales pitch it condemns: the model alone reads it as an ad, the rules (and
    # so the model's finding) stand down, as they do for the lexicon's sales words.
    text = "注意！有人在群里发“原价399元现价99元、下单再送两件、扫码进店抢购”，这是诈骗！付款后就被拉黑，请勿轻信。"
    assert any(op.cls == "ad" for op in load_model().opinions(text))
    assert not any(f["evidence"]["rule"].startswith("model:") for f in screen_posts([post(text)], with_model))


def test_the_model_is_off_unless_asked_for():
    """The model is a trial (README): on the demo's repost-shaped notices it gave 53 review findings."""
    assert load_config(env={})["detect.content_model"] is False


@pytest.mark.xfail(strict=True, reason="已知缺陷：娱乐化模型把“转发：……通知”一类转发帖判为娱乐化（“转发”在训练集中多见于转发求好运），"
                                       "因此模型默认关闭；修好后去掉本标记")
def test_a_forwarded_notice_is_not_entertainment():
    assert not [o for o in load_model().opinions("转发：济南发布相关通知第23期") if o.cls == "entertainment"]
