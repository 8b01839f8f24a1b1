"""Fourth round of ads: insiders' prices, savings per item, group buys of any size, sign-up bonuses, goods sold as
someone's "same model", sales opened and stock running out; channels: product cards on videos (挂车), platforms
reached by a tap or listed as selling, named mini programs and shops, chat groups with their numbers, DMs with a
keyword, errand delivery; a brand the account joins or vouches for; agent recruiting. And the look-alikes that stay
clean (government promotion of local produce, public apps, consumer warnings). Texts are written for these tests
(none from eval/)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_ads import is_warning, named_businesses
from detectors.textnorm import fold
from tests.detectors.content_case import classes, kinds


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.mark.parametrize("text, kind", [
    ("秋季新款羽绒服到货，员工价清仓，加店长v：yrf2026 咨询。", "售价"),
    ("进口车厘子到店，每箱省80，扫码进团购群下单。", "售价"),
    ("家用净水器首件9.9元，新人进“清泉优选”小程序领取。", "售价"),
    ("少儿美术课报满24节加送一套画材，名额不多私戳～", "折扣"),
    ("三人成团每份立减20元，评论区扣1上车。", "折扣"),
    ("新用户注册即领50元红包，邀请码：abc2099。", "买赠"),
    ("消防员同款应急手电已经挂车，库存紧张拍完即下架。", "推荐"),
    ("新米开始预售，认准“稻花坊”，搜“稻花坊”就能找到。", "上新"),
])
def test_new_offers_with_a_channel_are_ads(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text, channel", [
    ("爆款保温杯直播间福利价，点我头像进橱窗～", "店铺入口"),
    ("年货礼盒下单送对联，主页右边小店直达。", "店铺入口"),
    ("想入手的朋友戳闲鱼“老王茶叶铺”，不满意包退。", "店铺入口"),
    ("腊肉预售开启，淘宝、拼多多均有售，年前订更划算！", "店铺入口"),
    ("书法班28天仅收1980元，咨询请加企鹅群：51234567", "私域"),
    ("周末特惠，关注本号并私信“福利”领取50元优惠券。", "私域"),
    ("烤鸭首单立减10元，同城跑腿半小时送到。", "店铺入口"),
    ("海鲜礼盒内部价，扫码入群：https://weixin.qq.com/g/abcdef123", "私域"),
])
def test_new_channels_with_an_offer_are_ads(rules, text, channel):
    assert channel in kinds(text)
    assert "ad" in classes(rules, text)


def test_a_brand_the_account_joins_or_vouches_for_is_the_place_to_buy(rules):
    text = "本号联合“青山茶庄”开启年终囤货节，满3斤立省60。"
    assert named_businesses(fold(text)) == {"青山茶庄"}
    assert "ad" in classes(rules, text)


def test_agent_recruiting_is_an_ad(rules):
    assert "ad" in classes(rules, "手工酱牛肉现招区县分销，上班族也能接单，1件起批一手货源。")


def test_a_product_sold_as_anti_fraud_is_no_warning(rules):
    text = "看完反诈视频，给爸妈配一台防诈手机吧，主页左边小店直达，今天下单送流量卡。"
    assert not is_warning(fold(text))
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    # government promotion of local produce without one business, a price or a seller's contact
    "今年新米开始预售，欢迎广大市民品尝家乡味道。",
    "我市苹果喜获丰收，各大商超均有售，市场监管部门提醒按需购买。",
    # a public app named and searched for, no offer
    "搜“粤省事”小程序就能找到社保查询入口。",
    "微信搜索“爱山东”小程序，进入“医保服务”即可办理。",
    # a consumer warning quoting the pitch
    "警惕！有商家以“内部价”“员工价”诱导消费者扫码入群后转账，已被立案查处。",
    "市场监管局提醒：所谓“每盒省60”“五人成团”的团购信息，可能是诈骗，请勿轻信。",
    # a public vehicle and a public school's notice
    "消防车已经挂车救援设备，前往事故现场。",
    "学校寒假托管报名截止，家长可关注本号查看详细安排。",
    # the same model as a star, said of weather (no sale)
    "寒潮来袭，今天的冷是哈尔滨同款，出门注意保暖。",
    # a public group for notices, and a police hotline
    "居民可加入社区通知群获取停水信息，咨询电话12345。",
])
def test_look_alikes_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)
