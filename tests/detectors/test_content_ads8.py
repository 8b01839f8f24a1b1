"""Ninth round of ads, reposts and entertainment, by mechanism (#18): a password said or typed as a remark, a bag icon
in a corner of the screen, a training school as a trade, a numbered livestream listing with a gift, a comment keyword
for a private discount link, a seller's discount on top of a public subsidy, WeChat written by sound or shape, the
account's own recommendation beside a warning. Reposts: a condensed copy of another unit's post, agency copy by its
end mark, an article under 编者按 with only its author, 总局 with a time word. Entertainment: like-count promises,
luck for forwarding, comment quotas, star polls, type quizzes, meme templates. Each with look-alikes that stay clean.
Texts are written for these tests (none from eval/)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, screen_posts
from detectors.content_ads import disguised_wechat, is_warning
from detectors.content_model import Opinion
from detectors.content_repost import OverlapIndex, repost_hit
from detectors.textnorm import fold
from tests.detectors.content_case import classes, kinds, post


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


# ---- a password said at the counter, or typed as a remark when adding the seller ---------------------------

@pytest.mark.parametrize("text", [
    "老街口新开的“刘记烧饼”，到店报“临沂文旅”暗号送豆浆一杯～",
    "进店喊“春节快乐”口令就送福袋一个，活动到月底。",
    "手工辣酱三瓶装，加好友备注“日照辣酱”享批发价。",
])
def test_a_password_for_a_gift_is_an_ad(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "本次演练的联络暗号为“雪松”，各组听到后立即集结。",  # a drill's password: nothing on sale
    "对“专精特新”企业免收登记费，请于月底前申报。",  # a public fee waiver, not a password
    "请在报名表备注“需要无障碍座位”，工作人员将统一安排。",  # a remark for a public event
])
def test_passwords_without_a_sale_are_not_ads(rules, text):
    assert "ad" not in classes(rules, text)


# ---- an icon in a corner of the screen, a numbered listing, a comment keyword ------------------------------

@pytest.mark.parametrize("text, kind", [
    ("视频里这款护膝，左下角小黄袋就有，今天下单立减20！", "店铺入口"),
    ("同款围巾在右下角小蓝篮子里，直接下单，直降15元。", "店铺入口"),
    ("今晚直播间拍3号链接送暖手宝，数量有限！", "买赠"),
    ("山货礼包太多了，评论区回复“年货”，小助手把专属优惠链接私发给你。", "私域"),
])
def test_seller_channels_of_short_videos(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "画面右下角小字为字幕翻译，请注意查看。",  # a corner of the screen with no shop
    "评论区回复“加油”，为我市运动员送上祝福！",  # a comment keyword with nothing on sale
    "人才专属优惠政策详见附件，咨询电话：0539-1234567。",  # a public policy
    "小黄袋是垃圾分类中的可回收物袋，请分类投放。",  # a bag of a bin scheme, nothing sold
])
def test_look_alike_channels_are_not_ads(rules, text):
    assert "ad" not in classes(rules, text)


# ---- a training school as a trade ----------------------------------------------------------------------------

def test_a_training_school_with_first_comer_gifts_and_a_hotline_is_an_ad(rules):
    text = "寒假书法怎么学？“墨香书法”东城校区寒假班招生，前20名报名享免费试听，咨询热线0539-8888888。"
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "区教育局提醒：校外培训机构须取得办学许可，家长报名前可拨打热线0539-1234567查询。",
    "“育才”中学新校区启用，前20名报到的新生由志愿者引导，咨询电话0539-7654321。",  # a school, no offer
])
def test_school_news_is_not_an_ad(rules, text):
    assert "ad" not in classes(rules, text)


# ---- a seller's discount on top of a public subsidy ------------------------------------------------------------

def test_a_brand_discount_on_top_of_the_subsidy_is_an_ad(rules):
    text = "某知名家居品牌推出新春福利：在以旧换新补贴基础上再享8折，详情咨询热线400-800-1234。"
    assert "ad" in classes(rules, text)


def test_the_subsidy_itself_is_not_an_ad(rules):
    text = "家电以旧换新补贴继续实施，购买一级能效空调可享售价15%的补贴，咨询热线12345。"
    assert "ad" not in classes(rules, text)


# ---- WeChat written by sound or shape -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "年货礼盒团购价168元，薇芯：nianhuo_2027",
    "兼职招募，在家就能做，详询徽信：jz_home88",
    "土鸡蛋现货，威心：egg_farm01",
])
def test_wechat_by_sound_or_shape_is_an_ad(rules, text):
    assert list(disguised_wechat(fold(text)))
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "威信县：今年新建高标准农田2.1万亩。",  # a county named 威信, no id
    "政务微信：jnzw_gov",  # 微信 itself is no disguise
    "卫生：hygiene_2027 检查已完成。",  # 卫生 sounds nothing like 信
])
def test_plain_names_before_an_id_are_no_disguise(text):
    assert not list(disguised_wechat(fold(text)))


# ---- the account's own recommendation beside a warning -----------------------------------------------------

def test_a_warning_does_not_cover_the_accounts_own_recommendation(rules):
    text = ("【防骗提醒】年底谨防“低价年货”诈骗！另外给大家安利一下我们所里民警家属开的茶叶店，"
            "单丛茶一盒88元，在小绿书搜“凤凰单丛小陈”就能找到～")
    assert not is_warning(fold(text))
    assert "ad" in classes(rules, text)


def test_a_case_report_with_a_recommendation_of_the_anti_fraud_app_is_still_a_warning(rules):
    text = ("警方通报：骗子以“扫码下单立减50元”为诱饵实施诈骗，已立案侦查。"
            "给大家安利一下国家反诈中心APP，防骗必备。")
    assert is_warning(fold(text))
    assert "ad" not in classes(rules, text)


def test_seller_staff_in_slang_is_the_ads_tone(rules):
    text = "特产太多啦！评论区敲“特产”，客服小姐姐把专属优惠链接私发给你～"
    assert classes(rules, text) == {"ad"}


# ---- reposts ---------------------------------------------------------------------------------------------------

def _unit_post(text, account="acct", created="2026-11-20T10:00:00+08:00", pid="p1"):
    p = post(text, pid=pid, account=account, created=created)
    p["is_original"] = None
    return p


UNITS = {"src": "国家卫生健康委员会", "acct": "临沂市卫生健康委员会"}


def _repost(text, others=()):
    mine = _unit_post(text)
    index = OverlapIndex([mine, *others], lambda p: UNITS.get(p["account_id"], p["account_id"]))
    return repost_hit(mine, UNITS["acct"], index)


def test_a_condensed_list_of_another_units_post_is_a_repost():
    source = _unit_post("冬季用药安全提示\n\n1. 按说明书或遵医嘱服药，不随意加量；\n2. 多种药物同服前先咨询药师；\n"
                        "3. 过期药品及时清理，交回收点处理；\n4. 儿童用药选用儿童剂型。", account="src",
                        created="2026-11-18T10:00:00+08:00", pid="s1")
    copy = "冬季用药注意：按说明书或遵医嘱服药，不随意加量；多种药物同服前先咨询药师；过期药品及时清理，交回收点处理。"
    hit = _repost(copy, [source])
    assert hit is not None and hit.basis == "overlap"


def test_shared_policy_wording_in_an_own_post_is_no_repost():
    source = _unit_post("冬季用药安全提示：按说明书或遵医嘱服药，不随意加量。", account="src",
                        created="2026-11-18T10:00:00+08:00", pid="s1")
    own = ("我委今天在兰山区开展基层用药安全宣传，家庭医生团队入户讲解老年人多病共存时的用药管理，"
           "提醒群众按说明书或遵医嘱服药，并为120户居民清理家庭药箱。")
    assert _repost(own, [source]) is None


@pytest.mark.parametrize("text, basis", [
    ("应急管理部近日发布冬季安全生产提示，要求各地加强危化品企业巡查。（完）", "outlet_cut"),
    ("编者按：冬季锻炼如何兼顾安全？一起来看。\n\n作者：王志远\n\n冬练要循序渐进，先热身再运动……", "outlet_cut"),
])
def test_agency_copy_and_a_signed_article_are_reposts(text, basis):
    hit = _repost(text)
    assert hit is not None and hit.basis == basis


@pytest.mark.parametrize("text", [
    "本次义诊活动圆满完成，共服务群众300余人次。活动完美收官，完成预定目标。",  # 完 inside own words
    "编者按：本号推出“最美家庭医生”系列，讲述我委基层医生的故事。\n\n第一期：张医生的一天……",  # own series, no byline
    "编者按：以下是我委医政科撰写的冬季就医指南。\n\n作者：临沂市卫生健康委员会医政科\n\n冬季就医高峰……",  # own author
])
def test_own_endings_and_series_are_no_reposts(text):
    assert _repost(text) is None


def test_the_national_administration_speaking_with_a_time_word_is_another_voice():
    unit = "广东省体育局"
    hit = repost_hit(_unit_post("总局近日印发通知，要求各地做好冬季群众体育活动安全工作。"), unit, None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit(_unit_post("国家体育总局近日印发通知，我局将认真贯彻落实。"), unit, None) is None


# ---- entertainment ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "今天不讲案例，就给大家跳个舞，点赞过两万，明天叫上教导员一起跳！",
    "食堂门口的小橘猫又来蹭饭啦，点赞让它明天再来！",
    "谁转谁发财，我先转为敬！",
    "把这张城墙壁纸设为手机屏保的人，明年都能好运连连～",
    "看到这条推送的都是有福之人！",
    "请于今日18时前完成本条微博评论转发，评论内容不得少于15个字。",
    "周末聊聊：你们更喜欢哪个男明星演的警察角色？",
    "测测你的“摸鱼人格”是哪种？选c的我们是一家人～",
    "古希腊掌管交通安全的神来了！",
    "周一的小编：上班如上坟。",
])
def test_entertainment_mechanisms(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "转发扩散：寒潮来袭，请提醒家中老人注意保暖。",  # spreading a warning
    "点赞榜单公布：全市十佳志愿服务项目名单如下。",  # a ranking, no promise
    "未完成整改的单位须于月底前书面说明情况。",  # rectification, no likes
    "我市评选出十名最美交警，事迹详见下文。",  # no star poll
    "请设置手机锁屏密码，谨防信息泄露。",  # a lock screen, no luck
])
def test_entertainment_look_alikes_stay_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


def test_screen_posts_reports_the_condensed_copy_with_its_source(rules):
    source = _unit_post("冬季用药安全提示\n\n1. 按说明书或遵医嘱服药，不随意加量；\n2. 多种药物同服前先咨询药师；\n"
                        "3. 过期药品及时清理，交回收点处理；", account="src", created="2026-11-18T10:00:00+08:00", pid="s1")
    copy = _unit_post("冬季用药注意：按说明书或遵医嘱服药，不随意加量；多种药物同服前先咨询药师；过期药品及时清理，交回收点处理。")
    index = OverlapIndex([source, copy], lambda p: UNITS.get(p["account_id"], p["account_id"]))
    found = screen_posts([copy], rules, {"weibo:acct": "健康临沂"}, {"weibo:acct": UNITS["acct"]}, index)
    reposts = [f for f in found if f["evidence"]["class"] == "unsourced_repost"]
    assert reposts and reposts[0]["evidence"].get("copied_from", {}).get("account_id") == "src"


# ---- the model's second opinion: a seller's chatty pitch is the ad's tone -----------------------------------

class _Says:
    """A model that gives one opinion on every post (to test how screening weighs it, not the model itself)."""

    name = "test-model"

    def __init__(self, cls):
        self.cls = cls

    def opinions(self, text):
        return [Opinion(self.cls, 0.9, 0.5, [])]


def _model_classes(rules, text, says):
    with_model = ContentRules(rules.screener, rules.typos, rules.leaders, _Says(says))
    return {f["evidence"]["class"] for f in screen_posts([post(text)], with_model)}


def test_the_models_entertainment_opinion_on_an_ad_is_the_ads_tone(rules):
    ad = "山货太多啦！评论区回复“年货”，客服把专属优惠链接私发给你～"
    assert _model_classes(rules, ad, "entertainment") == {"ad"}


def test_the_models_entertainment_opinion_stands_on_a_post_that_sells_nothing(rules):
    text = "今天小编被领导表扬了，晚上奖励自己一杯奶茶。"
    assert "entertainment" in _model_classes(rules, text, "entertainment")
