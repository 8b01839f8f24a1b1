"""Content screening: lexicon matching after folding, exceptions, repost sources, lexicon errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.content import LexiconError, Screener, detect, load_rules, screen_posts
from detectors.context import DetectionContext
from detectors.textnorm import fold, fold_with_offsets


def post(text, *, pid="p1", original=True, source=None, account="1001"):
    return {"platform": "weibo", "account_id": account, "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": original, "is_pinned": False, "source": source,
            "url": f"https://m.weibo.cn/detail/{pid}"}


@pytest.fixture(scope="module")
def screener():
    return Screener(load_rules())


def test_fold_handles_traditional_fullwidth_and_invisible():
    assert fold("國務院辦公室") == "国务院办公室"
    assert fold("ＹＹＤＳ") == "yyds"
    assert fold("人民\u200b政\u200d俯") == "人民政俯"
    folded, offsets = fold_with_offsets("a\u200b國b")
    assert folded == "a国b" and offsets == [0, 2, 3]


def test_wrong_official_name_with_suggestion_and_span(screener):
    text = "今天，中华人民共合国成立纪念日，全市举行升旗仪式。"
    findings = list(screen_posts([post(text)], screener))
    assert len(findings) == 1
    f = findings[0]
    assert f["kind"] == "content" and f["score"] == 0.9
    ev = f["evidence"]
    assert ev["match"] == "中华人民共合国" and text[ev["start"]:ev["end"]] == "中华人民共合国"
    assert ev["suggestion"] == "中华人民共和国" and ev["category"] == "sensitive"
    assert "中华人民共合国" in ev["context"] and ev["post_id"] == "p1"
    assert "应为“中华人民共和国”" in f["reasons"][0]


def test_hidden_terms_are_found_in_original_positions(screener):
    text = "通知：國務院\u200b辦公室發布"
    (f,) = list(screen_posts([post(text)], screener))
    ev = f["evidence"]
    assert ev["match"] == "國務院\u200b辦公室" and ev["suggestion"] == "国务院办公厅"


def test_longest_term_wins(screener):
    (f,) = list(screen_posts([post("中华人民共和国国务院办公室印发通知")], screener))
    assert f["evidence"]["suggestion"] == "中华人民共和国国务院办公厅"


def test_correct_text_and_exceptions_are_not_flagged(screener):
    clean = "国务院办公厅印发通知，社区免费领取口罩，欢迎市民前往。"
    assert list(screen_posts([post(clean)], screener)) == []
    ad = list(screen_posts([post("免费领取礼品，加微信咨询！")], screener))
    assert {f["evidence"]["term"] for f in ad} == {"免费领取", "加微信咨询"}
    assert all(f["evidence"]["category"] == "advertising" for f in ad)


def test_one_finding_per_post_and_rule(screener):
    findings = list(screen_posts([post("中华人民共合国，中华人民共合国！")], screener))
    assert len(findings) == 1


def test_repost_without_source(screener):
    findings = list(screen_posts([
        post("转发一条重要通知", pid="r1", original=False),
        post("来源：新华社 重要通知", pid="r2", original=False),
        post("重要通知", pid="r3", original=False, source="人民日报"),
        post("//@山东发布: 重要通知", pid="r4", original=False),
    ], screener))
    assert [(f["evidence"]["post_id"], f["evidence"]["rule"]) for f in findings] == [("r1", "repost:no_source")]
    assert findings[0]["reasons"][0] == "转载未注明来源"


def test_detect_screens_only_registered_live_accounts():
    registry = [
        {"platform": "weibo", "account_id": "1001", "name": "山东发布", "status": "active"},
        {"platform": "weibo", "account_id": "1002", "name": "已关停账号", "status": "closed"},
    ]
    posts = [post("乡村振新工作会议", pid="a", account="1001"), post("乡村振新", pid="b", account="1002"),
             post("乡村振新", pid="c", account="9999")]
    ctx = DetectionContext(registry=registry, accounts=[], posts=posts,
                           as_of=datetime(2026, 11, 21, tzinfo=UTC))
    findings = list(detect(ctx))
    assert [(f["account_id"], f["evidence"]["post_id"]) for f in findings] == [("1001", "a")]
    assert "山东发布" in findings[0]["reasons"][1]


def test_hostile_text_is_kept_as_data(screener):
    text = '<script>alert(1)</script>秒杀"><img src=x onerror=alert(1)>'
    (f,) = list(screen_posts([post(text)], screener))
    assert f["evidence"]["match"] == "秒杀" and "</script>秒杀\"><img" in f["evidence"]["context"]


def test_custom_lexicon_dir_replaces_and_adds(tmp_path):
    (tmp_path / "advertising.tsv").write_text("# 本地词库\n特价\t删除\t本地规则\n", encoding="utf-8")
    (tmp_path / "local.tsv").write_text("泉城广场施工\t\t本地关注词\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    terms = {(r.category, r.term) for r in rules}
    assert ("advertising", "特价") in terms and ("advertising", "秒杀") not in terms
    assert ("local", "泉城广场施工") in terms and ("sensitive", "中华人民共合国") in terms


def test_malformed_lexicon_names_file_and_line(tmp_path):
    (tmp_path / "bad.tsv").write_text("好词\n\t建议\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.tsv 第 2 行"):
        load_rules(tmp_path)
    with pytest.raises(LexiconError, match="词库目录不存在"):
        load_rules(tmp_path / "missing")
