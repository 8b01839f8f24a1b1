"""Twenty-fifth session, task content-repost32 (issue #18): a state body's announcement retold, and a province's
first person in a region that has no province.

* An item that opens with a state body announcing (××部公布…, ××总局近日印发通知：…), posted by a unit below the state
  with no source named, no first person of its own and no place of its own region, is the body's news retold.
* 我省 on the account of a body of an autonomous region or a municipality speaks for some province's body.
Every sentence was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import province_voice_absent, repost_hit, state_announcement
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：吴明　审核：郑洁"


def _hit(text: str, unit: str, **fields):
    post = {"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None,
            "source": None} | fields
    return repost_hit(post, unit, None)


@pytest.mark.parametrize("text", [
    "教育部公布首批中小学科学教育示范校名单，全国共210所学校入选。",
    "水利部近日印发通知，部署冬春农田水利建设，要求各地抓住有利时机加快工程进度。（责编：晓峰）",
    "国家林草局日前发布消息，全国今年完成防沙治沙任务三千万亩。" + FOOTER,
    "国家体育总局群众体育中心发布通知：全民健身冬季系列赛将于下月开赛。",
])
def test_a_state_bodys_announcement_retold_is_a_repost(text):
    hit = _hit(text, "威海市水务局")
    assert hit is not None and hit.basis == "other_document"


@pytest.mark.parametrize("text", [
    # the unit's own work beside the news
    "教育部公布首批中小学科学教育示范校名单，我市两所学校入选。",
    "水利部近日印发通知，部署冬春农田水利建设，我局将抓好落实。",
    # the unit's own place named
    "国家林草局日前发布消息，全国今年完成防沙治沙任务三千万亩，荣成完成十二万亩。",
    # a source named
    "教育部公布首批中小学科学教育示范校名单，全国共210所学校入选。（来源：中国教育报）",
    # a headline speaker is read by the set's rule, not here; a bracketed headline is the post's title
    "【教育部发布科学教育典型案例】部长在专题会议上强调，要把科学教育摆在更加突出的位置。",
    "水利部提醒：冬季河道结冰，请勿上冰嬉戏。",
    "水利部发布：冬季河道结冰，请勿上冰嬉戏。",
])
def test_own_work_own_place_a_source_or_a_headline_speaker_is_no_retold_announcement(text):
    assert _hit(text, "威海市水务局") is None


def test_the_state_bodys_own_account_and_a_club_are_not_read():
    assert state_announcement(fold("教育部公布首批中小学科学教育示范校名单。"), "中华人民共和国教育部") is None
    assert state_announcement(fold("足球俱乐部发布冬训安排，全队下周集结。"), "某某市体育局") is None


@pytest.mark.parametrize("unit", ["宁夏回族自治区卫生健康委员会", "上海市卫生健康委员会"])
def test_a_province_voice_where_there_is_no_province_is_anothers(unit):
    assert province_voice_absent(fold("我省卫生健康部门开展冬季义诊活动，服务群众一万余人次。"), unit) == "我省"
    hit = _hit("我省卫生健康部门开展冬季义诊活动，服务群众一万余人次。" + FOOTER, unit)
    assert hit is not None and hit.basis == "other_voice"


def test_a_province_voice_in_a_province_or_in_quoted_words_is_not_read():
    text = "我省卫生健康部门开展冬季义诊活动，服务群众一万余人次。"
    assert province_voice_absent(fold(text), "某某省卫生健康委员会") is None
    assert province_voice_absent(fold("交流会上，邻省代表说：“我省将派出专家团队。”"), "宁夏回族自治区卫生健康委员会") is None
