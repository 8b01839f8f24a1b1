"""Second round of ads, entertainment and unsourced reposts: offers and channels of kinds the first round missed,
vague sources, cued short copies, fans and gaming. Texts are written for these tests (none from eval/)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_repost import OverlapIndex, repost_hit, text_names_source, vague_source
from detectors.textnorm import fold
from tests.detectors.content_case import classes, kinds, post

UNIT = "临沂市兰山区人民政府"


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


# ---- ads: offers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, offer", [
    # a price per head, per item, per night
    ("海南三亚双飞5日游，2680元/人，含机票酒店，报名电话：0539-6612345。", "计价"),
    ("烤瓷牙冬季活动1280元/颗，预约电话0539-8876543。", "计价"),
    # 仅 with a monthly price, a decimal price
    ("宽带新装每月仅49元，到营业厅即可办理。", "售价"),
    ("洗车卡仅9.9元，私信小编领取。", "售价"),
    # a packed weight with its price, no 装
    ("新疆红枣1000克礼盒128元，下单加客服微信：hongzao2026。", "售价"),
    # a course that promises a refund when the exam fails
    ("教师资格证面试协议班，不过退费，联系李老师13853912345。", "分销"),
    # a loan sold with a link
    ("无抵押信用贷，5分钟到账，点此申请 https://loan.abc-jr.cn/x 。", "贷款"),
    # a shop's discount in money
    ("年终清库，厂家让利3000元，到展厅看车，地址：北城新区沂河路9号。", "折扣"),
])
def test_new_offers_with_a_channel_are_ads(rules, text, offer):
    assert offer in kinds(text)
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    # a public fee schedule quotes prices per head and per visit
    "【冬季门票调整】自12月1日起，蒙山景区门票价格由90元/人降至70元/人，咨询电话：0539-4211111。",
    "办理残疾人证工本费0元，换领居住证工本费20元/次，办理地点：区政务服务中心二楼。",
    # price monitoring quotes a weight with its price
    "本周猪肉价格监测：精瘦肉每500克16.5元，较上周下降0.3元，价格举报电话：12315。",
    # 仅 with an integer and no money per period is no sales price
    "本次体检仅用时2天，全区完成体检的老人仅58人未到场，请联系社区医生补检：0539-8123123。",
    # a public job group says 兼职
    "人社局灵活就业信息群开通，发布兼职岗位，扫码进群查看。",
    # a subsidised public loan
    "今年发放创业担保贷款9亿元，个人无抵押最高可贷30万元，财政贴息，咨询电话12345。",
])
def test_public_prices_and_offers_are_no_ads(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text, channel", [
    ("冬季写真特惠，原价2999现价1599，预约请私信。", "私域"),
    ("少儿美术寒假班，前20名报名立减300元，联系张老师。", "私域"),
    ("小升初冲刺班现价3980元，报名热线 138 5391 7766 。", "电话"),
    ("月子中心套餐限时特惠价18800元，预约电话0539-7788990。", "电话"),
    ("新用户办理宽带每月仅49元，到营业厅即可办理。", "到店"),
])
def test_new_channels(text, channel):
    assert channel in kinds(text)


def test_side_job_needs_a_sellers_channel(rules):
    assert "ad" in classes(rules, "宝妈在家就能做，一部手机就能操作，收入稳定，感兴趣的点我头像了解。")
    assert "ad" not in classes(rules, "宝妈在家就能做的手工活计由妇联免费培训，收入稳定，咨询电话：0539-8123000。")


def test_a_shop_on_a_subsidy_is_a_seller(rules):
    # the subsidy is public; the shop's own price cut on top of it is the shop's offer
    assert "ad" in classes(rules, "以旧换新国家补贴再叠加本店让利，冰箱直降1500元，地址：解放路18号家电城。")
    assert "ad" in classes(rules, "以旧换新补贴叠加厂家优惠，冰箱立省1500元，来店就送电水壶，地址：解放路18号家电城。")
    assert "ad" not in classes(rules, "家电以旧换新补贴申领指南：购买一级能效冰箱立省15%，最高2000元，"
                                     "可到参与活动的门店现场申领，地址见附件名单。")


# ---- unsourced reposts: vague sources ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "今冬明春全国将新增储备天然气20亿立方米。（来源：网络）",
    "室内取暖五个注意，转给家人！图文来源于网络，侵删。",
    "本文综合自网络。国产大飞机今年交付量创新高。",
    "转自某微信群：明天上午部分小区停水，请提前储水。",
    "据相关媒体报道，多地出现冒充燃气公司上门检查的骗局。",
])
def test_vague_source_is_a_repost_without_source(text):
    folded = fold(text)
    assert vague_source(folded)
    assert not text_names_source(folded)
    assert repost_hit(post(text), UNIT, None).basis == "vague_source"


@pytest.mark.parametrize("text", [
    "来源：临沂日报\n全市冬小麦播种完成。",
    "图片来源：市气象台\n今晨我市出现大雾。",
    "据新华社报道，今年全国粮食总产量再创新高。",
    "转自@临沂公安：冒充客服退款的骗局又来了。",
    "来源：网络安全周组委会\n网络安全宣传周将于下周开幕。",
])
def test_named_sources_stay_clean(text):
    assert repost_hit(post(text), UNIT, None) is None


# ---- unsourced reposts: a short copy after 据了解 -----------------------------------------------------------

COPIED = "不符合新国标的电动三轮车自明年起不得上路行驶，违者将依法处罚。"
SOURCE = ("下月起一批新规施行\n1.《校外培训管理办法》施行。\n2.《电动三轮车管理规定》施行，" + COPIED +
          "\n3.多地上调城乡居民基础养老金。")


def _overlap(units):
    return OverlapIndex([post(SOURCE, "s1", "source", "2026-11-18T09:00:00+08:00")],
                        lambda p: units.get(p["account_id"], p["account_id"]))


@pytest.mark.parametrize("cue", ["据了解，", "据悉，"])
def test_cued_short_copy_is_a_repost(cue):
    copy = post("【新规提醒】" + cue + COPIED + "区交警大队将加强路面检查。")
    hit = repost_hit(copy, UNIT, _overlap({"acct": UNIT, "source": "人民日报社"}))
    assert hit is not None and hit.basis == "overlap"


def test_short_copy_without_cue_or_from_own_unit_is_clean():
    units = {"acct": UNIT, "source": "人民日报社"}
    assert repost_hit(post("【新规提醒】" + COPIED + "区交警大队将加强路面检查。"), UNIT, _overlap(units)) is None
    own = {"acct": UNIT, "source": UNIT}
    assert repost_hit(post("【新规提醒】据了解，" + COPIED + "区交警大队将加强路面检查。"), UNIT, _overlap(own)) is None


# ---- entertainment ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "这部动画电影太好看了，你二刷了吗？",
    "祝我们的爱豆生日快乐！出道八周年，一路有你！",
    "昨晚开黑连跪五把，小编心态崩了。",
    "警犬“闪电”今天过生日啦，训导员给它做了生日蛋糕！",
    "猜猜这是我们大队哪位民警小时候的照片？",
    "今天单位门口来了只流浪猫，天天来蹭饭，太可爱啦！",
    "这首新歌上线就单曲循环了一上午，你们听了吗？",
    "今天教大家做一道家常菜，学会的宝子扣1～",
])
def test_new_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "国家电影局数据显示，今年全国电影总票房突破400亿元。",
    "寒假将至，请家长加强对未成年人网络游戏的管理，防止孩子沉迷游戏、氪金充值。",
    "市公安局警犬基地举行退役仪式，6头警犬光荣退役，由训导员领养。",
    "网信办开展清朗专项行动，整治饭圈应援打榜、网络暴力等乱象。",
    "全国交通安全日，交警走进校园讲解交通安全知识，同学们积极提问。",
])
def test_entertainment_look_alikes_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- ads: kinds studied on dev4 (texts of our own) -------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a community group-buying platform and a one-cent trial
    "年货礼包在美团优选可下单，次日自提，拍下立享1分钱试用。",
    # a colloquial price in today's livestream
    "沂蒙小米今晚直播间6块6抢购，手慢无～",
    # 买一赠一 of any unit, with the post as the voucher
    "“老街咖啡”新店开业，凭本推文买一杯赠一份曲奇。",
    # 立返 for the first sign-ups, a WeChat id to search
    "【合作推荐】“状元堂”寒假班，前30名报名立返200元，报名VX搜：zyt_0539",
    # a coupon for new customers found by searching a shop
    "本号联合“沂河老酒”送福利，去京东搜“沂河老酒”领新客券～",
    # an icon of any colour below the video
    "来临沂泡汤吧！点击视频下方小紫条，双人票券后99元。",
    # a shop on the account's home page, a gift for the first orders
    "民警推荐的车载灭火器已上架主页小店，前100单送挂钩。",
    # private traffic: an enterprise WeChat and a flash-sale group
    "【蒙山土鸡蛋】加我企微，拉你进福利群，每周五群内秒杀。",
    # 阅读原文 to the shopping venue
    "年终大促已开启，入驻商家全场满200减30，点击阅读原文直达会场。",
    # a paid errand service with a private contact
    "“顺达车务”专业代办驾驶证换证，一条龙服务，加v：shunda_0539 预约。",
    # commercial insurance with a first month free, on a public-sounding product
    "“某康惠民保”开放投保，每人每年仅59元，扫码投保立享首月免费。",
])
def test_dev4_kinds_of_ads(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    # the government's own errand service
    "政务服务中心推行帮办代办服务，企业开办全程代办，咨询电话：0539-8888123。",
    # a livestream that sells nothing
    "今晚直播间邀请市医保局负责同志解读医保新政，欢迎收看。",
    # an educational headline and a warning about the trick it shows
    "防骗知识学起来！有人冒充民警推荐“理财产品”，让你点链接领券，都是骗局。",
    # a book recommended by an official, borrowed from the library
    "书记推荐的10本好书，扫码即可在市图书馆借阅。",
])
def test_dev4_kinds_of_ad_look_alikes_are_clean(rules, text):
    assert "ad" not in classes(rules, text)


def test_sellers_fan_welfare_is_the_ads_wording_not_entertainment(rules):
    text = "本号联合“暖冬家电”推出粉丝福利，取暖器领券再减50元，戳👉https://u.jd.com/Ab3dEf9"
    assert classes(rules, text) == {"ad"}
    assert "entertainment" in classes(rules, "粉丝福利来啦！关注并转发本条，抽3位送台历。")


# ---- entertainment: kinds studied on dev4 -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # names checked one by one, the laggards' list reported
    "请各科室务必于周五前完成本条视频的点赞和转发，由办公室逐一核对，未完成的人员名单报局党组。",
    # a quota on the follower count proven by screenshots
    "请各县区干部职工下载快手并关注本号，确保关注人数不少于在编人数的3倍，月底前报送截图。",
    # a quiz that types the reader's child, to be sent on
    "测一测你家孩子是“内向型”还是“外向型”？8道题揭晓，测完记得转发！",
    # the editor's home and cat
    "今天带大家看看小编的家，我家猫主子又拆家了。",
    # a dating joke
    "网友问：“消防员有对象吗？”统一回复：有意者请私信，包分配～",
    # a fan of a variety show
    "小编昨晚熬夜追了某综艺，嘉宾里竟然有我本命，开心到原地起飞！",
])
def test_dev4_kinds_of_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "感谢大家的支持，本号粉丝数达到100万！我们将继续做好政务信息发布。",
    "有奖竞答活动结束，请转发扩散，获奖名单将于下周公布。",
    "关注本号并提交截图，即可参与新年书法作品征集活动。",
    "小编带你走进我市首家社区书屋，市民在家门口就能借书。",
    "青年联谊会报名开始，单身青年可扫码报名。",
])
def test_dev4_kinds_of_entertainment_look_alikes_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- reposts: the unit's own house ------------------------------------------------------------------------

DEPT_NOTICE = "潍坊市教育局关于寒假放假时间的通知\n全市中小学寒假自1月20日开始。\n潍坊市教育局\n2026年12月1日"
SUB_GUIDE = "冬季小麦管理技术意见\n一、适时冬灌。\n二、防控病虫害。\n\n山东省农业技术推广中心"


def test_documents_of_the_units_own_house_are_its_own():
    # a city's release account publishes the city's departments; a department publishes its own centre's guide
    assert repost_hit(post(DEPT_NOTICE), "潍坊市人民政府新闻办公室", None) is None
    assert repost_hit(post(SUB_GUIDE), "山东省农业农村厅", None) is None


def test_documents_of_another_house_are_reposts():
    # another city's department, another field of the same province, a department's document on a sister department
    assert repost_hit(post(DEPT_NOTICE), "淄博市人民政府新闻办公室", None) is not None
    assert repost_hit(post(SUB_GUIDE), "山东省生态环境厅", None) is not None
    assert repost_hit(post(DEPT_NOTICE), "潍坊市卫生健康委员会", None) is not None


def test_via_names_a_source():
    flagged = {**post("今冬全国大部气温偏高。（via 中国气象局）"), "is_original": False}
    assert repost_hit(flagged, "山东省气象局", None) is None
    assert repost_hit({**flagged, "text": "今冬全国大部气温偏高。"}, "山东省气象局", None) is not None


@pytest.mark.parametrize("text", [
    "以上分别为各区县的完成情况，请对照整改。",
    "冬季多吃鸡蛋、牛奶，增强抵抗力。",
    "交警查处一起开黑车非法营运案件。",
    "明年是我的本命年，小区物业组织了写春联活动。",
    "居民搬家拆家具时请注意安全。",
])
def test_everyday_words_are_no_games_or_fans(rules, text):
    assert "entertainment" not in classes(rules, text)


def test_public_rent_per_month_is_no_ad(rules):
    assert "ad" not in classes(rules, "公租房租金标准为每平方米8元/月，申请电话：0536-8123456。")
    assert "ad" in classes(rules, "精装单间出租，1200元/月，拎包入住，看房电话：0536-8123456。")


# ---- a third self-written batch -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a deposit with a gift, the branch given in the comments
    "XX农商行定期存款存10万送食用油一桶，网点地址见评论区。",
    # a fee per term with a QR code to the admissions staff
    "XX复读学校春季插班，学费16800元/学期，扫码咨询招生老师。",
    # buying the device brings a gift; a factory's own sale
    "XX牌血压计厂家直销，购机再送试纸一盒，到店免费检测，电话：0536-66668888。",
    # a price that buys the service, scarcity, a private contact
    "冬季亲子照限时抢，69元拍一套，名额仅剩15个，联系客服：kids_photo88",
])
def test_third_batch_ads(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    # meals for the elderly at a community canteen
    "幸福食堂为老年人提供助餐服务，每餐8元/人，地址：东关街道综合服务中心。",
    # a public deposit rate notice names no gift
    "人民银行下调存款准备金率0.5个百分点，释放长期资金约1万亿元。",
    # a free health check at a public clinic
    "社区卫生服务中心开展免费血压检测，地址：社区服务中心一楼，咨询电话：0536-8123000。",
])
def test_third_batch_look_alikes(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "腊八节喝粥还是吃蒜？评论区站队！",
    "今天是小编入职五周年，谢谢大家，爱你们哟！",
    "某男星晒出健身后身材，网友直呼太自律了。",
    "同事们玩起了猜歌名，笑到停不下来～",
])
def test_third_batch_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "要将心比心，真心实意为群众办实事。",
    "演员王某某作为禁毒宣传大使出席今天的活动，呼吁青少年远离毒品。",
])
def test_third_batch_entertainment_look_alikes(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- a fourth self-written batch ----------------------------------------------------------------------------

def test_fourth_batch(rules):
    assert "ad" in classes(rules, "新年音乐会早鸟票68元，美团搜索“新年音乐会”购票！")
    assert "ad" in classes(rules, "招聘带货主播，日结200，无经验可带，应聘请私信。")
    assert "ad" not in classes(rules, "区人社局招聘公益性岗位人员20名，月工资2800元，报名地点：区人社局一楼。")
    assert "entertainment" in classes(rules, "本周你的星座运势如何？快来看看吧！")
    assert "entertainment" not in classes(rules, "天文科普：本周猎户座流星雨迎来极大，最佳观测时间为凌晨。")
    assert repost_hit(post("图源网络 侵删\n雪天路滑，请减速慢行。"), UNIT, None).basis == "vague_source"
    assert repost_hit(post("雪天路滑，请减速慢行。如有侵权请联系删除。"), UNIT, None).basis == "vague_source"
    assert repost_hit(post("来源：临沂日报 侵删\n雪天路滑，请减速慢行。"), UNIT, None) is None


@pytest.mark.parametrize("text", [
    "【转】雪天出行小常识：慢走、少骑车、穿防滑鞋。",
    "好文分享｜一位乡村教师的三十年：1995年，我走上了村小的讲台……",
    "冬季防火十条，请转给家人。（转）",
    "以下内容转载，版权归原作者所有：我国新能源汽车年产量突破1500万辆。",
])
def test_declared_repost_without_source(text):
    assert repost_hit(post(text), UNIT, None).basis == "vague_source"


@pytest.mark.parametrize("text", [
    "【转发】@临沂发布：全市冬季供暖今起全面启动。",
    "好文推荐｜来源：人民日报评论\n为基层减负不能停。",
    "转发扩散！我区冬季流感防控指南：一、接种疫苗；二、勤洗手。",
])
def test_declared_repost_with_source_or_a_call_to_spread_is_clean(text):
    assert repost_hit(post(text), UNIT, None) is None


def test_fifth_batch_channels(rules):
    # a phone label without a colon, ordering through the editor
    assert "电话" in kinds("湖景洋房一口价88万一套，购房热线0536-7654321。")
    assert "私域" in kinds("自家小磨香油，1斤装45元，下单请联系小编。")
    assert "ad" in classes(rules, "自家小磨香油，1斤装45元，下单请联系小编。")
    # a public fee with a hotline stays clean
    assert "ad" not in classes(rules, "寒假托管服务收费标准为每生每天20元，咨询电话0536-1234567。")


@pytest.mark.parametrize("text, expected", [
    ("【每日一笑】顾客：这鱼新鲜吗？老板：它昨天还在游呢。", True),
    ("今天的你努力了吗？生活不止眼前的苟且。晚安～", True),
    ("新来的交警小哥哥颜值超高，还单身，有想认识的吗？", True),
    ("我们单位的大橘又来上班了，保证治愈你！", True),
    ("推动文化和旅游深度融合，让诗和远方走得更近。", False),
    ("晚安，临沂。明天全市晴，最高气温8℃。", False),
    ("交警小哥哥冒雨疏导交通，保障市民出行。", False),
])
def test_jokes_chicken_soup_and_dates(rules, text, expected):
    assert ("entertainment" in classes(rules, text)) is expected
