"""Sixteenth session, task content-repost20: reposts — who provided the material named as its source (素材提供,
图片提供, 图源; 数据来源 names a data provider only), @所有人 addressing the readers (no account), an association's or
a commission's 我会, a document co-issued with a state body (我委联合国家××局印发), a district named bare as the first
person's home ground (我局在××区…), 本校/本市 after 各学校/各市 (each addressee's own), and a caption condensing another
unit's warning phrase by phrase. Every sentence was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import (
    OverlapIndex,
    national_voice,
    repost_hit,
    text_names_source,
    vague_source,
    voice_elsewhere,
)
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：李青　审核：王川"
WARNING = "临近春节，不法分子冒充快递客服，以“包裹丢失理赔”为由诱导群众点击链接、共享屏幕。请牢记：正规客服不会索要验证码。"


def wechat(text, account="acct", pid="p1", created="2026-11-20T10:00:00+08:00"):
    return {"platform": "wechat", "account_id": account, "post_id": pid, "text": text, "is_original": None,
            "created_at": created, "source": None}


# ---- who provided the material, named as the source -------------------------------------------------------

@pytest.mark.parametrize("line", ["素材提供：省应急管理厅", "图片提供：新华社", "资料提供｜市气象台", "内容提供：市消防救援支队",
                                  "视频提供：县融媒体中心", "图源：人民日报", "素材支持：中国气象局",
                                  "本文素材来自中国气象局", "照片提供：市文物局"])
def test_who_provided_the_material_names_the_source(line):
    text = WARNING + "\n\n" + line + FOOTER
    assert text_names_source(fold(text)), line
    assert repost_hit(wechat(text), "某某市公安局", None) is None


@pytest.mark.parametrize("line", ["图片提供：网络", "素材提供：网友", "资料提供：网上", "图源网络"])
def test_material_provided_by_no_one_named_is_vague(line):
    text = WARNING + "\n\n" + line + FOOTER
    assert vague_source(fold(text)), line
    assert not text_names_source(fold(text))


@pytest.mark.parametrize("line", ["图片提供：李明", "技术支持：某科技公司", "文字整理：王芳", "数据来源：国家统计局"])
def test_a_person_or_a_contractor_names_no_source(line):
    assert not text_names_source(fold(WARNING + "\n\n" + line + FOOTER)), line


def test_the_material_credit_keeps_a_copy_of_another_units_text_clean():
    source = wechat(WARNING, account="src", pid="s1", created="2026-11-19T10:00:00+08:00")
    copy = wechat(WARNING + "\n\n素材提供：甘肃省公安厅刑侦总队", account="acct", pid="c1")
    bare = wechat(WARNING, account="other", pid="c2")
    index = OverlapIndex([source, copy, bare], lambda p: p["account_id"])
    assert repost_hit(copy, "某某市公安局", index) is None
    hit = repost_hit(bare, "某某县公安局", index)
    assert hit is not None and hit.basis == "overlap"


# ---- @所有人 is an address, not an account ----------------------------------------------------------------------

@pytest.mark.parametrize("opener", ["@所有人：", "@全体成员 ", "@大家 "])
def test_an_address_to_everyone_names_no_account(opener):
    assert not text_names_source(fold(opener + "明起供暖，请检查家中暖气阀门。"))


def test_an_account_mentioned_at_the_start_still_names_it():
    assert text_names_source(fold("@中国气象局 明起供暖，请检查家中暖气阀门。"))


# ---- 我会 -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我会将于明年3月举办第五届青少年机器人挑战赛，欢迎各校组队参加。",
                                  "我会联合市图书馆举办冬季读书月活动。", "我会会员单位今年新增42家。"])
def test_an_associations_voice_on_a_departments_account_is_a_repost(text):
    hit = repost_hit(wechat(text), "某某省教育厅", None)
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("unit", ["某某市科学技术协会", "某某市卫生健康委员会", "某某省作家协会"])
def test_a_body_named_会_speaks_as_我会(unit):
    assert repost_hit(wechat("我会将于明年3月举办第五届青少年机器人挑战赛。"), unit, None) is None


@pytest.mark.parametrize("text", ["我会将这些意见带回去认真研究。", "市民张女士说：“我会将孩子送到托管班。”",
                                  "本会议纪要经参会单位审定后印发。", "我会在今后的工作中加倍努力。"])
def test_我会_as_i_will_is_no_bodys_voice(text):
    assert repost_hit(wechat(text), "某某省教育厅", None) is None


# ---- a document co-issued with a state body ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["近日，我委联合国家疾控局印发《关于加强冬春季传染病防控的通知》。",
                                  "我局会同财政部、农业农村部联合印发《耕地地力保护补贴管理办法》。",
                                  "我部与人力资源社会保障部联合发布新职业信息。"])
def test_a_document_co_issued_with_a_state_body_is_a_national_voice(text):
    assert national_voice(fold(text), "某某市卫生健康委员会")
    hit = repost_hit(wechat(text), "某某市卫生健康委员会", None)
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("text", ["我局会同国家税务总局某某市税务局印发《办税指南》。",
                                  "我厅会同省委宣传部联合印发《关于开展读书活动的通知》。",
                                  "我委认真落实国家发展改革委印发的实施方案。", "我局与有关部门联合印发工作方案。",
                                  "我局联合中国人民银行某某分行印发《关于优化支付服务的通知》。"])
def test_co_issuing_with_a_local_body_or_following_a_state_body_is_the_units_own(text):
    assert national_voice(fold(text), "某某市卫生健康委员会") is None


def test_a_state_body_co_issues_its_own_documents():
    assert national_voice(fold("我委联合国家疾控局印发《通知》。"), "国家卫生健康委员会") is None


# ---- a district named bare as the first person's home ground -------------------------------------------------

def test_a_bare_district_of_another_city_is_the_speakers_home():
    # 雁塔区 and 未央区 are Xi'an's: on Xianyang's police account, 我局 is Xi'an's bureau
    assert voice_elsewhere(fold("近日，我局在雁塔区、未央区开展夜查行动，查处酒驾15起。"), "咸阳市公安局") == "雁塔区"


@pytest.mark.parametrize("text", ["近日，我局在西安市雁塔区开展联合执法行动。", "近日，我局民警赴雁塔区将嫌疑人抓获。",
                                  "我局在西安举办招商推介会。", "近日，我局在秦都区、渭城区开展夜查行动。"])
def test_a_place_said_as_away_or_the_units_own_districts_are_no_other_voice(text):
    assert voice_elsewhere(fold(text), "咸阳市公安局") is None


# ---- 本校 after 各学校: each addressee's own ---------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("请各学校组织本校教职工参加线上安全培训，培训结果纳入年度考核。", "某某市教育局"),
    ("请各市农业农村局组织本市种植大户参加冬季农技培训。", "某某省农业农村厅"),
    ("每所医院要对本院的消防设施开展一次全面检查。", "某某市卫生健康委员会"),
])
def test_本_after_各_is_each_addressees_own(text, unit):
    assert repost_hit(wechat(text), unit, None) is None


@pytest.mark.parametrize("text, unit", [("本校将于下周一举行开学典礼。", "某某市教育局"),
                                        ("本市今年新增城镇就业5.2万人。", "某某省人力资源和社会保障厅"),
                                        ("各地要抓好安全生产。本校将于下周举行消防演练。", "某某市教育局")])
def test_本_standing_alone_is_still_the_posts_voice(text, unit):
    hit = repost_hit(wechat(text), unit, None)
    assert hit is not None and hit.basis == "other_voice"


# ---- a caption condensing another unit's warning, phrase by phrase -------------------------------------------

SOURCE_WARNING = ("【市气象台发布暴雪黄色预警】受冷空气影响，12月3日至5日，我省北部地区将出现大范围降雪，积雪深度普遍达5～8厘米，"
                  "陕北等地局地超过10厘米，并伴有5～6级大风。请减少不必要的外出，驾车注意防滑慢行。")


def test_a_caption_keeping_three_phrases_of_a_warning_is_a_copy():
    source = wechat(SOURCE_WARNING, account="src", pid="s1", created="2026-12-02T10:00:00+08:00")
    caption = wechat("暴雪要来了！12月3日至5日，积雪深度普遍达5～8厘米，陕北等地局地超过10厘米，请减少不必要的外出，驾车注意防滑慢行。",
                     account="acct", pid="c1", created="2026-12-02T15:00:00+08:00")
    hit = repost_hit(caption, "某某市人民政府新闻办公室", OverlapIndex([source, caption], lambda p: p["account_id"]))
    assert hit is not None and hit.basis == "overlap"


def test_shared_advice_phrases_alone_are_no_copy():
    source = wechat(SOURCE_WARNING, account="src", pid="s1", created="2026-12-02T10:00:00+08:00")
    own = wechat("今天我市城区道路积雪已清理完毕，环卫工人连夜作业。气温仍低，请减少不必要的外出，驾车注意防滑慢行。"
                 "市公安局交警支队已在主要路口增派警力。", account="acct", pid="o1", created="2026-12-02T15:00:00+08:00")
    assert repost_hit(own, "某某市人民政府新闻办公室", OverlapIndex([source, own], lambda p: p["account_id"])) is None
