"""Seventh round of ads and entertainment, by mechanism rather than phrasing (#18): a disguised private contact, the
shop hosts of every major platform, a platform's share text, a purchase pointing at whom to reach, a price with a call
to buy now, a business left unnamed or named as sponsor, the editor's own use of a product; anti-fraud as a theme is
no warning. Entertainment: staff organised to follow or share and then counted, luck bait, begging, a celebrity's
private life, the editor's mood, fan support only with fans, 网红 in a seller's pitch. And the look-alikes that stay
clean. Texts are written for these tests (none from eval/)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_ads import is_warning, named_businesses
from detectors.textnorm import fold
from tests.detectors.content_case import classes, kinds


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


# ---- a private contact written in a disguise is an ad by itself --------------------------------------------

@pytest.mark.parametrize("text", [
    "正宗阳澄湖大闸蟹，要的加绿泡泡：dzx_crab01",
    "少儿编程寒假班，详情咨询薇信：codekid2027",
    "家里果园的脐橙熟了，🛰：qiancheng_77 备注地址",
    "想学烘焙的宝妈进丘丘群：635201847",
    "手工阿胶糕现做现发，V❤：ejiao_home",
    "老家的土蜂蜜，有需要的找我 wei信: fengmi2026",
])
def test_a_disguised_contact_is_an_ad(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "市民可通过“爱山东”微信小程序办理，咨询电话：12345。",  # a unit's plain public contact
    "本次卫星发射任务取得圆满成功，卫星顺利进入预定轨道。",  # a satellite is a satellite
    "威信县：今年新建高标准农田2.1万亩。",  # a county named 威信
    "谨防诈骗：陌生人让你加“绿泡泡”转账，一律不要理会！",  # a warning naming the disguise
])
def test_plain_contacts_and_warnings_are_not_ads(rules, text):
    assert "ad" not in classes(rules, text)


# ---- shop hosts and share texts of any platform -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "新茶到了，在这里买：https://weidian.com/item.html?itemID=55512",
    "年货礼包 https://k.youshop10.com/AbC123xy",
    "滑雪套票订这里 https://m.ctrip.com/webapp/ticket/ski/1234",
    "同款保温杯 https://mobile.yangkeduo.com/goods.html?goods_id=998",
    "酒店预订 https://hotel.fliggy.com/hotel_detail.htm?hid=77",
])
def test_links_to_any_shop_host_are_ads(rules, text):
    assert "ad" in classes(rules, text)


def test_a_share_text_with_a_gift_slogan_is_an_ad(rules):
    text = "沂蒙煎饼，年货首选！6.18 复制打开快手，看看【沂蒙老字号煎饼】"
    assert "口令" in kinds(text)
    assert "ad" in classes(rules, text)


# ---- how to order: a purchase pointing at whom to reach -----------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("羊肉汤礼盒开始预订，职工专享价128元/盒，订购请联系各科室联络员。", "订购方式"),
    ("湖景洋房均价1.8万起，准现房发售，看房请致电营销中心。", "订购方式"),
    ("高山冷水鱼年货装，团购请扫码进群，每周五统一配送。", "订购"),
])
def test_a_purchase_pointing_at_whom_to_reach(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "公租房看房请联系所在街道，租金标准按市住建局公布执行。",  # public housing
    "2027年度《大众日报》征订工作启动，订阅请联系当地邮政网点。",  # no price, no seller's offer
    "购买火车票请通过12306官方渠道，谨防虚假退改签诈骗。",
])
def test_public_orders_are_not_ads(rules, text):
    assert "ad" not in classes(rules, text)


# ---- a price or a gift with a call to buy now ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "冰雪乐园双人滑雪票原价520，今天只要199，仅限今日！",
    "山景温泉酒店入住还送双人早餐，仅限今晚！",
    "羊绒大衣专柜价2999，直播价只要899，手慢无。",
])
def test_a_price_and_a_call_to_buy_now(rules, text):
    assert "促单" in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "市图书馆寒假公益讲座免费参加，名额有限，先到先得。",  # free, public
    "动物园门票价格由60元调整为40元，先到先得的说法不实。",  # a public fee schedule
    "社区长者食堂午餐每份12元，60岁以上老人先到先得。",  # a public canteen
])
def test_public_services_with_urgency_are_not_ads(rules, text):
    assert "ad" not in classes(rules, text)


# ---- one business, unnamed or as sponsor; the editor's own use ---------------------------------------------

def test_an_unnamed_business_with_a_sale_is_one_business():
    assert named_businesses(fold("某医美连锁年底特惠：热玛吉体验价3999元/次")) == {"医美连锁"}
    assert named_businesses(fold("本次义诊由“康泰口腔”赞助")) == {"康泰口腔"}


@pytest.mark.parametrize("text", [
    "某医美连锁年底特惠：热玛吉体验价3999元/次。",
    "健步走活动圆满结束（本次活动由“福瑞珠宝”冠名赞助，到店出示本文领取纪念品）",
    "小编最近一直在用的这款护手霜真的绝，链接挂评论区啦～",
    "我自用的那款电热毯，想买同款的家长私信我发链接。",
])
def test_a_business_or_an_endorsement_with_a_deal(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "市市场监管局查处某口腔连锁虚假宣传案，当事人宣称“种植牙1999元/颗”，被罚款5万元。",
    "某超市鸡蛋每斤5.2元，较上周下降0.3元（市价格监测中心）。",
    "区文旅局推介：东湖网红打卡地灯光秀每晚七点开放，免费参观。",
])
def test_enforcement_monitoring_and_public_scenery_are_not_ads(rules, text):
    assert "ad" not in classes(rules, text)


# ---- anti-fraud as a theme is no warning; a warning is still one --------------------------------------------

def test_anti_fraud_as_a_theme_is_no_warning(rules):
    assert not is_warning(fold("今晚直播间讲防诈知识，还有助农专场。"))
    assert not is_warning(fold("关注本号抽奖送反诈主题帆布袋。"))
    assert is_warning(fold("反诈提醒：扫码领鸡蛋是骗局。"))
    assert is_warning(fold("谨防诈骗，不要相信“高额返利”。"))
    text = "今晚八点局长带你学防诈知识，顺便上一波助农好物，2号链接秒杀价9.9元！"
    assert "ad" in classes(rules, text)


# ---- entertainment --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # staff organised to follow or share, then counted or named
    "请各科室组织干部职工本周内关注本公众号并分享至朋友圈，办公室将统计完成人数并通报。",
    "请各村支书带头转发本期推文，在工作群回复“已转”，未转的点名。",
    # luck bait and begging
    "刷到这条的朋友，新的一年都会好运连连！",
    "记得把我们设为星标哦，拜托拜托🙏",
    # a celebrity's private life
    "某歌手和女友在古城牵手逛街，被网友偶遇。",
    # the editor's mood and self-display
    "周一早上小编只想躺平，全靠冰美式续命。",
    "看完这组照片我笑到头掉",
    "小编加班到十点，谁来抱抱我嘛",
    # fan support with fans; memes
    "爱豆生日，粉丝们的应援灯牌点亮了整条街！",
    "我们窗口的服务真的是宠粉天花板，原地起飞！",
    # astrology advice
    "水星逆行期间别冲动消费哦～",
])
def test_entertainment_mechanisms(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "市体育局组织市民为山东泰山队主场比赛加油应援。",  # a sports bureau backing its team
    "法律援助实现应援尽援，全年办理案件3.2万件。",  # 应援尽援: aid for all who should be aided
    "不得强制要求干部职工关注、转发并截图上报。",  # a rule against forced likes
    "谁笑到最后，要看谁的耐心更足。",
    "天文科普：水星逆行是地球与水星相对运动造成的视觉现象。",
    "教学楼天花板脱落已修复，请师生放心。",
    "请关注本公众号，及时获取最新统计数据。",
])
def test_entertainment_look_alikes_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


def test_a_shop_called_wanghong_in_an_ad_is_the_ad_not_gossip(rules):
    text = "老街新开的网红甜品店，小编亲测好吃，报“城区文旅”送饮品一杯。"
    found = classes(rules, text)
    assert "ad" in found and "entertainment" not in found


@pytest.mark.parametrize("text", [
    "寒假研学营火热报名中，早鸟价3980元，名额仅剩10个",  # the last places
    "有机大米10斤装59元，今天下单明天到，仅剩20袋",
    "点击下方小程序卡片，立抢百元年货券",  # an amount in Chinese numerals
    "这家温泉酒店小编私藏，订房报我名字打九折",  # the account's name as the password
])
def test_more_members_of_each_class(rules, text):
    assert "ad" in classes(rules, text)


def test_comment_one_beside_a_price_is_an_order_not_engagement_bait(rules):
    found = classes(rules, "自家果园的冬枣熟啦，5斤装39.9包邮，评论区扣1")
    assert "ad" in found and "entertainment" not in found
    assert "entertainment" in classes(rules, "今天的节目好看吗？觉得好看的评论区扣1")
