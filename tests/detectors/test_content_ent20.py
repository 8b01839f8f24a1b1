"""Sixteenth session, task content-repost20: entertainment and ads — fortune-telling as a family (运程 for a period or a
sign, lucky numbers and colours, lottery tips; an anti-superstition or fortune-scam warning stays clean, a horoscope with
an unrelated anti-fraud hint does not), a follow begged the livestream's way and its hype (点个关注, 冲不冲), a mild
slang word in an ad (the seller's pitch), and the model's ad opinion on a post the rules call entertainment with no way
to buy. Every sentence was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _sales_channel, screen_posts
from detectors.textnorm import fold
from tests.detectors.content_case import classes, post


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.fixture(scope="module")
def with_model():
    return ContentRules.load(model=True)


# ---- fortune-telling ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "【周末话题】十二生肖下周运程来啦：属虎的朋友出行顺利，属兔的朋友注意休息。",
    "2027年运程早知道：属蛇的朋友明年贵人多。",
    "星座运程｜射手座本周适合整理房间，摩羯座宜早睡。",
    "今日幸运数字：3，幸运颜色：蓝色，出门记得带伞。",
    "属龙的幸运颜色是金色，快来评论区打卡！",
    # a horoscope with an anti-fraud hint that has nothing to do with it is still a horoscope
    "【平安小课堂】生肖运程：属猪的朋友本周财运不错，但要提防冒充客服的退款诈骗。",
])
def test_fortune_readings_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "警惕！有人自称“大师”，称能帮人查看运程、化解灾祸，实为诈骗，已有多名群众被骗。",
    "近日，我局破获一起以“算命转运”为名的诈骗案，嫌疑人以生肖运势为噱头骗取钱财。",
    "所谓“本周运程”没有科学依据，请大家不要相信。",
    "警惕“查看你的2027年运程”之类的小程序链接，它们会收集你的手机号和身份证号。",
    "货运程序简化后，企业通关时间缩短一半。",
])
def test_warnings_against_fortune_telling_and_other_words_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "今晚大乐透推荐号码：前区05、11、23、28、31，后区02、09，祝大家好运！",
    "双色球杀号技巧分享，照着选中奖率翻倍！",
    "中奖秘诀大公开，学会这三招，彩票不再白买。",
])
def test_lottery_tips_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "本期福彩双色球开奖结果：红球02 09 14 21 27 33，蓝球06。请中奖者在60天内兑奖。",
    "所谓“彩票内部推荐号码”都是骗局，请通过正规渠道理性购彩。",
    "今晚推荐大家乘坐地铁2号线前往体育中心观赛。",
])
def test_lottery_results_warnings_and_other_numbers_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text), text


# ---- a follow begged, livestream hype ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["今天的普法小课堂就到这里，记得点个关注，下期更精彩！",
                                  "新一期防溺水知识来了，点点关注不迷路！",
                                  "冬季滑雪季开启，雪场人气爆棚，家人们冲不冲？"])
def test_a_begged_follow_and_livestream_hype_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text), text


@pytest.mark.parametrize("text", ["欢迎关注本公众号，获取最新政务信息。", "两项新政策冲不冲突？专家这样解读。",
                                  "请关注天气变化，及时添衣保暖。"])
def test_an_invitation_to_follow_and_other_words_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text), text


def test_hype_beside_an_ad_is_entertainment_too(rules):
    text = "年货节开幕！全场满200减50，今晚8点直播间抢购，家人们冲不冲？记得点个关注！"
    assert {"ad", "entertainment"} <= classes(rules, text)


# ---- a mild slang word in an ad is the seller's pitch --------------------------------------------------------

def test_a_mild_word_naming_the_goods_in_an_ad_is_the_ads_pitch(rules):
    text = "【#非遗文创#】兵马俑盲盒上新！隐藏款是“金甲将军”，旗舰店首发，39元一盒，整盒购买送徽章。戳→https://m.tb.cn/h.Xy7Qa2"
    assert classes(rules, text) == {"ad"}


def test_a_mild_word_with_a_chatty_tone_outside_an_ad_is_entertainment(rules):
    assert "entertainment" in classes(rules, "#博物馆奇妙夜# 今天抽到了隐藏款！！太开心了")


# ---- the model's ad opinion beside the rules' entertainment ------------------------------------------------------

REVIEW = "你们去过吗？城南新开了一家网红火锅店，小编周末排了两个小时，锅底真的绝了！人均128元，你们觉得贵不贵？"


def test_a_review_with_a_price_and_no_way_to_buy_is_no_ad(with_model):
    assert not _sales_channel(fold(REVIEW))
    found = {f["evidence"]["class"] for f in screen_posts([post(REVIEW)], with_model)}
    assert "ad" not in found and "entertainment" in found


def test_a_way_to_buy_is_a_sales_channel():
    assert _sales_channel(fold(REVIEW + "订座电话0912-3345678，点击下方链接即可预订。"))


def test_a_follow_begged_to_reach_a_sale_is_the_ads_pitch(rules):
    text = "今晚7点苹果助农直播，10斤礼盒直播间专享39元，点点关注进直播间抢优惠！"
    assert classes(rules, text) == {"ad"}


# ---- the editor's moods and begged likes in memes --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "小编今天的精神状态：周一早上六点起床，七点已经在去现场的路上。",
    "牛马的一天，从早高峰挤地铁开始，你们到单位了吗？",
    "天太冷了，谁来给小编送个暖宝宝，在线等，挺急的！",
    "大熊猫宝宝第一次爬树，把饲养员萌得原地融化～",
    "凌晨两点还在加班的交警叔叔，能不能给他们点个赞？",
])
def test_moods_memes_and_begged_likes_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "环卫工人凌晨四点上岗清扫积雪，让我们为他们点赞！",
    "今年全县牛马存栏量稳定增长，牛马养殖户收入提高。",
    "做牛做马也要把群众的事办好，这是老支书常说的一句话。",
    "网上办理系统在线等待审批的事项，急件优先处理。",
])
def test_praise_livestock_and_other_words_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text), text
