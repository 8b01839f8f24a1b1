"""Twenty-fifth held-out part: commercial advertising (class ad): shop links and tokens, coupons, prices with a
call to buy, WeChat ordering, selling livestreams, agent recruiting, promotion of one named business."""
from _lib import P

A = "ad"
E = "entertainment"

POSTS = [
    P("aks_nw", """阿克苏冰糖心苹果上市啦！

今年的冰糖心个大皮薄、糖心饱满。本号联合“温宿果语”合作社推出产地直发：10斤装特惠价59.9元包邮，长按识别下方小程序“果语鲜仓”即可下单，前300单加送2斤。""",
      A, [(A, "长按识别下方小程序“果语鲜仓”即可下单")], note="selling apples for one named co-operative through a mini-program"),
    P("tlf_wl", "吐鲁番无核白葡萄干，阳光晾房自然风干！点击视频左下角的“吐鲁番晾房铺”商品卡，今天下单第二件半价～",
      A, [(A, "点击视频左下角的“吐鲁番晾房铺”商品卡")], note="product card of a named shop under the video"),
    P("ks_wl", "英吉沙小刀、喀什土陶、手工花帽……古城手艺人的好物都在今晚8点的“喀什集市”直播间，关注主播@阿依努尔的手作铺，福袋抽不停，下单即送古城明信片！",
      A, [(A, "今晚8点的“喀什集市”直播间")], note="selling livestream of handicrafts"),
    P("yl_wl", "伊犁薰衣草精油、手工皂礼盒今日上新！复制口令 ※LvK7Ye2Qd※ 打开某宝APP，领取专属优惠券再减15元。",
      A, [(A, "※LvK7Ye2Qd※")], note="shop token in a disguise"),
    P("alt_wl", "阿勒泰冬季滑雪季通票开售！将军山、可可托海、禾木吉克普林三大雪场通用，原价1980元，现在通过“雪都票务”公众号预订只要1280元，名额有限先到先得。",
      A, [(A, "现在通过“雪都票务”公众号预订只要1280元")], note="ski pass sold through a commercial ticket account, price with a call to buy"),
    P("klmy_wl", """乌尔禾星空帐篷酒店冬季特惠

“漠上星河”帐篷酒店冬季房价低至268元/晚，含双早和温泉票。预订请添加客服微信：moshangxh_2026，报“文旅粉丝”再享9折！""",
      A, [(A, "预订请添加客服微信：moshangxh_2026")], note="one named hotel promoted, WeChat booking"),
    P("xj_wl", "新疆好物年货节来啦！和田大枣、若羌红枣、巴旦木、核桃礼盒全场满299减60，点主页橱窗“疆味礼遇”直接拍～",
      A, [(A, "点主页橱窗“疆味礼遇”直接拍")], note="shop window of the account, 满减"),
    P("hm_yj", """哈密瓜冬储保鲜有妙招

……

文末福利：本号合作单位“瓜乡冷链”推出家庭冷藏柜，团购价1699元，扫描文末二维码添加团长下单，再送价值99元的保鲜袋套装。""",
      A, [(A, "扫描文末二维码添加团长下单")], note="commercial group-buy appended to a safety article"),
    P("xj_wj", """冬季增强免疫力，这款营养粉值得拥有

“天山源”牌蛋白营养粉，专为中老年人研制，每天一杯，提高抵抗力！即日起拨打订购热线0991-8866xxx，买三盒送一盒。""",
      A, [(A, "即日起拨打订购热线0991-8866xxx，买三盒送一盒")], note="a health account selling one brand's supplement"),
    P("tc_rs", """技能提升补贴申领攻略

……

另外，塔城“金蓝领”职业培训学校冬季班正在招生，电工证、焊工证包过班仅需2680元，报名请加微信jinlanling0901，前20名立减300元。""",
      A, [(A, "报名请加微信jinlanling0901，前20名立减300元")], note="one private training school promoted with price and discount"),
    P("cj_sc", """奇台面粉冬季促销

“麦香奇台”旗舰店冬季大促，25公斤装雪花粉只要119元！戳链接 https://m.maixiangqitai.com/s/q1128 立即抢购，满两袋包邮。""",
      A, [(A, "https://m.maixiangqitai.com/s/q1128")], note="a market-regulation account advertising one flour shop with a shop link"),
    P("wlmq_xw", "冬天就要吃火锅！红山路“围炉小聚”铜锅涮肉今起试营业，关注本号并转发，到店出示截图享五折优惠，仅限前100桌！",
      A, [(A, "到店出示截图享五折优惠，仅限前100桌")], note="one named restaurant promoted with a discount"),
    P("ks_jy", """寒假研学营报名开始

“丝路少年”研学营寒假班正在火热报名中，7天6晚喀什—塔县深度游学只需3980元/人，二胎家庭第二个孩子立减500元，扫码咨询课程顾问。""",
      A, [(A, "7天6晚喀什—塔县深度游学只需3980元/人")], note="commercial study tour sold by an education account"),
    P("xj_ga_dy", "冬季行车必备！这款车载应急包含破窗锤、灭火器、三角牌和急救包，戳视频下面的购物卡片，用券后89元到手。",
      A, [(A, "戳视频下面的购物卡片，用券后89元到手")], note="product card under a police video"),
    P("yl_ga", "霍城县冬季枸杞清仓！有需要的朋友私信小编，1斤39、3斤99，全疆顺丰发货。",
      A, [(A, "1斤39、3斤99，全疆顺丰发货")], note="selling goods through private messages"),
    P("bz_st", """库尔勒香梨冬季鲜果礼盒开售

“梨城果园”香梨礼盒（5公斤）直降30元，现价68元！阅读原文进入小店购买，买两箱送一箱。""",
      A, [(A, "阅读原文进入小店购买，买两箱送一箱")], note="an environment account selling one brand's pears"),
    P("alt_qx", "寒潮来了！阿勒泰“暖冬羊毛”旗舰店羊毛护膝、羊毛鞋垫清仓价19.9元起，需要的朋友评论区扣“暖”，小编私发购买链接。",
      A, [(A, "评论区扣“暖”，小编私发购买链接")], note="a weather account selling wool goods"),
    P("xj_sc", """招募新疆特产区域代理

“天山礼物”品牌诚招各地州市代理商，不压货、由总部直接发货，收入上不封顶！有意者请添加招商经理微信 tslw_zhaoshang。""",
      A, [(A, "有意者请添加招商经理微信 tslw_zhaoshang")], note="agent recruiting for a brand"),
    P("wlmq_ga", "冬季防盗从门锁开始！推荐大家换一把“卫士佳”C级锁芯智能锁，警民共建专享价899元，直播间下单还送上门安装。",
      A, [(A, "警民共建专享价899元，直播间下单还送上门安装")], note="one lock brand sold in a police livestream"),
    P("tlf_wj", """冬季养生艾灸馆推荐

高昌区“暖阳堂”艾灸养生馆冬季特惠：99元体验三次，办理年卡再送足浴10次。地址：高昌路××号，预约电话139××××6821。""",
      A, [(A, "99元体验三次，办理年卡再送足浴10次")], note="one private health-care shop promoted with prices"),
    P("xj_wl_wb", "来新疆一定要带点纪念品！这家“丝路记忆”文创店的羊毛毡小馕挂件超可爱，淘宝搜索“丝路记忆文创”，首单立减8元。",
      A, [(A, "淘宝搜索“丝路记忆文创”，首单立减8元")], note="one private shop promoted with a search call and discount"),
    P("xj_jy", """家长必看：寒假提分秘籍

“学霸通”在线课堂寒假冲刺班火热报名中！名师一对一直播辅导，原价2999元，限时特价1499元，点击阅读原文立即抢报。""",
      A, [(A, "原价2999元，限时特价1499元，点击阅读原文立即抢报")], note="commercial tutoring sold by an education account"),
    P("wlmq_xw_dy", "乌鲁木齐本地人都爱的烤包子店！二道桥“阿布拉的馕坑”，视频下方团购券只要19.9元两个，快冲！",
      A, [(A, "视频下方团购券只要19.9元两个")], note="group-buy voucher for one named snack shop"),
    P("klmy_wl", """冬季温泉季，乌尔禾泡汤好去处

“黑油山温泉”冬季双人票特价198元，抖音、美团搜索店名即可购买，使用有效期至明年2月底。本号粉丝购买时备注“克文旅”再返现20元。""",
      A, [(A, "本号粉丝购买时备注“克文旅”再返现20元")], note="one commercial spa's tickets sold with a rebate"),
    P("aks_nw", """农资采购提醒

冬季是果园施肥的关键期。“丰沃达”有机肥今冬特惠，每吨立省200元，种植户可联系各乡镇经销点或拨打400-0997-xxx订货，量大从优。""",
      A, [(A, "“丰沃达”有机肥今冬特惠，每吨立省200元")], note="one fertiliser brand promoted by an agriculture account"),
    P("hm_yj", "家用燃气报警器哪家强？本号推荐“安居哨兵”燃气报警器，通过官方认证，现在拼单价只要59元，链接放在评论区置顶啦～",
      A, [(A, "现在拼单价只要59元，链接放在评论区置顶啦")], note="one product promoted with a group-buy link"),
    P("tc_rs", """招聘 | 高薪诚聘电商主播

“塔城好物”电商公司招聘带货主播10名，底薪5000元+提成，无需经验。欢迎有意者直接到公司面试，详询微信 tchw_hr888，入职即送美妆礼包。""",
      A, [(A, "详询微信 tchw_hr888，入职即送美妆礼包")], note="a commercial company's recruitment ad with perks, not a public job fair"),
    P("ks_wl", "喀什古城民宿“石榴花开”冬季特惠价128元起，含早餐和古城导览。私信回复“古城”领取10元立减码！",
      A, [(A, "私信回复“古城”领取10元立减码")], note="one homestay promoted with a discount code"),
    P("cj_sc", """消费提示 | 冬季羽绒服选购

……

本号福利：昌吉“北庭羽衣”工厂店羽绒服清仓，全场199元起，凭本文截图到店消费满500元再减50元。""",
      A, [(A, "凭本文截图到店消费满500元再减50元")], note="one factory shop advertised at the end of consumer advice"),
    P("yl_wl_wb", "伊犁马奶酒、酸奶疙瘩、熏马肠年货套餐上线！“草原味道”小店链接：c.tb.cn/h.Yk2Wq8p?tk=dZ5e，下单送奶茶粉一包。",
      A, [(A, "c.tb.cn/h.Yk2Wq8p?tk=dZ5e")], note="shop link"),
    P("xj_ga", "冬季防骗也要保财产安全～推荐大家关注“金盾理财”公众号，稳健理财年化收益高达6.8%，新用户注册送50元体验金！",
      A, [(A, "新用户注册送50元体验金")], note="a police account promoting a financial product"),
    P("xj_yj", "冬季家庭应急必备！“安全宝”家庭应急箱含手电、保温毯、急救包等21件套，本号读者扫码购买享7折，限时三天。",
      A, [(A, "本号读者扫码购买享7折，限时三天")], note="one product sold with a discount"),
    P("bz_st", """冬季车辆尾气检测提醒

……

另：库尔勒“蓝天”机动车检测站推出尾气检测+洗车套餐，仅需88元，预约请拨打0996-2xxx688，报本公众号名称再优惠10元。""",
      A, [(A, "报本公众号名称再优惠10元")], note="one private inspection station promoted"),
    P("alt_wl", "禾木冬季摄影团报名中！“雪国之光”摄影俱乐部带队，3天2晚包食宿仅需1680元，想报名的评论区留言“报名”，客服会一一联系。",
      A, [(A, "3天2晚包食宿仅需1680元")], note="a commercial photography tour with price and sign-up call"),
    P("tlf_wl", "家人们！火焰山下的“沙疗小院”冬季也能体验沙疗啦～点赞过一万，今晚直播间就上99元双人沙疗套餐链接！点赞点赞点赞！",
      (A, E), [(A, "今晚直播间就上99元双人沙疗套餐链接")],
      note="two classes: selling a commercial package in a livestream, and begging for likes (点赞过一万)"),
    P("wlmq_ga_wb", "有车的朋友注意了！冬季轮胎选“驰风”，雪地抓地力强。关注我们并私信“冬胎”，可领取合作门店200元换胎代金券。",
      A, [(A, "私信“冬胎”，可领取合作门店200元换胎代金券")], note="one tyre brand promoted by a police account, voucher"),
]
