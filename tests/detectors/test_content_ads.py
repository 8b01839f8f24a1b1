"""Commercial ads by the policy (an offer for sale *and* a channel to buy or reach the seller) and the contexts
that are no ad (warnings, enforcement cases, public offers). Texts are written for these tests."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, screen_posts
from detectors.content_ads import body_of, is_public_offer, is_warning
from detectors.textnorm import fold
from tests.detectors import content_case
from tests.detectors.content_case import kinds


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def post(text, pid="p1"):
    return content_case.post(text, pid, platform="douyin")


def classes(rules, text):
    return content_case.classes(rules, text, platform="douyin")


# ---- an offer and a channel, each mechanism ------------------------------------------------------------------

@pytest.mark.parametrize("text, offer, channel", [
    # a shop icon named by its shape, a discount by the number of items
    ("黄河口大米新米到了！小蓝车点进去就能买，今天两袋八折。", "折扣", "店铺入口"),
    # any icon the viewer is told to tap
    ("手工年糕三斤装36元，视频下面的小灯笼图标戳一下就能下单。", "售价", "店铺入口"),
    # a gift for the first buyers, the mini-program icon below the video
    ("沂蒙煎饼，手工现烙！点击下方小房子，前30单下单送辣酱一瓶。", "买赠", "店铺入口"),
    # a token to copy into a shopping app, a sold quantity with its price
    ("莱阳梨膏，润肺好物。2瓶装59元，复制整段信息打开某宝即可下单。", "售价", "口令"),
    # a selling livestream
    ("烟台苹果冬季上市，今晚7点开播，直播间专享价，拍二发三！", "折扣", "直播"),
    # private traffic: comment a number, the seller messages the link
    ("暖宝宝冬季囤货价，10片装仅需19.9元，评论区扣“2”客服私你链接。", "售价", "私域"),
    # private traffic: a WeChat id
    ("冬令营报名立减300元，报名添加老师微信：wx_camp2027。", "折扣", "私域"),
    # QR code to join the buyers' group
    ("年货团购，满199元减40元，长按识别二维码进群下单。", "折扣", "扫码"),
    # a booking hotline of one business
    ("温泉山庄冬季套餐：双人房含早餐388元，预订热线：0539-1234567。", "售价", "电话"),
    # follow the business's account to claim a coupon
    ("新开业的“乐购超市”送福利：关注超市公众号即可领取20元无门槛券。", "优惠券", "关注领取"),
    # visit the shop
    ("眼镜店冬季特惠，第二副半价，凭学生证到店再享九折。", "折扣", "到店"),
    # a bare short link without https://
    ("蜜橘5斤装29.9元包邮，下单戳 s.xyz.cn/Ab12Cd 。", "售价", "链接"),
    # reseller recruiting with a commission
    ("招募社区帮卖员，每单提成10%，扫码加入带教群。", "分销", "扫码"),
    # a price by its currency sign, private traffic by its slang name
    ("手工阿胶糕¥128一盒，要的加绿泡泡。", "售价", "私域"),
    # a numbered livestream link, a discount code
    ("冬季羽绒服骨折价，3号链接直接拍！", "售价", "店铺入口"),
    ("报课时报优惠码“WINTER”立减200元。", "折扣", "口令"),
    # a disguised platform name
    ("高山茶油5斤装168元，去拼夕夕搜店名下单。", "售价", "店铺入口"),
    # a decimal price without a currency, the seller's bio
    ("农家小米一袋5斤39.9，需要的看我简介联系方式。", "售价", "私域"),
    # a mobile number to call, a link left in the comments, a group-buy chain
    ("寒假游泳班8节课880元，咨询请拨13900002222。", "售价", "电话"),
    ("暖手宝买二送一，链接放评论区了。", "折扣", "店铺入口"),
    ("【团购】沾化冬枣5斤装45元，明晚截单，在群里接龙。", "售价", "店铺入口"),
    # a WeChat id without a colon, money saved
    ("考前冲刺班报名立省800元，联系班主任微信 kq2027。", "售价", "私域"),
    # a free first lesson to draw customers, a consultant's id
    ("少儿围棋首节课免费试听，添加课程顾问：go_kid2027", "引流", "私域"),
    # a recommended product and where to search for it
    ("【好物分享】这款保温杯我们人手一个，某东自营，搜“暖暖杯”就有。", "推荐", "店铺入口"),
    # delivery platforms named as the place to order
    ("火锅店第二份半价，美团、饿了么均可点单。", "折扣", "店铺入口"),
    # a packed weight with its price, an id after a heart-shaped V
    ("野生榛子500g装59元，V❤：zhenzi2027", "售价", "私域"),
    # a gift box with its price and a heading for how to buy
    ("【购买方式】到门店选购或拨打订购热线，礼盒装168元。", "售价", "店铺入口"),
    # a price word without a figure and a selling livestream
    ("周六晚上直播带货，本地好物粉丝价等你来！", "售价", "直播"),
    # a free sample for the postage, the seller's avatar
    ("暖足贴免费送试用装，仅需付邮5元，戳我头像进店。", "优惠券", "店铺入口"),
    # this post as the coupon
    ("凭本条微博到“老巷面馆”用餐打8.8折。", "折扣", "到店"),
    # a count in Chinese numerals, ordering in the comments, home delivery
    ("散养鸡蛋一盒30枚45元，每周三配送，预订请在评论区留言。", "售价", "店铺入口"),
])
def test_offer_and_channel_is_an_ad(rules, text, offer, channel):
    found = kinds(text)
    assert offer in found and channel in found
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    # an offer without a channel: a county's produce figures
    "今年县里引导果农发展柿饼加工，每斤售价可达20元以上，户均增收3000元。",
    # a channel without an offer: a public vaccination booking
    "流感疫苗可以扫码预约了，60岁以上老人免费接种，咨询电话：0531-7654321。",
    # a price-monitoring notice
    "本周猪肉每500克14.2元，鸡蛋每500克4.05元，总体平稳。价格举报电话：12315。",
    # public fees with a hotline and an address
    "公办幼儿园保教费每生每月600元，报名地址：市教育局一楼大厅，咨询电话：0635-1234567。",
])
def test_one_half_alone_is_no_ad(rules, text):
    assert kinds(text) == set() or not ({"售价", "折扣", "优惠券", "买赠", "分销"} & kinds(text))
    assert "ad" not in classes(rules, text)


def test_sales_words_without_a_price_need_a_sellers_channel(rules):
    # a job-like offer with a public hotline: an employment service, not a seller
    assert kinds("灵活就业兼职岗位发布，咨询电话：0531-66668888。") == set()
    assert "私域" in kinds("宝妈副业，在家月入3000+，私我进群。")
    # 开售 with a hotline: a public ticket sale
    assert kinds("春运火车票今日开售，旅客可通过12306购票，咨询电话：12306。") == set()
    # 开售 with a selling livestream: a seller
    text = "非遗漆扇新品上架，今晚8点直播间见，上链接！"
    assert "直播" in kinds(text) and "ad" in classes(rules, text)


# ---- contexts that are no ad --------------------------------------------------------------------------------

def test_public_offer_keeps_only_a_sellers_own_channels(rules):
    public = "第三批家电以旧换新补贴发放：购买一级能效空调立减15%，到店下单即可享受，咨询电话：0531-12345。"
    assert is_public_offer(fold(public)) and "ad" not in classes(rules, public)
    rider = "新款洗衣机今日开售，到店下单可享以旧换新补贴，前50名再送烘干架，地址：建设路9号。"
    assert is_public_offer(fold(rider)) and "ad" in classes(rules, rider)
    seller = "考证就能领补贴！电工证培训班3280元，团报立减500元，报名请加老师微信：dg_edu01。"
    assert is_public_offer(fold(seller)) and "私域" in kinds(seller) and "ad" in classes(rules, seller)


def test_public_service_discounts_are_public_offers(rules):
    text = "市民卡乘坐公交享8折优惠，办卡地址：市民服务中心一楼，咨询电话：96225。"
    assert is_public_offer(fold(text)) and "ad" not in classes(rules, text)
    # a subway line is a shop's directions, not a public offer
    mall = "商场年终大促，全场低至3折，地址：解放路18号，地铁2号线直达。"
    assert not is_public_offer(fold(mall)) and "ad" in classes(rules, mall)


def test_warning_and_case_are_no_ad(rules):
    warning = "警惕直播间低价陷阱！有人宣称手机一折清仓，扫码进群下单后被拉黑。警方提醒：网购认准正规平台。"
    assert is_warning(fold(warning)) and "ad" not in classes(rules, warning)
    case = "某商店在网店标注“到手价99元，加微信领券”，经查原价虚构，被依法罚款3万元。"
    assert "ad" not in classes(rules, case)


def test_a_police_account_selling_is_not_warning_by_its_name(rules):
    text = "沂水煎饼，反诈民警推荐！点击下方小风车，前20名下单送香油一瓶。"
    assert not is_warning(fold(text))
    assert "ad" in classes(rules, text)
    push = "羊肉汤礼盒仅需68元，千万不要错过，点击左下角团购！"
    assert not is_warning(fold(push)) and "ad" in classes(rules, push)


def test_footer_titles_are_not_the_posts_context(rules):
    text = "招募社区帮卖员，每单提成10%，扫码加入带教群。\n\n往期推荐\n▶ 技能提升补贴申领指南\n▶ 谨防刷单诈骗"
    assert "往期推荐" not in body_of(fold(text))
    assert not is_public_offer(fold(text)) and not is_warning(fold(text))
    assert "ad" in classes(rules, text)


def test_quoted_offer_is_the_words_of_a_case():
    text = "有商家宣称“三件七折，点进去就能买”，实为虚构原价。"
    assert kinds(text) == set()


def test_plus_sign_of_a_repost_call_is_no_wechat(rules):
    text = "关注本号+转评赞，抽1位网友送价值2999元的平板电脑。"
    assert "私域" not in kinds(text) and "售价" not in kinds(text)
    assert "ad" not in classes(rules, text)


# ---- over-entertainment ------------------------------------------------------------------------------------

def ent_rules(rules, text):
    return {f["evidence"]["rule"] for f in screen_posts([post(text)], rules)
            if f["evidence"]["class"] == "entertainment"}


@pytest.mark.parametrize("text", [
    "请各位同事为我单位参赛作品投票，每人每天投票不少于3次。",
    "每名党员须在当天浏览本号推文并点“在看”。",
    "各科室推文阅读量纳入季度绩效考评。",
    "各支部点赞情况每周通报排名。",
    "请大家动员亲友积极投票，支持我局作品。",
])
def test_forced_engagement_of_staff(rules, text):
    assert "entertainment:强制点赞" in ent_rules(rules, text)


@pytest.mark.parametrize("text", [
    "“最美社区”评选开始，欢迎市民参与投票，每人每天可投3票。",
    "评论：一些地方把点赞数、阅读量层层摊派，考核纳入转发情况，这是指尖上的形式主义。",
    "市应急局转发省应急厅关于冬季安全生产检查情况的通报。",
])
def test_public_voting_critique_and_forwarded_reports_are_not_forced(rules, text):
    assert "entertainment:强制点赞" not in ent_rules(rules, text)


@pytest.mark.parametrize("text", [
    "留言说说你的新年愿望并关注本号，小编周五揪5位小伙伴送台历！",
    "关注＋评论，就有机会获得定制保温杯。",
    "觉得有用就顺手点亮在看吧～",
    "你小时候也玩过这个游戏吗？玩过的扣1！",
])
def test_engagement_bait_and_follower_draws(rules, text):
    assert "entertainment:求关注" in ent_rules(rules, text)


@pytest.mark.parametrize("text", [
    "宪法知识竞答开始了，答对10题可参与抽取纪念品（宪法读本）。",
    "本期小客车指标摇号共抽出6000个指标，中签率1.2%。",
    "冬季用电安全要记牢，记得转给家里的老人看看！",
    "驾驶人闯红灯的扣6分，不按规定让行的扣3分。",
    "冬枣礼盒仅需39元，评论区扣1客服私你链接。",
])
def test_official_draws_share_calls_and_penalties_are_not_bait(rules, text):
    assert "entertainment:求关注" not in ent_rules(rules, text)


def test_a_warning_against_like_collecting_begs_for_nothing(rules):
    assert not ent_rules(rules, "民警提醒：集赞送礼品、转发抽奖的活动多为诈骗，不要轻信。")
    assert "entertainment:求关注" in ent_rules(rules, "集赞30个到店送礼品，快转起来！")


def test_vote_quota_under_appraisal(rules):
    text = "全体干部职工务必于今日完成“最美窗口”网络投票，每人不少于10票，完成情况纳入年度考核。"
    assert "entertainment:强制点赞" in ent_rules(rules, text)
    assert not ent_rules(rules, "“最美窗口”网络投票今日开始，欢迎市民参与，每人每天限投10票。")


@pytest.mark.parametrize("text", [
    "转发本条并@两位好友，抽3人送新年台历。",
    "关注我们，不定期还有抽奖哦～",
    "腊八节你们喝粥还是吃蒜？评论区打出来！",
])
def test_more_engagement_bait(rules, text):
    assert "entertainment:求关注" in ent_rules(rules, text)


def test_coquettish_tone_and_celebrity_filming(rules):
    assert "entertainment:卖萌" in ent_rules(rules, "今天是小编生日，大家祝我生日快乐好不好嘛～")
    assert "entertainment:卖萌" in ent_rules(rules, "动物园的熊猫宝宝在雪地里打滚，小编的心都要化了。")
    assert "entertainment:八卦" in ent_rules(rules, "某当红演员今天来古城拍戏，大家快去片场围观！")
    assert not ent_rules(rules, "灯光秀今晚开幕，快去围观吧！知名演员在古城拍戏，带动了影视旅游。")
    assert not ent_rules(rules, "影视基地今年接待剧组120个，带动就业3000人。")


def test_playing_cute_with_pets_or_the_staffs_mood(rules):
    assert "entertainment:卖萌" in ent_rules(rules, "派出所的狗狗所长今天又来上班啦，太可爱了～")
    assert "entertainment:卖萌" in ent_rules(rules, "小编今日份开心：楼下的橘猫生了三只小猫！")
    assert "entertainment:卖萌" not in ent_rules(rules, "向坚守岗位的白衣天使致敬！小编提醒：接种疫苗要预约。")
    assert "entertainment:卖萌" not in ent_rules(rules, "经过两周治疗，患者已治愈出院，小编为医护人员点赞。")


def test_celebrity_sighting_and_drama_recommendations(rules):
    assert "entertainment:八卦" in ent_rules(rules, "今晚在夜市偶遇一位知名歌手，正在排队买炸串！")
    assert "entertainment:八卦" in ent_rules(rules, "真人比镜头上还帅，激动得手都抖了。")
    assert "entertainment:八卦" not in ent_rules(rules, "奥运冠军回到母校，与师生分享比赛经历。")
    assert "entertainment:追剧" in ent_rules(rules, "周末剧荒了？小编整理了一份甜宠剧推荐。")
    assert "entertainment:追剧" not in ent_rules(rules, "吕剧《沂蒙情》今晚在市剧院上演，免费观看。")


def test_jokes_are_off_topic(rules):
    found = {f["evidence"]["term"] for f in screen_posts([post("周五啦，来个冷笑话放松一下😂")], rules)}
    assert "冷笑话" in found


def test_a_pile_of_playful_tone_is_entertainment_whatever_the_slang(rules):
    text = "家人们！今天降温啦～小编冻得直哆嗦😂 冷不冷呀？"
    assert "entertainment:娱乐化语气" in ent_rules(rules, text)
    assert not ent_rules(rules, "元宵节快乐🏮 你们今天吃汤圆了吗？小编提醒：汤圆不易消化，老人孩子要少吃哦～")
    # one or two signs are a lively official post
    assert not ent_rules(rules, "今日小雪🌨️ 气温下降，请注意添衣保暖～")
    assert not ent_rules(rules, "寒假时间定了！小伙伴们是不是已经开始期待了？请家长合理安排假期生活。")
    # an anti-fraud post may speak like this on purpose
    assert not ent_rules(rules, "家人们注意！！刷单返利都是诈骗😡 你们身边有人被骗过吗？")


def test_a_sellers_chatty_pitch_is_an_ad_not_entertainment(rules):
    text = "家人们！新年礼盒上新啦～仅需99元😍 点击左下角团购，你们冲呀！"
    found = classes(rules, text)
    assert "ad" in found and "entertainment" not in found


def test_inviting_comments_on_a_public_matter_is_no_bait(rules):
    assert not ent_rules(rules, "好消息！地铁4号线今天开通啦🎉 你们家附近有站吗？欢迎在评论区告诉我们～")


@pytest.mark.parametrize("text, forced", [
    ("每个科室每天至少转发5条本号推文。", True),
    ("各村每周不少于转发20次，由镇办统计。", True),
    ("推文点赞量将作为评先评优的重要依据。", True),
    ("各单位要及时转发本通知精神，抓好落实。", False),
    ("各社区至少组织2场反诈宣传活动。", False),
])
def test_quotas_of_offices_and_likes_as_grounds_for_awards(rules, text, forced):
    assert ("entertainment:强制点赞" in ent_rules(rules, text)) is forced


@pytest.mark.parametrize("text", [
    "请市民朋友关注“某市统计”公众号，及时了解统计数据。",
    "请广大市民积极参与投票，结果将统计公布。",
    "将群众关注的热点问题纳入年度考核，推动解决民生难题。",
    "每名党员每年要阅读不少于10本书。",
    "全市政务微博阅读量排名前十的账号名单公布。",
])
def test_words_of_engagement_in_other_senses_are_not_forced_likes(rules, text):
    assert "entertainment:强制点赞" not in ent_rules(rules, text)


@pytest.mark.parametrize("text", [
    "市领导关注民生实事，随机抽取10名群众代表参加座谈。",
    "文明养宠：猫咪很可爱，但请勿随意投喂流浪猫。",
    "为环卫工人点亮爱心灯，致敬城市美容师。",
    "优秀网络微短剧推荐片单发布，引导创作正能量作品。",
])
def test_official_posts_that_share_words_with_entertainment(rules, text):
    assert not ent_rules(rules, text)


@pytest.mark.parametrize("text", [
    "居住证办理只需3个工作日，可扫码申请。",
    "年满18周岁即可报名，扫码填写信息。",
    "宪法宣传周网上答题，前100名答对者赠送宪法读本，扫码参与。",
    "企业开办全程帮办代办，咨询电话：0531-12345678。",
    "今年跟团游客同比增长两成，旅游投诉电话：12345。",
    "春运火车票今日开售，通过铁路12306即可预订。",
    "某楼盘取得预售许可，购房咨询请拨打住建局热线：0535-1234567。",
    "科技馆VR消防馆免费体验，扫码预约入馆。",
    "居民身份证首次申领免费，咨询电话：0531-110。",
    "灵活就业兼职信息群开通，扫码进群了解岗位。",
    "家庭医生签约服务费每人每年120元，咨询电话：0531-12345678。",
    "本周猪肉价格比上周便宜0.5元，价格举报电话：12315。",
    "帮助农户卖个好价钱，收购站电话：13805310000。",
    "乘坐公交享8折优惠，咨询电话：96225。",
    "创业担保贷款0利息，符合条件的可扫码申请。",
    "春运车票开始抢购，通过12306即可购买。",
])
def test_public_business_in_sales_words_is_no_ad(rules, text):
    assert "ad" not in classes(rules, text)


def test_newer_slang_alone_and_mild_slang_with_company(rules):
    found = {f["evidence"]["term"] for f in screen_posts([post("这条通知简直是打工人的嘴替，社畜狂喜！")], rules)}
    assert {"嘴替", "社畜"} <= found
    assert not ent_rules(rules, "一整个冬天，环卫工人坚守岗位。")  # a mild word alone is ordinary Chinese
