"""Seventeenth held-out part: commercial ads on government accounts (shop links, shop tokens, livestream selling,
coupons, QR-code selling, WeChat ids and hotlines of businesses) and hard negatives (ad words in law-enforcement
cases, official consumption vouchers and service QR codes, consumer warnings)."""
from _lib import P

A = "ad"
E = "entertainment"
HN = "ad"

POSTS = [
    # ---- shop links ----
    P("hb_wl_wb", """承德山楂罐头、宣化牛奶葡萄干、赵县雪花梨膏……河北冬日伴手礼清单来啦！一站式选购戳→ yzhaowu.shop/d/3Kq7 ，本周下单顺丰发货。""",
      A, [(A, "yzhaowu.shop/d/3Kq7", None), (A, "本周下单顺丰发货", None)], note="a shop link and delivery pitch"),
    P("hs_ny", """衡水老白干、深州蜜桃罐头、故城龙凤贡面年货礼盒上新！

购买地址：m.jibeiyouxuan.cn/p/2291
企业团购另有折扣，欢迎咨询。""",
      A, [(A, "m.jibeiyouxuan.cn/p/2291", None), (A, "企业团购另有折扣", None)], note="shop link for named products"),
    P("ts_wl", """唐山骨质瓷“冬雪”系列餐具套装限量发售，官方旗舰店链接见文末“阅读原文”，前300名下单赠手绘杯碟一套。""",
      A, [(A, "前300名下单赠手绘杯碟一套", None)], note="a product launch with a giveaway for buyers"),
    P("qhd_wl", """秦皇岛海鲜礼盒，鲜活皮皮虾、扇贝冷链直达，吃海鲜就认准“渤海鲜生”！ bohaixs.com.cn/gift""",
      A, [(A, "bohaixs.com.cn/gift", None), (A, "吃海鲜就认准“渤海鲜生”", None)], note="brand slogan and shop link"),
    P("hd_wl", """磁州窑手作茶具冬季新款上线，点开右下角“邯郸好礼”小程序即可选购，本月付款享八五折。""",
      A, [(A, "本月付款享八五折", None)], note="selling through a mini program"),
    P("zjk_qx", """雪季来了，滑雪装备选对很重要！推荐“崇礼雪途”专业雪服，防水透气，店铺地址：xuetu-ski.net/zjk 。""",
      A, [(A, "xuetu-ski.net/zjk", None), (A, "推荐“崇礼雪途”专业雪服", None)], note="weather account advertising a ski apparel shop"),

    # ---- shop tokens ----
    P("cd_wl", """隆化县助农专场来了！承德国光苹果脆甜多汁，复制这段话￥Qm8c2JxTr7b￥打开购物App即可下单。""",
      A, [(A, "￥Qm8c2JxTr7b￥", None)], note="shopping-app token"),
    P("bd_xw_dy", """保定驴肉火烧真空礼盒，冷链到家，搜口令（HbZ4Ma0vXpe）直达店铺，拍两盒再加赠一盒。""",
      A, [(A, "（HbZ4Ma0vXpe）", None), (A, "拍两盒再加赠一盒", None)], note="token and multi-buy offer"),
    P("hb_wl", """满城草莓开摘啦，预订请复制€Kp2fT9yLw3€，打开App领取采摘门票立减券。""",
      A, [(A, "€Kp2fT9yLw3€", None)], note="app token for a private farm's tickets"),
    P("xt_wj", """冬季进补推荐：邢台本地“太行阿胶糕”，滋补养颜，复制口令$Tx6pRw2Qn$领取专属折扣，医生家属都在吃！""",
      A, [(A, "$Tx6pRw2Qn$", None), (A, "医生家属都在吃", None)], note="health account advertising a supplement"),
    P("sjz_xw_dy", """正定八大碗预制菜礼盒，过年待客有面儿！评论区置顶口令码：8zMk·正定礼，复制即可下单。""",
      A, [(A, "8zMk·正定礼", None)], note="token in the pinned comment"),

    # ---- livestream selling ----
    P("hb_wl", """今晚7点半，“这么近那么美”直播间带你逛河北好物节！宣化葡萄、深州蜜桃、富岗苹果三款福利品，上架即开抢，主播现场拆箱试吃。""",
      A, [(A, "上架即开抢", None), (A, "主播现场拆箱试吃", None)], note="livestream selling announcement"),
    P("sjz_ga", """今晚8点，石家庄公安直播间请来网红主播“小桃姐”，边普及反诈知识边带货，藁城宫面、赞皇大枣统统9块9！""",
      A, [(A, "边普及反诈知识边带货", None), (A, "统统9块9", None)], note="police account livestream selling"),
    P("cd_wl", """直播预告｜围场坝上土豆粉丝、蘑菇干货专场，11月23日晚8点，关注主页预约，直播间专享价比平时低三成。""",
      A, [(A, "直播间专享价比平时低三成", None)], note="livestream selling preview"),
    P("hd_wl", """邯郸文旅携手带货达人“阿峰在路上”开启永年驴肉香肠直播专场，本场累计成交超过1.2万单，感谢家人们支持，返场时间下周三！""",
      A, [(A, "本场累计成交超过1.2万单", None), (A, "返场时间下周三", None)], note="livestream sales report and rerun"),
    P("qhd_wl", """秦皇岛昌黎葡萄酒节直播间火热进行中，酒庄庄主亲自讲解，下单满两瓶包顺丰，前50单加赠醒酒器！""",
      A, [(A, "下单满两瓶包顺丰", None), (A, "前50单加赠醒酒器", None)], note="wine livestream selling"),

    # ---- coupons and discount codes ----
    P("ts_wl", """唐山“湾里温泉度假村”冬季特惠：输入优惠码TANGSHAN30，双人温泉套票立减30元，仅限本公众号粉丝。""",
      A, [(A, "优惠码TANGSHAN30", None), (A, "仅限本公众号粉丝", None)], note="discount code for a private resort"),
    P("lf_st", """绿色出行，从一辆新能源车开始！廊坊“驰远新能源4S店”冬季购车节，到店出示本推文可领取2000元购车抵用券。""",
      A, [(A, "到店出示本推文可领取2000元购车抵用券", None)], note="environment account advertising a car dealer"),
    P("bd_sc", """保定“万福楼”火锅新店开业，凭本公众号截图到店就餐享六八折，充值500送150，会员生日再送锅底。""",
      A, [(A, "凭本公众号截图到店就餐享六八折", None), (A, "充值500送150", None)], note="market regulator advertising a restaurant"),
    P("cz_rs", """找工作也能领红包！“沧才聘”App新用户注册即送88元求职礼包，邀请好友再得现金奖励，戳公众号菜单立即下载。""",
      A, [(A, "新用户注册即送88元求职礼包", None), (A, "邀请好友再得现金奖励", None)], note="HR bureau advertising a commercial job app"),
    P("hb_wj", """冬季体检季，“康远体检中心”推出深度体检套餐，原价1288元，健康河北粉丝专享价599元，名额有限。""",
      A, [(A, "健康河北粉丝专享价599元", None)], note="health account advertising a private clinic's package"),
    P("zjk_jy", """寒假冰雪研学营报名中！“云顶少年滑雪学院”5天4晚营期，早鸟价立省800元，报名联系孙老师 136 3313 xxxx。""",
      A, [(A, "早鸟价立省800元", None), (A, "报名联系孙老师", None)], note="education bureau advertising a private camp"),

    # ---- QR codes, WeChat ids, hotlines ----
    P("hb_jy", """考研冲刺不迷茫！“燕园启航考研”名师团队寒假集训营开班，识别图中二维码加入团购群，免费领取历年真题资料包。""",
      A, [(A, "识别图中二维码加入团购群", None), (A, "免费领取历年真题资料包", None)], note="education account advertising a cram school"),
    P("hs_ny", """衡水湖野生鸭蛋、湖虾现货供应，需要的朋友加薇：hshu-yadan668，量大从优，可代发全国。""",
      A, [(A, "加薇：hshu-yadan668", None), (A, "量大从优，可代发全国", None)], note="WeChat id of a seller"),
    P("ts_yj", """家用燃气报警器安装季！本局推荐的“安泰消防器材”正在搞活动，扫描文末二维码购买立享半价，师傅免费上门安装。""",
      A, [(A, "扫描文末二维码购买立享半价", None)], note="emergency bureau advertising a vendor"),
    P("hd_ga", """防盗门锁换新啦！邯郸“铁卫锁业”C级锁芯源头厂家直接发货，致电0310-8866xxx预约，市区两小时上门。""",
      A, [(A, "源头厂家直接发货", None), (A, "市区两小时上门", None)], note="police account advertising a lock business"),
    P("hb_st", """家用空气净化器怎么选？推荐“清岚”系列，CADR值高达600，现在扫码团购立减200元，环保人都在用！""",
      A, [(A, "扫码团购立减200元", None), (A, "环保人都在用", None)], note="environment account advertising an air purifier"),
    P("xt_wj", """关爱中老年人骨骼健康，“钙立方”氨糖软骨素，添加客服微信gaili-fang03领试用装，前100名免费。""",
      A, [(A, "添加客服微信gaili-fang03领试用装", None)], note="health account advertising a supplement through WeChat"),

    # ---- other ads ----
    P("hb_ga", """冬季开车出行，备一台“路安”车载应急启动电源，关键时刻能救急！点击主页橱窗直接购买，今日下单明日达。""",
      A, [(A, "点击主页橱窗直接购买", None), (A, "今日下单明日达", None)], note="police account selling through its storefront"),
    P("sjz_xw", """石家庄新开业“万象汇”商场年末感恩季，全场服饰满300减100，会员消费积分按双倍计算，周末还有明星签售会！""",
      A, [(A, "全场服饰满300减100", None), (A, "会员消费积分按双倍计算", None)], note="news office advertising a mall's sale"),
    P("bd_xw", """想在保定买房的朋友看过来！“莲池雅苑”现房在售，首付8万起，带装修拎包入住，咨询电话0312-6789xxx。""",
      A, [(A, "首付8万起", None), (A, "带装修拎包入住", None)], note="news office advertising a housing project"),
    P("hb_sc", """【好物推荐】今冬爆款暖手宝，充电一次暖8小时，河北市场监管粉丝专享，评论区第一条就是购买入口！""",
      A, [(A, "今冬爆款暖手宝", None), (A, "评论区第一条就是购买入口", None)], note="market regulator advertising a product"),
    P("zjk_qx", """降温了！张家口气象联合“暖冬羽绒工厂店”送福利：转发本条抽3人送羽绒服，下单还可享工厂价。""",
      A, [(A, "下单还可享工厂价", None)], note="weather account partnering with a shop"),
    P("lf_st", """廊坊“香河家具城”年终清仓，实木家具低至三折，全城免费送货安装，还等什么？""",
      A, [(A, "实木家具低至三折", None), (A, "全城免费送货安装", None)], note="environment account advertising a furniture sale"),
    P("cz_rs", """沧州金丝小枣新货上市，个大肉厚，整箱10斤仅售69元，包邮到家，下单请私信小编。""",
      A, [(A, "整箱10斤仅售69元", None), (A, "下单请私信小编", None)], note="HR bureau selling jujubes"),

    # ---- ad and entertainment ----
    P("sjz_xw_dy", """家人们！顶流男团ZX-7队长也在吃的正定崩肝，今天直播间只要19.9！宝子们赶紧的，晚一秒就被抢空啦～""",
      (A, E), [(A, "今天直播间只要19.9", None), (E, "顶流男团ZX-7队长也在吃", None), (E, "宝子们赶紧的，晚一秒就被抢空啦～", None)],
      note="livestream selling pitched with an idol and cute talk"),

    # ---- hard negatives ----
    P("hb_sc", """【典型案例】某电商主播在直播间宣称其销售的“阿胶糕”可“治疗失眠、降三高”，构成虚假广告。保定市场监管局依法责令停止发布，并处罚款12万元。""",
      hn=HN, note="law-enforcement case that quotes ad claims"),
    P("sjz_xw", """石家庄第三批惠民消费券今天上午10点开抢！餐饮、商超、家电三类，通过云闪付App领取，每人限领一次。""",
      hn=HN, note="official consumption vouchers issued by the city"),
    P("cz_rs", """扫码办理社保卡申领、挂失和补换，无需排队。微信搜索“河北人社”小程序，或长按识别下方二维码进入。""",
      hn=HN, note="official service QR code"),
    P("bd_sc", """消费提示：直播间“低价秒杀”“限时抢购”可能是营销套路。请选择正规平台，保存聊天记录和付款凭证，遇到问题可拨打12315投诉。""",
      hn=HN, note="consumer warning that names selling tricks"),
    P("hd_ga", """【警方提醒】不法分子冒充“官方客服”，以“领取平台优惠券”“退还会员费”为名诱导转账。凡是要求下载会议App、共享屏幕的，都是诈骗！""",
      hn=HN, note="fraud warning that quotes coupon bait"),
    P("hs_ny", """衡水市农产品区域公用品牌发布：“衡水湖”农产品品牌授权企业名单公布，共38家企业获准使用。名单详见附件。""",
      hn=HN, note="public brand announcement without selling"),
    P("hb_wl", """河北文旅惠民季：全省120家A级景区冬季门票半价或免费，详情请查看“乐游冀”平台。""",
      hn=HN, note="official tourism discount by the department"),
    P("ts_wl", """唐山市非遗购物节在南湖开幕，政府搭台、企业唱戏，现场汇集皮影、陶瓷、剪纸等80余家非遗工坊。""",
      hn=HN, note="government-organised fair reported without selling"),
    P("hb_ga", """“网红带货”涉嫌销售假冒名牌，石家庄警方捣毁一售假团伙，查获假冒羽绒服1.3万件，涉案金额800余万元。""",
      hn=HN, note="police case about fake goods sold in livestreams"),
    P("zjk_qx", """本周末崇礼各大雪场迎来开板后首个客流高峰，请游客关注天气预报，合理安排出行。雪场票价以各雪场官方发布为准。""",
      hn=HN, note="weather service mentions ski resorts without promotion"),
    P("xt_wj", """保健食品不是药物，不能代替药物治疗疾病。购买时请认准“蓝帽子”标志，警惕“包治百病”的宣传。""",
      hn=HN, note="health warning about supplement ads"),
    P("hb_st", """以旧换新政策持续发力，我省新能源汽车保有量突破150万辆。购车补贴申领方式请以商务部门公告为准。""",
      hn=HN, note="policy report that mentions subsidies without selling"),
    P("hb_jy", """教育部门提醒：校外培训机构须持证经营，请家长通过“全国校外教育培训监管与服务综合平台”查询机构资质，谨防“押题”“保过”类虚假宣传。""",
      hn=HN, note="warning about tutoring ads"),
]
