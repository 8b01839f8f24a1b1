"""Ads and entertainment, eighth session (#18): a price after a shop's coupon names the seller's channel (券后, 用券后,
领券后, 叠券); the editor's own mood or slacking (小编已进入周末模式, 摸鱼ing, 带薪摸鱼). Each with look-alikes that stay
clean. Texts are written for these tests (none from eval/)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import classes


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.mark.parametrize("text", [
    "温泉门票券后128，周末场次所剩不多，赶紧冲！",
    "新款保温杯用券后到手59元，颜色任选。",
    "儿童羽绒服领券后仅需199，今晚截止。",
    "电热毯叠券再减20元，家里老人冬天用得上。",
    "羽绒被跨店满减，两床到手299元。",
])
def test_a_coupon_price_is_an_ad(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "使用消费券后仅需89元即可购买指定家电，全市200家商户参与。",  # a public voucher
    "警惕“券后价”陷阱：骗子以领券后仅需9.9元为诱饵实施诈骗，已有市民被骗。",  # a warning
    "本次惠民消费季共发放消费券5000万元，核销后带动消费3.2亿元。",  # a statistic
])
def test_coupon_words_without_a_shop_coupon_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "今天周五，小编已经提前进入周末模式了～大家周末都有什么安排？",
    "下午三点，小编在摸鱼，你们在干嘛？",
    "摸鱼ing，周五的下午总是过得特别慢。",
    "带薪摸鱼的快乐谁懂？",
    "人在工位心在海边，还有三天放假！",
])
def test_the_editors_mood_is_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "冬季禁止下河摸鱼，家长要看管好孩子，谨防溺水。",
    "假期将至，不少市民已进入假期模式，小编提醒：出行前请查询路况。",
    "高速公路进入节假日免费通行模式，预计车流量将明显增加。",
])
def test_mood_words_in_news_stay_clean(rules, text):
    assert "entertainment" not in classes(rules, text)
