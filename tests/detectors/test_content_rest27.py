"""Twenty-third session, task content-rest27 (issue #18): two layers' blind spots.

* Reposts: a wire dispatch's dateline opening the text with the agency's name cut off (11月20日电, （北京11月20日电）)
  is agency copy that names no source — the same class as 本报讯 or （完） without the outlet (``WIRE_DATELINE``).
  The agency's own dateline (新华社北京…电) names it; a date without 电, or 电 starting a word (电力, 电网), is none.
* Typos: a prefecture's name followed by the name of a division without the level word (a county-level city under
  it, written 佳木斯抚远 for 佳木斯's 抚远) is two names side by side, not the prefecture's level word misspelt
  (``content_typo._division_across_edge``); the level word replaced by a character that begins no division name
  stays a slip.

Every sentence here was written for these tests (none is taken from an evaluation part).
"""

from __future__ import annotations

import pytest

from detectors.content_repost import repost_hit
from detectors.content_typo import _division_across_edge
from detectors.textnorm import fold

BODY = "国家体育总局近日发布冬季全民健身指南，倡导群众每天参加1小时户外锻炼。"


def _hit(text: str, unit: str = "松川市体育局", account: str = "松川体育"):
    post = {"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None,
            "source": None}
    return repost_hit(post, unit, None, account=account)


@pytest.mark.parametrize("text", [
    "12月3日电 " + BODY,
    "（北京12月3日电）" + BODY,
    "北京12月3日电 " + BODY,
    "【冬季健身】\n12月3日电 " + BODY,
    "12月3日 电 " + BODY,
])
def test_wire_dateline_without_agency_is_outlet_cut(text):
    hit = _hit(text)
    assert hit is not None and hit.basis == "outlet_cut"


@pytest.mark.parametrize("text", [
    "新华社北京12月3日电 " + BODY,                 # the agency named
    "中新社12月3日电 " + BODY,
    "12月3日，" + BODY,                            # a date opening the account's own news
    "12月3日电力抢修队完成线路检修，全市供电恢复正常。",  # 电 begins a word
    BODY + "12月3日电 ",                            # not the opening dateline
])
def test_named_agency_and_plain_dates_are_no_cut_dateline(text):
    hit = _hit(text)
    assert hit is None or hit.basis != "outlet_cut"


def test_wire_dateline_on_a_media_account_is_its_own():
    assert _hit("12月3日电 " + BODY, unit="松川县融媒体中心", account="松川融媒") is None


@pytest.mark.parametrize("text", [
    "佳木斯抚远鲟鳇鱼品牌直供，市民可在平台下单。",   # 佳木斯 + 抚远 (a county-level city of Jiamusi)
    "冬季来佳木斯抚远看东极日出。",
])
def test_prefecture_before_its_county_is_no_slip(finder, text):
    assert not [h for h in finder.find(text) if h.correct == "佳木斯市"]


def test_prefecture_level_word_misspelt_stays_a_slip(finder):
    hits = finder.find("今年佳木斯抚开展冬季农机检修，全市农机手参加培训。")
    assert [(h.wrong, h.correct) for h in hits] == [("佳木斯抚", "佳木斯市")]


def test_division_across_edge_reads_both_edges():
    folded = fold("佳木斯抚远")
    assert _division_across_edge(folded, 0, 4, "佳木斯市")        # 抚 begins 抚远
    assert not _division_across_edge(fold("佳木斯抚开展"), 0, 4, "佳木斯市")
    assert not _division_across_edge(folded, 0, 4, "佳木斯抚")    # nothing changed at the edge
    # a changed first character that ends a division name standing before the span (同江 + 江木斯市)
    assert _division_across_edge(fold("同江木斯市"), 1, 5, "佳木斯市")


@pytest.mark.parametrize("text", [
    "固原原州特色农产品品牌直供，市民可在线下单。",   # 固原 + 原州 (its district), not 固原州 with 原 doubled
    "抚顺顺城区冬季供暖全面启动。",
])
def test_prefecture_before_a_county_sharing_its_last_character_is_no_double(finder, text):
    from detectors.content_typo_double import double_slips

    assert not double_slips(fold(text))
    assert not [h for h in finder.find(text) if h.how == "重复字"]


def test_place_name_character_doubled_before_a_place_word_stays_a_slip():
    from detectors.content_typo_double import double_slips

    assert double_slips(fold("游客可乘车直达温州州站换乘。")) == [(7, 11, "温州站")]
