"""Twenty-seventh held-out part: commercial advertising (class ad) and hard negatives that imitate it.
All businesses, shops, links, tokens, ids and phone numbers are invented."""
from _lib import P

A = "ad"
E = "entertainment"
HN = "ad"

POSTS = [
    # shop links and tokens
    P("hn_nw", "冬季瓜菜上市啦！琼北红心火龙果产地直发，点这里抢购👉 https://m.yedaoxian-shop.cn/item/80417 一箱9斤，坏果包赔。",
      A, spans=[(A, "https://m.yedaoxian-shop.cn/item/80417", None)], note="shop link with a call to buy"),
    P("dz_nw", "儋州蜜柚开园采摘季，想在家尝鲜的朋友复制这段口令 ⌘Qy7pRvN2Lk⌘ 打开购物APP即可下单，前100名送果篮。",
      A, spans=[(A, "⌘Qy7pRvN2Lk⌘", None)], note="shop token with a call to buy"),
    P("ls_lw", "陵水酸粉同款料包来啦～长按复制₰mT4eW9zBq₰去某宝搜索“椰林阿婆酸粉”，三包起发。",
      A, spans=[(A, "₰mT4eW9zBq₰", None)], note="disguised shop token"),
    P("wzs_lw", "五指山红茶礼盒，视频同款在画面下方的“雨林茶仓”卡片里，今天拍下立减30元，库存不多啦！",
      A, spans=[(A, "画面下方的“雨林茶仓”卡片", None)], note="in-video shop widget with a discount"),
    P("sy_lw", "三亚海景酒店跨年房源开抢！“鹿岭湾海韵度假酒店”团购券已上架本号店铺页，跨年夜房型直降近半，先到先得！",
      A, spans=[(A, "团购券已上架本号店铺页", None)], note="showcase selling of one named hotel"),
    P("hk_ga", "反诈宣传之余给大家安利一款好用的手机壳，视频下方黄色购物袋里有链接，警察叔叔亲测防摔～",
      A, spans=[(A, "黄色购物袋", None)], note="product link in the video shop bag"),
    P("hn_lw", "海南椰子糖、椰子片、咖啡豆礼盒，点击视频左下方“心选好物”直接下单，全国包邮到家！",
      A, spans=[(A, "“心选好物”直接下单", None)], note="shop widget with call to buy"),
    P("hk_xw_dy", "海口火山荔枝干现货，评论区置顶链接领券，第二件半价！",
      A, spans=[(A, "评论区置顶链接领券", None)], note="pinned shop link and coupon"),

    # coupons, prices with a call to buy
    P("hn_sj", "年货节福利！凭本条推文到“椰岛优品汇”门店消费满388减66，还可叠加会员折扣，活动截至12月31日。",
      A, spans=[(A, "满388减66", None)], note="coupon for one named shop"),
    P("ls_sj", "陵水“清水湾海鲜舫”冬季特惠：和乐蟹每斤98元，即日起到店报“市场监管”享九折，订座请拨0898-8331xxx转6。",
      A, spans=[(A, "到店报“市场监管”享九折", None)], note="discount code for one named restaurant"),
    P("hk_jy", "寒假研学营火热报名中！“海椰书院”5天4晚海洋科考营，早鸟价2680元/人，前20名立减300，报名从速！",
      A, spans=[(A, "早鸟价2680元/人", None)], note="price and call to buy for a private camp"),
    P("bt_wj", "秋冬养生，推荐“七仙灵草堂”沉香艾灸套餐，原价398元，本周体验价只要128元，预约热线138-0898-xxxx。",
      A, spans=[(A, "本周体验价只要128元", None)], note="promotion of a named private business"),
    P("wc_wj", "文昌椰子鸡哪家强？“东郊椰风鸡庄”新店开业，凭截图到店送椰子冻一份，全场菜品8.8折！",
      A, spans=[(A, "凭截图到店送椰子冻一份", None)], note="promotion of one named restaurant"),
    P("hn_wj", "家用血压计、血糖仪年终大促！“康护佳”旗舰店限时直降200元，老人家必备，赶紧给爸妈安排上！",
      A, spans=[(A, "限时直降200元", None)], note="discount promotion of one brand store"),
    P("sy_lw_wb", "三亚潜水体验只要199！“蓝珊瑚潜水俱乐部”双十二预售，含教练、装备、水下摄影，定金19.9元抢位！",
      A, spans=[(A, "定金19.9元抢位", None)], note="pre-sale of a named private club"),
    P("qh_lw", "琼海嘉积鸭真空包装礼盒，拍两盒送一盒，今晚8点前付款明天发货！",
      A, spans=[(A, "拍两盒送一盒，今晚8点前付款明天发货", None)], note="price deal with a call to buy"),

    # QR code / WeChat ordering
    P("dz_rs", "想找兼职的朋友看过来！“椰城速聘”日结工作多多，扫描下方二维码添加顾问，免费推荐岗位，成功入职返现200元。",
      A, spans=[(A, "成功入职返现200元", None)], note="private agency recruiting via QR code"),
    P("hn_nw", "山兰米、黎家香糯、地瓜干……想要的朋友加微信 lijia_shanlan_88 备注“订购”，月底统一发货。",
      A, spans=[(A, "lijia_shanlan_88", None)], note="WeChat ordering"),
    P("wn_yj", "台风季家庭应急包推荐：“安途守护”应急包全套只要159元，长按识别图中二维码即可购买，单位团购另有优惠。",
      A, spans=[(A, "长按识别图中二维码即可购买", None)], note="selling emergency kits by QR code"),
    P("ss_zf", "三沙特产马鲛鱼干、海鲡鱼片现已开放预订，扫码进入“南溟海味”小程序下单，顺丰冷链直达。",
      A, spans=[(A, "“南溟海味”小程序", None)], note="private mini-program selling"),
    P("df_qx", "东方市天气好，晒鱼干正当时！“八所渔嫂”自家晒的鱿鱼干，私聊小号 bs-yusao2026 订购。",
      A, spans=[(A, "bs-yusao2026", None)], note="private-chat ordering"),

    # selling livestreams
    P("hk_xw", "今晚19:30，“海口好物直播间”开播！副区长带你逛骑楼买特产，直播间专属价低至5折，记得提前预约！",
      A, spans=[(A, "直播间专属价低至5折", None)], note="selling livestream with prices"),
    P("hn_lw_wb", "海南文旅好物专场直播来了！椰雕、黎锦手包、咖啡挂耳包，主播口播优惠码HNLW66，下单再减20元。",
      A, spans=[(A, "优惠码HNLW66", None)], note="selling livestream with a discount code"),
    P("wzs_lw", "本周六晚8点，五指山茶农直播卖茶，“雨林春芽”头采绿茶直播间秒杀价每罐39.9元！",
      A, spans=[(A, "直播间秒杀价每罐39.9元", None)], note="selling livestream"),
    P("sy_ga_dy", "平安夜前夕，警营开放日同步开启带货直播，三亚芒果干、椰子脆片等好物等你来拍！",
      A, spans=[(A, "带货直播", None)], note="police account hosting a selling livestream"),

    # daigou, agent and group-leader recruiting
    P("hn_sj", "离岛免税额度用不完？靠谱代购帮你带！化妆品、手表、包包原价代下单，只收10%服务费，联系“琼岛小鹿”。",
      A, spans=[(A, "只收10%服务费", None)], note="daigou advertising on the market regulator's account"),
    P("sy_lw", "免税店同款香水代拍代邮，三亚本地小姐姐亲自去店里拍，支持视频验货，私我报价～",
      A, spans=[(A, "代拍代邮", None)], note="daigou advertising"),
    P("hk_jy", "招募社区团长！“椰城优鲜”每天配送新鲜蔬果，宝妈在家就能做，日入过百不是梦，名额有限。",
      A, spans=[(A, "日入过百不是梦", None)], note="group-leader recruiting for a private business"),
    P("dz_rs", "诚招微商代理：海南诺丽果酵素，不压货、厂家直接发，月入过万轻松实现，详情私信“诺丽小助手”。",
      A, spans=[(A, "不压货、厂家直接发", None)], note="wechat-business agent recruiting"),
    P("ls_lw", "陵水民宿联盟招募城市合伙人，投资5万起，保底年化收益12%，感兴趣的朋友评论区扣“合伙”。",
      A, spans=[(A, "保底年化收益12%", None)], note="investment recruiting for a private business"),

    # promotion of one named business
    P("hn_yj", "推荐一家靠谱的灭火器检测公司：“琼安消防科技”，上门检测、换粉充装，企业客户打八折，电话0898-6575xxx转9。",
      A, spans=[(A, "企业客户打八折", None)], note="promotion of one named firm"),
    P("hn_ga_dy", "学车就选“椰风驾校”，科目二科目三“一次拿证班”，今天报名再送体检和照片！",
      A, spans=[(A, "一次拿证班", None)], note="driving school promotion"),
    P("bt_wj", "保亭温泉养生正当时，“七仙岭汤泉山居”冬季特惠房仅需368元/晚，含双早和温泉票，点击阅读原文立即预订。",
      A, spans=[(A, "点击阅读原文立即预订", None)], note="hotel booking promotion"),
    P("hk_ga", "各位老铁，咱海口公安的民警同款战术背包来啦，质量杠杠的，点关注进主页小店看看！",
      A, spans=[(A, "进主页小店看看", None)], note="selling gear from the account's shop"),
    P("wc_wj", "“清澜康养”体检中心年终钜惠，全身深度体检套餐立减500元，文昌市民凭身份证再享额外优惠！",
      A, spans=[(A, "全身深度体检套餐立减500元", None)], note="promotion of a private clinic"),

    # two classes: ad and entertainment
    P("sy_lw_wb", "宝子们！小编今天穿着新买的“浪屿”泳衣去海边拍照啦～好不好看？评论区告诉我！泳衣链接放主页了，赶紧的！",
      (A, E), spans=[(A, "泳衣链接放主页了", None), (E, "宝子们！小编今天穿着新买的", None)],
      note="selling a swimwear brand and the editor's selfie chatter"),

    # hard negatives: official consumer and price information, no selling
    P("hn_sj", "离岛免税购物提醒：每人每年免税额度10万元，请通过正规免税店购买，警惕“免税代购”“额度转让”等违法行为。", hn=HN,
      note="consumer warning about daigou, nothing sold"),
    P("ls_sj", "陵水县冬季旅游市场主要海鲜价格公示：和乐蟹、东山羊等菜品实行明码标价，发现价格违法行为请拨打12315。", hn=HN,
      note="official price notice"),
    P("hn_nw", "2026年海南冬交会将于12月在海口举办，全省热带农产品集中展示，市民可免费入场参观。", hn=HN,
      note="official trade fair, no selling"),
    P("hk_xw", "海口市发放第三批新春消费券，市民可通过“椰城市民云”APP免费领取，具体使用规则请查看官方公告。", hn=HN,
      note="government consumption vouchers"),
    P("sy_lw", "三亚市文旅局发布冬季旅游产品目录，涵盖滨海度假、雨林探秘、民俗体验等线路，游客可通过正规旅行社预订。", hn=HN,
      note="official tourism information"),
    P("wzs_lw", "五指山红茶是国家地理标志保护产品，今年全市茶园面积稳定在3万亩以上，茶农人均增收明显。", hn=HN,
      note="praise of a regional product, nothing sold"),
    P("dz_rs", "儋州市2026年冬季线上招聘会11月25日开幕，120家企业提供岗位2600余个，求职者免费参加。", hn=HN,
      note="official free job fair"),
    P("hn_wj", "提醒：凡是声称“包治百病”“无效退款”的保健品广告都是虚假宣传，老年人购买保健食品要认准“小蓝帽”标志。", hn=HN,
      note="consumer warning"),
    P("hk_ga", "警方提醒：网上“低价代购”“免税额度出售”均属违法，切勿轻信，以免钱货两空。", hn=HN, note="anti-fraud warning"),
    P("qh_lw", "琼海市文旅局联合本地商户推出“冬游琼海”惠民活动，A级景区门票半价，详情以各景区公告为准。", hn=HN,
      note="official discount scheme, no named business promoted"),
    P("dz_nw", "儋州蜜柚获评全国名特优新农产品，今年全市种植面积达4.2万亩。采摘季期间请游客注意交通安全。", hn=HN,
      note="praise of a local product"),
    P("ss_zf", "三沙市渔民转产转业培训班开班，课程包括休闲渔业经营、海洋生态保护和电商基础知识。", hn=HN,
      note="official training"),
    P("hn_lw_wb", "海南老字号名录发布，32家企业入选。#海南老字号#", hn=HN, note="official list, no selling"),
]
