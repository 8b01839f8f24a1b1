"""Reposts without a source, seventh session: reprint and authorisation statements in their common forms, a credit
naming a public body's account by its shape (place + field) at the end, and the first person of the registered unit
and of its own sub-units. Texts are written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import place_named_body, repost_hit, text_names_source
from detectors.textnorm import fold

BODY = "入冬以来，全市供暖管网已完成检修，各换热站运行平稳，居民如遇室温不达标可拨打供热服务热线反映。"


def post(text, *, original=None, pid="p1"):
    return {"platform": "weibo", "account_id": "acct", "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": original, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


# --- reprint and authorisation statements -----------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "经授权转载自“平安江城”\n\n",
    "本文经授权转载自“宜宾发布”微信公众号\n",
    "授权转载：荆门市交通运输局\n",
    "本文由“健康湖北”授权发布\n",
    "已获江汉区融媒体中心授权转载。\n",
    "转载已获得“长江日报”授权\n",
    "经 十堰市气象台 授权转发\n",
])
def test_reprint_statement_names_the_source(statement):
    assert text_names_source(fold(statement + BODY))
    assert text_names_source(fold(BODY + "\n" + statement.strip()))


@pytest.mark.parametrize("statement", [
    "经授权转载\n",               # authorised by whom? no one is named
    "本文已获授权\n",
    "经作者授权转载\n",            # a person is no publisher
    "经本人授权发布\n",
    "未经授权不得转载\n",           # a notice to others, not a credit
    "转载请注明出处\n",
])
def test_reprint_statement_without_a_publisher_names_none(statement):
    assert not text_names_source(fold(statement + BODY))


# --- a public body's account name in a closing credit ------------------------------------------------------------

@pytest.mark.parametrize("credit", ["\n——中国气象服务", "\n—— 平安荆州", "\n——健康中国", "\n-- 宜昌文旅",
                                    "（国家防灾减灾）"])
def test_closing_credit_with_an_account_name(credit):
    assert text_names_source(fold(BODY + credit))


@pytest.mark.parametrize("credit", ["\n——张北", "\n——王宜昌", "\n——济南市民王先生", "（全国通用）", "（全国统一）",
                                    "\n——致敬坚守岗位的宜昌交警"])
def test_closing_dash_with_no_publisher(credit):
    assert not text_names_source(fold(BODY + credit))


def test_place_named_body_shape():
    assert place_named_body("中国应急服务") and place_named_body("健康宜昌") and place_named_body("荆州公安")
    assert not place_named_body("李荆州") and not place_named_body("荆州") and not place_named_body("青岛网友小李")


# --- first person of the unit and of its own sub-units -----------------------------------------------------------

DETACHMENT = "我支队本周在全市开展夜查行动，查处酒驾违法行为21起。"


def test_sub_unit_voice_under_the_units_own_voice():
    assert repost_hit(post(DETACHMENT + "我局提醒：饮酒后切勿驾车。"), "宜昌市公安局", None) is None
    assert repost_hit(post("本局所属执法大队对辖区渣土车开展检查。本局将持续加强监管。"), "宜昌市城市管理局", None) is None


def test_sub_unit_named_as_the_units():
    assert repost_hit(post("市公安局交警支队通报：" + DETACHMENT), "宜昌市公安局", None) is None


def test_sub_unit_voice_alone_is_another_bodys():
    hit = repost_hit(post(DETACHMENT), "宜昌市公安局", None)
    assert hit is not None and hit.basis == "other_voice"
    # a sub-unit's voice under a body of another kind is no sub-unit of this one
    hit = repost_hit(post(DETACHMENT + "我局提醒：饮酒后切勿驾车。"), "宜昌市交通运输局交通运输综合执法支队", None)
    assert hit is not None and hit.basis == "other_voice"


def test_headline_speaker_of_another_place_owns_the_first_person():
    text = "【襄阳警方】近日，我局破获一起冒充客服诈骗案，抓获犯罪嫌疑人8名。"
    hit = repost_hit(post(text), "宜昌市公安局", None)
    assert hit is not None and hit.basis == "other_voice" and "襄阳警方" in hit.reason
    # the unit's own place (or its province) as the speaker: its own release
    assert repost_hit(post(text.replace("襄阳", "宜昌")), "宜昌市公安局", None) is None
    assert repost_hit(post(text.replace("襄阳警方", "湖北公安")), "宜昌市公安局", None) is None
    # a headline that is no place's body says nothing about the speaker
    assert repost_hit(post(text.replace("襄阳警方", "反诈提醒")), "宜昌市公安局", None) is None


def test_centre_voice_on_a_commission():
    text = "本中心监测显示，近期流感样病例占比上升。本中心提醒：出现发热症状请及时就医。"
    hit = repost_hit(post(text), "宜昌市卫生健康委员会", None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit(post(text), "宜昌市疾病预防控制中心", None) is None
    # generic words are no first person
    assert repost_hit(post("各单位要落实本部门责任，推进我市中心城区更新。"), "宜昌市卫生健康委员会", None) is None


def test_national_administration_short_form_with_a_modal():
    text = "近日，市场监管总局部署冬季电热毯专项抽查。总局将对不合格产品生产企业依法查处。"
    hit = repost_hit(post(text), "宜昌市市场监督管理局", None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit(post(text), "国家市场监督管理总局", None) is None
