"""Eighteenth session, task content-fp22: a handle joined by a hyphen (微信：xxxx-edu2026) is an account id, not a
pinyin-initial abbreviation of slang (``content_patterns.abbreviation_hits``); a scam warning that quotes the gossip it
is baited with (“顶流恋情曝光”链接别乱点) is no gossip (``content._hits``). Sentences written for these tests."""

from __future__ import annotations

from detectors.content import ContentRules, _hits
from detectors.content_patterns import abbreviation_hits


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in abbreviation_hits(text)]


def test_a_hyphenated_handle_is_no_slang():
    assert spans("咨询请加课程顾问微信：hxjy-kids2026，名额有限。") == []


def test_slang_beside_a_hyphen_before_chinese_is_still_slang():
    assert spans("周末去公园玩，真的 xswl，下次还来") == ["xswl"]
    assert spans("年终冲刺 yyds-冲冲冲") == ["yyds"]  # a hyphen before Chinese joins nothing


RULES = ContentRules.load(ime=None)


def classes(text: str) -> set[str | None]:
    return {h.cls for h in _hits(text, RULES)}


def test_a_scam_warning_quoting_gossip_bait_is_no_gossip():
    assert "entertainment" not in classes("【防骗“吃瓜”提醒】朋友圈里“顶流恋情曝光”的链接别乱点，多是钓鱼网站，点开就可能被盗号。")


def test_gossip_in_a_warning_post_unquoted_or_without_a_warning_stays_gossip():
    # unquoted: the account itself tells the gossip
    assert "entertainment" in classes("谨防诈骗！今天吃瓜：顶流恋情曝光，大家快来围观评论。")
    # quoted, but no scam is warned of
    assert "entertainment" in classes("今日话题“顶流恋情曝光”，你怎么看？评论区聊聊。")
