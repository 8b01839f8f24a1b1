"""Twentieth held-out part: commercial advertising on government accounts (class ad) and clean posts with
ad-like words (hard negatives: law-enforcement cases, consumer warnings, official consumption vouchers)."""
from _lib import P

A = "ad"
E = "entertainment"
HN = "ad"

POSTS = [
    P("ln_wl", "局长带你逛辽宁冬季大集！鲅鱼圈即食海参、东港草莓、盘锦蟹田大米都在这儿，想要的家人们戳屏幕左下角的小蓝袋子，今晚拍下顺丰冷链到家～",
      A, [(A, "戳屏幕左下角的小蓝袋子", None), (A, "今晚拍下顺丰冷链到家", None)], note="selling livestream by a culture and tourism account, pointing at the Douyin shop bag"),
    P("dl_wl", """冬季滋补季｜獐子岛野生刺参限时特惠

精选十年以上海域野生刺参，淡干工艺，500克礼盒装原价2680元，本周会员价1580元。
选购入口：https://m.zdhaishen-mall.cn/goods/77215
长按识别下方小程序码，即可直达旗舰店。""",
      A, [(A, "https://m.zdhaishen-mall.cn/goods/77215", None), (A, "本周会员价1580元", None), (A, "长按识别下方小程序码，即可直达旗舰店", None)],
      note="a shop link, price and mini-program code for one seller, on a tourism account"),
    P("pj_wl", "盘锦蟹田大米新米上市！5斤真空装领券后只要36.8，锁定盘锦文旅主页橱柜第三个链接，晚了就没了！",
      A, [(A, "领券后只要36.8", None), (A, "主页橱柜第三个链接", None)], note="coupon price and a link in the account's shop window"),
    P("dd_xw", "丹东99草莓开园啦！长按全选复制这段€Yq7Lm2Xk9€打开橙色购物App，直接领取20元无门槛红包，一斤装包邮到家。",
      A, [(A, "€Yq7Lm2Xk9€", None), (A, "打开橙色购物App", None), (A, "领取20元无门槛红包", None)], note="disguised shop token and coupon"),
    P("hld_sc", """兴城泳装“浪花坊”旗舰店年终钜惠

全场泳衣低至3.9折，满299元再减60元，前100名下单赠送防水收纳包。
门店地址：兴城市泳装产业园B区8号
咨询电话：0429-5xx8866""",
      A, [(A, "兴城泳装“浪花坊”旗舰店年终钜惠", None), (A, "全场泳衣低至3.9折，满299元再减60元", None), (A, "前100名下单赠送防水收纳包", None)],
      note="promotion of one named shop by a market-supervision account"),
    P("sy_xw", "【福利】日韩护肤、奶粉正品代购，周周飞首尔，需要的朋友加薇：lumeng-dg1688，备注“沈阳发布”优先发货。",
      A, [(A, "日韩护肤、奶粉正品代购", None), (A, "加薇：lumeng-dg1688", None)], note="personal overseas purchasing agent advertised with a disguised WeChat id"),
    P("as_jy", """家长必备｜《鞍山中考数学压轴题精讲》团购开启

本书由一线名师编写，团购价58元（原价98元），扫码进群接龙，满30人发货，每位家长限购3本。""",
      A, [(A, "团购价58元（原价98元），扫码进群接龙", None)], note="group-buying of a commercial exam book on an education account"),
    P("jz_ny", """黑山烧烤蘸料上新

锦州烧烤的灵魂——“烤串张”秘制蘸料，300克装拍一发二，点击文末“阅读原文”进入小店即可购买。""",
      A, [(A, "“烤串张”秘制蘸料，300克装拍一发二", None), (A, "进入小店即可购买", None)], note="promotion of one business with a shop link"),
    P("yk_qx", "【寒潮来了，暖贴囤起来】本周最低气温将降至-15℃，发热暖贴10片装券后12.9元，购买链接已放评论区置顶，先到先得。",
      A, [(A, "发热暖贴10片装券后12.9元", None), (A, "购买链接已放评论区置顶", None)], note="a weather account sells heat pads through a pinned link"),
    P("fs_ga", "【冬季学车正当时】抚顺顺达驾校冬季班火热报名中，报名时出示本条微博可优惠八百块，咨询热线：024-57xx6688。",
      A, [(A, "抚顺顺达驾校冬季班火热报名中", None), (A, "报名时出示本条微博可优惠八百块", None)], note="a police account promotes one driving school with a discount"),
    P("ln_rs", """社区团长招募令

“辽鲜优选”社区团购平台面向全省招募社区团长，零门槛、零囤货，在家带货月入过万，扫描文末二维码添加招商经理。""",
      A, [(A, "“辽鲜优选”社区团购平台面向全省招募社区团长", None), (A, "在家带货月入过万", None)], note="agent recruiting for a commercial group-buying platform on a human-resources account"),
    P("sy_rs", """考证速成班限时优惠

“启航职教”健康管理师、心理咨询师考证速成班，原价3980元，现价1980元，不过全额退费，名额仅剩20个！""",
      A, [(A, "“启航职教”健康管理师、心理咨询师考证速成班", None), (A, "原价3980元，现价1980元", None)], note="advertising a commercial training company with prices"),
    P("bx_wl", "泡温泉赏雪景！汤沟“云栖温泉”双人票限时秒杀199元，含自助晚餐，点视频下方团购标签抢购，有效期到明年2月。",
      A, [(A, "“云栖温泉”双人票限时秒杀199元", None), (A, "点视频下方团购标签抢购", None)], note="flash sale of one hot-spring resort with a group-buying tag"),
    P("dl_yj", """家庭消防“四件套”推荐

灭火毯、家用灭火器、烟感报警器、逃生面罩，一套只要169元！点击左下角“阅读原文”进入安家消防商城购买，前50名加送应急手电。""",
      A, [(A, "一套只要169元", None), (A, "进入安家消防商城购买，前50名加送应急手电", None)], note="an emergency-management account sells products of one shop"),
    P("dd_wj", """冬季进补选好参

宽甸“参元堂”林下参饮片，第二件半价，满199元包邮。添加客服微信canyuan-kf，报“健康丹东”再送一盒参片茶。""",
      A, [(A, "宽甸“参元堂”林下参饮片，第二件半价，满199元包邮", None), (A, "添加客服微信canyuan-kf", None)], note="health account sells a named business's ginseng"),
    P("cy_st", """喝上放心水｜净水器以旧换新

“清源泉”品牌反渗透净水器年底清仓，旧机抵价300元，扫描下方二维码登记即享免费上门安装。""",
      A, [(A, "“清源泉”品牌反渗透净水器年底清仓，旧机抵价300元", None)], note="an environment account advertises one brand of water purifier"),
    P("ln_wj", """冬季体检正当时

“康瑞”体检中心中老年深度体检套餐，原价1288元，通过本文链接预约立享7折，还可领取满300减50的体检券。""",
      A, [(A, "“康瑞”体检中心中老年深度体检套餐", None), (A, "通过本文链接预约立享7折", None)], note="a health commission promotes a private health-check centre"),
    P("hld_wl", "龙湾海滨冬季温泉民宿“听澜小筑”开业酬宾，住两晚送一晚，评论区第一条小程序即可抢订，库存仅剩30间！",
      A, [(A, "“听澜小筑”开业酬宾，住两晚送一晚", None), (A, "评论区第一条小程序即可抢订", None)], note="promotion of one guesthouse with a booking mini-program"),
    P("ln_ga_dy", "今晚8点，民警小李进直播间带大家选防诈好物：防窥手机膜、指纹保险箱，全场包邮，下单就送反诈手册！",
      A, [(A, "带大家选防诈好物：防窥手机膜、指纹保险箱，全场包邮", None), (A, "下单就送反诈手册", None)], note="a police account sells goods in a livestream"),
    P("sy_xw_dy", "沈阳人的灵魂美食！老盛京熏鸡架9.9元两只，视频下面那张券一抢就能用，全市28家门店通用！",
      A, [(A, "老盛京熏鸡架9.9元两只", None), (A, "视频下面那张券一抢就能用", None)], note="group-buying voucher of one restaurant chain"),
    P("dd_xw_dy", "宽甸石柱子村的板栗又香又甜，今天主播在地头开卖，戳视频下方栗子图标，5斤装到手价39元！",
      A, [(A, "戳视频下方栗子图标，5斤装到手价39元", None)], note="selling livestream on a government news account"),
    P("ln_wl_wb", "【雪场福利】东北亚滑雪场雪票3人拼团每人只需99元，私信小编获取拼团码，名额有限，先到先得！#乐游辽宁#",
      A, [(A, "雪票3人拼团每人只需99元", None), (A, "私信小编获取拼团码", None)], note="commercial group-buy of ski tickets"),
    P("sy_ga_wb", "【合作推广】守护家的安全，从一把好锁开始。“锁安居”智能门锁双十二狂欢价899元，戳链接 t.cn/A6xQ8mLz 下单。",
      A, [(A, "“锁安居”智能门锁双十二狂欢价899元", None), (A, "t.cn/A6xQ8mLz", None)], note="sponsored promotion of a lock brand on a police account"),
    P("ln_st", "【低碳生活】环保帆布袋、竹纤维餐具套装已上架“绿色辽宁”微店，满59元包邮，支持公益，点击主页商城进入。",
      A, [(A, "竹纤维餐具套装已上架“绿色辽宁”微店，满59元包邮", None)], note="goods sold in a shop linked from a government account"),
    P("jz_ny", """义县小米新米上市

义县大榆树堡小米，颗粒饱满、熬粥出油，5斤装49.9元，关注我们的小店，两件包邮，下单备注“锦州农业”送杂粮礼包。""",
      A, [(A, "5斤装49.9元，关注我们的小店，两件包邮", None), (A, "下单备注“锦州农业”送杂粮礼包", None)], note="an agriculture account sells millet"),
    P("pj_wl", "盘锦河蟹提货卡来了！398元8只母蟹，全年可提，私信客服下单，企业采购另有优惠～",
      A, [(A, "盘锦河蟹提货卡来了！398元8只母蟹", None), (A, "私信客服下单", None)], note="selling crab vouchers"),
    P("ln_sc", """年货节预热｜“辽品汇”线上商城上线

老字号糕点、东北大米、蓝莓果干等辽宁好物一站购齐，新用户注册立得30元购物金，12月1日前下单享八八折。""",
      A, [(A, "新用户注册立得30元购物金", None), (A, "12月1日前下单享八八折", None)], note="a market-supervision account advertises a commercial online mall"),
    P("as_jy", """寒假研学营报名

“小鹰研学”北京名校研学营5天4晚，早鸟价3299元，12月15日前报名再减300元，添加招生老师微信xiaoying-yx报名。""",
      A, [(A, "“小鹰研学”北京名校研学营5天4晚，早鸟价3299元", None), (A, "添加招生老师微信xiaoying-yx报名", None)], note="an education account advertises a commercial study tour"),
    P("yk_qx", "【冬季钓鱼指南】辽河口冰钓装备一站式购齐，“渔乐汇”冰钓套装今日直降150元，点我主页小店链接即可下单。",
      A, [(A, "“渔乐汇”冰钓套装今日直降150元", None), (A, "点我主页小店链接即可下单", None)], note="a weather account sells fishing gear"),
    P("dl_wl", """冬游大连，住这里！

星海湾“海岸线”精品酒店冬季特惠，海景大床房每晚仅需268元，连住三晚赠送双人海鲜自助晚餐。预订请拨打0411-8xx66699。""",
      A, [(A, "“海岸线”精品酒店冬季特惠，海景大床房每晚仅需268元", None)], note="promotion of one hotel"),
    P("ln_rs", """灵活就业新选择：做“云客服”

“云帆外包”招募居家客服，无需经验，先交298元培训费即可上岗，日结工资，扫码咨询。""",
      A, [(A, "“云帆外包”招募居家客服", None), (A, "先交298元培训费即可上岗", None)], note="advertising a commercial outsourcing company (paid training) on a human-resources account"),
    P("dl_yj", "【应急包推荐】家庭应急包38件套，原价299元，今日活动价158元，扫描图中二维码即可购买，支持货到付款。",
      A, [(A, "家庭应急包38件套，原价299元，今日活动价158元", None), (A, "扫描图中二维码即可购买", None)], note="emergency kit sold by QR code"),
    P("hld_sc", """葫芦岛渔家海鲜干货节

绥中“渔港老船长”海米、虾皮、鱿鱼丝，全场满100减20，关注公众号回复“干货”领取专属优惠码。""",
      A, [(A, "“渔港老船长”海米、虾皮、鱿鱼丝，全场满100减20", None), (A, "回复“干货”领取专属优惠码", None)], note="promotion of one seller with an offer code"),
    P("sy_ga", "冬天开车必备！民警同款车载应急启动电源，左下角小蓝袋直接拍，现在下单立减40！",
      A, [(A, "民警同款车载应急启动电源", None), (A, "左下角小蓝袋直接拍，现在下单立减40", None)], note="police account sells a car accessory through the Douyin shop"),
    P("dd_wj", """冬季护肤小课堂

皮肤干燥、瘙痒怎么办？推荐“雪肌坊”医用保湿霜，皮肤科医生都在用，现在购买两支立减30元，点击下方卡片购买。""",
      A, [(A, "“雪肌坊”医用保湿霜，皮肤科医生都在用", None), (A, "现在购买两支立减30元，点击下方卡片购买", None)], note="health advice turning into a product advertisement"),
    P("pj_wl", "家人们！小编今天穿上大螃蟹玩偶服给大家扭一段～扭得好看的话就点点关注嘛，求求了🥺 想要同款河蟹的，戳小蓝袋买起来！",
      [A, E], [(A, "想要同款河蟹的，戳小蓝袋买起来", None), (E, "小编今天穿上大螃蟹玩偶服给大家扭一段", None), (E, "扭得好看的话就点点关注嘛，求求了", None)],
      note="selling (shop bag) and cute begging for follows in one post"),

    # ---- hard negatives
    P("ln_sc", """典型案例｜虚假宣传“特效暖宫贴”被罚

经查，某商贸公司在直播间宣称其暖贴“三天治愈宫寒”，并以“原价199元、今日仅需19.9元”虚构原价诱导消费。市场监管部门依法对其罚款5万元。""",
      hn=HN, note="ad words quoted in a law-enforcement case"),
    P("hld_sc", """消费提示｜警惕“低价团购”陷阱

近期有消费者反映，通过不明链接购买“9.9元海鲜大礼包”后收到的商品货不对板。请通过正规平台购物，保存好交易凭证，遇到纠纷拨打12315。""",
      hn=HN, note="consumer warning quoting ad wording"),
    P("sy_xw", "【沈阳消费券第三轮发放】11月22日10:00起，通过“盛京好礼”政务小程序领取餐饮、零售消费券，满100元减30元，先到先得，不向任何商家收费。",
      hn=HN, note="official consumption vouchers of the city government, not one business"),
    P("fs_ga", "【警情通报】近日，我局破获一起以“内部渠道低价购买名酒”为幌子的诈骗案，抓获犯罪嫌疑人3名。民警提醒：所谓“内部价”“限时秒杀”多是诈骗套路。",
      hn=HN, note="ad-like words in a police case"),
    P("ln_rs", """公益性招聘｜2026年冬季“就业援助月”岗位发布

本期发布岗位2300个，涵盖保洁、保安、物业、客服等，全部免费报名，不收取任何培训费、押金。扫描下方二维码进入省公共招聘服务平台查看岗位。""",
      hn=HN, note="free public recruitment with a QR code to an official platform"),
    P("ln_wl", "辽宁冬季文旅消费季启动！全省推出冰雪、温泉、民俗等产品300余项，各地发放文旅惠民券，具体领取方式关注各市文旅部门官方发布。",
      hn=HN, note="official tourism promotion without a shop or seller"),
    P("dd_xw", "【丹东草莓地理标志保护】市市场监管局提醒：购买“东港草莓”请认准地理标志专用标志，警惕冒用。",
      hn=HN, note="protection of a geographical indication, no seller named"),
    P("pj_wl", "盘锦大米地理标志证明商标使用管理办法解读来了，一条视频看懂哪些企业可以使用“盘锦大米”标识。",
      hn=HN, note="official explainer about a trademark"),
    P("dl_yj", """家庭应急物资储备建议清单

建议家庭常备：饮用水、压缩食品、手电筒、收音机、急救包、灭火器等。购买消防产品请认准3C认证标志，通过正规渠道购买。""",
      hn=HN, note="emergency-kit list without shops, prices or links"),
    P("jz_ny", """农产品产销对接会成功举办

会上，全市32家农业经营主体与商超、电商平台签订购销协议，金额达1.2亿元。""",
      hn=HN, note="official sales-matching event reported, no call to buy"),
    P("ln_wj", """提醒｜警惕“免费体检”推销保健品

有老人反映，在社区参加所谓“免费体检”后，被推销高价保健品。卫生健康部门提醒：免费体检请到正规医疗机构，不要轻信上门推销。""",
      hn=HN, note="warning about sales tactics"),
    P("sy_ga_wb", "【提醒】冬季网购高峰，有人冒充快递客服以“商品质量问题退款”为由，发来链接要求填写银行卡信息。请勿点击陌生链接！",
      hn=HN, note="fraud warning that mentions links"),
    P("as_jy", """关于严禁中小学教师向学生推销教辅材料的通知

各学校不得组织或变相组织学生购买教辅材料，教师不得向学生推销或推荐任何商品、服务，违者严肃处理。""",
      hn=HN, note="a ban on selling to pupils"),
]
