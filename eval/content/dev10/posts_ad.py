"""dev10: commercial advertising (ad) and look-alikes that are fine (hard negatives: enforcement cases quoting
ad wording, official consumption vouchers, public-interest notices with QR codes)."""
from _lib import P

A = "ad"

POSTS = [
    P("qj_ga", """【冬夜出警】民警深夜帮迷路老人找到家。老人的儿子特意送来一锅小龙虾表示感谢，民警婉拒了。说到小龙虾，潜江“虾谷渔郎”冬季冻虾尾已上架，复制₤Rm5Tx9Qa2₤打开手机淘宝就能买到正宗潜江味道！""",
      A, [(A, "复制₤Rm5Tx9Qa2₤打开手机淘宝", None)], note="Taobao token appended to a police story"),
    P("xy_ga", """襄阳牛肉面配黄酒，才是襄阳人的冬天！民警下班后的最爱，6.17 Wmq:/ 04/08 长按复制此条消息，打开抖音搜索，查看“汉江老面馆”团购详情。#襄阳""",
      A, [(A, "6.17 Wmq:/ 04/08", None), (A, "查看“汉江老面馆”团购详情", None)], note="Douyin share token for a restaurant deal"),
    P("es_wl", """恩施富硒茶新茶上市啦！今晚七点半恩施文旅直播间，主播带大家逛茶园，5号链接硒茶礼盒拍下备注“文旅”再减20，库存就这么多，上车了上车了！""",
      A, [(A, "5号链接硒茶礼盒拍下备注“文旅”再减20", None), (A, "上车了上车了", None)], note="selling livestream announced by a culture/tourism account"),
    P("sy_wl", """武当山下的道茶，回甘十足！主播手里这款250克罐装，点击屏幕下方小黄车，直播间到手只要79，再送竹制茶杯一只。#十堰好物""",
      A, [(A, "点击屏幕下方小黄车", None), (A, "直播间到手只要79", None)], note="livestream cart selling"),
    P("yc_wl", """秭归脐橙熟了！果农王大姐家的橙子个个爆汁，9斤带箱49.8元顺丰到家，视频左下角领券下单，宜昌文旅陪你甜一冬～""",
      A, [(A, "9斤带箱49.8元顺丰到家", None), (A, "视频左下角领券下单", None)], note="product price and purchase call on a tourism account"),
    P("hb_wl", """武汉人冬天的快乐：一碗热干面+一杯蛋酒！“老汉口早点铺”抖音团购双人早餐券19.9元，全市32家门店通用，点视频里的定位就能抢。""",
      A, [(A, "“老汉口早点铺”抖音团购双人早餐券19.9元", None), (A, "点视频里的定位就能抢", None)], note="group-buy voucher of one business"),
    P("hb_wl_wb", """【冬游湖北】咸宁温泉季开启！#咸宁# “九宫山云栖温泉”双人票+晚餐套票直降120元，戳 https://m.fliggy.com/detail/Yw8kR3tNqA 立即抢，限前300单。""",
      A, [(A, "https://m.fliggy.com/detail/Yw8kR3tNqA", None), (A, "直降120元", None)], note="link to a commercial ticket page of one resort"),
    P("yc_wl_wb", """三峡游轮冬季特惠来了！“长江明珠号”宜昌—重庆4晚5天航线，两人同订立减1600，咨询预订加vx：sanxia_youlun07，名额有限先到先得。""",
      A, [(A, "加vx：sanxia_youlun07", None), (A, "两人同订立减1600", None)], note="cruise promotion with a private WeChat id"),
    P("wh_sc", """冬季电热毯选购小贴士

1. 认准3C认证标志；2. 查看是否有过热保护；3. 使用前检查线路。小编家里一直用的是“暖眠”牌水暖毯，静音无辐射，阅读原文进入暖眠官方小店，本号读者输入口令WHSC立减50元。""",
      A, [(A, "阅读原文进入暖眠官方小店", None), (A, "输入口令WHSC立减50元", None)], note="disguised promotion inside a buying guide"),
    P("xn_sc", """【咸宁桂花糕】咸宁特产桂花糕，软糯香甜！“桂乡坊”老店冬季礼盒装6盒68元包邮，搜索微信小程序“桂乡坊商城”即可下单，满2盒再送桂花蜜一瓶。""",
      A, [(A, "搜索微信小程序“桂乡坊商城”即可下单", None), (A, "6盒68元包邮", None)], note="a shop's mini programme on a market-regulator account"),
    P("hb_sc", """#双12# 湖北老字号年货节开幕！周黑鸭、汪玉霞、曹祥泰等品牌联合让利，https://m.suning.com/product/0071259803/11203948.html 老字号专区领券满158减30。""",
      A, [(A, "https://m.suning.com/product/0071259803/11203948.html", None), (A, "领券满158减30", None)], note="shop link and coupon on a regulator's account"),
    P("hb_jy", """寒假“弯道超车”正当时！

“智学方舟”寒假精品班开课啦，初高中数理化一对一、小班课全覆盖，家长朋友扫描下方太阳码进入商城，前50位报名赠送价值598元的学习平板。

（二维码）""",
      A, [(A, "扫描下方太阳码进入商城", None), (A, "前50位报名赠送价值598元的学习平板", None)], note="tutoring promotion on the education department's account"),
    P("wh_jy", """致全市家长：寒假护眼很重要

寒假期间孩子使用电子产品时间增加，请家长督促孩子每用眼40分钟休息10分钟。另，“明眸视光”武汉各门店寒假期间为本号粉丝提供离焦镜片特惠，凭本文截屏到店配镜第二副半价。""",
      A, [(A, "凭本文截屏到店配镜第二副半价", None)], note="optical-shop promotion inside an eye-care notice"),
    P("jz_jy", """【荆州教育】期末复习资料大礼包来了！荆州名师团队整理的《期末冲刺108题》电子版，关注后私信“冲刺”领取，完整纸质版+解析视频仅需39元，扫码加老师个人号，朋友圈每天上新。""",
      A, [(A, "完整纸质版+解析视频仅需39元", None), (A, "扫码加老师个人号，朋友圈每天上新", None)], note="private-traffic selling of study materials"),
    P("hs_wj", """冬季进补，选对才健康！

“黄石国药堂”推出冬令膏方定制服务，名老中医一人一方，现在预约享首次面诊免费，膏方8.8折，预约电话0714-62xxxx8，或添加健康顾问嶶信：hsgyt_2026。""",
      A, [(A, "添加健康顾问嶶信：hsgyt_2026", None), (A, "膏方8.8折", None)], note="promotion of one private clinic with a disguised WeChat id"),
    P("hb_wj", """体检套餐怎么选？

很多人年底想做个全面体检。我们推荐“康途体检”湖北连锁中心的“年度守护”套餐，含低剂量CT、胃功能四项等56项，原价1280，现在通过“健康湖北”报名只要699，名额每天限50个。""",
      A, [(A, "原价1280，现在通过“健康湖北”报名只要699", None)], note="private check-up package sold via the health commission's account"),
    P("hb_wj_wb", """【冬季护肤】天冷皮肤干？#健康小贴士# 保湿是关键。皮肤科医生同款“润肌”修护霜，戳 https://dw4.co/t/A/Kp3xN8Lq 得物到手价89，回购率超高。""",
      A, [(A, "https://dw4.co/t/A/Kp3xN8Lq", None), (A, "得物到手价89", None)], note="e-commerce link with a price after a health tip"),
    P("hb_yj", """家庭应急物资，您备齐了吗？

手电筒、急救包、灭火毯、应急饮用水……小编整理了一份清单。嫌麻烦的朋友可以直接入手“安行者”家庭应急十件套，关注后回复“应急包”获取内部团购价，仅需129元。""",
      A, [(A, "关注后回复“应急包”获取内部团购价，仅需129元", None)], note="emergency kit of one brand sold by the emergency department's account"),
    P("hg_yj", """冬季用电安全提示：不要私拉乱接电线，电暖器远离可燃物。黄冈“安电宝”智能插座具有过载自动断电功能，全市电器城有售，凭本推送到店购买立减30元，团购请联系店长电话138xxxx4517。""",
      A, [(A, "凭本推送到店购买立减30元", None), (A, "团购请联系店长电话138xxxx4517", None)], note="one brand's product promoted inside a safety notice"),
    P("sz_ny", """随州香菇，鲜香一“菇”！

今天小编带大家走进随县香菇产业园。产园直供的花菇，2斤装“菇香坊”礼盒只要59元，长按识别图中拼团码，3人成团再减10元，坐标随县，顺丰冷链发全国。""",
      A, [(A, "长按识别图中拼团码，3人成团再减10元", None), (A, "2斤装“菇香坊”礼盒只要59元", None)], note="group-buy selling by the agriculture bureau"),
    P("sz_ny", """【冬季农资选购】化肥、种子要去正规门店购买。另外告诉大家个好消息：“丰禾农资”随州总代冬储化肥预订启动，订满5吨送货到村，每吨再让利80元，私聊我拉你进内购群，群里有专人对接。""",
      A, [(A, "私聊我拉你进内购群", None), (A, "每吨再让利80元", None)], note="dealer promotion and private group"),
    P("jm_rs", """【就业服务】年底想找份灵活工作？“荆楚快聘”平台推出会员服务，开通黄金会员（68元/季）即可优先推荐高薪岗位，扫码开通当天就有HR联系你。""",
      A, [(A, "开通黄金会员（68元/季）即可优先推荐高薪岗位", None), (A, "扫码开通当天就有HR联系你", None)], note="paid membership of a private job platform on the HR bureau's account"),
    P("jm_rs", """宝妈们看过来！在家带娃也能挣钱，“优选到家”社区团购招募小区团长，无需囤货，每单佣金12%，报名请添加招募官威信：jmtz_9988，月底前报名免培训费。""",
      A, [(A, "添加招募官威信：jmtz_9988", None), (A, "每单佣金12%", None)], note="recruiting group-buy leaders for a commercial platform"),
    P("ez_xb", """#鄂州美食# 武昌鱼，鄂州的名片！“梁子湖鲜”清蒸武昌鱼预制菜礼盒上新，3条装券后108，复制#Tk4pW9xZr2#打开某东，年夜饭直接安排。""",
      A, [(A, "复制#Tk4pW9xZr2#打开某东", None), (A, "3条装券后108", None)], note="JD token for a fish product"),
    P("xg_xb", """【孝感麻糖】孝感非遗美食麻糖，香甜酥脆。今年“孝感老麻糖”旗舰店推出非遗联名礼盒，拼多多搜“孝麻糖铺”，百亿补贴后只要25.9，两盒起发。""",
      A, [(A, "拼多多搜“孝麻糖铺”，百亿补贴后只要25.9", None)], note="a named shop on a government news office's account"),
    P("wh_ga", """【警方提示】冬季骑电动车注意安全，头盔一定要戴！@平安武汉 推荐一款民警都在用的“护途”3C头盔，评论区第一条有链接，今天下单送加厚头盔内衬。""",
      A, [(A, "评论区第一条有链接", None), (A, "今天下单送加厚头盔内衬", None)], note="police account selling a helmet brand"),
    P("wh_ga_dy", """冬天开车，车窗起雾看不清怎么办？民警教你三招！第三招：用这款“清视”防雾剂，喷一次管一周，视频右下角小黄篮直接拍，两瓶起拍再送一瓶。#武汉公安 #冬季行车""",
      A, [(A, "视频右下角小黄篮直接拍", None), (A, "两瓶起拍再送一瓶", None)], note="Douyin cart after a safety tip"),
    P("xy_ga", """防盗门锁换了吗？襄阳警方提醒：入冬后入室盗窃高发，建议更换C级锁芯。合作商家“襄安锁业”上门更换服务，本周预约仅收材料费，电话微信同号：159xxxx0710。""",
      A, [(A, "合作商家“襄安锁业”上门更换服务", None), (A, "电话微信同号：159xxxx0710", None)], note="police account promotes one locksmith"),
    P("hb_ga", """【春运购票】2027年春运火车票1月起开售，请通过铁路12306购票。出行酒店订好了吗？武汉站旁“汉驿”酒店春运期间预订立享85折，扫码添加前台企业微信锁定房源：https://work.weixin.qq.com/ca/cawc8e71d04b""",
      A, [(A, "https://work.weixin.qq.com/ca/cawc8e71d04b", None), (A, "预订立享85折", None)], note="hotel promotion appended to a travel notice"),
    P("qj_ga", """【以案说法】某男子网购“减肥神药”被骗2000元。民警提醒：减肥要科学。本号合作健身房“燃动力”潜江店年末办卡：年卡699元，两人同办再送30天，私信“燃动”获取优惠码。""",
      A, [(A, "年卡699元，两人同办再送30天", None), (A, "私信“燃动”获取优惠码", None)], note="gym card sale after an anti-fraud case"),
    P("hb_sc", """【消费提示】选购羽绒服看含绒量。@湖北市场监管 实测了几款，性价比最高的是“鹅享暖”直播间的白鹅绒款，主播每晚八点在抖音开播，进播间报“监管实测”领30元券。""",
      A, [(A, "进播间报“监管实测”领30元券", None)], note="'test' by the regulator used to push one livestream shop"),
    P("hs_wj", """黄石市第一届“健康杯”广场舞大赛圆满落幕！感谢本次大赛独家冠名商“矿冶康养”老年公寓，目前入住即享首月床位费全免，咨询热线0714-63xxxx6，欢迎实地参观。""",
      A, [(A, "入住即享首月床位费全免", None), (A, "独家冠名商“矿冶康养”老年公寓", None)], note="sponsor's offer inside an event report"),
    P("es_wl", """恩施民宿推荐！大峡谷脚下的“云端土家”民宿，推窗就是云海，冬季房价168元起，连住两晚送土家腊肉一份，订房加企鹅号：2871046635。#恩施民宿""",
      A, [(A, "订房加企鹅号：2871046635", None), (A, "连住两晚送土家腊肉一份", None)], note="one guesthouse with a QQ id"),
    P("wh_sc", """年末装修季，如何避免增项陷阱？

一是签订规范合同，二是明确材料品牌型号，三是分期付款。“筑家美”装饰武汉总部12月特惠，120平全包仅需9.8万，识别二维码预约免费上门量房，签约送全屋定制柜。""",
      A, [(A, "120平全包仅需9.8万", None), (A, "识别二维码预约免费上门量房", None)], note="renovation company promotion inside a consumer notice"),
    P("yc_wl", """宜昌人家里都有一罐萝卜饺子的酱！“巴楚婆婆”秘制辣酱，一口就上瘾，橱窗搜“巴楚婆婆”，新客首单立省8元，两罐起包邮。#宜昌美食""",
      A, [(A, "橱窗搜“巴楚婆婆”，新客首单立省8元", None)], note="shop-window selling"),

    # hard negatives
    P("wh_sc", """【典型案例】武汉市市场监管局查处一起发布违法广告案

当事人在其微信公众号发布“全网最低价”“七天瘦十斤”“无效全额退款”等宣传用语，违反《广告法》相关规定，执法人员依法责令停止发布并罚款3万元。""",
      hn=A, note="an enforcement case quoting ad wording"),
    P("hb_ga", """【警惕！评论区“领链接”可能是骗局】近期有骗子在短视频评论区留言“扣1领内部价链接”，诱导添加私人账号后发送虚假购物链接骗取钱款。请通过正规平台购物，不要点击陌生链接。""",
      hn=A, note="anti-fraud post describing ad tactics"),
    P("ez_xb", """【鄂州消费券来了】第三轮“惠购鄂州”政府消费券将于12月1日10时在云闪付APP发放，共5000万元，覆盖餐饮、零售、家电等领域，每人限领一张。""",
      hn=A, note="government-issued consumption vouchers via the official channel"),
    P("hb_sc", """【家电以旧换新政策问答】个人消费者购买一级能效空调、冰箱等12类家电，可享受产品售价15%的补贴，每件最高补贴2000元。具体参与企业名单请查询省商务厅官网。""",
      hn=A, note="official subsidy policy with figures, no shop named"),
    P("sz_ny", """【随州香菇产业发展成效】今年全市香菇出口额达8.6亿美元，同比增长11%。市农业农村局将继续支持企业建设标准化生产基地，提升“随州香菇”区域公用品牌影响力。""",
      hn=A, note="promotion of a regional public brand with figures, no sales call"),
    P("hb_wl", """湖北省博物馆冬季开放时间调整：周二至周日9:00—17:00，周一闭馆。参观请提前通过“湖北省博物馆”官方微信公众号实名预约，免费参观。#湖北省博物馆""",
      hn=A, note="official free reservation channel"),
    P("xn_sc", """【价格提醒】“双12”将至，咸宁市场监管局提醒经营者：开展促销活动应明码标价，不得虚构原价、虚假优惠折价。消费者发现价格违法行为可拨打12315投诉。""",
      hn=A, note="price-regulation reminder using promotion vocabulary"),
    P("hs_wj", """【免费】黄石市65岁及以上老年人可免费接种23价肺炎球菌多糖疫苗，接种点为各社区卫生服务中心，扫描下方二维码可查询最近接种点。""",
      hn=A, note="public-health QR code, free service"),
    P("jm_rs", """荆门市2027年春风行动专场招聘会12月5日举行，80余家企业提供岗位3200个。求职者可扫描海报二维码提前投递简历，现场免费入场。""",
      hn=A, note="public job fair with QR code"),
    P("yc_wl_wb", """【三峡大坝旅游区冬季门票政策】12月1日至明年2月28日，三峡大坝旅游区对全国教师、医务人员实行免门票政策，凭有效证件入园。""",
      hn=A, note="official ticket policy of a public scenic area"),
    P("xy_ga", """【以案说法】男子在直播间看到“警用同款”电击棍下单，收到后发现是违禁品。警方提醒：任何冒用“警用”名义的商品宣传都是违法的，请勿购买。""",
      hn=A, note="enforcement story quoting a livestream's wording"),
    P("qj_ga", """【潜江小龙虾产业】今年潜江小龙虾全产业链综合产值突破700亿元。我局将持续开展打击涉虾产业欺行霸市、强买强卖等违法犯罪专项行动，护航产业发展。""",
      hn=A, note="an industry report with figures, no sales"),
    P("hb_jy_wb", """【提醒】近期有不法机构冒用“教育部门推荐”名义推销寒假辅导班、学习机。省教育厅郑重声明：教育部门从未向家长推荐任何校外培训机构和商品。""",
      hn=A, note="a disclaimer against commercial promotion"),
]
