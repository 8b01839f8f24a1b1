"""Third held-out part (2026-12-02): commercial advertising (class ad) and hard negatives. Shops, platforms,
links, token disguises, private-traffic and selling phrasings differ from dev/, dev2/ and dev3/."""
from _lib import P

A = "ad"

POSTS = [
    P("dz_wx", """德州扒鸡冬季礼盒上新 家乡味道寄给远方的你

“德州扒鸡”是国家级非物质文化遗产，距今已有300多年历史。入冬以来，市内多家老字号推出年货礼盒。

其中，“运河老号”扒鸡礼盒（4只装）到手只要139元，点击链接 https://haohuo.jinritemai.com/views/product/item2?id=3629017745 直接下单，全国包邮，48小时内发货。

德州扒鸡的制作工艺讲究“火候”，要经过选鸡、造型、上糖色、油炸、焖煮等十几道工序，焖煮时间长达8小时以上，成品色泽金黄、肉质酥烂、脱骨即食。2014年，德州扒鸡制作技艺入选国家级非物质文化遗产代表性项目名录。

近年来，德州扒鸡产业不断做大，全市扒鸡生产企业年产值超过30亿元，产品销往全国各地，还出口到东南亚、欧美等地区。

家乡的味道，送给在外打拼的你！""",
      A, [(A, "到手只要139元", None), (A, "https://haohuo.jinritemai.com/views/product/item2?id=3629017745", None)],
      note="one shop's gift box with price and a Douyin-shop link"),

    P("dz_wb", """#德州好物# 禹城的红薯粉条、乐陵的金丝小枣都在这儿！复制口令 9¥Qd8xkLm2Y¥ HU7163 打开手机app即可选购，囤年货就现在～""",
      A, [(A, "9¥Qd8xkLm2Y¥ HU7163", None)], note="shop token in the new number-prefixed format"),

    P("bz_wb", """【沾化冬枣最后一波！】今年最后一批冬枣已采收，甜脆多汁。搜索“沾化枣园直发”小程序，新人首单满49减15，三斤起发顺丰～""",
      A, [(A, "新人首单满49减15", None), (A, "搜索“沾化枣园直发”小程序", None)], note="one shop's mini-program with a coupon"),

    P("jnn_wb", """【@微山湖大闸蟹 福利】今晚8点，微山湖湖蟹直播专场！母蟹3.5两起，直播间拍1号链接，8只礼盒198元还包顺丰冷链。""",
      A, [(A, "直播间拍1号链接", None), (A, "8只礼盒198元还包顺丰冷链", None)], note="selling livestream with price"),

    P("lc_scjg", """东阿阿胶糕冬季滋补正当时

阿胶糕是冬季热门滋补品。选购阿胶糕要看配料表，阿胶含量越高越好；要从正规渠道购买，认准SC生产许可编号。

辨别阿胶糕真伪，可以看颜色：优质阿胶糕切面呈琥珀色，色泽均匀，有透光感；可以闻气味：有淡淡的胶香，无腥臭味；还可以看口感：软硬适中、有嚼劲，不粘牙。

需要提醒的是，阿胶糕属于普通食品或滋补类食品，不能代替药品。孕妇、儿童以及脾胃虚弱、感冒发热者应慎用。

本期推荐“东阿古坊”阿胶糕，阿胶含量≥15%，粉丝专享买三送一，戳头像私聊客服下单。""",
      A, [(A, "本期推荐“东阿古坊”阿胶糕", None), (A, "买三送一", None), (A, "戳头像私聊客服下单", None)],
      note="consumer tip turned into a brand placement with a promotion and private ordering"),

    P("sd_sthj", """【低碳生活从我做起】冬季取暖选对电器更省电！“绿能家”空气能热泵冬季大促，安装即享政府补贴+厂家直补，到店咨询满1万元立减1500元，热线400-820-xxxx。""",
      A, [(A, "到店咨询满1万元立减1500元", None), (A, "“绿能家”空气能热泵冬季大促", None)], note="one brand's sale in an environmental-tips post"),

    P("sd_jt", """ETC办理有福利！

即日起，在“齐鲁畅行”小程序新办ETC，送价值88元的行车记录仪一台；老用户推荐新用户办理，双方各得50元加油卡。

长按识别二维码立即办理 ↓
【二维码】

（本活动由合作银行提供）""",
      A, [(A, "送价值88元的行车记录仪一台", None), (A, "双方各得50元加油卡", None), (A, "长按识别二维码立即办理", None)],
      note="a bank's ETC card promotion with referral rewards; not a public service notice"),

    P("sd_jyt_wb", """【寒假规划早知道】“启航学堂”寒假冲刺营开始报名！小班教学，名校老师带班，报名即赠全套讲义，前30名享7.5折，咨询请加+VX：qh_xuetang88""",
      A, [(A, "前30名享7.5折", None), (A, "+VX：qh_xuetang88", None)],
      note="a private tutoring company's course ad on the education department's account"),

    P("rz_ga_dy", """冬季行车安全很重要！防滑链、应急包选好了吗？视频同款汽车应急套装点击左下角小黄包即可购买，今天下单送防雾剂。#日照公安 #安全驾驶""",
      A, [(A, "点击左下角小黄包即可购买", None), (A, "今天下单送防雾剂", None)], note="police video caption selling goods through the shopping-bag icon"),

    P("zz_ga", """#平安出行# 冬季车险哪家强？枣庄车主注意啦！“平安鲁通”车险续保享9折再返200元油卡，+薇：zzcx_6688 免费报价。""",
      A, [(A, "续保享9折再返200元油卡", None), (A, "+薇：zzcx_6688", None)], note="one insurance agent's offer with disguised WeChat id"),

    P("qd_wj", """科学护眼 从孩子做起

近视防控要早。专家提醒，儿童青少年应保证每天户外活动2小时以上，减少连续近距离用眼。

另外，“明睿眼科”寒假近视筛查活动开启，凭学籍卡到院免费检查，角膜塑形镜验配立减1200元，名额有限，点击阅读原文预约。""",
      A, [(A, "“明睿眼科”寒假近视筛查活动开启", None), (A, "角膜塑形镜验配立减1200元", None)],
      note="private eye hospital promotion appended to a health tip"),

    P("st_wb", """【汕头牛肉丸，正宗潮汕味！】“老潮记”牛肉丸冬季福利，手打牛筋丸500g×3袋仅售99.9元，评论区扣“想吃”发你购买方式～#汕头美食#""",
      A, [(A, "500g×3袋仅售99.9元", None), (A, "评论区扣“想吃”发你购买方式", None)], note="one shop's meatballs, price and comment-to-buy"),

    P("zj_wx", """湛江徐闻菠萝预售开启

“菠萝的海”又到丰收季！徐闻菠萝以香甜多汁著称，是国家地理标志产品。

2027年第一批徐闻菠萝现已开启预售，10斤装原价79元，预售价59元，群接龙下单，满20人成团，送货到小区团长自提点。

进群请扫下方二维码👇""",
      A, [(A, "预售价59元", None), (A, "群接龙下单，满20人成团", None), (A, "团长自提点", None)],
      note="group-buying pre-sale of one seller's pineapples"),

    P("zj_wb", """#湛江生蚝# 官渡生蚝冬季最肥美！“蚝门宴”海鲜排档开业大酬宾，生蚝一打只要38元，到店报“湛江发布”再送一份炒粉！""",
      A, [(A, "开业大酬宾", None), (A, "生蚝一打只要38元", None), (A, "到店报“湛江发布”再送一份炒粉", None)],
      note="one restaurant's opening promotion with the account's name as a coupon word"),

    P("zq_wb", """【端砚收藏正当时】肇庆端砚非遗传承人工作室精品端砚限时特惠，实物拍摄，支持鉴定。👉 https://detail.tmall.com/item.htm?id=712938475566""",
      A, [(A, "https://detail.tmall.com/item.htm?id=712938475566", None), (A, "精品端砚限时特惠", None)],
      note="one studio's shop link"),

    P("gd_ga", """【反诈之外也要“护财”】我厅联合“粤安保”推出电信诈骗损失险，每年仅需19.9元，最高赔付5万元，点击 https://j.youzan.com/Rz8p2K 立即投保。""",
      A, [(A, "每年仅需19.9元", None), (A, "https://j.youzan.com/Rz8p2K", None)],
      note="an insurance product sold through a shop link on the police account"),

    P("gd_rs", """技能提升补贴怎么领？

参保职工取得职业资格证书或职业技能等级证书的，可申领技能提升补贴，初级1000元、中级1500元、高级2000元。

技能提升补贴每人每年可申领1次，每人累计享受不超过3次。申领人可通过“粤省事”小程序或广东省人社厅网上服务平台提交申请，无需提交纸质材料。

想考证却没时间？“粤才职培”线上课程，随到随学，考不过免费重修！城市合伙人火热招募中，零门槛轻创业，详情私我发价目表。""",
      A, [(A, "考不过免费重修", None), (A, "城市合伙人火热招募中，零门槛轻创业", None), (A, "详情私我发价目表", None)],
      note="a policy explainer that turns into one training company's ad and partner recruitment"),

    P("gd_rs_wb", """【居家灵活就业新机会】手机就能做，每天2小时，日入200+，宝宝睡了也能赚，威❤：gdjob2026 了解详情。""",
      A, [(A, "日入200+", None), (A, "威❤：gdjob2026", None)], note="side-job recruitment with a disguised WeChat id"),

    P("sz_scjg", """“深i消费”年终盛典来了

12月1日至12月31日，“深i消费”年终盛典在全市开展。

华强北“极客数码”店庆期间全场五折起，iPhone现货当天提，以旧换新再补800元；到店出示本文截图，加送价值199元的数码大礼包。

店铺地址：福田区华强北路xx号，营业时间10:00—22:00。""",
      A, [(A, "店庆期间全场五折起", None), (A, "以旧换新再补800元", None), (A, "到店出示本文截图，加送价值199元的数码大礼包", None)],
      note="one electronics shop's anniversary sale inside a consumption-festival post"),

    P("sz_scjg_wb", """【健身卡别乱办】提醒：预付式消费要谨慎！当然，靠谱的也有——“力型健身”南山店年卡只要1299元，办卡送私教课3节，主页有联系方式。""",
      A, [(A, "年卡只要1299元", None), (A, "办卡送私教课3节", None), (A, "主页有联系方式", None)],
      note="a prepaid-consumption warning that ends promoting one gym"),

    P("zs_ga", """中山公安提醒：电动自行车要上牌！上牌所需头盔、锁具，中山“安骑行”门店一站式购齐，出示本视频第二件0元！#中山公安""",
      A, [(A, "出示本视频第二件0元", None), (A, "中山“安骑行”门店一站式购齐", None)], note="police Douyin promoting one shop"),

    P("jm_wx", """江门陈皮：一年陈皮一年宝

新会陈皮是国家地理标志保护产品，“一年陈皮一年宝，百年陈皮赛黄金”。

今年冬季，新会“侨乡皮号”推出十年陈皮礼罐，250克装限时968元，扫码加入企微社群领专属折扣券，另有柑普茶买二发三。""",
      A, [(A, "250克装限时968元", None), (A, "扫码加入企微社群领专属折扣券", None), (A, "买二发三", None)],
      note="one dried-peel shop's gift tin with price and private-traffic coupon"),

    P("qy_wl", """清远鸡！温泉！这个冬天就来清远～英德“云端汤泉”双人泡汤+自助餐限时298元，点击视频下方地址标签直接抢券，周末不加价！#清远文旅""",
      A, [(A, "双人泡汤+自助餐限时298元", None), (A, "点击视频下方地址标签直接抢券", None)], note="one hot spring's voucher sold in a tourism video"),

    P("mz_wb", """【梅州金柚年货节】梅县金柚、平远脐橙、大埔蜜柚一站购齐！“客都优选”平台满199减100，链接→ https://xhslink.com/a/Ks8dWp2""",
      A, [(A, "满199减100", None), (A, "https://xhslink.com/a/Ks8dWp2", None)], note="one platform's discount with a link"),

    P("gz_wj", """冬季进补 科学体检

冬季是体检的好时机。专家建议，40岁以上人群每年做一次全面体检。

广州“康瑞健康管理中心”冬季体检套餐焕新上线：男士/女士深度套餐原价1880元，现仅需980元，父母套餐买一送一，预约请添加健康管家企业微信 https://work.weixin.qq.com/ca/cawcde3f8a21c""",
      A, [(A, "现仅需980元", None), (A, "父母套餐买一送一", None), (A, "https://work.weixin.qq.com/ca/cawcde3f8a21c", None)],
      note="private check-up centre's packages with price and an enterprise-WeChat contact link"),

    P("yt_wl", """#烟台 #苹果 栖霞红富士大果，一口爆汁！关注主播进直播间，福利款9块9上车，手慢无！""",
      A, [(A, "福利款9块9上车", None), (A, "关注主播进直播间", None)], note="livestream-selling wording on the tourism account"),

    P("yt_wl", """#烟台大樱桃 还没到季？烟台海参来了！“仙境海参”淡干海参，买500克送200克，详情戳主页橱窗～""",
      A, [(A, "买500克送200克", None), (A, "详情戳主页橱窗", None)], note="one seafood brand, promotion and storefront"),

    P("dz_wx", """乐陵金丝小枣 助农直播来了

11月26日晚7点，“乐陵枣乡”助农直播间准时开播！

金丝小枣5斤礼盒直播间专享49元，下单抽免单；直播期间每满1000人在线就发一轮红包雨，点点关注进直播间抢红包！

乐陵金丝小枣个大、皮薄、肉厚，含糖量高达70%以上。""",
      A, [(A, "金丝小枣5斤礼盒直播间专享49元", None), (A, "下单抽免单", None), (A, "点点关注进直播间抢红包", None)],
      note="commercial livestream of one seller, with price, lottery for buyers and red packets"),

    P("rz_ga", """#日照公安# 防盗门锁也要升级！“固安智能锁”日照旗舰店冬季特惠，C级锁芯免费换，安装费全免，预约电话 0633-xxxx，工作人员上门服务。""",
      A, [(A, "“固安智能锁”日照旗舰店冬季特惠", None), (A, "C级锁芯免费换，安装费全免", None)], note="one lock shop's promotion on the police account"),

    P("bz_wb", """【滨州·招商】“鲁北厨房”餐饮连锁诚招加盟商，总部全程扶持，加盟热线 0543-xxxxxx，前10名加盟商免首年管理费！""",
      A, [(A, "诚招加盟商", None), (A, "前10名加盟商免首年管理费", None), (A, "加盟热线", None)], note="franchise recruitment for one chain"),

    P("st_wb", """【潮汕工夫茶具 汕头制造】“瓷韵轩”手拉壶工作室年终清仓，大师款原价2680元，清仓价1380元，微信同号138xxxx8866，支持视频看货。""",
      A, [(A, "清仓价1380元", None), (A, "微信同号138xxxx8866", None)], note="one studio's clearance with a WeChat number"),

    P("jnn_wb", """【济宁文旅福利】曲阜“三孔”周边“尼山客栈”民宿，冬季连住三晚只付两晚，戳链接 https://sourl.cn/Tq4z8M 预订，限量50间！""",
      A, [(A, "连住三晚只付两晚", None), (A, "https://sourl.cn/Tq4z8M", None)], note="one homestay's promotion with a short link"),

    P("lc_scjg", """冬季家电安全选购指南

1.购买取暖器要认准CCC认证标志；
2.电热毯不要折叠使用；
3.使用燃气热水器要保持通风。

温馨提示：本号读者到“惠聊家电城”选购，报暗号“聊城放心消费”享出厂价，再抽一台电暖器！""",
      A, [(A, "报暗号“聊城放心消费”享出厂价", None), (A, "“惠聊家电城”", None)],
      note="safety tips ending in one shop's promotion with a code word"),

    # ---------------- hard negatives ----------------
    P("lc_scjg", """聊城市场监管局公布一批虚假宣传典型案例

案例一：某电商店铺在直播中宣称其销售的“阿胶固元膏”可“治疗贫血、增强免疫力”，并称“直播间下单立享买一送一”。经查，该产品为普通食品，宣传内容无事实依据。市场监管部门依据《中华人民共和国广告法》第二十八条，对当事人罚款3万元。

案例二：某商家在微信朋友圈发布“全市最低价，假一赔十”等广告，无法提供证明材料，被依法罚款1万元。

市市场监管局提醒，消费者遇到虚假宣传，请拨打12315投诉举报。""",
      hn=A, note="ad wording quoted in a law-enforcement case"),
    P("jnn_wb", """【济宁市本周重要民生商品价格监测】猪肉（后腿肉）每斤13.5元，环比下降1.5%；鸡蛋每斤4.2元；白菜每斤0.9元；大葱每斤1.6元。市场供应充足，价格总体平稳。""",
      hn=A, note="prices in a price-monitoring notice"),
    P("sz_scjg_wb", """【深圳发放“以旧换新”家电补贴】个人消费者购买一级能效家电，可享受产品销售价格15%的补贴，单件最高2000元。通过“深i消费”小程序领取补贴资格，在参与活动的商家核销。""",
      hn=A, note="official trade-in subsidy, no single business promoted"),
    P("gd_ga", """【反诈提醒】“兼职刷单，日结三百”“加我微信，带你赚钱”都是诈骗！近期我省多人被“点赞返利”骗局骗走数万元。凡是要求先垫付资金的兼职，都是诈骗！""",
      hn=A, note="scam ad wording quoted in an anti-fraud warning"),
    P("qd_wj", """青岛市“青医保”2027年度参保开始

“青医保”是由青岛市医疗保障局指导、商业保险公司承办的城市定制型商业医疗保险，与基本医保衔接。

2027年度每人保费89元，不限年龄、职业和既往病史，可使用个人医保账户余额为本人及家属缴费。参保截止时间为2027年1月31日。""",
      hn=A, note="government-guided city health insurance (惠民保) with premium; official programme"),
    P("zj_wx", """湛江市2026年冬季农产品产销对接会公告

为促进农产品销售，市农业农村局定于12月5日在湛江国际会展中心举办冬季农产品产销对接会。

参展范围：全市农民专业合作社、家庭农场和农业龙头企业，展位免费。

报名方式：请于11月30日前向所在县（市、区）农业农村部门报名。""",
      hn=A, note="official trade fair notice, no seller or price"),
    P("gd_rs_wb", """【南粤家政培训补贴】参加母婴护理、养老护理等培训并取得证书的，可申领培训补贴，最高2000元。培训机构名单见广东人社官网。""",
      hn=A, note="training subsidy with amounts, institutions not promoted"),
    P("sd_jt", """关于山东省高速公路冬季货车通行费优惠政策的通告

自2026年12月1日至2027年2月28日，对安装ETC的合法装载货车在全省高速公路通行，给予通行费9.5折优惠。

优惠通过ETC自动享受，不需另行申请。""",
      hn=A, note="official toll discount notice (prices and discounts, no business)"),
    P("st_wb", """【汕头市公布年货节活动安排】2027年汕头年货节将于1月在龙湖区举办，设潮汕特产、非遗手作等展区，欢迎市民前往选购。""",
      hn=A, note="official event notice; no shop, price or link"),
    P("mz_wb", """【梅州发放冬季文旅消费券】12月1日起，通过云闪付App领取，满100元减30元，可在全市参与活动的A级景区、星级酒店使用。""",
      hn=A, note="government consumption vouchers (满减 from the city, not a shop)"),
    P("zs_ga", """中山公安提醒：有人在直播间以“低价清仓”为名，诱导粉丝私下转账购买，收钱后拉黑！网购请走正规平台交易流程。#中山公安 #反诈""",
      hn=A, note="livestream selling described in a warning"),
    P("sd_sthj", """【山东省发布2026年度绿色低碳优秀案例】齐鲁石化、日照钢铁、潍柴动力等30家企业的案例入选，省生态环境厅将组织经验推广。""",
      hn=A, note="businesses named in an official list, not promoted for sale"),
    P("yt_wl", """#烟台 #苹果 栖霞苹果采摘季结束啦～今年全市苹果产量约550万吨，品质优良。感谢果农们的辛勤付出！#仙境海岸""",
      hn=A, note="local produce promotion without seller, price or call to buy"),
    P("dz_wb", """【德州公布第二批“德州老字号”名单】德州扒鸡、乐陵小枣等28个品牌入选。老字号是城市的金字招牌，我市将支持老字号守正创新。""",
      hn=A, note="official list of heritage brands, no promotion"),
]
