"""Records that reach a detection run unchecked (from the store or an in-memory caller) are checked first: a malformed
one is set aside with an error naming it and its field, and the others are detected as usual."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import detectors.run as runner
from detectors.context import DetectionContext

AS_OF = datetime(2026, 11, 2, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
REGISTRY = [{"unit": "某某市公安局", "platform": "weibo", "account_id": "1", "name": "某某市公安局",
             "filed_at": "2020-01-01", "region": "某某省某某市"}]


def _account(account_id: str, name, **extra) -> dict:
    return {"platform": "weibo", "account_id": account_id, "name": name, "posts_count": 10, **extra}


def test_a_malformed_account_is_set_aside_and_named_and_the_others_are_detected(cfg):
    accounts = [_account("1", "某某市公安局"), _account("2", "某某市公安局官方客服"),
                _account("3", 12345), _account("4", "某某市公安局", description=["不是文本"]),
                _account("5", "某某市公安局", followers=True)]
    ctx = DetectionContext(registry=REGISTRY, accounts=accounts, as_of=AS_OF, cfg=cfg)
    result = runner.run_detectors(ctx, ["impostor"])
    assert [f["account_id"] for f in result.findings] == ["2"]
    assert len(result.errors) == 3
    assert "'weibo'/'3'" in result.errors[0] and "字段 name" in result.errors[0] and "整数" in result.errors[0]
    assert "'weibo'/'4'" in result.errors[1] and "字段 description" in result.errors[1]
    assert "'weibo'/'5'" in result.errors[2] and "字段 followers" in result.errors[2] and "布尔值" in result.errors[2]
    assert all("已跳过、未检测" in e for e in result.errors)
    assert len(ctx.accounts) == 5  # the caller's context is not changed


def test_records_that_are_not_objects_or_lack_their_keys_are_named_by_position(cfg):
    ctx = DetectionContext(registry=REGISTRY, accounts=[_account("1", "某某市公安局"), "一行文本",
                                                        {"platform": "weibo", "name": "某某市公安局"}],
                           posts=[{"platform": "weibo", "account_id": "1", "post_id": "p1", "text": 7}],
                           as_of=AS_OF, cfg=cfg)
    result = runner.run_detectors(ctx, ["impostor", "content"])
    assert any("账号记录 第 2 条" in e and "不是对象" in e for e in result.errors)
    assert any("缺少必填字段 account_id" in e for e in result.errors)
    assert any(e.startswith("帖子记录 'weibo'/'1'") and "字段 text" in e for e in result.errors)
    assert not any("运行出错" in e for e in result.errors)  # no detector crashed


def test_well_formed_records_keep_the_context_itself(cfg):
    ctx = DetectionContext(registry=REGISTRY, accounts=[_account("1", "某某市公安局")], as_of=AS_OF, cfg=cfg)
    errors: list[str] = []
    assert runner.checked_context(ctx, errors) is ctx and errors == []


def test_many_malformed_records_are_listed_up_to_the_limit_then_counted(cfg):
    bad = [_account(str(i), i) for i in range(100, 100 + runner.MAX_MALFORMED_LISTED + 7)]
    errors: list[str] = []
    checked = runner.checked_context(DetectionContext(registry=REGISTRY, accounts=bad, as_of=AS_OF, cfg=cfg), errors)
    assert checked.accounts == []
    assert len(errors) == runner.MAX_MALFORMED_LISTED + 1 and errors[-1] == "另有 7 条账号记录格式错误，已跳过、未检测"


def test_a_post_a_rule_fails_on_is_skipped_named_and_the_others_screened(cfg, monkeypatch):
    """A defect of one content rule on one text nobody foresaw must not take the content detector down for every post
    (as an IndexError in content_repost once did): that post is named in the run's errors, the others are screened."""
    import detectors.content as content

    real = content.repost_hit

    def fails_on_one(post, *args, **kwargs):
        if post["post_id"] == "p2":
            raise IndexError("string index out of range")
        return real(post, *args, **kwargs)

    monkeypatch.setattr(content, "repost_hit", fails_on_one)
    posts = [{"platform": "weibo", "account_id": "1", "post_id": pid, "created_at": "2026-10-30T09:00:00+08:00",
              "text": "点击链接领取优惠券，全场五折，下单立减"} for pid in ("p1", "p2", "p3")]
    ctx = DetectionContext(registry=REGISTRY, accounts=[_account("1", "某某市公安局")], posts=posts, as_of=AS_OF,
                           cfg=cfg)
    result = runner.run_detectors(ctx, ["content"])
    assert sorted({f["evidence"]["post_id"] for f in result.findings}) == ["p1", "p3"]
    assert result.errors == ["帖子 weibo/1/p2 内容检查出错，已跳过：IndexError: string index out of range"]
    again = runner.run_detectors(ctx, ["content"])  # the same context run twice: its own errors only
    assert again.errors == result.errors


def test_store_shaped_records_pass_discovered_by_as_the_keyword_or_every_keyword(cfg, tmp_path):
    """``discovered_by`` is the keyword or the list of keywords that found the account (docs/ARCHITECTURE.md; the crawler
    stores a list): both are well formed, in the run's check and in the accounts file reader; a list holding a number
    is not."""
    import json

    from detectors.io import InputFileError, read_accounts

    good = [_account("1", "某某市公安局", discovered_by=["公安局", "某某市公安"]),
            _account("2", "某某市公安局官方客服", discovered_by="公安局")]
    errors: list[str] = []
    ctx = DetectionContext(registry=REGISTRY, accounts=good, as_of=AS_OF, cfg=cfg)
    assert runner.checked_context(ctx, errors) is ctx and errors == []
    checked = runner.checked_context(DetectionContext(
        registry=REGISTRY, accounts=good + [_account("3", "某某市公安局", discovered_by=["公安局", 3])], as_of=AS_OF,
        cfg=cfg), errors)
    assert [a["account_id"] for a in checked.accounts] == ["1", "2"]
    assert len(errors) == 1 and "字段 discovered_by 应为文本或文本的列表，其中有整数" in errors[0]
    path = tmp_path / "accounts.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in good), encoding="utf-8")
    assert [a["discovered_by"] for a in read_accounts(path)] == [["公安局", "某某市公安"], "公安局"]
    path.write_text(json.dumps(_account("3", "某某市公安局", discovered_by=[3]), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputFileError, match="discovered_by"):
        read_accounts(path)


@pytest.mark.parametrize("value", ["文本", 7, 1.5, True, {}, {"a": 1}, [], ["文本"], None])
def test_the_fast_types_agree_with_the_full_check(value):
    """``core.inputs.EXACT_TYPES`` (the run's fast pass by record shape) accepts a value exactly when ``type_problem``
    does (a list of texts: its items are checked apart)."""
    from core.inputs import EXACT_TYPES, type_problem

    for kind, exact in EXACT_TYPES.items():
        assert (value is None or type(value) in exact) == (type_problem("f", value, kind) is None), (kind, value)
