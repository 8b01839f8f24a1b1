"""Issue #18, reposts (twelfth session): source statements after any punctuation, the text said to come from or be
provided by a publisher, unnamed providers, and documents a unit issues in its own first person. Own examples."""

from __future__ import annotations

import pytest

from detectors.content_repost import repost_hit, text_names_source, vague_source
from detectors.textnorm import fold


@pytest.mark.parametrize("text", [
    "春运出行必看！内容引自交通运输部官方微博：今年春运……",          # after an exclamation mark
    "转给家人看？信息来源：国家反诈中心。谨防刷单诈骗。",
    "本推文内容由中国气象局提供\n寒潮蓝色预警……",                        # provided by
    "图文由市气象台供稿。今天夜间有小雪。",
    "……明起全省降温8至10℃。（信息来自：省气象台）",                      # the text's own noun + 来自
    "以上内容来自“健康中国”公众号",
])
def test_a_publisher_named_in_these_forms_is_a_source(text):
    assert text_names_source(fold(text))


@pytest.mark.parametrize("text", [
    "来自全省的200名选手参加了技能大赛。",                                # 来自 of people, not of the text
    "视频由网友提供，画面显示积水较深。",                                  # an unnamed provider
    "图片由热心市民供图",
    "图片来自网络，如有侵权请联系删除",
])
def test_an_origin_that_names_no_publisher_is_no_source(text):
    assert not text_names_source(fold(text))


def test_an_unnamed_provider_is_a_vague_source():
    assert vague_source(fold("视频由网友提供")) == "由网友提供"


DOC = ("我厅关于开展全省汛前安全检查的通知\n\n各设区市水利局：\n\n为做好汛前准备，我厅决定自3月1日起开展检查。\n\n"
       "某某省水利厅\n2027年2月20日\n")


def test_a_document_in_the_units_own_first_person_is_its_own():
    assert repost_hit({"text": DOC, "is_original": None}, "某某省水利厅", None) is None


@pytest.mark.parametrize("unit", ["某某市水利局", "某某省应急管理厅"])
def test_the_same_document_on_another_units_account_is_a_repost(unit):
    # 我厅 on a 局's account, or the signature of another 厅: another body's document, pasted
    hit = repost_hit({"text": DOC, "is_original": None}, unit, None)
    assert hit is not None and hit.basis == "other_document"
