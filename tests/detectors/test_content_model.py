"""The learned second opinion on ads and entertainment (detectors/content_model.py) and how content.py uses it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from core.settings import load_config
from detectors.content import CATEGORY_SCORE, MODEL_SCORE, ContentRules, detect, screen_posts
from detectors.content_model import MODEL_PATH, ContentModel, features, han_count, load_model, strip_repost_markers
from detectors.context import DetectionContext
from detectors.textnorm import fold
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
    assert data["trained_on"] == ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                                  "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20",
                                  "dev21", "dev22", "dev23", "dev24", "dev25", "dev26",
                                  "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34"]  # never heldout
    assert data["name"] == "content-lr-28" and data["max_added_fp"] <= 0.01  # the nested budget (README)
    assert data["punct"] is False and data["min_chars"] > 0  # the shipped feature set (see content_model.py)
    # real government prose and the project's own warm on-topic sentences, each file with its count
    assert dict(data["negatives"]) == {"scripts/data/gov_prose_negatives.txt": 93,
                                       "scripts/data/project_written_negatives.txt": 30}
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


def test_the_model_is_on_by_default():
    """On since content-lr-3: no opinion on the demo's repost-shaped notices, few on real personal posts (README)."""
    assert load_config(env={})["detect.content_model"] is True


def test_a_forwarded_notice_is_not_entertainment():
    # The demo's repost-shaped notices gave 53 review findings with content-lr-2 ("转发" learnt from 转发求好运).
    assert not [o for o in load_model().opinions("转发：济南发布相关通知第23期") if o.cls == "entertainment"]
    for text in ("转发：济南市人民政府关于做好2026年冬季清洁取暖工作的通知，请各区县认真贯彻落实",
                 "转发微博 //@济南发布:【济南市民中心冬季开放时间调整】自12月1日起，政务服务大厅工作日办公时间调整为"
                 "9:00—17:00，周六上午9:00—12:00。",
                 "【转发】国务院办公厅关于做好今冬明春森林草原防灭火工作的通知 一、压实防火责任。"):
        assert load_model().opinions(text) == [], text


@pytest.mark.parametrize(("text", "notice"), [
    ("转发：济南发布相关通知第23期", "济南发布相关通知第23期"),
    ("转发微博 //@央视新闻:【公安部提示】入冬以来雨雪增多", "【公安部提示】入冬以来雨雪增多"),
    ("反诈提醒，转给家人！//【警惕刷单诈骗】骗子要求垫付", "反诈提醒，转给家人！ 【警惕刷单诈骗】骗子要求垫付"),
    ("【转发】国务院办公厅关于做好森林防火工作的通知", "国务院办公厅关于做好森林防火工作的通知"),
    ("重要通知（转发） 各处室：", "重要通知  各处室："),
])
def test_repost_markers_are_not_the_post(text, notice):
    # Forwarding syntax is stripped before features are taken: the forwarded notice is read as the notice.
    assert strip_repost_markers(fold(text)) == fold(notice).strip()
    assert features(text) == features(notice)


@pytest.mark.parametrize("text", ["🐟转发这条锦鲤🐟，明年好运连连！", "关注+转发才有效哦～", "请于今日18时前点赞、转发、评论本条微博",
                                  "转发本条抽5位送全套手信"])
def test_forwarding_as_a_call_to_action_stays(text):
    assert "转发" in strip_repost_markers(fold(text)) and "c:转发" in features(text)


def test_features_without_punctuation_ngrams():
    text = "哈哈哈，冲冲冲！！你们觉得呢？😂 原价199元"
    with_punct, without = features(text, words=False, punct=True), features(text, words=False, punct=False)
    assert {"c:!", "c:冲!", "c:,冲"} <= with_punct
    grams = [f[2:] for f in without if f.startswith("c:")]
    assert grams and all(g.isalnum() for g in grams)  # no n-gram holds a punctuation mark, space or emoji
    assert {"c:哈哈哈", "c:冲冲", "c:你们", "c:0元", "s:excl2", "s:excl", "s:question", "s:emoji",
            "s:price"} <= without  # the shapes still see tone


def test_min_chars_loaded_and_counted_after_repost_markers():
    data = {"name": "t", "features": ["c:元"], "min_chars": 4,
            "classes": {"ad": {"intercept": 0.0, "threshold": 0.6, "weights": [3.0]}}}
    model = ContentModel.from_dict(data)
    assert model.min_chars == 4 and model.punct is True  # a file without "punct" keeps the old feature set
    assert model.opinions("三元") == []  # 2 Han characters: too little wording for an opinion
    assert [o.cls for o in model.opinions("每件八元")] == ["ad"]
    assert model.opinions("转发：八元") == []  # the forwarding label is not wording
    assert han_count("转发：八元 abc 123") == 4


def test_demo_posts_give_no_model_opinion():
    # Every post of the platform imitations (what `govwatch demo` screens): government notices, reposts, pinned
    # guides. content-lr-2 gave 53 review findings on them.
    from imitations.platforms.seed import default_seed

    texts = [p.text for accounts in default_seed().values() for a in accounts for p in a.posts]
    assert len(texts) > 300
    assert [t for t in texts if load_model().opinions(t)] == []


def _fixture_texts() -> list[str]:
    """Every distinct text of 4+ Han characters in the real platform captures (tests/fixtures/real): JSON string
    values, and the text of HTML pages outside scripts. Mostly personal users' posts, names and profiles."""
    from html.parser import HTMLParser
    from pathlib import Path

    class Text(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out, self.skip = [], 0

        def handle_starttag(self, tag, attrs):
            self.skip += tag in ("script", "style")

        def handle_endtag(self, tag):
            self.skip -= tag in ("script", "style") and self.skip > 0

        def handle_data(self, data):
            if not self.skip:
                self.out.append(data)

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict | list):
            for v in value.values() if isinstance(value, dict) else value:
                yield from strings(v)

    real = Path(__file__).resolve().parents[1] / "fixtures" / "real"
    found: dict[str, None] = {}
    for path in sorted(real.rglob("*")):
        if not path.is_file() or path.name.endswith(".expected.json") or path.suffix == ".md":
            continue
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            parser = Text()
            parser.feed(raw)
            texts = parser.out
        else:
            try:
                texts = list(strings(json.loads(raw)))
            except ValueError:  # elided documentation examples and Python reprs: no JSON to walk
                continue
        for t in texts:
            if han_count(t) >= 4:
                found.setdefault(t.strip())
    return list(found)


def test_real_platform_texts_rarely_flagged():
    # Real captured posts and profiles, mostly personal users (games, anime, a celebrity's fans; README of
    # tests/fixtures/real). content-lr-2 flagged 43% of such texts: it had learnt tone and punctuation. Measured
    # with content-lr-3 at training time: 34 of 299 (11.4%; content-lr-2: 123), all personal or commercial posts
    # (games, polls, clickbait headlines, a live-stream address read as an ad), none of a government account.
    # Guard that level.
    texts = _fixture_texts()
    flagged = [t for t in texts if load_model().opinions(t)]
    assert len(texts) > 200
    assert len(flagged) <= 0.12 * len(texts), (len(flagged), len(texts), flagged)
