"""Nineteenth session, task content-fp23: clean posts read as bad ones, fixed by mechanism.

Reposts: a source named in ways the rules did not know — 来自“<publisher>”的提示 at the start, 原文链接 naming the site
(no address), the account's own dateline over its reporter's byline (××发布讯（记者 …）), a headline speaker that is the
body running the copied account (its platform-verified runner); a document whose issuer is the unit's own name with one
character slipped is the unit's own. Entertainment: a gossip word quoted in an enforcement case or a warning is reported,
not used; a gossip word naming the seller in an ad (网红主播) is the ad's wording. (Typos: test_content_fp23_typo.py.)
Every sentence was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_repost import OverlapIndex, own_dateline, repost_hit, runs_account, text_names_source
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季防火安全提示\n\n编辑：周明　审核：吴芳"


def post(text: str, pid: str = "1", account: str = "a", created: str = "2026-11-20T10:00:00+08:00",
         original=None) -> dict:
    return {"platform": "wechat", "account_id": account, "post_id": pid, "text": text, "is_original": original,
            "source": None, "created_at": created}


# ---- 来自“X” at the start names the publisher ------------------------------------------------------------------

TIP = "今冬寒潮频繁，各地要加强供暖设施巡查，发现燃气泄漏立即关闭阀门、开窗通风，并拨打燃气公司抢修电话。"


@pytest.mark.parametrize("opener", ["来自“健康中国”的提示：", "来自“中国气象局”微信公众号：", "（来自“平安江城”）",
                                    "以下内容来自“国家防灾减灾救灾委员会办公室”："])
def test_from_a_quoted_publisher_names_the_source(opener):
    assert text_names_source(fold(opener + "\n\n" + TIP))


@pytest.mark.parametrize("text", ["来自“最美家乡”的问候：" + TIP,  # no publisher by name
                                  "本次培训的学员来自“绿色学校”和各社区。" + TIP,  # 来自 inside a sentence
                                  "来自全省的120名选手参赛。" + TIP])
def test_from_something_that_cannot_publish_names_none(text):
    assert not text_names_source(fold(text))


# ---- other forms of naming the publisher: its site or account as the opener, 来自：X, 转载来源, a quoted announcer --

@pytest.mark.parametrize("text", ["据国家林业和草原局官网，" + TIP, "国家林草局微信公众号消息，" + TIP,
                                  "国家林业和草原局网站消息：" + TIP, TIP + "\n（来自：中国林业）",
                                  TIP + "\n原文来自：中国林业", "转载来源：中国林业\n" + TIP, TIP + "——来自中国林业",
                                  "以下为“中国林业”发布的提示：\n" + TIP, "“中国林业”公众号今日发布提醒：\n" + TIP,
                                  "转发“平安江城”提醒：\n" + TIP])
def test_more_forms_naming_the_publisher(text):
    assert text_names_source(fold(text))


@pytest.mark.parametrize("text", ["据相关网站，" + TIP, "“温暖过冬”提醒：" + TIP, "来自：网友\n" + TIP,
                                  TIP + "——来自一线的报道", "本次活动的选手来自：全市各社区。" + TIP])
def test_the_same_forms_naming_no_publisher_name_none(text):
    assert not text_names_source(fold(text))


# ---- 原文链接 naming the site ------------------------------------------------------------------------------------

def test_an_original_link_naming_the_site_names_the_source():
    text = "【转载】交通运输部发布春运出行服务指南（原文链接：交通运输部政府门户网站），请旅客合理安排行程。" + FOOTER
    assert text_names_source(fold(text))
    assert repost_hit(post(text), "某某市交通运输局", None) is None


@pytest.mark.parametrize("link", ["原文链接：见文末", "原文链接：点击这里"])
def test_an_original_link_naming_nothing_names_none(link):
    assert not text_names_source(fold(f"【转载】春运出行服务指南发布（{link}），请旅客合理安排行程。"))


# ---- the account's own dateline ----------------------------------------------------------------------------------

OWN_REPORT = "江城发布讯（记者 林晓）12月3日，全市冬季安全生产培训在市会议中心举行，800余名企业负责人参训。"


def test_the_accounts_own_dateline_makes_the_reporter_its_own():
    assert own_dateline(fold(OWN_REPORT), "江城发布", "江城市人民政府新闻办公室")
    assert repost_hit(post(OWN_REPORT), "江城市人民政府新闻办公室", None, account="江城发布") is None


def test_a_byline_under_another_or_no_dateline_is_still_an_outlet_cut():
    other = OWN_REPORT.replace("江城发布讯", "江城晚报讯")
    assert text_names_source(fold(other))  # another outlet's dateline names that outlet
    bare = OWN_REPORT.replace("江城发布讯", "")
    hit = repost_hit(post(bare), "江城市人民政府新闻办公室", None, account="江城发布")
    assert hit is not None and hit.basis == "outlet_cut"
    assert not own_dateline(fold("湖滨发布讯（记者 林晓）全市…"), "江城发布", "江城市人民政府新闻办公室")


# ---- a headline speaker that runs the copied account -----------------------------------------------------------

GUIDE = ("低温雨雪天气安全防范指南\n\n出行：尽量减少外出，必须出行时优先选择公共交通，驾车减速慢行、不急刹不猛拐。\n"
         "居家：检查门窗和取暖设施，谨防一氧化碳中毒，储备必要的食物、饮用水和药品。\n"
         "农业：加固蔬菜大棚和畜禽圈舍，及时清除棚顶积雪。")


def _index(runner: str):
    source = post(GUIDE, "s1", "ministry", "2026-11-18T09:00:00+08:00")
    names = {"ministry": "中国防灾"}
    runners = {"ministry": runner}
    return source, lambda copy: OverlapIndex([source, copy], lambda p: p["account_id"],
                                             lambda p: names.get(p["account_id"], ""),
                                             lambda p: runners.get(p["account_id"], ""))


def test_a_speaker_running_the_copied_account_names_the_source():
    _source, index = _index("中华人民共和国应急管理部")
    copy = post("应急管理部提醒：" + GUIDE.split("\n\n", 1)[1], "c1", "city")
    assert repost_hit(copy, "某某市应急管理局", index(copy)) is None


def test_a_short_form_of_the_body_running_the_copied_account_names_the_source():
    _source, index = _index("中华人民共和国国家卫生健康委员会")
    copy = post("国家卫健委提醒：" + GUIDE.split("\n\n", 1)[1], "c1", "city")
    assert repost_hit(copy, "某某市卫生健康委员会", index(copy)) is None
    assert runs_account("国家卫健委", "中华人民共和国国家卫生健康委员会")
    assert not runs_account("国家卫健局", "中华人民共和国国家卫生健康委员会")  # another kind of body
    assert not runs_account("卫健委", "")


def test_a_speaker_who_does_not_run_the_copied_account_names_none():
    _source, index = _index("中华人民共和国应急管理部")
    copy = post("市气象局提醒：" + GUIDE.split("\n\n", 1)[1], "c1", "city")
    hit = repost_hit(copy, "某某市应急管理局", index(copy))
    assert hit is not None and hit.basis == "overlap"


# ---- the unit's own name with one character slipped ------------------------------------------------------------

DOC = ("{issuer}关于开展冬季供暖安全专项检查的通知\n\n各市住房和城乡建设局：\n为做好今冬供暖保障，决定自12月起开展专项检查，"
       "重点检查供热管网和换热站运行情况。" + FOOTER)


def test_the_units_own_name_slipped_is_still_its_own_document():
    hit = repost_hit(post(DOC.format(issuer="江南省住房和城多建设厅")), "江南省住房和城乡建设厅", None)
    assert hit is None


@pytest.mark.parametrize("issuer, unit", [("江北省住房和城乡建设厅", "江南省住房和城乡建设厅"),  # another province
                                          ("江南省教育厅", "江南省体育厅")])  # a short field: another body
def test_another_bodys_document_stays_a_repost(issuer, unit):
    hit = repost_hit(post(DOC.format(issuer=issuer)), unit, None)
    assert hit is not None and hit.basis == "other_document"


# ---- gossip words reported, and the seller named by one ------------------------------------------------------

RULES = ContentRules.load(ime=None)


def classes(text: str) -> set[str | None]:
    return {h.cls for h in _hits(text, RULES)}


def test_a_gossip_word_quoted_in_an_enforcement_case_is_reported():
    assert "entertainment" not in classes("“网红同款”羽绒服涉嫌以次充好，市场监管部门立案调查，涉及货值30余万元。")


def test_a_gossip_word_unquoted_or_quoted_without_a_case_stays_gossip():
    assert "entertainment" in classes("今晚的网红是谁？小编带你认识一下，快来评论区猜猜！")
    assert "entertainment" in classes("这位“网红”小哥哥又上热搜了，大家快来围观评论。")


def test_a_gossip_word_naming_the_seller_in_an_ad_is_the_ads_wording():
    found = classes("今晚7点直播间，网红主播带你抢年货，腊肉香肠统统19块9，点击下方小黄车下单！")
    assert "ad" in found and "entertainment" not in found
