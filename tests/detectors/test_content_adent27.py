"""Twenty-third session, task content-adent27: readings of an ad (an offer, a channel to act, an object) and of
over-entertainment (register, topic) that did not transfer to a new province's posts. Sentences written for these
tests (invented shops, products and codes)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_ads import is_public_offer, is_warning
from detectors.content_patterns import KAOMOJI
from detectors.textnorm import fold
from tests.detectors.content_case import kinds

RULES = ContentRules.load(ime=None)


def classes(text: str) -> set[str | None]:
    return {h.cls for h in _hits(text, RULES)}


# ---- ads: the offer ------------------------------------------------------------------------------------------

def test_half_off_said_in_words_is_an_offer():
    assert "折扣" in kinds("周末“松塔烧烤”全城8家门店凭本条推文截图享受半价羊肉串，快来～")
    assert "折扣" in kinds("“林间商行”全场冻梨两箱合并结算再省一半，门店在中央大街。")


def test_a_group_buy_threshold_is_an_offer():
    assert "折扣" in kinds("暖手宝团购开启，每个39元、满30个成团，加群“暖冬互助团”参与拼单。")


def test_a_draw_that_needs_a_receipt_is_a_sales_promotion():
    assert "买赠" in kinds("“江畔老茶坊”红茶新品上市，凡晒出购茶小票即可参与抽奖。")
    assert "ad" in classes("“江畔老茶坊”红茶新品上市，凡在本号留言区晒出购茶小票，可参与抽奖赢取茶饼一个。")


def test_a_sellers_price_named_after_a_subsidy_is_no_public_subsidy():
    text = "推荐一款“知学通”点读笔，开学前购买享学生补贴价699元，详见官方商城。"
    assert not is_public_offer(fold(text))
    assert "ad" in classes(text)
    # a public subsidy stays public
    assert is_public_offer(fold("购买新能源汽车可申领政府补贴，详见商务局通知。"))


# ---- ads: the channel ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "家人们，这款防滑鞋垫我们自己也在穿，链接挂在视频右下角了，9块9三双！",
    "“冰城鲜达”平台上新富锦小米，在“冰城鲜达”平台下单满2袋即赠1袋，活动码：XM2027。",
    "“北疆商行”蓝莓果干第二件半价，线上可拍可邮。",
])
def test_a_channel_to_act_is_read_whatever_its_words(text):
    assert "ad" in classes(text)


def test_a_copied_code_opening_a_shopping_app_is_a_shop_token():
    assert "ad" in classes("年货攻略：本土品牌“雪乡酱园”限定款，复制%Qw83#Lk9%打开某宝直达活动页。")
    # a code copied to a government app is no shop
    assert "ad" not in classes("办理进度查询：复制受理编号后打开政务服务网查询。")


# ---- ads: the warning gate -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "【提醒】近期有人冒充社保部门推销“理疗仪”，社保部门从不推销任何产品，请勿轻信扫码购买。",
    "【警方提示】有人在短视频平台冒充消防员直播带货“灭火毯”，这不是消防部门的行为，请勿下单。",
])
def test_a_warning_that_quotes_an_offer_is_no_ad(text):
    assert is_warning(fold(text))
    assert "ad" not in classes(text)


def test_a_plain_sale_is_no_warning():
    assert not is_warning(fold("“林间商行”冻梨上新，两箱再省一半，线上可拍可邮。"))


# ---- entertainment: register ---------------------------------------------------------------------------------

@pytest.mark.parametrize("face", ["(｡•́︿•̀｡)", "(๑•̀ㅂ•́)و✧", "(・ω・)", "(≧∇≦)", "(^_^)", "(╯°□°)"])
def test_kaomoji_are_read_by_their_symbols(face):
    assert KAOMOJI.search(fold(f"今天{face}出门"))


@pytest.mark.parametrize("text", ["（见附件）", "(1)", "(2024—2026)", "(≥60岁)", "(°C)", "（★）"])
def test_brackets_of_documents_are_no_kaomoji(text):
    assert not KAOMOJI.search(fold(text))


def test_a_kaomoji_adds_to_a_playful_tone():
    assert "entertainment" in classes("本小狐狸今天上岗啦(๑•̀ㅂ•́)و✧ 雪地里的脚印都是我踩的，谁数清算谁的～")


@pytest.mark.parametrize("text", [
    "周五啦，加班的小编已经饿扁了！",
    "昨晚的比赛又输了，小编看得血压都上来了。",
    "早上起不来，中午吃撑了，小编已经是一条咸鱼了～",
    "零下三十度，小编的手指已经集体罢工。",
    "小安今天的心情很低落，因为没人留言，你们是不是不爱我了？",
    "我们巡逻一整夜，手脚都冻僵了，也没人心疼一下，好委屈……",
])
def test_the_editors_private_state_is_entertainment(text):
    assert "entertainment" in classes(text)


# ---- entertainment: topic ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "投票时间：你最喜欢哪部古装电视剧？评论区告诉我！",
    "小编来分享一下我的追星日常：抢到了偶像的演唱会门票！",
    "心理小测试：走进森林先看到哪种动物？选狐狸的人今年会有好运，快来评论区对答案！",
    "刷到这条的都是有缘人，不关注就走的都会被雪人追着跑哦！",
])
def test_off_topic_polls_fandom_quizzes_and_threats_are_entertainment(text):
    assert "entertainment" in classes(text)


@pytest.mark.parametrize("text", [
    "零下三十度，小编提醒大家：路面已冻成冰面，非必要不出门。",
    "心理健康测试：本周起各社区提供免费心理评估，选择线上方式的人会收到短信。",
    "本次电视剧展映共十部作品，市民可在文化馆预约观看。",
])
def test_lively_proper_posts_stay_clean(text):
    assert "entertainment" not in classes(text)
