"""Reposts without a source: every common way of crediting a source or an author, in any position, against
mentions of a medium inside the text and credits that name no one. Texts are written for these tests."""

from __future__ import annotations

import pytest

from detectors.content_repost import is_source_name, refers_to_unit, repost_hit, text_names_source
from detectors.textnorm import fold

BODY = "即日起至12月31日，纳税人可通过个人所得税App确认下一年度专项附加扣除信息，逾期未确认的将暂停扣除。"


def post(text, *, original=None, pid="p1"):
    return {"platform": "wechat", "account_id": "acct", "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": original, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


@pytest.mark.parametrize("credit", [
    # publication statements: in brackets, at a line's start, or with the text as subject
    "（本文刊发于中国政府网）",
    "本文刊载于《经济日报》2026年11月18日第3版",
    "该文发表于《求是》杂志2026年第22期",
    "原载于湖北日报客户端",
    "（刊登于海南日报）",
    "本文首发于“宜昌发布”微信公众号",
    "文章转发自“湖北发布”",
    "本文分享自川观新闻客户端",
    # a credit at the end of the text: an outlet by name or shape, a body, an account
    "\n\n（经济日报）",
    "（宜昌日报）",
    "（莒县融媒体中心）",
    "（泰安市生态环境局）",
    "\n——荆州市应急管理局",
    "\n—— 《人民日报》",
    "\n（“宜昌发布”微信公众号）",
    "（@中国气象局）",
    "（宁波市气象台供稿）",
    "\n黄石市卫生健康委员会供稿",
    # credit lines naming an outlet or a body (after 文/图/视频/作者/供稿/出品)
    "\n文/大众日报记者 王磊",
    "\n图/新华社",
    "\n视频：闪电新闻",
    "\n作者：光明日报评论员",
    "\n供稿：金华市农业农村局",
    "\n出品｜潮新闻",
    "\n图文｜莱芜区融媒体中心",
    # bylines and openers of an outlet
    "\n湖南日报全媒体记者 周卫 报道",
    "（南方日报记者 陈平）",
    # a link to the original, a licence to reprint, a source in the editor's footer
    "\n原文链接：https://www.gov.cn/zhengce/2026-11/18/content_1.htm",
    "\n经人民日报授权转载",
    "\n来源：人民日报　编辑：张三　审核：李四",
    "\n—摘自《学习时报》",
    "\n综合：新华社、人民日报",
    "\n以上内容来自央视新闻",
    "\n*本文内容来自新华社",
    "\n文字来源丨人民日报",
    "\n新华社发（记者 王鹏 摄）",
    "。据荆楚网消息，全市已完成排查。",
])
def test_credit_names_the_source(credit):
    assert text_names_source(fold(BODY + credit))


@pytest.mark.parametrize("opener", ["红网讯（记者 刘明）", "中国江西网讯(记者 陈曦) ", "新华网讯 "])
def test_outlet_opener_with_a_byline_in_brackets(opener):
    assert text_names_source(fold(opener + BODY))


@pytest.mark.parametrize("credit", [
    "\n作者：林晓",                     # a person is no publisher
    "\n文/周敏　编辑/王强",
    "\n编辑：商琳　审核：仝辉",
    "（完）",
    "\n阅读原文",
    "（内容综合整理）",
    "（某平台）",
    "\n（本活动由合作银行提供）",        # a sentence in brackets, not a credit
    "（网友供图）",
    "（信息发布）",                     # a common noun, not a release account
    "\n文章来源于网络",
    "\n本文作者系特约评论员",
    "\n转载请注明出处",
    "\n（记者 王鹏 摄）",                  # a byline without its outlet
    "\n综合分析，全市已完成排查。",
])
def test_credits_that_name_no_source(credit):
    assert not text_names_source(fold(BODY + credit))


@pytest.mark.parametrize("text", [
    "市长在接受新华社记者采访时表示，" + BODY,                       # an outlet mentioned inside a sentence
    BODY + "欢迎关注“宜昌发布”微信公众号获取更多信息。",              # an account recommended, not credited
    "该研究成果发表于《柳叶刀》杂志。" + BODY,                        # a publication the text talks about
    BODY + "咨询电话：12345（市政务服务中心）",                       # a contact, not a credit
    "据了解，" + BODY,
    "数据来源：国家统计局。" + BODY,                                  # a data provider, not the text's source
])
def test_mentions_inside_the_text_are_no_credit(text):
    assert not text_names_source(fold(text))


def test_a_flagged_repost_is_cleared_by_a_credit_and_only_by_one():
    assert repost_hit(post(BODY, original=False), "宜昌市税务局", None) is not None
    assert repost_hit(post(BODY + "\n\n（经济日报）", original=False), "宜昌市税务局", None) is None
    assert repost_hit(post(BODY + "\n\n作者：林晓", original=False), "宜昌市税务局", None) is not None


@pytest.mark.parametrize(("name", "expected"), [
    ("人民日报", True), ("大众日报记者 王磊", True), ("莒县融媒体中心", True), ("济南发布", True),
    ("“宜昌发布”微信公众号", True), ("@央视新闻", True), ("泰安市生态环境局供稿", True), ("宜昌日报", True),
    ("林晓", False), ("完", False), ("内容综合整理", False), ("某平台", False), ("互联网", False),
    ("本活动由合作银行提供", False),
])
def test_source_names(name, expected):
    assert is_source_name(fold(name)) is expected


@pytest.mark.parametrize(("mention", "unit", "expected"), [
    ("省住房城乡建设厅", "山东省住房和城乡建设厅", True),     # generic place, 和 left out
    ("山东省住房和城乡建设厅", "山东省住房和城乡建设厅", True),
    ("市公安局", "临沂市公安局", True),
    ("住房城乡建设部", "山东省住房和城乡建设厅", False),       # another level
    ("济南市住房城乡建设局", "山东省住房和城乡建设厅", False),
    ("市住房城乡建设局", "山东省住房和城乡建设厅", False),     # 市 in a province's text
    ("省公安厅", "临沂市公安局", False),
    ("青岛市公安局", "临沂市公安局", False),
    ("市中区教育局", "枣庄市教育局", False),                   # a district named 市中区 is no generic 市
])
def test_refers_to_unit(mention, expected, unit):
    assert refers_to_unit(mention, unit) is expected


def test_reporter_opener_from_the_units_own_department_is_own_news():
    text = "记者从省住房城乡建设厅获悉，截至11月底，全省老旧小区改造任务已全部开工。"
    assert repost_hit(post(text), "山东省住房和城乡建设厅", None) is None
    hit = repost_hit(post(text), "滨州市人民政府新闻办公室", None)      # someone else's reporter
    assert hit is not None and hit.basis == "outlet_cut"
    hit = repost_hit(post("记者从交通运输部获悉，" + BODY), "广东省交通运输厅", None)
    assert hit is not None and hit.basis == "outlet_cut"


def test_outlet_opener_on_a_media_unit_is_its_own_news():
    text = "本台消息　全县冬季供暖今日正式启动，各供热站点已完成设备检修。"
    assert repost_hit(post(text), "莒县融媒体中心", None) is None
    hit = repost_hit(post(text), "莒县教育和体育局", None)
    assert hit is not None and hit.basis == "outlet_cut"
    # a reporter's byline without the outlet on a government account names no source
    hit = repost_hit(post("（记者 王磊 通讯员 李强）" + BODY), "莒县教育和体育局", None)
    assert hit is not None and hit.basis == "outlet_cut"


def test_own_sub_unit_credited_as_author():
    text = "我支队民警在城区开展冬季交通安全宣传，发放资料2000余份。"
    assert repost_hit(post(text + "（宜昌市公安局交通警察支队）"), "宜昌市公安局", None) is None
    hit = repost_hit(post(text), "宜昌市公安局", None)              # uncredited: another body's voice
    assert hit is not None and hit.basis == "other_voice"
