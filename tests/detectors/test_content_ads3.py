"""Third round of ads: a unit's post promoting one business, spoken passwords, prices without a number, gifts for
signing up or referring, buying back for cash, side jobs, paid courses, loans, WeChat ids in disguise; and the
look-alikes that stay clean (consumer warnings, public fees, public services, public job fairs, government
vouchers). Texts are written for these tests (none from eval/)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_ads import is_public_offer, is_warning, named_businesses
from detectors.textnorm import fold
from tests.detectors.content_case import classes, kinds


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


# ---- offers and channels of new kinds ----------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    # a price named without a number, for those who say the password
    ("本号读者到“惠民电器城”选购，报暗号“冬日暖阳”享出厂价。", "售价"),
    # a time-limited price, an all-in price, a first month's price
    ("“美丽人生”医美中心双眼皮手术限时2980元，扣1咨询。", "售价"),
    ("“暖阳”地暖冬季活动每平米98元全包，联系电话0539-7788990。", "售价"),
    ("“福寿”康养公寓推出体验入住，首月1999元，欢迎来电预约13905391111。", "售价"),
    # a price per unit of service written out
    ("冬季地板翻新每平米45元，上门测量，电话13805391234。", "计价"),
    # nights for the price of fewer, a discount on a named service, a discount after a few words
    ("“枫林小筑”民宿冬季住两晚送一晚，预订电话13812345678。", "折扣"),
    ("“青山”农家乐住宿八折，预订时报“青山粉丝”即可。", "折扣"),
    ("“惠民大药房”会员日全场药品88折，出示本公众号文章再享积分翻倍。", "折扣"),
    ("点主页橱窗，同款取暖器直降200。", "折扣"),
    # gifts for coming to the shop, for a new card, for bringing a friend
    ("“一鸣”奶吧新品上市，到店品尝即送一瓶酸奶，地址：人民路8号。", "买赠"),
    ("办理信用卡送行李箱，刷卡满3笔再送50元话费，扫码申请。", "买赠"),
    ("老用户推荐新用户开通宽带，双方各得一个月免费使用，扫码办理。", "买赠"),
    ("本号粉丝专享：“乐活”健身房年卡立减200，私信小编报名。", "买赠"),
    # a shop's red packet
    ("点这里 👉 dwz.cn/Xy7Km2 领取年货节专属红包，最高88元。", "优惠券"),
    # buying back valuables for cash
    ("家中闲置手机高价回收，上门取件，现金秒结，联系电话18612345678。", "回收"),
    ("黄金回收价格每克高于市场价5元，地址：解放路188号。", "回收"),
    # side jobs and recruiting scams
    ("高薪招聘网络兼职，动动手指一天赚500，感兴趣的私聊。", "副业"),
    ("【灵活就业】手机就能做，每天两小时，日入200+，威❤：sdjob2026 了解详情。", "副业"),
    # a paid course sold on its results
    ("教师资格证考前押题班，通过率98%，报名加班主任微信 jszg2026。", "课程"),
    # loans
    ("个体户经营贷，年化3.6%起，点击链接申请 https://dai.example-jr.com/a1", "贷款"),
    # goods shipped to the buyer
    ("需要的家人们加我绿色软件：sdhaowu88，当天发货。", "上新"),
    # those who want to buy step forward
    ("想要购买的扣1，小助手拉你进福利群。", "推荐"),
])
def test_new_offers_with_a_channel_are_ads(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text, channel", [
    # a password said at the counter
    ("老铺“潮味坊”猪肉脯上新啦，进店报“好物汕头”就送一包！", "口令"),
    # WeChat by its colour or a homophone, with an id
    ("本地土蜂蜜一斤60元，加绿色软件：fengmi666。", "私域"),
    ("土鸡蛋一箱30枚45元，薇：jidan2026。", "私域"),
    # 扣1 to ask or order
    ("“美丽人生”医美中心双眼皮手术限时2980元，扣1咨询。", "私域"),
    # the post shown at the counter is the coupon
    ("中山“安骑行”门店头盔第二件0元，出示本视频即可。", "到店"),
    # a phone to book, with the verb between
    ("“康美”体检中心全套体检原价1280现价680，电话预约0532-8765432。", "电话"),
    # a QR code to sign up or to learn more
    ("招募城市合伙人，无需囤货，扫码了解。", "扫码"),
    # reading the original to sign up for a paid course
    ("“小学奥数思维课”原价399，现在报名只要99，点击阅读原文报名。", "店铺入口"),
])
def test_new_channels_with_an_offer_are_ads(rules, text, channel):
    assert channel in kinds(text)
    assert "ad" in classes(rules, text)


def test_a_channel_is_found_beyond_the_words_of_an_offer():
    # 到店 inside 到店即送 is the offer's own word; the shop's address later is still its channel
    text = "“极客数码”店庆期间到店即送数码大礼包。\n\n店铺地址：福田区华强北路1号。"
    assert {"买赠", "到店"} <= kinds(text)


# ---- one named business ------------------------------------------------------------------------------------

def test_one_named_business_makes_a_weak_offer_with_a_phone_an_ad(rules):
    shop = "防盗门锁也要升级！“固安智能锁”旗舰店冬季特惠，安装费全免，预约电话 0633-2345678。"
    assert named_businesses(fold(shop)) == {"固安智能锁"}
    assert "ad" in classes(rules, shop)
    # the same words without a business named are a tip and a phone, no promotion of anyone
    tip = "防盗门锁也要升级！冬季特惠活动期间安装费全免，预约电话 0633-2345678。"
    assert not named_businesses(fold(tip)) and "ad" not in classes(rules, tip)


@pytest.mark.parametrize("text", [
    # several businesses named in an official list
    "全市开展“放心消费”创建，“银座”商城、“家家悦”超市等20家商户获评示范店，咨询电话0531-86012345。",
    # a business named in news without any offer
    "“泉城”书店获评全省最美书店，12月举办读书周活动，咨询电话0531-86012345。",
    # a new shop's jobs: the phone is for applicants, not for buyers
    "“老字号”饭店新店开业，吸纳就业80人，招聘电话0531-86012345。",
    # a public institution named in quotes is no business (纪念馆, 服务中心)
    "“红嫂”纪念馆冬季特惠开放日免门票，预约电话0539-1234567。",
])
def test_named_businesses_without_a_promotion_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text, kind", [
    # a named business's price per weight, with its booking link
    ("周末去哪儿？“花海”农庄采摘草莓，每斤40元，订票戳链接 https://t.cn/A6abcd1", "标价"),
    # a service whose fees are waived, at one named garage, reached by navigation
    ("冬季轮胎检查很重要！“驰安”汽修厂本周免费检测，换胎工时费全免，导航“驰安汽修”即到。", "免费服务"),
    # a crash course promising a certificate, at one named school
    ("“启航”职业培训学校开设电工证速成班，15天拿证，包推荐工作，电话咨询13805398888。", "课程"),
    # a price at cost
    ("暖气片漏水别慌，“安暖”维修部上门维修只收成本费，微信同号13953912345。", "售价"),
    # a password said at the counter is an offer by itself
    ("冬天到了，“羊羊”羊肉馆的羊汤喝起来！报“人社小编推荐”送凉菜一份。", "暗号"),
    # a gift for a viewing, a down payment from, a discount from the lowest
    ("关注“幸福里”楼盘公众号，预约看房即送价值500元的购物卡。", "买赠"),
    ("“雪绒花”羽绒服工厂店全场清仓，最低一折，地址：纺织城2号厅。", "折扣"),
])
def test_offers_of_one_named_business_are_ads(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


def test_a_price_per_weight_counts_only_beside_one_named_business(rules):
    farm = "“花海”农庄草莓采摘每斤40元，订票戳链接 https://t.cn/A6abcd1"
    assert "标价" in kinds(farm)
    market = "本周草莓批发均价每斤40元，详见 https://t.cn/A6abcd1"
    assert "标价" not in kinds(market) and "ad" not in classes(rules, market)


@pytest.mark.parametrize("text", [
    "“家家悦”超市鸡蛋每斤3.98元，价格监测点数据显示本周蛋价平稳。",
    "“家家悦”超市鸡蛋每斤3.98元，全市价格监测电话0531-12358。",
    "“惠民”药房被通报：感冒药每盒售价高于备案价，已责令整改，举报电话12315。",
    "“一品鲜”酒楼因食品安全问题被立案调查，市民可拨打12345反映。",
    "“老街”面馆店主坚持十年为环卫工人免费提供早餐，被评为“最美商户”。",
    "“泰山”牌矿泉水入选省级品牌名录，企业年产值超10亿元。",
    "市博物馆“齐鲁文物”特展开幕，免费参观，预约电话0531-86012345。",
    "退役军人凭优待证在“银座”商城购物享九折，合作商户由市退役军人事务局统一公布。",
    "区人社局直播带岗：今晚19点，20家企业在线招聘，月薪5000元起，点击视频号预约直播。",
    "全市住房公积金贷款利率下调，首套房首付比例最低15%，详询12329。",
    "【就业】市公共实训基地电工证培训免费报名，培训合格推荐就业，电话0539-12333。",
    "冬季游泳馆开放时间调整：每日9:00—21:00，票价按物价部门核定标准执行，每人每次20元。",
])
def test_named_business_look_alikes_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text, kind", [
    # a price in Chinese numerals, in a selling livestream
    ("家人们，今晚八点准时开播，老家的核桃三斤装只要四十九，直播间等你们！", "售价"),
    # a cake's size with its price
    ("本号联合“百味”烘焙推出圣诞蛋糕，6寸88元，下单请添加客服：baiwei_cake", "售价"),
    # a gift of a stated value behind a shop icon
    ("戳视频左下角小风车，领取价值199元的体检套餐，仅限前100名。", "赠品"),
    # a financial product sold on its return, through its sales staff
    ("手里有闲钱的朋友，我们的“稳赢”理财年化收益8%，保本保息，详询理财经理。", "理财"),
    # buying used cars for cash
    ("二手车收购，当场打款，过户无忧，联系电话：15553911111。", "回收"),
    # those who want it, asked to comment
    ("年货清单：沂蒙煎饼、八宝豆豉，想要的家人们评论区扣“年货”，小助理挨个私你。", "推荐"),
    # a trade-in credit and the shop's own gift on top of a public trade-in programme
    ("新年换新机，“通达”手机城以旧换新最高抵3000元，店内再送钢化膜，地址：通达路16号。", "折扣"),
])
def test_more_offers_are_ads(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text, channel", [
    ("看到这里的朋友有福了，私信我回复“暖冬”，送你一张满100减30的券。", "私域"),
    ("推荐大家用“铁卫”智能门锁，拍下立减300，主页有链接。", "店铺入口"),
])
def test_more_channels_are_ads(rules, text, channel):
    assert channel in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "金融监管部门提示：承诺“保本保息”“年化收益8%”的理财产品多为非法集资。",
    "我市粮食收购进度过半，最低收购价每斤1.19元，售粮咨询电话0539-8012345。",
    "区商务局组织家电以旧换新进社区，现场可申领政府补贴，每台最高抵2000元，咨询电话0539-8012345。",
    "市总工会为困难职工送去价值300元的慰问品，共慰问200户。",
    "警方通报：某主播在直播间以“福利价”销售假冒取暖器，涉案金额50余万元，已被刑事拘留。",
    "春运期间12306是唯一官方购票渠道，请勿相信所谓“代抢票”服务。",
    "区教育局举办寒假公益托管，每天接送、午餐、作业辅导全部免费，报名电话0539-8012345。",
    "市消协提醒：“包过”“不过退费”的驾培承诺往往难以兑现，请选择正规驾校。",
])
def test_more_look_alikes_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    # the named shop is where to buy: a strong offer there needs no link or phone
    "开学季家长注意交通安全。另：“优学”书店开学文具季全场满50送10，凭学生证再9折。",
    "今天带大家逛逛我区的网红面包店“麦香”，新品可颂买一送一，仅限今天下午，快去打卡吧！",
])
def test_a_strong_offer_of_one_named_business_is_an_ad(rules, text):
    assert "商家" in kinds(text)
    assert "ad" in classes(rules, text)


def test_a_named_business_is_no_channel_for_a_weak_offer_or_a_public_offer(rules):
    weak = "“优学”书店开学季新品上架。"
    assert not kinds(weak) and "ad" not in classes(rules, weak)
    public = "感谢“一品鲜”海鲜酒楼的支持，即日起凭市民卡就餐享8.8折。"
    assert "ad" not in classes(rules, public)


@pytest.mark.parametrize("text, kind", [
    ("本号推荐“暖冬”羽绒服品牌，官方旗舰店双12五折，戳链接直达。", "折扣"),
    ("冬季滑雪季来了，“雪乡”滑雪场学生票半价，美团搜索“雪乡滑雪”即可购票。", "折扣"),
    ("暖气不热怎么办？“热力通”暖气清洗，上门服务每组30元，预约请拨18863991234。", "标价"),
    ("【招商】“金街”商业广场旺铺招租，前三个月免租，欢迎有意者来电洽谈：0539-7777888。", "上新"),
    ("第一书记带货：村里的红薯粉条，5斤装49元，评论区留言地址，我们统一发货。", "私域"),
    # an account's campaign name (反诈宣传进社区) is no warning about the insurance sold at it
    ("【反诈宣传进社区】活动现场，“平安保”保险代理人为居民讲解意外险，一年仅需99元，扫码即可投保。", "售价"),
])
def test_offers_and_channels_of_businesses_named_in_more_ways(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "“乐享”健身房年卡五折后关门跑路，受损会员可到派出所报案。",
    "市场监管局约谈“好又多”超市：促销活动全场满200减30须明码标价。",
    "“海底捞”门店涉嫌使用过期食材，市场监管部门已介入调查。",
    "“好客山东·惠民季”启动，全省景区门票五折，通过“好客山东”平台预约，咨询电话0531-12301。",
    "区供热中心：暖气不热可拨打供热服务热线0539-96123，维修人员上门服务不收取任何费用。",
    "县长直播间推介特产，本地阿胶糕、小米等农产品线上销售额突破500万元。",
    "第一书记王某带领村民成立合作社，发展红薯粉条产业，带动60户增收。",
    "区商务局发布“金街”商业广场招商公告，详见区政府网站。",
])
def test_business_look_alikes_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text, kind", [
    ("“快修侠”家电维修，冰箱空调上门维修，检测免费，师傅电话15065301234。", "免费服务"),
    ("宝藏小店“老味道”卤味，招牌卤猪蹄38元一只，外卖平台搜“老味道卤味”就能点。", "标价"),
    ("有贷款需求的朋友注意，“信达”金融最高可贷50万，利息低至3厘，电话13705391122。", "贷款"),
])
def test_services_prices_and_loans_of_named_businesses(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "区消协发布家电维修消费提示：维修前要问清收费标准，警惕“小病大修”。",
    "本周菜价：猪肉15元一斤，鸡蛋4元一斤，价格总体平稳。",
    "区人民银行提醒：“低息贷款”“无抵押快速放款”多为诈骗，贷款请通过正规银行。",
    "市商务局公布年夜饭预订放心餐馆名单，共50家餐饮企业入选。",
])
def test_service_price_and_loan_look_alikes_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text, kind", [
    ("家里有老人需要护理的，我们提供专业护工上门，每天200元，微信：hugong2026", "计价"),
    ("学历提升，专升本，不用考试，包拿证，详情私聊。", "私域"),
    ("有需要开发票的老板联系我，各类发票代开，qq：556677889。", "代办"),
])
def test_paid_care_diplomas_and_invoices_sold_privately(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "【就业帮扶】失业人员参加技能培训免费，培训合格发放生活补贴每天50元，报名电话0531-86123456。",
    "公办养老院床位费每天50元，由民政局统一定价，咨询电话0531-86012345。",
    "代开发票属于违法行为，税务部门提醒企业依法取得发票。",
])
def test_public_daily_rates_and_warnings_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text, kind", [
    ("我区“金穗”面业推出惠民面粉，10斤装只卖25元，欢迎市民到厂区门市部选购。", "到店"),
    ("“鲁味”食品公司新推出的年货礼盒，每盒158元，可定制企业logo，团购电话13969112345。", "标价"),
])
def test_a_factory_shop_and_a_food_firms_gift_box(rules, text, kind):
    assert kind in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "【助企纾困】区工信局组织20家面粉企业与商超对接，帮助企业拓展销售渠道。",
    "【企业风采】“鲁味”食品公司获评省级农业产业化龙头企业，年产值10亿元。",
    "消费季活动中，全市发放消费券5000万元，在“泉城消费”小程序领取，商场、超市均可使用。",
])
def test_firms_in_the_news_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    # a public venue's own tickets: discounts written anywhere are still its public business
    "【蒙山景区冬季门票优惠公告】12月1日至2月底，门票五折，学生半价，咨询电话0539-4211111。",
    "市博物馆新春特展门票半价，学生凭学生证免费，预约电话0531-86012345。",
    "市体育中心游泳馆冬季学生票半价，地址：经十路100号。",
    "台儿庄古城冬季门票优惠：即日起门票八折，60岁以上老人免票，官方购票渠道：古城官网。",
    # an enforcement case naming the shop
    "“老王”烧烤店因“买一送一”宣传与实际不符被罚3000元。",
])
def test_public_venues_tickets_and_fined_shops_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "【通行费优惠】即日起，货车使用ETC通行享受通行费95折优惠，咨询电话96659。",
    "区人社局今晚7点开启直播带岗，30家企业提供岗位，月薪6000元起，进直播间投递简历。",
])
def test_tolls_and_wages_are_no_sales(rules, text):
    assert "ad" not in classes(rules, text)


def test_a_price_from_is_still_a_price(rules):
    assert "ad" in classes(rules, "“海景”民宿海景房冬季298元起，预订电话13805391234。")


def test_a_price_below_the_market_is_a_price(rules):
    ad = "“丰收”农资店冬储化肥开始预订，预订价每吨比市场价低200元，订货电话13954123456。"
    assert "售价" in kinds(ad) and "ad" in classes(rules, ad)
    monitoring = "本周蔬菜价格监测：平价菜店白菜比市场价低0.3元，价格举报电话12315。"
    assert "ad" not in classes(rules, monitoring)


def test_a_commercial_venues_half_price_is_still_an_ad(rules):
    assert "ad" in classes(rules, "冬季滑雪季来了，“雪乡”滑雪场学生票半价，美团搜索“雪乡滑雪”即可购票。")


# ---- warnings, public offers ------------------------------------------------------------------------------

def test_a_safety_tip_is_no_warning_about_offers(rules):
    tips = ("冬季家电安全：电热毯不要折叠使用。温馨提示：本号读者到“惠聊家电城”选购，报暗号“放心消费”享出厂价。")
    assert not is_warning(fold(tips)) and "ad" in classes(rules, tips)
    for warning in ("不要轻信“高价回收”的上门人员。", "陌生链接不要点！", "遇到“刷单返利”，千万不要！"):
        assert is_warning(fold(warning))


def test_a_buffet_is_no_public_meal_service(rules):
    assert is_public_offer(fold("社区长者助餐点每餐8元。"))
    buffet = "英德“云端汤泉”双人泡汤+自助餐限时298元，点击视频下方地址标签直接抢券。"
    assert not is_public_offer(fold(buffet)) and "ad" in classes(rules, buffet)


def test_a_makers_top_up_on_a_subsidy_is_a_sellers_gift(rules):
    ad = "“绿能家”空气能热泵冬季大促，安装即享政府补贴+厂家直补，到店咨询满1万元立减1500元，热线400-820-1234。"
    assert "ad" in classes(rules, ad)
    public = "购买一级能效空气能热泵可享政府补贴，满1万元立减1500元，到店咨询，热线0531-12345。"
    assert "ad" not in classes(rules, public)


@pytest.mark.parametrize("text", [
    "【消费提示】年底商家促销多，“全场五折”“买一送一”要看清规则，谨防先涨后降。投诉举报请拨打12315。",
    "市公安局反诈中心提醒：“日赚300元、在家就能做”的兼职刷单都是诈骗！切勿添加陌生人微信。",
    "【泰山景区冬季门票公告】12月1日起执行淡季票价，门票100元/人，60周岁以上老人免票，购票请通过“泰山景区”官方小程序。",
    "【2026年冬季大型招聘会】120家企业提供岗位3000余个，求职者凭身份证免费入场，咨询电话0531-12333。",
    "我市家电以旧换新补贴开始申领，购买一级能效家电可享销售价15%的补贴，最高2000元，登录“爱山东”App申请。",
    "惠民消费券今晚8点开抢，满200减50，在云闪付App搜索“济南消费券”领取。",
    "本周价格监测：鸡蛋每斤4.2元，白菜每斤0.9元，如发现哄抬价格，请拨打12315举报。",
    "【案例通报】某超市标注“全网最低价”且无法提供依据，违反广告法，被罚款2万元。",
    "创业担保贷款最高可贷30万元，财政全额贴息，符合条件的可到区人社局窗口申请，电话0531-86012345。",
    "12315提醒：预付卡消费要谨慎，商家“充1000送500”等优惠可能暗藏风险，店铺跑路后维权难。",
    "【警情通报】李某在某直播间以“特价”购买手机被骗5000元，民警提醒网购请认准正规平台。",
    "市民热线提醒：冬季供暖费每平方米22元，请于12月15日前通过“泉城办”缴纳，热线0531-96777。",
    "公租房租金每平米8元，申请咨询电话0531-86012345。",
    "银行工作人员提醒：“无抵押、秒到账”的网贷广告多为诈骗，借款请通过正规金融机构。",
    "区人社局举办直播带岗活动，今晚7点在“临沂人社”视频号直播，30家企业发布岗位，扫码投递简历。",
    "60岁以上老人到社区长者食堂就餐每餐8元，80岁以上减免，地址：和平路社区服务站。",
    "区消防救援大队提醒：购买灭火器要选择有3C认证的正规门店，不要贪图便宜。",
    "景区官方门票在“畅游山东”小程序购买，成人票80元，学生票40元，谨防黄牛高价倒卖。",
    "新开办企业免费赠送一套印章，扫码办理营业执照。",
    "宪法宣传周：参与普法知识答题，有机会领取红包，扫码参与。",
    "办证送证上门服务启动，老年人办理身份证可申请，电话预约0531-86012345。",
    "冬季送温暖：社区为独居老人免费送一袋大米，志愿者上门登记，电话0531-86012345。",
    "少年宫寒假公益班开始报名，开设书法、绘画课程，免费试听课，扫码报名。",
    "我市教师资格证面试通过率达85%，考生可登录官网查询成绩。",
    "区人社局招聘会岗位：打字员2名、会计1名，联系电话0531-86012345。",
    "警方提醒：有人以“黄金回收”为名上门诈骗，请勿轻信。",
    "价格监测：部分超市特价鸡蛋每斤3.98元，价格举报电话12315。",
    "“银发”康养公寓为公办养老机构，床位费每月1500元，由民政局统一定价，咨询0531-86012345。",
    "反诈宣传：办理信用卡送礼品的陌生电话多为诈骗，切勿透露验证码。",
    "家政服务培训班免费开班，培训合格颁发证书，推荐就业，报名电话0531-86012345。",
])
def test_look_alikes_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


# ---- entertainment ----------------------------------------------------------------------------------------

def ent_rules(rules, text):
    """The entertainment rules screening reports for one post."""
    from detectors.content import screen_posts
    from tests.detectors.content_case import post
    return {f["evidence"]["rule"] for f in screen_posts([post(text)], rules) if f["evidence"]["class"] == "entertainment"}


@pytest.mark.parametrize("text, rule", [
    # forwarding for luck in exams
    ("高考倒计时30天！转发这条锦旗，祝你逢考必过！", "entertainment:求关注"),
    ("期末周来了，评论区接好运，保你门门必过！", "entertainment:求关注"),
    # begging for a like as a favour
    ("本期视频拍了好久，喜欢的话就点个关注，我们下期再见。", "entertainment:求关注"),
    ("觉得有用就点个在看，支持一下小编。", "entertainment:求关注"),
    # the editor moaning about work
    ("周一又来了，小编已经累趴了。", "entertainment:卖惨"),
    ("加班到深夜，材料终于交了 (╥﹏╥)", "entertainment:卖惨"),
    ("这一周太漫长，周五快点来！", "entertainment:卖惨"),
    # riddles as filler
    ("交警的脑筋急转弯：什么车不能开？答案明天公布！", "entertainment:猜谜"),
    ("今天是警察叔叔猜谜时间：“一口咬掉牛尾巴”，答案明天揭晓。", "entertainment:猜谜"),
    # forced likes: a quota per head after the likes, like screenshots reported, a like rate as a reference
    ("请干部职工对本号短视频逐条点赞、评论并转发至家庭群，每人不少于10条。", "entertainment:强制点赞"),
    ("各单位将职工转发截图汇总后报局办公室。", "entertainment:强制点赞"),
    ("点赞率将作为年度评先评优的重要参考。", "entertainment:强制点赞"),
])
def test_new_entertainment_rules(rules, text, rule):
    assert rule in ent_rules(rules, text)


@pytest.mark.parametrize("text", [
    # a Lantern Festival riddle event and folk culture
    "元宵节猜灯谜活动在市图书馆举行，200条谜语等你来猜，猜中可领取纪念品。",
    "非遗进校园：民俗专家讲解谜语文化，学生们现场猜一字谜。",
    # advice on not wanting to work after a holiday, a workers' rights notice
    "心理专家：节后不想上班？可以这样调整作息。",
    "区总工会提醒：职工加班应依法支付加班费，劳动者可拨打12351咨询。",
    # rules and campaigns against forced likes
    "严禁以任何形式强制要求干部职工点赞转发，不得将点赞量纳入考核。",
    "全市开展“指尖上的形式主义”专项整治，坚决纠治强制点赞、转发率排名等问题。",
    # an ordinary call to share
    "欢迎点赞、转发，让更多人了解医保新政策。",
    "市教育局提醒：期末考试临近，请合理安排作息，祝考生考试顺利。",
    "我局公众号年度阅读量达120万次，感谢广大市民的关注。",
])
def test_entertainment_look_alikes_stay_clean(rules, text):
    assert not ent_rules(rules, text)


@pytest.mark.parametrize("text, rule", [
    ("局长的宠物狗今天来上班了，萌化了有没有！", "entertainment:卖萌"),
    ("你们猜这是哪个科室的办公桌？答对有奖哦。", "entertainment:卖萌"),
    ("一到周一就想请假，这周的材料还没写完。", "entertainment:卖惨"),
    ("今晚的月亮好圆，小编在单位楼顶拍到的，美哭了！", "entertainment:卖惨"),
    ("各支部要组织党员每天观看本号视频不少于3个，观看截图于每周一报党建办。", "entertainment:强制点赞"),
])
def test_more_entertainment_rules(rules, text, rule):
    assert rule in ent_rules(rules, text)


@pytest.mark.parametrize("text", [
    "冬季宠物管理提醒：遛狗须拴绳，及时清理宠物粪便。",
    "组织党员观看警示教育片，每人撰写心得体会不少于500字。",
    "区融媒体中心举办“最美交警”评选，市民可通过官方平台投票，评选结果将于1月公布。",
    "反诈宣传：转发锦鲤能转运？“转发抽奖”可能是诈骗！",
    "网络文明宣传：不信谣、不传谣，转发前先核实。",
])
def test_more_entertainment_look_alikes_stay_clean(rules, text):
    assert not ent_rules(rules, text)


# ---- unsourced reposts -----------------------------------------------------------------------------------

REPOST_UNIT = "梅州市人民政府新闻办公室"
FORECAST = ("预计23日至24日，山东中北部、河北南部、河南北部等地部分地区有大雪，局地暴雪，"
            "请注意防范降雪、道路结冰对交通和设施农业的不利影响。")


@pytest.mark.parametrize("line", ["信源：中国政府网", "引自：健康中国（国家卫生健康委员会官方公众号）", "转引自《人民日报》"])
def test_source_lines_of_more_wordings_name_the_source(line):
    from detectors.content_repost import text_names_source
    assert text_names_source(fold("冬季老年人防跌倒，这6点请记牢。\n" + line))
    assert not text_names_source(fold("冬季老年人防跌倒，这6点请记牢。"))


def _index(source_text, names):
    from detectors.content_repost import OverlapIndex
    from tests.detectors.content_case import post
    source = post(source_text, "s1", "cma", "2026-11-18T09:00:00+08:00")
    return OverlapIndex([source], lambda p: p["account_id"], lambda p: names.get(p["account_id"], ""))


def test_a_headline_naming_the_publisher_names_the_source():
    from detectors.content_repost import repost_hit
    from tests.detectors.content_case import post
    index = _index("中央气象台发布暴雪蓝色预警：" + FORECAST, {"cma": "中国气象局"})
    own = post("【中国气象局：中央气象台发布暴雪蓝色预警：" + FORECAST + "】")
    assert repost_hit(own, REPOST_UNIT, index) is None
    # another body named as the speaker hides who published the text
    other = post("【国家气候中心：中央气象台发布暴雪蓝色预警：" + FORECAST + "】")
    hit = repost_hit(other, REPOST_UNIT, index)
    assert hit is not None and hit.basis == "overlap"


def test_a_caption_that_is_nearly_all_of_another_post_is_a_copy():
    from detectors.content_repost import repost_hit
    from tests.detectors.content_case import post
    warning = ("骗子以“点赞关注赚佣金”为诱饵，先小额返利取得信任，再以“做任务”“冲业绩”为由要求垫付大额资金，最后拉黑失联。")
    index = _index("【警惕兼职诈骗！】" + warning + "公安部刑侦局提醒：凡是要求先垫付的兼职都是诈骗！", {})
    caption = post("兼职点赞能赚钱？别信！" + warning + " #反诈", platform="douyin")
    hit = repost_hit(caption, "中山市公安局", index)
    assert hit is not None and hit.basis == "overlap"
    # a post that shares one sentence of it and says more of its own is no copy
    own = post("兼职点赞能赚钱？别信！" + warning[:40] + "。近期我市已发生同类案件12起，涉案金额80余万元，"
               "市公安局已成立专班开展打击，请广大市民提高警惕，遇到可疑情况及时拨打110报警。")
    assert repost_hit(own, "中山市公安局", index) is None
