"""Tenth held-out part: commercial advertising in government accounts (class ad) and hard negatives (price
words in enforcement and warning posts, official vouchers and set prices). Shops, links, tokens, ids and
phone numbers are invented; none is a span of dev/ ... dev13/."""
from _lib import P

A = "ad"

POSTS = [
    P("gz_wl", """赣南脐橙熟了🍊果园直发，甜过初恋！点屏幕下方的“购”字图标，9斤精品果到手46.8元，坏果包赔～ #赣州文旅#""",
      A, spans=[(A, "点屏幕下方的“购”字图标"), (A, "9斤精品果到手46.8元")], note="sells oranges with the price and the cart button"),
    P("jdz_wl", """瓷都手作茶具，每一只都是老师傅亲手拉坯🍵“瓷都窑事”青花盖碗三件套今晚直播间只要128，点视频下方“去看看”直接带走！""",
      A, spans=[(A, "“瓷都窑事”青花盖碗三件套今晚直播间只要128"), (A, "点视频下方“去看看”直接带走")], note="a named shop's product with a live price and a cart button"),
    P("jx_wl", """冬游江西，泡汤正当时♨️明月山温泉双人票+自助晚餐，复制₰Lk7Qp2Zx9₰打开淘宝，立享冬季特惠～""",
      A, spans=[(A, "₰Lk7Qp2Zx9₰")], note="a shop token in a disguise"),
    P("jx_wj", """冬季进补有讲究

冬季是进补的好时节，但要因人而异、辨证施补。体质偏热的人群不宜盲目服用温补药物。

本期推荐：“九康堂”古法阿胶糕，500克礼盒装198元，复制₵Wr5Nm8Hj3₵到手淘下单。""",
      A, spans=[(A, "“九康堂”古法阿胶糕，500克礼盒装198元"), (A, "₵Wr5Nm8Hj3₵")], note="a health article ending in a product ad with a token"),
    P("ja_ny", """井冈蜜柚上市啦！

今年全市井冈蜜柚产量预计达到30万吨。想吃正宗井冈蜜柚的朋友，可以进入“井冈柚香”微店：https://shop1937402.v.weidian.com ，5个装券后39.9元包邮。""",
      A, spans=[(A, "https://shop1937402.v.weidian.com"), (A, "5个装券后39.9元包邮")], note="a shop link and price in the bureau's article"),
    P("sr_sc", """【婺源皇菊冬季上新】婺源皇菊一朵一杯，香气清雅。“婺乡菊苑”礼罐装今日拍下立减15元，戳这里下单：https://qr.1688.com/s/Kx39Pq7Z""",
      A, spans=[(A, "“婺乡菊苑”礼罐装今日拍下立减15元"), (A, "https://qr.1688.com/s/Kx39Pq7Z")], note="promotes a shop with a link and a coupon"),
    P("jx_wl", """鄱阳湖大闸蟹，膏满黄肥🦀“湖畔蟹庄”母蟹3.5两×6只礼盒，《Rq8pLx2Mz5》复制到淘宝，前200单加送蟹八件！""",
      A, spans=[(A, "《Rq8pLx2Mz5》"), (A, "前200单加送蟹八件")], note="token in book-title marks; a first-orders gift"),
    P("jj_wj", """冬季护肤小贴士

入冬后空气干燥，皮肤容易干痒。建议洗澡水温不超过40℃，洗后及时涂抹润肤霜。

小编自用的修护面霜链接在这里：https://www.xiaohongshu.com/goods-detail/6571ab3c92e4 ，本号粉丝下单备注“九江”再减10元～""",
      A, spans=[(A, "https://www.xiaohongshu.com/goods-detail/6571ab3c92e4"), (A, "本号粉丝下单备注“九江”再减10元")], note="a product link with a fans' discount in a health tip"),
    P("nc_sc", """吃在南昌｜这家瓦罐汤老店值得打卡

“老街坊瓦罐煨汤”开在绳金塔旁，一罐汤煨足8小时。美团团购双人套餐59元：https://i.meituan.com/deal/7284019365.html""",
      A, spans=[(A, "美团团购双人套餐59元"), (A, "https://i.meituan.com/deal/7284019365.html")], note="promotes one restaurant with a group-buy link"),
    P("jx_yj", """家庭应急包，关键时刻能救命

一个合格的家庭应急包应包括：饮用水、压缩食品、手电筒、急救药品、口哨、逃生绳等。

我们为大家挑选了“赣安盾”家庭应急箱（18件套），京东旗舰店：https://mall.jd.com/index-1029384.html ，本月下单送便携收音机一台。""",
      A, spans=[(A, "https://mall.jd.com/index-1029384.html"), (A, "本月下单送便携收音机一台")], note="a safety article ending in a shop link and gift"),
    P("gz_ga", """警察蜀黍提醒：骑电动车一定要戴头盔！⛑️同款3C认证头盔在我们视频号直播间右下角“商品”按钮里，警民专享价49元！""",
      A, spans=[(A, "视频号直播间右下角“商品”按钮"), (A, "警民专享价49元")], note="police account selling helmets in a live room"),
    P("yc_rs", """2027年初级会计职称考试报名将于1月启动

为帮助考生备考，我们联合“赣易考”网校推出考前冲刺班，原价1280元，本号读者专享699元，价格私聊客服微信：gyk_kefu2027""",
      A, spans=[(A, "本号读者专享699元"), (A, "价格私聊客服微信：gyk_kefu2027")], note="promotes a paid course with contact-for-price"),
    P("fz_jy", """寒假将至，如何让孩子过一个充实的假期？

“博雅书院”寒假研学营火热招募中！7天6晚南昌—井冈山红色研学，学费3680元，两个孩子同报立减400元。长按保存下方图片，微信扫一扫即可订购。""",
      A, spans=[(A, "学费3680元，两个孩子同报立减400元"), (A, "长按保存下方图片，微信扫一扫即可订购")], note="sells a paid study tour with QR ordering"),
    P("jx_jy_wb", """【寒假学习好帮手】“学易通”智能学习平板冬季促销，12月31日前下单直降500元，还送一年会员！需要的家长加我微信问价：xyt_jx0791""",
      A, spans=[(A, "“学易通”智能学习平板冬季促销，12月31日前下单直降500元"), (A, "需要的家长加我微信问价：xyt_jx0791")], note="promotes a learning tablet with a WeChat id"),
    P("ja_xw", """【吉安味道】泰和乌鸡，滋补佳品。“泰和乌鸡养殖场”现杀现发，一只到手78元，满三人即可成团，每只立省10元，报价请致电0796-82xxxx7。""",
      A, spans=[(A, "一只到手78元，满三人即可成团，每只立省10元"), (A, "报价请致电0796-82xxxx7")], note="sells one farm's chickens with price and phone"),
    P("sr_xw", """【上饶好物】三清山云雾茶上新！“三清茗坊”高山春茶250克装168元，关注店铺领取满88减12红包，链接：https://market.m.taobao.com/app/shop/sqmf2027""",
      A, spans=[(A, "关注店铺领取满88减12红包"), (A, "https://market.m.taobao.com/app/shop/sqmf2027")], note="shop link and coupon"),
    P("xy_sc", """【新余夏布绣】非遗手作，送礼体面！“渝水绣坊”夏布绣团扇今日特价89元，售完即止，微店搜“渝水绣坊”下单。""",
      A, spans=[(A, "“渝水绣坊”夏布绣团扇今日特价89元，售完即止"), (A, "微店搜“渝水绣坊”下单")], note="promotes one workshop's product with price and shop search"),
    P("px_qx", """【武功山看雾凇指南】最佳观赏时间为清晨6点至9点。“云端山居”民宿观景房今冬特价238元/晚，订房请联系小编微信：ygs_yunduan""",
      A, spans=[(A, "“云端山居”民宿观景房今冬特价238元/晚"), (A, "订房请联系小编微信：ygs_yunduan")], note="weather account selling a guesthouse"),
    P("jx_ga", """【防盗小贴士】出门记得锁好门窗！推荐大家安装智能猫眼，“卫家安”智能猫眼双十二到手199元，点击链接抢购：https://u.tmall.com/s/Wj8Pq2Lz""",
      A, spans=[(A, "“卫家安”智能猫眼双十二到手199元"), (A, "https://u.tmall.com/s/Wj8Pq2Lz")], note="police account promotes a product with a link"),
    P("nc_ga_dy", """反诈宣传进社区，民警现场教大家识别骗局👮顺便说一下，防窥屏手机膜我们已经挂在左下角小风铃里了，两片装19.9～""",
      A, spans=[(A, "挂在左下角小风铃里了"), (A, "两片装19.9")], note="cart under a new nickname; product price"),
    P("jj_yj", """冬季燃气安全怎么做？

1. 使用合格的燃气灶具和软管；2. 安装燃气泄漏报警器；3. 人走火灭。

燃气报警器团购开始啦！“安燃卫士”报警器团购价89元/台，3台起送货上门安装，团购请扫描文末二维码进群接龙。""",
      A, spans=[(A, "“安燃卫士”报警器团购价89元/台"), (A, "团购请扫描文末二维码进群接龙")], note="safety article ending in a group-buy"),
    P("jx_wj_wb", """【关爱老人听力健康】“聆康”助听器冬季惠民活动开始了！60岁以上老人凭身份证到店验配，第二台半价，咨询热线0791-86xxxx3。""",
      A, spans=[(A, "“聆康”助听器冬季惠民活动开始了"), (A, "第二台半价")], note="health account promotes a hearing-aid shop"),
    P("yt_xw", """【鹰潭名品】贵溪灯芯糕，香甜酥软！“天师故里”老字号礼盒装3盒仅需45元，全国包邮，下单通道：https://weidian.com/s/9837261045""",
      A, spans=[(A, "“天师故里”老字号礼盒装3盒仅需45元"), (A, "https://weidian.com/s/9837261045")], note="promotes a shop with link"),
    P("ja_ny", """【吉安农产品直播带货节】今晚7点半，局长走进“井冈红米坊”直播间，5斤装井冈山红米直播间专享39.8元，还有满100元抽免单！""",
      A, spans=[(A, "5斤装井冈山红米直播间专享39.8元"), (A, "满100元抽免单")], note="official livestream selling one shop's rice with price and lottery"),
    P("jdz_wl", """来景德镇学做陶瓷吧！🏺“泥趣”陶艺工作室体验课，2小时手工拉坯+上釉只要69元/人，抖音团购搜“泥趣陶艺”直接下单～""",
      A, spans=[(A, "2小时手工拉坯+上釉只要69元/人"), (A, "抖音团购搜“泥趣陶艺”")], note="promotes one studio with price"),
    P("fz_jy", """【家长必看】孩子近视怎么办？

“睛彩视界”眼科中心冬季近视防控活动：凭学生证免费验光，配镜享7.5折。地址：抚州市临川区赣东大道xxx号，预约电话0794-82xxxx5。""",
      A, spans=[(A, "配镜享7.5折"), (A, "“睛彩视界”眼科中心冬季近视防控活动")], note="education account promotes an eye clinic"),
    P("yc_rs", """【灵活就业好机会】“帮你赚”平台招募城市推广大使，在家动动手指就能赚钱，每单提成20元，上不封顶！报名加企业微信：bnz_zhaomu""",
      A, spans=[(A, "“帮你赚”平台招募城市推广大使"), (A, "每单提成20元，上不封顶")], note="agent recruiting for a commercial platform"),
    P("jx_wl", """冬天的庐山，是一场雪的童话❄️“匡庐云舍”雪景房限时抢，周末入住立减80元，订房私信“庐山”获取链接～""",
      A, spans=[(A, "“匡庐云舍”雪景房限时抢"), (A, "订房私信“庐山”获取链接")], note="a guesthouse ad; link by private message"),
    P("gz_wl", """客家酿豆腐、小炒鱼、三杯鸡……“围屋人家”客家菜馆四人餐团购价168元，点视频下方“团”字小标签即可抢购！""",
      A, spans=[(A, "四人餐团购价168元"), (A, "点视频下方“团”字小标签即可抢购")], note="promotes a restaurant's group-buy"),
    P("nc_sc", """【预付卡消费提示】办理预付卡要选择信誉良好的经营者。

另：我局联合“星城洁衣坊”推出“放心洗”年卡，充值500元送150元，全市28家门店通用，扫描下方二维码即可办理。""",
      A, spans=[(A, "充值500元送150元"), (A, "“星城洁衣坊”推出“放心洗”年卡")], note="a consumer tip turned into a stored-value card ad"),
    P("jj_wj", """【九江新开体检套餐】“康桥健康体检中心”冬季老年人体检套餐直降300元，原价880元，现价580元，扫码预约：https://h5.kqtjzx.cn/yy/2027""",
      A, spans=[(A, "原价880元，现价580元"), (A, "https://h5.kqtjzx.cn/yy/2027")], note="promotes a private clinic with price and link"),
    P("sr_sc", """【上饶本地好物】铅山河红茶，冬日暖身！“河口茶号”红茶礼盒买两盒送一盒，另加赠茶具一套，数量有限先到先得，咨询电话139xxxx2768。""",
      A, spans=[(A, "“河口茶号”红茶礼盒买两盒送一盒"), (A, "另加赠茶具一套，数量有限先到先得")], note="promotes one tea shop"),
    P("gz_ga_wb", """【冬季行车安全】雨雪天气行车请减速慢行。车险到期的朋友注意啦，“安途”车险续保享8.5折，扫描下方二维码即可报价投保。""",
      A, spans=[(A, "“安途”车险续保享8.5折"), (A, "扫描下方二维码即可报价投保")], note="police account promotes insurance"),
    P("jx_sc", """【年货节】南丰蜜桔上市啦！“桔乡园”10斤装到手52元，顺丰包邮，点击进入小程序“赣品优选”下单👉#小程序://赣品优选/Zr4Tq9Kp""",
      A, spans=[(A, "“桔乡园”10斤装到手52元，顺丰包邮"), (A, "#小程序://赣品优选/Zr4Tq9Kp")], note="mini-program shop link and price"),
    P("ja_xw", """【吉安房产】城南新盘“庐陵府”年末清盘，精装三居室均价5980元/㎡，首付10万起，认购热线0796-81xxxx2。""",
      A, spans=[(A, "精装三居室均价5980元/㎡，首付10万起"), (A, "认购热线0796-81xxxx2")], note="property ad in a press-office account"),

    # ---- hard negatives
    P("nc_sc", """【价格违法典型案例】某超市在促销活动中标示“原价298元，现价128元”，经查，该商品在促销前7日内从未以298元销售，属于虚构原价。我局依法对其处以罚款2万元。""",
      hn=A, note="price words quoted in an enforcement case"),
    P("jx_sc", """【消费提示】年末促销，警惕“1元秒杀”“扫码领红包”等营销陷阱：部分商家以低价引流，实际设置了复杂的使用条件。遇到价格欺诈，请拨打12315投诉。""",
      hn=A, note="marketing phrases quoted in a consumer warning"),
    P("nc_sc", """南昌市第二轮餐饮消费券12月5日开抢

本轮共发放消费券2000万元，分为满100减30、满200减60两档，市民可通过“云闪付”App领取，在全市参与活动的餐饮门店使用。""",
      hn=A, note="a government voucher scheme; not an ad for a business"),
    P("sr_xw", """【三清山景区冬季门票价格公示】经市发展改革委核定，12月1日至次年2月底，三清山景区门票执行淡季价格，每人120元；索道单程70元。60周岁以上老人、现役军人凭证免票。""",
      hn=A, note="officially set prices of a public scenic area"),
    P("xy_sc", """【本周农产品价格监测】猪肉（后腿）13.6元/斤，鸡蛋5.2元/斤，大白菜1.2元/斤，价格总体平稳。""",
      hn=A, note="price monitoring, no seller"),
    P("jx_ga", """【警惕直播间售假】近期我省公安机关破获一起售假案：犯罪嫌疑人在直播间以“工厂直发”“原价599今天只要99”为噱头销售假冒羽绒服，涉案金额300余万元。""",
      hn=A, note="sales talk quoted in a police case report"),
    P("yc_rs", """职业技能培训补贴申领指南

取得职业资格证书或职业技能等级证书的参保职工，可申领技能提升补贴：初级工1000元、中级工1500元、高级工2000元。申领渠道：“赣服通”App或各级人社窗口。""",
      hn=A, note="government subsidy amounts"),
    P("jx_wl", """江西文旅惠民季来啦！12月1日起，全省国有A级景区对全国教师、医护人员实行门票半价优惠，部分景区免门票，具体以各景区公告为准。 #江西文旅#""",
      hn=A, note="an official discount policy, no business promoted"),
    P("gz_ga_wb", """【警方破获售假茶叶案】犯罪嫌疑人通过社交平台发布“淘口令”、直播间“小黄车”等引流售卖假冒名茶，已被依法刑事拘留。提醒：网购请认准正规渠道。""",
      hn=A, note="ad mechanics named in a case report"),
    P("jx_jy", """警惕寒假补课虚假宣传

寒假将至，一些校外培训机构打出“包提分”“保过班”“名师一对一”等宣传。省教育厅提醒：学科类校外培训须经审批，家长不要轻信，不要一次性缴纳超过3个月的费用。""",
      hn=A, note="ad slogans quoted in a warning"),
    P("ja_ny", """吉安市2026年冬季农产品产销对接会举行

对接会上，全市86家农业经营主体与省内外32家采购商签订购销协议，签约金额4.6亿元，涉及井冈蜜柚、泰和乌鸡、遂川狗牯脑茶等特色产品。""",
      hn=A, note="official trade fair report; no price, no link"),
    P("nc_ga_dy", """警察蜀黍教你识破“低价机票”骗局✈️骗子在网上发布“特价机票199元”，付款后又以“改签费”“保险费”为由多次要钱。记住：买票认准官方渠道！""",
      hn=A, note="a quoted price in an anti-fraud video"),
    P("sr_sc", """明码标价怎么标？

商品标价签应当标明品名、产地、规格、计价单位、价格等。例如：品名：南丰蜜桔 产地：江西南丰 规格：一级 计价单位：斤 价格：4.5元。""",
      hn=A, note="a price-label example in a compliance guide"),
]
